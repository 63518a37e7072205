"""Round seven of the engine's speed work (issue 13).

- Overlaps beside the rasters (``BundledOptions.parallel_overlaps``): each chunk's protected-area and
  indigenous-land overlaps computed on a second thread while its raster statistics run; the results are
  those of the one-thread path (kept as the reference: ``parallel_overlaps=False``), in one chunk and in
  many, with both kinds of areas, and when a batch of overlaps raises (the one-thread path then isolates
  the failing plot, as before), and when the raster part leaves plots out (their overlaps, made beside
  for the whole chunk, are dropped: the others' blocks are those made for the kept plots alone).
- ``run_bundled(valid=...)``: the caller's verdicts (``shapely.is_valid`` of each plot's geometry, as
  validation knows them) instead of the engine's own check. The results with the verdicts given are those
  of a run that checks validity itself, on real GeoTIFFs (tiled, with nodata) and protected areas
  (a GeoPackage), with plots on tile edges, points, holes, multipolygons, invalid bow ties, plots inside,
  outside, across and touching the areas; and the verdicts are really used (wrong ones change the result
  of an invalid plot near an area), and refused when there is not one per plot.
"""

from __future__ import annotations

import dataclasses
import os
import threading

import numpy as np
import pytest
import shapely

from tests.fixtures.shapes import star, write_areas, write_tif
from tests.fixtures.world import WORLD_MAP
from vantage_plugin.core.engine import bundled, reuse
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.engine.overlaps import OverlapIndex
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.runs import Feedback

X0, Y0, RES = 10.0, 1.0, 0.0005  # 400 × 400 cells, tiles of 64
AREA = shapely.Polygon([(10.05, 0.85), (10.15, 0.85), (10.15, 0.95), (10.05, 0.95)],
                       [[(10.09, 0.89), (10.11, 0.89), (10.11, 0.91), (10.09, 0.91)]])  # with a hole
SECOND = shapely.MultiPolygon([shapely.box(10.12, 0.90, 10.18, 0.97), shapely.box(10.02, 0.70, 10.04, 0.72)])


@pytest.fixture()
def options(tmp_path):
    rng = np.random.default_rng(7)
    forest = rng.integers(0, 101, (400, 400)).astype(np.uint8)
    forest[100:140, 60:90] = 255  # nodata
    loss = rng.integers(0, 24, (400, 400)).astype(np.uint8)
    gt = (X0, RES, 0, Y0, 0, -RES)
    opts = BundledOptions(
        forest_2020=DataSource(write_tif(tmp_path / "Hansen_GFC-2023-v1.11_treecover2000.tif", forest, gt,
                                         nodata=255, block=64, compress="DEFLATE")),
        loss_year=DataSource(write_tif(tmp_path / "Hansen_GFC-2023-v1.11_lossyear.tif", loss, gt, nodata=255,
                                       block=64, compress="DEFLATE")),
        protected_areas=DataSource(write_areas(tmp_path / "areas.gpkg", [shapely.MultiPolygon([AREA]), SECOND])),
        harvest_date="2024-06-30")
    yield opts
    reuse.POOL.clear()


def _bow_tie(x: float, y: float) -> shapely.Polygon:
    """An invalid polygon whose two lobes differ in size (their areas do not cancel)."""
    return shapely.Polygon([(x, y), (x + 0.02, y + 0.02), (x + 0.02, y), (x, y + 0.04)])


def _plots() -> list[Plot]:
    rng = np.random.default_rng(3)
    geoms = []
    for _ in range(120):  # stars all over (inside, outside, across the areas' outlines)
        geoms.append(star(rng, 10.0 + 0.2 * rng.random(), 0.8 + 0.2 * rng.random(), 0.004, 24))
    edge = X0 + 64 * RES  # a tile edge
    geoms += [
        shapely.box(edge - 0.001, 0.95, edge + 0.001, 0.953),  # across a tile edge
        shapely.box(10.06, 0.86, 10.07, 0.87),  # wholly inside the area
        shapely.box(10.095, 0.895, 10.105, 0.905),  # wholly in the area's hole
        shapely.box(10.085, 0.885, 10.095, 0.895),  # across the hole's outline
        shapely.box(10.15, 0.80, 10.16, 0.81),  # touching the area's corner from outside
        shapely.box(10.14, 0.93, 10.16, 0.96),  # in both areas
        _bow_tie(10.06, 0.86),  # bow tie inside
        _bow_tie(10.14, 0.88),  # bow tie across
        _bow_tie(10.17, 0.75),  # bow tie away from the areas
        shapely.MultiPolygon([shapely.box(10.03, 0.71, 10.035, 0.715), shapely.box(10.16, 0.82, 10.17, 0.83)]),
        shapely.Polygon(shapely.box(10.00, 0.96, 10.03, 0.99).exterior.coords,
                        [shapely.box(10.01, 0.97, 10.02, 0.98).exterior.coords]),  # with a hole
        shapely.Point(10.10, 0.86), shapely.Point(10.149, 0.9), shapely.Point(10.3, 0.8),  # points
        shapely.MultiPoint([(10.06, 0.9), (10.2, 0.9)]),
        shapely.box(10.0, 1.5, 10.01, 1.51),  # off the rasters, in another country
    ]
    plots = []
    for i, g in enumerate(geoms):
        point_ha = 2.0 if isinstance(g, (shapely.Point, shapely.MultiPoint)) else None
        plots.append(Plot(i, g, harvest_date="2023-05-01" if i % 3 else None, point_ha=point_ha))
    return plots


