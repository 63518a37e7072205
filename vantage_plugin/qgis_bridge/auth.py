"""Vantage credentials in a QGIS authentication configuration (method ``Basic``).

The login dialog calls :func:`save_login`; only the returned ``authcfg`` id is kept in the settings
(:func:`store_authcfg_id`). The client gets the username and password in memory through
:func:`credentials_source` each time it logs in; nothing secret is written to settings or logs.
The QGIS auth database is encrypted with the user's master password; QGIS asks for it when needed.
"""

from __future__ import annotations

import logging
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..core.api.errors import AuthenticationError
from ..core.api.models import Credentials
from .settings import PluginSettings

log = logging.getLogger("vantage.auth")

DEFAULT_NAME = "Vantage (Open Atlas)"
METHOD = "Basic"


class AuthConfigError(AuthenticationError):
    what = "The Vantage login could not be read from or saved to the QGIS authentication database"
    action = ("Unlock the QGIS authentication database with its master password "
              "(Settings > Options > Authentication), then enter the Vantage login again.")


def _manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise AuthConfigError("The QGIS authentication system is disabled")
    return manager


def save_login(username: str, password: str, authcfg: Optional[str] = None, name: str = DEFAULT_NAME,
               base_url: Optional[str] = None) -> str:
    """Create (or update, when ``authcfg`` names an existing config) a Basic config; return its id."""
    if not username:
        raise AuthConfigError("A Vantage username is required", "Enter the username given by Open Atlas.")
    manager = _manager()
    if not manager.setMasterPassword(True):  # asks the user when needed; False = not unlocked
        raise AuthConfigError("The QGIS authentication database is locked")
    config = QgsAuthMethodConfig(METHOD)
    if authcfg and authcfg in manager.configIds():
        manager.loadAuthenticationConfig(authcfg, config, True)
        config.setMethod(METHOD)
    config.setName(name)
    if base_url:
        config.setUri(base_url)
    config.setConfig("username", username)
    config.setConfig("password", password)
    if config.id():
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok = manager.storeAuthenticationConfig(config)
    if not ok or not config.id():
        raise AuthConfigError("The Vantage login could not be saved")
    log.info("Vantage login saved in auth config %s (user %s)", config.id(), username)
    return config.id()


def read_login(authcfg: str) -> Credentials:
    """The username and password of a Basic auth config (in memory only)."""
    manager = _manager()
    if not authcfg or authcfg not in manager.configIds():
        raise AuthConfigError("No Vantage login is configured",
                              "Enter the Vantage username and password in the plugin settings.")
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise AuthConfigError()
    if config.method() != METHOD:
        raise AuthConfigError(f"The authentication configuration {authcfg} is not a Basic (username/password) one",
                              "Choose or create a Basic authentication configuration for Vantage.")
    return Credentials(config.config("username"), config.config("password"))


def remove_login(authcfg: str) -> bool:
    return bool(authcfg) and _manager().removeAuthenticationConfig(authcfg)


def credentials_source(authcfg: str) -> Callable[[], Credentials]:
    """What ``VantageClient(credentials=...)`` takes: read at each login, never cached here."""
    return lambda: read_login(authcfg)


def store_authcfg_id(authcfg: Optional[str]) -> None:
    """Keep only the auth config id in the settings (``PluginSettings.authcfg``, its one home)."""
    PluginSettings().authcfg = authcfg or ""


def stored_authcfg_id() -> Optional[str]:
    """The stored auth config id (``PluginSettings.authcfg``), or ``None``."""
    return PluginSettings().authcfg or None
