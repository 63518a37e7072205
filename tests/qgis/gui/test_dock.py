"""The dock, driven the way a user would, with inputs made here (its dialogs: test_*_dialog.py,
test_settings_page.py; the task wrapper: tests/qgis/qgis_bridge/test_tasks.py)."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from tests.qgis.support import wait_for
from vantage_plugin.qgis_bridge import operations


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


SQUARE = "POLYGON((-71.700001 18.650001, -71.699001 18.650001, -71.699001 18.651001, -71.700001 18.651001, -71.700001 18.650001))"
BOWTIE = "POLYGON((-71.710001 18.660001, -71.708001 18.661001, -71.708001 18.660001, -71.710001 18.662001, -71.710001 18.660001))"
SQUARE2 = "POLYGON((-71.720001 18.670001, -71.719001 18.670001, -71.719001 18.671001, -71.720001 18.671001, -71.720001 18.670001))"


@pytest.fixture
def plots_layer():
    """Three polygons in WGS84: a good one, a self-intersecting one, a good one with a bad date."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "test plots layer", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            QgsField("Plot ID", QVariant.String),
            QgsField("Commodity", QVariant.String),
            QgsField("harvest_date", QVariant.String),
            QgsField("note", QVariant.String),
        ]
    )
    layer.updateFields()
    for plot_id, wkt, date in (("A1", SQUARE, "2024-05-01"), ("B2", BOWTIE, "2024-05-01"), ("C3", SQUARE2, "not a date")):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([plot_id, "cocoa", date, "x"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        provider.addFeature(feature)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    if not sip.isdeleted(layer) and QgsProject.instance().mapLayer(layer.id()):
        QgsProject.instance().removeMapLayer(layer.id())


# --- layer, fields, defaults ---------------------------------------------------------------------
def test_layer_choice_guesses_the_fields_and_an_output_in_the_user_folder(dock, plots_layer, tmp_path):
    dock.layer_combo.setLayer(plots_layer)
    mapping = dock.mapping()
    assert mapping.plot_id == "Plot ID"
    assert mapping.commodity == "Commodity"
    assert mapping.harvest_date == "harvest_date"
    assert mapping.point_ha is None
    output = Path(dock.output_path())
    assert output.suffix == ".gpkg" and output.parent == tmp_path
    assert dock.validate_button.isEnabled() and dock.check_button.isEnabled()
    assert not dock.fix_button.isEnabled()
    # every guess is named for the user to check; a field the user picks is no longer a guess
    assert set(mapping.guessed) == {"plot_id", "commodity", "harvest_date"}
    assert not dock.guessed_label.isHidden() and "harvest_date" in dock.guessed_label.text()
    dock.field_combos["harvest_date"].setField("note")
    assert "harvest_date" not in dock.mapping().guessed and "= harvest_date" not in dock.guessed_label.text()
    # every mapping may be left empty
    dock.field_combos["plot_id"].setField("")
    assert dock.mapping().plot_id is None


def test_api_controls_show_only_for_the_api_and_dry_run_is_on(dock):
    dock.show()
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("bundled"))
    assert dock.api_box.isHidden()
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("api"))
    assert not dock.api_box.isHidden()
    assert dock.dry_run.isChecked()
    assert "Not logged in" in dock.balance_label.text()


def test_defaults_fill_missing_commodity_and_date(dock, plots_layer):
    dock.layer_combo.setLayer(plots_layer)
    dock.field_combos["commodity"].setField("")
    dock.commodity_combo.setCurrentIndex(dock.commodity_combo.findData("coffee"))
    dock.validate()  # the plots are read in the task, off the GUI thread
    wait_for(lambda: not dock.busy())
    plots = dock.plots
    assert [p.commodity for p in plots] == ["coffee"] * 3
    assert [p.user_id for p in plots] == ["A1", "B2", "C3"]


