"""GeoJSON geometries as written: structural checks and a tolerant reader.

OGR closes open rings and refuses mis-nested coordinates silently, so these checks look at the
geometry dict itself (``Plot.raw_geometry``). Only the structure is inspected here (type, nesting
depth, ring ends and lengths): O(rings), not O(positions); positions are read by :func:`build_geometry`.
"""

from __future__ import annotations

import copy
from typing import Any, NamedTuple, Optional

import numpy as np
import shapely
from shapely.errors import GEOSException
from shapely.geometry.base import BaseGeometry

from .issues import QT_TRANSLATE_NOOP, Phrase

#: Nesting depth of ``coordinates`` for each GeoJSON type (a position counts as 1).
DEPTH: dict[str, int] = {
    "Point": 1,
    "MultiPoint": 2,
    "LineString": 2,
    "MultiLineString": 3,
    "Polygon": 3,
    "MultiPolygon": 4,
}


class RawProblem(NamedTuple):
    """A structural problem: a rule code of :mod:`.rules`, its message parameters and a place."""

    code: str
    params: dict[str, Any]
    location: Optional[tuple[float, float]] = None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def coordinate_depth(coordinates: Any) -> Optional[int]:
    """How deep ``coordinates`` nest down to the first number (a position is 1); None if unknown."""
    depth = 0
    value = coordinates
    while isinstance(value, (list, tuple)):
        if not value:
            return None
        value = value[0]
        depth += 1
    return depth if _is_number(value) and depth > 0 else None


def _same_position(a: Any, b: Any) -> bool:
    try:
        return a[0] == b[0] and a[1] == b[1]
    except (IndexError, TypeError, KeyError):
        return False


def _location(position: Any) -> Optional[tuple[float, float]]:
    try:
        if _is_number(position[0]) and _is_number(position[1]):
            return float(position[0]), float(position[1])
    except (IndexError, TypeError, KeyError):
        pass
    return None


def polygons_of(raw: dict[str, Any], depth: Optional[int] = None) -> list[Any]:
    """The polygons (lists of rings) of a raw Polygon/MultiPolygon, Polygon nested like a MultiPolygon included."""
    coordinates = raw.get("coordinates") or []
    depth = coordinate_depth(coordinates) if depth is None else depth
    if raw.get("type") == "MultiPolygon" or depth == 4:
        return [p for p in coordinates if isinstance(p, (list, tuple))]
    return [coordinates]


def _malformed(text: str, **params: Any) -> list[RawProblem]:
    """RAW_GEOMETRY_MALFORMED with ``text`` (marked for translation where written) as its detail."""
    return [RawProblem("RAW_GEOMETRY_MALFORMED", {"detail": Phrase(text, tuple(params.items()))})]


_PLAIN = (float, int)


def well_formed_polygon(raw: Any) -> bool:
    """A quick sufficient test that :func:`raw_problems` finds nothing: a "Polygon" or "MultiPolygon"
    whose every ring is a closed list of at least 4 positions starting with two plain numbers (the
    usual plot), judged from each ring's ends without walking its positions."""
    if type(raw) is not dict:
        return False
    kind, coordinates = raw.get("type"), raw.get("coordinates")
    if type(coordinates) is not list or not coordinates:
        return False
    if kind == "Polygon":
        polygons: list[Any] = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        return False
    for rings in polygons:
        if type(rings) is not list or not rings:
            return False
        for ring in rings:
            if type(ring) is not list or len(ring) < 4:
                return False
            first = ring[0]
            if not (type(first) is list and len(first) >= 2 and type(first[0]) in _PLAIN
                    and type(first[1]) in _PLAIN and ring[-1] == first):
                return False
    return True


def raw_problems(raw: Any) -> list[RawProblem]:
    """Structural problems of a GeoJSON geometry dict as written (``None`` has none: it is a null geometry)."""
    if raw is None:
        return []
    if not isinstance(raw, dict):
        return _malformed(QT_TRANSLATE_NOOP("VantageRules", "it is not a JSON object"))
    kind = raw.get("type")
    if kind == "GeometryCollection":
        return []
    if not isinstance(kind, str) or kind not in DEPTH:  # a list or object as "type" is unhashable
        return _malformed(QT_TRANSLATE_NOOP("VantageRules", "unknown geometry type {kind!r}"), kind=kind)
    coordinates = raw.get("coordinates")
    if not isinstance(coordinates, (list, tuple)):
        return _malformed(QT_TRANSLATE_NOOP("VantageRules", "{kind} has no coordinates array"), kind=kind)
    if not coordinates:
        return []  # an empty geometry: reported on the geometry itself
    depth = coordinate_depth(coordinates)
    problems: list[RawProblem] = []
    if depth is None:
        return _malformed(QT_TRANSLATE_NOOP("VantageRules", "{kind} coordinates are not arrays of numbers"), kind=kind)
    if kind == "Polygon" and depth == 4:
        problems.append(RawProblem("POLYGON_NESTED_AS_MULTIPOLYGON", {"parts": len(coordinates)},
                                   _location(coordinates[0][0][0])))
    elif depth != DEPTH[kind]:
        return _malformed(QT_TRANSLATE_NOOP("VantageRules",
                                            "{kind} coordinates must nest {expected} deep, found {depth}"),
                          kind=kind, expected=DEPTH[kind], depth=depth)
    if kind in ("Polygon", "MultiPolygon"):
        problems.extend(_ring_problems(polygons_of(raw, depth)))
    return problems


