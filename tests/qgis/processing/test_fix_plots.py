"""``vantage:fixplots`` through ``processing.run``: the sample files' polygons as the files describe them,
every plot kept. Expected values come from the sample files read independently (json/shapely/OGR)."""

from __future__ import annotations

import json

from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsVectorLayer,
)
from shapely import wkt
from shapely.geometry import MultiPolygon, Polygon

from tests.conftest import DEMO, shared_file
from tests.fixtures.outputs import layer_rows


def test_fix_cameroon_gives_the_polygons_the_file_describes(vantage, tmp_path):
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    fix = QgsApplication.processingRegistry().algorithmById("vantage:fixplots")
    options = fix.parameterDefinition("FIXES").options()
    reinterpret = [i for i, code in enumerate(options) if "MULTIPOLYGON" in code.upper()]
    assert len(reinterpret) == 1, options
    out = tmp_path / "fixed.gpkg"
    result = vantage.run("vantage:fixplots", {"INPUT": str(path), "FIXES": reinterpret, "OUTPUT": str(out),
                                              "CHANGES": str(tmp_path / "ch.gpkg")})
    names, rows = layer_rows(out)
    assert len(rows) == 18
    assert "vantage_fixes" in names and {"UID", "Area_ha", "SUP"} <= set(names)
    for (row, geometry), feature in zip(rows, document["features"]):
        assert row["UID"] == feature["properties"]["UID"]
        assert options[reinterpret[0]] in row["vantage_fixes"]
        expected = MultiPolygon([Polygon(p[0], p[1:]) for p in feature["geometry"]["coordinates"]])
        got = wkt.loads(geometry)
        assert got.normalize().equals_exact(expected.normalize(), 1e-9)
    assert result["FIXED_PLOTS"] == 18 and result["CHANGE_COUNT"] == 18
    _, changes = layer_rows(tmp_path / "ch.gpkg")
    assert len(changes) == 18 + result["SKIPPED"]


def test_fix_cameroon_with_all_safe_fixes_validates(vantage, tmp_path):
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    out = tmp_path / "fixed_all.gpkg"
    result = vantage.run("vantage:fixplots", {"INPUT": str(path), "OUTPUT": str(out)})
    assert result["FIXED_PLOTS"] == 18
    again = vantage.run("vantage:validateplots", {"INPUT": str(out), "OUTPUT": str(tmp_path / "again.gpkg")})
    assert again["PLOTS"] == 18 and again["VALID_PLOTS"] == 18 and again["ERRORS"] == 0


def test_fix_with_no_fix_chosen_changes_nothing(vantage, tmp_path):
    path = shared_file("plots/whisp_50plots.geojson")
    result = vantage.run("vantage:fixplots", {"INPUT": str(path), "FIXES": [], "OUTPUT": str(tmp_path / "f.gpkg")})
    assert result["CHANGE_COUNT"] == 0
    names, rows = layer_rows(tmp_path / "f.gpkg")
    assert len(rows) == 50 and all(r["vantage_fixes"] is None for r, _ in rows)


def test_fix_keeps_every_plot_when_a_split_meets_a_geopackage_fid(vantage, tmp_path):
    # A GeoPackage takes a "fid" attribute as the feature id. A bow-tie repaired into two parts used to
    # make its second part steal the next plot's fid, and that plot was then lost from the output.
    source = tmp_path / "plots.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(source))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("plots", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("farm", ogr.OFTString))
    shapes = [
        "POLYGON ((-71.70 18.66, -71.69 18.67, -71.69 18.66, -71.70 18.67, -71.70 18.66))",  # bow-tie
        "POLYGON ((-71.68 18.66, -71.67 18.66, -71.67 18.67, -71.68 18.67, -71.68 18.66))",
        "POLYGON ((-71.66 18.66, -71.65 18.66, -71.65 18.67, -71.66 18.67, -71.66 18.66))",
    ]
    for name, shape in zip(("bow-tie", "second", "third"), shapes):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("farm", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(shape))
        layer.CreateFeature(feature)
    ds = None
    out = tmp_path / "fixed.gpkg"
    vantage.run("vantage:fixplots", {"INPUT": str(source), "OUTPUT": str(out)})
    _, rows = layer_rows(out)
    farms = sorted(row["farm"] for row, _ in rows)
    # The bow-tie becomes two triangles (two plots' worth of rows); the other two plots are both kept.
    assert farms == ["bow-tie", "bow-tie", "second", "third"]


def test_fix_to_a_temporary_output_keeps_mixed_points_and_polygons(vantage):
    # The graphical modeler's default for an output is a temporary one; the demo layer mixes points and
    # polygons, which a memory layer cannot hold, so temporary fixed plots go to a temporary file.
    demo = DEMO / "demo_plots.gpkg"
    source = QgsVectorLayer(f"{demo}|layername=plots", "plots", "ogr")
    expected = sorted(f["plot_ref"] for f in source.getFeatures())
    result = vantage.run("vantage:fixplots", {"INPUT": str(demo), "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})
    output = result["OUTPUT"]
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "fixed", "ogr")
    refs = sorted(f["plot_ref"] for f in layer.getFeatures())
    assert set(refs) == set(expected) and len(refs) >= len(expected)  # split parts may add rows, never lose
    kinds = {f.geometry().type() for f in layer.getFeatures() if f.hasGeometry()}
    assert len(kinds) == 2  # points and polygons both kept