# --- validation --------------------------------------------------------------------------------
@pytest.mark.skipif(not _has("vantage_plugin.qgis_bridge.layers"), reason="qgis_bridge/layers.py missing")
def test_validate_lists_problems_and_a_click_selects_and_zooms(dock, plots_layer, qgis_iface):
    from qgis.PyQt.QtCore import QModelIndex, Qt

    dock.layer_combo.setLayer(plots_layer)
    task = dock.validate()
    assert task is not None and dock.busy() and dock.cancel_button.isEnabled()
    wait_for(lambda: not dock.busy() and dock.report_ready())
    assert dock.report is not None, dock.status.text()
    model = dock.issues_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Plot", "Severity", "Message", "Code"]
    # one row per rule, errors first, each with its count and expandable to its plots
    groups = [model.index(row, 0) for row in range(model.rowCount())]
    codes = [model.index(row, 3).data() for row in range(model.rowCount())]
    expected = {}
    for issue in dock.report.issues:
        expected.setdefault(issue.code, []).append(issue)
    assert sorted(codes) == sorted(expected)
    severities = [model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in range(model.rowCount())]
    assert severities == sorted(severities, key=lambda s: s != "error")  # errors first
    for group, code in zip(groups, codes):
        assert model.rowCount(group) == len(expected[code])
        count = len(expected[code])
        assert group.data().endswith(f" — {count} plot" + ("s" if count != 1 else ""))
        assert dock.issues_view.isFirstColumnSpanned(group.row(), QModelIndex())  # the rule reads whole
    labels = {model.index(r, 0, g).data() for g in groups for r in range(model.rowCount(g))}
    assert {"B2", "C3"} <= labels and "A1" not in labels
    assert "blocked" in dock.problems_summary.text()
    blocked = len({i.plot_index for i in dock.report.issues if i.is_error})
    assert f"{blocked} plot{'s' if blocked != 1 else ''} blocked" in dock.problems_summary.text()
    # tooltips are made on demand, from the issue
    child = model.index(0, 2, groups[0])
    assert child.data(Qt.ItemDataRole.ToolTipRole).startswith(model.issue(child).plot_label)

    # hiding warnings hides the warning rules, showing them brings them back
    warnings = sum(s == "warning" for s in severities)
    dock.show_warnings.setChecked(False)
    assert model.rowCount() == len(groups) - warnings
    dock.show_warnings.setChecked(True)
    assert model.rowCount() == len(groups)

    bowtie = next(g for g in groups for r in range(model.rowCount(g)) if model.index(r, 0, g).data() == "B2")
    row = next(r for r in range(model.rowCount(bowtie)) if model.index(r, 0, bowtie).data() == "B2")
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(plots_layer.crs())
    assert not dock.selected_only.isChecked()
    dock.on_issue_clicked(model.index(row, 0, bowtie))
    fid = next(f.id() for f in plots_layer.getFeatures() if f["Plot ID"] == "B2")
    assert plots_layer.selectedFeatureIds() == [fid]
    assert canvas.extent().contains(plots_layer.getFeature(fid).geometry().boundingBox().center())
    assert "B2" in dock.issue_detail.text()
    dock.on_issue_clicked(QModelIndex())  # nothing under the click: nothing happens


def test_a_selection_made_by_a_problem_click_never_ticks_selected_only(dock, plots_layer, qgis_iface):
    """The trap: click a problem (selects 1 plot), switch layers and back: the next run must not be on 1 plot."""
    other = QgsVectorLayer("Polygon?crs=EPSG:4326&field=id:string", "other plots", "memory")
    QgsProject.instance().addMapLayer(other)
    try:
        dock.layer_combo.setLayer(plots_layer)
        dock.validate()
        wait_for(lambda: not dock.busy() and dock.report_ready())
        model = dock.issues_model
        group = model.index(0, 0)
        dock.on_issue_clicked(model.index(0, 0, group))
        assert plots_layer.selectedFeatureCount() == 1
        dock.layer_combo.setLayer(other)
        dock.layer_combo.setLayer(plots_layer)
        assert not dock.selected_only.isChecked()
        assert len(operations.read_plots(dock.plot_source())) == 3
        # and a box the user ticks stays ticked
        dock.selected_only.setChecked(True)
        dock.layer_combo.setLayer(other)
        dock.layer_combo.setLayer(plots_layer)
        assert dock.selected_only.isChecked()
    finally:
        QgsProject.instance().removeMapLayer(other.id())


