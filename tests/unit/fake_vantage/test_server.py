"""The fake Vantage server itself (tests/fake_vantage): its command line and its opaque paging cursors."""

from __future__ import annotations

import subprocess
import sys

import requests

from tests.conftest import REPO
from tests.fake_vantage.server import FakeVantage


def test_fake_server_command_line():
    proc = subprocess.Popen([sys.executable, "-m", "tests.fake_vantage", "--port", "0"], cwd=str(REPO),
                            stdout=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        url = first.strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:")
        assert "demo" in second and "demo-password" in second
        reply = requests.post(url + "/login", auth=("demo", "demo-password"), timeout=5)
        assert reply.status_code == 200 and reply.json()["token"].count(".") == 2
    finally:
        proc.terminate()
        proc.wait(10)


def test_fake_cursor_is_opaque_and_checked():
    with FakeVantage() as fake:
        token = requests.post(fake.url + "/login", auth=("demo", "demo-password"), timeout=5).json()["token"]
        reply = requests.get(fake.url + "/jobs", params={"cursor": "tampered.0000"},
                             headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert reply.status_code == 400
