"""The code gates are wired (make lint, run by .ci/run before the tests) and configured as documented:
ruff, mypy on the core, flake8-qgis's QGIS and Qt6 checks, the Qt5/Qt6 spelling check.

Read as text (no QGIS needed). The last tests run flake8-qgis's checker in-process on the plugin, as
``make lint`` does, so that ``supportsQt6=True`` in metadata.txt stays earned between lint runs."""

from __future__ import annotations

import ast
import configparser
import hashlib
import importlib.metadata
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "vantage_plugin"


def _lint_recipe() -> str:
    """The shell lines of the Makefile's ``lint`` target."""
    lines = (REPO / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("lint:"))
    recipe = []
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        recipe.append(line)
    return "\n".join(recipe)


def _flake8() -> configparser.SectionProxy:
    parser = configparser.ConfigParser()
    parser.read(REPO / ".flake8", encoding="utf-8")
    return parser["flake8"]


def _codes(text: str) -> set[str]:
    return {code.strip() for code in re.split(r"[,\s]+", text) if code.strip()}


def _per_file_ignores() -> dict[str, set[str]]:
    ignores: dict[str, set[str]] = {}
    for line in _flake8().get("per-file-ignores", "").splitlines():
        if ":" in line:
            path, codes = line.split(":", 1)
            ignores[path.strip()] = _codes(codes)
    return ignores


def test_ci_runs_the_gates_before_the_tests():
    commands = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
                if line.strip().startswith("make ")]
    assert commands.index("make lint") < commands.index("make test")


@pytest.mark.parametrize("gate", ["-m ruff check", "-m mypy", "-m flake8", "scripts/check_qt_spellings.py"])
def test_make_lint_runs_every_gate(gate):
    assert gate in _lint_recipe()


def test_make_lint_fails_when_any_gate_fails():
    recipe = _lint_recipe()
    gates = recipe.count("|| status=1")
    assert gates == 4 and "exit $$status" in recipe


@pytest.mark.parametrize("tool", ["ruff", "mypy", "flake8", "flake8-qgis"])
def test_the_gate_tools_are_pinned(tool):
    pins = dict(line.split("==", 1) for line in (REPO / "requirements-dev.txt").read_text().splitlines()
                if "==" in line and not line.startswith("#"))
    assert re.fullmatch(r"\d+(\.\d+)+", pins[tool].strip())


def test_mypy_judges_the_core_only_and_silences_nothing_wholesale():
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11 reads TOML")
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["python_version"] == "3.9"  # the oldest Python a supported QGIS runs
    assert config["files"] == ["vantage_plugin/core"]
    assert config["follow_imports"] == "silent"
    assert "ignore_errors" not in config and not config.get("ignore_missing_imports")
    for override in config.get("overrides", []):
        assert "ignore_errors" not in override
        modules = override["module"] if isinstance(override["module"], list) else [override["module"]]
        # only the third-party packages that ship no types; never a module of the plugin
        assert all(m.split(".")[0] in {"osgeo", "shapely", "requests"} for m in modules), modules


def test_flake8_runs_the_qgis_and_qt6_checks():
    flake8 = _flake8()
    assert _codes(flake8["select"]) == {"QGS1", "QGS4"}
    # QMetaType types are refused by QGIS 3.22, the declared minimum; nothing else is switched off
    assert _codes(flake8.get("extend-ignore", "")) == {"QGS402"}


def _takes_iface(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef) and any(a.arg == "iface" for a in node.args.args)
               for node in ast.walk(tree))


def test_the_iface_exception_is_scoped_to_files_that_are_handed_iface():
    ignores = _per_file_ignores()
    assert ignores, "no per-file-ignores in .flake8"
    for path, codes in ignores.items():
        assert codes == {"QGS105"}, path  # no other check is switched off per file
        assert (REPO / path).is_file(), f"{path}: the exception names a file that does not exist"
        assert _takes_iface(REPO / path), f"{path}: nothing there takes iface; drop the exception"


def test_qt6_and_qgis_4_claims_are_backed_by_the_qt_gates():
    meta = configparser.ConfigParser(interpolation=None)
    meta.optionxform = str
    meta.read(REPO / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    qt6 = general.get("supportsQt6", "").lower() in {"true", "yes", "1"}
    # QGIS 4 is built on Qt6 only: a maximum of 4.x claims Qt6 as much as supportsQt6 does
    qgis4 = int(general.get("qgisMaximumVersion", "3.99").split(".")[0]) >= 4
    assert qt6 == qgis4, "supportsQt6 and qgisMaximumVersion disagree about Qt6"
    if qt6:
        assert "QGS4" in _codes(_flake8()["select"])
        assert "scripts/check_qt_spellings.py $(PLUGIN)" in _lint_recipe()


# --- the QGIS and Qt6 checks themselves, on the plugin's code -----------------------------------

def _qgis_findings(path: Path, cache=None) -> list[str]:
    """flake8-qgis's codes for ``path``. With pytest's ``cache``, a file whose text is unchanged since an earlier
    run (same flake8-qgis version) is not checked again: its codes are those stored then (5 s a run otherwise)."""
    checker = pytest.importorskip("flake8_qgis.flake8_qgis", reason="flake8-qgis is not installed")
    text = path.read_text(encoding="utf-8")
    if cache is not None:
        key = f"vantage/flake8-qgis/{path.relative_to(REPO).as_posix()}"
        stamp = [hashlib.sha256(text.encode("utf-8")).hexdigest(), importlib.metadata.version("flake8-qgis")]
        stored = cache.get(key, None)
        if isinstance(stored, dict) and stored.get("stamp") == stamp:
            return list(stored["codes"])
    codes = [message.split()[0] for _, _, message, _ in checker.Plugin(ast.parse(text)).run()]
    if cache is not None:
        cache.set(key, {"stamp": stamp, "codes": codes})
    return codes


def _cache(request):
    """pytest's cache, or ``None`` when it is turned off (``-p no:cacheprovider``)."""
    return getattr(request.config, "cache", None)


def test_the_stored_findings_are_those_of_a_fresh_check(request):
    """The cache gives what flake8-qgis finds: a file with findings, checked fresh and through the cache twice."""
    cache = _cache(request)
    if cache is None:
        pytest.skip("pytest's cache is off (-p no:cacheprovider): nothing is stored")
    path = PACKAGE / "gui" / "dock.py"
    fresh = _qgis_findings(path)
    assert fresh  # QGS105, QGS202 …: allowed by the plugin test, but found
    assert _qgis_findings(path, cache) == fresh == _qgis_findings(path, cache)


def test_flake8_qgis_finds_what_it_is_meant_to():
    checker = pytest.importorskip("flake8_qgis.flake8_qgis", reason="flake8-qgis is not installed")
    source = ("from qgis.PyQt.QtCore import QRegExp\n"
              "def show(iface):\n    dialog.exec_()\n")
    found = {message.split()[0] for _, _, message, _ in checker.Plugin(ast.parse(source)).run()}
    assert {"QGS105", "QGS107", "QGS406"} <= found


def test_the_plugin_passes_the_qgis_and_qt6_checks(request):
    ignores = _per_file_ignores()
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        allowed = ignores.get(path.relative_to(REPO).as_posix(), set()) | {"QGS402"}
        offences += [f"{path.relative_to(REPO)}: {code}" for code in _qgis_findings(path, _cache(request))
                     if code.startswith(("QGS1", "QGS4")) and code not in allowed]
    assert offences == []
