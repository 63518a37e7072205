"""The shared part of two partly overlapping plots without a GEOS overlay, for the pairs where it is simple.

For two plots that are each one star-shaped ring (every edge turning strictly the same way around
the mean of its coordinates, :func:`star_rings`) whose outlines cross properly, the shared part's
outline is made of the crossings and of each plot's vertices inside the other: from a point where
the first plot enters the second, along the first plot to where it leaves, then along the second
plot to the next entry, and so on; each cycle of crossings is one part (the shared part of two
star-shaped plots has no holes). This module finds the crossings with numpy (candidate edges from
the rings' angles around their centres, signs of orientation tests certified by an error bound)
and builds those rings exactly as GEOS's overlay does: the same vertices, the crossing points
rounded from their exact values as GEOS's double-double arithmetic rounds them, shells clockwise.
From the rings it measures what the overlap check reports: the planar area, the geodesic area
(:mod:`..geodesy`'s equal-area projection, vertex by vertex) and the point GEOS's point on
surface (InteriorPointArea) gives. Every pair it is not sure of (a touching or collinear edge, a
vertex on or next to the other outline, a crossing point too close to a rounding tie, equally wide
parts, a plot that is not one star-shaped ring) is left to GEOS; ``tests/unit/core/validation/
test_overlap_area.py`` compares the rest with GEOS's intersection coordinate for coordinate.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence

import numpy as np
import shapely

from ..geodesy import M2_PER_HA, to_equal_area

#: Relative margin of the star-shape test (see :func:`star_rings`).
STAR_SINE = 1e-9
_EPS = np.finfo(float).eps
#: Error bound factor for a 2×2 determinant of coordinate differences (generous: Shewchuk's is ~3.3 eps).
_DET_BOUND = 8 * _EPS
#: A crossing is used only when every endpoint is farther from the other segment's line than this
#: fraction of the segments' lengths (1-norm): its point is then clear of them by far more than rounding.
CLEAR_SINE = 1e-9
#: Angular margin (radians) of the candidate-edge searches: far above atan2's error.
_ANGLE_MARGIN = 1e-7
#: Edges of one plot spanning more than this angle around the other's centre leave the pair to GEOS.
_MAX_ARC = 3.0
_TWO_PI = 2 * math.pi


def star_rings(coords: np.ndarray, ring_of: np.ndarray, n_rings: int,
               ring_start: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`steady_star_rings` without the steadiness."""
    star, ccw, cx, cy, _ = steady_star_rings(coords, ring_of, n_rings, ring_start)
    return star, ccw, cx, cy


