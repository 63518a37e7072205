"""Raster sources for the bundled engine: one GDAL raster, a folder or list of tiles, a VRT, or a remote
cloud-optimised GeoTIFF (``http(s)://`` or ``/vsicurl/``), read window by window, never whole.

A :class:`Raster` knows its grid (north-up geotransform), which cells are valid (nodata value, mask or
alpha band, and cells outside its extent are invalid) and the exact ellipsoidal area of its cells.
:class:`AlignedReader` reads another raster onto a primary raster's grid (same grid: plain windows;
same CRS: nearest-neighbour row/column lookup; other CRS: a warped VRT, nearest neighbour).
"""

from __future__ import annotations

import glob
import math
import os
import uuid
from typing import Any, Optional, Sequence

import numpy as np
from osgeo import gdal, gdal_array, osr

from .. import geodesy
from .coverage import Windows

RASTER_EXTENSIONS = (".tif", ".tiff", ".vrt", ".img", ".jp2", ".nc", ".hdf", ".asc", ".bil", ".kea")


class RasterError(Exception):
    """A raster could not be opened or read."""


def _gdal_error(default: str) -> str:
    message = gdal.GetLastErrorMsg()
    return f"{default}: {message}" if message else default


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
        if tiles is not None:
            self.name = os.path.basename(os.path.normpath(path)) if isinstance(path, str) else (
                f"{os.path.basename(tiles[0])} (+{len(tiles) - 1} tiles)")
            self._vsimem = f"/vsimem/vantage_{uuid.uuid4().hex}.vrt"
            first = gdal.Open(tiles[0])
            if first is None:
                raise RasterError(_gdal_error(f"cannot open raster tile {tiles[0]}"))
            has_nodata = first.GetRasterBand(band).GetNoDataValue() is not None
            first = None
            vrt = gdal.BuildVRT(self._vsimem, tiles, options=gdal.BuildVRTOptions(addAlpha=not has_nodata))
            if vrt is None:
                raise RasterError(_gdal_error(f"cannot mosaic the tiles of {path}"))
            vrt.FlushCache()
            self.path = self._vsimem
            self.ds = vrt
        else:
            self.path = gdal_path(path)
            self.name = os.path.basename(path.rstrip("/")) or path
            self.ds = gdal.Open(self.path)
            if self.ds is None:
                raise RasterError(_gdal_error(f"cannot open raster {path}"))
        self.band = self.ds.GetRasterBand(band)
        if self.band is None:
            raise RasterError(f"raster {path} has no band {band}")
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
        if not self.is_lonlat:
            wgs84 = osr.SpatialReference()
            wgs84.ImportFromEPSG(4326)
            wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            self._to_raster = osr.CoordinateTransformation(wgs84, self.srs)
            self._to_lonlat = osr.CoordinateTransformation(self.srs, wgs84)

    # --- geometry ---------------------------------------------------------------------------
    def same_grid(self, other: "Raster") -> bool:
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
        out = np.asarray(self._to_raster.TransformPoints(pts), dtype=float)
        return out[:, 0], out[:, 1]

    def world_to_lonlat(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._to_lonlat is None:
            return np.asarray(x, float), np.asarray(y, float)
        pts = np.column_stack([np.ravel(x), np.ravel(y), np.zeros(np.size(x))])
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
        part = self.band.ReadAsArray(c0, r0, c1 - c0, r1 - r0)
        if part is None:
            raise RasterError(_gdal_error(f"cannot read {self.name} at row {r0}, column {c0}"))
        sub = (slice(r0 - row0, r1 - row0), slice(c0 - col0, c1 - col0))
        values[sub] = part
        valid[sub] = self._valid(part, c0, r0)
        return values, valid

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

    def close(self) -> None:
        self.band = None
        self.ds = None
        if self._vsimem:
            gdal.Unlink(self._vsimem)
            self._vsimem = None

    def __repr__(self) -> str:
        return f"Raster({self.name!r}, {self.width}x{self.height})"


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
            warped = gdal.Warp(
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
                raise RasterError(_gdal_error(f"cannot reproject {raster.name} onto {primary.name}"))
            warped = None
            self._warped = Raster(path)
            self._warped._vsimem = path
            self._warped.name = raster.name

    def read(self, row0: int, col0: int, nrows: int, ncols: int) -> tuple[np.ndarray, np.ndarray]:
        if self.mode == "same":
            return self.raster.read(row0, col0, nrows, ncols)
        if self.mode == "warp":
            return self._warped.read(row0, col0, nrows, ncols)
        p, r = self.primary, self.raster
        ys = p.y0 + (row0 + np.arange(nrows) + 0.5) * p.dy
        xs = p.x0 + (col0 + np.arange(ncols) + 0.5) * p.dx
        rr = np.floor((ys - r.y0) / r.dy).astype(np.int64)
        cc = np.floor((xs - r.x0) / r.dx).astype(np.int64)
        rlo, rhi = int(rr.min()), int(rr.max())
        clo, chi = int(cc.min()), int(cc.max())
        values, valid = r.read(rlo, clo, rhi - rlo + 1, chi - clo + 1)
        ix = np.ix_(rr - rlo, cc - clo)
        return values[ix], valid[ix]

    def close(self) -> None:
        if self._warped is not None:
            self._warped.close()


def read_windows(reader: Any, windows: Windows, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray]:
    """Values and validity of every plot's window, in the flat layout of :class:`Windows` (the spare
    column invalid). One GDAL read per plot, plots taken in the order given (sort them spatially so
    GDAL's block cache serves neighbours)."""
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


def cell_area_flat(raster: Raster, windows: Windows) -> np.ndarray:
    """Exact cell areas (m²) of every plot's window in the flat layout of :class:`Windows`."""
    if raster.is_lonlat:
        total_rows = int(windows.nrows.sum())
        starts = np.cumsum(windows.nrows) - windows.nrows
        rows = np.repeat(windows.row0 - starts, windows.nrows) + np.arange(total_rows)
        per_row = raster.row_areas(rows.astype(float))
        return np.repeat(per_row, np.repeat(windows.ncols + 1, windows.nrows))
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
