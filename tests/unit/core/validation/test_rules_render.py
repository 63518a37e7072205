"""Rule messages can be rendered again from an issue's params, in another language, and never break.

Every issue here comes out of the real validation (one plot per rule code), so the params its message
was filled with are exactly those the checks pass; the translations are checked against the .ts files.
"""

from __future__ import annotations

import datetime as dt
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon, box

from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import RULES, validate
from vantage_plugin.core.validation.geojson_raw import build_geometry
from vantage_plugin.core.validation.issues import CONTEXT, Issue, Phrase
from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT, make_issue, render, render_title

REPO = Path(__file__).resolve().parents[4]
LANGUAGES = ("fr", "es", "pt")
TODAY = dt.date(2025, 6, 30)


def _square(x: float, y: float, size: float = 0.001) -> Polygon:
    return box(x + 0.0000013, y + 0.0000017, x + size + 0.0000013, y + size + 0.0000017)


def _plot(index: int, geometry, **kwargs) -> Plot:
    values = {"commodity": "cocoa", "harvest_date": "2024-12-31"}
    values.update(kwargs)
    return Plot(index=index, geometry=geometry, user_id=f"P{index}", **values)


def _raw(index: int, raw: dict) -> Plot:
    geometry, error = build_geometry(raw)
    return _plot(index, geometry, raw_geometry=raw, read_error=error)


