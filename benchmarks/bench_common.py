"""What every benchmark script shares: one process per measurement, interleaved rounds, medians,
wall and CPU time, peak memory, the machine's load, PASS/FAIL lines."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
#: GDAL's block cache (MB), the same for every contender (the engine sets the same bound itself).
GDAL_CACHE_MB = 64


def set_gdal_cache(mb: int) -> None:
    """The GDAL block cache (MB) given to every measured process; 0: GDAL's default (5 % of the RAM)."""
    global GDAL_CACHE_MB
    GDAL_CACHE_MB = mb


def gdal_cache_text() -> str:
    if GDAL_CACHE_MB:
        return f"{GDAL_CACHE_MB} MB"
    return "GDAL's default (5 % of the RAM; the plugin's engine bounds its own to 64 MB)"


def child_env(**extra: str) -> dict:
    """Environment of a measured process: the same GDAL cache for all, headless Qt, /usr/bin first."""
    env = dict(os.environ)
    if GDAL_CACHE_MB:
        env["GDAL_CACHEMAX"] = str(GDAL_CACHE_MB)
    else:
        env.pop("GDAL_CACHEMAX", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PATH"] = "/usr/bin:" + env.get("PATH", "")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def peak_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss would include a parent's peak across fork)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    """Wall and process CPU time (all threads) of a block."""

    def __enter__(self) -> Timer:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0


def run_json(cmd: Sequence[str], timeout: float, env: Optional[dict] = None) -> dict:
    """Run a measuring process; its last stdout line starting with ``{`` is the measurement."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        proc = subprocess.run(list(cmd), capture_output=True, text=True, timeout=timeout, env=env or child_env())
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:g} s"}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode or not lines:
        return {"error": (proc.stderr or proc.stdout)[-800:]}
    out = json.loads(lines[-1])
    out["process_wall"] = time.perf_counter() - start
    out["process_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    out["load"] = os.getloadavg()[0]
    return out


def interleaved(names: Sequence[str], repeats: int, measure: Callable[[str, int], dict],
                log: Callable[[str], None] = print, once: Sequence[str] = ()) -> dict[str, list[dict]]:
    """``repeats`` rounds; each round runs every contender once, the order rotated per round
    (contenders in ``once``, far slower than the rest, only in the first round)."""
    runs: dict[str, list[dict]] = {name: [] for name in names}
    names = list(names)
    for r in range(repeats):
        order = names[r % len(names):] + names[: r % len(names)] if names else []
        for name in order:
            if r and name in once:
                continue
            out = measure(name, r)
            runs[name].append(out)
            if "error" in out:
                log(f"    round {r + 1} {name}: ERROR {out['error'][-300:]!r}")
            else:
                log(f"    round {r + 1} {name}: {out['seconds']:.2f} s wall, {out.get('cpu', float('nan')):.2f} s CPU "
                    f"(load {out.get('load', float('nan')):.1f})")
    return runs


def median_of(runs: list[dict], key: str = "seconds") -> Optional[float]:
    values = [r[key] for r in runs if "error" not in r and r.get(key) is not None]
    return statistics.median(values) if values else None


def median_run(runs: list[dict]) -> Optional[dict]:
    """The run whose time is the median (for its steps and memory)."""
    good = sorted((r for r in runs if "error" not in r), key=lambda r: r["seconds"])
    return good[(len(good) - 1) // 2] if good else None


def machine() -> str:
    load = os.getloadavg()
    return (f"{os.cpu_count()} CPUs, load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min); "
            f"GDAL block cache for every contender: {gdal_cache_text()}")


def verdict(ok: Optional[bool]) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "FAIL")


def fmt(x: Optional[float], spec: str = ".2f") -> str:
    return "—" if x is None else format(x, spec)


def worker_main(workers: dict, argv: Optional[list] = None) -> bool:
    """If called as ``--worker NAME JSON-ARGS``: run that worker, print its JSON, return True."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 3 and argv[0] == "--worker":
        out = workers[argv[1]](json.loads(argv[2]))
        out["maxrss_mb"] = peak_mb()
        print(json.dumps(out))
        return True
    return False


def wrap_timed(owner: Any, name: str, generator: bool, readings: Callable[[], tuple],
               add: Callable[[tuple], None]) -> None:
    """Replace ``owner.name`` by a wrapper that takes ``readings()`` before each call (each step of a
    generator) and hands them to ``add`` after it, for the caller to subtract from its own readings."""
    inner = getattr(owner, name)

    def steps(*args, **kwargs):
        it = iter(inner(*args, **kwargs))
        while True:
            before = readings()
            try:
                item = next(it)
            except StopIteration:
                add(before)
                return
            add(before)
            yield item

    def call(*args, **kwargs):
        before = readings()
        try:
            return inner(*args, **kwargs)
        finally:
            add(before)

    setattr(owner, name, steps if generator else call)


def qgis_with_vantage() -> tuple[Any, Any]:
    """In a measuring process: a headless QGIS with Processing and the Vantage provider of the plugin on
    ``sys.path``; (application, provider), both to be kept alive (:func:`vantage_provider`)."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app, vantage_provider()


def vantage_provider() -> Any:
    """Processing initialised in this QGIS process and the Vantage provider added to it; the provider, to be
    kept alive (a provider whose Python object is collected is taken away)."""
    from qgis.core import QgsApplication

    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from vantage_plugin.processing.provider import VantageProvider

    provider = VantageProvider()
    if not QgsApplication.processingRegistry().addProvider(provider):
        raise RuntimeError("the Vantage provider could not be added")
    return provider


def rasters_in(folder: str) -> dict:
    """The forest and loss-year rasters of a benchmark folder (``*lossyear*.tif`` and the other ``.tif``)
    and whether the forest is a JRC mask (the folder's name says ``jrc``): :func:`check_parameters`'s."""
    import glob

    return {"forest": [f for f in glob.glob(folder + "/*.tif") if "lossyear" not in f][0],
            "loss": glob.glob(folder + "/*lossyear*.tif")[0], "jrc": "jrc" in Path(folder).name}


def check_parameters(plots: str, result: str, forest: str, loss: str, jrc: bool = False) -> dict:
    """``vantage:checkplots``'s parameters (bundled engine) for a plots file, the forest and loss-year
    rasters and a result file."""
    return {"INPUT": plots, "ENGINE": 0, "FOREST_2020": forest, "LOSS_YEAR": loss, "FOREST_IS_JRC": jrc,
            "OUTPUT": result}


def end_line() -> str:
    """The last line a script prints: the load average and the time."""
    return f"# load average at the end: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}; {time.strftime('%H:%M')}"
