"""The check types a Vantage job can run, with their configuration fields (API 3.0.1 ``JobCheckConfig``).

One home for what the dock and ``vantage:checkplots`` offer: the ``type`` enum of the API
(``eudr``, ``protected-area``, ``indigenous-land``), the fields each type reads from ``config`` and from
``per_plot`` overrides, and whether Vantage runs it yet (API 3.0.1: "currently only 'eudr' is supported").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .models import CHECK_EUDR

CHECK_PROTECTED_AREA = "protected-area"
CHECK_INDIGENOUS_LAND = "indigenous-land"


@dataclass(frozen=True)
class CheckField:
    name: str
    description: str
    per_plot: bool = True
    """Also accepted in ``per_plot`` overrides (which win over ``config`` for that plot)."""


@dataclass(frozen=True)
class CheckType:
    name: str
    title: str
    fields: tuple = ()
    supported: bool = False
    """Whether Vantage runs it today; the others are documented and refused by the server for now."""

    def describe(self) -> str:
        fields = ", ".join(f.name for f in self.fields) or "no configuration"
        note = "" if self.supported else " (announced by Vantage, not run yet)"
        return f"{self.name}: {self.title}{note} — {fields}"


HARVEST_DATE = CheckField("harvest_date", "harvest date yyyy-MM-dd; overrides the plot's registered one")
COMMODITY = CheckField("commodity", "commodity; overrides the plot's registered one")

CHECKS: dict = {
    CHECK_EUDR: CheckType(CHECK_EUDR, "EUDR deforestation risk (forest 2020, loss after 2020, overlaps)",
                          (HARVEST_DATE, COMMODITY), supported=True),
    CHECK_PROTECTED_AREA: CheckType(CHECK_PROTECTED_AREA, "Overlap with protected areas"),
    CHECK_INDIGENOUS_LAND: CheckType(CHECK_INDIGENOUS_LAND, "Overlap with indigenous lands"),
}
DEFAULT_CHECKS = (CHECK_EUDR,)


def check_types() -> list:
    """Every check type the API documents, in its order."""
    return list(CHECKS.values())


def normalise_checks(names: Optional[Sequence[str]]) -> tuple:
    """The chosen check types in API order, unknown names refused. ``eudr`` always runs (the results are
    its analysis); the other types are added to the same job."""
    chosen = [str(n).strip() for n in (names or ()) if str(n).strip()]
    unknown = [n for n in chosen if n not in CHECKS]
    if unknown:
        raise ValueError(f"Unknown check type {', '.join(unknown)}: use {', '.join(CHECKS)}.")
    return tuple(n for n in CHECKS if n in chosen or n == CHECK_EUDR)
