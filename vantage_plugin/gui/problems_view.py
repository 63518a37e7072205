"""The Problems list: validation issues grouped by rule (errors first, with counts), expandable to plots.

A model/view pair: :class:`ProblemsModel` keeps the issues as they came from the report and answers
Qt for the rows on screen only; texts and tooltips are made when asked for. Grouping a report of
hundreds of thousands of issues is done in slices (:class:`GroupBuilder`) between which the GUI
thread handles its events, so the panel never freezes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

import numpy as np
from qgis.PyQt.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTimer
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from ..core.validation.issue_table import IssueTable
from ..i18n import tr
from ..qgis_bridge import operations
from ..qgis_bridge.messages import issue_message, rule_title
from ..qgis_bridge.styles import SEVERITY_COLOURS

COL_PLOT, COL_SEVERITY, COL_MESSAGE, COL_CODE = range(4)
COLUMNS = 4
#: Time one slice of grouping may take before the GUI thread gets its events back (seconds).
SLICE_SECONDS = 0.02
ISSUE_ROLE = Qt.ItemDataRole.UserRole  # the plot index of a problem row (``None`` on a group row)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1  # "error" / "warning"
#: The invisible root's index: the default ``parent`` of Qt's model methods (one instance, never changed).
ROOT = QModelIndex()
GROUP = 0  # internal id of group rows; a problem row has its group's row + 1


def severity_text(severity: Any) -> str:
    return str(getattr(severity, "value", severity))


def severity_label(severity: Any) -> str:
    text = severity_text(severity)
    return {"error": tr("Error"), "warning": tr("Warning")}.get(text, text)


def issue_text(issue: Any) -> str:
    """The full text of a problem: plot, title, code, message (in the user's language) and any safe fix."""
    title = rule_title(issue.code)
    what = issue.code if title == issue.code else f"{title} ({issue.code})"
    text = f"{issue.plot_label} · {what} · {severity_label(issue.severity)}\n{issue_message(issue)}"
    if getattr(issue, "fix", None):
        text += "\n" + tr("A safe fix exists: use Fix…")
    return text


@dataclass
class Group:
    """The problems of one rule."""

    code: str
    severity: str
    issues: list = field(default_factory=list)


@dataclass
class Tally:
    """What the grouping counted on the way (so nothing walks the issues again)."""

    errors: int = 0
    warnings: int = 0
    fixable: bool = False
    blocked: Any = field(default_factory=set)
    """The plots with an error: a set (:func:`group_issues`), an array of plot indexes (:func:`group_table`)."""


def group_issues(issues: Sequence[Any], start: int, stop: int, groups: dict, tally: Tally) -> None:
    """Add ``issues[start:stop]`` to ``groups`` (by code) and ``tally``."""
    for issue in issues[start:stop]:
        severity = severity_text(issue.severity)
        group = groups.get(issue.code)
        if group is None:
            group = groups[issue.code] = Group(issue.code, severity)
        group.issues.append(issue)
        if severity == "error":
            tally.errors += 1
            tally.blocked.add(issue.plot_index)
        else:
            tally.warnings += 1
        if not tally.fixable and getattr(issue, "fix", None):
            tally.fixable = True


def ordered_groups(groups: dict) -> list[Group]:
    """Errors first, then by count (largest first), then by code."""
    return sorted(groups.values(), key=lambda g: (g.severity != "error", -len(g.issues), g.code))


def group_report(issues: Sequence[Any]) -> tuple[list[Group], Tally]:
    """All of ``issues`` grouped at once: in a task (on the GUI thread, :class:`GroupBuilder` slices it)."""
    groups: dict = {}
    tally = Tally()
    group_issues(issues, 0, len(issues), groups, tally)
    return ordered_groups(groups), tally


def validate_and_group(feedback: Any = None, **job: Any) -> dict:
    """:func:`operations.read_and_validate`, then, still in the task, its problems grouped (``"groups"``:
    the groups and their :class:`Tally`)."""
    outcome = operations.read_and_validate(feedback=feedback, **job)
    outcome["groups"] = group_report(outcome["report"].issues)
    return outcome


def group_table(table: IssueTable) -> tuple[list[Group], Tally]:
    """:func:`group_report` of an :class:`IssueTable` without making its issues: each rule's rows as
    :class:`IssueRows` (in the table's order); the plots blocked by errors as an array of plot indexes."""
    tally = Tally()
    if not len(table):
        return [], tally
    code_numbers: dict[str, int] = {}
    kind_code = np.array([code_numbers.setdefault(kind.code, len(code_numbers)) for kind in table.kinds],
                         dtype=np.int64)
    kind_error = np.array([severity_text(kind.severity) == "error" for kind in table.kinds])
    code_of = kind_code[table.kind]
    error = kind_error[table.kind]
    tally.errors = int(error.sum())
    tally.warnings = len(table) - tally.errors
    tally.blocked = np.unique(table.plot[error])
    tally.fixable = any(table.kinds[int(k)].fix for k in np.unique(table.kind).tolist())
    groups: dict = {}
    order = np.argsort(code_of, kind="stable")
    bounds = np.flatnonzero(np.diff(code_of[order])) + 1
    for rows in np.split(order, bounds):
        first = table.kinds[int(table.kind[rows[0]])]
        groups[first.code] = Group(first.code, severity_text(first.severity), table.rows(rows.astype(np.int32)))
    return ordered_groups(groups), tally


class GroupBuilder(QObject):
    """Groups a report's issues in time slices on the GUI thread; ``done(groups, tally)`` at the end."""

    def __init__(self, issues: Sequence[Any], done: Callable[[list, Tally], None],
                 parent: Optional[QObject] = None, slice_seconds: float = SLICE_SECONDS):
        super().__init__(parent)
        self.issues = issues
        self.done = done
        self.slice_seconds = slice_seconds
        self.position = 0
        self.groups: dict = {}
        self.tally = Tally()
        self.cancelled = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)

    def start(self) -> None:
        self.timer.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.timer.stop()

    def finished(self) -> bool:
        return self.position >= len(self.issues)

    def _step(self) -> None:
        if self.cancelled:
            return
        started = time.perf_counter()
        chunk = 250  # the time is looked at between chunks: a small chunk keeps each slice near its budget
        total = len(self.issues)
        while self.position < total and time.perf_counter() - started < self.slice_seconds:
            stop = min(total, self.position + chunk)
            group_issues(self.issues, self.position, stop, self.groups, self.tally)
            self.position = stop
        if self.position < total:
            self.timer.start()
        else:
            self.done(ordered_groups(self.groups), self.tally)


