"""Safe fixes, applied only when asked; each change is recorded, the input is never mutated.

Fixes run in the order of :data:`FIXES`. The returned plots are renumbered: ``Plot.index`` is the
position in :attr:`FixResult.plots` (the batch contract), which equals the input index unless
``SPLIT_MULTIPART`` split a plot; :attr:`FixResult.origin` maps every output plot back to the
``index`` of the input plot it came from, and :attr:`Change.plot_index` is always that input index.
A fix that changes a geometry rewrites ``raw_geometry`` from the new geometry (closed rings, proper
nesting), so re-validation looks at what will be sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Callable, Iterable, Optional

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ..plots import COORDINATE_DECIMALS, Plot
from . import rules
from .checks import SPIKE_SINE
from .geojson_raw import as_multipolygon, build_geometry, close_rings, raw_problems
from .issues import PART_FIELD

#: Every safe fix, in the order they are applied, with what it does.
FIXES: dict[str, str] = {
    rules.REINTERPRET_AS_MULTIPOLYGON: "Read a \"Polygon\" whose coordinates are nested like a MultiPolygon "
    "as the MultiPolygon they describe (the nesting is unambiguous; only the type label is wrong).",
    rules.CLOSE_RINGS: "Close open rings by repeating their first position at the end.",
    rules.DROP_DUPLICATE_VERTICES: "Drop vertices that repeat the previous one.",
    rules.REPAIR_GEOMETRY: "Remove spikes and repair self-intersections (shapely.make_valid), keeping only "
    "the polygonal parts; a plot with no area left is kept unchanged and reported as skipped.",
    rules.ROUND_COORDINATES: "Round coordinates to 6 decimals (as export does) and drop the repeated "
    "vertices that makes; if plain rounding would make a valid polygon invalid, snap it to the 1e-6° grid "
    "with GEOS (shapely.set_precision), which keeps it valid.",
    rules.SPLIT_MULTIPART: f"Split a multi-part polygon into one plot per part (same user_id and attributes, "
    f"plus {PART_FIELD} = 1, 2, …).",
}


@dataclass(frozen=True)
class Change:
    """One fix applied (or, in :attr:`FixResult.skipped`, not possible) to the input plot ``plot_index``."""

    plot_index: int
    fix: str
    message: str


@dataclass
class FixResult:
    plots: list[Plot]
    changes: list[Change] = field(default_factory=list)
    skipped: list[Change] = field(default_factory=list)
    """Fixes asked for a plot that needed them but could not be applied safely, with why."""
    origin: list[int] = field(default_factory=list)
    """For each output plot, the ``index`` of the input plot it comes from."""
    parts: list[Optional[int]] = field(default_factory=list)
    """For each output plot, its part number (1, 2, …) when a multi-part plot was split, else ``None``.
    Kept here, not in the plot's attributes, so a user field named like :data:`PART_FIELD` survives."""


_Outcome = tuple[Plot, Optional[str], Optional[str]]  # (plot, change message, skip reason)


def apply_fixes(plots: Iterable[Plot], fixes: Optional[Iterable[str]] = None) -> FixResult:
    """Apply the named safe fixes (``None``: all of :data:`FIXES`) to copies of ``plots``."""
    wanted = set(FIXES) if fixes is None else set(fixes)
    unknown = wanted - set(FIXES)
    if unknown:
        raise ValueError(f"unknown fix code(s): {', '.join(sorted(unknown))}")
    result = FixResult(plots=[])
    for plot in plots:
        try:
            changes, skipped, pieces = _fix_one(plot, wanted)
        except Exception as error:  # noqa: BLE001 - one plot never sinks the batch: kept as it was
            changes, pieces = [], [(plot, None)]
            reason = f"not fixed ({type(error).__name__}: {error}); the plot is kept as it was"
            skipped = [Change(plot.index, "", reason)]
        result.changes.extend(changes)
        result.skipped.extend(skipped)
        for piece, part in pieces:
            result.origin.append(plot.index)
            result.parts.append(part)
            result.plots.append(replace(piece, index=len(result.plots)))
    return result


