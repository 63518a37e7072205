"""``python -m tests.fake_vantage --port 8765``: serve a local Vantage-compatible API by hand."""

from __future__ import annotations

import argparse
import time

from .contract import Contract
from .server import DEFAULT_PASSWORD, DEFAULT_USER, FakeConfig, FakeVantage


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fake_vantage", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--user", default=DEFAULT_USER)
    parser.add_argument("--password", default=DEFAULT_PASSWORD)
    parser.add_argument("--tokens", type=int, default=1000, help="token balance of the demo user")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--job-seconds", type=float, default=5.0, help="how long a job takes")
    parser.add_argument("--check-contract", action="store_true",
                        help="check every request against the OpenAPI description and print violations")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the fake server listens on loopback only")
    config = FakeConfig(users={args.user: args.password}, tokens={args.user: args.tokens}, latency=args.latency,
                        creating_seconds=min(1.0, args.job_seconds / 5), pending_seconds=args.job_seconds)
    server = FakeVantage(config, contract=Contract() if args.check_contract else None, host=args.host, port=args.port)
    server.start()
    print(f"Fake Vantage API 3.0.1 listening on {server.url}", flush=True)
    print(f"Demo login: username {args.user!r}, password {args.password!r} ({args.tokens} tokens)", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    seen = 0
    try:
        while True:
            time.sleep(0.5)
            if args.check_contract and len(server.violations) > seen:
                for problem in server.violations[seen:]:
                    print("CONTRACT:", problem, flush=True)
                seen = len(server.violations)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
