"""Checks across the batch (duplicates, overlaps) and on the real sample files, against independent counts."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, box, shape

from tests.conftest import shared_file
from tests.fixtures.geodesy import geod_area_ha
from vantage_plugin.core.plots import FieldMapping, Plot
from vantage_plugin.core.sources import plots_from_geojson
from vantage_plugin.core.validation import Severity, validate


def pairs(report, code):
    return {tuple(sorted((i.plot_index, i.other_plot_index))) for i in report.issues if i.code == code}


def brute_force(geoms):
    """Every pair with an area in common, by a plain bounding-box + shapely loop (no STRtree)."""
    bounds = shapely.bounds(geoms)
    equal, overlapping = set(), {}
    for i in range(len(geoms)):
        js = np.flatnonzero((bounds[:, 0] <= bounds[i, 2]) & (bounds[:, 2] >= bounds[i, 0])
                            & (bounds[:, 1] <= bounds[i, 3]) & (bounds[:, 3] >= bounds[i, 1]))
        for j in js[js > i]:
            a, b = geoms[i], geoms[j]
            if a.equals(b):
                equal.add((i, int(j)))
            elif a.intersection(b).area > 0:
                overlapping[(i, int(j))] = a.intersection(b)
    return equal, overlapping


@pytest.fixture(scope="module")
def nicaragua():
    plots = plots_from_geojson(shared_file("plots/nicaragua_coffee_1124plots.geojson"), FieldMapping(plot_id="Plot ID"))
    return plots, validate(plots)


def test_nicaragua_overlaps_and_duplicates_match_a_brute_force_loop(nicaragua):
    plots, report = nicaragua
    geoms = [p.geometry for p in plots]
    equal, overlapping = brute_force(geoms)
    assert pairs(report, "DUPLICATE_GEOMETRY") == equal
    assert pairs(report, "PLOTS_OVERLAP") == set(overlapping)
    # The data README counts 42 pairs that overlap in the strict (partial-overlap) sense.
    assert sum(geoms[i].overlaps(geoms[j]) for i, j in overlapping) == 42


def test_overlap_issues_name_both_plots_and_give_the_area(nicaragua):
    plots, report = nicaragua
    geoms = [p.geometry for p in plots]
    _, overlapping = brute_force(geoms)
    for (i, j), shared in overlapping.items():
        for me, other in ((i, j), (j, i)):
            [issue] = [x for x in report.issues_for(me) if x.code == "PLOTS_OVERLAP" and x.other_plot_index == other]
            assert issue.severity is Severity.WARNING
            assert plots[other].label in issue.message
            [written] = re.findall(r"(\d+\.\d{4}) ha", issue.message)  # the area, 4 decimals
            assert float(written) == pytest.approx(geod_area_ha(shared), rel=1e-5, abs=5.1e-5)  # Karney (pyproj)
            assert shared.buffer(1e-9).contains(Point(issue.location))


def test_nicaragua_precision_warnings_match_the_decimals_written_in_the_file(nicaragua):
    plots, report = nicaragua
    with open(shared_file("plots/nicaragua_coffee_1124plots.geojson")) as stream:
        features = json.load(stream, parse_float=str)["features"]

    def decimals(text):
        return len(text.split(".")[1].rstrip("0")) if "." in text else 0

    expected = set()
    for k, feature in enumerate(features):
        coords = [c for poly in feature["geometry"]["coordinates"] for ring in poly for p in ring for c in p[:2]]
        if max(decimals(c) for c in coords) <= 5:
            expected.add(k)
    assert 0 < len(expected) < len(plots)
    assert {i.plot_index for i in report.issues if i.code == "COORDINATE_PRECISION_LOW"} == expected


def test_touching_plots_do_not_overlap_and_overlapping_ones_do():
    a = box(-1.000001, 6.000001, -0.990001, 6.010001)
    touching = box(-0.990001, 6.000001, -0.980001, 6.010001)
    overlapping = box(-0.995001, 6.005001, -0.985001, 6.015001)
    plots = [Plot(index=k, geometry=g, commodity="cocoa") for k, g in enumerate((a, touching, overlapping))]
    report = validate(plots)
    assert pairs(report, "PLOTS_OVERLAP") == {(0, 2), (1, 2)}
    # Independent area: sphere of the authalic radius, 0.005° x 0.005° at 6°N.
    radius = 6371007.2
    lat1, lat2 = math.radians(6.005001), math.radians(6.010001)
    expected_ha = radius**2 * math.radians(0.005) * (math.sin(lat2) - math.sin(lat1)) / 10_000
    [issue] = [i for i in report.issues_for(0) if i.code == "PLOTS_OVERLAP"]
    area = float(issue.message.split(" by ")[1].split(" ha")[0])
    assert area == pytest.approx(expected_ha, rel=5e-3)
    assert pairs(validate(plots, check_overlaps=False), "PLOTS_OVERLAP") == set()


def test_contained_plot_says_so_and_equal_points_are_duplicates():
    outer, inner = box(10.000001, 5.000001, 10.010001, 5.010001), box(10.002001, 5.002001, 10.003001, 5.003001)
    p, q = Point(10.500001, 5.500001), Point(10.500001, 5.500001)
    plots = [Plot(index=k, geometry=g, commodity="cocoa", point_ha=1) for k, g in enumerate((outer, inner, p, q))]
    report = validate(plots)
    assert pairs(report, "PLOTS_OVERLAP") == {(0, 1)}
    assert "inside" in [i for i in report.issues_for(1) if i.code == "PLOTS_OVERLAP"][0].message
    assert pairs(report, "DUPLICATE_GEOMETRY") == {(2, 3)}


def test_whisp_plots_one_hole_and_no_invalid_geometry():
    path = shared_file("plots/whisp_50plots.geojson")
    plots = plots_from_geojson(path, FieldMapping(plot_id="user_id"))
    plots = [Plot(**{**p.__dict__, "commodity": "cocoa"}) for p in plots]
    report = validate(plots)
    assert len([i for i in report.issues if i.code == "POLYGON_HOLE"]) == 1  # README: one has a hole
    invalid = {k for k, p in enumerate(plots) if not p.geometry.is_valid}
    assert report.blocked == invalid


def test_whisp_as_points_only_the_27_plots_under_4_ha_pass():
    plots = plots_from_geojson(shared_file("plots/whisp_50plots.geojson"), FieldMapping(plot_id="user_id"))
    points = [Plot(index=p.index, geometry=p.geometry.centroid, commodity="cocoa",
                   point_ha=geod_area_ha(p.geometry), user_id=p.user_id) for p in plots]
    report = validate(points, check_overlaps=False)
    too_large = {i.plot_index for i in report.issues if i.code == "POINT_TOO_LARGE"}
    assert len(points) - len(too_large) == 27  # README: 27 under 4 ha
    assert report.blocked == too_large


def test_raw_shape_and_reader_agree_on_validity_for_real_files():
    for name in ("brazil_1plot.geojson", "ghana_2plots.geojson"):
        path = shared_file(f"plots/{name}")
        with open(path) as stream:
            geoms = [shapely.force_2d(shape(f["geometry"])) for f in json.load(stream)["features"]]
        report = validate(plots_from_geojson(path))
        assert report.blocked == {k for k, g in enumerate(geoms) if not g.is_valid}
