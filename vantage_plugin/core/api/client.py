"""The Vantage API 3.0.1 client: one method per endpoint, pages as iterators.

Pure logic on top of a :class:`~.transport.Transport`; no QGIS. Behaviour:

* every request carries ``X-API-Version: 3`` and a timeout; https only (http on loopback for tests);
* the JWT is kept in memory only and renewed shortly before its ``exp``; on 401 the client logs in
  again once and repeats the request, a second 401 is reported; 403/404 become
  :class:`ForbiddenError`/:class:`NotFoundError`;
* **one login sequence for all threads**: a login that fails (wrong password, 5xx, a page that is not
  Vantage's, no connection) is remembered and every later request gets the same error at once;
* 429 and 503 honour ``Retry-After`` and ``X-RateLimit-Reset``; ``X-RateLimit-Remaining: 0`` holds
  every thread until the reset; other 5xx, connection errors and unreadable replies are retried with
  capped exponential backoff and jitter, **only** for requests that are safe to repeat;
* **a paid request (``make_job``, ``make_plot``) is never re-sent automatically** on any status,
  timeout, reset or unreadable reply (only when it surely never left: connection refused). After such an
  ambiguous failure the client looks the job up (by a unique token in its name) or the plot (by a unique
  reference in ``additional_info``): a found one is used; a missing plot may be sent again, a missing job
  is reported (:class:`JobOutcomeUnknownError`), never sent again;
* server text kept on errors or logged has tokens and passwords redacted (:func:`errors.redact`).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import threading
import time
import uuid
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence, Union
from urllib.parse import quote, urlencode

from . import errors as E
from .models import (
    CHECK_EUDR,
    MAX_PAGE_LIMIT,
    AnalysisRun,
    Credentials,
    Job,
    LoginResult,
    MakeJobRequest,
    MakePlotRequest,
    Page,
    PageMeta,
    PlotInfo,
    TokenBalance,
)
from .retry import RetryPolicy, parse_rate_limit_reset, parse_retry_after
from .transport import (
    DEFAULT_TIMEOUT,
    MAX_REPLY_BYTES,
    RequestsTransport,
    Response,
    Transport,
    TransportError,
    check_base_url,
)

log = logging.getLogger("vantage.api")

API_VERSION = "3"
USER_AGENT = "vantage-qgis"
#: Key of ``additional_info`` carrying the client's unique reference of a registered plot.
PLOT_REF_KEY = "vantage_qgis_ref"
#: Marker put in a job name around the client's unique token: ``"<name> [vq:<token>]"``.
JOB_TOKEN_PREFIX = "[vq:"
#: The token is renewed this many seconds before its ``exp``.
TOKEN_RENEW_MARGIN = 120.0

CredentialsSource = Union[Credentials, Callable[[], Credentials], None]


def job_name_with_token(name: Optional[str], token: str) -> str:
    marker = f"{JOB_TOKEN_PREFIX}{token}]"
    name = (name or "Vantage for QGIS").strip()
    return name if marker in name else f"{name} {marker}"


def new_client_token() -> str:
    return uuid.uuid4().hex[:16]


class VantageClient:
    """``VantageClient(base_url, credentials, transport)``; thread-safe (one token shared by threads)."""

    def __init__(
        self,
        base_url: Optional[str] = None,
        credentials: CredentialsSource = None,
        transport: Optional[Transport] = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retry: Optional[RetryPolicy] = None,
        is_cancelled: Optional[Callable[[], bool]] = None,
        logger: Optional[logging.Logger] = None,
        max_reply_bytes: int = MAX_REPLY_BYTES,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._credentials = credentials
        if transport is None:
            transport = RequestsTransport()
        self.transport = transport
        if hasattr(transport, "max_reply_bytes"):
            transport.max_reply_bytes = max_reply_bytes
        self.timeout = float(timeout)
        self.retry = retry or RetryPolicy()
        self.is_cancelled = is_cancelled
        self.log = logger or log
        self._token: Optional[str] = None
        self._token_expires: Optional[float] = None
        self._renew_margin = TOKEN_RENEW_MARGIN
        self._login_failure: Optional[E.VantageError] = None
        self._not_before = 0.0  # wall time before which no request is sent (X-RateLimit-Remaining: 0)
        self._token_lock = threading.Lock()
        self._login_lock = threading.RLock()
        self.request_count = 0
        self._count_lock = threading.Lock()

    # --- credentials and token -------------------------------------------------------------
    def _get_credentials(self) -> Credentials:
        source = self._credentials
        creds = source() if callable(source) else source
        if not isinstance(creds, Credentials) or not creds.username:
            raise E.AuthenticationError(
                "No Vantage login is configured",
                "Enter the Vantage username and password in the plugin settings.",
            )
        return creds

    @property
    def username(self) -> Optional[str]:
        try:
            return self._get_credentials().username
        except E.VantageError:
            return None

    def reset_login(self) -> None:
        """Forget a failed login so the next request tries again (a new run)."""
        with self._login_lock:
            self._login_failure = None

    def login(self) -> str:
        """``POST /login`` with Basic credentials; keeps the JWT in memory and returns it.

        Called once for all threads: a failure is remembered (:meth:`reset_login` clears it) and
        raised again to every caller, so a broken login stops a run within seconds."""
        with self._login_lock:
            if self._login_failure is not None:
                raise self._login_failure
            try:
                token = self._login_once()
            except E.CancelledByUser:
                raise
            except E.VantageError as error:
                self._login_failure = error
                raise
            expires = jwt_expiry(token)
            with self._token_lock:
                self._token = token
                self._token_expires = expires
                # renew shortly before the expiry, but never more often than every 3/4 of a lifetime
                lifetime = (expires - self.retry.clock()) if expires is not None else None
                self._renew_margin = TOKEN_RENEW_MARGIN if lifetime is None else \
                    max(0.0, min(TOKEN_RENEW_MARGIN, lifetime / 4))
            return token

    def _login_once(self) -> str:
        creds = self._get_credentials()
        E.register_secret(creds.password)
        basic = base64.b64encode(f"{creds.username}:{creds.password}".encode()).decode("ascii")
        E.register_secret(basic)
        policy = dataclasses.replace(self.retry, max_attempts=min(2, self.retry.max_attempts),
                                     base_delay=min(0.5, self.retry.base_delay), max_delay=1.0, jitter=False)
        try:
            result = self._request(
                "POST", "/login", headers={"Authorization": f"Basic {basic}"}, auth=False,
                idempotent=True, parse=LoginResult.from_dict, policy=policy, retry_unreadable=False,
            )
        except (E.AuthenticationError, E.BadRequestError, E.ForbiddenError) as error:
            raise E.AuthenticationError(
                status=error.status, body=error.body, request="POST /login",
                server_message=error.server_message,
            ) from None
        except E.CancelledByUser:
            raise
        except E.ConnectionFailedError as error:
            failed = type(error)(f"Could not reach the Vantage server at {self.base_url} to log in: "
                                 f"{describe_answer(error)}", request="POST /login")
            failed.fatal = True
            raise failed from None
        except E.VantageError as error:
            raise E.LoginFailedError(
                f"Could not log in to Vantage at {self.base_url}: {describe_answer(error)}",
                status=error.status, body=error.body, request="POST /login",
            ) from None
        E.register_secret(result.token)
        return result.token

    def _current_token(self) -> str:
        with self._token_lock:
            token, expires = self._token, self._token_expires
        if token is not None and expires is not None and expires - self.retry.clock() < self._renew_margin:
            self.log.info("the Vantage session expires soon: logging in again")
            return self._refresh_token(token)
        if token is None:
            with self._login_lock:  # one login for all the threads that found no token
                with self._token_lock:
                    token = self._token
                if token is None:
                    token = self.login()
        return token

    def _refresh_token(self, stale: Optional[str]) -> str:
        """Log in again unless another thread already replaced ``stale``; the token to use now."""
        with self._login_lock:
            with self._token_lock:
                current = self._token
                if current != stale and current is not None:
                    return current
                self._token = None
                self._token_expires = None
            return self.login()

    # --- core request loop -----------------------------------------------------------------
    def _check_cancel(self) -> None:
        if self.is_cancelled and self.is_cancelled():
            raise E.CancelledByUser()

    def _sleep(self, seconds: float) -> None:
        left = float(seconds)
        while True:
            self._check_cancel()
            if left <= 0:
                return
            step = min(left, 0.25)
            self.retry.sleep(step)
            left -= step

    def _wait_rate_limit(self) -> None:
        """Hold while the server said no request is left until its reset (shared by all threads)."""
        target = self._not_before
        wait = target - self.retry.clock()
        if wait > 0:
            self.log.info("rate limit reached: waiting %.1f s for its reset", wait)
            self._sleep(min(wait, self.retry.max_retry_after))
            with self._count_lock:
                if self._not_before == target:  # waited for this reset: the gate is open again
                    self._not_before = 0.0

    def _note_rate_limit(self, response: Response) -> None:
        remaining = response.header("x-ratelimit-remaining")
        if remaining is None:
            return
        try:
            left = int(float(remaining))
        except ValueError:
            return
        if left > 0:
            return
        seconds = parse_rate_limit_reset(response.header("x-ratelimit-reset"), self.retry.clock())
        if seconds is None:
            seconds = parse_retry_after(response.header("retry-after"), self.retry.clock())
        if seconds is None:
            seconds = 1.0
        until = self.retry.clock() + min(seconds, self.retry.max_retry_after)
        with self._count_lock:
            self._not_before = max(self._not_before, until)

    def _url(self, path: str, query: Optional[Mapping[str, Any]]) -> str:
        url = self.base_url + path
        if query:
            items = [(k, _query_value(v)) for k, v in query.items() if v is not None]
            if items:
                url += "?" + urlencode(items)
        return url

    def _request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        auth: bool = True,
        idempotent: bool = True,
        parse: Callable[[Any], Any] = lambda data: data,
        timeout: Optional[float] = None,
        policy: Optional[RetryPolicy] = None,
        retry_unreadable: bool = True,
    ) -> Any:
        """Send with retries; return ``parse(json)``. Errors are :class:`VantageError` subclasses;
        ``error.ambiguous`` is True when the request may have been processed by the server.

        A request that is not ``idempotent`` is sent again only when it surely never reached the
        server (connection refused) or after a 401 (the server refused it unprocessed)."""
        policy = policy or self.retry
        url = self._url(path, query)
        label = f"{method} {path}"
        payload = json.dumps(body, separators=(",", ":")).encode("utf-8") if body is not None else None
        attempt = 0
        relogged = False
        while True:
            self._check_cancel()
            attempt += 1
            send_headers = {
                "Accept": "application/json",
                "X-API-Version": API_VERSION,
                "User-Agent": USER_AGENT,
            }
            if payload is not None:
                send_headers["Content-Type"] = "application/json"
            token = None
            if auth:
                token = self._current_token()
                send_headers["Authorization"] = f"Bearer {token}"
            send_headers.update(headers or {})
            self._wait_rate_limit()
            started = time.monotonic()
            with self._count_lock:
                self.request_count += 1
            try:
                response = self.transport.request(method, url, send_headers, payload, timeout or self.timeout)
            except TransportError as failure:
                detail = E.redact(_strip(str(failure)))
                self.log.info("%s: no reply (%s)", label, detail)
                if failure.cancelled:
                    raise E.CancelledByUser(request=label) from None
                if failure.too_large:
                    error = E.ReplyTooLargeError(f"Vantage's reply to {label} was refused: {detail}", request=label)
                    error.ambiguous = True
                    raise error from None
                error_cls = E.TimeoutError_ if failure.timeout else E.ConnectionFailedError
                no_reply = error_cls(request=label, server_message=None)
                no_reply.detail = detail
                no_reply.ambiguous = failure.sent
                if idempotent or not failure.sent:
                    delay = policy.delay_for(attempt, None, None)
                    if delay is not None:
                        self._sleep(delay)
                        continue
                raise no_reply from None
            elapsed = time.monotonic() - started
            self.log.debug("%s -> %s in %.2f s", label, response.status, elapsed)
            self._log_deprecation(response, label)
            self._note_rate_limit(response)
            status = response.status

            if 200 <= status < 300:
                try:
                    data = json.loads(response.body.decode("utf-8")) if response.body.strip() else None
                    return parse(data)
                except (ValueError, TypeError, KeyError, UnicodeDecodeError) as failure:
                    unreadable = E.InvalidResponseError(status=status, body=response.body, request=label)
                    unreadable.detail = str(failure)
                    unreadable.content_type = response.header("content-type")
                    unreadable.ambiguous = True  # the server did process it
                    if idempotent and retry_unreadable:
                        delay = policy.delay_for(attempt, None, None)
                        if delay is not None:
                            self._sleep(delay)
                            continue
                    raise unreadable from None

            message = _server_message(response.body)
            if status == 401 and auth:
                if not relogged:
                    relogged = True
                    attempt -= 1  # a re-login is not a failed attempt
                    self._refresh_token(token)  # the next attempt takes the new token
                    continue
                raise E.AuthenticationError(
                    "Vantage refused the login session even after logging in again",
                    status=status, body=response.body, request=label, server_message=message,
                )
            if status == 401:
                raise E.AuthenticationError(status=status, body=response.body, request=label,
                                            server_message=message)
            if status == 403:
                raise E.ForbiddenError(status=status, body=response.body, request=label, server_message=message)
            if status == 404:
                raise E.NotFoundError(status=status, body=response.body, request=label, server_message=message)
            if idempotent and (status == 429 or status >= 500):
                delay = policy.delay_for(attempt, status, response.header("retry-after"),
                                         response.header("x-ratelimit-reset"))
                if delay is not None and self._not_before > self.retry.clock():
                    delay = 0.0  # the rate-limit gate holds the next attempt until the reset
                if delay is not None:
                    self.log.info("%s: HTTP %s, retrying in %.1f s", label, status, delay)
                    self._sleep(delay)
                    continue
            if status == 429:
                limited = E.RateLimitedError(status=status, body=response.body, request=label,
                                             server_message=message)
                limited.ambiguous = not idempotent  # a reply status does not prove the request was not processed
                raise limited
            if status >= 500:
                failed = E.ServerError(f"The Vantage server failed on {label} (HTTP {status})",
                                       status=status, body=response.body, request=label, server_message=message)
                failed.ambiguous = True
                raise failed
            raise E.BadRequestError(f"Vantage rejected {label} (HTTP {status})",
                                    status=status, body=response.body, request=label, server_message=message)

    def _log_deprecation(self, response: Response, label: str) -> None:
        for name in ("deprecation", "sunset"):
            if response.header(name):
                self.log.warning("%s: server announces %s: %s", label, name, response.header(name))

    # --- endpoints -----------------------------------------------------------------------
    def check_tokens(self) -> TokenBalance:
        """``GET /users/check_tokens``."""
        return self._request("GET", "/users/check_tokens", parse=TokenBalance.from_dict)

    def make_plot(self, request: MakePlotRequest, *, client_ref: Optional[str] = None,
                  look_up: bool = True) -> PlotInfo:
        """``POST /plots/make_plot``, never re-sent blindly: after an ambiguous failure the plot is
        looked up by ``client_ref`` (stored in ``additional_info``) and sent again only when it is not
        there. ``look_up=False`` raises the ambiguous error instead (the workflow looks many plots up
        in one listing)."""
        ref = client_ref or new_client_token()
        body = self.plot_body(request, ref)
        send = lambda: self._request("POST", "/plots/make_plot", body=body, idempotent=False,  # noqa: E731
                                     parse=PlotInfo.from_dict, timeout=max(self.timeout, 120.0))
        if not look_up:
            return send()
        attempt = 0
        while True:
            attempt += 1
            try:
                return send()
            except E.VantageError as error:
                if not error.ambiguous:
                    raise
                self.log.info("%s: no clear answer, looking the plot up before any new attempt", error.request)
                found = self.find_plot_by_ref(ref)
                if found is not None:
                    return found
                delay = self.retry.delay_for(attempt, None, None)
                if delay is None:
                    raise
                self._sleep(delay)

    @staticmethod
    def plot_body(request: MakePlotRequest, ref: str) -> dict:
        info = dict(request.additional_info or {})
        info[PLOT_REF_KEY] = ref
        return MakePlotRequest(
            geojson=request.geojson, harvest_date=request.harvest_date, commodity=request.commodity,
            plot_name=request.plot_name, notes=request.notes, additional_info=info,
        ).to_body()

    def plots_by_ref(self, refs: Sequence[str], created_at_from: Optional[str] = None) -> dict:
        """``ref -> PlotInfo`` for the plots of the account carrying one of ``refs`` (one paged listing,
        from ``created_at_from`` when given; the oldest copy wins)."""
        wanted = set(refs)
        found: dict = {}
        if not wanted:
            return found
        for plot in self.iter_plots(limit=MAX_PAGE_LIMIT, created_at_from=created_at_from):
            ref = plot.additional_info.get(PLOT_REF_KEY)
            if ref in wanted:
                found[ref] = plot  # newest first: the last one seen is the oldest
        return found

    def find_plot_by_ref(self, ref: str, max_items: int = 1000) -> Optional[PlotInfo]:
        for seen, plot in enumerate(self.iter_plots(limit=200)):
            if plot.additional_info.get(PLOT_REF_KEY) == ref:
                return plot
            if seen + 1 >= max_items:
                break
        return None

    def get_plot(self, plot_id: str) -> PlotInfo:
        """``GET /plots/plot/{plot_id}``."""
        return self._request("GET", f"/plots/plot/{_seg(plot_id)}", parse=PlotInfo.from_dict)

    def list_plots_page(
        self,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        created_at_from: Optional[str] = None,
        created_at_until: Optional[str] = None,
        lite: Optional[bool] = None,
    ) -> Page:
        """``GET /plots``: one keyset page. ``lite`` pages hold raw summary dicts, else ``PlotInfo``."""
        query = {"limit": _limit(limit), "cursor": cursor, "created_at_from": created_at_from,
                 "created_at_until": created_at_until, "lite": lite}

        def parse(data):
            items = _items(data, "plots")
            plots = [dict(p) for p in items] if lite else [PlotInfo.from_dict(p) for p in items]
            return Page(plots, PageMeta.from_dict(data.get("meta")))

        return self._request("GET", "/plots", query=query, parse=parse)

    def iter_plots(self, limit: Optional[int] = None, created_at_from: Optional[str] = None,
                   created_at_until: Optional[str] = None, lite: Optional[bool] = None) -> Iterator:
        return self._iterate(lambda cursor: self.list_plots_page(limit, cursor, created_at_from,
                                                                 created_at_until, lite))

    def make_job(self, request: MakeJobRequest, *, dry_run: bool = False,
                 client_token: Optional[str] = None, verify: bool = True) -> Job:
        """``POST /jobs/make_job`` (reserves tokens unless ``dry_run``), sent **once**. The job name
        carries a unique token: after an ambiguous failure the job is looked up by it; found, it is
        used; not found, :class:`JobOutcomeUnknownError` is raised and nothing is sent again.
        ``verify`` checks afterwards that only one job carries the token (:class:`DuplicateJobError`)."""
        token = client_token or new_client_token()
        body = MakeJobRequest(
            plot_ids=list(request.plot_ids), job_name=job_name_with_token(request.job_name, token),
            notes=request.notes, additional_info=request.additional_info, checks=request.checks,
        ).to_body()
        headers = {"X-Dry-Run": "true"} if dry_run else {}
        try:
            job = self._request("POST", "/jobs/make_job", body=body, headers=headers, idempotent=False,
                                parse=Job.from_dict, timeout=max(self.timeout, 120.0))
        except E.VantageError as error:
            if not error.ambiguous:
                raise
            self.log.info("make_job: no clear answer (%s); looking the job up, not sending it again", error.what)
            found = self.find_jobs_by_token(token)
            if not found:
                unknown = E.JobOutcomeUnknownError(
                    f"Vantage did not confirm the job ({E.redact(error.what)}) and no job with its reference "
                    f"{token} was found", status=error.status, body=error.body, request=error.request)
                unknown.ambiguous = True
                raise unknown from None
            if len(found) > 1:
                raise E.DuplicateJobError(found) from None
            return found[0]
        if verify:  # a re-sent request makes its copy within seconds: the newest page of jobs is enough
            found = self.find_jobs_by_token(token, max_items=100)
            if len(found) > 1:
                raise E.DuplicateJobError(found)
        return job

    def find_jobs_by_token(self, token: str, max_items: int = 500) -> list:
        """Jobs whose name carries ``token`` among the newest ``max_items`` jobs (oldest first)."""
        marker = f"{JOB_TOKEN_PREFIX}{token}]"
        found = []
        for seen, job in enumerate(self.iter_jobs(limit=100)):
            if job.job_name and marker in job.job_name:
                found.append(job)
            if seen + 1 >= max_items:
                break
        return found[::-1]

    def get_job(self, job_id: str) -> Job:
        """``GET /jobs/job/{job_id}``."""
        return self._request("GET", f"/jobs/job/{_seg(job_id)}", parse=Job.from_dict)

    def list_jobs_page(self, limit: Optional[int] = None, cursor: Optional[str] = None,
                       created_at_from: Optional[str] = None, created_at_until: Optional[str] = None) -> Page:
        """``GET /jobs``: one keyset page of ``Job`` (no embedded plots)."""
        query = {"limit": _limit(limit), "cursor": cursor, "created_at_from": created_at_from,
                 "created_at_until": created_at_until}

        def parse(data):
            return Page([Job.from_dict(j) for j in _items(data, "jobs")], PageMeta.from_dict(data.get("meta")))

        return self._request("GET", "/jobs", query=query, parse=parse)

    def iter_jobs(self, limit: Optional[int] = None, created_at_from: Optional[str] = None,
                  created_at_until: Optional[str] = None) -> Iterator[Job]:
        return self._iterate(lambda cursor: self.list_jobs_page(limit, cursor, created_at_from, created_at_until))

    def list_analysis_runs(self, plot_id: Union[str, Sequence[str]]) -> list:
        """``GET /analysis-runs?plot_id=`` (several ids are comma-joined)."""
        value = plot_id if isinstance(plot_id, str) else ",".join(plot_id)

        def parse(data):
            if isinstance(data, Mapping):  # tolerate a wrapped list
                data = data.get("runs") or data.get("analysis_runs") or data.get("items") or []
            if not isinstance(data, list):
                raise ValueError("analysis runs are not a list")
            return [AnalysisRun.from_dict(r) for r in data]

        return self._request("GET", "/analysis-runs", query={"plot_id": value}, parse=parse)

    def plot_history(self, plot_id: str, check_type: Optional[str] = None) -> list:
        """A plot's analysis runs, newest first (``GET /analysis-runs``), of one ``check_type`` when given."""
        runs = [r for r in self.list_analysis_runs(plot_id)
                if r.plot_id in (None, plot_id) and (check_type is None or r.check_type in (None, "", check_type))]
        return sorted(runs, key=lambda r: (r.created_at or "", r.updated_at or ""), reverse=True)

    def latest_run(self, plot_id: str, check_type: Optional[str] = CHECK_EUDR,
                   finished_only: bool = True) -> Optional[AnalysisRun]:
        """The newest run of a plot (finished ones only by default), or ``None``."""
        for run in self.plot_history(plot_id, check_type):
            if run.finished or not finished_only:
                return run
        return None

    def get_analysis_run(self, run_id: str) -> AnalysisRun:
        """``GET /analysis-runs/{run_id}``."""
        return self._request("GET", f"/analysis-runs/{_seg(run_id)}", parse=AnalysisRun.from_dict)

    # --- paging ----------------------------------------------------------------------------
    def _iterate(self, fetch: Callable[[Optional[str]], Page]) -> Iterator:
        cursor: Optional[str] = None
        seen_cursors: set = set()
        while True:
            page = fetch(cursor)
            yield from page.items
            if not page.meta.has_more or not page.meta.next_cursor:
                return
            if page.meta.next_cursor in seen_cursors:  # a server loop must not hang the plugin
                raise E.InvalidResponseError("Vantage returned the same page cursor twice")
            seen_cursors.add(page.meta.next_cursor)
            cursor = page.meta.next_cursor