def _outputs(results):
    """Every field of every result (status, analysis, country, state, codes, extra, error, …)."""
    return [dataclasses.asdict(r) for r in results]


def test_given_verdicts_give_the_engines_own_results(options):
    plots = _plots()
    verdicts = shapely.is_valid(np.array([p.geometry for p in plots], dtype=object))
    assert (~verdicts).sum() == 3
    own, _ = bundled.run_bundled(plots, options)
    reuse.POOL.clear()
    given, _ = bundled.run_bundled(plots, options, valid=verdicts)
    assert _outputs(given) == _outputs(own)
    assert sum(r.analysis is not None for r in own) >= len(plots) - 5
    overlapping = [r for r in own if r.analysis and r.analysis["protected_areas"]["protected_area_details"]]
    assert len(overlapping) >= 10


def test_the_verdicts_are_used_and_checked(options):
    plots = _plots()
    verdicts = shapely.is_valid(np.array([p.geometry for p in plots], dtype=object))
    own, _ = bundled.run_bundled(plots, options)
    reuse.POOL.clear()
    wrong, _ = bundled.run_bundled(plots, options, valid=np.ones(len(plots), dtype=bool))
    bow_tie_across = 127
    assert not verdicts[bow_tie_across]
    assert own[bow_tie_across].analysis["protected_areas"]["protected_area_details"]
    # taken as valid, the bow tie is overlaid as it is (GEOS fails on it or measures it otherwise)
    assert _outputs(wrong[bow_tie_across:bow_tie_across + 1]) != _outputs(own[bow_tie_across:bow_tie_across + 1])
    with pytest.raises(ValueError, match="verdicts"):
        bundled.run_bundled(plots, options, valid=verdicts[:-1])


def _both_ways(plots, options, **changes):
    results = {}
    for parallel in (True, False):
        reuse.POOL.clear()
        opts = dataclasses.replace(options, parallel_overlaps=parallel, **changes)
        found, run = bundled.run_bundled(plots, opts)
        results[parallel] = (_outputs(found), [(s.name, s.status) for s in run.steps], dict(run.plot_errors))
    return results[True], results[False]


@pytest.mark.parametrize("chunk_size", [10_000, 40])
def test_overlaps_beside_the_rasters_are_the_one_thread_results(options, monkeypatch, chunk_size):
    plots = _plots()
    threads = []
    overlap_areas = OverlapIndex.overlap_areas

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return overlap_areas(self, *args, **kwargs)

    monkeypatch.setattr(OverlapIndex, "overlap_areas", spy)
    if not os.path.exists(WORLD_MAP):
        pytest.skip("QGIS world_map.gpkg not installed")
    both = dataclasses.replace(options, indigenous_lands=options.protected_areas, admin=DataSource(WORLD_MAP))
    parallel, serial = _both_ways(plots, both, chunk_size=chunk_size)
    assert parallel == serial
    assert {r["country"] for r in parallel[0]} >= {"Gabon", "Equatorial Guinea"}
    assert any(name.startswith("vantage-overlaps") for name in threads)  # the second thread was used
    assert "MainThread" in threads  # and the reference on the calling thread
    blocks = [r["analysis"] for r in parallel[0] if r["analysis"] is not None]
    assert sum(bool(b["protected_areas"]["protected_area_details"]) for b in blocks) >= 10
    assert sum(bool(b["indigenous_land"]["indigenous_land_details"]) for b in blocks) >= 10


