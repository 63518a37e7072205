"""A local Vantage-compatible HTTP server (API 3.0.1 semantics) for tests, benchmarks and demos.

Real HTTP on 127.0.0.1 (``ThreadingHTTPServer``): Basic login issuing expiring tokens, per-user
ownership (403), token balance with reservation and refunds, dry run, jobs moving
creating → pending (→ incomplete) → done / done-with-errors with configurable per-plot failures,
keyset pagination with opaque cursors, and injectable faults. Every request is recorded and, when a
:class:`~.contract.Contract` is given, checked against the project's OpenAPI description.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import hmac
import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from shapely.geometry import shape

from vantage_plugin.core import analysis as A
from vantage_plugin.core import risk as R
from vantage_plugin.core.geodesy import geodesic_area_ha

COMMODITIES = ("wood", "soy", "cocoa", "coffee", "palm_oil", "beef", "rubber")
DEFAULT_USER = "demo"
DEFAULT_PASSWORD = "demo-password"
_SECRET = b"fake-vantage-cursor-key"


def default_plot_cost(area_ha: float) -> int:
    """The fake's price list: 4 tokens per plot, plus 1 per full 50 ha."""
    return 4 + int(area_ha // 50)


def iso(ts: float) -> str:
    return _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_ts(ts: Optional[float] = None) -> float:
    """``ts`` (default: now), at the microsecond precision the timestamps are published with."""
    return parse_iso(iso(time.time() if ts is None else ts))


def parse_iso(text: str) -> Optional[float]:
    try:
        value = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return value.timestamp()


@dataclass
class Fault:
    """One injected fault. ``kind``:

    * ``status``: reply ``status`` (with ``retry_after``) without processing;
    * ``status_after``: process, then reply ``status`` (an ambiguous server error);
    * ``drop_before`` / ``drop_after``: close the connection without a reply, before / after processing;
    * ``slow``: wait ``delay`` seconds, then process;
    * ``hold``: wait until the test calls :meth:`release` (at most ``delay`` seconds, 30 by default), then
      process; :attr:`processed` is set once the request has been processed;
    * ``malformed``: process, then reply 200 with broken JSON;
    * ``expire_tokens``: every issued token expires now (the request then gets 401);
    * ``html``: reply ``status`` (200 by default) with an HTML page, without processing (a captive portal);
    * ``not_json``: reply 200 with plain text, without processing;
    * ``duplicate``: process the request twice (a network layer that re-sent it), reply the first outcome;
    * ``headers``: process, then reply with ``headers`` added (e.g. ``X-RateLimit-Remaining: 0``);
    * ``echo_secrets``: reply ``status`` with a body echoing the request's Authorization header;
    * ``big``: process, then reply 200 with a JSON body padded to ``size`` bytes.
    Any fault's ``headers`` are added to its reply.
    """

    kind: str
    method: Optional[str] = None
    path: Optional[str] = None
    """Prefix of the request path."""
    times: int = 1
    skip: int = 0
    status: int = 500
    retry_after: Optional[str] = None
    delay: float = 0.0
    headers: dict = field(default_factory=dict)
    size: int = 0
    hits: int = 0
    released: threading.Event = field(default_factory=threading.Event)
    processed: threading.Event = field(default_factory=threading.Event)

    def release(self) -> None:
        """Let a held request go on (``hold``)."""
        self.released.set()

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (self.path is None or path.startswith(self.path))


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict
    body: Optional[bytes]
    at: float
    status: Optional[int] = None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: Optional[dict] = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@dataclass
class FakeConfig:
    users: dict = field(default_factory=lambda: {DEFAULT_USER: DEFAULT_PASSWORD})
    tokens: dict = field(default_factory=lambda: {DEFAULT_USER: 1000})
    token_ttl: float = 3600.0
    latency: float = 0.0
    creating_seconds: float = 0.05
    pending_seconds: float = 0.2
    stall_incomplete: bool = False
    """Jobs with failing plots stay ``incomplete`` for ever (to test a stalled job)."""
    fail_plot: Optional[Callable[[dict], Optional[str]]] = None
    """plot record -> error message for plots that must fail, else None."""
    plot_cost: Callable[[float], int] = default_plot_cost
    login_key: str = "token"
    """``token`` (spec) or ``access_token`` (getting-started guide)."""
    balance_style: str = "v3"
    """``v3`` keys (token_balance, ...) or ``v2`` keys ("Token balance", ...)."""
    supported_checks: tuple = ("eudr",)
    """Check types make_job accepts (API 3.0.1: only ``eudr``); each extra type adds a run per plot."""


class FakeVantage:
    def __init__(self, config: Optional[FakeConfig] = None, contract=None, host: str = "127.0.0.1",
                 port: int = 0, **overrides) -> None:
        self.config = config or FakeConfig()
        for key, value in overrides.items():
            setattr(self.config, key, value)
        self.contract = contract
        self.lock = threading.RLock()
        self.issued: dict[str, tuple[str, float]] = {}
        self.balance = {u: {"balance": int(t), "reserved": 0} for u, t in self.config.tokens.items()}
        self.plots: dict[str, dict] = {}
        self.jobs: dict[str, dict] = {}
        self.runs: dict[str, dict] = {}
        self.faults: list[Fault] = []
        self.requests: list[Recorded] = []
        self.violations: list[str] = []
        self._seq = 0
        self._offset = 0.0
        handler = type("Handler", (_Handler,), {"fake": self})
        ThreadingHTTPServer.request_queue_size = 128
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: Optional[threading.Thread] = None

    # --- lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeVantage:
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name="fake-vantage")
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FakeVantage:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- the books' clock (plots and jobs; login tokens keep real time, as the client reads them) ---
    def now(self) -> float:
        """The time plots and jobs are stamped and jobs progress with: real time plus :meth:`advance`."""
        with self.lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the books' clock forward: jobs progress (and new records are stamped) without a real wait."""
        with self.lock:
            self._offset += seconds

    # --- state filled directly (no HTTP: for tests that only need records to exist) ---------------
    def seed_plot(self, geojson: dict, user: str = DEFAULT_USER, **fields: Any) -> str:
        """A plot on the server's books as ``make_plot`` would store it; returns its id."""
        return self.make_plot(user, {"geojson": geojson, **fields})["plot_id"]

    def seed_jobs(self, count: int, plot_ids: list, user: str = DEFAULT_USER, dry_run: bool = True,
                  config: Optional[dict] = None, name: str = "job {i}") -> list[str]:
        """``count`` jobs on the server's books as ``make_job`` would store them, oldest first; their ids."""
        check = {"type": "eudr", "config": config or {}}
        return [self.make_job(user, {"plot_ids": list(plot_ids), "job_name": name.format(i=i), "checks": [check]},
                              dry_run)["job_id"] for i in range(count)]

    # --- test helpers ----------------------------------------------------------------------------
    def add_fault(self, kind: str, **kwargs) -> Fault:
        fault = Fault(kind, **kwargs)
        with self.lock:
            self.faults.append(fault)
        return fault

    def expire_tokens(self) -> None:
        with self.lock:
            self.issued = {t: (u, 0.0) for t, (u, _) in self.issued.items()}

    def free_tokens(self, user: str = DEFAULT_USER) -> int:
        with self.lock:
            b = self.balance[user]
            return b["balance"] - b["reserved"]

    def tokens(self, user: str = DEFAULT_USER) -> dict:
        with self.lock:
            return dict(self.balance[user])

    def calls(self, method: Optional[str] = None, path: Optional[str] = None) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if (method is None or r.method == method)
                    and (path is None or r.path.startswith(path))]

    def real_jobs(self, user: str = DEFAULT_USER) -> list[dict]:
        with self.lock:
            return [j for j in self.jobs.values() if j["username"] == user and not j["dry_run"]]

    def _next_seq(self) -> int:
        with self.lock:
            self._seq += 1
            return self._seq

    # --- auth --------------------------------------------------------------------------------
    def _issue(self, user: str) -> str:
        def b64(data: bytes) -> str:
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
        now = time.time()
        payload = {"sub": user, "iat": int(now), "exp": int(now + self.config.token_ttl), "jti": uuid.uuid4().hex}
        head = b64(b'{"alg":"HS256","typ":"JWT"}') + "." + b64(json.dumps(payload).encode())
        token = head + "." + b64(hmac.new(_SECRET, head.encode(), hashlib.sha256).digest())
        with self.lock:
            self.issued[token] = (user, now + self.config.token_ttl)
        return token

    def _user(self, headers: dict) -> str:
        auth = headers.get("authorization") or ""
        if not auth.startswith("Bearer "):
            raise HttpError(401, "Missing bearer token")
        with self.lock:
            found = self.issued.get(auth[7:])
        if not found or found[1] <= time.time():
            raise HttpError(401, "Token expired or invalid; log in again")
        return found[0]

    # --- dispatch ------------------------------------------------------------------------------
    def handle(self, method: str, path: str, query: dict, headers: dict, body: Optional[bytes]) -> Any:
        if method == "POST" and path == "/login":
            return self.login(headers)
        user = self._user(headers)
        data = None
        if body:
            try:
                data = json.loads(body)
            except ValueError:
                raise HttpError(400, "Body is not JSON") from None
        parts = [unquote(p) for p in path.strip("/").split("/")]
        if method == "POST" and path == "/plots/make_plot":
            return self.make_plot(user, data)
        if method == "GET" and len(parts) == 3 and parts[:2] == ["plots", "plot"]:
            return self._plot_out(self._owned(self.plots, parts[2], user, "Plot"))
        if method == "GET" and path == "/plots":
            return self.list_plots(user, query)
        if method == "POST" and path == "/jobs/make_job":
            dry = (headers.get("x-dry-run") or "").lower() == "true"
            return self.make_job(user, data, dry)
        if method == "GET" and len(parts) == 3 and parts[:2] == ["jobs", "job"]:
            return self._job_out(self._owned(self.jobs, parts[2], user, "Job"), embed=True)
        if method == "GET" and path == "/jobs":
            return self.list_jobs(user, query)
        if method == "GET" and path == "/analysis-runs":
            ids = [p for p in (query.get("plot_id") or [""])[0].split(",") if p]
            if not ids:
                raise HttpError(400, "plot_id is required")
            out = []
            for pid in ids:
                self._owned(self.plots, pid, user, "Plot")
                with self.lock:
                    out += [self._run_out(r) for r in self.runs.values() if r["plot_id"] == pid]
            return sorted(out, key=lambda r: r["created_at"])
        if method == "GET" and len(parts) == 2 and parts[0] == "analysis-runs":
            return self._run_out(self._owned(self.runs, parts[1], user, "Analysis run"))
        if method == "GET" and path == "/users/check_tokens":
            with self.lock:
                b = self.balance.setdefault(user, {"balance": 0, "reserved": 0})
                values = (b["balance"], b["reserved"], b["balance"] - b["reserved"])
            keys = (("token_balance", "reserved_tokens", "free_tokens") if self.config.balance_style == "v3"
                    else ("Token balance", "Reserved Tokens", "Free Tokens"))
            return dict(zip(keys, values))
        raise HttpError(404, f"No route {method} {path}")

    def _owned(self, table: dict, key: str, user: str, what: str) -> dict:
        with self.lock:
            item = table.get(key)
        if item is None:
            raise HttpError(404, f"{what} {key} not found")
        if item["username"] != user:
            raise HttpError(403, f"{what} {key} belongs to another user")
        if table is self.jobs:
            self._advance(item)
        return item

    def login(self, headers: dict) -> dict:
        auth = headers.get("authorization") or ""
        if not auth.startswith("Basic "):
            raise HttpError(400, "Authorization header missing or malformed")
        try:
            user, _, password = base64.b64decode(auth[6:], validate=True).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            raise HttpError(400, "Authorization header malformed") from None
        if self.config.users.get(user) != password:
            raise HttpError(401, "Wrong username or password")
        return {self.config.login_key: self._issue(user)}

    # --- plots ---------------------------------------------------------------------------------
    def make_plot(self, user: str, data: Any) -> dict:
        if not isinstance(data, dict) or not isinstance(data.get("geojson"), dict):
            raise HttpError(400, "geojson is required")
        features = data["geojson"].get("features") or []
        if data["geojson"].get("type") != "FeatureCollection" or not features:
            raise HttpError(400, "geojson must be a FeatureCollection with at least one feature")
        area, centroid = 0.0, None
        for n, feature in enumerate(features):
            geometry = (feature or {}).get("geometry") or {}
            if geometry.get("type") not in ("Point", "Polygon"):
                raise HttpError(400, f"feature {n}: only Point and Polygon geometries are accepted")
            try:
                geom = shape(geometry)
            except Exception as error:  # any shapely failure is the client's bad geometry
                raise HttpError(400, f"feature {n}: invalid geometry ({error})") from error
            if geom.geom_type == "Polygon":
                if not geom.is_valid:
                    raise HttpError(400, f"feature {n}: invalid polygon (self-intersection)")
                area += float(geodesic_area_ha(geom))
            else:
                point_ha = ((feature.get("properties") or {}).get("point_ha"))
                if point_ha is not None and not (0 < float(point_ha) < 4.0):
                    raise HttpError(400, f"feature {n}: point_ha must be below 4")
                area += float(point_ha) if point_ha is not None else 4.0
            centroid = centroid or geom.centroid
        commodity = data.get("commodity")
        if commodity is not None and commodity not in COMMODITIES:
            raise HttpError(400, f"unknown commodity {commodity!r}")
        now = now_ts(self.now())
        country, state = _place(centroid.x, centroid.y)
        plot = {
            "plot_id": str(uuid.uuid4()), "username": user, "plot_name": data.get("plot_name"),
            "notes": data.get("notes"), "country": country, "state": state,
            "geojson_features": features, "harvest_dates": [data["harvest_date"]] if data.get("harvest_date") else [],
            "commodity": commodity, "harvest_date": data.get("harvest_date"),
            "lat": f"{centroid.y:.6f}", "lon": f"{centroid.x:.6f}", "area_ha": round(area, 4),
            "tokens_cost": int(self.config.plot_cost(area)), "created_ts": now, "seq": self._next_seq(),
            "updated_ts": now, "analysis": None, "analysis_image": None,
            "additional_info": dict(data.get("additional_info") or {}),
        }
        with self.lock:
            self.plots[plot["plot_id"]] = plot
        return self._plot_out(plot)

    def _plot_out(self, plot: dict) -> dict:
        out = {k: plot[k] for k in ("username", "country", "state", "notes", "analysis", "plot_id", "plot_name",
                                    "geojson_features", "harvest_dates", "commodity", "lat", "lon", "area_ha",
                                    "tokens_cost", "analysis_image", "additional_info")}
        out["created_at"], out["updated_at"] = iso(plot["created_ts"]), iso(plot["updated_ts"])
        return out

    def _page(self, items: list, query: dict, kind: str, user: str) -> tuple[list, dict]:
        try:
            limit = int((query.get("limit") or ["100"])[0])
        except ValueError:
            raise HttpError(400, "limit must be an integer") from None
        if not 1 <= limit <= 1000:
            raise HttpError(400, "limit must be between 1 and 1000")
        lo = (query.get("created_at_from") or [None])[0]
        hi = (query.get("created_at_until") or [None])[0]
        lo_ts, hi_ts = (parse_iso(lo) if lo else None), (parse_iso(hi) if hi else None)
        if (lo and lo_ts is None) or (hi and hi_ts is None):
            raise HttpError(400, "created_at filters must be ISO-8601")
        items = [i for i in items if (lo_ts is None or i["created_ts"] >= lo_ts) and (hi_ts is None or i["created_ts"] <= hi_ts)]
        items.sort(key=lambda i: i["seq"], reverse=True)
        cursor = (query.get("cursor") or [None])[0]
        if cursor:
            after = _read_cursor(cursor, kind, user)
            items = [i for i in items if i["seq"] < after]
        page = items[:limit]
        has_more = len(items) > limit
        meta = {"next_cursor": _make_cursor(page[-1]["seq"], kind, user) if has_more else None,
                "limit": limit, "count": len(page), "has_more": has_more}
        return page, meta

    def list_plots(self, user: str, query: dict) -> dict:
        with self.lock:
            mine = [p for p in self.plots.values() if p["username"] == user]
        page, meta = self._page(mine, query, "plots", user)
        lite = (query.get("lite") or ["false"])[0] == "true"
        if lite:
            plots = [{"plot_id": p["plot_id"], "plot_name": p["plot_name"], "created_at": iso(p["created_ts"]),
                      "area_ha": p["area_ha"], "tokens_cost": p["tokens_cost"]} for p in page]
        else:
            plots = [self._plot_out(p) for p in page]
        return {"plots": plots, "meta": meta}

    # --- jobs --------------------------------------------------------------------------------------
    def make_job(self, user: str, data: Any, dry: bool) -> dict:
        if not isinstance(data, dict):
            raise HttpError(400, "body must be an object")
        plot_ids = data.get("plot_ids")
        if not isinstance(plot_ids, list) or not plot_ids:
            raise HttpError(400, "plot_ids is required")
        if len(plot_ids) > 10_000:
            raise HttpError(400, "a job takes at most 10000 plots")
        if len(set(plot_ids)) != len(plot_ids):
            raise HttpError(400, "a plot may appear only once per job")
        checks = data.get("checks") or [{"type": "eudr"}]
        refused = [c.get("type") for c in checks if c.get("type") not in self.config.supported_checks]
        if refused:
            raise HttpError(400, f"check type {refused[0]!r} is not supported; only the eudr check is supported")
        check = next((c for c in checks if c.get("type") == "eudr"), {"type": "eudr"})
        extra_types = [c["type"] for c in checks if c.get("type") != "eudr"]
        config = check.get("config") or {}
        per_plot = check.get("per_plot") or {}
        plots = [self._owned(self.plots, pid, user, "Plot") for pid in plot_ids]
        effective = {}
        for plot in plots:
            values = {"harvest_date": plot.get("harvest_date"), "commodity": plot.get("commodity")}
            values.update({k: v for k, v in config.items() if v is not None})
            values.update({k: v for k, v in (per_plot.get(plot["plot_id"]) or {}).items() if v is not None})
            if not values.get("harvest_date") or not values.get("commodity"):
                raise HttpError(400, f"plot {plot['plot_id']}: harvest_date and commodity are required")
            effective[plot["plot_id"]] = values
        cost = sum(p["tokens_cost"] for p in plots)
        now = now_ts(self.now())
        with self.lock:
            if not dry:
                b = self.balance.setdefault(user, {"balance": 0, "reserved": 0})
                if cost > b["balance"] - b["reserved"]:
                    raise HttpError(400, f"Insufficient tokens: the job needs {cost}, {b['balance'] - b['reserved']} free")
                b["reserved"] += cost
            job = {
                "job_id": str(uuid.uuid4()), "username": user, "job_name": data.get("job_name"),
                "notes": data.get("notes"), "additional_info": data.get("additional_info") or {},
                "plot_ids": list(plot_ids), "created_ts": now, "updated_ts": now, "seq": self._next_seq(),
                "token_cost": 0 if dry else cost, "status": "creating", "dry_run": dry, "finalised": False,
                "run_ids": {},
            }
            for pid in plot_ids:
                run = {"run_id": str(uuid.uuid4()), "job_id": job["job_id"], "plot_id": pid, "username": user,
                       "check_type": "eudr", "effective_config": effective[pid], "status": "pending",
                       "error": None, "analysis_image": None, "tokens_cost": 0 if dry else self.plots[pid]["tokens_cost"],
                       "created_ts": now, "updated_ts": now, "analysis": None}
                self.runs[run["run_id"]] = run
                job["run_ids"][pid] = run["run_id"]
                for kind in extra_types:
                    extra = dict(run, run_id=str(uuid.uuid4()), check_type=kind, effective_config={})
                    self.runs[extra["run_id"]] = extra
                    job.setdefault("extra_run_ids", []).append((pid, extra["run_id"]))
            self.jobs[job["job_id"]] = job
        return self._job_out(job, embed=True)

    def _advance(self, job: dict) -> None:
        with self.lock:
            if job["finalised"]:
                return
            age = self.now() - job["created_ts"]
            c = self.config
            failing = {pid: self._failure(pid) for pid in job["plot_ids"]}
            if age < c.creating_seconds:
                return
            if c.stall_incomplete and any(failing.values()) and age >= c.creating_seconds + c.pending_seconds:
                self._finalise(job, failing, status="incomplete")  # runs end, the job never does
                return
            if age < c.creating_seconds + c.pending_seconds:
                status = "incomplete" if any(failing.values()) and age >= c.creating_seconds + c.pending_seconds / 2 else "pending"
                if status != job["status"]:
                    job["status"], job["updated_ts"] = status, self.now()
                return
            self._finalise(job, failing)

    def _failure(self, pid: str) -> Optional[str]:
        return self.config.fail_plot(self.plots[pid]) if self.config.fail_plot else None

    def _finalise(self, job: dict, failing: dict, status: Optional[str] = None) -> None:
        now = self.now()
        refund = 0
        for pid in job["plot_ids"]:
            run = self.runs[job["run_ids"][pid]]
            plot = self.plots[pid]
            run["updated_ts"] = now
            if failing[pid]:
                run["status"], run["error"] = "failed", failing[pid]
                refund += 0 if job["dry_run"] else plot["tokens_cost"]
                continue
            run["status"] = "done"
            run["analysis"] = fake_analysis(plot, run["effective_config"], dry=job["dry_run"])
            run["analysis_image"] = (f"https://example.invalid/dry-run/{pid}.png" if job["dry_run"]
                                     else f"https://example.invalid/viz/{job['job_id']}/{pid}.png")
            if not job["dry_run"]:
                plot["analysis"], plot["analysis_image"] = run["analysis"], run["analysis_image"]
                date = run["effective_config"]["harvest_date"]
                if date not in plot["harvest_dates"]:
                    plot["harvest_dates"].append(date)
                plot["updated_ts"] = now
        for pid, run_id in job.get("extra_run_ids", []):
            extra = self.runs[run_id]
            extra["updated_ts"], extra["status"] = now, "done"
            extra["analysis"] = fake_analysis(self.plots[pid], self.runs[job["run_ids"][pid]]["effective_config"],
                                              dry=job["dry_run"])
        if not job["dry_run"]:
            b = self.balance[job["username"]]
            spent = job["token_cost"] - refund
            b["reserved"] -= job["token_cost"]
            b["balance"] -= spent
            job["token_cost"] = spent
        job["status"] = status or ("done-with-errors" if any(failing.values()) else "done")
        job["updated_ts"] = now
        job["finalised"] = True

    def _job_out(self, job: dict, embed: bool) -> dict:
        out = {k: job[k] for k in ("username", "notes", "job_id", "job_name", "plot_ids", "additional_info",
                                   "token_cost", "status")}
        out["created_at"], out["updated_at"] = iso(job["created_ts"]), iso(job["updated_ts"])
        urls = []
        for pid in job["plot_ids"]:
            image = self.runs[job["run_ids"][pid]]["analysis_image"]
            if image:
                urls.append(image)
        out["job_visualization_url"] = urls
        if embed:
            plots = []
            for pid in job["plot_ids"]:
                p = self._plot_out(self.plots[pid])
                run = self.runs[job["run_ids"][pid]]
                if job["dry_run"]:  # a dry run shows its simulated analysis, never stored on the plot
                    p["analysis"], p["analysis_image"] = run["analysis"], run["analysis_image"]
                plots.append(p)
            out["plots"] = plots
        return out

    def list_jobs(self, user: str, query: dict) -> dict:
        with self.lock:
            mine = [j for j in self.jobs.values() if j["username"] == user]
        for job in mine:
            self._advance(job)
        page, meta = self._page(mine, query, "jobs", user)
        return {"jobs": [self._job_out(j, embed=False) for j in page], "meta": meta}

    def _run_out(self, run: dict) -> dict:
        job = self.jobs[run["job_id"]]
        self._advance(job)
        out = {k: run[k] for k in ("run_id", "job_id", "plot_id", "check_type", "effective_config", "status",
                                   "error", "analysis_image", "tokens_cost", "analysis")}
        out["created_at"], out["updated_at"] = iso(run["created_ts"]), iso(run["updated_ts"])
        return out


