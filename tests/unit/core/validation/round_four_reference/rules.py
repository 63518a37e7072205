"""Round four's ``rules.make_issues``, kept as the reference (each placeholder formatted over its column,
the pieces joined issue by issue)."""

from __future__ import annotations

from itertools import repeat
from typing import Any, Iterable, Optional, Sequence

from vantage_plugin.core.validation.issues import Issue, new_issues
from vantage_plugin.core.validation.rules import _CONVERT, _DEFAULTS, RULES, _fields


def make_issues(
    code: str,
    indices: Sequence[int],
    labels: Sequence[str],
    *,
    locations: Optional[Sequence[tuple[float, float]]] = None,
    others: Optional[Sequence[tuple[int, str]]] = None,
    **columns: Sequence[Any],
) -> list[Issue]:
    """Many issues of rule ``code`` at once: issue ``k`` is ``make_issue(code, plot, location=locations[k],
    other=other, **{name: column[k]})`` for the plot of index ``indices[k]`` and label ``labels[k]``
    (``others[k]``: the other plot's index and label), the same issue made without the per-call overhead:
    column by column (each placeholder formatted over its whole column, then the pieces joined), not
    row by row.
    """
    rule = RULES[code]
    n = len(indices)
    # The values as make_issue orders them: defaults, location, other plot, then the columns (a column
    # named like a default replaces it in place).
    values: dict[str, Iterable[Any]] = {key: repeat(value, n) for key, value in _DEFAULTS.items()}
    wheres: Sequence[Optional[tuple[float, float]]] = [None] * n
    other_indices: Sequence[Optional[int]] = [None] * n
    if locations is not None:
        values["lon"], values["lat"] = [lon for lon, _ in locations], [lat for _, lat in locations]
        wheres = [(float(lon), float(lat)) for lon, lat in locations]
    if others is not None:
        other_indices, values["other"] = [index for index, _ in others], [label for _, label in others]
    values.update(columns)
    constant = {key for key in _DEFAULTS if key not in columns}
    pieces: list[Any] = []
    for literal, name, spec, conversion in _fields(rule.message):
        if literal:
            pieces.append(repeat(literal, n))
        if name is None:
            continue
        column = values[name]  # a KeyError, as in make_issue, when a placeholder has no value
        if name in constant:
            column = [_DEFAULTS[name]]
        if conversion:
            column = [_CONVERT[conversion](value) for value in column]
        text = [format(value, spec) for value in column]
        pieces.append(repeat(text[0], n) if name in constant else text)
    messages = ["".join(parts) for parts in zip(*pieces)] if pieces else [""] * n
    # A default's (name, value) pair is one tuple shared by every issue: fewer objects to allocate and
    # for the garbage collector to scan.
    params = list(zip(*(repeat((key, _DEFAULTS[key]), n) if key in constant else zip(repeat(key), column)
                        for key, column in values.items()))) if n else []
    return new_issues(code, rule.severity, rule.fix, messages, indices, labels, other_indices, wheres, params)