class ProblemsModel(QAbstractItemModel):
    """Two levels: one row per rule (title, severity, count), under it one row per problem."""

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._all: list[Group] = []
        self._groups: list[Group] = []
        self.show_warnings = True

    # --- content ------------------------------------------------------------------------------
    def set_groups(self, groups: list[Group]) -> list[Group]:
        """Show ``groups``; returns the groups shown before (to be let go of in slices)."""
        self.beginResetModel()
        before, self._all = self._all, list(groups)
        self._groups = self._visible()
        self.endResetModel()
        return before

    def clear(self) -> list[Group]:
        return self.set_groups([])

    def set_show_warnings(self, show: bool) -> None:
        if show == self.show_warnings:
            return
        self.beginResetModel()
        self.show_warnings = show
        self._groups = self._visible()
        self.endResetModel()

    def _visible(self) -> list[Group]:
        return [g for g in self._all if self.show_warnings or g.severity != "warning"]

    def groups(self) -> list[Group]:
        return list(self._groups)

    def issue(self, index: QModelIndex) -> Optional[Any]:
        """The issue of a problem row (``None`` for a group row or an invalid index)."""
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._groups[index.internalId() - 1].issues[index.row()]

    def group(self, index: QModelIndex) -> Optional[Group]:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._groups[index.row()]
        return self._groups[index.internalId() - 1]

    # --- Qt model -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].issues)
        return 0

    def columnCount(self, parent: QModelIndex = ROOT) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {COL_PLOT: tr("Plot"), COL_SEVERITY: tr("Severity"), COL_MESSAGE: tr("Message"),
                    COL_CODE: tr("Code")}.get(section)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == GROUP:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == COL_PLOT:  # spans the row in the view: the rule, then how many plots
                    return tr("{rule} — {plots}").format(rule=rule_title(group.code),
                                                         plots=tr("%n plot(s)", "", len(group.issues)))
                if column == COL_SEVERITY:
                    return severity_label(group.severity)
                if column == COL_MESSAGE:
                    return rule_title(group.code)
                if column == COL_CODE:
                    return group.code
            elif role == Qt.ItemDataRole.ToolTipRole:
                return f"{rule_title(group.code)} ({group.code}) · {severity_label(group.severity)}\n" + \
                    tr("%n plot(s)", "", len(group.issues))
            elif role == Qt.ItemDataRole.ForegroundRole and column == COL_PLOT:
                return QBrush(QColor(SEVERITY_COLOURS.get(group.severity, "#000000")))
            elif role == Qt.ItemDataRole.FontRole and column in (COL_PLOT, COL_MESSAGE):
                font = QFont()
                font.setBold(True)
                return font
            elif role == Qt.ItemDataRole.ForegroundRole and column == COL_SEVERITY:
                return QBrush(QColor(SEVERITY_COLOURS.get(group.severity, "#000000")))
            elif role == SEVERITY_ROLE:
                return group.severity
            return None
        issue = self._groups[index.internalId() - 1].issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_PLOT:
                return str(issue.plot_label)
            if column == COL_SEVERITY:
                return severity_label(issue.severity)
            if column == COL_MESSAGE:
                return issue_message(issue)
            if column == COL_CODE:
                return issue.code
        elif role == Qt.ItemDataRole.ToolTipRole:
            return issue_text(issue)
        elif role == Qt.ItemDataRole.ForegroundRole and column == COL_SEVERITY:
            return QBrush(QColor(SEVERITY_COLOURS.get(severity_text(issue.severity), "#000000")))
        elif role == ISSUE_ROLE:
            return issue.plot_index
        elif role == SEVERITY_ROLE:
            return severity_text(issue.severity)
        return None
