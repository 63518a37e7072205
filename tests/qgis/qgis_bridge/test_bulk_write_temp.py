"""The bulk insert writes the temporary GeoPackage without syncing at each chunk and with its rollback
journal in memory (``writing.TEMP_FILE_PRAGMAS``): a chunk whose insert fails half-way is still rolled
back (also after earlier chunks were written in bulk), and the file is synced once, after it was read
back and before it is published or kept as the recovery file."""

from __future__ import annotations

import os

import pytest

from tests.fixtures.bulk_write import assert_same_layer, dump_layer, result_chunk, write_results
from vantage_plugin.qgis_bridge import writing


def test_a_later_chunk_failing_half_way_is_rolled_back(tmp_path, monkeypatch):
    """Chunk 2 fails on its 8th row (a lone surrogate SQLite cannot take) after 7 rows were inserted:
    nothing of it stays, it is written row by row, and the file is the per-feature reference."""
    chunks = [result_chunk(0, 20, [2021]), result_chunk(20, 20, [2021]), result_chunk(40, 10, [2021])]
    chunks[1][0][7].attributes["name"] = "bad \ud800 text"
    bulk, used = write_results(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
    reference, _ = write_results(tmp_path / "reference.gpkg", chunks, False, monkeypatch)
    assert used == [True, False, True]
    assert bulk.written == reference.written == 50 and bulk.skipped == reference.skipped
    a, b = dump_layer(tmp_path / "bulk.gpkg"), dump_layer(tmp_path / "reference.gpkg")
    # the extent after a chunk written row by row between bulk chunks may differ in its last digit (as on
    # the branch this one started from: SQLite prints the extent GDAL stored with fewer digits)
    assert a.pop("extent") == pytest.approx(b.pop("extent"), rel=1e-14, abs=1e-14)
    assert_same_layer(a, b)


def _spy(monkeypatch) -> list:
    """Record the syncs, publishes and recovery moves, in order."""
    events: list = []
    sync, publish, keep = writing._sync, writing._publish, writing._keep

    def spy_sync(path):
        events.append(("sync", path, os.path.exists(path)))
        sync(path)

    def spy_publish(temp, path, *args):
        events.append(("publish", temp))
        publish(temp, path, *args)

    def spy_keep(temp, path):
        events.append(("keep", temp))
        return keep(temp, path)

    monkeypatch.setattr(writing, "_sync", spy_sync)
    monkeypatch.setattr(writing, "_publish", spy_publish)
    monkeypatch.setattr(writing, "_keep", spy_keep)
    return events


def test_the_bulk_file_is_synced_once_before_it_is_published(tmp_path, monkeypatch):
    events = _spy(monkeypatch)
    write_results(tmp_path / "out.gpkg", [result_chunk(0, 20, [2021]), result_chunk(20, 20, [2022])], True, monkeypatch)
    assert [event[0] for event in events] == ["sync", "publish"]
    assert events[0][1] == events[1][1] and events[0][2]  # the temporary file, synced while it exists


def test_a_layer_written_row_by_row_is_not_synced_again(tmp_path, monkeypatch):
    events = _spy(monkeypatch)
    write_results(tmp_path / "out.gpkg", [result_chunk(0, 20, [2021])], False, monkeypatch)
    assert [event[0] for event in events] == ["publish"]  # QGIS's writer synced its own commits


def test_the_recovery_file_is_synced_before_it_is_kept(tmp_path, monkeypatch):
    target = tmp_path / "not_a_geopackage.gpkg"
    target.write_text("plain text")
    events = _spy(monkeypatch)
    with pytest.raises(writing.ResultWriteError) as failure:
        write_results(target, [result_chunk(0, 20, [2021])], True, monkeypatch)
    assert [event[0] for event in events] == ["sync", "keep"] and events[0][1] == events[1][1]
    assert failure.value.recovery and os.path.exists(failure.value.recovery)
