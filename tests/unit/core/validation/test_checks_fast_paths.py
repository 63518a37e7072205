"""This round's fast paths of the batch validation, each against the straightforward computation it
replaces (written out here as the reference): rows gathered with ``take``/``compress``, ring
neighbours by shifting, the straight-turn test decided by squares, the star test's counts over the
matching edges only, the coordinate checks over runs of whole plots, and the octagon test shared with
``chunks.candidate_pairs``. Data: random values and the edge cases (collinear and nearly collinear
turns around the threshold, zero-length edges, tiny and huge edges, NaN and infinite coordinates,
rings of 0–2 vertices, points, multipolygons, holes, identical plots, plots inside others)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Optional

import numpy as np
import pytest
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box

from vantage_plugin.core import chunks
from vantage_plugin.core.plots import COORDINATE_DECIMALS, Plot
from vantage_plugin.core.validation import checks, validate
from vantage_plugin.core.validation.checks import SPIKE_SINE, _neighbours, _straight, octagons_apart
from vantage_plugin.core.validation.overlap_area import STAR_SINE, star_rings, take_rows

TODAY = dt.date(2025, 6, 30)


# ---------------------------------------------------------------- take_rows


@pytest.mark.parametrize("n", [0, 1, 7, 5000])
def test_take_rows_is_fancy_indexing(n: int) -> None:
    rng = np.random.default_rng(n)
    array = rng.normal(size=(n, 2))
    array[::3, 1] = np.nan
    index = rng.integers(-n, n, 3 * n) if n else np.zeros(0, dtype=np.int64)
    mask = rng.random(n) < 0.4
    assert np.array_equal(take_rows(array, index), array[index], equal_nan=True)
    assert np.array_equal(take_rows(array, mask), array[mask], equal_nan=True)
    assert take_rows(array, mask).shape == (int(mask.sum()), 2)


# ---------------------------------------------------------------- ring neighbours


def test_neighbours_match_the_modular_reference() -> None:
    rng = np.random.default_rng(3)
    sizes = rng.integers(0, 9, 400)
    sizes[:6] = [0, 1, 2, 0, 3, 1]
    vertices = rng.normal(size=(int(sizes.sum()), 2))
    ring = np.repeat(np.arange(len(sizes)), sizes)
    # The reference: each vertex's neighbours by index arithmetic modulo its ring's size.
    start = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    first_of = start[ring]
    offset = np.arange(len(vertices)) - first_of
    length = np.maximum(sizes[ring], 1)
    prev, nxt = _neighbours(vertices, sizes)
    assert np.array_equal(prev, vertices[first_of + (offset - 1) % length])
    assert np.array_equal(nxt, vertices[first_of + (offset + 1) % length])


# ---------------------------------------------------------------- straight turns


def _straight_reference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", over="ignore"):
        cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
        return np.abs(cross) <= SPIKE_SINE * np.hypot(a[:, 0], a[:, 1]) * np.hypot(b[:, 0], b[:, 1])


def _turns() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(11)
    n = 4000
    a = rng.normal(size=(n, 2)) * 10.0 ** rng.uniform(-8, 2, (n, 1))
    b = rng.normal(size=(n, 2)) * 10.0 ** rng.uniform(-8, 2, (n, 1))
    rows = [a, b]
    # Collinear (forward and back), and turned by about SPIKE_SINE: just below, at and just above it.
    direction = rng.normal(size=(n, 2))
    length = 10.0 ** rng.uniform(-7, 1, (n, 1))
    angle = np.arctan2(direction[:, 1], direction[:, 0])
    for sine in (0.0, SPIKE_SINE * 0.999, SPIKE_SINE, SPIKE_SINE * 1.001, SPIKE_SINE * 2.5, SPIKE_SINE * 3.9,
                 SPIKE_SINE * 4.1, -SPIKE_SINE):
        turn = angle + np.arcsin(sine) + rng.choice([0.0, math.pi], n)
        rows[0] = np.vstack([rows[0], np.column_stack([np.cos(angle), np.sin(angle)]) * length])
        rows[1] = np.vstack([rows[1], np.column_stack([np.cos(turn), np.sin(turn)]) * length[::-1]])
    special = np.array([[0.0, 0.0], [1e-160, 0.0], [1e-60, 1e-60], [1e60, 1e60], [1e160, 3.0], [np.nan, 1.0],
                        [np.inf, 0.0], [-np.inf, 1.0], [1.0, 0.0], [0.0, -1.0], [5e-324, 0.0]])
    k = len(special)
    rows[0] = np.vstack([rows[0], np.repeat(special, k, axis=0)])
    rows[1] = np.vstack([rows[1], np.tile(special, (k, 1))])
    return rows[0], rows[1]


def test_straight_matches_the_hypot_test() -> None:
    a, b = _turns()
    with np.errstate(invalid="ignore", over="ignore"):
        cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
        fast = _straight(a, b, cross)
    reference = _straight_reference(a, b)
    assert np.array_equal(fast, reference)
    assert reference.sum() > 1000 and (~reference).sum() > 1000  # both answers are exercised


# ---------------------------------------------------------------- star test


def _star_reference(coords: np.ndarray, ring_of: np.ndarray, n_rings: int) -> tuple[np.ndarray, np.ndarray]:
    """The star test with its counts as weighted bincounts over every edge (the code before)."""
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
        margin = STAR_SINE * (np.abs(ux) + np.abs(uy)) * (np.abs(wx) + np.abs(wy))
        left, right = cross > margin, cross < -margin
    below, above = uy < 0, wy < 0
    ccw_turns = np.bincount(edge_ring, weights=edge & below & ~above, minlength=n_rings)
    cw_turns = np.bincount(edge_ring, weights=edge & above & ~below, minlength=n_rings)
    not_left = np.bincount(edge_ring, weights=edge & ~left, minlength=n_rings)
    not_right = np.bincount(edge_ring, weights=edge & ~right, minlength=n_rings)
    ccw = (counts >= 4) & (not_left == 0) & (ccw_turns == 1)
    cw = (counts >= 4) & (not_right == 0) & (cw_turns == 1)
    return ccw | cw, ccw


def test_star_rings_match_the_weighted_counts() -> None:
    rng = np.random.default_rng(5)
    rings = []
    for k in range(300):
        m = int(rng.integers(3, 40))
        angle = np.sort(rng.uniform(0, 2 * math.pi, m))
        radius = 1 + rng.uniform(-0.9 if k % 4 == 0 else -0.1, 0.1, m)  # some rings far from star-shaped
        ring = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
        if k % 3 == 0:
            ring = ring[::-1]
        if k % 7 == 0:
            ring = np.vstack([ring, ring])  # winds twice
        if k % 11 == 0:
            ring[1] = ring[0]  # a repeated vertex
        if k % 13 == 0:
            ring = np.column_stack([np.linspace(0, 1, m), np.linspace(0, 1, m)])  # collinear
        if k % 17 == 0:
            ring[2, 0] = np.nan
        rings.append(np.vstack([ring, ring[:1]]) + rng.uniform(-80, 80, 2))
    rings += [np.zeros((1, 2)), np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 0.0]])]
    coords = np.vstack(rings)
    ring_of = np.repeat(np.arange(len(rings)), [len(r) for r in rings])
    star, ccw, _, _ = star_rings(coords, ring_of, len(rings))
    reference = _star_reference(coords, ring_of, len(rings))
    assert np.array_equal(star, reference[0]) and np.array_equal(ccw, reference[1])
    assert 50 < star.sum() < len(rings) - 50


# ---------------------------------------------------------------- coordinate checks in runs


def _coordinate_plots() -> list[Plot]:
    rng = np.random.default_rng(8)
    shapes: list = []
    for k in range(120):
        x, y = -60 + rng.uniform(0, 1), -10 + rng.uniform(0, 1)
        shape = box(x, y, x + 0.001, y + 0.001)
        if k % 5 == 0:
            shape = shapely.set_precision(shape, 1e-5)  # coarse: at most 5 decimals
        shapes.append(shape)
    shapes += [Point(-60.123456789, -10.1), Point(-60.1, -10.1), Point(200.0, 5.0), Point(500000.0, 4000000.0),
               box(179.5, 10, 181, 11), box(300000, 5000000, 300100, 5000100), box(-60, 95, -59.9, 95.1),
               Polygon([(0, 0), (np.nan, 0), (1, 1), (0, 1)]),
               Polygon(box(1, 1, 2, 2).exterior.coords, [box(1.2, 1.2, 1.4, 1.4).exterior.coords]),
               MultiPolygon([box(3, 3, 3.1, 3.1), box(3.2, 3.2, 3.3, 3.3)]),
               MultiPolygon([box(3, 3, 3.1, 3.1), box(200, 3.2, 200.1, 3.3)]), shapes[3], shapes[4],
               shapely.affinity.translate(shapes[1], 0.0004, 0.0003)]
    plots = [Plot(index=k, geometry=g, user_id=f"p{k}", commodity="coffee", harvest_date="2024-01-01",
                  point_ha=1.0, source_is_lonlat=k % 9 != 0) for k, g in enumerate(shapes)]
    return plots


def _issues(plots: list[Plot]) -> list[tuple]:
    report = validate(plots, today=TODAY)
    return [(i.code, i.plot_index, i.message, i.location, i.other_plot_index) for i in report.issues]


def test_coordinate_checks_in_runs_give_the_issues_of_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    plots = _coordinate_plots()
    monkeypatch.setattr(checks, "_CHUNK", 1 << 30)
    whole = _issues(plots)
    monkeypatch.setattr(checks, "_CHUNK", 7)  # a run of about every plot
    runs = _issues(plots)
    assert runs == whole
    codes = {code for code, *_ in whole}
    assert {"COORDINATE_OUT_OF_RANGE", "COORDINATES_LOOK_PROJECTED", "COORDINATE_PRECISION_LOW",
            "COORDINATE_NOT_FINITE", "PLOTS_OVERLAP", "DUPLICATE_GEOMETRY"} <= codes


def test_coordinate_checks_match_a_per_plot_reference() -> None:
    plots = _coordinate_plots()
    found = {(code, index) for code, index, *_ in _issues(plots) if code.startswith("COORDINATE")}
    expected = set()
    for plot in plots:
        xy = shapely.get_coordinates(plot.geometry)
        finite = np.isfinite(xy).all(axis=1)
        with np.errstate(invalid="ignore"):
            out = finite & ((np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90))
            projected = out & (np.abs(xy).max(axis=1) >= checks.PROJECTED_MIN)
        if not finite.all():
            expected.add(("COORDINATE_NOT_FINITE", plot.index))
        if projected.any():
            expected.add(("COORDINATES_LOOK_PROJECTED", plot.index))
        elif out.any():
            expected.add(("COORDINATE_OUT_OF_RANGE", plot.index))
        # At most COORDINATE_DECIMALS - 1 decimals (up to 1e-4 of the last one).
        scale = 10.0 ** (COORDINATE_DECIMALS - 1)
        coarse = all(abs(v * scale - round(v * scale)) < 1e-4 for v in xy.ravel() if math.isfinite(v))
        if finite.all() and not out.any() and coarse and plot.source_is_lonlat:
            expected.add(("COORDINATE_PRECISION_LOW", plot.index))
    assert found == expected


# ---------------------------------------------------------------- octagons apart


def test_octagons_apart_matches_the_box_and_range_tests() -> None:
    rng = np.random.default_rng(21)
    shapes = [shapely.buffer(Point(rng.uniform(0, 0.05), rng.uniform(0, 0.05)), rng.uniform(1e-4, 5e-3),
                             quad_segs=int(rng.integers(1, 6))) for _ in range(400)]
    shapes += [box(0, 0, 1e-3, 1e-3), box(1e-3 + 5e-10, 0, 2e-3, 1e-3), box(1e-3 + 5e-8, 0, 2e-3, 1e-3)]
    geoms = np.array(shapes, dtype=object)
    bounds = shapely.bounds(geoms)
    ranges = chunks.outline_ranges(geoms)
    left, right = shapely.STRtree(geoms).query(geoms)
    keep = left < right
    left, right = left[keep], right[keep]
    for margin in (checks.SEPARATION_MARGIN, chunks.CROSS_SEPARATION_MARGIN):
        reference = np.zeros(len(left), dtype=bool)
        only_ranges = np.zeros(len(left), dtype=bool)
        for table, columns in ((bounds, ((0, 2), (1, 3))), (ranges, ((0, 1), (2, 3)))):
            for low, high in columns:
                test = ((table[left, high] + margin < table[right, low])
                        | (table[right, high] + margin < table[left, low]))
                reference |= test
                if table is ranges:
                    only_ranges |= test
        assert np.array_equal(octagons_apart(bounds, ranges, left, right, margin), reference)
        assert np.array_equal(octagons_apart(None, ranges, left, right, margin), only_ranges)
        # Apart octagons never share a point (GEOS agrees).
        apart = octagons_apart(bounds, ranges, left, right, margin)
        assert not shapely.intersects(geoms[left[apart]], geoms[right[apart]]).any()
        assert apart.any() and (~apart).any()


# ---------------------------------------------------------------- containment candidates


def test_inside_ranges_keeps_every_pair_geos_finds_contained() -> None:
    rng = np.random.default_rng(34)
    outer = [shapely.buffer(Point(rng.uniform(0, 0.01), rng.uniform(0, 0.01)), rng.uniform(5e-4, 3e-3),
                            quad_segs=int(rng.integers(1, 5))) for _ in range(150)]
    shapes = list(outer)
    for shape in outer:
        # Plots inside: shrunk copies (some touching the outline at a vertex), a triangle on three of its
        # vertices, and the plot itself (an edge case: equal ranges).
        c = shape.centroid
        for factor in (0.3, 0.9, 0.999999):
            shapes.append(shapely.affinity.scale(shape, factor, factor, origin=c))
        ring = shapely.get_coordinates(shape.exterior)
        shapes.append(Polygon(ring[[0, len(ring) // 3, 2 * len(ring) // 3]]))
        shapes.append(shape)
    geoms = np.array(shapes, dtype=object)
    ranges = chunks.outline_ranges(geoms)
    inner, other = shapely.STRtree(geoms).query(geoms, predicate="within")
    keep = inner != other
    inner, other = inner[keep], other[keep]
    assert len(inner) > 500
    assert checks._inside_ranges(ranges, inner, other).all()
    # ... while it does rule out pairs whose boxes nest but whose plots do not.
    a, b = shapely.STRtree(geoms).query(geoms)
    bounds = shapely.bounds(geoms)
    nested = checks._inside_box(bounds, a, b) & (a != b)
    a, b = a[nested], b[nested]
    ruled_out = ~checks._inside_ranges(ranges, a, b)
    assert ruled_out.any()
    assert not shapely.contains(geoms[b[ruled_out]], geoms[a[ruled_out]]).any()


# ---------------------------------------------------------------- sharp spikes


def _needle_plot(rng: np.random.Generator, lat: float, degrees: float, axis: Optional[float]) -> Polygon:
    """A rough polygon at latitude ``lat`` with a needle: a vertex whose edges meet at about ``degrees``
    on the ground, their bisector at bearing ``axis`` (radians; random when None): along an axis, the
    two edges lie either side of it."""
    m = int(rng.integers(6, 30))
    angle = np.sort(rng.uniform(0, 2 * math.pi, m))
    r = 1e-3 * (1 + rng.uniform(-0.2, 0.2, m))
    scale = math.cos(math.radians(lat))
    ring = np.column_stack([r * np.cos(angle) / scale, lat + r * np.sin(angle)])
    half = math.radians(degrees) / 2
    bisector = rng.uniform(0, 2 * math.pi) if axis is None else axis
    length = 3e-3
    # From the tip: the previous vertex at bearing bisector - half, the next at bisector + half.
    tip = ring[0] - length * np.array([math.cos(bisector - half) / scale, math.sin(bisector - half)])
    side = tip + length * np.array([math.cos(bisector + half) / scale, math.sin(bisector + half)])
    return Polygon(np.vstack([ring[:1], tip, side, ring[1:]]))


def test_sharp_spikes_match_every_vertex_measured() -> None:
    rng = np.random.default_rng(55)
    shapes = []
    for lat in (0.0, 45.0, 80.0, 89.95, -60.0):
        for degrees in (0.5, 1.9, 1.999, 2.0, 2.001, 2.2, 30.0, 89.9, 90.0, 90.1, 120.0):
            for axis in (None, 0.0, math.pi / 2, math.pi, -math.pi / 2):
                shapes.append(_needle_plot(rng, lat, degrees, axis))
    shapes += [box(0, 0, 1e-3, 1e-3), Polygon([(0, 0), (1e-3, 0), (1e-3, 1e-3), (1e-3, 0), (0, 1e-3)]),
               Polygon([(0, 0), (1e-3, 0), (2e-3, 0), (0, 1e-3)])]
    plots = [Plot(index=k, geometry=g, user_id=f"p{k}", commodity="coffee", harvest_date="2024-01-01",
                  point_ha=1.0) for k, g in enumerate(shapes)]
    report = validate(plots, today=TODAY, check_overlaps=False)
    found = [(i.plot_index, i.message, i.location) for i in report.issues if i.code == "POLYGON_SHARP_SPIKE"]
    # The reference: every vertex of every ring measured (the plots with exact spikes or no area skipped).
    skipped = {i.plot_index for i in report.issues if i.code in ("POLYGON_SPIKE", "POLYGON_ZERO_AREA")}
    batch = checks.IssueBatch(plots)
    vertices, prev, nxt, owner = [], [], [], []
    for k, shape in enumerate(shapes):
        ring = shapely.get_coordinates(shape.exterior)[:-1]
        vertices.append(ring)
        prev.append(np.roll(ring, 1, axis=0))
        nxt.append(np.roll(ring, -1, axis=0))
        owner.append(np.full(len(ring), k))
    owner_all = np.concatenate(owner)
    checks._sharp_spikes(batch, np.vstack(vertices), np.vstack(prev), np.vstack(nxt), owner_all,
                         np.isin(owner_all, list(skipped)))
    expected = [(i.plot_index, i.message, i.location) for i in batch.issues()]
    assert found == expected
    assert 20 < len(found) < len(shapes) - 20


# ---------------------------------------------------------------- harvest dates


def test_parse_date_is_parse_harvest_date() -> None:
    from vantage_plugin.core.plots import parse_harvest_date

    values: list = ["2024-01-01", "2023-02-29", "2024-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31",
                    "0000-01-01", "0001-01-01", "9999-12-31", "2024-W01-1", " 2024-01-01", "2024-01-01 ", "2024-1-01",
                    "2024-01-1 ", "２０２４-01-01", "2024/01/01", "20240101", "2024-01-01T00:00", "", "  ", None,
                    float("nan"), 20240101, dt.date(2024, 5, 6), dt.datetime(2024, 5, 6, 7, 8), "abcd-ef-gh",
                    "2024-01-01\n", "+024-01-01", "-024-01-01", "2024-0１-01"]
    rng = np.random.default_rng(9)
    values += [f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in zip(rng.integers(0, 10000, 3000), rng.integers(0, 14, 3000),
                                                           rng.integers(0, 33, 3000))]
    for value in values:
        assert checks._parse_date(value) == parse_harvest_date(value), value


# ---------------------------------------------------------------- duplicate ids


def test_duplicate_id_issues_match_grouping_every_plot() -> None:
    from vantage_plugin.core.validation.rules import make_issue

    rng = np.random.default_rng(4)
    ids: list = [str(v) for v in rng.integers(0, 400, 600)]
    ids += [None, "", "  ", " 7", "7 ", 7, 7.0, "7.0", "x", " x", None, "", 12, "12"]
    plots = [Plot(index=k, geometry=None, user_id=value, source_fid=k * 3 if k % 2 else None)
             for k, value in enumerate(ids)]
    plots.append(plots[603])  # the same plot object twice (id " 7", shared with two others)
    # The reference: every plot grouped by its stripped id, as the check did before.
    by_id: dict = {}
    for plot in plots:
        if plot.user_id is not None and str(plot.user_id).strip():
            by_id.setdefault(str(plot.user_id).strip(), []).append(plot)
    expected = []
    for value, same in by_id.items():
        if len(same) < 2:
            continue
        distinct = len({id(plot) for plot in same}) == len(same)
        first = same[:4] if distinct else same
        for plot in same:
            others = [other for other in first if other is not plot]
            more = " …" if (len(same) - 1 if distinct else len(others)) > 3 else ""
            names = ", ".join(checks._feature_name(other) for other in others[:3]) + more
            expected.append(make_issue("DUPLICATE_PLOT_ID", plot, other=others[0], value=value,
                                       feature=checks._feature_name(plot), other_feature=names))
    found = checks._duplicate_id_issues(plots)
    assert [(i.plot_index, i.message, i.other_plot_index, i.params) for i in found] == \
        [(i.plot_index, i.message, i.other_plot_index, i.params) for i in expected]
    assert len(found) > 300


# ---------------------------------------------------------------- attributes


def test_attribute_issues_match_checking_every_plot() -> None:
    from vantage_plugin.core.plots import EUDR_CUTOFF, normalise_commodity, parse_harvest_date
    from vantage_plugin.core.validation.rules import make_issue

    rng = np.random.default_rng(12)
    commodities: list = ["cocoa", "Coffee", " palm oil ", "banana", "", None, float("nan"), ["cocoa"], 1, True, "cattle"]
    dates: list = ["2024-01-01", "2020-12-31", "2020-12-30", "2031-01-01", "2024-02-30", "", None, ["2024-01-01"],
                   dt.date(2024, 5, 1), dt.datetime(2019, 1, 1, 5), "2024-1-01", " 2024-03-01 ", float("nan"), 20240101]
    plots = [Plot(index=k, geometry=None, user_id=f"u{k}",
                  commodity=commodities[int(rng.integers(0, len(commodities)))],
                  harvest_date=dates[int(rng.integers(0, len(dates)))]) for k in range(1500)]
    expected = []
    for plot in plots:  # the checks as made plot by plot, every value parsed again
        value = plot.commodity
        if value is None or (isinstance(value, str) and not value.strip()):
            expected.append(make_issue("COMMODITY_MISSING", plot))
        elif normalise_commodity(value) is None:
            expected.append(make_issue("COMMODITY_UNKNOWN", plot, value=value))
        value = plot.harvest_date
        if value is None or (isinstance(value, str) and not value.strip()):
            expected.append(make_issue("HARVEST_DATE_MISSING", plot))
            continue
        date = parse_harvest_date(value)
        if date is None:
            expected.append(make_issue("HARVEST_DATE_INVALID", plot, value=value))
        elif date > TODAY:
            expected.append(make_issue("HARVEST_DATE_FUTURE", plot, value=date.isoformat(), today=TODAY.isoformat()))
        elif date <= EUDR_CUTOFF:
            expected.append(make_issue("HARVEST_DATE_BEFORE_CUTOFF", plot, value=date.isoformat()))
    found = [i for i in checks._attribute_issues(plots, TODAY) if i.code != "DUPLICATE_PLOT_ID"]
    assert [(i.code, i.plot_index, i.message) for i in found] == [(i.code, i.plot_index, i.message) for i in expected]
    assert len({i.code for i in found}) == 6  # every attribute rule
