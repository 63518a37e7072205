"""Shared test fixtures: where the repository, the shared sample data and the evaluation data are."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

#: Shared fixtures, one module per subject (tests/fixtures/), for every test that names them:
#: the fake Vantage server (``fake``, ``sleeps``, ``client``), QGIS (``vantage``, ``dock``, ``account``),
#: the world map's admin index (``world``), the compiled translations (``qm_folder``), GeoPackages for the
#: readers (``gpkg_files``); and the start-up
#: watchdog (``make test`` loads it earlier, through PYTEST_PLUGINS, to watch QGIS's start too).
pytest_plugins = (
    "tests.stall_guard",
    "tests.fixtures.fake_api",
    "tests.fixtures.qgis_app",
    "tests.fixtures.world",
    "tests.fixtures.translations",
    "tests.fixtures.gpkg_files",
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VANTAGE_SHARED", REPO.parent / "shared"))
SHARED_DATA = SHARED / "data"
EVAL_DATA = SHARED / "eval-data"
PLOTS = SHARED_DATA / "plots"
DEMO = REPO / "resources" / "demo"

def shared_file(relative: str) -> Path:
    """A file of ../shared/data; the test is skipped when the shared data is not beside the checkout."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"shared sample data not found: {path}")
    return path


def eval_file(relative: str) -> Path:
    """A file of ../shared/eval-data (never copied into the project); skipped when absent."""
    path = EVAL_DATA / relative
    if not path.exists():
        pytest.skip(f"evaluation data not found: {path}")
    return path


def package_script():
    """``scripts/package.py`` loaded as a module (it is a script, not part of the plugin)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("vantage_package", REPO / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture(autouse=True)
def _nothing_frozen():
    """Each test starts with no object frozen: a check task run by an earlier test leaves everything
    frozen (``CoreTask.run`` ends with ``gc.freeze()``), which turns validation's ``_promote_young``
    off and made test_checks_round_six depend on the order the tests ran in."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()
