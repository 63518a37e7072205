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
from shapely.geometry import Polygon, box

from tests.fixtures.validation_plots import mixed_plots
from vantage_plugin.core.geodesy import geodesic_area_ha
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import RULES, checks, validate
from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT, OVERLAP_MIN_AREA

TODAY = dt.date(2025, 6, 30)
PAIR_CODES = {"PLOTS_OVERLAP", "DUPLICATE_GEOMETRY", "DUPLICATE_PLOT_ID"}
VALIDITY_CODES = {"POLYGON_SELF_INTERSECTION", "POLYGON_INVALID", "POLYGON_ZERO_AREA", "POLYGON_SPIKE"}


@pytest.fixture(scope="module")
def plots() -> list[Plot]:
    return mixed_plots()


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
