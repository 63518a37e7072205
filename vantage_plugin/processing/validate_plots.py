"""``vantage:validateplots``: one row per problem found in the plots, before anything is spent."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
)

from ..qgis_bridge import operations, results
from ..qgis_bridge.feedback import core_feedback
from .base import VantageAlgorithm


class ValidatePlotsAlgorithm(VantageAlgorithm):
    OUTPUT = "OUTPUT"
    CHECK_OVERLAPS = "CHECK_OVERLAPS"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"
    VALID_PLOTS = "VALID_PLOTS"
    PLOTS = "PLOTS"

    def name(self) -> str:
        return "validateplots"

    def displayName(self) -> str:
        return self.tr("Validate plots")

    def group(self) -> str:
        return self.tr("Plots")

    def groupId(self) -> str:
        return "plots"

    def shortHelpString(self) -> str:
        return self.tr(
            "Checks every plot against the EUDR and Vantage geometry rules before anything is analysed or "
            "sent: missing or unreadable geometries, open or mis-nested rings, self-intersections, spikes, "
            "too few decimals, duplicates and overlaps, points above 4 ha, commodity and harvest date values.\n\n"
            "The output has one row per problem, with the plot's id, the rule code, its severity (an error "
            "blocks the plot, a warning does not), a message, the safe fix that removes it (see 'Fix plots') "
            "and the plot's geometry in WGS84.\n\n"
            "Outputs ERRORS, WARNINGS and VALID_PLOTS (plots without any error) are numbers usable in models."
        )

    def initAlgorithm(self, config=None):
        self.add_input_parameters()
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CHECK_OVERLAPS, self.tr("Check overlaps between plots"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Plot issues"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, self.tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))
        self.addOutput(QgsProcessingOutputNumber(self.VALID_PLOTS, self.tr("Plots without error")))
        self.addOutput(QgsProcessingOutputNumber(self.PLOTS, self.tr("Plots")))

    def process(self, parameters, context, feedback):
        plots, plot_source, _ = self.read_plots(parameters, context, feedback, 0, 20)
        destination = self.check_destination(parameters, context, self.OUTPUT, plot_source)
        feedback.setProgressText(self.tr("Validating {count} plots…").format(count=len(plots)))
        check_overlaps = self.parameterAsBool(parameters, self.CHECK_OVERLAPS, context)
        report = self.run_core(operations.validate, plots, check_overlaps, core_feedback(feedback, 20, 70))
        wkb_type = operations.sink_wkb_type(plot_source.wkb_type)
        labels = {plot.index: plot.label for plot in plots}

        def rows():
            return ((values, geometry, labels.get(values[0], "?"))
                    for values, geometry in results.issue_rows(plots, report, wkb_type))

        dest_id, skipped = self.write_output(parameters, context, feedback, self.OUTPUT, results.issue_fields(),
                                             wkb_type, rows, results.apply_issue_style, destination)
        self.report_skipped(skipped, feedback, dest_id)
        feedback.setProgress(100)
        valid = len(report.valid_indices)
        feedback.pushInfo(
            self.tr("{plots}: {errors}, {warnings}; {valid} without error.").format(
                plots=self.tr("%n plot(s)", "", len(plots)), errors=self.tr("%n error(s)", "", report.error_count),
                warnings=self.tr("%n warning(s)", "", report.warning_count), valid=self.tr("%n plot(s)", "", valid)
            )
        )
        return {
            self.OUTPUT: dest_id,
            self.ERRORS: report.error_count,
            self.WARNINGS: report.warning_count,
            self.VALID_PLOTS: valid,
            self.PLOTS: len(plots),
        }
