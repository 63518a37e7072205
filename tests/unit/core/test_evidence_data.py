"""core/evidence_data.py: the pure parts of evidence maps and reports (a result row's facts, colours,
file names). The run record is tested in test_run_record.py."""

from __future__ import annotations

from vantage_plugin.core import analysis, risk
from vantage_plugin.core import evidence_data as ed


def test_plot_evidence_reads_every_number_of_a_result_row():
    pa = analysis.overlap_block("pa", 2.0, 10.0, [{"area_name": "Parque A", "overlap_area_ha": 2.0}])
    result = analysis.PlotResult(0, "bundled", analysis.STATUS_OK, analysis.make_analysis(
        area_ha=10.0, analysis_end="2024-05-01", forest_ha=8.0, deforestation_ha=1.5,
        deforestation_yearly={2021: 0.5, 2023: 1.0}, risk_level=risk.HIGH, risk_reason=risk.REASON_HIGH,
        version="v", protected_areas=pa), country="Ghana", state="Ashanti")
    years = analysis.loss_years_of([result])
    row = analysis.result_row(result, years)
    row["farm"] = "F-7"
    facts = ed.plot_evidence(row, ed.plot_label(row, "farm", 3))
    assert facts.label == "F-7"
    assert (facts.area_ha, facts.forest_ha, facts.forest_pct) == (10.0, 8.0, 80.0)
    assert (facts.deforestation_ha, facts.deforestation_pct) == (1.5, 15.0)
    assert facts.yearly == {2021: 0.5, 2023: 1.0}
    assert (facts.protected_ha, facts.protected_pct, facts.protected_names) == (2.0, 20.0, ["Parque A"])
    assert facts.flagged and facts.reasons() == [risk.REASON_HIGH]
    assert (facts.country, facts.state, facts.analysis_end) == ("Ghana", "Ashanti", "2024-05-01")
    assert ed.plot_label({}, "farm", 3) == "#3"


def test_an_invalid_plot_is_flagged_with_its_error():
    invalid = analysis.PlotResult(0, "bundled", analysis.STATUS_INVALID, error="open ring")
    row = analysis.result_row(invalid, [])
    facts = ed.plot_evidence(row, "x")
    assert facts.flagged and facts.reasons() == ["open ring"] and facts.area_ha is None
    assert ed.hectares(None) == "–" and ed.hectares(1.234, 12.34) == "1.23 ha (12.3 %)"


def test_loss_colours_run_from_first_to_last_year_and_file_names_are_safe():
    assert ed.loss_year_colour(2021, 2021, 2025) == ed.LOSS_RAMP[0]
    assert ed.loss_year_colour(2025, 2021, 2025) == ed.LOSS_RAMP[-1]
    assert len({ed.loss_year_colour(y, 2021, 2026) for y in range(2021, 2027)}) == 6
    assert ed.safe_file_name("a/b c:d", 7) == "a_b_c_d_7.png"
    assert ed.safe_file_name("../..", 2) == "plot_2.png"
