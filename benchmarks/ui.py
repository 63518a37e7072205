"""Benchmark: is the panel responsive at 20,000 and 100,000 plots? (target: no stall over 100 ms)

Drives the Vantage dock in an offscreen QGIS on generated plots (a grid of squares; every 7th a
bow-tie, every 5th with a date that is not a date, so validation has errors and warnings to list)
while a 20 ms timer runs in the GUI thread; a stall is how much later than due a tick fired. For each
phase it prints the longest stall:

- Validate: the click until the problems are listed (reading, the task, listing the problems); then
  ticking "Show warnings" off and on.
- Check: the click until the task has finished (reading, the task, writing the GeoPackage).
- Open results: the task finished until the result layer is added and the Results tab counted.

The last lines say where stalls come from: GUI-thread steps of the run flow, and the longest single
call in the task's thread that holds Python's GIL for a whole array (a shapely function on 100,000
geometries): while it runs, no Python runs on the GUI thread either.

The engine is a stand-in that answers at once with a spread of levels and overlaps (the engine's own
speed is benchmarks/engine.py's business); everything the panel does is the real code. The
alternative measured in the same run is the old Problems table: one QTableWidgetItem with a tooltip
per cell, built on the GUI thread (at 20,000 plots only: at 100,000 it takes minutes).

Run: ``QT_QPA_PLATFORM=offscreen PATH=/usr/bin:$PATH .venv/bin/python benchmarks/ui.py [n ...]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication  # noqa: E402

APP = QgsApplication([], True)
APP.initQgis()

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer  # noqa: E402
from qgis.gui import QgsMapCanvas, QgsMessageBar  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, QTimer, QVariant  # noqa: E402

TICK_MS = 20
TARGET_MS = 100


class Iface:
    """What the dock asks of QGIS's interface."""

    def __init__(self) -> None:
        self.canvas = QgsMapCanvas()
        self.bar = QgsMessageBar()

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar

    def showAttributeTable(self, layer, expression=""):
        return None


