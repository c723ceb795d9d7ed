"""java.time for Painless: ZonedDateTime, Instant, ZoneId, ChronoUnit, Duration, DateTimeFormatter,
LocalDateTime and LocalDate, as far as ingest scripts use them (parse, format, arithmetic, between).

ZonedDateTime values are the document model's `javatypes.ZonedDateTime`; the arithmetic runs on
the date library's `JDateTime` (zone rules, Java patterns). Java's semantics that show in output
are kept: truncation toward zero in `between`, `toString` vs ISO formatter fraction styles, the
`Text '...' could not be parsed at index N` errors. `now()` methods do not exist (Painless omits them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.formatter import JavaParser
from s1elastic.ingest.dates.pattern import compile_pattern
from s1elastic.ingest.dates.printparse import Composite
from s1elastic.ingest.dates.resolve import Parsed, local_date_query
from s1elastic.ingest.dates.temporal import JDateTime, local_date_of, local_date_of_year_day, month_length
from s1elastic.ingest.dates.weeks import week_def_for
from s1elastic.ingest.dates.zones import UTC, Zone, offset_zone, parse_offset, zone_of
from s1elastic.ingest.errors import (
    ArithmeticException,
    DateTimeException,
    DateTimeParseException,
    JavaException,
    NullPointerException,
)
from s1elastic.ingest.javatypes import JLong, ZonedDateTime
from s1elastic.ingest.painless.java_enum import value_of
from s1elastic.ingest.painless.methods import method, static_field

NANOS_PER_SECOND = 1_000_000_000
NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1


class UnsupportedTemporalTypeException(DateTimeException):
    java_class = "java.time.temporal.UnsupportedTemporalTypeException"


def _tdiv(a: int, b: int) -> int:
    """Java's long division: truncation toward zero."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def _long(v: int) -> JLong:
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise ArithmeticException("long overflow")
    return JLong(v)


def _need(v: Any) -> Any:
    if v is None:
        raise NullPointerException(None)
    return v


# ---------------------------------------------------------------------------------------------
# values


@dataclass(frozen=True, slots=True)
class ZoneValue:
    """A java.time.ZoneId (ZoneRegion); `zone_value` picks ZoneOffsetValue for offsets."""

    zone: Zone

    JAVA_CLASS = "java.time.ZoneRegion"
    PAINLESS_CLASS = "ZoneId"

    def java_to_string(self) -> str:
        return self.zone.id


class ZoneOffsetValue(ZoneValue):
    __slots__ = ()
    JAVA_CLASS = "java.time.ZoneOffset"
    PAINLESS_CLASS = "ZoneOffset"


def zone_value(zone: Zone) -> ZoneValue:
    return ZoneOffsetValue(zone) if zone.is_offset else ZoneValue(zone)


@dataclass(frozen=True, slots=True, order=True)
class Instant:
    seconds: int
    nano: int

    JAVA_CLASS = "java.time.Instant"
    PAINLESS_CLASS = "Instant"

    def total_nanos(self) -> int:
        return self.seconds * NANOS_PER_SECOND + self.nano

    def java_to_string(self) -> str:
        return _iso_instant(self)


@dataclass(frozen=True, slots=True, order=True)
class Duration:
    seconds: int
    nano: int

    JAVA_CLASS = "java.time.Duration"
    PAINLESS_CLASS = "Duration"

    def total_nanos(self) -> int:
        return self.seconds * NANOS_PER_SECOND + self.nano

    def java_to_string(self) -> str:
        """Duration.toString: PT8H6M12.345S."""
        if self.seconds == 0 and self.nano == 0:
            return "PT0S"
        eff = self.seconds + 1 if self.seconds < 0 and self.nano > 0 else self.seconds
        hours = _tdiv(eff, 3600)
        minutes = _tdiv(eff - hours * 3600, 60)
        secs = eff - hours * 3600 - minutes * 60
        out = "PT"
        if hours:
            out += f"{hours}H"
        if minutes:
            out += f"{minutes}M"
        if secs == 0 and self.nano == 0 and len(out) > 2:
            return out
        out += "-0" if self.seconds < 0 and self.nano > 0 and secs == 0 else str(secs)
        if self.nano > 0:
            frac = str(2 * NANOS_PER_SECOND - self.nano if self.seconds < 0 else self.nano + NANOS_PER_SECOND)
            out += "." + frac[1:].rstrip("0")
        return out + "S"


def _duration_of_nanos(total: int) -> Duration:
    secs, nano = divmod(total, NANOS_PER_SECOND)
    return Duration(secs, nano)


@dataclass(frozen=True, slots=True)
class ChronoUnit:
    name: str
    text: str
    nanos: int  # the unit's (estimated, for date units) duration
    date_based: bool

    JAVA_CLASS = "java.time.temporal.ChronoUnit"
    PAINLESS_CLASS = "ChronoUnit"

    def java_to_string(self) -> str:
        return self.text


