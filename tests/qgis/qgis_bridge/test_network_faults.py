"""Network faults against the fake server, through BOTH transports (requests and QGIS's network stack).

Each test injects one fault the issue reproduced and asserts what the server holds (jobs, plots, tokens)
and what the user is told. No real sleeps: retries and polling run on injected clocks.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.fake_vantage.server import DEFAULT_PASSWORD, DEFAULT_USER, FakeVantage
from tests.fake_vantage.testing import Sleeps, make_plots, plot_body
from vantage_plugin.core import analysis as A
from vantage_plugin.core.api import errors as E
from vantage_plugin.core.api.client import VantageClient
from vantage_plugin.core.api.models import Credentials, MakeJobRequest, MakePlotRequest
from vantage_plugin.core.api.retry import RetryPolicy
from vantage_plugin.core.api.transport import RequestsTransport, TransportError
from vantage_plugin.core.api.workflow import ApiOptions, run_api_check
from vantage_plugin.core.runs import Feedback

TRANSPORTS = ("requests", "qgis")
COST = 4  # the fake's price of one small plot


class Clock:
    """An injected monotonic clock whose ``sleep`` only moves it on."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Confirm:
    def __init__(self) -> None:
        self.calls: list = []

    def __call__(self, cost: int, free: int, count: int) -> bool:
        self.calls.append((cost, free, count))
        return True


def new_transport(kind: str):
    if kind == "requests":
        return RequestsTransport()
    from vantage_plugin.qgis_bridge.network import QgisTransport

    return QgisTransport()


@pytest.fixture(params=TRANSPORTS)
def transport(request, qgis_app):
    t = new_transport(request.param)
    yield t
    t.close()


@pytest.fixture
def sleeps():
    return Sleeps()


def client_for(url: str, transport, sleeps, **kwargs) -> VantageClient:
    retry = RetryPolicy(sleep=sleeps, base_delay=0.2, max_delay=2.0, jitter=False,
                        clock=kwargs.pop("clock", time.time))
    return VantageClient(url, Credentials(DEFAULT_USER, DEFAULT_PASSWORD), transport, retry=retry, **kwargs)


@pytest.fixture
def client(fake, transport, sleeps):
    return client_for(fake.url, transport, sleeps)


def options(tmp_path, **kwargs) -> ApiOptions:
    clock = Clock()
    kwargs.setdefault("dry_run", False)
    kwargs.setdefault("state_path", str(tmp_path / "state.json"))
    kwargs.setdefault("poll_initial", 0.05)
    kwargs.setdefault("poll_max", 0.05)
    kwargs.setdefault("clock", clock)
    kwargs.setdefault("sleep", lambda s: (clock.sleep(s), time.sleep(0)))  # the injected clock moves; sleep(0) only yields the GIL
    return ApiOptions(**kwargs)


def check(plots, client, opts, confirm=None, feedback=None):
    return run_api_check(plots, client, opts, feedback, confirm or Confirm())


# --- 1. a paid request is sent at most once -------------------------------------------------------


def test_post_reset_after_processing_is_not_resent_by_the_transport(fake, transport):
    """The server processes make_job, then resets the connection: the transport must not send it again
    (Qt re-sends by itself unless the body cannot be rewound)."""
    fake.add_fault("drop_after", path="/login", times=5)
    with pytest.raises(TransportError) as info:
        transport.request("POST", fake.url + "/login", {"Content-Type": "application/json"}, b'{"a":1}', 5)
    assert info.value.sent is True
    assert len(fake.calls("POST", "/login")) == 1
    fake.violations.clear()  # raw transport call without the client's headers, on purpose


def test_reset_after_make_job_processed_makes_one_job(fake, client, tmp_path):
    fake.add_fault("drop_after", path="/jobs/make_job", times=5)
    confirm = Confirm()
    results, run = check(make_plots(5), client, options(tmp_path), confirm)
    assert len(fake.real_jobs()) == 1 and len(fake.calls("POST", "/jobs/make_job")) == 1
    assert confirm.calls == [(5 * COST, 1000, 5)]
    assert fake.free_tokens() == 1000 - 5 * COST
    assert [r.status for r in results] == [A.STATUS_OK] * 5 and run.status == "success"
    assert {r.job_id for r in results} == {fake.real_jobs()[0]["job_id"]}


