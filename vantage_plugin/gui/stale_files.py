"""Data files a catalog remembers that were moved or deleted since they were chosen.

The panel says which source, which path and what to do: before a check starts, in the Check tab's hint
(with the demo button), and when a check fails on them (``VantageDock._stale_files_said``), with
``check_tab.stale_files_message``; the data settings' check says it per source. Elsewhere (qgis_process)
the catalog's validation says "file not found: <path>"."""

from __future__ import annotations

import os
from typing import Optional

from ..core.engine.catalog import ROLES, Catalog


def missing_files(catalog: Optional[Catalog]) -> list[tuple[str, str]]:
    """``(role, path)`` of every source of ``catalog`` naming a local file that is not there any more
    (GDAL virtual paths and URLs are left to the catalog's own checks)."""
    if catalog is None:
        return []
    missing = []
    for role in ROLES:
        source = catalog.source(role)
        if source is not None and source.path and not source.is_virtual and not os.path.exists(source.path):
            missing.append((role, source.path))
    return missing


def load_missing_files(path: str) -> list[tuple[str, str]]:
    """:func:`missing_files` of the catalog saved at ``path`` (none when it cannot be read: its own
    validation says why)."""
    if not path or not os.path.isfile(path):
        return []
    try:
        catalog = Catalog.load(path)
    except Exception:  # noqa: BLE001 - an unreadable catalog is reported by its validation
        return []
    return missing_files(catalog)

