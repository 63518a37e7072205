"""What validation reports: one :class:`Issue` per problem found in a plot.

An issue keeps its English ``message`` (logs, API, tests) and the ``params`` its rule's template was
formatted with, so the GUI can render it again in the user's language (:func:`.rules.render`). The
core stays free of Qt: :func:`QT_TRANSLATE_NOOP` only marks strings for ``pylupdate5``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Mapping, Optional, Sequence

#: Attribute added to each plot made by splitting a multi-part plot (fixes.py): its part number, from 1.
#: Here, with no shapely import, so the shell can name the column without the geometry stack.
PART_FIELD = "vantage_part"

#: The Qt translation context of every rule title, message template and :class:`Phrase`.
CONTEXT = "VantageRules"

#: ``translate(context, source) -> translated source`` (e.g. ``QCoreApplication.translate``).
Translate = Callable[[str, str], str]

Params = tuple[tuple[str, Any], ...]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Mark ``text`` for translation in ``context`` (``pylupdate5`` extracts it); returns it unchanged."""
    return text


def format_template(english: str, params: Mapping[str, Any], translate: Optional[Translate] = None) -> str:
    """``english`` translated by ``translate`` and filled with ``params``; never raises.

    :class:`Phrase` values among ``params`` are translated too. If the translated template cannot be
    filled (a translator dropped or renamed a placeholder, broke a brace), the English text is returned.
    """
    if translate is None:
        return english.format(**params)
    try:
        values = {key: value.render(translate) if isinstance(value, Phrase) else value
                  for key, value in params.items()}
        return translate(CONTEXT, english).format(**values)
    except Exception:  # noqa: BLE001 - a broken translation must never hide the problem
        return english.format(**params)


@dataclass(frozen=True)
class Phrase:
    """A translatable piece of a message, given as a parameter (e.g. a rule's ``{detail}``).

    Formats as its English text, so a template filled with a phrase reads as before; :func:`.rules.render`
    translates it with the template. Mark ``text`` with :func:`QT_TRANSLATE_NOOP` where it is written.
    """

    text: str
    params: Params = ()

    def render(self, translate: Optional[Translate] = None) -> str:
        try:
            return format_template(self.text, dict(self.params), translate)
        except Exception:  # noqa: BLE001 - a bad parameter: the raw text is better than nothing
            return self.text

    def __str__(self) -> str:
        return self.render()

    def __format__(self, spec: str) -> str:
        return format(self.render(), spec)


class Severity(str, Enum):
    """An error blocks the plot (it is never sent or analysed); a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """A problem with a plot, with a stable ``code`` from :mod:`.rules` and a plain message."""

    code: str
    severity: Severity
    message: str
    plot_index: int
    plot_label: str
    fix: Optional[str] = None
    """The code of the safe fix that removes this issue, when there is one (see :mod:`.fixes`)."""
    other_plot_index: Optional[int] = None
    """For duplicates and overlaps: the other plot concerned."""
    location: Optional[tuple[float, float]] = None
    """Where in the plot (lon, lat), when the problem has a place (a self-intersection, a spike)."""
    params: Params = field(default=(), compare=False)
    """The values ``message`` was formatted with, as (name, value) pairs: the rule's template filled
    with them gives ``message`` again (:func:`.rules.render` fills a translated template). Not part of
    equality or the hash (``message`` already says the same), so an unhashable value cannot break either."""
    templated: bool = field(default=False, compare=False, repr=False)
    """``message`` is the rule's template filled with ``params`` (:func:`.rules.make_issue` and
    :func:`.rules.make_issues` make it so), so the issue can be kept without its message
    (:class:`.issue_table.IssueColumns`). False: not known, compared when needed."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def param_dict(self) -> dict[str, Any]:
        return dict(self.params)


_NEW = object.__new__


def new_issue(code: str, severity: Severity, message: str, plot_index: int, plot_label: str, fix: Optional[str],
              other_plot_index: Optional[int], location: Optional[tuple[float, float]], params: Params,
              templated: bool = False) -> Issue:
    """``Issue(...)`` with every field given, made without the frozen dataclass's per-field
    ``object.__setattr__`` calls (half the time: validation makes one per problem, millions in a batch)."""
    issue = _NEW(Issue)
    issue.__dict__.update(code=code, severity=severity, message=message, plot_index=plot_index,
                          plot_label=plot_label, fix=fix, other_plot_index=other_plot_index, location=location,
                          params=params, templated=templated)
    return issue


def new_issues(code: str, severity: Severity, fix: Optional[str], messages: Sequence[str], plot_indices: Sequence[int],
               plot_labels: Sequence[str], other_plot_indices: Sequence[Optional[int]],
               locations: Sequence[Optional[tuple[float, float]]], params: Sequence[Params],
               templated: bool = False) -> list[Issue]:
    """:func:`new_issue` for many issues of one rule (the columns give one value per issue). Each field is
    stored into the new issue's ``__dict__`` by item (no keyword dict per issue: 40 % less time)."""
    issues: list[Issue] = []
    append = issues.append
    new, cls = _NEW, Issue
    for message, index, label, other, location, values in zip(messages, plot_indices, plot_labels,
                                                               other_plot_indices, locations, params):
        issue = new(cls)
        fields = issue.__dict__
        fields["code"] = code
        fields["severity"] = severity
        fields["message"] = message
        fields["plot_index"] = index
        fields["plot_label"] = label
        fields["fix"] = fix
        fields["other_plot_index"] = other
        fields["location"] = location
        fields["params"] = values
        fields["templated"] = templated
        append(issue)
    return issues
