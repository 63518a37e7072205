"""Accuracy against numbers other people published, on ../shared/eval-data (never copied into the project).

Prints, for each reference, what was compared and how far we are from it:
1. GFW's pixel-area raster (Riau, m² per 0.00025° pixel) vs our exact ellipsoidal cell areas.
2. Whisp's Earth Engine output for 31 real plots: plot area (ha) and country (ISO3) vs ours.
3. mapme.biodiversity's published tree-cover area 2000 for its gfw_sample polygon on the Hansen crop
   (min_cover 10 %, min_size 1 ha patches) vs our forest area with the same threshold (we do not drop
   patches under 1 ha; mapme uses exactextractr's coverage fractions, so the two should agree closely).

Run: .venv/bin/python benchmarks/accuracy.py   (skips any reference whose files are missing)
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
import shapely
from osgeo import gdal, ogr

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
#: ../shared beside the project (a main checkout) or beside the worktrees' folder
SHARED = next((base / "shared" for base in (REPO.parent, REPO.parent.parent) if (base / "shared").is_dir()),
              REPO.parent / "shared")
EVAL = SHARED / "eval-data"
DATA = SHARED / "data"

from vantage_plugin.core import geodesy  # noqa: E402
from vantage_plugin.core.analysis import AREA_HA, FOREST_AREA_2020  # noqa: E402
from vantage_plugin.core.plots import Plot  # noqa: E402

gdal.UseExceptions()

# mapme.biodiversity tests/testthat/_snaps/calc_treecover_area.md: treecover 2000..2005 (ha).
MAPME_TREECOVER_2000_HA = 2054.559


def _missing(*paths: Path) -> bool:
    absent = [str(p) for p in paths if not p.exists()]
    if absent:
        print(f"  skipped: missing {', '.join(absent)}")
    return bool(absent)


def pixel_areas() -> None:
    print("1. Pixel areas vs GFW's pixel-area raster (Riau, 0.00025°)")
    path = EVAL / "riau" / "10N_100E_area.tif"
    if _missing(path):
        return
    ds = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    band = ds.GetRasterBand(1)
    middle = ds.RasterXSize // 2  # the first column is nodata (-inf)
    column = band.ReadAsArray(middle, 0, 1, ds.RasterYSize)[:, 0].astype(float)
    tops = y0 + dy * np.arange(ds.RasterYSize)
    ours = geodesy.cell_area_m2(tops, tops + dy, dx)
    valid = np.isfinite(column) & (column > 0)  # GFW marks a few rows as nodata (-inf)
    rel = np.abs(ours[valid] - column[valid]) / column[valid]
    print(f"  rows compared: {len(rel)}; relative difference mean {rel.mean():.2e}, max {rel.max():.2e}")


def whisp_plots() -> None:
    print("2. Whisp (Earth Engine) reference for 31 real plots: area and country")
    geojson = EVAL / "whisp-reference" / "whisp_example_31plots.geojson"
    table = EVAL / "whisp-reference" / "whisp_output_table_31plots_w_risk_GEE_reference.csv"
    if _missing(geojson, table):
        return
    features = json.loads(geojson.read_text())["features"]
    geoms = np.array([shapely.geometry.shape(f["geometry"]) for f in features])
    rows = list(csv.DictReader(table.open()))
    # Match rows to features by centroid (the table keeps Earth Engine's order).
    centroids = np.array([[float(r["Centroid_lon"]), float(r["Centroid_lat"])] for r in rows])
    ours_c = shapely.get_coordinates(shapely.centroid(geoms))
    match = [int(np.argmin(((ours_c - c) ** 2).sum(axis=1))) for c in centroids]
    ours_area = geodesy.geodesic_area_ha(geoms[match])
    theirs = np.array([float(r["Plot_area_ha"]) for r in rows])
    rel = np.abs(ours_area - theirs) / theirs
    print(
        f"  area: {len(rel)} plots, relative difference mean {100 * rel.mean():.3f} %, "
        f"p95 {100 * np.percentile(rel, 95):.3f} %, max {100 * rel.max():.3f} % "
        "(their areas are rounded to 0.001 ha)"
    )
    try:
        from vantage_plugin.core.engine.admin import AdminIndex
    except ImportError as error:
        print(f"  country: skipped ({error})")
        return
    world = "/usr/share/qgis/resources/data/world_map.gpkg"
    if _missing(Path(world)):
        return
    names = AdminIndex().lookup(geoms[match])
    iso_by_name = {}
    world_ds = ogr.Open(world)  # keep the datasource alive while its layer is read
    layer = world_ds.GetLayerByName("countries")
    for feature in layer:  # every text field of a country names it (NAME, NAME_LONG, ADMIN, …)
        iso = feature.GetField("ISO_A3")
        for key in feature.keys():
            value = feature.GetField(key)
            if isinstance(value, str) and value:
                iso_by_name.setdefault(value, iso)
    for feature in world_ds.GetLayerByName("states_provinces"):  # states name their country too
        iso_by_name.setdefault(feature.GetField("admin"), feature.GetField("adm0_a3"))
    pairs = [(iso_by_name.get(country), row["Country"]) for (country, _), row in zip(names, rows)]
    same = sum(ours == theirs for ours, theirs in pairs)
    print(f"  country: {same}/{len(rows)} plots in the same country (ISO3) as Whisp")
    for (country, _), (ours, theirs), row in zip(names, pairs, rows):
        if ours != theirs:
            print(f"    differs: ours {country!r} ({ours}) vs Whisp {theirs} at "
                  f"{float(row['Centroid_lon']):.4f}, {float(row['Centroid_lat']):.4f}")


def mapme_treecover() -> None:
    print("3. mapme.biodiversity tree-cover area 2000 on gfw_sample (Hansen crop, cover ≥ 10 %)")
    sample = EVAL / "dominican-republic" / "gfw_sample.gpkg"
    treecover = DATA / "hansen-dominican-republic" / "Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif"
    if _missing(sample, treecover):
        return
    from vantage_plugin.core.engine.bundled import run_bundled
    from vantage_plugin.core.engine.catalog import DataSource
    from vantage_plugin.core.engine.options import BundledOptions

    sample_ds = ogr.Open(str(sample))  # keep the datasource alive while its layer is read
    feature = sample_ds.GetLayer(0).GetNextFeature()
    geometry = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
    plot = Plot(index=0, geometry=geometry, harvest_date="2023-12-31", commodity="wood")
    options = BundledOptions(forest_2020=DataSource(str(treecover)), forest_2020_min=10, forest_is_jrc=False)
    results, _ = run_bundled([plot], options)
    analysis = results[0].analysis or {}
    ours = analysis.get(FOREST_AREA_2020)
    print(f"  plot area ours {analysis.get(AREA_HA)} ha; "
          f"tree cover 2000 ours {ours} ha vs mapme {MAPME_TREECOVER_2000_HA} ha")
    if ours:
        print(f"  difference {100 * (ours - MAPME_TREECOVER_2000_HA) / MAPME_TREECOVER_2000_HA:+.2f} % "
              "(mapme also drops forest patches under 1 ha; we keep them)")


if __name__ == "__main__":
    pixel_areas()
    whisp_plots()
    mapme_treecover()
