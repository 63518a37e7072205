"""Errors of the Vantage API client.

Every error the user can see says *what failed* and *what to do*; the raw server reply is kept on
the error (``body``, ``status``, ``request``) for support and is never part of the short message.
Nothing secret (passwords, tokens) is ever put in an error.
"""

from __future__ import annotations

import re
import threading
from typing import Iterable, Optional, overload

#: How much of a raw server body is kept on an error (support text, logs).
MAX_BODY_KEPT = 4000

REDACTED = "***"
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_AUTH_HEADER = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}", re.IGNORECASE)
_SECRET_FIELD = re.compile(
    r"""(["']?(?:password|passwd|pwd|token|access_token|refresh_token|jwt|secret|api_key|authorization)["']?"""
    r"""\s*[:=]\s*["']?)([^"'\s,;&}]+)""", re.IGNORECASE)
_known_secrets: list = []
_secrets_lock = threading.Lock()


def register_secret(value: Optional[str]) -> None:
    """Remember a secret (a password, a session token) so it is redacted from any text shown or logged."""
    if not value or len(value) < 4:
        return
    with _secrets_lock:
        if value not in _known_secrets:
            _known_secrets.append(value)
            del _known_secrets[:-32]  # the latest ones are enough


@overload
def redact(text: str, extra: Iterable[str] = ()) -> str: ...
@overload
def redact(text: None, extra: Iterable[str] = ()) -> None: ...
@overload
def redact(text: Optional[str], extra: Iterable[str] = ()) -> Optional[str]: ...


