"""``ResultStream.add`` pauses Python's cyclic garbage collector while a chunk is written in bulk, and
puts it back as it was: running after the chunk (also when the chunk fails), still paused when the
caller had paused it. The layer is the one written with the collector running."""

from __future__ import annotations

import contextlib
import gc
import sqlite3

import pytest
from qgis.core import QgsWkbTypes

from tests.fixtures.bulk_write import LAYER, result_chunk, source_fields
from vantage_plugin.qgis_bridge import results, writing


def _write(path, monkeypatch, seen: list, fail: bool = False) -> None:
    original = writing.StreamedLayer.add_columns

    def spy(self, columns, shapes, wrap=None):
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("disk gone")
        return original(self, columns, shapes, wrap)

    monkeypatch.setattr(writing.StreamedLayer, "add_columns", spy)
    stream = results.ResultStream(str(path), LAYER, source_fields(), QgsWkbTypes.MultiPolygon, style=False)
    try:
        for plots, outcomes in (result_chunk(0, 12, [2021]), result_chunk(12, 9, [2020, 2022])):
            stream.add(plots, outcomes)
    except BaseException:
        stream.discard()
        raise
    stream.finish()


def _rows(path) -> list:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute(f'SELECT * FROM "{LAYER}" ORDER BY fid').fetchall()
    finally:
        connection.close()


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


def test_the_collector_is_paused_for_the_chunk_and_running_after(tmp_path, monkeypatch, collector):
    gc.enable()
    seen: list = []
    _write(tmp_path / "paused.gpkg", monkeypatch, seen)
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused(tmp_path, monkeypatch, collector):
    gc.disable()
    seen: list = []
    _write(tmp_path / "off.gpkg", monkeypatch, seen)
    assert seen == [False, False]
    assert not gc.isenabled()


def test_the_collector_runs_again_when_the_chunk_fails(tmp_path, monkeypatch, collector):
    gc.enable()
    seen: list = []
    with pytest.raises(RuntimeError, match="disk gone"):
        _write(tmp_path / "failed.gpkg", monkeypatch, seen, fail=True)
    assert seen == [False]
    assert gc.isenabled()


def test_the_layer_is_the_one_written_with_the_collector_running(tmp_path, monkeypatch, collector):
    gc.enable()
    _write(tmp_path / "paused.gpkg", monkeypatch, [])
    with monkeypatch.context() as patch:
        patch.setattr(results, "gc_paused", contextlib.contextmanager(lambda: iter([None])))
        seen: list = []
        _write(tmp_path / "running.gpkg", patch, seen)
    assert seen == [True, True]
    assert _rows(tmp_path / "paused.gpkg") == _rows(tmp_path / "running.gpkg")
