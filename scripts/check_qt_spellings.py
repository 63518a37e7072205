#!/usr/bin/env python3
"""Qt spellings valid in both Qt5 and Qt6: every Qt enum value is written with its enum's name.

Qt6 (PyQt6, QGIS 4) drops the unscoped names: ``Qt.AlignLeft`` must be ``Qt.AlignmentFlag.AlignLeft``,
``Qt.WaitCursor`` must be ``Qt.CursorShape.WaitCursor``, ``QSizePolicy.Expanding`` must be
``QSizePolicy.Policy.Expanding``. Both spellings work in PyQt5, so the scoped one is the one to write.
``QVariant`` types (``QVariant.String``) are left alone: the QGIS 3 API still takes them.

The names are resolved against PyQt5 itself, so no list of enums is kept here.

    python scripts/check_qt_spellings.py vantage_plugin scripts   # exit 1 and one line per offence
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

#: Names whose unscoped enum values the QGIS 3 API still expects.
ALLOWED_ROOTS = frozenset({"QVariant"})
QT_PACKAGES = ("qgis.PyQt", "PyQt5")


def _qt_module(module: str) -> Optional[Any]:
    for package in QT_PACKAGES:
        if module == package or module.startswith(package + "."):
            try:
                return importlib.import_module("PyQt5" + module[len(package):])
            except ImportError:
                return None
    return None


def _imported_qt_names(tree: ast.AST) -> dict[str, Any]:
    """Local name → PyQt5 object, for every ``from qgis.PyQt... import X`` in the module (at any depth)."""
    names: dict[str, Any] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = _qt_module(node.module)
            if module is None:
                continue
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if value is None:
                    try:
                        value = importlib.import_module(f"{module.__name__}.{alias.name}")
                    except ImportError:
                        continue
                names[alias.asname or alias.name] = value
    return names


def _is_enum_member(value: Any) -> bool:
    return type(type(value)).__name__ == "enumtype"


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else "?"


def _root(node: ast.AST) -> str:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def offences(source: str, filename: str = "<string>") -> Iterator[tuple[int, str, str]]:
    """(line, as written, as it should be) for each unscoped Qt enum value in ``source``."""
    tree = ast.parse(source, filename)
    names = _imported_qt_names(tree)
    if not names:
        return

    def resolve(node: ast.AST) -> Any:
        if isinstance(node, ast.Name):
            return names.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = resolve(node.value)
            return None if owner is None else getattr(owner, node.attr, None)
        return None

    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or _root(node) in ALLOWED_ROOTS:
            continue
        value = resolve(node)
        if value is None or not _is_enum_member(value):
            continue
        enum = type(value)
        if resolve(node.value) is not enum:
            yield node.lineno, _dotted(node), f"{_dotted(node.value)}.{enum.__name__}.{node.attr}"


def python_files(paths: list[str]) -> Iterator[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            yield path


def main(argv: list[str]) -> int:
    found = 0
    for path in python_files(argv or ["vantage_plugin"]):
        for line, written, scoped in offences(path.read_text(encoding="utf-8"), str(path)):
            print(f"{path}:{line}: {written} is Qt5-only; write {scoped}")
            found += 1
    if found:
        print(f"{found} Qt spellings that Qt6 does not accept.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
