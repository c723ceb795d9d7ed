"""dates: Java pattern compilation, parsing/printing, zone ids, locales and Java number parsing."""

from __future__ import annotations

import pytest

from s1elastic.ingest.dates import (
    UnsupportedPatternError,
    for_pattern,
    parse_language_tag,
    parse_locale,
    zone_of,
)
from s1elastic.ingest.dates.javanum import java_long_cast, parse_double, parse_long
from s1elastic.ingest.dates.resolve import es_from
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.zones import UTC
from s1elastic.ingest.errors import (
    DateTimeException,
    IllegalArgumentException,
    JavaException,
    NumberFormatException,
)

PATTERN_ERRORS = [
    ("unknown-letter", "yyyy-tt", "Unknown pattern letter: t"),
    ("open-literal", "yyyy'T", "Pattern ends with an incomplete string literal: yyyy'T"),
    ("stray-bracket", "yyyy]", "Pattern invalid as it contains ] without previous ["),
    ("reserved", "yyyy#", "Pattern includes reserved character: '#'"),
    ("too-many-d", "ddd", "Too many pattern letters: d"),
    ("too-many-a", "aa", "Too many pattern letters: a"),
    ("v-count", "V", "Pattern letter count must be 2: V"),
    ("o-count", "OO", "Pattern letter count must be 1 or 4: O"),
    ("x-count", "XXXXXX", "Too many pattern letters: X"),
]


