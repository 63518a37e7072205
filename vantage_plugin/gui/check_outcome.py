"""What the panel says after a check: the status line (how many plots could not be assessed and why)
and the counts of the Results tab, both made in the check's task (100,000 results never walked on the
GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, NamedTuple, Optional, Sequence

import numpy as np
from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.analysis import STATUS_FAILED, STATUS_INVALID, STATUS_NO_DATA, STATUS_PENDING, STATUS_SIMULATED
from ..core.runs import release_free_memory
from ..core.validation.issue_table import IssueColumns, IssueTable
from ..i18n import tr
from ..qgis_bridge import operations
from .problems_view import group_report, group_table
from .reasons import not_assessed_reason
from .result_layers import open_result_layer
from .results_view import ResultTally
from .summary_dialog import summary_text

ASSESSED_LEVELS = ("High", "Medium", "Low")


@dataclass
class StatusCounts:
    """What :func:`check_status` needs of a check's results, counted as they come (chunk by chunk)."""

    total: int = 0
    by_status: dict = field(default_factory=dict)
    missing_by: dict = field(default_factory=dict)
    """(status, limits) -> plots without an assessed level (each reason worded once)."""
    first: dict = field(default_factory=dict)
    """(status, limits) -> its first plot (``plot_index``): reasons of equal counts are said in plot
    order, whatever order the results came in."""

    def add(self, results: Sequence[Any]) -> None:
        by_status, missing_by, first = self.by_status, self.missing_by, self.first
        assessed = frozenset(ASSESSED_LEVELS)
        not_assessed = frozenset((STATUS_FAILED, STATUS_INVALID, STATUS_PENDING))
        self.total += len(results)
        for result in results:  # one tight pass
            status = getattr(result, "status", "")
            by_status[status] = by_status.get(status, 0) + 1
            analysis = getattr(result, "analysis", None)
            if analysis and analysis.get("risk_level") in assessed and status not in not_assessed:
                continue
            key = (status, tuple(getattr(result, "limits", None) or ()))
            missing_by[key] = missing_by.get(key, 0) + 1
            index = getattr(result, "plot_index", 0)
            if first.get(key, index) >= index:
                first[key] = index


def check_status(results: Any, summary: Optional[dict] = None, run_status: str = "",
                 counts: Optional[StatusCounts] = None) -> tuple[str, Any]:
    """``(text, Qgis.MessageLevel)`` for the dock after a check.

    Success when every plot got a risk level other than Unknown; Warning when some are Unknown,
    without full data, failed or invalid (how many and why); Critical when none could be assessed.
    ``results`` are the PlotResults (or their ``counts``, counted as they came); without either the
    counts of ``summary`` are used."""
    summary = summary or {}
    head = tr("Check finished: {summary}").format(summary=summary_text(summary))
    reasons: dict[str, int] = {}
    partial = simulated = 0
    if results is not None and counts is None:
        counts = StatusCounts()
        counts.add(results)
    if counts is not None:
        total = counts.total
        by_status, missing_by = counts.by_status, counts.missing_by
        simulated = by_status.get(STATUS_SIMULATED, 0)
        partial = by_status.get(STATUS_NO_DATA, 0) - sum(n for (st, _), n in missing_by.items()
                                                          if st == STATUS_NO_DATA)
        for status, limits in sorted(missing_by, key=lambda key: counts.first.get(key, 0)):
            count = missing_by[(status, limits)]
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


#: The feature id of a plot that has none (no feature id is this small).
NO_FID = int(np.iinfo(np.int64).min)


class PlotRef(NamedTuple):
    """A plot of the last check as the panel uses it after the check: where it came from."""

    index: int
    source_fid: int


class CheckedPlots:
    """The plots of the panel's last check as it uses them after the check, 8 bytes a plot: how many, the
    feature each came from (a problem clicked selects and zooms to it) and the snapshot of the layer they
    were read from (``operations.PlotSource``: Fix… reads them again from it, :func:`fix_checked_job`)."""

    def __init__(self, source_fids: np.ndarray, source: Any = None):
        self.source_fids = source_fids
        self.source = source

    def __len__(self) -> int:
        return len(self.source_fids)

    def get(self, index: int) -> Optional[PlotRef]:
        """The plot whose ``Plot.index`` is ``index`` (``None`` when there is none or it has no feature id)."""
        if not 0 <= index < len(self.source_fids):
            return None
        fid = int(self.source_fids[index])
        return None if fid == NO_FID else PlotRef(index, fid)


