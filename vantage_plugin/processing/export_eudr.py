"""``vantage:exporteudr``: the geolocation GeoJSON the EU Information System accepts, with a table of
what was written, changed or left out (the rules live in :mod:`..core.eudr_export`)."""

from __future__ import annotations

import dataclasses
from typing import Any, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.plots import COMMODITIES, FieldMapping, normalise_commodity
from ..qgis_bridge import operations
from ..qgis_bridge.feedback import core_feedback
from ..qgis_bridge.layers import guess_mapping
from .base import PLOT_ID_FIELD, POINT_AREA_FIELD, VantageAlgorithm, missing_dependency

#: A result layer's own ISO 3166-1 alpha-2 column (``core.analysis``), used when no country field is chosen.
RESULT_ISO2_FIELD = "country_iso2"


def commodity_value(value: Any, commodities: tuple[str, ...]) -> Optional[str]:
    """A COMMODITY parameter value (an index, or a name such as ``cocoa`` / ``Palm oil`` / ``cattle``) as
    the Vantage commodity, None when it is neither."""
    if isinstance(value, (list, tuple)):
        value = value[0] if len(value) == 1 else None
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        return commodities[index] if 0 <= index < len(commodities) else None
    return normalise_commodity(text)


class ExportEudrAlgorithm(VantageAlgorithm):
    PLOT_ID_FIELD = PLOT_ID_FIELD
    PRODUCER_NAME_FIELD = "PRODUCER_NAME_FIELD"
    PRODUCTION_PLACE_FIELD = "PRODUCTION_PLACE_FIELD"
    PRODUCER_COUNTRY_FIELD = "PRODUCER_COUNTRY_FIELD"
    POINT_AREA_FIELD = POINT_AREA_FIELD
    COMMODITY = "COMMODITY"
    commodity_parameters = (COMMODITY,)
    OUTPUT = "OUTPUT"
    PRODUCERS = "PRODUCERS"
    TABLE = "TABLE"
    FILES = "FILES"
    WRITTEN = "WRITTEN"
    CHANGED = "CHANGED"
    LEFT_OUT = "LEFT_OUT"

    #: Only the plot id and the point area are read as plot fields (read_plots); no guessing.
    field_parameters = (
        (PLOT_ID_FIELD, "plot_id", "Plot id field"),
        (POINT_AREA_FIELD, "point_ha", "Point area field (hectares, for point plots)"),
    )

    def mapping(self, parameters: dict, context: QgsProcessingContext, source: QgsFeatureSource) -> FieldMapping:
        """The chosen plot id and point area fields; without POINT_AREA_FIELD, a field named like
        ``point_ha`` (or, on a point layer, ``area_ha``, ``hectares``…) is used, as the other algorithms do."""
        chosen = super().mapping(parameters, context, source)
        if chosen.point_ha is None:
            kind = QgsWkbTypes.geometryType(source.wkbType())
            points = {QgsWkbTypes.PointGeometry: True, QgsWkbTypes.PolygonGeometry: False}.get(kind)
            guessed = guess_mapping(source.fields(), points=points).point_ha
            if guessed and guessed != chosen.plot_id:
                chosen = dataclasses.replace(chosen, point_ha=guessed)
        return chosen

    def name(self) -> str:
        return "exporteudr"

    def displayName(self) -> str:
        return self.tr("Export for the EU Information System")

    def group(self) -> str:
        return self.tr("Plots")

    def groupId(self) -> str:
        return "plots"

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes the geolocation GeoJSON of a due diligence statement for the EU Information System "
            "(EUDR / TRACES), from any plot or result layer.\n\n"
            "Each feature has exactly the properties ProducerName, ProducerCountry (ISO 3166-1 alpha-2; "
            "from the country field, or looked up at the plot), ProductionPlace and, for points, Area in "
            "hectares (0.0001 to 4 ha; cattle may exceed 4 ha). Coordinates are truncated to 6 decimals as "
            "the Information System does, and validity is checked on what is written: a polygon that "
            "becomes invalid is snapped to the grid (a recorded change) or left out. A polygon with holes is "
            "written as hole-free polygons covering the same area. Plots with validation errors are left "
            "out.\n\n"
            "When one file would exceed 25 MB or 1,000 producers, several files are written, one per "
            "statement, named _statement-1-of-N, _statement-2-of-N… The optional PRODUCERS file holds "
            "the same data as the DDS producers list (country, name and base64 GeoJSON per producer). The "
            "TABLE output lists every plot: written, changed or left out, and why."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Plots or results (points or polygons, any CRS)"),
                [QgsProcessing.TypeVector],
            )
        )
        labels = (
            (self.PLOT_ID_FIELD, self.tr("Plot id field")),
            (self.PRODUCER_NAME_FIELD, self.tr("Producer name field")),
            (self.PRODUCTION_PLACE_FIELD, self.tr("Production place field")),
            (self.PRODUCER_COUNTRY_FIELD,
             self.tr("Producer country field (ISO code or name; empty: looked up at the plot)")),
            (self.POINT_AREA_FIELD, self.tr("Point area field (hectares, for point plots)")),
        )
        for name, label in labels:
            self.addParameter(
                QgsProcessingParameterField(name, label, parentLayerParameterName=self.INPUT,
                                            type=QgsProcessingParameterField.Any, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterEnum(self.COMMODITY, self.tr("Commodity"), options=list(COMMODITIES))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("EU Information System GeoJSON"),
                                                  self.tr("GeoJSON (*.geojson)"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.PRODUCERS, self.tr("DDS producers (JSON)"),
                                                  self.tr("JSON (*.json)"), optional=True,
                                                  createByDefault=False)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.TABLE, self.tr("Export table"), QgsProcessing.TypeVector,
                                              optional=True)
        )
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber(self.WRITTEN, self.tr("Plots written unchanged")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED, self.tr("Plots written with changes")))
        self.addOutput(QgsProcessingOutputNumber(self.LEFT_OUT, self.tr("Plots left out")))

    def _commodity(self, parameters: dict) -> Optional[str]:
        return commodity_value(parameters.get(self.COMMODITY), COMMODITIES)

    @staticmethod
    def _names() -> list[str]:
        return list(COMMODITIES)

    def process(self, parameters, context, feedback):
        try:  # shapely: imported when the algorithm runs, so that the provider loads without it
            from ..core import eudr_export as eu
            from ..core.validation import validate
        except ImportError as error:
            raise missing_dependency(self.tr("The EU export"), error) from error

        commodity = self._commodity(parameters)
        if commodity is None:
            raise QgsProcessingException(self.enum_error(self.COMMODITY, self._names()))
        plots, source, _ = self.read_plots(parameters, context, feedback, 0, 30)
        fields = {}
        for name in (self.PRODUCER_NAME_FIELD, self.PRODUCTION_PLACE_FIELD, self.PRODUCER_COUNTRY_FIELD):
            value = self.parameterAsString(parameters, name, context) if name in parameters else ""
            if value and source.fields.lookupField(value) < 0:
                raise QgsProcessingException(
                    self.tr("Field {field} is not in the input layer.").format(field=value))
            fields[name] = value or None
        country_field = fields[self.PRODUCER_COUNTRY_FIELD]
        if country_field is None and source.fields.lookupField(RESULT_ISO2_FIELD) >= 0:
            country_field = RESULT_ISO2_FIELD  # a result layer already carries the code
            feedback.pushInfo(self.tr("Producer country from the field {field}.").format(field=country_field))
        feedback.setProgressText(self.tr("Validating {count} plots…").format(count=len(plots)))
        report = self.run_core(validate, plots, feedback=core_feedback(feedback, 30, 30))
        admin = self._admin(feedback)
        producer_fields = eu.EudrFields(producer_name=fields[self.PRODUCER_NAME_FIELD],
                                        production_place=fields[self.PRODUCTION_PLACE_FIELD],
                                        producer_country=country_field)
        records = eu.eudr_plots(plots, producer_fields, eu.blocked_reasons(report, commodity))
        lookup = (lambda geoms: [place.iso2 for place in admin.places(geoms)]) if admin is not None else None
        feedback.setProgressText(self.tr("Writing the EU Information System file…"))
        try:
            result = self.run_core(eu.export, records, commodity, country_lookup=lookup,
                                   code_table=admin.code_table() if admin is not None else None,
                                   feedback=core_feedback(feedback, 60, 30))
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        producers = None
        if parameters.get(self.PRODUCERS):
            producers = self.parameterAsFileOutput(parameters, self.PRODUCERS, context) or None
        for path in (output, producers):
            if path:
                operations.refuse_input(path, source.file_path)
        try:
            paths = eu.write(result, output, producers)
        except OSError as error:
            raise QgsProcessingException(self.tr("Could not write {path}: {error}").format(
                path=output, error=error.strerror or error)) from error
        feedback.setProgress(90)
        answer: dict[str, Any] = {
            self.OUTPUT: str(paths[0]),  # the first statement when the export is split (FILES lists all)
            self.FILES: ";".join(str(p) for p in paths),
            self.WRITTEN: result.count(eu.STATUS_WRITTEN),
            self.CHANGED: result.count(eu.STATUS_CHANGED),
            self.LEFT_OUT: result.count(eu.STATUS_LEFT_OUT),
        }
        if producers:
            answer[self.PRODUCERS] = producers
        table_id = self._table(parameters, context, result, paths, records)
        if table_id is not None:
            answer[self.TABLE] = table_id
        summary = self.tr("{written} plots written, {changed} written with changes, {left} left out; "
                          "{files} file(s): {paths}")
        feedback.pushInfo(summary.format(written=answer[self.WRITTEN], changed=answer[self.CHANGED],
                                         left=answer[self.LEFT_OUT], files=len(paths), paths=answer[self.FILES]))
        return answer

    def _admin(self, feedback):
        """The bundled country lookup on QGIS's world_map.gpkg, or None (reported) when it cannot be read."""
        try:
            from ..core.engine.admin import AdminIndex  # shapely and GDAL, as above

            return AdminIndex(qgis_resources_dir=QgsApplication.pkgDataPath())
        except Exception as error:  # noqa: BLE001 - without it, only given ISO codes are accepted
            message = self.tr("No country lookup ({error}): only ISO codes given in a field are used.")
            feedback.reportError(message.format(error=error), fatalError=False)
            return None

    def _table(self, parameters, context, result, paths, records) -> Optional[str]:
        from ..core import eudr_export as eu  # already imported by process()

        fields = QgsFields()
        columns = (("plot_index", QVariant.Int), ("plot_id", QVariant.String), ("status", QVariant.String),
                   ("file", QVariant.String), (eu.PRODUCER_NAME, QVariant.String),
                   (eu.PRODUCER_COUNTRY, QVariant.String), ("features", QVariant.Int), ("message", QVariant.String))
        for name, kind in columns:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.TABLE, context, fields, QgsWkbTypes.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            return None
        ids = {record.index: record.label for record in records}
        for outcome in result.outcomes:
            name, country = outcome.producer or (None, None)
            feature = QgsFeature(fields)
            feature.setAttributes([
                outcome.index, ids.get(outcome.index), outcome.status,
                ", ".join(paths[n - 1].name for n in outcome.file_numbers) or None,
                name or None, country, len(outcome.features), "; ".join(outcome.messages) or None,
            ])
            self.add_feature(sink, feature, parameters, self.TABLE)
        return dest_id
