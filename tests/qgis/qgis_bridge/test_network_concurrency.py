"""Many concurrent requests through one ``QgisTransport`` never deadlock.

The stress runs in a child process (this file run as a script) with a watchdog, so a deadlock fails the test
instead of hanging the suite: ``faulthandler`` dumps every thread's stack and exits the child, and the parent
gives up on it after a timeout as well.

The deadlock it guards against (seen once in four runs of the processing tests): a worker destroying a finished
reply in its event loop (a deferred delete, so without the GIL) held one of Qt's pooled signal/slot mutexes while
``~QObject`` called ``disconnectNotify`` on the Python-made ``_SendOnce`` upload device (Qt's upload byte device
connects to its ``readyRead``/``readChannelFinished``), and sip needs the GIL for that virtual call; another worker held the GIL in
``manager.post``/``get`` (or while destroying its Python-owned ``QTimer``) and waited for that same mutex.
"""

from __future__ import annotations

import faulthandler
import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
STALL_SECONDS = 20.0  # one round of requests takes well under a second


class _Echo(BaseHTTPRequestHandler):
    """Answers every request with a JSON echo of its method, path and body length, on kept-alive connections."""

    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        reply = json.dumps({"method": self.command, "path": self.path, "length": len(body),
                            "sum": sum(body) % 65521}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_PUT(self) -> None:
        self._answer()

    def do_DELETE(self) -> None:
        self._answer()

    def log_message(self, *args) -> None:  # quiet
        pass


class _Server(ThreadingHTTPServer):
    """The echo server, with a listen backlog for every worker's connection at once (the default, 5, is
    smaller than the workers opening connections together: on a loaded machine a connection beyond it
    could be closed after the request was sent, which the transport rightly does not send again)."""

    request_queue_size = 256
    daemon_threads = True


def stress(rounds: int, callers: int, workers: int, stall: float) -> int:
    """Fire ``rounds`` × ``callers`` requests (mostly POSTs with bodies) through one transport; return the count.

    A round that does not finish within ``stall`` seconds is a deadlock: every thread's stack goes to stderr
    and the process exits with status 1."""
    from vantage_plugin.qgis_bridge.network import QgisTransport

    server = _Server(("127.0.0.1", 0), _Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    transport = QgisTransport(max_concurrency=workers)

    def one(index: int) -> None:
        method = ("POST", "POST", "PUT", "GET", "DELETE")[index % 5]
        body = bytes((index + k) % 256 for k in range(index % 700)) if method in ("POST", "PUT") else None
        response = transport.request(method, f"{url}/r/{index}", {"Content-Type": "application/json"}, body, 20)
        echo = json.loads(response.body)
        expected_length = len(body) if body is not None else 0
        assert response.status == 200, response.status
        assert (echo["method"], echo["path"], echo["length"]) == (method, f"/r/{index}", expected_length), echo
        assert echo["sum"] == (sum(body) % 65521 if body else 0), echo

    done = 0
    try:
        with ThreadPoolExecutor(callers) as pool:
            for start in range(0, rounds * callers, callers):
                faulthandler.dump_traceback_later(stall, exit=True)
                list(pool.map(one, range(start, start + callers)))
                done += callers
            faulthandler.cancel_dump_traceback_later()
    finally:
        transport.close()
        server.shutdown()
    return done


def run_child(rounds: int, callers: int, workers: int, stall: float = STALL_SECONDS,
              env: dict | None = None) -> subprocess.CompletedProcess:
    """Run :func:`stress` in a fresh QGIS process; a deadlock ends it with the threads' stacks on stderr."""
    child_env = dict(os.environ if env is None else env)
    child_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    child_env["PATH"] = "/usr/bin:" + child_env.get("PATH", "")
    child_env["PYTHONPATH"] = str(REPO) + os.pathsep + child_env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, __file__, str(rounds), str(callers), str(workers), str(stall)],
        capture_output=True, text=True, timeout=rounds * stall + 60, env=child_env, cwd=REPO)


def test_concurrent_posts_and_gets_through_one_transport_do_not_deadlock(tmp_path):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    # 32 workers: the old transport (upload device left connected) hung in 10 runs of 10 with these settings (0 of 10 now)
    result = run_child(rounds=10, callers=64, workers=32, env=env)
    assert result.returncode == 0, f"the stress child failed or hung:\n{result.stdout}\n{result.stderr[-20000:]}"
    assert result.stdout.strip().splitlines()[-1] == "done 640"


if __name__ == "__main__":
    rounds, callers, workers = (int(value) for value in sys.argv[1:4])
    faulthandler.dump_traceback_later(STALL_SECONDS * 3, exit=True)  # QGIS's start-up

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    count = stress(rounds, callers, workers, float(sys.argv[4]))
    print(f"done {count}", flush=True)
    os._exit(0)  # skip QGIS's exit-time teardown: the result is decided
