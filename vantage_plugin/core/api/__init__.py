"""Vantage API client (API 3.0.1): transport, typed models, errors, client, workflow, state file.

No QGIS imports here; inside QGIS pass ``qgis_bridge.network.QgisTransport()`` as the transport.
"""

from .client import VantageClient
from .errors import VantageError
from .models import Credentials
from .transport import DEFAULT_BASE_URL, RequestsTransport, Response, Transport, TransportError

__all__ = [
    "VantageClient", "VantageError", "Credentials", "DEFAULT_BASE_URL", "RequestsTransport", "Response",
    "Transport", "TransportError",
]
