"""Pattern letters beyond the common ones (Q q c F W N g p, cross-checks), against the JDK.

Every expected value was produced by Temurin 25 (`-Djava.locale.providers=CLDR`, as Elasticsearch
9.x and 8.16+ run it) with Elasticsearch's recipe: the pattern compiled by
`DateTimeFormatterBuilder.appendPattern(p).toFormatter(Locale.ROOT)` with ResolverStyle.STRICT,
`withLocale(locale)` for parsing, DateFormatters.from, and the date processor's default output
format; printing used the ROOT formatter as Elasticsearch's printers do. No JDK is needed here.
"""

from __future__ import annotations

import pytest

from s1elastic.ingest.dates import JDateTime, for_pattern, zone_of
from s1elastic.ingest.dates.ingest import date_function, general_date_function
from s1elastic.ingest.errors import DateTimeException, IllegalArgumentException, JavaException

OUTPUT = for_pattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")

# (id, pattern, locale ("" = ROOT), zone, input, printed result)
PARSED = [
    ("quarter-ignored-without-date", "yyyy-MM-dd Q", "en", "UTC", "2020-05-06 3", "2020-05-06T00:00:00.000Z"),
    ("quarter-out-of-range-ignored", "yyyy-MM-dd Q", "en", "UTC", "2020-05-06 9", "2020-05-06T00:00:00.000Z"),
    ("quarter-two-digits", "yyyy-MM-dd QQ", "en", "UTC", "2020-05-06 02", "2020-05-06T00:00:00.000Z"),
    ("quarter-short-text", "yyyy-MM-dd QQQ", "en", "UTC", "2020-05-06 Q2", "2020-05-06T00:00:00.000Z"),
    ("quarter-full-text", "uuuu-MM-dd QQQQ", "en", "UTC", "2020-05-06 2nd quarter", "2020-05-06T00:00:00.000Z"),
    ("quarter-narrow", "yyyy-MM-dd QQQQQ", "en", "UTC", "2020-05-06 2", "2020-05-06T00:00:00.000Z"),
    ("standalone-quarter", "yyyy-MM-dd qqqq", "en", "UTC", "2020-05-06 2nd quarter", "2020-05-06T00:00:00.000Z"),
    ("year-and-quarter-only", "yyyy-Q", "en", "UTC", "2020-3", "2020-01-01T00:00:00.000Z"),
    ("localized-dow-c", "uuuu-MM-dd c", "en", "UTC", "2020-05-06 4", "2020-05-06T00:00:00.000Z"),
    ("standalone-day-name", "uuuu-MM-dd cccc", "en", "UTC", "2020-05-06 Wednesday", "2020-05-06T00:00:00.000Z"),
    ("standalone-day-narrow", "uuuu-MM-dd ccccc", "en", "UTC", "2020-05-06 W", "2020-05-06T00:00:00.000Z"),
    ("aligned-week-checked", "uuuu-MM-dd F", "en", "UTC", "2020-05-06 1", "2020-05-06T00:00:00.000Z"),
    ("aligned-week-ignored-yoe", "yyyy-MM-dd F", "en", "UTC", "2020-05-06 6", "2020-05-06T00:00:00.000Z"),
    ("aligned-week-and-day", "uuuu-MM F E", "en", "UTC", "2020-05 3 Mon", "2020-05-18T00:00:00.000Z"),
    ("aligned-week-five", "uuuu-MM F E", "en", "UTC", "2020-05 5 Sun", "2020-05-31T00:00:00.000Z"),
    ("aligned-week-month-only", "yyyy-MM F", "en", "UTC", "2020-05 1", "2020-05-01T00:00:00.000Z"),
    ("week-of-month-and-day", "uuuu-MM W E", "en", "UTC", "2020-05 3 Mon", "2020-05-11T00:00:00.000Z"),
    ("week-of-month-first", "uuuu-MM W E", "en", "UTC", "2020-05 1 Fri", "2020-05-01T00:00:00.000Z"),
    ("week-of-month-localized", "uuuu-MM W c", "en", "UTC", "2020-05 2 1", "2020-05-03T00:00:00.000Z"),
    ("week-of-month-yoe-ignored", "yyyy-MM W E", "en", "UTC", "2020-05 3 Mon", "2020-05-01T00:00:00.000Z"),
    ("week-of-month-checked", "uuuu-MM-dd W", "en", "UTC", "2020-05-06 2", "2020-05-06T00:00:00.000Z"),
    ("nano-of-day", "yyyy-MM-dd N", "en", "UTC", "2020-05-06 3600000000000", "2020-05-06T01:00:00.000Z"),
    ("nano-of-day-padded", "yyyy-MM-dd NNNNNNNNNNNNNNNNNNN", "en", "UTC", "2020-05-06 0000003600000000000",
     "2020-05-06T01:00:00.000Z"),
    ("nano-of-day-agrees", "yyyy-MM-dd HH N", "en", "UTC", "2020-05-06 01 3600000000000", "2020-05-06T01:00:00.000Z"),
    ("mjd", "g", "en", "UTC", "58975", "2020-05-06T00:00:00.000Z"),
    ("mjd-negative", "g", "en", "UTC", "-1", "1858-11-16T00:00:00.000Z"),
    ("mjd-agrees", "uuuu-MM-dd g", "en", "UTC", "2020-05-06 58975", "2020-05-06T00:00:00.000Z"),
    ("mjd-with-time", "g HH:mm", "en", "Europe/Paris", "58975 10:30", "2020-05-06T10:30:00.000+02:00"),
    ("pad-day", "ppd-MM-yyyy", "en", "UTC", " 6-05-2020", "2020-05-06T00:00:00.000Z"),
    ("pad-day-full", "ppd-MM-yyyy", "en", "UTC", "06-05-2020", "2020-05-06T00:00:00.000Z"),
    ("pad-five", "pppppd-MM-yyyy", "en", "UTC", "    6-05-2020", "2020-05-06T00:00:00.000Z"),
    ("pad-last", "yyyy-MM-pppd", "en", "UTC", "2020-05-  6", "2020-05-06T00:00:00.000Z"),
    ("pad-text", "yyyy-MM-dd ppppMMM", "en", "UTC", "2020-05-06  May", "2020-05-06T00:00:00.000Z"),
    ("pad-offset", "yyyy-MM-dd HH:mm ppppppX", "en", "UTC", "2020-05-06 10:00    +02", "2020-05-06T08:00:00.000Z"),
    ("pad-fraction", "yyyy-MM-dd HH:mm:ss.ppppSSS", "en", "UTC", "2020-05-06 10:00:00. 123",
     "2020-05-06T10:00:00.123Z"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "locale", "zone", "text", "expected"), [c[1:] for c in PARSED], ids=[c[0] for c in PARSED]
)
def test_parse(pattern: str, locale: str, zone: str, text: str, expected: str) -> None:
    for build in (general_date_function, date_function):
        parsed = build(pattern, zone_of(zone), locale, lambda: 2024)(text)
        assert OUTPUT.format(parsed) == expected


