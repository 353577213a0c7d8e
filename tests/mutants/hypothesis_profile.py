"""A pytest plugin for `make mutants` only ([tool.mutmut] pytest_add_cli_args): Hypothesis
without its per-example deadline. On two busy cores, with mutmut's trampolines in every call,
an example can take longer than 200 ms; a deadline miss would count a mutant as killed when
no assertion failed. Every other setting of the tests stays as they declare it."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("mutants", deadline=None)
settings.load_profile("mutants")
