"""One home for each fact: constants are assigned in one module and imported everywhere else.

The source is read as text (AST), so these tests run without QGIS."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "vantage_plugin"

#: Files another engineer was changing when these facts got one home; they still hold a copy
#: (listed so the test names what is left, and fails once a copy appears anywhere else).
def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@functools.cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of a module's tree, parsed once per test process (the facts below all walk every module)."""
    return tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def _string_assignments(value: str) -> list[tuple[str, str]]:
    """(module, target) of every module- or class-level ``NAME = "value"`` in the plugin."""
    found = []
    for path in _modules():
        for node in _nodes(path):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant) \
                    and node.value.value == value:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        found.append((path.relative_to(PACKAGE).as_posix(), target.id))
    return found


@pytest.mark.parametrize("value, home", [
    ("bundled", "core/engines.py"),
    ("api", "core/engines.py"),
    ("Vantage", "about.py"),
    ("https://vantage.open-atlas.com", "core/api/transport.py"),
])
def test_each_fact_is_assigned_in_one_module(value, home):
    where = {module for module, _ in _string_assignments(value)}
    assert where == {home}


def test_the_engine_ids_are_the_ones_processing_offers():
    from vantage_plugin.core import engines

    assert engines.ENGINES == (engines.ENGINE_BUNDLED, engines.ENGINE_API)
    assert len(set(engines.ENGINES)) == len(engines.ENGINES)


def test_the_api_engine_and_settings_use_the_one_home():
    from vantage_plugin.core import engines
    from vantage_plugin.core.api import transport, workflow

    assert workflow.ENGINE is engines.ENGINE_API
    assert transport.check_base_url(None) == transport.DEFAULT_BASE_URL


def test_log_tag_is_imported_not_written():
    for path in _modules():
        names = {t.id for node in _nodes(path) if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)}
        if path.name != "about.py":
            assert "LOG_TAG" not in names, path


def test_helpers_live_in_modules_named_for_them():
    sources = {p.relative_to(PACKAGE).as_posix(): p.read_text(encoding="utf-8") for p in _modules()}
    defined = {}
    for module, text in sources.items():
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef):
                defined.setdefault(node.name, []).append(module)
    assert defined["make_api_client"] == ["qgis_bridge/api_client.py"]
    assert defined["make_client"] == ["processing/client.py"]
    assert defined["split_output"] == ["processing/base.py"]
    assert "_not_assessed_reason" not in defined  # the panel reads reason codes, not message text


def _literals_containing(text: str) -> set[str]:
    found = set()
    for path in _modules():
        for node in _nodes(path):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and text in node.value.lower():
                found.add(path.relative_to(PACKAGE).as_posix())
    return found


@pytest.mark.parametrize("colour", ["#b00020", "#b35c00", "#1a7f37"])
def test_colours_are_written_only_in_the_style_module(colour):
    assert _literals_containing(colour) == {"qgis_bridge/styles.py"}


@pytest.mark.parametrize("colour", ["#1f78b4", "#b15928"])
def test_overlap_colours_have_one_home_for_the_layer_style_and_the_evidence_maps(colour):
    assert _literals_containing(colour) == {"core/evidence_data.py"}
