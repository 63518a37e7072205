"""The plugin's settings, as a page of the QGIS Options dialog and as a dialog of its own."""

from __future__ import annotations

from typing import Optional

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..about import icon_path
from ..i18n import tr
from ..qgis_bridge.settings import DEFAULT_BASE_URL, PluginSettings

PAGE_NAME = "vantageOptions"


class SettingsWidget(QWidget):
    """Every plugin setting; :meth:`save` writes them."""

    def __init__(self, settings: Optional[PluginSettings] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.settings = settings or PluginSettings()
        layout = QVBoxLayout(self)

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
        layout.addWidget(api)

        engine = QGroupBox(tr("Bundled offline engine"))
        engine_form = QFormLayout(engine)
        self.catalog = QgsFileWidget()
        self.catalog.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.catalog.setFilter(tr("Data catalog (*.json)"))
        self.catalog.setFilePath(self.settings.catalog_path)
        engine_form.addRow(tr("Data catalog"), self.catalog)
        hint = QLabel(
            tr("The JSON file naming the forest, loss-year, protected-area and indigenous-land data to use.")
        )
        hint.setWordWrap(True)
        engine_form.addRow(hint)
        layout.addWidget(engine)

        output = QGroupBox(tr("Outputs"))
        output_form = QFormLayout(output)
        self.output_folder = QgsFileWidget()
        self.output_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_folder.setFilePath(self.settings.output_folder())
        output_form.addRow(tr("Default output folder"), self.output_folder)
        layout.addWidget(output)
        layout.addStretch(1)

    def save(self) -> None:
        self.settings.base_url = self.base_url.text().strip().rstrip("/") or DEFAULT_BASE_URL
        self.settings.authcfg = self.auth_select.configId() or ""
        self.settings.dry_run = self.dry_run.isChecked()
        self.settings.catalog_path = self.catalog.filePath().strip()
        self.settings.last_output_folder = self.output_folder.filePath().strip()


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
        self.widget.save()


class VantageOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self) -> None:
        super().__init__(tr("Vantage"), QIcon(str(icon_path())))

    def icon(self) -> QIcon:
        return QIcon(str(icon_path()))

    def createWidget(self, parent: Optional[QWidget] = None) -> SettingsPage:  # noqa: N802 (QGIS API)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.widget.save()
        super().accept()
