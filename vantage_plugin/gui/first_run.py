"""The first run: a data catalog made of the demo data that ships with the plugin, and the demo plots
opened as one layer group with clear names (the demo GeoPackage mixes polygons and points, which
QGIS would otherwise open as two layers both called "plots")."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Optional

from qgis.core import QgsFillSymbol, QgsLayerTreeGroup, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

from ..about import resources_dir
from ..core.engine.catalog import Catalog, DataSource
from ..core.runs import Feedback
from ..i18n import tr
from ..qgis_bridge.styles import OVERLAP_HATCHES
from .stale_files import catalog_state

#: Hansen tree cover percent: a pixel is forest at ≥ 10 % canopy (FAO's definition, the EUDR's).
DEMO_FOREST_MIN = 10.0
DEMO_PLOT_ID = "plot_ref"
#: The copy of a catalog with moved or deleted files that :func:`use_demo_catalog` replaced: ``<catalog><suffix>``.
STALE_CATALOG_SUFFIX = ".before-demo"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def demo_catalog() -> Catalog:
    """A catalog of the shipped demo data: Hansen crops, made-up protected areas and indigenous land."""
    folder = demo_dir()
    forest = sorted((folder / "hansen").glob("*treecover2000*.tif"))
    loss = sorted((folder / "hansen").glob("*lossyear*.tif"))
    base = Catalog.default()
    return Catalog(
        forest_2020=DataSource(str(forest[0])) if forest else None,
        loss_year=DataSource(str(loss[0])) if loss else None,
        protected_areas=DataSource(str(folder / "demo_protected_areas.gpkg")),
        indigenous_lands=DataSource(str(folder / "demo_indigenous_lands.gpkg")),
        admin=base.admin,
        forest_2020_min=DEMO_FOREST_MIN,
    )


def use_demo_catalog(path: str, feedback: Optional[Feedback] = None) -> bool:
    """Write the demo catalog to ``path`` unless a catalog with data is already there (never overwritten),
    or when that catalog names files that were moved or deleted: then the old catalog is kept beside it
    as ``<path>.before-demo`` (its paths, to choose again later). It looks for the catalog's files: the
    panel runs it in a task (``CheckTab.use_demo_data``), which writes nothing once cancelled."""
    state = catalog_state(path)
    if state.has_data and not state.missing:
        return False
    if feedback is not None:
        feedback.check()
    if os.path.isfile(path):
        shutil.copyfile(path, path + STALE_CATALOG_SUFFIX)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    demo_catalog().save(path)
    return True


def _style_demo_area(layer: QgsVectorLayer, uri: str) -> None:
    """Protected areas and indigenous land in the colours of the result style's overlap marks."""
    kind = "protected" if "protected" in uri else ("indigenous" if "indigenous" in uri else None)
    if kind is None:
        return
    colour = OVERLAP_HATCHES[kind][1]
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": colour, "outline_width": "0.4",
                                         "outline_style": "dash"})
    symbol.setOpacity(0.25)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def open_demo_layers(project: Optional[QgsProject] = None) -> list[QgsVectorLayer]:
    """The demo plots (polygons, points), protected areas and indigenous land in a group "Vantage demo"."""
    project = project or QgsProject.instance()
    folder = demo_dir()
    plots = folder / "demo_plots.gpkg"
    entries = (
        (f"{plots}|layername=plots|geometrytype=Polygon", tr("Demo plots: polygons (made up)")),
        (f"{plots}|layername=plots|geometrytype=Point", tr("Demo plots: points (made up)")),
        (str(folder / "demo_protected_areas.gpkg"), tr("Demo protected areas (made up)")),
        (str(folder / "demo_indigenous_lands.gpkg"), tr("Demo indigenous land (made up)")),
    )
    root = project.layerTreeRoot()
    name = tr("Vantage demo")
    old: Optional[QgsLayerTreeGroup] = root.findGroup(name)
    if old is not None:
        root.removeChildNode(old)
    group = root.insertGroup(0, name)
    layers = []
    for uri, title in entries:
        layer = QgsVectorLayer(uri, title, "ogr")
        if not layer.isValid():
            continue
        _style_demo_area(layer, uri)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    return layers
