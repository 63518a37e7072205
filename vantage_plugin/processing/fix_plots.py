"""``vantage:fixplots``: a fixed copy of the plots (safe fixes only), with what was changed."""

from __future__ import annotations

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..qgis_bridge import operations
from .base import VantageAlgorithm


def available_fixes() -> list[tuple[str, str]]:
    """(code, description) of every safe fix, in the order they apply; empty if validation is missing."""
    try:  # shapely: the provider (and this algorithm's parameters) load without it
        from ..core.validation.fixes import FIXES
    except ImportError:
        return []
    return list(FIXES.items())


class FixPlotsAlgorithm(VantageAlgorithm):
    FIXES = "FIXES"
    OUTPUT = "OUTPUT"
    CHANGES = "CHANGES"
    CHANGE_COUNT = "CHANGE_COUNT"
    FIXED_PLOTS = "FIXED_PLOTS"
    SKIPPED = "SKIPPED"

    def name(self) -> str:
        return "fixplots"

    def displayName(self) -> str:
        return self.tr("Fix plots (safe fixes)")

    def group(self) -> str:
        return self.tr("Plots")

    def groupId(self) -> str:
        return "plots"

    def shortHelpString(self) -> str:
        lines = "\n".join(f"- {code}: {text}" for code, text in available_fixes())
        return self.tr(
            "Writes a fixed copy of the plots (WGS84) with every source attribute kept and a "
            "'vantage_fixes' field saying what was changed. Only safe fixes are applied, and only the "
            "ones chosen:\n{fixes}\n\nThe optional CHANGES table lists each change (and each fix that "
            "could not be applied safely). Run 'Validate plots' on the result to see what is left."
        ).format(fixes=lines)

    def initAlgorithm(self, config=None):
        self.add_input_parameters()
        fixes = available_fixes()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FIXES,
                self.tr("Fixes to apply"),
                options=[code for code, _ in fixes],
                allowMultiple=True,
                defaultValue=list(range(len(fixes))),
                optional=True,
            )
        )
        fixed = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Fixed plots"), QgsProcessing.TypeVectorAnyGeometry
        )
        # A temporary output becomes a temporary GeoPackage, not a memory layer: a layer of points and
        # polygons (plots may mix them) cannot be held in memory, and plots are never kept only there.
        fixed.setSupportsNonFileBasedOutput(False)
        self.addParameter(fixed)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CHANGES, self.tr("Changes"), QgsProcessing.TypeVector, optional=True, createByDefault=False
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CHANGE_COUNT, self.tr("Changes made")))
        self.addOutput(QgsProcessingOutputNumber(self.FIXED_PLOTS, self.tr("Plots changed")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr("Fixes not applied (unsafe)")))

    def process(self, parameters, context, feedback):
        fixes = available_fixes()
        if not fixes:
            from ..core.validation.fixes import FIXES  # noqa: F401 - raises the ImportError that names the package
        chosen = self.parameterAsEnums(parameters, self.FIXES, context)
        codes = [fixes[i][0] for i in chosen if 0 <= i < len(fixes)]
        plots, plot_source, _ = self.read_plots(parameters, context, feedback, 0, 30)
        destination = self.check_destination(parameters, context, self.OUTPUT, plot_source)
        feedback.setProgressText(self.tr("Applying {fixes}…").format(fixes=", ".join(codes) or self.tr("no fix")))
        layer = self.run_core(operations.fix, plots, plot_source.fields, codes,
                              operations.sink_wkb_type(plot_source.wkb_type))
        outcome = layer.fixed
        feedback.setProgress(60)
        dest_id, skipped_rows = self.write_output(parameters, context, feedback, self.OUTPUT, layer.fields,
                                                  layer.wkb_type, lambda: layer.rows(plot_source.fields),
                                                  destination=destination)
        self.report_skipped(skipped_rows, feedback, dest_id)

        output = {self.OUTPUT: dest_id}
        changed = {change.plot_index for change in outcome.changes}
        labels = {plot.index: plot.label for plot in plots}
        change_fields = QgsFields()
        for name, kind in (("plot_index", QVariant.Int), ("plot_id", QVariant.String), ("fix", QVariant.String),
                           ("message", QVariant.String), ("applied", QVariant.Bool)):
            change_fields.append(QgsField(name, kind))
        applied = [(c, True) for c in outcome.changes] + [(c, False) for c in outcome.skipped]

        def change_rows():
            return (([c.plot_index, labels.get(c.plot_index), c.fix, c.message, done], None, labels.get(c.plot_index))
                    for c, done in applied)

        changes_id, skipped_changes = self.write_output(parameters, context, feedback, self.CHANGES, change_fields,
                                                        QgsWkbTypes.NoGeometry, change_rows)
        if changes_id is not None:
            self.report_skipped(skipped_changes, feedback, changes_id)
            output[self.CHANGES] = changes_id
        for change in outcome.skipped:
            if not change.fix:  # a plot a fix failed on: kept as it was, said here
                feedback.reportError(f"{labels.get(change.plot_index)}: {change.message}", fatalError=False)
        feedback.pushInfo(
            self.tr("{changes} changes to {plots} plots; {skipped} fixes not applied.").format(
                changes=len(outcome.changes), plots=len(changed), skipped=len(outcome.skipped)
            )
        )
        output[self.CHANGE_COUNT] = len(outcome.changes)
        output[self.FIXED_PLOTS] = len(changed)
        output[self.SKIPPED] = len(outcome.skipped)
        return output
