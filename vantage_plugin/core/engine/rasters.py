"""Raster sources for the bundled engine: one GDAL raster, a folder or list of tiles, a VRT, or a remote
cloud-optimised GeoTIFF (``http(s)://`` or ``/vsicurl/``), read window by window, never whole.

A :class:`Raster` knows its grid (north-up geotransform), which cells are valid (nodata value, mask or
alpha band, and cells outside its extent are invalid) and the exact ellipsoidal area of its cells.
:class:`AlignedReader` reads another raster onto a primary raster's grid (same grid: plain windows;
same CRS: nearest-neighbour row/column lookup; other CRS: a warped VRT, nearest neighbour).

:func:`read_windows` fills the flat window buffers of a batch of plots block by block: consecutive
(spatially sorted) plots are grouped by :func:`plan_blocks` into blocks that touch no storage tile none
of their plots needs, each block is read with one GDAL call, and one vectorised gather places every
window cell (for a coarser raster, through the row and column lookups of the primary cells' centres).
"""

from __future__ import annotations

import functools
import glob
import math
import os
import threading
import uuid
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import numpy as np
from osgeo import gdal, gdal_array, osr

from .. import geodesy
from .coverage import Windows
from .coverage import positions as _positions
from .gdal_util import call_quietly
from .tiles import TileCache

#: Cells of the primary grid read at once when plots are read block by block (bounds memory).
DEFAULT_BLOCK_CELLS = 4_000_000

RASTER_EXTENSIONS = (".tif", ".tiff", ".vrt", ".img", ".jp2", ".nc", ".hdf", ".asc", ".bil", ".kea")


class RasterError(Exception):
    """A raster could not be opened or read."""


def _with_reason(what: str, gdal_message: str) -> str:
    return f"{what}: {gdal_message}" if gdal_message else what


def source_path(source: Any) -> Any:
    """The path (or list of paths) of a DataSource, a str/PathLike or a list of them."""
    if source is None:
        return None
    if hasattr(source, "path"):
        return source.path
    if isinstance(source, (list, tuple)):
        return [os.fspath(s) for s in source]
    return os.fspath(source)


def gdal_path(path: str) -> str:
    """``http(s)://`` URLs become ``/vsicurl/`` paths; anything else is passed on."""
    if path.startswith(("http://", "https://", "ftp://")):
        return "/vsicurl/" + path
    return path


def _tile_paths(path: Any) -> Optional[list[str]]:
    """Tiles when ``path`` is a folder, a glob pattern or a list; ``None`` for a single raster."""
    if isinstance(path, list):
        return [gdal_path(p) for p in path]
    if os.path.isdir(path):
        tiles = sorted(
            os.path.join(path, name)
            for name in os.listdir(path)
            if name.lower().endswith(RASTER_EXTENSIONS) and not name.startswith(".")
        )
        if not tiles:
            raise RasterError(f"no raster tiles in folder {path}")
        return tiles
    if any(ch in path for ch in "*?[") and not path.startswith("/vsi"):
        tiles = sorted(glob.glob(path))
        if not tiles:
            raise RasterError(f"no raster matches {path}")
        return tiles
    return None


