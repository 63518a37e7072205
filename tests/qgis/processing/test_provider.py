"""The ``vantage`` Processing provider and its algorithms through ``processing.run`` (toolbox/batch/modeler
path). Expected values come from the rules and from the sample files read independently (json/shapely)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from shapely.geometry import MultiPolygon, Polygon

from tests.conftest import DEMO, shared_file
from vantage_plugin.about import PROVIDER_ID, version


def _rows(path, layer_name=None):
    ds = ogr.Open(str(path).split("|")[0])
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = [({n: f.GetField(n) for n in names}, f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else None)
            for f in layer]
    return names, rows


def _holes(geometry: dict) -> int:
    """Polygons with at least one interior ring, from the GeoJSON coordinates as written."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return sum(len(rings) > 1 for rings in polygons)


def test_provider_metadata_and_algorithms(vantage):
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    assert provider.name() == "Vantage (EUDR)"
    assert provider.versionInfo() == version()
    assert not provider.icon().isNull()
    ids = {a.id() for a in provider.algorithms()}
    assert ids == {"vantage:validateplots", "vantage:fixplots", "vantage:checkplots", "vantage:importjob",
                   "vantage:listjobs", "vantage:exporteudr", "vantage:report", "vantage:fixthencheck"}  # the last: the shipped example model
    for algorithm in provider.algorithms():
        assert algorithm.shortHelpString()
        assert algorithm.group() in ("Plots", "Checks", "Vantage API")
        assert algorithm.createInstance().name() == algorithm.name()
    check = QgsApplication.processingRegistry().algorithmById("vantage:checkplots")
    names = {p.name() for p in check.parameterDefinitions()}
    assert {"INPUT", "ENGINE", "DEFAULT_COMMODITY", "DEFAULT_HARVEST_DATE", "FOREST_2020", "FOREST_2020_MIN",
            "FOREST_IS_JRC",
            "LOSS_YEAR", "PROTECTED_AREAS", "INDIGENOUS_LANDS", "DRY_RUN", "CONFIRM_SPEND", "OUTPUT"} <= names
    assert check.parameterDefinition("DRY_RUN").defaultValue() is True
    assert check.parameterDefinition("CONFIRM_SPEND").defaultValue() is False
    outputs = {o.name() for o in check.outputDefinitions()}
    assert {"HIGH", "MEDIUM", "LOW", "UNKNOWN", "FAILED", "SUMMARY", "OUTPUT"} <= outputs
    validate = QgsApplication.processingRegistry().algorithmById("vantage:validateplots")
    assert {"ERRORS", "WARNINGS", "VALID_PLOTS"} <= {o.name() for o in validate.outputDefinitions()}
    assert validate.parameterDefinition("PLOT_ID_FIELD").parentLayerParameterName() == "INPUT"


