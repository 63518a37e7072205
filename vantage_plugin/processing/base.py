"""What every Vantage algorithm shares: tr(), the icon, the plot field parameters and plot reading."""

from __future__ import annotations

import os
import re
import traceback
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsMessageLog,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import about
from ..core.plots import FieldMapping, Plot, normalise_commodity
from ..core.runs import Cancelled
from ..dependencies import problem_text
from ..i18n import english_plural
from ..qgis_bridge import operations, results
from ..qgis_bridge.feedback import core_feedback
from ..qgis_bridge.gpkg_reading import unfiltered_input
from ..qgis_bridge.layers import guess_mapping
from ..qgis_bridge.operations import OperationError, describe_not_written

#: Plot field parameters: (name, FieldMapping attribute, label). Every field parameter ends in ``_FIELD``;
#: a value used for plots without their own is named ``DEFAULT_…`` (``vantage:checkplots``).
PLOT_ID_FIELD = "PLOT_ID_FIELD"
PLOT_NAME_FIELD = "PLOT_NAME_FIELD"
COMMODITY_FIELD = "COMMODITY_FIELD"
HARVEST_DATE_FIELD = "HARVEST_DATE_FIELD"
POINT_AREA_FIELD = "POINT_AREA_FIELD"
FIELD_PARAMETERS: tuple[tuple[str, str, str], ...] = (
    (PLOT_ID_FIELD, "plot_id", "Plot id field"),
    (PLOT_NAME_FIELD, "plot_name", "Plot name field"),
    (COMMODITY_FIELD, "commodity", "Commodity field"),
    (HARVEST_DATE_FIELD, "harvest_date", "Harvest date field (yyyy-MM-dd)"),
    (POINT_AREA_FIELD, "point_ha", "Point area field (hectares, for point plots)"),
)


def _enum_key(text: str) -> str:
    return text.strip().lower().replace(" ", "_").replace("-", "_")


def enum_index(value: Any, options: list[str], alias: Optional[Callable[[str], Optional[str]]] = None
               ) -> Optional[int]:
    """The index of one enum value given as its index (``3``, ``"3"``) or its name (``coffee``, case,
    spaces and hyphens forgiven; ``alias`` may map other names to an option), else ``None``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < len(options) else None
    text = str(value).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        return index if 0 <= index < len(options) else None
    if alias is not None:
        text = alias(text) or text
    keys = [_enum_key(option) for option in options]
    return keys.index(_enum_key(text)) if _enum_key(text) in keys else None


def advanced(parameter: QgsProcessingParameterDefinition, help_text: str) -> QgsProcessingParameterDefinition:
    """``parameter`` flagged advanced (a data override: the toolbox folds it away) with ``help_text``."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    parameter.setHelp(help_text)
    return parameter


#: Where Processing strings are looked up after the algorithm's own classes: ``pylupdate5`` files a
#: ``self.tr`` call under its class's name and a module-level ``tr`` under ``@default``.
PROCESSING_CONTEXTS = ("VantageProcessing", "@default")


def tr(text: str, *contexts: str, n: int = -1) -> str:
    """``text`` translated in the first of ``contexts`` (then :data:`PROCESSING_CONTEXTS`) that has it.
    With ``n`` (a count), ``text`` is a plural message such as ``"%n error(s)"``."""
    untranslated = text if n < 0 else text.replace("%n", str(n))
    for context in (*contexts, *PROCESSING_CONTEXTS):
        translated = (QCoreApplication.translate(context, text) if n < 0
                      else QCoreApplication.translate(context, text, None, n))
        if translated != untranslated:
            return translated
    return text if n < 0 else english_plural(text, n)


def destination_file(destination: str) -> tuple[str, Optional[str]]:
    """(file, layer name or ``None``) of an output destination: a path, ``path|layername=x`` or
    Processing's ``ogr:dbname='path' table="x" (geom)``; other destinations come back as they are."""
    text = str(destination or "")
    if text.lower().startswith("ogr:"):
        database = re.search(r"dbname='([^']*)'|dbname=(\S+)", text)
        table = re.search(r'table="([^"]*)"|table=(\S+)', text)
        path = (database.group(1) or database.group(2)) if database else text
        return path, (table.group(1) or table.group(2)) if table else None
    if "|layername=" in text:
        path, layer = text.split("|layername=", 1)
        return path, layer.split("|", 1)[0]
    return text.split("|", 1)[0], None


