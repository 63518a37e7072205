"""Processing parameters are named one way across the Vantage algorithms, enum parameters take their
names as well as their indexes, and data overrides are advanced parameters with help."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
)

from tests.conftest import DEMO

ALGORITHMS = ("validateplots", "fixplots", "checkplots", "exporteudr", "importjob", "listjobs", "report")
OLD_NAMES = {"PLOT_ID", "PLOT_NAME", "POINT_HA", "HARVEST_DATE"}


def _algorithm(name):
    algorithm = QgsApplication.processingRegistry().algorithmById(f"vantage:{name}")
    assert algorithm is not None, name
    return algorithm


@pytest.mark.parametrize("name", ALGORITHMS)
def test_field_parameters_end_in_field_and_old_names_are_gone(vantage, name):
    definitions = _algorithm(name).parameterDefinitions()
    for definition in definitions:
        if isinstance(definition, QgsProcessingParameterField):
            assert definition.name().endswith("_FIELD"), definition.name()
    assert not OLD_NAMES & {d.name() for d in definitions}


def test_validate_fix_and_check_share_the_plot_field_names(vantage):
    def fields(name):
        return {d.name() for d in _algorithm(name).parameterDefinitions()
                if isinstance(d, QgsProcessingParameterField)}

    common = {"PLOT_ID_FIELD", "PLOT_NAME_FIELD", "COMMODITY_FIELD", "HARVEST_DATE_FIELD", "POINT_AREA_FIELD"}
    assert fields("validateplots") == fields("fixplots") == fields("checkplots") == common
    assert {"PLOT_ID_FIELD", "POINT_AREA_FIELD"} <= fields("exporteudr")


def test_checkplots_values_for_plots_without_their_own_are_defaults(vantage):
    check = _algorithm("checkplots")
    assert isinstance(check.parameterDefinition("DEFAULT_COMMODITY"), QgsProcessingParameterEnum)
    assert check.parameterDefinition("DEFAULT_HARVEST_DATE") is not None
    assert check.parameterDefinition("COMMODITY") is None


def test_data_overrides_are_advanced_with_help(vantage):
    check = _algorithm("checkplots")
    overrides = ("FOREST_2020", "FOREST_2020_MIN", "FOREST_IS_JRC", "LOSS_YEAR", "PROTECTED_AREAS", "INDIGENOUS_LANDS")
    for name in overrides:
        definition = check.parameterDefinition(name)
        assert definition.flags() & QgsProcessingParameterDefinition.FlagAdvanced, name
        assert len(definition.help()) > 20, name
    assert not check.parameterDefinition("INPUT").flags() & QgsProcessingParameterDefinition.FlagAdvanced


def test_enum_names_become_indexes_and_indexes_still_work(vantage):
    check = _algorithm("checkplots").create()
    converted, error = check.enum_indexes({"ENGINE": "api", "DEFAULT_COMMODITY": "Palm oil",
                                           "CHECKS": "eudr,protected-area"})
    from vantage_plugin.core.api.checks import CHECKS
    from vantage_plugin.core.engines import ENGINES
    from vantage_plugin.core.plots import COMMODITIES

    assert error is None
    assert converted["ENGINE"] == ENGINES.index("api")
    assert converted["DEFAULT_COMMODITY"] == COMMODITIES.index("palm_oil")
    assert converted["CHECKS"] == [list(CHECKS).index("eudr"), list(CHECKS).index("protected-area")]
    same, error = check.enum_indexes({"ENGINE": 1, "DEFAULT_COMMODITY": "3", "CHECKS": [0]})
    assert error is None and same["ENGINE"] == 1 and same["DEFAULT_COMMODITY"] == 3 and same["CHECKS"] == [0]
    _, error = check.enum_indexes({"ENGINE": "cloud"})
    assert error and "ENGINE" in error and "bundled, api" in error
    _, error = check.enum_indexes({"ENGINE": 7})
    assert error


def test_checkparametervalues_refuses_an_unknown_name_and_accepts_a_known_one(vantage):
    fix = _algorithm("fixplots").create()
    context = QgsProcessingContext()
    base = {"INPUT": f"{DEMO / 'demo_plots.gpkg'}|layername=plots", "OUTPUT": "TEMPORARY_OUTPUT"}
    ok, message = fix.checkParameterValues(dict(base, FIXES="no_such_fix"), context)
    assert not ok and "FIXES" in message
    first = fix.parameterDefinition("FIXES").options()[0]
    ok, message = fix.checkParameterValues(dict(base, FIXES=first), context)
    assert ok, message


def test_a_run_with_enum_names_equals_a_run_with_indexes(vantage, tmp_path):
    """On the demo plots only REPAIR_GEOMETRY changes one plot; every fix (the default) changes more, none
    changes nothing: only the named fix gives the index run's count."""
    plots = f"{DEMO / 'demo_plots.gpkg'}|layername=plots"
    index = list(_algorithm("fixplots").parameterDefinition("FIXES").options()).index("REPAIR_GEOMETRY")

    def run(fixes, name):
        return vantage.run("vantage:fixplots", {"INPUT": plots, "PLOT_ID_FIELD": "plot_ref", "FIXES": fixes,
                                                "OUTPUT": str(tmp_path / f"{name}.gpkg")})

    by_index = run([index], "index")
    every = run(list(range(len(_algorithm("fixplots").parameterDefinition("FIXES").options()))), "every")
    assert by_index["CHANGE_COUNT"] >= 1 and every["CHANGE_COUNT"] > by_index["CHANGE_COUNT"]
    for name in ("REPAIR_GEOMETRY", "repair-geometry", ["REPAIR_GEOMETRY"]):
        assert run(name, "named")["CHANGE_COUNT"] == by_index["CHANGE_COUNT"], name


def test_a_model_step_may_give_an_enum_by_name(vantage, tmp_path):
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
        QgsProject,
    )

    model = QgsProcessingModelAlgorithm("Fix by name", "Tests", "tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("plots", "Plots", [QgsProcessing.TypeVector]),
                            QgsProcessingModelParameter("plots"))
    child = QgsProcessingModelChildAlgorithm("vantage:fixplots")
    child.setChildId("fix")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("plots")])
    child.addParameterSources("PLOT_ID_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("plot_ref")])
    child.addParameterSources("FIXES", [QgsProcessingModelChildParameterSource.fromStaticValue("REPAIR_GEOMETRY")])
    output = QgsProcessingModelOutput("fixed", "Fixed")
    output.setChildId("fix")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"fixed": output})
    model.addChildAlgorithm(child)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    plots = f"{DEMO / 'demo_plots.gpkg'}|layername=plots"
    results, ok = model.run({"plots": plots, "fix:fixed": str(tmp_path / "model.gpkg")}, context, feedback)
    assert ok, feedback.textLog()
    index = list(_algorithm("fixplots").parameterDefinition("FIXES").options()).index("REPAIR_GEOMETRY")
    direct = vantage.run("vantage:fixplots", {"INPUT": plots, "PLOT_ID_FIELD": "plot_ref", "FIXES": [index],
                                              "OUTPUT": str(tmp_path / "direct.gpkg")})
    assert direct["CHANGE_COUNT"] >= 1
    assert results["CHILD_RESULTS"]["fix"]["CHANGE_COUNT"] == direct["CHANGE_COUNT"]
