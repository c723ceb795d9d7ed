"""Query-string parameters of list endpoints, validated the way the console validates them.

Errors are 400 4000010 "Validation Error" with a `field: message` detail in the style of the
console's own (`siteIds: 0: Must be greater than or equal to 100000000000000000.`); the exact
wording of the other messages is an assumption modelled on that one. Unknown parameters are
refused ("Unknown field.") so that a misspelt filter (`createdAt_gte`) fails loudly instead of
silently returning everything; this strictness is a choice of the simulator, not a documented
console behaviour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from s1elastic.simulator.errors import validation
from s1elastic.simulator.timefmt import parse_param_time

PAGING_PARAMS = frozenset({"limit", "skip", "cursor", "countOnly", "skipCount", "sortBy", "sortOrder"})
SUFFIXES = ("__gte", "__gt", "__lte", "__lt")
MAX_LIMIT = 1000
MAX_SKIP = 1000
DEFAULT_LIMIT = 10


@dataclass
class Range:
    """A time range in µs; None = unbounded."""

    lo: int | None = None
    lo_incl: bool = True
    hi: int | None = None
    hi_incl: bool = True

    def add(self, suffix: str, value: int) -> None:
        if suffix in ("__gt", "__gte"):
            incl = suffix == "__gte"
            if self.lo is None or value > self.lo or (value == self.lo and not incl):
                self.lo, self.lo_incl = value, incl
        else:
            incl = suffix == "__lte"
            if self.hi is None or value < self.hi or (value == self.hi and not incl):
                self.hi, self.hi_incl = value, incl

    @property
    def active(self) -> bool:
        return self.lo is not None or self.hi is not None

    def lo_us(self) -> int | None:
        """The smallest time inside the range."""
        if self.lo is None:
            return None
        return self.lo if self.lo_incl else self.lo + 1

    def hi_us(self) -> int | None:
        """The largest time inside the range."""
        if self.hi is None:
            return None
        return self.hi if self.hi_incl else self.hi - 1

    def contains(self, t: int) -> bool:
        lo, hi = self.lo_us(), self.hi_us()
        return (lo is None or t >= lo) and (hi is None or t <= hi)


@dataclass
class ListQuery:
    limit: int = DEFAULT_LIMIT
    skip: int = 0
    cursor: str | None = None
    count_only: bool = False
    skip_count: bool = False
    sort_by: str | None = None
    desc: bool = False
    times: dict[str, Range] = field(default_factory=dict)  # "created" | "updated" → range
    filters: dict[str, list[str]] = field(default_factory=dict)  # every other parameter, raw
    fingerprint_items: list[tuple[str, str]] = field(default_factory=list)


def _int(name: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise validation(f"{name}: Not a valid integer.") from None
    if not low <= value <= high:
        raise validation(f"{name}: Must be greater than or equal to {low} and less than or equal to {high}.")
    return value


def _bool(name: str, text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise validation(f"{name}: Not a valid boolean.")


def parse_list_query(
    params: Mapping[str, Sequence[str]],
    *,
    time_params: Mapping[str, str],
    sort_params: Mapping[str, str] | Sequence[str],
    allowed: frozenset[str],
) -> ListQuery:
    """Validate paging, sorting and time filters; other names must be in `allowed`."""
    q = ListQuery()
    for name, values in params.items():
        value = values[-1]
        if name == "limit":
            q.limit = _int(name, value, 1, MAX_LIMIT)
        elif name == "skip":
            q.skip = _int(name, value, 0, MAX_SKIP)
        elif name == "cursor":
            q.cursor = value
        elif name == "countOnly":
            q.count_only = _bool(name, value)
        elif name == "skipCount":
            q.skip_count = _bool(name, value)
        elif name == "sortOrder":
            if value not in ("asc", "desc"):
                raise validation("sortOrder: Must be one of: asc, desc.")
            q.desc = value == "desc"
            q.fingerprint_items.append((name, value))
        elif name == "sortBy":
            if value not in sort_params:
                raise validation(f"sortBy: Must be one of: {', '.join(sort_params)}.")
            q.sort_by = value
            q.fingerprint_items.append((name, value))
        else:
            base, suffix = _split_suffix(name)
            if suffix and base in time_params:
                try:
                    when = parse_param_time(value)
                except ValueError:
                    raise validation(f"{name}: Not a valid datetime.") from None
                q.times.setdefault(time_params[base], Range()).add(suffix, when)
                q.fingerprint_items.append((name, value))
            elif name in allowed:
                q.filters[name] = list(values)
                q.fingerprint_items.append((name, ",".join(values)))
            else:
                raise validation(f"{name}: Unknown field.")
    return q


def _split_suffix(name: str) -> tuple[str, str]:
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""
