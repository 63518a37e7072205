"""Opened rasters and built area indexes kept between calls of the bundled engine.

A check streamed chunk by chunk calls ``run_bundled`` once per chunk with the same options; without
this every call would open the rasters again and rebuild the protected-area and country/state indexes
(and cut the big areas into pieces again). :data:`POOL` keeps what a call used, idle, for the next one:

- **keyed by the files**: the source's path, layer, field map and options, and each file's size,
  modification time and inode (a file changed on disk is a new key; files changed in the last
  :data:`SETTLED_SECONDS` and sources that are not local files, such as ``/vsicurl/`` paths, are
  never kept);
- **one user at a time**: a call *takes* an entry out of the pool and *gives* it back when done, so two
  runs at once (two ``QgsTask`` threads) never share a GDAL dataset or an index: the second one finds
  nothing and opens its own;
- **bounded**: at most :data:`MAX_IDLE` idle entries (the least recently given back is closed first),
  and entries idle for :data:`IDLE_SECONDS` are closed (a timer thread, so files are not held open
  long after a check); :func:`clear` closes them all (plugin unload, tests).
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Hashable, Optional

#: Idle entries kept at most (the least recently used is closed first).
MAX_IDLE = 8
#: Seconds an entry stays idle before it is closed.
IDLE_SECONDS = 60.0
#: A file modified less than this many seconds ago is not kept: file times are coarse (a clock tick),
#: so a file rewritten twice within one tick, at the same size, would keep its key.
SETTLED_SECONDS = 2.0


def _file_stamp(path: str) -> Optional[tuple[str, int, int, int]]:
    """``(absolute path, size, mtime in ns, inode)`` of a local file or folder, None otherwise (or when
    it was modified in the last :data:`SETTLED_SECONDS`)."""
    if not isinstance(path, str) or not path or path.startswith("/vsi") or "://" in path:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - st.st_mtime_ns < SETTLED_SECONDS * 1e9:
        return None
    return os.path.abspath(path), int(st.st_size), int(st.st_mtime_ns), int(st.st_ino)


def _frozen(value: Any) -> Hashable:
    """A hashable copy of nested dicts/lists (for the key of a source's options)."""
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def source_key(source: Any) -> Optional[Hashable]:
    """The key of a data source (a ``DataSource``, a path or a list of tile paths), or None when it
    cannot be kept (a file that is not local or does not exist)."""
    if source is None:
        return ("none",)
    path = getattr(source, "path", source)
    paths = list(path) if isinstance(path, (list, tuple)) else [path]
    stamps = []
    for p in paths:
        stamp = _file_stamp(p)
        if stamp is None:
            return None
        stamps.append(stamp)
        if os.path.isdir(p):  # a folder of tiles: every file in it counts
            try:
                names = sorted(os.listdir(p))
            except OSError:
                return None
            for name in names:
                inner = _file_stamp(os.path.join(p, name))
                if inner is None:
                    return None
                stamps.append(inner)
    return (tuple(stamps), getattr(source, "layer", None), _frozen(getattr(source, "field_map", None)),
            _frozen(getattr(source, "options", None)))


class Pool:
    """Idle objects by key, taken out while used (see the module doc). ``clock`` is injectable for tests;
    ``timer=False`` leaves expiry to :meth:`expire` (called on every take and give anyway)."""

    def __init__(self, max_idle: int = MAX_IDLE, idle_seconds: float = IDLE_SECONDS,
                 clock: Callable[[], float] = time.monotonic, timer: bool = True) -> None:
        self.max_idle = max_idle
        self.idle_seconds = idle_seconds
        self.clock = clock
        self.timer = timer
        self._lock = threading.Lock()
        # (key, serial) → (object, close, time given back); insertion order = least recently given first
        self._idle: OrderedDict[tuple[Hashable, int], tuple[Any, Callable[[Any], None], float]] = OrderedDict()
        self._serial = 0
        self._timer: Optional[threading.Timer] = None
        self.hits = 0
        self.misses = 0

    def take(self, key: Optional[Hashable]) -> Any:
        """An idle object kept under ``key`` (now the caller's alone), or None."""
        self.expire()
        if key is None:
            return None
        with self._lock:
            for slot in reversed(self._idle):  # the most recently given back first
                if slot[0] == key:
                    value = self._idle.pop(slot)[0]
                    self.hits += 1
                    return value
            self.misses += 1
        return None

    def give(self, key: Optional[Hashable], value: Any, close: Callable[[Any], None]) -> None:
        """Keep ``value`` idle under ``key`` (``close(value)`` when it is dropped); a None key closes it now."""
        if key is None or self.max_idle <= 0:
            close(value)
            return
        dropped = []
        with self._lock:
            self._serial += 1
            self._idle[(key, self._serial)] = (value, close, self.clock())
            while len(self._idle) > self.max_idle:
                dropped.append(self._idle.popitem(last=False)[1])
            self._arm_timer()
        self._close(dropped)
        self.expire()

    def expire(self) -> int:
        """Close the entries idle for :attr:`idle_seconds` or more; returns how many."""
        now = self.clock()
        with self._lock:
            old = [slot for slot, (_, _, given) in self._idle.items() if now - given >= self.idle_seconds]
            dropped = [self._idle.pop(slot) for slot in old]
        self._close(dropped)
        return len(dropped)

    def clear(self) -> None:
        """Close every idle entry."""
        with self._lock:
            dropped = list(self._idle.values())
            self._idle.clear()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        self._close(dropped)

    def __len__(self) -> int:
        with self._lock:
            return len(self._idle)

    def _arm_timer(self) -> None:
        """(Under the lock.) A daemon timer that expires idle entries, unless one is pending."""
        if not self.timer or self._timer is not None:
            return

        def fire() -> None:
            with self._lock:
                self._timer = None
            self.expire()
            with self._lock:
                if self._idle:
                    self._arm_timer()

        self._timer = threading.Timer(self.idle_seconds + 1.0, fire)
        self._timer.daemon = True
        self._timer.start()

    @staticmethod
    def _close(entries: list) -> None:
        for value, close, _ in entries:
            try:
                close(value)
            except Exception:  # noqa: BLE001 - closing an idle handle must never break a run  # pragma: no cover
                pass


#: The engine's pool (module-wide: successive calls of ``run_bundled`` share it).
POOL = Pool()


def clear() -> None:
    """Close everything the engine keeps between calls (e.g. when the plugin is unloaded)."""
    POOL.clear()


def bbox_covers(outer: Optional[tuple], inner: Optional[tuple]) -> bool:
    """``outer`` (None: everything) holds ``inner`` (``(xmin, ymin, xmax, ymax)``; None: everything)."""
    if outer is None:
        return True
    if inner is None:
        return False
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def bbox_union(a: Optional[tuple], b: Optional[tuple]) -> Optional[tuple]:
    """The box holding both (None: everything)."""
    if a is None or b is None:
        return None
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])
