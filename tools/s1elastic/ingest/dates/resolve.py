"""java.time.format.Parsed.resolve (STRICT or SMART) and Elasticsearch's DateFormatters.from.

Resolution turns parsed fields into a date and/or time exactly as the JDK's ISO chronology
does for the resolver styles Elasticsearch uses; `es_from` then fills the gaps the way
DateFormatters.from(accessor, locale, zone) does (start of day, January 1st, 1970...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from s1elastic.ingest.dates import dayperiod
from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.temporal import (
    JDateTime,
    civil_date,
    epoch_day,
    is_leap,
    iso_day_of_week,
    local_date_of,
    local_date_of_year_day,
    month_length,
)
from s1elastic.ingest.dates.weeks import ISO, WeekDef
from s1elastic.ingest.dates.zones import Zone, offset_zone
from s1elastic.ingest.errors import DateTimeException

STRICT, SMART, LENIENT = "STRICT", "SMART", "LENIENT"

_DATE_FIELDS = frozenset(
    {F.YEAR, F.YEAR_OF_ERA, F.ERA, F.MONTH_OF_YEAR, F.DAY_OF_MONTH, F.DAY_OF_YEAR, F.DAY_OF_WEEK}
)
_TIME_FIELDS = frozenset(
    {
        F.HOUR_OF_DAY, F.CLOCK_HOUR_OF_DAY, F.HOUR_OF_AMPM, F.CLOCK_HOUR_OF_AMPM, F.AMPM_OF_DAY,
        F.MINUTE_OF_HOUR, F.MINUTE_OF_DAY, F.SECOND_OF_MINUTE, F.SECOND_OF_DAY, F.NANO_OF_SECOND,
        F.MILLI_OF_DAY, F.NANO_OF_DAY,
    }
)  # fmt: skip


@dataclass(slots=True)
class Parsed:
    """The resolved result of one parse: leftover fields, a date, a time, a zone."""

    fields: dict[F.Field, int]
    zone: Zone | None = None
    date: tuple[int, int, int] | None = None
    time: tuple[int, int, int, int] | None = None
    extra: dict[str, int] = field(default_factory=dict)
    week: WeekDef = ISO  # the parser's locale's WeekFields

    def supports(self, fld: F.Field) -> bool:
        if fld in self.fields:
            return True
        if fld is F.WEEK_BASED_YEAR:
            return self.date is not None
        if self.date is not None and fld in _DATE_FIELDS:
            return True
        return self.time is not None and fld in _TIME_FIELDS

    def get(self, fld: F.Field) -> int:
        """TemporalAccessor.get: the value, checked against the field's range."""
        if fld in self.fields:
            value = self.fields[fld]
        elif self.date is not None and fld in _DATE_FIELDS:
            value = JDateTime(*self.date, 0, 0, 0, 0, 0, offset_zone(0)).get(fld)
        elif self.time is not None and fld in _TIME_FIELDS:
            value = JDateTime(1970, 1, 1, *self.time, 0, offset_zone(0)).get(fld)
        else:
            raise DateTimeException(f"Unsupported field: {fld}")
        return fld.check(value)

    def query_zone(self) -> Zone | None:
        """TemporalQueries.zone(): the parsed zone, else the parsed offset."""
        if self.zone is not None:
            return self.zone
        if F.OFFSET_SECONDS in self.fields:
            return offset_zone(self.fields[F.OFFSET_SECONDS])
        return None


def _conflict(fields: dict[F.Field, int], target: F.Field, change: F.Field, value: int) -> None:
    old = fields.get(change)
    fields[change] = value
    if old is not None and old != value:
        raise DateTimeException(
            f"Conflict found: {change} {old} differs from {change} {value} while resolving  {target}"
        )