@pytest.mark.parametrize(
    ("pattern", "reason"), [p[1:] for p in PATTERN_ERRORS], ids=[p[0] for p in PATTERN_ERRORS]
)
def test_pattern_errors(pattern: str, reason: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        for_pattern(pattern)
    assert caught.value.reason == f"Invalid format: [{pattern}]: {reason}"


@pytest.mark.parametrize("text", ["", "||"], ids=["empty", "empty-element"])
def test_for_pattern_refuses_empty(text: str) -> None:
    with pytest.raises(IllegalArgumentException):
        for_pattern(text)


@pytest.mark.parametrize(
    "pattern", ["B", "h:mm BBBB", "vvvv", "week_date_time"], ids=["B", "BBBB", "v", "named"]
)
def test_once_unsupported_now_built(pattern: str) -> None:
    """Day periods, generic zone names and every named format are implemented (no refusal left)."""
    try:
        for_pattern(pattern)
    except UnsupportedPatternError:  # pragma: no cover - the failure this test guards against
        pytest.fail(f"{pattern} refused")


WHEN = JDateTime.of_local(2021, 3, 7, 9, 5, 3, 120_000_000, zone_of("Europe/Paris"))
FORMATS = [
    ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2021-03-07T09:05:03.120+01:00"),
    ("yy M d H m s S", "21 3 7 9 5 3 1"),
    ("hh a K k", "09 AM 9 9"),
    # ROOT printers (DateFormatter.forPattern) under JDK 25 CLDR: abbreviated names for every width,
    # CE, Sunday-first localized days (checked on Temurin 25, -Djava.locale.providers=CLDR)
    ("EEE EEEE MMM MMMM G", "Sun Sun Mar Mar CE"),
    ("e ee", "1 01"),
    ("D DDD", "66 066"),
    ("Z ZZZZ ZZZZZ O OOOO", "+0100 GMT+01:00 +01:00 GMT+1 GMT+01:00"),
    ("x xx xxx X", "+01 +0100 +01:00 +01"),
    ("VV z", "Europe/Paris GMT+01:00"),
    ("n A", "120000000 32703120"),
    ("[yyyy][' nope']", "2021 nope"),
    ("uuuu", "2021"),
    ("strict_date_optional_time", "2021-03-07T09:05:03.120+01:00"),
    ("strict_date_optional_time_nanos", "2021-03-07T09:05:03.120+01:00"),
    ("epoch_second", "1615104303.12"),
    ("basic_date_time", "20210307T090503.120+01:00"),
]


@pytest.mark.parametrize(("pattern", "expected"), FORMATS, ids=[f[0] for f in FORMATS])
def test_format(pattern: str, expected: str) -> None:
    assert for_pattern(pattern).format(WHEN) == expected


def test_format_utc_offset_letters() -> None:
    utc = JDateTime.of_instant(0, 0, UTC)
    assert for_pattern("XXX xxx Z z").format(utc) == "Z +00:00 +0000 Z"


PARSES = [
    ("yyyy-MM-dd HH:mm:ss.SSSSSS", "2021-03-07 09:05:03.123456", "2021-03-07T09:05:03.123456Z"),
    ("yyyyMMddHHmmssSSS", "20210307090503123", "2021-03-07T09:05:03.123Z"),
    ("yy-MM-dd", "99-01-02", "2099-01-02T00:00Z"),
    ("yyyy-MM-dd HH:mm VV", "2021-07-01 12:00 Europe/Paris", "2021-07-01T12:00+02:00[Europe/Paris]"),
    # Locale.ROOT on JDK 25 (CLDR) knows no "PDT"; its own short names include EDT (zone_names.dat)
    ("yyyy-MM-dd HH:mm z", "2021-07-01 12:00 EDT", "2021-07-01T12:00-04:00[America/New_York]"),
    ("yyyy-MM-dd HH:mm O", "2021-07-01 12:00 GMT+2", "2021-07-01T12:00+02:00"),
    ("yyyy-MM-dd kk:mm", "2021-07-01 24:00", "2021-07-01T00:00Z"),
    ("yyyy-DDD", "2021-066", "2021-03-07T00:00Z"),
    ("iso8601", "2021-03-07T09:05:03.5+0100", "2021-03-07T09:05:03.500+01:00"),
    ("iso8601", "2021-03-07T09:05Z", "2021-03-07T09:05Z"),
    ("iso8601", "2021-03-07T09UTC", "2021-03-07T09:00Z[UTC]"),
    ("date_optional_time", "2021-3-7T9:5:3", "2021-03-07T09:05:03Z"),
    ("epoch_millis", "-1.5", "1969-12-31T23:59:59.998500Z"),
    ("strict_date_time_no_millis", "2021-03-07T09:05:03+01:00", "2021-03-07T09:05:03+01:00"),
    # yyyy is year-of-era: STRICT resolution leaves the date unresolved, so the day name is not checked
    ("yyyy-MM-dd EEE", "2021-03-07 Sat", "2021-03-07T00:00Z"),
]


@pytest.mark.parametrize(("pattern", "text", "expected"), PARSES, ids=[f"{p[0]}:{p[1]}" for p in PARSES])
def test_parse(pattern: str, text: str, expected: str) -> None:
    value = es_from(for_pattern(pattern).parse(text), UTC)
    assert value.to_zoned().java_to_string() == expected


PARSE_ERRORS = [
    ("yyyy-MM-dd", "2021-3-07", "Text '2021-3-07' could not be parsed at index 5"),
    ("yyyy", "+2021", "Text '+2021' could not be parsed at index 0"),
    ("yyyy", "202", "Text '202' could not be parsed at index 0"),
    ("HH:mm a", "10:00 am", "Text '10:00 am' could not be parsed at index 6"),
    ("uuuu-MM-dd EEE", "2021-03-07 Mon", "Text '2021-03-07 Mon' could not be parsed: Conflict found: Field DayOfWeek 7 differs from DayOfWeek 1 derived from 2021-03-07"),
    ("uuuu-MM-dd", "2021-02-29", "Text '2021-02-29' could not be parsed: Invalid date 'February 29' as '2021' is not a leap year"),
    ("strict_date_optional_time", "2021/03/07", "Failed to parse with all enclosed parsers"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "text", "reason"), PARSE_ERRORS, ids=[f"{p[0]}:{p[1]}" for p in PARSE_ERRORS]
)
def test_parse_errors(pattern: str, text: str, reason: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        for_pattern(pattern).parse(text)
    assert caught.value.reason == f"failed to parse date field [{text}] with format [{pattern}]"
    assert caught.value.cause is not None and caught.value.cause.reason == reason


ZONES = [
    ("Z", "Z"), ("+02", "+02:00"), ("-0230", "-02:30"), ("+01:00:30", "+01:00:30"), ("UTC", "UTC"),
    ("GMT+1", "GMT+01:00"), ("UT-05:00", "UT-05:00"), ("UTC+00:00", "UTC"), ("America/New_York", "America/New_York"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "zone_id"), ZONES, ids=[z[0] for z in ZONES])
def test_zone_ids(text: str, zone_id: str) -> None:
    assert zone_of(text).id == zone_id


ZONE_ERRORS = [
    ("", "Invalid ID for ZoneOffset, invalid format: "),
    ("+2:00", "Invalid ID for ZoneOffset, non numeric characters found: +2:00"),
    ("+0a", "Invalid ID for ZoneOffset, non numeric characters found: +0a"),
    ("Nowhere/Land", "Unknown time-zone ID: Nowhere/Land"),
    ("9zone", "Invalid ID for region-based ZoneId, invalid format: 9zone"),
    ("GMT+25", "Invalid ID for offset-based ZoneId: GMT+25"),
    ("utc", "Unknown time-zone ID: utc"),
]


@pytest.mark.parametrize(("text", "reason"), ZONE_ERRORS, ids=[z[0] or "empty" for z in ZONE_ERRORS])
def test_zone_errors(text: str, reason: str) -> None:
    with pytest.raises(DateTimeException) as caught:
        zone_of(text)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("text", "normalized"),
    [("en", "en"), ("en_us", "en-US"), ("ROOT", ""), ("de-DE-x", "de-DE-x"), ("fil", "fil")],
)
def test_locales(text: str, normalized: str) -> None:
    assert parse_locale(text) == normalized


@pytest.mark.parametrize("tag", ["en", "en-US", "zh-Hant-TW", "x-private", ""], ids=lambda t: t or "empty")
def test_language_tags(tag: str) -> None:
    assert parse_language_tag(tag) == tag


@pytest.mark.parametrize("tag", ["en_US", "e", "en--US", "123"], ids=lambda t: t)
def test_bad_language_tags(tag: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        parse_language_tag(tag)
    assert caught.value.reason == f"Invalid language tag specified: {tag}"


DOUBLES = [
    (" 1.5 ", 1.5),
    ("1e3", 1000.0),
    ("2f", 2.0),
    ("-.5d", -0.5),
    ("0x1p4", 16.0),
    ("Infinity", float("inf")),
]


@pytest.mark.parametrize(("text", "value"), DOUBLES, ids=[d[0] for d in DOUBLES])
def test_parse_double(text: str, value: float) -> None:
    assert parse_double(text) == value


@pytest.mark.parametrize(("text", "reason"), [("", "empty String"), ("1,5", 'For input string: "1,5"')])
def test_parse_double_errors(text: str, reason: str) -> None:
    with pytest.raises(NumberFormatException) as caught:
        parse_double(text)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("text", "radix", "reason"),
    [("1.5", 10, 'For input string: "1.5"'), ("9223372036854775808", 10, 'For input string: "9223372036854775808"'),
     ("xyz", 16, 'For input string: "xyz" under radix 16'), (None, 10, "Cannot parse null string")],
    ids=["fraction", "overflow", "radix16", "null"],
)  # fmt: skip
def test_parse_long_errors(text: str | None, radix: int, reason: str) -> None:
    with pytest.raises(JavaException) as caught:
        parse_long(text, radix)
    assert caught.value.reason == reason


def test_long_cast() -> None:
    assert [java_long_cast(v) for v in (1.9, -1.9, float("nan"), 1e30)] == [1, -1, 0, 2**63 - 1]
