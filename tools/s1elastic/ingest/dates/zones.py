"""java.time.ZoneId and ZoneOffset: parsing ids exactly as ZoneId.of does, backed by zoneinfo.

A `Zone` keeps Java's id text (`Z`, `+02:00`, `UTC`, `GMT+01:00`, `Europe/Paris`) because it shows
in output (date_index_name writes it, ZonedDateTime.toString prints region ids) and a tzinfo
to do the arithmetic.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache

from s1elastic.ingest.errors import DateTimeException


class ZoneRulesException(DateTimeException):
    java_class = "java.time.zone.ZoneRulesException"


@dataclass(frozen=True, slots=True)
class Zone:
    """A ZoneId. `offset` is set for ZoneOffset instances (is_offset) and fixed-offset regions."""

    id: str
    tz: tzinfo = field(compare=False, repr=False)
    offset: int | None = None
    is_offset: bool = False

    def __str__(self) -> str:
        return self.id


def offset_id(total: int) -> str:
    """ZoneOffset.getId(): Z, +hh:mm or +hh:mm:ss."""
    if total == 0:
        return "Z"
    sign = "-" if total < 0 else "+"
    a = abs(total)
    h, rest = divmod(a, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h:02d}:{m:02d}" + (f":{s:02d}" if s else "")


@lru_cache(maxsize=512)
def offset_zone(total: int) -> Zone:
    """ZoneOffset.ofTotalSeconds."""
    if not -64800 <= total <= 64800:
        raise DateTimeException("Zone offset not in valid range: -18:00 to +18:00")
    return Zone(offset_id(total), timezone(timedelta(seconds=total)), total, True)


UTC = offset_zone(0)


def _offset_number(text: str, pos: int, colon: bool) -> int:
    if colon and text[pos - 1] != ":":
        raise DateTimeException(f"Invalid ID for ZoneOffset, colon not found when expected: {text}")
    c1, c2 = text[pos], text[pos + 1]
    if not ("0" <= c1 <= "9" and "0" <= c2 <= "9"):
        raise DateTimeException(f"Invalid ID for ZoneOffset, non numeric characters found: {text}")
    return int(c1 + c2)


def parse_offset(text: str) -> Zone:
    """ZoneOffset.of(id): ±h, ±hh, ±hh:mm, ±hhmm, ±hh:mm:ss, ±hhmmss, or Z."""
    if text == "Z":
        return UTC
    work = text
    n = len(work)
    if n == 2:
        work = work[0] + "0" + work[1]
        n = 3
    if n == 3:
        h, m, s = _offset_number(work, 1, False), 0, 0
    elif n == 5:
        h, m, s = _offset_number(work, 1, False), _offset_number(work, 3, False), 0
    elif n == 6:
        h, m, s = _offset_number(work, 1, False), _offset_number(work, 4, True), 0
    elif n == 7:
        h, m, s = (
            _offset_number(work, 1, False),
            _offset_number(work, 3, False),
            _offset_number(work, 5, False),
        )
    elif n == 9:
        h, m, s = _offset_number(work, 1, False), _offset_number(work, 4, True), _offset_number(work, 7, True)
    else:
        raise DateTimeException(f"Invalid ID for ZoneOffset, invalid format: {text}")
    if work[0] not in "+-":
        raise DateTimeException(f"Invalid ID for ZoneOffset, plus/minus not found when expected: {work}")
    if h > 18:
        raise DateTimeException(
            f"Zone offset hours not in valid range: value {h} is not in the range -18 to 18"
        )
    if m > 59:
        raise DateTimeException(
            f"Zone offset minutes not in valid range: value {m} is not in the range -59 to 59"
        )
    if s > 59:
        raise DateTimeException(
            f"Zone offset seconds not in valid range: value {s} is not in the range -59 to 59"
        )
    if h == 18 and (m or s):
        raise DateTimeException("Zone offset not in valid range: -18:00 to +18:00")
    total = h * 3600 + m * 60 + s
    return offset_zone(-total if work[0] == "-" else total)


_REGION_ID = re.compile(r"[A-Za-z][A-Za-z0-9~/._+-]+")


# tz database names the JDK's tzdb.dat leaves out (EST/HST/MST exist only as ZoneId.SHORT_IDS aliases,
# which ZoneId.of does not apply), plus zoneinfo's non-zones; checked against OpenJDK 17.
_NOT_IN_JDK = frozenset({"EST", "HST", "MST", "ROC", "Factory", "localtime"})


@lru_cache(maxsize=1)
def available_region_ids() -> frozenset[str]:
    """The tz database ids (Java's ZoneRulesProvider.getAvailableZoneIds, from Python's tzdata)."""
    return frozenset(zoneinfo.available_timezones()) - _NOT_IN_JDK


def _region(zone_id: str) -> Zone:
    if not _REGION_ID.fullmatch(zone_id):
        raise DateTimeException(f"Invalid ID for region-based ZoneId, invalid format: {zone_id}")
    if zone_id not in available_region_ids():
        raise ZoneRulesException(f"Unknown time-zone ID: {zone_id}")
    return Zone(zone_id, zoneinfo.ZoneInfo(zone_id))


def _prefixed(zone_id: str, prefix_len: int) -> Zone:
    prefix = zone_id[:prefix_len]
    if len(zone_id) == prefix_len:
        return Zone(prefix, UTC.tz, 0)
    if zone_id[prefix_len] not in "+-":
        return _region(zone_id)
    try:
        off = parse_offset(zone_id[prefix_len:])
    except DateTimeException as exc:
        raise DateTimeException(f"Invalid ID for offset-based ZoneId: {zone_id}", cause=exc) from None
    if off.offset == 0:
        return Zone(prefix, UTC.tz, 0)
    return Zone(prefix + off.id, off.tz, off.offset)


@lru_cache(maxsize=1024)
def zone_of(zone_id: str) -> Zone:
    """ZoneId.of(id), with Java's error texts."""
    if len(zone_id) <= 1 or zone_id[0] in "+-":
        return parse_offset(zone_id)
    if zone_id.startswith(("UTC", "GMT")):
        return _prefixed(zone_id, 3)
    if zone_id.startswith("UT"):
        return _prefixed(zone_id, 2)
    return _region(zone_id)


def zone_with_prefix(prefix: str, off: Zone) -> Zone:
    """ZoneId.ofOffset(prefix, offset) as the zone-id parser builds it (`UTC+01:00`, or the bare offset)."""
    if not prefix:
        return off
    if off.offset == 0:
        return Zone(prefix, UTC.tz, 0)
    return Zone(prefix + off.id, off.tz, off.offset)
