"""core/api/client.py, its resilience without QGIS: JWT expiry, what the server said, one login for all
threads, plot history (the fault tests through both transports are in tests/qgis/qgis_bridge/test_network_faults.py;
redaction in test_errors.py, rate-limit headers in test_retry.py, the cancel message and the step timeline in
test_workflow.py)."""

from __future__ import annotations

import threading

import pytest

from tests.fake_vantage.testing import jwt
from vantage_plugin.core.api import errors as E
from vantage_plugin.core.api.client import describe_answer, jwt_expiry


def test_jwt_expiry_is_read_from_the_payload():
    assert jwt_expiry(jwt({"exp": 1_900_000_000, "sub": "demo"})) == 1_900_000_000
    assert jwt_expiry(jwt({"sub": "demo"})) is None
    assert jwt_expiry("not-a-jwt") is None


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