def redact(text: Optional[str], extra: Iterable[str] = ()) -> Optional[str]:
    """``text`` without tokens or passwords: JWTs, ``Bearer``/``Basic`` credentials, ``"password": …``
    style fields and every registered secret become ``***``."""
    if not text:
        return text
    with _secrets_lock:
        secrets = list(_known_secrets)
    for secret in sorted([*secrets, *[e for e in extra if e]], key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _JWT.sub(REDACTED, text)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _SECRET_FIELD.sub(lambda m: m.group(1) + REDACTED, text)


class VantageError(Exception):
    """Base class. ``str(error)`` is the user message: what failed, then what to do."""

    what = "The Vantage request failed"
    action = "Try again later; if it keeps failing, send the support details to Open Atlas."
    #: The request may have been processed by the server (no reply, an unreadable reply, a 5xx):
    #: a paid request is then looked up, never sent again.
    ambiguous = False
    #: The login failed in a way every thread of the run shares (the run stops at once).
    fatal = False
    #: What the transport or the JSON reader said (support text), and the reply's content type.
    detail: Optional[str] = None
    content_type: Optional[str] = None

    def __init__(
        self,
        what: Optional[str] = None,
        action: Optional[str] = None,
        *,
        status: Optional[int] = None,
        body: Optional[bytes | str] = None,
        request: Optional[str] = None,
        server_message: Optional[str] = None,
    ) -> None:
        self.what = what or type(self).what
        self.action = action or type(self).action
        self.status = status
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        self.body = redact(body[:MAX_BODY_KEPT]) if body else body
        self.request = request  # e.g. "POST /jobs/make_job" (never a token or password)
        self.server_message = redact(server_message)
        self.what = redact(self.what)
        super().__init__(self.user_message)

    @property
    def user_message(self) -> str:
        parts = [self.what.rstrip(".") + "."]
        if self.server_message:
            parts.append(f"The server said: {self.server_message.strip()[:300]}")
        parts.append(self.action)
        return " ".join(parts)

    def support_text(self) -> str:
        """Everything support needs: request, status and the raw body (no credentials)."""
        lines = [self.user_message]
        if self.request:
            lines.append(f"Request: {self.request}")
        if self.status is not None:
            lines.append(f"HTTP status: {self.status}")
        if self.body:
            lines.append(f"Server body: {self.body}")
        return "\n".join(lines)


class ConfigurationError(VantageError):
    what = "The Vantage connection settings are not usable"
    action = "Check the server address in the plugin settings (it must start with https://)."


class AuthenticationError(VantageError):
    what = "Vantage did not accept the username and password"
    action = "Check the Vantage login in the plugin settings (authentication configuration) and try again."


class ForbiddenError(VantageError):
    what = "Vantage refused access to this item (it belongs to another account, or the account lacks the right)"
    action = "Log in with the account that owns the plots and jobs, or ask Open Atlas to enable access."


class NotFoundError(VantageError):
    what = "Vantage does not know this item"
    action = "Check the id (it may belong to another server or have been deleted)."


class BadRequestError(VantageError):
    what = "Vantage rejected the request"
    action = "Fix the input named in the server message and run again."


class RateLimitedError(VantageError):
    what = "Vantage is receiving too many requests (rate limited)"
    action = "Wait a few minutes and run again; the plugin resumes where it stopped."


class ServerError(VantageError):
    what = "The Vantage server failed"
    action = ("Try again later; the plugin resumes where it stopped. If it keeps failing, send the support "
              "details to Open Atlas.")


class ConnectionFailedError(VantageError):
    what = "Could not reach the Vantage server"
    action = "Check the internet connection and proxy settings (QGIS Settings > Options > Network), then run again."


class TimeoutError_(ConnectionFailedError):
    what = "The Vantage server did not answer in time"
    action = "Check the connection and run again; the plugin resumes where it stopped."


class InvalidResponseError(VantageError):
    what = "Vantage sent a reply the plugin cannot read"
    action = "Try again later; if it keeps happening, send the support details to Open Atlas."


class InsufficientTokensError(VantageError):
    what = "Not enough free Vantage tokens for this job"
    action = "Buy more tokens, check fewer plots, or use a dry run (which spends nothing)."

    def __init__(self, cost: int, free: int, **kwargs) -> None:
        self.cost, self.free = cost, free
        super().__init__(f"Not enough free Vantage tokens: the job needs {cost}, the account has {free} free", **kwargs)


class SpendNotConfirmedError(VantageError):
    what = "The job was not started: spending tokens was not confirmed"
    action = "Run again and confirm the token cost, or use a dry run."


class CancelledByUser(VantageError):
    what = "The Vantage request was cancelled"
    action = "Run again to resume; jobs already created are reused, not paid twice."


class LoginFailedError(AuthenticationError):
    """The login itself failed (server error, a page that is not Vantage's, no connection): the run
    stops at once; every thread gets this same error instead of trying again."""

    what = "Could not log in to Vantage"
    action = ("Check the server address and the connection (a hotel or company network may show its own login "
              "page first), then run again.")


class ReplyTooLargeError(VantageError):
    what = "Vantage sent a reply larger than the plugin accepts"
    action = "Check fewer plots per run; if it keeps happening, send the support details to Open Atlas."


class JobOutcomeUnknownError(VantageError):
    """``make_job`` got no clear answer and the job could not be found: it was not sent again."""

    what = "Vantage did not confirm the job, and it could not be found on the server"
    action = ("Nothing was sent again, so nothing was paid twice. Run the check again into the same output: the "
              "plugin first looks the job up by its reference and asks before creating a new one.")


class DuplicateJobError(VantageError):
    """Vantage holds more than one job for one job request of this output."""

    action = ("The plugin uses the first job; ask Open Atlas to cancel the others and refund their tokens "
              "(send them these job ids). Run the check again into the same output to fetch the results.")

    def __init__(self, jobs: list, **kwargs) -> None:
        self.jobs = list(jobs)
        self.job_ids = [j.job_id for j in self.jobs]
        described = ", ".join(f"{j.job_id} ({j.token_cost if j.token_cost is not None else '?'} tokens)"
                              for j in self.jobs)
        total = sum(j.token_cost or 0 for j in self.jobs)
        super().__init__(f"Vantage created {len(self.jobs)} jobs for one request instead of one: {described}; "
                         f"{total} tokens in all", **kwargs)
