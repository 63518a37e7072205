"""Work on the next item while the caller works on this one: a producer on a second thread, bounded.

A check in chunks reads and validates chunk n + 1 on a second thread while the calling thread analyses
chunk n and writes its rows (``qgis_bridge.operations``): reading (sqlite, shapely's WKB decoding) and
validation (GEOS, numpy) release the GIL for much of their time, as do the engine's GDAL reads and numpy.
"""

from __future__ import annotations

import queue
import threading
from typing import Callable, Generic, Iterable, Iterator, Optional, TypeVar

__all__ = ["Ahead"]

T = TypeVar("T")

_ITEM, _END, _ERROR = range(3)


class Ahead(Generic[T]):
    """The items of ``make()`` (an iterable made, iterated and closed on a second thread), each made while
    the caller works on the one before.

    At most ``in_flight`` items exist at once, the caller's included: the thread starts an item only when
    a slot is free, and the caller frees its item's slot with :meth:`done` once it holds no reference to
    it. An exception raised making an item is raised by the iteration at that item's place, after the
    items made before it. Leaving the ``with`` block (at the end, on an error or a cancel) tells the
    thread to stop, closes the iterable on its thread and waits for it: ``stopping`` (given ``stop``'s
    state) lets the items' maker see it and stop at once, e.g. through its cancel callback."""

    def __init__(self, make: Callable[[], Iterable[T]], in_flight: int = 2, name: str = "vantage-ahead") -> None:
        if in_flight < 2:
            raise ValueError("Ahead needs two items in flight: the caller's and the next")
        self._make = make
        self._slots = threading.Semaphore(in_flight)
        self._out: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def stopping(self) -> bool:
        """True once the caller has left the ``with`` block: the maker may give up its item."""
        return self._stop.is_set()

    def __enter__(self) -> Ahead[T]:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._slots.release()  # the thread may wait for a slot: let it see the stop
        self._thread.join()
        while not self._out.empty():  # drop what was made and not taken
            self._out.get_nowait()

    def __iter__(self) -> Iterator[T]:
        while True:
            kind, value = self._out.get()
            if kind == _END:
                return
            if kind == _ERROR:
                raise value
            yield value

    def done(self) -> None:
        """The caller is finished with the item it took (and holds no reference to it): the next may start."""
        self._slots.release()

    def _run(self) -> None:
        iterator: Optional[Iterator[T]] = None
        try:
            iterator = iter(self._make())
            while True:
                self._slots.acquire()
                if self._stop.is_set():
                    return
                try:
                    item = next(iterator)
                except StopIteration:
                    self._out.put((_END, None))
                    return
                self._out.put((_ITEM, item))
                del item
        except BaseException as error:  # noqa: BLE001 - handed to the caller, raised there in order
            self._out.put((_ERROR, error))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:  # noqa: BLE001 - a stop: nobody waits for what it might say
                    pass