def fake_analysis(plot: dict, config: dict, dry: bool = False) -> dict:
    """A plausible, deterministic Analysis for a plot (placeholder values when ``dry``)."""
    area = float(plot["area_ha"])
    if dry:
        return A.make_analysis(area_ha=area, analysis_end=config.get("harvest_date"), forest_ha=0.0,
                               deforestation_ha=0.0, deforestation_yearly={}, risk_level=R.LOW,
                               risk_reason=R.REASON_LOW, version="dry-run", jrc=True)
    digest = hashlib.sha256(plot["plot_id"].encode()).digest()
    forest = area * (0.3 + 0.7 * digest[0] / 255)
    loss = forest * (digest[1] / 255) ** 3 * 0.4
    years = {2021 + (digest[2] % 4): loss * 0.6, 2021 + (digest[3] % 4): loss * 0.4} if loss > 0 else {}
    yearly: dict = {}
    for year, ha in years.items():
        yearly[year] = yearly.get(year, 0.0) + ha
    risk = R.assess(A.percent(loss, area), loss)
    return A.make_analysis(area_ha=area, analysis_end=config.get("harvest_date"), forest_ha=forest,
                           deforestation_ha=loss, deforestation_yearly=yearly, risk_level=risk.level,
                           risk_reason=risk.reason, version="2024-11-13", jrc=True, logging_area=0.0)


