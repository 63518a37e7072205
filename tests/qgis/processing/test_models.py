"""The algorithms in the graphical modeler: the shipped example model (``resources/models``) loads,
validates and runs as ``vantage:fixthencheck``; its results equal the same steps chained by hand; and a
model built here around ``vantage:validateplots`` gives the algorithm's own numbers."""

from __future__ import annotations

from collections import Counter

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from tests.conftest import DEMO, REPO
from vantage_plugin.about import PROVIDER_ID

MODEL_FILE = REPO / "resources" / "models" / "fix_then_check.model3"
BOW_TIE = "DEMO-011"  # the self-intersecting demo plot that validation blocks


def _rows(path, layer_name=None):
    ds = ogr.Open(str(path).split("|")[0])
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    return names, [{n: f.GetField(n) for n in names} for f in layer]


def _demo():
    plots = DEMO / "demo_plots.gpkg"
    forest = sorted((DEMO / "hansen").glob("*treecover2000*.tif"))
    loss = sorted((DEMO / "hansen").glob("*lossyear*.tif"))
    if not plots.exists() or not forest or not loss:
        pytest.skip("demo data not built yet (scripts/make_demo_data.py)")
    return {
        "plots": f"{plots}|layername=plots", "forest": str(forest[0]), "loss": str(loss[0]),
        "protected": str(DEMO / "demo_protected_areas.gpkg"), "indigenous": str(DEMO / "demo_indigenous_lands.gpkg"),
    }


def _demo_ids() -> set:
    ds = ogr.Open(str(DEMO / "demo_plots.gpkg"))
    return {f.GetField("plot_ref") for f in ds.GetLayerByName("plots")}


# --- (a) the shipped model ---------------------------------------------------------------------

def test_shipped_model_loads_validates_and_uses_vantage_algorithms(vantage):
    assert MODEL_FILE.exists(), "run scripts/make_models.py"
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL_FILE))
    assert (model.name(), model.group()) == ("fixthencheck", "Checks")
    ok, issues = model.validate()
    assert ok, issues
    registry = QgsApplication.processingRegistry()
    children = model.childAlgorithms()
    assert sorted(c.algorithmId() for c in children.values()) == ["vantage:checkplots", "vantage:fixplots"]
    for child in children.values():
        assert registry.algorithmById(child.algorithmId()) is not None
        assert child.algorithm() is not None and child.algorithm().provider().id() == PROVIDER_ID
    check = next(c for c in children.values() if c.algorithmId() == "vantage:checkplots")
    fix = next(c for c in children.values() if c.algorithmId() == "vantage:fixplots")
    # checkplots reads fixplots' output, with the bundled engine and never a token spent
    (source,) = check.parameterSources()["INPUT"]
    assert source.source() == QgsProcessingModelChildParameterSource.ChildOutput
    assert (source.outputChildId(), source.outputName()) == (fix.childId(), "OUTPUT")
    assert [s.staticValue() for s in check.parameterSources()["ENGINE"]] == [0]
    assert [s.staticValue() for s in check.parameterSources()["CONFIRM_SPEND"]] == [False]
    assert "FIXES" not in fix.parameterSources()  # every safe fix, whatever this version knows
    names = [p.name() for p in model.parameterDefinitions()]
    assert {"plots", "plot_id", "forest_2020", "forest_threshold", "loss_year", "protected_areas",
            "harvest_date", "fix:fixed_plots", "check:results"} <= set(names)
    assert model.parameterDefinition("plot_id").parentLayerParameterName() == "plots"
    assert model.parameterDefinition("protected_areas").flags() & model.parameterDefinition(
        "protected_areas").FlagOptional
    assert {o.name() for o in model.outputDefinitions()} == {"fix:fixed_plots", "check:results"}

    # in the toolbox, under the vantage provider, with its title and help
    shipped = registry.algorithmById("vantage:fixthencheck")
    assert shipped is not None and shipped.provider().id() == PROVIDER_ID
    assert shipped.displayName() == "Fix then check plots (EUDR)"
    assert "Fix plots" in shipped.shortHelpString()
    assert {o.name() for o in shipped.outputDefinitions()} == {"fix:fixed_plots", "check:results"}
    instance = registry.createAlgorithmById("vantage:fixthencheck")
    assert instance.displayName() == shipped.displayName() and instance.id() == "vantage:fixthencheck"
    demo = _demo()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    good = {"plots": demo["plots"], "plot_id": "plot_ref", "forest_2020": demo["forest"], "forest_threshold": 10,
            "loss_year": demo["loss"], "fix:fixed_plots": "TEMPORARY_OUTPUT", "check:results": "TEMPORARY_OUTPUT"}
    ok, message = instance.checkParameterValues(good, context)
    assert ok, message
    ok, _ = instance.checkParameterValues({k: v for k, v in good.items() if k != "plots"}, context)
    assert not ok  # the plots are required


