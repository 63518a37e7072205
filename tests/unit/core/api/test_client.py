"""The Vantage client against the local fake server: every endpoint, every fault.

Every request the client sends is checked against the project's OpenAPI description by the ``fake``
fixture (it fails the test on any violation).
"""

from __future__ import annotations

import base64
import email.utils
import json
import time

import pytest

from tests.fake_vantage.server import FakeVantage
from tests.fake_vantage.testing import make_client, plot_body
from vantage_plugin.core.api import errors as E
from vantage_plugin.core.api.client import JOB_TOKEN_PREFIX, PLOT_REF_KEY, VantageClient
from vantage_plugin.core.api.models import CheckConfig, Credentials, MakeJobRequest, MakePlotRequest
from vantage_plugin.core.api.transport import DEFAULT_BASE_URL, check_base_url


def _plot(client, lon=20.0175, name="p"):
    return client.make_plot(MakePlotRequest(geojson=plot_body(lon), plot_name=name))


def _job_request(plot_ids, **kwargs):
    check = CheckConfig("eudr", {"harvest_date": "2024-11-01", "commodity": "cocoa"})
    return MakeJobRequest(plot_ids=plot_ids, job_name=kwargs.pop("job_name", "test job"), checks=[check], **kwargs)


# --- configuration ---------------------------------------------------------------------------------


def test_base_url_rules():
    assert check_base_url(None) == "https://vantage.open-atlas.com" == DEFAULT_BASE_URL
    assert check_base_url("https://example.org/api/") == "https://example.org/api"
    assert check_base_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_base_url("http://localhost:1") == "http://localhost:1"
    with pytest.raises(E.ConfigurationError, match="https"):
        check_base_url("http://vantage.open-atlas.com")
    with pytest.raises(E.ConfigurationError):
        check_base_url("ftp://x.org")
    with pytest.raises(E.ConfigurationError):
        check_base_url("https://user:pw@x.org")


# --- login ---------------------------------------------------------------------------------------------


def test_login_sends_basic_and_keeps_token_in_memory(fake, client):
    client.check_tokens()
    logins = fake.calls("POST", "/login")
    assert len(logins) == 1
    expected = "Basic " + base64.b64encode(b"demo:demo-password").decode()
    assert logins[0].headers["authorization"] == expected
    token = json.loads(json.dumps(fake.issued and list(fake.issued)[0]))
    later = fake.calls("GET", "/users/check_tokens")[0]
    assert later.headers["authorization"] == f"Bearer {token}"
    assert all(r.headers.get("x-api-version") == "3" for r in fake.requests)


def test_login_accepts_access_token_key(fake):
    fake.config.login_key = "access_token"
    c = make_client(fake)
    assert c.check_tokens().free_tokens == 1000


def test_wrong_password_is_clear_and_secret_free(fake):
    c = VantageClient(fake.url, Credentials("demo", "s3cret-WRONG"))
    with pytest.raises(E.AuthenticationError) as info:
        c.check_tokens()
    text = str(info.value) + info.value.support_text() + repr(info.value)
    assert "username and password" in str(info.value)
    assert "settings" in str(info.value)
    assert "s3cret-WRONG" not in text
    assert info.value.status == 401
    assert "Wrong username or password" in info.value.body  # raw body kept for support


def test_no_credentials_is_clear(fake):
    c = VantageClient(fake.url, None)
    with pytest.raises(E.AuthenticationError, match="No Vantage login"):
        c.check_tokens()
    assert fake.requests == []


# --- tokens ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["v3", "v2"])
def test_check_tokens_both_key_styles(fake, client, style):
    fake.config.balance_style = style
    balance = client.check_tokens()
    assert (balance.token_balance, balance.reserved_tokens, balance.free_tokens) == (1000, 0, 1000)


# --- plots ------------------------------------------------------------------------------------------------


