"""What every Vantage algorithm shares: tr(), the icon, the plot field parameters and plot reading."""

from __future__ import annotations

import re
import traceback
from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import about

#: Plot field parameters: (name, FieldMapping attribute, label).
FIELD_PARAMETERS: tuple[tuple[str, str, str], ...] = (
    ("PLOT_ID", "plot_id", "Plot id field"),
    ("PLOT_NAME", "plot_name", "Plot name field"),
    ("COMMODITY", "commodity", "Commodity field"),
    ("HARVEST_DATE", "harvest_date", "Harvest date field (yyyy-MM-dd)"),
    ("POINT_HA", "point_ha", "Point area field (hectares, for point plots)"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("VantageProcessing", text)


def missing_dependency(what: str, error: Exception) -> QgsProcessingException:
    from ..dependencies import problem_text

    message = tr("{what} is not available in this installation of Vantage for QGIS ({error}).").format(
        what=what, error=error
    )
    hint = problem_text()  # names the missing package and how to install it
    return QgsProcessingException(f"{message} {hint}" if hint else message)


class LayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies a style function to an output layer once Processing has loaded it.

    Instances are kept alive in :attr:`_alive` (QuickOSM's pattern): Processing holds only a raw
    pointer to the post-processor, so a Python object collected too early would crash QGIS.
    """

    _alive: list["LayerStyler"] = []

    def __init__(self, style) -> None:
        super().__init__()
        self.style = style

    @classmethod
    def create(cls, style) -> "LayerStyler":
        styler = cls(style)
        cls._alive.append(styler)
        del cls._alive[:-50]  # keep the last ones; Processing uses them right after the algorithm
        return styler

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API name)
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            self.style(layer)


class VantageAlgorithm(QgsProcessingAlgorithm):
    """Base class: metadata helpers and the shared plot input."""

    def add_feature(self, sink: Any, feature: Any, parameters: dict, name: str) -> None:
        """Write one feature or stop with Processing's own message: a row is never lost silently."""
        from qgis.core import QgsFeatureSink

        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    INPUT = "INPUT"
    GUESS_FIELDS = "GUESS_FIELDS"
    #: Field parameter names of this algorithm, overridable (checkplots renames two).
    field_parameters: tuple[tuple[str, str, str], ...] = FIELD_PARAMETERS

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(about.icon_path()))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(about.icon_path())

    def helpUrl(self) -> str:  # noqa: N802
        return about.metadata().get("homepage", "")

    # --- parameters --------------------------------------------------------------------------
    def add_input_parameters(self) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Plots (any vector layer: points or polygons, any CRS)"),
                [QgsProcessing.TypeVector],
            )
        )
        for name, _, label in self.field_parameters:
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    self.tr(label),
                    parentLayerParameterName=self.INPUT,
                    type=QgsProcessingParameterField.Any,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.GUESS_FIELDS,
                self.tr("Guess unset fields from common names (id, plot_id, commodity, harvest_date…)"),
                defaultValue=True,
            )
        )

    # --- reading -----------------------------------------------------------------------------
    def mapping(self, parameters: dict, context: QgsProcessingContext, source: QgsFeatureSource):
        from ..core.plots import FieldMapping
        from ..qgis_bridge.layers import guess_mapping

        chosen: dict[str, Optional[str]] = {}
        for name, attribute, _ in self.field_parameters:
            value = self.parameterAsString(parameters, name, context) if name in parameters else ""
            if value and source.fields().lookupField(value) < 0:
                raise QgsProcessingException(self.tr("Field {field} is not in the input layer.").format(field=value))
            chosen[attribute] = value or None
        if self.parameterAsBool(parameters, self.GUESS_FIELDS, context):
            gtype = QgsWkbTypes.geometryType(source.wkbType())
            points = {QgsWkbTypes.PointGeometry: True, QgsWkbTypes.PolygonGeometry: False,
                      QgsWkbTypes.LineGeometry: False}.get(gtype)  # unknown/mixed layers: maybe points
            guessed = guess_mapping(source.fields(), points=points)
            used = {v for v in chosen.values() if v}
            for attribute, value in guessed.__dict__.items():
                if chosen.get(attribute) is None and value and value not in used:
                    chosen[attribute] = value
                    used.add(value)
        return FieldMapping(**chosen)

    def read_plots(
        self,
        parameters: dict,
        context: QgsProcessingContext,
        feedback: Optional[QgsProcessingFeedback],
        start: float = 0.0,
        span: float = 10.0,
        **defaults: Any,
    ):
        """(plots, PlotSource, mapping) from INPUT, honouring "selected features only"
        (``operations.read_plots``, as the dock reads a layer). ``defaults``: commodity, harvest_date."""
        from ..qgis_bridge import operations
        from ..qgis_bridge.feedback import core_feedback

        # Plots are read as they are, invalid ones included: finding those is validation's job. The
        # context's default check (often "stop at the first invalid geometry") must not apply here.
        check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        try:
            source = self.parameterAsSource(parameters, self.INPUT, context)
        finally:
            context.setInvalidGeometryCheck(check)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        try:
            layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        except Exception:  # noqa: BLE001 - only used for the file behind it and raw GeoJSON geometries
            layer = None
        mapping = self.mapping(parameters, context, source)
        if feedback is not None:
            feedback.pushInfo(
                self.tr("Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, "
                        "point area={point_ha}").format(**mapping.__dict__)
            )
        plot_source = operations.source_from_processing(source, mapping, layer, context, **defaults)
        plots = operations.read_plots(plot_source, core_feedback(feedback, start, span))
        unreadable = sum(plot.read_error is not None for plot in plots)
        if feedback is not None:
            feedback.pushInfo(self.tr("{count} plots read.").format(count=len(plots)))
            if unreadable:
                feedback.reportError(
                    self.tr("{count} plots have a geometry QGIS could not read (reported as errors).").format(
                        count=unreadable
                    ),
                    fatalError=False,
                )
        return plots, plot_source, mapping

    def check_destination(self, parameters: dict, context: QgsProcessingContext, name: str,
                          plot_source: Any) -> str:
        """The output ``name``'s destination, refused when it is the file holding the input plots."""
        from ..qgis_bridge import operations

        destination = self.parameterAsOutputLayer(parameters, name, context)
        path = destination.split("|", 1)[0]
        if path.lower().startswith("ogr:"):
            match = re.search(r"dbname='?([^' ]+)'?", path)
            path = match.group(1) if match else path
        operations.refuse_input(path, plot_source.file_path)
        return destination

    def add_rows(self, sink: Any, fields: Any, rows: Any, feedback: Any) -> list[tuple[str, str]]:
        """Add ``(values, geometry, label[, reason])`` rows to ``sink``; a row the sink refuses is
        skipped and returned as (plot, reason), never silently lost and never the end of the batch."""
        from qgis.core import QgsFeature, QgsFeatureSink

        skipped: list[tuple[str, str]] = []
        for row in rows:
            if feedback is not None and feedback.isCanceled():
                break
            values, geometry = row[0], row[1]
            label = str(row[2]) if len(row) > 2 else "?"
            if values is None:
                skipped.append((label, row[3] if len(row) > 3 else tr("the row could not be made")))
                continue
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            if geometry is not None:
                feature.setGeometry(geometry)
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                error = sink.lastError() if hasattr(sink, "lastError") else ""
                skipped.append((label, error or tr("the format refused the row")))
        return skipped

    def report_skipped(self, skipped: list, feedback: Any, destination: str) -> None:
        if skipped and feedback is not None:
            from ..qgis_bridge.operations import describe_not_written

            feedback.reportError(describe_not_written(skipped, destination.split("|", 1)[0]), fatalError=False)

    def style_on_load(self, context: QgsProcessingContext, key: str, style, uri: Optional[str] = None,
                      name: Optional[str] = None) -> None:
        """Style output ``key`` when Processing loads it (optionally re-pointing it at ``uri``)."""
        if not context.willLoadLayerOnCompletion(key):
            return
        details = context.layerToLoadOnCompletionDetails(key)
        if uri is not None and uri != key:
            layers = dict(context.layersToLoadOnCompletion())
            old = layers.pop(key)
            new = QgsProcessingContext.LayerDetails(name or old.name, context.project(), old.outputName)
            new.forceName = old.forceName
            layers[uri] = new
            context.setLayersToLoadOnCompletion(layers)
            details = context.layerToLoadOnCompletionDetails(uri)
        details.setPostProcessor(LayerStyler.create(style))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        """:meth:`process`, with every failure turned into a message for the user (no traceback):
        what happened, to which file or plot, and what to do; the traceback goes to the log."""
        from ..qgis_bridge.operations import OperationError

        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except ImportError as error:
            raise missing_dependency(self.displayName(), error) from error
        except OperationError as error:
            raise QgsProcessingException(str(error)) from error
        except Exception as error:  # noqa: BLE001 - Processing would show a traceback
            from ..core.runs import Cancelled

            if isinstance(error, Cancelled):
                raise QgsProcessingException(tr("Cancelled.")) from error
            QgsMessageLog.logMessage(traceback.format_exc(), "Vantage", Qgis.MessageLevel.Critical)
            raise QgsProcessingException(f"{type(error).__name__}: {error}") from error

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    @staticmethod
    def run_core(function, *args, **kwargs) -> Any:
        """Run a core function, turning a user cancellation into a clean Processing stop."""
        from ..core.runs import Cancelled

        try:
            return function(*args, **kwargs)
        except Cancelled as error:
            raise QgsProcessingException(tr("Cancelled.")) from error
