"""The message after a failed check and the "Use the demo data" button look at the catalog's files in a
task: the panel's thread returns at once although looking does not answer (a file on an unreachable
share), the failure is said meanwhile and stays when looking fails, and a newer question or closing the
panel drops a late answer."""

from __future__ import annotations

import threading

import pytest
from qgis.core import QgsProject

from tests.qgis.support import hint_shown, remove_groups, wait_for
from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.gui.catalog_widget import role_label
from vantage_plugin.gui.first_run import STALE_CATALOG_SUFFIX


@pytest.fixture
def gone(dock, tmp_path):
    """The dock on the bundled engine, its catalog naming a loss raster that is gone."""
    path = tmp_path / "catalog.json"
    missing = str(tmp_path / "gone" / "lossyear.tif")
    Catalog(loss_year=DataSource(missing)).save(str(path))
    dock.settings.catalog_path = str(path)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("bundled"))
    hint_shown(dock)
    yield path, missing
    remove_groups("Vantage demo")


@pytest.fixture
def stalled(monkeypatch):
    """Looking for a catalog's files blocks until ``release`` is set (``entered`` says a look began), or
    raises when ``fail`` is set. Asked on the panel's thread it returns at once and is recorded there, so
    a look on the wrong thread fails the test instead of hanging it."""
    state = {"release": threading.Event(), "entered": threading.Event(), "threads": [], "fail": False}
    looked = Catalog.missing_files

    def missing_files(self):
        state["threads"].append(threading.current_thread())
        if threading.current_thread() is threading.main_thread():
            return looked(self)
        state["entered"].set()
        state["release"].wait(30)
        if state["fail"]:
            raise OSError("the share went away")
        return looked(self)

    monkeypatch.setattr(Catalog, "missing_files", missing_files)
    yield state
    state["release"].set()


def fail_check(dock, missing: str) -> str:
    """A task of the panel failing on ``missing``, as a check does when the catalog names a gone file;
    returns the failure the panel says at once."""
    def check(feedback=None):
        raise FileNotFoundError(f"file not found: {missing}")

    dock._start("check", check)
    wait_for(lambda: not dock.busy())
    return dock.describe_error(FileNotFoundError(f"file not found: {missing}"))


def off_the_panel_thread(state) -> bool:
    return bool(state["threads"]) and all(thread is not threading.main_thread() for thread in state["threads"])


def test_a_failed_check_is_said_at_once_and_its_gone_files_when_the_look_answers(dock, gone, stalled):
    _, missing = gone
    stalled["threads"].clear()
    said = fail_check(dock, missing)
    wait_for(stalled["entered"].is_set, timeout=30)  # the look is blocked in its task…
    assert not stalled["release"].is_set()
    assert dock.status.text() == said and missing in said  # …and the failure is said meanwhile
    assert dock.check_tab.stale_files_pending()
    stalled["release"].set()
    wait_for(lambda: not dock.check_tab.stale_files_pending(), timeout=30)
    status = dock.status.text()
    assert "Data files chosen earlier were moved or deleted" in status
    assert f"{role_label('loss_year')}: {missing}" in status and "#b00020" in dock.status.styleSheet()
    assert off_the_panel_thread(stalled)


def test_a_failed_look_leaves_the_failure_said(dock, gone, stalled):
    _, missing = gone
    stalled["fail"] = True
    said = fail_check(dock, missing)
    wait_for(stalled["entered"].is_set, timeout=30)
    stalled["release"].set()
    wait_for(lambda: not dock.check_tab.stale_files_pending(), timeout=30)
    assert dock.status.text() == said and "#b00020" in dock.status.styleSheet()


def test_a_newer_status_and_closing_the_panel_drop_a_late_answer(dock, gone, stalled):
    _, missing = gone
    fail_check(dock, missing)
    wait_for(stalled["entered"].is_set, timeout=30)
    dock.set_status("Validating 3 plots…")  # the user went on meanwhile
    stalled["release"].set()
    wait_for(lambda: not dock.check_tab.stale_files_pending(), timeout=30)
    assert dock.status.text() == "Validating 3 plots…"

    stalled["release"].clear()
    stalled["entered"].clear()
    said = fail_check(dock, missing)
    wait_for(stalled["entered"].is_set, timeout=30)
    task = dock.check_tab._stale_files.task
    dock.close_down()
    assert not dock.check_tab.stale_files_pending()
    stalled["release"].set()
    wait_for(lambda: task.status() in (task.TaskStatus.Complete, task.TaskStatus.Terminated), timeout=30)
    assert dock.status.text() == said


def test_the_demo_button_returns_at_once_and_the_demo_opens_when_the_look_answers(dock, gone, stalled):
    path, _ = gone
    before = path.read_text()
    stalled["threads"].clear()
    dock.use_demo()
    wait_for(stalled["entered"].is_set, timeout=30)
    assert dock.check_tab.demo_pending() and path.read_text() == before  # nothing written yet
    assert QgsProject.instance().layerTreeRoot().findGroup("Vantage demo") is None
    stalled["release"].set()
    wait_for(lambda: not dock.check_tab.demo_pending(), timeout=30)
    assert path.read_text() != before and (path.parent / (path.name + STALE_CATALOG_SUFFIX)).read_text() == before
    assert QgsProject.instance().layerTreeRoot().findGroup("Vantage demo") is not None
    assert "Demo data ready" in dock.status.text()
    assert off_the_panel_thread(stalled)


def test_closing_the_panel_while_the_demo_look_waits_writes_nothing(dock, gone, stalled):
    path, _ = gone
    before = path.read_text()
    dock.use_demo()
    wait_for(stalled["entered"].is_set, timeout=30)
    task = dock.check_tab._demo.task
    dock.close_down()
    stalled["release"].set()
    wait_for(lambda: task.status() in (task.TaskStatus.Complete, task.TaskStatus.Terminated), timeout=30)
    assert path.read_text() == before and not (path.parent / (path.name + STALE_CATALOG_SUFFIX)).exists()
    assert QgsProject.instance().layerTreeRoot().findGroup("Vantage demo") is None