def test_validate_whisp(vantage, tmp_path):
    path = shared_file("plots/whisp_50plots.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    expected_holes = sum(_holes(f["geometry"]) > 0 for f in document["features"])
    assert expected_holes == 1  # a fact about the sample
    out = tmp_path / "issues.gpkg"
    result = vantage.run("vantage:validateplots", {"INPUT": str(path), "OUTPUT": str(out)})
    names, rows = _rows(out)
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
        _, rows = _rows(tmp_path / "sel.gpkg")
        ids = {str(f["user_id"]) for f in layer.getFeatures() if f.id() in fids}
        assert {r["plot_id"] for r, _ in rows} == ids
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_validate_cameroon_reports_every_plot(vantage, tmp_path):
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    result = vantage.run("vantage:validateplots", {"INPUT": str(path), "OUTPUT": str(tmp_path / "c.gpkg")})
    assert result["PLOTS"] == 18
    assert result["VALID_PLOTS"] == 0  # every geometry is mis-nested: every plot blocked
    _, rows = _rows(tmp_path / "c.gpkg")
    errors = [r for r, _ in rows if r["severity"] == "error"]
    assert {r["plot_index"] for r in errors} == set(range(18))
    assert all(r["message"] for r in errors)


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
    names, rows = _rows(out)
    assert len(rows) == 18
    assert "vantage_fixes" in names and {"UID", "Area_ha", "SUP"} <= set(names)
    from shapely import wkt

    for (row, geometry), feature in zip(rows, document["features"]):
        assert row["UID"] == feature["properties"]["UID"]
        assert options[reinterpret[0]] in row["vantage_fixes"]
        expected = MultiPolygon([Polygon(p[0], p[1:]) for p in feature["geometry"]["coordinates"]])
        got = wkt.loads(geometry)
        assert got.normalize().equals_exact(expected.normalize(), 1e-9)
    assert result["FIXED_PLOTS"] == 18 and result["CHANGE_COUNT"] == 18
    _, changes = _rows(tmp_path / "ch.gpkg")
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
    names, rows = _rows(tmp_path / "f.gpkg")
    assert len(rows) == 50 and all(r["vantage_fixes"] is None for r, _ in rows)


def _demo_plots():
    plots = DEMO / "demo_plots.gpkg"
    if not plots.exists():
        pytest.skip(f"demo data not built yet: {plots}")
    return plots


def test_check_bundled_on_demo_data(vantage, tmp_path):
    plots = _demo_plots()
    hansen = sorted((DEMO / "hansen").glob("*lossyear*.tif"))
    forest = sorted((DEMO / "hansen").glob("*treecover2000*.tif"))
    if not hansen or not forest:
        pytest.skip("demo Hansen rasters not built yet")
    out = tmp_path / "check.gpkg"
    params = {
        "INPUT": f"{plots}|layername=plots", "PLOT_ID_FIELD": "plot_ref", "ENGINE": 0,
        "FOREST_2020": str(forest[0]), "FOREST_2020_MIN": 10, "LOSS_YEAR": str(hansen[0]),
        "PROTECTED_AREAS": str(DEMO / "demo_protected_areas.gpkg"),
        "INDIGENOUS_LANDS": str(DEMO / "demo_indigenous_lands.gpkg"), "OUTPUT": str(out),
    }
    result = vantage.run("vantage:checkplots", params)
    assert result["OUTPUT"].startswith(str(out))
    names, rows = _rows(out, "check")
    ds = ogr.Open(str(plots))
    source = ds.GetLayerByName("plots")
    source_rows = {f.GetField("plot_ref"): f for f in source}
    assert len(rows) == len(source_rows) == result["PLOTS"]
    assert {r["plot_ref"] for r, _ in rows} == set(source_rows)  # user ids survive
    assert {"name", "commodity", "demo_case", "risk_level", "deforestation_ha", "status"} <= set(names)
    total = sum(result[k] for k in ("HIGH", "MEDIUM", "LOW", "UNKNOWN", "INVALID", "FAILED"))
    assert total == len(rows)
    counted = Counter(r["risk_level"] for r, _ in rows)
    assert (counted["High"], counted["Medium"], counted["Low"]) == (result["HIGH"], result["MEDIUM"], result["LOW"])
    # the rule itself, on the written numbers
    for row, _ in rows:
        if row["status"] == "ok":
            loss, pct = row["deforestation_ha"], row["deforestation_pct"]
            expected = "High" if (pct > 15 or loss > 1) else "Medium" if (pct > 10 or loss > 0.5) else "Low"
            assert row["risk_level"] == expected, row["plot_ref"]
    bow_tie = next(r for r, _ in rows if r["plot_ref"] == "DEMO-011")
    assert bow_tie["status"] == "invalid" and bow_tie["error"]
    ds = ogr.Open(str(out))
    styles = ds.ExecuteSQL("SELECT f_table_name, useAsDefault FROM layer_styles")
    assert [(f.GetField(0), bool(f.GetField(1))) for f in styles] == [("check", True)]
    ds.ReleaseResultSet(styles)
    assert "High" in result["SUMMARY"]


def test_check_style_post_processor_is_attached(vantage, tmp_path):
    from vantage_plugin.processing.base import LayerStyler

    plots = _demo_plots()
    out = tmp_path / "styled.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    details = QgsProcessingContext.LayerDetails("Results", QgsProject.instance(), "OUTPUT")
    context.addLayerToLoadOnCompletion(str(out), details)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vantage:checkplots")
    feedback = QgsProcessingFeedback()
    results, ok = algorithm.run({"INPUT": f"{plots}|layername=plots", "ENGINE": 0, "OUTPUT": str(out)},
                                context, feedback)
    assert ok, feedback.textLog()
    uri = results["OUTPUT"]
    assert context.willLoadLayerOnCompletion(uri)
    processor = context.layerToLoadOnCompletionDetails(uri).postProcessor()
    assert isinstance(processor, LayerStyler) and processor in LayerStyler._alive
    layer = QgsVectorLayer(uri, "r", "ogr")
    processor.postProcessLayer(layer, context, feedback)
    assert layer.renderer().type() == "categorizedSymbol"


def test_check_api_without_account_is_a_clear_error(vantage, tmp_path):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("vantage/authcfg", "vantage/auth/authcfg")}
    for k in saved:
        settings.remove(k)
    try:
        path = shared_file("plots/ghana_2plots.geojson")
        with pytest.raises(QgsProcessingException, match="(?i)log in|account"):
            vantage.run("vantage:checkplots", {"INPUT": str(path), "ENGINE": 1, "OUTPUT": str(tmp_path / "a.gpkg")})
        with pytest.raises(QgsProcessingException, match="(?i)log in|account"):
            vantage.run("vantage:listjobs", {"OUTPUT": "TEMPORARY_OUTPUT"})
        with pytest.raises(QgsProcessingException, match="(?i)log in|account"):
            vantage.run("vantage:importjob", {"JOB_ID": "abc", "OUTPUT": str(tmp_path / "j.gpkg")})
    finally:
        for k, v in saved.items():
            if v is not None:
                settings.setValue(k, v)


