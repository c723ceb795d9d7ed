"""What the simulator served, per endpoint: requests, statuses, pages, objects, bytes, faults.

With `track_served`, also how often each object was served, so a test can tell "every object
reached the poller" apart from "some objects were fetched twice" on the server side too.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any


class Stats:
    def __init__(self, *, track_served: bool = False) -> None:
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        self._status: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self._pages: Counter[str] = Counter()
        self._objects: Counter[str] = Counter()
        self._bytes: Counter[str] = Counter()
        self._faults: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.track_served = track_served
        self._served: defaultdict[str, Counter[int]] = defaultdict(Counter)

    def record(
        self,
        endpoint: str,
        status: int,
        *,
        objects: int = 0,
        size: int = 0,
        faults: Iterable[str] = (),
        resource: str | None = None,
        indices: Iterable[int] = (),
    ) -> None:
        with self._lock:
            self._requests[endpoint] += 1
            self._status[endpoint][str(status)] += 1
            if status == 200 and resource is not None:
                self._pages[endpoint] += 1
                self._objects[endpoint] += objects
            self._bytes[endpoint] += size
            for kind in faults:
                self._faults[endpoint][kind] += 1
            if self.track_served and resource is not None:
                self._served[resource].update(indices)

    def served(self, resource: str) -> dict[int, int]:
        """Object index → times served (only with track_served)."""
        with self._lock:
            return dict(self._served[resource])

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            endpoints = {
                ep: {
                    "requests": self._requests[ep],
                    "status": dict(self._status[ep]),
                    "pages": self._pages[ep],
                    "objects": self._objects[ep],
                    "bytes": self._bytes[ep],
                    "faults": dict(self._faults[ep]),
                }
                for ep in sorted(self._requests)
            }
            totals = {
                "requests": sum(self._requests.values()),
                "pages": sum(self._pages.values()),
                "objects": sum(self._objects.values()),
                "errors": sum(
                    n for c in self._status.values() for s, n in c.items() if not s.startswith("2")
                ),
                "faults": sum(sum(c.values()) for c in self._faults.values()),
            }
            served = {
                res: {"distinct": len(c), "duplicates": sum(n - 1 for n in c.values() if n > 1)}
                for res, c in self._served.items()
            }
        return {"endpoints": endpoints, "totals": totals, "served": served}