_UNITS = [
    ChronoUnit("NANOS", "Nanos", 1, False),
    ChronoUnit("MICROS", "Micros", 1000, False),
    ChronoUnit("MILLIS", "Millis", 1_000_000, False),
    ChronoUnit("SECONDS", "Seconds", NANOS_PER_SECOND, False),
    ChronoUnit("MINUTES", "Minutes", 60 * NANOS_PER_SECOND, False),
    ChronoUnit("HOURS", "Hours", 3600 * NANOS_PER_SECOND, False),
    ChronoUnit("HALF_DAYS", "HalfDays", 43200 * NANOS_PER_SECOND, False),
    ChronoUnit("DAYS", "Days", NANOS_PER_DAY, True),
    ChronoUnit("WEEKS", "Weeks", 7 * NANOS_PER_DAY, True),
    ChronoUnit("MONTHS", "Months", 31556952 * NANOS_PER_SECOND // 12, True),
    ChronoUnit("YEARS", "Years", 31556952 * NANOS_PER_SECOND, True),
    ChronoUnit("DECADES", "Decades", 10 * 31556952 * NANOS_PER_SECOND, True),
    ChronoUnit("CENTURIES", "Centuries", 100 * 31556952 * NANOS_PER_SECOND, True),
    ChronoUnit("MILLENNIA", "Millennia", 1000 * 31556952 * NANOS_PER_SECOND, True),
]
UNITS = {u.name: u for u in _UNITS}
for _u in _UNITS:
    static_field("ChronoUnit", _u.name, "ChronoUnit", _u)

_MONTHS_PER_UNIT = {"MONTHS": 1, "YEARS": 12, "DECADES": 120, "CENTURIES": 1200, "MILLENNIA": 12000}


@dataclass(frozen=True, slots=True)
class LocalDateTime:
    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    nano: int

    JAVA_CLASS = "java.time.LocalDateTime"
    PAINLESS_CLASS = "LocalDateTime"

    def java_to_string(self) -> str:
        return _date_text(self.year, self.month, self.day) + "T" + _time_text(self, short=True)


@dataclass(frozen=True, slots=True)
class LocalDate:
    year: int
    month: int
    day: int

    JAVA_CLASS = "java.time.LocalDate"
    PAINLESS_CLASS = "LocalDate"

    def java_to_string(self) -> str:
        return _date_text(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class DayOfWeek:
    name: str
    value: int

    JAVA_CLASS = "java.time.DayOfWeek"
    PAINLESS_CLASS = "DayOfWeek"

    def java_to_string(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Month:
    name: str
    value: int

    JAVA_CLASS = "java.time.Month"
    PAINLESS_CLASS = "Month"

    def java_to_string(self) -> str:
        return self.name


_DOW = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
_MONTH = list(F.MONTH_ENUM)


# ---------------------------------------------------------------------------------------------
# conversions


def _jdt(z: ZonedDateTime) -> JDateTime:
    d = z.dt
    return JDateTime(
        d.year, d.month, d.day, d.hour, d.minute, d.second, z.nano, z.offset_seconds(), _zone(z.zone_id)
    )


def _zone(zone_id: str) -> Zone:
    return UTC if zone_id == "Z" else zone_of(zone_id)


def _instant_of(v: Any) -> Instant:
    if isinstance(v, Instant):
        return v
    if isinstance(v, ZonedDateTime):
        j = _jdt(v)
        return Instant(j.epoch_second(), j.nano)
    raise DateTimeException(f"Unable to obtain Instant from TemporalAccessor: {_text(v)}")


def _zoned(j: JDateTime) -> ZonedDateTime:
    return j.to_zoned()


def _zdt_of_instant(i: Instant, zone: Zone) -> ZonedDateTime:
    return _zoned(JDateTime.of_instant(i.seconds, i.nano, zone))


def _local(v: ZonedDateTime | LocalDateTime) -> LocalDateTime:
    if isinstance(v, LocalDateTime):
        return v
    d = v.dt
    return LocalDateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, v.nano)


def _text(v: Any) -> str:
    from s1elastic.ingest.painless.runtime import to_string

    return to_string(v)


def _date_text(y: int, m: int, d: int) -> str:
    year = f"{y:04d}" if 0 <= y <= 9999 else (f"+{y:04d}" if y > 9999 else f"-{-y:04d}")
    return f"{year}-{m:02d}-{d:02d}"


def _time_text(t: Any, short: bool) -> str:
    """LocalTime.toString (short: seconds only when set, fraction in 3-digit groups) or ISO_LOCAL_TIME."""
    text = f"{t.hour:02d}:{t.minute:02d}"
    if not short or t.second or t.nano:
        text += f":{t.second:02d}"
        if t.nano:
            if short:
                if t.nano % 1_000_000 == 0:
                    text += f".{t.nano // 1_000_000:03d}"
                elif t.nano % 1000 == 0:
                    text += f".{t.nano // 1000:06d}"
                else:
                    text += f".{t.nano:09d}"
            else:
                text += "." + f"{t.nano:09d}".rstrip("0")
    return text


def _iso_instant(i: Instant) -> str:
    """DateTimeFormatter.ISO_INSTANT (Instant.toString): seconds always, fraction in 3-digit groups."""
    j = JDateTime.of_instant(i.seconds, i.nano, UTC)
    text = _date_text(j.year, j.month, j.day) + f"T{j.hour:02d}:{j.minute:02d}:{j.second:02d}"
    if i.nano:
        if i.nano % 1_000_000 == 0:
            text += f".{i.nano // 1_000_000:03d}"
        elif i.nano % 1000 == 0:
            text += f".{i.nano // 1000:06d}"
        else:
            text += f".{i.nano:09d}"
    return text + "Z"


# ---------------------------------------------------------------------------------------------
# ISO parsing (DateTimeFormatter.ISO_* as ZonedDateTime.parse and friends use them)


class _Fail(Exception):
    def __init__(self, index: int) -> None:
        self.index = index


def _digits(text: str, pos: int, count: int) -> tuple[int, int]:
    end = pos + count
    if end > len(text) or not text[pos:end].isascii() or not text[pos:end].isdigit():
        raise _Fail(pos)
    return int(text[pos:end]), end


def _lit(text: str, pos: int, chars: str) -> int:
    if pos >= len(text) or text[pos] not in chars:
        raise _Fail(pos)
    return pos + 1


def _scan_date(text: str, pos: int) -> tuple[tuple[int, int, int], int]:
    if pos < len(text) and text[pos] in "+-":
        sign = -1 if text[pos] == "-" else 1
        end = pos + 1
        while end < len(text) and text[end].isdigit() and end - pos <= 10:
            end += 1
        if end - pos - 1 < 4:
            raise _Fail(pos)
        year = sign * int(text[pos + 1 : end])
        pos = end
    else:
        year, pos = _digits(text, pos, 4)
    pos = _lit(text, pos, "-")
    month, pos = _digits(text, pos, 2)
    pos = _lit(text, pos, "-")
    day, pos = _digits(text, pos, 2)
    return (year, month, day), pos


def _scan_time(text: str, pos: int) -> tuple[tuple[int, int, int, int], int]:
    hour, pos = _digits(text, pos, 2)
    pos = _lit(text, pos, ":")
    minute, pos = _digits(text, pos, 2)
    second = nano = 0
    if pos < len(text) and text[pos] == ":":
        second, pos = _digits(text, pos + 1, 2)
        if pos < len(text) and text[pos] == ".":
            end = pos + 1
            while end < len(text) and text[end].isdigit() and end - pos <= 9:
                end += 1
            frac = text[pos + 1 : end]
            nano = int(frac.ljust(9, "0")) if frac else 0
            pos = end
    return (hour, minute, second, nano), pos


def _scan_offset(text: str, pos: int) -> tuple[Zone, int]:
    """appendOffsetId, lenient: Z, ±HH, ±HHmm, ±HH:mm, ±HH:mm:ss."""
    if pos < len(text) and text[pos] in "Zz":
        return UTC, pos + 1
    if pos >= len(text) or text[pos] not in "+-":
        raise _Fail(pos)
    end = pos + 1
    while end < len(text) and (text[end].isdigit() or text[end] == ":") and end - pos <= 8:
        end += 1
    try:
        return parse_offset(text[pos:end]), end
    except DateTimeException:
        raise _Fail(pos) from None


def _parse_iso(text: str, kind: str) -> Any:
    """kind: zoned, offset, date_time, local_date_time, local_date, instant."""
    if text is None:
        raise NullPointerException("text")
    try:
        d, pos = _scan_date(text, 0)
        t: tuple[int, int, int, int] | None = None
        offset: Zone | None = None
        region: Zone | None = None
        if kind != "local_date":
            pos = _lit(text, pos, "Tt")
            t, pos = _scan_time(text, pos)
            if kind in ("zoned", "offset", "instant") or (
                kind == "date_time" and pos < len(text) and text[pos] in "Zz+-"
            ):
                offset, pos = _scan_offset(text, pos)
            if kind in ("zoned", "date_time") and pos < len(text) and text[pos] == "[":
                end = text.find("]", pos)
                if end < 0:
                    raise _Fail(pos)
                try:
                    region = zone_of(text[pos + 1 : end])
                except DateTimeException:
                    raise _Fail(pos + 1) from None
                pos = end + 1
        if pos != len(text):
            raise DateTimeParseException(
                f"Text '{_abbrev(text)}' could not be parsed, unparsed text found at index {pos}"
            )
    except _Fail as fail:
        raise DateTimeParseException(
            f"Text '{_abbrev(text)}' could not be parsed at index {fail.index}"
        ) from None
    try:
        local_date_of(*d)
        if t is not None:
            F.HOUR_OF_DAY.check(t[0])
            F.MINUTE_OF_HOUR.check(t[1])
            F.SECOND_OF_MINUTE.check(t[2])
    except DateTimeException as exc:
        raise DateTimeParseException(f"Text '{_abbrev(text)}' could not be parsed: {exc.reason}") from None
    if kind == "local_date":
        return LocalDate(*d)
    assert t is not None
    if kind == "local_date_time":
        return LocalDateTime(*d, *t)
    if kind == "instant":
        assert offset is not None
        j = JDateTime.of_local(*d, *t, offset)
        return Instant(j.epoch_second(), j.nano)
    zone = region or offset
    if zone is None:
        raise DateTimeParseException(
            f"Text '{_abbrev(text)}' could not be parsed: Unable to obtain ZonedDateTime from TemporalAccessor"
        )
    if kind == "offset":
        zone = offset
    assert zone is not None
    return _zoned(JDateTime.of_local(*d, *t, zone))


def _abbrev(text: str) -> str:
    return text[:64] + "..." if len(text) > 64 else text


def _lenient_digits(text: str, pos: int) -> tuple[int, int]:
    """A lenient appendValue: one to nine ASCII digits (JDK NumberPrinterParser, parseLenient)."""
    end = pos
    while end < len(text) and end - pos < 9 and "0" <= text[end] <= "9":
        end += 1
    if end == pos:
        raise _Fail(pos)
    return int(text[pos:end]), end


def _parse_rfc_1123(text: str) -> ZonedDateTime:
    """DateTimeFormatter.RFC_1123_DATE_TIME: case-insensitive and lenient `[EEE, ]d MMM yyyy
    HH:mm[:ss] +HHMM|GMT`, resolved SMART (a day past the month's end is clamped, 24:00 is the
    next midnight) and checked against the day of week it names (OpenJDK 17 behaviour)."""
    if text is None:
        raise NullPointerException("text")
    lower = text.lower()
    try:
        pos = 0
        dow: int | None = None
        names = [d[:3].lower() for d in _DOW]
        if lower[:3] in names and lower[3:5] == ", ":  # the optional `EEE, ` section
            dow, pos = names.index(lower[:3]) + 1, 5
        day, pos = _lenient_digits(text, pos)
        pos = _lit(text, pos, " ")
        months = [m[:3].lower() for m in _MONTH]
        if lower[pos : pos + 3] not in months:
            raise _Fail(pos)
        month, pos = months.index(lower[pos : pos + 3]) + 1, pos + 3
        pos = _lit(text, pos, " ")
        year, pos = _lenient_digits(text, pos)
        pos = _lit(text, pos, " ")
        hour, pos = _lenient_digits(text, pos)
        pos = _lit(text, pos, ":")
        minute, pos = _lenient_digits(text, pos)
        second = 0
        if lower[pos : pos + 1] == ":" and pos + 1 < len(text) and "0" <= text[pos + 1] <= "9":
            second, pos = _lenient_digits(text, pos + 1)
        pos = _lit(text, pos, " ")
        if lower[pos : pos + 3] == "gmt":
            offset, pos = 0, pos + 3
        elif lower[pos : pos + 1] in ("+", "-"):
            sign = -1 if text[pos] == "-" else 1
            hh, end = _digits(text, pos + 1, 2)
            mm = 0
            if text[end : end + 1] == ":":
                end += 1
            if end + 2 <= len(text) and text[end : end + 2].isascii() and text[end : end + 2].isdigit():
                mm, end = int(text[end : end + 2]), end + 2
            offset, pos = sign * (hh * 3600 + mm * 60), end
        else:
            raise _Fail(pos)
        if pos != len(text):
            raise DateTimeParseException(
                f"Text '{_abbrev(text)}' could not be parsed, unparsed text found at index {pos}"
            )
    except _Fail as fail:
        raise DateTimeParseException(
            f"Text '{_abbrev(text)}' could not be parsed at index {fail.index}"
        ) from None
    try:
        F.YEAR.check(year)
        F.DAY_OF_MONTH.check(day)
        F.MINUTE_OF_HOUR.check(minute)
        F.SECOND_OF_MINUTE.check(second)
        next_day = hour == 24 and minute == 0 and second == 0
        if not next_day:
            F.HOUR_OF_DAY.check(hour)
        when = date(year, month, min(day, month_length(year, month))) if 1 <= year <= 9999 else None
    except DateTimeException as exc:
        raise DateTimeParseException(f"Text '{_abbrev(text)}' could not be parsed: {exc.reason}") from None
    if when is None:  # beyond Python's dates: Java's range, without the day-of-week check
        return _zoned(JDateTime.of_local(year, month, day, hour % 24, minute, second, 0, offset_zone(offset)))
    if dow is not None and dow != when.isoweekday():  # Parsed.crossCheck, before 24:00's extra day
        raise DateTimeParseException(
            f"Text '{_abbrev(text)}' could not be parsed: Conflict found: Field DayOfWeek {when.isoweekday()} "
            f"differs from DayOfWeek {dow} derived from {when.year:04d}-{when.month:02d}-{when.day:02d}"
        )
    if next_day:
        when += timedelta(days=1)
        hour = 0
    return _zoned(
        JDateTime.of_local(when.year, when.month, when.day, hour, minute, second, 0, offset_zone(offset))
    )


# ---------------------------------------------------------------------------------------------
# DateTimeFormatter


@dataclass(frozen=True, slots=True)
class DateTimeFormatter:
    """A pattern formatter (tree) or one of the ISO constants (iso), optionally with a zone override."""

    iso: str | None
    tree: Composite | None
    zone: Zone | None = None
    text: str = ""
    locale: Any = None  # an api_locale.JLocale; None is the default locale

    JAVA_CLASS = "java.time.format.DateTimeFormatter"
    PAINLESS_CLASS = "DateTimeFormatter"

    def java_to_string(self) -> str:
        return self.text

    def format(self, value: Any) -> str:
        _need(value)
        if self.iso == "instant":
            return _iso_instant(_instant_of(value))
        if isinstance(value, Instant):
            if self.zone is None:
                raise UnsupportedTemporalTypeException("Unsupported field: YearOfEra")
            value = _zdt_of_instant(value, self.zone)
        elif isinstance(value, ZonedDateTime) and self.zone is not None:
            value = _zoned(_jdt(value).with_zone_same_instant(self.zone))
        if self.iso is not None:
            return self._format_iso(value)
        assert self.tree is not None
        out: list[str] = []
        if isinstance(value, LocalDateTime | LocalDate):
            lt = (
                value
                if isinstance(value, LocalDateTime)
                else LocalDateTime(value.year, value.month, value.day, 0, 0, 0, 0)
            )
            j = JDateTime(lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, lt.nano, 0, _NO_ZONE)
        else:
            j = _jdt(value)
        try:
            self.tree.format(j, out)
        except AttributeError:
            raise UnsupportedTemporalTypeException("Unsupported field: OffsetSeconds") from None
        return "".join(out)

    def _format_iso(self, value: Any) -> str:
        kind = self.iso
        if isinstance(value, LocalDate):
            if kind in ("local_date", "date"):
                return value.java_to_string()
            raise UnsupportedTemporalTypeException("Unsupported field: HourOfDay")
        lt = _local(value)
        date_text = _date_text(lt.year, lt.month, lt.day)
        if kind == "local_date":
            return date_text
        local = date_text + "T" + _time_text(lt, short=False)
        if kind == "local_date_time":
            return local
        if not isinstance(value, ZonedDateTime):
            if kind == "date_time":
                return local
            raise UnsupportedTemporalTypeException("Unsupported field: OffsetSeconds")
        off = value.offset_text()
        if kind == "date":
            return date_text + off
        if kind == "offset":
            return local + off
        if kind == "rfc_1123":
            j = _jdt(value)
            dow = (
                _DOW[date(j.year, j.month, j.day).weekday()][:1]
                + _DOW[date(j.year, j.month, j.day).weekday()][1:3].lower()
            )
            mon = _MONTH[j.month - 1][:1] + _MONTH[j.month - 1][1:3].lower()
            offset = "GMT" if j.offset == 0 else off.replace(":", "")
            return f"{dow}, {j.day} {mon} {j.year} {j.hour:02d}:{j.minute:02d}:{j.second:02d} {offset}"
        zone_id = value.zone_id
        region = "" if zone_id == "Z" or zone_id.startswith(("+", "-")) else f"[{zone_id}]"
        return local + off + region


_NO_ZONE = UTC

_ISO = {
    "ISO_INSTANT": "instant",
    "ISO_OFFSET_DATE_TIME": "offset",
    "ISO_ZONED_DATE_TIME": "zoned",
    "ISO_DATE_TIME": "date_time",
    "ISO_LOCAL_DATE_TIME": "local_date_time",
    "ISO_LOCAL_DATE": "local_date",
    "ISO_DATE": "date",
    "RFC_1123_DATE_TIME": "rfc_1123",
}
for _name, _kind in _ISO.items():
    static_field("DateTimeFormatter", _name, "DateTimeFormatter", DateTimeFormatter(_kind, None, None, _name))


def _locale_tag(locale: Any) -> str:
    """The dates library's locale tag of a JLocale ("" is Locale.ROOT); None is the default, en_US."""
    if locale is None:
        return "en-US"
    return "-".join([locale.language, locale.country]) if locale.language or locale.country else ""


# The locale picks the texts (Locale.ROOT's CLDR texts, else English: other languages' names are
# not implemented, the same assumption as the date processors' `locale` option) and the week
# definition of Y/w/e; the JVM default locale is taken to be en_US.
@method("DateTimeFormatter", "static DateTimeFormatter ofPattern(String)")
def _of_pattern(pattern: str) -> DateTimeFormatter:
    return DateTimeFormatter(None, compile_pattern(_need(pattern), _locale_tag(None)), None, pattern)


@method("DateTimeFormatter", "static DateTimeFormatter ofPattern(String, Locale)")
def _of_pattern_locale(pattern: str, locale: Any) -> DateTimeFormatter:
    tree = compile_pattern(_need(pattern), _locale_tag(_need(locale)))
    return DateTimeFormatter(None, tree, None, pattern, locale)


@method("DateTimeFormatter", "DateTimeFormatter withLocale(Locale)")
def _formatter_with_locale(f: DateTimeFormatter, locale: Any) -> DateTimeFormatter:
    tag = _locale_tag(_need(locale))
    tree = f.tree if f.tree is None else compile_pattern(f.text, tag)
    return DateTimeFormatter(f.iso, tree, f.zone, f.text, locale)


@method("DateTimeFormatter", "Locale getLocale()")
def _formatter_get_locale(f: DateTimeFormatter) -> Any:
    from s1elastic.ingest.painless.api_locale import DEFAULT

    return DEFAULT if f.locale is None else f.locale


@method("DateTimeFormatter", "String format(def)")
def _formatter_format(f: DateTimeFormatter, value: Any) -> str:
    return f.format(value)


@method("DateTimeFormatter", "DateTimeFormatter withZone(ZoneId)")
def _formatter_with_zone(f: DateTimeFormatter, zone: ZoneValue) -> DateTimeFormatter:
    return DateTimeFormatter(f.iso, f.tree, zone.zone if zone is not None else None, f.text, f.locale)


@method("DateTimeFormatter", "ZoneId getZone()")
def _formatter_get_zone(f: DateTimeFormatter) -> ZoneValue | None:
    return zone_value(f.zone) if f.zone is not None else None


def _parse_with(text: str, f: DateTimeFormatter, target: str) -> Any:
    """ZonedDateTime/LocalDateTime/LocalDate/Instant.parse(text, formatter)."""
    _need(text)
    if f.iso == "rfc_1123":
        return _convert_parsed(_parse_rfc_1123(text), target, text)
    if f.iso is not None:
        kind = {"instant": "instant"}.get(f.iso, f.iso)
        value = _parse_iso(text, "zoned" if kind == "date" else kind)
        return _convert_parsed(value, target, text)
    assert f.tree is not None
    parsed: Parsed = JavaParser(f.tree, week=week_def_for(_locale_tag(f.locale))).parse(text)
    zone = f.zone or parsed.query_zone()
    date_part = local_date_query(parsed)
    if target == "LocalDate":
        if date_part is None:
            raise _unable(text, "LocalDate")
        return LocalDate(*date_part)
    if date_part is None or parsed.time is None:
        raise _unable(text, target)
    if target == "LocalDateTime":
        return LocalDateTime(*date_part, *parsed.time)
    if zone is None:
        raise _unable(text, target)
    j = JDateTime.of_local(*date_part, *parsed.time, zone)
    if target == "Instant":
        return Instant(j.epoch_second(), j.nano)
    return _zoned(j)


def _unable(text: str, target: str) -> DateTimeParseException:
    return DateTimeParseException(
        f"Text '{_abbrev(text)}' could not be parsed: Unable to obtain {target} from TemporalAccessor"
    )


def _convert_parsed(value: Any, target: str, text: str) -> Any:
    if target == "ZonedDateTime" and isinstance(value, ZonedDateTime):
        return value
    if target == "Instant":
        return (
            _instant_of(value)
            if isinstance(value, ZonedDateTime | Instant)
            else _raise(_unable(text, target))
        )
    if target == "LocalDateTime" and isinstance(value, ZonedDateTime | LocalDateTime):
        return _local(value)
    if target == "LocalDate":
        if isinstance(value, LocalDate):
            return value
        lt = _local(value)
        return LocalDate(lt.year, lt.month, lt.day)
    raise _unable(text, target)


def _raise(exc: JavaException) -> Any:
    raise exc


# ---------------------------------------------------------------------------------------------
# ZoneId / ZoneOffset


@method("ZoneId", "static ZoneId of(String)")
def _zone_id_of(zone_id: str) -> ZoneValue:
    return zone_value(zone_of(_need(zone_id)))


@method("ZoneId", "String getId()")
def _zone_get_id(z: ZoneValue) -> str:
    return z.zone.id


@method("ZoneOffset", "static ZoneOffset of(String)")
def _zone_offset_of(text: str) -> ZoneValue:
    return zone_value(parse_offset(_need(text)))


@method("ZoneOffset", "static ZoneOffset ofHours(int)")
def _zone_offset_of_hours(hours: int) -> ZoneValue:
    if not -18 <= hours <= 18:
        raise DateTimeException(
            f"Zone offset hours not in valid range: value {hours} is not in the range -18 to 18"
        )
    return zone_value(offset_zone(hours * 3600))


@method("ZoneOffset", "static ZoneOffset ofTotalSeconds(int)")
def _zone_offset_of_seconds(seconds: int) -> ZoneValue:
    return zone_value(offset_zone(seconds))


@method("ZoneOffset", "int getTotalSeconds()")
def _zone_offset_total(z: ZoneValue) -> int:
    return z.zone.offset or 0


static_field("ZoneOffset", "UTC", "ZoneOffset", zone_value(UTC))


# ---------------------------------------------------------------------------------------------
# between / plus


def _until(a: Any, b: Any, unit: ChronoUnit) -> int:
    _need(a)
    _need(b)
    if isinstance(a, Instant):
        return _instant_until(a, _instant_of(b), unit)
    if isinstance(a, ZonedDateTime):
        if not isinstance(b, ZonedDateTime):
            raise DateTimeException(
                f"Unable to obtain ZonedDateTime from TemporalAccessor: {_text(b)} of type {type(b).JAVA_CLASS}"
            )
        if unit.date_based:
            end = _zoned(_jdt(b).with_zone_same_instant(_jdt(a).zone))
            return _local_until(_local(a), _local(end), unit)
        return _tdiv(_instant_of(b).total_nanos() - _instant_of(a).total_nanos(), unit.nanos)
    if isinstance(a, LocalDateTime) and isinstance(b, LocalDateTime):
        return _local_until(a, b, unit)
    if isinstance(a, LocalDate) and isinstance(b, LocalDate):
        if not unit.date_based:
            raise UnsupportedTemporalTypeException(f"Unsupported unit: {unit.text}")
        return _date_until(a.year, a.month, a.day, b.year, b.month, b.day, unit)
    raise DateTimeException(f"Unable to obtain {type(a).__name__} from TemporalAccessor: {_text(b)}")


def _instant_until(a: Instant, b: Instant, unit: ChronoUnit) -> int:
    if unit.name == "NANOS":
        return b.total_nanos() - a.total_nanos()
    if unit.name == "MICROS":
        return _tdiv(b.total_nanos() - a.total_nanos(), 1000)
    if unit.name == "MILLIS":
        return (b.seconds * 1000 + b.nano // 1_000_000) - (a.seconds * 1000 + a.nano // 1_000_000)
    secs = b.seconds - a.seconds
    nanos = b.nano - a.nano
    if secs > 0 and nanos < 0:
        secs -= 1
    elif secs < 0 and nanos > 0:
        secs += 1
    per = {"SECONDS": 1, "MINUTES": 60, "HOURS": 3600, "HALF_DAYS": 43200, "DAYS": 86400}.get(unit.name)
    if per is None:
        raise UnsupportedTemporalTypeException(f"Unsupported unit: {unit.text}")
    return _tdiv(secs, per)


def _nano_of_day(t: LocalDateTime) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * NANOS_PER_SECOND + t.nano


def _epoch_day(y: int, m: int, d: int) -> int:
    return (date(y, m, d) - date(1970, 1, 1)).days


def _local_until(a: LocalDateTime, b: LocalDateTime, unit: ChronoUnit) -> int:
    if unit.date_based:
        end = (b.year, b.month, b.day)
        start = (a.year, a.month, a.day)
        if end > start and _nano_of_day(b) < _nano_of_day(a):
            end = _plus_days(*end, -1)
        elif end < start and _nano_of_day(b) > _nano_of_day(a):
            end = _plus_days(*end, 1)
        return _date_until(*start, *end, unit)
    days = _epoch_day(b.year, b.month, b.day) - _epoch_day(a.year, a.month, a.day)
    return _tdiv(days * NANOS_PER_DAY + _nano_of_day(b) - _nano_of_day(a), unit.nanos)


def _date_until(y1: int, m1: int, d1: int, y2: int, m2: int, d2: int, unit: ChronoUnit) -> int:
    if unit.name in ("DAYS", "WEEKS"):
        days = _epoch_day(y2, m2, d2) - _epoch_day(y1, m1, d1)
        return days if unit.name == "DAYS" else _tdiv(days, 7)
    packed1 = (y1 * 12 + m1 - 1) * 32 + d1
    packed2 = (y2 * 12 + m2 - 1) * 32 + d2
    return _tdiv(_tdiv(packed2 - packed1, 32), _MONTHS_PER_UNIT[unit.name])


def _plus_days(y: int, m: int, d: int, n: int) -> tuple[int, int, int]:
    try:
        r = date(y, m, d) + timedelta(days=n)
    except OverflowError:
        raise DateTimeException("Invalid value for Year (valid values 1 - 9999) (engine limit)") from None
    return r.year, r.month, r.day


def _plus_months(y: int, m: int, d: int, n: int) -> tuple[int, int, int]:
    total = y * 12 + (m - 1) + n
    ny, nm = divmod(total, 12)
    nm += 1
    return ny, nm, min(d, month_length(ny, nm))


def _plus_local(t: LocalDateTime, amount: int, unit: ChronoUnit) -> LocalDateTime:
    if unit.date_based:
        if unit.name in ("DAYS", "WEEKS"):
            y, m, d = _plus_days(t.year, t.month, t.day, amount * (7 if unit.name == "WEEKS" else 1))
        else:
            y, m, d = _plus_months(t.year, t.month, t.day, amount * _MONTHS_PER_UNIT[unit.name])
        return LocalDateTime(y, m, d, t.hour, t.minute, t.second, t.nano)
    total = _nano_of_day(t) + amount * unit.nanos
    days, nod = divmod(total, NANOS_PER_DAY)
    y, m, d = _plus_days(t.year, t.month, t.day, days)
    secs, nano = divmod(nod, NANOS_PER_SECOND)
    return LocalDateTime(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, nano)


def _plus(v: Any, amount: int, unit: ChronoUnit) -> Any:
    _need(unit)
    if isinstance(v, Instant):
        if unit.date_based and unit.name != "DAYS":
            raise UnsupportedTemporalTypeException(f"Unsupported unit: {unit.text}")
        return _instant_plus_nanos(v, amount * unit.nanos)
    if isinstance(v, ZonedDateTime):
        if unit.date_based:  # resolveLocal: the offset is kept through an overlap
            return _zoned(_resolve_local(_plus_local(_local(v), amount, unit), _jdt(v)))
        i = _instant_plus_nanos(_instant_of(v), amount * unit.nanos)
        return _zdt_of_instant(i, _jdt(v).zone)
    if isinstance(v, LocalDateTime):
        return _plus_local(v, amount, unit)
    if isinstance(v, LocalDate):
        if not unit.date_based:
            raise UnsupportedTemporalTypeException(f"Unsupported unit: {unit.text}")
        lt = _plus_local(LocalDateTime(v.year, v.month, v.day, 0, 0, 0, 0), amount, unit)
        return LocalDate(lt.year, lt.month, lt.day)
    raise UnsupportedTemporalTypeException(f"Unsupported unit: {unit.text}")


def _fields(lt: LocalDateTime) -> tuple[int, int, int, int, int, int, int]:
    return lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, lt.nano


def _instant_plus_nanos(i: Instant, nanos: int) -> Instant:
    secs, nano = divmod(i.total_nanos() + nanos, NANOS_PER_SECOND)
    return Instant(secs, nano)


def _cmp_key(v: Any) -> Any:
    if isinstance(v, Instant | ZonedDateTime):
        return _instant_of(v).total_nanos()
    if isinstance(v, LocalDateTime):
        return _fields(v)
    if isinstance(v, LocalDate):
        return (v.year, v.month, v.day)
    raise NullPointerException(None) if v is None else DateTimeException(f"cannot compare {_text(v)}")


# ChronoUnit


@method("ChronoUnit", "long between(def, def)")
def _unit_between(unit: ChronoUnit, a: Any, b: Any) -> JLong:
    return _long(_until(a, b, unit))


@method("ChronoUnit", "Duration getDuration()")
def _unit_duration(unit: ChronoUnit) -> Duration:
    return _duration_of_nanos(unit.nanos)


@method("ChronoUnit", "boolean isDateBased()")
def _unit_date_based(unit: ChronoUnit) -> bool:
    return unit.date_based


@method("ChronoUnit", "boolean isTimeBased()")
def _unit_time_based(unit: ChronoUnit) -> bool:
    return not unit.date_based


@method("ChronoUnit", "String name()")
def _unit_name(unit: ChronoUnit) -> str:
    return unit.name


# ---------------------------------------------------------------------------------------------
# ZonedDateTime


@method("ZonedDateTime", "static ZonedDateTime parse(CharSequence)")
def _zdt_parse(text: str) -> ZonedDateTime:
    return _parse_iso(text, "zoned")  # type: ignore[no-any-return]


@method("ZonedDateTime", "static ZonedDateTime parse(CharSequence, DateTimeFormatter)")
def _zdt_parse_with(text: str, f: DateTimeFormatter) -> ZonedDateTime:
    return _parse_with(text, _need(f), "ZonedDateTime")  # type: ignore[no-any-return]


@method("ZonedDateTime", "static ZonedDateTime ofInstant(Instant, ZoneId)")
def _zdt_of_instant_m(i: Instant, zone: ZoneValue) -> ZonedDateTime:
    return _zdt_of_instant(_need(i), _need(zone).zone)


@method("ZonedDateTime", "static ZonedDateTime of(int, int, int, int, int, int, int, ZoneId)")
def _zdt_of(y: int, mo: int, d: int, h: int, mi: int, s: int, n: int, zone: ZoneValue) -> ZonedDateTime:
    local_date_of(y, mo, d)
    for fld, v in (
        (F.HOUR_OF_DAY, h),
        (F.MINUTE_OF_HOUR, mi),
        (F.SECOND_OF_MINUTE, s),
        (F.NANO_OF_SECOND, n),
    ):
        fld.check(v)
    return _zoned(JDateTime.of_local(y, mo, d, h, mi, s, n, _need(zone).zone))


def _getter(name: str, fn: Any, ret: str = "int") -> None:
    method("ZonedDateTime", f"{ret} {name}()")(fn)


_getter("getYear", lambda z: z.dt.year)
_getter("getMonthValue", lambda z: z.dt.month)
_getter("getDayOfMonth", lambda z: z.dt.day)
_getter("getDayOfYear", lambda z: z.dt.timetuple().tm_yday)
_getter("getHour", lambda z: z.dt.hour)
_getter("getMinute", lambda z: z.dt.minute)
_getter("getSecond", lambda z: z.dt.second)
_getter("getNano", lambda z: z.nano)
_getter("getZone", lambda z: zone_value(_zone(z.zone_id)), "ZoneId")
_getter("getOffset", lambda z: zone_value(offset_zone(z.offset_seconds())), "ZoneOffset")
_getter("getDayOfWeek", lambda z: DAYS_OF_WEEK[z.dt.weekday()], "DayOfWeek")
_getter("getMonth", lambda z: MONTHS[z.dt.month - 1], "Month")
_getter("toInstant", _instant_of, "Instant")
_getter("toEpochSecond", lambda z: JLong(_instant_of(z).seconds), "long")
_getter("toLocalDateTime", _local, "LocalDateTime")
_getter("toLocalDate", lambda z: LocalDate(z.dt.year, z.dt.month, z.dt.day), "LocalDate")


@method("ZonedDateTime", "String format(DateTimeFormatter)")
def _zdt_format(z: ZonedDateTime, f: DateTimeFormatter) -> str:
    return _need(f).format(z)


@method("ZonedDateTime", "ZonedDateTime withZoneSameInstant(ZoneId)")
def _zdt_with_zone_same_instant(z: ZonedDateTime, zone: ZoneValue) -> ZonedDateTime:
    return _zoned(_jdt(z).with_zone_same_instant(_need(zone).zone))


@method("ZonedDateTime", "ZonedDateTime withZoneSameLocal(ZoneId)")
def _zdt_with_zone_same_local(z: ZonedDateTime, zone: ZoneValue) -> ZonedDateTime:
    return _zoned(_jdt(z).with_zone_same_local(_need(zone).zone))


@method("ZonedDateTime", "ZonedDateTime plus(long, TemporalUnit)")
@method("Instant", "Instant plus(long, TemporalUnit)")
def _temporal_plus(v: Any, amount: int, unit: ChronoUnit) -> Any:
    return _plus(v, int(amount), unit)


@method("ZonedDateTime", "ZonedDateTime minus(long, TemporalUnit)")
def _temporal_minus(v: Any, amount: int, unit: ChronoUnit) -> Any:
    return _plus(v, -int(amount), unit)


@method("ZonedDateTime", "ZonedDateTime plus(TemporalAmount)")
def _temporal_plus_duration(v: Any, d: Duration) -> Any:
    return _plus(v, _need(d).total_nanos(), UNITS["NANOS"])


@method("ZonedDateTime", "ZonedDateTime minus(TemporalAmount)")
def _temporal_minus_duration(v: Any, d: Duration) -> Any:
    return _plus(v, -_need(d).total_nanos(), UNITS["NANOS"])


def _plus_method(owner: str, name: str, unit: str, sign: int) -> None:
    method(owner, f"{owner} {name}(long)")(lambda v, n: _plus(v, sign * int(n), UNITS[unit]))


for _owner, _units in (
    ("ZonedDateTime", ("Nanos", "Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years")),
    ("LocalDateTime", ("Nanos", "Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years")),
    ("LocalDate", ("Days", "Weeks", "Months", "Years")),
    ("Instant", ("Nanos", "Millis", "Seconds")),
):
    for _unit in _units:
        _plus_method(_owner, f"plus{_unit}", _unit.upper(), 1)
        _plus_method(_owner, f"minus{_unit}", _unit.upper(), -1)


def _with_field(v: Any, name: str, value: int) -> Any:
    """LocalDate/LocalDateTime/ZonedDateTime.withYear ... withNano: the field is range-checked,
    a year or month change keeps the day when it still exists (else the month's last day,
    resolvePreviousValid), a day of month or year must exist; a ZonedDateTime then resolves the
    new local date-time in its zone (ZonedDateTime.of's gap/overlap rules)."""
    lt = _local(v) if isinstance(v, ZonedDateTime | LocalDateTime) else None
    y, m, d = (v.year, v.month, v.day) if lt is None else (lt.year, lt.month, lt.day)
    value = int(value)
    if name == "Year":
        F.YEAR.check(value)
        y, d = value, min(d, month_length(value, m))
    elif name == "Month":
        F.MONTH_OF_YEAR.check(value)
        m, d = value, min(d, month_length(y, value))
    elif name == "DayOfMonth":
        y, m, d = local_date_of(y, m, value)
    elif name == "DayOfYear":
        y, m, d = local_date_of_year_day(y, value)
    if isinstance(v, LocalDate):
        return LocalDate(y, m, d)
    assert lt is not None
    time = {"Hour": lt.hour, "Minute": lt.minute, "Second": lt.second, "Nano": lt.nano}
    if name in time:
        field = {"Hour": F.HOUR_OF_DAY, "Minute": F.MINUTE_OF_HOUR, "Second": F.SECOND_OF_MINUTE}
        field.get(name, F.NANO_OF_SECOND).check(value)
        time[name] = value
    local = LocalDateTime(y, m, d, time["Hour"], time["Minute"], time["Second"], time["Nano"])
    if isinstance(v, LocalDateTime):
        return local
    return _zoned(_resolve_local(local, _jdt(v)))


def _resolve_local(local: LocalDateTime, old: JDateTime) -> JDateTime:
    """ZonedDateTime.resolveLocal: of the offsets valid for the new local date-time (two in an
    overlap), the one the value had is kept; otherwise ZonedDateTime.of's choice."""
    chosen = JDateTime.of_local(*_fields(local), old.zone)
    if chosen.offset != old.offset:
        local_seconds = (
            _epoch_day(local.year, local.month, local.day) * 86400 + _nano_of_day(local) // NANOS_PER_SECOND
        )
        kept = JDateTime.of_instant(local_seconds - old.offset, local.nano, old.zone)
        if kept.offset == old.offset and (
            kept.year,
            kept.month,
            kept.day,
            kept.hour,
            kept.minute,
            kept.second,
        ) == (
            local.year,
            local.month,
            local.day,
            local.hour,
            local.minute,
            local.second,
        ):
            return kept
    return chosen


for _owner, _names in (
    ("LocalDate", ("Year", "Month", "DayOfMonth", "DayOfYear")),
    ("LocalDateTime", ("Year", "Month", "DayOfMonth", "DayOfYear", "Hour", "Minute", "Second", "Nano")),
    ("ZonedDateTime", ("Year", "Month", "DayOfMonth", "DayOfYear", "Hour", "Minute", "Second", "Nano")),
):
    for _name in _names:
        method(_owner, f"{_owner} with{_name}(int)")(
            lambda v, n, _field=_name: _with_field(v, _field, n)  # type: ignore[misc]
        )


@method("ZonedDateTime", "ZonedDateTime truncatedTo(TemporalUnit)")
def _zdt_truncated(z: ZonedDateTime, unit: ChronoUnit) -> ZonedDateTime:
    if unit.date_based and unit.name != "DAYS":
        raise UnsupportedTemporalTypeException("Unit is too large to be used for truncation")
    lt = _local(z)
    nod = _nano_of_day(lt)
    nod -= nod % unit.nanos
    secs, nano = divmod(nod, NANOS_PER_SECOND)
    local = LocalDateTime(lt.year, lt.month, lt.day, secs // 3600, secs // 60 % 60, secs % 60, nano)
    return _zoned(_resolve_local(local, _jdt(z)))  # resolveLocal, as ZonedDateTime.truncatedTo


for _owner in ("ZonedDateTime", "Instant", "LocalDateTime", "LocalDate"):
    method(_owner, "boolean isAfter(def)")(lambda a, b: _cmp_key(a) > _cmp_key(_need(b)))
    method(_owner, "boolean isBefore(def)")(lambda a, b: _cmp_key(a) < _cmp_key(_need(b)))
    method(_owner, "int compareTo(def)")(
        lambda a, b: (_cmp_key(a) > _cmp_key(_need(b))) - (_cmp_key(a) < _cmp_key(b))
    )
    method(_owner, "long until(def, TemporalUnit)")(lambda a, b, u: _long(_until(a, b, u)))
method("ZonedDateTime", "boolean isEqual(def)")(lambda a, b: _cmp_key(a) == _cmp_key(_need(b)))


# ---------------------------------------------------------------------------------------------
# Instant


@method("Instant", "static Instant ofEpochMilli(long)")
def _instant_of_milli(ms: int) -> Instant:
    secs, millis = divmod(int(ms), 1000)
    return Instant(secs, millis * 1_000_000)


@method("Instant", "static Instant ofEpochSecond(long)", "static Instant ofEpochSecond(long, long)")
def _instant_of_second(secs: int, adj: int = 0) -> Instant:
    extra, nano = divmod(int(adj), NANOS_PER_SECOND)
    return Instant(int(secs) + extra, nano)


@method("Instant", "static Instant parse(CharSequence)")
def _instant_parse(text: str) -> Instant:
    return _parse_iso(text, "instant")  # type: ignore[no-any-return]


@method("Instant", "long getEpochSecond()")
def _instant_epoch_second(i: Instant) -> JLong:
    return JLong(i.seconds)


@method("Instant", "int getNano()")
def _instant_nano(i: Instant) -> int:
    return i.nano


@method("Instant", "long toEpochMilli()")
def _instant_to_epoch_milli(i: Instant) -> JLong:
    return _long(i.seconds * 1000 + i.nano // 1_000_000)


# Painless augments ZonedDateTime with toEpochMilli() (AugmentationTests.testToEpochMilli)
@method("ZonedDateTime", "long toEpochMilli()")
def _zdt_to_epoch_milli(z: ZonedDateTime) -> JLong:
    return _instant_to_epoch_milli(_instant_of(z))


@method("Instant", "ZonedDateTime atZone(ZoneId)")
def _instant_at_zone(i: Instant, zone: ZoneValue) -> ZonedDateTime:
    return _zdt_of_instant(i, _need(zone).zone)


@method("Instant", "Instant minus(long, TemporalUnit)")
def _instant_minus(v: Any, amount: int, unit: ChronoUnit) -> Any:
    return _plus(v, -int(amount), unit)


@method("Instant", "Instant plus(TemporalAmount)")
def _instant_plus_duration(v: Any, d: Duration) -> Any:
    return _plus(v, _need(d).total_nanos(), UNITS["NANOS"])


@method("Instant", "Instant minus(TemporalAmount)")
def _instant_minus_duration(v: Any, d: Duration) -> Any:
    return _plus(v, -_need(d).total_nanos(), UNITS["NANOS"])


# ---------------------------------------------------------------------------------------------
# Duration


@method("Duration", "static Duration between(def, def)")
def _duration_between(a: Any, b: Any) -> Duration:
    return _duration_of_nanos(_until(a, b, UNITS["NANOS"]))


def _duration_factory(name: str, nanos: int) -> None:
    method("Duration", f"static Duration {name}(long)")(lambda n: _duration_of_nanos(int(n) * nanos))


for _name, _nanos in (
    ("ofNanos", 1),
    ("ofMillis", 1_000_000),
    ("ofSeconds", NANOS_PER_SECOND),
    ("ofMinutes", 60 * NANOS_PER_SECOND),
    ("ofHours", 3600 * NANOS_PER_SECOND),
    ("ofDays", NANOS_PER_DAY),
):
    _duration_factory(_name, _nanos)


@method("Duration", "static Duration of(long, TemporalUnit)")
def _duration_of(n: int, unit: ChronoUnit) -> Duration:
    if unit.date_based and unit.name != "DAYS":
        raise UnsupportedTemporalTypeException("Unit must not have an estimated duration")
    return _duration_of_nanos(int(n) * unit.nanos)


@method("Duration", "long toNanos()")
def _duration_to_nanos(d: Duration) -> JLong:
    return _long(d.total_nanos())


@method("Duration", "long toMillis()")
def _duration_to_millis(d: Duration) -> JLong:
    return _long(_tdiv(d.total_nanos(), 1_000_000))


@method("Duration", "long getSeconds()", "long toSeconds()")
def _duration_seconds(d: Duration) -> JLong:
    return JLong(d.seconds)


@method("Duration", "int getNano()")
def _duration_nano(d: Duration) -> int:
    return d.nano


@method("Duration", "long toMinutes()")
def _duration_minutes(d: Duration) -> JLong:
    return JLong(_tdiv(d.seconds, 60))


@method("Duration", "long toHours()")
def _duration_hours(d: Duration) -> JLong:
    return JLong(_tdiv(d.seconds, 3600))


@method("Duration", "long toDays()")
def _duration_days(d: Duration) -> JLong:
    return JLong(_tdiv(d.seconds, 86400))


@method("Duration", "boolean isNegative()")
def _duration_negative(d: Duration) -> bool:
    return d.seconds < 0


@method("Duration", "boolean isZero()")
def _duration_zero(d: Duration) -> bool:
    return d.seconds == 0 and d.nano == 0


@method("Duration", "Duration plus(Duration)")
def _duration_plus(d: Duration, o: Duration) -> Duration:
    return _duration_of_nanos(d.total_nanos() + _need(o).total_nanos())


@method("Duration", "Duration minus(Duration)")
def _duration_minus(d: Duration, o: Duration) -> Duration:
    return _duration_of_nanos(d.total_nanos() - _need(o).total_nanos())


@method("Duration", "Duration abs()")
def _duration_abs(d: Duration) -> Duration:
    return _duration_of_nanos(abs(d.total_nanos()))


@method("Duration", "Duration negated()")
def _duration_negated(d: Duration) -> Duration:
    return _duration_of_nanos(-d.total_nanos())


# ---------------------------------------------------------------------------------------------
# LocalDateTime / LocalDate


@method("LocalDateTime", "static LocalDateTime parse(CharSequence)")
def _ldt_parse(text: str) -> LocalDateTime:
    return _parse_iso(text, "local_date_time")  # type: ignore[no-any-return]


@method("LocalDateTime", "static LocalDateTime parse(CharSequence, DateTimeFormatter)")
def _ldt_parse_with(text: str, f: DateTimeFormatter) -> LocalDateTime:
    return _parse_with(text, _need(f), "LocalDateTime")  # type: ignore[no-any-return]


@method(
    "LocalDateTime",
    "static LocalDateTime of(int, int, int, int, int)",
    "static LocalDateTime of(int, int, int, int, int, int)",
    "static LocalDateTime of(int, int, int, int, int, int, int)",
)
def _ldt_of(y: int, mo: int, d: int, h: int, mi: int, s: int = 0, n: int = 0) -> LocalDateTime:
    local_date_of(y, mo, d)
    for fld, v in (
        (F.HOUR_OF_DAY, h),
        (F.MINUTE_OF_HOUR, mi),
        (F.SECOND_OF_MINUTE, s),
        (F.NANO_OF_SECOND, n),
    ):
        fld.check(v)
    return LocalDateTime(y, mo, d, h, mi, s, n)


@method("LocalDateTime", "ZonedDateTime atZone(ZoneId)")
def _ldt_at_zone(t: LocalDateTime, zone: ZoneValue) -> ZonedDateTime:
    return _zoned(JDateTime.of_local(*_fields(t), _need(zone).zone))


@method("LocalDateTime", "String format(DateTimeFormatter)")
def _ldt_format(t: Any, f: DateTimeFormatter) -> str:
    return _need(f).format(t)


@method("LocalDateTime", "LocalDate toLocalDate()")
def _ldt_to_local_date(t: LocalDateTime) -> LocalDate:
    return LocalDate(t.year, t.month, t.day)


@method("LocalDateTime", "LocalDateTime plus(long, TemporalUnit)")
def _ldt_plus(t: LocalDateTime, n: int, unit: ChronoUnit) -> LocalDateTime:
    return _plus(t, int(n), unit)  # type: ignore[no-any-return]


@method("LocalDateTime", "LocalDateTime minus(long, TemporalUnit)")
def _ldt_minus(t: LocalDateTime, n: int, unit: ChronoUnit) -> LocalDateTime:
    return _plus(t, -int(n), unit)  # type: ignore[no-any-return]


@method("LocalDate", "static LocalDate parse(CharSequence)")
def _ld_parse(text: str) -> LocalDate:
    return _parse_iso(text, "local_date")  # type: ignore[no-any-return]


@method("LocalDate", "static LocalDate parse(CharSequence, DateTimeFormatter)")
def _ld_parse_with(text: str, f: DateTimeFormatter) -> LocalDate:
    return _parse_with(text, _need(f), "LocalDate")  # type: ignore[no-any-return]


@method("LocalDate", "static LocalDate of(int, int, int)")
def _ld_of(y: int, m: int, d: int) -> LocalDate:
    return LocalDate(*local_date_of(y, m, d))


@method("LocalDate", "ZonedDateTime atStartOfDay(ZoneId)")
def _ld_start_of_day(d: LocalDate, zone: ZoneValue) -> ZonedDateTime:
    return _zoned(JDateTime.of_local(d.year, d.month, d.day, 0, 0, 0, 0, _need(zone).zone))


@method("LocalDate", "String format(DateTimeFormatter)")
def _ld_format(d: LocalDate, f: DateTimeFormatter) -> str:
    return _need(f).format(d)


@method("LocalDate", "long toEpochDay()")
def _ld_epoch_day(d: LocalDate) -> JLong:
    return JLong(_epoch_day(d.year, d.month, d.day))


for _owner in ("LocalDateTime", "LocalDate"):
    method(_owner, "int getYear()")(lambda t: t.year)
    method(_owner, "int getMonthValue()")(lambda t: t.month)
    method(_owner, "int getDayOfMonth()")(lambda t: t.day)
    method(_owner, "DayOfWeek getDayOfWeek()")(lambda t: _dow(t.year, t.month, t.day))
    method(_owner, "Month getMonth()")(lambda t: MONTHS[t.month - 1])


def _ldt_getter(attr: str) -> None:
    method("LocalDateTime", f"int get{attr.capitalize()}()")(lambda t: getattr(t, attr))


for _name in ("hour", "minute", "second", "nano"):
    _ldt_getter(_name)


# DayOfWeek / Month


def _dow(y: int, m: int, d: int) -> DayOfWeek:
    return DAYS_OF_WEEK[date(y, m, d).weekday()]


# the enum constants (java.time.txt): one object each, as Java's enums, so `===` holds between them
DAYS_OF_WEEK: tuple[DayOfWeek, ...] = tuple(DayOfWeek(name, i + 1) for i, name in enumerate(_DOW))
MONTHS: tuple[Month, ...] = tuple(Month(name, i + 1) for i, name in enumerate(_MONTH))


def _enum_of(values: tuple[Any, ...], kind: str, n: int) -> Any:
    if not 1 <= n <= len(values):
        raise DateTimeException(f"Invalid value for {kind}: {n}")
    return values[n - 1]


for _owner, _values, _kind in (("DayOfWeek", DAYS_OF_WEEK, "DayOfWeek"), ("Month", MONTHS, "MonthOfYear")):
    for _v in _values:
        static_field(_owner, _v.name, _owner, _v)
    method(_owner, f"static {_owner} of(int)")(lambda n, _vs=_values, _k=_kind: _enum_of(_vs, _k, n))
    method(_owner, f"static {_owner} valueOf(String)")(
        lambda name, _vs=_values, _o=_owner: value_of(_vs, f"java.time.{_o}", name)
    )
    method(_owner, f"{_owner} plus(long)")(lambda e, n, _vs=_values: _vs[(e.value - 1 + int(n)) % len(_vs)])
    method(_owner, f"{_owner} minus(long)")(lambda e, n, _vs=_values: _vs[(e.value - 1 - int(n)) % len(_vs)])


for _owner in ("DayOfWeek", "Month"):
    method(_owner, "int getValue()")(lambda e: e.value)
    method(_owner, "int ordinal()")(lambda e: e.value - 1)
    method(_owner, "String name()")(lambda e: e.name)
