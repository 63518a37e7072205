"""The dependency check names what is missing or too old, and says how to install it."""

import types

from vantage_plugin import dependencies


def test_the_test_environment_has_everything():
    assert dependencies.missing() == []
    assert dependencies.problem_text() is None


def test_an_old_or_absent_shapely_is_named_with_an_install_hint(monkeypatch):
    real = dependencies.importlib.import_module

    def fake_import(name):
        if name == "shapely":
            return types.SimpleNamespace(__version__="1.8.5")
        return real(name)

    monkeypatch.setattr(dependencies.importlib, "import_module", fake_import)
    assert dependencies.missing() == ["shapely ≥ 2.0 (found 1.8.5)"]
    text = dependencies.problem_text()
    assert "shapely ≥ 2.0 (found 1.8.5)" in text and "pip install" in text

    def no_shapely(name):
        if name == "shapely":
            raise ImportError("No module named 'shapely'")
        return real(name)

    monkeypatch.setattr(dependencies.importlib, "import_module", no_shapely)
    assert dependencies.missing() == ["shapely ≥ 2.0 (not installed)"]


def test_versions_compare_numerically_not_as_text():
    assert dependencies._version_tuple("2.0.6") > dependencies._version_tuple("2.0")
    assert dependencies._version_tuple("1.24.2") > dependencies._version_tuple("1.20")
    assert dependencies._version_tuple("10.0") > dependencies._version_tuple("2.0")
    assert dependencies._version_tuple("2.1.0rc1") >= dependencies._version_tuple("2.0")


def test_the_install_hint_is_the_one_for_this_platform(monkeypatch):
    from vantage_plugin import dependencies

    monkeypatch.setattr(dependencies, "missing", lambda: ["shapely ≥ 2.0 (not installed)"])
    windows = dependencies.problem_text("win32")
    linux = dependencies.problem_text("linux")
    mac = dependencies.problem_text("darwin")
    assert "OSGeo4W" in windows and "OSGeo4W" not in linux and "OSGeo4W" not in mac
    assert "--user" in linux and "/Applications/QGIS.app" in mac and "/Applications" not in linux
