"""``vantage:checkplots`` (ENGINE=api), ``vantage:importjob`` and ``vantage:listjobs`` through ``processing.run``
against the local fake Vantage server, over the QGIS transport with a QGIS Basic auth config.

Expected values come from the fake server's own records (its plots, jobs, runs, token balance and the
requests it recorded), never from the plugin's output.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.fake_vantage.server import DEFAULT_PASSWORD, DEFAULT_USER

START_BALANCE = 1000  # FakeConfig's default token balance for DEFAULT_USER

# Plots in Riau (the fake places them in Indonesia / Riau). "Swamp" is made to fail on the server in
# one test; the bow-tie is invalid and must never be sent.
GOOD = [
    ("F-001", "North block", "Ana", 101.000, 1.000),
    ("F-002", "Swamp", "Budi", 101.010, 1.000),
    ("F-003", "Ridge", "Citra", 101.020, 1.000),
]
BOWTIE = ("F-BAD", "Bow tie", "Dewi", [[101.03, 1.0], [101.032, 1.002], [101.032, 1.0], [101.03, 1.002], [101.03, 1.0]])


def _square(lon: float, lat: float, size: float = 0.002) -> list:
    return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]


@pytest.fixture(autouse=True)
def _polling_on_the_books_clock(request):
    """Jobs progress while the workflow polls, without real waits (``books_clock``), except in a test marked
    ``real_clock`` (one that races a real thread against the polling)."""
    if request.node.get_closest_marker("real_clock") is None:
        request.getfixturevalue("books_clock")


@pytest.fixture
def plots_file(tmp_path) -> Path:
    features = []
    for code, name, farmer, lon, lat in GOOD:
        features.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [_square(lon, lat)]},
                         "properties": {"farm_code": code, "farm_name": name, "farmer": farmer,
                                        "commodity": "palm_oil", "harvest_date": "2024-12-15"}})
    code, name, farmer, ring = BOWTIE
    features.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]},
                     "properties": {"farm_code": code, "farm_name": name, "farmer": farmer,
                                    "commodity": "palm_oil", "harvest_date": "2024-12-15"}})
    path = tmp_path / "farms.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def _rows(uri: str) -> list[dict]:
    path, _, rest = str(uri).partition("|")
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(rest.split("layername=", 1)[1].split("|")[0]) if "layername=" in rest else ds.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        row = {n: feature.GetField(n) for n in names}
        geometry = feature.GetGeometryRef()
        row["_wkt"] = geometry.ExportToWkt() if geometry else None
        rows.append(row)
    return rows


def _check(vantage, plots_file, out, feedback=None, **extra):
    parameters = {"INPUT": str(plots_file), "ENGINE": 1, "PLOT_ID_FIELD": "farm_code", "PLOT_NAME_FIELD": "farm_name",
                  "OUTPUT": str(out)}
    parameters.update(extra)
    return vantage.run("vantage:checkplots", parameters, feedback=feedback)


def _by_code(rows: list[dict]) -> dict:
    return {row["farm_code"]: row for row in rows}


def _make_plot_bodies(fake) -> list[dict]:
    return [call.json() for call in fake.calls("POST", "/plots/make_plot")]


def _assert_bowtie_never_sent(fake, rows):
    bodies = json.dumps(_make_plot_bodies(fake))
    assert "101.032" not in bodies  # only the bow-tie has that longitude
    assert all(b["plot_name"] != BOWTIE[1] for b in _make_plot_bodies(fake))
    bad = _by_code(rows)[BOWTIE[0]]
    assert bad["status"] == "invalid" and bad["error"]
    assert bad["plot_id"] is None and bad["job_id"] is None
    assert bad["farmer"] == BOWTIE[2]  # the user's attributes are kept on invalid rows too


def _assert_user_fields(rows):
    expected = {code: (name, farmer) for code, name, farmer, _, _ in GOOD}
    expected[BOWTIE[0]] = (BOWTIE[1], BOWTIE[2])
    assert {r["farm_code"]: (r["farm_name"], r["farmer"]) for r in rows} == expected
    assert all(r["commodity"] == "palm_oil" and str(r["harvest_date"]).replace("/", "-")[:10] == "2024-12-15"
               for r in rows), [(r["commodity"], r["harvest_date"]) for r in rows]


# --- (a) dry run, the default ---------------------------------------------------------------------
def test_dry_run_is_the_default_and_spends_nothing(vantage, account, fake, plots_file, tmp_path):
    out = tmp_path / "dry.gpkg"
    result = _check(vantage, plots_file, out)
    rows = _rows(result["OUTPUT"])
    assert len(rows) == 4
    _assert_user_fields(rows)
    _assert_bowtie_never_sent(fake, rows)

    # the server: 3 plots registered, one dry-run job, nothing reserved or spent
    assert len(fake.plots) == 3
    assert fake.real_jobs() == []
    assert fake.tokens() == {"balance": START_BALANCE, "reserved": 0}
    jobs = list(fake.jobs.values())
    assert len(jobs) == 1 and jobs[0]["dry_run"] is True
    make_job = fake.calls("POST", "/jobs/make_job")
    assert len(make_job) == 1 and make_job[0].headers.get("x-dry-run", "").lower() == "true"

    job = jobs[0]
    for code, name, _farmer, _, _ in GOOD:
        row = _by_code(rows)[code]
        server_plot = fake.plots[row["plot_id"]]
        assert server_plot["plot_name"] == name
        assert row["status"] == "simulated" and row["simulated"] in (1, True)
        assert row["job_id"] == job["job_id"]
        run = fake.runs[job["run_ids"][row["plot_id"]]]  # taken from the finished job's reply, no per-plot call
        assert row["analysis_image"] == run["analysis_image"]
        assert json.loads(row["analysis_json"]) == run["analysis"]
        assert row["engine"] == "api"
    assert result["INVALID"] == 1
    # the state file lives beside the output and knows the job
    state = json.loads(Path(str(out) + ".vantage-state.json").read_text(encoding="utf-8"))
    assert job["job_id"] in json.dumps(state)

    # importing that dry-run job elsewhere (no state file there) never passes its values for real ones
    imported = vantage.run("vantage:importjob", {"JOB_ID": job["job_id"], "OUTPUT": str(tmp_path / "imp.gpkg")})
    irows = _rows(imported["OUTPUT"])
    assert sorted(r["plot_id"] for r in irows) == sorted(job["plot_ids"])
    assert all(r["status"] == "simulated" and r["simulated"] in (1, True) for r in irows)
    assert fake.tokens() == {"balance": START_BALANCE, "reserved": 0}


# --- (b) a real run without CONFIRM_SPEND --------------------------------------------------------
def test_real_run_without_confirm_spend_spends_nothing(vantage, account, fake, plots_file, tmp_path):
    out = tmp_path / "refused.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        _check(vantage, plots_file, out, DRY_RUN=False)
    cost = sum(p["tokens_cost"] for p in fake.plots.values())
    assert len(fake.plots) == 3 and cost > 0
    message = str(info.value)
    assert f"{cost} tokens" in message and f"{START_BALANCE} " in message and "CONFIRM_SPEND" in message
    assert fake.calls("POST", "/jobs/make_job") == []
    assert fake.jobs == {}
    assert fake.tokens() == {"balance": START_BALANCE, "reserved": 0}
    assert not out.exists()


# --- (c) + (d) + (e): a real run, its re-run, import and list ------------------------------------
def test_real_run_resume_import_and_list(vantage, account, fake, plots_file, tmp_path):
    out = tmp_path / "real.gpkg"
    result = _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True)
    rows = _rows(result["OUTPUT"])
    _assert_user_fields(rows)
    _assert_bowtie_never_sent(fake, rows)

    real = fake.real_jobs()
    assert len(real) == 1
    job = real[0]
    assert job["status"] == "done"
    cost = sum(fake.plots[pid]["tokens_cost"] for pid in job["plot_ids"])
    assert job["token_cost"] == cost > 0
    assert fake.tokens() == {"balance": START_BALANCE - cost, "reserved": 0}
    expected = {}
    for code, name, _, _, _ in GOOD:
        row = _by_code(rows)[code]
        assert row["plot_id"] in job["plot_ids"]
        server_plot = fake.plots[row["plot_id"]]
        assert server_plot["plot_name"] == name
        assert row["status"] == "ok" and row["simulated"] in (0, False, None)
        assert row["job_id"] == job["job_id"]
        assert json.loads(row["analysis_json"]) == fake.runs[job["run_ids"][row["plot_id"]]]["analysis"]
        assert row["risk_level"] == server_plot["analysis"]["risk_level"]
        assert row["analysis_image"] == server_plot["analysis_image"]
        assert json.loads(row["analysis_json"]) == server_plot["analysis"]
        assert row["country"] == server_plot["country"] and row["state"] == server_plot["state"]
        expected[row["plot_id"]] = row["risk_level"]
    levels = [fake.plots[pid]["analysis"]["risk_level"] for pid in job["plot_ids"]]
    assert result["HIGH"] + result["MEDIUM"] + result["LOW"] + result["UNKNOWN"] == len(levels)
    assert result["HIGH"] == levels.count("High") and result["LOW"] == levels.count("Low")

    # re-run with the same output: no second job, no plot registered twice, nothing spent again
    plots_before, make_plot_before = dict(fake.plots), len(fake.calls("POST", "/plots/make_plot"))
    again = _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True)
    assert len(fake.calls("POST", "/plots/make_plot")) == make_plot_before == 3
    assert fake.plots.keys() == plots_before.keys()
    assert len(fake.calls("POST", "/jobs/make_job")) == 1
    assert len(fake.real_jobs()) == 1
    assert fake.tokens() == {"balance": START_BALANCE - cost, "reserved": 0}
    rows_again = _rows(again["OUTPUT"])
    assert {r["farm_code"]: (r["plot_id"], r["job_id"], r["risk_level"], r["status"]) for r in rows_again} == \
           {r["farm_code"]: (r["plot_id"], r["job_id"], r["risk_level"], r["status"]) for r in rows}

    # (d) importjob of that job: same plots, same risk as the server has
    imported = vantage.run("vantage:importjob", {"JOB_ID": job["job_id"], "OUTPUT": str(tmp_path / "imported.gpkg")})
    assert imported["PLOTS"] == len(job["plot_ids"])
    irows = _rows(imported["OUTPUT"])
    assert {r["plot_id"]: r["risk_level"] for r in irows} == expected
    assert all(r["status"] == "ok" and r["job_id"] == job["job_id"] for r in irows)
    assert {r["plot_name"] for r in irows} == {name for _, name, _, _, _ in GOOD}
    assert all(r["_wkt"] and r["_wkt"].startswith("MULTIPOLYGON") for r in irows)
    assert fake.tokens() == {"balance": START_BALANCE - cost, "reserved": 0}  # importing spends nothing

    # (e) listjobs: a table with that job, as the server describes it
    listed = vantage.run("vantage:listjobs", {"OUTPUT": str(tmp_path / "jobs.gpkg")})
    assert listed["JOBS"] == len(fake.jobs) == 1
    jrows = _rows(listed["OUTPUT"])
    assert len(jrows) == 1
    assert jrows[0]["job_id"] == job["job_id"]
    assert jrows[0]["status"] == "done"
    assert jrows[0]["plot_count"] == len(job["plot_ids"])
    assert jrows[0]["token_cost"] == job["token_cost"]
    assert jrows[0]["_wkt"] is None


def test_listjobs_pages_through_the_history(vantage, account, fake, tmp_path):
    """More jobs than one page (100): every job once, newest first, MAX_JOBS honoured."""
    from tests.fake_vantage.testing import make_plots
    from vantage_plugin.core.api.workflow import plot_body

    # the server's books, filled directly (no HTTP: only the algorithm under test talks to the server)
    pid = fake.seed_plot(plot_body(make_plots(1)[0]), plot_name="p")
    fake.seed_jobs(105, [pid], config={"harvest_date": "2024-12-15", "commodity": "palm_oil"})
    newest = [j["job_id"] for j in sorted(fake.jobs.values(), key=lambda j: j["seq"], reverse=True)]
    assert len(newest) == 105
    before = len(fake.calls("GET", "/jobs"))
    listed = vantage.run("vantage:listjobs", {"OUTPUT": str(tmp_path / "all.gpkg"), "MAX_JOBS": 1000})
    assert listed["JOBS"] == 105
    assert [r["job_id"] for r in _rows(listed["OUTPUT"])] == newest
    pages = [c for c in fake.calls("GET", "/jobs") if not c.path.startswith("/jobs/job")][before:]
    assert len(pages) == 2 and "cursor=" in pages[1].query
    listed = vantage.run("vantage:listjobs", {"OUTPUT": str(tmp_path / "three.gpkg"), "MAX_JOBS": 3})
    assert listed["JOBS"] == 3
    assert [r["job_id"] for r in _rows(listed["OUTPUT"])] == newest[:3]


# --- (f) a plot failing on the server ----------------------------------------------------------
def test_a_plot_failing_on_the_server_keeps_its_error(vantage, account, fake, plots_file, tmp_path):
    failing = "Swamp"
    fake.config.fail_plot = lambda plot: "no cloud-free imagery for this plot" if plot["plot_name"] == failing else None
    result = _check(vantage, plots_file, tmp_path / "failing.gpkg", DRY_RUN=False, CONFIRM_SPEND=True)
    rows = _by_code(_rows(result["OUTPUT"]))
    job = fake.real_jobs()[0]
    assert job["status"] == "done-with-errors"
    failed_pid = next(pid for pid in job["plot_ids"] if fake.plots[pid]["plot_name"] == failing)
    bad = next(r for r in rows.values() if r["plot_id"] == failed_pid)
    assert bad["farm_name"] == failing
    assert bad["status"] == "failed"
    assert fake.runs[job["run_ids"][failed_pid]]["error"] in bad["error"]
    assert bad["risk_level"] is None and bad["analysis_json"] is None
    others = [r for r in rows.values() if r["plot_id"] in job["plot_ids"] and r["plot_id"] != failed_pid]
    assert len(others) == 2
    for row in others:
        assert row["status"] == "ok"
        assert row["risk_level"] == fake.plots[row["plot_id"]]["analysis"]["risk_level"]
    assert result["FAILED"] == 1 and result["INVALID"] == 1
    # the failed plot's tokens were refunded by the server: only the others were spent
    spent = sum(fake.plots[r["plot_id"]]["tokens_cost"] for r in others)
    assert fake.tokens() == {"balance": START_BALANCE - spent, "reserved": 0}


# --- (g) an invalid plot alone -------------------------------------------------------------------
def test_only_invalid_plots_never_reach_the_server(vantage, account, fake, tmp_path):
    code, name, farmer, ring = BOWTIE
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]},
         "properties": {"farm_code": code, "farm_name": name, "farmer": farmer, "commodity": "palm_oil",
                        "harvest_date": "2024-12-15"}}]}), encoding="utf-8")
    result = _check(vantage, path, tmp_path / "bad.gpkg", DRY_RUN=False, CONFIRM_SPEND=True)
    rows = _rows(result["OUTPUT"])
    assert len(rows) == 1 and rows[0]["status"] == "invalid" and rows[0]["farmer"] == farmer
    assert rows[0]["error"]
    assert fake.calls("POST", "/plots/make_plot") == [] and fake.calls("POST", "/jobs/make_job") == []
    assert fake.tokens() == {"balance": START_BALANCE, "reserved": 0}


# --- resume: the job id is kept as soon as the job exists ------------------------------------------
@pytest.mark.real_clock  # cancels from a thread once polling has begun: polling must take real time
def test_a_run_stopped_after_the_job_exists_is_resumed_not_paid_twice(vantage, account, fake, plots_file, tmp_path):
    from qgis.core import QgsProcessingFeedback

    out = tmp_path / "resumed.gpkg"
    feedback = QgsProcessingFeedback()

    def cancel_once_the_job_exists():
        deadline = time.monotonic() + 30
        while not fake.calls("GET", "/jobs/job/") and time.monotonic() < deadline:  # polling has begun
            time.sleep(0.01)
        feedback.cancel()

    watcher = threading.Thread(target=cancel_once_the_job_exists, daemon=True)
    watcher.start()
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True, feedback=feedback)
    watcher.join()
    real = fake.real_jobs()
    assert len(real) == 1
    job_id = real[0]["job_id"]
    state = json.loads(Path(str(out) + ".vantage-state.json").read_text(encoding="utf-8"))
    assert job_id in json.dumps(state)  # stored before the run stopped

    result = _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True)
    assert len(fake.calls("POST", "/jobs/make_job")) == 1 and len(fake.real_jobs()) == 1
    assert len(fake.calls("POST", "/plots/make_plot")) == 3
    cost = sum(fake.plots[pid]["tokens_cost"] for pid in real[0]["plot_ids"])
    assert fake.tokens() == {"balance": START_BALANCE - cost, "reserved": 0}
    rows = [r for r in _rows(result["OUTPUT"]) if r["status"] != "invalid"]
    assert len(rows) == 3 and all(r["status"] == "ok" and r["job_id"] == job_id for r in rows)


def test_not_enough_tokens_is_a_clear_error_and_nothing_is_reserved(vantage, account, fake, plots_file, tmp_path):
    with fake.lock:
        fake.balance[DEFAULT_USER]["balance"] = 5
    with pytest.raises(QgsProcessingException) as info:
        _check(vantage, plots_file, tmp_path / "poor.gpkg", DRY_RUN=False, CONFIRM_SPEND=True)
    cost = sum(p["tokens_cost"] for p in fake.plots.values())
    assert cost > 5
    assert f"needs {cost}" in str(info.value) and "5 free" in str(info.value)
    assert fake.calls("POST", "/jobs/make_job") == []
    assert fake.tokens() == {"balance": 5, "reserved": 0}


def test_plain_http_is_refused_off_loopback(vantage, account, fake, plots_file, tmp_path):
    from vantage_plugin.qgis_bridge.settings import PluginSettings

    PluginSettings().base_url = "http://vantage.example.com"
    for algorithm, parameters in (
        ("vantage:checkplots", {"INPUT": str(plots_file), "ENGINE": 1, "OUTPUT": str(tmp_path / "x.gpkg")}),
        ("vantage:importjob", {"JOB_ID": "abc", "OUTPUT": str(tmp_path / "j.gpkg")}),
        ("vantage:listjobs", {"OUTPUT": str(tmp_path / "l.gpkg")}),
    ):
        with pytest.raises(QgsProcessingException, match="https") as info:
            vantage.run(algorithm, parameters)
        assert "Traceback" not in str(info.value) and "vantage.example.com" in str(info.value)
    assert fake.requests == []


def test_no_secret_in_the_settings_the_log_or_the_state(vantage, account, fake, plots_file, tmp_path):
    from qgis.core import QgsProcessingFeedback, QgsSettings

    class Recording(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.text = []

        def pushInfo(self, info):
            self.text.append(info)
            super().pushInfo(info)

        def reportError(self, error, fatalError=False):
            self.text.append(error)
            super().reportError(error, fatalError)

    feedback = Recording()
    out = tmp_path / "secret.gpkg"
    _check(vantage, plots_file, out, feedback=feedback)
    QgsSettings().sync()
    ini = Path(QgsSettings().fileName()).read_text(encoding="utf-8", errors="replace")
    assert account in ini  # only the auth config id is stored …
    tokens = [c.headers["authorization"][7:] for c in fake.requests if c.headers.get("authorization", "").startswith("Bearer ")]
    assert tokens
    everything = ini + "\n".join(feedback.text) + feedback.textLog() + \
        Path(str(out) + ".vantage-state.json").read_text(encoding="utf-8")
    for secret in (DEFAULT_PASSWORD, *set(tokens)):
        assert secret not in everything  # … never the password nor a token


def test_a_duplicate_job_fails_the_algorithm_naming_both_jobs(vantage, account, fake, plots_file, tmp_path):
    fake.add_fault("duplicate", path="/jobs/make_job")
    with pytest.raises(QgsProcessingException) as info:
        _check(vantage, plots_file, tmp_path / "dup.gpkg", DRY_RUN=False, CONFIRM_SPEND=True)
    jobs = sorted(fake.real_jobs(), key=lambda j: j["seq"])
    assert len(jobs) == 2
    for job in jobs:
        assert job["job_id"] in str(info.value) and f"({job['token_cost']} tokens)" in str(info.value)


def test_poll_deadline_parameter_stops_waiting_and_says_how_to_resume(vantage, account, fake, plots_file,
                                                                      tmp_path, monkeypatch):
    from vantage_plugin.core.api import workflow

    fake.config.pending_seconds = 3600.0
    clock = [0.0]

    def fake_sleep(seconds):  # polling on an injected clock: no real wait
        clock[0] += seconds
        time.sleep(0)  # only yields the GIL

    original = workflow.ApiOptions.__init__

    def patched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.sleep, self.clock = fake_sleep, (lambda: clock[0])

    monkeypatch.setattr(workflow.ApiOptions, "__init__", patched)

    class Log:
        def __init__(self):
            from qgis.core import QgsProcessingFeedback

            self.feedback = QgsProcessingFeedback()
            self.lines = []
            self.feedback.pushInfo = self.lines.append

    log = Log()
    result = _check(vantage, plots_file, tmp_path / "slow.gpkg", feedback=log.feedback, POLL_DEADLINE=3)
    job_id = fake.calls("POST", "/jobs/make_job") and next(iter(fake.jobs))
    assert 180 <= clock[0] < 240  # stopped at the 3-minute deadline
    text = "\n".join(log.lines)
    assert job_id in text and "still running" in text and "same output" in text
    rows = _rows(result["OUTPUT"])
    assert {row["status"] for row in rows} == {"pending", "invalid"}


def test_check_types_are_listed_and_sent(vantage, account, fake, plots_file, tmp_path):
    from qgis.core import QgsApplication

    from vantage_plugin.core.api.checks import CHECKS

    algorithm = QgsApplication.processingRegistry().algorithmById("vantage:checkplots")
    assert algorithm.parameterDefinition("CHECKS").options() == ["eudr", "protected-area", "indigenous-land"]
    assert [f.name for f in CHECKS["eudr"].fields] == ["harvest_date", "commodity"]
    fake.config.supported_checks = ("eudr", "protected-area")
    result = _check(vantage, plots_file, tmp_path / "pa.gpkg", CHECKS=[0, 1])
    body = fake.calls("POST", "/jobs/make_job")[0].json()
    assert [c["type"] for c in body["checks"]] == ["eudr", "protected-area"]
    assert body["checks"][0]["config"] == {"harvest_date": "2024-12-15", "commodity": "palm_oil"}
    kinds = sorted(r["check_type"] for r in fake.runs.values())
    assert kinds == ["eudr"] * 3 + ["protected-area"] * 3
    assert {r["status"] for r in _rows(result["OUTPUT"])} == {"simulated", "invalid"}


def test_a_check_type_vantage_does_not_run_yet_is_a_clear_error(vantage, account, fake, plots_file, tmp_path):
    with pytest.raises(QgsProcessingException) as info:
        _check(vantage, plots_file, tmp_path / "il.gpkg", CHECKS=[2], DRY_RUN=False, CONFIRM_SPEND=True)
    assert "indigenous-land" in str(info.value) and "only the eudr check is supported" in str(info.value)
    assert fake.jobs == {} and fake.tokens() == {"balance": START_BALANCE, "reserved": 0}


def test_run_again_pays_a_new_job_with_the_same_settings_resume_does_not(vantage, account, fake, plots_file,
                                                                         tmp_path):
    out = tmp_path / "again.gpkg"
    _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True, DEFAULT_HARVEST_DATE="2024-10-01")
    first = fake.real_jobs()[0]
    cost = first["token_cost"]
    _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True)  # resume: nothing new
    assert len(fake.real_jobs()) == 1
    with pytest.raises(QgsProcessingException, match="CONFIRM_SPEND"):  # run again asks before paying
        _check(vantage, plots_file, out, DRY_RUN=False, RUN_AGAIN=True)
    _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True)  # the refusal kept the output resumable
    assert len(fake.real_jobs()) == 1
    result = _check(vantage, plots_file, out, DRY_RUN=False, CONFIRM_SPEND=True, RUN_AGAIN=True)
    jobs = sorted(fake.real_jobs(), key=lambda j: j["seq"])
    assert len(jobs) == 2 and fake.tokens() == {"balance": START_BALANCE - 2 * cost, "reserved": 0}
    bodies = [c.json() for c in fake.calls("POST", "/jobs/make_job")]
    assert bodies[0]["checks"] == bodies[1]["checks"] and sorted(bodies[0]["plot_ids"]) == sorted(bodies[1]["plot_ids"])
    state = json.loads(Path(str(out) + ".vantage-state.json").read_text(encoding="utf-8"))
    entry = next(iter(state["accounts"][f"{fake.url}|demo"]["jobs"].values()))
    assert entry["job_id"] == jobs[1]["job_id"] and entry["previous_job_ids"] == [jobs[0]["job_id"]]
    assert entry["settings"]["checks"] == bodies[1]["checks"]
    rows = [r for r in _rows(result["OUTPUT"]) if r["status"] != "invalid"]
    assert {r["job_id"] for r in rows} == {jobs[1]["job_id"]}
