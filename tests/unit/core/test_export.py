"""The make_plot body: Point/Polygon features only, 2D, closed, 6 decimals, point_ha on points."""

from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon, shape

from tests.conftest import shared_file
from vantage_plugin.core.export import plot_feature_collection, plot_fingerprint
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.sources import plots_from_geojson


def test_multipolygon_becomes_one_polygon_feature_per_part_2d_closed_rounded():
    part1 = Polygon([(10.12345678, 5.1, 3.0), (10.2, 5.1, 3.0), (10.2, 5.2, 3.0)])
    part2 = Polygon([(11.0, 5.0), (11.1, 5.0), (11.1, 5.1), (11.0, 5.1)],
                    [[(11.02, 5.02), (11.03, 5.02), (11.03, 5.03)]])
    body = plot_feature_collection(Plot(index=0, geometry=MultiPolygon([part1, part2])))
    assert body["type"] == "FeatureCollection"
    kinds = [f["geometry"]["type"] for f in body["features"]]
    assert kinds == ["Polygon", "Polygon"]
    first = body["features"][0]["geometry"]["coordinates"][0]
    assert first[0] == [10.123457, 5.1] and first[0] == first[-1]
    assert all(len(p) == 2 for f in body["features"] for r in f["geometry"]["coordinates"] for p in r)
    assert len(body["features"][1]["geometry"]["coordinates"]) == 2  # the hole is kept
    json.dumps(body, allow_nan=False)


def test_points_carry_point_ha_and_multipoints_split():
    body = plot_feature_collection(Plot(index=0, geometry=MultiPoint([(1.0, 2.0), (1.1, 2.1)]), point_ha="1,5"))
    assert [f["geometry"] for f in body["features"]] == [{"type": "Point", "coordinates": [1.0, 2.0]},
                                                         {"type": "Point", "coordinates": [1.1, 2.1]}]
    assert all(f["properties"] == {"point_ha": 1.5} for f in body["features"])


def test_rounding_drops_the_repeated_vertices_it_makes():
    polygon = Polygon([(0.0, 0.0), (0.001, 0.0), (0.0010000001, 0.0), (0.001, 0.001), (0.0, 0.001)])
    ring = plot_feature_collection(Plot(index=0, geometry=polygon))["features"][0]["geometry"]["coordinates"][0]
    assert ring == [[0.0, 0.0], [0.001, 0.0], [0.001, 0.001], [0.0, 0.001], [0.0, 0.0]]


@pytest.mark.parametrize("geometry", [None, Polygon(), shapely.LineString([(0, 0), (1, 1)])])
def test_no_point_or_polygon_is_refused(geometry):
    with pytest.raises(ValueError):
        plot_feature_collection(Plot(index=0, geometry=geometry))


def test_whisp_exports_are_valid_and_within_rounding_of_the_source():
    for source in plots_from_geojson(shared_file("plots/whisp_50plots.geojson")):
        features = plot_feature_collection(source)["features"]
        exported = shapely.union_all([shape(f["geometry"]) for f in features])
        assert exported.is_valid
        assert shapely.hausdorff_distance(exported, source.geometry) <= 1e-6


def test_fingerprint_ignores_noise_beyond_6_decimals_but_not_content():
    base = Plot(index=0, geometry=Polygon([(1.0, 1.0), (1.1, 1.0), (1.1, 1.1)]), commodity="cocoa",
                harvest_date="2024-05-01", name="North")
    noisy = Plot(**{**base.__dict__, "index": 9,
                    "geometry": Polygon([(1.0000000001, 1.0), (1.1, 1.0), (1.1, 1.1)]), "commodity": "Cocoa"})
    assert plot_fingerprint(base) == plot_fingerprint(noisy)
    assert len(plot_fingerprint(base)) == 64
    for change in ({"commodity": "coffee"}, {"harvest_date": "2024-05-02"}, {"name": "South"},
                   {"geometry": Polygon([(1.0, 1.0), (1.100001, 1.0), (1.1, 1.1)])}):
        assert plot_fingerprint(Plot(**{**base.__dict__, **change})) != plot_fingerprint(base)


def test_point_property_uses_the_parsed_value():
    body = plot_feature_collection(Plot(index=0, geometry=Point(1.0, 2.0), point_ha=2))
    assert body["features"][0]["properties"]["point_ha"] == 2.0
