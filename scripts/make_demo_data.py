#!/usr/bin/env python3
"""Write the demo data set to ``resources/demo/`` (the output is committed; re-run only to change it).

What is real: the Hansen Global Forest Change v1.11 crops (``hansen/``, CC BY 4.0), copied from
``../shared/data/hansen-dominican-republic/``. Everything else is drawn here by the project, over that
crop (bounds -71.73775,18.63175 .. -71.68975,18.687, Sierra de Neiba, Dominican Republic):

- ``demo_plots.gpkg`` layer ``plots``: 12 plots chosen from the ``lossyear`` raster so that the demo
  shows every case: post-2020 loss (values 21–23), clean forest, loss before 2021 only, points with
  ``point_ha``, a MultiPolygon, a plot partly and one entirely outside the data, and a bow-tie
  (self-intersecting) polygon that validation must block.
- ``demo_protected_areas.gpkg``: two made-up protected areas with the WDPA attribute schema, named
  "DEMO – … (not real)". They overlap each other and some plots (union, not sum, in the results).
- ``demo_indigenous_lands.gpkg``: one made-up territory with LandMark-style attributes.

Usage: ``python scripts/make_demo_data.py [--shared ../shared] [--out resources/demo]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from osgeo import gdal, ogr, osr

REPO = Path(__file__).resolve().parents[1]
HANSEN_FILES = (
    "Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif",
    "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif",
)
DEMO_DATE = "2025-01-01T00:00:00Z"  # fixed GeoPackage timestamps, so re-runs give the same files


def rect(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def polygon_wkt(*rings: list[tuple[float, float]]) -> str:
    return "POLYGON (" + ", ".join("(" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in r) + ")" for r in rings) + ")"


def multipolygon_wkt(*polygons: list[tuple[float, float]]) -> str:
    parts = ("((" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in p) + "))" for p in polygons)
    return "MULTIPOLYGON (" + ", ".join(parts) + ")"


# (plot_ref, name, commodity, harvest_date, point_ha, geometry WKT, what it shows)
PLOTS: list[tuple[str, str, str, str, float | None, str, str]] = [
    (
        "DEMO-001", "Finca Los Pinos", "coffee", "2023-03-15", None,
        polygon_wkt([(-71.7040, 18.6425), (-71.6980, 18.6425), (-71.6978, 18.6445),
                     (-71.6995, 18.6462), (-71.7040, 18.6458), (-71.7040, 18.6425)]),
        "main 2021-2023 loss cluster; inside DEMO protected area A",
    ),
    (
        "DEMO-002", "Parcela El Arroyo", "cocoa", "2023-05-02", None,
        polygon_wkt(rect(-71.7176, 18.6420, -71.7150, 18.6448)),
        "smaller 2021-2023 loss cluster",
    ),
    (
        "DEMO-003", "Finca La Cumbre", "coffee", "2023-02-20", None,
        polygon_wkt(rect(-71.7330, 18.6800, -71.7280, 18.6840)),
        "clean forest (~95 % tree cover, no loss); partly on the DEMO community land",
    ),
    (
        "DEMO-004", "Cacaotal Monte Verde", "cocoa", "2023-06-30", None,
        polygon_wkt(rect(-71.7150, 18.6750, -71.7110, 18.6780)),
        "clean forest",
    ),
    (
        "DEMO-005", "Productor Punto Alto", "coffee", "2023-04-10", 2.5,
        "POINT (-71.722500 18.668000)",
        "a point with point_ha 2.5 in clean forest",
    ),
    (
        "DEMO-006", "Productor Punto Bajo", "cocoa", "2023-04-12", 1.5,
        "POINT (-71.700500 18.644000)",
        "a point with point_ha 1.5 in the loss cluster",
    ),
    (
        "DEMO-007", "Finca Borde Este", "coffee", "2023-07-01", None,
        polygon_wkt(rect(-71.6930, 18.6600, -71.6860, 18.6640)),
        "partly east of the raster crop (partial data)",
    ),
    (
        "DEMO-008", "Finca Fuera de Datos", "cocoa", "2023-07-01", None,
        polygon_wkt(rect(-71.6800, 18.6500, -71.6760, 18.6530)),
        "entirely outside the raster crop (no data)",
    ),
    (
        "DEMO-009", "Finca Dos Lotes", "coffee", "2023-01-25", None,
        multipolygon_wkt(rect(-71.7250, 18.6550, -71.7220, 18.6575), rect(-71.7200, 18.6550, -71.7180, 18.6570)),
        "a MultiPolygon of two parcels",
    ),
    (
        "DEMO-010", "Finca Vieja Tala", "cocoa", "2023-03-01", None,
        polygon_wkt(rect(-71.7012, 18.6475, -71.6977, 18.6495)),
        "loss before 2021 only (does not count); in both DEMO protected areas",
    ),
    (
        "DEMO-011", "Lote Mal Dibujado", "coffee", "2023-03-01", None,
        "POLYGON ((-71.730000 18.660000, -71.726000 18.664000, -71.726000 18.660000, -71.730000 18.664000, "
        "-71.730000 18.660000))",
        "a bow-tie (self-intersecting) polygon: validation blocks it",
    ),
    (
        "DEMO-012", "Lote Maderero", "wood", "2023-08-20", None,
        polygon_wkt(rect(-71.7370, 18.6600, -71.7320, 18.6640)),
        "forest near the western edge",
    ),
]

# WDPA schema (subset), made-up values.
PROTECTED_AREAS = [
    {
        "WDPAID": 900000001, "WDPA_PID": "900000001",
        "NAME": "DEMO – Reserva Natural Inventada (not real)",
        "ORIG_NAME": "DEMO – Reserva Natural Inventada (no es real)",
        "DESIG": "Reserva Natural", "DESIG_ENG": "Nature Reserve", "DESIG_TYPE": "National",
        "IUCN_CAT": "Ia", "STATUS": "Designated", "STATUS_YR": 2000, "ISO3": "DOM", "PARENT_ISO": "DOM",
        "GOV_TYPE": "Federal or national ministry or agency", "MANG_AUTH": "DEMO data – not a real authority",
        "geometry": polygon_wkt(rect(-71.7100, 18.6400, -71.6950, 18.6520)),
    },
    {
        "WDPAID": 900000002, "WDPA_PID": "900000002",
        "NAME": "DEMO – Parque Ejemplo (not real)",
        "ORIG_NAME": "DEMO – Parque Ejemplo (no es real)",
        "DESIG": "Parque Nacional", "DESIG_ENG": "National Park", "DESIG_TYPE": "National",
        "IUCN_CAT": "Not Reported", "STATUS": "Designated", "STATUS_YR": 2010, "ISO3": "DOM", "PARENT_ISO": "DOM",
        "GOV_TYPE": "Federal or national ministry or agency", "MANG_AUTH": "DEMO data – not a real authority",
        "geometry": polygon_wkt(rect(-71.7000, 18.6450, -71.6850, 18.6620)),
    },
]

# LandMark-style attributes, made-up values.
INDIGENOUS_LANDS = [
    {
        "Name": "DEMO – Comunidad Ejemplo (not real)",
        "Country": "Dominican Republic", "ISO_Code": "DOM",
        "Identity": "Community", "Category": "Community land",
        "Form_Rec": "Not acknowledged by government",
        "Doc_Status": "Held or used under customary tenure",
        "Stat_Date": "2024", "Data_Src": "Vantage for QGIS demo data (drawn by the project)",
        "geometry": polygon_wkt(rect(-71.7360, 18.6780, -71.7300, 18.6868)),
    },
]

FIELD_TYPES = {int: ogr.OFTInteger64, float: ogr.OFTReal, str: ogr.OFTString}


def _new_gpkg(path: Path):
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if ds is None:
        raise SystemExit(f"cannot create {path}")
    return ds


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    return srs


def write_plots(path: Path) -> None:
    ds = _new_gpkg(path)
    layer = ds.CreateLayer("plots", _srs(), ogr.wkbUnknown, options=["GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
    for name, ftype in (("plot_ref", ogr.OFTString), ("name", ogr.OFTString), ("commodity", ogr.OFTString),
                        ("harvest_date", ogr.OFTDate), ("point_ha", ogr.OFTReal), ("demo_case", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, ftype))
    for ref, name, commodity, harvest, point_ha, wkt, case in PLOTS:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("plot_ref", ref)
        feature.SetField("name", name)
        feature.SetField("commodity", commodity)
        y, m, d = (int(v) for v in harvest.split("-"))
        feature.SetField("harvest_date", y, m, d, 0, 0, 0, 0)
        if point_ha is not None:
            feature.SetField("point_ha", point_ha)
        feature.SetField("demo_case", case)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None


def write_areas(path: Path, layer_name: str, rows: list[dict]) -> None:
    ds = _new_gpkg(path)
    layer = ds.CreateLayer(layer_name, _srs(), ogr.wkbMultiPolygon, options=["GEOMETRY_NAME=geom"])
    keys = [k for k in rows[0] if k != "geometry"]
    for key in keys:
        layer.CreateField(ogr.FieldDefn(key, FIELD_TYPES[type(rows[0][key])]))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key in keys:
            feature.SetField(key, row[key])
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(row["geometry"])))
        layer.CreateFeature(feature)
    ds = None


HANSEN_README = """\
Hansen Global Forest Change 2000–2023 (v1.11) — crop used by the Vantage for QGIS demo
======================================================================================

