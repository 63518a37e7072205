"""The geolocation GeoJSON the EU Information System (EUDR / TRACES) accepts, and the DDS ``producers``
payload.

Rules (European Commission, *EUDR Information System — Operator API Reference*, sections 2.3–2.4, 9, 10):

- a ``FeatureCollection`` of ``Point``, ``MultiPoint``, ``Polygon`` or ``MultiPolygon`` features in
  lon/lat; properties exactly ``ProducerName``, ``ProducerCountry`` (ISO 3166-1 alpha-2),
  ``ProductionPlace`` and, on points, ``Area`` (hectares, a JSON number, 0.0001–4 ha; cattle may exceed 4);
- the system *truncates* coordinates to 6 decimals: coordinates are truncated here and validity is
  checked on exactly what is written. A polygon that truncation makes invalid is snapped to the 1e-6°
  grid with GEOS (a recorded change) or left out, never written invalid;
- holes are not accepted: a polygon with holes is written as hole-free polygons that share its vertices
  and cover exactly its area (the "half-moon" workaround), a recorded change;
- at most 25 MB of geolocation and 1,000 producers per commodity (10,000 per statement) in one due
  diligence statement: the features are packed into as many files (statements) as needed, a producer's
  features kept together when they fit.

Numbers are written from integers of micro-degrees, so no coordinate ever has more than 6 decimals.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from .geodesy import DISC_VERTICES, geodesic_area_ha
from .plots import COORDINATE_DECIMALS, POINT_MAX_HA, Plot, parse_point_ha
from .runs import Feedback

# --- the file's vocabulary -------------------------------------------------------------------------
PRODUCER_NAME = "ProducerName"
PRODUCER_COUNTRY = "ProducerCountry"
PRODUCTION_PLACE = "ProductionPlace"
AREA = "Area"
PROPERTIES: tuple[str, ...] = (PRODUCER_NAME, PRODUCER_COUNTRY, PRODUCTION_PLACE, AREA)
GEOMETRY_TYPES: tuple[str, ...] = ("Point", "MultiPoint", "Polygon", "MultiPolygon")

#: Micro-degrees per degree: coordinates are written on this grid (6 decimals).
GRID = 10**COORDINATE_DECIMALS
#: Smallest point area the system accepts (hectares).
POINT_MIN_HA = 0.0001
#: The commodity (Vantage spelling) whose points may exceed :data:`~.plots.POINT_MAX_HA`.
CATTLE = "beef"
#: The largest relative area change accepted when a plot must be snapped to the grid instead of truncated.
SNAP_MAX_AREA_CHANGE = 0.01

# --- the system's limits ---------------------------------------------------------------------------
#: 25 MB of geolocation per statement, read as the smaller 25,000,000 bytes (safe under either reading).
MAX_BYTES = 25_000_000
MAX_PRODUCERS_PER_COMMODITY = 1_000
MAX_PRODUCERS_PER_STATEMENT = 10_000

# --- outcome of each plot --------------------------------------------------------------------------
STATUS_WRITTEN = "written"
STATUS_CHANGED = "changed"
STATUS_LEFT_OUT = "left out"

_HEADER = '{"type":"FeatureCollection","features":['
_FOOTER = "]}"
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Limits:
    """Per statement (one file): bytes of GeoJSON and producers of the one commodity exported."""

    max_bytes: int = MAX_BYTES
    max_producers_per_commodity: int = MAX_PRODUCERS_PER_COMMODITY
    max_producers_per_statement: int = MAX_PRODUCERS_PER_STATEMENT

    @property
    def producers_per_file(self) -> int:
        return min(self.max_producers_per_commodity, self.max_producers_per_statement)


@dataclass
class EudrPlot:
    """One plot to export: lon/lat geometry and its producer's values (raw, checked by the exporter)."""

    index: int
    label: str
    geometry: Optional[BaseGeometry]
    producer_country: Optional[str] = None
    producer_name: Optional[str] = None
    production_place: Optional[str] = None
    area_ha: Any = None
    blocked: Optional[str] = None
    """Why validation blocked the plot (it is then left out), else None."""


