"""date: formats, zones, locales, output formats and the exact failure chains.

Expected values follow Elasticsearch's DateProcessorTests / DateFormatTests and the JDK's
documented DateTimeFormatter behaviour.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from s1elastic.ingest.errors import (
    ElasticsearchException,
    IllegalArgumentException,
    JavaException,
    ParseException,
)
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.pipeline import Pipeline


def run(value: Any, **options: Any) -> Any:
    options.setdefault("field", "d")
    doc = Pipeline.load({"processors": [{"date": options}]}).run({"d": value})
    assert doc is not None
    return doc.source.get(options.get("target_field", "@timestamp"))


def failure(value: Any, **options: Any) -> JavaException:
    with pytest.raises(JavaException) as caught:
        run(value, **options)
    return caught.value


def chain(exc: JavaException | None) -> list[str]:
    out = []
    while exc is not None:
        out.append(f"{exc.type_name}: {exc.reason}")
        exc = exc.cause
    return out


AMS = "Europe/Amsterdam"
CASES = [
    ("java-pattern", "2010 12 06 11:05:15", ["yyyy dd MM HH:mm:ss"], AMS, "2010-06-12T11:05:15.000+02:00"),
    ("second-format-wins", "12/06/2010", ["yyyy dd MM", "dd/MM/yyyy", "dd-MM-yyyy"], AMS, "2010-06-12T00:00:00.000+02:00"),
    ("third-format", "12-06-2010", ["yyyy dd MM", "dd/MM/yyyy", "dd-MM-yyyy"], AMS, "2010-06-12T00:00:00.000+02:00"),
    ("offset-in-text", "2010 12 06 00:00:00 -02:00", ["yyyy dd MM HH:mm:ss XXX"], None, "2010-06-12T02:00:00.000Z"),
    ("english-month", "2010 12 June", ["yyyy dd MMMM"], None, "2010-06-12T00:00:00.000Z"),
    ("short-month-am-pm", "05 Mar 2021 01:02 PM", ["dd MMM yyyy hh:mm a"], None, "2021-03-05T13:02:00.000Z"),
    ("adjacent-digits", "20200115101112", ["yyyyMMddHHmmss"], None, "2020-01-15T10:11:12.000Z"),
    ("rfc1123", "Tue, 15 Nov 1994 08:12:31 GMT", ["EEE, dd MMM yyyy HH:mm:ss z"], None, "1994-11-15T08:12:31.000Z"),
    ("offset-no-colon", "2020-01-15 10:11:12 +0100", ["yyyy-MM-dd HH:mm:ss Z"], None, "2020-01-15T09:11:12.000Z"),
    ("iso8601-nanos-truncated", "2016-04-25T12:24:20.123456789Z", ["ISO8601"], None, "2016-04-25T12:24:20.123Z"),
    ("iso8601-converted-to-zone", "2016-04-25T12:24:20.123Z", ["ISO8601"], AMS, "2016-04-25T14:24:20.123+02:00"),
    ("iso8601-date-only-in-zone", "2016-04-25", ["ISO8601"], AMS, "2016-04-25T00:00:00.000+02:00"),
    ("iso8601-comma-fraction", "2016-04-25T12:24:20,5+01:00", ["ISO8601"], None, "2016-04-25T11:24:20.500Z"),
    ("unix-fraction", "1000.5", ["UNIX"], None, "1970-01-01T00:16:40.500Z"),
    ("unix-truncates", "1.001", ["UNIX"], None, "1970-01-01T00:00:01.000Z"),
    ("unix-ms", "1000500", ["UNIX_MS"], None, "1970-01-01T00:16:40.500Z"),
    ("unix-ms-long-value", JLong(1463667000123), ["UNIX_MS"], None, "2016-05-19T14:10:00.123Z"),
    ("tai64n", "4000000050d506482dbdf024", ["TAI64N"], "+02:00", "2012-12-22T03:00:46.767+02:00"),
    ("tai64n-at-sign", "@4000000050d506482dbdf024", ["TAI64N"], "+02:00", "2012-12-22T03:00:46.767+02:00"),
    ("integer-value", 20200101, ["yyyyMMdd"], None, "2020-01-01T00:00:00.000Z"),
    ("epoch-millis-named", "1463667000123", ["epoch_millis"], None, "2016-05-19T14:10:00.123Z"),
    ("epoch-second-named", "1463667000", ["epoch_second"], None, "2016-05-19T14:10:00.000Z"),
    ("strict-date-optional-time", "2020-01-15T10:11:12.5Z", ["strict_date_optional_time"], None, "2020-01-15T10:11:12.500Z"),
    ("legacy-8-prefix", "2020-01-15", ["8yyyy-MM-dd"], None, "2020-01-15T00:00:00.000Z"),
    ("multi-format-pattern", "15/01/2020", ["yyyy-MM-dd||dd/MM/yyyy"], None, "2020-01-15T00:00:00.000Z"),
    ("dst-gap-moves-forward", "2021-03-28 02:30", ["yyyy-MM-dd HH:mm"], AMS, "2021-03-28T03:30:00.000+02:00"),
    ("optional-section", "2020-01-15", ["yyyy-MM-dd[ HH:mm]"], None, "2020-01-15T00:00:00.000Z"),
    ("optional-section-present", "2020-01-15 10:30", ["yyyy-MM-dd[ HH:mm]"], None, "2020-01-15T10:30:00.000Z"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "formats", "zone", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_parse(value: Any, formats: list[str], zone: str | None, expected: str) -> None:
    options: dict[str, Any] = {"formats": formats}
    if zone:
        options["timezone"] = zone
    assert run(value, **options) == expected


def test_default_year_is_current_utc_year() -> None:
    year = datetime.now(UTC).year
    assert run("12/06", formats=["dd/MM"], timezone=AMS) == f"{year}-06-12T00:00:00.000+02:00"


def test_year_less_day_before_month_clamps() -> None:
    # DAY_OF_MONTH is applied to January, then the month: the day is clamped, not refused
    year = datetime.now(UTC).year
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    assert run("30 Feb", formats=["dd MMM"]) == f"{year}-02-{29 if leap else 28}T00:00:00.000Z"


def test_templated_timezone_and_locale() -> None:
    doc = Pipeline.load(
        {
            "processors": [
                {"date": {"field": "d", "formats": ["ISO8601"], "timezone": "{{tz}}", "locale": "{{lc}}"}}
            ]
        }
    ).run({"d": "2016-04-25T12:00:00Z", "tz": "America/New_York", "lc": "en"})
    assert doc is not None and doc.source["@timestamp"] == "2016-04-25T08:00:00.000-04:00"


OUTPUT_FORMATS = [
    ("millis", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2016-04-25T12:24:20.123Z"),
    ("nanos", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX", "2016-04-25T12:24:20.123456789Z"),
    ("date-only", "yyyy-MM-dd", "2016-04-25"),
    # output_format prints with Locale.ROOT: CLDR root names on JDK 23+ (Temurin 25 checked)
    ("names", "EEEE, MMMM d, yyyy h:mm a", "Mon, Apr 25, 2016 12:24 PM"),
    ("offset-zero-x", "HH:mm xxx", "12:24 +00:00"),
    ("epoch-millis", "epoch_millis", "1461587060123.456789"),
    ("day-of-year", "yyyy-DDD", "2016-116"),
    ("literal-quote", "yyyy''MM", "2016'04"),
]


@pytest.mark.parametrize(
    ("output", "expected"), [o[1:] for o in OUTPUT_FORMATS], ids=[o[0] for o in OUTPUT_FORMATS]
)
def test_output_format(output: str, expected: str) -> None:
    assert run("2016-04-25T12:24:20.123456789Z", formats=["ISO8601"], output_format=output) == expected


def test_output_offset() -> None:
    assert run("2016-01-25T12:24:20Z", formats=["ISO8601"], timezone="+05:30", output_format="XXX XX X") == (
        "+05:30 +0530 +0530"
    )


def test_target_field() -> None:
    assert run("2020-01-01", formats=["ISO8601"], target_field="x") == "2020-01-01T00:00:00.000Z"


def test_all_formats_fail_chain() -> None:
    exc = failure("20x0", formats=["yyyy dd MM", "dd/MM/yyyy", "ISO8601"])
    assert exc.reason == "unable to parse date [20x0]"
    assert chain(exc.cause) == [
        "illegal_argument_exception: failed to parse date field [20x0] with format [yyyy dd MM]",
        "date_time_parse_exception: Text '20x0' could not be parsed at index 0",
    ]
    assert exc.cause is not None
    assert [chain(s) for s in exc.cause.suppressed] == [
        [
            "illegal_argument_exception: failed to parse date field [20x0] with format [dd/MM/yyyy]",
            "date_time_parse_exception: Text '20x0' could not be parsed at index 2",
        ],
        [
            "illegal_argument_exception: failed to parse date field [20x0] with format [iso8601]",
            "date_time_parse_exception: Failed to parse with all enclosed parsers",
        ],
    ]


def test_unparsed_text_error() -> None:
    exc = failure("2010-01-01x", formats=["yyyy-MM-dd"])
    assert chain(exc.cause)[1] == (
        "date_time_parse_exception: Text '2010-01-01x' could not be parsed, unparsed text found at index 10"
    )


ERRORS = [
    ("bad-month", "2020-13-01", ["yyyy-MM-dd"], ["date_time_exception: Invalid value for MonthOfYear (valid values 1 - 12): 13"]),
    ("bad-day", "2021-02-29", ["yyyy-MM-dd"], ["date_time_exception: Invalid date 'February 29' as '2021' is not a leap year"]),
    (
        "strict-year-resolves-in-parser",
        "2020-02-30",
        ["uuuu-MM-dd"],
        [
            "illegal_argument_exception: failed to parse date field [2020-02-30] with format [uuuu-MM-dd]",
            "date_time_parse_exception: Text '2020-02-30' could not be parsed: Invalid date 'FEBRUARY 30'",
            "date_time_exception: Invalid date 'FEBRUARY 30'",
        ],
    ),
    ("hour-out-of-range", "2020-01-01 25", ["yyyy-MM-dd HH"], [
        "illegal_argument_exception: failed to parse date field [2020-01-01 25] with format [yyyy-MM-dd HH]",
        "date_time_parse_exception: Text '2020-01-01 25' could not be parsed: Invalid value for HourOfDay (valid values 0 - 23): 25",
        "date_time_exception: Invalid value for HourOfDay (valid values 0 - 23): 25",
    ]),
    ("am-pm-is-case-sensitive", "1:02 pm", ["h:mm a"], [
        "illegal_argument_exception: failed to parse date field [1:02 pm] with format [h:mm a]",
        "date_time_parse_exception: Text '1:02 pm' could not be parsed at index 5",
    ]),
    ("unix-text", "abc", ["UNIX"], ['number_format_exception: For input string: "abc"']),
    ("unix-ms-fraction", "1.5", ["UNIX_MS"], ['number_format_exception: For input string: "1.5"']),
    ("tai64n-short", "@4000", ["TAI64N"], ["string_index_out_of_bounds_exception: Range [1, 16) out of bounds for length 4"]),
    ("invalid-pattern", "2010", ["invalid pattern"], [
        "illegal_argument_exception: Invalid format: [invalid pattern]: Unknown pattern letter: i",
        "illegal_argument_exception: Unknown pattern letter: i",
    ]),
    ("empty-string", "", ["yyyy"], ["illegal_argument_exception: cannot parse empty datetime"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "formats", "expected"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_errors(value: Any, formats: list[str], expected: list[str]) -> None:
    exc = failure(value, formats=formats)
    assert exc.reason == f"unable to parse date [{value}]"
    assert chain(exc.cause) == expected


def test_long_text_is_abbreviated_in_parse_error() -> None:
    value = "x" * 70
    exc = failure(value, formats=["yyyy"])
    assert (
        chain(exc.cause)[1]
        == f"date_time_parse_exception: Text '{'x' * 64}...' could not be parsed at index 0"
    )


def test_null_value() -> None:
    exc = failure(None, formats=["yyyy"])
    assert exc.reason == "unable to parse date [null]"
    assert chain(exc.cause) == ["illegal_argument_exception: cannot parse empty datetime"]


def test_missing_field() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        Pipeline.load({"processors": [{"date": {"field": "nope", "formats": ["ISO8601"]}}]}).run({})
    assert caught.value.reason == "field [nope] not present as part of path [nope]"


@pytest.mark.parametrize(
    ("zone", "cause"),
    [
        ("invalid_timezone", "zone_rules_exception: Unknown time-zone ID: invalid_timezone"),
        ("1nvalid", "date_time_exception: Invalid ID for region-based ZoneId, invalid format: 1nvalid"),
        (
            "+25:00",
            "date_time_exception: Zone offset hours not in valid range: value 25 is not in the range -18 to 18",
        ),
    ],
    ids=["unknown-region", "bad-region-format", "bad-offset"],
)
def test_bad_timezone(zone: str, cause: str) -> None:
    exc = failure("2021-04-23T13:23:34", formats=["ISO8601"], timezone=zone)
    assert exc.reason == "unable to parse date [2021-04-23T13:23:34]"
    assert chain(exc.cause) == [cause]


@pytest.mark.parametrize(
    ("locale", "cause"),
    [("invalid_locale", "Unknown language: invalid"), ("en_XX", "Unknown country: XX"), ("a-b-c-d", "Locales can have at most 3 parts but got 4: [a, b, c, d]")],
    ids=["language", "country", "too-many-parts"],
)  # fmt: skip
def test_bad_locale(locale: str, cause: str) -> None:
    exc = failure("2021-04-23", formats=["ISO8601"], locale=locale)
    assert exc.reason == "unable to parse date [2021-04-23]"
    assert exc.cause is not None and exc.cause.reason == cause


@pytest.mark.parametrize("zone", ["UTC", "Z", "GMT+01:00", "Europe/Paris", "-03:30"], ids=lambda z: z)
def test_valid_zone_ids(zone: str) -> None:
    assert run("2021-01-01T00:00:00Z", formats=["ISO8601"], timezone=zone, output_format="yyyy")


def test_invalid_output_format_is_wrapped_config_error() -> None:
    with pytest.raises(ElasticsearchException) as caught:
        Pipeline.load(
            {"processors": [{"date": {"field": "d", "formats": ["ISO8601"], "output_format": "invalid"}}]}
        )
    body = caught.value.error_body()
    assert body["type"] == "exception"
    assert body["reason"] == "java.lang.IllegalArgumentException: invalid output format [invalid]"
    assert body["processor_type"] == "date"
    assert body["caused_by"]["reason"] == "invalid output format [invalid]"
    assert body["caused_by"]["caused_by"]["reason"] == "Invalid format: [invalid]: Unknown pattern letter: i"


CONFIG_ERRORS = [
    ("no-field", {"formats": ["ISO8601"]}, "[field] required property is missing"),
    ("no-formats", {"field": "d"}, "[formats] required property is missing"),
    ("formats-not-list", {"field": "d", "formats": "ISO8601"}, "[formats] property isn't a list, but of type [java.lang.String]"),
    ("timezone-not-string", {"field": "d", "formats": ["ISO8601"], "timezone": 1}, "[timezone] property isn't a string, but of type [java.lang.Integer]"),
    ("unknown-option", {"field": "d", "formats": ["ISO8601"], "ignore_missing": True},
     "processor [date] doesn't support one or more provided configuration parameters [ignore_missing]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "reason"), [c[1:] for c in CONFIG_ERRORS], ids=[c[0] for c in CONFIG_ERRORS]
)
def test_config_errors(options: dict[str, Any], reason: str) -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"date": options}]})
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [("yyyy-MM-dd h B", "2021-03-07 6 in the evening", "2021-03-07T18:00:00.000Z"),
     ("week_date", "2021-W09-7", "2021-03-07T00:00:00.000Z")],
    ids=["day-period", "week-date"],
)  # fmt: skip
def test_formats_once_refused_now_run(fmt: str, text: str, expected: str) -> None:
    """`B` and the ISO week formats used to be refused at load; they now parse as on Temurin 25."""
    pipeline = Pipeline.load({"processors": [{"date": {"field": "d", "formats": [fmt]}}]})
    result = pipeline.run({"d": text})
    assert result is not None
    assert result.source["@timestamp"] == expected