def _items(data: Any, key: str) -> list:
    if isinstance(data, list):  # tolerate a bare list
        return data
    if not isinstance(data, Mapping):
        raise ValueError("the page is not an object")
    items = data.get(key)
    if items is None:
        items = []
    if not isinstance(items, list):
        raise ValueError(f"{key} is not a list")
    return items


def _limit(limit: Optional[int]) -> Optional[int]:
    if limit is None:
        return None
    return max(1, min(MAX_PAGE_LIMIT, int(limit)))


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _seg(value: str) -> str:
    value = str(value)
    if not value or value in (".", ".."):
        raise E.NotFoundError(f"The id {value!r} is not a valid Vantage id")
    return quote(value, safe="")


def _strip(text: str) -> str:
    return text[:300]


def jwt_expiry(token: str) -> Optional[float]:
    """The ``exp`` (Unix time) of a JWT, or ``None`` when the token is not a readable JWT."""
    try:
        payload = token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = data.get("exp")
        return float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None
    except (IndexError, ValueError, TypeError, AttributeError):
        return None


def _html_title(text: str) -> Optional[str]:
    lower = text.lower()
    start = lower.find("<title")
    if start < 0:
        return None
    start = lower.find(">", start) + 1
    end = lower.find("</title", start)
    title = " ".join(text[start:end].split()) if 0 < start <= end else ""
    return title[:120] or None


