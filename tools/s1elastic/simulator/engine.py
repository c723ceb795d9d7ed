"""Answer a list query over a time-ordered resource without materialising it.

Sorted by creation, a query is an index range (bisection on the monotone createdAt) walked from the
cursor's index. Sorted by update time, it is a k-way merge of the creation timeline and each update
stream, every source walked from its own bisection point; an event is listed only if it is the
object's current state (its latest event not after "now"), so each object appears once, at its
latest updatedAt. Counts are arithmetic when no per-object filter applies and a scan otherwise; a
scanned count travels in the cursor so a walk pays it once.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from s1elastic.simulator import cursor as cursors
from s1elastic.simulator.errors import invalid_cursor, validation
from s1elastic.simulator.query import ListQuery, Range
from s1elastic.simulator.resources.base import TimedResource, parse_id_list
from s1elastic.simulator.timeline import bisect_first

Predicate = Callable[[int], bool]
Hit = tuple[int, int, int]  # (index, revision k, updatedAt µs)


@dataclass
class Page:
    items: list[bytes]
    hits: list[Hit]
    next_cursor: str | None
    total: int | None


@dataclass
class Plan:
    """A validated query against one resource at one instant."""

    resource: TimedResource
    now: int
    sort: str  # "created" | "updated"
    desc: bool
    created: Range
    updated: Range
    c_lo: int  # first index inside the createdAt bounds
    c_hi: int  # one past the last existing index inside them
    tail: int  # indices >= tail may be invisible (late)
    ids: list[int] | None
    predicates: list[Predicate]
    fingerprint: str

    def visible(self, i: int) -> bool:
        return i < self.tail or self.resource.timeline.is_visible(i, self.now)

    def accept(self, i: int) -> Hit | None:
        """(i, k, updatedAt) when object i is listed by this query, else None."""
        if not self.visible(i):
            return None
        for pred in self.predicates:
            if not pred(i):
                return None
        k, t = self.resource.revision(i, self.now)
        if self.updated.active and not self.updated.contains(t):
            return None
        return i, k, t


def plan(resource: TimedResource, q: ListQuery, now: int) -> Plan:
    tl = resource.timeline
    created = q.times.get("created", Range())
    updated = q.times.get("updated", Range())
    tail, end = tl.visible_end(now)
    lo, hi = created.lo_us(), created.hi_us()
    c_lo = 0 if lo is None else tl.first_at_or_after(lo)
    c_hi = end if hi is None else min(end, tl.first_after(hi))
    upd_hi = updated.hi_us()
    if upd_hi is not None:  # updatedAt >= createdAt, so nothing created after it can match
        c_hi = min(c_hi, tl.first_after(upd_hi))
    sort = resource.sort_params.get(q.sort_by or "", "created")
    predicates: list[Predicate] = []
    ids: list[int] | None = None
    scope: dict[str, set[int]] = {}
    for name, values in q.filters.items():
        if name == "ids":
            ids = sorted(
                {
                    i
                    for v in parse_id_list(name, values)
                    if (i := resource.index_of(v)) is not None and c_lo <= i < c_hi
                }
            )
        elif name in ("accountIds", "siteIds", "groupIds") and resource.has_scope_filters:
            scope[name] = set(parse_id_list(name, values))
        elif name in resource.ignored_params:
            continue
        else:
            pred = resource.extra_filter(name, values)
            if pred is None:
                raise validation(f"{name}: Unknown field.")
            predicates.append(pred)
    if scope:
        predicates.insert(
            0, resource.scope_predicate(scope.get("accountIds"), scope.get("siteIds"), scope.get("groupIds"))
        )
    fp = cursors.fingerprint(q.fingerprint_items)
    return Plan(
        resource, now, sort, q.desc, created, updated, c_lo, max(c_lo, c_hi), tail, ids, predicates, fp
    )


# -- walks ------------------------------------------------------------------------------------


def walk_created(p: Plan, after: int | None) -> Iterator[Hit]:
    """Objects in creation order from just past index `after`."""
    if p.ids is not None:
        seq: Sequence[int] = p.ids if not p.desc else list(reversed(p.ids))
        for i in seq:
            if after is None or (i < after if p.desc else i > after):
                hit = p.accept(i)
                if hit is not None:
                    yield hit
        return
    if p.desc:
        start = p.c_hi - 1 if after is None else min(p.c_hi - 1, after - 1)
        indices: Iterator[int] = iter(range(start, p.c_lo - 1, -1))
    else:
        start = p.c_lo if after is None else max(p.c_lo, after + 1)
        indices = iter(range(start, p.c_hi))
    accept = p.accept
    for i in indices:
        hit = accept(i)
        if hit is not None:
            yield hit


def _first_reaching(time_of: Callable[[int], int], bound: int, lo: int, hi: int) -> int:
    """The first index in [lo, hi) whose (monotone) time is >= bound."""
    return bisect_first(lambda j: time_of(j) >= bound, lo, hi)


def walk_updated(p: Plan, after: tuple[int, int] | None) -> Iterator[Hit]:
    """Objects in (updatedAt, index) order, each at its current revision, from just past `after`."""
    res = p.resource
    tl = res.timeline
    if p.ids is not None:
        hits = [hit for i in p.ids if (hit := p.accept(i)) is not None]
        hits.sort(key=lambda x: (x[2], x[0]), reverse=p.desc)
        for hit in hits:
            key = (hit[2], hit[0])
            if after is None or (key < after if p.desc else key > after):
                yield hit
        return
    sources: list[tuple[int, Callable[[int], int], Callable[[int], bool] | None]] = [(-1, tl.created, None)]
    sources += [(k, s.time, s.has) for k, s in enumerate(res.streams)]
    u_lo = p.updated.lo_us()
    u_hi = p.updated.hi_us()
    u_hi = p.now if u_hi is None else min(u_hi, p.now)
    lo_i, hi_i = p.c_lo, p.c_hi
    heap: list[tuple[int, int, int]] = []
    sign = -1 if p.desc else 1
    for k, time_of, _ in sources:
        if p.desc:
            bound = u_hi if after is None else min(u_hi, after[0])
            i = _first_reaching(time_of, bound + 1, lo_i, hi_i) - 1
            if i >= lo_i:
                heap.append((-time_of(i), -i, k))
        else:
            bound_lo = u_lo if after is None else (after[0] if u_lo is None else max(u_lo, after[0]))
            i = lo_i if bound_lo is None else _first_reaching(time_of, bound_lo, lo_i, hi_i)
            if i < hi_i:
                heap.append((time_of(i), i, k))
    heapq.heapify(heap)
    by_k = {k: (time_of, has) for k, time_of, has in sources}
    while heap:
        st, si, k = heapq.heappop(heap)
        t, i = st * sign, si * sign
        time_of, has = by_k[k]
        nxt = i - 1 if p.desc else i + 1
        if lo_i <= nxt < hi_i:
            heapq.heappush(heap, (sign * time_of(nxt), sign * nxt, k))
        if p.desc:
            if u_lo is not None and t < u_lo:
                break
            if t > u_hi or (after is not None and (t, i) >= after):
                continue
        else:
            if t > u_hi:
                break
            if after is not None and (t, i) <= after:
                continue
        if has is not None and not has(i):
            continue
        hit = p.accept(i)
        if hit is not None and hit[1] == k and hit[2] == t:
            yield hit


# -- paging -----------------------------------------------------------------------------------


def count(p: Plan) -> int:
    if p.ids is None and not p.predicates and not p.updated.active:
        total = p.c_hi - p.c_lo
        tl = p.resource.timeline
        for i in range(max(p.c_lo, p.tail), p.c_hi):
            if not tl.is_visible(i, p.now):
                total -= 1
        return total
    if p.updated.active and p.updated.lo is not None and p.ids is None:
        return sum(1 for _ in walk_updated(Plan(**{**p.__dict__, "desc": False}), None))
    return sum(1 for _ in walk_created(Plan(**{**p.__dict__, "desc": False}), None))


def list_page(resource: TimedResource, q: ListQuery, now: int) -> Page:
    p = plan(resource, q, now)
    total: int | None = None
    after_created: int | None = None
    after_updated: tuple[int, int] | None = None
    if q.cursor is not None:
        cur = cursors.decode(q.cursor, p.fingerprint)
        if cur.sort != p.sort or cur.desc != p.desc:
            raise invalid_cursor()
        if p.sort == "created" and len(cur.position) == 1:
            after_created = cur.position[0]
        elif p.sort == "updated" and len(cur.position) == 2:
            after_updated = (cur.position[0], cur.position[1])
        else:
            raise invalid_cursor()
        total = cur.total
    if q.count_only:
        return Page([], [], None, count(p))
    if total is None and not q.skip_count:
        total = count(p)
    walk = walk_created(p, after_created) if p.sort == "created" else walk_updated(p, after_updated)
    hits: list[Hit] = []
    skipped = 0
    more = False
    for hit in walk:
        if skipped < q.skip:
            skipped += 1
            continue
        if len(hits) == q.limit:
            more = True
            break
        hits.append(hit)
    next_cursor = None
    if more and hits:
        last = hits[-1]
        position = (last[0],) if p.sort == "created" else (last[2], last[0])
        next_cursor = cursors.Cursor(
            p.sort, p.desc, position, p.fingerprint, None if q.skip_count else total
        ).encode()
    items = [resource.render(i, k, t) for i, k, t in hits]
    return Page(items, hits, next_cursor, None if q.skip_count else total)
