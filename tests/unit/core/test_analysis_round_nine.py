"""analysis.analysis_json_column and TailedTexts (round nine): the Analysis JSON of a chunk given as ASCII
heads and one non-ASCII tail is, text for text, ``json.dumps(value, ensure_ascii=False, sort_keys=True)``
(the reference) of every value; it is given so only when the texts' one shape has its non-ASCII
characters in its end, else as the plain texts; ``result_columns(..., json_tail=True)`` gives the same
values as ``result_columns`` (the round-eight path, kept as the reference)."""

from __future__ import annotations

import json
from collections import OrderedDict

import pytest

from tests.unit.core.test_analysis_columns import assert_columns_are_reference_rows
from vantage_plugin.core import analysis


def _reference(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _analysis(k: int, version: str = "engine 0.1; loss=x.tif, years 2001–2023 (file name)", **changes) -> dict:
    yearly = {year: round(0.013 * k + year % 7, 4) for year in (2021, 2022, 2023) if (k + year) % 3}
    value = analysis.make_analysis(area_ha=1.0 + k / 3, analysis_end=f"2024-01-{k % 28 + 1:02d}" if k % 5 else None,
                                   forest_ha=None if k % 4 == 0 else k / 7, deforestation_ha=0.5 * k,
                                   deforestation_yearly=yearly, risk_level=("High", "Low")[k % 2],
                                   risk_reason=f"reason {k % 3}", version=version)
    value.update(changes)
    return value


def _tails() -> list[str]:
    return ["years 2001–2023", "quote ' and ? and %s and \\ – 東京 🌳", "ü"]


@pytest.mark.parametrize("tail", _tails())
def test_a_non_ascii_version_gives_ascii_heads_and_one_tail(tail):
    values = [_analysis(k, version=tail) for k in range(50)]
    column = analysis.analysis_json_column(values)
    assert isinstance(column, analysis.TailedTexts)
    assert all(head.isascii() for head in column.heads) and not column.tail.isascii()
    assert list(column) == [_reference(value) for value in values]
    assert column == [_reference(value) for value in values]
    assert [column[k] for k in range(len(values))] == list(column) and column[3:7] == list(column)[3:7]
    assert len(column) == len(values)


@pytest.mark.parametrize("values", [
    [_analysis(k, version="ascii only") for k in range(20)],  # nothing to split off
    [_analysis(k, risk_reason="Élevé" if k % 2 else "Low") for k in range(20)],  # non-ASCII in a varying value
    [_analysis(k, area_name="Parque – Ñ") for k in range(20)],  # non-ASCII before the end (a key's constant)
    [_analysis(k, **({"extra": "x"} if k % 2 else {})) for k in range(20)],  # two shapes
    [_analysis(1)] * 5,  # equal objects: one text
    [_analysis(1)],  # one object
    [],
    [{"a": 1}, [1, "é"], "é", None],  # not all objects
])
def test_other_columns_are_the_plain_texts(values):
    column = analysis.analysis_json_column(values)
    assert type(column) is list
    assert column == [_reference(value) for value in values]


def test_the_json_column_raises_where_json_dumps_raises():
    with pytest.raises(TypeError):
        analysis.analysis_json_column([_analysis(1), _analysis(2, version={1, 2})])


def test_spread_puts_none_where_no_value_and_keeps_tailed_texts():
    column = analysis.TailedTexts(["a", None, "b"], "–")
    spread = analysis.spread(column, [False, True, True, False, True])
    assert isinstance(spread, analysis.TailedTexts)
    assert list(spread) == [None, "a–", None, None, "b–"]
    assert analysis.spread([1, 2], [True, False, True]) == [1, None, 2]
    assert analysis.spread([1, 2], [True, True]) == [1, 2]


def _results() -> list[analysis.PlotResult]:
    out = []
    for k in range(40):
        status = analysis.STATUS_INVALID if k % 6 == 0 else analysis.STATUS_OK
        out.append(analysis.PlotResult(k, "bundled", status, analysis=None if k % 6 == 0 else _analysis(k),
                                       country="Côte d'Ivoire", extra={analysis.LOSS_DATA_YEARS: "2001–2023"}))
    return out


def test_result_columns_with_a_json_tail_hold_the_round_eight_values():
    results = _results()
    years = analysis.loss_years_of(results)
    reference = analysis.result_columns(results, years)
    tailed = analysis.result_columns(results, years, json_tail=True)
    assert isinstance(tailed["analysis_json"], analysis.TailedTexts)
    assert list(tailed) == list(reference)
    assert {name: list(column) for name, column in tailed.items()} == reference
    expected = [None if r.analysis is None else _reference(r.analysis) for r in results]
    assert list(tailed["analysis_json"]) == expected


@pytest.mark.parametrize("change", [
    lambda k, a: a,  # one shape: the Analysis read once for the columns and the JSON
    lambda k, a: {**a, "extra": k} if k % 3 else a,  # more keys in some
    lambda k, a: {("risk" if k % 2 else "rysk") if key == analysis.RISK_LEVEL else key: value
                  for key, value in a.items()},  # as many keys, not the same
    lambda k, a: {**a, analysis.DEFORESTATION: {}} if k % 4 == 0 else a,  # a nested object of another shape
])
def test_result_columns_of_every_shape_hold_the_round_eight_values(change):
    results = [analysis.PlotResult(k, "bundled", analysis.STATUS_OK, analysis=change(k, _analysis(k)))
               for k in range(30)]
    years = analysis.loss_years_of(results)
    reference = analysis.result_columns(results, years)
    tailed = analysis.result_columns(results, years, json_tail=True)
    assert {name: list(column) for name, column in tailed.items()} == reference
    assert list(tailed["analysis_json"]) == [_reference(r.analysis) for r in results]


def test_key_columns_read_objects_of_one_shape_only():
    assert analysis.key_columns([{"a": 1, "b": 2}, {"b": 3, "a": 4}]) == {"a": [1, 4], "b": [2, 3]}
    assert analysis.key_columns([{"a": 1}, {"a": 2}]) == {"a": [1, 2]}
    for objects in ([], [{}, {}], [{"a": 1}, {"b": 1}], [{"a": 1}, {"a": 1, "b": 2}], [{1: "x"}, {1: "y"}],
                    [{"a": 1}, None], [{"a": 1}, OrderedDict(a=1)]):
        assert analysis.key_columns(objects) is None


@pytest.mark.parametrize("block", [
    None, {}, {"sources": []}, {analysis.PA_SUMMARY: None}, {analysis.PA_SUMMARY: {}},
    {analysis.PA_SUMMARY: {analysis.TOTAL_OVERLAP_AREA_HA: 2.5}},
])
def test_overlap_summaries_of_every_kind_are_the_reference_rows(block):
    """Protected-area / indigenous-land blocks with and without a summary, among usual ones (read at
    once only when every block holds its summary): the field-by-field reference of every result."""
    results = []
    for k in range(12):
        value = _analysis(k)
        if k % 3 == 1:
            value = {**value, analysis.PROTECTED_AREAS: block, analysis.INDIGENOUS_LAND: block}
        results.append(analysis.PlotResult(k, "bundled", analysis.STATUS_OK, analysis=value))
    assert_columns_are_reference_rows(results, analysis.loss_years_of(results))
    assert_columns_are_reference_rows(results[1::3], analysis.loss_years_of(results))  # only the unusual ones
    years = analysis.loss_years_of(results)
    tailed = analysis.result_columns(results, years, json_tail=True)
    assert {name: list(column) for name, column in tailed.items()} == analysis.result_columns(results, years)