def test_provider_skips_missing_or_broken_models(vantage, tmp_path, monkeypatch):
    from vantage_plugin.processing import provider as module

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    text = MODEL_FILE.read_text(encoding="utf-8")
    (tmp_path / "a_garbage.model3").write_text("not a model <<<", encoding="utf-8")
    unknown_step = text.replace("vantage:fixplots", "vantage:nosuchalgorithm").replace(
        'value="fixthencheck"', 'value="brokenstep"')
    assert unknown_step != text
    (tmp_path / "b_unknown_step.model3").write_text(unknown_step, encoding="utf-8")
    (tmp_path / "c_good.model3").write_text(text, encoding="utf-8")
    logged = []
    monkeypatch.setattr(module.QgsMessageLog, "logMessage", lambda *args, **kwargs: logged.append(args[0]))
    try:
        monkeypatch.setattr(module, "models_dir", lambda: tmp_path)
        provider.refreshAlgorithms()
        ids = {a.id() for a in provider.algorithms()}
        assert "vantage:fixthencheck" in ids and "vantage:checkplots" in ids
        assert "vantage:brokenstep" not in ids and len(ids) == 8
        assert any("a_garbage" in m for m in logged) and any("b_unknown_step" in m for m in logged)
        monkeypatch.setattr(module, "models_dir", lambda: tmp_path / "missing")
        provider.refreshAlgorithms()
        assert {a.id() for a in provider.algorithms()} == {
            "vantage:validateplots", "vantage:fixplots", "vantage:checkplots", "vantage:importjob", "vantage:listjobs",
            "vantage:exporteudr", "vantage:report"}
    finally:
        monkeypatch.undo()
        provider.refreshAlgorithms()
    assert registry.algorithmById("vantage:fixthencheck") is not None


# --- (b) the shipped model runs, and equals the steps chained by hand --------------------------

def test_fix_then_check_model_on_demo_data(vantage, tmp_path):
    demo = _demo()
    fixed, results = tmp_path / "model_fixed.gpkg", tmp_path / "model_results.gpkg"
    answer = vantage.run("vantage:fixthencheck", {
        "plots": demo["plots"], "plot_id": "plot_ref", "forest_2020": demo["forest"], "forest_threshold": 10,
        "loss_year": demo["loss"], "protected_areas": demo["protected"], "indigenous_lands": demo["indigenous"],
        "harvest_date": "2024-12-31", "fix:fixed_plots": str(fixed), "check:results": str(results),
    })
    assert answer["check:results"].startswith(str(results))
    assert answer["fix:fixed_plots"].startswith(str(fixed))
    names, rows = _rows(results)
    ids = _demo_ids()
    assert {r["plot_ref"] for r in rows} == ids  # every demo plot, with the user's ids
    assert "vantage_fixes" in names and "risk_level" in names
    bow_tie = [r for r in rows if r["plot_ref"] == BOW_TIE]
    assert bow_tie
    for row in bow_tie:  # repaired by the fixes: assessed, no longer blocked
        assert row["status"] != "invalid", row
        assert row["risk_level"] and row["vantage_fixes"], row
    _, fixed_rows = _rows(fixed)
    assert {r["plot_ref"] for r in fixed_rows} == ids
    assert all(r["vantage_fixes"] for r in fixed_rows if r["plot_ref"] == BOW_TIE)

    # the same steps, chained by hand
    common = {"PLOT_ID_FIELD": "plot_ref", "ENGINE": 0, "FOREST_2020": demo["forest"], "FOREST_2020_MIN": 10,
              "LOSS_YEAR": demo["loss"], "PROTECTED_AREAS": demo["protected"],
              "INDIGENOUS_LANDS": demo["indigenous"], "DEFAULT_HARVEST_DATE": "2024-12-31"}
    raw = vantage.run("vantage:checkplots", dict(common, INPUT=demo["plots"], OUTPUT=str(tmp_path / "raw.gpkg")))
    _, raw_rows = _rows(tmp_path / "raw.gpkg")
    assert [r["status"] for r in raw_rows if r["plot_ref"] == BOW_TIE] == ["invalid"]  # without the fixes
    assert raw["INVALID"] >= 1
    vantage.run("vantage:fixplots", {"INPUT": demo["plots"], "PLOT_ID_FIELD": "plot_ref",
                                     "OUTPUT": str(tmp_path / "fixed.gpkg")})
    direct = vantage.run("vantage:checkplots", dict(common, INPUT=str(tmp_path / "fixed.gpkg"),
                                                    OUTPUT=str(tmp_path / "direct.gpkg")))
    _, direct_rows = _rows(tmp_path / "direct.gpkg")

    def key(row):
        loss = row["deforestation_ha"]
        return row["plot_ref"], row["status"], row["risk_level"], None if loss is None else round(loss, 6)

    assert Counter(map(key, rows)) == Counter(map(key, direct_rows))
    by_risk = Counter(r["risk_level"] for r in rows)
    by_status = Counter(r["status"] for r in rows)
    assert (by_risk["High"], by_risk["Medium"], by_risk["Low"], by_risk["Unknown"]) == (
        direct["HIGH"], direct["MEDIUM"], direct["LOW"], direct["UNKNOWN"])
    assert by_status["invalid"] == direct["INVALID"] < raw["INVALID"]
    assert len(rows) == direct["PLOTS"]