def _ring_problems(polygons: list[Any]) -> list[RawProblem]:
    open_rings = 0
    first_open: Optional[tuple[float, float]] = None
    short: list[RawProblem] = []
    for polygon in polygons:
        for ring in polygon:
            if not isinstance(ring, (list, tuple)) or not ring:
                continue
            is_open = not _same_position(ring[0], ring[-1])
            closed_length = len(ring) + (1 if is_open else 0)
            if closed_length < 4:
                detail = Phrase(QT_TRANSLATE_NOOP("VantageRules", " (it has {count})"), (("count", len(ring)),))
                short.append(RawProblem("RING_TOO_FEW_POSITIONS", {"detail": detail}, _location(ring[0])))
            elif is_open:
                open_rings += 1
                first_open = first_open or _location(ring[-1])
    problems = short[:1]
    if open_rings:
        problems.append(RawProblem("RING_NOT_CLOSED", {"count": open_rings}, first_open))
    return problems


# ---------------------------------------------------------------- reading


def _positions(value: Any) -> np.ndarray:
    array = np.asarray(value, dtype=float)
    if array.ndim != 2 or array.shape[1] < 2:
        raise ValueError("positions need at least 2 numbers each")
    return array[:, :2]


def _polygon(rings: Any) -> BaseGeometry:
    if not rings:
        return shapely.Polygon()
    arrays = [_positions(ring) for ring in rings]
    return shapely.Polygon(arrays[0], arrays[1:])


def _build(kind: str, coordinates: Any) -> BaseGeometry:
    if kind == "Point":
        if not coordinates:
            return shapely.Point()
        return shapely.Point(_positions([coordinates])[0])
    if kind == "MultiPoint":
        return shapely.MultiPoint(_positions(coordinates)) if coordinates else shapely.MultiPoint()
    if kind == "LineString":
        return shapely.LineString(_positions(coordinates)) if coordinates else shapely.LineString()
    if kind == "MultiLineString":
        return shapely.MultiLineString([_positions(line) for line in coordinates])
    if kind == "Polygon":
        return _polygon(coordinates)
    if kind == "MultiPolygon":
        if not coordinates:
            return shapely.MultiPolygon()
        return shapely.MultiPolygon([_polygon(rings) for rings in coordinates])
    raise ValueError(f"unknown geometry type {kind!r}")


def build_geometry(raw: Any) -> tuple[Optional[BaseGeometry], Optional[str]]:
    """A 2D shapely geometry from a GeoJSON geometry dict, tolerantly: ``(geometry, None)`` or ``(None, why)``.

    Open rings are closed (as OGR does). A "Polygon" nested like a MultiPolygon is *not* guessed
    here: it is an error until :data:`REINTERPRET_AS_MULTIPOLYGON` is applied.
    """
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        return None, "the geometry is not a JSON object"
    kind = raw.get("type")
    try:
        if kind == "GeometryCollection":
            parts = [build_geometry(g) for g in raw.get("geometries") or []]
            errors = [e for _, e in parts if e]
            if errors:
                return None, errors[0]
            return shapely.GeometryCollection([g for g, _ in parts if g is not None]), None
        if not isinstance(kind, str) or kind not in DEPTH:
            return None, f"unknown geometry type {kind!r}"
        coordinates = raw.get("coordinates")
        if coordinates is None or not isinstance(coordinates, (list, tuple)):
            return None, f"{kind} has no coordinates array"
        depth = coordinate_depth(coordinates)
        if coordinates and depth != DEPTH[kind]:
            if kind == "Polygon" and depth == 4:
                return None, "Polygon coordinates are nested one level too deep, like a MultiPolygon"
            return None, f"{kind} coordinates must nest {DEPTH[kind]} deep, found {depth or 'no numbers'}"
        return _build(kind, coordinates), None
    except (ValueError, TypeError, IndexError, GEOSException) as error:
        return None, f"cannot read the {kind} geometry: {error}"


# ---------------------------------------------------------------- structural fixes


def close_rings(raw: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """A copy of ``raw`` with every open ring closed, and how many were closed."""
    fixed = copy.deepcopy(raw)
    closed = 0
    if fixed.get("type") not in ("Polygon", "MultiPolygon"):
        return fixed, 0
    for polygon in polygons_of(fixed):
        for ring in polygon:
            if isinstance(ring, list) and len(ring) >= 3 and not _same_position(ring[0], ring[-1]):
                ring.append(list(ring[0]))
                closed += 1
    return fixed, closed


def as_multipolygon(raw: dict[str, Any]) -> Optional[dict[str, Any]]:
    """A "Polygon" nested like a MultiPolygon relabelled "MultiPolygon" (a copy), else ``None``."""
    if raw.get("type") != "Polygon" or coordinate_depth(raw.get("coordinates")) != 4:
        return None
    fixed = copy.deepcopy(raw)
    fixed["type"] = "MultiPolygon"
    return fixed
