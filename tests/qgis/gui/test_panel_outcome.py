"""After a check the panel shows and does the same whether it kept every plot, result and issue as
objects (``check_to_file(keep=True)`` counted as before round eight: the reference kept here) or what its
keeper keeps (``check_outcome.check_and_count``: counts, feature ids, issues as columns): the status line,
the Results tab's entries, the Problems rows, the summary; a problem clicked selects its feature and Fix…
reads the plots again from the check's snapshot."""

from __future__ import annotations

import random

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel

from tests.fixtures.streaming import plot_rows, rasters, write_plots_layer
from tests.qgis.support import wait_for
from vantage_plugin.core import chunks
from vantage_plugin.core.analysis import (
    AREA_HA,
    IL_SUMMARY,
    INDIGENOUS_LAND,
    PA_SUMMARY,
    PROTECTED_AREAS,
    TOTAL_OVERLAP_AREA_HA,
    PlotResult,
    make_analysis,
)
from vantage_plugin.gui.check_outcome import check_and_count, check_status
from vantage_plugin.gui.problems_tab import ProblemsTab
from vantage_plugin.gui.problems_view import ISSUE_ROLE, ProblemsModel, group_report
from vantage_plugin.gui.reasons import not_assessed_reason
from vantage_plugin.gui.results_view import (
    FILTER_ROLE,
    MAX_EVIDENCE,
    NOT_CHECKED,
    ResultsView,
    ResultTally,
    facts_of,
    status_label,
    tally_results,
)
from vantage_plugin.gui.summary_dialog import ResultsSummaryDialog, unknown_reasons
from vantage_plugin.qgis_bridge import operations
from vantage_plugin.qgis_bridge.layers import guess_mapping
from vantage_plugin.qgis_bridge.messages import risk_reason_text

CHUNK = 7


@pytest.fixture
def checked(qgis_app, tmp_path, monkeypatch):
    """The 60 plots of the streaming tests (overlaps across chunks, duplicates, blocked plots) checked in
    chunks of 7 read in space order: by the reference (every object kept) and by the panel's keeper."""
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: options)
    monkeypatch.setattr(chunks, "CHUNK_PLOTS", CHUNK)
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    every = operations.check_to_file(source, operations.ENGINE_BUNDLED, str(tmp_path / "every.gpkg"), "results",
                                     bundled=options, keep=True)
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    kept = check_and_count(source=source, engine=operations.ENGINE_BUNDLED, path=str(tmp_path / "kept.gpkg"),
                           layer_name="results", bundled={})
    return layer, every, kept


def _model_rows(groups) -> list:
    model = ProblemsModel()
    model.set_groups(groups)
    rows = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ISSUE_ROLE)
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        rows.append(tuple(model.index(r, c).data(role) for c in range(4) for role in roles))
        for k in range(model.rowCount(group)):
            rows.append(tuple(model.index(k, c, group).data(role) for c in range(4) for role in roles))
    return rows


def _results_entries(uri: str, summary: dict, tally) -> list:
    layer = QgsVectorLayer(uri, "results", "ogr")
    QgsProject.instance().addMapLayer(layer)
    view = ResultsView(None)
    view.set_result(layer, summary, [], tally=tally)
    assert view.ready()
    items = [view.list.item(r) for r in range(view.list.count())]
    entries = [(item.text(), item.data(FILTER_ROLE), int(item.flags())) for item in items]
    QgsProject.instance().removeMapLayer(layer.id())
    return entries


def _summary_texts(summary: dict, tally) -> list:
    dialog = ResultsSummaryDialog(summary, tally=tally)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += sorted(dialog.action_buttons) + sorted(dialog.evidence_buttons)
    dialog.deleteLater()
    return texts


