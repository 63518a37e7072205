"""A check's issues kept as columns (:class:`IssueColumns` builds an :class:`IssueTable`): a few dozen
bytes an issue instead of an object of a kilobyte, so that what the panel keeps of a check of 1,000,000
plots stays small; an issue is made again, as it was, only when asked for (the rows on screen)."""

from __future__ import annotations

from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

import numpy as np

from .issues import Issue, new_issue
from .rules import RULES

#: ``other_plot_index`` of an issue about one plot alone, in :class:`IssueTable`'s column.
NO_OTHER = int(np.iinfo(np.int64).min)
#: Integers of an issue's order key (``operations``' order: plot, own or pair, other plot, rule).
ORDER_KEYS = 4
#: How a column of parameter values is held: floats, numpy floats, ints, numpy ints, strings (numbers
#: into one table: few different ones), strings in one UTF-8 buffer (many different ones: the other
#: plot's label), anything else (objects).
FLOAT, NP_FLOAT, INT, NP_INT, TEXT, UTF8, OBJECT = "f", "F", "i", "I", "s", "b", "o"
_TAGS = {float: FLOAT, np.float64: NP_FLOAT, int: INT, np.int64: NP_INT}


@dataclass
class IssueKind:
    """What issues of one kind share (rule, severity, fix, the names of their parameters, whether the
    rule's template gives their message back) and their parameter values as columns, one per name
    (``(tag, array)``; the messages last when the template does not give them back)."""

    code: str
    severity: Any
    fix: Optional[str]
    names: tuple
    rendered: bool
    columns: list = field(default_factory=list)
    pending: list = field(default_factory=list)  # values of the batch being added, per column
    pieces: list = field(default_factory=list)  # per column: (tag, array) of each batch
    count: int = 0


def _piece(values: list, strings: dict) -> tuple[str, Any]:
    """``values`` as a column (``(tag, held)``): numbers in an array of their type, strings by their number in
    ``strings`` or in one UTF-8 buffer (:func:`_utf8`), anything else in an array of objects."""
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
                         None if other == NO_OTHER else other, location, params, kind.rendered)

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

    def _kind(self, issue: Any, names: tuple, rendered: bool) -> int:
        """The number of the kind of ``issue`` (its parameters' ``names``; ``rendered``: :func:`_rendered`)."""
        key = (issue.code, issue.severity, issue.fix, names, rendered)
        number = self._kind_ids.get(key)
        if number is None:
            number = self._kind_ids[key] = len(self._kinds)
            columns = len(names) + (0 if rendered else 1)
            self._kinds.append(IssueKind(issue.code, issue.severity, issue.fix, names, rendered,
                                         pending=[[] for _ in range(columns)], pieces=[[] for _ in range(columns)]))
        return number

    def add(self, issues: Sequence[Any], order: Callable[[Any], tuple]) -> None:
        """Keep ``issues``, to be given back in the order of ``order(issue)``: one pass over them gathers
        their values in lists, which become arrays once the pass is done."""
        n = len(issues)
        if not n:
            return
        kinds, kind_ids = self._kinds, self._kind_ids
        kind_of = [0] * n
        position = [0] * n
        plots, others, places, keys, labels = [], [], [], [], []
        for k, issue in enumerate(issues):
            params = issue.params
            names = tuple([name for name, _ in params])
            # an issue its rule made (make_issue, make_issues) is its template filled, by construction
            rendered = issue.templated or _rendered(issue)
            number = kind_ids.get((issue.code, issue.severity, issue.fix, names, rendered))
            if number is None:
                number = self._kind(issue, names, rendered)
            kind = kinds[number]
            kind_of[k] = number
            pending = kind.pending
            if pending:
                position[k] = kind.count + len(pending[0])
                for column, (_, value) in zip(pending, params):
                    column.append(value)
                if not rendered:
                    pending[-1].append(issue.message)
            else:
                position[k] = kind.count
                kind.count += 1  # no column: counted here
            plots.append(issue.plot_index)
            others.append(issue.other_plot_index)
            places.append(issue.location)
            keys.append(order(issue))
            labels.append(issue.plot_label)
        for kind in kinds:  # the batch's values into columns
            if kind.pending and kind.pending[0]:
                kind.count += len(kind.pending[0])
                for pieces, values in zip(kind.pieces, kind.pending):
                    pieces.append(_piece(values, self._strings))
                kind.pending = [[] for _ in kind.pending]
        other = np.array([NO_OTHER if index is None else index for index in others], dtype=np.int64)
        place = np.full((n, 2), np.nan)
        located = [k for k, where in enumerate(places) if where is not None]
        if located:
            place[located] = [places[k] for k in located]
        self._parts.append((np.array(kind_of, dtype=np.int32), np.array(position, dtype=np.int32),
                            np.array(plots, dtype=np.int64), other, place, _order_keys(keys)))
        encoded = [str(label).encode("utf-8") for label in labels]
        ends = np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=n)) + len(self._labels)
        self._labels += b"".join(encoded)
        self._label_ends.append(ends)

    def table(self) -> IssueTable:
        strings = list(self._strings)
        for kind in self._kinds:
            kind.columns = [_joined(pieces, strings) for pieces in kind.pieces]
            kind.pieces = kind.pending = []
        if not self._parts:
            return IssueTable(self._kinds, np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int64),
                              np.zeros(0, np.int64), np.zeros((0, 2)), b"", np.zeros(0, np.int64), strings)
        kinds, position, plot, other, place, keys = (np.concatenate(column) for column in zip(*self._parts))
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
        return IssueTable(self._kinds, kinds[order], position[order], plot[order], other[order], place[order],
                          labels, sorted_ends, strings)


def _order_keys(keys: list) -> np.ndarray:
    """Order keys (tuples of up to :data:`ORDER_KEYS` integers) as rows of integers, zeros after a
    shorter key's last."""
    table = np.zeros((len(keys), ORDER_KEYS), dtype=np.int64)
    for length in set(map(len, keys)):
        rows = [k for k, key in enumerate(keys) if len(key) == length]
        if length and rows:
            table[rows, :length] = [keys[k] for k in rows]
    return table


def _joined(pieces: list, strings: list) -> tuple[str, Any]:
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
