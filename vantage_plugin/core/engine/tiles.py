"""Decoded raster tiles kept across the calls of one check (a bounded, least-recently-used cache).

A check streamed chunk by chunk calls ``run_bundled`` once per chunk of the file; the plots of every
chunk spread over the same rasters, so without this every call decodes nearly every storage tile again
(GDAL's own block cache, capped during a run, is swept through in the same order by each call and so
holds none of the tiles the next call reads first). A :class:`TileCache` is made by the check, handed
to each call (``BundledOptions.tile_cache``) and closed at the end:

- **tiles**: one storage block of one raster (``Band.ReadBlock``: decoded once, not copied into GDAL's
  block cache too), read-only, keyed by the :class:`~.rasters.Raster`'s :attr:`~.rasters.Raster.token`
  (a raster reopened is another key: nothing stale is ever read);
- **bounded**: at most ``budget_mb`` of tiles; the least recently used are dropped first;
- **swept back and forth**: each call sweeps its plots in spatial order; :meth:`TileCache.sweep` makes
  every other call sweep the other way, so it starts on the tiles the previous call read last, those
  the cache still holds (with a budget smaller than the rasters, an LRU swept the same way each time
  would hold none of them).

The values read are the same bytes GDAL's ``ReadAsArray`` gives, so the results are unchanged.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

import numpy as np

#: Default budget (MB) of a check's tile cache.
DEFAULT_TILE_CACHE_MB = 96


class TileCache:
    """Decoded tiles by ``(raster token, tile row, tile column)``, at most ``budget_mb`` of them."""

    def __init__(self, budget_mb: float = DEFAULT_TILE_CACHE_MB) -> None:
        self.budget = int(max(0.0, budget_mb) * 1024 * 1024)
        self._tiles: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        #: tiles being loaded, each by one thread (the others wait for it)
        self._loading: dict[Hashable, threading.Event] = {}
        self.nbytes = 0
        self.hits = 0
        self.misses = 0
        self._reverse = True  # the first call sweeps forward (sweep() flips it first)

    def tile(self, key: Hashable, load: Callable[[], np.ndarray]) -> np.ndarray:
        """The tile under ``key``, else ``load()`` (kept, read-only, within the budget). A tile another
        thread is loading (reading ahead: :mod:`.read_ahead`) is waited for, not decoded twice."""
        while True:
            with self._lock:
                found = self._tiles.get(key)
                if found is not None:
                    self._tiles.move_to_end(key)
                    self.hits += 1
                    return found
                loading = self._loading.get(key)
                if loading is None:
                    self.misses += 1
                    loading = self._loading[key] = threading.Event()
                    break
            loading.wait()
            with self._lock:
                found = self._tiles.get(key)
                if found is not None:  # loaded meanwhile (else too big to keep, dropped or failed: load it)
                    self._tiles.move_to_end(key)
                    self.hits += 1
                    return found
                if key in self._loading:  # another waiter took it over: wait for that one
                    continue
                self.misses += 1
                loading = self._loading[key] = threading.Event()
                break
        try:
            tile = load()
            tile.flags.writeable = False
            if tile.nbytes <= self.budget:
                with self._lock:
                    if key not in self._tiles:
                        self._tiles[key] = tile
                        self.nbytes += tile.nbytes
                        while self.nbytes > self.budget:
                            _, dropped = self._tiles.popitem(last=False)
                            self.nbytes -= dropped.nbytes
        finally:
            with self._lock:
                del self._loading[key]
            loading.set()
        return tile

    def has(self, key: Hashable) -> bool:
        """Whether the tile under ``key`` is kept (then marked used now: it is about to be) or being loaded."""
        with self._lock:
            if key in self._tiles:
                self._tiles.move_to_end(key)
                return True
            return key in self._loading

    def sweep(self) -> bool:
        """Whether this call should sweep its plots backwards (alternates from call to call)."""
        with self._lock:
            self._reverse = not self._reverse
            return self._reverse

    def __len__(self) -> int:
        return len(self._tiles)

    def close(self) -> None:
        """Drop every tile."""
        with self._lock:
            self._tiles.clear()
            self.nbytes = 0

    def __enter__(self) -> TileCache:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
