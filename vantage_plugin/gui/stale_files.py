"""Data files a catalog remembers that were moved or deleted since they were chosen.

The panel says which source, which path and what to do: before a check starts, in the Check tab's hint
(with the demo button), and when a check fails on them (``VantageDock._stale_files_said``), with
``check_tab.stale_files_message``; the data settings' check says it per source. Elsewhere (qgis_process)
``operations.bundled_options`` adds what to do to the catalog's "file not found: <path>"."""

from __future__ import annotations

import os

from ..core.engine.catalog import Catalog


def load_missing_files(path: str) -> list[tuple[str, str]]:
    """:meth:`Catalog.missing_files` of the catalog saved at ``path`` (none when it cannot be read: its own
    validation says why)."""
    if not path or not os.path.isfile(path):
        return []
    try:
        catalog = Catalog.load(path)
    except Exception:  # noqa: BLE001 - an unreadable catalog is reported by its validation
        return []
    return catalog.missing_files()

