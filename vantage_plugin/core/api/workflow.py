"""ENGINE=api: validate, register, confirm the cost, create jobs, poll, fetch results.

``run_api_check(plots, client, options, feedback, confirm) -> (list[PlotResult], Run)``

* invalid plots never reach the server (they come back ``STATUS_INVALID``);
* plots are registered with a small thread pool; a plot already registered with the same
  fingerprint (state file) reuses its ``plot_id``; a resumed registration (and any ``make_plot`` without
  a clear answer) first looks the plots up by their reference in one listing, so a killed or interrupted
  run never leaves a second copy; ``make_plot`` and ``make_job`` are never re-sent blindly;
* the cost (sum of ``tokens_cost``) is compared with ``free_tokens`` and ``confirm(cost, free, plots)``
  must return True before any job that spends tokens; dry run needs no confirmation;
* jobs hold at most 10,000 plots, each plot once; shared harvest date/commodity in ``config``, the
  rest in ``per_plot``;
* the job entry is saved (atomically) before ``make_job`` is sent and again once its id is known, so a
  restart resumes the same job; more than one job for one request is a :class:`DuplicateJobError`;
* polling backs off until done / done-with-errors (or a stalled ``incomplete``); transient 404/403/5xx
  and timeouts are retried; at the deadline (``max_wait``) the run stops and says how to pick the job up;
* results: each plot's analysis is taken from the finished job's reply; analysis runs are fetched only
  for what the reply lacks; ``analysis`` is the server's dict as-is; dry runs are ``STATUS_SIMULATED``, failed plots
  ``STATUS_FAILED`` with the server error, unfinished ones ``STATUS_PENDING``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from .. import analysis as A
from ..engines import ENGINE_API
from ..plots import COORDINATE_DECIMALS, Plot, normalise_commodity, parse_harvest_date
from ..runs import Cancelled, Feedback, Run, Step
from . import errors as E
from .checks import DEFAULT_CHECKS, normalise_checks
from .client import VantageClient, new_client_token
from .models import (
    CHECK_EUDR,
    JOB_CREATING,
    JOB_DONE,
    JOB_DONE_WITH_ERRORS,
    JOB_INCOMPLETE,
    JOB_TERMINAL,
    MAX_PLOTS_PER_JOB,
    AnalysisRun,
    CheckConfig,
    Job,
    MakeJobRequest,
    MakePlotRequest,
    PlotInfo,
)
from .state import StateFile, now_iso

ENGINE = ENGINE_API
STEP_NAMES = ("validate", "register", "tokens", "jobs", "poll", "results")

ConfirmCallback = Callable[[int, int, int], bool]
#: How long a run waits for its job by default (a setting and a Processing parameter).
DEFAULT_POLL_DEADLINE_MINUTES = 240

#: Errors that stop the whole run (the others fail one plot).
FATAL_ERRORS = (E.AuthenticationError, E.ForbiddenError, E.ConfigurationError, E.CancelledByUser,
                E.RateLimitedError)
#: Errors of a job poll that may pass (a job not yet visible, a proxy hiccup, a restarting server).
TRANSIENT_POLL_ERRORS = (E.NotFoundError, E.ForbiddenError, E.ServerError, E.ConnectionFailedError,
                         E.InvalidResponseError, E.RateLimitedError)
#: Plots created this long before a registration started are not looked at when resuming it (clock skew).
LOOKUP_MARGIN_SECONDS = 24 * 3600
#: Rounds of make_plot for plots whose registration got no clear answer (each after a look-up).
REGISTER_ROUNDS = 3


def is_fatal(error: BaseException) -> bool:
    """Whether ``error`` stops the whole run rather than failing one plot."""
    return isinstance(error, FATAL_ERRORS) or (isinstance(error, E.VantageError) and error.fatal)


@dataclass
class ApiOptions:
    dry_run: bool = True
    """Dry run is the safe default: no tokens, simulated results."""
    state_path: Optional[str] = None
    """JSON state file (registered plots, jobs); ``None`` keeps state in memory (no resume)."""
    job_name: str = "Vantage for QGIS"
    notes: Optional[str] = None
    additional_info: Optional[dict] = None
    harvest_date: Optional[str] = None
    """Used for plots without their own harvest date (``yyyy-MM-dd``)."""
    commodity: Optional[str] = None
    """Used for plots without their own commodity."""
    checks: tuple = DEFAULT_CHECKS
    """Check types to run (:mod:`.checks`); ``eudr`` carries the harvest date and commodity."""
    concurrency: int = 16
    """Requests in flight at once (registration, run fetching); 429s are honoured if it is too many."""
    max_plots_per_job: int = MAX_PLOTS_PER_JOB
    poll_initial: float = 2.0
    poll_factor: float = 1.5
    poll_max: float = 30.0
    max_wait: Optional[float] = DEFAULT_POLL_DEADLINE_MINUTES * 60.0
    """Polling deadline in seconds: stop polling after this long; unfinished plots come back pending and
    the job keeps running on Vantage (run again into the same output to pick it up)."""
    poll_max_failures: int = 8
    """Consecutive failed polls (404/403/5xx/timeouts) tolerated before the run stops."""
    stall_timeout: float = 30 * 60.0
    """Stop polling an ``incomplete`` job whose ``updated_at`` has not changed for this long."""
    reuse_finished_jobs: bool = True
    """A re-run of exactly the same batch reuses the finished job instead of paying again ("resume");
    ``False`` is "run again": a finished job is followed by a new one with the same settings (after the cost
    confirmation). An unfinished job is always resumed, never paid twice."""
    validate: bool = True
    fetch_runs: bool = True
    decimals: int = 6
    state_save_interval: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic


# --- plot bodies and fingerprints ---------------------------------------------------------------


# core.export, core.validation and core.engine.admin need shapely (and GDAL): they are imported when a
# run needs them, so that the settings (which import this module's defaults) load without shapely.


def plot_body(plot: Plot, decimals: int = COORDINATE_DECIMALS) -> dict:
    """The ``geojson`` body of make_plot (:func:`..export.plot_feature_collection`)."""
    from ..export import plot_feature_collection

    return plot_feature_collection(plot, decimals=decimals)


def _body_and_fingerprint(plot: Plot, decimals: int) -> tuple[dict, str]:
    """make_plot's body, and the fingerprint that finds the plot again in the state file."""
    from ..export import plot_fingerprint

    return plot_body(plot, decimals), plot_fingerprint(plot)