def test_progress_moves_forward_only(dock):
    dock.progress.setValue(0)
    for value in (10, 60, 100, 10, 55):
        dock._on_progress(value)
    assert dock.progress.value() == 100


@pytest.mark.skipif(not _has("vantage_plugin.core.validation.fixes"), reason="core/validation/fixes.py missing")
def test_fix_writes_a_new_geopackage_and_leaves_the_layer_alone(dock, plots_layer, tmp_path):
    dock.layer_combo.setLayer(plots_layer)
    dock.validate()
    wait_for(lambda: not dock.busy() and dock.report_ready())
    before = [f.geometry().asWkt() for f in plots_layer.getFeatures()]
    if not dock.fix_button.isEnabled():
        pytest.skip("validation offered no safe fix for these plots")
    target = tmp_path / "fixed.gpkg"
    dock.run_fixes(str(target))
    wait_for(lambda: not dock.busy())
    assert target.exists(), dock.status.text()
    assert [f.geometry().asWkt() for f in plots_layer.getFeatures()] == before
    outputs = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().startswith(str(target))]
    fixed = [lyr for lyr in outputs if lyr.name() == "test plots layer (fixed)"]
    assert fixed and fixed[0].featureCount() >= 3  # a repaired bow-tie may be split in two plots
    assert dock.current_layer() is fixed[0]  # ready to be checked
    repaired = [f for f in fixed[0].getFeatures() if f["Plot ID"] == "B2"]
    assert repaired and all(f.geometry().isGeosValid() for f in repaired)
    if len(repaired) > 1:
        assert sorted(f["vantage_part"] for f in repaired) == list(range(1, len(repaired) + 1))
    for lyr in outputs:
        QgsProject.instance().removeMapLayer(lyr.id())


# --- check (the service is replaced: this tests the dock's wiring, not the engines) ------------
def _fake_check_plots(confirm_answers: list):
    from vantage_plugin.core.analysis import PlotResult, make_analysis
    from vantage_plugin.core.runs import Run
    from vantage_plugin.core.service import CheckOutput

    def check_plots(plots, engine="bundled", *, bundled_options=None, api_client=None, api_options=None,
                    confirm=None, feedback=None, today=None):
        if engine == "api":
            assert threading.current_thread() is not threading.main_thread()
            confirm_answers.append(confirm(7, 100, len(plots)))
        run = Run(engine=engine, step_names=("prepare",))
        with run.step("prepare"):
            feedback.set_progress(50)
        run.finish(len(plots))
        results = []
        for plot, level in zip(plots, ("High", "Low", "Low")):
            analysis = make_analysis(area_ha=1.0, analysis_end="2024-05-01", forest_ha=1.0, deforestation_ha=0.0,
                                     deforestation_yearly={}, risk_level=level, risk_reason=level, version="test")
            results.append(PlotResult(plot.index, engine, "ok", analysis=analysis))
        return CheckOutput(results=results, run=run, report=_EmptyReport())

    return check_plots


class _EmptyReport:
    issues: list = []
    blocked: set = set()
    error_count = 0
    warning_count = 0


