"""A start-up watchdog: a test process still starting (QGIS, configuring, collecting) after
``STARTUP_STALL_S`` prints every thread's stack and exits (1), instead of waiting silently.

faulthandler's own C thread does the dump, so it works even while a deadlocked thread holds the GIL (a
futex wait inside QGIS or Qt), when no Python thread (pytest-timeout's) can run. Registered by
tests/conftest.py, it is armed when pytest configures (QGIS is already up: pytest-qgis starts it before
any conftest). Loaded earlier through ``PYTEST_PLUGINS=tests.stall_guard`` (``make test`` does; its xdist
workers too), it is armed on import, before pytest-qgis starts QGIS. Once tests run, each is watched by
pyproject.toml's faulthandler_timeout (a dump) and pytest-timeout (which ends it)."""

from __future__ import annotations

import faulthandler
import os
import sys

import pytest

#: Starting takes 3–20 s on a loaded two-core machine (QGIS ~1 s, collecting the rest).
STARTUP_STALL_S = 300.0
_stderr: list[int] = []


def _arm() -> None:
    """(Re-)arm the watchdog on a copy of the current stderr (a copy: collecting captures fd 2 by moments)."""
    _stderr.append(os.dup(sys.stderr.fileno()))
    faulthandler.dump_traceback_later(STARTUP_STALL_S, exit=True, file=_stderr[-1])


if sys.stderr is sys.__stderr__:  # imported by -p, before pytest captures anything: armed now
    _arm()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    if getattr(config.option, "dist", "no") != "no" and not hasattr(config, "workerinput"):
        faulthandler.cancel_dump_traceback_later()  # the xdist controller: it collects nothing, its workers are watched
        return
    _arm()


def pytest_collection_finish(session: pytest.Session) -> None:
    faulthandler.cancel_dump_traceback_later()


def pytest_unconfigure(config: pytest.Config) -> None:
    faulthandler.cancel_dump_traceback_later()
    while _stderr:
        os.close(_stderr.pop())
