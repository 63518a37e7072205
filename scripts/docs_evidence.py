#!/usr/bin/env python3
"""Write ``docs/evidence_example.png``, the evidence map the README shows: DEMO-001 from ``make demo``
(``demo-output/demo_results_evidence/``), scaled to 900 px wide.

Run after ``make demo``: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/docs_evidence.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "demo-output" / "demo_results_evidence"
TARGET = REPO / "docs" / "evidence_example.png"
WIDTH = 900


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QGuiApplication, QImage

    found = sorted(SOURCE.glob("DEMO-001_*.png"))
    if not found:
        raise SystemExit(f"no evidence map of DEMO-001 in {SOURCE}: run `make demo` first")
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - images need an application
    image = QImage(str(found[0])).scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(TARGET), "PNG"):
        raise SystemExit(f"cannot write {TARGET}")
    print(f"{TARGET} ({TARGET.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