def test_make_plot_and_get_plot(fake, client):
    info = _plot(client, name="East field")
    # 0.001° x 0.001° at the equator ≈ 111.3 m x 110.6 m ≈ 1.23 ha
    assert info.area_ha == pytest.approx(1.23, abs=0.02)
    assert info.tokens_cost == 4  # the fake's price list: 4 per plot + 1 per full 50 ha
    assert info.plot_name == "East field"
    sent = fake.calls("POST", "/plots/make_plot")[0].json()
    assert sent["geojson"] == plot_body()
    assert PLOT_REF_KEY in sent["additional_info"]
    again = client.get_plot(info.plot_id)
    assert again.plot_id == info.plot_id and again.area_ha == info.area_ha
    assert again.analysis is None  # nothing analysed yet


def test_big_plot_costs_more(fake, client):
    body = plot_body()
    ring = [[20.0, 0.0], [20.01, 0.0], [20.01, 0.01], [20.0, 0.01], [20.0, 0.0]]  # ≈ 123 ha
    body["features"][0]["geometry"]["coordinates"] = [ring]
    info = client.make_plot(MakePlotRequest(geojson=body))
    assert info.area_ha == pytest.approx(123.1, rel=0.01)
    assert info.tokens_cost == 6


def test_get_unknown_plot_is_not_found(fake, client):
    with pytest.raises(E.NotFoundError) as info:
        client.get_plot("no-such-plot")
    assert info.value.status == 404
    assert "Check the id" in str(info.value)


def test_other_users_plot_is_forbidden_without_relogin(fake, client):
    fake.config.users["other"] = "pw2"
    fake.balance["other"] = {"balance": 10, "reserved": 0}
    other = VantageClient(fake.url, Credentials("other", "pw2"))
    plot = _plot(other)
    logins = len(fake.calls("POST", "/login"))
    with pytest.raises(E.ForbiddenError) as info:
        client.get_plot(plot.plot_id)
    assert info.value.status == 403
    assert "another account" in str(info.value)
    assert len(fake.calls("POST", "/login")) == logins + 1  # only the first login of `client`


def test_list_plots_keyset_pages(fake, client):
    ids = [_plot(client, lon=20 + i * 0.01, name=f"p{i}").plot_id for i in range(7)]
    before = len(fake.calls("GET", "/plots"))
    listed = [p.plot_id for p in client.iter_plots(limit=3)]
    assert listed == ids[::-1]  # newest first, each once
    pages = fake.calls("GET", "/plots")[before:]
    assert len(pages) == 3
    assert "cursor" not in pages[0].query and "cursor=" in pages[1].query
    lite = client.list_plots_page(limit=2, lite=True)
    assert isinstance(lite.items[0], dict) and lite.items[0]["plot_id"] == ids[-1]
    assert lite.meta.has_more and lite.meta.count == 2 and lite.meta.limit == 2


def test_list_plots_created_at_filters(fake, client):
    first = _plot(client, lon=20.0)
    fake.advance(0.02)  # distinct creation times on the server's books, without waiting
    middle = _plot(client, lon=20.01)
    fake.advance(0.02)
    _plot(client, lon=20.02)
    page = client.list_plots_page(created_at_from=middle.created_at, created_at_until=middle.created_at)
    assert [p.plot_id for p in page.items] == [middle.plot_id]
    page = client.list_plots_page(created_at_until=first.created_at)
    assert [p.plot_id for p in page.items] == [first.plot_id]


def test_page_limit_is_capped_to_1000(fake, client):
    client.list_plots_page(limit=5000)
    assert "limit=1000" in fake.calls("GET", "/plots")[-1].query


# --- jobs --------------------------------------------------------------------------------------------------


def test_make_job_dry_run_reserves_nothing(fake, client):
    plot = _plot(client)
    job = client.make_job(_job_request([plot.plot_id]), dry_run=True)
    call = fake.calls("POST", "/jobs/make_job")[-1]
    assert call.headers.get("x-dry-run") == "true"
    assert fake.free_tokens() == 1000
    assert job.status == "creating"
    assert JOB_TOKEN_PREFIX in job.job_name


