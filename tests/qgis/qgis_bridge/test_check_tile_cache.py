"""A check streamed chunk by chunk hands one tile cache (``core.engine.tiles.TileCache``) to every chunk's
engine run, so later chunks read tiles earlier ones decoded, and empties it when the chunks are done;
the caller's options are left as they were. (That the chunked check writes the same rows as the whole
layer in one chunk is ``test_results_streaming``.)"""

from __future__ import annotations

from tests.fixtures.streaming import plot_rows, rasters, streamed_check, write_plots_layer
from vantage_plugin.core import service
from vantage_plugin.core.engine.tiles import TileCache
from vantage_plugin.qgis_bridge import operations


def test_one_tile_cache_serves_every_chunk_and_is_emptied_at_the_end(tmp_path, monkeypatch):
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    seen: list[tuple[TileCache, int, int]] = []
    check_plots = service.check_plots

    def spy(chunk, engine, bundled_options=None, **kwargs):
        cache = bundled_options.tile_cache
        before = (cache.hits, cache.misses)
        output = check_plots(chunk, engine, bundled_options=bundled_options, **kwargs)
        seen.append((cache, cache.hits - before[0], cache.misses - before[1]))
        return output

    monkeypatch.setattr(operations.service, "check_plots", spy)
    checked = streamed_check(layer, tmp_path, "chunked", options, 7)
    assert checked.plot_count == 60
    assert len(seen) == 9  # 60 plots in chunks of 7
    caches = {id(cache) for cache, _, _ in seen}
    assert len(caches) == 1
    cache = seen[0][0]
    assert seen[0][2] > 0  # the first chunk decodes tiles
    assert sum(hits for _, hits, _ in seen[1:]) > 0  # later chunks find tiles decoded before
    assert len(cache) == 0 and cache.nbytes == 0  # emptied once the chunks are done
    assert options.tile_cache is None  # the caller's options untouched