class Raster:
    """One raster source (band 1), opened once and read by windows."""

    def __init__(self, source: Any, band: int = 1) -> None:
        path = source_path(source)
        if path is None:
            raise RasterError("no raster given")
        self.source = source
        tiles = _tile_paths(path)
        self._vsimem: Optional[str] = None
        self.hint_names: list[str] = []
        """File (and first tile) names, for what the names say of the data (Hansen version, kind)."""
        if tiles is not None:
            self.name = os.path.basename(os.path.normpath(path)) if isinstance(path, str) else (
                f"{os.path.basename(tiles[0])} (+{len(tiles) - 1} tiles)")
            self.hint_names = [self.name, os.path.basename(tiles[0])]
            self._vsimem = f"/vsimem/vantage_{uuid.uuid4().hex}.vrt"
            first, error = call_quietly(gdal.Open, tiles[0])
            if first is None:
                raise RasterError(_with_reason(f"cannot open raster tile {tiles[0]}", error))
            has_nodata = first.GetRasterBand(band).GetNoDataValue() is not None
            first = None
            vrt, error = call_quietly(
                gdal.BuildVRT, self._vsimem, tiles, options=gdal.BuildVRTOptions(addAlpha=not has_nodata)
            )
            if vrt is None:
                raise RasterError(_with_reason(f"cannot mosaic the tiles of {path}", error))
            vrt.FlushCache()
            # read back from its XML: the mosaic BuildVRT returns reads its tiles through GDAL's pool of
            # handles shared by every such mosaic opened on the thread, so a raster handed to another
            # thread (:mod:`.reuse`) would read one tile handle at the same time as a mosaic of the same
            # tiles opened later on the first thread; a VRT opened from its XML opens its own
            vrt = None
            mosaic, error = call_quietly(gdal.Open, self._vsimem)
            if mosaic is None:
                raise RasterError(_with_reason(f"cannot mosaic the tiles of {path}", error))
            self.path = self._vsimem
            self.ds = mosaic
        else:
            self.path = gdal_path(path)
            self.name = os.path.basename(path.rstrip("/")) or path
            self.hint_names = [self.name]
            self.ds, error = call_quietly(gdal.Open, self.path)
            if self.ds is None:
                raise RasterError(_with_reason(f"cannot open raster {path}", error))
        self.band = self.ds.GetRasterBand(band)
        self._band_number = band
        #: the second handle of :meth:`load_ahead` (opened on first use, by the reading-ahead thread)
        self._ahead_ds: Any = None
        self._ahead_band: Any = None
        if self.band is None:
            raise RasterError(f"raster {path} has no band {band}")
        self.token = uuid.uuid4().hex
        """This opened raster's key in a :class:`~.tiles.TileCache` (a raster opened again is another)."""
        bw, bh = self.band.GetBlockSize()
        self.block = (max(1, int(bh)), max(1, int(bw)))
        """GDAL's block size: (rows, columns)."""
        self.width = self.ds.RasterXSize
        self.height = self.ds.RasterYSize
        gt = self.ds.GetGeoTransform(can_return_null=True)
        if gt is None:
            raise RasterError(f"raster {path} has no georeferencing")
        if gt[2] != 0 or gt[4] != 0:
            raise RasterError(f"raster {path} is rotated; warp it north-up first")
        self.gt = tuple(float(g) for g in gt)
        self.x0, self.dx, _, self.y0, _, self.dy = self.gt
        wkt = self.ds.GetProjection()
        self.srs = osr.SpatialReference()
        if wkt:
            self.srs.ImportFromWkt(wkt)
        else:
            self.srs.ImportFromEPSG(4326)
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.is_lonlat = bool(self.srs.IsGeographic())
        self.nodata = self.band.GetNoDataValue()
        flags = self.band.GetMaskFlags()
        if self.nodata is not None:
            self.mask_mode = "nodata"
        elif flags & gdal.GMF_ALL_VALID:
            self.mask_mode = "all"
        else:
            self.mask_mode = "mask"
        self.dtype = gdal.GetDataTypeName(self.band.DataType)
        self.numpy_dtype = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(self.band.DataType))
        self._to_raster: Optional[osr.CoordinateTransformation] = None
        self._to_lonlat: Optional[osr.CoordinateTransformation] = None
        #: held while they transform: an OGR coordinate transformation is not thread-safe (it rebinds its
        #: PROJ object to the calling thread's context), and the reading-ahead thread (:meth:`tiles_of_boxes`)
        #: transforms beside the engine's
        self._transform_lock = threading.Lock()
        if not self.is_lonlat:
            wgs84 = osr.SpatialReference()
            wgs84.ImportFromEPSG(4326)
            wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            self._to_raster = osr.CoordinateTransformation(wgs84, self.srs)
            self._to_lonlat = osr.CoordinateTransformation(self.srs, wgs84)

    # --- geometry ---------------------------------------------------------------------------
    def same_grid(self, other: Raster) -> bool:
        return (
            self.width == other.width
            and self.height == other.height
            and np.allclose(self.gt, other.gt, rtol=0, atol=1e-9 * max(abs(self.dx), 1e-12))
            and bool(self.srs.IsSame(other.srs))
        )

    def lonlat_to_world(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._to_raster is None:
            return np.asarray(lon, float), np.asarray(lat, float)
        pts = np.column_stack([lon, lat, np.zeros(len(lon))])
        with self._transform_lock:
            out = np.asarray(self._to_raster.TransformPoints(pts), dtype=float)
        return out[:, 0], out[:, 1]

    def world_to_lonlat(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._to_lonlat is None:
            return np.asarray(x, float), np.asarray(y, float)
        pts = np.column_stack([np.ravel(x), np.ravel(y), np.zeros(np.size(x))])
        with self._transform_lock:
            out = np.asarray(self._to_lonlat.TransformPoints(pts), dtype=float)
        return out[:, 0].reshape(np.shape(x)), out[:, 1].reshape(np.shape(y))

    def to_pixel(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Continuous pixel coordinates (u = column, v = row) of lon/lat points."""
        x, y = self.lonlat_to_world(lon, lat)
        return (x - self.x0) / self.dx, (y - self.y0) / self.dy

    def pixel_size_m(self) -> float:
        """Approximate pixel side in metres at the raster's centre (to pick the finer grid)."""
        if not self.is_lonlat:
            return math.sqrt(abs(self.dx * self.dy))
        lat = self.y0 + self.dy * self.height / 2
        return math.sqrt(float(geodesy.cell_area_m2(np.array(lat), np.array(lat + abs(self.dy)), self.dx)))

    def row_areas(self, rows: np.ndarray) -> np.ndarray:
        """Exact ellipsoidal area (m²) of the cells of the given rows (lon/lat rasters)."""
        top = self.y0 + rows * self.dy
        return geodesy.cell_area_m2(top, top + self.dy, self.dx)

    def cell_areas(self, row0: int, col0: int, nrows: int, ncols: int) -> np.ndarray:
        """Exact ellipsoidal area (m²) of a window's cells: closed form for lon/lat rasters; for
        projected ones each cell's corners are moved to lon/lat and its equal-area quadrilateral
        measured."""
        if self.is_lonlat:
            rows = np.arange(row0, row0 + nrows, dtype=float)
            return np.repeat(self.row_areas(rows)[:, None], ncols, axis=1)
        cols = self.x0 + (col0 + np.arange(ncols + 1)) * self.dx
        rows = self.y0 + (row0 + np.arange(nrows + 1)) * self.dy
        xx, yy = np.meshgrid(cols, rows)
        lon, lat = self.world_to_lonlat(xx, yy)
        ex, ey = geodesy.to_equal_area(lon, lat)
        # Shoelace of each cell (corners tl, tr, br, bl).
        x1, y1 = ex[:-1, :-1], ey[:-1, :-1]
        x2, y2 = ex[:-1, 1:], ey[:-1, 1:]
        x3, y3 = ex[1:, 1:], ey[1:, 1:]
        x4, y4 = ex[1:, :-1], ey[1:, :-1]
        return 0.5 * np.abs((x1 - x3) * (y2 - y4) - (x2 - x4) * (y1 - y3))

    # --- reading ----------------------------------------------------------------------------
    def read(self, row0: int, col0: int, nrows: int, ncols: int) -> tuple[np.ndarray, np.ndarray]:
        """Values and validity of a window; cells outside the raster are invalid (value 0)."""
        values = np.zeros((nrows, ncols), dtype=self.numpy_dtype)
        valid = np.zeros((nrows, ncols), dtype=bool)
        r0, c0 = max(row0, 0), max(col0, 0)
        r1, c1 = min(row0 + nrows, self.height), min(col0 + ncols, self.width)
        if r1 <= r0 or c1 <= c0:
            return values, valid
        part = self._read_part(c0, r0, c1 - c0, r1 - r0)
        sub = (slice(r0 - row0, r1 - row0), slice(c0 - col0, c1 - col0))
        values[sub] = part
        valid[sub] = self._valid(part, c0, r0)
        return values, valid

    def read_block(self, row0: int, col0: int, nrows: int, ncols: int, tiles: Optional[TileCache] = None):
        """``(values, valid, None, None)`` of a window for :func:`read_windows`; ``valid`` is None when
        :meth:`valid_values` gives it from the values alone (cells outside the raster are then filled
        with the nodata value). With ``tiles``, the values come from decoded tiles kept there."""
        inside = row0 >= 0 and col0 >= 0 and row0 + nrows <= self.height and col0 + ncols <= self.width
        if self.mask_mode == "all" and inside:
            part = self._read_part(col0, row0, ncols, nrows, tiles)
            return part, None, None, None
        if self.mask_mode == "nodata" and self._nodata_fill() is not None:
            if inside:
                return self._read_part(col0, row0, ncols, nrows, tiles), None, None, None
            values = np.full((nrows, ncols), self._nodata_fill(), dtype=self.numpy_dtype)
            r0, c0 = max(row0, 0), max(col0, 0)
            r1, c1 = min(row0 + nrows, self.height), min(col0 + ncols, self.width)
            if r1 > r0 and c1 > c0:
                part = self._read_part(c0, r0, c1 - c0, r1 - r0, tiles)
                values[r0 - row0 : r1 - row0, c0 - col0 : c1 - col0] = part
            return values, None, None, None
        values, valid = self.read(row0, col0, nrows, ncols)
        return values, valid, None, None

    def _read_part(self, c0: int, r0: int, w: int, h: int, tiles: Optional[TileCache] = None) -> np.ndarray:
        if tiles is not None:
            return self._read_tiles(c0, r0, w, h, tiles)
        part, error = call_quietly(self.band.ReadAsArray, c0, r0, w, h)
        if part is None:
            raise RasterError(_with_reason(f"cannot read {self.name} at row {r0}, column {c0}", error))
        return part

    def _read_tiles(self, c0: int, r0: int, w: int, h: int, tiles: TileCache) -> np.ndarray:
        """A window inside the raster put together from its storage tiles (kept in ``tiles``)."""
        bh, bw = self.block
        out = np.empty((h, w), dtype=self.numpy_dtype)
        token = self.token
        for ty in range(r0 // bh, (r0 + h - 1) // bh + 1):
            y0 = ty * bh
            ya, yb = max(r0, y0), min(r0 + h, y0 + bh)
            for tx in range(c0 // bw, (c0 + w - 1) // bw + 1):
                x0 = tx * bw
                xa, xb = max(c0, x0), min(c0 + w, x0 + bw)
                tile = tiles.tile((token, ty, tx), functools.partial(self._tile, tx, ty))
                out[ya - r0 : yb - r0, xa - c0 : xb - c0] = tile[ya - y0 : yb - y0, xa - x0 : xb - x0]
        return out

    def _tile(self, tx: int, ty: int, band: Any = None) -> np.ndarray:
        """Storage block (``tx``, ``ty``) decoded (a block past the raster's edge is padded by GDAL);
        ``band``: another handle on the same band (reading ahead), else :attr:`band`."""
        data, error = call_quietly((self.band if band is None else band).ReadBlock, tx, ty)
        if data is None:
            raise RasterError(_with_reason(f"cannot read {self.name} at block row {ty}, column {tx}", error))
        return np.frombuffer(data, dtype=self.numpy_dtype).reshape(self.block)

    def reads_tiles(self) -> bool:
        """Whether :meth:`read_block` with a :class:`~.tiles.TileCache` takes its values from decoded tiles."""
        return self.mask_mode == "all" or (self.mask_mode == "nodata" and self._nodata_fill() is not None)

    def tiles_of_boxes(self, boxes: np.ndarray, pad: int = 2) -> list[tuple[int, int]]:
        """The storage tiles ``(tile row, tile column)`` under lon/lat ``boxes`` (n × 4: min lon, min lat,
        max lon, max lat; each box widened by ``pad`` cells), inside the raster, in the boxes' order
        (each once). An estimate for reading ahead (:meth:`load_ahead`): reads never depend on it."""
        b = np.asarray(boxes, dtype=float).reshape(-1, 4)
        if not len(b):
            return []
        corners_lon = np.concatenate([b[:, 0], b[:, 2], b[:, 0], b[:, 2]])
        corners_lat = np.concatenate([b[:, 1], b[:, 1], b[:, 3], b[:, 3]])
        u, v = self.to_pixel(corners_lon, corners_lat)
        u, v = u.reshape(4, -1), v.reshape(4, -1)
        with np.errstate(invalid="ignore"):
            c0, c1 = np.floor(u.min(axis=0)) - pad, np.floor(u.max(axis=0)) + pad
            r0, r1 = np.floor(v.min(axis=0)) - pad, np.floor(v.max(axis=0)) + pad
            fine = np.isfinite(c0) & np.isfinite(c1) & np.isfinite(r0) & np.isfinite(r1)
            fine &= (c1 >= 0) & (r1 >= 0) & (c0 < self.width) & (r0 < self.height)
        bh, bw = self.block
        c0 = np.maximum(c0[fine], 0).astype(np.int64) // bw
        c1 = np.minimum(c1[fine], self.width - 1).astype(np.int64) // bw
        r0 = np.maximum(r0[fine], 0).astype(np.int64) // bh
        r1 = np.minimum(r1[fine], self.height - 1).astype(np.int64) // bh
        keys: dict[tuple[int, int], None] = {}
        for ta, tb, sa, sb in zip(r0.tolist(), r1.tolist(), c0.tolist(), c1.tolist()):
            if ta == tb and sa == sb:
                keys[(ta, sa)] = None
                continue
            for ty in range(ta, tb + 1):
                for tx in range(sa, sb + 1):
                    keys[(ty, tx)] = None
        return list(keys)

    def load_ahead(self, keys: Sequence[tuple[int, int]], tiles: TileCache, stop: Any = None) -> int:
        """Decode the storage tiles ``keys`` (``(tile row, tile column)``) into ``tiles`` through a
        second handle on the file, kept for this (one reading-ahead thread at a time: a GDAL dataset is
        not shared between threads), so :meth:`read_block` finds them decoded. The same bytes as
        :meth:`_tile` gives. ``stop()`` true: stop early. Returns the tiles decoded here; a tile that
        cannot be read is left to :meth:`read_block` (which reports it)."""
        if self._ahead_band is None:
            ds, _ = call_quietly(gdal.Open, self.path)
            band = ds.GetRasterBand(self._band_number) if ds is not None else None
            if band is None or tuple(int(x) for x in band.GetBlockSize()) != (self.block[1], self.block[0]):
                return 0
            self._ahead_ds, self._ahead_band = ds, band
        band, token, done = self._ahead_band, self.token, 0
        for ty, tx in keys:
            if stop is not None and stop():
                break
            if tiles.has((token, ty, tx)):
                continue
            try:
                tiles.tile((token, ty, tx), functools.partial(self._tile, tx, ty, band))
            except RasterError:
                continue
            done += 1
        return done

    def _nodata_fill(self):
        """The nodata value as a value of the raster's type, or None when it has none."""
        if self.nodata is None:
            return None
        if isinstance(self.nodata, float) and math.isnan(self.nodata):
            return np.nan if self.numpy_dtype.kind == "f" else None
        return self.nodata if _representable(self.nodata, self.numpy_dtype) else None

    def valid_values(self, values: np.ndarray) -> np.ndarray:
        """Validity of values read with :meth:`read_block` (when it returned no validity)."""
        if self.mask_mode == "nodata":
            return self._valid(values, 0, 0)
        return np.ones(values.shape, dtype=bool)

    def _valid(self, part: np.ndarray, c0: int, r0: int) -> np.ndarray:
        if self.mask_mode == "nodata":
            if isinstance(self.nodata, float) and math.isnan(self.nodata):
                return ~np.isnan(part)
            ok = part != np.array(self.nodata).astype(part.dtype) if _representable(self.nodata, part.dtype) \
                else np.ones(part.shape, bool)
            if part.dtype.kind == "f":
                ok &= ~np.isnan(part)
            return ok
        if self.mask_mode == "all":
            return np.ones(part.shape, dtype=bool)
        mask = self.band.GetMaskBand().ReadAsArray(c0, r0, part.shape[1], part.shape[0])
        return mask > 0

    def metadata_items(self) -> list[tuple[str, str]]:
        """GDAL metadata of the dataset and of the band (default domain)."""
        items: list[tuple[str, str]] = []
        for obj in (self.ds, self.band):
            try:
                items += [(str(k), str(v)) for k, v in (obj.GetMetadata() or {}).items()]
            except Exception:  # noqa: BLE001 - metadata is optional
                continue
        return items

    def sample_valid(self, lon: np.ndarray, lat: np.ndarray, half: int = 16) -> np.ndarray:
        """Valid values of the raster in windows of ``2 * half`` cells around lon/lat points (a few of
        the plots): what the data hold where the plots are, for a few small reads."""
        u, v = self.to_pixel(np.asarray(lon, float), np.asarray(lat, float))
        parts = []
        for col, row in zip(u.tolist(), v.tolist()):
            if not (math.isfinite(col) and math.isfinite(row)):
                continue
            c0, r0 = max(int(col) - half, 0), max(int(row) - half, 0)
            c1, r1 = min(int(col) + half, self.width), min(int(row) + half, self.height)
            if c1 <= c0 or r1 <= r0:
                continue
            values, valid = self.read(r0, c0, r1 - r0, c1 - c0)
            parts.append(values[valid])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=self.numpy_dtype)

    def sample_overview(self, side: int = 256) -> np.ndarray:
        """Valid values of the whole raster read at most ``side`` cells a side (nearest neighbour; GDAL
        uses overviews when there are some). A raster of more than :data:`OVERVIEW_BLOCKS` ² storage
        blocks and no overviews is sampled in that many blocks spread over it instead (a coarse read of
        the whole would decode nearly every block: seconds on a 10°×10° tile)."""
        xb, yb = (int(v) for v in self.band.GetBlockSize())
        nbx, nby = -(-self.width // max(1, xb)), -(-self.height // max(1, yb))
        if self.band.GetOverviewCount() == 0 and nbx * nby > OVERVIEW_BLOCKS ** 2:
            cols = np.unique(np.linspace(0, nbx - 1, OVERVIEW_BLOCKS).round().astype(int)).tolist()
            rows = np.unique(np.linspace(0, nby - 1, OVERVIEW_BLOCKS).round().astype(int)).tolist()
            per = max(1, side // OVERVIEW_BLOCKS)
            parts = []
            for by in rows:
                for bx in cols:
                    c0, r0 = bx * xb, by * yb
                    w, h = min(xb, self.width - c0), min(yb, self.height - r0)
                    parts.append(self._coarse(c0, r0, w, h, min(w, per), min(h, per)))
            return np.concatenate(parts)
        return self._coarse(0, 0, self.width, self.height, min(self.width, side), min(self.height, side))

    def _coarse(self, c0: int, r0: int, w: int, h: int, bw: int, bh: int) -> np.ndarray:
        """Valid values of a window read at ``bw`` × ``bh`` cells (nearest neighbour)."""
        part, error = call_quietly(self.band.ReadAsArray, c0, r0, w, h, bw, bh)
        if part is None:
            raise RasterError(_with_reason(f"cannot read {self.name}", error))
        if self.mask_mode == "mask":
            mask, _ = call_quietly(self.band.GetMaskBand().ReadAsArray, c0, r0, w, h, bw, bh)
            return part[mask > 0] if mask is not None else part.ravel()
        return part[self._valid(part, 0, 0)]

    def close(self) -> None:
        self.band = None
        self.ds = None
        self._ahead_band = self._ahead_ds = None
        if self._vsimem:
            gdal.Unlink(self._vsimem)
            self._vsimem = None

    def __repr__(self) -> str:
        return f"Raster({self.name!r}, {self.width}x{self.height})"


#: Blocks a side sampled by :meth:`Raster.sample_overview` on a big raster without overviews.
OVERVIEW_BLOCKS = 8


def _representable(value: float, dtype: np.dtype) -> bool:
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return float(value).is_integer() and info.min <= value <= info.max
    return True


class AlignedReader:
    """Reads ``raster`` on the grid of ``primary`` (nearest neighbour at the primary cells' centres)."""

    def __init__(self, raster: Raster, primary: Raster) -> None:
        self.raster = raster
        self.primary = primary
        self._warped: Optional[Raster] = None
        if raster is primary or raster.same_grid(primary):
            self.mode = "same"
        elif raster.srs.IsSame(primary.srs):
            self.mode = "lookup"
        else:
            self.mode = "warp"
            path = f"/vsimem/vantage_{uuid.uuid4().hex}.vrt"
            x1 = primary.x0 + primary.dx * primary.width
            y1 = primary.y0 + primary.dy * primary.height
            warped, error = call_quietly(
                gdal.Warp,
                path,
                raster.ds,
                options=gdal.WarpOptions(
                    format="VRT",
                    dstSRS=primary.srs.ExportToWkt(),
                    outputBounds=(min(primary.x0, x1), min(primary.y0, y1), max(primary.x0, x1),
                                  max(primary.y0, y1)),
                    xRes=abs(primary.dx),
                    yRes=abs(primary.dy),
                    resampleAlg="near",
                    dstAlpha=raster.nodata is None,
                ),
            )
            if warped is None:
                raise RasterError(_with_reason(f"cannot reproject {raster.name} onto {primary.name}", error))
            warped = None
            self._warped = Raster(path)
            self._warped._vsimem = path
            self._warped.name = raster.name

    def read(self, row0: int, col0: int, nrows: int, ncols: int) -> tuple[np.ndarray, np.ndarray]:
        if self.mode == "same":
            return self.raster.read(row0, col0, nrows, ncols)
        if self._warped is not None:
            return self._warped.read(row0, col0, nrows, ncols)
        rows, cols, (rlo, clo, h, w) = self._lookup(row0, col0, nrows, ncols)
        values, valid = self.raster.read(rlo, clo, h, w)
        ix = np.ix_(rows, cols)
        return values[ix], valid[ix]

    def _lookup(self, row0: int, col0: int, nrows: int, ncols: int):
        """``(rows, cols, (row0, col0, nrows, ncols))``: the window of this raster that holds the centres
        of the primary window's cells, and each primary row's/column's index into it."""
        p, r = self.primary, self.raster
        ys = p.y0 + (row0 + np.arange(nrows) + 0.5) * p.dy
        xs = p.x0 + (col0 + np.arange(ncols) + 0.5) * p.dx
        rr = np.floor((ys - r.y0) / r.dy).astype(np.int64)
        cc = np.floor((xs - r.x0) / r.dx).astype(np.int64)
        rlo, clo = int(rr.min()), int(cc.min())
        return rr - rlo, cc - clo, (rlo, clo, int(rr.max()) - rlo + 1, int(cc.max()) - clo + 1)

    def read_block(self, row0: int, col0: int, nrows: int, ncols: int, tiles: Optional[TileCache] = None):
        """``(values, valid, rows, cols)``: the value at primary cell ``(row0 + i, col0 + j)`` is
        ``values[rows[i], cols[j]]`` (``rows``/``cols`` None: the identity); ``valid`` as in
        :meth:`Raster.read_block`."""
        if self.mode == "same":
            return self.raster.read_block(row0, col0, nrows, ncols, tiles)
        if self._warped is not None:
            return self._warped.read_block(row0, col0, nrows, ncols, tiles)
        rows, cols, (rlo, clo, h, w) = self._lookup(row0, col0, nrows, ncols)
        values, valid, _, _ = self.raster.read_block(rlo, clo, h, w, tiles)
        return values, valid, rows, cols

    def valid_values(self, values: np.ndarray) -> np.ndarray:
        return (self._warped if self._warped is not None else self.raster).valid_values(values)

    def close(self) -> None:
        if self._warped is not None:
            self._warped.close()


def read_windows_per_plot(reader: Any, windows: Windows, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray]:
    """Like :func:`read_windows` with one read per plot (the reference the block reads are tested against)."""
    values = np.zeros(windows.size, dtype=dtype)
    valid = np.zeros(windows.size, dtype=bool)
    nrows, ncols, row0, col0, base = (windows.nrows.tolist(), windows.ncols.tolist(), windows.row0.tolist(),
                                      windows.col0.tolist(), windows.base.tolist())
    for p in range(len(base)):
        h, w = nrows[p], ncols[p]
        if h == 0:
            continue
        vals, ok = reader.read(row0[p], col0[p], h, w)
        b = base[p]
        values[b : b + h * (w + 1)].reshape(h, w + 1)[:, :w] = vals
        valid[b : b + h * (w + 1)].reshape(h, w + 1)[:, :w] = ok
    return values, valid


@dataclass
class Blocks:
    """Consecutive runs of plots read together: block ``k`` holds plots ``start[k]:stop[k]`` and is the
    primary-grid window ``(row0, col0, nrows, ncols)`` (``ncols`` counts one spare column, so every
    cell of the flat layout, spare ones included, falls inside its block)."""

    start: np.ndarray
    stop: np.ndarray
    row0: np.ndarray
    col0: np.ndarray
    nrows: np.ndarray
    ncols: np.ndarray

    def __len__(self) -> int:
        return len(self.start)


def plan_blocks(windows: Windows, max_cells: int = DEFAULT_BLOCK_CELLS,
                tile: tuple[int, int] = (512, 512)) -> Blocks:
    """Group consecutive plots (take them in spatial order) into blocks read at once.

    A plot joins the current block while the block's bounding window stays within ``max_cells`` and
    touches no storage tile (``tile`` = rows, columns; GDAL's block size) that none of its plots
    touches, so a block read decompresses nothing a plot-by-plot read would not.

    A block's tiles are therefore always the whole rectangle of tiles its window covers (true of one
    plot, and a plot joins only when the union is again a full rectangle): the tiles the block and a
    plot touch together are counted from the two rectangles and their overlap, without sets."""
    th, tw = max(1, int(tile[0])), max(1, int(tile[1]))
    r0a = windows.row0
    c0a = windows.col0
    r1a = windows.row0 + windows.nrows
    c1a = windows.col0 + windows.ncols + 1  # the spare column
    tr0a, tc0a = r0a // th, c0a // tw
    tr1a, tc1a = (r1a - 1) // th, (c1a - 1) // tw
    starts: list[int] = []
    stops: list[int] = []
    brow0: list[int] = []
    bcol0: list[int] = []
    bnrows: list[int] = []
    bncols: list[int] = []
    n = len(windows.base)
    nonempty = (windows.nrows > 0).tolist()
    r0l, c0l, r1l, c1l = r0a.tolist(), c0a.tolist(), r1a.tolist(), c1a.tolist()
    tr0l, tc0l, tr1l, tc1l = tr0a.tolist(), tc0a.tolist(), tr1a.tolist(), tc1a.tolist()
    # the current block: its first plot, cell window [r0, r1) × [c0, c1), tiles [t0, t1] × [s0, s1]
    start = -1
    r0 = c0 = r1 = c1 = t0 = s0 = t1 = s1 = 0
    for p in range(n):
        if not nonempty[p]:
            continue
        pr0, pc0, pr1, pc1 = r0l[p], c0l[p], r1l[p], c1l[p]
        a0, b0, a1, b1 = tr0l[p], tc0l[p], tr1l[p], tc1l[p]
        if start >= 0:
            # (comparisons written out: min() and max() calls cost more than the rest of the step)
            nr0 = r0 if r0 < pr0 else pr0
            nc0 = c0 if c0 < pc0 else pc0
            nr1 = r1 if r1 > pr1 else pr1
            nc1 = c1 if c1 > pc1 else pc1
            if (nr1 - nr0) * (nc1 - nc0) <= max_cells:
                if a0 >= t0 and a1 <= t1 and b0 >= s0 and b1 <= s1:  # within the block's tiles
                    r0, c0, r1, c1 = nr0, nc0, nr1, nc1
                    continue
                u0 = t0 if t0 < a0 else a0
                v0 = s0 if s0 < b0 else b0
                u1 = t1 if t1 > a1 else a1
                v1 = s1 if s1 > b1 else b1
                rows_both = (t1 if t1 < a1 else a1) - (t0 if t0 > a0 else a0) + 1
                cols_both = (s1 if s1 < b1 else b1) - (s0 if s0 > b0 else b0) + 1
                both = rows_both * cols_both if rows_both > 0 and cols_both > 0 else 0
                touched = (t1 - t0 + 1) * (s1 - s0 + 1) + (a1 - a0 + 1) * (b1 - b0 + 1) - both
                if (u1 - u0 + 1) * (v1 - v0 + 1) <= touched:
                    r0, c0, r1, c1, t0, s0, t1, s1 = nr0, nc0, nr1, nc1, u0, v0, u1, v1
                    continue
            starts.append(start)
            stops.append(p)
            brow0.append(r0)
            bcol0.append(c0)
            bnrows.append(r1 - r0)
            bncols.append(c1 - c0)
        start, r0, c0, r1, c1, t0, s0, t1, s1 = p, pr0, pc0, pr1, pc1, a0, b0, a1, b1
    if start >= 0:
        starts.append(start)
        stops.append(n)
        brow0.append(r0)
        bcol0.append(c0)
        bnrows.append(r1 - r0)
        bncols.append(c1 - c0)
    as_int = lambda x: np.asarray(x, dtype=np.int64)  # noqa: E731
    if starts:  # empty windows between blocks belong to the block after them (they have no cells)
        starts[0] = 0
    return Blocks(as_int(starts), as_int(stops), as_int(brow0), as_int(bcol0), as_int(bnrows), as_int(bncols))


def read_windows(reader: Any, windows: Windows, dtype: np.dtype, blocks: Optional[Blocks] = None,
                 max_cells: int = DEFAULT_BLOCK_CELLS,
                 tiles: Optional[TileCache] = None) -> tuple[np.ndarray, np.ndarray]:
    """Values and validity of every plot's window, in the flat layout of :class:`Windows` (the spare
    column invalid, value 0; the value of another invalid cell is 0 or the nodata value).

    ``reader`` is a :class:`Raster` or an :class:`AlignedReader`. Plots are read block by block
    (:func:`plan_blocks`; pass ``blocks`` to share one plan between rasters): one GDAL read per block,
    then one vectorised gather puts every cell of every window in place (for a coarser raster, the row
    and column lookups of the primary cells' centres are gathered the same way). ``tiles``: decoded
    tiles kept across calls (:class:`~.tiles.TileCache`), else GDAL reads (and caches) them."""
    values = np.zeros(windows.size, dtype=dtype)
    valid = np.zeros(windows.size, dtype=bool)
    if windows.size == 0:
        return values, valid
    if blocks is None:
        blocks = plan_blocks(windows, max_cells, _tile_shape(reader))
    if len(blocks) == 0:
        return values, valid
    # One entry per window row (every plot's rows, in buffer order).
    nrows = windows.nrows
    plot_of_row = np.repeat(np.arange(len(nrows), dtype=np.int64), nrows)
    row_start_of_plot = np.cumsum(nrows) - nrows
    i = np.arange(len(plot_of_row), dtype=np.int64) - row_start_of_plot[plot_of_row]
    rowlen = windows.ncols[plot_of_row] + 1
    row_pos = windows.base[plot_of_row] + i * rowlen  # flat position of each row's first cell
    block_of_plot = np.repeat(np.arange(len(blocks), dtype=np.int64), blocks.stop - blocks.start)
    g = block_of_plot[plot_of_row]
    local_row = windows.row0[plot_of_row] + i - blocks.row0[g]
    local_col = windows.col0[plot_of_row] - blocks.col0[g]  # of each row's first cell

    parts = [reader.read_block(int(blocks.row0[k]), int(blocks.col0[k]), int(blocks.nrows[k]),
                               int(blocks.ncols[k]), tiles) for k in range(len(blocks))]
    identity = all(part[2] is None for part in parts)
    if identity:
        # Same grid: block index = local row × block width + local column.
        width = blocks.ncols[g]
        idx = np.take(local_row * width + local_col - row_pos, windows.row_of_cells())
        idx += _positions(windows.size)
    else:
        # Coarser grid: rows and columns map to the source block through per-block lookups.
        row_maps, col_maps = [], []
        for k, (vals, _, rmap, cmap) in enumerate(parts):
            h, w = int(blocks.nrows[k]), int(blocks.ncols[k])
            rmap = np.arange(h, dtype=np.int64) if rmap is None else rmap
            cmap = np.arange(w, dtype=np.int64) if cmap is None else cmap
            row_maps.append(rmap * vals.shape[1])
            col_maps.append(cmap)
        roff = np.cumsum(blocks.nrows) - blocks.nrows
        coff = np.cumsum(blocks.ncols) - blocks.ncols
        row_term = np.concatenate(row_maps)[roff[g] + local_row]
        col_map = np.concatenate(col_maps)
        row_of_cell = windows.row_of_cells()
        idx = np.take(coff[g] + local_col - row_pos, row_of_cell)
        idx += _positions(windows.size)
        idx = np.take(col_map, idx)
        idx += np.take(row_term, row_of_cell)
    lo = windows.base[blocks.start]
    hi = np.r_[lo[1:], windows.size]
    for k, (vals, ok, _, _) in enumerate(parts):
        a, b = int(lo[k]), int(hi[k])
        if a == b:
            continue
        sel = idx[a:b]
        np.take(vals.ravel(), sel, out=values[a:b])
        if ok is None:
            valid[a:b] = reader.valid_values(values[a:b])
        else:
            np.take(ok.ravel(), sel, out=valid[a:b])
    spare = row_pos + rowlen - 1
    values[spare] = 0
    valid[spare] = False
    return values, valid


def _tile_shape(reader: Any) -> tuple[int, int]:
    raster = reader.primary if isinstance(reader, AlignedReader) else reader
    bw, bh = raster.band.GetBlockSize()
    return int(bh), int(bw)


def cell_area_flat(raster: Raster, windows: Windows) -> np.ndarray:
    """Exact cell areas (m²) of every plot's window in the flat layout of :class:`Windows`."""
    if raster.is_lonlat:
        total_rows = int(windows.nrows.sum())
        starts = np.cumsum(windows.nrows) - windows.nrows
        rows = np.repeat(windows.row0 - starts, windows.nrows) + np.arange(total_rows)
        per_row = raster.row_areas(rows.astype(float))
        return np.take(per_row, windows.row_of_cells())
    areas = np.zeros(windows.size)
    for p in range(len(windows.base)):
        h, w = int(windows.nrows[p]), int(windows.ncols[p])
        if h:
            windows.view(areas, p)[:, :] = raster.cell_areas(int(windows.row0[p]), int(windows.col0[p]), h, w)
    return areas


def open_optional(source: Any) -> Optional[Raster]:
    return None if source is None else Raster(source)


def names(rasters: Sequence[Optional[Raster]]) -> list[str]:
    return [r.name if r is not None else "none" for r in rasters]