# (id, pattern, locale, input, the root cause's message)
FAILURES = [
    ("quarter-conflict", "uuuu-MM-dd Q", "en", "2020-05-06 9",
     "Text '2020-05-06 9' could not be parsed: Conflict found: Field QuarterOfYear 2 differs from QuarterOfYear 9 "
     "derived from 2020-05-06"),
    ("quarter-text-conflict", "uuuu-MM-dd QQQ", "en", "2020-05-06 Q3",
     "Text '2020-05-06 Q3' could not be parsed: Conflict found: Field QuarterOfYear 2 differs from QuarterOfYear 3 "
     "derived from 2020-05-06"),
    ("aligned-week-conflict", "uuuu-MM-dd F", "en", "2020-05-06 2",
     "Text '2020-05-06 2' could not be parsed: Conflict found: Field AlignedWeekOfMonth 1 differs from "
     "AlignedWeekOfMonth 2 derived from 2020-05-06"),
    ("aligned-week-range", "uuuu-MM F E", "en", "2020-05 6 Sun",
     "Text '2020-05 6 Sun' could not be parsed: Invalid value for AlignedWeekOfMonth (valid values 1 - 4/5): 6"),
    ("aligned-week-zero", "uuuu-MM F E", "en", "2020-05 0 Sun",
     "Text '2020-05 0 Sun' could not be parsed: Invalid value for AlignedWeekOfMonth (valid values 1 - 4/5): 0"),
    ("week-of-month-before-month", "uuuu-MM W E", "en", "2020-05 0 Sat",
     "Text '2020-05 0 Sat' could not be parsed: Strict mode rejected resolved date as it is in a different month"),
    ("week-of-month-day-before-month", "uuuu-MM W E", "en", "2020-05 1 Thu",
     "Text '2020-05 1 Thu' could not be parsed: Strict mode rejected resolved date as it is in a different month"),
    ("week-of-month-range", "uuuu-MM W E", "en", "2020-05 7 Thu",
     "Text '2020-05 7 Thu' could not be parsed: Invalid value for WeekOfMonth[WeekFields[SUNDAY,1]] "
     "(valid values 0/1 - 4/6): 7"),
    ("week-of-month-conflict", "uuuu-MM-dd W", "en", "2020-05-06 5",
     "Text '2020-05-06 5' could not be parsed: Conflict found: Field WeekOfMonth[WeekFields[SUNDAY,1]] 2 differs "
     "from WeekOfMonth[WeekFields[SUNDAY,1]] 5 derived from 2020-05-06"),
    ("localized-dow-range", "uuuu-MM-dd c", "en", "2020-05-06 8",
     "Text '2020-05-06 8' could not be parsed: Invalid value for DayOfWeek[WeekFields[SUNDAY,1]] (valid values 1 - 7): 8"),
    ("localized-dow-conflict", "uuuu-MM-dd c", "en", "2020-05-06 1",
     "Text '2020-05-06 1' could not be parsed: Conflict found: Field DayOfWeek 3 differs from DayOfWeek 7 derived "
     "from 2020-05-06"),
    ("day-of-year-conflict", "uuuu-MM-dd D", "en", "2020-05-06 3",
     "Text '2020-05-06 3' could not be parsed: Conflict found: Field DayOfYear 127 differs from DayOfYear 3 derived "
     "from 2020-05-06"),
    ("ampm-conflict", "uuuu-MM-dd HH a", "en", "2020-05-06 13 AM",
     "Text '2020-05-06 13 AM' could not be parsed: Conflict found: Field AmPmOfDay 1 differs from AmPmOfDay 0 "
     "derived from 13:00"),
    ("nano-of-day-hour-conflict", "yyyy-MM-dd HH N", "en", "2020-05-06 02 3600000000000",
     "Text '2020-05-06 02 3600000000000' could not be parsed: Conflict found: HourOfDay 2 differs from HourOfDay 1 "
     "while resolving  NanoOfDay"),
    ("nano-of-day-range", "uuuu-MM-dd N", "en", "2020-05-06 86400000000000",
     "Text '2020-05-06 86400000000000' could not be parsed: Invalid value for NanoOfDay "
     "(valid values 0 - 86399999999999): 86400000000000"),
    ("nano-of-day-negative", "uuuu-MM-dd N", "en", "2020-05-06 -1", "Text '2020-05-06 -1' could not be parsed at index 11"),
    ("mjd-two-dates", "uuuu-MM-dd g", "en", "2020-05-06 3",
     "Text '2020-05-06 3' could not be parsed: Conflict found: Fields resolved to two different dates: 2020-05-06 "
     "1858-11-20"),
    ("mjd-conflicts-with-yoe-fields", "yyyy-MM-dd g", "en", "2020-05-06 58976",
     "Text '2020-05-06 58976' could not be parsed: Conflict found: Field DayOfMonth 7 differs from DayOfMonth 6 "
     "derived from 2020-05-07"),
    ("mjd-no-plus", "g", "en", "+58975", "Text '+58975' could not be parsed at index 0"),
    ("mjd-min-width", "gg", "en", "5", "Text '5' could not be parsed at index 0"),
    ("pad-too-short", "ppd-MM-yyyy", "en", "6-05-2020", "Text '6-05-2020' could not be parsed at index 0"),
    ("pad-too-many-spaces", "ppd-MM-yyyy", "en", "  6-05-2020", "Text '  6-05-2020' could not be parsed at index 2"),
    ("pad-past-end", "yyyy-MM-ppd", "en", "2020-05-6", "Text '2020-05-6' could not be parsed at index 8"),
    ("pad-jdk-error-index", "yyyy-MM-ppd", "en", "2020-05-  ", "Text '2020-05-  ' could not be parsed at index 18"),
    ("pad-not-adjacent", "yyyyppMM", "en", "2020 5", "Text '2020 5' could not be parsed at index 9"),
    ("pad-width-one", "pyyyy", "en", "2020", "Text '2020' could not be parsed at index 0"),
    ("fraction-then-n", "yyyy-MM-dd HH:mm:ss.SSS n", "en", "2020-05-06 10:00:00.123 5",
     "Text '2020-05-06 10:00:00.123 5' could not be parsed at index 24"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "locale", "text", "reason"), [c[1:] for c in FAILURES], ids=[c[0] for c in FAILURES]
)
def test_failures(pattern: str, locale: str, text: str, reason: str) -> None:
    for build in (general_date_function, date_function):
        with pytest.raises(JavaException) as caught:
            build(pattern, zone_of("UTC"), locale, lambda: 2024)(text)
        error = caught.value
        assert isinstance(error, IllegalArgumentException)
        assert error.reason == f"failed to parse date field [{text}] with format [{pattern}]"
        assert error.cause is not None
        assert error.cause.reason == reason


