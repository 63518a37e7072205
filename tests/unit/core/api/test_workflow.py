"""The ENGINE=api workflow against the local fake server (contract-checked)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from shapely.geometry import LineString

from tests.fake_vantage.testing import BooksClock, make_client, make_plots, point_plot
from vantage_plugin.core import analysis as A
from vantage_plugin.core.api import errors as E
from vantage_plugin.core.api.state import StateFile
from vantage_plugin.core.api.workflow import (
    STEP_NAMES,
    ApiOptions,
    _Item,
    _make_batches,
    import_job,
    job_row,
    list_jobs,
    run_api_check,
)
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.runs import Feedback

REPO = Path(__file__).resolve().parents[4]


def opts(tmp_path=None, **kwargs):
    kwargs.setdefault("poll_initial", 0.02)
    kwargs.setdefault("poll_max", 0.05)
    if tmp_path is not None:
        kwargs.setdefault("state_path", str(tmp_path / "state.json"))
    return ApiOptions(**kwargs)


class Confirm:
    def __init__(self, answer=True):
        self.answer, self.calls = answer, []

    def __call__(self, cost, free, count):
        self.calls.append((cost, free, count))
        return self.answer


def test_real_run_confirms_cost_and_returns_server_analysis(fake, client, tmp_path):
    plots = make_plots(3) + [point_plot(3, -5.0, 6.0)]
    confirm = Confirm()
    results, run = run_api_check(plots, client, opts(tmp_path, dry_run=False), confirm=confirm)
    # 3 small squares (≈1.2 ha) + one 2 ha point: 4 tokens each on the fake's price list
    assert confirm.calls == [(16, 1000, 4)]
    assert run.status == "success"
    assert [r.status for r in results] == [A.STATUS_OK] * 4
    assert [r.plot_index for r in results] == [0, 1, 2, 3]
    job_id = results[0].job_id
    assert len(fake.real_jobs()) == 1 and fake.real_jobs()[0]["job_id"] == job_id
    for r in results:
        server_plot = client.get_plot(r.plot_id)
        assert r.analysis == server_plot.analysis  # as-is
        assert r.analysis_image == server_plot.analysis_image
        assert r.engine == "api" and r.job_id == job_id and r.fingerprint
    assert fake.calls("GET", "/analysis-runs") == []  # every analysis came with the finished job
    assert (results[0].country, results[3].country) == ("Indonesia", "Côte d'Ivoire")
    if os.path.exists("/usr/share/qgis/resources/data/world_map.gpkg"):  # ISO 3166-1 codes beside the API's name
        assert (results[0].country_iso2, results[3].country_iso3) == ("ID", "CIV")
    assert results[0].analysis["analysis_end"] == "2024-12-15"
    assert fake.free_tokens() == 1000 - 16
    state = json.loads((tmp_path / "state.json").read_text())
    account = state["accounts"][f"{fake.url}|demo"]
    assert len(account["plots"]) == 4
    assert [j["job_id"] for j in account["jobs"].values()] == [job_id]


def test_no_token_reserved_without_confirmation(fake, client, tmp_path):
    plots = make_plots(2)
    for confirm in (Confirm(False), None):
        with pytest.raises(E.SpendNotConfirmedError):
            run_api_check(plots, client, opts(tmp_path, dry_run=False), confirm=confirm)
    assert fake.calls("POST", "/jobs/make_job") == []
    assert fake.tokens() == {"balance": 1000, "reserved": 0}
    # the registrations were kept: a confirmed re-run registers nothing again
    before = len(fake.calls("POST", "/plots/make_plot"))
    run_api_check(plots, client, opts(tmp_path, dry_run=False), confirm=Confirm())
    assert len(fake.calls("POST", "/plots/make_plot")) == before == 2


def test_dry_run_is_default_and_simulated(fake, client):
    confirm = Confirm()
    results, run = run_api_check(make_plots(2), client, opts(), confirm=confirm)
    assert confirm.calls == []
    assert [r.status for r in results] == [A.STATUS_SIMULATED] * 2
    assert all(r.simulated and r.analysis["version"] == "dry-run" for r in results)
    assert fake.calls("POST", "/jobs/make_job")[0].headers["x-dry-run"] == "true"
    assert fake.tokens() == {"balance": 1000, "reserved": 0}


def test_not_enough_tokens_fails_before_make_job(fake, client):
    fake.balance["demo"]["balance"] = 7
    confirm = Confirm()
    with pytest.raises(E.InsufficientTokensError) as info:
        run_api_check(make_plots(2), client, opts(dry_run=False), confirm=confirm)
    assert (info.value.cost, info.value.free) == (8, 7)
    assert "needs 8" in str(info.value) and "dry run" in str(info.value)
    assert confirm.calls == [] and fake.calls("POST", "/jobs/make_job") == []


def test_invalid_plots_never_reach_the_server(fake, client):
    plots = make_plots(2)
    plots.append(Plot(2, None, name="empty", commodity="cocoa", harvest_date="2024-01-01"))
    plots.append(Plot(3, LineString([(0, 0), (1, 1)]), commodity="cocoa", harvest_date="2024-01-01"))
    plots.append(Plot(4, make_plots(1, start=9)[0].geometry, commodity="cocoa", harvest_date=None))
    results, run = run_api_check(plots, client, opts())
    assert [r.status for r in results] == [A.STATUS_SIMULATED] * 2 + [A.STATUS_INVALID] * 3
    assert all(r.plot_id is None and r.error for r in results[2:])
    assert len(fake.calls("POST", "/plots/make_plot")) == 2
    assert set(run.plot_errors) == {2, 3, 4}


def test_rerun_reuses_plots_and_finished_job(fake, client, tmp_path):
    plots = make_plots(3)
    first, _ = run_api_check(plots, client, opts(tmp_path, dry_run=False), confirm=Confirm())
    confirm = Confirm()
    second, _ = run_api_check(make_plots(3), client, opts(tmp_path, dry_run=False), confirm=confirm)
    assert len(fake.calls("POST", "/plots/make_plot")) == 3
    assert len(fake.calls("POST", "/jobs/make_job")) == 1
    assert confirm.calls == []  # nothing new to pay for
    assert [r.plot_id for r in second] == [r.plot_id for r in first]
    assert [r.analysis for r in second] == [r.analysis for r in first]
    assert fake.free_tokens() == 1000 - 12


def test_changed_plot_is_registered_again(fake, client, tmp_path):
    run_api_check(make_plots(2), client, opts(tmp_path))
    changed = make_plots(2)
    changed[1].attributes["name"] = "renamed"
    changed[1].name = "renamed"
    run_api_check(changed, client, opts(tmp_path))
    assert len(fake.calls("POST", "/plots/make_plot")) == 3


def test_failed_plot_keeps_error_and_others_arrive(fake, client):
    fake.config.fail_plot = lambda p: "Geometry outside coverage" if p["plot_name"] == "plot 1" else None
    results, run = run_api_check(make_plots(3), client, opts(dry_run=False), confirm=Confirm())
    assert [r.status for r in results] == [A.STATUS_OK, A.STATUS_FAILED, A.STATUS_OK]
    assert results[1].error == "Geometry outside coverage" and results[1].analysis is None
    assert run.status == "partial" and set(run.plot_errors) == {1}
    assert fake.real_jobs()[0]["status"] == "done-with-errors"
    assert fake.free_tokens() == 1000 - 8  # the failed plot's 4 tokens were refunded


def test_stalled_incomplete_job_stops_polling(fake, client):
    fake.config.stall_incomplete = True
    fake.config.fail_plot = lambda p: "boom" if p["plot_name"] == "plot 0" else None
    clock = BooksClock(fake)  # polling moves the fake's books: no real wait
    options = opts(dry_run=False, stall_timeout=5.0, sleep=clock.sleep, clock=clock, poll_initial=1.0,
                   poll_max=1.0)
    results, run = run_api_check(make_plots(2), client, options, confirm=Confirm())
    assert fake.real_jobs()[0]["status"] == "incomplete"
    assert [r.status for r in results] == [A.STATUS_FAILED, A.STATUS_OK]
    assert results[0].error == "boom"


def test_job_not_finished_in_time_is_pending_and_resumable(fake, client, tmp_path):
    fake.config.pending_seconds = 1.0
    results, run = run_api_check(make_plots(2), client, opts(tmp_path, dry_run=False, max_wait=0.0),
                                 confirm=Confirm())
    assert [r.status for r in results] == [A.STATUS_PENDING] * 2
    assert results[0].job_id and run.status == "partial"
    fake.advance(1.1)  # the job finishes on the server meanwhile
    clock = BooksClock(fake)
    again, run = run_api_check(make_plots(2), client, opts(tmp_path, dry_run=False, clock=clock, sleep=clock.sleep),
                               confirm=Confirm())
    assert [r.status for r in again] == [A.STATUS_OK] * 2
    assert len(fake.real_jobs()) == 1 and again[0].job_id == results[0].job_id


def test_cancel_while_polling_then_resume_same_job(fake, client, tmp_path):
    fake.config.pending_seconds = 0.5
    feedback = Feedback()

    def sleep(seconds):
        feedback.cancel()

    results, run = run_api_check(make_plots(2), client, opts(tmp_path, dry_run=False, sleep=sleep),
                                 feedback=feedback, confirm=Confirm())
    assert run.status == "cancelled"
    assert [r.status for r in results] == [A.STATUS_PENDING] * 2 and results[0].job_id
    clock = BooksClock(fake)
    again, _ = run_api_check(make_plots(2), client, opts(tmp_path, dry_run=False, clock=clock, sleep=clock.sleep),
                             confirm=Confirm())
    assert len(fake.real_jobs()) == 1 and [r.status for r in again] == [A.STATUS_OK] * 2


def test_jobs_split_at_the_limit_each_plot_once(fake, client):
    results, _ = run_api_check(make_plots(7), client, opts(max_plots_per_job=3))
    bodies = [c.json() for c in fake.calls("POST", "/jobs/make_job")]
    assert sorted(len(b["plot_ids"]) for b in bodies) == [1, 3, 3]
    all_ids = [pid for b in bodies for pid in b["plot_ids"]]
    assert len(all_ids) == len(set(all_ids)) == 7
    assert len({r.job_id for r in results}) == 3


def test_batches_never_exceed_10000(fake):
    state = StateFile(None, "http://127.0.0.1:1", "demo")
    items = []
    for i in range(10_001):
        item = _Item(plot=None, fingerprint=str(i), harvest_date="2024-01-01", commodity="soy")
        item.info = {"plot_id": f"id{i}", "tokens_cost": 4}
        items.append(item)
    batches = _make_batches(items, state, ApiOptions(max_plots_per_job=50_000))
    assert [len(b.plot_ids) for b in batches] == [10_000, 1]


def test_shared_values_in_config_others_in_per_plot(fake, client):
    plots = make_plots(3)
    plots[2].harvest_date = "2023-05-01"
    plots[2].commodity = "Coffee"
    results, _ = run_api_check(plots, client, opts())
    body = fake.calls("POST", "/jobs/make_job")[0].json()
    assert body["checks"] == [{
        "type": "eudr", "config": {"harvest_date": "2024-12-15", "commodity": "palm_oil"},
        "per_plot": {results[2].plot_id: {"harvest_date": "2023-05-01", "commodity": "coffee"}},
    }]


def test_same_plot_with_two_dates_goes_to_two_jobs(fake, client, tmp_path):
    a = make_plots(1)[0]
    b = make_plots(1)[0]
    b.index = 1
    b.harvest_date = "2023-01-01"
    fake_state = tmp_path / "s.json"
    # same geometry/attributes but another harvest date: fingerprint may or may not include the date;
    # whatever it is, no job may hold a plot twice
    results, _ = run_api_check([a, b], client, opts(state_path=str(fake_state)))
    for call in fake.calls("POST", "/jobs/make_job"):
        ids = call.json()["plot_ids"]
        assert len(ids) == len(set(ids))
    assert {r.status for r in results} == {A.STATUS_SIMULATED}
    assert results[0].analysis["analysis_end"] == "2024-12-15"
    assert results[1].analysis["analysis_end"] == "2023-01-01"


def test_token_expiry_mid_run(fake, client):
    fake.add_fault("expire_tokens", path="/jobs/job/")
    results, run = run_api_check(make_plots(2), client, opts())
    assert run.status == "success"
    assert len(fake.calls("POST", "/login")) == 2


def test_faults_during_run_still_complete(fake, client, tmp_path):
    fake.add_fault("status", path="/plots/make_plot", status=503, retry_after="0")
    fake.add_fault("drop_after", path="/jobs/make_job")
    fake.add_fault("status", path="/jobs/job/", status=500)
    fake.add_fault("malformed", path="/analysis-runs")
    results, run = run_api_check(make_plots(3), client, opts(tmp_path, dry_run=False), confirm=Confirm())
    assert [r.status for r in results] == [A.STATUS_OK] * 3
    assert len(fake.real_jobs()) == 1 and len(fake.plots) == 3
    assert fake.free_tokens() == 1000 - 12


def test_import_job_and_list_jobs(fake, client):
    results, _ = run_api_check(make_plots(2), client, opts(dry_run=False), confirm=Confirm())
    job_id = results[0].job_id
    imported, run = import_job(job_id, client)
    assert [r.plot_id for r in imported] == [r.plot_id for r in results]
    assert [r.analysis for r in imported] == [r.analysis for r in results]
    assert [r.status for r in imported] == [A.STATUS_OK] * 2
    assert imported[0].extra["geojson_features"][0]["geometry"]["type"] == "Polygon"
    run_api_check(make_plots(1, start=5), client, opts())  # a second (dry) job
    jobs = list(list_jobs(client, limit=1))
    assert len(jobs) == 2 and jobs[1].job_id == job_id
    assert job_row(jobs[1])["plot_count"] == 2


def test_resume_after_kill_mid_job(fake, tmp_path):
    """A run killed (SIGKILL) while its job runs: the next run pays nothing and registers nothing."""
    fake.config.pending_seconds = 3.0
    state = tmp_path / "state.json"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.fake_vantage.testing import make_plots
        from vantage_plugin.core.api.client import VantageClient
        from vantage_plugin.core.api.models import Credentials
        from vantage_plugin.core.api.workflow import ApiOptions, run_api_check
        client = VantageClient({fake.url!r}, Credentials("demo", "demo-password"))
        run_api_check(make_plots(3), client, ApiOptions(dry_run=False, state_path={str(state)!r},
                      poll_initial=0.05, poll_max=0.05), confirm=lambda c, f, n: True)
        print("FINISHED", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            if state.exists():
                data = json.loads(state.read_text())
                jobs = list(data["accounts"][f"{fake.url}|demo"]["jobs"].values())
                if jobs and jobs[0].get("job_id"):
                    break
            time.sleep(0.02)
        else:
            pytest.fail("the job id never reached the state file")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert fake.real_jobs()[0]["status"] in ("creating", "pending")
    fake.config.pending_seconds = 0.0  # the job ends now: the resumed run need not sit out the 3 s
    plots_before = len(fake.calls("POST", "/plots/make_plot"))
    client = make_client(fake)
    confirm = Confirm()
    results, run = run_api_check(make_plots(3), client, opts(tmp_path, dry_run=False), confirm=confirm)
    assert len(fake.real_jobs()) == 1 and len(fake.calls("POST", "/jobs/make_job")) == 1
    assert len(fake.calls("POST", "/plots/make_plot")) == plots_before == 3
    assert confirm.calls == []
    assert [r.status for r in results] == [A.STATUS_OK] * 3
    assert fake.free_tokens() == 1000 - 12


def test_resume_after_kill_between_make_job_and_reply(fake, tmp_path):
    """Killed while make_job was in flight (job id unknown): found by its token, not created again."""
    state = tmp_path / "state.json"
    held = fake.add_fault("hold", path="/jobs/make_job")  # processed only once the client is killed
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.fake_vantage.testing import make_plots
        from vantage_plugin.core.api.client import VantageClient
        from vantage_plugin.core.api.models import Credentials
        from vantage_plugin.core.api.workflow import ApiOptions, run_api_check
        client = VantageClient({fake.url!r}, Credentials("demo", "demo-password"))
        run_api_check(make_plots(2), client, ApiOptions(dry_run=False, state_path={str(state)!r}),
                      confirm=lambda c, f, n: True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 30
        while time.time() < deadline and not fake.calls("POST", "/jobs/make_job"):
            time.sleep(0.02)  # waiting on another process: no clock to inject
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    held.release()  # the server finishes processing the orphaned request
    assert held.processed.wait(10)
    data = json.loads(state.read_text())
    entry = list(data["accounts"][f"{fake.url}|demo"]["jobs"].values())[0]
    assert entry["job_id"] is None and entry["client_token"]
    assert len(fake.real_jobs()) == 1
    confirm = Confirm()
    results, _ = run_api_check(make_plots(2), make_client(fake), opts(tmp_path, dry_run=False), confirm=confirm)
    assert len(fake.real_jobs()) == 1 and len(fake.calls("POST", "/jobs/make_job")) == 1
    assert results[0].job_id == fake.real_jobs()[0]["job_id"]
    assert confirm.calls == []


def test_resume_after_kill_during_registration_leaves_no_second_copy(fake, tmp_path):
    """SIGKILL while plots are being registered, then run again into the same output: every plot exists
    once on the server (the resume looks plots up by reference before creating them)."""
    fake.config.latency = 0.02
    state = tmp_path / "state.json"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.fake_vantage.testing import make_plots
        from vantage_plugin.core.api.client import VantageClient
        from vantage_plugin.core.api.models import Credentials
        from vantage_plugin.core.api.workflow import ApiOptions, run_api_check
        client = VantageClient({fake.url!r}, Credentials("demo", "demo-password"))
        run_api_check(make_plots(60), client, ApiOptions(dry_run=True, state_path={str(state)!r},
                      state_save_interval=3600), confirm=lambda c, f, n: True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 30
        while time.time() < deadline and len(fake.calls("POST", "/plots/make_plot")) < 25:
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    created = len(fake.plots)
    assert 10 <= created < 60
    fake.config.latency = 0.0
    results, _ = run_api_check(make_plots(60), make_client(fake), opts(tmp_path, dry_run=True))
    assert len(fake.plots) == 60  # no orphan, no second copy
    assert len(fake.calls("POST", "/plots/make_plot")) == 60
    assert {r.plot_id for r in results} == set(fake.plots)


# --- the cancel message and the step timeline ------------------------------------------------------
def test_cancel_after_the_job_is_accepted_says_tokens_stay_reserved(fake, client, tmp_path):
    fake.config.pending_seconds = 3600.0
    feedback = Feedback()
    polls = []

    def sleep(seconds):
        polls.append(seconds)
        if len(polls) > 3:
            feedback.cancel()

    options = ApiOptions(dry_run=False, state_path=str(tmp_path / "s.json"), sleep=sleep, poll_initial=0.1)
    results, run = run_api_check(make_plots(2), client, options, feedback, lambda *a: True)
    job_id = fake.real_jobs()[0]["job_id"]
    assert run.status == "cancelled" and [r.status for r in results] == [A.STATUS_PENDING] * 2
    message = next(m for m in feedback.messages if m.startswith("Cancelled here"))
    assert job_id in message and "reserved tokens" in message and "same output" in message
    assert fake.tokens()["reserved"] == 8  # still reserved on the server, as the message says


def test_every_step_is_logged_with_its_duration_and_progress(fake, client, tmp_path):
    feedback = Feedback()
    clock = BooksClock(fake)
    options = ApiOptions(dry_run=True, state_path=str(tmp_path / "s.json"), poll_initial=0.02, poll_max=0.05,
                         clock=clock, sleep=clock.sleep)
    run_api_check(make_plots(3), client, options, feedback)
    lines = [m for m in feedback.messages if any(m.startswith(f"{name}: done in ") for name in STEP_NAMES)]
    assert [line.split(":")[0] for line in lines] == list(STEP_NAMES)
    assert "3 plots registered" in lines[1] and lines[-1].endswith("(100%)")
