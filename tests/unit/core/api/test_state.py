"""core/api/state.py: the resume state file (per account, atomic writes, foreign files refused)."""

from __future__ import annotations

import json
import os

import pytest

from vantage_plugin.core.api.state import StateError, StateFile


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