_PLACES = (
    ((95.0, -11.0, 141.0, 6.0), ("Indonesia", "Riau")),
    ((-74.0, -34.0, -34.0, 5.3), ("Brazil", "Pará")),
    ((-8.6, 4.3, -2.5, 10.7), ("Côte d'Ivoire", "Sassandra-Marahoué")),
    ((-3.3, 4.7, 1.2, 11.2), ("Ghana", "Ashanti")),
)


def _place(lon: float, lat: float) -> tuple:
    for (x0, y0, x1, y1), place in _PLACES:
        if x0 <= lon <= x1 and y0 <= lat <= y1:
            return place
    return ("Unknown", "Unknown")


def _make_cursor(seq: int, kind: str, user: str) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"s": seq, "k": kind, "u": user}).encode()).decode().rstrip("=")
    sig = hmac.new(_SECRET, payload.encode(), hashlib.sha256).hexdigest()[:16]
    return f"{payload}.{sig}"


def _read_cursor(cursor: str, kind: str, user: str) -> int:
    try:
        payload, sig = cursor.rsplit(".", 1)
        if not hmac.compare_digest(sig, hmac.new(_SECRET, payload.encode(), hashlib.sha256).hexdigest()[:16]):
            raise ValueError
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        if data["k"] != kind or data["u"] != user:
            raise ValueError
        return int(data["s"])
    except (ValueError, KeyError, TypeError):
        raise HttpError(400, "invalid cursor") from None


