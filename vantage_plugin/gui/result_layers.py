"""Result layers in the project: named uniquely, grouped by date and engine, read-only, styled.

Each check adds one layer, named after the plots layer, the engine and the time of the run (a dry
run says so in its name), inside a layer-tree group "Vantage results" › "<date> · <engine>". Its
style (risk or dry run, plots named and labelled by the user's plot id) is saved into the
GeoPackage first, so the file opens the same way anywhere.
"""

from __future__ import annotations

import datetime as _dt
from functools import partial
from typing import Optional

from osgeo import ogr
from qgis.core import QgsCoordinateTransformContext, QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..core.engines import ENGINE_API, ENGINE_BUNDLED
from ..i18n import tr
from ..qgis_bridge import styles


def engine_label(engine: str) -> str:
    return {ENGINE_BUNDLED: tr("bundled"), ENGINE_API: tr("Vantage API")}.get(engine, engine)


def results_group(project: QgsProject, engine: str, when: _dt.datetime) -> QgsLayerTreeGroup:
    """The layer-tree group of the runs of ``engine`` on the day of ``when`` (made when missing)."""
    root = project.layerTreeRoot()
    top_name = tr("Vantage results")
    top = root.findGroup(top_name) or root.insertGroup(0, top_name)
    name = f"{when:%Y-%m-%d} · {engine_label(engine)}"
    return top.findGroup(name) or top.insertGroup(0, name)


def unique_name(project: QgsProject, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when a layer of the project already has it."""
    taken = {layer.name() for layer in project.mapLayers().values()}
    if name not in taken:
        return name
    count = 2
    while f"{name} ({count})" in taken:
        count += 1
    return f"{name} ({count})"


def result_layer_name(source_name: str, engine: str, dry_run: bool, when: _dt.datetime) -> str:
    base = tr("{layer} — risk, {engine} {time}").format(layer=source_name, engine=engine_label(engine),
                                                          time=f"{when:%H:%M:%S}")
    if dry_run:
        base = tr("{layer} — DRY RUN (simulated), {time}").format(layer=source_name, time=f"{when:%H:%M:%S}")
    return base


def table_name(uri: str) -> Optional[str]:
    for part in uri.split("|")[1:]:
        if part.startswith("layername="):
            return part[len("layername="):]
    return None


def _guessed_id_field(uri: str, table: str) -> Optional[str]:
    """The plot-id field the writer's saved style names plots by (``styles.plot_id_field`` of the table)."""
    dataset = ogr.Open(uri.split("|")[0])
    if dataset is None:
        return None
    layer = dataset.GetLayerByName(table)
    if layer is None:
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    dataset = None
    return styles.plot_id_field(names)


def open_result_layer(
    uri: str,
    *,
    dry_run: bool = False,
    id_field: Optional[str] = None,
    labels: bool = False,
    field_names: Optional[list[str]] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> Optional[QgsVectorLayer]:
    """The result layer at ``uri``, styled and read-only, its style saved into the GeoPackage when it
    differs from the one the writer saved; ``None`` when it cannot be opened.

    Touches no project: the check's task opens it (opening 100,000 rows takes a while) and moves it
    to the GUI thread. ``field_names`` (the written layer's fields, when the caller knows them) spares
    reading them back."""
    style = styles.apply_dry_run_style if dry_run else styles.apply_risk_style
    styler = partial(style, id_field=id_field, labels=labels)
    table = table_name(uri)
    guessed = styles.plot_id_field(field_names) if field_names is not None else None
    expected_id = guessed if field_names is not None else _guessed_id_field(uri, table)
    if table and (dry_run or labels or id_field != expected_id):
        # differs from the risk style the writer saved: save this one (with GDAL, before QGIS opens the file)
        styles.save_default_style(uri, table, styler)
    options = QgsVectorLayer.LayerOptions(transform_context or QgsCoordinateTransformContext())
    options.loadDefaultStyle = False  # just saved; applied below without reading it back
    layer = QgsVectorLayer(uri, table or "", "ogr", options)
    if not layer.isValid():
        return None
    styler(layer)
    layer.setReadOnly(True)  # results are a record of a run: never edited by accident
    if id_field:
        layer.setCustomProperty("vantage/id_field", id_field)
    return layer


def add_result_layer(
    uri: str,
    source_name: str,
    engine: str,
    *,
    dry_run: bool = False,
    id_field: Optional[str] = None,
    labels: bool = False,
    when: Optional[_dt.datetime] = None,
    project: Optional[QgsProject] = None,
    field_names: Optional[list[str]] = None,
    layer: Optional[QgsVectorLayer] = None,
) -> Optional[QgsVectorLayer]:
    """Add the result layer at ``uri`` to its group, named for the run; ``layer`` is that layer when it
    was opened already (:func:`open_result_layer`, in the check's task), else it is opened here."""
    project = project or QgsProject.instance()
    when = when or _dt.datetime.now()
    if layer is None:
        layer = open_result_layer(uri, dry_run=dry_run, id_field=id_field, labels=labels, field_names=field_names,
                                  transform_context=project.transformContext())
    if layer is None:
        return None
    layer.setName(unique_name(project, result_layer_name(source_name, engine, dry_run, when)))
    layer.setCustomProperty("vantage/result", "dry_run" if dry_run else engine)
    project.addMapLayer(layer, False)
    results_group(project, engine, when).insertLayer(0, layer)
    return layer
