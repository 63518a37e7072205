"""Pieces of the API client's resilience without QGIS: redaction, JWT expiry, rate-limit headers, login
answers, the cancel message and the per-step timeline (the fault tests through both transports are in
tests/qgis/qgis_bridge/test_network_faults.py)."""

from __future__ import annotations

import base64
import json
import threading

import pytest

from tests.fake_vantage.testing import BooksClock, make_plots
from vantage_plugin.core import analysis as A
from vantage_plugin.core.api import errors as E
from vantage_plugin.core.api.client import describe_answer, jwt_expiry
from vantage_plugin.core.api.retry import RetryPolicy, parse_rate_limit_reset
from vantage_plugin.core.api.workflow import STEP_NAMES, ApiOptions, run_api_check
from vantage_plugin.core.runs import Feedback


def _jwt(payload: dict) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{b64(json.dumps(payload).encode())}.{b64(b'signature')}"


def test_jwt_expiry_is_read_from_the_payload():
    assert jwt_expiry(_jwt({"exp": 1_900_000_000, "sub": "demo"})) == 1_900_000_000
    assert jwt_expiry(_jwt({"sub": "demo"})) is None
    assert jwt_expiry("not-a-jwt") is None


def test_redact_removes_tokens_passwords_and_registered_secrets():
    token = _jwt({"exp": 1, "sub": "x"})
    E.register_secret("hunter2-secret")
    text = (f'{{"token": "{token}", "password": "p@ss word", "msg": "Bearer {token} failed"}} '
            "Authorization: Basic ZGVtbzpkZW1v and hunter2-secret")
    out = E.redact(text)
    assert token not in out and "hunter2-secret" not in out and "ZGVtbzpkZW1v" not in out
    assert '"password": "***' in out and "Bearer ***" in out
    error = E.BadRequestError(body=text, server_message=f"echo {token}")
    assert token not in str(error) and token not in error.support_text()


def test_rate_limit_reset_as_seconds_or_unix_time():
    assert parse_rate_limit_reset("30", now=1000.0) == 30.0
    assert parse_rate_limit_reset("1900000060", now=1_900_000_000.0) == 60.0
    assert parse_rate_limit_reset(None) is None
    policy = RetryPolicy(clock=lambda: 1_900_000_000.0)
    assert policy.delay_for(1, 429, None, "1900000045") == 45.0
    assert policy.delay_for(1, 429, "3", "1900000045") == 3.0  # Retry-After first


@pytest.mark.parametrize("error, expected", [
    (E.ServerError(status=500, body=b'{"error": "database down"}', server_message="database down"),
     "HTTP 500: database down"),
    (E.InvalidResponseError(status=200, body=b"<html><head><title>Portal</title></head></html>"),
     "HTTP 200 with a web page titled 'Portal'"),
    (E.InvalidResponseError(status=200, body=b"{not json"), "not valid JSON"),
])
def test_describe_answer_names_what_the_server_said(error, expected):
    assert expected in describe_answer(error)


def test_one_login_sequence_for_all_threads(fake, client):
    fake.add_fault("status", path="/login", status=500, times=100)
    errors = []

    def call():
        try:
            client.check_tokens()
        except E.VantageError as error:
            errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 8 and all(isinstance(e, E.LoginFailedError) for e in errors)
    assert len(fake.calls("POST", "/login")) == 2  # one sequence (two attempts), not one per thread
    client.reset_login()
    fake.faults.clear()
    assert client.check_tokens().free_tokens == 1000  # a new run tries again


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


def test_plot_history_and_latest_run(fake, client):
    from tests.fake_vantage.testing import plot_body
    from vantage_plugin.core.api.models import CheckConfig, MakeJobRequest, MakePlotRequest

    plot = client.make_plot(MakePlotRequest(geojson=plot_body(101.0, 1.0), plot_name="p", commodity="cocoa"))
    for date in ("2024-01-31", "2024-06-30"):
        client.make_job(MakeJobRequest([plot.plot_id], checks=[CheckConfig("eudr", {"harvest_date": date})]))
        fake.advance(0.01)  # the second run is newer on the server's books
    history = client.plot_history(plot.plot_id)
    expected = sorted((r for r in fake.runs.values() if r["plot_id"] == plot.plot_id),
                      key=lambda r: r["created_ts"], reverse=True)
    assert len(expected) == 2 and [r.run_id for r in history] == [r["run_id"] for r in expected]
    assert history[0].effective_config["harvest_date"] == "2024-06-30"
    fake.config.pending_seconds = 0.0
    fake.config.creating_seconds = 0.0
    latest = client.latest_run(plot.plot_id)
    assert latest.run_id == expected[0]["run_id"] and latest.finished


def test_short_lived_tokens_are_not_renewed_on_every_request(fake, client):
    fake.config.token_ttl = 60.0  # shorter than the usual renewal margin
    for _ in range(5):
        client.check_tokens()
    assert len(fake.calls("POST", "/login")) == 1
