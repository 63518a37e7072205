"""``runs.release_free_memory``: what a thread freed is handed back to the system (glibc), read from the
process's own resident size."""

from __future__ import annotations

import ctypes
import os
import sys
import threading

import pytest

from vantage_plugin.core import runs

BLOCK = 64 * 1024  # under glibc's mmap threshold: taken from the thread's arena
BLOCKS = 3000  # ~190 MB, half of it freed in holes the arena cannot give back by itself


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _holes_left_by_a_thread() -> list:
    """Blocks made on a thread of its own (an arena of its own), every other one freed: the freed ones
    are holes between kept blocks, which the arena keeps."""
    kept: list = []

    def work() -> None:
        blocks = [b"x" * BLOCK for _ in range(BLOCKS)]
        kept.extend(blocks[1::2])
        blocks.clear()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return kept


@pytest.mark.skipif(not sys.platform.startswith("linux") or runs._malloc_trim() is None, reason="glibc only")
def test_memory_a_thread_freed_goes_back_to_the_system():
    kept = _holes_left_by_a_thread()
    before = _resident_mb()
    assert runs.release_free_memory() is True
    after = _resident_mb()
    freed_mb = BLOCKS / 2 * BLOCK / 2**20
    assert before - after >= 0.5 * freed_mb, (before, after)
    assert len(kept) == BLOCKS // 2 and all(block[-1:] == b"x" for block in kept)  # the kept blocks are intact


def test_without_malloc_trim_nothing_is_asked(monkeypatch):
    runs._malloc_trim.cache_clear()

    def no_libc(*args, **kwargs):
        raise OSError("no C library here")

    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    try:
        assert runs._malloc_trim() is None
        assert runs.release_free_memory() is False
    finally:
        runs._malloc_trim.cache_clear()
