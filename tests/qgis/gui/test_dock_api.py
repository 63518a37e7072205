"""The dock's Vantage API path against the local fake server: the real service, workflow, QGIS transport
and auth config; only the token dialog's answer is scripted. Expected values come from the server's
records (plots, jobs, token balance, recorded requests)."""

from __future__ import annotations

import json
import threading
import time

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtWidgets import QDialog

from tests.qgis.support import wait_for

START_BALANCE = 1000

# Riau (the fake places these in Indonesia / Riau); the bow-tie is invalid and must never be sent.
PLOTS = (
    ("A1", "POLYGON((101.000 1.000, 101.002 1.000, 101.002 1.002, 101.000 1.002, 101.000 1.000))"),
    ("B2", "POLYGON((101.030 1.000, 101.032 1.002, 101.032 1.000, 101.030 1.002, 101.030 1.000))"),
    ("C3", "POLYGON((101.050 1.000, 101.052 1.000, 101.052 1.002, 101.050 1.002, 101.050 1.000))"),
)


@pytest.fixture(autouse=True)
def _polling_on_the_books_clock(request):
    """Jobs progress while the workflow polls, without real waits (``books_clock``), except in a test marked
    ``real_clock`` (one that races a real thread against the polling)."""
    if request.node.get_closest_marker("real_clock") is None:
        request.getfixturevalue("books_clock")


@pytest.fixture
def plots_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "farms", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("Plot ID", QVariant.String), QgsField("Commodity", QVariant.String),
                            QgsField("harvest_date", QVariant.String), QgsField("farmer", QVariant.String)])
    layer.updateFields()
    for code, wkt in PLOTS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, "cocoa", "2024-05-01", f"farmer of {code}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        provider.addFeature(feature)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    if not sip.isdeleted(layer) and QgsProject.instance().mapLayer(layer.id()):
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.fixture
def dock(qgis_iface, account, tmp_path):
    from vantage_plugin.gui.dock import VantageDock

    widget = VantageDock(qgis_iface)
    yield widget
    widget.close_down()
    client = widget.api_client
    transport = getattr(client, "transport", None)
    if transport is not None and hasattr(transport, "close"):
        transport.close()
    if widget.result_layer is not None and not sip.isdeleted(widget.result_layer) \
            and QgsProject.instance().mapLayer(widget.result_layer.id()):
        QgsProject.instance().removeMapLayer(widget.result_layer.id())
    widget.deleteLater()


@pytest.fixture
def dialog_answers(monkeypatch):
    """Script the token dialog: each exec() pops the next answer and records what the dialog showed."""
    from vantage_plugin.gui import confirm_dialog

    state = {"answers": [], "shown": [], "threads": []}

    def exec_(self):
        state["shown"].append((self.cost, self.free_tokens, self.plot_count))
        state["threads"].append(threading.current_thread() is threading.main_thread())
        return QDialog.DialogCode.Accepted if state["answers"].pop(0) else QDialog.DialogCode.Rejected

    monkeypatch.setattr(confirm_dialog.TokenConfirmDialog, "exec", exec_)
    return state


def _rows(uri: str) -> list[dict]:
    path, _, rest = uri.partition("|")
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(rest.split("layername=", 1)[1].split("|")[0])
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    return [{n: f.GetField(n) for n in names} for f in layer]


def _start_api_check(dock, layer, path, dry_run: bool):
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("api"))
    dock.layer_combo.setLayer(layer)
    dock.output_widget.setFilePath(str(path))
    dock.dry_run.setChecked(dry_run)
    task = dock.check()
    assert task is not None, dock.status.text()
    wait_for(lambda: not dock.busy())
    for side in list(dock._side_tasks):  # the balance refresh after a check
        wait_for(lambda side=side: side not in dock._side_tasks)
    return task