def _cases() -> list[Plot]:
    """One plot (or pair) per rule code, far apart so that nothing overlaps by accident."""
    x = [-10.0 + 0.1 * k for k in range(60)]
    ring = [[x[20] + 0.0000013, 5.0000017], [x[20] + 0.0100013, 5.0000017], [x[20] + 0.0100013, 5.0100017],
            [x[20] + 0.0000013, 5.0100017]]
    notch = Polygon([(0.0, 0.0), (0.001, 0.0), (0.001, 0.001), (0.0005000004, 0.001), (0.0005, 0.0000003),
                     (0.0004999996, 0.001), (0.0, 0.001)])
    big, small = _square(x[40], 5.0, 0.01), _square(x[40] + 0.002, 5.002, 0.001)
    return [
        _plot(0, None, read_error="the geometry could not be read"),                      # GEOMETRY_NULL
        _plot(1, Polygon()),                                                              # GEOMETRY_EMPTY
        _plot(2, LineString([(x[2], 5.0000013), (x[2] + 0.01, 5.0000017)])),              # GEOMETRY_LINE
        _plot(3, GeometryCollection([Point(x[3], 5.0000013), _square(x[3], 5.0)])),      # GEOMETRY_UNSUPPORTED
        _plot(4, MultiPolygon([_square(x[4], 5.0), _square(x[4] + 0.01, 5.0)])),         # MULTIPART
        _raw(5, {"type": "Blob", "coordinates": []}),                                   # RAW_GEOMETRY_MALFORMED
        _raw(6, {"type": "Polygon", "coordinates": [[ring + [ring[0]]]]}),              # ..._NESTED_AS_MULTIPOLYGON
        _raw(7, {"type": "Polygon", "coordinates": [ring]}),                            # RING_NOT_CLOSED
        _raw(8, {"type": "Polygon", "coordinates": [[ring[0], ring[1], ring[0]]]}),     # RING_TOO_FEW_POSITIONS
        _plot(9, Polygon([(x[9], 5.0000013), (x[9] + 0.01, 5.0100017), (x[9] + 0.01, 5.0000013),
                          (x[9], 5.0100017)])),                                           # POLYGON_SELF_INTERSECTION
        _plot(10, Polygon([(x[10], 5.0000013), (x[10] + 0.01, 5.0000013), (x[10] + 0.02, 5.0000013),
                           (x[10] + 0.01, 5.0000013), (x[10] + 0.01, 5.0100017), (x[10], 5.0100017)])),  # SPIKE
        _plot(11, Polygon([(x[11], 5.0000013), (x[11] + 0.01, 5.0000013), (x[11] + 0.02, 5.0000013)])),  # ZERO_AREA
        _plot(12, Polygon(_square(x[12], 5.0).exterior.coords,
                          [_square(x[12] + 0.01, 5.0).exterior.coords])),                 # POLYGON_INVALID
        _plot(13, Polygon(_square(x[13], 5.0, 0.01).exterior.coords,
                          [_square(x[13] + 0.002, 5.002).exterior.coords])),              # POLYGON_HOLE
        _plot(14, Polygon([(x[14], 5.0000013), (x[14] + 0.01, 5.0000013), (x[14] + 0.01, 5.0000013),
                           (x[14] + 0.01, 5.0100017), (x[14], 5.0100017)])),              # DUPLICATE_VERTEX
        _plot(15, Polygon([(x[15], 5.0000013), (float("nan"), 5.0000013), (x[15] + 0.01, 5.0100017)])),
        _plot(16, box(500000.0, 600000.0, 501000.0, 601000.0)),                          # LOOK_PROJECTED
        _plot(17, Point(181.1234567, 5.0000013), point_ha=1.0),                          # OUT_OF_RANGE
        _plot(18, box(x[18], 5.0, x[18] + 0.01, 5.01)),                                  # PRECISION_LOW
        _plot(19, shapely.affinity.translate(notch, x[19], 5.0)),                       # ROUNDING_MAKES_INVALID
        _plot(20, Point(x[21], 5.0000013)),                                               # POINT_HA_MISSING
        _plot(21, Point(x[22], 5.0000013), point_ha="abc"),                               # POINT_HA_NOT_NUMBER
        _plot(22, Point(x[23], 5.0000013), point_ha=0),                                   # POINT_HA_NOT_POSITIVE
        _plot(23, Point(x[24], 5.0000013), point_ha=12.5),                                # POINT_TOO_LARGE
        _plot(24, _square(x[25], 5.0), commodity=None),                                   # COMMODITY_MISSING
        _plot(25, _square(x[26], 5.0), commodity="bananas"),                              # COMMODITY_UNKNOWN
        _plot(26, _square(x[27], 5.0), harvest_date=None),                                # HARVEST_DATE_MISSING
        _plot(27, _square(x[28], 5.0), harvest_date="31/12/2024"),                        # HARVEST_DATE_INVALID
        _plot(28, _square(x[29], 5.0), harvest_date="2999-01-01"),                        # HARVEST_DATE_FUTURE
        _plot(29, _square(x[30], 5.0)), _plot(30, _square(x[30], 5.0)),                   # DUPLICATE_GEOMETRY
        _plot(31, big), _plot(32, small),                                                 # PLOTS_OVERLAP (inside)
        _plot(33, _square(x[45], 5.0, 0.01)), _plot(34, _square(x[45] + 0.005, 5.005, 0.01)),  # PLOTS_OVERLAP
        _plot(35, _square(x[47], 5.0), harvest_date="2020-06-30"),                        # HARVEST_DATE_BEFORE_CUTOFF
        _plot(36, Polygon([(179.9995013, -5.0000013), (-179.9995013, -5.0000013), (-179.9995013, -5.0010017),
                           (179.9995013, -5.0010017)])),                                  # CROSSES_ANTIMERIDIAN
        _plot(37, Polygon([(x[48], 5.0000013), (x[48] + 0.01, 5.0000013), (x[48] + 0.01, 5.0100017),
                           (x[48] + 0.0054, 5.0100017), (x[48] + 0.0052, 5.0500017), (x[48] + 0.005, 5.0100017),
                           (x[48], 5.0100017)])),                                         # POLYGON_SHARP_SPIKE
        Plot(38, _square(x[49], 5.0), user_id="SAME", source_fid=3, commodity="cocoa", harvest_date="2024-12-31"),
        Plot(39, _square(x[50], 5.0), user_id="SAME", source_fid=7, commodity="cocoa", harvest_date="2024-12-31"),
    ]


