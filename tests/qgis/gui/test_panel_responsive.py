"""What keeps the panel responsive at 100,000 plots, checked on small inputs: the check's task counts
the status and the Results tab and opens the result layer (handed to the GUI thread), the panel lets
go of what it no longer shows a chunk per event-loop turn, and a finished task keeps nothing alive."""

from __future__ import annotations

import gc
import time
import weakref

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from tests.qgis.support import wait_for
from vantage_plugin.core import service
from vantage_plugin.core.analysis import PlotResult, make_analysis
from vantage_plugin.core.runs import Run
from vantage_plugin.core.service import CheckOutput
from vantage_plugin.core.validation import validate
from vantage_plugin.gui import sliced_release
from vantage_plugin.gui.sliced_release import SlicedRelease
from vantage_plugin.qgis_bridge import operations, tasks

LEVELS = ("High", "Low", "Low", "Unknown")


class Thing:
    """An object whose death a weak reference can see."""


@pytest.fixture
def plots_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "farms", "memory")
    layer.dataProvider().addAttributes([QgsField("plot_id", QVariant.String), QgsField("commodity", QVariant.String)])
    layer.updateFields()
    for i in range(len(LEVELS)):
        x = -71.7 + i * 0.002
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"P{i}", "cocoa"])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 18.65,{x + 0.001} 18.65,{x + 0.001} 18.651,"
                                                f"{x} 18.651,{x} 18.65))"))
        layer.dataProvider().addFeature(feature)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    if not sip.isdeleted(layer) and QgsProject.instance().mapLayer(layer.id()):
        QgsProject.instance().removeMapLayer(layer.id())


def _fake_check_plots(plots, engine="bundled", *, feedback=None, **kwargs):
    run = Run(engine=engine, step_names=("prepare",))
    run.finish(len(plots))
    results = [PlotResult(plot.index, engine, "ok", analysis=make_analysis(
        area_ha=1.0, analysis_end="2024-05-01", forest_ha=1.0, deforestation_ha=0.0, deforestation_yearly={},
        risk_level=LEVELS[plot.index], risk_reason=LEVELS[plot.index], version="test")) for plot in plots]
    return CheckOutput(results=results, run=run, report=validate(plots))  # as the real check: a report


def test_the_check_task_counts_and_opens_the_result_layer(dock, plots_layer, tmp_path, monkeypatch):
    monkeypatch.setattr(service, "check_plots", _fake_check_plots)
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: kwargs)
    seen = {}
    on_checked = dock.on_checked

    def spy(outcome, *args, **kwargs):
        seen.update(outcome)
        on_checked(outcome, *args, **kwargs)

    dock.on_checked = spy
    dock.layer_combo.setLayer(plots_layer)
    dock.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy() and dock.results_view.ready())
    # made in the task, shown as they came
    assert seen["layer"] is dock.result_layer
    assert dock.result_layer.thread() == QCoreApplication.instance().thread()
    assert QgsProject.instance().mapLayer(dock.result_layer.id()) is dock.result_layer
    assert dock.result_layer.readOnly()
    assert dock.results_view.tally is seen["tally"]
    assert dock.results_view.count("risk:Low") == LEVELS.count("Low")
    assert dock.results_view.count("risk:High") == LEVELS.count("High")
    text, _level = seen["status"]
    assert dock.status.text() == text and f"1 of {len(LEVELS)} plots could not be assessed" in text


def test_sliced_release_lets_go_a_chunk_per_turn(qgis_app, monkeypatch):
    monkeypatch.setattr(sliced_release, "CHUNK", 100)
    things = [Thing() for _ in range(250)]
    alive = [weakref.ref(thing) for thing in things]
    release = SlicedRelease()
    release.release(things)
    assert sum(ref() is not None for ref in alive) == 250  # nothing freed before the event loop runs
    release._step()  # one turn
    assert sum(ref() is not None for ref in alive) == 150 and release.pending() == 150
    wait_for(lambda: release.pending() == 0, timeout=10)
    assert all(ref() is None for ref in alive)


def _start_holding_itself(job) -> dict:
    """Start a task whose callbacks hold it, as the dock's do; nothing else keeps it."""
    box: dict = {}
    task = tasks.CoreTask("a job", job, on_success=lambda result: box.setdefault("result", result is not None),
                          on_cancelled=lambda: box.setdefault("task", task))
    tasks.start(task)
    return box


def test_a_finished_task_keeps_nothing_alive(qgis_app):
    """A task's callbacks hold it (a cycle) and gc.freeze in its run would keep that cycle forever."""
    made = []

    def job(feedback=None):
        thing = Thing()
        made.append(weakref.ref(thing))
        return thing

    box = _start_holding_itself(job)
    wait_for(lambda: "result" in box, timeout=20)
    deadline = time.monotonic() + 5
    while made[0]() is not None and time.monotonic() < deadline:  # the task manager deletes the task
        QCoreApplication.processEvents()
        gc.collect()
        time.sleep(0.01)
    assert made[0]() is None