def split_output(path: str) -> tuple[str, str]:
    """(GeoPackage file, layer name) of a vector destination value."""
    layer = None
    if "|layername=" in path:
        path, layer = path.split("|layername=", 1)
        layer = layer.split("|", 1)[0]
    if path.lower().startswith("ogr:") or "dbname=" in path:
        raise QgsProcessingException(tr("Write the results to a GeoPackage file (.gpkg)."))
    file = Path(path)
    if file.suffix.lower() != ".gpkg":
        file = file.with_suffix(".gpkg")
    return str(file), layer or file.stem


def is_geopackage(path: str) -> bool:
    """True for a GeoPackage file (of :func:`destination_file`), written through ``results.write_rows``."""
    return str(path).lower().endswith(".gpkg")


def missing_dependency(what: str, error: Exception) -> QgsProcessingException:
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

    _alive: list[LayerStyler] = []

    def __init__(self, style: Callable[[QgsVectorLayer], None]) -> None:
        super().__init__()
        self.style = style

    @classmethod
    def create(cls, style: Callable[[QgsVectorLayer], None]) -> LayerStyler:
        styler = cls(style)
        cls._alive.append(styler)
        del cls._alive[:-50]  # keep the last ones; Processing uses them right after the algorithm
        return styler

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            self.style(layer)