@dataclass
class PlotOutcome:
    index: int
    label: str
    status: str
    messages: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    """The plot's GeoJSON ``Feature`` texts, as written."""
    producer: Optional[tuple[str, str]] = None
    """(ProducerName or "", ProducerCountry)."""
    file_numbers: list[int] = field(default_factory=list)
    """1-based numbers of the files holding the plot's features."""


@dataclass
class ExportFile:
    number: int
    features: list[str]
    producers: list[tuple[str, str]]
    producer_features: dict[tuple[str, str], list[str]]

    def text(self) -> str:
        return _HEADER + ",".join(self.features) + _FOOTER

    @property
    def size(self) -> int:
        return len(self.text().encode("utf-8"))


@dataclass
class EudrExport:
    outcomes: list[PlotOutcome]
    files: list[ExportFile]

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)


# --- numbers and geometry text ---------------------------------------------------------------------
def truncate(values: np.ndarray) -> np.ndarray:
    """Coordinates truncated (toward zero) to 6 decimals, as the Information System does.

    The product with 1e6 is first rounded at 1e-3 micro-degree, so a value already on the grid that
    binary floating point holds just below it (1.000001 → 1000000.9999…) keeps its last digit.
    """
    micro = np.trunc(np.round(np.asarray(values, dtype=float) * GRID, 3))
    return micro / GRID


def number_text(value: float) -> str:
    """A grid coordinate as plain decimal text with at most 6 decimals (never an exponent)."""
    micro = int(round(float(value) * GRID))
    sign = "-" if micro < 0 else ""
    whole, fraction = divmod(abs(micro), GRID)
    text = f"{sign}{whole}"
    if fraction:
        text += "." + f"{fraction:0{COORDINATE_DECIMALS}d}".rstrip("0")
    return text


def _position(xy: Sequence[float]) -> str:
    return f"[{number_text(xy[0])},{number_text(xy[1])}]"


def _positions_text(coords: np.ndarray) -> str:
    """``[[x,y],…]`` of grid coordinates (vectorised :func:`number_text`)."""
    micro = np.round(np.asarray(coords, dtype=float)[:, :2] * GRID).astype(np.int64)
    whole, fraction = np.divmod(np.abs(micro), GRID)
    texts = [
        ("-" if m < 0 else "") + str(w) + (("." + f"{f:0{COORDINATE_DECIMALS}d}".rstrip("0")) if f else "")
        for m, w, f in zip(micro.ravel().tolist(), whole.ravel().tolist(), fraction.ravel().tolist())
    ]
    return "[" + ",".join(f"[{texts[k]},{texts[k + 1]}]" for k in range(0, len(texts), 2)) + "]"


def _ring_text(ring: Any) -> str:
    return _positions_text(np.asarray(ring.coords))


def _polygon_text(polygon: Polygon) -> str:
    return "[" + ",".join(_ring_text(r) for r in (polygon.exterior, *polygon.interiors)) + "]"


def geometry_text(geometry: BaseGeometry) -> str:
    """RFC 7946 geometry text of a grid geometry (Point, MultiPoint, Polygon, MultiPolygon)."""
    kind = geometry.geom_type
    if kind == "Point":
        coordinates = _position(geometry.coords[0])
    elif kind == "MultiPoint":
        coordinates = _positions_text(shapely.get_coordinates(geometry))
    elif kind == "Polygon":
        coordinates = _polygon_text(geometry)
    elif kind == "MultiPolygon":
        coordinates = "[" + ",".join(_polygon_text(p) for p in geometry.geoms) + "]"
    else:
        raise ValueError(f"{kind} is not accepted by the EU Information System")
    return f'{{"type":"{kind}","coordinates":{coordinates}}}'


