#!/usr/bin/env python3
"""Write the example Processing models shipped with the plugin to ``resources/models/``.

The ``.model3`` files are committed; re-run this only to change them (it is not part of the plugin zip):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_models.py [--out resources/models]

``fix_then_check.model3`` ("Fix then check plots (EUDR)", ``vantage:fixthencheck`` once the provider
loads it): ``vantage:fixplots`` (every safe fix) then ``vantage:checkplots`` (bundled engine) on the
fixed plots. Users open it in the graphical modeler as a starting point for their own models.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "models"

#: model parameter names (the keys of ``processing.run("vantage:fixthencheck", {...})``)
PLOTS = "plots"
PLOT_ID = "plot_id"
FOREST_2020 = "forest_2020"
FOREST_THRESHOLD = "forest_threshold"
LOSS_YEAR = "loss_year"
PROTECTED_AREAS = "protected_areas"
INDIGENOUS_LANDS = "indigenous_lands"
HARVEST_DATE = "harvest_date"
#: child ids; the model's outputs are the parameters ``<child id>:<output name>``
FIX, CHECK = "fix", "check"
FIXED_PLOTS = f"{FIX}:fixed_plots"
RESULTS = f"{CHECK}:results"
#: help-content key of the title the provider shows (vantage_plugin/processing/provider.py, ShippedModel)
TITLE_KEY = "VANTAGE_TITLE"


def _set_sources(child, sources: dict) -> None:
    """One source per child parameter. (``setParameterSources`` with a Python dict crashes PyQGIS 3.22.)"""
    for name, source in sources.items():
        child.addParameterSources(name, [source])


def build_fix_then_check():
    """The "Fix then check plots (EUDR)" model (the vantage provider must be registered)."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )
    from qgis.PyQt.QtCore import QPointF, QSizeF

    model = QgsProcessingModelAlgorithm("Fix then check plots (EUDR)", "Checks", "vantage")
    model.setName("fixthencheck")

    definitions = [
        QgsProcessingParameterVectorLayer(
            PLOTS, "Plots (points or polygons, any CRS)", [QgsProcessing.TypeVector]),
        QgsProcessingParameterField(
            PLOT_ID, "Plot id field", parentLayerParameterName=PLOTS, type=QgsProcessingParameterField.Any,
            optional=True),
        QgsProcessingParameterRasterLayer(
            FOREST_2020, "Forest cover 2020 raster (default: data catalog)", optional=True),
        QgsProcessingParameterNumber(
            FOREST_THRESHOLD, "Forest when the forest raster value is at least (Hansen tree cover: 10; JRC mask: 1)",
            QgsProcessingParameterNumber.Double, defaultValue=10.0, minValue=0.0),
        QgsProcessingParameterRasterLayer(
            LOSS_YEAR, "Tree cover loss year raster (Hansen lossyear; default: data catalog)", optional=True),
        QgsProcessingParameterVectorLayer(
            PROTECTED_AREAS, "Protected areas (default: data catalog)", [QgsProcessing.TypeVectorPolygon],
            optional=True),
        QgsProcessingParameterVectorLayer(
            INDIGENOUS_LANDS, "Indigenous lands (default: data catalog)", [QgsProcessing.TypeVectorPolygon],
            optional=True),
        QgsProcessingParameterString(
            HARVEST_DATE, "Harvest date, yyyy-MM-dd (for plots without one)", optional=True),
    ]
    for row, definition in enumerate(definitions):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120.0, 80.0 + 75.0 * row))
        component.setSize(QSizeF(200.0, 50.0))
        model.addModelParameter(definition, component)

    fix = QgsProcessingModelChildAlgorithm("vantage:fixplots")
    fix.setChildId(FIX)
    fix.setDescription("Fix plots (safe fixes)")
    fix.setPosition(QPointF(480.0, 130.0))
    fix.setSize(QSizeF(200.0, 50.0))
    # FIXES is left unset on purpose: its default is every safe fix the installed plugin knows.
    _set_sources(fix, {
        "INPUT": Source.fromModelParameter(PLOTS),
        "PLOT_ID_FIELD": Source.fromModelParameter(PLOT_ID),
        "GUESS_FIELDS": Source.fromStaticValue(True),
    })
    fixed = QgsProcessingModelOutput(FIXED_PLOTS.split(":")[1], "Fixed plots")
    fixed.setChildId(FIX)
    fixed.setChildOutputName("OUTPUT")
    fixed.setPosition(QPointF(700.0, 80.0))
    fix.setModelOutputs({fixed.name(): fixed})
    model.addChildAlgorithm(fix)

    check = QgsProcessingModelChildAlgorithm("vantage:checkplots")
    check.setChildId(CHECK)
    check.setDescription("Check plots (EUDR)")
    check.setPosition(QPointF(480.0, 480.0))
    check.setSize(QSizeF(200.0, 50.0))
    _set_sources(check, {
        "INPUT": Source.fromChildOutput(FIX, "OUTPUT"),
        "PLOT_ID_FIELD": Source.fromModelParameter(PLOT_ID),
        "GUESS_FIELDS": Source.fromStaticValue(True),
        "ENGINE": Source.fromStaticValue(0),  # bundled: offline, no account, no token
        "DEFAULT_HARVEST_DATE": Source.fromModelParameter(HARVEST_DATE),
        "FOREST_2020": Source.fromModelParameter(FOREST_2020),
        "FOREST_2020_MIN": Source.fromModelParameter(FOREST_THRESHOLD),
        "FOREST_IS_JRC": Source.fromStaticValue(False),
        "LOSS_YEAR": Source.fromModelParameter(LOSS_YEAR),
        "PROTECTED_AREAS": Source.fromModelParameter(PROTECTED_AREAS),
        "INDIGENOUS_LANDS": Source.fromModelParameter(INDIGENOUS_LANDS),
        "DRY_RUN": Source.fromStaticValue(True),
        "CONFIRM_SPEND": Source.fromStaticValue(False),
    })
    results = QgsProcessingModelOutput(RESULTS.split(":")[1], "Results (GeoPackage)")
    results.setChildId(CHECK)
    results.setChildOutputName("OUTPUT")
    results.setPosition(QPointF(700.0, 560.0))
    check.setModelOutputs({results.name(): results})
    model.addChildAlgorithm(check)

    model.setParameterOrder([d.name() for d in definitions])
    model.setHelpContent({
        TITLE_KEY: "Fix then check plots (EUDR)",  # the toolbox title (a model's own title is its name)
        "ALG_DESC": (
            "Example model: writes a fixed copy of the plots with every safe fix (Fix plots), then checks the "
            "fixed plots for the EUDR with the bundled offline engine (Check plots): forest cover in 2020, "
            "tree-cover loss after 2020, protected areas, indigenous lands and the risk level. Plots that the "
            "fixes cannot repair are kept in the results with status 'invalid'. Open it in the graphical "
            "modeler (Edit Model…) and save a copy as a starting point for your own workflow."
        ),
        "ALG_CREATOR": "Vantage for QGIS",
        PLOTS: "The plots to fix and check.",
        PLOT_ID: "Field holding your plot ids (guessed from common names when empty).",
        FOREST_2020: "Forest cover 2020 raster; empty: the data catalog's.",
        FOREST_THRESHOLD: "A pixel is forest when the forest raster value is at least this.",
        LOSS_YEAR: "Hansen lossyear raster; empty: the data catalog's.",
        PROTECTED_AREAS: "Protected areas polygons (WDPA schema); empty: the data catalog's.",
        INDIGENOUS_LANDS: "Indigenous lands polygons; empty: the data catalog's.",
        HARVEST_DATE: "Harvest date for plots without one (yyyy-MM-dd).",
        FIXED_PLOTS: "The plots after the safe fixes, with a 'vantage_fixes' field.",
        RESULTS: "The check results, a GeoPackage styled by risk level.",
    })
    return model


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from vantage_plugin.processing.provider import VantageProvider

        provider = VantageProvider()
        if not QgsApplication.processingRegistry().addProvider(provider):
            raise SystemExit("could not register the vantage provider")
        model = build_fix_then_check()
        ok, issues = model.validate()
        if not ok:
            raise SystemExit("the model is not valid:\n- " + "\n- ".join(issues))
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / "fix_then_check.model3"
        if not model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"{path}: {[p.name() for p in model.parameterDefinitions()]}")
        QgsApplication.processingRegistry().removeProvider(provider)
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