def _fix_one(plot: Plot, wanted: set[str]) -> tuple[list[Change], list[Change], list[tuple[Plot, Optional[int]]]]:
    """(changes, skipped, [(piece, part number)]) of one plot."""
    changes: list[Change] = []
    skipped_changes: list[Change] = []
    current = replace(plot, attributes=dict(plot.attributes))
    for code, function in _GEOMETRY_FIXES.items():
        if code not in wanted:
            continue
        current, message, skipped = function(current)
        if message:
            changes.append(Change(plot.index, code, message))
        if skipped:
            skipped_changes.append(Change(plot.index, code, skipped))
    pieces: list[tuple[Plot, Optional[int]]] = [(current, None)]
    if rules.SPLIT_MULTIPART in wanted:
        split, message, skipped = _split(current)
        if message:
            changes.append(Change(plot.index, rules.SPLIT_MULTIPART, message))
            pieces = [(piece, number) for number, piece in enumerate(split, start=1)]
        if skipped:
            skipped_changes.append(Change(plot.index, rules.SPLIT_MULTIPART, skipped))
    return changes, skipped_changes, pieces


# ---------------------------------------------------------------- helpers


def _raw_of(geometry: BaseGeometry) -> dict:
    return json.loads(shapely.to_geojson(geometry))


def _with_geometry(plot: Plot, geometry: BaseGeometry) -> Plot:
    return replace(plot, geometry=geometry, raw_geometry=_raw_of(geometry), read_error=None)


def _is_polygonal(geometry: Optional[BaseGeometry]) -> bool:
    return geometry is not None and not geometry.is_empty and geometry.geom_type in ("Polygon", "MultiPolygon")


def _map_rings(geometry: BaseGeometry, function: Callable[[np.ndarray], np.ndarray]) -> BaseGeometry:
    """The polygonal ``geometry`` with ``function`` applied to every ring's (closed) coordinate array."""

    def polygon(p: shapely.Polygon) -> shapely.Polygon:
        shell = function(np.asarray(p.exterior.coords)[:, :2])
        holes = [function(np.asarray(r.coords)[:, :2]) for r in p.interiors]
        return shapely.Polygon(shell, holes)

    if geometry.geom_type == "Polygon":
        return polygon(geometry)
    return shapely.MultiPolygon([polygon(p) for p in geometry.geoms])


def drop_repeated(ring: np.ndarray) -> np.ndarray:
    """A coordinate array without positions equal to the previous one."""
    keep = np.ones(len(ring), dtype=bool)
    keep[1:] = (ring[1:] != ring[:-1]).any(axis=1)
    return ring[keep]


def _drop_spikes(ring: np.ndarray) -> np.ndarray:
    """A closed ring without vertices where the outline turns straight back (repeated until none)."""
    vertices = drop_repeated(ring)[:-1]
    while len(vertices) >= 3:
        prev, nxt = np.roll(vertices, 1, axis=0), np.roll(vertices, -1, axis=0)
        a, b = vertices - prev, nxt - vertices
        cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
        spike = (np.abs(cross) <= SPIKE_SINE * np.hypot(*a.T) * np.hypot(*b.T)) & ((a * b).sum(axis=1) < 0)
        if not spike.any():
            break
        vertices = drop_repeated(np.delete(vertices, np.flatnonzero(spike)[0], axis=0))
        if len(vertices) > 1 and (vertices[0] == vertices[-1]).all():
            vertices = vertices[:-1]
    if len(vertices) < 3:
        return ring  # nothing sensible left: leave it to make_valid
    return np.vstack([vertices, vertices[:1]])


def _polygonal_part(geometry: BaseGeometry) -> Optional[BaseGeometry]:
    """The polygonal part of a make_valid result (Polygon or MultiPolygon), or ``None``."""
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type in ("Polygon", "MultiPolygon")]
    polygons = [q for p in parts for q in shapely.get_parts(p)]
    if not polygons:
        return None
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


#: A new vertex lies on an input segment when it is this close to it, in units of the coordinates' size
#: (a crossing computed in floating point is off its segments by a few units in the last place).
_ON_SEGMENT = 1e-12


