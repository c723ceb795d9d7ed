"""java.time's ChronoFields as far as patterns and ES named formats use them.

Each field carries the name Java prints in messages (`MonthOfYear`) and its value range, so
that resolution errors read exactly like `Invalid value for MonthOfYear (valid values 1 - 12): 13`.
Text values (month and day names, AM/PM, eras) are the English ones: Elasticsearch's date
processor defaults to Locale.ENGLISH and its output formatter uses Locale.ROOT, whose texts are
the same English words in the JDK's CLDR data for these fields.
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


def text_table(field: Field, style: str) -> dict[int, str]:
    """value -> text for a text-capable field in a style (SHORT, FULL, NARROW)."""
    if field is MONTH_OF_YEAR:
        names = {"SHORT": MONTHS_SHORT, "FULL": MONTHS_FULL, "NARROW": MONTHS_NARROW}[style]
        return {i + 1: n for i, n in enumerate(names)}
    if field is DAY_OF_WEEK:
        names = {"SHORT": DAYS_SHORT, "FULL": DAYS_FULL, "NARROW": DAYS_NARROW}[style]
        return {i + 1: n for i, n in enumerate(names)}
    if field is AMPM_OF_DAY:
        return {0: "AM", 1: "PM"}
    if field is QUARTER_OF_YEAR:
        names = {"SHORT": QUARTERS_SHORT, "FULL": QUARTERS_FULL, "NARROW": QUARTERS_NARROW}[style]
        return {i + 1: n for i, n in enumerate(names)}
    if field is ERA:
        names = {"SHORT": ERAS_SHORT, "FULL": ERAS_FULL, "NARROW": ERAS_NARROW}[style]
        return {0: names[0], 1: names[1]}
    raise ValueError(f"no text for {field}")


# Quarter texts of Locale.ROOT, which Elasticsearch's printers use (output_format, date_index_name):
# `QQQQ` is "Q1" there (COMPAT and CLDR agree), standalone `qqq` is "1" and `qqqq` "Q1" (CLDR).
_ROOT_QUARTERS = {
    ("SHORT", False): ("Q1", "Q2", "Q3", "Q4"),
    ("FULL", False): ("Q1", "Q2", "Q3", "Q4"),
    ("SHORT", True): QUARTERS_NARROW,
    ("FULL", True): ("Q1", "Q2", "Q3", "Q4"),
}


def print_table(field: Field, style: str, standalone: bool) -> dict[int, str]:
    """value -> printed text: as `text_table`, except quarters, printed as Locale.ROOT prints them."""
    if field is QUARTER_OF_YEAR:
        names = _ROOT_QUARTERS.get((style, standalone), QUARTERS_NARROW)
        return {i + 1: n for i, n in enumerate(names)}
    return text_table(field, style)