def test_make_job_real_reserves_and_body_is_spec_shaped(fake, client):
    a, b = _plot(client, lon=20.0), _plot(client, lon=20.01)
    request = MakeJobRequest(
        plot_ids=[a.plot_id, b.plot_id], job_name="August shipment", notes="n",
        additional_info={"lot": "7"},
        checks=[CheckConfig("eudr", {"harvest_date": "2024-11-01", "commodity": "cocoa"},
                            {b.plot_id: {"harvest_date": "2024-12-01"}})])
    job = client.make_job(request)
    call = fake.calls("POST", "/jobs/make_job")[-1]
    assert "x-dry-run" not in call.headers
    body = call.json()
    assert body["plot_ids"] == [a.plot_id, b.plot_id]
    assert body["checks"] == [{"type": "eudr", "config": {"harvest_date": "2024-11-01", "commodity": "cocoa"},
                               "per_plot": {b.plot_id: {"harvest_date": "2024-12-01"}}}]
    assert body["job_name"].startswith("August shipment [vq:")
    assert fake.tokens()["reserved"] == 8 and fake.free_tokens() == 992
    assert job.token_cost == 8


def test_make_job_refuses_duplicates_and_oversize_locally(client):
    with pytest.raises(ValueError, match="once per job"):
        client.make_job(_job_request(["a", "a"]))
    with pytest.raises(ValueError, match="10000"):
        client.make_job(_job_request([str(i) for i in range(10_001)]))


def test_get_job_list_jobs_and_runs(fake, client):
    plot = _plot(client)
    job = client.make_job(_job_request([plot.plot_id]))
    assert not job.terminal
    fake.advance(fake.config.creating_seconds + fake.config.pending_seconds)  # the job's processing time
    done = client.get_job(job.job_id)
    assert done.status == "done"
    assert [p.plot_id for p in done.plots] == [plot.plot_id]
    assert done.plots[0].analysis["risk_level"] in ("Low", "Medium", "High")
    jobs = list(client.iter_jobs(limit=1))
    assert [j.job_id for j in jobs] == [job.job_id]
    assert jobs[0].plots == []  # the list embeds no plots
    runs = client.list_analysis_runs(plot.plot_id)
    assert len(runs) == 1 and runs[0].job_id == job.job_id and runs[0].plot_id == plot.plot_id
    assert runs[0].effective_config == {"harvest_date": "2024-11-01", "commodity": "cocoa"}
    run = client.get_analysis_run(runs[0].run_id)
    assert run.analysis == done.plots[0].analysis
    assert fake.calls("GET", "/analysis-runs")[0].query == f"plot_id={plot.plot_id}"


def test_unknown_job_and_run_are_not_found(fake, client):
    with pytest.raises(E.NotFoundError):
        client.get_job("nope")
    with pytest.raises(E.NotFoundError):
        client.get_analysis_run("nope")


def test_insufficient_tokens_on_server_is_bad_request(fake, client):
    fake.balance["demo"]["balance"] = 3
    plot = _plot(client)
    with pytest.raises(E.BadRequestError) as info:
        client.make_job(_job_request([plot.plot_id]))
    assert "Insufficient tokens" in str(info.value)
    assert fake.real_jobs() == []


# --- faults --------------------------------------------------------------------------------------------------


def test_401_mid_run_logs_in_again_once(fake, client):
    client.check_tokens()
    fake.add_fault("expire_tokens", path="/users/check_tokens")
    assert client.check_tokens().free_tokens == 1000
    assert len(fake.calls("POST", "/login")) == 2