def describe_answer(error: E.VantageError) -> str:
    """What the server answered, in a few words (for a login that failed)."""
    body = (error.body or "").strip()
    if isinstance(error, E.ConnectionFailedError):
        detail = error.detail or ""
        kind = "no answer in time" if isinstance(error, E.TimeoutError_) else "no connection"
        return f"{kind} ({detail})" if detail else kind
    status = f"HTTP {error.status}" if error.status is not None else "a reply"
    looks_html = body[:200].lower().lstrip().startswith(("<!doctype html", "<html")) or "<html" in body[:500].lower()
    if looks_html:
        title = _html_title(body)
        page = f"a web page titled '{title}'" if title else "a web page"
        return (f"{status} with {page} instead of a Vantage reply (a network login page or proxy may be in "
                "the way)")
    if isinstance(error, E.InvalidResponseError):
        sample = " ".join(body[:80].split())
        return f"{status} with a reply that is not valid JSON or has no token: '{sample}'"
    message = error.server_message or " ".join(body[:120].split())
    return f"{status}: {message}" if message else status


def _server_message(body: bytes) -> Optional[str]:
    """The human message of an error body, whatever its shape (the format is not documented)."""
    if not body:
        return None
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        return text[:300] if text and not text.startswith("<") else None
    if isinstance(data, Mapping):
        for key in ("message", "error", "detail", "error_message", "msg", "description"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, (list, dict)) and value:
                return json.dumps(value, ensure_ascii=False)[:300]
    if isinstance(data, str):
        return data[:300]
    return None
