"""scripts/package.py: the zip satisfies the plugins.qgis.org validator's rules (checked here directly on
the zip, not with the script's own checker), and --deploy replaces an old copy."""

from __future__ import annotations

import configparser
import re
import zipfile
from pathlib import PurePosixPath

import pytest

from tests.conftest import REPO, package_script

REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "vantage_plugin-test.zip"
    return package_script().build(out, compile_qm=False)


def test_zip_follows_the_validator_rules(built):
    assert built.stat().st_size <= 25 * 1024 * 1024
    with zipfile.ZipFile(built) as archive:
        names = archive.namelist()
        tops = {PurePosixPath(n).parts[0] for n in names}
        assert tops == {"vantage_plugin"}
        assert re.match(r"^[a-z_][a-z0-9_]*$", "vantage_plugin")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            assert f"vantage_plugin/{required}" in names
        for name in names:
            parts = PurePosixPath(name).parts
            assert not name.startswith("/") and ".." not in parts and "\\" not in name
            assert not name.endswith((".pyc", ".pyo", ".so", ".pyd", ".dll", ".dylib", ".exe"))
            assert not {"__pycache__", ".git", "__MACOSX", "tests"} & set(parts), name
            assert not name.endswith(("-wal", "-shm", ".ts")), name
        parser = configparser.ConfigParser(interpolation=None)
        parser.read_string(archive.read("vantage_plugin/metadata.txt").decode("utf-8"))
        for key in REQUIRED:
            assert parser["general"].get(key, "").strip(), key
        assert "/" not in parser["general"]["author"]
        assert archive.read("vantage_plugin/metadata.txt") == (REPO / "metadata.txt").read_bytes()
        assert archive.read("vantage_plugin/LICENSE") == (REPO / "LICENSE").read_bytes()


def test_zip_holds_the_code_resources_and_translations(built):
    with zipfile.ZipFile(built) as archive:
        names = set(archive.namelist())
    expected_code = {
        "vantage_plugin/" + p.relative_to(REPO / "vantage_plugin").as_posix()
        for p in (REPO / "vantage_plugin").rglob("*.py") if "__pycache__" not in p.parts
    }
    assert expected_code <= names
    assert "vantage_plugin/resources/icons/vantage.svg" in names
    icon = configparser.ConfigParser(interpolation=None)
    icon.read(REPO / "metadata.txt", encoding="utf-8")
    assert f"vantage_plugin/{icon['general']['icon']}" in names
    for qm in (REPO / "i18n").glob("*.qm"):
        assert f"vantage_plugin/i18n/{qm.name}" in names
    for style in (REPO / "resources" / "styles").glob("*.qml"):
        assert f"vantage_plugin/resources/styles/{style.name}" in names
    for demo in (REPO / "resources" / "demo").glob("*.gpkg"):
        assert f"vantage_plugin/resources/demo/{demo.name}" in names
    guides = sorted((REPO / "resources" / "help").glob("index*.html"))
    assert len(guides) >= 5  # the English guide and its translations
    for guide in guides:
        assert f"vantage_plugin/resources/help/{guide.name}" in names


def test_checker_rejects_bad_zips(tmp_path):
    package = package_script()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("Vantage-Plugin/__init__.py", "")
        archive.writestr("Vantage-Plugin/__pycache__/x.pyc", "")
        archive.writestr("other/metadata.txt", "[general]\nname=x\n")
    problems = " ".join(package.check_zip(bad))
    assert "one top-level folder" in problems
    assert ".pyc" in problems or "compiled" in problems
    bad2 = tmp_path / "bad2.zip"
    with zipfile.ZipFile(bad2, "w") as archive:
        archive.writestr("Bad-Name/__init__.py", "")
        archive.writestr("Bad-Name/metadata.txt", "[general]\nname=x\n")
    problems = " ".join(package.check_zip(bad2))
    assert "does not match" in problems and "LICENSE" in problems and "tracker" in problems


def test_deploy_replaces_an_old_copy(built, tmp_path, monkeypatch):
    package = package_script()
    monkeypatch.setenv("QGIS_CUSTOM_CONFIG_PATH", str(tmp_path / "cfg"))
    plugins = tmp_path / "cfg" / "profiles" / "default" / "python" / "plugins"
    old = plugins / "vantage_plugin"
    old.mkdir(parents=True)
    (old / "stale.py").write_text("old", encoding="utf-8")
    target = package.deploy(built)
    assert target == old
    assert not (target / "stale.py").exists()
    assert (target / "__init__.py").exists() and (target / "metadata.txt").exists()
    assert sorted(p.name for p in plugins.iterdir()) == ["vantage_plugin"]
