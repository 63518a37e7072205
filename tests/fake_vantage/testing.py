"""Helpers around the fake server: clients, plots and bodies, recorded sleeps, an injected clock.

The fixtures (``fake``, ``sleeps``, ``client``) are in tests/fixtures/fake_api.py, registered for every test."""

from __future__ import annotations

import base64
import json

from shapely.geometry import Point, Polygon

from vantage_plugin.core.api.client import VantageClient
from vantage_plugin.core.api.models import Credentials
from vantage_plugin.core.api.retry import RetryPolicy
from vantage_plugin.core.plots import Plot

from .contract import Contract
from .server import DEFAULT_PASSWORD, DEFAULT_USER, FakeVantage

_CONTRACT = None


def contract() -> Contract:
    global _CONTRACT
    if _CONTRACT is None:
        _CONTRACT = Contract()
    return _CONTRACT


class Sleeps(list):
    """A ``sleep`` that records and does not wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    @property
    def total(self) -> float:
        return sum(self)


class BooksClock:
    """An injected clock for the API workflow (``ApiOptions(clock=..., sleep=...)``) whose sleep moves the
    fake server's books forward too: jobs progress while polling, and no time is really spent waiting."""

    def __init__(self, fake: FakeVantage, start: float = 0.0) -> None:
        self.fake, self.t, self.slept = fake, start, Sleeps()

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds
        self.slept(seconds)
        self.fake.advance(seconds)


def make_client(fake, sleeps=None, **kwargs) -> VantageClient:
    retry = RetryPolicy(sleep=sleeps if sleeps is not None else (lambda s: None), base_delay=0.2, max_delay=2.0)
    kwargs.setdefault("retry", retry)
    return VantageClient(fake.url, Credentials(DEFAULT_USER, DEFAULT_PASSWORD), **kwargs)


def square(lon: float, lat: float, size: float = 0.001) -> Polygon:
    return Polygon([(lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size)])


def make_plots(n: int, *, lon: float = 101.0, lat: float = 1.0, commodity="palm_oil", harvest_date="2024-12-15",
               start: int = 0) -> list:
    """``n`` small distinct square plots (≈1.2 ha each) in Riau."""
    return [Plot(start + i, square(lon + 0.01 * (start + i), lat), name=f"plot {start + i}", commodity=commodity,
                 harvest_date=harvest_date, attributes={"name": f"plot {start + i}"}) for i in range(n)]


def point_plot(index: int, lon: float, lat: float, point_ha=2.0, **kwargs) -> Plot:
    kwargs.setdefault("commodity", "cocoa")
    kwargs.setdefault("harvest_date", "2024-06-30")
    return Plot(index, Point(lon, lat), point_ha=point_ha, name=f"point {index}", **kwargs)


def plot_body(lon: float = 20.0175, lat: float = -0.0301) -> dict:
    """A make_plot body written by hand (closed ring, 6 decimals)."""
    ring = [[lon, lat], [round(lon + 0.001, 6), lat], [round(lon + 0.001, 6), round(lat + 0.001, 6)],
            [lon, round(lat + 0.001, 6)], [lon, lat]]
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}


def jwt(payload: dict) -> str:
    """A JWT-shaped token (header.payload.signature, base64url) carrying ``payload``; the signature is fake."""
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{b64(json.dumps(payload).encode())}.{b64(b'signature')}"