def test_the_views_show_the_same_rows_and_values(checked):
    layer, every, kept = checked
    results = every.output.results
    assert len(results) == 60 and kept["output"].results == []
    # the status line
    assert kept["status"] == check_status(results, every.summary, every.output.run.status)
    # the Results tab: the same entries, counts and hectares (to the 0.1 ha shown)
    reference = tally_results(results)
    assert kept["tally"].plots == reference.plots
    assert kept["tally"].hectares == pytest.approx(reference.hectares)
    assert _results_entries(kept["uri"], kept["summary"], kept["tally"]) == \
        _results_entries(kept["uri"], every.summary, reference)
    # the Problems tab: the same groups, rows, texts, tooltips and plots; the same counts over the plots
    old_groups, old_tally = group_report(every.output.report.issues)
    new_groups, new_tally = kept["groups"]
    assert _model_rows(new_groups) == _model_rows(old_groups)
    assert len(_model_rows(new_groups)) > 8
    assert list(kept["output"].report.issues) == every.output.report.issues
    assert [i.params for i in kept["output"].report.issues] == [i.params for i in every.output.report.issues]
    assert (new_tally.errors, new_tally.warnings, new_tally.fixable) == \
        (old_tally.errors, old_tally.warnings, old_tally.fixable)
    assert sorted(new_tally.blocked.tolist()) == sorted(old_tally.blocked)
    tab = ProblemsTab()
    said = [tab.show_groups(groups, tally, 60) and tab.problems_summary.text()
            for groups, tally in ((old_groups, old_tally), (new_groups, new_tally))]
    assert said[0] == said[1] and "blocked" in said[0]
    # the summary dialog
    assert _summary_texts(kept["summary"], kept["tally"]) == _summary_texts(every.summary, reference)
    # each plot's feature (a problem clicked zooms to it)
    plots = kept["plots"]
    assert len(plots) == 60
    assert [plots.get(plot.index).source_fid for plot in every.plots] == [plot.source_fid for plot in every.plots]
    assert plots.get(60) is None and plots.get(-1) is None


def test_a_problem_clicked_after_a_check_selects_its_feature_and_fix_reads_the_plots_again(
        dock, qgis_app, qgis_iface, tmp_path, monkeypatch):
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    QgsProject.instance().addMapLayer(layer)
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: options)
    monkeypatch.setattr(chunks, "CHUNK_PLOTS", CHUNK)
    dock.layer_combo.setLayer(layer)
    dock.output_widget.setFilePath(str(tmp_path / "checked.gpkg"))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy() and dock.report_ready(), timeout=120)
    assert dock.result_layer is not None, dock.status.text()
    # a problem row of the bow tie (P13): its feature is selected
    model = dock.issues_model
    wanted = None
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        for k in range(model.rowCount(group)):
            if model.index(k, 0, group).data() == "P13":
                wanted = model.index(k, 0, group)
    assert wanted is not None
    dock.issues_view.expand(wanted.parent())
    dock.on_issue_clicked(wanted)
    fid = {f["plot_id"]: f.id() for f in layer.getFeatures()}["P13"]
    assert layer.selectedFeatureIds() == [fid]
    # Fix…: the plots are read again from the check's snapshot; the same fixed layer as from plots in memory
    assert dock.fix_button.isEnabled()
    target = tmp_path / "fixed.gpkg"
    dock.run_fixes(str(target))
    wait_for(lambda: not dock.busy(), timeout=120)
    outputs = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().startswith(str(target))]
    fixed = [lyr for lyr in outputs if lyr.name() == "plots (fixed)"]
    assert fixed, dock.status.text()
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    reference = operations.fix_job(operations.read_plots(source), layer.fields(), str(tmp_path / "ref.gpkg"),
                                   "ref", source_wkb_type=int(layer.wkbType()))
    ref = QgsVectorLayer(reference["uri"], "ref", "ogr")
    assert [(f["plot_id"], f.geometry().asWkt(8)) for f in fixed[0].getFeatures()] == \
        [(f["plot_id"], f.geometry().asWkt(8)) for f in ref.getFeatures()]
    assert fixed[0].featureCount() >= 60 and len(reference["changes"]) > 0
    for lyr in [*outputs, dock.result_layer, layer]:
        QgsProject.instance().removeMapLayer(lyr.id())


