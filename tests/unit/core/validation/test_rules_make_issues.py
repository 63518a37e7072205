"""``rules.make_issues`` (messages from one f-string compiled per template) against ``make_issue``
called plot by plot, for every rule: the same code, severity, message, plot, fix, other plot,
location and params (values and their order), with Phrase values, ``!r`` conversions, format specs,
columns replacing a default, and numpy floats as locations."""

from __future__ import annotations

import string

import numpy as np
import pytest

from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT, RULES, make_issue, make_issues


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def _value(rng: np.random.Generator, name: str, k: int) -> object:
    if name == "detail":
        return [INSIDE_OTHER_PLOT, "", ": bad ring"][k % 3]
    if name in ("value", "reason"):
        return ["x'y", 3.5, "2024-01-01", None][k % 4] if name == "value" else f"Ring {k}"
    return float(rng.uniform(-1e3, 1e3)) if k % 2 else int(rng.integers(0, 100))


def _issue_fields(issue: object) -> tuple:
    return tuple(issue.__dict__[name] for name in ("code", "severity", "message", "plot_index", "plot_label", "fix",
                                                    "other_plot_index", "location", "params"))


@pytest.mark.parametrize("code", sorted(RULES))
@pytest.mark.parametrize("with_location,with_other", [(True, True), (False, False), (True, False)])
def test_make_issues_equals_make_issue(code: str, with_location: bool, with_other: bool) -> None:
    rng = np.random.default_rng(len(code))
    n = 7
    plots = [Plot(index=10 + k, geometry=None, user_id=f"p{k}" if k % 2 else None, source_fid=k) for k in range(n)]
    others = [Plot(index=100 + k, geometry=None, user_id=f"o{k}") for k in range(n)]
    names = [name for name in _fields(RULES[code].message)
             if name not in ("max", "commodities") and not (with_location and name in ("lon", "lat"))
             and name != "other"]
    if code == "PLOTS_OVERLAP" or not names:
        names = sorted(set(names) | {"detail"})  # a column replacing a default, in place
    columns = {name: [_value(rng, name, k) for k in range(n)] for name in names}
    for name in ("lon", "lat", "x", "y", "west", "east", "area_ha", "angle", "count", "parts"):
        if name in columns:
            columns[name] = [float(rng.uniform(-180, 180)) for _ in range(n)]
    if "value" in columns and "{value:g}" in RULES[code].message:
        columns["value"] = [float(rng.uniform(0, 9)) for _ in range(n)]
    locations = np.round(rng.uniform(-90, 90, (n, 2)), 9).tolist() if with_location else None
    if not with_other and "other" in _fields(RULES[code].message):  # no value for {other}: both raise
        with pytest.raises(KeyError):
            make_issue(code, plots[0], **{name: column[0] for name, column in columns.items()})
        with pytest.raises(KeyError):
            make_issues(code, [0], ["#1"], **{name: column[:1] for name, column in columns.items()})
        return
    expected = [make_issue(code, plot, location=None if locations is None else locations[k],
                           other=others[k] if with_other else None, **{name: columns[name][k] for name in columns})
                for k, plot in enumerate(plots)]
    got = make_issues(code, [plot.index for plot in plots], [plot.label for plot in plots],
                      locations=locations,
                      others=[(other.index, other.label) for other in others] if with_other else None, **columns)
    assert [_issue_fields(issue) for issue in got] == [_issue_fields(issue) for issue in expected]
    assert [[type(v) for _, v in issue.params] for issue in got] == \
        [[type(v) for _, v in issue.params] for issue in expected]
    # both mark their issues as the template filled (IssueColumns then keeps no message): it must be so
    for issue in expected + got:
        assert issue.templated
        assert RULES[code].message.format(**dict(issue.params)) == issue.message


def test_make_issues_missing_value_raises_like_make_issue() -> None:
    plot = Plot(index=0, geometry=None)
    with pytest.raises(KeyError):
        make_issue("PLOTS_OVERLAP", plot, area_ha=1.0)
    with pytest.raises(KeyError):
        make_issues("PLOTS_OVERLAP", [0], ["#1"], area_ha=[1.0])


def test_make_issues_none() -> None:
    assert make_issues("PLOTS_OVERLAP", [], [], locations=[], others=[], area_ha=[], detail=[]) == []