@pytest.mark.skipif(not _has("vantage_plugin.qgis_bridge.results"), reason="qgis_bridge/results.py missing")
def test_check_writes_loads_and_summarises_the_results(dock, plots_layer, tmp_path, monkeypatch):
    from vantage_plugin.core import service

    monkeypatch.setattr(service, "check_plots", _fake_check_plots([]))
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: kwargs)
    dock.layer_combo.setLayer(plots_layer)
    target = tmp_path / "results.gpkg"
    dock.output_widget.setFilePath(str(target))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy())
    assert target.exists(), dock.status.text()
    layer = dock.result_layer
    assert layer is not None and layer.isValid() and layer.featureCount() == 3
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.source().startswith(str(target))  # a GeoPackage, never a memory layer
    assert "High 1" in dock.check_summary.text() and "Low 2" in dock.check_summary.text()
    assert dock.summary_button.isEnabled()
    assert "#1a7f37" in dock.status.styleSheet()  # every plot got a level: success
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.skipif(not _has("vantage_plugin.qgis_bridge.results"), reason="qgis_bridge/results.py missing")
def test_api_check_asks_on_the_main_thread_before_spending(dock, plots_layer, tmp_path, monkeypatch):
    from vantage_plugin.core import service

    answers: list = []
    asked: list = []
    monkeypatch.setattr(service, "check_plots", _fake_check_plots(answers))
    monkeypatch.setattr(operations, "api_options", lambda **kwargs: kwargs)

    def fake_confirm(cost, free, count):
        assert threading.current_thread() is threading.main_thread()
        asked.append((cost, free, count))
        return False

    monkeypatch.setattr(dock, "confirm_spend", fake_confirm)
    dock.api_client = object()  # logged in (no network in this test)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("api"))
    dock.layer_combo.setLayer(plots_layer)
    dock.output_widget.setFilePath(str(tmp_path / "api.gpkg"))
    dock.check()
    wait_for(lambda: not dock.busy())
    assert asked == [(7, 100, 3)] and answers == [False]
    if dock.result_layer is not None:
        QgsProject.instance().removeMapLayer(dock.result_layer.id())


# --- API: balance and paged job history (a fake client: no network) ---------------------------
class FakeClient:
    def __init__(self):
        from vantage_plugin.core.api.models import Job, Page, PageMeta, TokenBalance

        self.TokenBalance, self.Job, self.Page, self.PageMeta = TokenBalance, Job, Page, PageMeta
        self.cursors = []

    def check_tokens(self):
        return self.TokenBalance(token_balance=120, reserved_tokens=20, free_tokens=100)

    def list_jobs_page(self, limit=None, cursor=None):
        self.cursors.append(cursor)
        start = 0 if cursor is None else int(cursor)
        jobs = [self.Job(job_id=f"job{i}", job_name=f"Batch {i}", status="done", plot_ids=["p"] * i,
                         created_at=f"2025-01-0{i % 9 + 1}T10:00:00", token_cost=i)
                for i in range(start, min(start + limit, 25))]
        more = start + limit < 25
        return self.Page(jobs, self.PageMeta(next_cursor=str(start + limit) if more else None, has_more=more))


@pytest.mark.skipif(not _has("vantage_plugin.core.api.models"), reason="core/api/models.py missing")
def test_token_balance_and_job_history_with_load_more(dock):
    client = FakeClient()
    dock.api_client = client
    dock.refresh_balance()
    wait_for(lambda: "100" in dock.balance_label.text())
    assert "120" in dock.balance_label.text()

    dock.load_jobs()
    wait_for(lambda: dock.jobs_list.count() == 20)
    assert dock.jobs_more_button.isEnabled()
    dock.load_jobs(more=True)
    wait_for(lambda: dock.jobs_list.count() == 25)
    assert not dock.jobs_more_button.isEnabled()
    assert client.cursors == [None, "20"]
    assert "Batch 0" in dock.jobs_list.item(0).text()


# --- the real bundled engine, end to end through the dock (shared Hansen crop) -----------------
@pytest.mark.skipif(not _has("vantage_plugin.core.engine.bundled"), reason="core/engine/bundled.py missing")
def test_check_with_the_bundled_engine(dock, plots_layer, tmp_path):
    import json

    from tests.conftest import shared_file

    folder = shared_file("hansen-dominican-republic/Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif").parent
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({
        "version": 1,
        "forest_2020": {"path": str(folder / "Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif")},
        "loss_year": {"path": str(folder / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif")},
        "forest_2020_min": 10,
    }))
    dock.settings.catalog_path = str(catalog)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("bundled"))
    dock.layer_combo.setLayer(plots_layer)
    target = tmp_path / "bundled.gpkg"
    dock.output_widget.setFilePath(str(target))
    dock.check()
    wait_for(lambda: not dock.busy(), timeout=300)
    layer = dock.result_layer
    assert layer is not None and layer.isValid(), dock.status.text()
    assert layer.featureCount() == 3
    statuses = {f["Plot ID"]: f["status"] for f in layer.getFeatures()}
    assert statuses["B2"] == "invalid"  # the bow-tie is blocked by validation, never analysed
    assert statuses["A1"] in ("ok", "no_data")
    levels = {f["risk_level"] for f in layer.getFeatures() if f["status"] == "ok"}
    assert levels <= {"Low", "Medium", "High", "Unknown"}
    assert dock.check_summary.text().startswith("3 plots")
    QgsProject.instance().removeMapLayer(layer.id())