def _exact_crossings(before: BaseGeometry, repaired: BaseGeometry) -> BaseGeometry:
    """``repaired`` with every vertex ``make_valid`` added at a crossing of two segments of ``before``
    replaced by that crossing computed exactly and rounded once to the nearest float.

    GEOS computes crossings in floating point, and its builds differ in the last bit (the wheel's GEOS
    beside the one QGIS links to, whose symbols shapely takes inside QGIS's processes): the exact
    crossing makes the repair, and what later fixes see, the same wherever it runs."""
    segments = np.vstack([np.hstack([ring[:-1], ring[1:]]) for ring in _rings(before)])
    known = {tuple(xy) for xy in segments[:, :2]}
    scale = _ON_SEGMENT * max(1.0, float(np.abs(segments).max()))
    exact: dict[tuple[float, float], tuple[float, float]] = {}
    for xy in shapely.get_coordinates(repaired):
        key = (float(xy[0]), float(xy[1]))
        if key in known or key in exact:
            continue
        near = np.flatnonzero(_distances(segments, xy) <= scale)
        crossing = _crossing(segments[near[0]], segments[near[1]]) if len(near) == 2 else None
        if crossing is not None:
            exact[key] = crossing
    if not exact or all(k == v for k, v in exact.items()):
        return repaired

    def snap(coords: np.ndarray) -> np.ndarray:
        return np.array([exact.get((float(x), float(y)), (x, y)) for x, y in coords[:, :2]], dtype=float)

    snapped = shapely.transform(repaired, snap)
    return snapped if snapped.is_valid else repaired  # never: the exact crossing lies on both segments


def _rings(geometry: BaseGeometry) -> list[np.ndarray]:
    """The (closed) coordinate arrays of every ring of a polygonal geometry."""
    polygons = geometry.geoms if geometry.geom_type == "MultiPolygon" else [geometry]
    return [np.asarray(r.coords)[:, :2] for p in polygons for r in (p.exterior, *p.interiors)]


