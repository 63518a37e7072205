"""Dates before the EUDR cut-off, the antimeridian, sharp spikes, duplicate ids, point areas and the
harvest-date field names (issue 8). Expectations come from the rules themselves (dates, angles and
longitudes computed here), not from running the checks."""

from __future__ import annotations

import datetime as dt
import math

import pytest
import shapely
from shapely.geometry import Point, Polygon

from vantage_plugin.core.plots import EUDR_CUTOFF, Plot, harvest_field
from vantage_plugin.core.validation import Severity, validate
from vantage_plugin.core.validation.rules import make_issue

TODAY = dt.date(2025, 6, 30)


def _codes(report, index):
    return [i.code for i in report.issues_for(index)]


@pytest.mark.parametrize("date, blocked", [("1900-01-01", True), ("2020-12-31", True), ("2021-01-01", False)])
def test_harvest_date_before_2021_is_an_error(date, blocked):
    # the window runs from 1 Jan 2021 to the harvest date: it is empty when the harvest is on or before
    # the cut-off, 31 Dec 2020
    assert (dt.date.fromisoformat(date) <= dt.date(2020, 12, 31)) is blocked
    plot = Plot(0, shapely.box(-71.7000013, 18.6600017, -71.6990013, 18.6610017), commodity="cocoa",
                harvest_date=date)
    report = validate([plot], today=TODAY)
    assert ("HARVEST_DATE_BEFORE_CUTOFF" in _codes(report, 0)) is blocked
    assert (0 in report.blocked) is blocked
    if blocked:
        (issue,) = [i for i in report.issues if i.code == "HARVEST_DATE_BEFORE_CUTOFF"]
        assert issue.severity is Severity.ERROR and date in issue.message and "1 January 2021" in issue.message
    assert EUDR_CUTOFF == dt.date(2020, 12, 31)


def test_antimeridian_polygon_is_an_error():
    # 10 km wide across 180°: as drawn its edge jumps 359.99° of longitude, the long way round
    ring = [(179.9500013, -16.1000017), (-179.9500013, -16.1000017), (-179.9500013, -16.2000017),
            (179.9500013, -16.2000017)]
    assert abs(ring[1][0] - ring[0][0]) > 180
    report = validate([Plot(0, Polygon(ring), commodity="cocoa", harvest_date="2024-01-01"),
                       Plot(1, shapely.box(170.0000013, -16.3000017, 170.0010013, -16.2990017), commodity="cocoa",
                            harvest_date="2024-01-01")], today=TODAY)
    (issue,) = [i for i in report.issues if i.code == "POLYGON_CROSSES_ANTIMERIDIAN"]
    assert issue.plot_index == 0 and issue.severity is Severity.ERROR and 0 in report.blocked
    assert "179.950001" in issue.message and "-179.950001" in issue.message and "180°" in issue.message
    assert 1 not in report.blocked and "PLOTS_OVERLAP" not in _codes(report, 1)


def test_sharp_spike_is_a_warning_with_its_location():
    # a 1 km square with a 4.4 km spike on its top edge, 40 m wide at its base
    x0, y0, lat_scale = 10.0000013, 0.0000017, 1.0
    base, length = 0.00036, 0.04  # degrees (near the equator: about 40 m and 4.4 km)
    tip = (x0 + 0.005 + base / 2, y0 + 0.01 + length)
    poly = Polygon([(x0, y0), (x0 + 0.01, y0), (x0 + 0.01, y0 + 0.01), (x0 + 0.005 + base, y0 + 0.01), tip,
                    (x0 + 0.005, y0 + 0.01), (x0, y0 + 0.01)])
    angle = math.degrees(2 * math.atan((base / 2) * lat_scale / length))
    assert angle < 2  # about 0.52°
    report = validate([Plot(0, poly, commodity="cocoa", harvest_date="2024-01-01")], today=TODAY)
    (issue,) = [i for i in report.issues if i.code == "POLYGON_SHARP_SPIKE"]
    assert issue.severity is Severity.WARNING and 0 not in report.blocked
    assert issue.location == pytest.approx(tip)
    assert f"{angle:.2f}°" in issue.message
    # a 30° corner is not a spike
    corner = Polygon([(x0, y0), (x0 + 0.01, y0), (x0, y0 + 0.01 * math.tan(math.radians(30)))])
    assert "POLYGON_SHARP_SPIKE" not in _codes(validate([Plot(0, corner)], today=TODAY), 0)


def test_duplicate_plot_ids_name_both_features():
    plots = [Plot(0, shapely.box(0.0000013, 0.0000017, 0.0010013, 0.0010017), source_fid=3, user_id="F-1"),
             Plot(1, shapely.box(1.0000013, 0.0000017, 1.0010013, 0.0010017), source_fid=7, user_id="F-1"),
             Plot(2, shapely.box(2.0000013, 0.0000017, 2.0010013, 0.0010017), source_fid=8, user_id="F-2")]
    report = validate(plots, today=TODAY)
    dup = [i for i in report.issues if i.code == "DUPLICATE_PLOT_ID"]
    assert sorted(i.plot_index for i in dup) == [0, 1] and all(i.severity is Severity.WARNING for i in dup)
    for issue in dup:
        assert "fid 3" in issue.message and "fid 7" in issue.message and "'F-1'" in issue.message
    assert not report.blocked & {0, 1}


def test_point_area_message_names_the_eu_information_system_bound():
    message = make_issue("POINT_TOO_LARGE", Plot(0, Point(0, 0)), value=4.0).message
    assert "under 4 ha" in message and "EU Information System accepts points up to 4 ha" in message
    report = validate([Plot(0, Point(0.0000013, 0.0000017), point_ha=3.99),
                       Plot(1, Point(1.0000013, 0.0000017), point_ha=4)], today=TODAY)
    assert "POINT_TOO_LARGE" not in _codes(report, 0) and "POINT_TOO_LARGE" in _codes(report, 1)


@pytest.mark.parametrize("names, expected", [
    (["id", "date", "data", "fecha"], None),  # a survey date or free text is never the harvest date
    (["date", "harvest_date"], "harvest_date"),
    (["Fecha de cosecha"], "Fecha de cosecha"),
    (["date_récolte"], "date_récolte"),
    (["Data colheita"], "Data colheita"),
    (["tanggal_panen"], "tanggal_panen"),
    (["production_date"], None),
])
def test_harvest_field_only_from_names_that_say_harvest(names, expected):
    assert harvest_field(names) == expected