class PanelKeeper:
    """What the panel keeps of a check: handed each chunk's plots, results and issues by
    ``operations.check_to_file(keep=...)``, it counts the status line and the Results tab's entries
    (:class:`StatusCounts`, :class:`ResultTally`), keeps each plot's feature id and the plot-id field of
    the run record, never the plots or results themselves (8 bytes a plot), and the issues as columns
    (``core.validation.issue_table.IssueTable``: a few dozen bytes an issue)."""

    def __init__(self) -> None:
        self.status = StatusCounts()
        self.tally = ResultTally()
        self.engine: Optional[str] = None
        self._indexes: list[np.ndarray] = []
        self._fids: list[np.ndarray] = []
        self._id_fields: Optional[list[str]] = None  # None: no plot with an id seen yet
        self._issues = IssueColumns()

    def add(self, plots: Sequence[Any], results: Sequence[Any]) -> None:
        self.status.add(results)
        self.tally.add_results(results)
        if self.engine is None and results:
            self.engine = getattr(results[0], "engine", None)
        self._indexes.append(np.fromiter((plot.index for plot in plots), dtype=np.int64, count=len(plots)))
        self._fids.append(np.fromiter((NO_FID if plot.source_fid is None else plot.source_fid for plot in plots),
                                      dtype=np.int64, count=len(plots)))
        self._find_id_field(plots)

    def add_issues(self, issues: Sequence[Any], order: Callable[[Any], tuple]) -> None:
        """Keep ``issues`` (as columns), to be given back in the order of ``order(issue)``."""
        self._issues.add(issues, order)

    def issues(self) -> IssueTable:
        """Every issue handed over, in their order."""
        return self._issues.table()

    def _find_id_field(self, plots: Sequence[Any]) -> None:
        """``core.run_record.id_field_of`` over every plot, chunk by chunk: the attributes (in field order)
        equal to the id of every plot that has one, narrowed by each plot."""
        fields = self._id_fields
        for plot in plots:
            if fields == []:
                return
            plot_id = getattr(plot, "user_id", None)
            if plot_id in (None, ""):
                continue
            text, values = str(plot_id), plot.attributes
            fields = [name for name in (values if fields is None else fields) if str(values.get(name)) == text]
            self._id_fields = fields

    @property
    def id_field(self) -> Optional[str]:
        """The attribute holding the plots' own ids, found from the values (``None`` when none or no id)."""
        return self._id_fields[0] if self._id_fields else None

    def plots(self, source: Any = None) -> CheckedPlots:
        """The plots seen, by ``Plot.index`` (read from ``source``)."""
        indexes = np.concatenate(self._indexes) if self._indexes else np.zeros(0, dtype=np.int64)
        fids = np.concatenate(self._fids) if self._fids else np.zeros(0, dtype=np.int64)
        by_index = np.full(int(indexes.max()) + 1 if len(indexes) else 0, NO_FID, dtype=np.int64)
        by_index[indexes] = fids
        return CheckedPlots(by_index, source)


def check_and_count(feedback: Any = None, result_layer: Optional[dict] = None, transform_context: Any = None,
                    **job: Any) -> dict:
    """:func:`operations.check_job` keeping what the panel shows and uses after the check (a
    :class:`PanelKeeper`: never every plot and result), then, still in the task: the status line
    (``"status"``: text and level), the problems grouped (``"groups"``), the Results tab's counts
    (``"tally"``), the engine that answered (``"engine"``), the plots as :class:`CheckedPlots`
    (``"plots"``) and the result layer
    (``"layer"``, opened with the options of ``result_layer`` for :func:`open_result_layer` and moved
    to the GUI thread; ``None`` when it could not be opened). ``"output"`` keeps the run and the
    report (its issues), not the results."""
    keeper = PanelKeeper()
    outcome = operations.check_job(feedback=feedback, keep=keeper, **job)
    output = outcome.get("output")
    if outcome.get("plots"):  # the API engine checks all plots in one job: they came whole, once
        keeper.add(outcome["plots"], getattr(output, "results", None) or ())
    if output is not None and getattr(output, "results", None):
        output = outcome["output"] = replace(output, results=[])
    run_status = getattr(getattr(output, "run", None), "status", "")
    outcome["status"] = check_status(None, outcome.get("summary"), run_status, keeper.status)
    outcome["tally"] = keeper.tally
    outcome["engine"] = keeper.engine
    outcome["plots"] = keeper.plots(job.get("source"))
    report = getattr(output, "report", None)
    if report is not None:
        issues = report.issues
        outcome["groups"] = group_table(issues) if isinstance(issues, IssueTable) else group_report(issues)
    if result_layer is not None:
        dry_run = bool(((outcome.get("summary") or {}).get("by_status") or {}).get(STATUS_SIMULATED))
        layer = open_result_layer(outcome["uri"], dry_run=dry_run, transform_context=transform_context,
                                  **result_layer)
        if layer is not None:
            layer.moveToThread(QCoreApplication.instance().thread())
        outcome["layer"] = layer
    # what the check and the counting after it freed, back to the system while QGIS runs on: the check
    # hands back what it freed when it ends, but the counting frees more (at 1,000,000 plots the panel's
    # process held 922 MB more than before the check without this, 498 MB with it)
    release_free_memory()
    return outcome


def fix_checked_job(checked: CheckedPlots, feedback: Any = None, **job: Any) -> dict:
    """:func:`operations.fix_job` on the plots of the last check, read again from the snapshot of the
    layer the check read (the same plots, in the same order: their indexes are the issues')."""
    plots = operations.read_plots(checked.source, operations.span(feedback, 0, 30))
    return operations.fix_job(plots, feedback=operations.span(feedback, 30, 70), **job)
