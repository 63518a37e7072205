"""The user guide in the user's language: each translation keeps the English guide's section ids and
links, and the guide opened follows the QGIS locale (English when the language has no translation)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from vantage_plugin import about, i18n
from vantage_plugin.about import user_guide_path, user_guide_url

HELP = Path(__file__).resolve().parents[2] / "resources" / "help"
TRANSLATED = ("fr", "es", "pt", "id")


class _Structure(HTMLParser):
    """The ids, links and tag sequence of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.lang = ""

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.tags.append(tag)
        if values.get("id"):
            self.ids.add(values["id"])
        if values.get("href"):
            self.hrefs.append(values["href"])
        if tag == "html":
            self.lang = values.get("lang") or ""


def structure(path: Path) -> _Structure:
    parser = _Structure()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translated_guide_is_chosen_and_keeps_the_sections(lang):
    path = user_guide_path(f"{lang}_XX")
    assert path == HELP / f"index_{lang}.html" and path.is_file()
    assert user_guide_path(lang) == path
    english, translated = structure(HELP / "index.html"), structure(path)
    assert english.ids  # the comparison below is not vacuous
    assert translated.ids == english.ids
    assert translated.hrefs == english.hrefs
    assert translated.tags == english.tags
    assert translated.lang == lang
    assert path.read_text(encoding="utf-8") != (HELP / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("locale", ["de_DE", "en_US", "en", "", "zz"])
def test_unknown_language_falls_back_to_english(locale):
    assert user_guide_path(locale) == HELP / "index.html"
    assert user_guide_url("check", locale) == (HELP / "index.html").as_uri() + "#check"


def test_guide_follows_the_qgis_locale(monkeypatch):
    monkeypatch.setattr(i18n, "user_locale", lambda: "pt_BR")
    assert user_guide_path() == HELP / "index_pt.html"
    assert user_guide_url("processing") == (HELP / "index_pt.html").as_uri() + "#processing"
    monkeypatch.setattr(i18n, "user_locale", lambda: "de_DE")
    assert about.user_guide_url() == (HELP / "index.html").as_uri()
