"""java.time's ChronoFields as far as patterns and ES named formats use them.

Each field carries the name Java prints in messages (`MonthOfYear`) and its value range, so
that resolution errors read exactly like `Invalid value for MonthOfYear (valid values 1 - 12): 13`.
Text values (month and day names, AM/PM, eras, quarters) come in two sets, as the JDK's CLDR
data gives them (JDK 23+ with `-Djava.locale.providers=CLDR`, what Elasticsearch 8.16+ and 9.x
run): Locale.ROOT's, used by every printer Elasticsearch builds with DateFormatter.forPattern
(the date processor's `output_format`, date_index_name's index name) and by parsers given the
`ROOT` locale, and English, the date processor's default parsing locale since 8.16 (PR #112796).
Other locales use the English texts (assumption: Elasticsearch would use that locale's CLDR names).
Elasticsearch 8.15 and earlier ran the JDK with COMPAT data, where ROOT's texts were English; we
follow the current lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from s1elastic.ingest.errors import DateTimeException


@dataclass(frozen=True, slots=True, eq=False)
class Field:
    """One ChronoField (a singleton, compared by identity): Java name and valid range."""

    name: str
    low: int
    high: int
    range_text: str
    time_based: bool

    def __str__(self) -> str:
        return self.name

    def check(self, value: int) -> int:
        """ChronoField.checkValidValue."""
        if value < self.low or value > self.high:
            raise DateTimeException(
                f"Invalid value for {self.name} (valid values {self.range_text}): {value}"
            )
        return value


def _f(name: str, low: int, high: int, text: str | None = None, time: bool = False) -> Field:
    return Field(name, low, high, text or f"{low} - {high}", time)


ERA = _f("Era", 0, 1)
YEAR_OF_ERA = _f("YearOfEra", 1, 1_000_000_000, "1 - 999999999/1000000000")
YEAR = _f("Year", -999_999_999, 999_999_999)
MONTH_OF_YEAR = _f("MonthOfYear", 1, 12)
DAY_OF_MONTH = _f("DayOfMonth", 1, 31, "1 - 28/31")
DAY_OF_YEAR = _f("DayOfYear", 1, 366, "1 - 365/366")
DAY_OF_WEEK = _f("DayOfWeek", 1, 7)
AMPM_OF_DAY = _f("AmPmOfDay", 0, 1, time=True)
HOUR_OF_AMPM = _f("HourOfAmPm", 0, 11, time=True)
CLOCK_HOUR_OF_AMPM = _f("ClockHourOfAmPm", 1, 12, time=True)
HOUR_OF_DAY = _f("HourOfDay", 0, 23, time=True)
CLOCK_HOUR_OF_DAY = _f("ClockHourOfDay", 1, 24, time=True)
MINUTE_OF_HOUR = _f("MinuteOfHour", 0, 59, time=True)
MINUTE_OF_DAY = _f("MinuteOfDay", 0, 1439, time=True)
SECOND_OF_MINUTE = _f("SecondOfMinute", 0, 59, time=True)
SECOND_OF_DAY = _f("SecondOfDay", 0, 86399, time=True)
NANO_OF_SECOND = _f("NanoOfSecond", 0, 999_999_999, time=True)
MILLI_OF_DAY = _f("MilliOfDay", 0, 86_399_999, time=True)
NANO_OF_DAY = _f("NanoOfDay", 0, 86_399_999_999_999, time=True)
OFFSET_SECONDS = _f("OffsetSeconds", -64800, 64800)
INSTANT_SECONDS = _f("InstantSeconds", -(2**63), 2**63 - 1)
QUARTER_OF_YEAR = _f("QuarterOfYear", 1, 4)  # IsoFields.QUARTER_OF_YEAR (`Q`, `q`)
ALIGNED_WEEK_OF_MONTH = _f("AlignedWeekOfMonth", 1, 5, "1 - 4/5")  # `F` (JDK 19+; it was the day before)
MODIFIED_JULIAN_DAY = _f("ModifiedJulianDay", -365243219162, 365241780471)  # JulianFields (`g`)
# ES epoch formats parse these before turning them into an instant.
EPOCH_MILLIS = _f("EpochMillis", -(2**63), 2**63 - 1)
EPOCH_NANOS_OF_MILLI = _f("NanosOfMilli", 0, 999_999)
EPOCH_SECONDS = _f("EpochSeconds", -(2**63), 2**63 - 1)
EPOCH_SIGN = _f("NegativeSign", -1, 0)
# WeekFields' fields, generic here: the week definition (locale) is applied when they are resolved.
WEEK_BASED_YEAR = _f("WeekBasedYear", -999_999_999, 999_999_999)
WEEK_OF_WEEK_BASED_YEAR = _f("WeekOfWeekBasedYear", 1, 53, "1 - 52/53")
LOCALIZED_DAY_OF_WEEK = _f("LocalizedDayOfWeek", 1, 7)
WEEK_OF_MONTH = _f("WeekOfMonth", 0, 6, "0/1 - 4/6")  # `W`
DAY_PERIOD = _f("DayPeriod", 0, 11)  # `B`: Parsed's day period (a CLDR period index), no ChronoField
# IsoFields' week fields (ES's week_date formats): ISO weeks whatever the locale, named without a
# WeekFields suffix in messages.
ISO_WEEK_BASED_YEAR = _f("WeekBasedYear", -999_999_999, 999_999_999)
ISO_WEEK_OF_WEEK_BASED_YEAR = _f("WeekOfWeekBasedYear", 1, 53, "1 - 52/53")

MONTHS_FULL = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_SHORT = tuple(m[:3] for m in MONTHS_FULL)
MONTHS_NARROW = tuple(m[0] for m in MONTHS_FULL)
DAYS_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS_SHORT = tuple(d[:3] for d in DAYS_FULL)
DAYS_NARROW = tuple(d[0] for d in DAYS_FULL)
AMPM = ("AM", "PM")
ERAS_SHORT = ("BC", "AD")
ERAS_FULL = ("Before Christ", "Anno Domini")
ERAS_NARROW = ("B", "A")
# Quarter names of CLDR English (`QQQ`, `QQQQ`, `QQQQQ`; standalone `q` the same in English).
QUARTERS_SHORT = ("Q1", "Q2", "Q3", "Q4")
QUARTERS_FULL = ("1st quarter", "2nd quarter", "3rd quarter", "4th quarter")
QUARTERS_NARROW = ("1", "2", "3", "4")

# Java's Month enum names, used in `Invalid date 'FEBRUARY 30'`.
MONTH_ENUM = tuple(m.upper() for m in MONTHS_FULL)


# Locale.ROOT's texts under CLDR (checked on Temurin 25 with -Djava.locale.providers=CLDR):
# abbreviated names for both SHORT and FULL, month numbers as narrow months, CE/BCE for every
# era style; standalone quarters are "1" (qqq), "Q1" (qqqq), formatted ones "Q1" (QQQ, QQQQ).
_ROOT_MONTHS = tuple(str(i) for i in range(1, 13))
_ROOT_ERAS = ("BCE", "CE")
_ROOT_QUARTERS = {
    ("SHORT", False): QUARTERS_SHORT,
    ("FULL", False): QUARTERS_SHORT,
    ("SHORT", True): QUARTERS_NARROW,
    ("FULL", True): QUARTERS_SHORT,
}


def _root_names(field: Field, style: str, standalone: bool) -> tuple[str, ...]:
    if field is MONTH_OF_YEAR:
        return _ROOT_MONTHS if style == "NARROW" else MONTHS_SHORT
    if field is DAY_OF_WEEK:
        return DAYS_NARROW if style == "NARROW" else DAYS_SHORT
    if field is AMPM_OF_DAY:
        return AMPM
    if field is ERA:
        return _ROOT_ERAS
    if field is QUARTER_OF_YEAR:
        return _ROOT_QUARTERS.get((style, standalone), QUARTERS_NARROW)
    raise ValueError(f"no text for {field}")


def _english_names(field: Field, style: str) -> tuple[str, ...]:
    if field is MONTH_OF_YEAR:
        return {"SHORT": MONTHS_SHORT, "FULL": MONTHS_FULL, "NARROW": MONTHS_NARROW}[style]
    if field is DAY_OF_WEEK:
        return {"SHORT": DAYS_SHORT, "FULL": DAYS_FULL, "NARROW": DAYS_NARROW}[style]
    if field is AMPM_OF_DAY:
        return AMPM
    if field is QUARTER_OF_YEAR:
        return {"SHORT": QUARTERS_SHORT, "FULL": QUARTERS_FULL, "NARROW": QUARTERS_NARROW}[style]
    if field is ERA:
        return {"SHORT": ERAS_SHORT, "FULL": ERAS_FULL, "NARROW": ERAS_NARROW}[style]
    raise ValueError(f"no text for {field}")


def text_table(field: Field, style: str, standalone: bool = False, root: bool = False) -> dict[int, str]:
    """value -> text of a field in a style (SHORT, FULL, NARROW), Locale.ROOT's or English.

    The JDK prints and (strictly) parses the same texts, so one table serves both. English
    standalone texts (`L`, `c`, `q`) equal the formatting ones; ROOT's differ only for quarters.
    """
    names = _root_names(field, style, standalone) if root else _english_names(field, style)
    first = 0 if field is ERA or field is AMPM_OF_DAY else 1
    return {first + i: n for i, n in enumerate(names)}
