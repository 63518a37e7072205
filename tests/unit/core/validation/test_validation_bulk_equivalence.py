"""The batch validation (vectorised geometry checks, bounding-box/octagon overlap candidates, star-shaped
validity shortcut, issues made in bulk) against straightforward computations done here: GEOS validity
plot by plot, an STRtree ``intersects`` query with one intersection per pair, and ``validate`` of each
plot alone. Generated plots include points, plots inside others, identical plots, plots that touch,
tiny overlaps, invalid and non-star polygons, holes, multi-part plots, and plots broken by rounding."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from tests.fixtures.shapes import comb, rough_star
from vantage_plugin.core.geodesy import geodesic_area_ha
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import RULES, checks, validate
from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT, OVERLAP_MIN_AREA

TODAY = dt.date(2025, 6, 30)
PAIR_CODES = {"PLOTS_OVERLAP", "DUPLICATE_GEOMETRY", "DUPLICATE_PLOT_ID"}
VALIDITY_CODES = {"POLYGON_SELF_INTERSECTION", "POLYGON_INVALID", "POLYGON_ZERO_AREA", "POLYGON_SPIKE"}


def _plots() -> list[Plot]:
    rng = np.random.default_rng(2026)
    shapes: list = []
    # A dense field of rough star-shaped plots (random overlaps), some clockwise.
    for k in range(160):
        cx, cy = -84.0 + rng.uniform(0, 0.02), 12.0 + rng.uniform(0, 0.02)
        shape = rough_star(rng, cx, cy, rng.uniform(0.0005, 0.002), int(rng.integers(5, 60)))
        shapes.append(shape.reverse() if k % 3 == 0 else shape)
    # Plots inside others (both ways round), identical plots (the same ring, and one started elsewhere).
    for k in range(0, 40, 4):
        c = shapes[k].centroid
        shapes.append(rough_star(rng, c.x, c.y, 0.0001, 8, rough=0.05))
    shapes.append(shapely.Polygon(shapes[5].exterior.coords))
    ring = list(shapes[6].exterior.coords)[:-1]
    shapes.append(Polygon(ring[3:] + ring[:3]))
    # Touching plots: a shared edge and a shared corner (area 0: no overlap).
    shapes += [box(-83.9, 12.0, -83.899, 12.001), box(-83.899, 12.0, -83.898, 12.001),
               box(-83.898, 12.001, -83.897, 12.002)]
    # A tiny overlap (a sliver of 1e-7 degrees) and plots whose octagons nearly touch.
    shapes += [box(-83.89, 12.0, -83.889, 12.001), box(-83.8890001, 12.0, -83.888, 12.001)]
    shapes += [Polygon([(-83.88, 12.0), (-83.879, 12.0), (-83.88, 12.001)]),
               Polygon([(-83.879, 12.001), (-83.8795, 12.0005 + 1e-12), (-83.879, 12.0)])]
    # Valid polygons that are not star-shaped, overlapping each other; a polygon with a hole and a
    # plot inside its hole; a multi-part plot overlapping a field plot.
    shapes += [comb(-84.0, 12.0, 0.004), comb(-83.999, 12.0005, 0.004)]
    outer = box(-83.87, 12.0, -83.86, 12.01)
    shapes += [Polygon(outer.exterior.coords, [box(-83.868, 12.002, -83.862, 12.008).exterior.coords]),
               box(-83.867, 12.003, -83.863, 12.007), box(-83.8605, 12.005, -83.859, 12.006)]
    shapes.append(MultiPolygon([rough_star(rng, -83.995, 12.005, 0.001, 12), box(-83.85, 12.0, -83.849, 12.001)]))
    # Invalid plots overlapping valid ones (never in the overlap check): a bow-tie and a self-touching ring.
    shapes += [Polygon([(-84.0, 12.0), (-83.99, 12.01), (-83.99, 12.0), (-84.0, 12.01)]),
               Polygon([(-83.995, 12.0), (-83.985, 12.0), (-83.99, 12.005), (-83.985, 12.01), (-83.995, 12.01),
                        (-83.99, 12.005)])]
    # Nearly degenerate rings near (0, 0), where the star test's arithmetic matters most.
    shapes += [Polygon([(0.0, 0.0), (1e-6, 0.0), (1e-6, 1e-6), (5e-7, 1e-6 + 1e-17), (0.0, 1e-6)]),
               Polygon([(0.0, 0.0), (1e-6, 0.0), (1e-6, 1e-6), (1e-6, 1e-6), (0.0, 1e-6)])]
    # A polygon valid as read but invalid once rounded to 6 decimals (two vertices 4e-7 apart cross).
    shapes.append(Polygon([(-83.8, 12.0), (-83.79, 12.0), (-83.7950004, 12.0000002), (-83.7950000, 12.0000006),
                           (-83.79, 12.01), (-83.8, 12.01)]))
    points = [Point(-84.0 + rng.uniform(0, 0.02), 12.0 + rng.uniform(0, 0.02)) for _ in range(20)]
    points.append(Point(points[0].x, points[0].y))  # a duplicate point
    shapes += points
    return [Plot(k, geometry, user_id=str(k), commodity="coffee", harvest_date="2024-03-01",
                 point_ha=0.5 if isinstance(geometry, Point) else None)
            for k, geometry in enumerate(shapes)]


@pytest.fixture(scope="module")
def plots() -> list[Plot]:
    return _plots()


@pytest.fixture(scope="module")
def report(plots):
    return validate(plots, today=TODAY)


def _good(plots: list[Plot], report) -> list[int]:
    """Polygonal plots that the overlap check takes: valid by GEOS, and no geometry error reported."""
    return [p.index for p in plots if p.geometry.geom_type in ("Polygon", "MultiPolygon")
            and shapely.is_valid(p.geometry) and not any(i.is_error for i in report.issues_for(p.index))]


def _pairs(report, code: str) -> dict[tuple[int, int], object]:
    return {(issue.plot_index, issue.other_plot_index): issue for issue in report.issues if issue.code == code}


def test_overlaps_are_those_of_a_plain_strtree_and_intersection(plots, report):
    good = _good(plots, report)
    geoms = np.array([plots[k].geometry for k in good], dtype=object)
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    expected = {}
    template = RULES["PLOTS_OVERLAP"].message
    for i, j in zip(left.tolist(), right.tolist()):
        a, b = geoms[i], geoms[j]
        if i == j or a.equals(b):
            continue
        shared = a.intersection(b)
        if shared.area <= OVERLAP_MIN_AREA:
            continue
        detail = INSIDE_OTHER_PLOT if a.within(b) else ""
        message = template.format(other=plots[good[j]].label, area_ha=float(geodesic_area_ha(shared)), detail=detail)
        point = shared.point_on_surface()
        expected[(good[i], good[j])] = (message, (point.x, point.y))
    found = _pairs(report, "PLOTS_OVERLAP")
    assert len(expected) > 150
    assert {key for key, (message, _) in expected.items() if "inside" in message}, "no plot inside another"
    assert found.keys() == expected.keys()
    for key, (message, location) in expected.items():
        assert found[key].message == message
        assert found[key].location == location
    # Plots that only touch, or overlap only by a sliver, are told apart; invalid plots never count.
    touching = [k for k, p in enumerate(plots) if p.geometry.equals(box(-83.899, 12.0, -83.898, 12.001))]
    assert touching and not any(touching[0] in key for key in found)
    sliver = [k for k, p in enumerate(plots) if p.geometry.equals(box(-83.8890001, 12.0, -83.888, 12.001))]
    assert any(sliver[0] in key for key in found)
    invalid = [p.index for p in plots if not shapely.is_valid(p.geometry)]
    assert invalid and not any(k in key for key in found for k in invalid)


def test_duplicates_are_the_equal_pairs(plots, report):
    candidates = _good(plots, report) + [p.index for p in plots if p.geometry.geom_type == "Point"]
    expected = {(i, j) for i in candidates for j in candidates
                if i != j and plots[i].geometry.equals(plots[j].geometry)}
    assert len(expected) >= 6
    assert _pairs(report, "DUPLICATE_GEOMETRY").keys() == expected


def test_validity_is_geos_validity_plot_by_plot(plots, report):
    for p in plots:
        if p.geometry.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        reported = {issue.code for issue in report.issues_for(p.index)} & VALIDITY_CODES
        assert bool(reported) == (not shapely.is_valid(p.geometry)), p.geometry.wkt
        rounded = shapely.transform(p.geometry, lambda c: np.round(c, 6))
        broken = shapely.is_valid(p.geometry) and not shapely.is_valid(rounded)
        assert broken == any(i.code == "ROUNDING_MAKES_INVALID" for i in report.issues_for(p.index))
    assert any(i.code == "ROUNDING_MAKES_INVALID" for i in report.issues)


def test_every_other_issue_is_that_of_the_plot_validated_alone(plots, report):
    batch = [(i.code, i.message, i.plot_index, i.severity, i.fix, i.location, i.params)
             for i in report.issues if i.code not in PAIR_CODES]
    alone = []
    for p in plots:
        alone += [(i.code, i.message, i.plot_index, i.severity, i.fix, i.location, i.params)
                  for i in validate([p], today=TODAY).issues if i.code not in PAIR_CODES]
    assert batch == alone
    assert report.blocked == {i.plot_index for i in report.issues if i.is_error}


def test_threaded_intersections_give_the_same_issues(plots, report, monkeypatch):
    monkeypatch.setattr(checks, "_SPLIT_MIN", 1)
    monkeypatch.setattr(checks, "_WORKERS", 2)
    again = validate(plots, today=TODAY)
    assert again.issues == report.issues
    assert [i.params for i in again.issues] == [i.params for i in report.issues]


def test_star_shortcut_never_calls_an_invalid_ring_valid():
    """Random rings, many self-intersecting or degenerate: whatever the shortcut accepts, GEOS finds valid."""
    rng = np.random.default_rng(7)
    geoms = []
    for k in range(3000):
        m = int(rng.integers(3, 12))
        scale = 10.0 ** -rng.integers(0, 7)
        xy = rng.uniform(-1, 1, (m, 2)) * scale + (rng.uniform(-1, 1, 2) if k % 2 else 0.0)
        if k % 3 == 0:  # sorted by angle: mostly star-shaped, sometimes not around the mean
            centre = xy.mean(axis=0) + rng.normal(0, 0.3 * scale, 2)
            xy = xy[np.argsort(np.arctan2(*(xy - centre).T[::-1]))]
        if k % 7 == 0:
            xy = np.round(xy, 7)
        geoms.append(Polygon(xy))
    geoms_array = np.array(geoms, dtype=object)
    polygons = np.arange(len(geoms))
    rings = checks._Rings.of(geoms_array, polygons)
    sure = checks._surely_valid(rings, polygons, rings.coords)
    valid = shapely.is_valid(geoms_array)
    assert sure.sum() > 500 and (~valid).sum() > 500
    assert not (sure & ~valid).any()