def test_401_twice_is_reported_not_looped(fake, client):
    client.check_tokens()
    fake.add_fault("expire_tokens", path="/users/check_tokens", times=5)
    with pytest.raises(E.AuthenticationError, match="even after logging in again"):
        client.check_tokens()
    assert len(fake.calls("POST", "/login")) == 2
    assert len(fake.calls("GET", "/users/check_tokens")) == 3


def test_429_honours_retry_after_seconds(fake, client, sleeps):
    fake.add_fault("status", path="/users/check_tokens", status=429, retry_after="3")
    assert client.check_tokens().free_tokens == 1000
    assert sleeps.total == pytest.approx(3.0)
    assert len(fake.calls("GET", "/users/check_tokens")) == 2


def test_503_honours_retry_after_http_date(fake, client, sleeps):
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    fake.add_fault("status", path="/jobs", status=503, retry_after=when)
    client.list_jobs_page()
    assert 3.0 <= sleeps.total <= 5.5


def test_429_too_long_retry_after_is_reported(fake, client, sleeps):
    fake.add_fault("status", path="/users/check_tokens", status=429, retry_after="100000")
    with pytest.raises(E.RateLimitedError) as info:
        client.check_tokens()
    assert "Wait" in str(info.value)
    assert sleeps.total == 0


def test_500_on_get_retries_with_capped_jittered_backoff(fake, sleeps):
    c = make_client(fake, sleeps)
    fake.add_fault("status", path="/users/check_tokens", status=500, times=4)
    assert c.check_tokens().free_tokens == 1000
    # four waits before attempts 2..5, each within [0, min(2.0, 0.2 * 2**(n-1))]: at most 0.2+0.4+0.8+1.6
    assert len(fake.calls("GET", "/users/check_tokens")) == 5
    assert 0 < sleeps.total <= 3.0 + 1e-9


def test_500_exhausts_retries_then_clear_error(fake, sleeps):
    c = make_client(fake, sleeps)
    fake.add_fault("status", path="/users/check_tokens", status=500, times=99)
    with pytest.raises(E.ServerError) as info:
        c.check_tokens()
    assert len(fake.calls("GET", "/users/check_tokens")) == c.retry.max_attempts
    assert "HTTP 500" in str(info.value) and "resumes" in str(info.value)
    assert "injected HTTP 500" in info.value.body


def test_malformed_json_on_get_is_retried(fake, client):
    fake.add_fault("malformed", path="/users/check_tokens")
    assert client.check_tokens().free_tokens == 1000
    assert len(fake.calls("GET", "/users/check_tokens")) == 2


def test_malformed_json_always_is_clear(fake, client):
    fake.add_fault("malformed", path="/users/check_tokens", times=99)
    with pytest.raises(E.InvalidResponseError, match="cannot read"):
        client.check_tokens()


def test_dropped_connection_on_get_is_retried(fake, client):
    client.check_tokens()
    fake.add_fault("drop_before", path="/jobs")
    assert client.list_jobs_page().items == []


def test_slow_reply_times_out_and_retries(fake, sleeps):
    c = make_client(fake, sleeps, timeout=0.3)
    c.check_tokens()
    fake.add_fault("slow", path="/users/check_tokens", delay=1.0)
    start = time.monotonic()
    assert c.check_tokens().free_tokens == 1000
    assert time.monotonic() - start < 1.0  # did not wait for the slow reply


def test_connection_refused_is_clear():
    dead = FakeVantage()
    url = dead.url
    dead.httpd.server_close()  # nothing listens there any more
    c = VantageClient(url, Credentials("demo", "x"), retry=make_client.__globals__["RetryPolicy"](
        sleep=lambda s: None, max_attempts=3))
    with pytest.raises(E.ConnectionFailedError) as info:
        c.check_tokens()
    assert "Could not reach" in str(info.value) and "proxy" in str(info.value)


