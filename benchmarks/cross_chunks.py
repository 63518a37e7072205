"""The overlaps between chunks of the chunked check (``operations._stream_check`` after its last chunk)
on plots in random order, where nearly every overlapping pair has its plots in different chunks.

Data: the ``million30`` setting's plots (``bench_data``) at a smaller count, with as many clusters as
keep its density (10,000 plots a cluster of 0.5°), in random order; read in chunks of ``--chunk``
plots into a ``core.chunks.CrossChunk`` (outside the timers). Then, rounds interleaved in this one
process, the part after the last chunk:

- ``this round``: ``CrossChunk.pair_blocks`` (pairs that may give an issue: polygons whose octagons
  meet, equal points; runs compact along a Hilbert curve) and ``operations._read_again`` (geometry
  and mapped fields);
- ``previous``: the code before this round, kept here: every pair of boxes meeting across chunks, in
  blocks of pairs in grid order, each block's plots read again with every attribute.

Both must find the same overlap and duplicate-geometry issues (checked); printed: wall and CPU time,
per plot of the layer, plots read again.

    PATH=/usr/bin:$PATH QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/cross_chunks.py \
        [--plots 150000] [--chunk 3000] [--repeats 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_common as bc  # noqa: E402
import bench_data as bd  # noqa: E402


def previous_blocks(cross, max_plots: int):
    """The pair blocks before this round: every cross pair, ``max_plots // 2`` pairs a block."""
    left, right = cross.cross_pairs()
    step = max(1, max_plots // 2)
    for start in range(0, len(left), step):
        i, j = left[start:start + step], right[start:start + step]
        yield np.unique(np.concatenate([i, j])).tolist(), set(zip(i.tolist(), j.tolist()))


def previous_read_again(source, indexes, fids) -> list:
    """``operations._read_again`` before this round: every attribute read again."""
    from qgis.core import QgsCoordinateTransformContext, QgsFeatureRequest

    from vantage_plugin.qgis_bridge.layers import plots_from_features

    index_of = {fid: index for index, fid in zip(indexes, fids) if fid is not None}
    request = QgsFeatureRequest().setFilterFids(list(index_of))
    plots = plots_from_features(source.features.getFeatures(request), source.fields, source.crs, source.mapping,
                                transform_context=source.transform_context or QgsCoordinateTransformContext())
    for plot in plots:
        plot.index = index_of.get(plot.source_fid, -1)
    return sorted((plot for plot in plots if plot.index >= 0), key=lambda plot: plot.index)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--plots", type=int, default=150_000)
    p.add_argument("--chunk", type=int, default=3_000)
    p.add_argument("--repeats", type=int, default=2)
    p.add_argument("--out", type=Path, default=None)
    a = p.parse_args()

    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from vantage_plugin.core import chunks
    from vantage_plugin.core.validation import validate
    from vantage_plugin.qgis_bridge import operations
    from vantage_plugin.qgis_bridge.layers import guess_mapping, plot_chunks

    base = bd.settings()["million30"]
    setting = replace(base, name="cross", clusters=max(1, round(a.plots / (1_000_000 / base.clusters))))
    folder = (a.out or bd.default_out()) / setting.folder
    folder.mkdir(parents=True, exist_ok=True)
    path = bd.plots(folder, setting, a.plots)["given"]
    print(f"machine: {bc.machine()}")
    print(f"=== {a.plots} plots in random order, {setting.clusters} clusters of 0.5° (the density of million30), "
          f"chunks of {a.chunk}")
    layer = QgsVectorLayer(f"{path}|layername=plots", "plots", "ogr")
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    cross = chunks.CrossChunk()
    for chunk in plot_chunks(*operations._features(source), a.chunk, source.fields, source.crs, source.mapping,
                             transform_context=source.transform_context):
        cross.add(chunk, [])
    print(f"    box pairs across chunks {len(cross.cross_pairs()[0])}, "
          f"kept as candidates {len(cross.candidate_pairs()[0])}")
    ways = {
        "this round": (lambda: cross.pair_blocks(chunks.CROSS_BLOCK_PLOTS), operations._read_again),
        "previous": (lambda: previous_blocks(cross, chunks.CROSS_BLOCK_PLOTS), previous_read_again),
    }
    found: dict[str, Counter] = {}

    def measure(name: str, _round: int) -> dict:
        blocks, read_again = ways[name]
        wall, cpu = time.perf_counter(), time.process_time()
        issues: Counter = Counter()
        read = 0
        for indexes, pairs in blocks():
            again = read_again(source, indexes, [cross.fids[k] for k in indexes])
            read += len(again)
            for issue in chunks.pair_issues(validate(again, check_overlaps=True).issues, pairs):
                issues[(issue.code, issue.plot_index, issue.other_plot_index, issue.message)] += 1
        found[name] = issues
        return {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "read": read,
                "issues": sum(issues.values()), "load": os.getloadavg()[0]}

    runs = bc.interleaved(list(ways), a.repeats, measure)
    print(f"{'':14s} {'wall s':>8s} {'CPU s':>8s} {'CPU µs/plot':>12s} {'read again':>11s} {'issues':>8s}   (medians)")
    for name, rs in runs.items():
        cpu = statistics.median(r["cpu"] for r in rs)
        print(f"{name:14s} {statistics.median(r['seconds'] for r in rs):8.1f} {cpu:8.1f} "
              f"{1e6 * cpu / a.plots:12.1f} {rs[0]['read']:11d} {rs[0]['issues']:8d}")
    same = found["this round"] == found["previous"]
    ratio = statistics.median(r["cpu"] for r in runs["previous"]) / statistics.median(
        r["cpu"] for r in runs["this round"])
    print(f"  same overlap and duplicate-geometry issues: {'yes' if same else 'NO'}; "
          f"previous ÷ this round (CPU): {ratio:.2f}×")
    print(f"load average after: {bc.machine()}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
