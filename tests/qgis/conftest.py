"""Fixtures shared by the QGIS tests of the Vantage API path (Processing and the dock)."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

from tests.fake_vantage.server import DEFAULT_PASSWORD, DEFAULT_USER
from tests.fake_vantage.testing import fake  # noqa: F401 - pytest fixture (checks the OpenAPI contract)

MASTER_PASSWORD = "vantage-test-master"  # the one tests/qgis/test_network.py sets on the test auth DB


@pytest.fixture
def account(qgis_app, fake, monkeypatch):  # noqa: F811
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