@pytest.mark.parametrize("status", [503, 429, 500])
def test_status_after_make_job_processed_makes_one_job(fake, client, tmp_path, status):
    fake.add_fault("status_after", path="/jobs/make_job", status=status, times=5)
    results, run = check(make_plots(6), client, options(tmp_path))
    assert len(fake.real_jobs()) == 1 and len(fake.calls("POST", "/jobs/make_job")) == 1
    assert fake.free_tokens() == 1000 - 6 * COST  # 24 tokens, not 48
    assert [r.status for r in results] == [A.STATUS_OK] * 6


@pytest.mark.parametrize("status", [503, 429])
def test_status_after_make_plot_processed_leaves_no_duplicate_plot(fake, client, tmp_path, status):
    fake.add_fault("status_after", path="/plots/make_plot", status=status, times=2)
    results, _ = check(make_plots(5), client, options(tmp_path))
    assert len(fake.plots) == 5
    assert len(fake.calls("POST", "/plots/make_plot")) == 5  # found by reference, never re-sent
    assert len(fake.real_jobs()) == 1 and sorted(fake.real_jobs()[0]["plot_ids"]) == sorted(fake.plots)
    assert [r.status for r in results] == [A.STATUS_OK] * 5


def test_make_plot_refused_unprocessed_is_sent_again_after_look_up(fake, client, tmp_path):
    fake.add_fault("status", path="/plots/make_plot", status=503)
    results, _ = check(make_plots(4), client, options(tmp_path))
    assert len(fake.plots) == 4 and len(fake.calls("POST", "/plots/make_plot")) == 5
    assert [r.status for r in results] == [A.STATUS_OK] * 4


def test_make_job_without_answer_and_not_found_is_not_resent(fake, client, tmp_path):
    fake.add_fault("drop_before", path="/jobs/make_job")
    with pytest.raises(E.JobOutcomeUnknownError) as info:
        check(make_plots(3), client, options(tmp_path))
    assert fake.real_jobs() == [] and len(fake.calls("POST", "/jobs/make_job")) == 1
    assert "nothing was paid twice" in str(info.value)
    # running again asks again, then creates exactly one job
    confirm = Confirm()
    results, _ = check(make_plots(3), client, options(tmp_path), confirm)
    assert confirm.calls == [(3 * COST, 1000, 3)] and len(fake.real_jobs()) == 1
    assert [r.status for r in results] == [A.STATUS_OK] * 3


def test_duplicate_job_is_an_error_naming_both_jobs_and_tokens(fake, client, tmp_path):
    fake.add_fault("duplicate", path="/jobs/make_job")
    with pytest.raises(E.DuplicateJobError) as info:
        check(make_plots(2), client, options(tmp_path))
    jobs = sorted(fake.real_jobs(), key=lambda j: j["seq"])
    assert len(jobs) == 2
    message = str(info.value)
    for job in jobs:
        assert job["job_id"] in message
    assert f"({2 * COST} tokens)" in message and f"{4 * COST} tokens in all" in message
    state = json.loads((tmp_path / "state.json").read_text())
    entry = next(iter(state["accounts"][f"{fake.url}|demo"]["jobs"].values()))
    assert entry["job_id"] == jobs[0]["job_id"] and entry["duplicate_job_ids"] == [jobs[1]["job_id"]]


# --- 2. a broken login fails fast -----------------------------------------------------------------


@pytest.mark.parametrize("fault, expected", [
    ({"kind": "status", "status": 500}, "HTTP 500"),
    ({"kind": "html"}, "Hotel WiFi - Sign in"),
    ({"kind": "not_json"}, "not valid JSON"),
])
def test_broken_login_stops_the_run_at_once(fake, client, sleeps, tmp_path, fault, expected):
    fault = dict(fault)
    kind = fault.pop("kind")
    fake.add_fault(kind, path="/login", times=1000, **fault)
    start = time.monotonic()
    with pytest.raises(E.AuthenticationError) as info:
        check(make_plots(12), client, options(tmp_path, concurrency=6))
    assert time.monotonic() - start < 5
    assert len(fake.calls("POST", "/login")) <= 2  # one sequence shared by all threads
    assert fake.calls("POST", "/plots/make_plot") == []
    assert expected in str(info.value) and "log in" in str(info.value)
    assert sleeps.total <= 1.0


