"""How results and issues look: the one home of the risk colours, the result and issue renderers,
labels by the user's plot id, and the style saved inside the GeoPackage.

The risk style is categorised on :data:`RISK_STYLE_EXPRESSION` (High, Medium, Low, Unknown; invalid and
failed plots hatched). High is drawn above Medium above Low above Unknown (feature rendering order), so
overlapping low-risk plots never hide a high-risk one. A plot overlapping a protected area or
indigenous land gets a hatched outline on top of its risk colour (symbol layers enabled by a data
defined property), and the legend explains both hatches. A dry run has a style of its own: every plot
grey and striped, "simulated" in the legend, so it can never be mistaken for real results.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any, Callable, Optional, Union

from osgeo import ogr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..core import analysis
from ..core.evidence_data import INDIGENOUS_COLOUR, PROTECTED_COLOUR
from ..i18n import tr
from .layers import guess_mapping

#: Risk levels in display order (most urgent first) with their colours: the summary, the results view
#: and the layer style all read this one table.
RISK_COLOURS = {
    "High": "#d7191c",
    "Medium": "#fd8d3c",
    "Low": "#1a9641",
    "Unknown": "#9e9e9e",
}
RISK_LEVELS = tuple(RISK_COLOURS)
#: Drawing order: a higher rank is drawn later, on top.
RISK_DRAW_RANK = {"Unknown": 0, "Low": 1, "Medium": 2, "High": 3}
STATUS_HATCHED = {analysis.STATUS_INVALID: "#6a3d9a", analysis.STATUS_FAILED: "#000000"}
#: Issue symbols on the map and in the Problems list, per severity (the text colours below are darker:
#: they must read on the widget background).
SEVERITY_COLOURS = {"error": RISK_COLOURS["High"], "warning": "#e08a00"}
#: Hatched outlines for overlaps: (result field, colour, hatch angle); the colours are the evidence maps'.
OVERLAP_HATCHES = {
    "protected": ("protected_overlap_ha", PROTECTED_COLOUR, 45.0),
    "indigenous": ("indigenous_overlap_ha", INDIGENOUS_COLOUR, -45.0),
}
DRY_RUN_COLOUR = "#bdbdbd"
#: Colours of the messages in the panel and the dialogs (text on the widget background).
ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#b35c00"
OK_COLOUR = "#1a7f37"
#: The prefix the result writer gives a user's field whose name clashes with a result field.
SOURCE_PREFIX = "src_"
#: Prefix of a plugin column renamed because a user field already has its name.
PLUGIN_PREFIX = "vantage_"
#: Legend-only categories (no feature has these values): the overlap hatches explained.
LEGEND_ONLY_PREFIX = "__legend_"

def _sql_text(text: str) -> str:
    """``text`` for use inside single quotes in SQL (quotes doubled)."""
    return text.replace("'", "''")


def result_column(names: Any, name: str) -> str:
    """The written name of the plugin's result column ``name`` in a layer whose fields are ``names``:
    ``vantage_<name>`` when the user's layer had a field ``name`` (the writer renames ours, never
    theirs), else ``name``."""
    present = _field_names(names)
    renamed = PLUGIN_PREFIX + name
    return renamed if renamed in present and name in present else name


def _field_names(layer_or_fields: Any) -> set[str]:
    if layer_or_fields is None:
        return set()
    fields = layer_or_fields.fields() if hasattr(layer_or_fields, "fields") else layer_or_fields
    return set(fields.names() if isinstance(fields, QgsFields) else fields)


def risk_expression(layer_or_fields: Any = None) -> str:
    """The expression the risk style categorises on: failed/invalid plots first, then the risk level
    (the columns as ``layer_or_fields`` names them)."""
    status = result_column(layer_or_fields, "status")
    level = result_column(layer_or_fields, "risk_level")
    return (f"CASE WHEN \"{status}\" IN ('invalid', 'failed') THEN \"{status}\" "
            f"ELSE coalesce(\"{level}\", 'Unknown') END")


def order_expression(layer_or_fields: Any = None) -> str:
    """Rank of a plot in the drawing order (High last, on top)."""
    status = result_column(layer_or_fields, "status")
    level = result_column(layer_or_fields, "risk_level")
    return (f"CASE WHEN \"{status}\" IN ('invalid', 'failed') THEN -1 "
            + " ".join(f"WHEN \"{level}\" = '{name}' THEN {rank}" for name, rank in RISK_DRAW_RANK.items())
            + " ELSE 0 END")


#: The risk style's expression on a layer whose plugin columns kept their names.
RISK_STYLE_EXPRESSION = risk_expression()


def risk_label(level: str) -> str:
    """A risk level in the user's language."""
    labels = {"High": tr("High"), "Medium": tr("Medium"), "Low": tr("Low"), "Unknown": tr("Unknown")}
    return labels.get(level, level)