# --- (c) a model built from scratch ------------------------------------------------------------

def _validate_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("Validate in a model", "Tests", "tests")
    model.setName("validate_in_a_model")
    model.addModelParameter(QgsProcessingParameterVectorLayer("plots", "Plots", [QgsProcessing.TypeVector]),
                            QgsProcessingModelParameter("plots"))
    child = QgsProcessingModelChildAlgorithm("vantage:validateplots")
    child.setChildId("validate")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("plots")])
    child.addParameterSources("PLOT_ID_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("plot_ref")])
    child.addParameterSources("CHECK_OVERLAPS", [QgsProcessingModelChildParameterSource.fromStaticValue(True)])
    child.addParameterSources("GUESS_FIELDS", [QgsProcessingModelChildParameterSource.fromStaticValue(True)])
    output = QgsProcessingModelOutput("issues", "Issues")
    output.setChildId("validate")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"issues": output})
    model.addChildAlgorithm(child)
    return model


def test_model_built_from_scratch_with_validateplots(vantage, tmp_path):
    demo = _demo()
    model = _validate_model()
    ok, issues = model.validate()
    assert ok, issues
    assert model.childAlgorithm("validate").algorithm() is not None
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    results, ok = model.run({"plots": demo["plots"], "validate:issues": str(tmp_path / "model_issues.gpkg")},
                            context, feedback)
    assert ok, feedback.textLog()
    child = results["CHILD_RESULTS"]["validate"]
    direct = vantage.run("vantage:validateplots", {"INPUT": demo["plots"], "PLOT_ID_FIELD": "plot_ref",
                                                   "CHECK_OVERLAPS": True, "OUTPUT": str(tmp_path / "direct.gpkg")})
    assert direct["ERRORS"] >= 1  # the bow-tie: a model that dropped the errors would be caught
    for name in ("ERRORS", "WARNINGS", "VALID_PLOTS", "PLOTS"):
        assert child[name] == direct[name], name
    _, model_rows = _rows(tmp_path / "model_issues.gpkg")
    _, direct_rows = _rows(tmp_path / "direct.gpkg")
    issue = lambda r: (r["plot_id"], r["code"], r["severity"])  # noqa: E731
    assert Counter(map(issue, model_rows)) == Counter(map(issue, direct_rows))
    assert sum(r["severity"] == "error" for r in model_rows) == child["ERRORS"]
    assert sum(r["severity"] == "warning" for r in model_rows) == child["WARNINGS"]
    assert results["validate:issues"].startswith(str(tmp_path / "model_issues.gpkg"))
