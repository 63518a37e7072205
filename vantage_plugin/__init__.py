"""Vantage for QGIS: check farm plots for the EU Deforestation Regulation (EUDR)."""

from typing import Any


def classFactory(iface: Any) -> Any:
    """QGIS entry point. Imports lazily; if the import fails, returns a stub that shows why."""
    try:
        from .plugin import VantagePlugin
    except Exception as error:  # noqa: BLE001 - any import failure gets the stub (tested with a broken import)
        from .plugin_stub import BrokenPlugin

        return BrokenPlugin(iface, error)
    return VantagePlugin(iface)
