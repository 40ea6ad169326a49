"""Counting failures per client address in a sliding window (server loop only)."""

from __future__ import annotations

import math
import time
from collections import deque


class FailureLimiter:
    """Blocks an address after `limit` failures within `window_s` seconds; runs on the server loop."""

    def __init__(self, limit: int, window_s: float, clock=time.monotonic) -> None:
        self._limit = limit
        self._window = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, address: str) -> deque[float]:
        now = self._clock()
        failures = self._failures.get(address)
        if failures is None:
            return deque()
        while failures and failures[0] <= now - self._window:
            failures.popleft()
        if not failures:
            del self._failures[address]
        return failures

    def retry_after(self, address: str) -> int | None:
        """Seconds until the address may try again, or None when it may try now."""
        failures = self._recent(address)
        if len(failures) < self._limit:
            return None
        return max(1, math.ceil(failures[0] + self._window - self._clock()))

    def fail(self, address: str) -> None:
        """Record one failure of the address."""
        self._failures.setdefault(address, deque()).append(self._clock())
        if len(self._failures) > 100_000:  # a flood of addresses: forget the oldest half
            for key in list(self._failures)[: len(self._failures) // 2]:
                del self._failures[key]