# --- the status after a check: its level follows the outcome (hand-made result sets) ---------------
def _result(index: int, level, status: str = "ok", error=None, limits=()):
    from vantage_plugin.core.analysis import PlotResult

    analysis = {"risk_level": level} if level else None
    return PlotResult(index, "bundled", status, analysis=analysis, error=error, limits=tuple(limits))


OUTSIDE = "no tree-cover loss data covers the plot (outside the raster or nodata)"
NOT_COVERED = ("not_covered",)


def test_status_is_success_when_every_plot_has_a_level():
    from qgis.core import Qgis

    from vantage_plugin.core.analysis import summarise
    from vantage_plugin.gui.dock import check_status

    results = [_result(0, "High"), _result(1, "Low"), _result(2, "Medium")]
    text, level = check_status(results, summarise(results), "success")
    assert level == Qgis.MessageLevel.Success
    assert text.startswith("Check finished: 3 plots")


def test_status_is_a_warning_saying_how_many_and_why_when_some_are_unknown():
    from qgis.core import Qgis

    from vantage_plugin.core.analysis import summarise
    from vantage_plugin.gui.dock import check_status

    results = [_result(0, "Low"), _result(1, "Unknown", "no_data", OUTSIDE, NOT_COVERED),
               _result(2, "Unknown", "no_data", OUTSIDE, NOT_COVERED), _result(3, "High"),
               _result(4, "Unknown", "no_data", OUTSIDE, NOT_COVERED)]
    text, level = check_status(results, summarise(results), "success")
    assert level == Qgis.MessageLevel.Warning
    assert "3 of 5 plots could not be assessed: outside the data." in text
    assert "\n" not in text

    mixed = [_result(0, "Low"), _result(1, None, "invalid", "self-intersection"),
             _result(2, "Unknown", "no_data", OUTSIDE, NOT_COVERED), _result(3, None, "failed", "boom"),
             _result(4, None, "invalid", "bad date")]
    text, level = check_status(mixed, summarise(mixed), "partial")
    assert level == Qgis.MessageLevel.Warning
    assert "4 of 5 plots could not be assessed: blocked by validation (2)" in text
    assert "outside the data (1)" in text and "analysis failed (1)" in text


def test_status_warns_when_a_level_rests_on_partial_data():
    from qgis.core import Qgis

    from vantage_plugin.gui.dock import check_status

    partly = "data cover only 60.0 % of the plot: High at least"
    results = [_result(0, "Low"), _result(1, "High", "no_data", partly)]
    text, level = check_status(results, None, "success")
    assert level == Qgis.MessageLevel.Warning
    assert "1 plots are only partly covered by the data" in text


def test_status_is_critical_when_no_plot_could_be_assessed():
    from qgis.core import Qgis

    from vantage_plugin.core.analysis import summarise
    from vantage_plugin.gui.dock import check_status

    results = [_result(0, "Unknown", "no_data", "no tree-cover loss data configured", ("no_loss_data",)),
               _result(1, "Unknown", "no_data", "no tree-cover loss data configured", ("no_loss_data",))]
    text, level = check_status(results, summarise(results), "success")
    assert level == Qgis.MessageLevel.Critical
    assert text == "Check finished, but no plot could be assessed: no loss-year data configured."
    failed = [_result(0, None, "failed", "x"), _result(1, None, "invalid", "y")]
    assert check_status(failed, summarise(failed), "partial")[1] == Qgis.MessageLevel.Critical


