"""`python -m kindapp` runs the app."""

from kindapp.app import main

raise SystemExit(main())
