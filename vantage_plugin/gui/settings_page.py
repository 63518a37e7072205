"""The plugin's settings, as a page of the QGIS Options dialog and as a dialog of its own."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsMessageLog
from qgis.gui import QgsAuthConfigSelect, QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..about import LOG_TAG, icon_path
from ..i18n import tr
from ..qgis_bridge.settings import DEFAULT_BASE_URL, PluginSettings
from ..qgis_bridge.styles import ERROR_COLOUR
from .catalog_widget import CatalogWidget

PAGE_NAME = "vantageOptions"


class SettingsWidget(QWidget):
    """Every plugin setting; :meth:`save` writes them."""

    def __init__(self, settings: Optional[PluginSettings] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.settings = settings or PluginSettings()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("VantageSettingsBody")
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(self.body)

        api = QGroupBox(tr("Vantage API"))
        api_form = QFormLayout(api)
        self.base_url = QLineEdit(self.settings.base_url)
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        api_form.addRow(tr("Server"), self.base_url)
        self.auth_select = QgsAuthConfigSelect(self)
        self.auth_select.setConfigId(self.settings.authcfg)
        api_form.addRow(tr("Login (auth config)"), self.auth_select)
        self.dry_run = QCheckBox(tr("Dry run by default (no token is spent)"))
        self.dry_run.setChecked(self.settings.dry_run)
        api_form.addRow(self.dry_run)
        self.poll_deadline = QSpinBox()
        self.poll_deadline.setObjectName("VantagePollDeadline")
        self.poll_deadline.setRange(1, 7 * 24 * 60)
        self.poll_deadline.setSuffix(tr(" min"))
        self.poll_deadline.setValue(self.settings.poll_deadline_minutes)
        self.poll_deadline.setToolTip(tr("After this, the check stops waiting; the job keeps running on Vantage "
                                         "and checking again into the same output picks up its results."))
        api_form.addRow(tr("Wait for a job at most"), self.poll_deadline)
        layout.addWidget(api)

        engine = QGroupBox(tr("Bundled offline engine"))
        engine.setObjectName("VantageEngineBox")
        engine_layout = QVBoxLayout(engine)
        hint = QLabel(
            tr("The data the offline engine reads, set once: forest 2020, tree cover loss year, protected "
               "areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can "
               "share.")
        )
        hint.setWordWrap(True)
        engine_layout.addWidget(hint)
        self.catalog = CatalogWidget(self.settings.catalog_path)
        engine_layout.addWidget(self.catalog)
        layout.addWidget(engine)

        output = QGroupBox(tr("Outputs"))
        output_form = QFormLayout(output)
        self.output_folder = QgsFileWidget()
        self.output_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_folder.setFilePath(self.settings.output_folder())
        output_form.addRow(tr("Default output folder"), self.output_folder)
        layout.addWidget(output)
        layout.addStretch(1)

    def sizeHint(self) -> QSize:
        hint = self.body.sizeHint()
        return QSize(hint.width() + 24, hint.height() + 4)

    def save(self) -> Optional[str]:
        """Write every setting and the data catalog; an error message when the catalog was not saved.

        The other settings are saved even then; the catalog path is stored only once its file is written.
        """
        self.settings.base_url = self.base_url.text().strip().rstrip("/") or DEFAULT_BASE_URL
        self.settings.authcfg = self.auth_select.configId() or ""
        self.settings.dry_run = self.dry_run.isChecked()
        self.settings.poll_deadline_minutes = int(self.poll_deadline.value())
        self.settings.last_output_folder = self.output_folder.filePath().strip()
        try:
            path = self.catalog.save()
        except (OSError, ValueError) as error:
            detail = getattr(error, "strerror", None) or str(error)
            message = tr("The data catalog was not saved to {path}: {error}").format(
                path=self.catalog.catalog_path(), error=detail)
            self.catalog.show_message(message, ERROR_COLOUR)
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
            return message
        self.settings.catalog_path = path
        return None


class SettingsPage(QgsOptionsPageWidget):
    """The Vantage page in Settings ▸ Options."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget = SettingsWidget(parent=self)
        layout.addWidget(self.widget)

    def apply(self) -> None:
        error = self.widget.save()
        if error:
            try:
                from qgis.utils import iface

                iface.messageBar().pushMessage(tr("Vantage"), error, Qgis.MessageLevel.Warning, 10)
            except Exception:  # noqa: BLE001 - no main window (tests): the message is in the log
                pass


class VantageOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self) -> None:
        super().__init__(tr("Vantage"), QIcon(str(icon_path())))

    def icon(self) -> QIcon:
        return QIcon(str(icon_path()))

    def createWidget(self, parent: Optional[QWidget] = None) -> SettingsPage:
        return SettingsPage(parent)


class SettingsDialog(QDialog):
    """The same settings in a dialog (when the Options page cannot be shown)."""

    def __init__(self, parent: Optional[QWidget] = None, settings: Optional[PluginSettings] = None):
        super().__init__(parent)
        self.setObjectName("VantageSettingsDialog")
        self.setWindowTitle(tr("Vantage settings"))
        layout = QVBoxLayout(self)
        self.widget = SettingsWidget(settings, self)
        layout.addWidget(self.widget)
        hint = self.widget.sizeHint()
        self.resize(max(640, hint.width()), min(760, hint.height() + 60))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.widget.save():
            return  # the catalog could not be written: stay open, the message says why
        super().accept()
