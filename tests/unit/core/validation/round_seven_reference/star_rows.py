"""Round seven's versions of the two pieces of ``core.validation.overlap_area`` that round eight changed
(``StarRings._fill``, ``steady_star_rings``), copied unchanged; the rest of the module is the same in both
rounds. :func:`round_seven` puts them in place of today's, in ``overlap_area`` and in ``checks`` (which
imports ``steady_star_rings``), so today's code runs as round seven's did."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional
from unittest import mock

import numpy as np

from vantage_plugin.core.validation import checks, overlap_area
from vantage_plugin.core.validation.overlap_area import _TWO_PI, STAR_SINE, _bucket_starts, take_rows


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
        dx, dy = coords[:, 0] - np.repeat(cx, counts), coords[:, 1] - np.repeat(cy, counts)
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


def fill(self, coords: np.ndarray, ring_start: np.ndarray, ccw: np.ndarray, r0: int, r1: int) -> None:
    """Vertices (counter-clockwise), angles, keys, buckets and bounds of rows ``r0`` to ``r1``."""
    size = self.size[r0:r1]
    v0 = int(self.first[r0])
    starts = self.first[r0:r1] - v0
    n = int(size.sum())
    local = np.repeat(np.arange(r1 - r0), size)
    offset = np.arange(n) - starts[local]
    # Counter-clockwise order: clockwise rings are read backwards from their last vertex before closing.
    begin, length = ring_start[local], size[local]
    vertex = take_rows(coords, np.where(ccw[local], begin + offset, begin + length - 1 - offset))
    d = vertex - take_rows(self.centre[r0:r1], local)
    theta = np.arctan2(d[:, 1], d[:, 0])
    theta0 = theta[starts]
    angle = np.mod(theta - theta0[local], _TWO_PI)
    angle[starts] = 0.0
    key = angle + 8.0 * (local + r0)
    bucket = _bucket_starts(angle, local, starts, length)
    v1 = v0 + n
    self.vertex[v0:v1], self.angle[v0:v1], self.key[v0:v1], self.bucket[v0:v1] = vertex, angle, key, bucket
    self.theta0[r0:r1] = theta0
    self.bounds[r0:r1, :2] = np.minimum.reduceat(vertex, starts)
    self.bounds[r0:r1, 2:] = np.maximum.reduceat(vertex, starts)


@contextmanager
def round_seven() -> Iterator[None]:
    """Today's ``overlap_area`` and ``checks`` with round seven's star rows and steady-star test."""
    with mock.patch.object(overlap_area.StarRings, "_fill", fill), \
            mock.patch.object(overlap_area, "steady_star_rings", steady_star_rings), \
            mock.patch.object(checks, "steady_star_rings", steady_star_rings):
        yield
