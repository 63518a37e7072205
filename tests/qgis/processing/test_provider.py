"""processing/provider.py: the ``vantage`` Processing provider, its metadata and its algorithms (each
algorithm's runs through ``processing.run`` are in test_validate_plots.py, test_fix_plots.py, test_check_plots.py)."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
)

from vantage_plugin.about import PROVIDER_ID, version


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
