"""``vantage:checkplots``: validate, then assess each plot (bundled offline engine or Vantage API),
writing a GeoPackage styled by risk level."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core import analysis, risk
from ..core.api.state import state_path_for
from ..core.engines import ENGINE_BUNDLED, ENGINES
from ..core.plots import COMMODITIES, parse_harvest_date
from ..qgis_bridge import operations, styles
from ..qgis_bridge.feedback import core_feedback
from .base import VantageAlgorithm, advanced, missing_dependency, split_output
from .client import make_client
from .report import add_evidence_parameter, write_evidence_maps


def catalog_path() -> str:
    """The data catalog the dock uses too (see ``PluginSettings.catalog_file``)."""
    from ..qgis_bridge.settings import PluginSettings

    return PluginSettings().catalog_file()


def data_source_of(layer) -> Optional[dict]:
    """A catalog data source (``{"path", "layer"}``) for a QGIS layer read by GDAL/OGR."""
    if layer is None:
        return None
    if layer.providerType() not in ("gdal", "ogr"):
        raise QgsProcessingException(
            f"{layer.name()}: only file-based layers (GDAL/OGR) can be used by the bundled engine."
        )
    parts = layer.source().split("|")
    source: dict[str, Any] = {"path": parts[0]}
    for part in parts[1:]:
        if part.startswith("layername="):
            source["layer"] = part.split("=", 1)[1]
    return source


class CheckPlotsAlgorithm(VantageAlgorithm):
    ENGINE = "ENGINE"
    DEFAULT_COMMODITY = "DEFAULT_COMMODITY"
    DEFAULT_HARVEST_DATE = "DEFAULT_HARVEST_DATE"
    FOREST_2020 = "FOREST_2020"
    FOREST_2020_MIN = "FOREST_2020_MIN"
    FOREST_IS_JRC = "FOREST_IS_JRC"
    LOSS_YEAR = "LOSS_YEAR"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    INDIGENOUS_LANDS = "INDIGENOUS_LANDS"
    DRY_RUN = "DRY_RUN"
    CONFIRM_SPEND = "CONFIRM_SPEND"
    POLL_DEADLINE = "POLL_DEADLINE"
    CHECKS = "CHECKS"
    RUN_AGAIN = "RUN_AGAIN"
    OUTPUT = "OUTPUT"
    COUNTS = ("HIGH", "MEDIUM", "LOW", "UNKNOWN", "FAILED", "INVALID")
    SUMMARY = "SUMMARY"
    PLOTS = "PLOTS"
    EVIDENCE = "EVIDENCE"  # evidence maps (processing/report.py)

    commodity_parameters = (DEFAULT_COMMODITY,)

    def name(self) -> str:
        return "checkplots"

    def displayName(self) -> str:
        return self.tr("Check plots (EUDR)")

    def group(self) -> str:
        return self.tr("Checks")

    def groupId(self) -> str:
        return "Checks"  # the id the example model's group "Checks" gets: one group in the toolbox

    def shortHelpString(self) -> str:
        return self.tr(
            "Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover "
            "loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous "
            "lands, country, geodesic area and the Vantage risk level (High when deforestation > 15 % of "
            "the plot or > 1 ha; Medium > 10 % or > 0.5 ha; otherwise Low; Unknown without loss data).\n\n"
            "ENGINE bundled runs offline on the data given here; data left empty comes from the data "
            "catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of "
            "Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token "
            "and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set "
            "(qgis_process cannot ask).\n\n"
            "DEFAULT_COMMODITY and DEFAULT_HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.\n\n"
            "The output is a GeoPackage layer with every source attribute, the flat results (risk_level, "
            "area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot "
            "geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status "
            "'invalid' and the reason in 'error'."
        )

    def initAlgorithm(self, config=None):
        self.add_input_parameters()
        self.addParameter(
            QgsProcessingParameterEnum(self.ENGINE, self.tr("Engine"), options=list(ENGINES), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DEFAULT_COMMODITY,
                self.tr("Commodity (for plots without one)"),
                options=list(COMMODITIES),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DEFAULT_HARVEST_DATE, self.tr("Harvest date, yyyy-MM-dd (for plots without one)"), optional=True
            )
        )
        # Data overrides (bundled engine): left empty, the data catalog of the plugin settings is used.
        catalog = self.tr("Empty: the data catalog of the plugin settings.")
        self.addParameter(advanced(
            QgsProcessingParameterRasterLayer(
                self.FOREST_2020, self.tr("Forest cover 2020 raster (default: data catalog)"), optional=True
            ),
            self.tr("Tree cover in 2020 (percent, e.g. Hansen treecover2000) or a forest mask (JRC GFC2020) "
                    "for the bundled engine.") + " " + catalog,
        ))
        self.addParameter(advanced(
            QgsProcessingParameterNumber(
                self.FOREST_2020_MIN,
                self.tr("Forest when the forest raster value is at least (default: by the raster's kind)"),
                QgsProcessingParameterNumber.Double,
                minValue=0.0,
                optional=True,
            ),
            self.tr("The smallest forest raster value counted as forest. Empty: the default for the raster's "
                    "kind (tree cover in percent, a mask or a fraction)."),
        ))
        self.addParameter(advanced(
            QgsProcessingParameterBoolean(
                self.FOREST_IS_JRC, self.tr("The forest raster is the JRC GFC2020 mask"), defaultValue=False
            ),
            self.tr("Read the forest raster as the JRC GFC2020 forest mask (1 = forest) rather than tree cover."),
        ))
        self.addParameter(advanced(
            QgsProcessingParameterRasterLayer(
                self.LOSS_YEAR, self.tr("Tree cover loss year raster (Hansen lossyear)"), optional=True
            ),
            self.tr("The year of tree-cover loss per pixel (Hansen lossyear: 21 = 2021).") + " " + catalog,
        ))
        self.addParameter(advanced(
            QgsProcessingParameterVectorLayer(
                self.PROTECTED_AREAS,
                self.tr("Protected areas"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            self.tr("Polygons of protected areas (e.g. WDPA) the plots are overlaid with.") + " " + catalog,
        ))
        self.addParameter(advanced(
            QgsProcessingParameterVectorLayer(
                self.INDIGENOUS_LANDS,
                self.tr("Indigenous lands"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            self.tr("Polygons of indigenous lands the plots are overlaid with.") + " " + catalog,
        ))
        self.addParameter(
            QgsProcessingParameterBoolean(self.DRY_RUN, self.tr("API: dry run (no token spent)"), defaultValue=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CONFIRM_SPEND, self.tr("API: I agree to spend tokens (needed for a real run)"), defaultValue=False
            )
        )
        from ..core.api.checks import CHECK_EUDR, CHECKS

        self.addParameter(
            QgsProcessingParameterEnum(
                self.CHECKS, self.tr("API: check types (eudr always runs; Vantage runs only eudr for now)"),
                options=list(CHECKS), allowMultiple=True, optional=True,
                defaultValue=[list(CHECKS).index(CHECK_EUDR)],
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RUN_AGAIN, self.tr("API: run again (a new job, paid again) instead of reusing finished results "
                                        "in this output"), defaultValue=False, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.POLL_DEADLINE, self.tr("API: wait for the job at most (minutes; default: the plugin setting)"),
                QgsProcessingParameterNumber.Integer, optional=True, minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorDestination(
                self.OUTPUT, self.tr("Results (GeoPackage)"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        add_evidence_parameter(self)
        for name in self.COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(name.capitalize())))
        self.addOutput(QgsProcessingOutputNumber(self.PLOTS, self.tr("Plots")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))

    # --- options -------------------------------------------------------------------------------
    def _defaults(self, parameters, context) -> tuple[Optional[str], Optional[str]]:
        commodity = None
        if parameters.get(self.DEFAULT_COMMODITY) not in (None, "", []):
            index = self.parameterAsEnum(parameters, self.DEFAULT_COMMODITY, context)
            commodity = COMMODITIES[index] if 0 <= index < len(COMMODITIES) else None
        harvest = (self.parameterAsString(parameters, self.DEFAULT_HARVEST_DATE, context) or "").strip() or None
        if harvest and parse_harvest_date(harvest) is None:
            raise QgsProcessingException(self.tr("DEFAULT_HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.")
                                         .format(value=harvest))
        return commodity, harvest

    def bundled_options(self, parameters, context, feedback, commodity, harvest):
        """The run's data: the plugin's catalog (as the dock uses it) with the layers given here."""
        path = catalog_path()
        feedback.pushInfo(self.tr("Data catalog: {path}{missing}").format(
            path=path, missing="" if os.path.isfile(path) else self.tr(" (not found: only the data given here)")))
        overrides: dict[str, Any] = {}
        forest = self.parameterAsRasterLayer(parameters, self.FOREST_2020, context)
        overrides["forest_2020"] = data_source_of(forest)
        overrides["loss_year"] = data_source_of(self.parameterAsRasterLayer(parameters, self.LOSS_YEAR, context))
        for name, role in ((self.PROTECTED_AREAS, "protected_areas"), (self.INDIGENOUS_LANDS, "indigenous_lands")):
            overrides[role] = data_source_of(self.parameterAsVectorLayer(parameters, name, context))
        forest_min = None  # a forest raster given here without a threshold: its kind's default
        if forest is not None and parameters.get(self.FOREST_2020_MIN) not in (None, ""):
            forest_min = self.parameterAsDouble(parameters, self.FOREST_2020_MIN, context)
        options = operations.bundled_options(
            path, harvest_date=harvest, commodity=commodity, overrides=overrides,
            forest_is_jrc=self.parameterAsBool(parameters, self.FOREST_IS_JRC, context), forest_2020_min=forest_min,
        )
        for role in ("forest_2020", "loss_year", "protected_areas", "indigenous_lands", "admin"):
            source = getattr(options, role, None)
            feedback.pushInfo(f"  {role}: {source.label() if source is not None else self.tr('none')}")
        return options

    def api_setup(self, parameters, context, feedback, commodity, harvest, state_path=None):
        try:
            from ..core.api.workflow import ApiOptions  # noqa: F401 - the API engine's core must import
            from ..qgis_bridge.settings import PluginSettings
        except ImportError as error:
            raise missing_dependency(self.tr("The Vantage API engine"), error) from error
        settings = PluginSettings()
        dry_run = self.parameterAsBool(parameters, self.DRY_RUN, context)
        confirm_spend = self.parameterAsBool(parameters, self.CONFIRM_SPEND, context)
        if state_path:
            Path(state_path).parent.mkdir(parents=True, exist_ok=True)
            feedback.pushInfo(self.tr("API state (registered plots, job ids): {path}").format(path=state_path))
        deadline = (self.parameterAsInt(parameters, self.POLL_DEADLINE, context)
                    if parameters.get(self.POLL_DEADLINE) not in (None, "") else settings.poll_deadline_minutes)
        from ..core.api.checks import CHECKS, normalise_checks

        checks = normalise_checks([list(CHECKS)[i] for i in self.parameterAsEnums(parameters, self.CHECKS, context)])
        for name in checks:
            feedback.pushInfo(CHECKS[name].describe())
        options = operations.api_options(dry_run=dry_run, state_path=state_path, harvest_date=harvest,
                                         commodity=commodity, poll_deadline_minutes=deadline, checks=checks,
                                         run_again=self.parameterAsBool(parameters, self.RUN_AGAIN, context))
        client = make_client(feedback)
        self._refused = None

        def confirm(cost: int, free: int, count: int) -> bool:
            if confirm_spend:
                feedback.pushInfo(self.tr("Spending {cost} tokens for {count} plots ({free} available).")
                                  .format(cost=cost, count=count, free=free))
                return True
            # qgis_process cannot ask: without CONFIRM_SPEND nothing is spent, and the run stops with
            # an error naming the cost (raised by processAlgorithm once the workflow has stopped).
            self._refused = self.tr(
                "This check would spend {cost} tokens for {count} plots and the account has {free} free "
                "tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN."
            ).format(cost=cost, count=count, free=free)
            return False

        if dry_run:
            feedback.pushInfo(self.tr("Dry run: no token is spent, the results are simulated."))
        return client, options, confirm

    # --- run -----------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        engine = ENGINES[self.parameterAsEnum(parameters, self.ENGINE, context)]
        commodity, harvest = self._defaults(parameters, context)
        plot_source, _ = self.plot_source(parameters, context, feedback, commodity=commodity, harvest_date=harvest)
        destination = self.check_destination(parameters, context, self.OUTPUT, plot_source)
        path, layer_name = split_output(destination)
        operations.check_output(path, plot_source.file_path)

        kwargs: dict[str, Any] = {}
        self._refused = None
        if engine == ENGINE_BUNDLED:
            kwargs["bundled"] = self.bundled_options(parameters, context, feedback, commodity, harvest)
        else:
            client, options, confirm = self.api_setup(parameters, context, feedback, commodity, harvest,
                                                      state_path=state_path_for(path))
            kwargs.update(api_client=client, api=options, confirm=confirm)
        count = plot_source.count if plot_source.count >= 0 else "?"
        feedback.setProgressText(self.tr("Checking {count} plots with the {engine} engine…")
                                 .format(count=count, engine=engine))
        try:
            # Only counts are kept: every chunk is written before the next is read (bundled engine).
            done = self.run_core(operations.check_to_file, plot_source, engine, path, layer_name,
                                 feedback=core_feedback(feedback, 0, 95), keep=False,
                                 transform_context=context.transformContext(), **kwargs)
        except (QgsProcessingException, operations.OperationError):
            raise
        except ImportError as error:
            raise missing_dependency(self.tr("The {engine} engine").format(engine=engine), error) from error
        except Exception as error:  # an engine/API failure: a clear message, not a traceback
            if self._refused:
                raise QgsProcessingException(self._refused) from error
            raise QgsProcessingException(f"{type(error).__name__}: {error}") from error
        finally:
            transport = getattr(kwargs.get("api_client"), "transport", None)
            if transport is not None and hasattr(transport, "close"):
                transport.close()
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: nothing was written."))
        self.report_read(feedback, done.plot_count, done.unreadable)
        self.report_skipped(done.not_written, feedback, path)
        uri = done.uri
        error = operations.record_check(path, layer_name, engine, done.output, done.plots or [], plot_source,
                                        bundled_options=kwargs.get("bundled"), api_options=kwargs.get("api"),
                                        plot_count=done.plot_count)
        if error:
            feedback.reportError(self.tr("The run record could not be stored: {error}").format(error=error),
                                 fatalError=False)
        if self.parameterAsBool(parameters, self.EVIDENCE, context):
            write_evidence_maps(uri, feedback)
        feedback.setProgress(100)
        summary = done.summary
        counts = self.counts(summary)
        text = self.summary_text(summary, counts, done.output, engine, uri)
        for line in text.splitlines():
            feedback.pushInfo(line)
        dry_run = bool(summary.get("by_status", {}).get("simulated"))
        self.style_on_load(context, destination, styles.apply_dry_run_style if dry_run else styles.apply_risk_style,
                           uri, layer_name)
        result: dict[str, Any] = {self.OUTPUT: uri, self.SUMMARY: text, self.PLOTS: done.plot_count}
        result.update(counts)
        return result

    @staticmethod
    def counts(summary: dict) -> dict[str, int]:
        by_risk, by_status = summary.get("by_risk", {}), summary.get("by_status", {})
        return {
            "HIGH": by_risk.get(risk.HIGH, 0),
            "MEDIUM": by_risk.get(risk.MEDIUM, 0),
            "LOW": by_risk.get(risk.LOW, 0),
            "UNKNOWN": by_risk.get(risk.UNKNOWN, 0),
            "FAILED": by_status.get(analysis.STATUS_FAILED, 0),
            "INVALID": by_status.get(analysis.STATUS_INVALID, 0),
        }

    def summary_text(self, summary: dict, counts: dict, output, engine: str, uri: str) -> str:
        run = output.run
        lines = [
            self.tr("{plots} plots checked with the {engine} engine (run {status}).").format(
                plots=summary.get("plots", 0), engine=engine, status=getattr(run, "status", "") or "?"
            ),
            self.tr("Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, "
                    "failed {FAILED}.").format(**counts),
            self.tr("Area {area} ha, deforestation after 2020 {loss} ha.").format(
                area=summary.get("area_ha", 0), loss=summary.get("deforestation_ha", 0)
            ),
        ]
        simulated = summary.get("by_status", {}).get("simulated", 0)
        if simulated:
            lines.append(self.tr("{count} results are simulated (dry run): not real results.").format(count=simulated))
        report = output.report
        if report is not None:
            lines.append(self.tr("Validation: {errors}, {warnings}.").format(
                errors=self.tr("%n error(s)", "", report.error_count),
                warnings=self.tr("%n warning(s)", "", report.warning_count)))
        lines.append(self.tr("Output: {uri}").format(uri=uri))
        return "\n".join(lines)