def overlap_label(kind: str) -> str:
    """The legend text of an overlap hatch."""
    return {"protected": tr("Overlaps a protected area"),
            "indigenous": tr("Overlaps indigenous land")}.get(kind, kind)


# --- symbols ----------------------------------------------------------------------------------
def _base_symbol(geometry_type: int, colour: str) -> QgsSymbol:
    if geometry_type == QgsWkbTypes.PointGeometry:
        return QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "size": "3", "outline_color": "#232323", "outline_width": "0.2"}
        )
    if geometry_type == QgsWkbTypes.LineGeometry:
        return QgsLineSymbol.createSimple({"color": colour, "width": "0.6"})
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#232323", "outline_width": "0.26", "style": "solid"}
    )


def _hatch_layer(colour: str, angle: float, width: float = 0.3, distance: float = 1.5) -> QgsLinePatternFillSymbolLayer:
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(distance)
    hatch.setColor(QColor(colour))
    hatch.setLineWidth(width)
    return hatch


def _hatched_symbol(geometry_type: int, colour: str) -> QgsSymbol:
    if geometry_type != QgsWkbTypes.PolygonGeometry:
        symbol = _base_symbol(geometry_type, colour)
        if geometry_type == QgsWkbTypes.PointGeometry:
            symbol.symbolLayer(0).setShape(QgsSimpleMarkerSymbolLayer.Shape.Cross2)
        return symbol
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour, "outline_width": "0.4"})
    symbol.insertSymbolLayer(0, _hatch_layer(colour, 45))
    return symbol


def _overlap_layers(geometry_type: int, kind: str) -> list[QgsSymbolLayer]:
    """The symbol layers that mark an overlap: a hatch and a thick outline (a ring for points)."""
    field, colour, angle = OVERLAP_HATCHES[kind]
    if geometry_type == QgsWkbTypes.PointGeometry:
        ring = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.Shape.Circle, 5.5 if angle > 0 else 4.5)
        ring.setColor(QColor(0, 0, 0, 0))
        ring.setStrokeColor(QColor(colour))
        ring.setStrokeWidth(0.6)
        layers: list[QgsSymbolLayer] = [ring]
    elif geometry_type == QgsWkbTypes.LineGeometry:
        line = QgsSimpleLineSymbolLayer(QColor(colour), 1.2)
        layers = [line]
    else:
        outline = QgsSimpleLineSymbolLayer(QColor(colour), 0.8 if angle > 0 else 0.6)
        layers = [_hatch_layer(colour, angle, 0.35, 2.0), outline]
    return layers


def _when(field: str, colour: str) -> QgsProperty:
    """``colour`` where ``field`` is above zero, else transparent (also in legend patches, which have no
    feature: so the legend shows each level's plain colour)."""
    rgb = QColor(colour)
    return QgsProperty.fromExpression(
        f"CASE WHEN coalesce(attribute('{field}'), 0) > 0 THEN '{rgb.red()},{rgb.green()},{rgb.blue()},255' "
        "ELSE '0,0,0,0' END"
    )


def _with_overlaps(symbol: QgsSymbol, geometry_type: int, fields: Any = None) -> QgsSymbol:
    """``symbol`` plus the overlap marks, coloured only where the overlap field is above zero."""
    for kind, (field, colour, _angle) in OVERLAP_HATCHES.items():
        condition = _when(result_column(fields, field), colour)
        for layer in _overlap_layers(geometry_type, kind):
            if isinstance(layer, QgsLinePatternFillSymbolLayer):
                line = layer.subSymbol().symbolLayer(0)
                line.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeColor, condition)
            else:
                layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeColor, condition)
            symbol.appendSymbolLayer(layer)
    return symbol