class VantageAlgorithm(QgsProcessingAlgorithm):
    """Base class: metadata helpers and the shared plot input."""

    def add_feature(self, sink: Any, feature: Any, parameters: dict, name: str) -> None:
        """Write one feature or stop with Processing's own message: a row is never lost silently."""
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    INPUT = "INPUT"
    GUESS_FIELDS = "GUESS_FIELDS"
    #: Field parameters of this algorithm (exporteudr reads only two).
    field_parameters: tuple[tuple[str, str, str], ...] = FIELD_PARAMETERS
    #: Enum parameters whose options are commodities: ``Palm oil`` and ``cattle`` are accepted too.
    commodity_parameters: tuple[str, ...] = ()

    # --- enum parameters by name -------------------------------------------------------------
    # QGIS 3.22 has no static-string enums (``usesStaticStrings`` is 3.24+): names are turned into
    # indexes before Processing checks the values and before the algorithm runs, so ``ENGINE=api``
    # works in qgis_process and models as ``ENGINE=1`` does.
    def enum_indexes(self, parameters: dict) -> tuple[dict, Optional[str]]:
        """(``parameters`` with every enum value given by name replaced by its index, the first error)."""
        converted = dict(parameters)
        for definition in self.parameterDefinitions():
            name = definition.name()
            value = parameters.get(name)
            if not isinstance(definition, QgsProcessingParameterEnum) or value is None or value == "":
                continue
            options = list(definition.options())
            alias = normalise_commodity if name in self.commodity_parameters else None
            if definition.allowMultiple():
                items = list(value) if isinstance(value, (list, tuple)) else str(value).split(",")
                indexes = [enum_index(item, options, alias) for item in items if str(item).strip() != ""]
                if None in indexes:
                    return converted, self.enum_error(name, options)
                converted[name] = indexes
            else:
                index = enum_index(value, options, alias)
                if index is None:
                    return converted, self.enum_error(name, options)
                converted[name] = index
        return converted, None

    def enum_error(self, name: str, options: list[str]) -> str:
        return self.tr("{parameter} must be one of {names} (or its number).").format(
            parameter=name, names=", ".join(options))

    def checkParameterValues(self, parameters, context):  # QGIS API name
        """Enum values may be names (``cocoa``) as well as indexes, in qgis_process and models too."""
        converted, error = self.enum_indexes(parameters)
        if error:
            return False, error
        return super().checkParameterValues(converted, context)

    def tr(self, text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
        """Translated in the context ``pylupdate5`` gave it: the class that wrote it, or a base class
        (``n``: a count, for a plural message; ``disambiguation`` is not used)."""
        return tr(text, *(cls.__name__ for cls in type(self).__mro__ if issubclass(cls, VantageAlgorithm)), n=n)

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(about.icon_path()))

    def svgIconPath(self) -> str:
        return str(about.icon_path())

    def helpUrl(self) -> str:
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
    def mapping(self, parameters: dict, context: QgsProcessingContext, source: QgsFeatureSource) -> FieldMapping:

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
            guess = guess_mapping(source.fields(), points=points)
            used = {v for v in chosen.values() if v}
            guessed = []
            for attribute in FieldMapping.KEYS:
                value = getattr(guess, attribute)
                if chosen.get(attribute) is None and value and value not in used:
                    chosen[attribute] = value
                    used.add(value)
                    guessed.append(attribute)
            return FieldMapping(**chosen, guessed=tuple(guessed))
        return FieldMapping(**chosen)

    def plot_source(self, parameters: dict, context: QgsProcessingContext, feedback: Optional[QgsProcessingFeedback],
                    **defaults: Any) -> tuple[operations.PlotSource, FieldMapping]:
        """(PlotSource, mapping) of INPUT, honouring "selected features only", without reading the plots
        (``operations.source_from_processing``). ``defaults``: commodity, harvest_date."""

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
            for attribute, field in mapping.guessed_fields().items():
                feedback.pushInfo(self.tr("Guessed from its name: {entry} = {field} (set the field parameter "
                                          "to choose another, or turn guessing off)").format(entry=attribute,
                                                                                               field=field))
        unfiltered = unfiltered_input(parameters.get(self.INPUT))
        return operations.source_from_processing(source, mapping, layer, context, unfiltered, **defaults), mapping

    def report_read(self, feedback: Optional[QgsProcessingFeedback], count: int, unreadable: int) -> None:
        """Say how many plots were read, and how many geometries QGIS could not read."""
        if feedback is None:
            return
        feedback.pushInfo(self.tr("{count} plots read.").format(count=count))
        if unreadable:
            feedback.reportError(
                self.tr("{count} plots have a geometry QGIS could not read (reported as errors).").format(
                    count=unreadable
                ),
                fatalError=False,
            )

    def read_plots(
        self,
        parameters: dict,
        context: QgsProcessingContext,
        feedback: Optional[QgsProcessingFeedback],
        start: float = 0.0,
        span: float = 10.0,
        **defaults: Any,
    ) -> tuple[list[Plot], operations.PlotSource, FieldMapping]:
        """(plots, PlotSource, mapping) from INPUT, honouring "selected features only"
        (``operations.read_plots``, as the dock reads a layer). ``defaults``: commodity, harvest_date."""
        plot_source, mapping = self.plot_source(parameters, context, feedback, **defaults)
        plots = operations.read_plots(plot_source, core_feedback(feedback, start, span))
        self.report_read(feedback, len(plots), sum(plot.read_error is not None for plot in plots))
        return plots, plot_source, mapping

    def check_destination(self, parameters: dict, context: QgsProcessingContext, name: str,
                          plot_source: Any) -> str:
        """The output ``name``'s destination, refused when it is the file holding the input plots, or a
        GeoPackage that cannot be written there (a folder that is a file, a read-only folder), before
        any work is done."""
        destination = self.parameterAsOutputLayer(parameters, name, context)
        path, _ = destination_file(destination)
        if is_geopackage(path):
            operations.check_output(path, plot_source.file_path)
        else:
            operations.refuse_input(path, plot_source.file_path)
        return destination

    def add_rows(self, sink: Any, fields: Any, rows: Any, feedback: Any) -> tuple[int, list[tuple[str, str]]]:
        """Add ``(values, geometry, label[, reason])`` rows to ``sink``: (rows added, rows skipped). A row
        the sink refuses is skipped and returned as (plot, reason), never silently lost and never the
        end of the batch."""
        added, skipped = 0, []
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
            if sink.addFeature(feature, QgsFeatureSink.FastInsert):
                added += 1
            else:
                error = sink.lastError()
                skipped.append((label, error or tr("the format refused the row")))
        return added, skipped

    def write_output(self, parameters: dict, context: QgsProcessingContext, feedback: Any, name: str,
                     fields: Any, wkb_type: int, make_rows: Callable[[], Iterable[tuple]],
                     style: Optional[Callable] = None,
                     destination: Optional[str] = None) -> tuple[Optional[str], list[tuple[str, str]]]:
        """Write the rows of ``make_rows()`` to the output ``name``; the output never lies.

        A GeoPackage file goes through ``results.write_rows``, as checkplots' results do (a temporary
        file read back, then published in one transaction). Any other destination (a memory layer, a
        Shapefile, a database…) goes through Processing's sink, which is then flushed, released (so the
        file is committed and closed) and read back. Either way a write that fails (a file another
        program holds open, a read-only folder, a failed commit) raises ``ResultWriteError`` naming the
        file and the reason, the rows kept in a recovery GeoPackage (``make_rows`` is called again to
        fill it). ``destination``: what :meth:`check_destination` returned (asked once: a temporary
        output is a new file at each ask). Returns (the output's value, the rows not written as (plot,
        reason)); (``None``, ``[]``) for an optional output that was not asked for.
        """
        if destination is None:
            destination = self.parameterAsOutputLayer(parameters, name, context)
        path, layer_name = destination_file(destination)
        if destination and is_geopackage(path):
            layer_name = layer_name or Path(path).stem
            if feedback is not None:
                feedback.setProgressText(tr("Writing {path}…").format(path=path))
            outcome = results.write_rows(path, layer_name, fields, wkb_type, make_rows(), context.transformContext())
            self.style_on_load(context, destination, style, outcome.uri)
            return outcome.uri, outcome.skipped

        return self._write_sink(parameters, context, feedback, name, fields, wkb_type, make_rows, style, destination)

    def _write_sink(self, parameters: dict, context: QgsProcessingContext, feedback: Any, name: str, fields: Any,
                    wkb_type: int, make_rows: Callable[[], Iterable[tuple]], style: Optional[Callable],
                    destination: str) -> tuple[Optional[str], list[tuple[str, str]]]:
        """:meth:`write_output` through Processing's sink: rows added, the sink flushed and released,
        then what it wrote read back; a file this run created and could not finish is removed."""
        existed = os.path.exists(destination_file(destination)[0])
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, results.WGS84)
        if destination and destination != dest_id and context.willLoadLayerOnCompletion(destination):
            layers = dict(context.layersToLoadOnCompletion())  # e.g. "memory:…": the sink made the layer
            layers.pop(destination, None)
            context.setLayersToLoadOnCompletion(layers)
        if sink is None:
            optional = self.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.FlagOptional
            if not destination and optional:
                return None, []  # an optional output not asked for
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        if feedback is not None:
            feedback.setProgressText(tr("Writing {path}…").format(path=dest_id))
        added, skipped = self.add_rows(sink, fields, make_rows(), feedback)
        with results.GdalErrors() as errors:
            flushed = sink.flushBuffer()
            refused = sink.lastError() if not flushed else ""
            del sink  # releases the writer: the file is committed and closed here, or fails to be
        path, layer_name = destination_file(dest_id)
        if os.path.isabs(path):  # a file: read back with OGR
            problem = results.verify_written(path, layer_name, added)
        else:  # a memory layer: what it holds now (a database URI: Processing's own errors are all there is)
            layer = context.getMapLayer(dest_id)
            found = layer.featureCount() if layer is not None else added
            problem = None if found == added else results.count_problem(found, added)
        if problem or not flushed:
            reason = "; ".join(r for r in (refused, results.lock_problem(path) or errors.last(), problem) if r)
            if not existed and os.path.isabs(path):
                results.discard_file(path)
            raise results.failed_write(path, layer_name or Path(path).stem, reason, fields, wkb_type, make_rows(),
                                       context.transformContext())
        self.style_on_load(context, dest_id, style)
        return dest_id, skipped

    def report_skipped(self, skipped: list, feedback: Any, destination: str) -> None:
        if skipped and feedback is not None:
            feedback.reportError(describe_not_written(skipped, destination.split("|", 1)[0]), fatalError=False)

    def style_on_load(self, context: QgsProcessingContext, key: str, style: Optional[Callable],
                      uri: Optional[str] = None, name: Optional[str] = None) -> None:
        """Style output ``key`` when Processing loads it (optionally re-pointing it at ``uri``; no
        style when ``style`` is ``None``)."""
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
        if style is not None:
            details.setPostProcessor(LayerStyler.create(style))

    def processAlgorithm(self, parameters, context, feedback):
        """:meth:`process`, with every failure turned into a message for the user (no traceback):
        what happened, to which file or plot, and what to do; the traceback goes to the log."""
        parameters, error = self.enum_indexes(parameters)
        if error:
            raise QgsProcessingException(error)
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except ImportError as error:
            raise missing_dependency(self.displayName(), error) from error
        except OperationError as error:
            raise QgsProcessingException(str(error)) from error
        except Exception as error:  # Processing would show a traceback: a message instead
            if isinstance(error, Cancelled):
                raise QgsProcessingException(tr("Cancelled.")) from error
            QgsMessageLog.logMessage(traceback.format_exc(), about.LOG_TAG, Qgis.MessageLevel.Critical)
            raise QgsProcessingException(f"{type(error).__name__}: {error}") from error

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    @staticmethod
    def run_core(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a core function, turning a user cancellation into a clean Processing stop."""
        try:
            return function(*args, **kwargs)
        except Cancelled as error:
            raise QgsProcessingException(tr("Cancelled.")) from error
