"""When and how long to wait before repeating a request.

429 and 503 honour ``Retry-After`` (seconds or an HTTP date) and ``X-RateLimit-Reset`` (seconds to wait,
or a Unix time); other 5xx and connection errors wait a capped exponential backoff with full jitter.
Whether a request may be repeated at all is decided by the client (idempotent requests only; a paid
request is looked up, never re-sent blindly).
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

RETRY_AFTER_STATUSES = frozenset({429, 503})


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` value, or ``None`` when absent/unreadable."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def parse_rate_limit_reset(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from ``X-RateLimit-Reset``: a Unix time (large values) or a number of seconds."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return parse_retry_after(value, now)
    if number > 1e9:  # an epoch time
        return max(0.0, number - (time.time() if now is None else now))
    return max(0.0, number)


@dataclass
class RetryPolicy:
    max_attempts: int = 5
    """Attempts in all (the first one included)."""
    base_delay: float = 0.5
    max_delay: float = 30.0
    """Cap of the exponential backoff."""
    max_retry_after: float = 300.0
    """A Retry-After longer than this is not waited for: the error is reported instead."""
    jitter: bool = True
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.time
    """Wall clock (token expiry, rate-limit reset times); injectable in tests."""

    def backoff(self, attempt: int) -> float:
        """Delay before attempt ``attempt + 1`` (attempt counts from 1): full jitter on a capped exponential."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return self.rng.uniform(0.0, ceiling) if self.jitter else ceiling

    def delay_for(self, attempt: int, status: Optional[int], retry_after: Optional[str],
                  rate_limit_reset: Optional[str] = None) -> Optional[float]:
        """Seconds to wait before the next attempt, or ``None`` to give up."""
        if attempt >= self.max_attempts:
            return None
        if status in RETRY_AFTER_STATUSES:
            seconds = parse_retry_after(retry_after, self.clock())
            if seconds is None and status == 429:
                seconds = parse_rate_limit_reset(rate_limit_reset, self.clock())
            if seconds is not None:
                return seconds if seconds <= self.max_retry_after else None
        return self.backoff(attempt)