def test_make_job_processed_then_500_finds_the_job_not_a_second_one(fake, client):
    plot = _plot(client)
    fake.add_fault("status_after", path="/jobs/make_job", status=500)
    job = client.make_job(_job_request([plot.plot_id]))
    assert len(fake.real_jobs()) == 1 and fake.real_jobs()[0]["job_id"] == job.job_id
    assert len(fake.calls("POST", "/jobs/make_job")) == 1
    assert fake.tokens()["reserved"] == 4


def test_make_job_dropped_after_processing_finds_the_job(fake, client):
    plot = _plot(client)
    fake.add_fault("drop_after", path="/jobs/make_job")
    job = client.make_job(_job_request([plot.plot_id]))
    assert [j["job_id"] for j in fake.real_jobs()] == [job.job_id]
    assert fake.tokens()["reserved"] == 4


def test_make_job_malformed_reply_finds_the_job(fake, client):
    plot = _plot(client)
    fake.add_fault("malformed", path="/jobs/make_job")
    job = client.make_job(_job_request([plot.plot_id]))
    assert [j["job_id"] for j in fake.real_jobs()] == [job.job_id]


def test_make_job_dropped_before_processing_is_not_sent_again(fake, client):
    plot = _plot(client)
    fake.add_fault("drop_before", path="/jobs/make_job")
    with pytest.raises(E.JobOutcomeUnknownError) as info:
        client.make_job(_job_request([plot.plot_id]))
    assert fake.real_jobs() == [] and fake.free_tokens() == 1000
    assert len(fake.calls("POST", "/jobs/make_job")) == 1  # never re-sent by itself
    assert len(fake.calls("GET", "/jobs")) >= 1  # looked the job up
    assert "nothing was paid twice" in str(info.value)


@pytest.mark.parametrize("status", [429, 503, 500, 502])
def test_make_job_status_after_processing_is_not_sent_again(fake, client, sleeps, status):
    plot = _plot(client)
    fake.add_fault("status_after", path="/jobs/make_job", status=status)
    job = client.make_job(_job_request([plot.plot_id]))
    assert [j["job_id"] for j in fake.real_jobs()] == [job.job_id]
    assert len(fake.calls("POST", "/jobs/make_job")) == 1
    assert fake.free_tokens() == 1000 - fake.real_jobs()[0]["token_cost"]


def test_make_job_429_not_processed_is_reported_not_resent(fake, client, sleeps):
    plot = _plot(client)
    fake.add_fault("status", path="/jobs/make_job", status=429, retry_after="2")
    with pytest.raises(E.JobOutcomeUnknownError):
        client.make_job(_job_request([plot.plot_id]))
    assert fake.real_jobs() == [] and len(fake.calls("POST", "/jobs/make_job")) == 1


def test_make_plot_500_not_processed_is_sent_again_without_duplicate(fake, client):
    fake.add_fault("status", path="/plots/make_plot", status=500)
    info = _plot(client)
    assert list(fake.plots) == [info.plot_id]


def test_make_plot_processed_then_dropped_reuses_the_plot(fake, client):
    fake.add_fault("drop_after", path="/plots/make_plot")
    info = _plot(client)
    assert list(fake.plots) == [info.plot_id]
    assert len(fake.calls("POST", "/plots/make_plot")) == 1


def test_bad_request_keeps_server_message_and_body(fake, client):
    body = plot_body()
    body["features"][0]["geometry"] = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    with pytest.raises(E.BadRequestError) as info:
        client.make_plot(MakePlotRequest(geojson=body))
    assert "self-intersection" in str(info.value)
    assert info.value.status == 400 and "self-intersection" in info.value.body
    assert "POST /plots/make_plot" in info.value.support_text()


def test_cancel_stops_retry_wait(fake):
    cancelled = {"now": False}

    def sleep(seconds):
        cancelled["now"] = True

    c = make_client(fake, sleep, is_cancelled=lambda: cancelled["now"])
    fake.add_fault("status", path="/users/check_tokens", status=503, retry_after="30")
    with pytest.raises(E.CancelledByUser):
        c.check_tokens()
