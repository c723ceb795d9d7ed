"""What every time-ordered resource shares: ids, timelines, update streams, scope, filters."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from s1elastic.simulator.errors import validation
from s1elastic.simulator.hashing import chance, derive_key, h, per_million
from s1elastic.simulator.timeline import Timeline, UpdateStream, current_revision
from s1elastic.simulator.world import ID_BASES, ID_STRIDE, Scope, World, make_id

Predicate = Callable[[int], bool]
MIN_ID = 100_000_000_000_000_000  # ids below this are refused, as a real console does for siteIds


def parse_id_list(name: str, values: Sequence[str]) -> list[int]:
    """`ids=1,2` (also repeated) as integers; the console's own validation messages."""
    out: list[int] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit():
                raise validation(f"{name}: Not a valid integer.")
            number = int(part)
            if number < MIN_ID:
                raise validation(f"{name}: {part}: Must be greater than or equal to {MIN_ID}.")
            out.append(number)
    return out


def parse_str_list(values: Sequence[str]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


class TimedResource:
    """A list endpoint whose objects are created over time (and possibly updated after)."""

    name: str = ""
    path: str = ""
    endpoint: str = ""  # fault / rate-limit / stats key
    id_field: str = "id"  # dotted path of the object's unique id (for the ground truth)
    created_field: str = "createdAt"  # dotted path of the createdAt the time filters use
    updated_field: str | None = "updatedAt"
    # filter base names (`createdAt` in `createdAt__gte`) → "created" | "updated"
    time_params: Mapping[str, str] = {"createdAt": "created", "updatedAt": "updated"}
    sort_params: Mapping[str, str] = {"createdAt": "created", "updatedAt": "updated", "id": "created"}
    # accepted and ignored: documented filters the simulator does not model (sentinelone-api.md §3)
    ignored_params: frozenset[str] = frozenset()
    has_scope_filters: bool = True

    def __init__(
        self,
        world: World,
        timeline: Timeline,
        streams: Sequence[UpdateStream],
        *,
        seed: int,
        malformed: float = 0.0,
    ) -> None:
        self.world = world
        self.timeline = timeline
        self.streams = list(streams)
        self.seed = seed
        self.id_base = ID_BASES[self.name]
        self.id_key = world.id_keys[self.name]
        self.attr_key = derive_key(seed, self.name, "attr")
        self._malformed_key = derive_key(seed, self.name, "malformed")
        self._malformed_pm = per_million(malformed)

    # -- identity ------------------------------------------------------------------------------

    def object_id(self, i: int) -> int:
        return make_id(self.id_base, self.id_key, i)

    def index_of(self, value: int) -> int | None:
        if value < self.id_base:
            return None
        i = (value - self.id_base) // ID_STRIDE
        return i if self.object_id(i) == value else None

    def attr(self, i: int, salt: int = 0) -> int:
        """64 random bits for object i (salt picks an independent stream)."""
        return h(self.attr_key ^ salt, i)

    def is_malformed(self, i: int) -> bool:
        return chance(self._malformed_key, i, self._malformed_pm)

    # -- state ---------------------------------------------------------------------------------

    def revision(self, i: int, now_us: int) -> tuple[int, int]:
        if not self.streams:
            return -1, self.timeline.created(i)
        return current_revision(self.timeline, self.streams, i, now_us)

    def scope(self, i: int) -> Scope:
        """The account/site/group the object belongs to (site and group ids 0: account-level)."""
        return self.world.agent(self.agent_index(i)).scope

    def agent_index(self, i: int) -> int:
        return self.attr(i, 0xA6E) % self.world.n_agents

    # -- filters -------------------------------------------------------------------------------

    def scope_predicate(
        self, account_ids: set[int] | None, site_ids: set[int] | None, group_ids: set[int] | None
    ) -> Predicate:
        def ok(i: int) -> bool:
            sc = self.scope(i)
            return (
                (account_ids is None or sc.account_id in account_ids)
                and (site_ids is None or sc.site_id in site_ids)
                and (group_ids is None or sc.group_id in group_ids)
            )

        return ok

    def extra_filter(self, name: str, values: Sequence[str]) -> Predicate | None:
        """A predicate for a resource-specific filter, None when the name is not one."""
        return None

    # -- rendering -----------------------------------------------------------------------------

    # (slot, replacement JSON) pairs a malformed object draws three from: wrong types, broken
    # values; never the id or the time fields a poller keys on.
    malformations: Sequence[tuple[str, bytes]] = ()

    def malform(self, i: int, values: dict[str, bytes]) -> None:
        options = self.malformations
        if not options:
            return
        v = self.attr(i, 0x3A1F)
        for n in range(3):
            slot, bad = options[(v >> (n * 8)) % len(options)]
            if slot in values:
                values[slot] = bad

    def render(self, i: int, k: int, updated_us: int) -> bytes:
        raise NotImplementedError
