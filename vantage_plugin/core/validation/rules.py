"""Every validation rule, once: its stable code, severity, title, plain message template and fix.

Codes are UPPER_SNAKE and never change meaning (other modules, saved reports and translations key on
them). ``message`` is a :meth:`str.format` template; :func:`make_issue` fills it for one plot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from ..plots import COMMODITIES, POINT_MAX_HA, Plot
from .issues import Issue, Severity

E, W = Severity.ERROR, Severity.WARNING

# Fix codes (described in :data:`.fixes.FIXES`).
CLOSE_RINGS = "CLOSE_RINGS"
REINTERPRET_AS_MULTIPOLYGON = "REINTERPRET_AS_MULTIPOLYGON"
DROP_DUPLICATE_VERTICES = "DROP_DUPLICATE_VERTICES"
ROUND_COORDINATES = "ROUND_COORDINATES"
REPAIR_GEOMETRY = "REPAIR_GEOMETRY"
SPLIT_MULTIPART = "SPLIT_MULTIPART"


@dataclass(frozen=True)
class Rule:
    """One check: ``message`` is a template filled by :func:`make_issue`."""

    code: str
    severity: Severity
    title: str
    message: str
    fix: Optional[str] = None


_COMMODITY_LIST = ", ".join(COMMODITIES)
_MAX = f"{POINT_MAX_HA:g}"

_RULES: tuple[Rule, ...] = (
    # --- geometry presence and type
    Rule("GEOMETRY_NULL", E, "No geometry", "The plot has no geometry{detail}."),
    Rule("GEOMETRY_EMPTY", E, "Empty geometry", "The plot's geometry is empty: draw the plot."),
    Rule("GEOMETRY_LINE", E, "Line geometry",
         "The plot is a line ({geometry_type}); a plot must be a point or a polygon."),
    Rule("GEOMETRY_UNSUPPORTED", E, "Unsupported geometry type",
         "The plot's geometry type {geometry_type} is not supported; use a point or a polygon."),
    Rule("MULTIPART", W, "Several parts",
         "The plot has {parts} parts; the Vantage API takes only single points and polygons, "
         "so they will be sent as {parts} features of the same plot.", SPLIT_MULTIPART),
    # --- the geometry as written in a GeoJSON source
    Rule("RAW_GEOMETRY_MALFORMED", E, "Malformed GeoJSON geometry", "The geometry as written is malformed: {detail}."),
    Rule("POLYGON_NESTED_AS_MULTIPOLYGON", E, "Polygon nested like a MultiPolygon",
         "The geometry says \"Polygon\" but its coordinates are nested one level deeper, like a "
         "MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.", REINTERPRET_AS_MULTIPOLYGON),
    Rule("RING_NOT_CLOSED", E, "Ring not closed",
         "{count} ring(s) do not end where they start (first and last positions differ).", CLOSE_RINGS),
    Rule("RING_TOO_FEW_POSITIONS", E, "Ring with too few positions",
         "A ring has fewer than 4 positions (at least 3 distinct corners, then the first again){detail}."),
    # --- polygon validity
    Rule("POLYGON_SELF_INTERSECTION", E, "Self-intersection",
         "The outline crosses or touches itself (for example a bow-tie) at {lon:.6f}, {lat:.6f}.", REPAIR_GEOMETRY),
    Rule("POLYGON_SPIKE", E, "Spike",
         "{count} spike(s): the outline goes out and comes back along the same line, first at "
         "{lon:.6f}, {lat:.6f}.", REPAIR_GEOMETRY),
    Rule("POLYGON_ZERO_AREA", E, "Zero-area ring",
         "A ring encloses no area (its corners lie on one line or on top of each other)."),
    Rule("POLYGON_INVALID", E, "Invalid polygon", "The polygon is invalid: {reason}.", REPAIR_GEOMETRY),
    Rule("POLYGON_HOLE", W, "Hole",
         "The plot has {count} hole(s); the EU Information System ignores holes, so the whole outline counts."),
    Rule("DUPLICATE_VERTEX", W, "Repeated vertex",
         "{count} vertex/vertices repeat the previous one, first at {lon:.6f}, {lat:.6f}.", DROP_DUPLICATE_VERTICES),
    # --- coordinates
    Rule("COORDINATE_NOT_FINITE", E, "Coordinate not a number", "A coordinate is not a finite number (NaN or infinite)."),
    Rule("COORDINATES_LOOK_PROJECTED", E, "Coordinates look like metres",
         "Coordinates such as {x:.1f}, {y:.1f} are far outside ±180/±90: they look like projected "
         "metres: is the layer CRS right?"),
    Rule("COORDINATE_OUT_OF_RANGE", E, "Coordinate out of range",
         "Coordinate {x:.6f}, {y:.6f} is outside longitude ±180 / latitude ±90."),
    Rule("COORDINATE_PRECISION_LOW", W, "Fewer than 6 decimals",
         "All coordinates have at most 5 decimals; EUDR asks for 6 (about 0.1 m)."),
    Rule("ROUNDING_MAKES_INVALID", E, "Invalid after rounding",
         "Rounded to 6 decimals for sending, the polygon becomes invalid ({reason}).", ROUND_COORDINATES),
    # --- points
    Rule("POINT_HA_MISSING", E, "Point without area",
         "The plot is a point but has no area (point_ha); EUDR allows a point only for a plot under {max} ha."),
    Rule("POINT_HA_NOT_NUMBER", E, "Point area not a number", "The point's area (point_ha) {value!r} is not a number."),
    Rule("POINT_HA_NOT_POSITIVE", E, "Point area not positive",
         "The point's area (point_ha) is {value:g} ha; it must be more than 0."),
    Rule("POINT_TOO_LARGE", E, "Point for a large plot",
         "The point stands for {value:g} ha; EUDR allows a point only for a plot under {max} ha: "
         "draw this plot as a polygon."),
    # --- attributes
    Rule("COMMODITY_MISSING", W, "No commodity",
         "The plot has no commodity; one must then be given for the whole job."),
    Rule("COMMODITY_UNKNOWN", E, "Unknown commodity",
         f"Commodity {{value!r}} is not one of {_COMMODITY_LIST}."),
    Rule("HARVEST_DATE_MISSING", W, "No harvest date",
         "The plot has no harvest date; one must then be given for the whole job (it ends the analysis window)."),
    Rule("HARVEST_DATE_INVALID", E, "Harvest date not yyyy-MM-dd",
         "Harvest date {value!r} is not a date written yyyy-MM-dd."),
    Rule("HARVEST_DATE_FUTURE", E, "Harvest date in the future", "Harvest date {value} is after today ({today})."),
    # --- across the batch
    Rule("DUPLICATE_GEOMETRY", W, "Duplicate geometry", "Same geometry as plot {other}."),
    Rule("PLOTS_OVERLAP", W, "Plots overlap", "Overlaps plot {other} by {area_ha:.4f} ha{detail}."),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


def make_issue(
    code: str,
    plot: Plot,
    *,
    location: Optional[tuple[float, float]] = None,
    other: Optional[Plot] = None,
    **params: Any,
) -> Issue:
    """The :class:`Issue` of rule ``code`` for ``plot``, its message filled with ``params``."""
    rule = RULES[code]
    values = {"max": _MAX, "detail": ""}
    if location is not None:
        values.update(lon=location[0], lat=location[1])
    if other is not None:
        values["other"] = other.label
    values.update(params)
    return Issue(
        code=code,
        severity=rule.severity,
        message=rule.message.format(**values),
        plot_index=plot.index,
        plot_label=plot.label,
        fix=rule.fix,
        other_plot_index=None if other is None else other.index,
        location=None if location is None else (float(location[0]), float(location[1])),
    )