def _validate(plots: Sequence[Plot], feedback: Feedback) -> dict[int, str]:
    """Plot index → why validation blocks it (its error messages)."""
    from ..validation import validate

    report = validate(plots, feedback=feedback)
    blocked = {}
    for index in sorted(report.blocked):
        messages = [i.message for i in report.issues_for(index) if i.is_error]
        blocked[index] = "; ".join(messages) or "Blocked by validation."
    return blocked


# --- the workflow --------------------------------------------------------------------------------


@dataclass
class _Item:
    plot: Any
    fingerprint: str = ""
    body: Optional[dict] = None
    harvest_date: Optional[str] = None
    commodity: Optional[str] = None
    info: Optional[dict] = None  # state entry: plot_id, tokens_cost, country, state, ...
    error: Optional[str] = None
    support: Optional[str] = None


@dataclass
class _Batch:
    key: str
    items: list
    plot_ids: list
    checks: list
    entry: dict = field(default_factory=dict)
    job: Optional[Job] = None
    new: bool = False


def run_api_check(
    plots: Sequence,
    client: VantageClient,
    options: Optional[ApiOptions] = None,
    feedback: Optional[Feedback] = None,
    confirm: Optional[ConfirmCallback] = None,
) -> tuple[list, Run]:
    """Check ``plots`` on Vantage. Raises :class:`~.errors.VantageError` for run-wide failures
    (login, not enough tokens, spend not confirmed); per-plot failures come back as results."""
    options = options or ApiOptions()
    feedback = feedback or Feedback()
    run = Run(ENGINE, STEP_NAMES, feedback=feedback)
    client.reset_login()  # one login sequence per run, shared by all threads
    state = StateFile(options.state_path, client.base_url, client.username)
    restore_cancel = client.is_cancelled
    if client.is_cancelled is None:
        client.is_cancelled = feedback.is_cancelled
    items = [_Item(plot) for plot in plots]
    results: dict[int, A.PlotResult] = {}
    batches: list[_Batch] = []
    cancelled = False
    try:
        with _step(run, "validate") as step:
            blocked = _validate(plots, feedback) if options.validate else {}
            for item in items:
                index = item.plot.index
                if index in blocked:
                    item.error = blocked[index]
                    continue
                _effective_values(item, options)
                if item.error is None:
                    try:
                        item.body, item.fingerprint = _body_and_fingerprint(item.plot, options.decimals)
                    except Exception as error:  # noqa: BLE001 - an export failure blocks this plot only
                        item.error = f"The plot could not be converted to GeoJSON: {error}"
            for item in items:
                if item.error is not None:
                    results[item.plot.index] = A.PlotResult(item.plot.index, ENGINE, A.STATUS_INVALID,
                                                            error=item.error)
                    run.fail_plot(item.plot.index, item.error)
            valid = [item for item in items if item.error is None]
            step.detail = f"{len(valid)} of {len(items)} plots can be sent"
        if not valid:
            run.skip("register", "no valid plot")
            for name in STEP_NAMES[2:]:
                run.skip(name)
            run.finish(len(items))
            return _ordered(results, items), run

        with _step(run, "register") as step:
            _register(valid, client, state, options, feedback, run)
            registered = [item for item in valid if item.info]
            for item in valid:
                if not item.info:
                    results[item.plot.index] = _result(item, A.STATUS_FAILED, error=item.error)
                    run.fail_plot(item.plot.index, item.error or "not registered")
            step.detail = f"{len(registered)} plots registered"

        batches = _make_batches(registered, state, options)
        with _step(run, "tokens") as step:
            for batch in batches:
                _resolve_intent(batch, client, state)
            new_batches = [b for b in batches if b.new]
            cost = sum(int(_registered(item).get("tokens_cost") or 0)
                       for b in new_batches for item in _unique(b.items))
            count = sum(len(b.plot_ids) for b in new_batches)
            balance = client.check_tokens()
            step.detail = f"cost {cost} tokens for {count} plots; {balance.free_tokens} free"
            feedback.info(f"Vantage cost: {cost} tokens for {count} plots; {balance.free_tokens} tokens free"
                          + (" (dry run: nothing is spent)" if options.dry_run else ""))
            if new_batches and not options.dry_run:
                if cost > balance.free_tokens:
                    raise E.InsufficientTokensError(cost, balance.free_tokens)
                if confirm is None or not confirm(cost, balance.free_tokens, count):
                    raise E.SpendNotConfirmedError()

        with _step(run, "jobs") as step:
            for batch in batches:
                _ensure_job(batch, client, state, options)
            step.detail = ", ".join(b.entry.get("job_id") or "?" for b in batches)

        with _step(run, "poll") as step:
            for batch in batches:
                batch.job = _poll(batch, client, state, options, feedback, run)
            unfinished = [b.entry["job_id"] for b in batches if not (b.job and b.job.terminal)]
            if unfinished:
                step.detail = still_running_message(unfinished, options.max_wait)

        with _step(run, "results"):
            for batch in batches:
                for result in _batch_results(batch, client, options):
                    results[result.plot_index] = result
                    if result.status == A.STATUS_FAILED:
                        run.fail_plot(result.plot_index, result.error or "failed")
    except (Cancelled, E.CancelledByUser):
        cancelled = True
        accepted = [b.entry["job_id"] for b in batches if b.entry.get("job_id") and not b.entry.get("dry_run")]
        if accepted:
            feedback.info(cancel_message(accepted))
    finally:
        client.is_cancelled = restore_cancel
        state.save()

    for item in items:  # whatever has no result yet (cancelled, not finished) is pending
        index = item.plot.index
        if index not in results:
            owner = next((b for b in batches if item in b.items), None)
            results[index] = _result(item, A.STATUS_PENDING, job_id=(owner.entry.get("job_id") if owner else None),
                                     dry_run=options.dry_run)
    ordered = _ordered(results, items)
    run.finish(len(items), cancelled=cancelled)
    if run.status == "success" and any(r.status == A.STATUS_PENDING for r in ordered):
        run.status = "partial"
    return ordered, run


