"""core/api/retry.py: Retry-After and rate-limit headers, capped exponential backoff with full jitter."""

from __future__ import annotations

import email.utils
import random

import pytest

from vantage_plugin.core.api.retry import RetryPolicy, parse_rate_limit_reset, parse_retry_after


def test_parse_retry_after():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    date = email.utils.formatdate(1_000_060, usegmt=True)
    assert parse_retry_after(date, now=1_000_000) == pytest.approx(60.0)
    assert parse_retry_after(email.utils.formatdate(1_000_000, usegmt=True), now=1_000_100) == 0.0


def test_backoff_is_capped_exponential_with_full_jitter():
    policy = RetryPolicy(base_delay=0.5, max_delay=4.0, rng=random.Random(1), max_attempts=10)
    for attempt, cap in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0), (9, 4.0)]:
        values = [policy.backoff(attempt) for _ in range(200)]
        assert all(0.0 <= v <= cap for v in values)
        assert max(values) > cap * 0.8  # jitter spreads over the whole range
    assert RetryPolicy(jitter=False, base_delay=1, max_delay=3).backoff(5) == 3
    assert RetryPolicy(max_attempts=3).delay_for(3, 500, None) is None
    assert RetryPolicy().delay_for(1, 429, "12") == 12.0
    assert RetryPolicy(max_retry_after=10).delay_for(1, 503, "11") is None


def test_rate_limit_reset_as_seconds_or_unix_time():
    assert parse_rate_limit_reset("30", now=1000.0) == 30.0
    assert parse_rate_limit_reset("1900000060", now=1_900_000_000.0) == 60.0
    assert parse_rate_limit_reset(None) is None
    policy = RetryPolicy(clock=lambda: 1_900_000_000.0)
    assert policy.delay_for(1, 429, None, "1900000045") == 45.0
    assert policy.delay_for(1, 429, "3", "1900000045") == 3.0  # Retry-After first
