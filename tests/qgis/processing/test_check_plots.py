"""``vantage:checkplots`` (bundled engine) through ``processing.run``: the demo data checked, the rule
applied to the written numbers, the style post-processor, clear errors (the API engine: test_check_plots_api.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)

from tests.conftest import DEMO, shared_file
from tests.fixtures.outputs import demo_plots, layer_rows
from vantage_plugin.processing.base import LayerStyler


def test_check_bundled_on_demo_data(vantage, tmp_path):
    plots = demo_plots()
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
    names, rows = layer_rows(out, "check")
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
    plots = demo_plots()
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
