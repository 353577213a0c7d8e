"""What the controller's flows (care_flow, writing_flow, desk_flow) share.

Each flow is a part of AppController kept in its own module; it type-checks against the
controller it is mixed into, and logs where the controller does.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindapp.ui.shell.controller import AppController as FlowBase
else:
    FlowBase = object

log = logging.getLogger("kindapp.ui.shell.controller")
events = logging.getLogger("kindapp.events")
