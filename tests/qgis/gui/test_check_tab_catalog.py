"""The Check tab reads the catalog once, in a task: the panel's thread never waits on the catalog or on
its data files (a share that does not answer stalls ``os.path.exists``); a newer question and closing
the panel drop an answer still on its way."""

from __future__ import annotations

import threading

import pytest

from tests.qgis.support import hint_shown, wait_for
from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.gui import stale_files


@pytest.fixture
def bundled(dock, tmp_path):
    """The dock on the bundled engine, its catalog naming a loss raster that is gone."""
    path = tmp_path / "catalog.json"
    Catalog(loss_year=DataSource(str(tmp_path / "gone" / "lossyear.tif"))).save(str(path))
    dock.settings.catalog_path = str(path)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("bundled"))
    hint_shown(dock)
    return path


@pytest.fixture
def stalled(monkeypatch):
    """Looking for the catalog's files waits until ``release`` is set (an unreachable share), recording
    the threads it ran on and how often the catalog was read."""
    release, calls = threading.Event(), {"threads": [], "loads": 0}
    looked, load = Catalog.missing_files, Catalog.load

    def missing_files(self):
        calls["threads"].append(threading.current_thread())
        release.wait(30)
        return looked(self)

    def counted_load(path):
        calls["loads"] += 1
        return load(path)

    monkeypatch.setattr(Catalog, "missing_files", missing_files)
    monkeypatch.setattr(stale_files.Catalog, "load", staticmethod(counted_load))
    yield release, calls
    release.set()


def test_the_catalog_is_read_once_off_the_panel_thread(dock, bundled, stalled):
    release, calls = stalled
    dock.on_engine_changed()  # returns although the file check does not answer
    assert dock.check_tab.catalog_pending()
    assert "looking at the data catalog" in dock.engine_hint.text()
    release.set()
    hint_shown(dock)
    assert "Data files chosen earlier were moved or deleted" in dock.engine_hint.text()
    assert str(bundled.parent / "gone" / "lossyear.tif") in dock.engine_hint.text()
    assert not dock.demo_button.isHidden()
    assert calls["loads"] == 1 and len(calls["threads"]) == 1
    assert calls["threads"][0] is not threading.main_thread()


def test_a_newer_answer_wins_and_closing_drops_a_late_one(dock, bundled, stalled, tmp_path):
    release, calls = stalled
    dock.on_engine_changed()  # stalls on the catalog with the gone file
    first = dock.check_tab._catalog.task
    dock.settings.catalog_path = str(tmp_path / "none.json")  # then no catalog: nothing to look for
    dock.on_engine_changed()
    wait_for(lambda: "no forest or loss data" in dock.engine_hint.text(), timeout=30)
    release.set()
    wait_for(lambda: first.status() in (first.TaskStatus.Complete, first.TaskStatus.Terminated), timeout=30)
    assert "no forest or loss data" in dock.engine_hint.text()  # the first, late answer was dropped

    release.clear()
    dock.settings.catalog_path = str(bundled)
    dock.on_engine_changed()
    pending = dock.check_tab._catalog.task
    dock.close_down()
    assert not dock.check_tab.catalog_pending()
    release.set()
    wait_for(lambda: pending.status() in (pending.TaskStatus.Complete, pending.TaskStatus.Terminated), timeout=30)
    assert "looking at the data catalog" in dock.engine_hint.text()


def test_the_api_engine_reads_no_catalog(dock, bundled, stalled):
    _, calls = stalled
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("api"))
    dock.on_engine_changed()
    assert not dock.check_tab.catalog_pending() and dock.demo_button.isHidden()
    assert "Vantage API" in dock.engine_hint.text() and calls["loads"] == 0
