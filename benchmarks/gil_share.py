"""How much of each phase of the user's check leaves the GIL free, and what a Python thread beside it costs.

Runs ``vantage:checkplots`` in-process (as ``userpath.py --phases``) on FILE's plots, in rounds of two
runs, each in its own worker process: ``alone`` and ``beside`` (a thread counting in pure Python the whole
time; ``beside``'s CPU includes the counter's). Per phase (reading, validation, engine, result rows,
finish; timed where the check calls them): wall time in each run, and in ``beside`` the counter's progress
during the phase as a share of its rate with the check idle, measured before and after it (1.0: the GIL
was free the whole phase; 0.0: never; on a loaded machine the rate itself moves, by 0.2 or more). Python
hands the GIL to a waiting thread every ``sys.getswitchinterval()`` (5 ms), so a phase that releases the
GIL often (GDAL block reads, short numpy or GEOS calls) waits up to that long to take it back each time:
the phase's ``beside ÷ alone`` wall is what a second Python thread costs the check, the counter's share
what it could gain::

    .venv/bin/python benchmarks/gil_share.py --phases benchmarks/out/million30/plots_every10.gpkg \\
        --rasters benchmarks/out/million30 --repeats 1
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import bench_common as bc  # noqa: E402

#: (module, attribute, phase, generator): the phases timed, none inside another.
PHASES = (
    ("vantage_plugin.qgis_bridge.operations", "plot_chunks", "read (chunks of plots)", True),
    ("vantage_plugin.core.validation", "validate", "validation", False),
    ("vantage_plugin.core.engine.bundled", "run_bundled", "engine", False),
    ("vantage_plugin.qgis_bridge.results", "ResultStream.add", "result rows (build + insert)", False),
    ("vantage_plugin.qgis_bridge.results", "ResultStream.finish", "finish (merge, index, publish, style)", False),
)


class Counter:
    """A thread adding one in pure Python until stopped; ``value`` is read without a lock (a stale
    reading by a few counts does not matter)."""

    def __init__(self) -> None:
        self.value = 0
        self.stopped = False
        self.thread = threading.Thread(target=self._count, daemon=True)

    def _count(self) -> None:
        n = 0
        while not self.stopped:
            n += 1
            if not n & 1023:
                self.value = n

    def rate(self, seconds: float = 2.0) -> float:
        """Counts per second with this process idle."""
        start = self.value
        time.sleep(seconds)
        return (self.value - start) / seconds


def _timed(owner, name: str, spent: dict, phase: str, counter: Counter, generator: bool) -> None:
    """Replace ``owner.name`` by a wrapper adding its wall time and the counter's advance to ``spent[phase]``."""

    def add(before: tuple) -> None:
        wall, count = before
        mine = spent.setdefault(phase, [0.0, 0])
        mine[0] += time.perf_counter() - wall
        mine[1] += counter.value - count

    bc.wrap_timed(owner, name, generator, lambda: (time.perf_counter(), counter.value), add)


def worker(a: dict) -> dict:
    """One check in this process, with the counter thread beside it when ``a["beside"]``."""
    from qgis.core import QgsProcessingFeedback

    _kept = bc.qgis_with_vantage()  # the application and the provider, alive for the run
    import processing

    counter = Counter()
    spent: dict = {}
    for module, attribute, phase, generator in PHASES:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        _timed(owner, name, spent, phase, counter, generator)
    rate = 0.0
    if a["beside"]:
        counter.thread.start()
        time.sleep(0.5)
        rate = counter.rate()
    params = bc.check_parameters(a["plots"], a["result"], **bc.rasters_in(a["rasters"]))
    with bc.Timer() as t:
        processing.run("vantage:checkplots", params, feedback=QgsProcessingFeedback())
    if a["beside"]:
        rate = (rate + counter.rate()) / 2  # before and after: the machine's load moves
    counter.stopped = True
    share = {phase: (count / rate / wall if rate and wall else None) for phase, (wall, count) in spent.items()}
    return {"seconds": t.seconds, "cpu": t.cpu, "load": os.getloadavg()[0],
            "wall": {phase: wall for phase, (wall, _) in spent.items()}, "share": share}


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        print(json.dumps(worker(json.loads(sys.argv[2]))))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--phases", metavar="FILE", required=True, help="the plots (a GeoPackage)")
    p.add_argument("--rasters", required=True, help="the folder of the forest and loss-year rasters (*.tif)")
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--timeout", type=float, default=1800)
    a = p.parse_args()
    print(bc.machine(), flush=True)
    work = Path(tempfile.mkdtemp(prefix="vantage-gil-"))
    runs: dict = {"alone": [], "beside": []}
    for r in range(a.repeats):
        for mode in runs:
            args = {"plots": str(Path(a.phases).resolve()), "rasters": str(Path(a.rasters).resolve()),
                    "result": str(work / f"{mode}_{r}.gpkg"), "beside": mode == "beside"}
            env = bc.child_env(QGIS_CUSTOM_CONFIG_PATH=tempfile.mkdtemp(prefix="vantage-profile-", dir=work))
            done = subprocess.run([sys.executable, __file__, "--worker", json.dumps(args)], env=env,
                                  capture_output=True, text=True, timeout=a.timeout)
            lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
            if done.returncode or not lines:
                print(f"  round {r + 1} {mode}: ERROR {(done.stderr + done.stdout)[-600:]}")
                continue
            out = json.loads(lines[-1])
            runs[mode].append(out)
            print(f"  round {r + 1} {mode}: {out['seconds']:.1f} s wall, {out['cpu']:.1f} s CPU "
                  f"(load {out['load']:.1f})", flush=True)
    if not runs["alone"] or not runs["beside"]:
        return 1
    print(f"\n{'phase (median of rounds)':<40}{'alone wall':>12}{'beside wall':>12}{'beside÷alone':>14}"
          f"{'GIL free':>10}")
    for _, _, phase, _ in PHASES:
        alone = statistics.median(o["wall"].get(phase, 0.0) for o in runs["alone"])
        beside = statistics.median(o["wall"].get(phase, 0.0) for o in runs["beside"])
        free = statistics.median(o["share"].get(phase) or 0.0 for o in runs["beside"])
        print(f"{phase:<40}{alone:>12.2f}{beside:>12.2f}{beside / alone if alone else float('nan'):>13.2f}×"
              f"{free:>10.2f}")
    alone = statistics.median(o["seconds"] for o in runs["alone"])
    beside = statistics.median(o["seconds"] for o in runs["beside"])
    print(f"{'whole check':<40}{alone:>12.2f}{beside:>12.2f}{beside / alone:>13.2f}×")
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
