"""analysis.result_columns and analysis_json_texts (a chunk's result columns and Analysis JSON built a
column at a time) give exactly what the one-result-at-a-time reference gives: ``_reference_row``
(the field-by-field ``result_row`` the plugin had before ``result_row`` became the one-result case of
``result_columns``, kept here) for every result, and ``json.dumps(value, ensure_ascii=False,
sort_keys=True)`` for every value, on
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


def _reference_row(result: analysis.PlotResult, loss_years) -> dict:
    """The flat values of one result, field by field: ``analysis.result_row`` as it was written before
    the fields had one table (the independent reference of ``result_columns``)."""
    a = result.analysis or {}
    deforestation = a.get(analysis.DEFORESTATION) or {}
    yearly = deforestation.get(analysis.TOTAL_YEARLY) or {}
    pa = (a.get(analysis.PROTECTED_AREAS) or {}).get(analysis.PA_SUMMARY) or {}
    il = (a.get(analysis.INDIGENOUS_LAND) or {}).get(analysis.IL_SUMMARY) or {}
    row = {
        "risk_level": a.get(analysis.RISK_LEVEL),
        "risk_reason": a.get(analysis.RISK_REASON),
        "area_ha": a.get(analysis.AREA_HA),
        "forest_2020_ha": a.get(analysis.FOREST_AREA_2020),
        "forest_2020_pct": a.get(analysis.FOREST_PERCENTAGE_2020),
        "deforestation_ha": deforestation.get(analysis.TOTAL),
        "deforestation_pct": a.get(analysis.DEFORESTATION_PERCENTAGE),
        "protected_overlap_ha": pa.get(analysis.TOTAL_OVERLAP_AREA_HA),
        "protected_overlap_pct": pa.get(analysis.TOTAL_OVERLAP_PERCENTAGE),
        "indigenous_overlap_ha": il.get(analysis.TOTAL_OVERLAP_AREA_HA),
        "indigenous_overlap_pct": il.get(analysis.TOTAL_OVERLAP_PERCENTAGE),
        "country": result.country,
        "country_iso2": result.country_iso2,
        "country_iso3": result.country_iso3,
        "state": result.state,
        "analysis_end": a.get(analysis.ANALYSIS_END) or a.get(analysis.ANALYSIS_END_LEGACY),
        "analysis_end_from": result.extra.get(analysis.ANALYSIS_END_FROM),
        "loss_data_years": result.extra.get(analysis.LOSS_DATA_YEARS),
        "limits": ",".join(result.limits) or None,
        "level_is_minimum": bool(result.level_is_minimum),
        "status": result.status,
        "error": result.error,
        "engine": result.engine,
        "simulated": result.simulated,
        "plot_id": result.plot_id,
        "job_id": result.job_id,
        "run_id": result.run_id,
        "analysis_image": result.analysis_image,
        "fingerprint": result.fingerprint,
        "analysis_json": _reference(a) if a else None,
    }
    has_loss_data = deforestation.get(analysis.TOTAL) is not None
    for year in loss_years:
        value = yearly.get(str(year))
        row[analysis.loss_year_field(year)] = value if value is not None else (0.0 if has_loss_data else None)
    return row


def _same(got, want) -> bool:
    """Equal values of the same type (NaN equal to NaN; -0.0 told from 0.0)."""
    if type(got) is not type(want):
        return False
    if isinstance(want, float):
        return (math.isnan(got) and math.isnan(want)) or (got == want and math.copysign(1, got) == math.copysign(1, want))
    return got == want


def assert_columns_are_reference_rows(results, years) -> None:
    columns = analysis.result_columns(results, years)
    assert list(columns) == [name for name, _ in analysis.result_fields(years)]
    assert all(len(column) == len(results) for column in columns.values())
    for k, result in enumerate(results):
        want = _reference_row(result, years)
        assert sorted(want) == sorted(columns)
        got = analysis.result_row(result, years)
        for name, value in want.items():
            assert _same(columns[name][k], value), (k, name, columns[name][k], value)
            assert _same(got[name], value), (k, name, got[name], value)


def test_result_columns_are_result_row_of_each_result():
    assert_columns_are_reference_rows(_results(), [2018, 2019, 2021, 2023])
    assert_columns_are_reference_rows(_results(), [])
    assert analysis.result_columns([], [2021]) == {name: [] for name, _ in analysis.result_fields([2021])}


def test_result_columns_raise_where_result_row_raises():
    broken = analysis.PlotResult(0, "bundled", analysis.STATUS_OK, analysis={analysis.DEFORESTATION: ["not", "a dict"]})
    with pytest.raises(AttributeError):
        _reference_row(broken, [2021])
    with pytest.raises(AttributeError):
        analysis.result_row(broken, [2021])
    with pytest.raises((AttributeError, TypeError)):
        analysis.result_columns([broken], [2021])
    with pytest.raises((AttributeError, TypeError)):
        analysis.result_columns(_results()[:5] + [broken], [2021])


def test_every_fixed_field_is_in_one_table():
    names = [name for name, *_ in analysis.RESULT_FIELD_TABLE]
    assert len(names) == len(set(names)) == len(analysis.FIXED_RESULT_FIELDS)
    assert [(name, kind) for name, kind, *_ in analysis.RESULT_FIELD_TABLE] == list(analysis.FIXED_RESULT_FIELDS)


FLOATS = [None, 0.0, -0.0, 1e-300, 5e-324, 1e300, 2.5e15, -3.75, 0.1 + 0.2, float("nan"), float("inf"), 7, 2**60]
TEXTS = [None, "", "Pará", "東京 🌳", 'q"uote\\', "100% %s", "a,b", "\x1f"]


def _api_analysis(rng: random.Random) -> dict:
    """An Analysis as the Vantage API returns it: legacy keys only, integers, unknown keys, parts missing."""
    a = {
        analysis.ANALYSIS_END_LEGACY: rng.choice(["2023-12-31", None, ""]),
        analysis.RISK_LEVEL: rng.choice(["high", "Low", None, "unknown"]),
        analysis.AREA_HA: rng.choice(FLOATS),
        "tokens": rng.randint(0, 9),
        analysis.PROTECTED_AREAS: rng.choice([None, {}, {analysis.PA_SUMMARY: None}, {analysis.PA_SUMMARY: {
            analysis.TOTAL_OVERLAP_AREA_HA: rng.choice(FLOATS), "details": [{"name": rng.choice(TEXTS)}]}}]),
        analysis.INDIGENOUS_LAND: rng.choice([None, {analysis.IL_SUMMARY: {
            analysis.TOTAL_OVERLAP_PERCENTAGE: rng.choice(FLOATS)}}]),
    }
    if rng.random() < 0.5:
        a[analysis.DEFORESTATION] = rng.choice([None, {}, {analysis.TOTAL: rng.choice(FLOATS)}, {
            analysis.TOTAL: rng.choice(FLOATS), analysis.TOTAL_YEARLY: {"2021": rng.choice(FLOATS), "2024": 1}}])
    if rng.random() < 0.3:
        del a[analysis.RISK_LEVEL]
    return a


def _random_result(rng: random.Random, k: int) -> analysis.PlotResult:
    roll = rng.random()
    extra: dict = rng.choice([{}, {analysis.ANALYSIS_END_FROM: rng.choice(TEXTS)},
                              {analysis.LOSS_DATA_YEARS: "2001–2023 (file name)", "tokens_cost": 3}])
    common = dict(error=rng.choice(TEXTS), country=rng.choice(TEXTS), country_iso2=rng.choice([None, "BR"]),
                  state=rng.choice(TEXTS), plot_id=rng.choice(TEXTS), fingerprint=rng.choice([None, "f" * 64]),
                  limits=tuple(rng.sample(["no_loss_data", "years", "é"], rng.randint(0, 3))),
                  level_is_minimum=rng.choice([True, False, 0, 1]), extra=extra)
    if roll < 0.15:  # blocked by validation, failed, pending: no Analysis
        status = rng.choice([analysis.STATUS_INVALID, analysis.STATUS_FAILED, analysis.STATUS_PENDING])
        return analysis.PlotResult(k, "bundled", status, analysis=rng.choice([None, {}]), **common)
    if roll < 0.4:  # the API engine's results
        return analysis.PlotResult(k, "api", rng.choice([analysis.STATUS_OK, analysis.STATUS_SIMULATED]),
                                   analysis=_api_analysis(rng), job_id="j", run_id=rng.choice([None, "r"]),
                                   analysis_image=rng.choice([None, "https://x/y.png"]), **common)
    loss = rng.random()
    a = analysis.make_analysis(
        area_ha=rng.choice([0.0, 1e-9, 3.25, 1e12, float("nan")]), analysis_end=rng.choice(["2024-01-01", None]),
        forest_ha=rng.choice([None, 0.0, 1e-7, 2.5, float("nan")]),
        deforestation_ha=None if loss < 0.3 else rng.choice([0.0, 1.5e-5, 12.0]),
        deforestation_yearly=None if loss < 0.4 else {y: rng.choice([0.0, 1e-5, 0.125]) for y in
                                                        rng.sample(range(2015, 2025), rng.randint(0, 4))},
        risk_level=rng.choice(["High", "Low", "Unknown"]), risk_reason=rng.choice(TEXTS[1:]),
        version="engine 1.0; years 2001–2023", jrc=rng.random() < 0.5,
        protected_areas=rng.choice([None, analysis.overlap_block("pa", 0.5, 2.0, [
            {"area_name": "Parque ñ", "overlap_area_ha": 0.5, "extractive_activity_legality": "limited"}])]),
        logging_area=rng.choice([None, 0.25]))
    if rng.random() < 0.1:
        a[analysis.DEFORESTATION][analysis.TOTAL_YEARLY] = {}
    return analysis.PlotResult(k, "bundled", rng.choice([analysis.STATUS_OK, analysis.STATUS_NO_DATA]),
                               analysis=a, **common)


@pytest.mark.parametrize("seed", range(6))
def test_result_columns_on_random_results(seed):
    rng = random.Random(seed)
    results = [_random_result(rng, k) for k in range(rng.choice([1, 2, 40, 300]))]
    years = analysis.loss_years_of(results)
    assert_columns_are_reference_rows(results, years)
    assert_columns_are_reference_rows(results, [1999, *years])  # a year no result has
    # chunks of one kind only: all without an Analysis, all from the API, all from the bundled engine
    for kind in ({analysis.STATUS_INVALID, analysis.STATUS_FAILED, analysis.STATUS_PENDING}, {"api"}):
        same = [r for r in results if r.status in kind or r.engine in kind]
        assert_columns_are_reference_rows(same, years)


@pytest.mark.parametrize("rows", [
    [],
    [{}, {}],
    [{"a": 1, "b": None}, {"a": 2, "b": "x"}],  # every key in every row
    [{"a": 1, "b": 2}, {}, {"a": 3, "b": 4}],  # empty rows among full ones
    [{"a": 1}, {"b": "é"}, {}, {"a": float("nan"), "c": 5}],  # keys missing here and there
    [OrderedDict(a=1, b=2), {"a": 3, "b": 4}],  # a dict subclass
])
@pytest.mark.parametrize("keys", [[], ["a"], ["a", "b"], ["b", "a", "z"], ["a", "a"]])
def test_dict_columns_are_get_of_each_row(rows, keys):
    got = analysis.dict_columns(rows, keys)
    assert len(got) == len(keys)
    for key, column in zip(keys, got):
        want = [row.get(key) for row in rows]
        assert len(column) == len(want) and all(_same(g, w) for g, w in zip(column, want))


def test_dict_columns_raise_on_a_row_that_is_no_mapping():
    with pytest.raises(AttributeError):
        analysis.dict_columns([{"a": 1}, ["a"]], ["a"])
