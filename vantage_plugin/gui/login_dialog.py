"""Vantage login: username and password go into a QGIS auth config; only its id goes to the settings.

Nothing is sent from here: the credentials are checked the first time the dock asks the API for the
token balance (a background task), never while the dialog is open or when the plugin loads.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..qgis_bridge.auth import save_login
from ..qgis_bridge.settings import DEFAULT_BASE_URL, PluginSettings
from ..qgis_bridge.styles import ERROR_COLOUR


def existing_username(authcfg: str) -> str:
    """The user name stored in auth config ``authcfg`` (never the password), or ``""``."""
    if not authcfg:
        return ""
    try:
        config = QgsAuthMethodConfig()
        if QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
            return config.config("username", "")
    except Exception:  # noqa: BLE001 - a locked or missing auth DB just means no name
        pass
    return ""


def store_basic_credentials(username: str, password: str, authcfg: str = "", base_url: str = "") -> str:
    """Save the login in a Basic auth config (``qgis_bridge.auth.save_login``); returns its id."""
    return save_login(username, password, authcfg or None, base_url=base_url or None)


class LoginDialog(QDialog):
    """Base URL, user name and password; on OK the login is stored and ``authcfg`` holds its id."""

    def __init__(self, settings: Optional[PluginSettings] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("VantageLoginDialog")
        self.setWindowTitle(tr("Log in to Vantage"))
        self.settings = settings or PluginSettings()
        self.authcfg = self.settings.authcfg

        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Use the user name and password Open Atlas gave you. They are kept in the QGIS "
                "authentication database, never in plain settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.base_url = QLineEdit(self.settings.base_url or DEFAULT_BASE_URL)
        self.base_url.setObjectName("VantageBaseUrl")
        form.addRow(tr("Server"), self.base_url)
        self.username = QLineEdit(existing_username(self.authcfg))
        self.username.setObjectName("VantageUsername")
        form.addRow(tr("User name"), self.username)
        self.password = QLineEdit()
        self.password.setObjectName("VantagePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Password"), self.password)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save login"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        url = self.base_url.text().strip().rstrip("/")
        username = self.username.text().strip()
        password = self.password.text()
        if not url.startswith(("https://", "http://")):
            self._show_error(tr("The server address must start with https://"))
            return
        if not username or not password:
            self._show_error(tr("Enter your user name and password."))
            return
        try:
            self.authcfg = store_basic_credentials(username, password, self.authcfg, url)
        except Exception as error:  # noqa: BLE001 - shown to the user, dialog stays open
            self._show_error(str(error))
            return
        finally:
            self.password.clear()
        self.settings.base_url = url
        self.settings.authcfg = self.authcfg
        super().accept()
