"""Per-plot geometry and attribute checks on hand-written cases: each case is built to break one rule."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import shapely
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon, box

from tests.fixtures.held_open import HeldOpen, together
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.runs import Cancelled, Feedback
from vantage_plugin.core.validation import Severity, validate

TODAY = dt.date(2025, 6, 30)
# A 1.1 x 1.1 km square in Ghana, 6 decimals.
SQUARE = [(-1.000001, 6.000001), (-0.990001, 6.000001), (-0.990001, 6.010001), (-1.000001, 6.010001)]


def plot(geometry, index=0, **fields):
    fields.setdefault("commodity", "cocoa")
    fields.setdefault("harvest_date", "2024-12-31")
    return Plot(index=index, geometry=geometry, **fields)


def issues(*plots, **kwargs):
    return validate(list(plots), today=TODAY, **kwargs)


def codes(report, index=0):
    return [issue.code for issue in report.issues_for(index)]


def test_clean_square_has_no_issue():
    report = issues(plot(Polygon(SQUARE)))
    assert report.issues == [] and report.valid_indices == [0] and report.blocked == set()


def test_bow_tie_is_a_self_intersection_located_at_the_crossing():
    (x0, y0), (x1, _), (_, y1) = SQUARE[0], SQUARE[1], SQUARE[2]
    bow_tie = Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])
    report = issues(plot(bow_tie))
    [issue] = report.issues_for(0)
    assert issue.code == "POLYGON_SELF_INTERSECTION" and issue.severity is Severity.ERROR
    assert issue.fix == "REPAIR_GEOMETRY"
    assert issue.location == pytest.approx(((x0 + x1) / 2, (y0 + y1) / 2), abs=1e-9)
    assert report.blocked == {0}


def test_spike_is_reported_once_at_its_tip():
    tip = (-0.995001, 6.020001)  # straight out of the top edge and back
    ring = SQUARE[:3] + [(-0.995001, 6.010001), tip, (-0.995001, 6.010001)] + SQUARE[3:]
    report = issues(plot(Polygon(ring)))
    assert codes(report) == ["POLYGON_SPIKE"]
    assert report.issues[0].location == pytest.approx(tip)


def test_zero_area_ring_is_an_error():
    line_like = Polygon([(-1.000001, 6.000001), (-0.990001, 6.000001), (-0.980001, 6.000001), (-1.000001, 6.000001)])
    assert line_like.area == 0  # the case is what it claims to be
    assert codes(issues(plot(line_like))) == ["POLYGON_ZERO_AREA"]


def test_ring_of_two_distinct_corners_is_zero_area_not_a_second_error():
    a, b = SQUARE[0], SQUARE[2]
    report = issues(plot(Polygon([a, b, a, a])))
    assert sorted(codes(report)) == ["DUPLICATE_VERTEX", "POLYGON_ZERO_AREA"]


def test_hole_is_only_a_warning():
    hole = [(-0.996, 6.004), (-0.994, 6.004), (-0.994, 6.006), (-0.996, 6.006)]
    report = issues(plot(Polygon(SQUARE, [hole])))
    assert codes(report) == ["POLYGON_HOLE"]
    assert report.issues[0].severity is Severity.WARNING and report.valid_indices == [0]


def test_consecutive_duplicate_vertices_warn_with_a_fix_and_place():
    ring = SQUARE[:2] + [SQUARE[1], SQUARE[1]] + SQUARE[2:]
    [issue] = issues(plot(Polygon(ring))).issues
    assert (issue.code, issue.severity, issue.fix) == ("DUPLICATE_VERTEX", Severity.WARNING, "DROP_DUPLICATE_VERTICES")
    assert "2 " in issue.message and issue.location == SQUARE[1]


def test_null_geometry_names_the_read_error():
    report = issues(plot(None, read_error="WKB is truncated"))
    [issue] = report.issues
    assert issue.code == "GEOMETRY_NULL" and "WKB is truncated" in issue.message


@pytest.mark.parametrize(
    "geometry, code",
    [
        (Polygon(), "GEOMETRY_EMPTY"),
        (Point(), "GEOMETRY_EMPTY"),
        (LineString(SQUARE), "GEOMETRY_LINE"),
        (GeometryCollection([Polygon(SQUARE)]), "GEOMETRY_UNSUPPORTED"),
    ],
)
def test_unusable_geometries_are_errors(geometry, code):
    report = issues(plot(geometry))
    assert code in codes(report) and report.blocked == {0}


def test_multipart_is_a_warning_giving_the_part_count():
    two = MultiPolygon([Polygon(SQUARE), box(-0.98, 6.0, -0.97, 6.01)])
    [issue] = issues(plot(two)).issues
    assert (issue.code, issue.severity, issue.fix) == ("MULTIPART", Severity.WARNING, "SPLIT_MULTIPART")
    assert "2 parts" in issue.message


def test_single_part_multipolygon_is_not_a_multipart():
    assert issues(plot(MultiPolygon([Polygon(SQUARE)]))).issues == []


def test_out_of_range_and_projected_coordinates():
    out = Polygon([(179.5, 10.0), (180.5, 10.0), (180.5, 10.5)])
    metres = box(500_000.0, 4_000_000.0, 500_100.0, 4_000_100.0)
    report = issues(plot(out, 0), plot(metres, 1))
    assert codes(report, 0) == ["COORDINATE_OUT_OF_RANGE"]
    assert codes(report, 1) == ["COORDINATES_LOOK_PROJECTED"]
    assert "CRS" in report.issues_for(1)[0].message


def test_non_finite_coordinate_is_an_error():
    report = issues(plot(Point(math.nan, 6.0), point_ha=1))
    assert "COORDINATE_NOT_FINITE" in codes(report) and report.blocked == {0}


def five_decimals(coords):
    return [(round(x, 5), round(y, 5)) for x, y in coords]


def test_precision_warning_only_when_all_coordinates_have_at_most_5_decimals():
    coarse = Polygon(five_decimals(SQUARE))
    one_fine = Polygon(five_decimals(SQUARE)[:3] + [SQUARE[3]])
    trailing_zero = Polygon([(-1.10000, 6.00010), (-1.09000, 6.00010), (-1.09000, 6.01000)])  # 6th decimal 0
    report = issues(plot(coarse, 0), plot(one_fine, 1), plot(trailing_zero, 2),
                    plot(coarse, 3, source_is_lonlat=False), check_overlaps=False)
    assert codes(report, 0) == ["COORDINATE_PRECISION_LOW"]
    assert report.issues_for(0)[0].severity is Severity.WARNING
    assert codes(report, 1) == []
    assert codes(report, 2) == ["COORDINATE_PRECISION_LOW"]
    assert codes(report, 3) == []


def test_plot_that_rounding_breaks_is_reported():
    # A notch whose tip and sides are closer than 1e-6 degree: fine as drawn, collapsed once rounded.
    notch = Polygon([(0.0, 0.0), (0.001, 0.0), (0.001, 0.001), (0.0005000004, 0.001), (0.0005, 0.0000003),
                     (0.0004999996, 0.001), (0.0, 0.001)])
    rounded = shapely.transform(notch, lambda c: np.round(c, 6))
    assert notch.is_valid and not rounded.is_valid  # the case is what it claims to be
    found = issues(plot(notch)).issues
    # the notch is also a long thin sliver (its sides meet at about 0.00005°): a warning
    assert [i.code for i in found if i.code == "POLYGON_SHARP_SPIKE"] == ["POLYGON_SHARP_SPIKE"]
    [issue] = [i for i in found if i.code not in ("COORDINATE_PRECISION_LOW", "POLYGON_SHARP_SPIKE")]
    assert issue.code == "ROUNDING_MAKES_INVALID" and issue.severity is Severity.ERROR


@pytest.mark.parametrize(
    "point_ha, code",
    [(None, "POINT_HA_MISSING"), ("", "POINT_HA_MISSING"), ("abc", "POINT_HA_NOT_NUMBER"),
     (0, "POINT_HA_NOT_POSITIVE"), (-1.5, "POINT_HA_NOT_POSITIVE"), (4.0, "POINT_TOO_LARGE"),
     ("12", "POINT_TOO_LARGE"), (3.99, None), ("2,5", None), (0.01, None)],
)
def test_point_needs_an_area_between_0_and_4_ha(point_ha, code):
    report = issues(plot(Point(-1.000001, 6.000001), point_ha=point_ha))
    assert codes(report) == ([code] if code else [])
    if code:
        assert report.blocked == {0}


def test_point_too_large_says_to_draw_a_polygon():
    [issue] = issues(plot(Point(-1.000001, 6.000001), point_ha=12)).issues
    assert "polygon" in issue.message and "12" in issue.message


@pytest.mark.parametrize(
    "commodity, code, severity",
    [("coffee", None, None), ("Palm oil", None, None), ("cattle", None, None), ("banana", "COMMODITY_UNKNOWN", Severity.ERROR),
     (None, "COMMODITY_MISSING", Severity.WARNING), ("  ", "COMMODITY_MISSING", Severity.WARNING)],
)
def test_commodity(commodity, code, severity):
    report = issues(plot(Polygon(SQUARE), commodity=commodity))
    assert codes(report) == ([code] if code else [])
    if code:
        assert report.issues[0].severity is severity


@pytest.mark.parametrize(
    "value, code",
    [("2024-02-29", None), (TODAY.isoformat(), None), (dt.date(2023, 1, 1), None),
     ("2023-02-29", "HARVEST_DATE_INVALID"), ("01/02/2024", "HARVEST_DATE_INVALID"), ("2024-1-5", "HARVEST_DATE_INVALID"),
     ((TODAY + dt.timedelta(days=1)).isoformat(), "HARVEST_DATE_FUTURE"), (None, "HARVEST_DATE_MISSING"),
     ("  ", "HARVEST_DATE_MISSING")],
)
def test_harvest_date(value, code):
    report = issues(plot(Polygon(SQUARE), harvest_date=value))
    assert codes(report) == ([code] if code else [])
    # A missing date is only a warning (the job's date then applies); a wrong one blocks the plot.
    assert report.blocked == ({0} if code and code != "HARVEST_DATE_MISSING" else set())


def test_report_counts_and_lookup():
    good, bad = plot(Polygon(SQUARE), 0), plot(Point(-0.900001, 6.000001), 1, point_ha=10, commodity=None)
    report = issues(good, bad)
    assert report.plot_count == 2
    assert report.blocked == {1} and report.valid_indices == [0]
    assert (report.error_count, report.warning_count) == (1, 1)
    assert sorted(codes(report, 1)) == ["COMMODITY_MISSING", "POINT_TOO_LARGE"]
    assert report.issues_for(0) == [] and report.issues_for(99) == []


def test_issues_refer_to_plot_index_not_position():
    report = issues(plot(Point(-0.9, 6.0), 41, point_ha=None))
    assert report.blocked == {41} and report.issues[0].plot_index == 41 and report.issues[0].plot_label == "#42"


def test_feedback_progress_and_cancel():
    feedback = Feedback()
    validate([plot(Polygon(SQUARE))], feedback=feedback)
    assert feedback.progress == 100.0
    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        validate([plot(Polygon(SQUARE))], feedback=feedback)


def test_bad_input_never_crashes_and_every_bad_plot_gets_an_error():
    bad = [
        plot(None, 0),
        plot(Polygon(), 1),
        plot(None, 2, raw_geometry={"type": "Polygon", "coordinates": "abc"}),
        plot(None, 3, raw_geometry={"type": "Blob", "coordinates": []}),
        plot(None, 4, raw_geometry={"type": "Polygon", "coordinates": [[["a", "b"]]]}),
        plot(Point(1e20, -1e20), 5, point_ha="x"),
        plot(MultiPolygon([Polygon(SQUARE), Polygon(SQUARE)]), 6),  # parts overlap each other
        plot(Polygon([(0, 0), (0, 0), (0, 0), (0, 0)]), 7),
    ]
    report = validate(bad, today=TODAY)
    assert report.blocked == set(range(len(bad)))


def test_two_validations_of_the_same_plots_never_test_their_prepared_shapes_at_once(monkeypatch):
    """Containment that numpy cannot decide is tested on the plots' own geometries, prepared for it then
    unprepared; a prepared index lives on the geometry object, and GEOS builds it on first use without a
    guard (two threads using one at once corrupt memory: shapely 2.0.6 / GEOS 3.11). Two tasks validating
    the same Plot objects at once take turns there: each ``contains`` call is held open until the other
    thread comes in (or a moment passes), so that, unguarded, the two would be inside together."""
    from vantage_plugin.core.validation import checks

    # a U (not star-shaped around its centre: GEOS decides) around a small square in its left arm
    u_shape = Polygon([(-1.000001, 6.000001), (-0.970001, 6.000001), (-0.970001, 6.030001), (-0.975001, 6.030001),
                       (-0.975001, 6.005001), (-0.995001, 6.005001), (-0.995001, 6.030001), (-1.000001, 6.030001)])
    inner = box(-0.999001, 6.010001, -0.996001, 6.020001)
    assert u_shape.is_valid and u_shape.contains(inner)
    plots = [plot(u_shape, 0), plot(inner, 1)]
    tested: list[int] = []
    held = HeldOpen()
    monkeypatch.setattr(checks.shapely, "contains", held.wrap(shapely.contains, lambda *args, **_: tested.append(len(args[0]))))
    reports = together(lambda: validate(plots, today=TODAY), lambda: validate(plots, today=TODAY))
    assert held.most == 1
    assert sum(tested) == 2  # the pair went to GEOS once in each validation
    for report in reports:  # the square inside the U, found by both
        assert [i.code for i in report.issues] == ["PLOTS_OVERLAP", "PLOTS_OVERLAP"]
    assert not any(shapely.is_prepared([u_shape, inner]))
