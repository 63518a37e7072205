"""Reading raster tiles ahead on a thread while the engine computes (GDAL's decoding releases the GIL).

The engine analyses a chunk's plots in batches of about ``options.batch_cells`` window cells. When a
batch starts, :class:`ReadAhead` queues the decoding of the storage tiles the next batch's plots lie on
(from their boxes) into the run's :class:`~.tiles.TileCache`, on a thread of its own with its own GDAL
handle on each file (:meth:`.rasters.Raster.load_ahead`; a GDAL dataset is not shared between threads);
the batch's reads then find them decoded, or wait for the one being decoded (never decoded twice). The
tiles are the bytes the engine's own reads give, and a tile not decoded ahead (a box missed, the thread
behind) is read as before: results never depend on it.

Reading ahead takes at most :data:`AHEAD_SHARE` of the cache's budget per batch, so it does not drop the
tiles the batch being analysed still needs; a cancel or the run's end stops it (:meth:`ReadAhead.close`).
Measured (round nine, 20,000 plots of the million file over 10°×10° of 30 m rasters, a 96 MB cache): each
tile decoded once, 2,075 of the 3,828 on the thread. It gains wall time only when a core is free (the
decoding moves to the thread, the CPU time stays).
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Optional, Sequence

import numpy as np
import shapely

from .rasters import AlignedReader, Raster
from .tiles import TileCache

#: The share of the tile cache's budget one batch's tiles read ahead may take.
AHEAD_SHARE = 1 / 3


def _tiled(readers: Sequence[Optional[AlignedReader]]) -> list[Raster]:
    """The rasters read through decoded tiles by these readers (each once; a warped one is not)."""
    out: list[Raster] = []
    for reader in readers:
        if reader is None or reader.mode == "warp":
            continue
        raster = reader.raster
        if raster.reads_tiles() and all(raster is not kept for kept in out):
            out.append(raster)
    return out


class ReadAhead:
    """Decodes the tiles of coming chunks into ``tiles`` on one thread (:meth:`queue`)."""

    def __init__(self, readers: Sequence[Optional[AlignedReader]], tiles: TileCache) -> None:
        self.rasters = _tiled(readers)
        self.tiles = tiles
        self._stop = threading.Event()
        self._pool: Optional[ThreadPoolExecutor] = None
        self._jobs: list[Future] = []

    def __bool__(self) -> bool:
        return bool(self.rasters)

    def queue(self, geoms: np.ndarray) -> None:
        """Decode, on the thread, the tiles under the boxes of ``geoms`` (a batch's analysed shapes, in
        the order it reads them)."""
        if not self.rasters or self._stop.is_set() or not len(geoms):
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vantage-read-ahead")
        self._jobs = [job for job in self._jobs if not job.done()]
        self._jobs.append(self._pool.submit(self._load, shapely.bounds(geoms)))

    def _load(self, boxes: np.ndarray) -> int:
        done = 0
        for raster in self.rasters:
            if self._stop.is_set():
                break
            try:
                keys = raster.tiles_of_boxes(boxes)
                tile_bytes = raster.block[0] * raster.block[1] * raster.numpy_dtype.itemsize
                room = int(self.tiles.budget * AHEAD_SHARE / len(self.rasters)) // max(1, tile_bytes)
                done += raster.load_ahead(keys[:room], self.tiles, self._stop.is_set)
            except Exception:  # noqa: BLE001 - only a hint: the engine's own reads report any failure
                continue
        return done

    def close(self) -> None:
        """Stop reading ahead and wait for the thread (before the rasters are closed or handed on)."""
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._jobs = []

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
