"""The rule table: one place for every code, severity, message and fix."""

from __future__ import annotations

import re
import string

import pytest

from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import FIXES, RULES, Severity
from vantage_plugin.core.validation.rules import make_issue

PLACEHOLDERS = {"detail", "geometry_type", "parts", "count", "lon", "lat", "reason", "x", "y", "value", "max",
                "today", "other", "area_ha", "commodities", "angle", "west", "east", "feature",
                "other_feature"}


def test_codes_are_stable_upper_snake_keys():
    for key, rule in RULES.items():
        assert key == rule.code
        assert re.fullmatch(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", rule.code)
        assert isinstance(rule.severity, Severity)
        assert rule.title and rule.message


def test_every_fix_code_is_a_known_fix_and_every_fix_is_offered_by_a_rule():
    offered = {rule.fix for rule in RULES.values() if rule.fix}
    assert offered == set(FIXES)


def test_templates_use_only_known_placeholders():
    for rule in RULES.values():
        names = {field.split(".")[0].split("!")[0] for _, field, _, _ in string.Formatter().parse(rule.message) if field}
        assert names <= PLACEHOLDERS, rule.code


def test_make_issue_fills_the_rule_and_names_the_plot():
    plot = Plot(index=4, geometry=None, user_id="farm-9")
    other = Plot(index=7, geometry=None, user_id="farm-12")
    issue = make_issue("PLOTS_OVERLAP", plot, other=other, area_ha=0.25, location=(1.5, 2.5))
    rule = RULES["PLOTS_OVERLAP"]
    assert (issue.code, issue.severity, issue.fix) == (rule.code, rule.severity, rule.fix)
    assert (issue.plot_index, issue.plot_label, issue.other_plot_index) == (4, "farm-9", 7)
    assert "farm-12" in issue.message and "0.2500 ha" in issue.message
    assert issue.location == (1.5, 2.5)


def test_point_rules_are_errors_and_mention_the_4_ha_limit():
    for code in ("POINT_HA_MISSING", "POINT_TOO_LARGE"):
        assert RULES[code].severity is Severity.ERROR
    message = make_issue("POINT_TOO_LARGE", Plot(index=0, geometry=None), value=6.0).message
    assert "4 ha" in message and "polygon" in message


def test_missing_harvest_date_is_a_warning_and_a_present_one_is_not():
    import shapely

    from vantage_plugin.core.plots import Plot
    from vantage_plugin.core.validation import validate

    square = shapely.box(-71.7, 18.66, -71.699, 18.661)
    plots = [
        Plot(0, square, commodity="coffee", harvest_date=None),
        Plot(1, square.buffer(0.01).envelope, commodity="coffee", harvest_date="2024-01-31"),
    ]
    report = validate(plots, check_overlaps=False)
    codes = {(i.plot_index, i.code) for i in report.issues}
    assert (0, "HARVEST_DATE_MISSING") in codes
    assert (1, "HARVEST_DATE_MISSING") not in codes
    assert 0 not in report.blocked


def test_new_issue_is_the_dataclass_issue():
    """The fast constructor gives an Issue equal to (same hash, repr, fields) the dataclass-built one."""
    import dataclasses

    from vantage_plugin.core.validation.issues import Issue, Severity, new_issue

    values = ("PLOTS_OVERLAP", Severity.WARNING, "m", 3, "p3", None, 4, (1.5, 2.5), (("area_ha", 0.25),))
    fast = new_issue(*values)
    made = Issue(*values)
    assert type(fast) is Issue and fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
    assert dataclasses.astuple(fast) == dataclasses.astuple(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.message = "changed"
