"""The Vantage API client inside QGIS: QGIS's network stack, credentials from the auth database."""

from __future__ import annotations

from typing import Callable, Optional

from ..core.api.client import VantageClient
from .auth import credentials_source
from .network import QgisTransport


def make_api_client(base_url: str, authcfg: str, is_cancelled: Optional[Callable[[], bool]] = None) -> VantageClient:
    """A :class:`VantageClient` over the QGIS network stack (proxies, SSL settings) whose credentials
    are read from auth config ``authcfg`` at each login (``qgis_bridge.auth.credentials_source``)."""
    return VantageClient(base_url, credentials_source(authcfg), QgisTransport(is_cancelled=is_cancelled),
                         is_cancelled=is_cancelled)