def test_login_connection_refused_stops_the_run_at_once(qgis_app, transport, sleeps, tmp_path):
    dead = FakeVantage()
    url = dead.url
    dead.httpd.server_close()
    client = client_for(url, transport, sleeps)
    start = time.monotonic()
    with pytest.raises(E.ConnectionFailedError) as info:
        check(make_plots(12), client, options(tmp_path))
    assert time.monotonic() - start < 5 and sleeps.total <= 1.0
    assert "to log in" in str(info.value) and url in str(info.value)


# --- 3. resume without orphans ----------------------------------------------------------------------


def test_resume_finds_plots_registered_but_not_recorded(fake, client, tmp_path):
    opts = options(tmp_path, dry_run=True)
    check(make_plots(6), client, opts)
    assert len(fake.plots) == 6
    # as if killed before the state file was written: the plots are on the server, not in the state
    path = tmp_path / "state.json"
    state = json.loads(path.read_text())
    account = state["accounts"][f"{fake.url}|demo"]
    account["plots"] = dict(list(account["plots"].items())[:2])
    account["jobs"] = {}
    path.write_text(json.dumps(state))
    results, _ = check(make_plots(6), client, options(tmp_path, dry_run=True))
    assert len(fake.plots) == 6 and len(fake.calls("POST", "/plots/make_plot")) == 6
    assert {r.plot_id for r in results} == set(fake.plots)


# --- 4. polling ---------------------------------------------------------------------------------------


def test_polling_survives_404_403_5xx_and_dropped_connections(fake, client, tmp_path):
    fake.config.pending_seconds = 0.3
    fake.add_fault("status", path="/jobs/job/", status=404, times=2)
    fake.add_fault("status", path="/jobs/job/", status=403, skip=0, times=1)
    fake.add_fault("drop_before", path="/jobs/job/", times=2)
    fake.add_fault("status", path="/jobs/job/", status=502, times=6)
    feedback = Feedback()
    results, run = check(make_plots(3), client, options(tmp_path), feedback=feedback)
    assert [r.status for r in results] == [A.STATUS_OK] * 3 and len(fake.real_jobs()) == 1
    assert any("could not be read" in m for m in feedback.messages)


def test_polling_deadline_says_the_job_still_runs_and_how_to_pick_it_up(fake, client, tmp_path):
    fake.config.pending_seconds = 3600.0
    feedback = Feedback()
    progress: list = []
    feedback._on_progress = progress.append
    opts = options(tmp_path, max_wait=600.0, poll_initial=5.0, poll_max=60.0)
    results, run = check(make_plots(2), client, opts, feedback=feedback)
    job_id = fake.real_jobs()[0]["job_id"]
    assert [r.status for r in results] == [A.STATUS_PENDING] * 2 and run.status == "partial"
    detail = run.step_named("poll").detail
    assert job_id in detail and "still running" in detail and "same output" in detail and "10 min" in detail
    assert any(job_id in m and "still running" in m for m in feedback.messages)
    assert 600.0 <= opts.clock() < 700.0  # stopped at the deadline, on the injected clock
    poll_low, poll_high = 100 * 4 / 6, 100 * 5 / 6
    assert any(poll_low < p < poll_high for p in progress)  # progress moved during polling


def test_reply_above_the_size_limit_is_refused(fake, transport, sleeps):
    client = client_for(fake.url, transport, sleeps, max_reply_bytes=200_000)
    fake.add_fault("big", path="/users/check_tokens", size=2_000_000)
    with pytest.raises(E.ReplyTooLargeError) as info:
        client.check_tokens()
    assert "larger than" in str(info.value)
    assert len(fake.calls("GET", "/users/check_tokens")) == 1


# --- 5. rate limits, token expiry, redaction -----------------------------------------------------


def test_rate_limit_headers_hold_the_next_request(fake, client, sleeps):
    fake.add_fault("headers", path="/users/check_tokens",
                   headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "7"})
    client.check_tokens()
    assert sleeps.total == 0
    client.check_tokens()
    assert sleeps.total == pytest.approx(7.0, abs=0.5)


def test_429_with_rate_limit_reset_waits_for_it(fake, client, sleeps):
    reset = str(int(time.time()) + 12)  # a Unix time
    fake.add_fault("status", path="/users/check_tokens", status=429,
                   headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset})
    assert client.check_tokens().free_tokens == 1000
    assert 10.0 <= sleeps.total <= 13.0 and len(fake.calls("GET", "/users/check_tokens")) == 2


