"""The QGIS transport (QgsBlockingNetworkRequest) and QGIS auth configs, against the local fake server."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.fake_vantage.server import DEFAULT_PASSWORD, DEFAULT_USER, FakeVantage
from tests.fake_vantage.testing import make_plots
from vantage_plugin.core import analysis as A
from vantage_plugin.core.api import errors as E
from vantage_plugin.core.api.client import VantageClient
from vantage_plugin.core.api.models import Credentials
from vantage_plugin.core.api.retry import RetryPolicy
from vantage_plugin.core.api.transport import TransportError
from vantage_plugin.core.api.workflow import ApiOptions, run_api_check


@pytest.fixture
def transport(qgis_app):
    from vantage_plugin.qgis_bridge.network import QgisTransport

    t = QgisTransport()
    yield t
    t.close()


def test_statuses_come_back_as_responses(fake, transport):
    r = transport.request("GET", fake.url + "/users/check_tokens", {"X-API-Version": "3"}, None, 5)
    assert r.status == 401 and b"bearer" in r.body.lower()
    assert r.header("content-type") == "application/json"
    fake.violations.clear()  # raw transport call without the client's headers, on purpose


def test_client_over_qgis_transport_full_run(fake, transport):
    client = VantageClient(fake.url, Credentials(DEFAULT_USER, DEFAULT_PASSWORD), transport)
    results, run = run_api_check(make_plots(5), client, ApiOptions(dry_run=False, poll_initial=0.02, poll_max=0.05),
                                 confirm=lambda cost, free, n: True)
    assert [r.status for r in results] == [A.STATUS_OK] * 5
    assert len(fake.real_jobs()) == 1
    sent = fake.calls("POST", "/plots/make_plot")[0]
    assert sent.headers["x-api-version"] == "3" and sent.headers["authorization"].startswith("Bearer ")


def test_concurrent_use_from_python_threads(fake, transport):
    client = VantageClient(fake.url, Credentials(DEFAULT_USER, DEFAULT_PASSWORD), transport)
    with ThreadPoolExecutor(8) as pool:
        values = list(pool.map(lambda _: client.check_tokens().free_tokens, range(32)))
    assert values == [1000] * 32
    assert len(fake.calls("POST", "/login")) == 1


def test_timeout(fake, transport):
    fake.add_fault("slow", path="/users", delay=2.0)
    start = time.monotonic()
    with pytest.raises(TransportError) as info:
        transport.request("GET", fake.url + "/users/check_tokens", {}, None, 0.4)
    assert info.value.timeout and time.monotonic() - start < 1.5
    fake.violations.clear()  # raw transport call without the client's headers, on purpose


def test_cancel_in_flight(fake, qgis_app):
    from vantage_plugin.qgis_bridge.network import QgisTransport

    flag = threading.Event()
    transport = QgisTransport(is_cancelled=flag.is_set)
    try:
        fake.add_fault("slow", path="/users", delay=3.0)
        threading.Timer(0.3, flag.set).start()
        start = time.monotonic()
        with pytest.raises(TransportError) as info:
            transport.request("GET", fake.url + "/users/check_tokens", {}, None, 10)
        assert info.value.cancelled and time.monotonic() - start < 2.0
        fake.violations.clear()  # raw transport call without the client's headers, on purpose
    finally:
        transport.close()


def test_connection_refused_is_not_sent(qgis_app, transport):
    dead = FakeVantage()
    url = dead.url
    dead.httpd.server_close()
    with pytest.raises(TransportError) as info:
        transport.request("POST", url + "/jobs/make_job", {}, b"{}", 5)
    assert info.value.sent is False


def test_client_errors_over_qgis_transport(fake, transport):
    client = VantageClient(fake.url, Credentials(DEFAULT_USER, "wrong"), transport,
                           retry=RetryPolicy(sleep=lambda s: None))
    with pytest.raises(E.AuthenticationError):
        client.check_tokens()


def test_auth_config_round_trip(qgis_app):
    from qgis.core import QgsApplication

    from vantage_plugin.qgis_bridge import auth

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        pytest.skip("QGIS auth system disabled")
    if not manager.masterPasswordIsSet():
        if not manager.setMasterPassword("vantage-test-master", True):
            pytest.skip("cannot set a master password on this auth DB")
    authcfg = auth.save_login("alice", "pa55", base_url="http://127.0.0.1:1")
    try:
        assert authcfg in manager.configIds()
        creds = auth.read_login(authcfg)
        assert (creds.username, creds.password) == ("alice", "pa55")
        assert "pa55" not in repr(creds)
        assert auth.save_login("alice", "new-pass", authcfg=authcfg) == authcfg
        assert auth.credentials_source(authcfg)().password == "new-pass"
        auth.store_authcfg_id(authcfg)
        assert auth.stored_authcfg_id() == authcfg
        from vantage_plugin.qgis_bridge.settings import PluginSettings

        assert PluginSettings().authcfg == authcfg  # one settings key: both accessors read the same value
    finally:
        auth.remove_login(authcfg)
        auth.store_authcfg_id(None)
    with pytest.raises(E.AuthenticationError):
        auth.read_login(authcfg)