@contextmanager
def _step(run: Run, name: str) -> Iterator:
    """``run.step(name)``, then one timeline line: the step, its duration, its detail and the progress."""
    with run.step(name) as step:
        yield step
    run.feedback.info(step_line(run.step_named(name), run.feedback.progress))


def step_line(step: Step, progress: float) -> str:
    """``register: done in 5.1 s — 1000 plots registered (33%)``."""
    detail = f" — {step.detail}" if step.detail else ""
    return f"{step.name}: {step.status} in {step.seconds:.1f} s{detail} ({progress:.0f}%)"


def _ordered(results: dict, items: list) -> list:
    return [results[item.plot.index] for item in items if item.plot.index in results]


def _effective_values(item: _Item, options: ApiOptions) -> None:
    date = parse_harvest_date(item.plot.harvest_date)
    item.harvest_date = date.isoformat() if date else options.harvest_date
    item.commodity = normalise_commodity(item.plot.commodity) or normalise_commodity(options.commodity)
    missing = [name for name, value in (("harvest date", item.harvest_date), ("commodity", item.commodity))
               if not value]
    if missing:
        item.error = (f"No {' and no '.join(missing)} for this plot: map the field or set a default "
                      "in the API options.")


def _plot_ref(item: _Item) -> str:
    """The client's reference of a plot on the server (``additional_info``): same plot, same reference."""
    return item.fingerprint[:32]


