"""Every validation rule, once: its stable code, severity, title, plain message template and fix.

Codes are UPPER_SNAKE and never change meaning (other modules, saved reports and translations key on
them). ``message`` is a :meth:`str.format` template; :func:`make_issue` fills it for one plot and keeps
the values in :attr:`.Issue.params`, so :func:`render` can fill a translated template later.

Titles and templates are English and marked with :func:`.issues.QT_TRANSLATE_NOOP` in the
``VantageRules`` context: ``make update-translations`` puts them in ``i18n/*.ts`` without the core
importing Qt (``qgis_bridge.messages`` translates them with ``QCoreApplication.translate``). Write
every title and template as a plain literal inside ``QT_TRANSLATE_NOOP`` (no f-string: pylupdate5
only extracts literals); give values as parameters instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from string import Formatter
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

from ..plots import COMMODITIES, POINT_MAX_HA, Plot
from .issues import (
    CONTEXT,
    QT_TRANSLATE_NOOP,
    Issue,
    Phrase,
    Severity,
    Translate,
    format_template,
    new_issue,
    new_issues,
)

E, W = Severity.ERROR, Severity.WARNING

# Fix codes (described in :data:`.fixes.FIXES`).
CLOSE_RINGS = "CLOSE_RINGS"
REINTERPRET_AS_MULTIPOLYGON = "REINTERPRET_AS_MULTIPOLYGON"
DROP_DUPLICATE_VERTICES = "DROP_DUPLICATE_VERTICES"
ROUND_COORDINATES = "ROUND_COORDINATES"
REPAIR_GEOMETRY = "REPAIR_GEOMETRY"
SPLIT_MULTIPART = "SPLIT_MULTIPART"

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Phrase", "RULES", "Rule", "make_issue", "make_issues", "render",
           "render_title"]


@dataclass(frozen=True)
class Rule:
    """One check: ``message`` is a template filled by :func:`make_issue`."""

    code: str
    severity: Severity
    title: str
    message: str
    fix: Optional[str] = None

    def render(self, params: Mapping[str, Any], translate: Optional[Translate] = None) -> str:
        """``message`` filled with ``params``; translated first when ``translate`` is given.

        ``translate(context, template)`` returns the template in the user's language; if that cannot
        be filled (a translator dropped a placeholder) the English message is returned. The English
        template itself is filled as :func:`make_issue` does (it raises only on missing values).
        """
        return format_template(self.message, params, translate)

    def render_title(self, translate: Optional[Translate] = None) -> str:
        """``title``, translated when ``translate`` is given (the English title if that fails)."""
        if translate is None:
            return self.title
        try:
            return str(translate(CONTEXT, self.title)) or self.title
        except Exception:  # noqa: BLE001
            return self.title


_COMMODITY_LIST = ", ".join(COMMODITIES)
_MAX = f"{POINT_MAX_HA:g}"

_RULES: tuple[Rule, ...] = (
    # --- geometry presence and type
    Rule("GEOMETRY_NULL", E,
         QT_TRANSLATE_NOOP("VantageRules", "No geometry"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot has no geometry{detail}.")),
    Rule("GEOMETRY_EMPTY", E,
         QT_TRANSLATE_NOOP("VantageRules", "Empty geometry"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot's geometry is empty: draw the plot.")),
    Rule("GEOMETRY_LINE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Line geometry"),
         QT_TRANSLATE_NOOP("VantageRules",
                           "The plot is a line ({geometry_type}); a plot must be a point or a polygon.")),
    Rule("GEOMETRY_UNSUPPORTED", E,
         QT_TRANSLATE_NOOP("VantageRules", "Unsupported geometry type"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot's geometry type {geometry_type} is not supported; "
                                           "use a point or a polygon.")),
    Rule("MULTIPART", W,
         QT_TRANSLATE_NOOP("VantageRules", "Several parts"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot has {parts} parts; the Vantage API takes only single points "
                                           "and polygons, so they will be sent as {parts} features of the same plot."),
         SPLIT_MULTIPART),
    # --- the geometry as written in a GeoJSON source
    Rule("RAW_GEOMETRY_MALFORMED", E,
         QT_TRANSLATE_NOOP("VantageRules", "Malformed GeoJSON geometry"),
         QT_TRANSLATE_NOOP("VantageRules", "The geometry as written is malformed: {detail}.")),
    Rule("POLYGON_NESTED_AS_MULTIPOLYGON", E,
         QT_TRANSLATE_NOOP("VantageRules", "Polygon nested like a MultiPolygon"),
         QT_TRANSLATE_NOOP("VantageRules", "The geometry says \"Polygon\" but its coordinates are nested one level "
                                           "deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a "
                                           "MultiPolygon."),
         REINTERPRET_AS_MULTIPOLYGON),
    Rule("RING_NOT_CLOSED", E,
         QT_TRANSLATE_NOOP("VantageRules", "Ring not closed"),
         QT_TRANSLATE_NOOP("VantageRules",
                           "{count} ring(s) do not end where they start (first and last positions differ)."),
         CLOSE_RINGS),
    Rule("RING_TOO_FEW_POSITIONS", E,
         QT_TRANSLATE_NOOP("VantageRules", "Ring with too few positions"),
         QT_TRANSLATE_NOOP("VantageRules", "A ring has fewer than 4 positions (at least 3 distinct corners, then "
                                           "the first again){detail}.")),
    # --- polygon validity
    Rule("POLYGON_SELF_INTERSECTION", E,
         QT_TRANSLATE_NOOP("VantageRules", "Self-intersection"),
         QT_TRANSLATE_NOOP("VantageRules", "The outline crosses or touches itself (for example a bow-tie) at "
                                           "{lon:.6f}, {lat:.6f}."),
         REPAIR_GEOMETRY),
    Rule("POLYGON_SPIKE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Spike"),
         QT_TRANSLATE_NOOP("VantageRules", "{count} spike(s): the outline goes out and comes back along the same "
                                           "line, first at {lon:.6f}, {lat:.6f}."),
         REPAIR_GEOMETRY),
    Rule("POLYGON_SHARP_SPIKE", W,
         QT_TRANSLATE_NOOP("VantageRules", "Sharp spike"),
         QT_TRANSLATE_NOOP("VantageRules", "{count} sharp spike(s): two edges meet at {angle:.2f}° at {lon:.6f}, "
                                           "{lat:.6f}, adding a long thin sliver; check that vertex.")),
    Rule("POLYGON_CROSSES_ANTIMERIDIAN", E,
         QT_TRANSLATE_NOOP("VantageRules", "Crosses the 180° meridian"),
         QT_TRANSLATE_NOOP("VantageRules", "An edge jumps from longitude {west:.6f} to {east:.6f} across the 180° "
                                           "meridian: read as drawn, the plot goes the long way round the world. "
                                           "Split it at 180° into one part on each side.")),
    Rule("POLYGON_ZERO_AREA", E,
         QT_TRANSLATE_NOOP("VantageRules", "Zero-area ring"),
         QT_TRANSLATE_NOOP("VantageRules",
                           "A ring encloses no area (its corners lie on one line or on top of each other).")),
    Rule("POLYGON_INVALID", E,
         QT_TRANSLATE_NOOP("VantageRules", "Invalid polygon"),
         QT_TRANSLATE_NOOP("VantageRules", "The polygon is invalid: {reason}."),
         REPAIR_GEOMETRY),
    Rule("POLYGON_HOLE", W,
         QT_TRANSLATE_NOOP("VantageRules", "Hole"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot has {count} hole(s); the EU Information System ignores holes, "
                                           "so the whole outline counts.")),
    Rule("DUPLICATE_VERTEX", W,
         QT_TRANSLATE_NOOP("VantageRules", "Repeated vertex"),
         QT_TRANSLATE_NOOP("VantageRules",
                           "{count} vertex/vertices repeat the previous one, first at {lon:.6f}, {lat:.6f}."),
         DROP_DUPLICATE_VERTICES),
    # --- coordinates
    Rule("COORDINATE_NOT_FINITE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Coordinate not a number"),
         QT_TRANSLATE_NOOP("VantageRules", "A coordinate is not a finite number (NaN or infinite).")),
    Rule("COORDINATES_LOOK_PROJECTED", E,
         QT_TRANSLATE_NOOP("VantageRules", "Coordinates look like metres"),
         QT_TRANSLATE_NOOP("VantageRules", "Coordinates such as {x:.1f}, {y:.1f} are far outside ±180/±90: they "
                                           "look like projected metres: is the layer CRS right?")),
    Rule("COORDINATE_OUT_OF_RANGE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Coordinate out of range"),
         QT_TRANSLATE_NOOP("VantageRules", "Coordinate {x:.6f}, {y:.6f} is outside longitude ±180 / latitude ±90.")),
    Rule("COORDINATE_PRECISION_LOW", W,
         QT_TRANSLATE_NOOP("VantageRules", "Fewer than 6 decimals"),
         QT_TRANSLATE_NOOP("VantageRules", "All coordinates have at most 5 decimals; EUDR asks for 6 (about 0.1 m).")),
    Rule("ROUNDING_MAKES_INVALID", E,
         QT_TRANSLATE_NOOP("VantageRules", "Invalid after rounding"),
         QT_TRANSLATE_NOOP("VantageRules",
                           "Rounded to 6 decimals for sending, the polygon becomes invalid ({reason})."),
         ROUND_COORDINATES),
    # --- points
    Rule("POINT_HA_MISSING", E,
         QT_TRANSLATE_NOOP("VantageRules", "Point without area"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot is a point but has no area (point_ha); EUDR allows a point "
                                           "only for a plot under {max} ha.")),
    Rule("POINT_HA_NOT_NUMBER", E,
         QT_TRANSLATE_NOOP("VantageRules", "Point area not a number"),
         QT_TRANSLATE_NOOP("VantageRules", "The point's area (point_ha) {value!r} is not a number.")),
    Rule("POINT_HA_NOT_POSITIVE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Point area not positive"),
         QT_TRANSLATE_NOOP("VantageRules", "The point's area (point_ha) is {value:g} ha; it must be more than 0.")),
    Rule("POINT_TOO_LARGE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Point for a large plot"),
         QT_TRANSLATE_NOOP("VantageRules", "The point stands for {value:g} ha; Vantage takes a point only for a "
                                           "plot under {max} ha (the EU Information System accepts points up to "
                                           "{max} ha): draw this plot as a polygon.")),
    # --- attributes
    Rule("COMMODITY_MISSING", W,
         QT_TRANSLATE_NOOP("VantageRules", "No commodity"),
         QT_TRANSLATE_NOOP("VantageRules",
                           "The plot has no commodity; one must then be given for the whole job.")),
    Rule("COMMODITY_UNKNOWN", E,
         QT_TRANSLATE_NOOP("VantageRules", "Unknown commodity"),
         QT_TRANSLATE_NOOP("VantageRules", "Commodity {value!r} is not one of {commodities}.")),
    Rule("HARVEST_DATE_MISSING", W,
         QT_TRANSLATE_NOOP("VantageRules", "No harvest date"),
         QT_TRANSLATE_NOOP("VantageRules", "The plot has no harvest date; one must then be given for the whole job "
                                           "(it ends the analysis window).")),
    Rule("HARVEST_DATE_INVALID", E,
         QT_TRANSLATE_NOOP("VantageRules", "Harvest date not yyyy-MM-dd"),
         QT_TRANSLATE_NOOP("VantageRules", "Harvest date {value!r} is not a date written yyyy-MM-dd.")),
    Rule("HARVEST_DATE_BEFORE_CUTOFF", E,
         QT_TRANSLATE_NOOP("VantageRules", "Harvest date before 2021"),
         QT_TRANSLATE_NOOP("VantageRules", "Harvest date {value} is before 1 January 2021: the EUDR cut-off is "
                                           "31 December 2020, so there is no period after it to assess.")),
    Rule("HARVEST_DATE_FUTURE", E,
         QT_TRANSLATE_NOOP("VantageRules", "Harvest date in the future"),
         QT_TRANSLATE_NOOP("VantageRules", "Harvest date {value} is after today ({today}).")),
    # --- across the batch
    Rule("DUPLICATE_GEOMETRY", W,
         QT_TRANSLATE_NOOP("VantageRules", "Duplicate geometry"),
         QT_TRANSLATE_NOOP("VantageRules", "Same geometry as plot {other}.")),
    Rule("DUPLICATE_PLOT_ID", W,
         QT_TRANSLATE_NOOP("VantageRules", "Duplicate plot id"),
         QT_TRANSLATE_NOOP("VantageRules", "Plot id {value!r} of {feature} is also the id of {other_feature}.")),
    Rule("PLOTS_OVERLAP", W,
         QT_TRANSLATE_NOOP("VantageRules", "Plots overlap"),
         QT_TRANSLATE_NOOP("VantageRules", "Overlaps plot {other} by {area_ha:.4f} ha{detail}.")),
)

#: Every rule by its code: the one home of codes, severities, titles, templates and fixes.
RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}

#: ``{detail}`` of PLOTS_OVERLAP when the plot lies entirely inside the other one.
INSIDE_OTHER_PLOT = Phrase(QT_TRANSLATE_NOOP("VantageRules", " (it lies entirely inside that plot)"))

#: PLOTS_OVERLAP: two plots overlap when their shared part's planar area (square degrees, as read)
#: is more than this; 0 means any shared area, while plots that only touch (a shared edge or corner,
#: area 0) do not overlap.
OVERLAP_MIN_AREA = 0.0


def make_issue(
    code: str,
    plot: Plot,
    *,
    location: Optional[tuple[float, float]] = None,
    other: Optional[Plot] = None,
    **params: Any,
) -> Issue:
    """The :class:`Issue` of rule ``code`` for ``plot``, its message filled with ``params``.

    The values the template was filled with (defaults, location, other plot's label and ``params``)
    are kept in :attr:`.Issue.params`; a :class:`~.issues.Phrase` value is translated with the template.
    """
    rule = RULES[code]
    values: dict[str, Any] = {"max": _MAX, "detail": "", "commodities": _COMMODITY_LIST}
    if location is not None:
        values.update(lon=location[0], lat=location[1])
    if other is not None:
        values["other"] = other.label
    values.update(params)
    return new_issue(
        code,
        rule.severity,
        rule.message.format(**values),
        plot.index,
        plot.label,
        rule.fix,
        None if other is None else other.index,
        None if location is None else (float(location[0]), float(location[1])),
        tuple(values.items()),
        templated=True,
    )


def make_issues(
    code: str,
    indices: Sequence[int],
    labels: Sequence[str],
    *,
    locations: Optional[Sequence[tuple[float, float]]] = None,
    others: Optional[Sequence[tuple[int, str]]] = None,
    lonlat: Optional[tuple[Sequence[float], Sequence[float]]] = None,
    other_columns: Optional[tuple[Sequence[int], Sequence[str]]] = None,
    **columns: Sequence[Any],
) -> list[Issue]:
    """Many issues of rule ``code`` at once: issue ``k`` is ``make_issue(code, plot, location=locations[k],
    other=other, **{name: column[k]})`` for the plot of index ``indices[k]`` and label ``labels[k]``
    (``others[k]``: the other plot's index and label), the same issue made without the per-call overhead:
    the messages by one f-string compiled from the template (:func:`_filler`) mapped over the columns.
    ``lonlat`` (the longitudes and the latitudes, floats) and ``other_columns`` (the other plots' indices
    and labels) give the same as ``locations`` and ``others`` by columns.
    """
    rule = RULES[code]
    n = len(indices)
    # The values as make_issue orders them: defaults, location, other plot, then the columns (a column
    # named like a default replaces it in place).
    values: dict[str, Iterable[Any]] = {key: repeat(value, n) for key, value in _DEFAULTS.items()}
    wheres: Sequence[Optional[tuple[float, float]]] = [None] * n
    other_indices: Sequence[Optional[int]] = [None] * n
    if lonlat is not None:
        values["lon"], values["lat"] = lonlat
        wheres = list(zip(*lonlat))
    elif locations is not None:
        values["lon"], values["lat"] = [lon for lon, _ in locations], [lat for _, lat in locations]
        wheres = [(float(lon), float(lat)) for lon, lat in locations]
    if other_columns is not None:
        other_indices, values["other"] = other_columns
    elif others is not None:
        other_indices, values["other"] = [index for index, _ in others], [label for _, label in others]
    values.update(columns)
    constant = frozenset(key for key in _DEFAULTS if key not in columns)
    fill, names = _filler(rule.message, constant)
    # A KeyError, as in make_issue, when a placeholder has no value.
    messages = list(map(fill, *(values[name] for name in names))) if names else [fill()] * n
    # A default's (name, value) pair is one tuple shared by every issue: fewer objects to allocate and
    # for the garbage collector to scan.
    params = list(zip(*(repeat((key, _DEFAULTS[key]), n) if key in constant else zip(repeat(key), column)
                        for key, column in values.items()))) if n else []
    return new_issues(code, rule.severity, rule.fix, messages, indices, labels, other_indices, wheres, params,
                      templated=True)


def _fields(template: str) -> list[tuple[str, Optional[str], str, Optional[str]]]:
    """``template`` parsed as :meth:`str.format` parses it: (literal text, field name, format spec,
    conversion) per piece; field names and specs are plain here (no attribute, index or nested field)."""
    parsed = _PARSED.get(template)
    if parsed is None:
        parsed = [(literal, name, spec or "", conversion)
                  for literal, name, spec, conversion in Formatter().parse(template)]
        if any(name is not None and (not name.isidentifier() or "{" in (spec or "")) for _, name, spec, _ in parsed):
            raise ValueError(f"make_issues takes plain placeholders only: {template!r}")
        _PARSED[template] = parsed
    return parsed


def _filler(template: str, constant: frozenset[str]) -> tuple[Callable[..., str], tuple[str, ...]]:
    """``template`` as a function of its placeholders' values (in the order of ``names``, each name once)
    giving ``template.format(**values)``: an f-string compiled once per template, the placeholders of
    ``constant`` defaults written into it already. Several times faster than formatting each
    placeholder over its column and joining the pieces, issue by issue."""
    key = (template, constant & {name for _, name, _, _ in _fields(template) if name})
    made = _FILLERS.get(key)
    if made is None:
        names: list[str] = []
        body = []
        for literal, name, spec, conversion in _fields(template):
            body.append(literal.replace("{", "{{").replace("}", "}}"))
            if name is None:
                continue
            if name in constant:
                value = _DEFAULTS[name]
                text = format(_CONVERT[conversion](value) if conversion else value, spec)
                body.append(text.replace("{", "{{").replace("}", "}}"))
                continue
            if name not in names:
                names.append(name)
            converted = "!" + conversion if conversion else ""
            body.append(f"{{_{names.index(name)}{converted}{':' + spec if spec else ''}}}")
        arguments = ", ".join(f"_{k}" for k in range(len(names)))
        made = (eval(f"lambda {arguments}: f{''.join(body)!r}", {}), tuple(names))  # our own templates
        _FILLERS[key] = made
    return made


_DEFAULTS: dict[str, Any] = {"max": _MAX, "detail": "", "commodities": _COMMODITY_LIST}
_CONVERT: dict[str, Callable[[Any], str]] = {"r": repr, "s": str, "a": ascii}
_PARSED: dict[str, list[tuple[str, Optional[str], str, Optional[str]]]] = {}
_FILLERS: dict[tuple[str, frozenset[str]], tuple[Callable[..., str], tuple[str, ...]]] = {}


def render(issue: Issue, translate: Optional[Translate] = None) -> str:
    """The message of ``issue``, in the user's language when ``translate`` is given; never raises.

    An issue of an unknown code, or without params (built by hand), keeps its ``message``, as does
    any issue whose translated template cannot be filled.
    """
    rule = RULES.get(issue.code)
    if rule is None or not issue.params or translate is None:
        return issue.message
    try:
        return rule.render(dict(issue.params), translate)
    except Exception:  # noqa: BLE001 - the English message is always right
        return issue.message


def render_title(code: str, translate: Optional[Translate] = None) -> str:
    """The title of rule ``code`` (translated when ``translate`` is given); ``code`` if unknown."""
    rule = RULES.get(code)
    return code if rule is None else rule.render_title(translate)