def _distances(segments: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """The distance from ``xy`` to each segment (x0, y0, x1, y1)."""
    start, direction = segments[:, :2], segments[:, 2:] - segments[:, :2]
    length = (direction**2).sum(axis=1)
    t = np.clip(((xy - start) * direction).sum(axis=1) / np.where(length > 0, length, 1.0), 0.0, 1.0)
    return np.hypot(*(start + t[:, None] * direction - xy).T)


def _crossing(a: np.ndarray, b: np.ndarray) -> Optional[tuple[float, float]]:
    """Where segments ``a`` and ``b`` (x0, y0, x1, y1) cross, exactly, rounded once; ``None`` if parallel."""
    x1, y1, x2, y2 = (Fraction(float(v)) for v in a)
    x3, y3, x4, y4 = (Fraction(float(v)) for v in b)
    denominator = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if denominator == 0:
        return None
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / denominator
    return float(x1 + t * (x2 - x1)), float(y1 + t * (y2 - y1))


def _repair(geometry: BaseGeometry) -> tuple[Optional[BaseGeometry], str]:
    """A valid polygonal version of ``geometry`` and what was done, or ``(None, why not)``."""
    before = geometry
    geometry = _map_rings(geometry, _drop_spikes)
    did = ["removed spikes"] if not shapely.equals_exact(geometry, before, 0) else []
    if not geometry.is_valid:
        reason = shapely.is_valid_reason(geometry)
        repaired = _polygonal_part(shapely.make_valid(geometry))
        if repaired is None or repaired.is_empty:
            return None, f"no area left after repairing ({reason})"
        did.append(f"repaired {reason.split('[')[0]}")
        geometry = _exact_crossings(geometry, repaired)
    return geometry, "; ".join(did)


# ---------------------------------------------------------------- the fixes


def _reinterpret(plot: Plot) -> _Outcome:
    if not isinstance(plot.raw_geometry, dict):
        return plot, None, None
    raw = as_multipolygon(plot.raw_geometry)
    if raw is None:
        return plot, None, None
    geometry, error = build_geometry(raw)
    if geometry is None:
        # Still unreadable (e.g. an open 2-position ring): keep the corrected label, report why.
        return replace(plot, raw_geometry=raw, read_error=error), "relabelled Polygon → MultiPolygon", error
    parts = len(raw["coordinates"])
    return (replace(plot, geometry=geometry, raw_geometry=raw, read_error=None),
            f"read the Polygon nested like a MultiPolygon as a MultiPolygon of {parts} part(s)", None)


def _close(plot: Plot) -> _Outcome:
    if not isinstance(plot.raw_geometry, dict):
        return plot, None, None
    raw, closed = close_rings(plot.raw_geometry)
    if not closed:
        return plot, None, None
    geometry, error = (plot.geometry, None) if plot.geometry is not None else build_geometry(raw)
    if raw_problems(raw) and geometry is None:
        return replace(plot, raw_geometry=raw), f"closed {closed} ring(s)", error
    return replace(plot, raw_geometry=raw, geometry=geometry, read_error=error), f"closed {closed} ring(s)", None


def _drop_duplicates(plot: Plot) -> _Outcome:
    if not _is_polygonal(plot.geometry):
        return plot, None, None
    before = shapely.get_num_coordinates(plot.geometry)
    geometry = _map_rings(plot.geometry, drop_repeated)
    dropped = before - shapely.get_num_coordinates(geometry)
    if not dropped:
        return plot, None, None
    return _with_geometry(plot, geometry), f"dropped {dropped} repeated vertex/vertices", None


def _round(plot: Plot) -> _Outcome:
    geometry = plot.geometry
    if geometry is None or geometry.is_empty:
        return plot, None, None
    rounded = shapely.transform(geometry, lambda c: np.round(c, COORDINATE_DECIMALS))
    if shapely.equals_exact(rounded, geometry, 0):
        return plot, None, None
    message: Optional[str] = f"rounded coordinates to {COORDINATE_DECIMALS} decimals"
    if _only_float_noise(geometry, rounded):
        message = None  # e.g. a repaired crossing at -71.72800000000001: written out, it has 3 decimals
    if _is_polygonal(rounded):
        rounded = _map_rings(rounded, drop_repeated)
        if geometry.is_valid and not rounded.is_valid:
            snapped = _polygonal_part(shapely.set_precision(geometry, 10.0**-COORDINATE_DECIMALS))
            if snapped is None or snapped.is_empty or not snapped.is_valid:
                return plot, None, "rounding makes the polygon invalid and snapping leaves no valid area"
            rounded = snapped
            message = f"snapped coordinates to the {COORDINATE_DECIMALS}-decimal grid (plain rounding made it invalid)"
    return _with_geometry(plot, rounded), message, None


#: A coordinate this many units in the last place from its rounded value already has at most
#: COORDINATE_DECIMALS decimals: the difference is binary floating point, not a longer decimal.
_NOISE_ULPS = 4


def _only_float_noise(geometry: BaseGeometry, rounded: BaseGeometry) -> bool:
    """Whether rounding ``geometry`` into ``rounded`` moved no coordinate by more than float noise."""
    before, after = shapely.get_coordinates(geometry), shapely.get_coordinates(rounded)
    if before.shape != after.shape:
        return False
    return bool((np.abs(after - before) <= _NOISE_ULPS * np.spacing(np.abs(before))).all())


def _repair_fix(plot: Plot) -> _Outcome:
    if not _is_polygonal(plot.geometry):
        return plot, None, None
    repaired, what = _repair(plot.geometry)
    if repaired is None:
        return plot, None, f"not repaired: {what}; the plot is kept as it was"
    if not what:
        return plot, None, None
    return _with_geometry(plot, repaired), what, None


def _split(plot: Plot) -> tuple[list[Plot], Optional[str], Optional[str]]:
    geometry = plot.geometry
    if geometry is None or geometry.geom_type not in ("MultiPolygon", "MultiPoint") or len(geometry.geoms) < 2:
        return [plot], None, None
    if geometry.geom_type == "MultiPoint":
        return [plot], None, "point_ha is given for the whole plot, so its points are not split automatically"
    pieces = []
    for part in geometry.geoms:
        pieces.append(replace(plot, geometry=part, attributes=dict(plot.attributes),
                              raw_geometry=_raw_of(part) if plot.raw_geometry is not None else None))
    return pieces, f"split into {len(pieces)} plots ({PART_FIELD} 1–{len(pieces)})", None


_GEOMETRY_FIXES: dict[str, Callable[[Plot], _Outcome]] = {
    rules.REINTERPRET_AS_MULTIPOLYGON: _reinterpret,
    rules.CLOSE_RINGS: _close,
    rules.DROP_DUPLICATE_VERTICES: _drop_duplicates,
    rules.REPAIR_GEOMETRY: _repair_fix,
    rules.ROUND_COORDINATES: _round,
}
