"""When object i of a resource was created, updated and became visible: arithmetic, not storage.

Creation times are monotone non-decreasing in the index, so a time filter maps to an index range
by bisection and a cursor can simply be an index. Object i's createdAt is
`start + i * span // n + jitter(i)` with `0 <= jitter < span // n` (strictly increasing), except
that a few objects repeat their predecessor's timestamp, because distinct objects sharing one
microsecond is what breaks `__gt` checkpoints. Past the history (at and after the anchor, the
simulator's "now" at start), objects keep coming at the live rate with the same construction.

Updates are "streams": stream k gives object i an update at time `t_k(i)` when `has_k(i)`, and
`t_k` is monotone in i too, so all update events in a time range can be walked in time order by
merging the creation timeline with every stream (see engine.py). An object's current state is its
latest creation-or-update event not after "now".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from s1elastic.simulator.hashing import chance, h

US = 1_000_000
NEVER = 1 << 62  # the createdAt of an index past the end of a finite sequence


def bisect_first(pred: Callable[[int], bool], lo: int, hi: int) -> int:
    """The first i in [lo, hi) with pred(i) true, for pred monotone (false...false true...true)."""
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


class Timeline:
    """createdAt (µs) of object i and when it becomes visible."""

    def __init__(
        self,
        *,
        key: int,
        history_start_us: int,
        anchor_us: int,
        n_history: int,
        live_rate: float,
        dup_per_million: int = 20_000,
        late_per_million: int = 0,
        late_delay_us: int = 0,
    ) -> None:
        if n_history < 0:
            raise ValueError("object count must not be negative")
        span = anchor_us - history_start_us
        if n_history and span < n_history:
            raise ValueError("history too short: at most one object per microsecond")
        self.key = key
        self._jkey = key ^ 0x1111
        self._lkey = key ^ 0x3333
        self.start = history_start_us
        self.anchor = anchor_us
        self.n_history = n_history
        self._span = span
        self._gap = span // n_history if n_history else 1
        self.live_gap = max(1, round(US / live_rate)) if live_rate > 0 else 0
        self._dup = dup_per_million
        self.late_per_million = late_per_million
        self.late_delay = late_delay_us if late_per_million else 0

    # -- creation ------------------------------------------------------------------------------

    def _base(self, i: int) -> int:
        n = self.n_history
        if i < n:
            return self.start + (i * self._span) // n + h(self._jkey, i) % self._gap
        return self.anchor + (i - n) * self.live_gap + h(self._jkey, i) % self.live_gap

    def created(self, i: int) -> int:
        """createdAt of object i in µs (a few objects share their predecessor's timestamp)."""
        dup = self._dup
        jkey = self._jkey
        while True:
            hv = h(jkey, i)
            # the high bits decide "repeats its predecessor", the full value the jitter
            if i > 0 and dup and (hv >> 40) % 1_000_000 < dup:
                i -= 1
                continue
            n = self.n_history
            if i < n:
                return self.start + (i * self._span) // n + hv % self._gap
            if not self.live_gap:
                return NEVER  # no such object: without live data the sequence ends at n
            return self.anchor + (i - n) * self.live_gap + hv % self.live_gap

    def upper_index(self, t_us: int) -> int:
        """An index whose createdAt is surely > t_us (or the end of a finite sequence)."""
        if not self.live_gap:
            return self.n_history
        upper = self.n_history + max(0, (t_us - self.anchor) // self.live_gap) + 2
        while self.created(upper) <= t_us:  # a run of repeated timestamps can reach past the estimate
            upper += 4
        return upper

    def first_at_or_after(self, t_us: int) -> int:
        """The smallest index whose createdAt >= t_us."""
        return bisect_first(lambda i: self.created(i) >= t_us, 0, self.upper_index(t_us))

    def first_after(self, t_us: int) -> int:
        """The smallest index whose createdAt > t_us, i.e. how many objects exist at t_us."""
        return self.first_at_or_after(t_us + 1)

    # -- late visibility -----------------------------------------------------------------------

    def is_late(self, i: int) -> bool:
        return chance(self._lkey, i, self.late_per_million)

    def visible_at(self, i: int) -> int:
        """When object i can first be listed: createdAt, or createdAt + delay for late objects."""
        created = self.created(i)
        return created + self.late_delay if self.late_delay and self.is_late(i) else created

    def visible_end(self, now_us: int) -> tuple[int, int]:
        """(tail_start, end): every index < end exists at now; those in [tail_start, end) may be
        late and invisible, those below tail_start are surely visible."""
        end = self.first_after(now_us)
        if not self.late_delay:
            return end, end
        return min(end, self.first_after(now_us - self.late_delay)), end

    def is_visible(self, i: int, now_us: int) -> bool:
        return self.visible_at(i) <= now_us


class UpdateStream:
    """Update events of one kind: object i is updated at `time(i)` when `has(i)`; time is monotone."""

    name: str

    def time(self, i: int) -> int:
        raise NotImplementedError

    def has(self, i: int) -> bool:
        raise NotImplementedError


@dataclass
class OffsetStream(UpdateStream):
    """An update `offset` after creation, for a fraction of the objects (e.g. a threat triaged 30 min
    after detection)."""

    name: str
    timeline: Timeline
    offset_us: int
    key: int
    per_million: int

    def time(self, i: int) -> int:
        return self.timeline.created(i) + self.offset_us

    def has(self, i: int) -> bool:
        return chance(self.key, i, self.per_million)


@dataclass
class SpreadStream(UpdateStream):
    """Updates spread evenly over a window independent of creation (e.g. agents checking in during
    the last day); an object only gets one if it already existed then."""

    name: str
    timeline: Timeline
    start_us: int
    span_us: int
    n_ref: int
    key: int
    per_million: int

    def time(self, i: int) -> int:
        gap = max(1, self.span_us // max(1, self.n_ref))
        return self.start_us + (i * self.span_us) // max(1, self.n_ref) + h(self.key, i) % gap

    def has(self, i: int) -> bool:
        return chance(self.key, i, self.per_million) and self.time(i) > self.timeline.created(i)


def current_revision(
    timeline: Timeline, streams: Sequence[UpdateStream], i: int, now_us: int
) -> tuple[int, int]:
    """(k, updatedAt) of object i's latest event not after now: k = -1 for creation, else the
    stream index. Later streams win ties."""
    best_k, best_t = -1, timeline.created(i)
    for k, stream in enumerate(streams):
        if stream.has(i):
            t = stream.time(i)
            if best_t <= t <= now_us:
                best_k, best_t = k, t
    return best_k, best_t
