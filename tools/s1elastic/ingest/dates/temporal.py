"""A java.time.ZonedDateTime: an instant (epoch second + nano) seen through a zone.

Dates are proleptic ISO dates of any year java.time allows (-999999999..999999999): the calendar
arithmetic works on epoch days, as LocalDate does. Zone rules come from zoneinfo, which only
covers years 1..9999; since the Gregorian calendar repeats every 400 years (146097 days, weekdays
included), an instant outside that window is moved by whole cycles into it to read its offset:
far-future instants get the zone's last recurring rules and far-past ones its first offset (LMT),
which is what java.time's ZoneRules answer there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC as PY_UTC
from datetime import datetime, timedelta

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.zones import UTC, Zone
from s1elastic.ingest.errors import DateTimeException
from s1elastic.ingest.javatypes import ZonedDateTime

_EPOCH = datetime(1970, 1, 1, tzinfo=PY_UTC)
_MJD_EPOCH_DAY = -40587  # modified Julian day 0 (1858-11-17) as an epoch day
_CYCLE_DAYS = 146097  # days in 400 Gregorian years
_CYCLE_SECONDS = _CYCLE_DAYS * 86400
# zoneinfo is asked about instants of years 2..9998 only (room for any offset either side)
_SAFE_MIN = -62104060800  # 0002-01-01T00:00:00Z
_SAFE_MAX = 253370678400  # 9998-12-31T00:00:00Z
# java.time.Instant's range
_INSTANT_MIN = -31557014167219200
_INSTANT_MAX = 31556889864403199


def epoch_day(year: int, month: int, day: int) -> int:
    """LocalDate.toEpochDay for any proleptic year."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * _CYCLE_DAYS + doe - 719468


def civil_date(days: int) -> tuple[int, int, int]:
    """LocalDate.ofEpochDay: (year, month, day) for any epoch day."""
    z = days + 719468
    era = z // _CYCLE_DAYS
    doe = z - era * _CYCLE_DAYS
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (month <= 2), month, day


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def day_of_year(year: int, month: int, day: int) -> int:
    return epoch_day(year, month, day) - epoch_day(year, 1, 1) + 1


def iso_day_of_week(year: int, month: int, day: int) -> int:
    """DayOfWeek value: Monday 1 .. Sunday 7 (1970-01-01 was a Thursday)."""
    return (epoch_day(year, month, day) + 3) % 7 + 1


def _cycles_into_range(epoch_second: int) -> int:
    """How many 400-year cycles to add to `epoch_second` to land in the window zoneinfo covers."""
    if epoch_second > _SAFE_MAX:
        return -((epoch_second - _SAFE_MAX) // _CYCLE_SECONDS + 1)
    if epoch_second < _SAFE_MIN:
        return (_SAFE_MIN - epoch_second) // _CYCLE_SECONDS + 1
    return 0


def zone_offset_at(epoch_second: int, zone: Zone) -> int:
    """ZoneRules.getOffset(instant) in seconds."""
    if zone.offset is not None:
        return zone.offset
    shifted = epoch_second + _cycles_into_range(epoch_second) * _CYCLE_SECONDS
    off = (_EPOCH + timedelta(seconds=shifted)).astimezone(zone.tz).utcoffset()
    return int(off.total_seconds()) if off is not None else 0


def _local_to_epoch(seconds_local: int, zone: Zone) -> int:
    """ZonedDateTime.ofLocal's instant: an overlap takes the earlier offset, a gap the offset before it."""
    cycles = _cycles_into_range(seconds_local)
    local = datetime(1970, 1, 1) + timedelta(seconds=seconds_local + cycles * _CYCLE_SECONDS)
    aware = local.replace(tzinfo=zone.tz, fold=0)
    return int((aware - _EPOCH).total_seconds()) - cycles * _CYCLE_SECONDS


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
        """Instant.ofEpochSecond(s, nano).atZone(zone); Java's range errors."""
        if not _INSTANT_MIN <= epoch_second <= _INSTANT_MAX:
            raise DateTimeException("Instant exceeds minimum or maximum instant")
        offset = zone_offset_at(epoch_second, zone)
        days, secs = divmod(epoch_second + offset, 86400)
        year, month, day = civil_date(days)
        F.YEAR.check(year)  # LocalDateTime.ofEpochSecond near Instant.MIN/MAX
        return JDateTime(year, month, day, secs // 3600, secs // 60 % 60, secs % 60, nano, offset, zone)

    @staticmethod
    def of_local(
        year: int, month: int, day: int, hour: int, minute: int, second: int, nano: int, zone: Zone
    ) -> JDateTime:
        """ZonedDateTime.of(LocalDateTime, zone): a gap moves later by its length, an overlap takes the earlier offset."""
        F.YEAR.check(year)
        if zone.offset is not None:
            return JDateTime(year, month, day, hour, minute, second, nano, zone.offset, zone)
        local = epoch_day(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
        return JDateTime.of_instant(_local_to_epoch(local, zone), nano, zone)

    # -- views ---------------------------------------------------------------------------------

    def epoch_second(self) -> int:
        days = epoch_day(self.year, self.month, self.day)
        return days * 86400 + self.hour * 3600 + self.minute * 60 + self.second - self.offset

    def with_zone_same_instant(self, zone: Zone) -> JDateTime:
        if zone == self.zone and zone.id == self.zone.id:
            return self
        return JDateTime.of_instant(self.epoch_second(), self.nano, zone)

    def with_zone_same_local(self, zone: Zone) -> JDateTime:
        return JDateTime.of_local(
            self.year, self.month, self.day, self.hour, self.minute, self.second, self.nano, zone
        )

    def to_zoned(self) -> ZonedDateTime:
        """The document value type (javatypes.ZonedDateTime), years 1..9999 (Python's datetime)."""
        if not 1 <= self.year <= 9999:
            raise DateTimeException(
                f"Invalid value for Year (valid values 1 - 9999): {self.year} (engine limit)"
            )
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
            return day_of_year(self.year, self.month, self.day)
        if field is F.DAY_OF_WEEK:
            return iso_day_of_week(self.year, self.month, self.day)
        if field is F.QUARTER_OF_YEAR:
            return (self.month - 1) // 3 + 1
        if field is F.ALIGNED_WEEK_OF_MONTH:
            return (self.day - 1) // 7 + 1
        if field is F.MODIFIED_JULIAN_DAY:
            return epoch_day(self.year, self.month, self.day) - _MJD_EPOCH_DAY
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
        return 29 if is_leap(year) else 28
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
    if doy == 366 and not is_leap(year):
        raise DateTimeException(f"Invalid date 'DayOfYear 366' as '{year}' is not a leap year")
    _, month, day = civil_date(epoch_day(2000 if is_leap(year) else 2001, 1, 1) + doy - 1)
    return year, month, day