class _Handler(BaseHTTPRequestHandler):
    fake: FakeVantage
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # headers and body leave in separate writes: without this, Nagle + delayed ACK add ~40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format, *args):  # quiet
        pass

    def do_GET(self):
        self._serve()

    def do_POST(self):
        self._serve()

    def _serve(self) -> None:
        fake = self.fake
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else None
        if length and len(body or b"") < length:  # the client died mid-request: nothing to process
            self.close_connection = True
            return
        record = Recorded(self.command, parts.path, parts.query, headers, body, time.time())
        with fake.lock:
            fake.requests.append(record)
            if fake.contract is not None:
                fake.violations += fake.contract.check_request(self.command, parts.path, parts.query, headers, body)
            fault = None
            for candidate in fake.faults:
                if candidate.hits < candidate.skip + candidate.times and candidate.matches(self.command, parts.path):
                    candidate.hits += 1
                    if candidate.hits > candidate.skip:
                        fault = candidate
                    break
        if fake.config.latency:
            time.sleep(fake.config.latency)
        kind = fault.kind if fault else None
        if kind == "slow":
            time.sleep(fault.delay)
        if kind == "hold":
            fault.released.wait(fault.delay or 30.0)
        if kind == "expire_tokens":
            fake.expire_tokens()
        if kind == "drop_before":
            return self._drop()
        fault_headers = dict(fault.headers) if fault else {}
        if kind == "status":
            extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return self._reply(record, fault.status, {"error": f"injected HTTP {fault.status}"},
                               {**extra, **fault_headers})
        if kind == "html":
            page = (b"<!DOCTYPE html><html><head><title>Hotel WiFi - Sign in</title></head>"
                    b"<body><form>Accept the terms to continue</form></body></html>")
            status = fault.status if fault.status != 500 else 200
            return self._send(record, status, page, {"Content-Type": "text/html", **fault_headers})
        if kind == "not_json":
            return self._send(record, 200, b"OK - service starting", {"Content-Type": "text/plain", **fault_headers})
        if kind == "echo_secrets":
            echoed = {"error": "bad request", "authorization": headers.get("authorization"),
                      "detail": f"header was {headers.get('authorization')}"}
            return self._reply(record, fault.status, echoed, fault_headers)
        if kind == "duplicate":
            try:
                fake.handle(self.command, parts.path, parse_qs(parts.query), headers, body)
            except HttpError:
                pass
        try:
            status, data, extra = 200, fake.handle(self.command, parts.path, parse_qs(parts.query), headers, body), {}
        except HttpError as error:
            status, data, extra = error.status, {"error": error.message}, error.headers
        except Exception as error:  # noqa: BLE001 - a bug in the fake must show, not hang the client
            status, data, extra = 500, {"error": f"fake server error: {error!r}"}, {}
        if fault is not None:
            fault.processed.set()
        extra = {**extra, **fault_headers}
        if kind == "big" and status == 200:
            raw = json.dumps(data).encode()
            padded = raw[:-1] + b', "padding": "' + b"x" * max(0, fault.size - len(raw) - 16) + b'"}'
            return self._send(record, 200, padded, extra)
        if kind == "drop_after":
            return self._drop()
        if kind == "status_after":
            return self._reply(record, fault.status, {"error": f"injected HTTP {fault.status} after processing"}, {})
        if kind == "malformed" and status == 200:
            raw = json.dumps(data).encode()[: max(1, len(json.dumps(data)) // 2)]
            return self._send(record, 200, raw, {})
        if status == 200 and fake.contract is not None:
            problems = fake.contract.check_response(self.command, parts.path, 200, data)
            if problems:
                with fake.lock:
                    fake.violations += problems
        self._reply(record, status, data, extra)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _reply(self, record: Recorded, status: int, data: Any, extra: dict) -> None:
        self._send(record, status, json.dumps(data).encode("utf-8"), extra)

    def _send(self, record: Recorded, status: int, raw: bytes, extra: dict) -> None:
        record.status = status
        self.send_response(status)
        self.send_header("Content-Type", extra.get("Content-Type", "application/json"))
        self.send_header("Content-Length", str(len(raw)))
        for key, value in extra.items():
            if key.lower() != "content-type":
                self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)
