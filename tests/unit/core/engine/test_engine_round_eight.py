"""Round eight of the engine's speed work (issue 13).

Bigger pieces (``subdivision.MAX_PIECE_VERTICES`` 1,024 instead of 256): each plot's overlap with each area
and the union of its overlaps equal, within 1e-9 relative, the areas of the plot intersected with the whole
areas (GEOS on the undivided polygons: the reference), as with 256; the pairs found (plot, area) are
the same, and the blocks (rounded figures) are those of 256 pieces. Data: big star-shaped areas (that
are cut into pieces either way), one with a hole, one a multipolygon, two overlapping each other; plots
inside, across outlines and the hole's, touching from outside, far away, points (discs), a multipolygon,
a plot with a hole, a bow tie (invalid) across an outline.

Every chunk's overlaps queued at the start:
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

import numpy as np
import pytest
import shapely

from tests.fixtures.shapes import star, write_areas
from tests.fixtures.world import WORLD_MAP
from vantage_plugin.core import geodesy
from vantage_plugin.core.engine import bundled, reuse
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.overlaps import OverlapIndex
from vantage_plugin.core.engine.shapes import analysis_geometries, valid_polygonal
from vantage_plugin.core.engine.subdivision import MAX_PIECE_VERTICES
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
    taken = [threading.Event(), threading.Event()]  # the thread has taken the first, the second chunk's job
    on_thread = []

    def held(ctx, index, sub, *args):
        if threading.current_thread() is not threading.main_thread():
            on_thread.append(len(sub))
            taken[min(len(on_thread), 2) - 1].set()
            if len(on_thread) == 2:  # the second chunk's: held until the run is cancelled
                assert release.wait(WAIT_S), "never released"
        return overlaps_of(ctx, index, sub, *args)

    def cancel_after(*args):
        # On a loaded machine the thread may not have started a chunk's job when this thread needs it,
        # which then runs it here (``_Queued``), or been cancelled before it took the second chunk's: wait
        # for the thread to take the first chunk's job before the chunk, the second's before the cancel.
        assert taken[0].wait(WAIT_S), "the overlap thread never started"
        following = chunk(*args)
        assert taken[1].wait(WAIT_S), "the overlap thread never took the second chunk's job"
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


def _big_areas_and_plots(tmp_path):
    rng = np.random.default_rng(11)
    first = star(rng, 20.0, 2.0, 0.05, 2000, hole=True)
    second = star(rng, 20.06, 2.01, 0.04, 1500)  # overlaps the first
    third = shapely.MultiPolygon([star(rng, 19.9, 1.9, 0.02, 1200), shapely.box(20.2, 2.2, 20.21, 2.21)])
    path = write_areas(tmp_path / "big.gpkg", [first, second, third])
    plots = [star(rng, 19.9 + 0.22 * rng.random(), 1.93 + 0.15 * rng.random(), 0.003, 40) for _ in range(100)]
    plots += [
        shapely.box(19.99, 1.99, 20.0, 2.0),  # inside the first's hole (the hole is 0.01 across)
        shapely.box(20.005, 1.995, 20.015, 2.005),  # across the hole's outline
        shapely.box(20.21, 2.2, 20.22, 2.21),  # touching the multipolygon's box from outside
        shapely.box(20.201, 2.201, 20.209, 2.209),  # inside the box
        shapely.box(21.0, 3.0, 21.01, 3.01),  # far away
        shapely.Polygon([(20.04, 2.0), (20.07, 2.03), (20.07, 2.0), (20.04, 2.05)]),  # bow tie across
        shapely.MultiPolygon([shapely.box(20.2, 2.195, 20.205, 2.205), shapely.box(19.9, 1.9, 19.905, 1.905)]),
        shapely.Polygon(shapely.box(20.03, 1.98, 20.06, 2.02).exterior.coords,
                        [shapely.box(20.04, 1.99, 20.05, 2.01).exterior.coords]),  # with a hole
        shapely.Point(20.0, 2.03), shapely.Point(20.205, 2.205),  # points: discs
    ]
    geoms = np.array(plots, dtype=object)
    return path, geoms, geodesy.geodesic_area_ha(geoms)


def _reference(path, geoms, area_ha):
    """Per plot, GEOS on the whole (undivided) areas in the equal-area projection: {(plot, area): m²}
    and the union of the plot's overlaps (m²)."""
    whole = OverlapIndex(DataSource(path), "pa")
    areas = geodesy.equal_area_geometry(valid_polygonal(whole.area_geometries))
    plots = geodesy.equal_area_geometry(analysis_geometries(geoms, area_ha))
    pairs, union = {}, np.zeros(len(geoms))
    for i, plot in enumerate(plots):
        parts = [shapely.intersection(plot, area) if shapely.intersects(plot, area) else shapely.Polygon()
                 for area in areas]
        for r, part in enumerate(parts):
            if part.area > 0.01:
                pairs[(i, r)] = part.area
        if any(part.area > 0 for part in parts):
            union[i] = shapely.union_all([p for p in parts if p.area > 0]).area
    return pairs, union


def test_bigger_pieces_give_the_overlaps_of_the_whole_areas(tmp_path):
    assert MAX_PIECE_VERTICES == 1024  # the default the overlaps below use
    path, geoms, area_ha = _big_areas_and_plots(tmp_path)
    ref_pairs, ref_union = _reference(path, geoms, area_ha)
    assert len(ref_pairs) >= 40 and len({r for _, r in ref_pairs}) == 3
    assert sum(1 for i in range(len(geoms)) if sum(1 for p, _ in ref_pairs if p == i) > 1) >= 5  # in 2 areas
    found = {}
    for vertices in (256, MAX_PIECE_VERTICES):
        index = OverlapIndex(DataSource(path), "pa", max_vertices=vertices)
        union_ha, pairs, geom_ha = index.overlap_areas(geoms, area_ha)
        assert len(index.pieces) > 6  # every area cut into pieces
        got = {(p, r): ha * geodesy.M2_PER_HA for p, r, ha in pairs}
        assert got.keys() == ref_pairs.keys()
        for key, m2 in ref_pairs.items():
            assert got[key] == pytest.approx(m2, rel=1e-9)
        np.testing.assert_allclose(union_ha * geodesy.M2_PER_HA, ref_union, rtol=1e-9, atol=1e-6)
        found[vertices] = index.blocks(area_ha, union_ha, pairs, geom_ha)  # what index.overlaps gives
    assert found[256] == found[MAX_PIECE_VERTICES]  # the blocks as written: rounded figures, details
