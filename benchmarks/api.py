"""Benchmark: the API workflow on 1,000 plots against the local fake server adding 50 ms per request.

1,000 plots registered (thread pool), one job, polled, every plot's analysis taken from the finished
job's reply. Target: ≤ 8 s wall time. Printed: the number of calls and the floor (calls × latency ÷
concurrency: what the calls cost if every slot were busy all the time), the job's own run time on the
server, and the alternative measured in the same run: sequential registration (one request at a time)
on 100 plots, extrapolated to 1,000; the ratio is alternative / ours for the registration step.

    .venv/bin/python benchmarks/api.py [--plots 1000] [--latency 0.05] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fake_vantage.server import DEFAULT_PASSWORD, DEFAULT_USER
from tests.fake_vantage.testing import make_plots
from vantage_plugin.core.api.client import VantageClient
from vantage_plugin.core.api.models import Credentials, MakePlotRequest
from vantage_plugin.core.api.transport import RequestsTransport
from vantage_plugin.core.api.workflow import ApiOptions, plot_body, run_api_check

TARGET_SECONDS = 8.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plots", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=ApiOptions.concurrency)
    parser.add_argument("--sequential-sample", type=int, default=100)
    args = parser.parse_args()

    # The server runs in its own process, as a remote server would (no GIL shared with the client).
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_vantage", "--port", "0", "--latency", str(args.latency),
         "--tokens", str(10 ** 6), "--job-seconds", "1"],
        cwd=str(Path(__file__).resolve().parents[1]), stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip().rsplit(" ", 1)[-1]
        return _bench(args, url)
    finally:
        server.terminate()
        server.wait(10)


def _bench(args, url: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        creds = Credentials(DEFAULT_USER, DEFAULT_PASSWORD)
        client = VantageClient(url, creds, RequestsTransport(pool_size=max(16, args.concurrency)))
        plots = make_plots(args.plots)
        # the plots are valid squares and the check service validates before the API engine: the
        # timing is the API's (registration, job, polling, results)
        options = ApiOptions(dry_run=False, state_path=str(Path(tmp) / "state.json"), validate=False,
                             concurrency=args.concurrency, poll_initial=0.25, poll_max=0.5)
        start = time.perf_counter()
        results, run = run_api_check(plots, client, options, confirm=lambda cost, free, n: True)
        wall = time.perf_counter() - start
        requests_made = client.request_count
        ok = sum(r.status == "ok" for r in results)
        register = run.step_named("register").seconds

        # alternative: sequential registration, same server, same latency
        seq_client = VantageClient(url, creds, RequestsTransport())
        sample = make_plots(args.sequential_sample, start=args.plots)
        seq_start = time.perf_counter()
        for plot in sample:
            seq_client.make_plot(MakePlotRequest(geojson=plot_body(plot), plot_name=plot.name))
        seq = (time.perf_counter() - seq_start) * args.plots / len(sample)

    print(f"plots: {args.plots}  server: {url} (separate process)  "
          f"latency: {args.latency * 1000:.0f} ms/request  concurrency: {args.concurrency}")
    print(f"results ok: {ok}/{len(results)}  jobs: {len({r.job_id for r in results})}  run: {run.status}")
    for step in run.steps:
        print(f"  {step.name:9s} {step.seconds:7.2f} s")
    floor = requests_made * args.latency / args.concurrency
    print(f"wall time: {wall:.2f} s (target ≤ {TARGET_SECONDS:.0f} s: {'met' if wall <= TARGET_SECONDS else 'MISSED'})")
    print(f"calls: {requests_made}  floor: {floor:.2f} s ({requests_made} calls × {args.latency * 1000:.0f} ms "
          f"÷ {args.concurrency} in flight)  wall / floor: {wall / floor:.2f}  requests/s: {requests_made / wall:.1f}")
    print(f"registration: pooled {register:.2f} s vs sequential {seq:.2f} s (extrapolated from "
          f"{args.sequential_sample} plots): ratio {seq / register:.1f}x")
    return 0 if wall <= TARGET_SECONDS and ok == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
