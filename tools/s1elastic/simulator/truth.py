"""The ground truth: which objects exist, when, and in which revisions — computed by brute force
from the model's definitions, independently of the query engine, so tests can hold the engine (and
the poller) against it.

Time ranges are half-open [since, until); `at` is the instant the question is asked about
(default: the simulator's clock now). An object counts only once it is visible at `at` (late
objects are invisible for a while after their createdAt).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson

from s1elastic.simulator.model import Model
from s1elastic.simulator.resources.base import TimedResource
from s1elastic.simulator.timefmt import iso_us, parse_param_time, to_us

When = datetime | str | int | None  # datetime, ISO text, or µs since the epoch


def _us(value: When) -> int | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_us(value)
    if isinstance(value, int):
        return value
    return parse_param_time(value)


class GroundTruth:
    def __init__(self, model: Model) -> None:
        self.model = model

    def _resource(self, name: str) -> TimedResource:
        try:
            return self.model.resources[name]
        except KeyError:
            raise ValueError(f"unknown resource {name!r}") from None

    def _existing(self, res: TimedResource, at: int) -> range:
        return range(res.timeline.first_after(at))

    def ids(
        self,
        resource: str,
        since: When = None,
        until: When = None,
        *,
        field: str = "createdAt",
        at: When = None,
    ) -> list[str]:
        """Ids of objects visible at `at` whose createdAt (or current updatedAt, with
        field="updatedAt") lies in [since, until). `applications` and `risks` are snapshots:
        every row id."""
        if resource == "applications":
            return [str(x) for x in self.model.installed.all_row_ids()]
        if resource == "risks":
            return [str(x) for x in self.model.installed.all_risk_ids()]
        res = self._resource(resource)
        now = _us(at) or self.model.now_us()
        lo, hi = _us(since), _us(until)
        tl = res.timeline
        out = []
        for i in self._existing(res, now):
            if not tl.is_visible(i, now):
                continue
            t = tl.created(i) if field == "createdAt" else res.revision(i, now)[1]
            if (lo is None or t >= lo) and (hi is None or t < hi):
                out.append(str(res.object_id(i)))
        return out

    def revisions(
        self, resource: str, since: When = None, until: When = None, *, at: When = None
    ) -> list[tuple[str, str]]:
        """(id, updatedAt) of every creation and update event in [since, until) that has happened
        by `at`, for objects visible at `at`, in time order: what a poller keyed on
        (id, updatedAt) should have written by then if it saw every state."""
        res = self._resource(resource)
        now = _us(at) or self.model.now_us()
        lo, hi = _us(since), _us(until)
        tl = res.timeline
        events: list[tuple[int, int]] = []
        for i in self._existing(res, now):
            if not tl.is_visible(i, now):
                continue
            times = [tl.created(i)] + [s.time(i) for s in res.streams if s.has(i)]
            for t in sorted(set(times)):
                if t <= now and (lo is None or t >= lo) and (hi is None or t < hi):
                    events.append((t, i))
        events.sort()
        return [(str(res.object_id(i)), iso_us(t)) for t, i in events]

    def objects(
        self, resource: str, since: When = None, until: When = None, *, at: When = None
    ) -> list[dict[str, Any]]:
        """The objects `ids` names, as the API would render them at `at`."""
        res = self._resource(resource)
        now = _us(at) or self.model.now_us()
        wanted = set(self.ids(resource, since, until, at=now))
        out = []
        for i in self._existing(res, now):
            if str(res.object_id(i)) in wanted:
                k, t = res.revision(i, now)
                out.append(orjson.loads(res.render(i, k, t)))
        return out

    def late_ids(self, resource: str) -> list[str]:
        """Ids (among objects existing now) that are listed only some time after their createdAt."""
        res = self._resource(resource)
        return [
            str(res.object_id(i)) for i in self._existing(res, self.model.now_us()) if res.timeline.is_late(i)
        ]

    def malformed_ids(self, resource: str) -> list[str]:
        res = self._resource(resource)
        return [
            str(res.object_id(i)) for i in self._existing(res, self.model.now_us()) if res.is_malformed(i)
        ]

    def visible_at(self, resource: str, object_id: str) -> str | None:
        """When an object becomes listable (ISO), or None if the id is not one of this resource."""
        res = self._resource(resource)
        i = res.index_of(int(object_id))
        return None if i is None else iso_us(res.timeline.visible_at(i))
