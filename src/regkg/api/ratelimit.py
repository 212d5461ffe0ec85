"""Per-client budget of SPARQL worker time: `rate_limit_query_s` seconds per minute. Layer 4.

A client (by address) is charged the wall time its queries held a worker, timeouts included
(a query stopped at 10 s cost 10 s of a worker). Before a query runs, a client whose charges in
the last `WINDOW_S` seconds reach the budget gets `429` with `Retry-After`: the seconds until
enough of its charges have left the window. Loopback clients are exempt unless
`rate_limit_localhost` is 1. Memory is bounded: at most `MAX_CLIENTS` clients are tracked
(the least recently seen are forgotten) and each keeps only the charges of the window.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

WINDOW_S = 60.0
MAX_CLIENTS = 10_000
MAX_CHARGES = 10_000  # per client: older charges are merged into the newest kept one
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost", "testclient"})


class QueryBudget:
    def __init__(self, seconds_per_minute: float, *, limit_localhost: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.budget = seconds_per_minute
        self.limit_localhost = limit_localhost
        self.clock = clock
        self._charges: OrderedDict[str, deque[tuple[float, float]]] = OrderedDict()
        self._lock = threading.Lock()
        self.refused = 0

    def applies_to(self, client: str) -> bool:
        return self.budget > 0 and (self.limit_localhost or client not in LOOPBACK)

    def _window(self, client: str, now: float) -> deque[tuple[float, float]]:
        charges = self._charges.get(client)
        if charges is None:
            charges = self._charges[client] = deque()
            while len(self._charges) > MAX_CLIENTS:
                self._charges.popitem(last=False)
        self._charges.move_to_end(client)
        while charges and charges[0][0] <= now - WINDOW_S:
            charges.popleft()
        return charges

    def retry_after(self, client: str) -> int | None:
        """None if `client` may run a query now, else whole seconds to wait (at least 1)."""
        if not self.applies_to(client):
            return None
        with self._lock:
            now = self.clock()
            charges = self._window(client, now)
            used = sum(cost for _, cost in charges)
            if used < self.budget:
                return None
            self.refused += 1
            for stamp, cost in charges:  # bounded by MAX_CHARGES
                used -= cost
                if used < self.budget:
                    return max(1, math.ceil(stamp + WINDOW_S - now))
            return math.ceil(WINDOW_S)

    def charge(self, client: str, seconds: float) -> None:
        if not self.applies_to(client):
            return
        with self._lock:
            now = self.clock()
            charges = self._window(client, now)
            if len(charges) >= MAX_CHARGES:
                stamp, cost = charges.pop()
                seconds += cost
            charges.append((now, seconds))
