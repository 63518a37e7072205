"""gui/summary_dialog.py: the results summary after a check."""

from __future__ import annotations

from vantage_plugin.gui.summary_dialog import ResultsSummaryDialog, summary_text


def test_results_summary_dialog_counts_by_risk():
    summary = {"plots": 4, "by_risk": {"Low": 2, "High": 1}, "by_status": {"ok": 3, "invalid": 1},
               "area_ha": 12.5, "deforestation_ha": 1.25}
    assert summary_text(summary).startswith("4 plots — High 1 · Low 2")
    dialog = ResultsSummaryDialog(summary, output="/tmp/x.gpkg")
    assert dialog.risk_table.rowCount() == 2
    assert dialog.risk_table.item(0, 0).text() == "High"
