"""EU Information System export: the files written are parsed and checked here against the rules of
``../shared/reference/eu-information-system-geojson.md`` by code of this test (json, Decimal, integer
shoelace areas, shapely/OGR validity), never by the exporter's own helpers."""

from __future__ import annotations

import base64
import json
from decimal import ROUND_DOWN, Decimal

import pytest
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Point, Polygon

from tests.fixtures.eu_files import read_eu_file, shoelace2
from tests.fixtures.world import ogr_iso2_at
from vantage_plugin.core import eudr_export as eu


def truncated(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.000001"), rounding=ROUND_DOWN))


def export_to(tmp_path, plots, commodity="cocoa", **kwargs):
    result = eu.export(plots, commodity, **kwargs)
    paths = eu.write(result, tmp_path / "eudr.geojson", tmp_path / "eudr.producers.json")
    return result, paths


# --- geometry rules ------------------------------------------------------------------------------
OUTER = [(-5.01, 7.01), (-4.99, 7.01), (-4.99, 7.03), (-5.01, 7.03), (-5.01, 7.01)]
HOLE = [(-5.003, 7.016), (-4.996, 7.017), (-4.995, 7.024), (-5.004, 7.022), (-5.003, 7.016)]


def test_polygon_with_a_hole_becomes_hole_free_polygons_of_the_same_area(tmp_path):
    plot = eu.EudrPlot(0, "doughnut", Polygon(OUTER, [HOLE]), "CI", "Kouassi", "Daloa")
    result, paths = export_to(tmp_path, [plot])
    features = read_eu_file(paths[0])
    assert len(features) >= 2
    expected = shoelace2(OUTER) - shoelace2(HOLE)  # exact, in micro-degrees²
    assert sum(shoelace2(f["geometry"]["coordinates"][0]) for f in features) == expected
    pieces = [shapely.geometry.shape(f["geometry"]) for f in features]
    original = Polygon(OUTER, [HOLE])
    assert shapely.union_all(pieces).symmetric_difference(original).area < 1e-15
    for a in range(len(pieces)):
        for b in range(a + 1, len(pieces)):
            assert pieces[a].intersection(pieces[b]).area < 1e-15
    assert all(f["properties"] == {"ProducerName": "Kouassi", "ProducerCountry": "CI", "ProductionPlace": "Daloa"}
               for f in features)
    (outcome,) = result.outcomes
    assert outcome.status == eu.STATUS_CHANGED and "hole" in outcome.messages[0]


def test_two_holes_one_behind_the_other(tmp_path):
    # the second hole hides most of the outer ring from the first one
    outer = [(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01), (0, 0)]
    inner = [(0.004, 0.004), (0.006, 0.004), (0.006, 0.006), (0.004, 0.006), (0.004, 0.004)]
    shield = [(0.002, 0.001), (0.008, 0.001), (0.009, 0.009), (0.001, 0.009), (0.0015, 0.005),
              (0.003, 0.005), (0.003, 0.007), (0.007, 0.007), (0.007, 0.003), (0.003, 0.003), (0.003, 0.0045),
              (0.0015, 0.0045), (0.002, 0.001)]
    polygon = Polygon(outer, [shield, inner])
    assert polygon.is_valid
    _, paths = export_to(tmp_path, [eu.EudrPlot(0, "p", polygon, "GH")])
    features = read_eu_file(paths[0])
    total = sum(shoelace2(f["geometry"]["coordinates"][0]) for f in features)
    assert total == shoelace2(outer) - shoelace2(shield) - shoelace2(inner)


def test_coordinates_are_truncated_not_rounded(tmp_path):
    square = Polygon([(10.1234569, 5.9999999), (10.1334569, 5.9999999), (10.1334569, 6.0099999),
                      (10.1234569, 6.0099999)])
    _, paths = export_to(tmp_path, [eu.EudrPlot(0, "p", square, "GH")])
    (feature,) = read_eu_file(paths[0])
    ring = feature["geometry"]["coordinates"][0]
    assert {tuple(p) for p in ring} == {(truncated(x), truncated(y)) for x, y in square.exterior.coords}
    assert ring[0] == [10.123456, 5.999999]


def test_vertices_that_collapse_at_6_decimals(tmp_path):
    # the reference's example: -5.8227391234 and -5.8227394567 both become -5.822739
    dup = Polygon([(-5.8227394567, 7.1), (-5.8227391234, 7.1), (-5.81, 7.1), (-5.81, 7.11), (-5.8227394567, 7.11)])
    # a vertex 0.9e-6° above the bottom edge: truncated, it lies on that edge (ring self-touch, invalid)
    touch = Polygon([(1.0, 1.0), (1.001, 1.0), (1.001, 1.001), (1.0005004, 1.0000009), (1.0, 1.001)])
    # a plot smaller than the grid: nothing is left
    tiny = Polygon([(2.0000001, 2.0000001), (2.0000009, 2.0000001), (2.0000009, 2.0000009)])
    for shape in (dup, touch, tiny):
        assert shape.is_valid
    naive = Polygon([(truncated(x), truncated(y)) for x, y in touch.exterior.coords])
    assert not naive.is_valid  # what a plain truncation would send
    plots = [eu.EudrPlot(0, "dup", dup, "CI"), eu.EudrPlot(1, "touch", touch, "CI"), eu.EudrPlot(2, "tiny", tiny, "CI")]
    result, paths = export_to(tmp_path, plots)
    features = read_eu_file(paths[0])  # every written polygon valid on its written coordinates
    assert len(features) == 2
    dup_ring = features[0]["geometry"]["coordinates"][0]
    assert len(dup_ring) == 5 and dup_ring[0] == [-5.822739, 7.1]
    status = {o.label: o for o in result.outcomes}
    assert status["dup"].status == eu.STATUS_CHANGED and "dropped" in status["dup"].messages[0]
    assert status["touch"].status == eu.STATUS_CHANGED and "snapped" in status["touch"].messages[0]
    touched = shapely.geometry.shape(features[1]["geometry"])
    assert abs(touched.area - touch.area) / touch.area < 0.01
    assert status["tiny"].status == eu.STATUS_LEFT_OUT and status["tiny"].messages


def test_multipolygon_and_points(tmp_path):
    multi = MultiPolygon([Polygon([(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01)]),
                          Polygon([(0.02, 0), (0.03, 0), (0.03, 0.01), (0.02, 0.01)])])
    plots = [
        eu.EudrPlot(0, "multi", multi, "GH", "A"),
        eu.EudrPlot(1, "point", Point(-1.5, 6.5), "GH", "B", area_ha="2,5"),
        eu.EudrPlot(2, "no area", Point(-1.6, 6.5), "GH", "B"),
        eu.EudrPlot(3, "too big", Point(-1.7, 6.5), "GH", "B", area_ha=5),
        eu.EudrPlot(4, "too small", Point(-1.8, 6.5), "GH", "B", area_ha=0.00001),
        eu.EudrPlot(5, "line", shapely.LineString([(0, 0), (1, 1)]), "GH", "B"),
        eu.EudrPlot(6, "blocked", Point(-1.9, 6.5), "GH", "B", area_ha=1, blocked="bad harvest date"),
        eu.EudrPlot(7, "multipoint", shapely.MultiPoint([(-1.5, 6.6), (-1.51, 6.6)]), "GH", "B", area_ha=3),
    ]
    result, paths = export_to(tmp_path, plots)
    features = read_eu_file(paths[0])
    kinds = [f["geometry"]["type"] for f in features]
    assert kinds == ["MultiPolygon", "Point", "MultiPoint"]
    assert features[1]["properties"]["Area"] == 2.5 and features[1]["geometry"]["coordinates"] == [-1.5, 6.5]
    assert features[2]["properties"]["Area"] == 3
    left = {o.label for o in result.outcomes if o.status == eu.STATUS_LEFT_OUT}
    assert left == {"no area", "too big", "too small", "line", "blocked"}
    assert all(o.messages for o in result.outcomes if o.status == eu.STATUS_LEFT_OUT)


def test_cattle_points_may_exceed_4_ha(tmp_path):
    result, paths = export_to(tmp_path, [eu.EudrPlot(0, "ranch", Point(-50, -10), "BR", area_ha=12)], "beef")
    (feature,) = read_eu_file(paths[0], cattle=True)
    assert feature["properties"]["Area"] == 12


# --- countries -----------------------------------------------------------------------------------
def test_plots_in_several_countries(tmp_path, world):
    places = {"br": (-55.0, -12.0), "ci": (-5.5, 7.5), "id": (113.9, -0.5), "co": (-74.0, 4.6)}
    plots = [eu.EudrPlot(k, name, Point(*xy), None, name, area_ha=1) for k, (name, xy) in enumerate(places.items())]
    plots.append(eu.EudrPlot(4, "named", Point(-55, -12), "Brazil", "named", area_ha=1))
    plots.append(eu.EudrPlot(5, "alpha3", Point(-55, -12), "civ", "alpha3", area_ha=1))
    plots.append(eu.EudrPlot(6, "bad code", Point(-55, -12), "XX", "bad", area_ha=1))
    plots.append(eu.EudrPlot(8, "guiana", Point(-53, 4), "gf", "guiana", area_ha=1))  # ISO 3166-1: French Guiana
    plots.append(eu.EudrPlot(7, "sea", Point(-30, 0), None, "sea", area_ha=1))
    lookup = lambda geoms: [place.iso2 for place in world.places(geoms)]  # noqa: E731
    result, paths = export_to(tmp_path, plots, country_lookup=lookup, code_table=world.code_table())
    features = read_eu_file(paths[0])
    got = {f["properties"]["ProducerName"]: f["properties"]["ProducerCountry"] for f in features}
    for name, (lon, lat) in places.items():
        assert [got[name]] == ogr_iso2_at(lon, lat)
    assert got["named"] == "BR" and got["alpha3"] == "CI" and got["guiana"] == "GF"
    assert len(set(got.values())) == 5
    left = {o.label: o.messages[0] for o in result.outcomes if o.status == eu.STATUS_LEFT_OUT}
    assert set(left) == {"bad code", "sea"}


# --- files and limits ----------------------------------------------------------------------------
def test_a_batch_is_split_into_statements_within_the_limits(tmp_path):
    plots = []
    for k in range(40):
        square = shapely.box(-5 + k * 0.01, 7, -5 + k * 0.01 + 0.005, 7.005)
        plots.append(eu.EudrPlot(k, f"p{k}", square, "CI", f"producer {k // 4}"))  # 10 producers, 4 plots each
    limits = eu.Limits(max_bytes=2500, max_producers_per_commodity=3)
    result, paths = export_to(tmp_path, plots, limits=limits)
    assert len(paths) > 1
    assert [p.name for p in paths] == [f"eudr_statement-{k}-of-{len(paths)}.geojson" for k in range(1, len(paths) + 1)]
    seen = []
    owners: dict[str, set] = {}
    for k, path in enumerate(paths, start=1):
        assert path.stat().st_size <= 2500
        features = read_eu_file(path)
        producers = {(f["properties"]["ProducerName"], f["properties"]["ProducerCountry"]) for f in features}
        assert len(producers) <= 3
        for name, _ in producers:
            owners.setdefault(name, set()).add(k)
        seen.extend(features)
        payload = json.loads((tmp_path / f"eudr.producers_statement-{k}-of-{len(paths)}.json").read_text())
        assert {(e["name"], e["country"]) for e in payload["producers"]} == producers
        decoded = [json.loads(base64.b64decode(e["geometryGeojson"])) for e in payload["producers"]]
        assert sum(len(d["features"]) for d in decoded) == len(features)
    assert len(seen) == 40
    assert all(len(files) == 1 for files in owners.values())  # a producer's plots stay together
    assert not (tmp_path / "eudr.geojson").exists()


def test_25_mb_and_1000_producers_by_computation():
    overhead = len('{"type":"FeatureCollection","features":[') + len("]}")
    size = 1_000_000
    per_file = (25_000_000 - overhead + 1) // (size + 1)  # n features + (n - 1) commas + wrapper
    assert per_file == 24
    files = eu.plan_files([[size]] * 60)
    assert [len(f) for f in files] == [24, 24, 12]
    for members in files:
        assert overhead + sum(size for _ in members) + len(members) - 1 <= 25_000_000
    # 1,001 small producers: 1,000 in the first statement
    files = eu.plan_files([[500]] * 1001)
    assert [len(f) for f in files] == [1000, 1]
    with pytest.raises(ValueError):
        eu.plan_files([[25_000_000]])


def test_single_file_and_producers_payload(tmp_path):
    plots = [eu.EudrPlot(0, "a", Point(-1.5, 6.5), "GH", "Ama", "Kumasi", 1.5),
             eu.EudrPlot(1, "b", shapely.box(-1.6, 6.5, -1.59, 6.51), "GH", "Ama", None),
             eu.EudrPlot(2, "c", Point(-1.7, 6.5), "GH", None, None, 2)]
    result, paths = export_to(tmp_path, plots)
    assert paths == [tmp_path / "eudr.geojson"]
    features = read_eu_file(paths[0])
    assert "ProducerName" not in features[2]["properties"]
    payload = json.loads((tmp_path / "eudr.producers.json").read_text())
    assert [(e["country"], e["name"]) for e in payload["producers"]] == [("GH", "Ama"), ("GH", None)]
    ama = json.loads(base64.b64decode(payload["producers"][0]["geometryGeojson"]))
    assert [f["geometry"] for f in ama["features"]] == [f["geometry"] for f in features[:2]]
    assert all(o.file_numbers == [1] for o in result.outcomes)


def test_a_result_layers_disc_is_written_as_its_point(tmp_path):
    from vantage_plugin.core.geodesy import point_disc

    disc = point_disc(-71.721657, 18.668, 2.5)  # how the bundled engine draws a 2.5 ha point plot
    stretched = shapely.affinity.scale(disc, 2.0, 1.0)  # 64 vertices, not a disc
    plots = [eu.EudrPlot(0, "disc", MultiPolygon([disc]), "DO", area_ha=2.5),
             eu.EudrPlot(1, "other area", disc, "DO", area_ha=1.0),
             eu.EudrPlot(2, "stretched", stretched, "DO", area_ha=5.0)]
    result, paths = export_to(tmp_path, plots)
    features = read_eu_file(paths[0])
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [-71.721657, 18.668]}
    assert features[0]["properties"]["Area"] == 2.5
    assert [f["geometry"]["type"] for f in features[1:]] == ["Polygon", "Polygon"]  # single-part: a Polygon
    assert result.outcomes[0].status == eu.STATUS_CHANGED and result.outcomes[1].status == eu.STATUS_WRITTEN


