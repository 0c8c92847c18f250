"""Broken: imports a dependency that is not installed (check_entry_point_loads)."""

from __future__ import annotations

import specimen_dependency_that_is_not_installed  # noqa: F401
