"""analysis.result_columns and analysis_json_texts (a chunk's result columns and Analysis JSON built a
column at a time) give exactly what the one-result-at-a-time reference gives: ``result_row`` for
every result, and ``json.dumps(value, ensure_ascii=False, sort_keys=True)`` for every value, on
generated values that hold the edge cases (numbers equal across types, NaN and infinities, -0.0, big
integers, escapes and ``%`` in keys and texts, nested lists, objects whose keys differ, non-text keys,
dict subclasses, tuples, unencodable values)."""

from __future__ import annotations

import json
import math
import random
from collections import OrderedDict

import pytest

from vantage_plugin.core import analysis


def _reference(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


LEAVES = [None, True, False, 0, 1, -1, 2**70, 1.0, 0.0, -0.0, 1.5, 0.1 + 0.2, 1e-300, 1e300, float("nan"),
          float("inf"), float("-inf"), "", "a", "é – 東京 🌳", 'q"uote\\', "100% %s %(k)s", "\x00\x1f\n\t", [],
          [1, "x", None], (1, 2), {}]


def _random_value(rng: random.Random, depth: int):
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return rng.choice(LEAVES)
    if roll < 0.6:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    keys = ["a", "b", "c", "%d", "ü", 'k"ey']
    return {key: _random_value(rng, depth + 1) for key in rng.sample(keys, rng.randint(0, 4))}


def _shaped(rng: random.Random, k: int) -> dict:
    """Objects of one shape, as the engine makes them (the usual case), with some values varying."""
    block = {"summary": {"overlap": None, "pct": None}, "details": [], "note": "no data"}
    if k % 7 == 0:
        block = {"summary": {"overlap": True, "pct": 12.5}, "details": [{"name": "x"}], "note": "no data"}
    if k % 11 == 0:
        block["summary"]["overlap"] = 1  # equal to True, written 1
    return {
        "level": rng.choice(["High", "Low", None]),
        "area": rng.choice([1.25, 3, float("nan"), -0.0, 2**64]),
        "yearly": {str(2000 + y): rng.random() for y in rng.sample(range(20), rng.randint(0, 3))},
        "block": block,
        "same": {"v": "x", "w": [None, "y"]},
        "version": "engine 1.0; years 2001–2023",
    }


def test_json_texts_are_json_dumps_of_each_value():
    rng = random.Random(7)
    columns = [
        [_shaped(rng, k) for k in range(300)],
        [_random_value(rng, 0) for _ in range(300)],
        [{"a": 1}, {"a": 1.0}, {"a": True}, {"a": -0.0}, {"a": 0.0}],  # equal objects, different texts
        [{"a": {"b": "x"}}, {"a": {"b": "x"}}, {"a": {"b": "x"}}],  # equal objects without numbers
        [{1: "int key"}, {"1": "text key"}, {True: 1}, {None: 2}],
        [OrderedDict(b=1, a=2), {"b": 1, "a": 2}, (1, "x"), [], {}],
        [1.0, 2, True, None, "x", float("nan"), -float("inf")],
        [{"%s": "%", "b%%": "%d"}] * 3,
    ]
    for values in columns:
        assert analysis.analysis_json_texts(values) == [_reference(v) for v in values]


@pytest.mark.parametrize("bad", [{"a": object()}, {"a": {1, 2}}, {"a": 1, 2: "mixed key types"}])
def test_json_texts_raise_where_json_dumps_raises(bad):
    with pytest.raises(TypeError):
        _reference(bad)
    with pytest.raises(TypeError):
        analysis.analysis_json_texts([{"a": 1}, bad])


def test_json_texts_raise_on_a_cycle():
    cycle: dict = {"a": 1}
    cycle["self"] = cycle
    with pytest.raises((ValueError, RecursionError)):
        analysis.analysis_json_texts([cycle, {"a": 2, "self": {}}])


def _results() -> list[analysis.PlotResult]:
    out = []
    for k in range(60):
        yearly = {year: 0.25 * (k % 4) for year in (2019, 2021, 2023) if (k + year) % 3} if k % 5 else None
        a = analysis.make_analysis(area_ha=1.0 + k, analysis_end="2024-01-01" if k % 3 else None,
                                   forest_ha=None if k % 4 == 0 else k / 7, deforestation_ha=None if k % 5 == 0
                                   else 0.5 * k, deforestation_yearly=yearly, risk_level="High",
                                   risk_reason="why", version="v", jrc=k % 2 == 0)
        if k % 9 == 0:
            a.pop(analysis.ANALYSIS_END)
            a[analysis.ANALYSIS_END_LEGACY] = "2023-12-31"
        if k % 13 == 0:
            a[analysis.DEFORESTATION] = {}
        status = analysis.STATUS_INVALID if k % 6 == 0 else analysis.STATUS_OK
        out.append(analysis.PlotResult(
            k, "bundled", status if k % 17 else analysis.STATUS_SIMULATED,
            analysis=None if status == analysis.STATUS_INVALID else ({} if k % 19 == 1 else a),
            error="e" if k % 6 == 0 else None, country="C" if k % 2 else None, limits=("a", "b") if k % 4 else (),
            level_is_minimum=k % 3 == 0, extra={analysis.ANALYSIS_END_FROM: "plot"} if k % 2 else {}))
    return out


def test_result_columns_are_result_row_of_each_result():
    results = _results()
    years = [2018, 2019, 2021, 2023]
    columns = analysis.result_columns(results, years)
    assert sorted(columns) == sorted(name for name, _ in analysis.result_fields(years))
    for k, result in enumerate(results):
        row = analysis.result_row(result, years)
        for name, value in row.items():
            got = columns[name][k]
            assert type(got) is type(value), (k, name)
            assert got == value or (isinstance(value, float) and math.isnan(value) and math.isnan(got)), (k, name)


def test_result_columns_raise_where_result_row_raises():
    broken = analysis.PlotResult(0, "bundled", analysis.STATUS_OK, analysis={analysis.DEFORESTATION: ["not", "a dict"]})
    with pytest.raises(AttributeError):
        analysis.result_row(broken, [2021])
    with pytest.raises((AttributeError, TypeError)):
        analysis.result_columns([broken], [2021])