def test_dry_run_is_the_dock_default_and_loads_simulated_rows(dock, plots_layer, fake, dialog_answers, tmp_path):
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("api"))
    assert dock.dry_run.isChecked()  # the default
    target = tmp_path / "dock_dry.gpkg"
    _start_api_check(dock, plots_layer, target, dry_run=True)
    assert dialog_answers["shown"] == []  # a dry run asks nothing
    layer = dock.result_layer
    assert layer is not None and layer.isValid(), dock.status.text()
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.source().startswith(str(target))

    rows = {r["Plot ID"]: r for r in _rows(layer.source())}
    assert set(rows) == {"A1", "B2", "C3"}
    assert {code: r["farmer"] for code, r in rows.items()} == {c: f"farmer of {c}" for c, _ in PLOTS}
    jobs = list(fake.jobs.values())
    assert len(jobs) == 1 and jobs[0]["dry_run"] is True
    assert fake.real_jobs() == []
    assert fake.tokens() == {"balance": START_BALANCE, "reserved": 0}
    for code in ("A1", "C3"):
        row = rows[code]
        assert row["status"] == "simulated" and row["simulated"] in (1, True)
        assert row["plot_id"] in jobs[0]["plot_ids"] and row["job_id"] == jobs[0]["job_id"]
    assert rows["B2"]["status"] == "invalid"
    assert len(fake.plots) == 2 and len(fake.calls("POST", "/plots/make_plot")) == 2
    assert all("101.032" not in json.dumps(c.json()) for c in fake.calls("POST", "/plots/make_plot"))
    from vantage_plugin.gui.summary_dialog import status_label

    summary = dock.check_summary.text()
    assert summary.startswith("3 plots") and f"{status_label('simulated')}: 2" in summary, summary


def test_a_real_check_asks_and_no_means_no_job(dock, plots_layer, fake, dialog_answers, tmp_path):
    dialog_answers["answers"] = [False]
    _start_api_check(dock, plots_layer, tmp_path / "dock_no.gpkg", dry_run=False)
    cost = sum(p["tokens_cost"] for p in fake.plots.values())
    assert len(fake.plots) == 2 and cost > 0
    assert dialog_answers["shown"] == [(cost, START_BALANCE, 2)]
    assert dialog_answers["threads"] == [True]  # asked on the main thread
    assert fake.calls("POST", "/jobs/make_job") == [] and fake.jobs == {}
    assert fake.tokens() == {"balance": START_BALANCE, "reserved": 0}
    assert dock.result_layer is None
    assert "no token was spent" in dock.status.text()  # told plainly, not shown as a failure


def test_a_real_check_asks_and_yes_spends(dock, plots_layer, fake, dialog_answers, tmp_path):
    dialog_answers["answers"] = [True]
    _start_api_check(dock, plots_layer, tmp_path / "dock_yes.gpkg", dry_run=False)
    cost = sum(p["tokens_cost"] for p in fake.plots.values())
    assert dialog_answers["shown"] == [(cost, START_BALANCE, 2)]
    real = fake.real_jobs()
    assert len(real) == 1 and real[0]["status"] == "done"
    assert fake.tokens() == {"balance": START_BALANCE - cost, "reserved": 0}
    layer = dock.result_layer
    assert layer is not None and layer.isValid(), dock.status.text()
    rows = {r["Plot ID"]: r for r in _rows(layer.source())}
    for code in ("A1", "C3"):
        row = rows[code]
        assert row["status"] == "ok" and row["job_id"] == real[0]["job_id"]
        assert row["risk_level"] == fake.plots[row["plot_id"]]["analysis"]["risk_level"]
    assert rows["B2"]["status"] == "invalid"
    wait_for(lambda: str(START_BALANCE - cost) in dock.balance_label.text())


def test_a_second_real_check_to_the_same_output_resumes_instead_of_paying_again(dock, plots_layer, fake,
                                                                              dialog_answers, tmp_path):
    dialog_answers["answers"] = [True, True]
    target = tmp_path / "dock_twice.gpkg"
    _start_api_check(dock, plots_layer, target, dry_run=False)
    assert len(fake.real_jobs()) == 1, dock.status.text()
    cost = sum(p["tokens_cost"] for p in fake.plots.values())
    _start_api_check(dock, plots_layer, target, dry_run=False)
    assert len(fake.calls("POST", "/plots/make_plot")) == 2  # registered once
    assert len(fake.calls("POST", "/jobs/make_job")) == 1 and len(fake.real_jobs()) == 1
    assert fake.tokens() == {"balance": START_BALANCE - cost, "reserved": 0}
    assert len(dialog_answers["shown"]) == 1  # nothing new to pay for: not asked again
    rows = {r["Plot ID"]: r for r in _rows(dock.result_layer.source())}
    assert rows["A1"]["status"] == "ok" and rows["A1"]["job_id"] == fake.real_jobs()[0]["job_id"]


