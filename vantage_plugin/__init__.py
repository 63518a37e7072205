"""Vantage for QGIS: check farm plots for the EU Deforestation Regulation (EUDR)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """QGIS entry point. Imports lazily; if the import fails, returns a stub that shows why."""
    try:
        from .plugin import VantagePlugin
    except Exception as error:  # pragma: no cover - exercised by a test with a broken import
        from .plugin_stub import BrokenPlugin

        return BrokenPlugin(iface, error)
    return VantagePlugin(iface)