def steady_star_rings(coords: np.ndarray, ring_of: np.ndarray, n_rings: int, ring_start: Optional[np.ndarray] = None,
                      moved: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For each ring: whether it winds exactly once around the mean of its coordinates, every edge
    turning strictly the same way around it (by more than :data:`STAR_SINE`); whether it turns
    counter-clockwise; and that mean (x, then y).

    Such a ring is simple: its angle around that centre grows steadily through one full turn, so no
    two of its points are in the same direction, let alone at the same place. It is a sufficient
    test only (a ring failing it may be simple); a NaN fails it. ``ring_start`` (each ring's first
    coordinate, then the count), when known, lets the sums run over both columns at once, ring by ring
    (their rounding may differ from sums in coordinate order: any centre the test passes serves).

    Fifth, per ring, whether it is *steady*: a star-shaped ring whose edges turn that way around that
    centre by more than the test's margin plus ``moved`` · (|u|₁ + |w|₁) + 2 ``moved``² (u, w: the edge's
    ends from the centre), which bounds how much the cross product can change when every coordinate
    moves by up to ``moved`` in x and in y. Moved so (e.g. rounded), such a ring still turns strictly
    one way around the same centre at every edge, through one full turn (each turn stays within
    (0, π) all along the move): it stays simple, its polygon valid. All False when ``moved`` is 0.
    """
    if ring_start is not None and len(ring_start) == n_rings + 1 and n_rings and (np.diff(ring_start) > 0).all():
        counts = np.diff(ring_start)
        centre = np.add.reduceat(coords, ring_start[:-1], axis=0) / counts[:, None]
        cx, cy = centre[:, 0], centre[:, 1]
        # Each coordinate's ring centre gathered by its ring number (the same values as repeating the
        # centres ring by ring, ``ring_start`` being where ``ring_of`` changes; a gather is twice as fast).
        dx, dy = coords[:, 0] - cx[ring_of], coords[:, 1] - cy[ring_of]
    else:
        counts = np.bincount(ring_of, minlength=n_rings)
        sizes = np.maximum(counts, 1)
        cx = np.bincount(ring_of, weights=coords[:, 0], minlength=n_rings) / sizes
        cy = np.bincount(ring_of, weights=coords[:, 1], minlength=n_rings) / sizes
        dx, dy = coords[:, 0] - cx[ring_of], coords[:, 1] - cy[ring_of]
    ux, uy, wx, wy = dx[:-1], dy[:-1], dx[1:], dy[1:]
    edge_ring = ring_of[:-1]
    edge = edge_ring == ring_of[1:]
    with np.errstate(invalid="ignore", over="ignore"):
        cross = ux * wy - uy * wx
        size_u, size_w = np.abs(ux) + np.abs(uy), np.abs(wx) + np.abs(wy)
        margin = STAR_SINE * size_u * size_w
        left, right = cross > margin, cross < -margin
        if moved > 0:
            margin += moved * (size_u + size_w) + 2 * moved * moved
            steady_left, steady_right = cross > margin, cross < -margin
    below, above = uy < 0, wy < 0
    # Counts over the few edges each condition holds for (each ring has one or none of most).
    ccw_turns = np.bincount(edge_ring[edge & below & ~above], minlength=n_rings)
    cw_turns = np.bincount(edge_ring[edge & above & ~below], minlength=n_rings)
    not_left = np.bincount(edge_ring[edge & ~left], minlength=n_rings)
    not_right = np.bincount(edge_ring[edge & ~right], minlength=n_rings)
    ccw = (counts >= 4) & (not_left == 0) & (ccw_turns == 1)
    cw = (counts >= 4) & (not_right == 0) & (cw_turns == 1)
    steady = np.zeros(n_rings, dtype=bool)
    if moved > 0:
        steady = ((ccw & (np.bincount(edge_ring[edge & ~steady_left], minlength=n_rings) == 0))
                  | (cw & (np.bincount(edge_ring[edge & ~steady_right], minlength=n_rings) == 0)))
    return ccw | cw, ccw, cx, cy, steady


def take_rows(array: np.ndarray, index: np.ndarray) -> np.ndarray:
    """``array[index]`` for an (n, 2) array and an index (or a boolean mask) over its rows, the same
    values: numpy's fancy indexing of a 2-D array's rows is several times slower than ``take`` and
    ``compress`` along axis 0 (which copy whole rows)."""
    index = np.asarray(index)
    if index.dtype == bool:
        return np.compress(index, array, axis=0)
    return np.take(array, index, axis=0)


def _morton(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Z-order codes of points (16 bits a coordinate, over their bounding box)."""
    codes = np.zeros(len(x), dtype=np.uint64)
    if not len(x):
        return codes
    parts = []
    for v in (x, y):
        lo, hi = np.nanmin(v), np.nanmax(v)
        scaled = np.nan_to_num((v - lo) / ((hi - lo) or 1.0) * 65535.0)
        parts.append(np.clip(scaled, 0, 65535).astype(np.uint64))
    for bit in range(16):
        for k, part in enumerate(parts):
            codes |= ((part >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + k)
    return codes


def map_on_threads(function: Callable[[Any], Any], items: Sequence[Any], workers: int) -> list:
    """``[function(item) for item in items]``, on ``workers`` threads when there are more than one and more than
    one item (numpy releases the GIL while it works on an item's arrays; each answer depends on its item alone)."""
    if workers > 1 and len(items) > 1:
        with ThreadPoolExecutor(workers) as pool:
            return list(pool.map(function, items))
    return [function(item) for item in items]


class StarRings:
    """Star-shaped single-ring plots, counter-clockwise, with their vertices' angles around their centres.

    ``rank[p]`` is the row of plot position ``p`` (−1 when the plot is not one star-shaped ring);
    row ``r`` has vertices ``vertex[first[r]:first[r] + size[r]]`` (no closing repeat), their angles
    ``angle`` around ``centre[r]`` measured from the first vertex's (increasing, in [0, 2π)), and in
    ``key`` the angles offset by 8 per row, sorted as a whole for one search over every row.
    """

    def __init__(self, coords: np.ndarray, ring_of: np.ndarray, ring_owner: np.ndarray, n_plots: int,
                 wanted: Optional[np.ndarray] = None, stars: Optional[tuple[np.ndarray, ...]] = None,
                 ring_start: Optional[np.ndarray] = None, workers: int = 1) -> None:
        """``wanted``: the plot positions needed (default: all); ``stars``: :func:`star_rings` of these
        rings when known; ``ring_start``: each ring's first coordinate, then the count, when known;
        ``workers``: threads filling the rows (each run of rows written by one)."""
        n_rings = len(ring_owner)
        rings_per_plot = np.bincount(ring_owner, minlength=n_plots)
        star, ccw, cx, cy = stars if stars is not None else star_rings(coords, ring_of, n_rings)
        ok_ring = star & (rings_per_plot[ring_owner] == 1)
        if wanted is not None:
            needed = np.zeros(n_plots, dtype=bool)
            needed[wanted] = True
            ok_ring &= needed[ring_owner]
        rings = np.flatnonzero(ok_ring)
        # Rows in a space-filling-curve order of the centres: pairs of neighbours read nearby memory.
        rings = rings[np.argsort(_morton(cx[rings], cy[rings]), kind="stable")]
        self.rank = np.full(n_plots, -1, dtype=np.int64)
        self.rank[ring_owner[rings]] = np.arange(len(rings))
        if ring_start is None:
            ring_start = np.searchsorted(ring_of, np.arange(n_rings + 1, dtype=ring_of.dtype))
        size = ring_start[rings + 1] - ring_start[rings] - 1  # without the closing repeat
        first = np.concatenate([[0], np.cumsum(size)[:-1]]).astype(np.int64)
        total = int(size.sum())
        self.size, self.first = size, first
        # The centre the star test used: the mean of the ring's coordinates (its closing repeat included).
        self.centre = np.column_stack([cx[rings], cy[rings]])
        self.vertex = np.empty((total, 2))
        self.angle = np.empty(total)
        self.key = np.empty(total)
        self.bucket = np.empty(total, dtype=np.int32)  # an index within a row: 4 bytes are plenty
        self.theta0 = np.empty(len(rings))
        self.bounds = np.empty((len(rings), 4))
        # In runs of whole rows of about _VERTEX_RUN vertices: the temporaries stay in the cache.
        cuts = np.unique(np.r_[np.searchsorted(first, np.arange(0, total, _VERTEX_RUN)), len(rings)])
        spans = list(zip(cuts[:-1].tolist(), cuts[1:].tolist()))

        def fill(span: tuple[int, int]) -> None:
            r0, r1 = span
            self._fill(coords, ring_start[rings[r0:r1]], ccw[rings[r0:r1]], r0, r1)

        map_on_threads(fill, spans, workers)

    def _fill(self, coords: np.ndarray, ring_start: np.ndarray, ccw: np.ndarray, r0: int, r1: int) -> None:
        """Vertices (counter-clockwise), angles, keys, buckets and bounds of rows ``r0`` to ``r1``."""
        size = self.size[r0:r1]
        v0 = int(self.first[r0])
        starts = self.first[r0:r1] - v0
        n = int(size.sum())
        local = np.repeat(np.arange(r1 - r0), size)
        # Counter-clockwise order: clockwise rings are read backwards from their last vertex before closing.
        # Vertex i of the run is coordinate origin + step · i of its row (integers: the same rows as
        # begin + offset, or begin + length − 1 − offset, with offset = i − starts).
        if ccw.all():
            where = (ring_start - starts)[local] + np.arange(n)
        else:
            step = np.where(ccw, 1, -1)
            origin = np.where(ccw, ring_start, ring_start + size - 1) - step * starts
            where = origin[local] + step[local] * np.arange(n)
        v1 = v0 + n
        vertex = self.vertex[v0:v1]
        # Straight into the rows ("clip": the indices are in range, and numpy then writes no buffer first).
        np.take(coords, where, axis=0, out=vertex, mode="clip")
        d = vertex - take_rows(self.centre[r0:r1], local)
        theta = np.arctan2(d[:, 1], d[:, 0])
        theta0 = theta[starts]
        angle = self.angle[v0:v1]
        np.mod(np.subtract(theta, theta0[local], out=theta), _TWO_PI, out=angle)
        angle[starts] = 0.0
        np.add(angle, 8.0 * (local + r0), out=self.key[v0:v1])
        self.bucket[v0:v1] = _bucket_starts(angle, local, starts, size[local])
        self.theta0[r0:r1] = theta0
        self.bounds[r0:r1, :2] = np.minimum.reduceat(vertex, starts)
        self.bounds[r0:r1, 2:] = np.maximum.reduceat(vertex, starts)

    def edge_range(self, rows: np.ndarray, start: np.ndarray, length: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For arcs from angle ``start`` (absolute, radians) over ``length`` ≥ 0 around row ``rows``' centre:
        the first edge (index of its first vertex, may be −1 meaning the last edge) and the count of
        the row's edges whose angular span meets the arc (widened by :data:`_ANGLE_MARGIN`)."""
        n = self.size[rows]
        lo = np.mod(start - self.theta0[rows] - _ANGLE_MARGIN, _TWO_PI)
        hi = lo + length + 2 * _ANGLE_MARGIN
        base = 8.0 * rows
        k_lo = np.searchsorted(self.key, base + lo, side="right") - self.first[rows] - 1
        wraps = hi >= _TWO_PI
        hi_in = np.where(wraps, hi - _TWO_PI, hi)
        k_hi = np.searchsorted(self.key, base + hi_in, side="right") - self.first[rows] - 1 + np.where(wraps, n, 0)
        count = np.minimum(k_hi - k_lo + 1, n)
        return k_lo, count

    def edges_at(self, rows: np.ndarray, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For angles ``theta`` (absolute, radians) around row ``rows``' centre: the first and the last
        edge (index of its first vertex; the last may be ≥ the row's size, meaning it wraps round) whose
        angular span meets ``theta`` widened by :data:`_ANGLE_MARGIN`."""
        lo = np.mod(theta - self.theta0[rows] - _ANGLE_MARGIN, _TWO_PI)
        k_lo = self._last_at(rows, lo)
        hi = lo + 2 * _ANGLE_MARGIN
        wraps = hi >= _TWO_PI
        k_hi = self._last_at(rows, np.where(wraps, 0.0, hi), k_lo)
        if wraps.any():
            k_hi[wraps] = self._last_at(rows[wraps], hi[wraps] - _TWO_PI) + self.size[rows[wraps]]
        return k_lo, k_hi

    def _last_at(self, rows: np.ndarray, angle: np.ndarray, start: Optional[np.ndarray] = None) -> np.ndarray:
        """Index in row ``rows`` of the last vertex whose angle is at most ``angle`` (in [0, 2π)); the
        search steps forward from ``start`` when given (a vertex at or before that one)."""
        n, first = self.size[rows], self.first[rows]
        if start is None:
            k = self.bucket[first + _bucket_number(angle, n)].astype(np.int64)
        else:
            k = start.copy()
        # The searches still stepping, with their index, row size, row start and angle (kept together).
        moving, k_m, n_m, first_m, angle_m = np.arange(len(rows)), k, n, first, angle
        for _ in range(_STEPS):
            step = k_m + 1
            ahead = step < n_m
            ahead &= self.angle[first_m + np.minimum(step, n_m - 1)] <= angle_m
            moving = moving[ahead]
            if not len(moving):
                return k
            k_m, n_m, first_m, angle_m = step[ahead], n_m[ahead], first_m[ahead], angle_m[ahead]
            k[moving] = k_m
        # Vertices crowded in a few buckets: a binary search for the rest.
        k[moving] = (np.searchsorted(self.key, 8.0 * rows[moving] + angle_m, side="right") - first_m - 1)
        return k


def _bucket_number(angle: np.ndarray, size: np.ndarray) -> np.ndarray:
    """The bucket of each angle (in [0, 2π)) in a row of ``size`` buckets evenly over the turn: one
    formula for the vertices and for the searches (a product by one factor is monotone in floating
    point, so a vertex in an earlier bucket than an angle never lies beyond it)."""
    return np.minimum((angle * (size / _TWO_PI)).astype(np.int64), size - 1)


def _bucket_starts(angle: np.ndarray, local: np.ndarray, starts: np.ndarray, length: np.ndarray) -> np.ndarray:
    """Per row (vertices ``starts[r]`` on, row ``local`` of each vertex, ``length`` its row's size, angles
    increasing from 0), as many buckets as vertices (:func:`_bucket_number`): for each bucket the last
    vertex of an earlier bucket (the first vertex, at angle 0, when there is none). A search for an
    angle starts there, at or before it, and steps forward. Counted, not searched: the vertices of a row
    come in bucket order, so those of earlier buckets are its first ones."""
    row_start = starts[local]
    counts = np.bincount(row_start + _bucket_number(angle, length), minlength=len(angle))
    before = np.cumsum(counts) - counts  # vertices of the run in earlier buckets (earlier rows included)
    return np.maximum(before - row_start - 1, 0)


def _expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For groups of ``counts`` items: each item's group and its rank within the group."""
    group = np.repeat(np.arange(len(counts)), counts)
    starts = np.cumsum(counts) - counts
    return group, np.arange(len(group)) - starts[group]


def _orient(ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray,
            cx: np.ndarray, cy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Orientation of c relative to the line a→b: +1 left, −1 right, 0 when the sign is not certain."""
    left = (bx - ax) * (cy - ay)
    right = (by - ay) * (cx - ax)
    det = left - right
    bound = _DET_BOUND * (np.abs(left) + np.abs(right))
    sign = np.where(det > bound, 1, np.where(det < -bound, -1, 0))
    return sign, det


def _cross_point(p1x, p1y, p2x, p2y, q1x, q1y, q2x, q2y):
    """The crossing point of segments p and q (properly crossing), rounded from its exact value as
    correctly as double precision allows, and whether that rounding is certain (the computed value
    is farther from a rounding tie than its error bound)."""
    ax, ay = q1x - p1x, q1y - p1y
    bx, by = q2x - q1x, q2y - q1y
    dx, dy = p2x - p1x, p2y - p1y
    num_l, num_r = ax * by, ay * bx
    den_l, den_r = dx * by, dy * bx
    num, den = num_l - num_r, den_l - den_r
    t = num / den
    rel = (_EPS * (np.abs(num_l) + np.abs(num_r)) / np.abs(num) + _EPS * (np.abs(den_l) + np.abs(den_r))
           / np.abs(den) + 4 * _EPS)
    # Differences of the inputs are exact only when they are close (Sterbenz); bound their rounding too.
    rel += _EPS * 4
    out = []
    sure = np.ones(len(t), dtype=bool)
    for base, step in ((p1x, dx), (p1y, dy)):
        s = step * t
        err = 4 * np.abs(s) * rel + _EPS * np.abs(step) * np.abs(t)
        value = base + s
        # Two-sum: the exact rounding error of base + s.
        bb = value - base
        r = (base - (value - bb)) + (s - bb)
        half = np.spacing(np.nextafter(np.abs(value), 0.0)) / 2
        sure &= np.abs(r) + err < half
        out.append(value)
    return out[0], out[1], sure


#: Steps forward from a bucket before a binary search takes over.
_STEPS = 8
#: Vertices per run while the rows are made.
_VERTEX_RUN = 1 << 16
#: Pairs per run of the vectorised work: each run's arrays stay in the processor's cache (and numpy
#: reuses their memory instead of mapping fresh pages for each temporary).
PAIR_RUN = 1024


@dataclass
class SharedParts:
    """What :func:`shared_rings` found, per pair: ``done`` where it could; there the planar ``area`` of the
    shared part (0: the plots do not overlap), its geodesic area in ``hectares`` and GEOS's
    ``location`` (point on surface; NaN without area); ``polygons`` when asked for."""

    done: np.ndarray
    area: np.ndarray
    hectares: np.ndarray
    location: np.ndarray
    polygons: np.ndarray

    @classmethod
    def empty(cls, n: int) -> SharedParts:
        return cls(np.zeros(n, dtype=bool), np.full(n, np.nan), np.full(n, np.nan), np.full((n, 2), np.nan),
                   np.empty(n, dtype=object))

    def put(self, where: np.ndarray, other: SharedParts) -> None:
        for name in ("done", "area", "hectares", "location", "polygons"):
            getattr(self, name)[where] = getattr(other, name)


def shared_rings(stars: StarRings, left: np.ndarray, right: np.ndarray, geometries: bool = False,
                 workers: int = 1) -> SharedParts:
    """For plot pairs (positions ``left[k]``, ``right[k]``) that overlap only partly (neither inside the
    other): their shared parts' planar area, geodesic area and point on surface, each as GEOS gives it
    for ``shapely.intersection`` (areas up to rounding, the point exactly), where computed here; the
    polygons themselves too with ``geometries`` (coordinate for coordinate GEOS's).

    A pair is done here when both plots are star-shaped single rings and their outlines cross
    properly (the shared part: one polygon per cycle of crossings), or certainly never (no shared
    part); the others are left to GEOS.

    Without ``geometries``, each pair is taken from its plot of fewer vertices (the search's plot A:
    its vertices in the shared box are the ones searched for, the other's edges found by angle): the
    same shared part, its crossings rounded the same (correctly), its point the same; the areas summed
    around another first vertex (other roundings, within a few units of the last place). The polygons
    keep GEOS's vertex order, from the first plot of the pair.

    The pairs are taken in runs of :data:`PAIR_RUN`, on ``workers`` threads when more than one (numpy
    releases the GIL while it works on a run's arrays; each pair's answer depends on that pair alone)."""
    n_pairs = len(left)
    result = SharedParts.empty(n_pairs)
    ra, rb = stars.rank[left], stars.rank[right]
    todo = np.flatnonzero((ra >= 0) & (rb >= 0))
    if not geometries:
        swap = todo[stars.size[rb[todo]] < stars.size[ra[todo]]]
        ra[swap], rb[swap] = rb[swap], ra[swap]
    todo = todo[np.argsort(ra[todo], kind="stable")]
    runs = [todo[lo:lo + PAIR_RUN] for lo in range(0, len(todo), PAIR_RUN)]

    def one(run: np.ndarray) -> SharedParts:
        return _shared_run(stars, ra[run], rb[run], geometries)

    for run, part in zip(runs, map_on_threads(one, runs, workers)):
        result.put(run, part)
    return result


#: How two outlines meet (:func:`star_inside`): certainly no common point; certainly crossing properly.
APART, CROSSING = 1, 2


def star_inside(stars: StarRings, inner: np.ndarray, outer: np.ndarray, workers: int = 1) -> np.ndarray:
    """For plot pairs (positions ``inner[k]``, ``outer[k]``): 1 where the inner plot certainly lies inside the
    outer one (what ``shapely.contains(outer, inner)`` says), −1 where it certainly does not, 0 where not
    sure (a plot not one star-shaped ring, outlines touching or too close to tell).

    Both plots star-shaped single rings: when an outline crosses the other properly (certified as in
    :func:`shared_rings`), the inner plot has points outside the outer one; when the outlines certainly
    share no point, the inner plot lies inside the outer one exactly when a vertex of it does, which
    the outer ring's edge at that vertex's angle around its centre tells (:func:`star_contains_points`)."""
    verdict = np.zeros(len(inner), dtype=np.int8)
    ri, ro = stars.rank[inner], stars.rank[outer]
    todo = np.flatnonzero((ri >= 0) & (ro >= 0))
    if not len(todo):
        return verdict
    # The outer plot first: the edges searched are its edges within the inner plot's box (a narrow wedge).
    todo = todo[np.argsort(ro[todo], kind="stable")]
    runs = [todo[lo:lo + PAIR_RUN] for lo in range(0, len(todo), PAIR_RUN)]

    def one(run: np.ndarray) -> np.ndarray:
        contacts = np.zeros(len(run), dtype=np.int8)
        _shared_run(stars, ro[run], ri[run], False, contacts)
        return contacts

    contacts = np.zeros(len(inner), dtype=np.int8)
    for run, part in zip(runs, map_on_threads(one, runs, workers)):
        contacts[run] = part
    verdict[contacts == CROSSING] = -1
    apart = np.flatnonzero(contacts == APART)
    verdict[apart] = star_contains_points(stars, ro[apart], take_rows(stars.vertex, stars.first[ri[apart]]))
    return verdict


def star_contains_points(stars: StarRings, rows: np.ndarray, points: np.ndarray) -> np.ndarray:
    """For points (``points[k]``) and rows of ``stars`` (``rows[k]``): 1 where the point is certainly inside the
    row's ring, −1 certainly outside, 0 not sure. The ring (counter-clockwise) is star-shaped around its
    centre: within the wedge of one edge around the centre, a point is inside exactly when it is left of
    that edge. Every edge whose wedge may hold the point (:meth:`StarRings.edges_at`) must agree."""
    verdict = np.zeros(len(rows), dtype=np.int8)
    if not len(rows):
        return verdict
    centre = take_rows(stars.centre, rows)
    theta = np.arctan2(points[:, 1] - centre[:, 1], points[:, 0] - centre[:, 0])
    k_lo, k_hi = stars.edges_at(rows, theta)
    size = stars.size[rows]
    count = np.minimum(k_hi - k_lo + 1, size)
    which, k = _expand(count)
    row, n = rows[which], size[which]
    j = np.mod(k_lo[which] + k, n)
    q1 = take_rows(stars.vertex, stars.first[row] + j)
    q2 = take_rows(stars.vertex, stars.first[row] + np.mod(j + 1, n))
    p = take_rows(points, which)
    with np.errstate(invalid="ignore", over="ignore"):
        sign, _ = _orient(q1[:, 0], q1[:, 1], q2[:, 0], q2[:, 1], p[:, 0], p[:, 1])
    left = np.bincount(which, weights=sign > 0, minlength=len(rows))
    right = np.bincount(which, weights=sign < 0, minlength=len(rows))
    verdict[(left == count) & (count > 0)] = 1
    verdict[(right == count) & (count > 0)] = -1
    return verdict


def _shared_run(stars: StarRings, ra: np.ndarray, rb: np.ndarray, geometries: bool,
                contacts: Optional[np.ndarray] = None) -> SharedParts:
    """:func:`shared_rings` for pairs of rows (``ra[k]``, ``rb[k]``). With ``contacts`` (one int8 per pair),
    only how the outlines meet is found and written there (:data:`APART`, :data:`CROSSING` or 0: not
    sure), and nothing else (the parts returned stay empty)."""
    todo = np.arange(len(ra))
    out = SharedParts.empty(len(ra))
    shared, done, hectares, area, location = out.polygons, out.done, out.hectares, out.area, out.location
    bad = np.zeros(len(todo), dtype=bool)
    vertex, first, size = stars.vertex, stars.first, stars.size

    # The outlines can cross only inside both bounding boxes: A's edges there lie in the wedge that box
    # spans around A's centre (a run of A's vertices, A being star-shaped around it).
    box_a, box_b = stars.bounds[ra], stars.bounds[rb]
    box = np.column_stack([np.maximum(box_a[:, :2], box_b[:, :2]), np.minimum(box_a[:, 2:], box_b[:, 2:])])
    ca = stars.centre[ra]
    inside_box = (ca[:, 0] >= box[:, 0]) & (ca[:, 0] <= box[:, 2]) & (ca[:, 1] >= box[:, 1]) & (ca[:, 1] <= box[:, 3])
    corners = np.stack([box[:, [0, 1]], box[:, [2, 1]], box[:, [2, 3]], box[:, [0, 3]]], axis=1) - ca[:, None, :]
    mid = np.arctan2(corners[:, :, 1].sum(axis=1), corners[:, :, 0].sum(axis=1))
    rel = np.mod(np.arctan2(corners[:, :, 1], corners[:, :, 0]) - mid[:, None] + math.pi, _TWO_PI) - math.pi
    w_lo, w_hi = rel.min(axis=1), rel.max(axis=1)
    whole = inside_box | (w_hi - w_lo > _MAX_ARC)
    e_lo, e_count = stars.edge_range(ra, mid + w_lo, w_hi - w_lo)
    e_lo = np.where(whole, 0, e_lo)
    e_count = np.where(whole, size[ra], e_count)

    # The run's vertices (one more than its edges), their angles around B's centre and the B edges
    # around those angles (widened by the margin): the B edges an A edge may cross lie between.
    v_pair, k = _expand(e_count + 1)
    a_row = ra[v_pair]
    iv = np.mod(e_lo[v_pair] + k, size[a_row])
    pv = take_rows(vertex, first[a_row] + iv)
    # Edges: vertex m to m + 1 of the same pair, meeting the box (their ends not both beyond one side).
    x0, y0, x1, y1 = (np.ascontiguousarray(box[:, k])[v_pair] for k in range(4))
    px, py = pv[:, 0], pv[:, 1]
    side = ((px < x0).view(np.uint8) | (px > x1).view(np.uint8) << 1
            | (py < y0).view(np.uint8) << 2 | (py > y1).view(np.uint8) << 3)
    m = np.flatnonzero((v_pair[1:] == v_pair[:-1]) & ((side[1:] & side[:-1]) == 0))
    p1, p2 = take_rows(pv, m), take_rows(pv, m + 1)
    # The edges' ends: their angles around B's centre and the B edges around those angles (widened by
    # the margin): the B edges an A edge may cross lie between.
    needed = np.zeros(len(pv), dtype=bool)
    needed[m] = needed[m + 1] = True
    ends = np.flatnonzero(needed)
    b_of_end = rb[v_pair[ends]]
    cb = take_rows(stars.centre, b_of_end)
    p_end = take_rows(pv, ends)
    theta = np.empty(len(pv))
    b_lo, b_hi = np.empty(len(pv), dtype=np.int64), np.empty(len(pv), dtype=np.int64)
    theta[ends] = np.arctan2(p_end[:, 1] - cb[:, 1], p_end[:, 0] - cb[:, 0])
    b_lo[ends], b_hi[ends] = stars.edges_at(b_of_end, theta[ends])
    pair, ia = v_pair[m], iv[m]
    b_row = rb[pair]
    nb_e = size[b_row]
    sweep = np.mod(theta[m + 1] - theta[m] + math.pi, _TWO_PI) - math.pi
    wide = np.abs(sweep) > _MAX_ARC
    np.logical_or.at(bad, pair[wide], True)
    forward = sweep >= 0
    lo_k = np.where(forward, b_lo[m], b_lo[m + 1])
    hi_k = np.where(forward, b_hi[m + 1], b_hi[m])
    b_count = np.where(wide, 0, np.minimum(np.mod(hi_k - lo_k, nb_e) + 1, nb_e))
    cand, kb = _expand(b_count)
    nb_c, at = nb_e[cand], first[b_row[cand]]
    jb = np.mod(lo_k[cand] + kb, nb_c)
    at += jb
    q1 = take_rows(vertex, at)
    q2 = take_rows(vertex, np.where(jb + 1 == nb_c, at - jb, at + 1))  # the edge's end: the row's next vertex
    p1c, p2c = take_rows(p1, cand), take_rows(p2, cand)
    # Only segments whose boxes meet can cross.
    boxes_meet = ((np.maximum(p1c[:, 0], p2c[:, 0]) >= np.minimum(q1[:, 0], q2[:, 0]))
                  & (np.maximum(q1[:, 0], q2[:, 0]) >= np.minimum(p1c[:, 0], p2c[:, 0]))
                  & (np.maximum(p1c[:, 1], p2c[:, 1]) >= np.minimum(q1[:, 1], q2[:, 1]))
                  & (np.maximum(q1[:, 1], q2[:, 1]) >= np.minimum(p1c[:, 1], p2c[:, 1])))
    near = np.flatnonzero(boxes_meet)
    cand, jb = cand[near], jb[near]
    p1c, p2c, q1, q2 = take_rows(p1c, near), take_rows(p2c, near), take_rows(q1, near), take_rows(q2, near)
    pair_c, ia_c = pair[cand], ia[cand]

    # Orientation tests, certified; a near-zero one on segments whose boxes meet leaves the pair to GEOS.
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        s1, d1 = _orient(p1c[:, 0], p1c[:, 1], p2c[:, 0], p2c[:, 1], q1[:, 0], q1[:, 1])
        s2, d2 = _orient(p1c[:, 0], p1c[:, 1], p2c[:, 0], p2c[:, 1], q2[:, 0], q2[:, 1])
        s3, d3 = _orient(q1[:, 0], q1[:, 1], q2[:, 0], q2[:, 1], p1c[:, 0], p1c[:, 1])
        s4, d4 = _orient(q1[:, 0], q1[:, 1], q2[:, 0], q2[:, 1], p2c[:, 0], p2c[:, 1])
    unsure = ((s1 == 0) | (s2 == 0) | (s3 == 0) | (s4 == 0))
    hit = (s1 * s2 < 0) & (s3 * s4 < 0)
    # A crossing must also be clear of the four endpoints (each farther from the other segment's line
    # than :data:`CLEAR_SINE` of the lengths): GEOS may snap the nodes of a crossing at a vertex.
    dp, dq = p2c - p1c, q2 - q1
    scale = CLEAR_SINE * (np.abs(dp).sum(axis=1) * np.abs(dq).sum(axis=1))
    close = (np.abs(d1) <= scale) | (np.abs(d2) <= scale) | (np.abs(d3) <= scale) | (np.abs(d4) <= scale)
    unsure |= hit & close
    np.logical_or.at(bad, pair_c[unsure], True)
    # The same edge pair may be found twice (arcs overlap at their ends): keep one.
    hit_idx = np.flatnonzero(hit)
    key = (pair_c[hit_idx].astype(np.int64) * (1 << 21) + ia_c[hit_idx]) * (1 << 21) + jb[hit_idx]
    key, keep = np.unique(key, return_index=True)
    hit_idx = hit_idx[keep]
    h_pair = pair_c[hit_idx]
    crossings = np.bincount(h_pair, minlength=len(todo))
    bad |= crossings % 2 == 1
    if contacts is not None:
        # A proper crossing, certain (its signs certified, its point clear of the ends), whatever else is unsure.
        crossing = np.bincount(pair_c[hit & ~close], minlength=len(todo)) > 0
        contacts[:] = np.where(crossing, CROSSING, np.where((crossings == 0) & ~bad, APART, 0))
        return out

    # No crossing, certainly: the outlines are apart and neither plot lies inside the other.
    empty = (crossings == 0) & ~bad
    if geometries:
        shared[todo[empty]] = shapely.Polygon()
    done[todo[empty]] = True
    area[todo[empty]] = hectares[todo[empty]] = 0.0

    even = (crossings >= 2) & ~bad
    sel = np.flatnonzero(even[h_pair])
    if not len(sel):
        return out
    hi_ = hit_idx[sel]
    pr = h_pair[sel]
    x, y, sure = _cross_point(p1c[hi_, 0], p1c[hi_, 1], p2c[hi_, 0], p2c[hi_, 1],
                              q1[hi_, 0], q1[hi_, 1], q2[hi_, 0], q2[hi_, 1])
    p1h, q1h = take_rows(p1c, hi_), take_rows(q1, hi_)
    # A crossing point that rounds onto an endpoint would merge with it: left to GEOS.
    on_end = (((x == p1h[:, 0]) & (y == p1h[:, 1])) | ((x == p2c[hi_, 0]) & (y == p2c[hi_, 1]))
              | ((x == q1h[:, 0]) & (y == q1h[:, 1])) | ((x == q2[hi_, 0]) & (y == q2[hi_, 1])))
    ok = np.ones(len(todo), dtype=bool)
    np.logical_and.at(ok, pr, sure & ~on_end)
    entering = s4[hi_] > 0  # A's edge ends left of B's edge (B counter-clockwise): A enters B
    ia_h, jb_h = ia_c[hi_], jb[hi_]
    # Each crossing's place along A and along B (edge, then distance from the edge's start).
    along_a = np.abs(x - p1h[:, 0]) + np.abs(y - p1h[:, 1])
    along_b = np.abs(x - q1h[:, 0]) + np.abs(y - q1h[:, 1])
    next_a, count_a, tie_a = _next_along(pr, ia_h, along_a, size[ra[pr]])
    next_b, count_b, tie_b = _next_along(pr, jb_h, along_b, size[rb[pr]])
    # Crossings alternate: after an entry along A comes an exit, after an exit along B an entry.
    wrong = np.where(entering, entering[next_a], ~entering[next_b]) | tie_a | tie_b
    np.logical_and.at(ok, pr, ~wrong)
    # The shared part's outline: entry, A's vertices up to the exit, exit, B's vertices up to the next
    # entry, … The pairs whose entries make one cycle have one ring: the others are left to GEOS.
    n_h = len(pr)
    succ = np.where(entering, next_b[next_a], np.arange(n_h))
    label = np.where(entering, np.arange(n_h), n_h)
    step = succ.copy()
    for _ in range(max(1, int(np.ceil(np.log2(max(int(crossings.max()), 2)))) + 1)):
        label = np.minimum(label, label[step])
        step = step[step]
    leader = entering & (label == np.arange(n_h))
    keep = ok[pr]
    # Rank of each entry around its cycle, from the leader.
    rank = np.full(n_h, -1, dtype=np.int64)
    current = np.flatnonzero(leader & keep)
    start = current.copy()
    rank[current] = 0
    for number in range(1, int(crossings.max()) // 2 + 1):
        current = succ[current]
        moving = current != start
        current, start = current[moving], start[moving]
        if not len(current):
            break
        rank[current] = number
    entries = np.flatnonzero(entering & keep)
    entries = entries[_lexsort(rank[entries], pr[entries] * (n_h + 1) + label[entries])]
    if not len(entries):
        return out
    exits = next_a[entries]
    # Per entry (a piece of the outline): its point, count_a of A's vertices, the exit's point, count_b of
    # B's vertices. Position pos of a piece is A's vertex ia + pos for pos ≤ count_a + 1, B's vertex
    # jb − count_a − 1 + pos after (of the exit's B edge jb); the entry (pos 0) and the exit (count_a + 1)
    # are then written over with the crossings. Rows of A and of B per piece interleaved: one gather each.
    ca, cb = count_a[entries], count_b[exits]
    piece = ca + cb + 2
    e_pair = pr[entries]
    piece_pos, pos = _expand(piece)
    piece_start = np.cumsum(piece) - piece
    a_rows, b_rows = ra[e_pair], rb[e_pair]
    half = 2 * piece_pos + (pos > ca[piece_pos])
    row_first = np.column_stack([first[a_rows], first[b_rows]]).ravel()[half]
    row_size = np.column_stack([size[a_rows], size[b_rows]]).ravel()[half]
    shift = np.column_stack([ia_h[entries], jb_h[exits] - ca - 1]).ravel()[half]
    coords = take_rows(vertex, row_first + np.mod(shift + pos, row_size))
    xy = np.column_stack([x, y])
    coords[piece_start] = take_rows(xy, entries)
    coords[piece_start + ca + 1] = take_rows(xy, exits)
    # Rings: runs of pieces of one cycle (one label), found piece by piece.
    piece_label = label[entries]
    piece_ring = np.cumsum(np.r_[True, piece_label[1:] != piece_label[:-1]]) - 1
    ring_id = piece_ring[piece_pos]
    ring_starts = piece_start[np.r_[True, piece_ring[1:] != piece_ring[:-1]]]
    ring_pair = e_pair[piece_pos[ring_starts]]
    # Terms of the shoelace sums that join the last vertex of a ring to the next ring's first.
    seams = ring_starts[1:] - 1
    # Geodesic area: the planar area of the ring moved to the equal-area projection vertex by vertex (as
    # geodesy.geodesic_area_ha moves the polygon), by the shoelace formula around the ring's first point.
    ex, ey = to_equal_area(coords[:, 0], coords[:, 1])
    ex, ey = ex - ex[ring_starts][ring_id], ey - ey[ring_starts][ring_id]
    term = ex[:-1] * ey[1:] - ex[1:] * ey[:-1]
    term[seams] = 0.0
    ring_m2 = np.bincount(ring_id[:-1], weights=term, minlength=len(ring_starts)) / 2
    # Planar area (what the overlap threshold compares), the same way around the ring's first point.
    d = coords - take_rows(take_rows(coords, ring_starts), ring_id)
    term = d[:-1, 0] * d[1:, 1] - d[1:, 0] * d[:-1, 1]
    term[seams] = 0.0
    ring_area = np.bincount(ring_id[:-1], weights=term, minlength=len(ring_starts)) / 2
    ring_end = np.r_[ring_starts[1:], len(coords)]
    low, high = np.minimum.reduceat(coords, ring_starts), np.maximum.reduceat(coords, ring_starts)
    # Each part's area must be clear of zero by far more than rounding (it is: the crossings are clear).
    clear = ring_area > 1e-12 * ((high - low) ** 2).sum(axis=1)
    width, point = _interior_points(coords, ring_starts, ring_end, low[:, 1], high[:, 1], ring_id)
    pairs_done, part_count = np.unique(ring_pair, return_counts=True)
    part_of = np.searchsorted(pairs_done, ring_pair)
    # GEOS keeps the widest part's point (the first of equal widths, in an order not known here: ties
    # are left to GEOS).
    best = np.full(len(pairs_done), -np.inf)
    np.maximum.at(best, part_of, width)
    at_best = width == best[part_of]
    unique_best = np.bincount(part_of, weights=at_best, minlength=len(pairs_done)) == 1
    sure = unique_best & (np.bincount(part_of, weights=~clear | ~(width > 0), minlength=len(pairs_done)) == 0)
    chosen = np.flatnonzero(at_best)
    where = np.full((len(pairs_done), 2), np.nan)
    where[part_of[chosen]] = point[chosen]
    targets = todo[pairs_done[sure]]
    hectares[targets] = (np.bincount(part_of, weights=ring_m2, minlength=len(pairs_done)) / M2_PER_HA)[sure]
    area[targets] = np.bincount(part_of, weights=ring_area, minlength=len(pairs_done))[sure]
    location[targets] = where[sure]
    done[targets] = True
    if geometries:
        shared[todo[pairs_done]] = _polygons(coords, ring_starts, ring_pair, pairs_done, part_count)
    return out


def _polygons(coords: np.ndarray, ring_starts: np.ndarray, ring_pair: np.ndarray, pairs_done: np.ndarray,
              part_count: np.ndarray) -> np.ndarray:
    """The shared parts as GEOS builds them: each ring closed and reversed (GEOS's shells turn clockwise);
    one polygon a ring (no holes: see :func:`_shared_run`), several parts a multipolygon."""
    closing = np.r_[ring_starts[1:], len(coords)]
    coords = np.insert(coords, closing, coords[ring_starts], axis=0)
    new_ring = np.zeros(len(coords), dtype=bool)
    new_ring[ring_starts + np.arange(len(ring_starts))] = True
    ring_number = np.cumsum(new_ring) - 1
    n_rings = len(ring_starts)
    rings = shapely.linearrings(coords[::-1], indices=n_rings - 1 - ring_number[::-1])[::-1]
    parts = shapely.polygons(rings)
    result = np.empty(len(pairs_done), dtype=object)
    single = part_count == 1
    first_part = np.cumsum(part_count) - part_count
    result[single] = parts[first_part[single]]
    if not single.all():
        several = np.isin(ring_pair, pairs_done[~single])
        result[~single] = shapely.multipolygons(parts[several],
                                                indices=np.searchsorted(pairs_done[~single], ring_pair[several]))
    return result


def _interior_points(coords: np.ndarray, starts: np.ndarray, ends: np.ndarray, min_y: np.ndarray,
                     max_y: np.ndarray, ring: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray]:
    """GEOS's point on the surface of each ring's polygon (``coords[starts[k]:ends[k]]``, counter-clockwise,
    unclosed; ``ring``: each coordinate's ring, when known), computed as GEOS's InteriorPointArea does on
    the clockwise ring: a horizontal line halfway between the vertices' y nearest the middle of the y
    range, the crossings of the ring's edges with it (each edge from its clockwise start), the midpoint
    of the widest section between crossings taken in pairs (the first of equal widths); and that width
    (0 or less: none found)."""
    if ring is None:
        ring = np.repeat(np.arange(len(starts)), ends - starts)
    y = coords[:, 1]
    centre = ((min_y + max_y) / 2.0)[ring]
    lo = np.maximum(np.maximum.reduceat(np.where(y <= centre, y, -np.inf), starts), min_y)
    hi = np.minimum.reduceat(np.where(y > centre, y, np.inf), starts)
    hi = np.where(np.isinf(hi), max_y, hi)
    scan = (hi + lo) / 2.0
    # Clockwise edges: from vertex i + 1 (cyclically) to vertex i.
    nxt = np.arange(1, len(coords) + 1)
    nxt[ends - 1] = starts
    y0, y1, yy = y[nxt], y, scan[ring]
    # The edges GEOS counts (y0 ≠ y1, not both ends above or below the line, an end on the line only
    # when the other is above it): those whose lower end is at most the line and upper end above it
    # (the coordinates are finite).
    e = np.flatnonzero((np.minimum(y0, y1) <= yy) & (yy < np.maximum(y0, y1)))
    x0, x1, y0, y1, yy = coords[nxt[e], 0], coords[e, 0], y0[e], y1[e], yy[e]
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (y1 - y0) / (x1 - x0)
        x = np.where(x0 == x1, x0, x0 + (yy - y0) / slope)
    owner = ring[e]
    order = _lexsort(x, owner)
    x, owner = x[order], owner[order]
    rank = np.arange(len(x)) - np.searchsorted(owner, owner)
    left = np.flatnonzero((rank % 2 == 0) & (np.r_[owner[1:], -1] == owner))
    widths = x[left + 1] - x[left]
    width = np.zeros(len(starts))
    np.maximum.at(width, owner[left], widths)
    # The first section of the widest width, per ring.
    best = np.flatnonzero(widths == width[owner[left]])
    best = best[np.r_[True, owner[left][best][1:] != owner[left][best][:-1]]]
    point = np.full((len(starts), 2), np.nan)
    rows = owner[left][best]
    point[rows, 0] = (x[left][best] + x[left + 1][best]) / 2.0
    point[rows, 1] = scan[rows]
    odd = np.bincount(owner, minlength=len(starts)) % 2 == 1
    width[odd] = 0.0
    return width, point


def _lexsort(values: np.ndarray, key: np.ndarray) -> np.ndarray:
    """``np.lexsort([values, key])`` for integers ``key`` (by key, then value, then position): a stable
    argsort of the keys, then only the runs of equal keys (few) by ``lexsort`` — the same order, several
    times faster than ``lexsort`` over everything."""
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    tied = sorted_key[1:] == sorted_key[:-1]
    if tied.any():
        at = np.flatnonzero(np.r_[tied, False] | np.r_[False, tied])
        some = order[at]
        order[at] = some[np.lexsort([values[some], sorted_key[at]])]
    return order


def _next_along(pair: np.ndarray, edge: np.ndarray, along: np.ndarray,
                size: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For crossings of pairs (``pair``) on a ring's edges (``edge``, ``along`` it from its start): the
    next crossing of the same pair along the ring (cyclically), the count of ring vertices passed on
    the way, and whether the order was a tie (two crossings at the same place of one edge)."""
    n = len(pair)
    order = _lexsort(along, pair * (int(edge.max()) + 1) + edge) if n else np.zeros(0, dtype=np.int64)
    sorted_pair = pair[order]
    group_start = np.flatnonzero(np.r_[True, sorted_pair[1:] != sorted_pair[:-1]])
    group_end = np.r_[group_start[1:], n]
    following = np.arange(1, n + 1)
    following[group_end - 1] = group_start
    nxt = np.empty(n, dtype=np.int64)
    nxt[order] = order[following]
    e0, e1 = edge, edge[nxt]
    count = np.mod(e1 - e0, size)
    same = e0 == e1
    count = np.where(same & (along[nxt] < along), size, count)
    tie = same & (along[nxt] == along) & (nxt != np.arange(n))
    return nxt, count, tie