def test_run_again_in_the_dock_asks_and_starts_a_second_job_with_the_same_settings(dock, plots_layer, fake,
                                                                                    dialog_answers, tmp_path):
    """Resume is the default (never pays twice); "Run again" is a new job, only after its cost is confirmed."""
    dialog_answers["answers"] = [True, True]
    target = tmp_path / "dock_again.gpkg"
    _start_api_check(dock, plots_layer, target, dry_run=False)
    first = fake.calls("POST", "/jobs/make_job")[0].json()
    dock.run_again.setChecked(True)
    _start_api_check(dock, plots_layer, target, dry_run=False)
    assert len(dialog_answers["shown"]) == 2  # the second job's cost was asked for
    jobs = fake.calls("POST", "/jobs/make_job")
    assert len(jobs) == 2 and len(fake.real_jobs()) == 2
    second = jobs[1].json()
    assert second["checks"] == first["checks"] and len(second["plot_ids"]) == len(first["plot_ids"])
    assert len(fake.calls("POST", "/plots/make_plot")) == 2  # the plots are not registered again


def test_cancelling_an_api_check_in_the_dock_says_what_happens_to_the_reserved_tokens(dock, qgis_app):
    class Task:  # what the dock reads of a cancelled CoreTask: its data
        data = {"engine": "api"}

    dock._finish_task = lambda task: None
    dock._task_cancelled(Task())
    text = dock.status.text()
    assert text.startswith("Cancelled.") and "reserved tokens" in text and "same output" in text
    Task.data = {"engine": "bundled"}
    dock._task_cancelled(Task())
    assert dock.status.text() == "Cancelled."


def test_a_duplicate_job_is_shown_as_an_error_with_both_jobs_and_tokens(dock, plots_layer, fake, dialog_answers,
                                                                        tmp_path):
    fake.add_fault("duplicate", path="/jobs/make_job")
    dialog_answers["answers"] = [True]
    _start_api_check(dock, plots_layer, tmp_path / "dock_dup.gpkg", dry_run=False)
    jobs = sorted(fake.real_jobs(), key=lambda j: j["seq"])
    assert len(jobs) == 2
    text = dock.status.text()
    assert "success" not in text.lower()
    for job in jobs:
        assert job["job_id"] in text and f"{job['token_cost']} tokens" in text


def test_a_broken_login_stops_the_dock_check_at_once_with_what_the_server_said(dock, plots_layer, fake,
                                                                               dialog_answers, tmp_path):
    fake.add_fault("html", path="/login", times=100)
    start = time.monotonic()
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("api"))
    for side in list(dock._side_tasks):  # a balance refresh may already have tried to log in
        wait_for(lambda side=side: side not in dock._side_tasks)
    _start_api_check(dock, plots_layer, tmp_path / "dock_portal.gpkg", dry_run=True)
    assert time.monotonic() - start < 10
    assert "Hotel WiFi - Sign in" in dock.status.text()
    assert fake.calls("POST", "/plots/make_plot") == []


def test_the_check_types_chosen_in_the_dock_are_sent(dock, plots_layer, fake, dialog_answers, tmp_path):
    assert [dock.check_types.itemText(i) for i in range(dock.check_types.count())] == [
        "eudr", "protected-area", "indigenous-land"]
    assert dock.check_types.checkedItems() == ["eudr"]
    fake.config.supported_checks = ("eudr", "indigenous-land")
    dock.check_types.setCheckedItems(["eudr", "indigenous-land"])
    _start_api_check(dock, plots_layer, tmp_path / "dock_il.gpkg", dry_run=True)
    body = fake.calls("POST", "/jobs/make_job")[0].json()
    assert [c["type"] for c in body["checks"]] == ["eudr", "indigenous-land"]
    assert sorted(r["check_type"] for r in fake.runs.values()) == ["eudr"] * 2 + ["indigenous-land"] * 2
