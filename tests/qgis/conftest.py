"""Fixtures shared by the QGIS tests: Processing with the vantage provider, the dock, a Vantage account."""

from __future__ import annotations

import sys

import pytest
from qgis.core import QgsApplication

from tests.fake_vantage.server import DEFAULT_PASSWORD, DEFAULT_USER

MASTER_PASSWORD = "vantage-test-master"  # the one tests/qgis/qgis_bridge/test_network.py sets on the test auth DB
PROCESSING_PLUGINS = "/usr/share/qgis/python/plugins"
_KEEP: list = []  # providers registered here: the Python objects must outlive their registration


@pytest.fixture
def vantage(qgis_processing):
    """Processing initialised with the vantage provider registered (once)."""
    from vantage_plugin.about import PROVIDER_ID

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        from vantage_plugin.processing.provider import VantageProvider

        _KEEP.append(VantageProvider())
        assert registry.addProvider(_KEEP[-1])
    if PROCESSING_PLUGINS not in sys.path:
        sys.path.insert(0, PROCESSING_PLUGINS)
    import processing

    return processing


@pytest.fixture
def dock(qgis_iface, tmp_path):
    """The Vantage dock on fresh plugin settings, writing into ``tmp_path``."""
    from vantage_plugin.gui.dock import VantageDock
    from vantage_plugin.qgis_bridge.settings import PluginSettings

    settings = PluginSettings()
    for name in PluginSettings.ALL:
        settings.reset(name)
    settings.last_output_folder = str(tmp_path)
    widget = VantageDock(qgis_iface)
    yield widget
    widget.close_down()
    widget.deleteLater()
    for name in PluginSettings.ALL:
        settings.reset(name)


@pytest.fixture
def account(qgis_app, fake, monkeypatch):
    """A QGIS Basic auth config for the fake's user; its id and the fake's URL in fresh plugin settings.

    ``requests`` is forbidden meanwhile: inside QGIS every request must go through QgisTransport."""
    from vantage_plugin.core.api import transport
    from vantage_plugin.qgis_bridge import auth
    from vantage_plugin.qgis_bridge.settings import PluginSettings

    def not_in_qgis(*args, **kwargs):
        raise AssertionError("inside QGIS every request must go through QgisTransport, not requests")

    monkeypatch.setattr(transport.RequestsTransport, "request", not_in_qgis)
    manager = QgsApplication.authManager()
    assert not manager.isDisabled(), "the QGIS auth system is disabled in the test profile"
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True), (
            "the test auth DB has another master password; delete .qgis-settings/profiles/default/qgis-auth.db")
    settings = PluginSettings()
    for name in PluginSettings.ALL:
        settings.reset(name)
    authcfg = auth.save_login(DEFAULT_USER, DEFAULT_PASSWORD, base_url=fake.url)
    settings.base_url = fake.url
    settings.authcfg = authcfg
    try:
        yield authcfg
    finally:
        for name in PluginSettings.ALL:
            settings.reset(name)
        auth.remove_login(authcfg)
