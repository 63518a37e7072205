"""What a raster is, checked before it is used: the one home of the forest threshold defaults and of
the loss data's years.

Forest 2020 rasters come in three kinds, told apart by name hints and by their values where the plots
are: tree cover in percent (0–100, Hansen ``treecover2000``), a 0/1 forest mask (JRC GFC2020) and a
0–1 forest fraction. The default threshold follows the kind (:data:`FOREST_MIN_DEFAULTS`: 10 % canopy
as in the EUDR Art. 2(4) / FAO forest definition; 1 for a mask; 0.1 for a fraction).

Loss rasters hold Hansen ``lossyear`` codes (0 none, n = loss in 2000 + n, up to the data's last
year) or calendar years (2001–2023 in a UInt16 raster; decoded to codes). Anything else is refused
with a message naming the file, the values found and what was expected. The data's last year comes
from the user (catalog ``loss_last_year``), else the Hansen file name or version
(``GFC-2023-v1.11`` → 2023, ``v1.6`` → 2018), else GDAL metadata, else the largest code present where
the plots are (:class:`LossYears` says which).
"""

from __future__ import annotations

import datetime as _dt
import enum
import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

import numpy as np


class ForestKind(str, enum.Enum):
    PERCENT = "percent"
    MASK = "mask"
    FRACTION = "fraction"


#: Default "forest when value ≥" per kind: defined here only (catalog, Processing and engine use it).
FOREST_MIN_DEFAULTS: dict[ForestKind, float] = {
    ForestKind.PERCENT: 10.0,
    ForestKind.MASK: 1.0,
    ForestKind.FRACTION: 0.1,
}
#: Largest valid value of each kind.
FOREST_MAX_VALUE: dict[ForestKind, float] = {
    ForestKind.PERCENT: 100.0,
    ForestKind.MASK: 1.0,
    ForestKind.FRACTION: 1.0,
}
FOREST_KIND_LABELS: dict[ForestKind, str] = {
    ForestKind.PERCENT: "tree cover in percent (0–100)",
    ForestKind.MASK: "a 0/1 forest mask",
    ForestKind.FRACTION: "a 0–1 forest fraction",
}

#: File-name hints (upper case) for the kind of a forest raster.
MASK_NAME_HINTS = ("GFC2020", "JRC")
PERCENT_NAME_HINTS = ("TREECOVER", "TREE_COVER", "CANOPY")

#: Hansen lossyear: codes start at 1 (2001); year = 2000 + code.
LOSS_YEAR_BASE = 2000
FIRST_LOSS_YEAR = 2001
#: Hansen GFC versions: ``v1.k`` holds loss up to 2012 + k (v1.6 → 2018, v1.11 → 2023).
HANSEN_VERSION_BASE_YEAR = 2012

_HANSEN_NAME = re.compile(r"GFC[-_]?(?P<year>20\d\d)(?![0-9])", re.IGNORECASE)
_HANSEN_VERSION = re.compile(r"(GFC|HANSEN|LOSSYEAR).*?[-_]v(?P<major>1)\.(?P<minor>\d+)", re.IGNORECASE)
_METADATA_YEAR_KEYS = ("loss_last_year", "last_year", "lossyear_last", "end_year", "last_loss_year")


class RasterKindError(ValueError):
    """A raster is not what its role expects (the message names the file, the values and the expectation)."""


# --- forest ---------------------------------------------------------------------------------------
def forest_kind_from_name(name: str) -> Optional[ForestKind]:
    upper = os.path.basename(str(name).rstrip("/\\")).upper()
    if any(hint in upper for hint in MASK_NAME_HINTS):
        return ForestKind.MASK
    if any(hint in upper for hint in PERCENT_NAME_HINTS):
        return ForestKind.PERCENT
    return None


def default_forest_min(kind: ForestKind) -> float:
    """The default forest threshold of a kind of forest raster."""
    return FOREST_MIN_DEFAULTS[kind]


def forest_kind_of(name: str, values: np.ndarray, is_float: bool, *, is_jrc: bool = False) -> ForestKind:
    """The kind of a forest raster from its name, its type and its valid ``values`` (a sample where the
    plots are); :class:`RasterKindError` when the values fit no kind."""
    values = np.asarray(values)
    if is_float:
        values = values[np.isfinite(values)]
    low = float(values.min()) if values.size else 0.0
    high = float(values.max()) if values.size else 0.0
    found = _range_text(values)
    hinted = ForestKind.MASK if is_jrc else forest_kind_from_name(name)
    if low < 0 or high > 100:
        raise RasterKindError(
            f"forest raster {name}: values {found}; expected tree cover in percent (0–100), a 0/1 mask or "
            "a 0–1 fraction")
    if hinted is not None:
        if high > FOREST_MAX_VALUE[hinted]:
            raise RasterKindError(
                f"forest raster {name}: values {found}; its name says {FOREST_KIND_LABELS[hinted]}")
        return hinted
    if high <= 1.0:
        integral = bool(np.all(values == np.round(values)))
        return ForestKind.FRACTION if (is_float and not integral) else ForestKind.MASK
    return ForestKind.PERCENT


