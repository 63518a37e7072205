"""``core.pipeline.Ahead``: the items of an iterable made on a second thread one ahead of the caller, in
order, at most two in flight; an error raised at its item's place; leaving stops and closes the maker on
its own thread."""

from __future__ import annotations

import threading

import pytest

from vantage_plugin.core.pipeline import Ahead


class _Maker:
    """Items 0…n-1, recording the thread that makes each and how many exist at once (made, not yet done)."""

    def __init__(self, n: int, fail_at: int = -1) -> None:
        self.n, self.fail_at = n, fail_at
        self.alive = 0
        self.most = 0
        self.threads: set = set()
        self.closed_on = None
        self.made = 0
        self.lock = threading.Lock()

    def __call__(self):
        try:
            for k in range(self.n):
                self.threads.add(threading.get_ident())
                if k == self.fail_at:
                    raise KeyError(k)
                with self.lock:
                    self.alive += 1
                    self.most = max(self.most, self.alive)
                    self.made += 1
                yield k
        finally:
            self.closed_on = threading.get_ident()

    def finished(self) -> None:
        with self.lock:
            self.alive -= 1


def test_items_in_order_made_on_another_thread_two_in_flight_at_most():
    maker = _Maker(30)
    got = []
    with Ahead(maker) as ahead:
        for item in ahead:
            got.append(item)
            maker.finished()
            ahead.done()
    assert got == list(range(30))
    assert maker.threads and threading.get_ident() not in maker.threads
    assert maker.most == 2  # the caller's item and the next, never a third
    assert maker.closed_on in maker.threads


def test_an_error_is_raised_at_its_items_place_after_the_items_before():
    maker = _Maker(10, fail_at=4)
    got = []
    with pytest.raises(KeyError) as raised:
        with Ahead(maker) as ahead:
            for item in ahead:
                got.append(item)
                maker.finished()
                ahead.done()
    assert got == [0, 1, 2, 3] and raised.value.args == (4,)


def test_leaving_early_stops_the_maker_and_closes_it_on_its_thread():
    maker = _Maker(1000)
    with pytest.raises(RuntimeError):
        with Ahead(maker) as ahead:
            for item in ahead:
                if item == 3:
                    raise RuntimeError("the caller fails")
                maker.finished()
                ahead.done()
    assert maker.made <= 5  # item 3 and at most the one after it were made
    assert maker.closed_on in maker.threads
    assert not [t for t in threading.enumerate() if t.name == "vantage-ahead"]


def test_one_item_in_flight_is_refused():
    with pytest.raises(ValueError):
        Ahead(lambda: iter(()), in_flight=1)
