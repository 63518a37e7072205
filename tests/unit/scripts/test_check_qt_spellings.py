"""scripts/check_qt_spellings.py: Qt enum values must be written scoped (valid in Qt5 and Qt6)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("PyQt5")

REPO = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("check_qt_spellings", REPO / "scripts" / "check_qt_spellings.py")
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)

SOURCE = '''
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QMessageBox, QSizePolicy
from qgis.PyQt import QtCore

a = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop
b = QSizePolicy.Expanding
c = QMessageBox.StandardButton.Yes
d = QVariant.String
e = QtCore.Qt.WaitCursor
f = Qt.CursorShape.WaitCursor
'''


def test_unscoped_values_are_flagged_with_their_scoped_spelling():
    found = {(written, scoped) for _, written, scoped in check.offences(SOURCE)}
    assert found == {
        ("Qt.AlignLeft", "Qt.AlignmentFlag.AlignLeft"),
        ("QSizePolicy.Expanding", "QSizePolicy.Policy.Expanding"),
        ("QtCore.Qt.WaitCursor", "QtCore.Qt.CursorShape.WaitCursor"),
    }


def test_modules_without_qt_imports_are_not_checked():
    assert list(check.offences("class Qt:\n    AlignLeft = 1\nx = Qt.AlignLeft\n")) == []


def test_the_plugins_own_files_pass(capsys):
    files = [str(p) for p in check.python_files([str(REPO / "vantage_plugin"), str(REPO / "scripts")])]
    assert check.main(files) == 0, capsys.readouterr().out
