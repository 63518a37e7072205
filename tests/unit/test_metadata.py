"""metadata.txt as the plugins repository validator reads it (no QGIS needed, except the last test)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
METADATA = REPO / "metadata.txt"
PACKAGE = REPO / "vantage_plugin"

#: What qgis/QGIS-Django's plugins/validator.py refuses to do without, plus what this project promises.
REQUIRED = (
    "name", "description", "about", "version", "qgisMinimumVersion", "author", "email",
    "repository", "tracker", "homepage", "tags", "category", "hasProcessingProvider", "supportsQt6",
    "experimental",
)
PLACEHOLDER_URLS = ("http://bugs", "http://repo", "http://homepage", "example.com/", "TODO", "FIXME")
CATEGORIES = {"Raster", "Vector", "Database", "Mesh", "Web"}
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")
BOOLEAN = {"true", "false", "yes", "no", "1", "0"}


@pytest.fixture(scope="module")
def meta() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (qgisMinimumVersion)
    with METADATA.open(encoding="utf-8") as handle:  # the validator requires UTF-8
        parser.read_file(handle)
    assert parser.has_section("general")
    return dict(parser["general"])


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.strip().split("."))


@pytest.mark.parametrize("key", REQUIRED)
def test_required_field_present_and_filled(meta, key):
    assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"


def test_version_is_semver(meta):
    assert SEMVER.match(meta["version"]), meta["version"]


def test_qgis_version_range(meta):
    assert meta["qgisMinimumVersion"] == "3.22"
    minimum = _version_tuple(meta["qgisMinimumVersion"])
    maximum = _version_tuple(meta.get("qgisMaximumVersion", f"{minimum[0]}.99"))
    assert minimum <= maximum


def test_flags(meta):
    assert meta["hasProcessingProvider"].lower() == "yes"
    assert meta["supportsQt6"] == "True"
    for key in ("experimental", "deprecated", "server"):
        if key in meta:
            assert meta[key].strip().lower() in BOOLEAN, key


@pytest.mark.parametrize("key", ["description", "about"])
def test_no_html(meta, key):
    assert not re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", meta[key]), f"{key} contains HTML"


@pytest.mark.parametrize("key", ["repository", "tracker", "homepage"])
def test_urls_are_real(meta, key):
    url = meta[key]
    assert url.startswith("https://"), url
    assert not any(placeholder.lower() in url.lower() for placeholder in PLACEHOLDER_URLS), url


def test_email_and_author(meta):
    assert "/" not in meta["author"]
    assert re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", meta["email"]), meta["email"]


def test_category(meta):
    assert meta["category"] in CATEGORIES


def test_tags_are_a_comma_list(meta):
    tags = [tag.strip() for tag in meta["tags"].split(",")]
    assert tags and all(tags), "empty tag"


def test_about_names_external_dependencies(meta):
    assert "shapely" in meta["about"].lower()


def test_icon_exists(meta):
    icon = meta["icon"]
    # the icon path is relative to the package once built; in a checkout resources/ sits beside it
    assert (PACKAGE / icon).exists() or (REPO / icon).exists(), icon


def test_package_folder_name_is_pep8():
    assert re.match(r"^[a-z_][a-z0-9_]*$", PACKAGE.name)
    assert (PACKAGE / "__init__.py").exists()


def test_running_qgis_is_within_the_declared_range(meta):
    qgis_core = pytest.importorskip("qgis.core", reason="QGIS is not importable here")
    running = qgis_core.Qgis.QGIS_VERSION_INT  # e.g. 32216
    major, minor = running // 10000, (running // 100) % 100
    minimum = _version_tuple(meta["qgisMinimumVersion"])
    maximum = _version_tuple(meta.get("qgisMaximumVersion", f"{minimum[0]}.99"))
    assert minimum[:2] <= (major, minor) <= maximum[:2]