def _legend_overlap_symbol(geometry_type: int, kind: str) -> QgsSymbol:
    symbol = _base_symbol(geometry_type, "#ffffff")
    for layer in _overlap_layers(geometry_type, kind):
        symbol.appendSymbolLayer(layer)
    return symbol


def _geometry_type(layer: QgsVectorLayer) -> int:
    gtype = layer.geometryType()
    return gtype if gtype in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry) else QgsWkbTypes.PolygonGeometry


def _order_high_on_top(renderer: QgsCategorizedSymbolRenderer, fields: Any = None) -> None:
    order = QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(order_expression(fields), True)])
    renderer.setOrderBy(order)
    renderer.setOrderByEnabled(True)


# --- renderers --------------------------------------------------------------------------------
def risk_renderer(geometry_type: int = QgsWkbTypes.PolygonGeometry, fields: Any = None) -> QgsCategorizedSymbolRenderer:
    """Categorised on risk level (High red, Medium orange, Low green, Unknown grey); invalid and
    failed plots hatched; overlaps with protected areas / indigenous lands outlined and hatched; High
    drawn on top. ``fields``: the result layer's (its plugin columns may carry the ``vantage_`` prefix)."""
    categories = [
        QgsRendererCategory(level, _with_overlaps(_base_symbol(geometry_type, colour), geometry_type, fields),
                            risk_label(level))
        for level, colour in RISK_COLOURS.items()
    ]
    labels = {analysis.STATUS_INVALID: tr("Invalid (not checked)"), analysis.STATUS_FAILED: tr("Failed")}
    categories += [
        QgsRendererCategory(status, _hatched_symbol(geometry_type, colour), labels[status])
        for status, colour in STATUS_HATCHED.items()
    ]
    categories += [
        QgsRendererCategory(f"{LEGEND_ONLY_PREFIX}{kind}", _legend_overlap_symbol(geometry_type, kind),
                            overlap_label(kind))
        for kind in OVERLAP_HATCHES
    ]
    renderer = QgsCategorizedSymbolRenderer(risk_expression(fields), categories)
    _order_high_on_top(renderer, fields)
    return renderer


def dry_run_renderer(geometry_type: int = QgsWkbTypes.PolygonGeometry,
                     fields: Any = None) -> QgsCategorizedSymbolRenderer:
    """Every plot grey and striped: a dry run's values are simulated, never a risk level."""
    symbol = _base_symbol(geometry_type, DRY_RUN_COLOUR)
    if geometry_type == QgsWkbTypes.PolygonGeometry:
        symbol.appendSymbolLayer(_hatch_layer("#636363", 90, 0.25, 1.2))
    category = QgsRendererCategory(analysis.STATUS_SIMULATED, symbol, tr("Dry run: simulated, not a result"))
    hatched = _hatched_symbol(geometry_type, STATUS_HATCHED[analysis.STATUS_INVALID])
    failed = QgsRendererCategory(analysis.STATUS_INVALID, hatched, tr("Invalid (not checked)"))
    status = result_column(fields, "status")
    return QgsCategorizedSymbolRenderer(
        f"CASE WHEN \"{status}\" = 'invalid' THEN 'invalid' ELSE 'simulated' END", [category, failed]
    )


def issue_renderer(geometry_type: int = QgsWkbTypes.PolygonGeometry) -> QgsCategorizedSymbolRenderer:
    labels = {"error": tr("Error"), "warning": tr("Warning")}
    categories = []
    for severity, colour in SEVERITY_COLOURS.items():
        symbol = _base_symbol(geometry_type, colour)
        if geometry_type == QgsWkbTypes.PolygonGeometry:
            symbol.setOpacity(0.6)
        categories.append(QgsRendererCategory(severity, symbol, labels[severity]))
    return QgsCategorizedSymbolRenderer("severity", categories)