def forest_threshold(kind: ForestKind, given: Optional[float]) -> tuple[float, str]:
    """The threshold used for a forest raster of ``kind`` and how it was chosen (for the run log)."""
    if given is None:
        value = default_forest_min(kind)
        return value, f"forest when value ≥ {value:g} (default for {FOREST_KIND_LABELS[kind]})"
    given = float(given)
    if kind is ForestKind.MASK and given > 1:
        return 1.0, f"forest when value ≥ 1 ({FOREST_KIND_LABELS[kind]}; the threshold {given:g} does not apply)"
    if kind is ForestKind.FRACTION and given > 1:
        value = given / 100.0
        return value, (f"forest when value ≥ {value:g} (the threshold {given:g} read as {given:g} % of "
                       f"{FOREST_KIND_LABELS[kind]})")
    return given, f"forest when value ≥ {given:g} ({FOREST_KIND_LABELS[kind]})"


# --- loss -----------------------------------------------------------------------------------------
class LossEncoding(str, enum.Enum):
    CODES = "codes"  # 0 none, n = loss in 2000 + n
    CALENDAR = "calendar"  # 0 none, the calendar year of the loss


@dataclass(frozen=True)
class LossYears:
    """The years the loss data covers: ``first``..``last`` and where ``last`` comes from."""

    last: Optional[int]
    source: str
    """``catalog``, ``file name``, ``metadata``, ``data`` (the largest code where the plots are) or
    ``unknown``."""
    first: int = FIRST_LOSS_YEAR

    def text(self) -> str:
        return f"{self.first}–{self.last}" if self.last is not None else "unknown"

    def gap(self, end_year: int) -> Optional[tuple[int, int]]:
        """The years of 2021..``end_year`` after the data's last year, or None when all are covered."""
        if self.last is None or end_year <= self.last:
            return None
        return max(self.last + 1, 2021), end_year


def hansen_last_year(name: str) -> Optional[int]:
    """The last loss year of a Hansen GFC file or folder name (``GFC-2023-v1.11`` → 2023,
    ``GFC-2018-v1.6`` → 2018), else None."""
    base = str(name)
    match = _HANSEN_NAME.search(base)
    if match:
        return int(match.group("year"))
    match = _HANSEN_VERSION.search(base)
    if match:
        return HANSEN_VERSION_BASE_YEAR + int(match.group("minor"))
    return None


def metadata_last_year(items: Iterable[tuple[str, Any]]) -> Optional[int]:
    """The last loss year from GDAL metadata items: a ``last_year``-like key, or a Hansen name in a value."""
    items = list(items)
    for key, value in items:
        if str(key).strip().lower() in _METADATA_YEAR_KEYS:
            try:
                year = int(float(str(value).strip()))
            except ValueError:
                continue
            if FIRST_LOSS_YEAR <= year <= 2100:
                return year
    for _key, value in items:
        found = hansen_last_year(str(value))
        if found is not None:
            return found
    return None


def loss_encoding_of(name: str, values: np.ndarray, last_year: Optional[int],
                     today: Optional[_dt.date] = None) -> LossEncoding:
    """How a loss raster codes its years, from its valid ``values`` (a sample where the plots are);
    :class:`RasterKindError` when they are neither Hansen codes nor calendar years."""
    today = today or _dt.date.today()
    values = np.asarray(values)
    if values.dtype.kind == "f":
        values = values[np.isfinite(values)]
        if values.size and not np.all(values == np.round(values)):
            raise RasterKindError(
                f"loss raster {name}: values {_range_text(values)} are not whole numbers; expected Hansen "
                "lossyear codes (0 = no loss, n = loss in 2000 + n) or calendar years")
    nonzero = values[values != 0]
    latest = last_year if last_year is not None else today.year
    max_code = latest - LOSS_YEAR_BASE
    expected = (f"expected Hansen lossyear codes 0–{max_code} (0 = no loss, n = loss in 2000 + n"
                f"{', data up to ' + str(last_year) if last_year is not None else ''}) or calendar years "
                f"{FIRST_LOSS_YEAR}–{latest}")
    if nonzero.size == 0:
        return LossEncoding.CODES
    low, high = float(nonzero.min()), float(nonzero.max())
    if low >= 1 and high <= max_code:
        return LossEncoding.CODES
    if low >= FIRST_LOSS_YEAR and high <= latest:
        return LossEncoding.CALENDAR
    raise RasterKindError(f"loss raster {name}: values {_range_text(values)}; {expected}")


def _range_text(values: np.ndarray) -> str:
    values = np.asarray(values)
    if values.size == 0:
        return "none (no valid cell)"
    low, high = values.min(), values.max()
    distinct = np.unique(values) if values.size <= 1_000_000 else None
    if distinct is not None and len(distinct) <= 6:
        return "{" + ", ".join(f"{float(v):g}" for v in distinct) + "}"
    return f"from {float(low):g} to {float(high):g}"
