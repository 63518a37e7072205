"""Safe fixes: each removes the issue it is offered for, is recorded, and never mutates the input."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box, shape

from tests.conftest import shared_file
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.sources import plots_from_geojson
from vantage_plugin.core.validation import FIXES, RULES, apply_fixes, validate
from vantage_plugin.core.validation.fixes import PART_FIELD
from vantage_plugin.core.validation.geojson_raw import build_geometry

SQUARE = [(-1.000001, 6.000001), (-0.990001, 6.000001), (-0.990001, 6.010001), (-1.000001, 6.010001)]
OPEN_RAW = {"type": "Polygon", "coordinates": [[list(p) for p in SQUARE]]}


def plot(geometry, index=0, **fields):
    fields.setdefault("commodity", "cocoa")
    return Plot(index=index, geometry=geometry, **fields)


def raw_plot(raw, index=0):
    geometry, error = build_geometry(raw)
    return plot(geometry, index, raw_geometry=raw, read_error=error)


def bow_tie():
    (x0, y0), (x1, _), (_, y1) = SQUARE[0], SQUARE[1], SQUARE[2]
    return Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])


def notch():
    return Polygon([(0.0, 0.0), (0.001, 0.0), (0.001, 0.001), (0.0005000004, 0.001), (0.0005, 0.0000003),
                    (0.0004999996, 0.001), (0.0, 0.001)])


CASES = {  # a plot showing the issue each fix is offered for
    "CLOSE_RINGS": lambda: raw_plot(OPEN_RAW),
    "DROP_DUPLICATE_VERTICES": lambda: plot(Polygon(SQUARE[:2] + [SQUARE[1]] + SQUARE[2:])),
    "REPAIR_GEOMETRY": lambda: plot(bow_tie()),
    "ROUND_COORDINATES": lambda: plot(notch()),
    "SPLIT_MULTIPART": lambda: plot(MultiPolygon([Polygon(SQUARE), box(-0.980001, 6.000001, -0.970001, 6.010001)])),
    "REINTERPRET_AS_MULTIPOLYGON": lambda: raw_plot({"type": "Polygon", "coordinates": [[[list(p) for p in SQUARE]
                                                                                          + [list(SQUARE[0])]]]}),
}


def codes_offering(report, fix):
    return {i.code for i in report.issues if i.fix == fix}


def test_every_fix_has_a_case():
    assert set(CASES) == set(FIXES)


@pytest.mark.parametrize("fix", sorted(CASES))
def test_each_fix_removes_the_issue_it_is_offered_for(fix):
    before = CASES[fix]()
    offered = codes_offering(validate([before]), fix)
    assert offered and all(RULES[c].fix == fix for c in offered)
    result = apply_fixes([before], [fix])
    assert [c.fix for c in result.changes] == [fix] and result.changes[0].plot_index == 0
    assert codes_offering(validate(result.plots), fix) == set()
    assert validate(result.plots).blocked == set()


def test_input_is_never_mutated():
    plots = [factory() for factory in CASES.values()]
    plots = [Plot(**{**p.__dict__, "index": k}) for k, p in enumerate(plots)]
    snapshot = [(p.index, shapely.to_wkb(p.geometry) if p.geometry is not None else None,
                 copy.deepcopy(p.raw_geometry), dict(p.attributes)) for p in plots]
    apply_fixes(plots)
    after = [(p.index, shapely.to_wkb(p.geometry) if p.geometry is not None else None,
              p.raw_geometry, p.attributes) for p in plots]
    assert after == snapshot


def test_only_the_fixes_asked_are_applied():
    messy = raw_plot({"type": "Polygon", "coordinates": [[list(p) for p in SQUARE[:2] + [SQUARE[1]] + SQUARE[2:]]]})
    result = apply_fixes([messy], ["CLOSE_RINGS"])
    assert [c.fix for c in result.changes] == ["CLOSE_RINGS"]
    assert "DUPLICATE_VERTEX" in {i.code for i in validate(result.plots).issues}
    assert apply_fixes([messy], []).changes == []


def test_unknown_fix_code_is_refused():
    with pytest.raises(ValueError):
        apply_fixes([], ["MAKE_IT_NICE"])


def test_cameroon_reinterpreted_equals_the_multipolygons_the_coordinates_describe():
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    with open(path) as stream:
        expected = [shape({"type": "MultiPolygon", "coordinates": f["geometry"]["coordinates"]})
                    for f in json.load(stream)["features"]]
    plots = [Plot(**{**p.__dict__, "commodity": "cocoa"}) for p in plots_from_geojson(path)]
    result = apply_fixes(plots, ["REINTERPRET_AS_MULTIPOLYGON"])
    assert len(result.changes) == 18 == len(result.plots)
    assert all(got.geometry.equals(want) for got, want in zip(result.plots, expected))
    assert validate(result.plots).blocked == set()


def test_repair_keeps_only_polygonal_parts_and_never_drops_a_plot():
    flat = plot(Polygon([(-1.000001, 6.000001), (-0.990001, 6.000001), (-0.980001, 6.000001)]), 0)
    result = apply_fixes([flat, plot(bow_tie(), 1)], ["REPAIR_GEOMETRY"])
    assert len(result.plots) == 2
    assert result.plots[0].geometry.equals(flat.geometry)  # nothing safe to do: left as it was …
    assert [c.plot_index for c in result.skipped] == [0]  # … and said so
    repaired = result.plots[1].geometry
    assert repaired.is_valid and repaired.geom_type in ("Polygon", "MultiPolygon")
    assert repaired.area == pytest.approx(shapely.make_valid(bow_tie()).area)


def test_repair_removes_a_spike_leaving_the_square():
    ring = SQUARE[:3] + [(-0.995001, 6.010001), (-0.995001, 6.020001), (-0.995001, 6.010001)] + SQUARE[3:]
    result = apply_fixes([plot(Polygon(ring))], ["REPAIR_GEOMETRY"])
    assert result.plots[0].geometry.equals(Polygon(SQUARE))


def test_round_gives_6_decimals_and_a_valid_polygon():
    result = apply_fixes([plot(notch())], ["ROUND_COORDINATES"])
    geometry = result.plots[0].geometry
    coords = shapely.get_coordinates(geometry)
    assert np.allclose(coords, np.round(coords, 6), rtol=0, atol=1e-12)
    assert geometry.is_valid and geometry.area > 0


def test_split_multipart_numbers_parts_and_renumbers_plots():
    two = MultiPolygon([Polygon(SQUARE), box(-0.980001, 6.000001, -0.970001, 6.010001)])
    plots = [plot(Polygon(SQUARE), 0, user_id="a"), plot(two, 1, user_id="b", attributes={"farm": "x"}),
             plot(box(0.000001, 0.000001, 0.010001, 0.010001), 2, user_id="c")]
    result = apply_fixes(plots, ["SPLIT_MULTIPART"])
    assert [p.index for p in result.plots] == [0, 1, 2, 3]
    assert result.origin == [0, 1, 1, 2]
    assert [p.user_id for p in result.plots] == ["a", "b", "b", "c"]
    assert result.parts == [None, 1, 2, None]
    assert all(PART_FIELD not in p.attributes for p in result.plots)  # a user field of that name survives
    assert all(p.attributes.get("farm") == "x" for p in result.plots[1:3])
    assert [p.geometry for p in result.plots[1:3]] == list(two.geoms)
    assert [(c.plot_index, c.fix) for c in result.changes] == [(1, "SPLIT_MULTIPART")]
