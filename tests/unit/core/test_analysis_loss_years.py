"""analysis.loss_years_of (read for a whole chunk at once) gives the years the one-result-at-a-time
reference gives (kept here), and raises as it raises, on results holding the edge cases: no Analysis,
an empty one, no deforestation object or a None one, total_yearly missing, None, empty or not a dict."""

from __future__ import annotations

import random

import pytest

from vantage_plugin.core import analysis


def _reference(results) -> list[int]:
    """loss_years_of as it was: each result's total_yearly read on its own."""
    keys = set().union(*[((result.analysis or {}).get(analysis.DEFORESTATION) or {}).get(analysis.TOTAL_YEARLY)
                         or {} for result in results])
    return sorted({int(year) for year in keys})


def _result(k: int, value) -> analysis.PlotResult:
    return analysis.PlotResult(k, "bundled", analysis.STATUS_OK, analysis=value)


CASES = [
    None,
    {},
    {"risk_level": "Low"},  # no deforestation object
    {analysis.DEFORESTATION: None},
    {analysis.DEFORESTATION: {}},
    {analysis.DEFORESTATION: {analysis.TOTAL: 1.0}},  # no total_yearly
    {analysis.DEFORESTATION: {analysis.TOTAL_YEARLY: None}},
    {analysis.DEFORESTATION: {analysis.TOTAL_YEARLY: {}}},
    {analysis.DEFORESTATION: {analysis.TOTAL_YEARLY: {"2021": 0.5, "2003": 0.0}}},
    {analysis.DEFORESTATION: {analysis.TOTAL_YEARLY: {"2024": None}}},
    {analysis.DEFORESTATION: {analysis.TOTAL_YEARLY: ["2019"]}},  # not a dict: its items, as before
]


def test_loss_years_are_the_references_on_random_mixes_of_the_edge_cases():
    rng = random.Random(3)
    for size in (0, 1, 2, 5, 40):
        for _ in range(60):
            results = [_result(k, rng.choice(CASES)) for k in range(size)]
            assert analysis.loss_years_of(results) == _reference(results)
            assert analysis.loss_years_of(iter(results)) == _reference(results)  # any iterable


def test_the_usual_chunk_reads_every_year():
    results = [_result(k, analysis.make_analysis(area_ha=1.0, analysis_end=None, forest_ha=1.0,
                                                 deforestation_ha=0.1 * (k % 3),
                                                 deforestation_yearly={2001 + k % 5: 0.1} if k % 3 else {},
                                                 risk_level="Low", risk_reason="r", version="v"))
               for k in range(50)] + [_result(50, None)]
    assert analysis.loss_years_of(results) == _reference(results) == [2001, 2002, 2003, 2004, 2005]


@pytest.mark.parametrize("bad", [{analysis.DEFORESTATION: [1]}, ["not a mapping"],
                                 {analysis.DEFORESTATION: {analysis.TOTAL_YEARLY: {"x": 1}}}])
def test_what_the_reference_refuses_is_refused(bad):
    results = [_result(0, CASES[8]), _result(1, bad)]
    with pytest.raises(Exception) as expected:
        _reference(results)
    with pytest.raises(type(expected.value)):
        analysis.loss_years_of(results)
