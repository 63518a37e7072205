"""Benchmark: memory over a long QGIS session, and what collecting it costs the GUI thread.

Checks run one after another through the panel (the dock of benchmarks/ui.py, its stand-in engine and
generated plots; the previous result layer removed from the project each time, as a user would). After
each check: the process's RSS, the objects frozen (``gc.get_freeze_count``). Then the cyclic garbage
left frozen (unfreeze and collect), and, after checks of a larger layer, the collections a task's start
made (each holds the GIL: the GUI thread waits that long) against a full collection on the main thread
with nothing frozen (what Python's own collector would do now and then without the freeze).

Two processes, measured in the same run: ``old`` (``CoreTask.run`` freezing after every run, never
undone: round seven's, ``tests/fixtures/round_seven_task.py``) and ``new`` (``tasks.FrozenObjects``); both
with today's panel, which no longer holds a check's outcome in a reference cycle (round eight).

Run: ``QT_QPA_PLATFORM=offscreen PATH=/usr/bin:$PATH .venv/bin/python benchmarks/session_memory.py
[plots checks large-plots large-checks]`` (default 3000 20 20000 4).
"""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure(mode: str, plots: int, checks: int, large: int, large_checks: int) -> None:
    sys.path.insert(0, str(ROOT.parent))
    sys.path.insert(0, str(ROOT))
    import ui  # the panel's harness: starts QGIS
    from qgis.core import QgsProject

    from tests.fixtures.round_seven_task import reference_run
    from vantage_plugin.core import service
    from vantage_plugin.gui.dock import VantageDock
    from vantage_plugin.qgis_bridge import operations, tasks
    from vantage_plugin.qgis_bridge.settings import PluginSettings

    collections: list[tuple[float, int]] = []
    if mode == "old":
        tasks.CoreTask.run = reference_run
    else:
        record = tasks.FROZEN
        collect = record.collect_if_let_go

        def timed() -> int:
            before, started = record.collections, time.perf_counter()
            found = collect()
            if record.collections != before:
                collections.append(((time.perf_counter() - started) * 1000, found))
            return found

        record.collect_if_let_go = timed  # type: ignore[method-assign]

    service.check_plots = ui.fake_engine()
    operations.bundled_options = lambda **kwargs: kwargs

    def session(n: int, count: int, folder: str) -> tuple[list[tuple[float, int]], VantageDock]:
        settings = PluginSettings()
        settings.last_output_folder = folder
        layer = ui.plots_layer(n)
        QgsProject.instance().addMapLayer(layer)
        dock = VantageDock(ui.Iface(), settings=settings)
        dock.show()
        dock.layer_combo.setLayer(layer)
        rows = []
        for i in range(count):
            dock.output_widget.setFilePath(os.path.join(folder, f"s{n}_{i}.gpkg"))
            assert dock.check() is not None, dock.status.text()
            ui.wait(lambda: not dock.busy() and dock.results_view.ready() and not dock._release.pending())
            for _ in range(20):
                ui.wait(lambda: True)
            for layer_id, other in list(QgsProject.instance().mapLayers().items()):
                if other is not layer and other is not dock.result_layer:
                    QgsProject.instance().removeMapLayer(layer_id)
            rows.append((_rss_mb(), gc.get_freeze_count()))
        return rows, dock

    def close(dock: VantageDock) -> None:
        dock.close_down()
        dock.deleteLater()
        for layer_id in list(QgsProject.instance().mapLayers()):
            QgsProject.instance().removeMapLayer(layer_id)
        ui.wait(lambda: True)

    print(f"\n{mode}: load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        rows, dock = session(plots, checks, folder)
        print(f"  {checks} checks of {plots:,} plots: RSS MB / frozen after each")
        print("   " + "  ".join(f"{rss:.0f}/{frozen:,}" for rss, frozen in rows))
        frozen = gc.get_freeze_count()
        gc.unfreeze()
        found = gc.collect()
        print(f"  then {frozen:,} frozen, of which dead (unfreeze + collect): {found:,}; "
              f"RSS grew {rows[-1][0] - rows[0][0]:.1f} MB from the first check to the last")
        print(f"  collections at a task's start (ms, dead found): {[(round(ms), n) for ms, n in collections]}")
        close(dock)
        gc.collect()
        collections.clear()
        rows, dock = session(large, large_checks, folder)
        print(f"  {large_checks} checks of {large:,} plots: RSS MB / frozen "
              + "  ".join(f"{rss:.0f}/{frozen:,}" for rss, frozen in rows))
        print(f"    collections at a task's start (ms, dead found): {[(round(ms), n) for ms, n in collections]}")
        stalls = []
        for _ in range(3):
            started = time.perf_counter()
            gc.collect()
            stalls.append((time.perf_counter() - started) * 1000)
        gc.unfreeze()
        unfrozen = []
        for _ in range(3):
            started = time.perf_counter()
            gc.collect()
            unfrozen.append((time.perf_counter() - started) * 1000)
        print(f"    a full collection on the main thread afterwards: as the tasks left it {max(stalls):.0f} ms, "
              f"nothing frozen {max(unfrozen):.0f} ms (max of 3)")
        close(dock)


def main(args: list[str]) -> None:
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return
    if args and args[0] in ("old", "new"):
        measure(args[0], *(int(a) for a in args[1:]))
        return
    sizes = [str(int(a)) for a in args] or ["3000", "20", "20000", "4"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"Memory over a session, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    said: dict[str, tuple[float, int]] = {}
    for mode in ("old", "new"):
        with tempfile.TemporaryDirectory() as profile:
            env["QGIS_CUSTOM_CONFIG_PATH"] = profile
            output = subprocess.run([sys.executable, __file__, mode, *sizes], env=env, capture_output=True, text=True)
        print("\n".join(line for line in output.stdout.splitlines() if line.strip()))
        if output.returncode:
            print(output.stderr[-2000:])
        found = re.search(r"dead \(unfreeze \+ collect\): ([\d,]+); RSS grew ([\d.-]+) MB", output.stdout)
        if found:
            said[mode] = (float(found.group(2)), int(found.group(1).replace(",", "")))
    if len(said) == 2:  # > 1: the new task keeps less
        (old_mb, old_dead), (new_mb, new_dead) = said["old"], said["new"]
        print(f"old ÷ new over the {sizes[1]} checks of {int(sizes[0]):,} plots: RSS growth "
              f"{old_mb / new_mb if new_mb > 0 else float('inf'):.2f}×, dead objects left frozen "
              f"{old_dead / new_dead if new_dead else float('inf'):.2f}×")


if __name__ == "__main__":
    main(sys.argv[1:])
