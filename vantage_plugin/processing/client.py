"""The Vantage API client of the Processing algorithms: from the plugin settings, failures as
Processing messages."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..qgis_bridge.api_client import make_api_client
from ..qgis_bridge.settings import PluginSettings
from .base import tr


def make_client(feedback: QgsProcessingFeedback) -> Any:
    """A Vantage client logged in on demand with the account of the plugin settings (QGIS network stack),
    cancelled with ``feedback``; a clear :class:`QgsProcessingException` when none is set up."""
    settings = PluginSettings()
    if not settings.authcfg:
        raise QgsProcessingException(
            tr("No Vantage account is set up: log in from the Vantage panel or its settings first.")
        )
    try:
        return make_api_client(settings.base_url, settings.authcfg, is_cancelled=feedback.isCanceled)
    except Exception as error:  # e.g. an http:// address off loopback: a clear message
        raise QgsProcessingException(f"{tr('Vantage API')}: {error}") from error


def close_client(client: Any) -> None:
    """Close the client's transport (its network connections), if it has one."""
    transport = getattr(client, "transport", None)
    if transport is not None and hasattr(transport, "close"):
        transport.close()


def api_error(error: Exception) -> QgsProcessingException:
    """A Processing error naming the API and the failure."""
    return QgsProcessingException(f"{tr('Vantage API')}: {type(error).__name__}: {error}")