def _iso_minus(text: str, seconds: float) -> str:
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone(dt.timezone.utc) - dt.timedelta(seconds=seconds)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _adopt(item: _Item, info: PlotInfo, state: StateFile) -> None:
    item.info = {"plot_id": info.plot_id, "tokens_cost": info.tokens_cost, "country": info.country,
                 "state": info.state, "area_ha": info.area_ha}
    item.error = item.support = None
    state.set_plot(item.fingerprint, item.info)


def _look_up(items: list, client: VantageClient, state: StateFile, since: str, feedback: Feedback) -> list:
    """Adopt the plots the server already holds for ``items`` (by reference); return the others."""
    found = client.plots_by_ref([_plot_ref(it) for it in items],
                                created_at_from=_iso_minus(since, LOOKUP_MARGIN_SECONDS))
    rest = []
    for item in items:
        info = found.get(_plot_ref(item))
        if info is not None:
            _adopt(item, info, state)
        else:
            rest.append(item)
    if found:
        feedback.info(f"{len(items) - len(rest)} plots were already on Vantage (found by their reference)")
    state.save()
    return rest


def _register(items: list, client: VantageClient, state: StateFile, options: ApiOptions,
              feedback: Feedback, run: Run) -> None:
    todo = []
    for item in items:
        known = state.plot(item.fingerprint)
        if known and known.get("plot_id"):
            item.info = known
        else:
            todo.append(item)
    if not todo:
        return
    started = state.mark("registration_started_at")
    if started:  # a registration into this output ran before: it may have created plots it never recorded
        todo = _look_up(todo, client, state, started, feedback)
    else:
        started = now_iso()
        state.set_mark("registration_started_at", started)
        state.save()
    if not todo:
        return
    feedback.info(f"Registering {len(todo)} plots on Vantage ({len(items) - len(todo)} already registered)")
    total = len(todo)
    done = [0]
    for round_ in range(REGISTER_ROUNDS):
        unsure = _register_round(todo, client, state, options, feedback, done, total)
        if not unsure:
            return
        # make_plot got no clear answer for these: look them up before anything is sent again
        todo = _look_up(unsure, client, state, started, feedback)
        if not todo:
            return
        if round_ + 1 < REGISTER_ROUNDS:
            feedback.info(f"{len(todo)} plots were not created by Vantage: sending them again")
    for item in todo:
        item.error = (item.error or "Vantage did not confirm the registration") + \
            " (the plot was not found on the server; run again to retry it)"


def _register_round(todo: list, client: VantageClient, state: StateFile, options: ApiOptions,
                    feedback: Feedback, done: list, total: int) -> list:
    """Send make_plot once for each item; return the items whose outcome is unknown."""
    workers = max(1, min(options.concurrency, getattr(client.transport, "max_concurrency", 64), len(todo)))
    lock = threading.Lock()
    last_save = [options.clock()]
    stop = threading.Event()

    def register(item: _Item) -> None:
        if stop.is_set() or feedback.is_cancelled():
            return
        if item.body is None:  # only plots that passed validation and the GeoJSON export are registered
            raise ValueError(f"plot {item.plot.index} has no GeoJSON body to register")
        request = MakePlotRequest(geojson=item.body, plot_name=_plot_name(item.plot))
        info = client.make_plot(request, client_ref=_plot_ref(item), look_up=False)
        _adopt(item, info, state)
        with lock:
            done[0] += 1
            if options.clock() - last_save[0] >= options.state_save_interval:
                last_save[0] = options.clock()
                state.save()

    fatal: list = []
    unsure: list = []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vantage-register") as pool:
        futures = {pool.submit(register, item): item for item in todo}
        for future in as_completed(futures):
            item = futures[future]
            try:
                future.result()
            except E.VantageError as error:
                item.error = f"Registration failed: {error}"
                item.support = error.support_text()
                if error.ambiguous and (not is_fatal(error) or isinstance(error, E.RateLimitedError)):
                    unsure.append(item)
                elif is_fatal(error):
                    stop.set()
                    fatal.append(error)
            feedback.set_progress(100.0 / len(STEP_NAMES) * (1 + done[0] / total))
    state.save()
    if fatal:
        raise fatal[0]
    feedback.check()
    return unsure


def _plot_name(plot) -> str:
    return str(plot.name) if plot.name not in (None, "") else plot.label


def _registered(item: _Item) -> dict:
    """The state entry of a registered plot (batches hold registered plots only)."""
    if item.info is None:
        raise ValueError(f"plot {item.plot.index} is not registered on Vantage")
    return item.info


def _plot_id(item: _Item) -> str:
    return _registered(item)["plot_id"]


def _unique(items: Iterable[_Item]) -> list[_Item]:
    seen, out = set(), []
    for item in items:
        if _plot_id(item) not in seen:
            seen.add(_plot_id(item))
            out.append(item)
    return out


def _make_batches(items: list, state: StateFile, options: ApiOptions) -> list:
    """Jobs of at most ``max_plots_per_job`` plots, each plot_id once per job (a plot asked for with
    two different harvest dates/commodities goes to two jobs)."""
    limit = max(1, min(options.max_plots_per_job, MAX_PLOTS_PER_JOB))
    groups: list[dict] = []  # plot_id -> (harvest_date, commodity, [items])
    for item in items:
        pid = _plot_id(item)
        config = (item.harvest_date, item.commodity)
        for group in groups:
            if pid in group and group[pid][0] == config:
                group[pid][1].append(item)
                break
        else:
            for group in groups:
                if pid not in group and len(group) < limit:
                    group[pid] = (config, [item])
                    break
            else:
                groups.append({pid: (config, [item])})
    batches = []
    for group in groups:
        plot_ids = list(group)
        dates = Counter(cfg[0] for cfg, _ in group.values())
        commodities = Counter(cfg[1] for cfg, _ in group.values())
        shared_date = dates.most_common(1)[0][0]
        shared_commodity = commodities.most_common(1)[0][0]
        per_plot = {}
        for pid, ((date, commodity), _) in group.items():
            override = {}
            if date != shared_date:
                override["harvest_date"] = date
            if commodity != shared_commodity:
                override["commodity"] = commodity
            if override:
                per_plot[pid] = override
        check = CheckConfig(CHECK_EUDR, {"harvest_date": shared_date, "commodity": shared_commodity},
                            per_plot or None)
        others = [CheckConfig(name) for name in normalise_checks(options.checks) if name != CHECK_EUDR]
        key_source = {"dry_run": bool(options.dry_run), "check": check.to_dict(), "plot_ids": sorted(plot_ids)}
        if others:  # the key of an eudr-only job stays what earlier versions wrote (resume)
            key_source["checks"] = [c.to_dict() for c in others]
        key = hashlib.sha256(json.dumps(key_source, sort_keys=True).encode("utf-8")).hexdigest()[:32]
        batch_items = [it for _, its in group.values() for it in its]
        batch = _Batch(key, batch_items, plot_ids, [check, *others])
        entry = state.job(key)
        if entry and entry.get("job_id") and entry.get("status") in JOB_TERMINAL \
                and not options.reuse_finished_jobs:  # "run again": a new job, the finished one kept as history
            # the state keeps the finished job until the new one is about to be created (a refused cost
            # confirmation must leave the output resumable)
            entry = {"previous_job_ids": [*entry.get("previous_job_ids", []), entry["job_id"]]}
        batch.entry = entry or {}
        batch.new = not batch.entry.get("job_id")
        batches.append(batch)
    return batches


def _resolve_intent(batch: _Batch, client: VantageClient, state: StateFile) -> None:
    """A job entry without an id means make_job may have been sent by a run that was killed or
    failed ambiguously: look the job up by its token before anything is created (or paid) again."""
    token = batch.entry.get("client_token")
    if batch.entry.get("job_id") or not token:
        return
    found = client.find_jobs_by_token(token)
    if len(found) > 1:
        _record_job(batch, state, found[0], duplicates=found[1:])
        raise E.DuplicateJobError(found)
    if found:
        _record_job(batch, state, found[0])
        batch.new = False


def _ensure_job(batch: _Batch, client: VantageClient, state: StateFile, options: ApiOptions) -> None:
    entry = batch.entry
    if entry.get("job_id"):
        return
    token = entry.get("client_token") or new_client_token()
    name = options.job_name
    entry = {"job_id": None, "client_token": token, "job_name": name, "dry_run": bool(options.dry_run),
             "plot_ids": batch.plot_ids, "fingerprints": [it.fingerprint for it in batch.items],
             # the run's settings, kept with its results: "run again" repeats them, "resume" reuses the job
             "settings": {"checks": [c.to_dict() for c in batch.checks], "notes": options.notes,
                          "additional_info": options.additional_info}}
    if batch.entry.get("previous_job_ids"):
        entry["previous_job_ids"] = batch.entry["previous_job_ids"]
        state.forget_job(batch.key)  # replaced by the new job's entry (the old id stays in the list)
    batch.entry = entry
    state.set_job(batch.key, entry)
    state.save()
    request = MakeJobRequest(plot_ids=batch.plot_ids, job_name=name, notes=options.notes,
                             additional_info=options.additional_info, checks=batch.checks)
    try:
        job = client.make_job(request, dry_run=options.dry_run, client_token=token)
    except E.DuplicateJobError as error:
        _record_job(batch, state, error.jobs[0], duplicates=error.jobs[1:])
        raise
    except E.VantageError as error:
        if not error.ambiguous and not isinstance(error, E.CancelledByUser):
            # surely not created: nothing to resume
            state.forget_job(batch.key)
            state.save()
        raise
    _record_job(batch, state, job)


def _record_job(batch: _Batch, state: StateFile, job: Job, duplicates: Sequence[Job] = ()) -> None:
    batch.entry.update({"job_id": job.job_id, "status": job.status, "token_cost": job.token_cost,
                        "job_name": job.job_name or batch.entry.get("job_name")})
    if duplicates:
        batch.entry["duplicate_job_ids"] = [j.job_id for j in duplicates]
    state.set_job(batch.key, batch.entry)
    state.save()


def still_running_message(job_ids: Sequence[str], max_wait: Optional[float]) -> str:
    """What the user reads when polling stops at the deadline with jobs still running."""
    ids = ", ".join(job_ids)
    waited = f" after {_duration(max_wait)} (the polling deadline)" if max_wait else ""
    return (f"Vantage job {ids} is still running on the server{waited}. It goes on there and keeps its reserved "
            "tokens. To pick up its results later, run the check again into the same output (nothing is paid "
            f"twice), or import the job with 'Import a Vantage job' (job id {ids}).")


def cancel_message(job_ids: Sequence[str]) -> str:
    """What the user reads on cancel once Vantage has accepted a job."""
    ids = ", ".join(job_ids)
    return (f"Cancelled here. Vantage job {ids} was already accepted: it keeps running on the server and its "
            "reserved tokens are not returned by cancelling. Run the check again into the same output to resume "
            "it and fetch its results (nothing is paid twice).")


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    if seconds >= 60:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def _job_fraction(job: Job, total: int) -> float:
    """How far a job is: its status, then the share of its plots with a result."""
    if job.terminal:
        return 1.0
    with_results = sum(1 for p in job.plots if p.analysis)
    share = with_results / total if total else 0.0
    return {JOB_CREATING: 0.02}.get(job.status or "", 0.1 + 0.85 * share)


