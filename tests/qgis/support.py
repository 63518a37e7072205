"""Helpers for QGIS tests that wait on background tasks."""

from __future__ import annotations

import time
from typing import Callable

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication


def wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process Qt events until ``predicate()`` is true (a QgsTask finished, a signal arrived)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            raise TimeoutError("the task did not finish in time")


def hint_shown(dock) -> None:
    """Wait until the Check tab has read the catalog (in a task) and shows its hint."""
    wait_for(lambda: not dock.check_tab.catalog_pending(), timeout=30)


def remove_groups(*names: str) -> None:
    """Remove the project's layer groups ``names`` and their layers (the demo's, the results'), if there."""
    project = QgsProject.instance()
    for name in names:
        group = project.layerTreeRoot().findGroup(name)
        if group is not None:
            for layer in group.findLayers():
                project.removeMapLayer(layer.layerId())
            project.layerTreeRoot().removeChildNode(group)
