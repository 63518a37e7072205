"""Validate, then check: the one path Processing and the dock both take.

Invalid plots never reach an engine; they come back as results with status ``invalid`` and the
validation errors as their ``error``, so every input plot has exactly one result row.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Callable, Optional, Sequence

import numpy as np

from .analysis import STATUS_INVALID, PlotResult
from .engines import ENGINE_API, ENGINE_BUNDLED, ENGINES
from .plots import Plot
from .runs import Feedback, Run

__all__ = ["ENGINE_API", "ENGINE_BUNDLED", "ENGINES", "CheckOutput", "apply_defaults", "check_plots", "check_validated",
           "invalid_results"]

ConfirmSpend = Callable[[int, int, int], bool]
"""``confirm(cost_tokens, free_tokens, plot_count) -> bool``: asked before any token is spent."""


@dataclass
class CheckOutput:
    results: list[PlotResult]
    """One result per input plot, in input order."""
    run: Run
    report: Any
    """The :class:`~.validation.checks.ValidationReport` of the input plots."""


def apply_defaults(plots: Sequence[Plot], commodity: Optional[str] = None,
                   harvest_date: Optional[str] = None) -> list[Plot]:
    """Copies of ``plots`` where a missing commodity / harvest date takes the batch default."""

    def missing(value: Any) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    out = []
    for plot in plots:
        changes = {}
        if commodity and missing(plot.commodity):
            changes["commodity"] = commodity
        if harvest_date and missing(plot.harvest_date):
            changes["harvest_date"] = harvest_date
        out.append(_replaced(plot, changes) if changes else plot)
    return out


def _replaced(plot: Plot, changes: dict[str, Any]) -> Plot:
    """``dataclasses.replace(plot, **changes)`` for a :class:`Plot` (plain fields, no ``__post_init__``)
    without calling ``__init__`` with every field again: a batch default may touch every plot."""
    copy = object.__new__(Plot)
    copy.__dict__.update(plot.__dict__)
    copy.__dict__.update(changes)
    return copy


def invalid_results(plots: Sequence[Plot], report: Any, engine: str) -> list[PlotResult]:
    """Placeholder results for the plots validation blocked, carrying their error messages (each
    plot's own issues only: ``report.issues_for``)."""
    results = []
    blocked = report.blocked
    for plot in plots:
        if plot.index in blocked:
            errors = [issue.message for issue in report.issues_for(plot.index) if issue.is_error]
            results.append(
                PlotResult(plot.index, engine, STATUS_INVALID, error="; ".join(errors) or "invalid plot")
            )
    return results


def check_plots(
    plots: Sequence[Plot],
    engine: str = ENGINE_BUNDLED,
    *,
    bundled_options: Any = None,
    api_client: Any = None,
    api_options: Any = None,
    confirm: Optional[ConfirmSpend] = None,
    feedback: Optional[Feedback] = None,
    today: Optional[_dt.date] = None,
) -> CheckOutput:
    """Validate ``plots`` and run the valid ones through ``engine`` (``bundled`` or ``api``).

    ``bundled_options`` is a :class:`~.engine.options.BundledOptions`; ``api_client`` a
    :class:`~.api.client.VantageClient` with ``api_options`` for the workflow. ``confirm`` is asked
    before any token is spent; without it the API engine never spends tokens.
    """
    from .validation import validate

    feedback = feedback or Feedback()
    if engine not in ENGINES:
        raise ValueError(f"Unknown engine {engine!r}: use one of {', '.join(ENGINES)}.")
    report = validate(plots, today=today, feedback=feedback)
    return check_validated(plots, report, engine, bundled_options=bundled_options, api_client=api_client,
                           api_options=api_options, confirm=confirm, feedback=feedback)


def check_validated(
    plots: Sequence[Plot],
    report: Any,
    engine: str = ENGINE_BUNDLED,
    *,
    bundled_options: Any = None,
    api_client: Any = None,
    api_options: Any = None,
    confirm: Optional[ConfirmSpend] = None,
    feedback: Optional[Feedback] = None,
) -> CheckOutput:
    """:func:`check_plots` for plots already validated (``report``: their validation report, or one
    that covers them, e.g. a chunk's): the valid plots through ``engine``, the blocked ones as
    ``invalid`` results; one result per plot, in plot order."""
    feedback = feedback or Feedback()
    if engine not in ENGINES:
        raise ValueError(f"Unknown engine {engine!r}: use one of {', '.join(ENGINES)}.")
    blocked = report.blocked
    valid = [plot for plot in plots if plot.index not in blocked]
    if engine == ENGINE_BUNDLED:
        from .engine.bundled import run_bundled

        if bundled_options is None:
            raise ValueError("The bundled engine needs its data options (forest, loss year, …).")
        verdicts = validity_verdicts(report, valid)
        results, run = (run_bundled(valid, bundled_options, feedback, valid=verdicts) if valid
                        else ([], _empty_run(engine)))
    else:
        from .api.workflow import run_api_check

        if api_client is None:
            raise ValueError("The Vantage API engine needs a logged-in client.")
        if api_options is not None and getattr(api_options, "validate", False):
            api_options = dataclasses.replace(api_options, validate=False)  # validated above: once is enough
        results, run = (
            run_api_check(valid, api_client, api_options, feedback, confirm) if valid else ([], _empty_run(engine))
        )
    merged = {result.plot_index: result for result in results}
    for result in invalid_results(plots, report, engine):
        merged[result.plot_index] = result
    ordered = [merged[plot.index] for plot in plots if plot.index in merged]
    return CheckOutput(results=ordered, run=run, report=report)


def validity_verdicts(report: Any, plots: Sequence[Plot]) -> Optional[list[bool]]:
    """Validation's verdicts on ``plots``' geometries (``shapely.is_valid``, from the report's
    ``geometry_validity``), for the engine not to check them again; ``None`` when the report does not
    have one for each of them (a report made from issues alone, or one covering other plots)."""
    validity = getattr(report, "geometry_validity", None)
    if validity is None:
        return None
    position = {index: k for k, index in enumerate(report.plot_indices)}
    try:  # the verdicts gathered at once (a numpy scalar compared per plot was 0.3 s per 100,000 plots)
        at = np.fromiter(map(position.__getitem__, map(attrgetter("index"), plots)), dtype=np.int64,
                         count=len(plots))
    except KeyError:
        return None
    return (np.asarray(validity)[at] == 1).tolist()


def _empty_run(engine: str) -> Run:
    run = Run(engine=engine, step_names=("prepare",))
    run.skip("prepare", "no valid plot to check")
    run.finish(0)
    return run
