"""What validation reports: one :class:`Issue` per problem found in a plot."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Optional


class Severity(str, Enum):
    """An error blocks the plot (it is never sent or analysed); a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """A problem with a plot, with a stable ``code`` from :mod:`.rules` and a plain message."""

    code: str
    severity: Severity
    message: str
    plot_index: int
    plot_label: str
    fix: Optional[str] = None
    """The code of the safe fix that removes this issue, when there is one (see :mod:`.fixes`)."""
    other_plot_index: Optional[int] = None
    """For duplicates and overlaps: the other plot concerned."""
    location: Optional[tuple[float, float]] = None
    """Where in the plot (lon, lat), when the problem has a place (a self-intersection, a spike)."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR
