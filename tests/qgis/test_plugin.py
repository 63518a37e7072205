"""The plugin shell: classFactory, initProcessing alone, initGui/unload twice, the broken-import stub,
and the typed settings."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from qgis.core import Qgis, QgsApplication, QgsSettings
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import vantage_plugin
from vantage_plugin.about import PROVIDER_ID
from vantage_plugin.plugin_stub import BrokenPlugin


def _provider_available() -> bool:
    try:
        return importlib.util.find_spec("vantage_plugin.processing.provider") is not None
    except ImportError:
        return False


needs_provider = pytest.mark.skipif(
    not _provider_available(), reason="vantage_plugin/processing/provider.py (VantageProvider) is not written yet"
)


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _registered() -> bool:
    return QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None


@pytest.fixture
def no_provider():
    """Start and end every test without a registered ``vantage`` provider."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        registry.removeProvider(existing)
    yield
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        registry.removeProvider(existing)


def test_init_does_not_touch_the_gui(qgis_iface, no_provider):
    plugin = vantage_plugin.classFactory(qgis_iface)
    assert type(plugin).__name__ == "VantagePlugin"
    assert plugin.toolbar is None and plugin.dock is None and plugin.provider is None


@needs_provider
def test_init_processing_alone_registers_the_provider_once(qgis_iface, no_provider):
    """qgis_process calls classFactory then only initProcessing (never initGui)."""
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    assert _registered()
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    plugin.initProcessing()  # idempotent
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is provider
    plugin.unload()
    assert not _registered()


def test_init_processing_without_provider_module_does_not_raise(qgis_iface, no_provider, monkeypatch):
    monkeypatch.setitem(sys.modules, "vantage_plugin.processing.provider", None)
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    assert not _registered()
    plugin.unload()


@pytest.mark.parametrize("round_", [1, 2])
def test_load_and_unload_twice(qgis_iface, no_provider, round_):
    for _ in range(2):  # like Plugin Reloader
        plugin = vantage_plugin.classFactory(qgis_iface)
        plugin.initGui()
        if _provider_available():
            assert _registered()

        toolbar = plugin.toolbar
        assert isinstance(toolbar, QToolBar)
        assert toolbar.objectName() == "VantageToolbar"
        action = plugin.dock_action
        assert action.isCheckable() and action.objectName()
        assert action in toolbar.actions()

        action.setChecked(True)  # lazily creates the dock
        dock = plugin.dock
        assert dock is not None and dock.objectName() == "VantageDock"
        assert not dock.isHidden()
        action.setChecked(False)
        action.setChecked(True)
        assert plugin.dock is dock  # made once

        settings_action = plugin.settings_action
        plugin.unload()
        _flush_deletes()

        assert sip.isdeleted(toolbar)
        assert sip.isdeleted(dock)
        assert sip.isdeleted(action)
        assert sip.isdeleted(settings_action)
        assert plugin.toolbar is None and plugin.dock is None
        assert not _registered()
        assert qgis_iface.mainWindow().findChild(QToolBar, "VantageToolbar") is None


def test_unload_closes_what_the_engine_kept_between_checks(qgis_iface, no_provider):
    from vantage_plugin.core.engine import reuse

    closed = []
    reuse.POOL.give(("a raster kept by a check", 1), "handle", closed.append)
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin.unload()
    assert closed == ["handle"] and len(reuse.POOL) == 0


def _assert_nothing_left(plugin, qgis_iface, actions) -> None:
    """After unload: the plugin holds nothing, its actions are deleted, QGIS lists none of its parts."""
    _flush_deletes()
    assert plugin.toolbar is None and plugin.dock is None and plugin.provider is None
    assert plugin.dock_action is None and plugin.settings_action is None and plugin.help_action is None
    assert all(sip.isdeleted(action) for action in actions)
    assert not _registered()
    assert qgis_iface.mainWindow().findChild(QToolBar, "VantageToolbar") is None
    assert not qgis_iface.pluginHelpMenu().actions()


@pytest.fixture
def help_menu(qgis_iface, monkeypatch):
    """A real menu as the plugins' help menu (the test interface's menus are mocks)."""
    menu = QMenu()
    monkeypatch.setattr(qgis_iface, "pluginHelpMenu", lambda: menu, raising=False)
    return menu


def test_unload_without_init_gui_or_twice_is_safe(qgis_iface, no_provider, help_menu):
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.unload()  # before initGui: nothing to undo, nothing raised
    assert plugin.toolbar is None and plugin.dock_action is None and not _registered()
    plugin.initGui()
    actions = [plugin.dock_action, plugin.settings_action, plugin.help_action]
    assert help_menu.actions() == [plugin.help_action]
    assert qgis_iface.mainWindow().findChild(QToolBar, "VantageToolbar") is plugin.toolbar
    plugin.unload()
    plugin.unload()  # twice: still nothing raised, nothing brought back
    _assert_nothing_left(plugin, qgis_iface, actions)


