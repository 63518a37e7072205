"""A plot: one feature of the user's layer, as the rest of the plugin sees it.

The QGIS bridge (``qgis_bridge.layers``) builds plots from a layer; the core validates, fixes,
analyses and exports them. Geometry is always WGS84 lon/lat, 2D, as a shapely geometry.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Sequence

import numpy as np

if TYPE_CHECKING:  # importable without shapely: Processing lists its algorithms even when it is missing
    from shapely.geometry.base import BaseGeometry

#: Commodities accepted by the Vantage API (EUDR cattle is ``beef``).
COMMODITIES: tuple[str, ...] = ("wood", "soy", "cocoa", "coffee", "palm_oil", "beef", "rubber")

#: EUDR: a point may stand for a plot only below this many hectares.
POINT_MAX_HA = 4.0

#: Harvest dates are ``yyyy-MM-dd``.
DATE_FORMAT = "%Y-%m-%d"

#: Decimal places required (EUDR Art. 2(28)) and written on export.
COORDINATE_DECIMALS = 6

#: EUDR cut-off date (Art. 2(13)): deforestation after this day counts; a harvest date must be later.
EUDR_CUTOFF = _dt.date(2020, 12, 31)

#: Field names (normalised: lower case, accents dropped, runs of other characters as ``_``) that say
#: "harvest date" in the supported languages, best first. A bare ``date``/``data``/``fecha`` (a survey
#: date, free text) is never taken.
HARVEST_FIELD_NAMES: tuple[str, ...] = (
    "harvest_date", "harvestdate", "date_harvest", "date_of_harvest", "harvest_day", "harvest",
    "fecha_cosecha", "fecha_de_cosecha", "fecha_de_la_cosecha", "cosecha",  # es
    "date_recolte", "date_de_recolte", "date_de_la_recolte", "recolte",  # fr
    "data_colheita", "data_de_colheita", "data_da_colheita", "colheita",  # pt
    "tanggal_panen", "tgl_panen", "tanggalpanen", "panen",  # id
)


@dataclass(frozen=True)
class FieldMapping:
    """Which source fields carry the plot's own values. Every entry is optional."""

    plot_id: Optional[str] = None
    plot_name: Optional[str] = None
    commodity: Optional[str] = None
    harvest_date: Optional[str] = None
    point_ha: Optional[str] = None
    guessed: tuple[str, ...] = field(default=(), compare=False)
    """The entries (``harvest_date``, …) taken from a field name guess rather than chosen by the user."""

    KEYS: ClassVar[tuple[str, ...]] = ("plot_id", "plot_name", "commodity", "harvest_date", "point_ha")

    def entry_fields(self) -> tuple[Optional[str], ...]:
        """The field of each entry, in :attr:`KEYS` order (``None`` for an entry without one)."""
        return tuple(getattr(self, key) for key in self.KEYS)

    def guessed_fields(self) -> dict[str, str]:
        """``{entry: field}`` of the guessed entries, for the run log and the results' metadata."""
        return {key: getattr(self, key) for key in self.guessed if getattr(self, key)}


@dataclass
class Plot:
    """One plot. ``attributes`` holds every source attribute, untouched, so they survive every step."""

    index: int
    """Position in the batch, 0-based; the key every result and issue refers to."""
    geometry: Optional[BaseGeometry]
    """WGS84 lon/lat, 2D (Z/M dropped). Point, MultiPoint, Polygon or MultiPolygon as read; may be
    invalid, empty, a line, or ``None`` for a null geometry: validation reports all of these."""
    source_fid: Optional[int] = None
    user_id: Optional[str] = None
    name: Optional[str] = None
    commodity: Optional[Any] = None
    """Raw value from the mapped field (validation checks it; see :func:`normalise_commodity`)."""
    harvest_date: Optional[Any] = None
    """Raw value from the mapped field (validation checks it; see :func:`parse_harvest_date`)."""
    point_ha: Optional[Any] = None
    """Raw value from the mapped field (validation checks it; see :func:`parse_point_ha`)."""
    attributes: dict[str, Any] = field(default_factory=dict)
    source_geometry_type: str = ""
    """WKB type name as read (e.g. ``MultiPolygonZ``), for messages."""
    source_is_lonlat: bool = True
    """True when the source coordinates are geographic WGS84 degrees, so decimal counts mean something."""
    raw_geometry: Optional[dict[str, Any]] = None
    """The geometry exactly as written in a GeoJSON source (before OGR closes rings), else ``None``."""
    read_error: Optional[str] = None
    """Why the reader could not build a geometry, when it could not."""

    @property
    def label(self) -> str:
        """How messages name the plot: the user's id, else the feature id, else its position."""
        if self.user_id not in (None, ""):
            return str(self.user_id)
        if self.source_fid is not None:
            return f"fid {self.source_fid}"
        return f"#{self.index + 1}"


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def parse_point_ha(value: Any) -> Optional[float]:
    """The point's area in hectares, or ``None`` when missing or not a number."""
    if _is_missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def parse_harvest_date(value: Any) -> Optional[_dt.date]:
    """The harvest date for ``yyyy-MM-dd`` text or a date/datetime value, else ``None``."""
    if _is_missing(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.datetime.strptime(text, DATE_FORMAT).date() if len(text) == 10 else None
    except ValueError:
        return None


def normalise_field_name(name: str) -> str:
    """A field name as :data:`HARVEST_FIELD_NAMES` spells them (``Date de récolte`` → ``date_de_recolte``)."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def harvest_field(names: Any, taken: Any = ()) -> Optional[str]:
    """The field among ``names`` whose name says "harvest date" (:data:`HARVEST_FIELD_NAMES`, best
    first), skipping ``taken``; None when no name says so."""
    by_norm: dict[str, str] = {}
    for name in names:
        if name not in taken:
            by_norm.setdefault(normalise_field_name(name), name)
    return next((by_norm[n] for n in HARVEST_FIELD_NAMES if n in by_norm), None)


def normalise_commodity(value: Any) -> Optional[str]:
    """The Vantage commodity for a value (case and spaces forgiven: ``Palm oil`` → ``palm_oil``), else ``None``."""
    if _is_missing(value):
        return None
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    if text == "cattle":
        text = "beef"
    return text if text in COMMODITIES else None


def geometry_array(plots: Sequence[Plot]) -> np.ndarray:
    """The plots' geometries as a numpy object array, in order.

    Built with ``np.fromiter``: a slice assignment from a list makes numpy probe every geometry as a
    possible sequence, 50× slower and all in one call holding the GIL (170 ms at 100,000 plots: a stall
    of QGIS's window while a task validates or checks)."""
    return np.fromiter((plot.geometry for plot in plots), dtype=object, count=len(plots))
