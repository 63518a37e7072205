"""gui/settings_page.py: the settings dialog and the Options page (the catalog editor: test_catalog_widget.py)."""

from __future__ import annotations

from vantage_plugin.gui.settings_page import SettingsDialog, VantageOptionsFactory
from vantage_plugin.qgis_bridge.settings import PluginSettings


def test_settings_dialog_saves_typed_values(tmp_path):
    settings = PluginSettings()
    dialog = SettingsDialog(settings=settings)
    dialog.widget.dry_run.setChecked(False)
    dialog.widget.catalog.setFilePath(str(tmp_path / "catalog.json"))
    dialog.accept()
    assert settings.dry_run is False and settings.catalog_path.endswith("catalog.json")
    page = VantageOptionsFactory().createWidget(None)
    assert page.objectName() == "vantageOptions"
    for name in PluginSettings.ALL:
        settings.reset(name)
