"""java.time.temporal.WeekFields: week-based year (`Y`), week of it (`w`), localized day of week (`e`).

Which week definition applies depends on the formatter's locale. We follow Elasticsearch 8.16+
and 9.x, which run JDK 23+ with CLDR locale data only (PR #113182; 9.x hard-codes
`-Djava.locale.providers=CLDR`):
- Locale.ROOT (every printer built by DateFormatter.forPattern, and parsers given `ROOT`) and
  English (the date processor's default parsing locale since 8.16): the CLDR default, Sunday
  first with 1 minimal day ("YYYY-ww" on "2020-01" is 2019-12-29). Elasticsearch 8.15 and earlier
  made ROOT ISO through its IsoCalendarDataProvider (SPI), which CLDR-only JDKs no longer load.
- the named week formats (week_date, weekyear...) use WeekFields.ISO explicitly (PR #113787).
- any other locale: the JDK's CLDR week data for the locale's country; a locale without a country
  uses the default (Sunday, 1 day), as the JDK's CLDR provider does.

The arithmetic follows WeekFields.ComputedDayOfField (facts checked against OpenJDK 17 and
Temurin 25 with -Djava.locale.providers=CLDR).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from s1elastic.ingest.errors import DateTimeException

_DAY_NAMES = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


@dataclass(frozen=True, slots=True)
class WeekDef:
    """One WeekFields: the ISO number of the first day of the week and the minimal days of week 1."""

    first: int
    min_days: int

    def __str__(self) -> str:
        return f"WeekFields[{_DAY_NAMES[self.first - 1]},{self.min_days}]"

    # -- field values of a date ----------------------------------------------------------------

    def localized_dow(self, iso_dow: int) -> int:
        return (iso_dow - self.first) % 7 + 1

    def iso_dow(self, localized: int) -> int:
        return (self.first - 1 + localized - 1) % 7 + 1

    def _start_of_week_offset(self, day: int, dow: int) -> int:
        week_start = (day - dow) % 7
        offset = -week_start
        if week_start + 1 > self.min_days:
            offset = 7 - week_start
        return offset

    @staticmethod
    def _compute_week(offset: int, day: int) -> int:
        return (7 + offset + (day - 1)) // 7

    def week_based_year(self, d: date) -> int:
        dow = self.localized_dow(d.isoweekday())
        doy = d.timetuple().tm_yday
        offset = self._start_of_week_offset(doy, dow)
        week = self._compute_week(offset, doy)
        if week == 0:
            return d.year - 1
        if week >= self._compute_week(offset, _year_length(d.year) + self.min_days):
            return d.year + 1
        return d.year

    def week_of_week_based_year(self, d: date) -> int:
        dow = self.localized_dow(d.isoweekday())
        doy = d.timetuple().tm_yday
        offset = self._start_of_week_offset(doy, dow)
        week = self._compute_week(offset, doy)
        if week == 0:
            return self.week_of_week_based_year(d - timedelta(days=doy))
        if week > 50:
            new_year_week = self._compute_week(offset, _year_length(d.year) + self.min_days)
            if week >= new_year_week:
                week = week - new_year_week + 1
        return week

    def week_of_month(self, d: date) -> int:
        """ComputedDayOfField.localizedWeekOfMonth (`W`)."""
        dow = self.localized_dow(d.isoweekday())
        return self._compute_week(self._start_of_week_offset(d.day, dow), d.day)

    # -- building dates ------------------------------------------------------------------------

    def of_week_of_month(self, year: int, month: int, wom: int, dow: int) -> date:
        """ComputedDayOfField.resolveWoM (strict): week `wom` of the month, localized day `dow`."""
        first = _date(year, month, 1)
        if not 0 <= wom <= 6:
            raise DateTimeException(f"Invalid value for WeekOfMonth[{self}] (valid values 0/1 - 4/6): {wom}")
        days = (wom - self.week_of_month(first)) * 7 + dow - self.localized_dow(first.isoweekday())
        d = _plus_days(first, days)
        if d.month != month:
            raise DateTimeException("Strict mode rejected resolved date as it is in a different month")
        return d

    def of_week_based_year(self, yowby: int, wowby: int, dow: int) -> date:
        """ComputedDayOfField.ofWeekBasedYear: the week is clamped to the last week of that year."""
        first = _date(yowby, 1, 1)
        offset = self._start_of_week_offset(1, self.localized_dow(first.isoweekday()))
        new_year_week = self._compute_week(offset, _year_length(yowby) + self.min_days)
        wowby = min(wowby, new_year_week - 1)
        return _plus_days(first, -offset + (dow - 1) + (wowby - 1) * 7)

    def with_week_based_year(self, d: date, value: int) -> date:
        """LocalDate.with(weekBasedYear, value)."""
        if value == self.week_based_year(d):
            return d
        return self.of_week_based_year(
            value, self.week_of_week_based_year(d), self.localized_dow(d.isoweekday())
        )

    def with_week_of_week_based_year(self, d: date, value: int) -> date:
        """LocalDate.with(weekOfWeekBasedYear, value): moves by whole weeks."""
        self.check_week(value)
        return _plus_days(d, (value - self.week_of_week_based_year(d)) * 7)

    def weeks_in_year(self, year: int) -> int:
        """The weeks of week-based year `year` (JDK 23+ checks a parsed week against it)."""
        d = _date(year % 400 + 2000, 7, 2)  # week numbering repeats every 400 years
        offset = self._start_of_week_offset(d.timetuple().tm_yday, self.localized_dow(d.isoweekday()))
        return self._compute_week(offset, _year_length(year) + self.min_days) - 1

    def previous_or_same_first_day(self, d: date) -> date:
        return _plus_days(d, -((d.isoweekday() - self.first) % 7))

    # -- checks with Java's field names --------------------------------------------------------

    def check_week_of_year(self, year: int, value: int) -> int:
        """rangeRefinedBy(LocalDate.of(year, 7, 2)).checkValidIntValue (JDK 23+ resolveWBY)."""
        weeks = self.weeks_in_year(year)
        if not 1 <= value <= weeks:
            raise DateTimeException(
                f"Invalid value for WeekOfWeekBasedYear[{self}] (valid values 1 - {weeks}): {value}"
            )
        return value

    def check_week(self, value: int) -> int:
        if not 1 <= value <= 53:
            raise DateTimeException(
                f"Invalid value for WeekOfWeekBasedYear[{self}] (valid values 1 - 52/53): {value}"
            )
        return value

    def check_dow(self, value: int) -> int:
        if not 1 <= value <= 7:
            raise DateTimeException(f"Invalid value for DayOfWeek[{self}] (valid values 1 - 7): {value}")
        return value


ISO = WeekDef(1, 4)
_US = WeekDef(7, 1)
ROOT_WEEK = _US  # WeekFields.of(Locale.ROOT) under CLDR-only JDK 23+ (Sunday, 1 day)

# CLDR week data by country as Temurin 25's CLDR provider reports it (AE, AU and CN became Monday-first
# after JDK 17); countries not listed are (1, 1).
_ISO_REGIONS = (
    "AD AT AX BE BG CH CZ DE DK EE ES FI FJ FO FR GB GF GG GI GP GR HU IE IM IS IT JE LI LT LU MC MQ NL NO PL RE RU "
    "SE SJ SK SM VA"
)
_SUNDAY_REGIONS = (
    "AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA "
    "PE PH PK PR PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW"
)
_REGION_GROUPS = {
    WeekDef(1, 4): _ISO_REGIONS,
    WeekDef(5, 1): "MV",
    WeekDef(6, 1): "AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY",
    WeekDef(7, 1): _SUNDAY_REGIONS,
    WeekDef(7, 4): "PT",
}
_BY_REGION = {region: wd for wd, regions in _REGION_GROUPS.items() for region in regions.split()}
_DEFAULT_REGION = WeekDef(1, 1)


@lru_cache(maxsize=256)
def week_def_for(locale: str) -> WeekDef:
    """WeekFields.of(locale) for a normalized locale ("" is ROOT, else `lang-COUNTRY...`)."""
    if locale == "":
        return _US
    parts = locale.replace("_", "-").split("-")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    if not region:
        return _US
    return _BY_REGION.get(region, _DEFAULT_REGION)


def _year_length(year: int) -> int:
    return 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365


def _date(year: int, month: int, day: int) -> date:
    if not 1 <= year <= 9999:
        raise DateTimeException(f"Invalid value for Year (valid values 1 - 9999): {year} (engine limit)")
    return date(year, month, day)


def _plus_days(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        raise DateTimeException("Invalid value for Year (valid values 1 - 9999) (engine limit)") from None