_CAST = (
    "class java.time.format.DateTimeFormatterBuilder$PadPrinterParserDecorator cannot be cast to class "
    "java.time.format.DateTimeFormatterBuilder$NumberPrinterParser "
    "(java.time.format.DateTimeFormatterBuilder$PadPrinterParserDecorator and "
    "java.time.format.DateTimeFormatterBuilder$NumberPrinterParser are in module java.base of loader 'bootstrap')"
)

# (pattern, the JDK's message; Elasticsearch reports `Invalid format: [pattern]: message`)
INVALID = [
    ("cc", 'Invalid pattern "cc"'),
    ("cccccc", "Too many pattern letters: c"),
    ("eeeeee", "Too many pattern letters: e"),
    ("FF", "Too many pattern letters: F"),
    ("WW", "Too many pattern letters: W"),
    ("QQQQQQ", "Too many pattern letters: Q"),
    ("qqqqqq", "Too many pattern letters: q"),
    ("vv", "Wrong number of pattern letters: v"),
    ("vvv", "Wrong number of pattern letters: v"),
    ("BB", "Wrong number of pattern letters: B"),
    ("BBBBBB", "Wrong number of pattern letters: B"),
    ("p", "Pad letter 'p' must be followed by valid pad pattern: p"),
    ("ppp", "Pad letter 'p' must be followed by valid pad pattern: ppp"),
    ("p'", "Pad letter 'p' must be followed by valid pad pattern: p'"),
    ("pp'ab'", "Pad letter 'p' must be followed by valid pad pattern: pp'ab'"),
    ("pp[d]", "Pad letter 'p' must be followed by valid pad pattern: pp[d]"),
    ("yyyy-MM-pp", "Pad letter 'p' must be followed by valid pad pattern: yyyy-MM-pp"),
    ("ppi", "Unknown pattern letter: i"),
    ("g" * 20, "The minimum width must be from 1 to 19 inclusive but was 20"),
    ("N" * 20, "The minimum width must be from 1 to 19 inclusive but was 20"),
    ("y" * 20, "The minimum width must be from 1 to 19 inclusive but was 20"),
    ("u" * 20, "The minimum width must be from 1 to 19 inclusive but was 20"),
    ("A" * 20, "The minimum width must be from 1 to 19 inclusive but was 20"),
    ("n" * 20, "The minimum width must be from 1 to 19 inclusive but was 20"),
    ("S" * 10, "Minimum width must be from 0 to 9 inclusive but was 10"),
    ("yyyyppMMdd", _CAST),
    ("ppyyyyMMdd", _CAST),
]


