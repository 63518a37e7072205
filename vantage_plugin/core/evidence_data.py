"""The numbers and facts an evidence map and a report page show for one plot, from a result row.

A result row is a result layer's feature as a dict (the flat fields of :mod:`.analysis` plus the
user's attributes); :func:`plot_evidence` reads it, the full ``analysis_json`` included, so evidence
can be made later from the result GeoPackage alone. Pure: the QGIS shell draws and translates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence

from . import analysis, risk

#: Risk levels that get a page of their own in the run report.
FLAGGED_LEVELS: tuple[str, ...] = (risk.HIGH, risk.MEDIUM, risk.UNKNOWN)
#: First year of post-2020 loss (EUDR cut-off: 31 December 2020).
FIRST_POST_2020_YEAR = 2021

# Map colours (the one home of these, legend and map alike).
FOREST_COLOUR = "#5aae61"
NON_FOREST_COLOUR = "#f4f1e8"
NO_DATA_COLOUR = "#c8c8c8"
PLOT_COLOUR = "#111111"
PLOT_HALO_COLOUR = "#ffffff"
PROTECTED_COLOUR = "#1f78b4"
INDIGENOUS_COLOUR = "#b15928"
#: Loss-year ramp, oldest to newest (yellow → red → magenta: never near the forest green or black).
LOSS_RAMP: tuple[str, ...] = ("#fee08b", "#fdae61", "#f46d43", "#d73027", "#c51b7d", "#8e0152")


def loss_year_colour(year: int, first: int, last: int) -> str:
    """The ramp colour of ``year`` among ``first``…``last`` (hex)."""
    if last <= first:
        return LOSS_RAMP[-1]
    t = (min(max(year, first), last) - first) / (last - first)
    return LOSS_RAMP[round(t * (len(LOSS_RAMP) - 1))]


def _number(value: Any) -> Optional[float]:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


@dataclass
class PlotEvidence:
    """One plot's facts for its evidence map and report page."""

    label: str
    risk_level: Optional[str] = None
    risk_reason: Optional[str] = None
    status: Optional[str] = None
    error: Optional[str] = None
    area_ha: Optional[float] = None
    forest_ha: Optional[float] = None
    forest_pct: Optional[float] = None
    deforestation_ha: Optional[float] = None
    deforestation_pct: Optional[float] = None
    yearly: dict[int, float] = field(default_factory=dict)
    protected_ha: Optional[float] = None
    protected_pct: Optional[float] = None
    protected_names: list[str] = field(default_factory=list)
    indigenous_ha: Optional[float] = None
    indigenous_pct: Optional[float] = None
    indigenous_names: list[str] = field(default_factory=list)
    country: Optional[str] = None
    state: Optional[str] = None
    analysis_end: Optional[str] = None
    version: Optional[str] = None
    engine: Optional[str] = None
    image: Optional[str] = None

    @property
    def flagged(self) -> bool:
        """High, Medium or Unknown (a plot without a level, e.g. invalid or failed, counts as Unknown)."""
        return (self.risk_level or risk.UNKNOWN) in FLAGGED_LEVELS

    def reasons(self) -> list[str]:
        """Why the plot needs a look: the risk reason, then the status error (in the engine's words)."""
        out = [text for text in (self.risk_reason, self.error) if text]
        return out or ([f"status: {self.status}"] if self.status else [])


def plot_label(row: Mapping[str, Any], id_field: Optional[str], fid: Any) -> str:
    """The user's id of the plot (``id_field``), else the result's ``plot_id``, else ``#fid``."""
    for name in (id_field, "plot_id"):
        if name and row.get(name) not in (None, ""):
            return str(row[name])
    return f"#{fid}"


def plot_evidence(row: Mapping[str, Any], label: str) -> PlotEvidence:
    """The facts of a result row (flat fields, details from ``analysis_json`` when present)."""
    try:
        full = json.loads(row.get("analysis_json") or "null") or {}
    except (TypeError, ValueError):
        full = {}
    deforestation = full.get(analysis.DEFORESTATION) or {}
    yearly = {int(year): float(ha) for year, ha in (deforestation.get(analysis.TOTAL_YEARLY) or {}).items()
              if ha is not None}
    if not yearly:
        pattern = re.compile(r"^deforestation_(\d{4})_ha$")
        for name, value in row.items():
            match = pattern.match(str(name))
            if match and _number(value):
                yearly[int(match.group(1))] = float(value)
    pa = full.get(analysis.PROTECTED_AREAS) or {}
    il = full.get(analysis.INDIGENOUS_LAND) or {}
    return PlotEvidence(
        label=label,
        risk_level=row.get("risk_level") or None,
        risk_reason=row.get("risk_reason") or None,
        status=row.get("status") or None,
        error=row.get("error") or None,
        area_ha=_number(row.get("area_ha")),
        forest_ha=_number(row.get("forest_2020_ha")),
        forest_pct=_number(row.get("forest_2020_pct")),
        deforestation_ha=_number(row.get("deforestation_ha")),
        deforestation_pct=_number(row.get("deforestation_pct")),
        yearly=dict(sorted(yearly.items())),
        protected_ha=_number(row.get("protected_overlap_ha")),
        protected_pct=_number(row.get("protected_overlap_pct")),
        protected_names=[str(d.get("area_name") or d.get("area_id"))
                         for d in pa.get(analysis.PA_DETAILS) or []],
        indigenous_ha=_number(row.get("indigenous_overlap_ha")),
        indigenous_pct=_number(row.get("indigenous_overlap_pct")),
        indigenous_names=[str(d.get("name") or d.get("id")) for d in il.get(analysis.IL_DETAILS) or []],
        country=row.get("country") or None,
        state=row.get("state") or None,
        analysis_end=row.get("analysis_end") or None,
        version=full.get(analysis.VERSION),
        engine=row.get("engine") or None,
        image=row.get("analysis_image") or None,
    )


def hectares(value: Optional[float], percent: Optional[float] = None) -> str:
    """``12.35 ha (45.6 %)``; ``–`` when unknown."""
    if value is None:
        return "–"
    text = f"{value:,.2f} ha"
    return f"{text} ({percent:.1f} %)" if percent is not None else text


def safe_file_name(label: str, fid: Any) -> str:
    """A file name for a plot's evidence: its label with unsafe characters replaced, plus its fid
    (two plots may share a label)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", label).strip("._") or "plot"
    return f"{stem[:80]}_{fid}.png"


def counts_by(values: Sequence[Optional[str]], order: Sequence[str]) -> list[tuple[str, int]]:
    """``(value, count)`` in ``order`` first, then any other value seen, ``None`` as ``"–"``."""
    counted: dict[str, int] = {}
    for value in values:
        key = value or "–"
        counted[key] = counted.get(key, 0) + 1
    ordered = [(name, counted.pop(name)) for name in order if name in counted]
    return ordered + sorted(counted.items())
