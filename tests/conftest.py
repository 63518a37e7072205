"""Shared test fixtures: where the repository, the shared sample data and the evaluation data are."""

from __future__ import annotations

import faulthandler
import os
import sys
from pathlib import Path

import pytest

#: Shared fixtures, one module per subject (tests/fixtures/), for every test that names them:
#: the fake Vantage server (``fake``, ``sleeps``, ``client``), QGIS (``vantage``, ``dock``, ``account``),
#: the world map's admin index (``world``) and the compiled translations (``qm_folder``).
pytest_plugins = (
    "tests.fixtures.fake_api",
    "tests.fixtures.qgis_app",
    "tests.fixtures.world",
    "tests.fixtures.translations",
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VANTAGE_SHARED", REPO.parent / "shared"))
SHARED_DATA = SHARED / "data"
EVAL_DATA = SHARED / "eval-data"
PLOTS = SHARED_DATA / "plots"
DEMO = REPO / "resources" / "demo"

#: A process still configuring or collecting after this long prints every thread's stack and exits (1).
#: Collecting takes 3–20 s; once tests run, pyproject.toml's faulthandler_timeout (a stack dump per stalled
#: test) and pytest-timeout (which ends it) take over.
STARTUP_STALL_S = 300.0
_startup_stderr: list[int] = []


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Arm a start-up watchdog: faulthandler's own thread dumps the stacks even while another thread holds
    the GIL (a deadlock in QGIS or Qt), which pytest-timeout's thread cannot. The stderr of now is kept
    (collection captures fd 2 file by file)."""
    _startup_stderr.append(os.dup(sys.stderr.fileno()))
    faulthandler.dump_traceback_later(STARTUP_STALL_S, exit=True, file=_startup_stderr[0])


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start-up is over: from here on each test is watched by faulthandler_timeout and pytest-timeout."""
    faulthandler.cancel_dump_traceback_later()


def pytest_unconfigure(config: pytest.Config) -> None:
    while _startup_stderr:
        os.close(_startup_stderr.pop())


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
