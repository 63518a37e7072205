"""Round eight: the merge of the side tables (``writing.SideTables.merge``) can be cancelled while SQLite
runs it (its progress handler calls the check's ``Feedback.check``): the cancellation is raised, nothing
is written and no temporary file is left; a check that does not cancel leaves the layer the one written
without side tables (the reference, rows placed among earlier rows)."""

from __future__ import annotations

import os

import pytest
from qgis.core import QgsWkbTypes

from tests.fixtures.bulk_write import LAYER, assert_same_layer, dump_layer, source_fields
from tests.qgis.qgis_bridge.test_side_tables import _shuffled_chunks
from vantage_plugin.core.runs import Cancelled
from vantage_plugin.qgis_bridge import operations, results, writing


def _stream(path, chunks, side: bool = True) -> results.ResultStream:
    with pytest.MonkeyPatch.context() as patch:
        if not side:
            patch.setattr(writing, "SIDE_TABLES", False)
        stream = operations._PositionedStream(str(path), LAYER, source_fields(), QgsWkbTypes.MultiPolygon)
        for plots, outcomes in chunks:
            stream.add(plots, outcomes)
    return stream


class _Check:
    """``Feedback.check`` of a user who cancels at the ``cancel_at``-th call (never when ``None``)."""

    def __init__(self, cancel_at=None) -> None:
        self.calls, self.cancel_at = 0, cancel_at

    def __call__(self) -> None:
        self.calls += 1
        if self.cancel_at is not None and self.calls >= self.cancel_at:
            raise Cancelled()


@pytest.mark.parametrize("groups", [100, 3])  # one statement; tables merged by threes first
def test_a_merge_checked_but_not_cancelled_gives_the_reference_layer(tmp_path, monkeypatch, groups):
    monkeypatch.setattr(writing, "MERGE_CHECK_STEPS", 50)
    monkeypatch.setattr(writing, "SIDE_MERGE_TABLES", groups)
    chunks = _shuffled_chunks(160, 20, seed=5)
    check = _Check()
    new = _stream(tmp_path / "new.gpkg", chunks)
    assert len(new.layer._side.tables) == 8
    outcome = new.finish(check=check)
    _stream(tmp_path / "old.gpkg", chunks, side=False).finish()
    assert check.calls > 20 and outcome.written == 160  # called while SQLite merged
    assert_same_layer(dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg"))
    assert not [name for name in os.listdir(tmp_path) if writing.TEMP_SUFFIX in name]


@pytest.mark.parametrize("groups, cancel_at", [(100, 1), (100, 5), (3, 5), (3, 40)])
def test_a_merge_cancelled_raises_the_cancellation_and_leaves_no_file(tmp_path, monkeypatch, groups, cancel_at):
    monkeypatch.setattr(writing, "MERGE_CHECK_STEPS", 50)
    monkeypatch.setattr(writing, "SIDE_MERGE_TABLES", groups)
    stream = _stream(tmp_path / "out.gpkg", _shuffled_chunks(160, 20, seed=5))
    check = _Check(cancel_at)
    with pytest.raises(Cancelled):
        stream.finish(check=check)
    assert check.calls == cancel_at  # stopped at once
    assert os.listdir(tmp_path) == []


def test_cancelling_the_check_while_the_side_tables_merge_stops_it_with_no_output(tmp_path, monkeypatch):
    """``operations.check_to_file`` hands its feedback's check to the merge: a user cancelling once every
    chunk is written stops the check there (``Cancelled``), and no result or temporary file is left."""
    from tests.fixtures.streaming import rasters
    from tests.qgis.qgis_bridge.test_spatial_order import CHUNK, _write
    from vantage_plugin.core.runs import Feedback
    from vantage_plugin.qgis_bridge.layers import guess_mapping

    monkeypatch.setattr(writing, "MERGE_CHECK_STEPS", 50)
    merging: list[bool] = []
    original = writing.SideTables.merge

    def merge(self, layer_name, check=None):
        merging.append(True)  # the user cancels now
        return original(self, layer_name, check)

    monkeypatch.setattr(writing.SideTables, "merge", merge)
    layer = _write(tmp_path / "plots.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    feedback = Feedback(is_cancelled=lambda: bool(merging))
    with pytest.raises(Cancelled):
        operations.check_to_file(source, operations.ENGINE_BUNDLED, str(out / "result.gpkg"), "results",
                                 bundled=rasters(tmp_path), keep=False, chunk_size=CHUNK, feedback=feedback)
    assert merging == [True] and os.listdir(out) == []