def test_why_not_assessed_comes_from_the_reason_codes_not_the_message():
    """Rewording an engine message must not change the panel: only status and Limit codes count."""
    from vantage_plugin.core.risk import Limit
    from vantage_plugin.gui.reasons import not_assessed_reason

    words = {limit: not_assessed_reason("no_data", (limit.value,)) for limit in Limit}
    assert words[Limit.NO_LOSS_DATA] == "no loss-year data configured"
    assert words[Limit.NOT_COVERED] == "outside the data"
    assert words[Limit.PARTIAL_COVERAGE] == "only partly covered by the data"
    assert len(set(words.values())) == len(Limit)  # every code has its own words
    assert "no data" not in words.values()  # the fallback is only for results without a code
    assert not_assessed_reason("no_data", ()) == "no data"
    assert not_assessed_reason("no_data", ("a_future_code", Limit.NOT_COVERED.value)) == "outside the data"
    assert not_assessed_reason("invalid", (Limit.NOT_COVERED.value,)) == "blocked by validation"
    assert not_assessed_reason("failed") == "analysis failed"
    assert not_assessed_reason("failed", (), "cancelled") == "cancelled"
    assert not_assessed_reason("pending") == "still running at the Vantage API"


def test_status_reason_ignores_the_wording_of_errors():
    from vantage_plugin.core.analysis import summarise
    from vantage_plugin.gui.dock import check_status

    # an English message that once matched "outside the data", but the code says no loss data
    results = [_result(0, "Low"), _result(1, "Unknown", "no_data", OUTSIDE, ("no_loss_data",)),
               _result(2, "Unknown", "no_data", "reworded: the plot lies beyond the rasters", NOT_COVERED)]
    text, _ = check_status(results, summarise(results), "success")
    assert "no loss-year data configured (1)" in text and "outside the data (1)" in text


def test_summary_says_why_plots_are_unknown_from_their_codes():
    from vantage_plugin.gui.results_view import ResultTally, facts_of
    from vantage_plugin.gui.summary_dialog import unknown_reasons

    tally = ResultTally()
    results = [_result(0, "Unknown", "no_data", OUTSIDE, NOT_COVERED),
               _result(1, "Unknown", "no_data", "reworded text", NOT_COVERED),
               _result(2, "Unknown", "no_data", "no tree-cover loss data configured", ("no_loss_data",)),
               _result(3, "Low")]
    for result in results:
        tally.add(facts_of(result))
    assert facts_of(results[2]).limits == ("no_loss_data",)
    assert unknown_reasons(tally) == "outside the data (2), no loss-year data configured (1)"


def test_status_from_the_summary_alone_and_for_a_dry_run():
    from qgis.core import Qgis

    from vantage_plugin.gui.dock import check_status

    summary = {"plots": 4, "by_risk": {"Low": 2, "Unknown": 2}, "by_status": {"ok": 2, "no_data": 2}}
    text, level = check_status(None, summary)
    assert level == Qgis.MessageLevel.Warning and "2 of 4 plots could not be assessed" in text
    dry = [_result(0, "Low", "simulated"), _result(1, "High", "simulated")]
    assert check_status(dry, None, "success")[1] == Qgis.MessageLevel.Info
    assert check_status([], {"plots": 0})[1] == Qgis.MessageLevel.Warning


def test_the_dock_status_after_a_check_where_nothing_could_be_assessed(dock, monkeypatch):
    from vantage_plugin.core.analysis import summarise
    from vantage_plugin.core.runs import Run
    from vantage_plugin.core.service import CheckOutput

    monkeypatch.setattr(dock, "load_layer", lambda *args, **kwargs: None)
    results = [_result(0, "Unknown", "no_data", OUTSIDE, NOT_COVERED),
               _result(1, "Unknown", "no_data", OUTSIDE, NOT_COVERED)]
    run = Run(engine="bundled", step_names=("prepare",))
    run.finish(2)
    outcome = {"uri": "/nowhere.gpkg|layername=x", "output": CheckOutput(results, run, _EmptyReport()),
               "summary": summarise(results)}
    dock.on_checked(outcome, "plots")
    assert dock.status.text() == "Check finished, but no plot could be assessed: outside the data."
    assert "#b00020" in dock.status.styleSheet()  # critical, not green

    results[0] = _result(0, "Low")
    outcome["summary"] = summarise(results)
    dock.on_checked(outcome, "plots")
    assert "1 of 2 plots could not be assessed: outside the data." in dock.status.text()
    assert "#b35c00" in dock.status.styleSheet()
