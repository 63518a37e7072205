"""Vantage's risk rule and its thresholds: the one home of these numbers.

High when deforestation > 15 % of the plot or > 1 ha; Medium when > 10 % or > 0.5 ha; otherwise Low.
Comparisons are strict. Protected-area and indigenous-land overlaps are reported beside the risk,
never folded into it. Without loss data the level is ``Unknown``: missing data is never Low.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional

import numpy as np

HIGH = "High"
MEDIUM = "Medium"
LOW = "Low"
UNKNOWN = "Unknown"
LEVELS: tuple[str, ...] = (LOW, MEDIUM, HIGH, UNKNOWN)

HIGH_PERCENT = 15.0
HIGH_HECTARES = 1.0
MEDIUM_PERCENT = 10.0
MEDIUM_HECTARES = 0.5

REASON_HIGH = "High: Deforestation > 15% or > 1 ha"
REASON_MEDIUM = "Medium: Deforestation > 10% or > 0.5 ha"
REASON_LOW = "Low: Low deforestation detection"
REASON_UNKNOWN = "Unknown: no deforestation data covers the plot"
REASON_UNKNOWN_INCOMPLETE = "Unknown: the data do not cover the whole plot and analysis window"


class Limit(str, enum.Enum):
    """Why a verdict is Unknown or only a minimum (stable codes: the panel and the result layer key on
    them, never on the English text)."""

    NO_LOSS_DATA = "no_loss_data"
    """No loss data configured."""
    DATA_UNREADABLE = "data_unreadable"
    """A raster could not be read or is not what its role expects."""
    NOT_COVERED = "not_covered"
    """No data covers the plot (outside the rasters or nodata)."""
    PARTIAL_COVERAGE = "partial_coverage"
    """Data cover only part of the plot."""
    YEARS_NOT_COVERED = "years_not_covered"
    """The analysis window (1 Jan 2021 → harvest date) reaches past the loss data's last year."""
    HARVEST_BEFORE_CUTOFF = "harvest_before_cutoff"
    """The harvest date is before 1 January 2021: no period after the cut-off to assess."""


@dataclass(frozen=True)
class Risk:
    level: str
    reason: str


def assess(deforestation_percent: Optional[float], deforestation_ha: Optional[float]) -> Risk:
    """The risk for a plot's post-2020 deforestation (percent of the plot, hectares)."""
    if deforestation_percent is None or deforestation_ha is None:
        return Risk(UNKNOWN, REASON_UNKNOWN)
    if deforestation_percent > HIGH_PERCENT or deforestation_ha > HIGH_HECTARES:
        return Risk(HIGH, REASON_HIGH)
    if deforestation_percent > MEDIUM_PERCENT or deforestation_ha > MEDIUM_HECTARES:
        return Risk(MEDIUM, REASON_MEDIUM)
    return Risk(LOW, REASON_LOW)


#: The rule's outcomes by index (0 Low, 1 Medium, 2 High, 3 Unknown), as :func:`assess_many` gives them.
OUTCOMES: tuple[Risk, Risk, Risk, Risk] = (
    Risk(LOW, REASON_LOW),
    Risk(MEDIUM, REASON_MEDIUM),
    Risk(HIGH, REASON_HIGH),
    Risk(UNKNOWN, REASON_UNKNOWN),
)


def assess_many(deforestation_percent: np.ndarray, deforestation_ha: np.ndarray) -> np.ndarray:
    """:func:`assess` on arrays: per element the index of its outcome in :data:`OUTCOMES` (NaN in
    either input: Unknown)."""
    pct = np.asarray(deforestation_percent, dtype=float)
    ha = np.asarray(deforestation_ha, dtype=float)
    high = (pct > HIGH_PERCENT) | (ha > HIGH_HECTARES)
    medium = (pct > MEDIUM_PERCENT) | (ha > MEDIUM_HECTARES)
    out = np.where(high, 2, np.where(medium, 1, 0))
    out[np.isnan(pct) | np.isnan(ha)] = 3
    return out
