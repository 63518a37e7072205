"""``make screenshots``: the panel (English and French) after a check of the demo data, and the styled
result map with its legend, rendered offscreen to PNG files in ``docs/``.

Runs in a throw-away QGIS profile (the user's settings are never touched): the demo catalog is made
with "Use the demo data", the demo polygons are checked with the bundled engine, and the panel is
grabbed on its Results tab at the width it opens at.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PANEL_SIZE = (330, 820)
MAP_PIXELS = (900, 620)


def wait(predicate, timeout: float = 300.0) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not predicate():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            raise TimeoutError("the check did not finish")


class Iface:
    """What the dock asks of QGIS's interface, with a real map canvas."""

    def __init__(self) -> None:
        from qgis.gui import QgsMapCanvas, QgsMessageBar

        self.canvas = QgsMapCanvas()
        self.canvas.resize(800, 600)
        self.bar = QgsMessageBar()

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar

    def showAttributeTable(self, layer, expression=""):
        return None


def checked_dock(folder: Path, name: str):
    """A dock that has used the demo data and checked the demo polygons (Results tab on show)."""
    from vantage_plugin.core.engines import ENGINE_BUNDLED
    from vantage_plugin.gui.dock import VantageDock

    dock = VantageDock(Iface())
    dock.settings.catalog_path = str(folder / "catalog.json")
    dock.settings.last_output_folder = str(folder)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData(ENGINE_BUNDLED))
    dock.resize(*PANEL_SIZE)
    dock.show()
    dock.use_demo()  # the demo catalog is made in a task: the demo layers open when it answers
    wait(lambda: not dock.check_tab.demo_pending())
    dock.validate()
    wait(lambda: not dock.busy() and dock.report_ready())
    dock.output_widget.setFilePath(str(folder / f"{name}.gpkg"))
    dock.check()
    wait(lambda: not dock.busy() and dock.results_view.ready())
    dock.mapping_box.setCollapsed(True)  # room for the results
    dock.tabs.setCurrentWidget(dock.results_view)
    dock.results_view.list.setCurrentRow(0)
    return dock


def grab(widget, path: Path) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _cropped(image):
    """``image`` without its white margins."""
    from qgis.PyQt.QtCore import QRect

    white = image.pixel(0, 0)
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != white:
                xs.append(x)
                ys.append(y)
    if not xs:
        return image
    return image.copy(QRect(max(0, min(xs) - 4), max(0, min(ys) - 4), max(xs) - min(xs) + 10, max(ys) - min(ys) + 10))


def render_map(result, path: Path) -> None:
    """The result layer (labelled by plot id) over the demo protected areas and indigenous land, with
    the legend beside it, as one PNG."""
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemLegend,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsMapRendererCustomPainterJob,
        QgsMapSettings,
        QgsPrintLayout,
        QgsProject,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    from vantage_plugin.qgis_bridge.styles import set_plot_labels

    project = QgsProject.instance()
    set_plot_labels(result, result.customProperty("vantage/id_field") or None, True)
    demo = [layer for layer in project.mapLayers().values()
            if layer is not result and layer.geometryType() == result.geometryType()
            and ("protected" in layer.source() or "indigenous" in layer.source())]
    width, height = MAP_PIXELS
    settings = QgsMapSettings()
    settings.setLayers([result, *demo])
    settings.setDestinationCrs(result.crs())
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(110)
    settings.setBackgroundColor(QColor("#ffffff"))
    result.updateExtents()
    extent = result.extent()
    extent.scale(1.12)
    settings.setExtent(extent)
    map_image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
    map_image.fill(QColor("#ffffff"))
    painter = QPainter(map_image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    root.addLayer(result)
    for layer in demo:
        root.addLayer(layer)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(170, 140, QgsUnitTypes.LayoutMillimeters))
    legend.attemptMove(QgsLayoutPoint(2, 2, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)
    legend.refresh()
    legend.adjustBoxSize()
    legend_path = path.with_suffix(".legend.png")
    export = QgsLayoutExporter.ImageExportSettings()
    export.dpi = 110
    export.generateWorldFile = False
    QgsLayoutExporter(layout).exportToImage(str(legend_path), export)
    legend_image = _cropped(QImage(str(legend_path)))
    legend_path.unlink()

    gap = 16
    canvas = QImage(QSize(width + gap + legend_image.width() + gap, max(height, legend_image.height())),
                    QImage.Format.Format_ARGB32)
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, map_image)
    painter.setPen(QColor("#888888"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.drawImage(width + gap, 0, legend_image)
    painter.end()
    canvas.save(str(path))
    print(f"wrote {path}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="vantage-screens-")
    from qgis.core import QgsApplication

    app = QgsApplication([], True, profile)
    app.initQgis()
    from qgis.core import QgsProject

    from vantage_plugin.i18n import install_translator, remove_translator

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for lang in ("en", "fr"):
            if lang == "en":
                remove_translator()
            else:
                install_translator(lang, REPO / "i18n")
            dock = checked_dock(folder / lang, f"demo_{lang}")
            grab(dock, args.out / f"panel_{lang}.png")
            if lang == "en":
                render_map(dock.result_layer, args.out / "result_map.png")
            dock.close_down()
            dock.deleteLater()
            QgsProject.instance().clear()
    remove_translator()
    sys.stdout.flush()
    os._exit(0)  # the files are written; QGIS's teardown of an offscreen GUI app can crash on exit


if __name__ == "__main__":
    sys.exit(main())
