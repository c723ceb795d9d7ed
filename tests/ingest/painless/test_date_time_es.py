"""java.time in scripts, as Elasticsearch's DateTimeTests assert, plus two JDK behaviours those
tests lean on: DateTimeFormatter.RFC_1123_DATE_TIME parsing and the `withX(int)` setters of
LocalDate, LocalDateTime and ZonedDateTime (both allowlisted in java.time*.txt).

The RFC 1123 and `withX` rows were made with OpenJDK 17 (`java R.java` / `java W.java` in a
scratch directory): the formatter is case-insensitive and lenient about digit counts, resolves
SMART (31 Feb becomes 28 Feb, 24:00 the next midnight) and cross-checks the day of week it names;
`withYear`/`withMonth` keep the day when it exists (else the month's last), `withDayOfMonth`
refuses a day the month lacks, and a ZonedDateTime keeps its offset through an overlap.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import B, L, S

ZDT = "java.time.ZonedDateTime"
Z1983 = "ZonedDateTime zdt = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 0, ZoneId.of('Z'));"

ES_ROWS = [
    (
        "long_to_zdt",
        "long milliSinceEpoch = 434931330000L; Instant instant = Instant.ofEpochMilli(milliSinceEpoch); "
        "return ZonedDateTime.ofInstant(instant, ZoneId.of('Z'));",
        (ZDT, "1983-10-13T22:15:30Z"),
    ),
    (
        "string_millis_to_zdt",
        "String s = '434931330000'; long m = Long.parseLong(s); "
        "return ZonedDateTime.ofInstant(Instant.ofEpochMilli(m), ZoneId.of('Z'));",
        (ZDT, "1983-10-13T22:15:30Z"),
    ),
    (
        "iso_parse",
        "String datetime = '1983-10-13T22:15:30Z'; return ZonedDateTime.parse(datetime);",
        (ZDT, "1983-10-13T22:15:30Z"),
    ),
    (
        "rfc_1123_parse",
        "String datetime = 'Thu, 13 Oct 1983 22:15:30 GMT'; "
        "return ZonedDateTime.parse(datetime, DateTimeFormatter.RFC_1123_DATE_TIME);",
        (ZDT, "1983-10-13T22:15:30Z"),
    ),
    (
        "custom_pattern_parse",
        "String datetime = 'custom y 1983 m 10 d 13 22:15:30 Z'; "
        "DateTimeFormatter dtf = DateTimeFormatter.ofPattern(\"'custom' 'y' yyyy 'm' MM 'd' dd HH:mm:ss VV\"); "
        "return ZonedDateTime.parse(datetime, dtf);",
        (ZDT, "1983-10-13T22:15:30Z"),
    ),
    (
        "pieces_to_zdt",
        "int year = 1983; int month = 10; int day = 13; int hour = 22; int minutes = 15; int seconds = 30; "
        "int nanos = 0; String tz = 'Z'; "
        "return ZonedDateTime.of(year, month, day, hour, minutes, seconds, nanos, ZoneId.of(tz));",
        (ZDT, "1983-10-13T22:15:30Z"),
    ),
    ("zdt_to_long", Z1983 + " return zdt.toInstant().toEpochMilli();", (L, "434931330000")),
    (
        "iso_instant_format",
        Z1983 + " return zdt.format(DateTimeFormatter.ISO_INSTANT);",
        (S, "1983-10-13T22:15:30Z"),
    ),
    (
        "pattern_format",
        Z1983
        + " DateTimeFormatter dtf = DateTimeFormatter.ofPattern(\"'date:' yyyy/MM/dd 'time:' HH:mm:ss\"); "
        "return zdt.format(dtf);",
        (S, "date: 1983/10/13 time: 22:15:30"),
    ),
    (
        "zdt_to_pieces",
        "int[] p = new int[7]; ZonedDateTime zdt = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 100, ZoneId.of('Z')); "
        "p[0] = zdt.year; p[1] = zdt.monthValue; p[2] = zdt.dayOfMonth; p[3] = zdt.hour; p[4] = zdt.minute; "
        "p[5] = zdt.second; p[6] = zdt.nano; "
        "return p[0] + ' ' + p[1] + ' ' + p[2] + ' ' + p[3] + ' ' + p[4] + ' ' + p[5] + ' ' + p[6];",
        (S, "1983 10 13 22 15 30 100"),
    ),
    (
        "long_manipulation",
        "long m = 434931330000L; m = m - 1000L*3L; return ZonedDateTime.ofInstant(Instant.ofEpochMilli(m), ZoneId.of('Z'))",
        (ZDT, "1983-10-13T22:15:27Z"),
    ),
    ("plus_days", Z1983 + " return zdt.plusDays(3);", (ZDT, "1983-10-16T22:15:30Z")),
    ("minus_minutes", Z1983 + " return zdt.minusMinutes(125);", (ZDT, "1983-10-13T20:10:30Z")),
    ("with_year", Z1983 + " return zdt.withYear(1976);", (ZDT, "1976-10-13T22:15:30Z")),
    (
        "long_difference",
        "long startTimestamp = 434931327000L; long endTimestamp = 434931330000L; return endTimestamp - startTimestamp;",
        (L, "3000"),
    ),
    (
        "millis_between",
        "ZonedDateTime zdt1 = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 11000000, ZoneId.of('Z')); "
        "ZonedDateTime zdt2 = ZonedDateTime.of(1983, 10, 13, 22, 15, 35, 0, ZoneId.of('Z')); "
        "return ChronoUnit.MILLIS.between(zdt1, zdt2);",
        (L, "4989"),
    ),
    (
        "days_between",
        "ZonedDateTime zdt1 = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 11000000, ZoneId.of('Z')); "
        "ZonedDateTime zdt2 = ZonedDateTime.of(1983, 10, 17, 22, 15, 35, 0, ZoneId.of('Z')); "
        "return ChronoUnit.DAYS.between(zdt1, zdt2);",
        (L, "4"),
    ),
    ("compare_longs", "long ts1 = 434931327000L; long ts2 = 434931330000L; return ts1 > ts2;", (B, "false")),
    (
        "is_before",
        "ZonedDateTime zdt1 = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 0, ZoneId.of('Z')); "
        "ZonedDateTime zdt2 = ZonedDateTime.of(1983, 10, 17, 22, 15, 35, 0, ZoneId.of('Z')); return zdt1.isBefore(zdt2);",
        (B, "true"),
    ),
    (
        "is_after",
        "ZonedDateTime zdt1 = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 0, ZoneId.of('Z')); "
        "ZonedDateTime zdt2 = ZonedDateTime.of(1983, 10, 17, 22, 15, 35, 0, ZoneId.of('Z')); return zdt1.isAfter(zdt2);",
        (B, "false"),
    ),
    (
        "same_instant",
        "ZonedDateTime utc = ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 0, ZoneId.of('Z')); "
        "return utc.withZoneSameInstant(ZoneId.of('America/Los_Angeles'));",
        (ZDT, "1983-10-13T15:15:30-07:00[America/Los_Angeles]"),
    ),
    (
        "rfc_1123_round_trip",
        "ZonedDateTime gmt = ZonedDateTime.parse('Thu, 13 Oct 1983 22:15:30 GMT', DateTimeFormatter.RFC_1123_DATE_TIME); "
        "return gmt.withZoneSameInstant(ZoneId.of('America/Los_Angeles')).format(DateTimeFormatter.RFC_1123_DATE_TIME);",
        (S, "Thu, 13 Oct 1983 15:15:30 -0700"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [pytest.param(*r[1:], id=r[0]) for r in ES_ROWS])
def test_date_time(body: str, expected: tuple[str, str]) -> None:
    assert exec_value(body) == expected


RFC = "ZonedDateTime z = ZonedDateTime.parse('{}', DateTimeFormatter.RFC_1123_DATE_TIME); return z + ' | ' + z.format(DateTimeFormatter.RFC_1123_DATE_TIME)"
RFC_VALUES = [
    ("13 Oct 1983 22:15:30 GMT", "1983-10-13T22:15:30Z | Thu, 13 Oct 1983 22:15:30 GMT"),
    ("thu, 13 oct 1983 22:15:30 gmt", "1983-10-13T22:15:30Z | Thu, 13 Oct 1983 22:15:30 GMT"),
    ("Thu, 13 Oct 1983 22:15:30 -0730", "1983-10-13T22:15:30-07:30 | Thu, 13 Oct 1983 22:15:30 -0730"),
    ("Thu, 13 Oct 1983 2:15:30 GMT", "1983-10-13T02:15:30Z | Thu, 13 Oct 1983 02:15:30 GMT"),
    ("Thu, 13 Oct 1983 22:15:30 +02", "1983-10-13T22:15:30+02:00 | Thu, 13 Oct 1983 22:15:30 +0200"),
    ("Tue, 3 Jun 2008 11:05:30 GMT", "2008-06-03T11:05:30Z | Tue, 3 Jun 2008 11:05:30 GMT"),
    ("Thu, 13 Oct 1983 24:00:00 GMT", "1983-10-14T00:00Z | Fri, 14 Oct 1983 00:00:00 GMT"),
    ("Thu, 013 Oct 1983 22:15:30 GMT", "1983-10-13T22:15:30Z | Thu, 13 Oct 1983 22:15:30 GMT"),
    ("Thu, 13 OCT 1983 22:15:30 GMT", "1983-10-13T22:15:30Z | Thu, 13 Oct 1983 22:15:30 GMT"),
]


@pytest.mark.parametrize(("text", "expected"), RFC_VALUES)
def test_rfc_1123_parse(text: str, expected: str) -> None:
    assert exec_value(RFC.format(text)) == (S, expected)


def _unparsable(text: str, detail: str) -> str:
    return f"Text '{text}' could not be parsed{detail}"


RFC_ERRORS = [
    (
        "Thu, 3 Oct 1983 22:15 +0200",
        ": Conflict found: Field DayOfWeek 1 differs from DayOfWeek 4 derived from 1983-10-03",
    ),
    (
        "Mon, 13 Oct 1983 22:15:30 GMT",
        ": Conflict found: Field DayOfWeek 4 differs from DayOfWeek 1 derived from 1983-10-13",
    ),
    (
        "Thu, 13 Oct 83 22:15:30 GMT",
        ": Conflict found: Field DayOfWeek 3 differs from DayOfWeek 4 derived from 0083-10-13",
    ),
    (
        "Thu, 31 Feb 1983 22:15:30 GMT",
        ": Conflict found: Field DayOfWeek 1 differs from DayOfWeek 4 derived from 1983-02-28",
    ),
    ("Thu, 13 Oct 1983 22:15:30 Z", " at index 26"),
    ("Thu, 13 Oct 1983 22:15:30 UTC", " at index 26"),
    ("Thu,  13 Oct 1983 22:15:30 GMT", " at index 5"),
    ("Thursday, 13 Oct 1983 22:15:30 GMT", " at index 0"),
    ("Thu, 13 Oct 1983 22:15:30 GMT extra", ", unparsed text found at index 29"),
]


@pytest.mark.parametrize(("text", "detail"), RFC_ERRORS)
def test_rfc_1123_errors(text: str, detail: str) -> None:
    assert exec_error(RFC.format(text)) == ("date_time_parse_exception", _unparsable(text, detail))


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (
            "LocalDateTime.parse('Thu, 13 Oct 1983 22:15:30 GMT', DateTimeFormatter.RFC_1123_DATE_TIME)",
            ("java.time.LocalDateTime", "1983-10-13T22:15:30"),
        ),
        (
            "LocalDate.parse('Thu, 13 Oct 1983 22:15:30 GMT', DateTimeFormatter.RFC_1123_DATE_TIME)",
            ("java.time.LocalDate", "1983-10-13"),
        ),
    ],
)
def test_rfc_1123_other_targets(expr: str, expected: tuple[str, str]) -> None:
    assert exec_value(f"return {expr}") == expected


NY = "ZoneId.of('America/New_York')"
WITH_VALUES = [
    (
        "ZonedDateTime.of(2020, 2, 29, 22, 15, 30, 0, ZoneId.of('Z')).withYear(2021)",
        (ZDT, "2021-02-28T22:15:30Z"),
    ),
    (
        "ZonedDateTime.of(2020, 1, 31, 22, 15, 30, 0, ZoneId.of('Z')).withMonth(4)",
        (ZDT, "2020-04-30T22:15:30Z"),
    ),
    (
        "ZonedDateTime.of(2021, 2, 1, 22, 15, 30, 0, ZoneId.of('Z')).withDayOfYear(100)",
        (ZDT, "2021-04-10T22:15:30Z"),
    ),
    (
        "ZonedDateTime.of(2021, 2, 1, 22, 15, 30, 5, ZoneId.of('Z')).withHour(0).withMinute(0).withSecond(0).withNano(0)",
        (ZDT, "2021-02-01T00:00Z"),
    ),
    (
        f"ZonedDateTime.of(2021, 3, 14, 1, 30, 0, 0, {NY}).withHour(2)",
        (ZDT, "2021-03-14T03:30-04:00[America/New_York]"),
    ),
    (
        f"ZonedDateTime.of(2021, 11, 7, 0, 30, 0, 0, {NY}).withHour(1)",
        (ZDT, "2021-11-07T01:30-04:00[America/New_York]"),
    ),
    (
        f"ZonedDateTime.of(2021, 11, 7, 1, 30, 0, 0, {NY}).plusHours(1).withMinute(10)",
        (ZDT, "2021-11-07T01:10-05:00[America/New_York]"),
    ),
    (
        f"ZonedDateTime.of(2021, 11, 7, 3, 30, 0, 0, {NY}).withHour(1)",
        (ZDT, "2021-11-07T01:30-05:00[America/New_York]"),
    ),
    ("LocalDate.of(1983, 10, 13).withYear(1976)", ("java.time.LocalDate", "1976-10-13")),
    ("LocalDate.of(2020, 2, 29).withYear(2019)", ("java.time.LocalDate", "2019-02-28")),
    (
        "LocalDateTime.of(1983, 10, 13, 1, 1).withMonth(2).withDayOfMonth(28).withHour(5)",
        ("java.time.LocalDateTime", "1983-02-28T05:01"),
    ),
    (
        "ZonedDateTime.of(1983, 10, 13, 1, 1, 0, 0, ZoneId.of('UTC')).withYear(2000)",
        (ZDT, "2000-10-13T01:01Z[UTC]"),
    ),
]


@pytest.mark.parametrize(("expr", "expected"), WITH_VALUES)
def test_with_field(expr: str, expected: tuple[str, str]) -> None:
    assert exec_value(f"def v = {expr}; return v") == expected


@pytest.mark.parametrize(
    ("expr", "reason"),
    [
        (
            "ZonedDateTime.of(2020, 1, 31, 22, 15, 30, 0, ZoneId.of('Z')).withMonth(13)",
            "Invalid value for MonthOfYear (valid values 1 - 12): 13",
        ),
        (
            "ZonedDateTime.of(2020, 2, 1, 22, 15, 30, 0, ZoneId.of('Z')).withDayOfMonth(30)",
            "Invalid date 'FEBRUARY 30'",
        ),
        (
            "ZonedDateTime.of(2020, 2, 1, 22, 15, 30, 0, ZoneId.of('Z')).withDayOfMonth(32)",
            "Invalid value for DayOfMonth (valid values 1 - 28/31): 32",
        ),
        (
            "ZonedDateTime.of(2021, 2, 1, 22, 15, 30, 0, ZoneId.of('Z')).withDayOfYear(366)",
            "Invalid date 'DayOfYear 366' as '2021' is not a leap year",
        ),
        (
            "ZonedDateTime.of(2021, 2, 1, 22, 15, 30, 5, ZoneId.of('Z')).withHour(24)",
            "Invalid value for HourOfDay (valid values 0 - 23): 24",
        ),
        (
            "ZonedDateTime.of(2021, 2, 1, 22, 15, 30, 5, ZoneId.of('Z')).withNano(1000000000)",
            "Invalid value for NanoOfSecond (valid values 0 - 999999999): 1000000000",
        ),
        (
            "LocalDateTime.of(1983, 10, 13, 1, 1).withSecond(60)",
            "Invalid value for SecondOfMinute (valid values 0 - 59): 60",
        ),
        (
            "ZonedDateTime.of(1983, 10, 13, 22, 15, 30, 0, ZoneId.of('Z')).withYear(1000000000)",
            "Invalid value for Year (valid values -999999999 - 999999999): 1000000000",
        ),
    ],
)
def test_with_field_errors(expr: str, reason: str) -> None:
    assert exec_error(f"return {expr}") == ("date_time_exception", reason)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # java.time.txt's DayOfWeek / Month constants are the enums' single objects (OpenJDK 17 texts)
        ("DayOfWeek.SUNDAY.plus(1)", ("java.time.DayOfWeek", "MONDAY")),
        ("Month.JANUARY.minus(13)", ("java.time.Month", "DECEMBER")),
        ("DayOfWeek.MONDAY.minus(-15)", ("java.time.DayOfWeek", "TUESDAY")),
        ("Month.of(12).plus(Long.MAX_VALUE)", ("java.time.Month", "JULY")),
        (
            "ZonedDateTime.of(2020,1,4,0,0,0,0,ZoneOffset.UTC).getDayOfWeek() === DayOfWeek.SATURDAY",
            (B, "true"),
        ),
        ("LocalDate.of(2020,1,4).getMonth() === Month.JANUARY", (B, "true")),
        ("LocalDateTime.of(2020,3,4,1,1).getMonth()", ("java.time.Month", "MARCH")),
        ("DayOfWeek.valueOf('FRIDAY').getValue()", ("java.lang.Integer", "5")),
    ],
)
def test_enum_constants(expr: str, expected: tuple[str, str]) -> None:
    assert exec_value(f"return {expr}") == expected


@pytest.mark.parametrize(
    ("expr", "error"),
    [
        ("DayOfWeek.of(8)", ("date_time_exception", "Invalid value for DayOfWeek: 8")),
        ("Month.of(0)", ("date_time_exception", "Invalid value for MonthOfYear: 0")),
        (
            "DayOfWeek.valueOf('monday')",
            ("illegal_argument_exception", "No enum constant java.time.DayOfWeek.monday"),
        ),
        ("Month.valueOf(null)", ("null_pointer_exception", "Name is null")),
    ],
)
def test_enum_errors(expr: str, error: tuple[str, str]) -> None:
    assert exec_error(f"return {expr}") == error


LATE = (
    f"ZonedDateTime.of(2021, 11, 6, 1, 30, 0, 0, {NY}).plusDays(1).plusHours(1)"  # 01:30-05:00, second pass
)


@pytest.mark.parametrize(
    ("expr", "text"),
    [
        # ZonedDateTime.resolveLocal keeps the offset through an overlap (OpenJDK 17, `java P2.java`)
        (LATE, "2021-11-07T01:30-05:00[America/New_York]"),
        (f"{LATE}.plusDays(0)", "2021-11-07T01:30-05:00[America/New_York]"),
        (f"{LATE}.minusWeeks(0)", "2021-11-07T01:30-05:00[America/New_York]"),
        (f"{LATE}.truncatedTo(ChronoUnit.MINUTES)", "2021-11-07T01:30-05:00[America/New_York]"),
        (
            f"ZonedDateTime.of(2021, 11, 8, 1, 30, 0, 0, {NY}).minusDays(1)",
            "2021-11-07T01:30-05:00[America/New_York]",
        ),
        (f"{LATE}.plusMonths(12)", "2022-11-07T01:30-05:00[America/New_York]"),
    ],
)
def test_overlap_keeps_offset(expr: str, text: str) -> None:
    assert exec_value(f"return {expr}") == (ZDT, text)
