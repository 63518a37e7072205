"""A check's issues kept as columns (:mod:`core.validation.issue_table`) give back the same issues, in the
caller's order, with their parameters' values and types as they were added."""

from __future__ import annotations

import random

import numpy as np

from tests.fixtures.validation_plots import mixed_plots
from vantage_plugin.core.validation import validate
from vantage_plugin.core.validation.issue_table import IssueColumns
from vantage_plugin.core.validation.issues import Issue, Severity
from vantage_plugin.core.validation.rules import RULES


def test_issue_columns_give_back_the_issues_in_their_order():
    rng = random.Random(7)
    issues = []
    for k in range(300):
        pair = rng.random() < 0.3
        issues.append(Issue(
            code=rng.choice(["PLOTS_OVERLAP", "DUPLICATE_PLOT_ID"]) if pair else rng.choice(["A", "B", "C"]),
            severity=rng.choice([Severity.ERROR, Severity.WARNING]), message=f"m{rng.randrange(5)}",
            plot_index=rng.randrange(60), plot_label=rng.choice(["P1", "é—ü", "", "plot 12"]),
            fix=rng.choice([None, "CLOSE_RINGS"]), other_plot_index=rng.randrange(60) if pair else None,
            location=(rng.random(), -rng.random()) if rng.random() < 0.5 else None,
            params=(("detail", [k]),) if k % 50 == 0 else (("n", rng.randrange(3)),)))  # a list: not hashable
    for k in range(40):  # one parameter held as floats in one batch, as strings or numpy floats in others
        value = [0.5 + k, f"s{k}", np.float64(k), None][k // 10]
        issues.insert(k * 7, Issue("D", Severity.WARNING, f"d{k}", k, f"L{k}", params=(("v", value), ("w", k))))
    for k in range(60):  # strings: few different ones (by number) in one batch, many (in a buffer) in others
        text = "same" if k < 20 else f"other ü{k}"
        issues.insert(k * 5, Issue("E", Severity.ERROR, f"e{k}", k, f"M{k}", params=(("t", text),)))

    def order(issue):
        if issue.other_plot_index is not None:
            return (issue.plot_index, 1, issue.other_plot_index, ("PLOTS_OVERLAP", "DUPLICATE_PLOT_ID").index(issue.code))
        return (issue.plot_index, 0)

    columns = IssueColumns()
    for start in range(0, len(issues), 70):
        columns.add(issues[start:start + 70], order)
    table = columns.table()
    expected = sorted(issues, key=order)
    assert list(table) == expected and len(table) == 400
    assert [issue.params for issue in table] == [issue.params for issue in expected]
    assert [type(value) for issue in table for _, value in issue.params] == \
        [type(value) for issue in expected for _, value in issue.params]
    assert table[-1] == expected[-1] and table[5:9] == expected[5:9]
    assert IssueColumns().table()[:] == []


def test_issues_of_a_validation_come_back_with_their_messages_and_marks():
    """Validation's issues (marked as their rule's template filled) are kept without their messages and
    made again from the template; an issue not so marked keeps its own message, also when the template
    would give another."""
    issues = list(validate(mixed_plots()).issues)
    assert issues and all(issue.templated for issue in issues)
    code, params = issues[0].code, issues[0].params
    made = Issue(code, issues[0].severity, "a message of its own", 0, "x", params=params)
    assert not made.templated and RULES[code].message.format(**dict(params)) != made.message
    columns = IssueColumns()
    columns.add(issues + [made], lambda issue: (issue.plot_index,))
    table = columns.table()
    kept = sorted(issues + [made], key=lambda issue: issue.plot_index)
    assert [(issue.message, issue.params) for issue in table] == [(issue.message, issue.params) for issue in kept]
    assert [issue.templated for issue in table] == [issue.templated for issue in kept]
    assert sum(not kind.rendered for kind in table.kinds) == 1