Files (unchanged copies of the crops published with the mapme.biodiversity R package, inst/res/):

- Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif  tree canopy cover in 2000 (percent)
- Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif       year of gross forest cover loss
                                                   (0 = none, n = loss in 2000 + n, up to 23)

EPSG:4326, 0.00025° pixels, 192 × 221, bounds -71.73775, 18.63175 .. -71.68975, 18.687
(Sierra de Neiba, Dominican Republic), nodata 255.

Source: Hansen/UMD/Google/USGS/NASA, "Global Forest Change 2000–2023" v1.11,
https://glad.earthengine.app/view/global-forest-change

Citation: Hansen, M. C., P. V. Potapov, R. Moore, M. Hancher, S. A. Turubanova, A. Tyukavina,
D. Thau, S. V. Stehman, S. J. Goetz, T. R. Loveland, A. Kommareddy, A. Egorov, L. Chini,
C. O. Justice, and J. R. G. Townshend. 2013. "High-Resolution Global Maps of 21st-Century
Forest Cover Change." Science 342 (15 November): 850–53. Data available on-line from:
https://glad.earthengine.app/view/global-forest-change

Licence: Creative Commons Attribution 4.0 International (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ — the files are redistributed unmodified.
"""

DEMO_README = """\
Vantage for QGIS — demo data
============================

Everything here is small (well under 1 MB) and made to show every case of a check in a few seconds.
It is written by `scripts/make_demo_data.py`.

Real data
---------
- `hansen/` — Hansen/UMD/Google/USGS/NASA Global Forest Change 2000–2023 v1.11 crops
  (tree cover 2000 and loss year) over the Sierra de Neiba, Dominican Republic.
  CC BY 4.0; see `hansen/ATTRIBUTION.txt` for the citation. Unmodified copies.

Drawn by the project (NOT real — for demonstration only)
--------------------------------------------------------
- `demo_plots.gpkg`, layer `plots` — 12 made-up farm plots placed over the crop. Fields: `plot_ref`
  (the user's id), `name`, `commodity`, `harvest_date`, `point_ha` (for points), `demo_case` (what
  the plot demonstrates). Cases: post-2020 loss (DEMO-001, DEMO-002, DEMO-006), clean forest
  (DEMO-003, DEMO-004, DEMO-005), loss before 2021 only (DEMO-010), points with `point_ha`
  (DEMO-005, DEMO-006), a MultiPolygon (DEMO-009), partly outside the data (DEMO-007), entirely
  outside the data (DEMO-008), a self-intersecting bow-tie that validation blocks (DEMO-011).
  Harvest dates are in 2023 because the loss data (v1.11) end in 2023: with a 2024 harvest date the
  year 2024 would not be covered and the plots without loss would be Unknown, never Low.
- `demo_protected_areas.gpkg` — two made-up protected areas in the WDPA attribute schema
  (`WDPAID`, `NAME`, `ORIG_NAME`, `DESIG`, `DESIG_ENG`, `IUCN_CAT`, `STATUS`, `ISO3`, …), named
  "DEMO – … (not real)". They overlap each other and some plots. They are NOT WDPA data: real WDPA
  polygons may not be redistributed.
- `demo_indigenous_lands.gpkg` — one made-up territory with LandMark-style attributes (`Name`,
  `Identity`, `Form_Rec`, `Doc_Status`, …), named "DEMO – … (not real)". NOT LandMark data.

The names, identifiers (WDPAID 900000001/900000002), designations and attributes of the demo areas
and plots are invented; any resemblance to real places, areas or people is coincidental.
These demo files (other than `hansen/`) are released with the plugin under its licence.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("VANTAGE_SHARED", str(REPO.parent / "shared")))
    parser.add_argument("--out", default=str(REPO / "resources" / "demo"))
    args = parser.parse_args(argv)

    gdal.SetConfigOption("OGR_CURRENT_DATE", DEMO_DATE)
    out = Path(args.out)
    hansen_out = out / "hansen"
    hansen_out.mkdir(parents=True, exist_ok=True)
    source = Path(args.shared) / "data" / "hansen-dominican-republic"
    for name in HANSEN_FILES:
        src = source / name
        if not src.is_file():
            print(f"missing {src}", file=sys.stderr)
            return 1
        shutil.copyfile(src, hansen_out / name)
    (hansen_out / "ATTRIBUTION.txt").write_text(HANSEN_README, encoding="utf-8")
    write_plots(out / "demo_plots.gpkg")
    write_areas(out / "demo_protected_areas.gpkg", "demo_protected_areas", PROTECTED_AREAS)
    write_areas(out / "demo_indigenous_lands.gpkg", "demo_indigenous_lands", INDIGENOUS_LANDS)
    (out / "README.md").write_text(DEMO_README, encoding="utf-8")
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({total / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