def _result(index: int, level: str, status: str = "ok", image: str = "", limits=(), reason: str = "",
            protected: float = 0.0):
    analysis = make_analysis(area_ha=1.0 + index, analysis_end="2024-05-01", forest_ha=1.0, deforestation_ha=0.0,
                             deforestation_yearly={}, risk_level=level, risk_reason=reason or level, version="t")
    if protected:
        analysis[PROTECTED_AREAS] = {PA_SUMMARY: {TOTAL_OVERLAP_AREA_HA: protected}}
    return PlotResult(index, "api", status, analysis=analysis, analysis_image=image or None, limits=tuple(limits))


def test_the_tally_keeps_the_first_images_in_plot_order_and_counts_why_plots_are_unknown():
    """The reference is the tally of round seven: every fact of a plot that needs a look kept, the images
    taken in plot order, the reasons counted over those facts."""
    rng = random.Random(4)
    results = []
    for k in range(400):
        level = rng.choice(["High", "Unknown", "Low", "Medium"])
        status = rng.choice(["ok", "ok", "no_data", "failed"])
        image = f"https://example.org/{k}.png" if rng.random() < 0.6 else ""
        limits = rng.choice([(), ("outside_data",), ("no_loss_data",)])
        reason = rng.choice(["", "because Unknown", "no data"])
        results.append(_result(k, level, status, image, limits, reason, protected=rng.choice([0.0, 0.5])))
    shuffled = results[:]
    rng.shuffle(shuffled)  # the chunks of a check may come in any order
    tally = tally_results(shuffled)
    attention = [f for f in map(facts_of, results)
                 if f.category in ("High", "Unknown") or f.protected_ha > 0 or f.category in (NOT_CHECKED, "failed")]
    for key in ("risk:High", "risk:Unknown", NOT_CHECKED):
        category = key.split(":", 1)[1] if key.startswith("risk:") else "failed"
        images = [f.evidence for f in attention if f.evidence and f.category == category][:MAX_EVIDENCE]
        assert tally.evidence.get(key, []) == images and len(images) == MAX_EVIDENCE, key
    counts: dict = {}
    for f in attention:
        if f.category == "Unknown":
            why = not_assessed_reason(f.status, f.limits) if f.limits else (
                risk_reason_text(f.reason) or f.error or status_label(f.status))
            counts[why] = counts.get(why, 0) + 1
    expected = ", ".join(f"{why} ({n})" for why, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))[:3])
    assert unknown_reasons(tally) == expected and expected


def test_the_tally_of_a_chunk_in_bulk_is_the_tally_plot_by_plot():
    """``ResultTally.add_results`` (the panel's keeper, chunk by chunk) counts what :meth:`ResultTally.add`
    of each plot's facts counts: the same entries, counts, reasons and images, and hectares to within
    rounding (added in another order)."""
    rng = random.Random(11)
    results = []
    for k in range(3000):
        level = rng.choice(["Low", "Low", "Low", "Medium", "High", "Unknown", ""])
        status = rng.choice(["ok", "ok", "ok", "no_data", "failed", "invalid"])
        image = f"https://example.org/{k}.png" if rng.random() < 0.3 else ""
        result = _result(k, level, status, image, rng.choice([(), ("outside_data",)]),
                         rng.choice(["", "because"]), protected=rng.choice([0.0, 0.0, 0.0, 0.25]))
        if rng.random() < 0.1:
            result.analysis[INDIGENOUS_LAND] = {IL_SUMMARY: {TOTAL_OVERLAP_AREA_HA: rng.choice([0.0, 0.75])}}
        result.analysis[AREA_HA] = rng.uniform(0.5, 50.0)
        results.append(result)
    one_by_one = ResultTally()
    for result in results:
        one_by_one.add(facts_of(result))
    bulk = ResultTally()
    shuffled = results[:]
    rng.shuffle(shuffled)  # a check's chunks come in any order
    for at in range(0, len(shuffled), 700):
        bulk.add_results(shuffled[at:at + 700])
    assert bulk.plots == one_by_one.plots
    assert bulk.hectares == pytest.approx(one_by_one.hectares, rel=1e-12)
    assert bulk.unknown == one_by_one.unknown and bulk.evidence == one_by_one.evidence
    assert {"risk:Low", "risk:Medium", "status:ok", NOT_CHECKED} <= set(bulk.plots)
    assert bulk.plots["risk:Low"] > 100  # most plots took the bulk path
