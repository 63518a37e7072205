"""Round four's fast paths against the straightforward reference: the vertex buckets of the star-shaped
rings counted instead of searched, on random, crowded, collinear-edged and tiny rings."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, box

from vantage_plugin.core.validation import checks
from vantage_plugin.core.validation.overlap_area import StarRings, _bucket_number, star_rings


def _ring(rng: np.random.Generator, cx: float, cy: float, r: float, angles: np.ndarray) -> Polygon:
    radius = r * (1 + rng.uniform(-0.2, 0.2, len(angles)))
    return Polygon(np.column_stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)]))


def _shapes(rng: np.random.Generator) -> list:
    shapes: list = []
    for k in range(300):
        m = int(rng.integers(3, 120))
        angles = np.sort(rng.uniform(0, 2 * math.pi, m)) if k % 2 else np.linspace(0, 2 * math.pi, m, endpoint=False)
        shapes.append(_ring(rng, rng.uniform(-170, 170), rng.uniform(-80, 80), 10.0 ** rng.uniform(-5, -1), angles))
    # Vertices crowded into a few buckets, on bucket boundaries, collinear edges, clockwise rings.
    crowded = np.r_[np.linspace(0, 0.3, 200), [2.0, 4.0]]
    shapes.append(Polygon(np.column_stack([2 + 1e-3 * np.cos(crowded), 2 + 1e-3 * np.sin(crowded)])))
    shapes.append(box(0, 0, 1, 1))
    shapes.append(Polygon([(0, 0), (0.5, 0), (1, 0), (1, 1), (0.5, 1), (0, 1)]))  # collinear edges
    shapes.append(Polygon([(0, 0), (0, 1), (1, 1), (1, 0)]))  # clockwise
    shapes.append(Polygon([(0, 0), (1e-9, 0), (1e-9, 1e-9)]))  # tiny
    shapes.append(Polygon(np.column_stack([np.cos(np.arange(64) * math.pi / 32), np.sin(np.arange(64) * math.pi / 32)])))
    return shapes


def _stars(shapes: list) -> StarRings:
    geoms = np.array(shapes, dtype=object)
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    return StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))


def test_vertex_buckets_start_at_the_last_vertex_of_an_earlier_bucket() -> None:
    """Each row's bucket table against its definition computed vertex by vertex: bucket ``b`` starts at the
    last vertex whose bucket is before ``b`` (the first vertex when none is)."""
    stars = _stars(_shapes(np.random.default_rng(41)))
    rows = np.arange(len(stars.size))
    assert len(rows) > 150
    for r in rows.tolist():
        n, first = int(stars.size[r]), int(stars.first[r])
        angle = stars.angle[first:first + n]
        assert (np.diff(angle) > 0).all()
        own = [min(int(a * (n / (2 * math.pi))), n - 1) for a in angle.tolist()]
        expected = [max([k for k in range(n) if own[k] < b], default=0) for b in range(n)]
        assert stars.bucket[first:first + n].tolist() == expected


def test_search_for_the_last_vertex_at_an_angle_is_a_binary_search() -> None:
    """``_last_at`` (starting from the counted buckets) against numpy's binary search over each row's
    angles, at random angles, at the vertices' own angles, next to them and at the buckets' boundaries."""
    rng = np.random.default_rng(1)
    stars = _stars(_shapes(rng))
    rows_used = np.flatnonzero(stars.size > 0)
    rows, angles = [], []
    for r in rows_used.tolist():
        n, first = int(stars.size[r]), int(stars.first[r])
        own = stars.angle[first:first + n]
        bounds = 2 * math.pi * np.arange(n) / n
        # One ulp below a vertex only where the steps forward decide: the binary search that takes over
        # on crowded rows compares angles offset by 8 per row (rounded), as before this round.
        below = np.nextafter(own, 0) if n <= 120 else own
        candidates = np.r_[rng.uniform(0, 2 * math.pi, 20), own, below, np.nextafter(own, 7), bounds,
                           np.nextafter(bounds, 0), np.nextafter(bounds, 7)]
        candidates = candidates[(candidates >= 0) & (candidates < 2 * math.pi)]
        rows.append(np.full(len(candidates), r))
        angles.append(candidates)
    row, angle = np.concatenate(rows), np.concatenate(angles)
    expected = np.array([np.searchsorted(stars.angle[stars.first[r]:stars.first[r] + stars.size[r]], a, "right") - 1
                         for r, a in zip(row.tolist(), angle.tolist())])
    assert (stars._last_at(row, angle) == expected).all()
    # The start of each search lies at or before the angle searched for.
    start = stars.bucket[stars.first[row] + _bucket_number(angle, stars.size[row])]
    assert (stars.angle[stars.first[row] + start] <= angle).all()


def test_bucket_number_is_monotone_at_ties() -> None:
    """Angles one ulp apart around every bucket boundary never go to a lower bucket when larger."""
    n = np.arange(3, 400)
    for size in n.tolist():
        bounds = 2 * math.pi * np.arange(size) / size
        a = np.sort(np.r_[bounds, np.nextafter(bounds, 0), np.nextafter(bounds, 7)])
        a = a[(a >= 0) & (a < 2 * math.pi)]
        b = _bucket_number(a, np.full(len(a), size))
        assert (np.diff(b) >= 0).all() and b.min() >= 0 and b.max() <= size - 1


def _mixed(rng: np.random.Generator) -> list:
    """Rough stars, collinear edges, holes, several parts, identical, touching and nested plots, a bow tie."""
    shapes = _shapes(rng)
    shapes += [box(0, 0, 1, 1), box(0, 0, 1, 1), box(1, 0, 2, 1), box(0.25, 0.25, 0.5, 0.5),
               Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (1, 2), (2, 2), (2, 1)]]),
               shapely.MultiPolygon([box(10, 10, 11, 11), box(12, 10, 13, 11)]),
               Polygon([(0, 0), (1, 1), (1, 0), (0, 1)]),  # bow tie
               Polygon([(0, 0), (2, 0), (2, 0), (2, 2), (0, 2)])]  # a repeated vertex
    return shapes


@pytest.mark.parametrize("seed", [5, 6])
def test_star_rings_summed_by_ring_starts_agree_with_the_sums_in_coordinate_order(seed: int) -> None:
    """``star_rings`` given each ring's first coordinate (sums over both columns, ring by ring) against the
    same test with sums in coordinate order (``np.bincount``): the same verdicts, centres equal up to
    rounding, and every ring it passes is a valid polygon turning the way it says (GEOS)."""
    geoms = np.array(_mixed(np.random.default_rng(seed)), dtype=object)
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    chunks = checks._ring_chunks(rings, np.arange(len(geoms)), 2000)
    assert len(chunks) > 3
    for _, part in chunks:
        n = len(part.owner)
        fast = star_rings(part.coords, part.ring_of, n, part.start)
        slow = star_rings(part.coords, part.ring_of, n)
        assert (fast[0] == slow[0]).all() and (fast[1] == slow[1]).all()
        for mine, theirs in zip(fast[2:], slow[2:]):
            assert np.allclose(mine, theirs, rtol=1e-12, atol=1e-13 * np.abs(part.coords).max())
        bounds = np.r_[part.start]
        for r in np.flatnonzero(fast[0]).tolist():
            ring = shapely.LinearRing(part.coords[bounds[r]:bounds[r + 1]])
            assert shapely.is_valid(shapely.Polygon(ring)) and bool(shapely.is_ccw(ring)) == bool(fast[1][r])
        assert not fast[0].all()  # the bow tie, holes' shells, collinear edges fail it


def test_pair_issues_made_in_bulk_are_the_issues_made_one_by_one() -> None:
    """``IssueBatch.add_pairs`` (labels and indexes from lists, the other plot's by swapping neighbours) against
    ``make_issue`` called for each plot of each pair, naming the other: plots labelled by user id, by
    feature id and by position, indexes that are not positions, a plot in several pairs, with locations and
    per-plot columns."""
    from vantage_plugin.core.plots import Plot
    from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT, make_issue

    rng = np.random.default_rng(8)
    plots = [Plot(index=100 + 3 * k, geometry=None, user_id=(f"u{k}" if k % 3 == 0 else ""),
                  source_fid=(k if k % 3 == 1 else None)) for k in range(40)]
    first = rng.integers(0, 40, 300)
    second = (first + rng.integers(1, 40, 300)) % 40
    where = rng.uniform(-50, 50, (300, 2))
    area = rng.uniform(0, 3, 300).tolist()
    detail = [(INSIDE_OTHER_PLOT if k % 4 == 0 else "", INSIDE_OTHER_PLOT if k % 5 == 0 else "") for k in range(300)]
    batch = checks.IssueBatch(plots)
    batch.add_pairs("PLOTS_OVERLAP", first, second, locations=where, area_ha=[(h, h) for h in area], detail=detail)
    expected = []
    for k, (i, j) in enumerate(zip(first.tolist(), second.tolist())):
        for mine, other, d in ((i, j, detail[k][0]), (j, i, detail[k][1])):
            expected.append((mine, make_issue("PLOTS_OVERLAP", plots[mine], other=plots[other],
                                              location=(where[k, 0], where[k, 1]), area_ha=area[k], detail=d)))
    got = batch.issues()
    want = [issue for _, issue in sorted(expected, key=lambda pair: pair[0])]
    assert got == want
    assert [issue.params for issue in got] == [issue.params for issue in want]
    assert [(issue.plot_label, issue.other_plot_index) for issue in got] == [
        (issue.plot_label, issue.other_plot_index) for issue in want]
    assert {issue.plot_label for issue in got} >= {"u0", "fid 1", "#107"}
    duplicates = checks.IssueBatch(plots)
    duplicates.add_pairs("DUPLICATE_GEOMETRY", first[:20], second[:20])
    reference = sorted(((m, make_issue("DUPLICATE_GEOMETRY", plots[m], other=plots[o]))
                        for i, j in zip(first[:20].tolist(), second[:20].tolist()) for m, o in ((i, j), (j, i))),
                       key=lambda pair: pair[0])
    assert duplicates.issues() == [issue for _, issue in reference]
