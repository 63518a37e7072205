"""Data files a catalog remembers that were moved or deleted since they were chosen.

The panel says which source, which path and what to do: before a check starts, in the Check tab's hint
(with the demo button), and when a check fails on them (``VantageDock._stale_files_said``), with
``check_tab.stale_files_message``; the data settings' check says it per source. Elsewhere (qgis_process)
``operations.bundled_options`` adds what to do to the catalog's "file not found: <path>".

The panel looks at the catalog's files only in tasks (``tasks.LatestTask``): the Check tab's hint with
:func:`catalog_state`, the message after a failed check with :func:`missing_in_error`, the demo button
with ``first_run.use_demo_catalog``. A data file on an unreachable network share can stall a check for
its existence, and the panel must not."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..core.engine.catalog import Catalog


@dataclass(frozen=True)
class CatalogState:
    """What the Check tab says about the catalog: its moved or deleted files, whether it names forest or
    loss data, whether it is the demo catalog."""

    missing: list[tuple[str, str]] = field(default_factory=list)
    has_data: bool = False
    is_demo: bool = False


def catalog_state(path: str, demo_loss_dir: Optional[str] = None, feedback: Any = None) -> CatalogState:
    """The catalog saved at ``path``, read once (nothing when it is missing or unreadable: its own
    validation says why); ``demo_loss_dir`` is the folder of the demo's loss raster. A plain function of
    plain data, for :class:`~vantage_plugin.qgis_bridge.tasks.CoreTask`."""
    if not path or not os.path.isfile(path):
        return CatalogState()
    try:
        catalog = Catalog.load(path)
    except Exception:  # noqa: BLE001 - an unreadable catalog is reported by its validation
        return CatalogState()
    loss = catalog.loss_year
    is_demo = bool(demo_loss_dir) and loss is not None and Path(loss.path).parent == Path(str(demo_loss_dir))
    return CatalogState(missing=catalog.missing_files(),
                        has_data=loss is not None or catalog.forest_2020 is not None, is_demo=is_demo)


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


def missing_in_error(path: str, error: str, feedback: Any = None) -> list[tuple[str, str]]:
    """The files of :func:`load_missing_files` that the text of a failed check's ``error`` names. A plain
    function of plain data, for :class:`~vantage_plugin.qgis_bridge.tasks.CoreTask`."""
    return [(role, missing) for role, missing in load_missing_files(path) if missing in error]