def test_the_country_lookup_beside_the_rasters_without_areas(options, world, monkeypatch):
    plots = _plots()
    threads = []
    places = bundled._places

    def spy(*args):
        threads.append(threading.current_thread().name)
        return places(*args)

    monkeypatch.setattr(bundled, "_places", spy)
    opts = dataclasses.replace(options, protected_areas=None, admin=DataSource(WORLD_MAP))
    parallel, serial = _both_ways(plots, opts, chunk_size=50)
    assert parallel == serial
    assert any(name.startswith("vantage-overlaps") for name in threads) and "MainThread" in threads
    assert {r["country"] for r in parallel[0]} >= {"Gabon", "Equatorial Guinea"}


def test_a_failing_batch_of_overlaps_is_retried_on_the_one_thread_path(options, monkeypatch):
    plots = _plots()
    overlap_areas = OverlapIndex.overlap_areas
    bad = plots[130].geometry  # the multipolygon, inside and outside the areas

    def failing(self, geoms, *args, **kwargs):
        if any(g is not None and g.equals(bad) for g in geoms):
            raise RuntimeError("GEOS failed")
        return overlap_areas(self, geoms, *args, **kwargs)

    monkeypatch.setattr(OverlapIndex, "overlap_areas", failing)
    parallel, serial = _both_ways(plots, options, chunk_size=50)
    assert parallel == serial
    assert "protected areas failed: GEOS failed" in parallel[2][130]
    assert sum(r["status"] == "ok" for r in parallel[0]) >= len(plots) - 10


def test_a_cancelled_run_leaves_no_overlap_thread_working(options, monkeypatch):
    plots = _plots()
    chunk = bundled._chunk
    started = []

    def cancel_after(*args):  # cancelled after the first chunk, the next one's overlaps under way
        following = chunk(*args)
        started.append(bool(following))
        args[0].run.feedback.cancel()
        return following

    monkeypatch.setattr(bundled, "_chunk", cancel_after)
    opts = dataclasses.replace(options, chunk_size=40)
    found, run = bundled.run_bundled(plots, opts, Feedback())
    assert run.status == "cancelled"
    assert 0 < len(found) < len(plots)
    assert not [t for t in threading.enumerate() if t.name.startswith("vantage-overlaps")]
    reuse.POOL.clear()
    assert started == [True]  # the next chunk's overlaps were under way
    again, _ = bundled.run_bundled(plots, dataclasses.replace(opts, parallel_overlaps=False), Feedback())
    assert started == [True, False]
    assert _outputs(found) == _outputs(again)  # cancelled at the same place, one thread: the same results


def test_plots_failing_the_raster_part_are_left_out_of_the_overlaps_made_beside(options, monkeypatch):
    plots = _plots()
    raster_stats = bundled._raster_stats
    bad = {plots[126].geometry.wkb, plots[5].geometry.wkb}  # inside an area, and one anywhere

    def failing(ctx, geoms, cutoff):
        if any(g is not None and g.wkb in bad for g in geoms):
            raise RuntimeError("GDAL failed")
        return raster_stats(ctx, geoms, cutoff)

    monkeypatch.setattr(bundled, "_raster_stats", failing)
    parallel, serial = _both_ways(plots, options, chunk_size=50)
    assert parallel == serial
    failed = [r for r in parallel[0] if r["status"] == "failed"]
    assert {r["plot_index"] for r in failed} == {5, 126}
    assert "raster analysis failed: GDAL failed" in parallel[2][126]
    assert sum(bool(r["analysis"]["protected_areas"]["protected_area_details"]) for r in parallel[0]
               if r["analysis"]) >= 10


def test_the_check_hands_validations_verdicts_to_the_engine(options, monkeypatch):
    """``service.check_plots`` gives the engine validation's verdicts on the plots it analyses (GEOS's
    ``is_valid`` on each polygon), and its results are those of the engine checking validity itself."""
    from vantage_plugin.core import service

    plots = _plots()
    given: list = []
    real = bundled.run_bundled
    monkeypatch.setattr(bundled, "run_bundled", lambda *a, **k: given.append((a[0], k.get("valid"))) or real(*a, **k))
    checked = service.check_plots(plots, "bundled", bundled_options=options)
    reuse.POOL.clear()
    monkeypatch.setattr(service, "validity_verdicts", lambda report, plots: None)
    own = service.check_plots(plots, "bundled", bundled_options=options)
    assert _outputs(checked.results) == _outputs(own.results)
    (analysed, verdicts), (_, none) = given
    assert none is None and len(verdicts) == len(analysed) < len(plots)  # the blocked ones are not analysed
    polygons = [k for k, plot in enumerate(analysed) if plot.geometry.geom_type in ("Polygon", "MultiPolygon")]
    expected = shapely.is_valid(np.array([analysed[k].geometry for k in polygons], dtype=object))
    assert [verdicts[k] for k in polygons] == expected.tolist() and len(polygons) > 100