def _poll(batch: _Batch, client: VantageClient, state: StateFile, options: ApiOptions,
          feedback: Feedback, run: Optional[Run] = None) -> Optional[Job]:
    job_id = batch.entry["job_id"]
    started = options.clock()
    delay = options.poll_initial
    last_change_key, last_change_at = None, started
    failures = 0
    job: Optional[Job] = None
    low = 100.0 * STEP_NAMES.index("poll") / len(STEP_NAMES)
    high = 100.0 * (STEP_NAMES.index("poll") + 1) / len(STEP_NAMES)
    while True:
        feedback.check()
        try:
            current = client.get_job(job_id)
        except TRANSIENT_POLL_ERRORS as error:
            if is_fatal(error) and not isinstance(error, (E.ForbiddenError, E.RateLimitedError)):
                raise
            failures += 1
            if failures > options.poll_max_failures:
                raise
            feedback.info(f"Job {job_id}: the status could not be read ({error.what}); trying again")
        else:
            failures = 0
            job = current
            if job.status != batch.entry.get("status"):
                batch.entry["status"] = job.status
                state.set_job(batch.key, batch.entry)
                state.save()
            fraction = _job_fraction(job, len(set(batch.plot_ids)))
            feedback.set_progress(low + (high - low) * fraction)
            with_results = sum(1 for p in job.plots if p.analysis)
            if run is not None:
                run.step_named("poll").detail = (f"{job.status}; {with_results} of {len(job.plot_ids)} "
                                                 "plots with results")
            if job.terminal:
                return job
        now = options.clock()
        if job is not None:
            change_key = (job.status, job.updated_at)
            if change_key != last_change_key:
                last_change_key, last_change_at = change_key, now
            elif job.status == JOB_INCOMPLETE and now - last_change_at >= options.stall_timeout:
                feedback.info(f"Job {job_id} is incomplete and has not changed for "
                              f"{int(now - last_change_at)} s; keeping what has arrived")
                return job
        if options.max_wait is not None and now - started >= options.max_wait:
            feedback.info(still_running_message([job_id], options.max_wait))
            return job
        if job is not None:
            feedback.info(f"Job {job_id}: {job.status}")
        left = delay
        while left > 0:
            feedback.check()
            step = min(0.25, left)
            options.sleep(step)
            left -= step
        delay = min(options.poll_max, delay * options.poll_factor)


def _pick_run(runs: list, job_id: str) -> Optional[AnalysisRun]:
    mine = [r for r in runs if r.job_id == job_id and (r.check_type in (None, "", CHECK_EUDR))]
    if not mine:
        return None
    return sorted(mine, key=lambda r: r.created_at or "")[-1]


def _from_job_reply(job: Optional[Job], plot: Optional[PlotInfo], item: _Item) -> bool:
    """Whether the job reply alone gives this plot's result: the job is done without errors and the
    embedded plot carries an analysis for this plot's harvest date."""
    if job is None or job.status != JOB_DONE or plot is None or not plot.analysis:
        return False
    end = plot.analysis.get(A.ANALYSIS_END) or plot.analysis.get(A.ANALYSIS_END_LEGACY)
    return not (item.harvest_date and end and str(end)[:10] != item.harvest_date)


