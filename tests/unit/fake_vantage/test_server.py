"""The fake Vantage server itself (tests/fake_vantage): its command line, its opaque paging cursors, its books
filled directly, its books clock and its held requests."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import requests

from tests.conftest import REPO
from tests.fake_vantage.server import FakeVantage
from vantage_plugin.core.api.models import MakePlotRequest


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


def test_seeded_records_are_served_like_records_made_over_http(fake, client):
    from tests.fake_vantage.testing import plot_body

    made = client.make_plot(MakePlotRequest(geojson=plot_body(), plot_name="over http")).plot_id
    seeded = fake.seed_plot(plot_body(20.1), plot_name="seeded")
    assert fake.plots[seeded]["area_ha"] == pytest.approx(fake.plots[made]["area_ha"], rel=1e-3)
    assert client.get_plot(seeded).plot_name == "seeded"
    jobs = fake.seed_jobs(3, [made, seeded], config={"harvest_date": "2024-12-15", "commodity": "cocoa"})
    assert [j.job_id for j in client.iter_jobs(limit=2)] == jobs[::-1]  # newest first, over two pages
    assert fake.tokens() == {"balance": 1000, "reserved": 0}  # dry runs by default: nothing reserved


def test_the_books_clock_moves_jobs_without_a_real_wait(fake, client):
    from tests.fake_vantage.testing import plot_body

    fake.config.pending_seconds = 3600.0
    pid = fake.seed_plot(plot_body())
    [job_id] = fake.seed_jobs(1, [pid], dry_run=False, config={"harvest_date": "2024-12-15", "commodity": "cocoa"})
    assert not client.get_job(job_id).terminal
    fake.advance(3600.0 + fake.config.creating_seconds)
    done = client.get_job(job_id)
    assert done.status == "done" and done.plots[0].analysis is not None
    assert fake.tokens()["reserved"] == 0 and fake.tokens()["balance"] == 1000 - fake.plots[pid]["tokens_cost"]


def test_a_held_request_is_processed_once_released(fake):
    held = fake.add_fault("hold", path="/login")
    replies = []
    thread = threading.Thread(target=lambda: replies.append(
        requests.post(fake.url + "/login", auth=("demo", "demo-password"), headers={"X-API-Version": "3"},
                      timeout=10)))
    thread.start()
    assert not held.processed.wait(0.2) and replies == []  # held: not processed, no reply
    held.release()
    thread.join(10)
    assert held.processed.is_set() and replies[0].status_code == 200
