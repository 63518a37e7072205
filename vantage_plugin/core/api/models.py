"""Typed requests and responses of the Vantage API 3.0.1.

Responses are read tolerantly: unknown keys are ignored (the full dict stays in ``raw``), missing
keys become ``None``, and the documented variants are accepted (``token`` / ``access_token`` at
login; ``token_balance`` / ``"Token balance"`` style balance keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

# Job statuses (3.0.1 enum)
JOB_CREATING = "creating"
JOB_PENDING = "pending"
JOB_INCOMPLETE = "incomplete"
JOB_DONE = "done"
JOB_DONE_WITH_ERRORS = "done-with-errors"
JOB_TERMINAL = frozenset({JOB_DONE, JOB_DONE_WITH_ERRORS})

#: Most plots in one job (documented limit).
MAX_PLOTS_PER_JOB = 10_000
#: Largest page ``limit`` of the list endpoints.
MAX_PAGE_LIMIT = 1000

CHECK_EUDR = "eudr"


def _str(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def _int(value: Any) -> Optional[int]:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _dict(value: Any) -> dict:
    return dict(value) if isinstance(value, Mapping) else {}


def _list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


@dataclass(frozen=True)
class Credentials:
    """A Vantage login, in memory only. ``repr`` never shows the password."""

    username: str
    password: str = field(repr=False)

    def __repr__(self) -> str:  # pragma: no cover - trivial
        return f"Credentials(username={self.username!r}, password=***)"


@dataclass
class LoginResult:
    token: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoginResult:
        token = data.get("token") or data.get("access_token") if isinstance(data, Mapping) else None
        if not token or not isinstance(token, str):
            raise ValueError("no token in the login reply")
        return cls(token=token)


@dataclass
class TokenBalance:
    token_balance: Optional[int]
    reserved_tokens: Optional[int]
    free_tokens: int
    raw: dict = field(default_factory=dict, repr=False)

    _KEYS = {
        "token_balance": ("token_balance", "Token balance", "tokenBalance"),
        "reserved_tokens": ("reserved_tokens", "Reserved Tokens", "reservedTokens"),
        "free_tokens": ("free_tokens", "Free Tokens", "freeTokens"),
    }

    @classmethod
    def from_dict(cls, data: Any) -> TokenBalance:
        if isinstance(data, str):  # the schema calls the body a string; accept JSON text inside it
            data = json.loads(data)
        if not isinstance(data, Mapping):
            raise ValueError("the token balance is not an object")

        def pick(name: str) -> Optional[int]:
            for key in cls._KEYS[name]:
                if key in data:
                    return _int(data[key])
            return None

        balance, reserved, free = pick("token_balance"), pick("reserved_tokens"), pick("free_tokens")
        if free is None and balance is not None and reserved is not None:
            free = balance - reserved
        if free is None:
            raise ValueError("no free token count in the token balance")
        return cls(balance, reserved, free, dict(data))


@dataclass
class PlotInfo:
    """A plot as the server returns it (``make_plot``, ``GET /plots/plot/{id}``, job ``plots[]``, lists)."""

    plot_id: str
    plot_name: Optional[str] = None
    username: Optional[str] = None
    country: Optional[str] = None
    state: Optional[str] = None
    notes: Optional[str] = None
    analysis: Optional[dict] = None
    geojson_features: list = field(default_factory=list)
    harvest_dates: list = field(default_factory=list)
    commodity: Optional[str] = None
    lat: Optional[str] = None
    lon: Optional[str] = None
    area_ha: Optional[float] = None
    tokens_cost: Optional[int] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    analysis_image: Optional[str] = None
    additional_info: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlotInfo:
        if not isinstance(data, Mapping) or not data.get("plot_id"):
            raise ValueError("a plot without plot_id")
        analysis = data.get("analysis")
        return cls(
            plot_id=str(data["plot_id"]),
            plot_name=_str(data.get("plot_name")),
            username=_str(data.get("username")),
            country=_str(data.get("country")),
            state=_str(data.get("state")),
            notes=_str(data.get("notes")),
            analysis=dict(analysis) if isinstance(analysis, Mapping) and analysis else None,
            geojson_features=_list(data.get("geojson_features")),
            harvest_dates=_list(data.get("harvest_dates")),
            commodity=_str(data.get("commodity")),
            lat=_str(data.get("lat")),
            lon=_str(data.get("lon")),
            area_ha=_float(data.get("area_ha")),
            tokens_cost=_int(data.get("tokens_cost")),
            created_at=_str(data.get("created_at")),
            updated_at=_str(data.get("updated_at")),
            analysis_image=_str(data.get("analysis_image")) or None,
            additional_info=_dict(data.get("additional_info")),
            raw=dict(data),
        )


@dataclass
class Job:
    job_id: str
    job_name: Optional[str] = None
    status: Optional[str] = None
    username: Optional[str] = None
    notes: Optional[str] = None
    plot_ids: list = field(default_factory=list)
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    additional_info: dict = field(default_factory=dict)
    token_cost: Optional[int] = None
    plots: list = field(default_factory=list)
    """``PlotInfo`` list (only ``GET /jobs/job/{id}`` and ``make_job`` embed plots)."""
    job_visualization_url: list = field(default_factory=list)
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def terminal(self) -> bool:
        return self.status in JOB_TERMINAL

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Job:
        if not isinstance(data, Mapping) or not data.get("job_id"):
            raise ValueError("a job without job_id")
        plots = []
        for item in _list(data.get("plots")):
            try:
                plots.append(PlotInfo.from_dict(item))
            except ValueError:
                continue
        return cls(
            job_id=str(data["job_id"]),
            job_name=_str(data.get("job_name")),
            status=_str(data.get("status")),
            username=_str(data.get("username")),
            notes=_str(data.get("notes")),
            plot_ids=[str(p) for p in _list(data.get("plot_ids"))],
            created_at=_str(data.get("created_at")),
            updated_at=_str(data.get("updated_at")),
            additional_info=_dict(data.get("additional_info")),
            token_cost=_int(data.get("token_cost")),
            plots=plots,
            job_visualization_url=[str(u) for u in _list(data.get("job_visualization_url"))],
            raw=dict(data),
        )


@dataclass
class AnalysisRun:
    run_id: str
    job_id: Optional[str] = None
    plot_id: Optional[str] = None
    check_type: Optional[str] = None
    effective_config: dict = field(default_factory=dict)
    status: Optional[str] = None
    error: Optional[str] = None
    analysis_image: Optional[str] = None
    tokens_cost: Optional[int] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    analysis: Optional[dict] = None
    raw: dict = field(default_factory=dict, repr=False)

    FAILED_STATUSES = frozenset({"failed", "error", "errored", "done-with-errors", "cancelled", "canceled"})
    DONE_STATUSES = frozenset({"done", "completed", "complete", "success", "succeeded", "finished"})

    @property
    def failed(self) -> bool:
        return (self.status or "").lower() in self.FAILED_STATUSES or (
            bool(self.error) and not self.analysis
        )

    @property
    def finished(self) -> bool:
        return (self.status or "").lower() in self.DONE_STATUSES and not self.error

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AnalysisRun:
        if not isinstance(data, Mapping) or not data.get("run_id"):
            raise ValueError("an analysis run without run_id")
        analysis = data.get("analysis")
        return cls(
            run_id=str(data["run_id"]),
            job_id=_str(data.get("job_id")),
            plot_id=_str(data.get("plot_id")),
            check_type=_str(data.get("check_type")),
            effective_config=_dict(data.get("effective_config")),
            status=_str(data.get("status")),
            error=_str(data.get("error")) or None,
            analysis_image=_str(data.get("analysis_image")) or None,
            tokens_cost=_int(data.get("tokens_cost")),
            created_at=_str(data.get("created_at")),
            updated_at=_str(data.get("updated_at")),
            analysis=dict(analysis) if isinstance(analysis, Mapping) and analysis else None,
            raw=dict(data),
        )


@dataclass
class PageMeta:
    next_cursor: Optional[str] = None
    limit: Optional[int] = None
    count: Optional[int] = None
    has_more: bool = False

    @classmethod
    def from_dict(cls, data: Any) -> PageMeta:
        data = _dict(data)
        cursor = data.get("next_cursor")
        has_more = data.get("has_more")
        return cls(
            next_cursor=str(cursor) if cursor else None,
            limit=_int(data.get("limit")),
            count=_int(data.get("count")),
            has_more=bool(has_more) if has_more is not None else bool(cursor),
        )


@dataclass
class Page:
    items: list
    meta: PageMeta


# --- requests -------------------------------------------------------------------------------


def _drop_none(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


@dataclass
class MakePlotRequest:
    geojson: dict
    harvest_date: Optional[str] = None
    commodity: Optional[str] = None
    plot_name: Optional[str] = None
    notes: Optional[str] = None
    additional_info: Optional[dict] = None

    def to_body(self) -> dict:
        return _drop_none({
            "geojson": self.geojson,
            "harvest_date": self.harvest_date,
            "commodity": self.commodity,
            "plot_name": self.plot_name,
            "notes": self.notes,
            "additional_info": dict(self.additional_info) if self.additional_info else None,
        })


@dataclass
class CheckConfig:
    type: str = CHECK_EUDR
    config: Optional[dict] = None
    per_plot: Optional[dict] = None
    """plot_id -> overrides (e.g. ``{"harvest_date": ..., "commodity": ...}``)."""

    def to_dict(self) -> dict:
        return _drop_none({
            "type": self.type,
            "config": dict(self.config) if self.config else None,
            "per_plot": {k: dict(v) for k, v in self.per_plot.items()} if self.per_plot else None,
        })


@dataclass
class MakeJobRequest:
    plot_ids: list
    job_name: Optional[str] = None
    notes: Optional[str] = None
    additional_info: Optional[dict] = None
    """String → string map."""
    checks: Optional[list] = None
    """``CheckConfig`` list."""

    def to_body(self) -> dict:
        if not self.plot_ids:
            raise ValueError("a job needs at least one plot")
        if len(self.plot_ids) > MAX_PLOTS_PER_JOB:
            raise ValueError(f"a job takes at most {MAX_PLOTS_PER_JOB} plots")
        if len(set(self.plot_ids)) != len(self.plot_ids):
            raise ValueError("a plot may appear only once per job")
        return _drop_none({
            "job_name": self.job_name,
            "plot_ids": [str(p) for p in self.plot_ids],
            "notes": self.notes,
            "additional_info": {str(k): str(v) for k, v in self.additional_info.items()}
            if self.additional_info else None,
            "checks": [c.to_dict() if isinstance(c, CheckConfig) else dict(c) for c in self.checks]
            if self.checks else None,
        })