# --- labels and display -----------------------------------------------------------------------
def plot_id_field(layer_or_fields: Any) -> Optional[str]:
    """The field of a result layer that holds the user's plot id (as the dock would guess it)."""
    fields = layer_or_fields.fields() if hasattr(layer_or_fields, "fields") else layer_or_fields
    names = fields.names() if isinstance(fields, QgsFields) else list(fields)
    ours = {name for name, _ in analysis.FIXED_RESULT_FIELDS}
    present = set(names)
    # The writer keeps the user's names and renames a plugin column that clashes (``vantage_plot_id``);
    # layers of earlier versions prefixed the user's field instead (``src_plot_id``).
    original = {}
    for name in names:
        if name.startswith(PLUGIN_PREFIX) and name[len(PLUGIN_PREFIX):] in ours:
            continue  # a renamed plugin column
        if name in ours and PLUGIN_PREFIX + name not in present:
            continue  # never our API ``plot_id``
        unprefixed = name[len(SOURCE_PREFIX):]
        bare = unprefixed if name.startswith(SOURCE_PREFIX) and unprefixed in ours else name
        original.setdefault(bare, name)
    guessed = guess_mapping(list(original)).plot_id
    return original.get(guessed) if guessed else None


def set_plot_labels(layer: QgsVectorLayer, field: Optional[str], enabled: bool = True) -> None:
    """Label ``layer``'s plots by ``field`` (the user's plot id), or switch labels off."""
    if not field:
        layer.setLabelsEnabled(False)
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = False
    text = QgsTextFormat()
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(enabled)


def describe_plots_by_id(layer: QgsVectorLayer, field: Optional[str]) -> None:
    """The Identify tool and attribute table name plots by ``field`` (else by feature id)."""
    if field:
        layer.setDisplayExpression(QgsExpression.quotedColumnRef(field))


def apply_risk_style(layer: QgsVectorLayer, id_field: Optional[str] = None, labels: bool = False) -> None:
    """Style ``layer`` (a result layer) by risk level; plots named (and optionally labelled) by id."""
    layer.setRenderer(risk_renderer(_geometry_type(layer), layer.fields()))
    field = id_field or plot_id_field(layer)
    describe_plots_by_id(layer, field)
    set_plot_labels(layer, field, labels)
    layer.triggerRepaint()


def apply_dry_run_style(layer: QgsVectorLayer, id_field: Optional[str] = None, labels: bool = False) -> None:
    """Style ``layer`` (a dry-run result layer): simulated, never coloured by risk."""
    layer.setRenderer(dry_run_renderer(_geometry_type(layer), layer.fields()))
    field = id_field or plot_id_field(layer)
    describe_plots_by_id(layer, field)
    set_plot_labels(layer, field, labels)
    layer.triggerRepaint()


def apply_issue_style(layer: QgsVectorLayer) -> None:
    """Style ``layer`` (an issues layer) by severity."""
    layer.setRenderer(issue_renderer(_geometry_type(layer)))
    describe_plots_by_id(layer, "plot_id" if layer.fields().indexOf("plot_id") >= 0 else None)
    layer.triggerRepaint()


# --- the style inside the GeoPackage ------------------------------------------------------------
def style_document(style: Callable[[QgsVectorLayer], None], wkb_type: int = QgsWkbTypes.MultiPolygon,
                   fields: Optional[QgsFields] = None) -> tuple[str, str]:
    """(QML, SLD) text of ``style`` applied to a scratch layer of ``wkb_type`` with ``fields``."""
    scratch = QgsVectorLayer(f"{QgsWkbTypes.displayString(wkb_type)}?crs=EPSG:4326", "style", "memory")
    if fields is not None:
        scratch.dataProvider().addAttributes(list(fields))
        scratch.updateFields()
    style(scratch)
    qml = QDomDocument()
    scratch.exportNamedStyle(qml)
    sld = QDomDocument()
    scratch.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


_STYLE_TABLE_FIELDS = (
    ("f_table_catalog", "String", 256),
    ("f_table_schema", "String", 256),
    ("f_table_name", "String", 256),
    ("f_geometry_column", "String", 256),
    ("styleName", "String", 0),
    ("styleQML", "String", 0),
    ("styleSLD", "String", 0),
    ("useAsDefault", "Boolean", 0),
    ("description", "String", 0),
    ("owner", "String", 64),
    ("ui", "String", 0),
    ("update_time", "DateTime", 0),
)