def test_check_rejects_a_bad_harvest_date(vantage, tmp_path):
    path = shared_file("plots/ghana_2plots.geojson")
    with pytest.raises(QgsProcessingException, match="yyyy-MM-dd"):
        vantage.run("vantage:checkplots", {"INPUT": str(path), "DEFAULT_HARVEST_DATE": "31/12/2024",
                                           "OUTPUT": str(tmp_path / "x.gpkg")})


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
    _, rows = _rows(out)
    farms = sorted(row["farm"] for row, _ in rows)
    # The bow-tie becomes two triangles (two plots' worth of rows); the other two plots are both kept.
    assert farms == ["bow-tie", "bow-tie", "second", "third"]


def test_fix_to_a_temporary_output_keeps_mixed_points_and_polygons(vantage):
    # The graphical modeler's default for an output is a temporary one; the demo layer mixes points and
    # polygons, which a memory layer cannot hold, so temporary fixed plots go to a temporary file.
    from qgis.core import QgsProcessing, QgsVectorLayer

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


def test_guessed_fields_are_listed_in_the_run_log(vantage, tmp_path):
    """A field taken by its name (not chosen) is named in the log; a field the user chose is not listed."""
    from osgeo import ogr, osr

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
    import re

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vantage:validateplots")
    feedback = QgsProcessingFeedback()
    _, ok = algorithm.run({"INPUT": f"{_demo_plots()}|layername=plots", "OUTPUT": str(tmp_path / "v.gpkg")},
                          QgsProcessingContext(), feedback)
    assert ok, feedback.textLog()
    line = next(text for text in feedback.textLog().splitlines() if "without error" in text)
    counts = re.findall(r"(\d+) (plot|error|warning)(s?)\b", line)
    assert {word for _, word, _ in counts} == {"plot", "error", "warning"}, line
    for number, _word, plural in counts:
        assert (plural == "s") == (int(number) != 1), line
