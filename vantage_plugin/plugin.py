"""The QGIS plugin shell: ``initProcessing`` / ``initGui`` / ``unload``, mirror images of each other.

QGIS calls ``classFactory`` then only :meth:`VantagePlugin.initProcessing` when ``qgis_process`` runs
the algorithms headless, so ``__init__`` and ``initProcessing`` touch no GUI object. ``initGui`` adds,
in this order: the translator, the Processing provider, the toolbar and its toggle action (the dock is
made on first use), the menu entries, the settings action and the Options page. ``unload`` undoes each
of these in reverse order, each step guarded so a half-initialised or already-deleted object never
raises. Nothing here touches the network.
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QToolBar

from .about import LOG_TAG, PROVIDER_ID, icon_path
from .core.engine import reuse  # standard library only: loads without the optional dependencies
from .dependencies import problem_text
from .gui.help import open_user_guide
from .i18n import install_translator, remove_translator, tr
from .qgis_bridge import tasks

# The panel, the Processing provider and the settings pages are imported when first used: QGIS starts
# without building them, and a panel, provider or Options page that cannot load (a missing package, a
# broken install) is reported while the rest of the plugin still works.

TOOLBAR_NAME = "VantageToolbar"
OPTIONS_PAGE = "vantageOptions"


def _alive(obj: Any) -> bool:
    return obj is not None and not sip.isdeleted(obj)


class VantagePlugin:
    """The plugin object QGIS keeps while it is loaded."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.provider: Optional[Any] = None
        self.toolbar: Optional[QToolBar] = None
        self.dock_action: Optional[QAction] = None
        self.settings_action: Optional[QAction] = None
        self.help_action: Optional[QAction] = None
        self.dock: Optional[Any] = None
        self.options_factory: Optional[Any] = None
        self._menu_actions: list[QAction] = []
        self._menu_name = ""
        self._gui_ready = False

    # --- Processing ------------------------------------------------------------------------
    def initProcessing(self) -> None:
        """Register the ``vantage`` provider once, even when called again from ``initGui``."""
        registry = QgsApplication.processingRegistry()
        if registry.providerById(PROVIDER_ID) is not None:
            return
        try:
            from .processing.provider import VantageProvider
        except Exception as error:  # noqa: BLE001 - the dock still works without Processing
            QgsMessageLog.logMessage(
                tr("The Vantage Processing algorithms are not available: {error}").format(error=error),
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )
            return
        provider = VantageProvider()
        if registry.addProvider(provider):
            self.provider = provider

    def _remove_provider(self) -> None:
        provider, self.provider = self.provider, None
        if provider is None or sip.isdeleted(provider):
            return
        registry = QgsApplication.processingRegistry()
        if registry.providerById(PROVIDER_ID) is not None:
            registry.removeProvider(provider)

    # --- GUI -------------------------------------------------------------------------------
    def initGui(self) -> None:
        install_translator()
        self.initProcessing()

        main_window = self.iface.mainWindow()
        icon = QIcon(str(icon_path()))

        self.toolbar = self.iface.addToolBar(tr("Vantage for QGIS"))
        self.toolbar.setObjectName(TOOLBAR_NAME)

        self.dock_action = QAction(icon, tr("Vantage EUDR check"), main_window)
        self.dock_action.setObjectName("VantageDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(tr("Show or hide the Vantage panel: validate and check plots for the EUDR"))
        self.dock_action.toggled.connect(self.toggle_dock)
        self.toolbar.addAction(self.dock_action)

        self.settings_action = QAction(tr("Vantage settings…"), main_window)
        self.settings_action.setObjectName("VantageSettingsAction")
        self.settings_action.triggered.connect(self.show_settings)

        self.help_action = QAction(tr("Vantage for QGIS user guide"), main_window)
        self.help_action.setObjectName("VantageHelpAction")
        self.help_action.triggered.connect(self.show_help)
        self.iface.pluginHelpMenu().addAction(self.help_action)

        self._menu_name = tr("&Vantage for QGIS")
        for action in (self.dock_action, self.settings_action, self.help_action):
            self.iface.addPluginToVectorMenu(self._menu_name, action)
            self._menu_actions.append(action)

        self._register_options_page()
        self._warn_missing_dependencies()
        self._gui_ready = True

    def unload(self) -> None:
        """Undo :meth:`initGui` (and :meth:`initProcessing`) in reverse order."""
        tasks.cancel_all()
        reuse.clear()  # the rasters and indexes the engine kept between checks: no file stays open
        self._unregister_options_page()

        for action in self._menu_actions:
            if _alive(action):
                try:
                    self.iface.removePluginVectorMenu(self._menu_name, action)
                except Exception:  # noqa: BLE001 - QGIS already tearing down
                    pass
        self._menu_actions = []

        if _alive(self.settings_action):
            self.settings_action.triggered.disconnect(self.show_settings)
            self.settings_action.deleteLater()
        self.settings_action = None

        if _alive(self.help_action):
            self.help_action.triggered.disconnect(self.show_help)
            try:
                self.iface.pluginHelpMenu().removeAction(self.help_action)
            except Exception:  # noqa: BLE001 - QGIS already tearing down
                pass
            self.help_action.deleteLater()
        self.help_action = None

        self._remove_dock()

        if _alive(self.dock_action):
            self.dock_action.toggled.disconnect(self.toggle_dock)
            if _alive(self.toolbar):
                self.toolbar.removeAction(self.dock_action)
            self.dock_action.deleteLater()
        self.dock_action = None

        if _alive(self.toolbar):
            main_window = self.iface.mainWindow()
            if _alive(main_window):
                main_window.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self.toolbar = None

        self._remove_provider()
        remove_translator()
        self._gui_ready = False

    # --- the dock --------------------------------------------------------------------------
    def _create_dock(self) -> Any:
        from .gui.dock import VantageDock

        dock = VantageDock(self.iface, parent=self.iface.mainWindow())
        dock.setObjectName("VantageDock")
        dock.visibilityChanged.connect(self._on_dock_visibility)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _remove_dock(self) -> None:
        dock, self.dock = self.dock, None
        if not _alive(dock):
            return
        try:
            dock.visibilityChanged.disconnect(self._on_dock_visibility)
        except (TypeError, RuntimeError):
            pass
        dock.close_down()
        self.iface.removeDockWidget(dock)
        dock.setParent(None)
        dock.deleteLater()

    def toggle_dock(self, checked: bool) -> None:
        if checked and not _alive(self.dock):
            try:
                self.dock = self._create_dock()
            except Exception as error:  # noqa: BLE001 - show why instead of failing silently
                hint = problem_text() if isinstance(error, ImportError) else None  # what to install, and how
                self._report_error(hint or tr("The Vantage panel could not be opened: {error}").format(error=error))
                if _alive(self.dock_action):
                    self.dock_action.setChecked(False)
                return
        if _alive(self.dock):
            self.dock.setVisible(checked)
            if checked:
                self.dock.raise_()

    def _on_dock_visibility(self, visible: bool) -> None:
        if _alive(self.dock_action) and self.dock_action.isChecked() != visible:
            self.dock_action.blockSignals(True)
            self.dock_action.setChecked(visible)
            self.dock_action.blockSignals(False)

    # --- settings --------------------------------------------------------------------------
    def _register_options_page(self) -> None:
        register = getattr(self.iface, "registerOptionsWidgetFactory", None)
        if register is None:
            return
        try:
            from .gui.settings_page import VantageOptionsFactory

            self.options_factory = VantageOptionsFactory()
            register(self.options_factory)
        except Exception as error:  # noqa: BLE001 - settings still reachable from the dialog
            self.options_factory = None
            QgsMessageLog.logMessage(str(error), LOG_TAG, Qgis.MessageLevel.Warning)

    def _unregister_options_page(self) -> None:
        factory, self.options_factory = self.options_factory, None
        if factory is None or sip.isdeleted(factory):
            return
        try:
            self.iface.unregisterOptionsWidgetFactory(factory)
        except Exception:  # noqa: BLE001
            pass

    def show_help(self) -> bool:
        """Open the user guide shipped with the plugin."""
        return open_user_guide()

    def show_settings(self) -> None:
        """The Vantage page of the QGIS Options, or the same page in a dialog of its own."""
        try:
            if self.options_factory is not None and hasattr(self.iface, "showOptionsDialog"):
                try:
                    self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=OPTIONS_PAGE)
                    return
                except TypeError:
                    pass
            from .gui.settings_page import SettingsDialog

            dialog = SettingsDialog(self.iface.mainWindow())
            dialog.exec()
        finally:
            if self.dock is not None and _alive(self.dock):
                self.dock.on_engine_changed()  # the hint follows the catalog just saved

    def _warn_missing_dependencies(self) -> None:
        """Say at once, and how to fix it, when shapely 2 (or numpy) is missing: nothing would work."""
        text = problem_text()
        if not text:
            return
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Critical)
        try:
            self.iface.messageBar().pushMessage(
                tr("Vantage for QGIS cannot check plots yet"), text, Qgis.MessageLevel.Warning, 0
            )
        except Exception:  # noqa: BLE001 - the log still has it
            pass

    def _report_error(self, message: str) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Critical)
        try:
            self.iface.messageBar().pushMessage(tr("Vantage for QGIS"), message, Qgis.MessageLevel.Critical, 0)
        except Exception:  # noqa: BLE001
            pass
