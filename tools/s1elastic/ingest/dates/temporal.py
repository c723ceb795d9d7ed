"""A java.time.ZonedDateTime: an instant (epoch second + nano) seen through a zone.

Python's datetime covers years 1..9999 and microseconds; we keep nanoseconds separately and
refuse other years with Java's own `Instant exceeds minimum or maximum instant` style errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC as PY_UTC
from datetime import date, datetime, timedelta

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.zones import UTC, Zone
from s1elastic.ingest.errors import DateTimeException
from s1elastic.ingest.javatypes import ZonedDateTime

_EPOCH = datetime(1970, 1, 1, tzinfo=PY_UTC)
_MJD_ORDINAL = date(1858, 11, 17).toordinal()  # modified Julian day 0


@dataclass(frozen=True, slots=True)
class JDateTime:
    """Local fields, offset and zone of one ZonedDateTime."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    nano: int
    offset: int  # seconds east of UTC in effect at this instant
    zone: Zone

    # -- construction --------------------------------------------------------------------------

    @staticmethod
    def of_instant(epoch_second: int, nano: int, zone: Zone) -> JDateTime:
        try:
            dt = (_EPOCH + timedelta(seconds=epoch_second)).astimezone(zone.tz)
        except (OverflowError, ValueError):
            raise DateTimeException("Instant exceeds minimum or maximum instant") from None
        off = dt.utcoffset()
        return JDateTime(
            dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, nano,
            int(off.total_seconds()) if off is not None else 0, zone,
        )  # fmt: skip

    @staticmethod
    def of_local(
        year: int, month: int, day: int, hour: int, minute: int, second: int, nano: int, zone: Zone
    ) -> JDateTime:
        """ZonedDateTime.of(LocalDateTime, zone): a gap moves later by its length, an overlap takes the earlier offset."""
        if not 1 <= year <= 9999:
            raise DateTimeException(f"Invalid value for Year (valid values 1 - 9999): {year} (engine limit)")
        local = datetime(year, month, day, hour, minute, second)
        if zone.offset is not None:
            return JDateTime(year, month, day, hour, minute, second, nano, zone.offset, zone)
        aware = local.replace(tzinfo=zone.tz, fold=0)
        epoch = int((aware - _EPOCH).total_seconds())
        return JDateTime.of_instant(epoch, nano, zone)

    # -- views ---------------------------------------------------------------------------------

    def epoch_second(self) -> int:
        local = datetime(self.year, self.month, self.day, self.hour, self.minute, self.second, tzinfo=PY_UTC)
        return int((local - _EPOCH).total_seconds()) - self.offset

    def with_zone_same_instant(self, zone: Zone) -> JDateTime:
        if zone == self.zone and zone.id == self.zone.id:
            return self
        return JDateTime.of_instant(self.epoch_second(), self.nano, zone)

    def with_zone_same_local(self, zone: Zone) -> JDateTime:
        return JDateTime.of_local(
            self.year, self.month, self.day, self.hour, self.minute, self.second, self.nano, zone
        )

    def to_zoned(self) -> ZonedDateTime:
        """The document value type (javatypes.ZonedDateTime)."""
        dt = datetime(
            self.year, self.month, self.day, self.hour, self.minute, self.second, self.nano // 1000,
            tzinfo=UTC.tz if self.offset == 0 else _fixed(self.offset),
        )  # fmt: skip
        return ZonedDateTime(dt, self.nano, self.zone.id)

    def get(self, field: F.Field) -> int:
        """ZonedDateTime.getLong(field) for the fields printers use."""
        if field is F.YEAR:
            return self.year
        if field is F.YEAR_OF_ERA:
            return self.year if self.year >= 1 else 1 - self.year
        if field is F.ERA:
            return 1 if self.year >= 1 else 0
        if field is F.MONTH_OF_YEAR:
            return self.month
        if field is F.DAY_OF_MONTH:
            return self.day
        if field is F.DAY_OF_YEAR:
            return date(self.year, self.month, self.day).timetuple().tm_yday
        if field is F.DAY_OF_WEEK:
            return date(self.year, self.month, self.day).isoweekday()
        if field is F.QUARTER_OF_YEAR:
            return (self.month - 1) // 3 + 1
        if field is F.ALIGNED_WEEK_OF_MONTH:
            return (self.day - 1) // 7 + 1
        if field is F.MODIFIED_JULIAN_DAY:
            return date(self.year, self.month, self.day).toordinal() - _MJD_ORDINAL
        if field is F.HOUR_OF_DAY:
            return self.hour
        if field is F.CLOCK_HOUR_OF_DAY:
            return self.hour or 24
        if field is F.HOUR_OF_AMPM:
            return self.hour % 12
        if field is F.CLOCK_HOUR_OF_AMPM:
            return self.hour % 12 or 12
        if field is F.AMPM_OF_DAY:
            return self.hour // 12
        if field is F.MINUTE_OF_HOUR:
            return self.minute
        if field is F.MINUTE_OF_DAY:
            return self.hour * 60 + self.minute
        if field is F.SECOND_OF_MINUTE:
            return self.second
        if field is F.SECOND_OF_DAY:
            return self.hour * 3600 + self.minute * 60 + self.second
        if field is F.NANO_OF_SECOND:
            return self.nano
        if field is F.MILLI_OF_DAY:
            return (self.hour * 3600 + self.minute * 60 + self.second) * 1000 + self.nano // 1_000_000
        if field is F.NANO_OF_DAY:
            return (self.hour * 3600 + self.minute * 60 + self.second) * 1_000_000_000 + self.nano
        if field is F.OFFSET_SECONDS:
            return self.offset
        if field is F.INSTANT_SECONDS:
            return self.epoch_second()
        raise DateTimeException(f"Unsupported field: {field}")


def _fixed(offset: int):  # type: ignore[no-untyped-def]
    from s1elastic.ingest.dates.zones import offset_zone

    return offset_zone(offset).tz


def month_length(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def local_date_of(year: int, month: int, day: int) -> tuple[int, int, int]:
    """LocalDate.of: validates each field, then the day against the month (Java's messages)."""
    F.YEAR.check(year)
    F.MONTH_OF_YEAR.check(month)
    F.DAY_OF_MONTH.check(day)
    if day > 28 and day > month_length(year, month):
        if day == 29:
            raise DateTimeException(f"Invalid date 'February 29' as '{year}' is not a leap year")
        raise DateTimeException(f"Invalid date '{F.MONTH_ENUM[month - 1]} {day}'")
    return year, month, day


def local_date_of_year_day(year: int, doy: int) -> tuple[int, int, int]:
    """LocalDate.ofYearDay."""
    F.YEAR.check(year)
    F.DAY_OF_YEAR.check(doy)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if doy == 366 and not leap:
        raise DateTimeException(f"Invalid date 'DayOfYear 366' as '{year}' is not a leap year")
    d = date(2000 if leap else 2001, 1, 1) + timedelta(days=doy - 1)
    return year, d.month, d.day
