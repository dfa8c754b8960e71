"""Rate limits: a token bucket per client, and the guard on short-code guesses.

Clients are keyed by their network address in memory only; the address is never written
anywhere. Time comes from an injected monotonic clock (tests pass their own).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_CLIENTS = 4096
"""Buckets kept at most; the oldest are dropped first (a room has a few dozen phones)."""


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


@dataclass(slots=True)
class RateLimiter:
    """At most `burst` requests at once per client, refilled at `rate` per second."""

    rate: float
    burst: int
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)

    def allow(self, client: str) -> bool:
        """Take one request from the client's bucket; False when it is empty (answer 429)."""
        now = self.clock()
        bucket = self._buckets.pop(client, None) or _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        allowed = bucket.tokens >= 1.0
        if allowed:
            bucket.tokens -= 1.0
        self._buckets[client] = bucket  # re-inserted: the dict stays in order of last use
        while len(self._buckets) > MAX_CLIENTS:
            del self._buckets[next(iter(self._buckets))]
        return allowed


@dataclass(slots=True)
class CodeGuard:
    """Limits guesses of the short code: a few per client and a few dozen per minute in all."""

    clock: Callable[[], float] = time.monotonic
    per_client: RateLimiter = field(init=False)
    everyone: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.per_client = RateLimiter(rate=5 / 60, burst=5, clock=self.clock)
        self.everyone = RateLimiter(rate=30 / 60, burst=30, clock=self.clock)

    def may_try(self, client: str) -> bool:
        """True when this client may try a code now (every try counts, right or wrong)."""
        return self.per_client.allow(client) and self.everyone.allow("*")
