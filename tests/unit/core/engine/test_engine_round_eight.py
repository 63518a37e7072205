"""Round eight of the engine's speed work (issue 13): every chunk's overlaps queued at the start.

The overlap thread gets every chunk's protected-area / indigenous-land overlaps and country lookup at
the start (it no longer waits for the calling thread between chunks), and a job it has not started when
its chunk needs it runs on the calling thread instead (``bundled._Queued``). The results are those of the
one-thread path (``parallel_overlaps=False``, kept as the reference) on round seven's edge-case data (real
GeoTIFFs with nodata and tile edges, areas with a hole and a multipolygon; plots inside, across, touching,
in the hole, points, multipoints, holes, bow ties, off the rasters), in many chunks; with jobs taken over
by the calling thread; and when the run is cancelled with jobs still queued (they are dropped, no thread
is left working).
"""

from __future__ import annotations

import dataclasses
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.fixtures.world import WORLD_MAP
from vantage_plugin.core.engine import bundled, reuse
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.runs import Feedback

from .test_engine_round_seven import _outputs, _plots, options  # noqa: F401 - options: the fixture

CHUNK = 34  # 136 plots: 4 chunks, each of at least bundled._PARALLEL_MIN_PLOTS
WAIT_S = 20.0  # a safety bound on the events below (never reached when the code is right)


def _with_all(opts):
    if not os.path.exists(WORLD_MAP):
        pytest.skip("QGIS world_map.gpkg not installed")
    return dataclasses.replace(opts, indigenous_lands=opts.protected_areas, admin=DataSource(WORLD_MAP),
                               chunk_size=CHUNK)


def _run(plots, opts, parallel):
    reuse.POOL.clear()
    found, run = bundled.run_bundled(plots, dataclasses.replace(opts, parallel_overlaps=parallel))
    return _outputs(found), [(s.name, s.status) for s in run.steps], dict(run.plot_errors)


def test_every_chunk_is_queued_before_the_first_raster_part(options, monkeypatch):  # noqa: F811
    opts = _with_all(options)
    plots = _plots()
    events = []
    beside, raster_part = bundled._overlaps_beside, bundled._raster_part

    def queue(ctx, idx, *args):
        events.append(("queued", len(idx)))
        return beside(ctx, idx, *args)

    def rasters(*args):
        events.append(("rasters", None))
        return raster_part(*args)

    monkeypatch.setattr(bundled, "_overlaps_beside", queue)
    monkeypatch.setattr(bundled, "_raster_part", rasters)
    parallel = _run(plots, opts, True)
    chunks = -(-sum(1 for p in plots if p.geometry is not None) // CHUNK)
    assert chunks >= 4
    assert [e for e, _ in events[:chunks]] == ["queued"] * chunks  # every chunk queued first
    assert [e for e, _ in events[chunks:]] == ["rasters"] * chunks
    assert sum(n for _, n in events[:chunks]) == len(plots)
    monkeypatch.undo()
    serial = _run(plots, opts, False)
    assert parallel == serial
    blocks = [r["analysis"] for r in parallel[0] if r["analysis"] is not None]
    assert sum(bool(b["protected_areas"]["protected_area_details"]) for b in blocks) >= 10
    assert sum(bool(b["indigenous_land"]["indigenous_land_details"]) for b in blocks) >= 10
    assert {r["country"] for r in parallel[0]} >= {"Gabon", "Equatorial Guinea"}


def test_jobs_the_thread_has_not_started_run_on_the_calling_thread(options, monkeypatch):  # noqa: F811
    """The thread is held on the first chunk's overlaps until the calling thread has looked up that
    chunk's countries itself (queued after them, not started): the results are the one-thread path's."""
    opts = _with_all(options)
    plots = _plots()
    overlaps_of, places_of = bundled._overlaps_of, bundled._places_of
    taken_over = threading.Event()
    where = []

    def held(ctx, index, sub, *args):
        if threading.current_thread() is not threading.main_thread() and not taken_over.is_set():
            assert taken_over.wait(WAIT_S), "the calling thread never took the country lookup over"
        return overlaps_of(ctx, index, sub, *args)

    def places(ctx, sub, geoms):
        main = threading.current_thread() is threading.main_thread()
        where.append(main)
        if main:
            taken_over.set()
        return places_of(ctx, sub, geoms)

    monkeypatch.setattr(bundled, "_overlaps_of", held)
    monkeypatch.setattr(bundled, "_places_of", places)
    parallel = _run(plots, opts, True)
    assert where[0] is True  # the first chunk's lookup ran here, beside the held thread
    assert len(where) == 4  # each chunk's lookup ran once, on one thread or the other
    monkeypatch.undo()
    assert parallel == _run(plots, opts, False)


def test_a_cancel_drops_the_queued_jobs(options, monkeypatch):  # noqa: F811
    """Cancelled after the first chunk while the thread is on the second chunk's overlaps: the jobs
    queued after it never run, no thread is left, the finished chunks are the one-thread path's."""
    opts = dataclasses.replace(options, chunk_size=CHUNK)
    plots = _plots()
    overlaps_of, chunk = bundled._overlaps_of, bundled._chunk
    release = threading.Event()
    on_thread = []

    def held(ctx, index, sub, *args):
        if threading.current_thread() is not threading.main_thread():
            on_thread.append(len(sub))
            if len(on_thread) == 2:  # the second chunk's: held until the run is cancelled
                assert release.wait(WAIT_S), "never released"
        return overlaps_of(ctx, index, sub, *args)

    def cancel_after(*args):
        following = chunk(*args)
        args[0].run.feedback.cancel()
        return following

    class Pool(ThreadPoolExecutor):
        def shutdown(self, wait=True, *, cancel_futures=False):
            super().shutdown(wait=False, cancel_futures=cancel_futures)  # what is queued is dropped now
            release.set()  # then the held job may finish
            super().shutdown(wait=wait)

    monkeypatch.setattr(bundled, "_overlaps_of", held)
    monkeypatch.setattr(bundled, "_chunk", cancel_after)
    monkeypatch.setattr(bundled, "ThreadPoolExecutor", Pool)
    reuse.POOL.clear()
    found, run = bundled.run_bundled(plots, opts, Feedback())
    assert run.status == "cancelled"
    assert len(found) == CHUNK
    assert len(on_thread) == 2  # chunks 3 and 4 were queued and dropped
    assert not [t for t in threading.enumerate() if t.name.startswith("vantage-overlaps")]
    reuse.POOL.clear()
    again, _ = bundled.run_bundled(plots, dataclasses.replace(opts, parallel_overlaps=False), Feedback())
    assert _outputs(found) == _outputs(again)