@pytest.fixture(scope="module")
def issues() -> list[Issue]:
    return validate(_cases(), today=TODAY).issues


@pytest.fixture(scope="module")
def one_per_code(issues) -> dict[str, Issue]:
    found: dict[str, Issue] = {}
    for issue in issues:
        found.setdefault(issue.code, issue)
    return found


def _fields(template: str) -> list[tuple[str, str, str]]:
    """(name, format spec, conversion) of every replacement field: a translation must keep them all."""
    return sorted((name, spec or "", conv or "") for _, name, spec, conv in string.Formatter().parse(template)
                  if name is not None)


def identity(context: str, text: str) -> str:
    return text


def test_the_real_checks_give_an_issue_of_every_rule(one_per_code):
    assert set(one_per_code) == set(RULES)


def test_every_issue_keeps_the_params_its_message_was_filled_with(issues):
    for issue in issues:
        rule = RULES[issue.code]
        params = dict(issue.params)
        assert {name for name, _, _ in _fields(rule.message)} <= set(params), issue.code
        assert rule.message.format(**params) == issue.message, issue.code
        assert rule.render(params) == issue.message, issue.code
        assert render(issue, identity) == issue.message, issue.code
        assert render(issue) == issue.message, issue.code


def test_render_translates_in_the_vantage_rules_context(one_per_code):
    seen = []

    def shout(context, text):
        seen.append(context)
        return text.upper().replace("{LON:.6F}", "{lon:.6f}").replace("{LAT:.6F}", "{lat:.6f}")

    issue = one_per_code["POLYGON_SELF_INTERSECTION"]
    assert render(issue, shout) == issue.message.upper().replace("NAN", "nan")
    assert seen == [CONTEXT] == ["VantageRules"]
    assert render_title("POLYGON_SELF_INTERSECTION", shout) == "SELF-INTERSECTION"
    assert render_title("NO_SUCH_CODE", shout) == "NO_SUCH_CODE"


@pytest.mark.parametrize("broken", [
    lambda c, t: "Le contour se croise.".replace("contour", "{contour}"),  # a placeholder renamed
    lambda c, t: "Le contour se croise en {lon:.6f}, {lat:.6f",             # a brace lost
    lambda c, t: "Le contour se croise en {lon:d}",                       # a spec that cannot format
    lambda c, t: 1 / 0,                                                      # the translator itself fails
])
def test_a_broken_translation_falls_back_to_english(one_per_code, broken):
    issue = one_per_code["POLYGON_SELF_INTERSECTION"]
    assert render(issue, broken) == issue.message


def test_a_translation_that_drops_a_placeholder_falls_back_to_english(one_per_code):
    for code, issue in one_per_code.items():
        template = RULES[code].message
        names = [name for name, _, _ in _fields(template)]
        if not names:
            continue
        dropped = template.replace("{" + names[0], "{missing_" + names[0])
        assert render(issue, lambda c, t, d=dropped: d) == issue.message, code


def test_a_translation_without_the_placeholder_is_used_as_is():
    """Leaving a value out is the translator's choice when the template still formats."""
    issue = make_issue("DUPLICATE_GEOMETRY", Plot(0, None, user_id="A"), other=Plot(1, None, user_id="B"))
    assert render(issue, lambda c, t: "Géométrie identique.") == "Géométrie identique."


