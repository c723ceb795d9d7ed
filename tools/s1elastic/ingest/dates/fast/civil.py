"""Integer calendar arithmetic for the fast paths: local fields seen from another zone.

A `Local` is `(year, month, day, hour, minute, second, nano, offset)`: what a JDateTime holds,
minus the zone object (the fast paths always answer in the processor's own zone). Every function
here gives exactly what JDateTime.of_local / of_instant / with_zone_same_instant give for years
2..9998, and None outside that range so the caller falls back to the general path (which owns the
`Instant exceeds ...` and `engine limit` errors).
"""

from __future__ import annotations

from datetime import UTC as PY_UTC
from datetime import date, datetime, timedelta, tzinfo

from s1elastic.ingest.dates.zones import Zone

Local = tuple[int, int, int, int, int, int, int, int]

_EPOCH = datetime(1970, 1, 1, tzinfo=PY_UTC)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
MIN_YEAR, MAX_YEAR = 2, 9998
# Instants whose date is in MIN_YEAR..MAX_YEAR in every offset (offsets are at most 18 hours).
MIN_EPOCH = (date(MIN_YEAR, 1, 1).toordinal() - _EPOCH_ORDINAL + 1) * 86400
MAX_EPOCH = (date(MAX_YEAR, 12, 31).toordinal() - _EPOCH_ORDINAL - 1) * 86400
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def epoch_of(y: int, mo: int, d: int, h: int, mi: int, s: int, offset: int) -> int:
    """Epoch second of a local date-time at a fixed offset (LocalDateTime.toEpochSecond)."""
    return (date(y, mo, d).toordinal() - _EPOCH_ORDINAL) * 86400 + h * 3600 + mi * 60 + s - offset


def _at_offset(epoch: int, nano: int, offset: int) -> Local:
    days, sod = divmod(epoch + offset, 86400)
    day = date.fromordinal(days + _EPOCH_ORDINAL)
    h, rest = divmod(sod, 3600)
    mi, s = divmod(rest, 60)
    return day.year, day.month, day.day, h, mi, s, nano, offset


def _in_region(epoch: int, nano: int, tz: tzinfo) -> Local:
    """JDateTime.of_instant for a region zone, with the very same datetime calls."""
    dt = (_EPOCH + timedelta(seconds=epoch)).astimezone(tz)
    off = dt.utcoffset()
    offset = int(off.total_seconds()) if off is not None else 0
    return dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, nano, offset


class ZoneView:
    """One target zone: turns parsed local fields or instants into a Local in that zone."""

    __slots__ = ("fixed", "tz", "zone")

    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.fixed = zone.offset
        self.tz = zone.tz

    def instant(self, epoch: int, nano: int) -> Local | None:
        """Instant.atZone(zone)."""
        if not MIN_EPOCH <= epoch <= MAX_EPOCH:
            return None
        if self.fixed is not None:
            return _at_offset(epoch, nano, self.fixed)
        return _in_region(epoch, nano, self.tz)

    def local(self, y: int, mo: int, d: int, h: int, mi: int, s: int, nano: int) -> Local | None:
        """ZonedDateTime.of(local, zone): a gap moves later, an overlap takes the earlier offset."""
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        fixed = self.fixed
        if fixed is not None:
            return y, mo, d, h, mi, s, nano, fixed
        aware = datetime(y, mo, d, h, mi, s, tzinfo=self.tz)
        return _in_region(int((aware - _EPOCH).total_seconds()), nano, self.tz)

    def at_offset(
        self, y: int, mo: int, d: int, h: int, mi: int, s: int, nano: int, offset: int
    ) -> Local | None:
        """ZonedDateTime.of(local, offset).withZoneSameInstant(zone)."""
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        fixed = self.fixed
        if fixed == offset:
            return y, mo, d, h, mi, s, nano, offset
        if fixed is not None:
            sod = h * 3600 + mi * 60 + s + fixed - offset
            if 0 <= sod < 86400:  # same day: no calendar arithmetic
                return y, mo, d, sod // 3600, sod // 60 % 60, sod % 60, nano, fixed
            return _at_offset(epoch_of(y, mo, d, h, mi, s, offset), nano, fixed)
        return _in_region(epoch_of(y, mo, d, h, mi, s, offset), nano, self.tz)