def test_numbers_near_zero_and_negative_are_plain_decimals(tmp_path):
    plots = [eu.EudrPlot(0, "a", Point(0.0000015, -0.0000005), "GH", area_ha=1),
             eu.EudrPlot(1, "b", Point(-179.9999999, 89.12345678), "GH", area_ha=1)]
    _, paths = export_to(tmp_path, plots)
    text = paths[0].read_text()
    features = read_eu_file(paths[0])  # no exponent, at most 6 decimals
    assert '"coordinates":[0.000001,0]' in text
    assert features[1]["geometry"]["coordinates"] == [-179.999999, 89.123456]


def test_cancelling_stops_the_export():
    from vantage_plugin.core.runs import Cancelled, Feedback

    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        eu.export([eu.EudrPlot(0, "a", Point(0, 0), "GH", area_ha=1)], "cocoa", feedback=feedback)


def test_random_polygons_with_several_holes(tmp_path):
    """Seeded random doughnuts (1-5 holes, on the 6-decimal grid): exact area kept, no hole written."""
    import numpy as np

    rng = np.random.default_rng(7)
    plots, expected = [], []
    while len(plots) < 15:
        cx, cy = rng.uniform(-60, 60), rng.uniform(-30, 30)
        outer = shapely.Point(cx, cy).buffer(0.01, quad_segs=int(rng.integers(2, 12)))
        holes = [shapely.Point(cx + rng.uniform(-0.007, 0.007), cy + rng.uniform(-0.007, 0.007))
                 .buffer(rng.uniform(0.0003, 0.002), quad_segs=int(rng.integers(1, 6)))
                 for _ in range(int(rng.integers(1, 6)))]
        shape = shapely.set_precision(outer.difference(shapely.union_all(holes)), 1e-6)
        if shape.geom_type != "Polygon" or not shape.interiors:
            continue
        plots.append(eu.EudrPlot(len(plots), f"r{len(plots)}", shape, "BR", f"producer {len(plots)}"))
        rings = [[(round(x, 6), round(y, 6)) for x, y in r.coords] for r in (shape.exterior, *shape.interiors)]
        expected.append(shoelace2(rings[0]) - sum(shoelace2(r) for r in rings[1:]))
    result, paths = export_to(tmp_path, plots)
    features = read_eu_file(paths[0])
    got: dict[str, int] = {}
    for feature in features:
        name = feature["properties"]["ProducerName"]
        got[name] = got.get(name, 0) + shoelace2(feature["geometry"]["coordinates"][0])
    assert [got[f"producer {k}"] for k in range(len(plots))] == expected
    assert all(o.status == eu.STATUS_CHANGED for o in result.outcomes)
