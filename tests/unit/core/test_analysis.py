"""The Analysis shape: every 3.0.1 field present; derived percentages follow the documented formulas."""

import json

import pytest

from vantage_plugin.core import analysis as an

# Every Analysis key of the 3.0.1 schema (vantage-make-job.md, plots.analysis.*), written out here.
SCHEMA_KEYS = {
    "analysisEnd", "analysis_end", "risk_level", "forest_percentage_2020", "indigenous_land", "logging_area",
    "forest_area_2020", "risk_reason", "version", "areaHa", "protected_areas", "deforestation",
    "deforestation_percentage", "protectedAreas", "indigenous_overlap",
}


def sample(**overrides):
    values = dict(
        area_ha=2.7260, analysis_end="2024-08-01", forest_ha=2.1427, deforestation_ha=0.10714,
        deforestation_yearly={2023: 0.10714}, risk_level="Low", risk_reason="Low: x", version="t",
    )
    values.update(overrides)
    return an.make_analysis(**values)


def test_every_schema_key_is_present():
    assert set(sample()) == SCHEMA_KEYS
    assert set(sample()["deforestation"]) == {"total", "total_yearly", "total_jrc", "total_yearly_jrc"}


def test_percentages_follow_the_documented_example():
    # 2024 documentation example (O3): 2.1427/2.7260 → 78.60 %, 0.10714/2.7260 → 3.930 %.
    a = sample()
    assert a["forest_percentage_2020"] == pytest.approx(78.60, abs=0.01)
    assert a["deforestation_percentage"] == pytest.approx(3.930, abs=0.001)
    assert a["deforestation"]["total_yearly"] == {"2023": 0.1071}


def test_jrc_variants_only_for_a_jrc_forest_source():
    assert sample()["deforestation"]["total_jrc"] is None
    assert sample(jrc=True)["deforestation"]["total_jrc"] == pytest.approx(0.1071)


def test_overlap_block_union_percent_and_most_restrictive():
    details = [
        {"area_id": "1", "area_name": "A", "overlap_area_ha": 1.0, "extractive_activity_legality": "limited"},
        {"area_id": "2", "area_name": "B", "overlap_area_ha": 0.5, "extractive_activity_legality": "prohibited"},
    ]
    block = an.overlap_block("pa", 1.2, 4.0, details)
    summary = block["protected_area_overlap_summary"]
    assert summary == {
        "protected_area_overlap": True,
        "total_overlap_percentage": 30.0,
        "total_overlap_area_ha": 1.2,
        "most_restrictive_extractive_activity_legality": "prohibited",
    }
    a = sample(protected_areas=block)
    assert a["protectedAreas"] == [["A", 1.0], ["B", 0.5]]


def test_unknown_values_stay_unknown_in_the_flat_row():
    a = sample(forest_ha=None, deforestation_ha=None, deforestation_yearly=None, risk_level="Unknown")
    result = an.PlotResult(0, "bundled", an.STATUS_NO_DATA, analysis=a)
    row = an.result_row(result, [2021, 2022])
    assert row["deforestation_ha"] is None and row["forest_2020_pct"] is None
    assert row["deforestation_2021_ha"] is None  # unknown, not 0


def test_result_fields_and_row_agree():
    result = an.PlotResult(3, "bundled", an.STATUS_OK, analysis=sample(), country="Ghana")
    years = an.loss_years_of([result])
    assert years == [2023]
    names = [name for name, _ in an.result_fields(years)]
    row = an.result_row(result, years)
    assert set(row) == set(names)
    assert names.index("deforestation_2023_ha") == names.index("deforestation_pct") + 1
    assert json.loads(row["analysis_json"])["areaHa"] == 2.726
    assert row["deforestation_2023_ha"] == pytest.approx(0.1071)
