"""Retry policy, state file, models and the fake server's command line."""

from __future__ import annotations

import email.utils
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from vantage_plugin.core.api.models import Job, LoginResult, MakeJobRequest, PageMeta, TokenBalance
from vantage_plugin.core.api.retry import RetryPolicy, parse_retry_after
from vantage_plugin.core.api.state import StateError, StateFile

REPO = Path(__file__).resolve().parents[4]


def test_parse_retry_after():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    date = email.utils.formatdate(1_000_060, usegmt=True)
    assert parse_retry_after(date, now=1_000_000) == pytest.approx(60.0)
    assert parse_retry_after(email.utils.formatdate(1_000_000, usegmt=True), now=1_000_100) == 0.0


def test_backoff_is_capped_exponential_with_full_jitter():
    policy = RetryPolicy(base_delay=0.5, max_delay=4.0, rng=random.Random(1), max_attempts=10)
    for attempt, cap in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0), (9, 4.0)]:
        values = [policy.backoff(attempt) for _ in range(200)]
        assert all(0.0 <= v <= cap for v in values)
        assert max(values) > cap * 0.8  # jitter spreads over the whole range
    assert RetryPolicy(jitter=False, base_delay=1, max_delay=3).backoff(5) == 3
    assert RetryPolicy(max_attempts=3).delay_for(3, 500, None) is None
    assert RetryPolicy().delay_for(1, 429, "12") == 12.0
    assert RetryPolicy(max_retry_after=10).delay_for(1, 503, "11") is None


def test_state_round_trip_and_accounts(tmp_path):
    path = tmp_path / "sub" / "state.json"
    state = StateFile(path, "https://v.example", "alice")
    state.set_plot("fp1", {"plot_id": "p1", "tokens_cost": 4})
    state.set_job("k", {"job_id": None, "client_token": "t"})
    state.save()
    again = StateFile(path, "https://v.example", "alice")
    assert again.plot("fp1")["plot_id"] == "p1" and again.job("k")["client_token"] == "t"
    assert StateFile(path, "https://v.example", "bob").plot("fp1") is None
    data = json.loads(path.read_text())
    assert data["format"] == "vantage-qgis-api-state" and data["format_version"] == 1
    assert "password" not in path.read_text()


def test_state_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "state.json"
    state = StateFile(path, "https://v.example", "alice")
    state.set_plot("fp1", {"plot_id": "p1"})
    state.save()
    before = path.read_text()
    state.set_plot("fp2", {"plot_id": "p2"})
    monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        state.save()
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]  # no temporary file left


def test_state_refuses_foreign_files(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}')
    with pytest.raises(StateError):
        StateFile(path, "https://v.example", "a")
    path.write_text("{broken")
    with pytest.raises(StateError):
        StateFile(path, "https://v.example", "a")


def test_models_are_tolerant():
    assert LoginResult.from_dict({"access_token": "abc"}).token == "abc"
    with pytest.raises(ValueError):
        LoginResult.from_dict({})
    b = TokenBalance.from_dict({"Token balance": 100, "Reserved Tokens": 22, "Free Tokens": 78})
    assert (b.token_balance, b.reserved_tokens, b.free_tokens) == (100, 22, 78)
    assert TokenBalance.from_dict('{"token_balance": 5, "reserved_tokens": 2}').free_tokens == 3
    job = Job.from_dict({"job_id": "j", "status": "done-with-errors", "plots": [{"no": "id"}], "extra": 1})
    assert job.terminal and job.plots == [] and job.raw["extra"] == 1
    assert not Job.from_dict({"job_id": "j", "status": "incomplete"}).terminal
    assert PageMeta.from_dict({"next_cursor": None, "has_more": False}).has_more is False
    with pytest.raises(ValueError):
        MakeJobRequest(plot_ids=[]).to_body()


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
    from tests.fake_vantage.server import FakeVantage

    with FakeVantage() as fake:
        token = requests.post(fake.url + "/login", auth=("demo", "demo-password"), timeout=5).json()["token"]
        reply = requests.get(fake.url + "/jobs", params={"cursor": "tampered.0000"},
                             headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert reply.status_code == 400
