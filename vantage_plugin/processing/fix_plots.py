"""``vantage:fixplots``: a fixed copy of the plots (safe fixes only), with what was changed."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .base import VantageAlgorithm, missing_dependency

FIXES_FIELD = "vantage_fixes"


def available_fixes() -> list[tuple[str, str]]:
    """(code, description) of every safe fix, in the order they apply; empty if validation is missing."""
    try:
        from ..core.validation.fixes import FIXES
    except ImportError:
        return []
    return list(FIXES.items())


def fixed_wkb_type(source, plots) -> int:
    """Multi type of the fixed plots' kind (points or polygons); Unknown (any) when they mix kinds
    (QGIS may call a mixed GeoPackage layer "Polygon"); the source's kind when no plot has a geometry."""
    kinds = {p.geometry.geom_type for p in plots if p.geometry is not None and not p.geometry.is_empty}
    if kinds and kinds <= {"Point", "MultiPoint"}:
        return QgsWkbTypes.MultiPoint
    if kinds and kinds <= {"Polygon", "MultiPolygon"}:
        return QgsWkbTypes.MultiPolygon
    if kinds:
        return QgsWkbTypes.Unknown
    gtype = QgsWkbTypes.geometryType(source.wkbType())
    return QgsWkbTypes.MultiPoint if gtype == QgsWkbTypes.PointGeometry else QgsWkbTypes.MultiPolygon


class FixPlotsAlgorithm(VantageAlgorithm):
    FIXES = "FIXES"
    OUTPUT = "OUTPUT"
    CHANGES = "CHANGES"
    CHANGE_COUNT = "CHANGE_COUNT"
    FIXED_PLOTS = "FIXED_PLOTS"
    SKIPPED = "SKIPPED"

    def name(self) -> str:
        return "fixplots"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Fix plots (safe fixes)")

    def group(self) -> str:
        return self.tr("Plots")

    def groupId(self) -> str:  # noqa: N802
        return "plots"

    def shortHelpString(self) -> str:  # noqa: N802
        lines = "\n".join(f"- {code}: {text}" for code, text in available_fixes())
        return self.tr(
            "Writes a fixed copy of the plots (WGS84) with every source attribute kept and a "
            "'vantage_fixes' field saying what was changed. Only safe fixes are applied, and only the "
            "ones chosen:\n{fixes}\n\nThe optional CHANGES table lists each change (and each fix that "
            "could not be applied safely). Run 'Validate plots' on the result to see what is left."
        ).format(fixes=lines)

    def initAlgorithm(self, config=None):  # noqa: N802
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

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            from ..core.validation.fixes import PART_FIELD, apply_fixes
        except ImportError as error:
            raise missing_dependency(self.tr("Plot fixes"), error) from error
        from ..qgis_bridge import results

        fixes = available_fixes()
        chosen = self.parameterAsEnums(parameters, self.FIXES, context)
        codes = [fixes[i][0] for i in chosen if 0 <= i < len(fixes)]
        plots, source, _ = self.read_plots(parameters, context, feedback, 0, 30)
        feedback.setProgressText(self.tr("Applying {fixes}…").format(fixes=", ".join(codes) or self.tr("no fix")))
        outcome = self.run_core(apply_fixes, plots, codes)
        feedback.setProgress(60)

        by_plot: dict[int, list[str]] = {}
        for change in outcome.changes:
            by_plot.setdefault(change.plot_index, []).append(f"{change.fix}: {change.message}")

        source_fields = source.fields()
        fields = QgsFields(source_fields)
        split = any(PART_FIELD in plot.attributes for plot in outcome.plots)
        if split and fields.lookupField(PART_FIELD) < 0:
            fields.append(QgsField(PART_FIELD, QVariant.Int))
        if fields.lookupField(FIXES_FIELD) < 0:
            fields.append(QgsField(FIXES_FIELD, QVariant.String))
        fixes_at = fields.lookupField(FIXES_FIELD)
        wkb_type = fixed_wkb_type(source, outcome.plots)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, wkb_type, QgsCoordinateReferenceSystem("EPSG:4326")
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        origin = outcome.origin or [plot.index for plot in outcome.plots]
        dropped = 0
        fid_at = next((i for i, f in enumerate(fields) if f.name().lower() == "fid"), -1)
        # A GeoPackage takes a "fid" attribute as the feature id: once a plot is split, copied ids would
        # collide with the ids it gives the new parts, so every feature is numbered afresh.
        renumber = fid_at >= 0 and len(set(origin)) != len(origin)
        for plot, source_index in zip(outcome.plots, origin):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            values = [results._source_value(field, plot.attributes.get(field.name())) for field in fields]
            values[fixes_at] = "; ".join(by_plot.get(source_index, [])) or None
            if renumber:
                values[fid_at] = None
            feature.setAttributes(values)
            geometry = results.fit_geometry(plot.geometry, wkb_type)
            if geometry is not None:
                feature.setGeometry(geometry)
            elif plot.geometry is not None and not plot.geometry.is_empty:
                dropped += 1
            self.add_feature(sink, feature, parameters, self.OUTPUT)
        if dropped:
            feedback.reportError(
                self.tr("{count} plots have a geometry of another kind than the layer's (kept without geometry).")
                .format(count=dropped),
                fatalError=False,
            )

        output = {self.OUTPUT: dest_id}
        labels = {plot.index: plot.label for plot in plots}
        change_fields = QgsFields()
        for name, kind in (("plot_index", QVariant.Int), ("plot_id", QVariant.String), ("fix", QVariant.String),
                           ("message", QVariant.String), ("applied", QVariant.Bool)):
            change_fields.append(QgsField(name, kind))
        changes_sink, changes_id = self.parameterAsSink(
            parameters, self.CHANGES, context, change_fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if changes_sink is not None:
            rows = [(c, True) for c in outcome.changes] + [(c, False) for c in outcome.skipped]
            for change, applied in rows:
                feature = QgsFeature(change_fields)
                feature.setAttributes(
                    [change.plot_index, labels.get(change.plot_index), change.fix, change.message, applied]
                )
                self.add_feature(changes_sink, feature, parameters, self.CHANGES)
            output[self.CHANGES] = changes_id
        feedback.pushInfo(
            self.tr("{changes} changes to {plots} plots; {skipped} fixes not applied.").format(
                changes=len(outcome.changes), plots=len(by_plot), skipped=len(outcome.skipped)
            )
        )
        output[self.CHANGE_COUNT] = len(outcome.changes)
        output[self.FIXED_PLOTS] = len(by_plot)
        output[self.SKIPPED] = len(outcome.skipped)
        return output
