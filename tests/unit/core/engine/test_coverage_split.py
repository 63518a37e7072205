"""The edge split of exact coverage without masks (issue 13, round three) against the previous
implementation, kept here as the reference: the same pieces bit for bit, and the same coverage
fractions bit for bit on star-shaped plots (10 m and 30 m like cells, holes, multipolygons)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from tests.fixtures.shapes import star
from vantage_plugin.core.engine import coverage
from vantage_plugin.core.engine.coverage import _split_at_integers, exact_coverage, polygon_rings


def _split_reference(s0, s1, x0, dx):
    """Round two's ``_split_at_integers`` (crossings per segment, masks to place them)."""
    xa = x0 + s0 * dx
    xb = x0 + s1 * dx
    first = np.ceil(np.minimum(xa, xb))
    last = np.floor(np.maximum(xa, xb))
    moving = dx != 0
    n = np.where(moving, np.maximum(last - first + 1, 0), 0).astype(np.int64)
    m = len(n)
    seg = np.repeat(np.arange(m, dtype=np.int64), n + 1)
    crossings = int(n.sum())
    if crossings == 0:
        return seg, s0.copy(), s1.copy()
    has = np.flatnonzero(n)
    nh = n[has]
    k = np.arange(crossings, dtype=np.int64) - np.repeat(np.cumsum(nh) - nh, nh)
    up = dx[has] > 0
    origin = np.repeat(np.where(up, first[has], last[has]) - x0[has], nh)
    step = np.repeat(np.where(up, 1.0, -1.0), nh)
    inv = np.repeat(1.0 / dx[has], nh)
    t = (origin + step * k) * inv
    np.clip(t, 0.0, 1.0, out=t)
    head = np.cumsum(n + 1) - (n + 1)
    start = np.empty(len(seg))
    end = np.empty(len(seg))
    inner = np.ones(len(seg), dtype=bool)
    inner[head] = False
    start[head] = s0
    start[inner] = t
    tail = head + n
    inner[head] = True
    inner[tail] = False
    end[tail] = s1
    end[inner] = t
    return seg, start, end


def _bits(a):
    return np.ascontiguousarray(a, dtype=np.float64).view(np.int64)


def _same(got, want):
    assert np.array_equal(got[0], want[0])
    assert np.array_equal(_bits(got[1]), _bits(want[1]))
    assert np.array_equal(_bits(got[2]), _bits(want[2]))


def test_split_matches_the_previous_split_bit_for_bit():
    rng = np.random.default_rng(4)
    n = 5000
    s0 = rng.uniform(0, 0.5, n)
    s1 = s0 + rng.uniform(0, 0.5, n)
    x0 = rng.uniform(-50, 50, n)
    dx = rng.normal(0, 8, n)
    dx[:200] = 0.0  # along the axis
    x0[200:600] = np.round(x0[200:600])  # starting on a line
    dx[600:800] = rng.uniform(-1e-9, 1e-9, 200)  # almost along the axis
    s1[800:900] = s0[800:900]  # empty segments
    s0[900:1000], s1[900:1000] = 0.0, 1.0
    x0[1000:1100], dx[1000:1100] = 3.0, 2.0  # from one line to another
    x0[1100:1200], dx[1100:1200] = 3.0, -2.0
    _same(_split_at_integers(s0, s1, x0, dx), _split_reference(s0, s1, x0, dx))
    # no crossing at all, one segment, nothing
    for sl in (slice(0, 200), slice(1000, 1001), slice(0, 0)):
        _same(_split_at_integers(s0[sl], s1[sl], x0[sl], dx[sl]), _split_reference(s0[sl], s1[sl], x0[sl], dx[sl]))


@pytest.mark.parametrize("cell", [1.0, 0.3])
def test_coverage_matches_the_coverage_with_the_previous_split(monkeypatch, cell):
    rng = np.random.default_rng(9)
    plots = [star(rng, rng.uniform(0, 200), rng.uniform(0, 200), rng.uniform(0.5, 30), int(rng.integers(4, 150)),
                   hole=k % 7 == 0) for k in range(300)]
    plots.append(shapely.MultiPolygon([shapely.box(5, 5, 7.5, 6.2), shapely.box(9.3, 5.1, 12, 8)]))
    plots.append(shapely.box(20, 20, 23, 24))  # on the cell lines
    geoms = np.array(plots, dtype=object)
    rings = polygon_rings(geoms)
    u, v = rings.xy[:, 0] / cell, rings.xy[:, 1] / cell
    new = exact_coverage(u, v, rings, extent=(int(210 / cell), int(190 / cell)))  # some plots cut by the extent
    monkeypatch.setattr(coverage, "_split_at_integers", _split_reference)
    old = exact_coverage(u, v, rings, extent=(int(210 / cell), int(190 / cell)))
    assert np.array_equal(_bits(new.fraction), _bits(old.fraction))
    assert new.fraction.sum() > 100  # something was covered