class StallMonitor:
    """A 20 ms timer in the GUI thread; ``longest(start, end)`` is the worst lateness in that window."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def longest(self, start: float, end: float) -> float:
        """Milliseconds: the longest gap between ticks overlapping [start, end], less the interval."""
        points = [start] + [t for t in self.ticks if start < t < end] + [end]
        later = [t for t in self.ticks if t >= end][:1]
        points += later
        gaps = [(b - a) * 1000 - TICK_MS for a, b in zip(points, points[1:])]
        return max(0.0, max(gaps or [0.0]))


def wait(predicate, timeout: float = 3600.0) -> float:
    deadline = time.perf_counter() + timeout
    while not predicate():
        QCoreApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > deadline:
            raise TimeoutError
    return time.perf_counter()


def plots_layer(n: int) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", f"farms_{n}", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("plot_id", QVariant.String), QgsField("commodity", QVariant.String),
                            QgsField("harvest_date", QVariant.String)])
    layer.updateFields()
    columns = 400
    features = []
    for i in range(n):
        x, y = -60.0 + (i % columns) * 0.01, -10.0 + (i // columns) * 0.01
        if i % 7 == 3:
            wkt = f"POLYGON(({x} {y},{x + 0.004} {y + 0.004},{x + 0.004} {y},{x} {y + 0.004},{x} {y}))"
        else:
            wkt = f"POLYGON(({x} {y},{x + 0.004} {y},{x + 0.004} {y + 0.004},{x} {y + 0.004},{x} {y}))"
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"F{i:06d}", "cocoa", "someday" if i % 5 == 1 else "2024-05-01"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def fake_engine():
    """Results at once: levels, statuses and overlaps spread over the plots."""
    from vantage_plugin.core.analysis import PlotResult, make_analysis, overlap_block
    from vantage_plugin.core.runs import Run
    from vantage_plugin.core.service import CheckOutput
    from vantage_plugin.core.validation import validate

    levels = ("Low", "Low", "Low", "Medium", "High", "Unknown")

    def check_plots(plots, engine="bundled", *, bundled_options=None, api_client=None, api_options=None,
                    confirm=None, feedback=None, today=None):
        report = validate(plots, feedback=None)
        run = Run(engine=engine, step_names=("prepare",))
        results = []
        for plot in plots:
            if plot.index in report.blocked:
                results.append(PlotResult(plot.index, engine, "invalid", error="blocked by validation"))
                continue
            level = levels[plot.index % len(levels)]
            pa = 0.5 if plot.index % 11 == 0 else 0.0
            il = 0.3 if plot.index % 13 == 0 else 0.0
            analysis = make_analysis(area_ha=16.0, analysis_end="2024-05-01", forest_ha=10.0, deforestation_ha=0.0,
                                     deforestation_yearly={}, risk_level=level, risk_reason=level, version="bench",
                                     protected_areas=overlap_block("pa", pa, 16.0, []),
                                     indigenous_land=overlap_block("il", il, 16.0, []))
            results.append(PlotResult(plot.index, engine, "ok", analysis=analysis))
        run.finish(len(plots))
        return CheckOutput(results=results, run=run, report=report)

    return check_plots


def old_table_stall(report) -> float:
    """The old Problems table: an item and a tooltip for every cell, on the GUI thread (ms)."""
    from qgis.PyQt.QtWidgets import QTableWidget, QTableWidgetItem

    from vantage_plugin.gui.problems_view import issue_text, severity_label
    from vantage_plugin.qgis_bridge.messages import issue_message

    table = QTableWidget(0, 4)
    started = time.perf_counter()
    issues = list(report.issues)
    table.setRowCount(len(issues))
    for row, issue in enumerate(issues):
        values = (issue.plot_label, severity_label(issue.severity), issue_message(issue), issue.code)
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setToolTip(issue_text(issue))
            table.setItem(row, column, item)
    table.deleteLater()
    return (time.perf_counter() - started) * 1000


class Blocks:
    """Time spent on the GUI thread in the run-flow steps that are not the panel's views (ms)."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}
        self.originals: list = []

    def restore(self) -> None:
        for owner, name, original in self.originals:
            setattr(owner, name, original)

    def wrap(self, owner, name: str, label: str) -> None:
        original = owner.__dict__[name]
        self.originals.append((owner, name, original))

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.ms[label] = max(self.ms.get(label, 0.0), (time.perf_counter() - started) * 1000)

        setattr(owner, name, timed)


class GilHolders:
    """The longest single call, in the task's thread, of the shapely functions that hold the GIL for a
    whole array (ms). While one runs, the GUI thread cannot run any Python: its timer waits too."""

    NAMES = ("is_valid_reason", "to_ragged_array", "from_wkb", "to_wkb")

    def __init__(self) -> None:
        import shapely

        self.ms: dict[str, float] = {}
        self.originals: list = []
        main = threading.main_thread()
        for name in self.NAMES:
            self._wrap(shapely, name, f"shapely.{name}", main)
        self._wrap(shapely.STRtree, "__init__", "STRtree", main)
        self._wrap(shapely.STRtree, "query", "STRtree.query", main)

    def _wrap(self, owner, name: str, label: str, main) -> None:
        original = getattr(owner, name)
        self.originals.append((owner, name, original))

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                if threading.current_thread() is not main:
                    self.ms[label] = max(self.ms.get(label, 0.0), (time.perf_counter() - started) * 1000)

        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, original in self.originals:
            setattr(owner, name, original)