def test_token_renewed_before_its_expiry(fake, transport, sleeps):
    shift = [0.0]
    client = client_for(fake.url, transport, sleeps, clock=lambda: time.time() + shift[0])
    client.check_tokens()
    shift[0] = fake.config.token_ttl - 30  # the token expires in 30 s: renewed before it is refused
    client.check_tokens()
    assert len(fake.calls("POST", "/login")) == 2
    assert [r.status for r in fake.requests if r.status == 401] == []


def test_tokens_and_passwords_echoed_by_the_server_are_redacted(fake, client):
    fake.add_fault("echo_secrets", path="/users/check_tokens", status=400)
    with pytest.raises(E.BadRequestError) as info:
        client.check_tokens()
    token = fake.calls("GET", "/users/check_tokens")[0].headers["authorization"][len("Bearer "):]
    shown = str(info.value) + info.value.support_text()
    assert token not in shown and token[:20] not in shown and DEFAULT_PASSWORD not in shown
    assert "***" in shown


# --- 6. fewer calls -------------------------------------------------------------------------------


def test_results_come_from_the_job_reply(fake, client, tmp_path):
    results, _ = check(make_plots(8), client, options(tmp_path))
    assert [r.status for r in results] == [A.STATUS_OK] * 8
    assert fake.calls("GET", "/analysis-runs") == []
    for r in results:
        assert r.analysis == fake.plots[r.plot_id]["analysis"]


def test_failed_plots_fall_back_to_their_runs(fake, client, tmp_path):
    fake.config.fail_plot = lambda plot: "no imagery" if plot["plot_name"] == "plot 1" else None
    results, _ = check(make_plots(3), client, options(tmp_path))
    assert [r.status for r in results] == [A.STATUS_OK, A.STATUS_FAILED, A.STATUS_OK]
    assert results[1].error == "no imagery"
    assert len(fake.calls("GET", "/analysis-runs")) == 3  # done-with-errors: each plot's run is read


def test_make_job_reset_after_processing_is_found_not_resent(fake, client):
    plot = client.make_plot(MakePlotRequest(geojson=plot_body(101.0, 1.0), plot_name="p",
                                            harvest_date="2024-12-15", commodity="palm_oil"))
    fake.add_fault("drop_after", path="/jobs/make_job", times=5)
    job = client.make_job(MakeJobRequest(plot_ids=[plot.plot_id]))
    assert [j["job_id"] for j in fake.real_jobs()] == [job.job_id]
    assert len(fake.calls("POST", "/jobs/make_job")) == 1


def test_poll_deadline_setting_from_the_settings_page_reaches_the_api_options(qgis_app):
    from vantage_plugin.core.api.workflow import DEFAULT_POLL_DEADLINE_MINUTES
    from vantage_plugin.gui.settings_page import SettingsWidget
    from vantage_plugin.qgis_bridge import operations
    from vantage_plugin.qgis_bridge.settings import PluginSettings

    settings = PluginSettings()
    settings.reset("poll_deadline_minutes")
    try:
        widget = SettingsWidget(settings)
        assert widget.poll_deadline.value() == DEFAULT_POLL_DEADLINE_MINUTES
        widget.poll_deadline.setValue(25)
        widget.save()
        assert PluginSettings().poll_deadline_minutes == 25
        assert operations.api_options().max_wait == 25 * 60
        assert operations.api_options(poll_deadline_minutes=2).max_wait == 120
        widget.deleteLater()
    finally:
        settings.reset("poll_deadline_minutes")


def test_polling_survives_a_timeout(fake, transport, sleeps, tmp_path):
    client = client_for(fake.url, transport, sleeps, timeout=0.3)
    fake.config.pending_seconds = 0.1
    fake.add_fault("slow", path="/jobs/job/", delay=0.8)
    results, _ = check(make_plots(2), client, options(tmp_path))
    assert [r.status for r in results] == [A.STATUS_OK] * 2 and len(fake.real_jobs()) == 1
    assert len(fake.calls("GET", "/jobs/job/")) >= 2  # the slow poll timed out and was asked again


def test_a_large_body_is_uploaded_whole_from_the_send_once_device(fake, transport):
    body = json.dumps({"notes": "x" * 2_500_000}).encode()
    response = transport.request("POST", fake.url + "/login", {"Content-Type": "application/json"}, body, 20)
    assert response.status == 400  # no Basic header: refused, but only after reading the whole body
    assert fake.calls("POST", "/login")[-1].body == body
    fake.violations.clear()  # raw transport call without the client's headers, on purpose
