"""A local Vantage-compatible server for tests, benchmarks and demos (``python -m tests.fake_vantage``)."""

from .server import DEFAULT_PASSWORD, DEFAULT_USER, FakeConfig, FakeVantage, Fault, fake_analysis  # noqa: F401