def save_default_style(uri: str, layer_name: str, style: Callable[[QgsVectorLayer], None]) -> Optional[str]:
    """Save ``style`` in the GeoPackage's ``layer_styles`` table as the default style of the layer.

    Written with GDAL (the table QGIS's ``saveStyleToDatabase`` uses, same columns), not through a
    QGIS layer: QGIS keeps pooled connections to GeoPackages it opened, and writing through them after
    the file changed underneath can block. Returns an error message, or ``None`` on success.
    """
    path = uri.split("|")[0]
    ds = ogr.Open(path, 1)
    if ds is None:
        return f"cannot open {path}"
    try:
        layer = ds.GetLayerByName(layer_name)
        if layer is None:
            return f"no layer {layer_name} in {path}"
        geometry_column = layer.GetGeometryColumn() or ""
        points = ogr.GT_Flatten(layer.GetGeomType()) in (ogr.wkbPoint, ogr.wkbMultiPoint)
        wkb_type = QgsWkbTypes.MultiPoint if points else QgsWkbTypes.MultiPolygon
        fields = QgsFields()
        definition = layer.GetLayerDefn()
        for i in range(definition.GetFieldCount()):
            fields.append(QgsField(definition.GetFieldDefn(i).GetName(), QVariant.String))
        qml, sld = style_document(style, wkb_type, fields)
        table = ds.GetLayerByName("layer_styles")
        if table is None:
            table = ds.CreateLayer("layer_styles", geom_type=ogr.wkbNone)
            for name, kind, width in _STYLE_TABLE_FIELDS:
                ogr_type = {"String": ogr.OFTString, "DateTime": ogr.OFTDateTime}.get(kind, ogr.OFTInteger)
                field = ogr.FieldDefn(name, ogr_type)
                if kind == "Boolean":
                    field.SetSubType(ogr.OFSTBoolean)
                if width:
                    field.SetWidth(width)
                table.CreateField(field)
        ds.StartTransaction()
        ds.ExecuteSQL(
            f"UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = '{_sql_text(layer_name)}' "
            f"AND f_geometry_column = '{_sql_text(geometry_column)}'"
        )
        table.SetAttributeFilter(
            f"f_table_name = '{_sql_text(layer_name)}' AND styleName = '{_sql_text(layer_name)}'"
        )
        for old in list(table):
            table.DeleteFeature(old.GetFID())
        table.SetAttributeFilter(None)
        feature = ogr.Feature(table.GetLayerDefn())
        now = datetime.datetime.now()
        values = {
            "f_table_catalog": "",
            "f_table_schema": "",
            "f_table_name": layer_name,
            "f_geometry_column": geometry_column,
            "styleName": layer_name,
            "styleQML": qml,
            "styleSLD": sld,
            "useAsDefault": 1,
            "description": "Vantage for QGIS",
            "owner": "",
            "ui": "",
        }
        for name, value in values.items():
            feature.SetField(name, value)
        feature.SetField("update_time", now.year, now.month, now.day, now.hour, now.minute, now.second, 0)
        if table.CreateFeature(feature) != 0:
            ds.RollbackTransaction()
            return "cannot write the style"
        ds.CommitTransaction()
    finally:
        ds = None
    return None


def write_style_presets(folder: Union[str, Path]) -> list[str]:
    """Write ``risk.qml``, ``risk_dry_run.qml`` and ``issues.qml`` (polygon layers) from the renderers.

    The files under ``resources/styles/`` are made by this function, so the code stays the one
    source of the colours; users can load them on any layer with ``risk_level``/``status`` or
    ``severity`` fields.
    """
    written = []
    result_fields = ("risk_level", "status", "protected_overlap_ha", "indigenous_overlap_ha")
    for name, style, fields in (
        ("risk", apply_risk_style, result_fields),
        ("risk_dry_run", apply_dry_run_style, result_fields),
        ("issues", apply_issue_style, ("severity",)),
    ):
        spec = "&".join(f"field={f}:string" for f in fields)
        layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:4326&{spec}", name, "memory")
        style(layer)
        path = str(Path(folder) / f"{name}.qml")
        layer.saveNamedStyle(path, QgsMapLayer.Symbology)
        written.append(path)
    return written
