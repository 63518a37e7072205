"""Reading plots from a GeoPackage: QGIS's feature iteration (``layers.plot_chunks`` over the layer's
features) against the fast reader (``qgis_bridge.gpkg_reading``: the file read with ``sqlite3``), and
the same for reading plots again by feature id (``tests/fixtures/read_again.py``).

Rounds interleaved in one process (QGIS path, fast path, …), CPU time (``process_time``) and wall
time; the plots of both paths are compared field by field first (the run stops if they differ).

    PATH=/usr/bin:$PATH QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gpkg_reading.py \
        FILE.gpkg [--chunk 20000] [--repeats 3] [--again 5000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--chunk", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--again", type=int, default=5_000, help="plots read again by feature id")
    a = parser.parse_args()

    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import shapely

    from tests.fixtures.read_again import read_again
    from vantage_plugin.core.runs import gc_paused
    from vantage_plugin.qgis_bridge import layers, operations
    from vantage_plugin.qgis_bridge.layers import guess_mapping

    layer = QgsVectorLayer(a.path, "plots", "ogr")
    assert layer.isValid(), a.path
    mapping = guess_mapping(layer.fields())

    def source(fast: bool):
        made = operations.source_from_layer(layer, mapping)
        assert made.fast is not None, "the fast reader does not apply to this layer"
        if not fast:
            made.fast = None
        return made

    def read(fast: bool) -> list:
        made = source(fast)
        out = []
        for chunk in layers.plot_chunks(*operations._features(made), a.chunk, made.fields, made.crs, mapping,
                                        transform_context=made.transform_context, total=made.count):
            out += chunk
        return out

    def key(plot) -> tuple:
        fields = {k: v for k, v in plot.__dict__.items() if k != "geometry"}
        typed = [(k, type(v).__name__) for k, v in plot.attributes.items()]
        return repr(fields), typed, None if plot.geometry is None else shapely.to_wkb(plot.geometry)

    slow_plots, fast_plots = read(False), read(True)
    assert len(slow_plots) == len(fast_plots) and all(key(x) == key(y) for x, y in zip(slow_plots, fast_plots))
    step = max(1, len(fast_plots) // max(1, a.again))
    indexes = list(range(0, len(fast_plots), step))[:a.again]
    fids = [fast_plots[k].source_fid for k in indexes]
    again = {fast: read_again(source(fast), indexes, fids) for fast in (False, True)}
    assert [key(p) for p in again[False]] == [key(p) for p in again[True]]
    del slow_plots, fast_plots, again

    times: dict[str, list] = {name: [] for name in ("read QGIS", "read fast", "again QGIS", "again fast")}
    for _ in range(a.repeats):
        for fast in (False, True):
            with gc_paused():  # as the check reads its chunks
                wall, cpu = time.perf_counter(), time.process_time()
                n = len(read(fast))
                times["read fast" if fast else "read QGIS"].append((time.process_time() - cpu,
                                                                    time.perf_counter() - wall))
        for fast in (False, True):
            made = source(fast)
            wall, cpu = time.perf_counter(), time.process_time()
            read_again(made, indexes, fids)
            times["again fast" if fast else "again QGIS"].append((time.process_time() - cpu,
                                                                  time.perf_counter() - wall))
    print(f"{a.path}: {n} plots, chunks of {a.chunk}, {len(indexes)} read again; {a.repeats} rounds interleaved; "
          f"load average {os.getloadavg()[0]:.2f}")
    for name, runs in times.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(f"  {name:11s} CPU median {cpu:7.3f} s (runs {', '.join(f'{c:.3f}' for c, _ in runs)}), "
              f"wall median {wall:7.3f} s")
    for what in ("read", "again"):
        slow = statistics.median(c for c, _ in times[f"{what} QGIS"])
        fast = statistics.median(c for c, _ in times[f"{what} fast"])
        print(f"  {what}: fast reader {slow / fast:.2f}x faster (CPU)")
    del app


if __name__ == "__main__":
    main()
