"""What every Vantage algorithm shares: tr(), the icon, the plot field parameters and plot reading."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
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


#: Where Processing strings are looked up after the algorithm's own classes: ``pylupdate5`` files a
#: ``self.tr`` call under its class's name and a module-level ``tr`` under ``@default``.
PROCESSING_CONTEXTS = ("VantageProcessing", "@default")


def tr(text: str, *contexts: str) -> str:
    """``text`` translated in the first of ``contexts`` (then :data:`PROCESSING_CONTEXTS`) that has it."""
    for context in (*contexts, *PROCESSING_CONTEXTS):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


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
        """Translated in the context ``pylupdate5`` gave it: the class that wrote it, or a base class."""
        return tr(text, *(cls.__name__ for cls in type(self).__mro__ if issubclass(cls, VantageAlgorithm)))

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(about.icon_path()))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(about.icon_path())

    def helpUrl(self) -> str:  # noqa: N802
        """The user guide shipped with the plugin, at the Processing section."""
        return about.user_guide_url("processing")

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
    ):
        """(plots, source, mapping) from INPUT, honouring "selected features only"."""
        from ..qgis_bridge.feedback import core_feedback
        from ..qgis_bridge.layers import plots_from_source

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
        except Exception:  # noqa: BLE001 - only used to find the raw GeoJSON geometries
            layer = None
        mapping = self.mapping(parameters, context, source)
        if feedback is not None:
            feedback.pushInfo(
                self.tr("Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, "
                        "point area={point_ha}").format(**mapping.__dict__)
            )
        plots = plots_from_source(
            source,
            mapping,
            layer=layer,
            transform_context=context.transformContext(),
            feedback=core_feedback(feedback, start, span),
        )
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
        return plots, source, mapping

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

    @staticmethod
    def run_core(function, *args, **kwargs) -> Any:
        """Run a core function, turning a user cancellation into a clean Processing stop."""
        from ..core.runs import Cancelled

        try:
            return function(*args, **kwargs)
        except Cancelled as error:
            raise QgsProcessingException(tr("Cancelled.")) from error
