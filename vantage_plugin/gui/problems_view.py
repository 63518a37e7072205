"""The Problems list: validation issues grouped by rule (errors first, with counts), expandable to plots.

A model/view pair: :class:`ProblemsModel` keeps the issues as they came from the report and answers
Qt for the rows on screen only; texts and tooltips are made when asked for. Grouping a report of
hundreds of thousands of issues is done in slices (:class:`GroupBuilder`) between which the GUI
thread handles its events, so the panel never freezes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

import numpy as np
from qgis.PyQt.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTimer
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from ..core.validation.issues import Issue, new_issue
from ..core.validation.rules import RULES
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


#: ``other_plot_index`` of an issue about one plot alone, in :class:`IssueTable`'s column.
NO_OTHER = int(np.iinfo(np.int64).min)
#: Integers of an issue's order key (``operations``' order: plot, own or pair, other plot, rule).
ORDER_KEYS = 4
#: The name of the column holding the messages of a kind whose template does not give them back.
MESSAGE = "\0message"
#: How a column of parameter values is held: floats, numpy floats, ints, numpy ints, strings (numbers
#: into one table: few different ones), strings in one UTF-8 buffer (many different ones: the other
#: plot's label), anything else (objects).
FLOAT, NP_FLOAT, INT, NP_INT, TEXT, UTF8, OBJECT = "f", "F", "i", "I", "s", "b", "o"
_TAGS = {float: FLOAT, np.float64: NP_FLOAT, int: INT, np.int64: NP_INT}


@dataclass
class IssueKind:
    """What issues of one kind share (rule, severity, fix, the names of their parameters, whether the
    rule's template gives their message back) and their parameter values as columns, one per name
    (``(tag, array)``; with :data:`MESSAGE` last when the template does not give the messages)."""

    code: str
    severity: Any
    fix: Optional[str]
    names: tuple
    rendered: bool
    columns: list = field(default_factory=list)
    pending: list = field(default_factory=list)  # values of the batch being added, per column
    pieces: list = field(default_factory=list)  # per column: (tag, array) of each batch
    count: int = 0


def _piece(values: list, strings: dict) -> tuple[str, np.ndarray]:
    """``values`` as a column: numbers in an array of their type, strings by their number in ``strings``."""
    kinds = {type(value) for value in values}
    tag = _TAGS.get(kinds.pop()) if len(kinds) == 1 else None
    if tag in (FLOAT, NP_FLOAT):
        return tag, np.array(values, dtype=np.float64)
    if tag in (INT, NP_INT):
        return tag, np.array(values, dtype=np.int64)
    if not kinds and type(values[0]) is str:
        if len(set(values)) * 4 <= len(values) or len(values) < 8:
            return TEXT, np.fromiter((strings.setdefault(value, len(strings)) for value in values), np.int32,
                                     len(values))
        return UTF8, _utf8(values)
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return OBJECT, column


def _utf8(values: Sequence[str]) -> tuple:
    """Strings as one UTF-8 buffer and where each ends."""
    encoded = [value.encode("utf-8") for value in values]
    ends = np.cumsum([len(value) for value in encoded], dtype=np.int64)
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), ends


def _value(tag: str, column: Any, row: int, strings: list) -> Any:
    if tag == UTF8:
        data, ends = column
        start = int(ends[row - 1]) if row else 0
        return data[start:int(ends[row])].tobytes().decode("utf-8")
    if tag == FLOAT:
        return float(column[row])
    if tag == INT:
        return int(column[row])
    if tag == TEXT:
        return strings[int(column[row])]
    return column[row]  # numpy floats and ints as they were, objects


class IssueTable(SequenceABC):
    """Issues kept as columns, a few dozen bytes each instead of objects of a kilobyte (a check of
    1,000,000 plots may have an issue per plot): the plot, the other plot, the place, the label (UTF-8 in
    one buffer), the kind (:class:`IssueKind`: rule, severity, fix, parameter names, shared) and the
    parameter values in the kind's columns (numbers in arrays, strings by number); the English message is
    made again from the rule's template (kept only where the template does not give it back). An item is
    made as the :class:`Issue` it was when asked for (the rows on screen)."""

    def __init__(self, kinds: list, kind: np.ndarray, position: np.ndarray, plot: np.ndarray, other: np.ndarray,
                 place: np.ndarray, labels: bytes, label_ends: np.ndarray, strings: list):
        self.kinds, self.kind, self.position = kinds, kind, position
        self.plot, self.other, self.place = plot, other, place
        self.labels, self.label_ends, self.strings = labels, label_ends, strings

    def __len__(self) -> int:
        return len(self.plot)

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self.issue(k) for k in range(*row.indices(len(self)))]
        return self.issue(int(row))

    def issue(self, row: int) -> Issue:
        if row < 0:
            row += len(self)
        kind = self.kinds[int(self.kind[row])]
        at = int(self.position[row])
        values = [_value(tag, column, at, self.strings) for tag, column in kind.columns]
        message = None if kind.rendered else values.pop()
        params = tuple(zip(kind.names, values))
        if message is None:
            message = RULES[kind.code].message.format(**dict(params))
        start = int(self.label_ends[row - 1]) if row else 0
        label = self.labels[start:int(self.label_ends[row])].decode("utf-8")
        other = int(self.other[row])
        lon, lat = self.place[row].tolist()
        location = None if lon != lon else (lon, lat)  # NaN: no place
        return new_issue(kind.code, kind.severity, message, int(self.plot[row]), label, kind.fix,
                         None if other == NO_OTHER else other, location, params)

    def rows(self, rows: np.ndarray) -> IssueRows:
        return IssueRows(self, rows)


class IssueRows(SequenceABC):
    """Some rows of an :class:`IssueTable` (one rule's, in the table's order) as a sequence of issues."""

    def __init__(self, table: IssueTable, rows: np.ndarray):
        self.table, self.positions = table, rows

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self.table.issue(int(k)) for k in self.positions[row]]
        return self.table.issue(int(self.positions[row]))


def _rendered(issue: Any) -> bool:
    """Whether the rule's template filled with the issue's parameters gives its message back."""
    rule = RULES.get(issue.code)
    try:
        return rule is not None and rule.message.format(**dict(issue.params)) == issue.message
    except Exception:  # noqa: BLE001 - a hand-made issue, a parameter missing: keep its message
        return False


class IssueColumns:
    """Builds an :class:`IssueTable` from issues handed over in batches (a check's chunks), each with its
    order key (``order(issue)``: up to :data:`ORDER_KEYS` integers); :meth:`table` puts them in that order
    (issues of equal keys in the order they came), as ``sorted(issues, key=order)`` would."""

    def __init__(self) -> None:
        self._kinds: list[IssueKind] = []
        self._kind_ids: dict = {}
        self._strings: dict = {}
        self._parts: list[tuple[np.ndarray, ...]] = []
        self._labels = bytearray()
        self._label_ends: list[np.ndarray] = []

    def _kind(self, issue: Any) -> IssueKind:
        rendered = _rendered(issue)
        names = tuple(name for name, _ in issue.params)
        key = (issue.code, issue.severity, issue.fix, names, rendered)
        number = self._kind_ids.get(key)
        if number is None:
            number = self._kind_ids[key] = len(self._kinds)
            columns = len(names) + (0 if rendered else 1)
            self._kinds.append(IssueKind(issue.code, issue.severity, issue.fix, names, rendered,
                                         pending=[[] for _ in range(columns)], pieces=[[] for _ in range(columns)]))
        return self._kinds[number]

    def add(self, issues: Sequence[Any], order: Callable[[Any], tuple]) -> None:
        n = len(issues)
        if not n:
            return
        kind_of = np.empty(n, dtype=np.int32)
        position = np.empty(n, dtype=np.int32)
        plot = np.empty(n, dtype=np.int64)
        other = np.empty(n, dtype=np.int64)
        place = np.full((n, 2), np.nan)
        keys = np.zeros((n, ORDER_KEYS), dtype=np.int64)
        ends = np.empty(n, dtype=np.int64)
        labels, numbers = self._labels, {}
        for k, issue in enumerate(issues):
            kind = self._kind(issue)
            number = numbers.get(id(kind))
            if number is None:
                number = numbers[id(kind)] = self._kinds.index(kind)
            kind_of[k] = number
            position[k] = kind.count + len(kind.pending[0]) if kind.pending else kind.count
            values = [value for _, value in issue.params]
            if not kind.rendered:
                values.append(issue.message)
            for column, value in zip(kind.pending, values):
                column.append(value)
            if not kind.pending:
                kind.count += 1  # no column: counted here
            plot[k] = issue.plot_index
            other[k] = NO_OTHER if issue.other_plot_index is None else issue.other_plot_index
            if issue.location is not None:
                place[k] = issue.location
            key = order(issue)
            keys[k, :len(key)] = key
            labels += str(issue.plot_label).encode("utf-8")
            ends[k] = len(labels)
        for kind in self._kinds:  # the batch's values into columns
            if kind.pending and kind.pending[0]:
                kind.count += len(kind.pending[0])
                for pieces, values in zip(kind.pieces, kind.pending):
                    pieces.append(_piece(values, self._strings))
                kind.pending = [[] for _ in kind.pending]
        self._parts.append((kind_of, position, plot, other, place, keys))
        self._label_ends.append(ends)

    def table(self) -> IssueTable:
        strings = list(self._strings)
        for kind in self._kinds:
            kind.columns = [_joined(pieces, strings) for pieces in kind.pieces]
            kind.pieces = kind.pending = []
        if not self._parts:
            return IssueTable(self._kinds, np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int64),
                              np.zeros(0, np.int64), np.zeros((0, 2)), b"", np.zeros(0, np.int64), strings)
        kind, position, plot, other, place, keys = (np.concatenate(column) for column in zip(*self._parts))
        ends = np.concatenate(self._label_ends)
        starts = np.concatenate(([0], ends[:-1]))
        # lexsort: the last key is the first; the position last-but-first keeps equal keys in arrival order
        order = np.lexsort((np.arange(len(plot)),) + tuple(keys[:, j] for j in reversed(range(ORDER_KEYS))))
        # the labels' bytes moved into the new order at once (each label's bytes shifted by one offset)
        lengths = (ends - starts)[order]
        sorted_ends = np.cumsum(lengths, dtype=np.int64)
        shift = np.repeat(starts[order] - (sorted_ends - lengths), lengths)
        buffer = np.frombuffer(bytes(self._labels), dtype=np.uint8)
        labels = buffer[np.arange(len(shift), dtype=np.int64) + shift].tobytes()
        self._parts, self._label_ends, self._labels, self._strings = [], [], bytearray(), {}
        return IssueTable(self._kinds, kind[order], position[order], plot[order], other[order], place[order],
                          labels, sorted_ends, strings)


def _joined(pieces: list, strings: list) -> tuple[str, np.ndarray]:
    """A column's batches as one column (objects when they were held in different ways)."""
    if not pieces:
        return OBJECT, np.empty(0, dtype=object)
    tags = {tag for tag, _ in pieces}
    if tags == {TEXT, UTF8}:  # strings held both ways: all in one buffer
        pieces = [(UTF8, _utf8([strings[k] for k in column.tolist()])) if tag == TEXT else (tag, column)
                  for tag, column in pieces]
        tags = {UTF8}
    if tags == {UTF8}:
        lengths = np.cumsum([0] + [len(data) for (data, _) in (column for _, column in pieces)][:-1])
        return UTF8, (np.concatenate([data for _, (data, _) in pieces]),
                      np.concatenate([ends + shift for (_, (_, ends)), shift in zip(pieces, lengths.tolist())]))
    if len(tags) == 1:
        return pieces[0][0], np.concatenate([column for _, column in pieces])
    values = [_value(tag, held, k, strings) for tag, held in pieces for k in range(_rows(tag, held))]
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return OBJECT, column


def _rows(tag: str, column: Any) -> int:
    return len(column[1]) if tag == UTF8 else len(column)


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