def feature_text(geometry: BaseGeometry, properties: Mapping[str, Any]) -> str:
    props = json.dumps(dict(properties), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return f'{{"type":"Feature","properties":{props},"geometry":{geometry_text(geometry)}}}'


# --- countries -------------------------------------------------------------------------------------
def country_code(value: Any, table: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The ISO 3166-1 alpha-2 code for a code, alpha-3 code or country name, else None.

    ``table`` maps upper-case names and codes to alpha-2 codes (see ``AdminIndex.code_table``); with a
    table, a two-letter value must be one of its codes.
    """
    if value is None:
        return None
    text = str(value).strip().upper()
    if not text:
        return None
    if table is not None:
        if text in table:
            return table[text]
        return None
    return text if _ISO2.match(text) else None


# --- geometry rules --------------------------------------------------------------------------------
def _grid_ring(coords: np.ndarray) -> Optional[np.ndarray]:
    """Ring truncated to the grid, repeated vertices dropped, closed; None when fewer than 4 positions."""
    c = truncate(np.asarray(coords, dtype=float)[:, :2])
    keep = np.r_[True, np.any(c[1:] != c[:-1], axis=1)] if len(c) else np.zeros(0, dtype=bool)
    c = c[keep]
    if len(c) and np.any(c[0] != c[-1]):
        c = np.vstack([c, c[:1]])
    return c if len(c) >= 4 else None


def _truncate_polygon(polygon: Polygon) -> Optional[Polygon]:
    rings = [_grid_ring(np.asarray(r.coords)) for r in (polygon.exterior, *polygon.interiors)]
    if any(r is None for r in rings):
        return None
    return Polygon(rings[0], rings[1:])


def _polygons(geometry: BaseGeometry) -> list[Polygon]:
    parts = list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]
    return [p for p in parts if p.geom_type == "Polygon" and not p.is_empty]


def _on_grid(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry exactly as its text reads back (every coordinate k / 1e6)."""
    return shapely.transform(geometry, lambda c: np.round(c * GRID) / GRID)


def _in_range(geometry: BaseGeometry) -> bool:
    c = shapely.get_coordinates(geometry)
    return bool(len(c)) and bool(np.all(np.abs(c[:, 0]) <= 180) and np.all(np.abs(c[:, 1]) <= 90))


def _vertex_set(geometry: BaseGeometry) -> set[tuple[float, float]]:
    return {tuple(xy) for xy in shapely.get_coordinates(geometry).tolist()}


def _valid_bridge(polygon: Polygon, boundary: BaseGeometry, a: tuple, b: tuple) -> Optional[BaseGeometry]:
    if a == b:
        return None
    segment = shapely.LineString([a, b])
    # inside the polygon and touching its boundary only at the two ends (both vertices)
    if not polygon.covers(segment) or not shapely.relate_pattern(segment, boundary, "F********"):
        return None
    return segment


def _split_one_hole(polygon: Polygon) -> Optional[list[Polygon]]:
    """Cut ``polygon`` along two segments from its first hole to other vertices (no new vertex), so
    the pieces have one hole fewer in total; None when no such pair of cuts is found."""
    hole = np.asarray(polygon.interiors[0].coords)[:-1]
    others = [np.asarray(r.coords)[:-1] for r in (polygon.exterior, *polygon.interiors[1:])]
    boundary = polygon.boundary
    vertices = _vertex_set(polygon)
    holes_before = len(polygon.interiors)
    # hole vertices far apart first: leftmost, rightmost, lowest, highest, then the rest
    extremes = [int(np.argmin(hole[:, 0])), int(np.argmax(hole[:, 0])), int(np.argmin(hole[:, 1])),
                int(np.argmax(hole[:, 1]))]
    order = list(dict.fromkeys(extremes + list(range(len(hole)))))
    bridges: list[tuple[int, BaseGeometry]] = []
    for hi in order[:12]:
        h = tuple(hole[hi])
        for targets in others:  # the outer ring first, then the other holes
            distance = np.hypot(targets[:, 0] - h[0], targets[:, 1] - h[1])
            found = None
            for ti in np.argsort(distance)[:25]:
                found = _valid_bridge(polygon, boundary, h, tuple(targets[ti]))
                if found is not None:
                    break
            if found is None:
                continue
            for other_hi, other in bridges:
                if other_hi == hi or other.crosses(found) or other.overlaps(found):
                    continue
                meet = other.intersection(found)
                if not meet.is_empty and meet.geom_type != "Point":
                    continue
                pieces = _pieces(polygon, [other, found])
                if (pieces is not None and len(pieces) >= 2
                        and sum(len(p.interiors) for p in pieces) < holes_before
                        and all(_vertex_set(p) <= vertices for p in pieces)):
                    return pieces
            bridges.append((hi, found))
            break
    return None


def _pieces(polygon: Polygon, cuts: list[BaseGeometry]) -> Optional[list[Polygon]]:
    lines = shapely.union_all([*shapely.get_parts(polygon.boundary), *cuts])
    faces = [p for p in shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
             if polygon.covers(p.representative_point())]
    if not faces or any(not p.is_valid for p in faces):
        return None
    total = sum(p.area for p in faces)
    if abs(total - polygon.area) > 1e-9 * polygon.area:
        return None
    return faces


def split_holes(polygon: Polygon, max_steps: int = 1000) -> Optional[list[Polygon]]:
    """Hole-free polygons that share ``polygon``'s vertices and together cover exactly its area.

    Each step cuts along two segments between existing vertices (a hole to the outer ring, or to
    another hole), so no coordinate is created or moved. None when no cut is found.
    """
    todo: list[Polygon] = [polygon]
    done: list[Polygon] = []
    for _ in range(max_steps):
        if not todo:
            return done
        piece = todo.pop()
        if not piece.interiors:
            done.append(piece)
            continue
        pieces = _split_one_hole(piece)
        if pieces is None:
            return None
        todo.extend(pieces)
    return None


@dataclass
class _Shape:
    geometries: list[BaseGeometry]
    changes: list[str]
    problem: Optional[str] = None


def prepare_geometry(geometry: Optional[BaseGeometry]) -> _Shape:
    """The geometries to write for one plot (on the grid, valid, hole-free), what changed, or why not."""
    if geometry is None or geometry.is_empty:
        return _Shape([], [], "no geometry")
    geometry = shapely.force_2d(geometry)
    kind = geometry.geom_type
    if kind not in GEOMETRY_TYPES:
        return _Shape([], [], f"{kind} geometries are not accepted (points and polygons only)")
    if not _in_range(geometry):
        return _Shape([], [], "coordinates out of range (longitude −180…180, latitude −90…90)")
    if kind.startswith("Multi") and len(geometry.geoms) == 1:
        geometry = geometry.geoms[0]  # one part: written as a Point or Polygon
        kind = geometry.geom_type
    if kind in ("Point", "MultiPoint"):
        return _Shape([_on_grid(shapely.transform(geometry, truncate))], [])
    if not geometry.is_valid:
        return _Shape([], [], f"invalid polygon ({shapely.is_valid_reason(geometry)})")
    changes: list[str] = []
    truncated = [_truncate_polygon(p) for p in _polygons(geometry)]
    candidate = None
    if all(p is not None for p in truncated):
        candidate = _on_grid(truncated[0] if kind == "Polygon" else MultiPolygon(truncated))
        dropped = shapely.get_num_coordinates(geometry) - shapely.get_num_coordinates(candidate)
        if candidate.is_valid and dropped > 0:
            changes.append(f"{dropped} vertices that became equal at {COORDINATE_DECIMALS} decimals "
                           "were dropped")
    if candidate is None or not candidate.is_valid:
        why = "a ring collapsed" if candidate is None else shapely.is_valid_reason(candidate)
        snapped = shapely.set_precision(geometry, 1.0 / GRID)
        parts = _polygons(snapped) if snapped is not None and not snapped.is_empty else []
        if not parts:
            return _Shape([], [], f"truncated to {COORDINATE_DECIMALS} decimals it is invalid ({why}) and "
                                  f"no valid polygon is left on the {COORDINATE_DECIMALS}-decimal grid")
        snapped = _on_grid(parts[0] if len(parts) == 1 else MultiPolygon(parts))
        change = abs(_planar_area(snapped) - _planar_area(geometry)) / max(_planar_area(geometry), 1e-300)
        if not snapped.is_valid or change > SNAP_MAX_AREA_CHANGE:
            return _Shape([], [], f"truncated to {COORDINATE_DECIMALS} decimals it is invalid ({why}); "
                                  f"snapping to the grid would change its area by {100 * change:.2f}%")
        changes.append(f"truncated to {COORDINATE_DECIMALS} decimals it was invalid ({why}): snapped to the "
                       f"{COORDINATE_DECIMALS}-decimal grid instead (area change {100 * change:.4f}%)")
        candidate = snapped
    polygons = _polygons(candidate)
    if not any(p.interiors for p in polygons):
        return _Shape([candidate], changes)
    pieces: list[BaseGeometry] = []
    for polygon in polygons:
        if not polygon.interiors:
            pieces.append(polygon)
            continue
        split = split_holes(polygon)
        if split is None:
            return _Shape([], changes, f"a polygon with {len(polygon.interiors)} hole(s) could not be cut "
                                       "into hole-free polygons")
        changes.append(f"polygon with {len(polygon.interiors)} hole(s) written as {len(split)} hole-free "
                       "polygons covering the same area (holes are not accepted)")
        pieces.extend(split)
    return _Shape(pieces, changes)


def _planar_area(geometry: BaseGeometry) -> float:
    return float(shapely.area(geometry))


def _right_hand(geometry: BaseGeometry) -> BaseGeometry:
    """Exterior rings counter-clockwise (RFC 7946's right-hand rule); points unchanged."""
    if geometry.geom_type == "Polygon":
        return orient(geometry)
    if geometry.geom_type == "MultiPolygon":
        return MultiPolygon([orient(p) for p in geometry.geoms])
    return geometry


def _final_check(geometry: BaseGeometry) -> Optional[str]:
    """Why the written geometry would be rejected, or None (checked on the text's own coordinates)."""
    if geometry.geom_type not in GEOMETRY_TYPES:
        return f"{geometry.geom_type} is not accepted"
    if not geometry.is_valid:
        return f"invalid after truncation ({shapely.is_valid_reason(geometry)})"
    for polygon in _polygons(geometry):
        if polygon.interiors:
            return "a hole is left"
        if len(polygon.exterior.coords) < 4:
            return "a ring has fewer than 4 positions"
    return None


@dataclass(frozen=True)
class EudrFields:
    """Source fields holding the producer's values (each optional)."""

    producer_name: Optional[str] = None
    production_place: Optional[str] = None
    producer_country: Optional[str] = None


#: Validation rules that do not block an EU export of cattle (points may exceed 4 ha there).
CATTLE_ALLOWED_RULES: tuple[str, ...] = ("POINT_TOO_LARGE",)


def blocked_reasons(report: Any, commodity: Optional[str]) -> dict[int, str]:
    """Per plot index, the validation errors that keep it out of the export (a ``ValidationReport``)."""
    reasons: dict[int, list[str]] = {}
    for issue in report.issues:
        if not issue.is_error or (commodity == CATTLE and issue.code in CATTLE_ALLOWED_RULES):
            continue
        reasons.setdefault(issue.plot_index, []).append(issue.message)
    return {index: "; ".join(messages) for index, messages in reasons.items()}


def eudr_plots(plots: Sequence[Plot], fields: EudrFields,
               blocked: Optional[Mapping[int, str]] = None) -> list[EudrPlot]:
    """Export records of ``plots``: producer values from ``fields``, point area from ``Plot.point_ha``."""

    def value(plot: Plot, name: Optional[str]) -> Any:
        return plot.attributes.get(name) if name else None

    return [
        EudrPlot(
            index=plot.index,
            label=plot.label,
            geometry=plot.geometry,
            producer_country=value(plot, fields.producer_country),
            producer_name=value(plot, fields.producer_name),
            production_place=value(plot, fields.production_place),
            area_ha=plot.point_ha,
            blocked=(blocked or {}).get(plot.index),
        )
        for plot in plots
    ]


# --- plots → features ------------------------------------------------------------------------------
def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    text = str(value).strip()
    return text or None


def disc_centre(geometry: Optional[BaseGeometry], area_ha: Any) -> Optional[Point]:
    """The point a result layer's disc stands for, or None.

    The bundled engine analyses a point plot as a regular polygon of :data:`~.geodesy.DISC_VERTICES`
    vertices and ``point_ha`` around it, and a result layer keeps that disc. Recognised by its vertex
    count, its equal radii (in the local metric) and its area, it is written back as the point with ``Area``.
    """
    area = parse_point_ha(area_ha)
    if area is None or area <= 0 or geometry is None or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    parts = _polygons(geometry)
    if len(parts) != 1 or parts[0].interiors:
        return None
    ring = np.asarray(parts[0].exterior.coords)[:-1, :2]
    if len(ring) != DISC_VERTICES:
        return None
    lon, lat = ring.mean(axis=0)
    dx = (ring[:, 0] - lon) * np.cos(np.radians(lat))
    radius = np.hypot(dx, ring[:, 1] - lat)
    if radius.min() <= 0 or radius.max() / radius.min() > 1.01:
        return None
    if abs(float(geodesic_area_ha(parts[0])) - area) > 0.01 * area:
        return None
    return Point(lon, lat)


def plot_features(plot: EudrPlot, commodity: Optional[str], country: Optional[str]) -> PlotOutcome:
    """One plot's outcome: its Feature texts and changes, or why it is left out."""
    outcome = PlotOutcome(plot.index, plot.label, STATUS_LEFT_OUT)
    if plot.blocked:
        outcome.messages.append(f"blocked by validation: {plot.blocked}")
        return outcome
    if country is None:
        given = _text(plot.producer_country)
        outcome.messages.append(f"'{given}' is not an ISO 3166-1 country code" if given
                                else "no producer country (none given and none found at the plot's location)")
        return outcome
    centre = disc_centre(plot.geometry, plot.area_ha)
    shape = prepare_geometry(centre if centre is not None else plot.geometry)
    if centre is not None:
        shape.changes.insert(0, "the disc a result layer draws for a point plot is written as that point")
    if shape.problem:
        outcome.messages.extend(shape.changes + [shape.problem])
        return outcome
    properties: dict[str, Any] = {}
    name, place = _text(plot.producer_name), _text(plot.production_place)
    if name:
        properties[PRODUCER_NAME] = name
    properties[PRODUCER_COUNTRY] = country
    if place:
        properties[PRODUCTION_PLACE] = place
    if shape.geometries[0].geom_type in ("Point", "MultiPoint"):
        area = parse_point_ha(plot.area_ha)
        if area is None:
            outcome.messages.append("a point without its area in hectares (the system would assume 4 ha)")
            return outcome
        if area < POINT_MIN_HA:
            outcome.messages.append(f"point area {area:g} ha is below {POINT_MIN_HA:g} ha")
            return outcome
        if area > POINT_MAX_HA and commodity != CATTLE:
            outcome.messages.append(f"point area {area:g} ha is above {POINT_MAX_HA:g} ha (only cattle may "
                                    "exceed it): map the plot as a polygon")
            return outcome
        properties[AREA] = float(area)
    texts = []
    for geometry in map(_right_hand, shape.geometries):
        problem = _final_check(_on_grid(geometry))
        if problem:
            outcome.messages.extend(shape.changes + [problem])
            return outcome
        texts.append(feature_text(geometry, properties))
    outcome.features = texts
    outcome.messages = shape.changes
    outcome.status = STATUS_CHANGED if shape.changes else STATUS_WRITTEN
    outcome.producer = (name or "", country)
    return outcome


# --- files -----------------------------------------------------------------------------------------
def plan_files(producers: Sequence[Sequence[int]], limits: Limits = Limits()) -> list[list[tuple[int, int]]]:
    """Pack features into files: ``producers[p]`` are the byte sizes of producer ``p``'s features.

    Returns, per file, the (producer, feature) pairs it holds, in order. A file stays within
    ``limits.max_bytes`` (the FeatureCollection wrapper and commas counted) and
    ``limits.producers_per_file`` producers; a producer's features stay in one file when they fit in
    an empty one. Raises ValueError for a single feature larger than the limit.
    """
    overhead = len(_HEADER) + len(_FOOTER)
    files: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    size, count = overhead, 0

    def close() -> None:
        nonlocal current, size, count
        if current:
            files.append(current)
        current, size, count = [], overhead, 0

    for p, sizes in enumerate(producers):
        if not sizes:
            continue
        need = sum(sizes) + len(sizes) - (0 if current else 1)
        if current and (size + need > limits.max_bytes or count + 1 > limits.producers_per_file):
            close()
        counted = False
        for f, s in enumerate(sizes):
            if overhead + s > limits.max_bytes:
                raise ValueError(f"one feature of {s} bytes does not fit in a file of "
                                 f"{limits.max_bytes} bytes")
            extra = s + (1 if current else 0)
            if size + extra > limits.max_bytes:
                close()
                counted = False
                extra = s
            if not counted:
                count += 1
                counted = True
            current.append((p, f))
            size += extra
    close()
    return files


def export(
    plots: Sequence[EudrPlot],
    commodity: Optional[str],
    *,
    country_lookup: Optional[Callable[[list[Optional[BaseGeometry]]], list[Optional[str]]]] = None,
    code_table: Optional[Mapping[str, str]] = None,
    limits: Limits = Limits(),
    feedback: Optional[Feedback] = None,
) -> EudrExport:
    """Features of every exportable plot, packed into files, and one outcome per plot.

    ``producer_country`` values are read with :func:`country_code` (``code_table`` also accepts names
    and alpha-3 codes); plots without one get ``country_lookup(geometries)`` (ISO alpha-2 per plot).
    """
    countries = [country_code(p.producer_country, code_table) for p in plots]
    missing = [k for k, p in enumerate(plots) if _text(p.producer_country) is None]
    if missing and country_lookup is not None:
        found = country_lookup([plots[k].geometry for k in missing])
        for k, code in zip(missing, found):
            countries[k] = country_code(code, code_table)
    feedback = feedback or Feedback()
    outcomes = []
    for k, (plot, country) in enumerate(zip(plots, countries)):
        if k % 200 == 0:
            feedback.check()
            feedback.set_progress(100.0 * k / max(len(plots), 1))
        outcomes.append(plot_features(plot, commodity, country))
    order: list[tuple[str, str]] = []
    by_producer: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for k, outcome in enumerate(outcomes):
        if outcome.producer is None:
            continue
        if outcome.producer not in by_producer:
            order.append(outcome.producer)
            by_producer[outcome.producer] = []
        by_producer[outcome.producer].extend((k, f) for f in range(len(outcome.features)))
    sizes = [[len(outcomes[k].features[f].encode("utf-8")) for k, f in by_producer[key]] for key in order]
    files: list[ExportFile] = []
    for number, members in enumerate(plan_files(sizes, limits), start=1):
        file = ExportFile(number, [], [], {})
        for p, f in members:
            key = order[p]
            k, feature = by_producer[key][f]
            text = outcomes[k].features[feature]
            file.features.append(text)
            if key not in file.producer_features:
                file.producers.append(key)
                file.producer_features[key] = []
            file.producer_features[key].append(text)
            if number not in outcomes[k].file_numbers:
                outcomes[k].file_numbers.append(number)
        files.append(file)
    return EudrExport(outcomes, files)


def producers_payload(file: ExportFile) -> dict[str, Any]:
    """The DDS ``producers`` of one statement: country, name and the base64 GeoJSON of each producer."""
    entries = []
    for key in file.producers:
        name, country = key
        collection = _HEADER + ",".join(file.producer_features[key]) + _FOOTER
        entries.append({
            "country": country,
            "name": name or None,
            "geometryGeojson": base64.b64encode(collection.encode("utf-8")).decode("ascii"),
        })
    return {"producers": entries}


def file_paths(output: str | Path, count: int) -> list[Path]:
    """``output`` itself for one file; ``<stem>_statement-1-of-N<suffix>`` … for N files (one per
    statement)."""
    path = Path(output)
    if count <= 1:
        return [path]
    width = len(str(count))
    return [path.with_name(f"{path.stem}_statement-{k:0{width}d}-of-{count}{path.suffix}")
            for k in range(1, count + 1)]


def write(result: EudrExport, output: str | Path,
          producers_output: Optional[str | Path] = None) -> list[Path]:
    """Write the GeoJSON file(s) (and the producers JSON beside each, when asked); the paths written.

    With nothing to export, one empty FeatureCollection is written so the output always exists.
    """
    files = result.files or [ExportFile(1, [], [], {})]
    paths = file_paths(output, len(files))
    extra: list[Optional[Path]] = [None] * len(files)
    if producers_output:
        extra = list(file_paths(producers_output, len(files)))
    staged: list[tuple[Path, Path]] = []
    try:
        for file, path, payload_path in zip(files, paths, extra):
            path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_staged_write(path, file.text()), path))
            if payload_path is not None:
                payload = json.dumps(producers_payload(file), ensure_ascii=False, indent=1)
                staged.append((_staged_write(payload_path, payload), payload_path))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, path in staged:  # every file was written whole before any is published
        os.replace(temp, path)
    return paths


def _staged_write(path: Path, text: str) -> Path:
    """``text`` written to a temporary file beside ``path`` (published later by a rename)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(text, encoding="utf-8")
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp
