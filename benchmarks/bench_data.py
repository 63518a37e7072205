"""Generated benchmark data in the shape of the real data (shared by the benchmark scripts).

Rasters: textured (several scales plus per-pixel noise, so DEFLATE cannot squeeze them like flat
blobs), tiled 512×512, DEFLATE-compressed GeoTIFFs. Three settings:

- ``hansen30``: Hansen-like pair on one 30 m grid (0.00025°): ``treecover2000`` (0–100 %) and
  ``lossyear`` (0 none, 1–23 = 2001–2023; the file name says GFC-2023 so the engine knows the last year).
- ``jrc10``: a JRC GFC2020-like 0/1 forest mask at 10 m (0.0001°) with the 30 m loss raster.
- ``tile10``: the ``jrc10`` pair over a whole 10°×10° tile (100,000² and 40,000² pixels). The file is
  sparse: only the 512-px blocks around the plot clusters are written (the rest read as 0); the plots
  lie in those clusters, so every block any contender reads is a real, textured one.

Plots: area log-uniform in 0.5–50 ha, 10–200 vertices (star-shaped, rough outline), 20 % points (their
area, under 4 ha, in ``point_ha``), a harvest date in 2021–2023 (inside the loss data's years), commodity cocoa,
80 % in clusters and 20 % scattered. Each set is written twice: as given (points and polygons, for the
plugin) and as polygons only (points as the plugin's discs of ``point_ha``, for tools without points).
Protected areas: WDPA-like polygons of 2,000–20,000 vertices around the plot clusters.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

BLOCK = 512
GTIFF_OPTIONS = ["TILED=YES", f"BLOCKXSIZE={BLOCK}", f"BLOCKYSIZE={BLOCK}", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
LOSS_RES = 0.00025  # 30 m (Hansen)
FIRST_HARVEST = dt.date(2021, 1, 1)
LAST_HARVEST = dt.date(2023, 12, 31)  # the loss data covers 2001–2023


@dataclass(frozen=True)
class Setting:
    name: str
    lon0: float
    lat0: float
    size: float  # side in degrees
    forest_res: float
    forest_kind: str  # "treecover" (percent) or "mask" (JRC 0/1)
    sparse: bool = False
    clusters: int = 40
    cluster_half: float = 0.0  # half side (°) of the square a sparse tile's cluster occupies
    label: str = ""  # "_full" for the --full variants (their own folder)

    @property
    def folder(self) -> str:
        return self.name + self.label

    @property
    def jrc(self) -> bool:
        return self.forest_kind == "mask"

    def describe(self) -> str:
        forest = "30 m tree cover %" if self.forest_res == LOSS_RES else "10 m JRC-like mask"
        extra = f", sparse: {self.clusters} clusters of {2 * self.cluster_half:g}°" if self.sparse else ""
        return f"{self.name}: {forest} + 30 m loss year over {self.size:g}°×{self.size:g}°{extra}"


def settings(full: bool = False) -> dict[str, Setting]:
    """The three settings (and ``million30`` for 1,000,000 plots); ``full`` makes the first two 2°×2° and
    the tile's clusters larger (the quick default is smaller)."""
    side30, side10 = (2.0, 2.0) if full else (1.0, 0.5)
    label = "_full" if full else ""
    return {
        "hansen30": Setting("hansen30", -55.0, -5.0, side30, LOSS_RES, "treecover", label=label),
        "jrc10": Setting("jrc10", -55.0, -5.0, side10, 0.0001, "mask", label=label),
        "tile10": Setting("tile10", 100.0, -10.0, 10.0, 0.0001, "mask", sparse=True,
                          clusters=16 if full else 9, cluster_half=0.15 if full else 0.1, label=label),
        # 1,000,000 plots (~10 million ha) need room: a 30 m pair over a 10° tile, written in 100 squares
        # of 0.5° (25 square degrees, ~3 × the plots' total area).
        "million30": Setting("million30", -60.0, -10.0, 10.0, LOSS_RES, "treecover", sparse=True,
                             clusters=100, cluster_half=0.25),
    }