def _batch_results(batch: _Batch, client: VantageClient, options: ApiOptions) -> list:
    job = batch.job
    job_id = batch.entry["job_id"]
    dry = bool(batch.entry.get("dry_run", options.dry_run))
    plots_by_id = {p.plot_id: p for p in job.plots} if job else {}
    runs: dict[str, Optional[AnalysisRun]] = {}
    if options.fetch_runs and job is not None:
        # one call per plot only for what the job reply lacks (failed plots, another harvest date, …)
        missing = [_plot_id(it) for it in batch.items if not _from_job_reply(job, plots_by_id.get(_plot_id(it)), it)]
        unique = list(dict.fromkeys(missing))
        workers = max(1, min(options.concurrency, getattr(client.transport, "max_concurrency", 64), len(unique) or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vantage-runs") as pool:
            futures = {pool.submit(client.list_analysis_runs, pid): pid for pid in unique}
            for future in as_completed(futures):
                pid = futures[future]
                try:
                    runs[pid] = _pick_run(future.result(), job_id)
                except FATAL_ERRORS:
                    raise
                except E.VantageError:
                    runs[pid] = None
    out = []
    for item in batch.items:
        pid = _plot_id(item)
        out.append(_plot_result(item, plots_by_id.get(pid), runs.get(pid), job, job_id, dry))
    from ..engine.admin import add_country_codes  # the API names the country; its ISO codes come from here

    add_country_codes(out)
    return out


def _plot_result(item: _Item, plot: Optional[PlotInfo], run: Optional[AnalysisRun], job: Optional[Job],
                 job_id: str, dry: bool) -> A.PlotResult:
    terminal = job is not None and job.terminal
    analysis = (run.analysis if run and run.analysis else None) or (plot.analysis if plot else None)
    image = (run.analysis_image if run else None) or (plot.analysis_image if plot else None)
    error = None
    if run and run.failed:
        status, error, analysis = A.STATUS_FAILED, run.error or f"Vantage run {run.status}", None
    elif analysis is not None and (terminal or (run is not None and run.finished)):
        status = A.STATUS_SIMULATED if dry else A.STATUS_OK
    elif job is not None and job.terminal and job.status == JOB_DONE_WITH_ERRORS:
        status, error = A.STATUS_FAILED, "Vantage reported no analysis for this plot (job done with errors)"
    elif terminal:
        status, error = A.STATUS_FAILED, "Vantage returned no analysis for this plot"
    else:
        status = A.STATUS_PENDING
    result = _result(item, status, error=error, job_id=job_id, dry_run=dry, analysis=analysis,
                     run=run, image=image, plot=plot)
    return result


def _result(item: _Item, status: str, *, error=None, job_id=None, dry_run=None, analysis=None,
            run: Optional[AnalysisRun] = None, image=None, plot: Optional[PlotInfo] = None) -> A.PlotResult:
    info = item.info or {}
    extra: dict = {"tokens_cost": info.get("tokens_cost")}
    if dry_run is not None:
        extra["dry_run"] = dry_run
    if run is not None:
        extra.update({"run_status": run.status, "effective_config": run.effective_config})
    if item.support:
        extra["support"] = item.support
    return A.PlotResult(
        plot_index=item.plot.index, engine=ENGINE, status=status, analysis=analysis, error=error,
        country=(plot.country if plot and plot.country else info.get("country")),
        state=(plot.state if plot and plot.state else info.get("state")),
        plot_id=info.get("plot_id"), job_id=job_id, run_id=run.run_id if run else None,
        analysis_image=image, fingerprint=item.fingerprint or None, extra=extra,
    )


# --- vantage:importjob and vantage:listjobs ------------------------------------------------------


def import_job(job_id: str, client: VantageClient, *, dry_run: Optional[bool] = None,
               state_path: Optional[str] = None, fetch_runs: bool = True, concurrency: int = 8,
               feedback: Optional[Feedback] = None) -> tuple[list, Run]:
    """Results of an existing job → ``PlotResult`` per plot (``plot_index`` = position in the job).

    ``extra["geojson_features"]`` and ``extra["plot_name"]`` let the shell draw plots it does not have.
    A dry-run job is recognised from the state file when given, else from ``dry_run``.
    """
    feedback = feedback or Feedback()
    run = Run(ENGINE, ("fetch", "results"), feedback=feedback)
    with run.step("fetch"):
        job = client.get_job(job_id)
    if dry_run is None and state_path:
        state = StateFile(state_path, client.base_url, client.username)
        for entry in state.jobs().values():
            if entry.get("job_id") == job_id:
                dry_run = bool(entry.get("dry_run"))
    dry = bool(dry_run)
    plots_by_id = {p.plot_id: p for p in job.plots}
    with run.step("results"):
        batch = _Batch("import", [], list(job.plot_ids), [], entry={"job_id": job_id, "dry_run": dry}, job=job)
        for index, pid in enumerate(job.plot_ids):
            plot = plots_by_id.get(pid)
            item = _Item(plot=_IndexedPlot(index))
            item.info = {"plot_id": pid, "tokens_cost": plot.tokens_cost if plot else None,
                         "country": plot.country if plot else None, "state": plot.state if plot else None}
            batch.items.append(item)
        options = ApiOptions(dry_run=dry, fetch_runs=fetch_runs, concurrency=concurrency)
        results = _batch_results(batch, client, options)
        for result in results:
            plot = plots_by_id.get(result.plot_id)
            if plot is not None:
                result.extra["geojson_features"] = plot.geojson_features
                result.extra["plot_name"] = plot.plot_name
            if result.status == A.STATUS_FAILED:
                run.fail_plot(result.plot_index, result.error or "failed")
    run.finish(len(results))
    return results, run


@dataclass
class _IndexedPlot:
    index: int


def list_jobs(client: VantageClient, *, limit: int = 100, created_at_from: Optional[str] = None,
              created_at_until: Optional[str] = None, max_jobs: Optional[int] = None) -> Iterator[Job]:
    """The account's job history, newest first, fetched page by page as it is consumed."""
    for count, job in enumerate(client.iter_jobs(limit=limit, created_at_from=created_at_from,
                                                 created_at_until=created_at_until)):
        if max_jobs is not None and count >= max_jobs:
            return
        yield job


def job_row(job: Job) -> dict:
    """Flat fields of a job for a history table / layer."""
    return {"job_id": job.job_id, "job_name": job.job_name, "status": job.status,
            "created_at": job.created_at, "updated_at": job.updated_at, "token_cost": job.token_cost,
            "plot_count": len(job.plot_ids), "notes": job.notes}
