"""One transport interface for every HTTP request the client sends.

``RequestsTransport`` serves use without a running QGIS (tests, scripts, benchmarks);
``vantage_plugin.qgis_bridge.network.QgisTransport`` sends through QGIS's network stack inside QGIS.
A transport never retries (not even a request whose connection dropped) and never interprets
statuses: that is :mod:`.client`'s job. A reply larger than ``max_reply_bytes`` is refused while it
arrives (``TransportError.too_large``), never read whole into memory.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Mapping, Optional, Protocol
from urllib.parse import urlsplit

from .errors import ConfigurationError

DEFAULT_BASE_URL = "https://vantage.open-atlas.com"
DEFAULT_TIMEOUT = 60.0
#: Largest reply body accepted (a job of 10,000 plots with their geometry stays well below).
MAX_REPLY_BYTES = 64 * 1024 * 1024


@dataclass
class Response:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    """Header names lower-cased."""
    body: bytes = b""

    def header(self, name: str) -> Optional[str]:
        return self.headers.get(name.lower())


class TransportError(Exception):
    """The request got no HTTP response.

    ``sent`` tells whether the request may have reached the server (False only when it surely did
    not, e.g. connection refused / DNS failure): repeating a non-idempotent request is safe only
    when ``sent`` is False.
    """

    def __init__(self, message: str, *, sent: bool = True, timeout: bool = False, cancelled: bool = False,
                 too_large: bool = False):
        super().__init__(message)
        self.sent = sent
        self.timeout = timeout
        self.cancelled = cancelled
        self.too_large = too_large


class Transport(Protocol):
    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Optional[bytes],
        timeout: float,
    ) -> Response:
        """Send one request; return the response whatever its status; raise TransportError when none."""


def reply_too_large(size: int, limit: int) -> str:
    return f"the reply is larger than {limit // (1024 * 1024)} MB ({size / (1024 * 1024):.0f} MB or more)"


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: Optional[str]) -> str:
    """The normalised base URL (no trailing slash); https only, except http on loopback."""
    url = (base_url or DEFAULT_BASE_URL).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"The Vantage server address {url!r} is not a web address")
    if parts.username or parts.password:
        raise ConfigurationError("The Vantage server address must not contain a login",
                                 "Remove the user name and password from the address; use the login settings.")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"The Vantage server address {url!r} must not have a query")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ConfigurationError(
            f"The Vantage server address {url!r} is not encrypted (http)",
            "Use an https:// address; plain http is allowed only for a local test server (127.0.0.1).",
        )
    return url


class RequestsTransport:
    """The transport outside QGIS, on a pooled ``requests.Session`` (thread-safe for our use).
    urllib3 retries are off (``max_retries=0``): a dropped connection is reported, never re-sent."""

    def __init__(self, pool_size: int = 16, verify: bool | str = True, proxies: Optional[dict] = None,
                 max_reply_bytes: int = MAX_REPLY_BYTES) -> None:
        self.max_reply_bytes = max_reply_bytes
        # requests only here: inside QGIS the QGIS transport is used and requests is never imported
        import requests
        from requests.adapters import HTTPAdapter

        self._requests = requests
        self.session = requests.Session()
        self.session.trust_env = proxies is None  # honour the usual *_PROXY variables unless given
        if proxies:
            self.session.proxies.update(proxies)
        self.session.verify = verify
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    def request(self, method: str, url: str, headers: Mapping[str, str], body: Optional[bytes],
                timeout: float) -> Response:
        requests = self._requests
        try:
            reply = self.session.request(
                method, url, headers=dict(headers), data=body, timeout=(min(timeout, 15.0), timeout),
                allow_redirects=False, stream=True,
            )
            content = self._read(reply)
        except requests.exceptions.ConnectTimeout as error:
            raise TransportError(f"connection timed out: {error}", sent=False, timeout=True) from None
        except requests.exceptions.Timeout as error:
            raise TransportError(f"no answer in {timeout:g} s: {error}", sent=True, timeout=True) from None
        except requests.exceptions.ConnectionError as error:
            text = str(error)
            sent = not any(s in text for s in ("Connection refused", "Name or service not known",
                                               "NewConnectionError", "Failed to establish"))
            raise TransportError(f"connection failed: {text}", sent=sent) from None
        except requests.exceptions.RequestException as error:
            raise TransportError(f"request failed: {error}", sent=True) from None
        return Response(
            status=reply.status_code,
            headers={k.lower(): v for k, v in reply.headers.items()},
            body=content,
        )

    def _read(self, reply) -> bytes:
        limit = self.max_reply_bytes
        try:
            declared = int(reply.headers.get("content-length") or 0)
            if limit and declared > limit:
                raise TransportError(reply_too_large(declared, limit), sent=True, too_large=True)
            chunks, size = [], 0
            for chunk in reply.iter_content(256 * 1024):
                size += len(chunk)
                if limit and size > limit:
                    raise TransportError(reply_too_large(size, limit), sent=True, too_large=True)
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            reply.close()

    def close(self) -> None:
        self.session.close()
