"""``vantage:validateplots`` through ``processing.run`` (toolbox/batch/modeler path). Expected values come
from the rules and from the sample files read independently (json/shapely)."""

from __future__ import annotations

import json
import re
from collections import Counter

from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import shared_file
from tests.fixtures.outputs import demo_plots, layer_rows


def _holes(geometry: dict) -> int:
    """Polygons with at least one interior ring, from the GeoJSON coordinates as written."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return sum(len(rings) > 1 for rings in polygons)


def test_validate_whisp(vantage, tmp_path):
    path = shared_file("plots/whisp_50plots.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    expected_holes = sum(_holes(f["geometry"]) > 0 for f in document["features"])
    assert expected_holes == 1  # a fact about the sample
    out = tmp_path / "issues.gpkg"
    result = vantage.run("vantage:validateplots", {"INPUT": str(path), "OUTPUT": str(out)})
    names, rows = layer_rows(out)
    codes = Counter(r["code"] for r, _ in rows)
    hole_rows = [r for r, _ in rows if "HOLE" in r["code"]]
    assert len(hole_rows) == expected_holes
    hole_feature = next(f for f in document["features"] if _holes(f["geometry"]))
    assert hole_rows[0]["plot_id"] == str(hole_feature["properties"]["user_id"])
    assert result["ERRORS"] == sum(r["severity"] == "error" for r, _ in rows)
    assert result["WARNINGS"] == sum(r["severity"] == "warning" for r, _ in rows)
    blocked = {r["plot_index"] for r, _ in rows if r["severity"] == "error"}
    assert result["VALID_PLOTS"] == 50 - len(blocked)
    assert result["PLOTS"] == 50
    user_ids = {str(f["properties"]["user_id"]) for f in document["features"]}
    assert {r["plot_id"] for r, _ in rows} <= user_ids
    # no commodity / harvest date columns in the sample: every plot is told about both
    assert sum(codes.values()) == len(rows)
    assert all(g is not None for _, g in rows)  # each issue carries its plot's geometry


def test_validate_selected_only(vantage, tmp_path):
    path = shared_file("plots/whisp_50plots.geojson")
    layer = QgsVectorLayer(str(path), "whisp_layer", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        fids = sorted(f.id() for f in layer.getFeatures())[:3]
        layer.selectByIds(fids)
        source = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        result = vantage.run("vantage:validateplots", {"INPUT": source, "OUTPUT": str(tmp_path / "sel.gpkg"),
                                                       "CHECK_OVERLAPS": False})
        assert result["PLOTS"] == 3
        _, rows = layer_rows(tmp_path / "sel.gpkg")
        ids = {str(f["user_id"]) for f in layer.getFeatures() if f.id() in fids}
        assert {r["plot_id"] for r, _ in rows} == ids
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_validate_cameroon_reports_every_plot(vantage, tmp_path):
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    result = vantage.run("vantage:validateplots", {"INPUT": str(path), "OUTPUT": str(tmp_path / "c.gpkg")})
    assert result["PLOTS"] == 18
    assert result["VALID_PLOTS"] == 0  # every geometry is mis-nested: every plot blocked
    _, rows = layer_rows(tmp_path / "c.gpkg")
    errors = [r for r, _ in rows if r["severity"] == "error"]
    assert {r["plot_index"] for r in errors} == set(range(18))
    assert all(r["message"] for r in errors)


def test_guessed_fields_are_listed_in_the_run_log(vantage, tmp_path):
    """A field taken by its name (not chosen) is named in the log; a field the user chose is not listed."""
    path = tmp_path / "guess.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("plots", srs, ogr.wkbPolygon)
    for name in ("plot_id", "harvest_date", "survey"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("plot_id", "A-1")
    feature.SetField("harvest_date", "2023-03-01")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((-71.70 18.65, -71.699 18.65, -71.699 18.651, -71.70 18.65))"))
    layer.CreateFeature(feature)
    ds = None
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vantage:validateplots")
    feedback = QgsProcessingFeedback()
    _, ok = algorithm.run({"INPUT": f"{path}|layername=plots", "PLOT_ID_FIELD": "plot_id",
                           "OUTPUT": str(tmp_path / "v.gpkg"), "ISSUES": "TEMPORARY_OUTPUT"},
                          QgsProcessingContext(), feedback)
    assert ok, feedback.textLog()
    guessed = [line for line in feedback.textLog().splitlines() if line.startswith("Guessed from its name")]
    assert len(guessed) == 1 and "harvest_date = harvest_date" in guessed[0]


def test_counts_in_the_run_log_have_correct_plurals(vantage, tmp_path):
    """"1 error", "13 warnings": the count decides the form (English here; translations pick their own)."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vantage:validateplots")
    feedback = QgsProcessingFeedback()
    _, ok = algorithm.run({"INPUT": f"{demo_plots()}|layername=plots", "OUTPUT": str(tmp_path / "v.gpkg")},
                          QgsProcessingContext(), feedback)
    assert ok, feedback.textLog()
    line = next(text for text in feedback.textLog().splitlines() if "without error" in text)
    counts = re.findall(r"(\d+) (plot|error|warning)(s?)\b", line)
    assert {word for _, word, _ in counts} == {"plot", "error", "warning"}, line
    for number, _word, plural in counts:
        assert (plural == "s") == (int(number) != 1), line