def run(n: int, folder: str, alternative: bool) -> dict:
    from vantage_plugin.core import service
    from vantage_plugin.gui.dock import VantageDock
    from vantage_plugin.qgis_bridge import operations, tasks
    from vantage_plugin.qgis_bridge.settings import PluginSettings

    blocks = Blocks()
    blocks.wrap(VantageDock, "plot_source", "snapshotting the layer")
    blocks.wrap(tasks.CoreTask, "__init__", "copying the task's data")
    holders = GilHolders()

    settings = PluginSettings()
    settings.last_output_folder = folder
    service.check_plots = fake_engine()
    operations.bundled_options = lambda **kwargs: kwargs
    layer = plots_layer(n)
    QgsProject.instance().addMapLayer(layer)
    dock = VantageDock(Iface())
    dock.resize(300, 800)
    dock.show()
    monitor = StallMonitor()
    out: dict = {"plots": n}
    try:
        dock.layer_combo.setLayer(layer)
        wait(lambda: True)
        shown: dict = {}
        show_report = dock.show_report
        dock.show_report = lambda report, **kw: (shown.setdefault("at", time.perf_counter()), show_report(report, **kw))
        start = time.perf_counter()
        dock.validate()
        end = wait(lambda: not dock.busy() and dock.report_ready())
        out["validate"] = (monitor.longest(start, end), end - start, len(dock.report.issues))
        out["listing"] = monitor.longest(shown.get("at", start), end)
        dock.show_report = show_report
        start = time.perf_counter()
        dock.show_warnings.setChecked(False)
        dock.show_warnings.setChecked(True)
        end = wait(lambda: True)
        out["warnings"] = monitor.longest(start, end + TICK_MS / 1000)
        if alternative:
            out["old_table"] = old_table_stall(dock.report)

        marks: dict = {}
        original = dock.on_checked

        def on_checked(outcome, *args, **kwargs):
            marks["done"] = time.perf_counter()
            original(outcome, *args, **kwargs)

        dock.on_checked = on_checked
        dock.output_widget.setFilePath(os.path.join(folder, f"bench_{n}.gpkg"))
        start = time.perf_counter()
        task = dock.check()
        assert task is not None, dock.status.text()
        end = wait(lambda: not dock.busy() and dock.results_view.ready())
        done = marks.get("done", end)
        out["check"] = (monitor.longest(start, done), done - start)
        out["open"] = (monitor.longest(done, end), end - done)
        out["blocks"] = blocks.ms
        out["gil"] = holders.ms
    finally:
        blocks.restore()
        holders.restore()
        monitor.timer.stop()
        dock.close_down()
        dock.deleteLater()
        for layer_ in list(QgsProject.instance().mapLayers().values()):
            QgsProject.instance().removeMapLayer(layer_.id())
    return out


def main(sizes: list[int]) -> None:
    print(f"Longest stall of the GUI thread (a {TICK_MS} ms timer), target ≤ {TARGET_MS} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            result = run(n, folder, alternative=n <= 20000)
            stall, seconds, issues = result["validate"]
            print(f"\n{n:,} plots ({issues:,} problems), load average after it {os.getloadavg()[0]:.1f}")
            print(f"  Validate      longest stall {stall:8.0f} ms   (whole phase {seconds:6.1f} s)")
            print(f"    ticking 'Show warnings' off and on: longest stall {result['warnings']:.0f} ms")
            listing = result["listing"]
            print(f"    listing the problems (model/view, sliced): longest stall {listing:.0f} ms")
            if "old_table" in result:
                print(f"    the old Problems table (an item per cell) on the same report: {result['old_table']:.0f} ms "
                      f"in one block (listing now: longest stall {listing:.0f} ms)")
            stall, seconds = result["check"]
            print(f"  Check         longest stall {stall:8.0f} ms   (whole phase {seconds:6.1f} s)")
            stall, seconds = result["open"]
            print(f"  Open results  longest stall {stall:8.0f} ms   (whole phase {seconds:6.1f} s)")
            for label, ms in result["blocks"].items():
                print(f"  of the stalls: {label} on the GUI thread, up to {ms:.0f} ms")
            label, ms = max(result["gil"].items(), key=lambda item: item[1], default=("-", 0.0))
            print(f"  of the stalls: one call holding the GIL in the task (the GUI thread waits), up to {ms:.0f} ms "
                  f"({label}; each: {', '.join(f'{k} {v:.0f}' for k, v in sorted(result['gil'].items()))})")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20000, 100000])