# --- rasters ------------------------------------------------------------------------------------
def _texture(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A field in [0, 1): blobs at 64 px and 8 px plus per-pixel noise."""
    def up(k: int) -> np.ndarray:
        coarse = rng.random((h // k + 2, w // k + 2), dtype=np.float32)
        return np.repeat(np.repeat(coarse, k, axis=0), k, axis=1)[:h, :w]

    return 0.55 * up(64) + 0.3 * up(8) + 0.15 * rng.random((h, w), dtype=np.float32)


def _block(kind: str, seed: int, bx: int, by: int, h: int, w: int) -> np.ndarray:
    rng = np.random.default_rng([seed, bx, by])
    field = _texture(rng, h, w)
    if kind == "treecover":
        return np.clip((field - 0.25) * 190, 0, 100).astype(np.uint8)
    if kind == "mask":
        return (field > 0.42).astype(np.uint8)
    lost = _texture(rng, h, w) > 0.78  # ~7 % of pixels lost, in patches
    years = np.repeat(np.repeat(rng.integers(1, 24, (h // 8 + 2, w // 8 + 2), dtype=np.uint8), 8, 0), 8, 1)
    return np.where(lost, years[:h, :w], 0).astype(np.uint8)


def _cluster_centres(s: Setting, seed: int = 11) -> np.ndarray:
    rng = np.random.default_rng(seed)
    margin = max(s.cluster_half, 0.03) + 0.01
    return np.column_stack([s.lon0 + rng.uniform(margin, s.size - margin, s.clusters),
                            s.lat0 + rng.uniform(margin, s.size - margin, s.clusters)])


def write_raster(path: Path, s: Setting, res: float, kind: str, seed: int) -> str:
    """A tiled DEFLATE GeoTIFF (the whole area, or for a sparse setting only the cluster blocks)."""
    from osgeo import gdal, osr

    if path.exists():
        return str(path)
    n = int(round(s.size / res))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tmp = str(path) + ".part"
    options = GTIFF_OPTIONS + (["SPARSE_OK=TRUE"] if s.sparse else [])
    ds = gdal.GetDriverByName("GTiff").Create(tmp, n, n, 1, gdal.GDT_Byte, options=options)
    ds.SetGeoTransform((s.lon0, res, 0, s.lat0 + s.size, 0, -res))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(255)
    nb = -(-n // BLOCK)
    if s.sparse:
        blocks = set()
        for cx, cy in _cluster_centres(s):
            c0 = int((cx - s.cluster_half - 0.01 - s.lon0) / res) // BLOCK
            c1 = int((cx + s.cluster_half + 0.01 - s.lon0) / res) // BLOCK
            r0 = int((s.lat0 + s.size - (cy + s.cluster_half + 0.01)) / res) // BLOCK
            r1 = int((s.lat0 + s.size - (cy - s.cluster_half - 0.01)) / res) // BLOCK
            blocks.update((bx, by) for bx in range(max(c0, 0), min(c1, nb - 1) + 1)
                          for by in range(max(r0, 0), min(r1, nb - 1) + 1))
        order = sorted(blocks, key=lambda b: (b[1], b[0]))
    else:
        order = [(bx, by) for by in range(nb) for bx in range(nb)]
    for bx, by in order:
        w, h = min(BLOCK, n - bx * BLOCK), min(BLOCK, n - by * BLOCK)
        band.WriteArray(_block(kind, seed, bx, by, h, w), bx * BLOCK, by * BLOCK)
    ds = None
    os.replace(tmp, path)
    return str(path)


def rasters(out: Path, s: Setting) -> tuple[str, str]:
    """(forest, loss) paths of a setting, made when missing."""
    out.mkdir(parents=True, exist_ok=True)
    if s.jrc:
        forest = out / f"JRC_GFC2020_bench_{s.name}.tif"
    else:
        forest = out / f"Hansen_GFC-2023-v1.11_treecover2000_bench_{s.name}.tif"
    loss = out / f"Hansen_GFC-2023-v1.11_lossyear_bench_{s.name}.tif"
    return (write_raster(forest, s, s.forest_res, s.forest_kind, 1),
            write_raster(loss, s, LOSS_RES, "loss", 2))


def compression_ratio(path: str) -> float:
    """Uncompressed bytes of the written blocks over the file's size."""
    from osgeo import gdal

    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    nbx = -(-ds.RasterXSize // BLOCK)
    nby = -(-ds.RasterYSize // BLOCK)
    written = 0
    for by in range(nby):
        for bx in range(nbx):
            if int(band.GetMetadataItem(f"BLOCK_SIZE_{bx}_{by}", "TIFF") or 0) > 0:
                written += BLOCK * BLOCK
    return written / max(os.path.getsize(path), 1)


# --- plots --------------------------------------------------------------------------------------
def _discs(lon: np.ndarray, lat: np.ndarray, ha: np.ndarray) -> np.ndarray:
    """The plugin's discs for points (its own function, so every contender analyses the same shape)."""
    from vantage_plugin.core.engine.bundled import point_discs

    return point_discs(lon, lat, ha)


def _polygons(rng: np.random.Generator, lon: np.ndarray, lat: np.ndarray, ha: np.ndarray) -> np.ndarray:
    """Star-shaped polygons of about ``ha`` hectares with 10–200 vertices and a rough outline."""
    import shapely

    n = len(lon)
    nv = rng.integers(10, 201, n)
    total = int(nv.sum())
    owner = np.repeat(np.arange(n), nv)
    # angles: sorted per polygon (uniform gaps, jittered)
    gaps = rng.uniform(0.5, 1.5, total)
    cum = np.cumsum(gaps)
    starts = np.cumsum(nv) - nv
    ends = cum[starts + nv - 1]
    before = np.where(starts > 0, cum[starts - 1], 0.0)
    angle = 2 * math.pi * (cum - np.repeat(before, nv)) / np.repeat(ends - before, nv)
    angle += np.repeat(rng.uniform(0, 2 * math.pi, n), nv)
    lobes = np.repeat(rng.integers(2, 6, n), nv)
    phase = np.repeat(rng.uniform(0, 2 * math.pi, n), nv)
    radius = 1 + 0.25 * np.sin(lobes * angle + phase) + rng.uniform(-0.08, 0.08, total)
    r_m = np.sqrt(ha * 1e4 / math.pi) / math.sqrt(1 + 0.25 ** 2 / 2)  # mean of r² over the lobes
    dlat = r_m / 111_320.0
    dlon = dlat / np.cos(np.radians(lat))
    x = np.repeat(lon, nv) + np.repeat(dlon, nv) * radius * np.cos(angle)
    y = np.repeat(lat, nv) + np.repeat(dlat, nv) * radius * np.sin(angle)
    # close each ring: append its first vertex
    close = starts
    xs = np.insert(x, starts + nv, x[close])
    ys = np.insert(y, starts + nv, y[close])
    ring_of = np.insert(owner, starts + nv, np.arange(n))
    rings = shapely.linearrings(np.column_stack([xs, ys]), indices=ring_of)
    return shapely.polygons(rings)


def plot_chunk(s: Setting, n: int, start: int, count: int, seed: int = 3) -> dict:
    """Plots ``start .. start + count`` of a set of ``n`` (deterministic per chunk)."""
    import shapely

    rng = np.random.default_rng([seed, n, start])
    ha = np.exp(rng.uniform(math.log(0.5), math.log(50.0), count))
    centres = _cluster_centres(s)
    clustered = rng.random(count) < 0.8
    pick = rng.integers(0, len(centres), count)
    if s.sparse:
        spread = rng.uniform(-s.cluster_half, s.cluster_half, (count, 2))
        lon = centres[pick, 0] + spread[:, 0]
        lat = centres[pick, 1] + spread[:, 1]
        # "scattered" plots go to another cluster's square (the tile is only written there)
        pick2 = rng.integers(0, len(centres), count)
        lon = np.where(clustered, lon, centres[pick2, 0] + rng.uniform(-s.cluster_half, s.cluster_half, count))
        lat = np.where(clustered, lat, centres[pick2, 1] + rng.uniform(-s.cluster_half, s.cluster_half, count))
    else:
        sigma = 0.03 * s.size
        lon = np.where(clustered, centres[pick, 0] + rng.normal(0, sigma, count),
                       s.lon0 + rng.uniform(0, s.size, count))
        lat = np.where(clustered, centres[pick, 1] + rng.normal(0, sigma, count),
                       s.lat0 + rng.uniform(0, s.size, count))
    margin = 0.01
    lon = np.clip(lon, s.lon0 + margin, s.lon0 + s.size - margin)
    lat = np.clip(lat, s.lat0 + margin, s.lat0 + s.size - margin)
    # 20 % points, all under 4 ha (the EU Information System takes a point only for a plot under 4 ha):
    # P(ha < 4) = ln 8 / ln 100 for log-uniform areas in 0.5–50 ha.
    is_point = (ha < 4.0) & (rng.random(count) < 0.2 * math.log(100) / math.log(8))
    polys = _polygons(rng, lon, lat, ha)
    given = np.where(is_point, shapely.points(lon, lat), polys)
    as_polygons = polys.copy()
    if is_point.any():
        as_polygons[is_point] = _discs(lon[is_point], lat[is_point], ha[is_point])
    days = (LAST_HARVEST - FIRST_HARVEST).days
    harvest = [(FIRST_HARVEST + dt.timedelta(days=int(d))).isoformat() for d in rng.integers(0, days + 1, count)]
    return {"ids": np.arange(start, start + count), "given": given, "polygons": as_polygons,
            "is_point": is_point, "ha": ha, "harvest": harvest}


def plots(out: Path, s: Setting, n: int, chunk: int = 100_000) -> dict[str, str]:
    """``{"given": gpkg, "polygons": gpkg}`` with ``n`` plots (layer ``plots``), made when missing."""
    paths = {"given": out / f"plots_{s.name}_{n}.gpkg", "polygons": out / f"plots_{s.name}_{n}_polygons.gpkg"}
    if all(p.exists() for p in paths.values()):
        return {k: str(v) for k, v in paths.items()}
    import shapely
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    driver = ogr.GetDriverByName("GPKG")
    files = {}
    for key, path in paths.items():
        tmp = str(path) + ".part.gpkg"
        if os.path.exists(tmp):
            os.remove(tmp)
        ds = driver.CreateDataSource(tmp)
        layer = ds.CreateLayer("plots", srs, ogr.wkbUnknown if key == "given" else ogr.wkbPolygon,
                               options=["SPATIAL_INDEX=YES"])
        fields = [("plot_id", ogr.OFTInteger), ("commodity", ogr.OFTString), ("harvest_date", ogr.OFTString)]
        if key == "given":  # the discs of the other file already have their area
            fields.append(("point_ha", ogr.OFTReal))
        for name, kind in fields:
            layer.CreateField(ogr.FieldDefn(name, kind))
        files[key] = (ds, layer, tmp)
    for start in range(0, n, chunk):
        part = plot_chunk(s, n, start, min(chunk, n - start))
        for key, (_ds, layer, _) in files.items():
            defn = layer.GetLayerDefn()
            wkbs = shapely.to_wkb(part[key])
            layer.StartTransaction()
            for k in range(len(wkbs)):
                f = ogr.Feature(defn)
                f.SetField(0, int(part["ids"][k]))
                f.SetField(1, "cocoa")
                f.SetField(2, part["harvest"][k])
                if key == "given" and part["is_point"][k]:
                    f.SetField(3, float(part["ha"][k]))
                f.SetGeometry(ogr.CreateGeometryFromWkb(wkbs[k]))
                layer.CreateFeature(f)
            layer.CommitTransaction()
    temps = {key: tmp for key, (_, _, tmp) in files.items()}
    # every reference dropped, so GDAL closes each dataset (writing its extent and feature-count triggers)
    # before it is renamed: SQLite makes a connection to a moved file read-only, and GDAL's writes at
    # close then failed ("attempt to write a readonly database"), leaving the file without them
    files.clear()
    ds = _ds = layer = defn = f = None
    for key, tmp in temps.items():
        os.replace(tmp, paths[key])
    return {k: str(v) for k, v in paths.items()}


def protected_areas(out: Path, s: Setting, count: int = 30, vertices: tuple[int, int] = (2000, 20000),
                    seed: int = 2) -> str:
    """WDPA-like protected areas around the plot clusters (so plots overlap some of them)."""
    path = out / f"protected_areas_{s.name}.gpkg"
    if path.exists():
        return str(path)
    import shapely
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    centres = _cluster_centres(s)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tmp = str(path) + ".part.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
    layer = ds.CreateLayer("wdpa", srs, ogr.wkbMultiPolygon)
    for name, t in (("WDPAID", ogr.OFTInteger), ("NAME", ogr.OFTString), ("IUCN_CAT", ogr.OFTString),
                    ("DESIG_ENG", ogr.OFTString), ("STATUS", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, t))
    layer.StartTransaction()
    spread = s.cluster_half if s.sparse else 0.05 * s.size
    for k in range(count):
        cx, cy = centres[k % len(centres)] + rng.uniform(-spread, spread, 2)
        r = rng.uniform(0.01, 0.05) * (0.5 if s.sparse else max(s.size, 0.5))
        nv = int(rng.integers(vertices[0], vertices[1] + 1))
        ang = np.linspace(0, 2 * math.pi, nv, endpoint=False)
        rough = sum(rng.standard_normal(nv // m + 2).repeat(m)[:nv] * (m / nv) ** 0.5 for m in (1, 8, 64))
        rad = r * (1 + 0.3 * np.sin(5 * ang + rng.uniform(0, 6)) + 0.02 * rough)
        ring = np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])
        poly = shapely.buffer(shapely.make_valid(shapely.Polygon(ring)), 0)
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("WDPAID", 1000 + k)
        feat.SetField("NAME", f"Synthetic area {k}")
        feat.SetField("IUCN_CAT", ["Ia", "II", "IV", "VI"][k % 4])
        feat.SetField("DESIG_ENG", "National Park")
        feat.SetField("STATUS", "Designated")
        feat.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(poly))))
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None
    os.replace(tmp, path)
    return str(path)


def describe_plots(path: str) -> str:
    """A one-line description of a plot file (counts, vertices, areas)."""
    import shapely
    from osgeo import ogr

    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    geoms, points = [], 0
    for f in layer:
        g = f.GetGeometryRef()
        if g.GetGeometryType() in (ogr.wkbPoint, ogr.wkbPoint25D):
            points += 1
        else:
            geoms.append(shapely.from_wkb(bytes(g.ExportToWkb())))
    nv = shapely.get_num_coordinates(np.array(geoms)) - 1 if geoms else np.array([0])
    return (f"{layer.GetFeatureCount()} plots, {points} points, polygons with {int(nv.min())}–{int(nv.max())} "
            f"vertices (median {int(np.median(nv))})")


def default_out() -> Path:
    return Path(__file__).resolve().parent / "out"


def ensure(out: Optional[Path], s: Setting, sizes: list[int]) -> dict:
    """Every file of a setting for the given plot counts."""
    base = (out or default_out()) / s.folder
    base.mkdir(parents=True, exist_ok=True)
    forest, loss = rasters(base, s)
    pa = protected_areas(base, s)
    return {"forest": forest, "loss": loss, "pa": pa, "plots": {n: plots(base, s, n) for n in sizes}}