def test_phrases_in_params_are_translated_with_the_template(issues):
    inside = next(i for i in issues if i.code == "PLOTS_OVERLAP" and dict(i.params)["detail"] == INSIDE_OTHER_PLOT)
    assert inside.message.endswith(" ha (it lies entirely inside that plot).")
    french = {
        "Overlaps plot {other} by {area_ha:.4f} ha{detail}.": "Chevauche {other} sur {area_ha:.4f} ha{detail}.",
        " (it lies entirely inside that plot)": " (dedans)",
    }
    text = render(inside, lambda c, t: french.get(t, t))
    assert text.startswith("Chevauche P31 sur ") and text.endswith(" ha (dedans).")
    # A broken phrase keeps its English text; the template is still translated.
    text = render(inside, lambda c, t: {**french, " (it lies entirely inside that plot)": " ({oops})"}.get(t, t))
    assert text.endswith(" ha (it lies entirely inside that plot).") and text.startswith("Chevauche")
    raw = [i for i in issues if i.code in ("RAW_GEOMETRY_MALFORMED", "RING_TOO_FEW_POSITIONS")]
    for issue in raw:
        assert isinstance(dict(issue.params)["detail"], Phrase), issue.code
        detail = dict(issue.params)["detail"]
        assert "<" + detail.render() + ">" in render(issue, lambda c, t: "<" + t + ">"), issue.code


def test_issue_hash_and_equality_ignore_unhashable_params():
    plot = Plot(0, None, user_id="A")
    issue = make_issue("COMMODITY_UNKNOWN", plot, value=["not", "hashable"])
    assert issue.message == "Commodity ['not', 'hashable'] is not one of wood, soy, cocoa, coffee, palm_oil, beef, rubber."
    assert hash(issue) == hash(make_issue("COMMODITY_UNKNOWN", plot, value=["not", "hashable"]))
    hand_made = Issue("COMMODITY_UNKNOWN", issue.severity, "hand made", 0, "A")
    assert render(hand_made, lambda c, t: "traduit") == "hand made"  # no params: its message stays


def _ts_messages(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(REPO / "i18n" / f"vantage_{lang}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            return {m.findtext("source"): m.find("translation") for m in context.iter("message")}
    return {}


def _marked_phrases() -> set[str]:
    """Every phrase an issue can carry (the detail of overlaps and of raw GeoJSON problems)."""
    from vantage_plugin.core.validation.geojson_raw import raw_problems

    raws = [1, {"type": "Blob", "coordinates": []}, {"type": "Polygon"}, {"type": "Polygon", "coordinates": [["x"]]},
            {"type": "Point", "coordinates": [[1.0, 2.0]]},
            {"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]}]
    phrases = {INSIDE_OTHER_PLOT.text}
    for raw in raws:
        phrases.update(p.params["detail"].text for p in raw_problems(raw) if isinstance(p.params.get("detail"), Phrase))
    return phrases


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_text_is_translated_keeping_every_placeholder_and_format(lang):
    messages = _ts_messages(lang)
    phrases = _marked_phrases()
    assert len(phrases) == 7
    sources = {rule.title for rule in RULES.values()} | {rule.message for rule in RULES.values()} | phrases
    assert sources <= set(messages), sorted(sources - set(messages))[:3]
    for source in sources:
        element = messages[source]
        translation = element.text or ""
        assert translation.strip() and element.get("type") is None, f"{lang}: unfinished {source!r}"
        assert translation != source, f"{lang}: untranslated {source!r}"
        assert _fields(translation) == _fields(source), f"{lang}: placeholders differ in {source!r}"
        assert translation.startswith(" ") == source.startswith(" "), f"{lang}: leading space of {source!r}"
    if lang == "fr":
        eudr = [messages[s].text for s in sources if "EUDR" in s]
        assert eudr and all("RDUE" in t and "EUDR" not in t for t in eudr)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_issue_renders_with_the_ts_translation(issues, lang):
    messages = _ts_messages(lang)

    def translate(context, text):
        assert context == CONTEXT
        element = messages.get(text)
        return element.text if element is not None and element.text else text

    for issue in issues:
        text = render(issue, translate)
        expected = translate(CONTEXT, RULES[issue.code].message)
        assert text != issue.message, (lang, issue.code)
        params = {k: (v.render(translate) if isinstance(v, Phrase) else v) for k, v in issue.params}
        assert text == expected.format(**params), (lang, issue.code)
