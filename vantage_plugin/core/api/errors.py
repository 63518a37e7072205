"""Errors of the Vantage API client.

Every error the user can see says *what failed* and *what to do*; the raw server reply is kept on
the error (``body``, ``status``, ``request``) for support and is never part of the short message.
Nothing secret (passwords, tokens) is ever put in an error.
"""

from __future__ import annotations

from typing import Optional

#: How much of a raw server body is kept on an error (support text, logs).
MAX_BODY_KEPT = 4000


class VantageError(Exception):
    """Base class. ``str(error)`` is the user message: what failed, then what to do."""

    what = "The Vantage request failed"
    action = "Try again later; if it keeps failing, send the support details to Open Atlas."

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
        self.body = body[:MAX_BODY_KEPT] if body else body
        self.request = request  # e.g. "POST /jobs/make_job" (never a token or password)
        self.server_message = server_message
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
    action = "Try again later; the plugin resumes where it stopped. If it keeps failing, send the support details to Open Atlas."


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