@pytest.mark.parametrize(("pattern", "reason"), INVALID, ids=[c[0][:12] for c in INVALID])
def test_invalid_patterns(pattern: str, reason: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        for_pattern(pattern)
    assert caught.value.reason == f"Invalid format: [{pattern}]: {reason}"
    assert caught.value.cause is not None
    assert caught.value.cause.reason == reason


MAY_6 = (1588759200, 0)  # 2020-05-06T10:00:00Z
JUNE_30 = (1593475200, 0)  # 2020-06-30T00:00:00Z

# (id, pattern, zone, (epoch second, nano), text printed by the ROOT formatter)
PRINTED = [
    ("quarters", "Q QQ QQQ QQQQ QQQQQ", "UTC", MAY_6, "2 02 Q2 Q2 2"),
    ("standalone-quarters", "q qq qqq qqqq qqqqq", "UTC", MAY_6, "2 02 2 Q2 2"),
    ("aligned-week", "F", "UTC", MAY_6, "1"),
    ("aligned-week-five", "F", "UTC", JUNE_30, "5"),
    ("nano-of-day", "N NNNNN", "UTC", (1588759200, 5), "36000000000005 36000000000005"),
    ("nano-of-day-last", "N", "UTC", (1588759199, 999_999_999), "35999999999999"),
    ("mjd", "g ggggg", "UTC", MAY_6, "58975 58975"),
    ("mjd-zero", "g", "UTC", (-3506716800, 0), "0"),
    ("pads", "ppppd|pppMM|ppppppyyyy", "UTC", MAY_6, "   6| 05|  2020"),
    ("pad-offset-z", "yyyy-MM-dd'T'HH:mm ppppppX", "UTC", MAY_6, "2020-05-06T10:00      Z"),
    ("pad-offset", "yyyy-MM-dd'T'HH:mm ppppppX", "+05:30", MAY_6, "2020-05-06T15:30  +0530"),
    ("pad-zone-id", "ppppppppppppVV", "Europe/Paris", MAY_6, "Europe/Paris"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "zone", "instant", "expected"), [c[1:] for c in PRINTED], ids=[c[0] for c in PRINTED]
)
def test_print(pattern: str, zone: str, instant: tuple[int, int], expected: str) -> None:
    when = JDateTime.of_instant(instant[0], instant[1], zone_of(zone))
    assert for_pattern(pattern).format(when) == expected


@pytest.mark.parametrize(
    ("pattern", "width", "length"), [("pyyyy", 1, 4), ("ppd|pppM|pH", 1, 2), ("ppppMMM|ppE", 2, 3)]
)
def test_print_wider_than_pad(pattern: str, width: int, length: int) -> None:
    when = JDateTime.of_instant(*MAY_6, zone_of("UTC"))
    with pytest.raises(DateTimeException) as caught:
        for_pattern(pattern).format(when)
    assert (
        caught.value.reason == f"Cannot print as output of {length} characters exceeds pad width of {width}"
    )
