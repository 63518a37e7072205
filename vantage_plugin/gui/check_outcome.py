"""What the panel says after a check: the status line (how many plots could not be assessed and why)
and the counts of the Results tab, both made in the check's task (100,000 results never walked on the
GUI thread)."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.analysis import STATUS_FAILED, STATUS_INVALID, STATUS_NO_DATA, STATUS_PENDING, STATUS_SIMULATED
from ..i18n import tr
from ..qgis_bridge import operations
from .problems_view import group_report
from .reasons import not_assessed_reason
from .result_layers import open_result_layer
from .results_view import tally_results
from .summary_dialog import summary_text

ASSESSED_LEVELS = ("High", "Medium", "Low")


def check_status(results: Any, summary: Optional[dict] = None, run_status: str = "") -> tuple[str, Any]:
    """``(text, Qgis.MessageLevel)`` for the dock after a check.

    Success when every plot got a risk level other than Unknown; Warning when some are Unknown,
    without full data, failed or invalid (how many and why); Critical when none could be assessed.
    ``results`` are the PlotResults; without them the counts of ``summary`` are used."""
    summary = summary or {}
    head = tr("Check finished: {summary}").format(summary=summary_text(summary))
    reasons: dict[str, int] = {}
    partial = simulated = 0
    if results is not None:
        total = len(results)
        missing_by: dict[tuple[str, tuple[str, ...]], int] = {}  # (status, limits) -> plots: each worded once
        assessed = frozenset(ASSESSED_LEVELS)
        not_assessed = frozenset((STATUS_FAILED, STATUS_INVALID, STATUS_PENDING))
        by_status: dict[str, int] = {}
        for result in results:  # one tight pass
            status = getattr(result, "status", "")
            by_status[status] = by_status.get(status, 0) + 1
            analysis = getattr(result, "analysis", None)
            if analysis and analysis.get("risk_level") in assessed and status not in not_assessed:
                continue
            key = (status, tuple(getattr(result, "limits", None) or ()))
            missing_by[key] = missing_by.get(key, 0) + 1
        simulated = by_status.get(STATUS_SIMULATED, 0)
        partial = by_status.get(STATUS_NO_DATA, 0) - sum(n for (st, _), n in missing_by.items()
                                                          if st == STATUS_NO_DATA)
        for (status, limits), count in missing_by.items():
            reason = not_assessed_reason(status, limits, run_status)
            reasons[reason] = reasons.get(reason, 0) + count
    else:
        total = int(summary.get("plots") or 0)
        by_risk = summary.get("by_risk") or {}
        by_status = summary.get("by_status") or {}
        simulated = int(by_status.get("simulated") or 0)
        assessed = sum(int(by_risk.get(level) or 0) for level in ASSESSED_LEVELS)
        if total - assessed > 0:
            reasons[tr("no risk level")] = total - assessed
    missing = sum(reasons.values())
    if total == 0:
        return tr("Check finished: no plot was checked."), Qgis.MessageLevel.Warning
    why = ", ".join(
        f"{reason} ({count})" if len(reasons) > 1 else reason
        for reason, count in sorted(reasons.items(), key=lambda item: -item[1])
    )
    if missing == total:
        return (tr("Check finished, but no plot could be assessed: {why}.").format(why=why),
                Qgis.MessageLevel.Critical)
    notes = []
    if missing:
        notes.append(
            tr("{n} of {total} plots could not be assessed: {why}.").format(n=missing, total=total, why=why)
        )
    if partial:
        notes.append(
            tr("{n} plots are only partly covered by the data (their level is a minimum).").format(n=partial)
        )
    if notes:
        return head + " " + " ".join(notes), Qgis.MessageLevel.Warning
    if run_status not in ("", "success"):
        return head, Qgis.MessageLevel.Warning
    if simulated:
        return head, Qgis.MessageLevel.Info  # dry run: placeholder values, not a real outcome
    return head, Qgis.MessageLevel.Success


def check_and_count(feedback: Any = None, result_layer: Optional[dict] = None, transform_context: Any = None,
                    **job: Any) -> dict:
    """:func:`operations.check_job`, then, still in the task, what the panel shows: the status line
    (``"status"``: text and level), the problems grouped (``"groups"``), the Results tab's counts
    (``"tally"``) and the result layer
    (``"layer"``, opened with the options of ``result_layer`` for :func:`open_result_layer` and moved
    to the GUI thread; ``None`` when it could not be opened)."""
    outcome = operations.check_job(feedback=feedback, **job)
    output = outcome.get("output")
    results = getattr(output, "results", None)
    run_status = getattr(getattr(output, "run", None), "status", "")
    outcome["status"] = check_status(results, outcome.get("summary"), run_status)
    outcome["tally"] = tally_results(results or ())
    report = getattr(output, "report", None)
    if report is not None:
        outcome["groups"] = group_report(report.issues)
    if result_layer is not None:
        dry_run = bool(((outcome.get("summary") or {}).get("by_status") or {}).get(STATUS_SIMULATED))
        layer = open_result_layer(outcome["uri"], dry_run=dry_run, transform_context=transform_context,
                                  **result_layer)
        if layer is not None:
            layer.moveToThread(QCoreApplication.instance().thread())
        outcome["layer"] = layer
    return outcome
