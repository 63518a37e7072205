"""Round nine: the check in chunks reads and validates chunk n + 1 on a second thread while it analyses
chunk n and writes its rows (``operations.AHEAD``, ``core.pipeline.Ahead``). Against the one-thread path
(the reference, ``AHEAD = False``) on the same layer: the same result GeoPackage (every row and blob, in
order), issues (codes, plots, order), counts, summary, run and kept plots and results, in file order and
in spatial order, kept and counted; never more than two chunks in flight; a cancel or an error in
either thread stops the check with no output file and no thread left."""

from __future__ import annotations

import os
import threading

import pytest

from tests.fixtures.streaming import rasters, read_layer
from tests.qgis.qgis_bridge.test_spatial_order import CHUNK, COUNT, _blobs, _issues, _write
from vantage_plugin.core import validation
from vantage_plugin.core.runs import Cancelled, Feedback
from vantage_plugin.qgis_bridge import operations
from vantage_plugin.qgis_bridge.layers import guess_mapping


def _threads() -> list:
    return [t for t in threading.enumerate() if t.name == "vantage-ahead"]


def _check(layer, path, options, **kwargs):
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    return operations.check_to_file(source, operations.ENGINE_BUNDLED, str(path), "results", bundled=options,
                                    chunk_size=CHUNK, **kwargs)


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ahead")
    return tmp, _write(tmp / "plots.gpkg"), rasters(tmp)


@pytest.fixture(scope="module")
def checks(setting):
    """(ahead, spatial, keep) → the check of the layer; and the chunks in flight seen at each chunk made."""
    tmp, layer, options = setting
    done = {}
    in_flight: list = []
    made, written = [0], [0]
    validate, add = validation.validate, operations._PositionedStream.add

    def counted_validate(plots, **kwargs):
        made[0] += 1
        in_flight.append(made[0] - written[0])  # this chunk and those not yet written
        return validate(plots, **kwargs)

    def counted_add(self, plots, results):
        add(self, plots, results)
        written[0] += 1

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validation, "validate", counted_validate)
        patch.setattr(operations._PositionedStream, "add", counted_add)
        for ahead in (False, True):
            patch.setattr(operations, "AHEAD", ahead)
            for spatial in (False, True):
                patch.setattr(operations, "SPATIAL_ORDER", spatial)
                for keep in (True, False):
                    made[0] = written[0] = 0
                    done[ahead, spatial, keep] = _check(layer, tmp / f"{ahead}_{spatial}_{keep}.gpkg", options,
                                                        keep=keep)
    return done, in_flight


def _same(a, b) -> None:
    assert read_layer(a.uri) == read_layer(b.uri)
    assert _blobs(a.uri) == _blobs(b.uri)
    assert (a.plot_count, a.unreadable, a.not_written) == (b.plot_count, b.unreadable, b.not_written)
    assert list(a.summary.items()) == list(b.summary.items())
    ra, rb = a.output.report, b.output.report
    assert (ra.error_count, ra.warning_count, ra.plot_count) == (rb.error_count, rb.warning_count, rb.plot_count)
    assert (a.output.run.status, list(a.output.run.plot_errors.items()), [s.name for s in a.output.run.steps]) == \
        (b.output.run.status, list(b.output.run.plot_errors.items()), [s.name for s in b.output.run.steps])


def test_ahead_gives_what_one_thread_gives(checks):
    done, _ = checks
    for spatial in (False, True):
        for keep in (True, False):
            _same(done[True, spatial, keep], done[False, spatial, keep])
        ahead, reference = done[True, spatial, True], done[False, spatial, True]
        issues = _issues(reference.output.report)
        assert {"PLOTS_OVERLAP", "DUPLICATE_GEOMETRY", "DUPLICATE_PLOT_ID"} <= {issue[0] for issue in issues}
        assert _issues(ahead.output.report) == issues
        assert [(p.index, p.source_fid, p.user_id, p.attributes) for p in ahead.plots] == \
            [(p.index, p.source_fid, p.user_id, p.attributes) for p in reference.plots] and len(ahead.plots) == COUNT
        assert [(r.plot_index, r.status, r.analysis, r.error) for r in ahead.output.results] == \
            [(r.plot_index, r.status, r.analysis, r.error) for r in reference.output.results]
    assert not _threads()


def test_never_more_than_two_chunks_in_flight(checks):
    _, in_flight = checks
    assert len(in_flight) == 8 * (COUNT // CHUNK + 1)  # every chunk of the eight checks, and their duplicate ids
    assert max(in_flight) == 2  # ahead: the chunk being written and the next, never a third


@pytest.mark.parametrize("ahead", [False, True])
def test_a_cancel_during_the_engine_stops_at_once_with_no_file(setting, tmp_path, monkeypatch, ahead):
    """The user cancels while the engine works on the third chunk: ``Cancelled``, no output file, no
    thread left, and the second thread made no chunk after the one it was on."""
    from vantage_plugin.core import service

    _, layer, options = setting
    monkeypatch.setattr(operations, "AHEAD", ahead)
    engine_runs, validated = [0], [0]
    cancelled = threading.Event()
    check_validated, validate = service.check_validated, validation.validate

    def engine(*args, **kwargs):
        engine_runs[0] += 1
        if engine_runs[0] == 3:
            cancelled.set()
        return check_validated(*args, **kwargs)

    def counted(plots, **kwargs):
        validated[0] += 1
        return validate(plots, **kwargs)

    monkeypatch.setattr(service, "check_validated", engine)
    monkeypatch.setattr(validation, "validate", counted)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        _check(layer, out / "result.gpkg", options, keep=False, feedback=Feedback(is_cancelled=cancelled.is_set))
    assert engine_runs[0] == 3 and validated[0] <= 4  # the third chunk's and at most the fourth
    assert os.listdir(out) == [] and not _threads()


@pytest.mark.parametrize("ahead", [False, True])
@pytest.mark.parametrize("where", ["validation", "writing"])
def test_an_error_in_either_thread_is_raised_with_no_file(setting, tmp_path, monkeypatch, ahead, where):
    _, layer, options = setting
    monkeypatch.setattr(operations, "AHEAD", ahead)
    calls = [0]
    validate, add = validation.validate, operations._PositionedStream.add

    def failing_validate(plots, **kwargs):
        calls[0] += 1
        if calls[0] == 4:
            raise MemoryError("validation failed")
        return validate(plots, **kwargs)

    def failing_add(self, plots, results):
        calls[0] += 1
        if calls[0] == 2:
            raise OSError("disk full")
        add(self, plots, results)

    if where == "validation":
        monkeypatch.setattr(validation, "validate", failing_validate)
    else:
        monkeypatch.setattr(operations._PositionedStream, "add", failing_add)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(MemoryError if where == "validation" else OSError):
        _check(layer, out / "result.gpkg", options, keep=True)
    assert os.listdir(out) == [] and not _threads()