def test_unload_survives_a_deleted_toolbar(qgis_iface, no_provider, help_menu):
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initGui()
    actions = [plugin.dock_action, plugin.settings_action, plugin.help_action]
    sip.delete(plugin.toolbar)  # QGIS may already have destroyed it at exit
    plugin.unload()
    # the rest of the teardown still ran after the missing toolbar
    _assert_nothing_left(plugin, qgis_iface, actions)


def test_class_factory_returns_the_stub_when_the_import_fails(qgis_iface, monkeypatch):
    monkeypatch.setitem(sys.modules, "vantage_plugin.plugin", None)  # import raises ImportError
    qgis_iface.messageBar().clear_messages()
    plugin = vantage_plugin.classFactory(qgis_iface)
    assert isinstance(plugin, BrokenPlugin)
    plugin.initProcessing()
    plugin.initGui()
    plugin.initGui()
    plugin.unload()
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert len(messages) == 1 and "could not be loaded" in messages[0]


def test_the_stub_never_raises_even_without_iface():
    class Exploding:
        def messageBar(self):
            raise RuntimeError("gone")

    for iface in (None, Exploding()):
        stub = BrokenPlugin(iface, ImportError("No module named 'shapely'"))
        stub.initProcessing()
        stub.initGui()
        stub.unload()
        assert "shapely" in stub.message


def test_settings_are_typed_namespaced_and_default_to_dry_run():
    from vantage_plugin.qgis_bridge.settings import DEFAULT_BASE_URL, PluginSettings

    settings = PluginSettings()
    for name in PluginSettings.ALL:
        settings.reset(name)
    assert settings.dry_run is True
    assert settings.base_url == DEFAULT_BASE_URL
    assert settings.authcfg == "" and settings.catalog_path == ""
    settings.dry_run = False
    settings.authcfg = "abc1234"
    assert PluginSettings().dry_run is False
    assert QgsSettings().value("vantage/authcfg") == "abc1234"
    with pytest.raises(TypeError):
        settings.dry_run = "no"
    with pytest.raises(ValueError):
        settings.engine = "magic"
    snapshot = settings.snapshot()
    assert snapshot.authcfg == "abc1234" and snapshot.dry_run is False
    keys = [k for k in QgsSettings().allKeys() if k.startswith("vantage/")]
    assert not any("password" in k or "token" in k for k in keys)
    for name in PluginSettings.ALL:
        settings.reset(name)
    assert settings.output_folder()


def test_missing_shapely_is_announced_with_how_to_install_it(qgis_iface, no_provider, monkeypatch):
    from vantage_plugin import dependencies

    monkeypatch.setattr(dependencies, "missing", lambda: ["shapely ≥ 2.0 (found 1.8.5)"])
    pushed = []
    monkeypatch.setattr(qgis_iface.messageBar(), "pushMessage", lambda *args: pushed.append(args))
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert len(pushed) == 1
        title, text = pushed[0][0], pushed[0][1]
        assert "shapely ≥ 2.0 (found 1.8.5)" in text and "pip install" in text
        assert title
    finally:
        plugin.unload()


def test_nothing_is_announced_when_dependencies_are_there(qgis_iface, no_provider, monkeypatch):
    pushed = []
    monkeypatch.setattr(qgis_iface.messageBar(), "pushMessage", lambda *args: pushed.append(args))
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin.unload()
    assert pushed == []


def test_help_menu_entry_and_panel_button_open_the_shipped_guide(qgis_iface, no_provider, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices
    from qgis.PyQt.QtWidgets import QMenu

    from vantage_plugin.about import user_guide_path

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    help_menu = QMenu()  # the test interface's menus are mocks: a real one to look into
    monkeypatch.setattr(qgis_iface, "pluginHelpMenu", lambda: help_menu, raising=False)
    guide = user_guide_path()
    assert guide.is_file() and "Vantage" in guide.read_text(encoding="utf-8")  # in the user's language
    assert "user guide" in user_guide_path("en").read_text(encoding="utf-8")
    plugin = vantage_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.help_action in qgis_iface.pluginHelpMenu().actions()
        plugin.help_action.trigger()
        assert opened[-1] == guide.as_uri()
        plugin.dock_action.setChecked(True)
        dock = plugin.dock
        dock.tabs.setCurrentIndex(1)
        dock.help_button.click()
        assert opened[-1] == guide.as_uri() + "#check"
        anchors = {"#check", "#validate", "#act", "#processing"}
        text = guide.read_text(encoding="utf-8")
        assert all(f'id="{a[1:]}"' in text for a in anchors)  # every section the panel links to exists
    finally:
        plugin.unload()
    assert plugin.help_action is None and not help_menu.actions()


def test_algorithm_help_points_to_the_guide(vantage):
    from qgis.core import QgsApplication

    from vantage_plugin.about import user_guide_path

    algorithm = QgsApplication.processingRegistry().algorithmById("vantage:checkplots")
    assert algorithm.helpUrl() == user_guide_path().as_uri() + "#processing"