def _resolve_date(fv: dict[F.Field, int], style: str) -> tuple[int, int, int] | None:
    yoe = fv.pop(F.YEAR_OF_ERA, None)
    if yoe is not None:
        F.YEAR_OF_ERA.check(yoe)
        era = fv.pop(F.ERA, None)
        if era is None:
            year = fv.get(F.YEAR)
            if year is not None:
                _conflict(fv, F.YEAR_OF_ERA, F.YEAR, yoe if year > 0 else 1 - yoe)
            else:
                fv[F.YEAR_OF_ERA] = yoe  # strict: no era is invented
        elif era == 1:
            _conflict(fv, F.YEAR_OF_ERA, F.YEAR, yoe)
        elif era == 0:
            _conflict(fv, F.YEAR_OF_ERA, F.YEAR, 1 - yoe)
        else:
            raise DateTimeException(f"Invalid value for era: {era}")
    elif F.ERA in fv:
        F.ERA.check(fv[F.ERA])
    if F.YEAR in fv:
        if F.MONTH_OF_YEAR in fv and F.DAY_OF_MONTH in fv and style == LENIENT:
            # LocalDate.of(y, 1, 1).plusMonths(moy - 1).plusDays(dom - 1): ES's strict_date
            y = F.YEAR.check(fv.pop(F.YEAR))
            months = y * 12 + fv.pop(F.MONTH_OF_YEAR) - 1
            year = F.YEAR.check(months // 12)
            return civil_date(epoch_day(year, months % 12 + 1, 1) + fv.pop(F.DAY_OF_MONTH) - 1)
        if F.MONTH_OF_YEAR in fv and F.DAY_OF_MONTH in fv:
            y = F.YEAR.check(fv.pop(F.YEAR))
            moy = F.MONTH_OF_YEAR.check(fv.pop(F.MONTH_OF_YEAR))
            dom = F.DAY_OF_MONTH.check(fv.pop(F.DAY_OF_MONTH))
            if style == SMART and dom > 28:
                dom = min(dom, month_length(y, moy))
            return local_date_of(y, moy, dom)
        if F.MONTH_OF_YEAR in fv and F.ALIGNED_WEEK_OF_MONTH in fv and F.DAY_OF_WEEK in fv:
            return _resolve_ymad(fv)
        if F.DAY_OF_YEAR in fv:
            y = F.YEAR.check(fv.pop(F.YEAR))
            return local_date_of_year_day(y, fv.pop(F.DAY_OF_YEAR))
    return None


def _resolve_ymad(fv: dict[F.Field, int]) -> tuple[int, int, int]:
    """AbstractChronology.resolveYMAD (strict): year, month, aligned week of month (`F`), day of week."""
    y = F.YEAR.check(fv.pop(F.YEAR))
    moy = F.MONTH_OF_YEAR.check(fv.pop(F.MONTH_OF_YEAR))
    aw = F.ALIGNED_WEEK_OF_MONTH.check(fv.pop(F.ALIGNED_WEEK_OF_MONTH))
    dow = F.DAY_OF_WEEK.check(fv.pop(F.DAY_OF_WEEK))
    y, moy, _ = local_date_of(y, moy, 1)
    start = date(y % 400 + 2000, moy, 1)  # weekdays repeat every 400 years
    day = 1 + (aw - 1) * 7 + (dow - start.isoweekday()) % 7  # plus (aw - 1) weeks, then next-or-same dow
    if day > month_length(y, moy):
        raise DateTimeException("Strict mode rejected resolved date as it is in a different month")
    return y, moy, day


def _resolve_mjd(fv: dict[F.Field, int]) -> tuple[int, int, int] | None:
    """JulianFields.MODIFIED_JULIAN_DAY.resolve (strict): a date of its own (`g`)."""
    value = fv.pop(F.MODIFIED_JULIAN_DAY, None)
    if value is None:
        return None
    return civil_date(F.MODIFIED_JULIAN_DAY.check(value) - 40587)  # MJD 0 is epoch day -40587


def _resolve_time_fields(
    fv: dict[F.Field, int], style: str, period: int | None
) -> tuple[tuple[int, int, int, int] | None, int | None]:
    """Parsed.resolveTimeFields: the time if complete, and the day period if a clock hour did not use it."""
    if F.CLOCK_HOUR_OF_DAY in fv:
        ch = fv.pop(F.CLOCK_HOUR_OF_DAY)
        if style == STRICT or ch != 0:
            F.CLOCK_HOUR_OF_DAY.check(ch)
        _conflict(fv, F.CLOCK_HOUR_OF_DAY, F.HOUR_OF_DAY, 0 if ch == 24 else ch)
    if F.CLOCK_HOUR_OF_AMPM in fv:
        ch = fv.pop(F.CLOCK_HOUR_OF_AMPM)
        if style == STRICT or ch != 0:
            F.CLOCK_HOUR_OF_AMPM.check(ch)
        _conflict(fv, F.CLOCK_HOUR_OF_AMPM, F.HOUR_OF_AMPM, 0 if ch == 12 else ch)
    if F.AMPM_OF_DAY in fv and F.HOUR_OF_AMPM in fv:
        ap = F.AMPM_OF_DAY.check(fv.pop(F.AMPM_OF_DAY))
        hap = F.HOUR_OF_AMPM.check(fv.pop(F.HOUR_OF_AMPM))
        _conflict(fv, F.AMPM_OF_DAY, F.HOUR_OF_DAY, ap * 12 + hap)
    if F.NANO_OF_DAY in fv:
        nod = F.NANO_OF_DAY.check(fv.pop(F.NANO_OF_DAY))
        _conflict(fv, F.NANO_OF_DAY, F.HOUR_OF_DAY, nod // 3_600_000_000_000)
        _conflict(fv, F.NANO_OF_DAY, F.MINUTE_OF_HOUR, (nod // 60_000_000_000) % 60)
        _conflict(fv, F.NANO_OF_DAY, F.SECOND_OF_MINUTE, (nod // 1_000_000_000) % 60)
        _conflict(fv, F.NANO_OF_DAY, F.NANO_OF_SECOND, nod % 1_000_000_000)
    if F.MILLI_OF_DAY in fv:
        lod = F.MILLI_OF_DAY.check(fv.pop(F.MILLI_OF_DAY))
        _conflict(fv, F.MILLI_OF_DAY, F.SECOND_OF_DAY, lod // 1000)
        milli = lod % 1000
        if F.NANO_OF_SECOND in fv:
            _conflict(
                fv, F.MILLI_OF_DAY, F.NANO_OF_SECOND, milli * 1_000_000 + fv[F.NANO_OF_SECOND] % 1_000_000
            )
        else:
            fv[F.NANO_OF_SECOND] = milli * 1_000_000
    if F.SECOND_OF_DAY in fv:
        sod = F.SECOND_OF_DAY.check(fv.pop(F.SECOND_OF_DAY))
        _conflict(fv, F.SECOND_OF_DAY, F.HOUR_OF_DAY, sod // 3600)
        _conflict(fv, F.SECOND_OF_DAY, F.MINUTE_OF_HOUR, (sod // 60) % 60)
        _conflict(fv, F.SECOND_OF_DAY, F.SECOND_OF_MINUTE, sod % 60)
    if F.MINUTE_OF_DAY in fv:
        mod = F.MINUTE_OF_DAY.check(fv.pop(F.MINUTE_OF_DAY))
        _conflict(fv, F.MINUTE_OF_DAY, F.HOUR_OF_DAY, mod // 60)
        _conflict(fv, F.MINUTE_OF_DAY, F.MINUTE_OF_HOUR, mod % 60)
    if F.NANO_OF_SECOND in fv:
        F.NANO_OF_SECOND.check(fv[F.NANO_OF_SECOND])
    if period is not None and F.HOUR_OF_AMPM in fv:
        dayperiod.apply_to_clock_hour(fv, period, style)
        period = None
    keys = (F.HOUR_OF_DAY, F.MINUTE_OF_HOUR, F.SECOND_OF_MINUTE, F.NANO_OF_SECOND)
    if all(k in fv for k in keys):
        hod, moh, som, nos = (fv.pop(k) for k in keys)
        return _make_time(hod, moh, som, nos, style), period
    return None, period


_END_OF_DAY = (24, 0, 0, 0)  # SMART's 24:00: midnight plus one excess day (Parsed.resolveTime)


def _make_time(hod: int, moh: int, som: int, nos: int, style: str) -> tuple[int, int, int, int]:
    F.MINUTE_OF_HOUR.check(moh)
    F.NANO_OF_SECOND.check(nos)
    if style == SMART and (hod, moh, som, nos) == _END_OF_DAY:
        return _END_OF_DAY
    return F.HOUR_OF_DAY.check(hod), moh, F.SECOND_OF_MINUTE.check(som), nos


def _resolve_time_lenient(
    fv: dict[F.Field, int], style: str, period: int | None
) -> tuple[int, int, int, int] | None:
    hod = fv.get(F.HOUR_OF_DAY)
    time = None
    if hod is not None:
        moh, som, nos = fv.get(F.MINUTE_OF_HOUR), fv.get(F.SECOND_OF_MINUTE), fv.get(F.NANO_OF_SECOND)
        if (moh is None and (som is not None or nos is not None)) or (
            moh is not None and som is None and nos is not None
        ):
            return None
        if period is not None and style != LENIENT:
            dayperiod.check_hour(period, hod, moh or 0)
        time = _make_time(hod, moh or 0, som or 0, nos or 0, style)
        for k in (F.HOUR_OF_DAY, F.MINUTE_OF_HOUR, F.SECOND_OF_MINUTE, F.NANO_OF_SECOND):
            fv.pop(k, None)
    for fld, value in fv.items():
        if fld.time_based:
            fld.check(value)
    return time


def _localized_dow(fv: dict[F.Field, int], week: WeekDef) -> None:
    """WeekFields' localized day of week (`e`, `c`) becomes DAY_OF_WEEK."""
    localized = fv.pop(F.LOCALIZED_DAY_OF_WEEK, None)
    if localized is not None:
        fv[F.DAY_OF_WEEK] = week.iso_dow(week.check_dow(localized))


def _resolve_weeks(fv: dict[F.Field, int], week: WeekDef, style: str) -> tuple[int, int, int] | None:
    """WeekFields.ComputedDayOfField.resolve: year + month + `W` + day, or Y + w + day, make a date."""
    if F.WEEK_OF_MONTH in fv and F.DAY_OF_WEEK in fv and F.YEAR in fv and F.MONTH_OF_YEAR in fv:
        dow = week.localized_dow(F.DAY_OF_WEEK.check(fv[F.DAY_OF_WEEK]))
        year = F.YEAR.check(fv[F.YEAR])
        month = F.MONTH_OF_YEAR.check(fv[F.MONTH_OF_YEAR])
        d = week.of_week_of_month(year, month, fv[F.WEEK_OF_MONTH], dow)
        for k in (F.WEEK_OF_MONTH, F.YEAR, F.MONTH_OF_YEAR, F.DAY_OF_WEEK):
            del fv[k]
        return d.year, d.month, d.day
    if F.WEEK_BASED_YEAR in fv and F.WEEK_OF_WEEK_BASED_YEAR in fv and F.DAY_OF_WEEK in fv:
        yowby = F.WEEK_BASED_YEAR.check(fv[F.WEEK_BASED_YEAR])
        wowby = fv[F.WEEK_OF_WEEK_BASED_YEAR]
        if style == LENIENT:
            week.check_week(wowby)
        else:
            week.check_week_of_year(yowby, wowby)
        dow = week.localized_dow(F.DAY_OF_WEEK.check(fv[F.DAY_OF_WEEK]))
        d = week.of_week_based_year(yowby, wowby, dow)
        if style == STRICT and week.week_based_year(d) != yowby:
            raise DateTimeException(
                "Strict mode rejected resolved date as it is in a different week-based-year"
            )
        for k in (F.WEEK_BASED_YEAR, F.WEEK_OF_WEEK_BASED_YEAR, F.DAY_OF_WEEK):
            del fv[k]
        return d.year, d.month, d.day
    return None


def _iso_weeks_in_year(year: int) -> int:
    """IsoFields.getWeekRange: 53 weeks when the year starts on a Thursday (or a Wednesday in a leap year)."""
    jan1 = iso_day_of_week(year, 1, 1)
    return 53 if jan1 == 4 or (jan1 == 3 and is_leap(year)) else 52


def _resolve_iso_weeks(fv: dict[F.Field, int], style: str) -> tuple[int, int, int] | None:
    """IsoFields.WEEK_OF_WEEK_BASED_YEAR.resolve (ES's week_date formats): week-based year, week, day."""
    if F.ISO_WEEK_OF_WEEK_BASED_YEAR not in fv or F.ISO_WEEK_BASED_YEAR not in fv or F.DAY_OF_WEEK not in fv:
        return None
    wby = F.ISO_WEEK_BASED_YEAR.check(fv[F.ISO_WEEK_BASED_YEAR])
    wowby = fv[F.ISO_WEEK_OF_WEEK_BASED_YEAR]
    dow = F.DAY_OF_WEEK.check(fv[F.DAY_OF_WEEK])
    if not 1 <= wowby <= 52:
        if style == STRICT:
            weeks = _iso_weeks_in_year(wby)
            if not 1 <= wowby <= weeks:
                raise DateTimeException(
                    f"Invalid value for WeekOfWeekBasedYear (valid values 1 - {weeks}): {wowby}"
                )
        else:
            F.ISO_WEEK_OF_WEEK_BASED_YEAR.check(wowby)
    day = epoch_day(wby, 1, 4) + (wowby - 1) * 7
    day += dow - iso_day_of_week(*civil_date(day))
    for k in (F.ISO_WEEK_OF_WEEK_BASED_YEAR, F.ISO_WEEK_BASED_YEAR, F.DAY_OF_WEEK):
        del fv[k]
    return civil_date(day)


def resolve(fields: dict[F.Field, int], zone: Zone | None, style: str, week: WeekDef = ISO) -> Parsed:
    """Parsed.resolve for the ISO chronology; raises DateTimeException like the JDK."""
    fv = dict(fields)
    period = fv.pop(F.DAY_PERIOD, None)
    _localized_dow(fv, week)
    date = _resolve_date(fv, style)
    time, period = _resolve_time_fields(fv, style, period)
    for other in (_resolve_weeks(fv, week, style), _resolve_iso_weeks(fv, style), _resolve_mjd(fv)):
        if other is not None:
            if date is not None and date != other:
                raise DateTimeException(
                    f"Conflict found: Fields resolved to two different dates: {_iso(date)} {_iso(other)}"
                )
            date = other
    if time is None:
        time = _resolve_time_lenient(fv, style, period)
    excess_day = time == _END_OF_DAY
    if excess_day:
        time = (0, 0, 0, 0)
    if date is not None:
        # weekdays and week numbers repeat every 400 years: check a date of years 2000..2399
        shift = date[0] - (date[0] % 400 + 2000)
        shifted = JDateTime(date[0] - shift, date[1], date[2], 0, 0, 0, 0, 0, offset_zone(0))
        _cross_check(fv, shifted, _DATE_CHECKED, _iso(date), week, shift)
    if time is not None:
        _cross_check(
            fv, JDateTime(1970, 1, 1, *time, 0, offset_zone(0)), _TIME_CHECKED, _iso_time(time), week, 0
        )
    if excess_day and date is not None:  # resolvePeriod: the day after (without a date it is dropped)
        date = civil_date(epoch_day(*date) + 1)
    parsed = Parsed(fv, zone, date, time, week=week)
    if date is not None and time is not None:
        z = parsed.query_zone()
        if z is not None:
            jdt = JDateTime.of_local(*date, *time, z)
            fv[F.INSTANT_SECONDS] = jdt.epoch_second()
    return parsed


# Fields left over after resolution that Parsed.crossCheck compares with the resolved date / time.
_DATE_CHECKED = (
    F.DAY_OF_WEEK, F.MONTH_OF_YEAR, F.DAY_OF_MONTH, F.DAY_OF_YEAR, F.YEAR, F.YEAR_OF_ERA, F.ERA,
    F.QUARTER_OF_YEAR, F.ALIGNED_WEEK_OF_MONTH, F.WEEK_OF_MONTH, F.WEEK_BASED_YEAR,
    F.WEEK_OF_WEEK_BASED_YEAR,
)  # fmt: skip
_TIME_CHECKED = (
    F.AMPM_OF_DAY, F.HOUR_OF_AMPM, F.CLOCK_HOUR_OF_AMPM, F.HOUR_OF_DAY, F.CLOCK_HOUR_OF_DAY,
    F.MINUTE_OF_HOUR, F.MINUTE_OF_DAY, F.SECOND_OF_MINUTE, F.SECOND_OF_DAY, F.NANO_OF_SECOND,
    F.MILLI_OF_DAY, F.NANO_OF_DAY,
)  # fmt: skip
_WEEK_NAMED = {F.WEEK_OF_MONTH, F.WEEK_BASED_YEAR, F.WEEK_OF_WEEK_BASED_YEAR}
_YEAR_LIKE = {F.YEAR, F.WEEK_BASED_YEAR}


def _cross_check(
    fv: dict[F.Field, int],
    target: JDateTime,
    checked: tuple[F.Field, ...],
    shown: str,
    week: WeekDef,
    shift: int,
) -> None:
    """Parsed.crossCheck: a leftover field must equal the resolved value (then it is dropped).

    The JDK walks a HashMap, so which of several conflicting fields it names is not defined; the
    order here is fixed (day of week first, as the common case `uuuu-MM-dd E` needs).
    """
    for fld in checked:
        value = fv.get(fld)
        if value is None:
            continue
        actual = _week_value(fld, target, week) if fld in _WEEK_NAMED else target.get(fld)
        if fld in _YEAR_LIKE:
            actual += shift
        if fld is F.YEAR_OF_ERA or fld is F.ERA:
            year = target.year + shift
            actual = (year if year >= 1 else 1 - year) if fld is F.YEAR_OF_ERA else int(year >= 1)
        if actual != value:
            name = f"{fld}[{week}]" if fld in _WEEK_NAMED else str(fld)
            raise DateTimeException(
                f"Conflict found: Field {name} {actual} differs from {name} {value} derived from {shown}"
            )
        del fv[fld]


def _week_value(fld: F.Field, t: JDateTime, week: WeekDef) -> int:
    d = date(t.year, t.month, t.day)
    if fld is F.WEEK_OF_MONTH:
        return week.week_of_month(d)
    if fld is F.WEEK_BASED_YEAR:
        return week.week_based_year(d)
    return week.week_of_week_based_year(d)


def _iso_time(t: tuple[int, int, int, int]) -> str:
    """LocalTime.toString: HH:mm, then :ss and a 3, 6 or 9 digit fraction when not zero."""
    h, m, sec, nano = t
    out = f"{h:02d}:{m:02d}"
    if sec or nano:
        out += f":{sec:02d}"
        if nano:
            if nano % 1_000_000 == 0:
                out += f".{nano // 1_000_000:03d}"
            elif nano % 1000 == 0:
                out += f".{nano // 1000:06d}"
            else:
                out += f".{nano:09d}"
    return out


def _year(p: Parsed) -> int:
    if p.supports(F.YEAR):
        return p.get(F.YEAR)
    if p.supports(F.YEAR_OF_ERA):
        return p.get(F.YEAR_OF_ERA)
    return 1970


def local_date_query(p: Parsed) -> tuple[int, int, int] | None:
    """DateFormatters.LOCAL_DATE_QUERY: a resolved date, or one built from year-of-era/year fields."""
    if p.date is not None:
        return p.date
    if p.supports(F.YEAR_OF_ERA) or p.supports(F.YEAR):
        year = _year(p)
        if p.supports(F.MONTH_OF_YEAR) and p.supports(F.DAY_OF_MONTH):
            return local_date_of(year, p.get(F.MONTH_OF_YEAR), p.get(F.DAY_OF_MONTH))
        if p.supports(F.DAY_OF_YEAR):
            return local_date_of_year_day(year, p.get(F.DAY_OF_YEAR))
    return None


def _iso(d: tuple[int, int, int]) -> str:
    """LocalDate.toString: 4-digit years padded, a sign before negative and 5+ digit years."""
    y = d[0]
    year = f"{y:+05d}" if y > 9999 or y < 0 else f"{y:04d}"
    return f"{year}-{d[1]:02d}-{d[2]:02d}"


def _from_week_based(p: Parsed) -> tuple[int, int, int]:
    """DateFormatters.localDateFromWeekBasedDate: 1970-01-01 moved to the week, then to its first day."""
    week = p.week
    d = week.with_week_based_year(date(1970, 1, 1), p.get(F.WEEK_BASED_YEAR))
    if F.WEEK_OF_WEEK_BASED_YEAR in p.fields:
        d = week.with_week_of_week_based_year(d, p.fields[F.WEEK_OF_WEEK_BASED_YEAR])
    d = week.previous_or_same_first_day(d)
    return d.year, d.month, d.day


def _get_local_date(p: Parsed) -> tuple[int, int, int]:
    if p.supports(F.WEEK_BASED_YEAR):
        return _from_week_based(p)
    if p.supports(F.MONTH_OF_YEAR):
        year = _year(p)
        day = p.get(F.DAY_OF_MONTH) if p.supports(F.DAY_OF_MONTH) else 1
        return local_date_of(year, p.get(F.MONTH_OF_YEAR), day)
    return (1970, 1, 1)


def es_from(p: Parsed | JDateTime, default_zone: Zone) -> JDateTime:
    """DateFormatters.from(accessor, locale, defaultZone)."""
    if isinstance(p, JDateTime):
        return p
    zone = p.query_zone() or default_zone
    date = local_date_query(p)
    time = p.time
    if date is not None and time is not None:
        return JDateTime.of_local(*date, *time, zone)
    if F.INSTANT_SECONDS in p.fields and p.supports(F.NANO_OF_SECOND):
        return JDateTime.of_instant(p.fields[F.INSTANT_SECONDS], p.get(F.NANO_OF_SECOND), zone)
    if date is not None:
        return JDateTime.of_local(*date, 0, 0, 0, 0, zone)
    if time is not None:
        return JDateTime.of_local(*_get_local_date(p), *time, zone)
    if p.supports(F.YEAR) or p.supports(F.YEAR_OF_ERA):
        if p.supports(F.MONTH_OF_YEAR):
            y, m, _ = local_date_of(_year(p), p.get(F.MONTH_OF_YEAR), 1)
            return JDateTime.of_local(y, m, 1, 0, 0, 0, 0, zone)
        return JDateTime.of_local(_year(p), 1, 1, 0, 0, 0, 0, zone)
    if p.supports(F.MONTH_OF_YEAR):
        return JDateTime.of_local(*_get_local_date(p), 0, 0, 0, 0, zone)
    if p.supports(F.WEEK_BASED_YEAR):
        return JDateTime.of_local(*_from_week_based(p), 0, 0, 0, 0, zone)
    from s1elastic.ingest.errors import IllegalArgumentException

    raise IllegalArgumentException("temporal accessor [Parsed] cannot be converted to zoned date time")
