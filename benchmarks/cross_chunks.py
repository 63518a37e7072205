"""The overlaps between chunks of the chunked check (``operations._stream_check`` after its last chunk)
on plots in random order, where nearly every overlapping pair has its plots in different chunks.

Data: the ``million30`` setting's plots (``bench_data``) at a smaller count, with as many clusters as
keep its density (10,000 plots a cluster of 0.5°), in random order; read in chunks of ``--chunk``
plots, each validated, into a ``core.chunks.CrossChunk`` (outside the timers). Then, rounds
interleaved in this one process, the part after the last chunk:

- ``this round``: ``operations._cross_pair_issues`` keeping the issues (the panel): per block of
  ``CrossChunk.pair_runs``, the geometry alone read again (``_geometries_again``) and only the pair
  rules run on the block's candidate pairs (``core.validation.pairs``);
- ``this round, counts``: the same counting the issues without making them (``vantage:checkplots``);
- ``round four``: the code before this round, kept here: each block's plots read again with their
  mapped fields (``tests/fixtures/read_again.py``), validated in full, the block's pairs' issues kept.

All must find the same overlap and duplicate-geometry issues (checked: the kept ones equal, in
order, and the counts); printed: wall and CPU time, per plot of the layer, issues.

    PATH=/usr/bin:$PATH QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/cross_chunks.py \
        [--plots 150000] [--chunk 3000] [--repeats 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_common as bc  # noqa: E402
import bench_data as bd  # noqa: E402


def round_four(source, cross, counts, keep: bool, feedback=None) -> list:
    """``operations._cross_pair_issues`` before round five (``tests.fixtures.read_again``)."""
    from tests.fixtures.read_again import previous_cross_pair_issues

    return previous_cross_pair_issues(source, cross, counts, keep, feedback)


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
        cross.add(chunk, validate(chunk).issues)
    print(f"    box pairs across chunks {len(cross.cross_pairs()[0])}, "
          f"kept as candidates {len(cross.candidate_pairs()[0])}")
    ways = {
        "this round": (operations._cross_pair_issues, True),
        "this round, counts": (operations._cross_pair_issues, False),
        "round four": (round_four, True),
    }
    found: dict[str, list] = {}
    counted: dict[str, tuple] = {}

    def measure(name: str, _round: int) -> dict:
        step, keep = ways[name]
        counts = chunks.IssueCounts()
        wall, cpu = time.perf_counter(), time.process_time()
        issues = step(source, cross, counts, keep, None)
        seconds, cpu = time.perf_counter() - wall, time.process_time() - cpu
        found[name] = [(i.code, i.plot_index, i.other_plot_index, i.message, i.location) for i in issues]
        counted[name] = (counts.error_count, counts.warning_count)
        return {"seconds": seconds, "cpu": cpu, "issues": counts.error_count + counts.warning_count,
                "load": os.getloadavg()[0]}

    runs = bc.interleaved(list(ways), a.repeats, measure)
    print(f"{'':20s} {'wall s':>8s} {'CPU s':>8s} {'CPU µs/plot':>12s} {'issues':>8s}   (medians)")
    for name, rs in runs.items():
        cpu = statistics.median(r["cpu"] for r in rs)
        print(f"{name:20s} {statistics.median(r['seconds'] for r in rs):8.1f} {cpu:8.1f} "
              f"{1e6 * cpu / a.plots:12.1f} {rs[0]['issues']:8d}")
    same = found["this round"] == found["round four"] and len(set(counted.values())) == 1
    before = statistics.median(r["cpu"] for r in runs["round four"])
    ratios = ", ".join(f"{name}: {before / statistics.median(r['cpu'] for r in runs[name]):.2f}×"
                       for name in ways if name != "round four")
    print(f"  same overlap and duplicate-geometry issues (in order) and counts: {'yes' if same else 'NO'}; "
          f"round four ÷ (CPU) {ratios}")
    print(f"load average after: {bc.machine()}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
