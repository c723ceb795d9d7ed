"""Pattern letters `B` (day periods) and `v`/`vvvv` (generic zone names), checked on Temurin 25.

Expected values were printed by small Java programs on Temurin 25 with -Djava.locale.providers=CLDR:
DateTimeFormatter.ofPattern(p, locale) for printing (ROOT is what Elasticsearch's printers use),
and appendPattern(p).toFormatter(locale).withResolverStyle(STRICT) for parsing, as ES builds
patterns. No JDK is needed here.
"""

from __future__ import annotations

import pytest

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.ingest import general_date_function
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.errors import IllegalArgumentException

NANOS = for_pattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXXXX")

# (id, pattern, locale ("" = ROOT), hour, minute, printed)
PRINTED = [
    ("root-midnight", "h:mm B", "", 0, 0, "12:00 AM"),
    ("root-morning", "h:mm BBBB", "", 9, 0, "9:00 AM"),
    ("root-noon", "h:mm BBBBB", "", 12, 0, "12:00 PM"),
    ("root-evening", "h:mm B", "", 18, 30, "6:30 PM"),
    ("en-midnight", "B", "en", 0, 0, "midnight"),
    ("en-just-after-midnight", "B", "en", 0, 1, "in the morning"),
    ("en-noon", "BBBB", "en", 12, 0, "noon"),
    ("en-afternoon", "B", "en", 12, 1, "in the afternoon"),
    ("en-evening", "B", "en", 18, 0, "in the evening"),
    ("en-night", "B", "en", 21, 0, "at night"),
    ("en-narrow-midnight", "BBBBB", "en", 0, 0, "mi"),
    ("en-narrow-noon", "BBBBB", "en", 12, 0, "n"),
    ("en-narrow-night", "BBBBB", "en", 23, 59, "at night"),
]


@pytest.mark.parametrize(
    ("pattern", "locale", "hour", "minute", "expected"), [c[1:] for c in PRINTED], ids=[c[0] for c in PRINTED]
)
def test_day_period_printed(pattern: str, locale: str, hour: int, minute: int, expected: str) -> None:
    value = JDateTime.of_local(2021, 3, 7, hour, minute, 0, 0, zone_of("UTC"))
    assert for_pattern(pattern).with_locale(locale).format(value) == expected


# (id, pattern, locale, input, "=" + parsed date and time (current year 2024), or "!" + the cause)
PARSED = [
    ("en-clock-hour-evening", "h:mm B", "en", "6:30 in the evening", "=2024-01-01T18:30:00.000000000Z"),
    ("en-clock-hour-12-evening", "h:mm B", "en", "12:00 in the evening", "=2024-01-01T00:00:00.000000000Z"),
    ("en-clock-hour-night", "h:mm B", "en", "11:59 at night", "=2024-01-01T23:59:00.000000000Z"),
    ("en-clock-hour-noon", "h:mm B", "en", "6:30 noon", "=2024-01-01T06:30:00.000000000Z"),
    ("en-am-text", "h:mm B", "en", "9:00 PM", "=2024-01-01T21:00:00.000000000Z"),
    ("root-pm", "h:mm B", "", "6:30 PM", "=2024-01-01T18:30:00.000000000Z"),
    ("en-hour-in-period", "HH:mm B", "en", "19:00 in the evening", "=2024-01-01T19:00:00.000000000Z"),
    ("en-midnight-conflict", "HH:mm B", "en", "00:01 midnight",
     "!Text '00:01 midnight' could not be parsed: Conflict found: Resolved time 00:01 conflicts with DayPeriod(00:00)"),
    ("en-afternoon-conflict", "HH:mm B", "en", "00:00 in the afternoon",
     "!Text '00:00 in the afternoon' could not be parsed: Conflict found: Resolved time 00:00 conflicts with "
     "DayPeriod(12:00-18:00)"),
    ("root-am-conflict", "HH:mm B", "", "12:00 AM",
     "!Text '12:00 AM' could not be parsed: Conflict found: Resolved time 12:00 conflicts with DayPeriod(00:00-12:00)"),
    ("root-has-no-noon", "HH:mm B", "", "12:00 noon", "!Text '12:00 noon' could not be parsed at index 6"),
    ("en-narrow-am-is-a", "HH:mm BBBBB", "en", "00:00 am", "!Text '00:00 am' could not be parsed, unparsed text found at index 7"),
    ("en-narrow-long-text", "HH:mm BBBBB", "en", "00:00 midnight",
     "!Text '00:00 midnight' could not be parsed, unparsed text found at index 8"),
    ("day-period-alone", "yyyy-MM-dd B", "en", "2021-03-07 at night", "=2021-03-07T00:00:00.000000000Z"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "locale", "text", "expected"), [c[1:] for c in PARSED], ids=[c[0] for c in PARSED]
)
def test_day_period_parsed(pattern: str, locale: str, text: str, expected: str) -> None:
    parse = general_date_function(pattern, zone_of("UTC"), locale, lambda: 2024)
    if expected.startswith("="):
        assert "=" + NANOS.format(parse(text)) == expected
        return
    with pytest.raises(IllegalArgumentException) as caught:
        parse(text)
    assert caught.value.cause is not None
    assert "!" + str(caught.value.cause.reason) == expected


# (zone, month, z, zzzz, v, vvvv) as Locale.ROOT prints them
ROOT_NAMES = [
    ("UTC", 1, "UTC", "GMT", "UTC", "GMT"),
    ("Z", 7, "Z", "Z", "Z", "Z"),
    ("+01:00", 1, "+01:00", "+01:00", "+01:00", "+01:00"),
    ("Europe/Paris", 1, "GMT+01:00", "Paris (+0)", "GMT+01:00", "Paris"),
    ("Europe/Paris", 7, "GMT+02:00", "Paris (+1)", "GMT+01:00", "Paris"),
    ("America/New_York", 7, "GMT-04:00", "New York (+1)", "GMT-05:00", "New York"),
    ("Australia/Sydney", 1, "GMT+11:00", "Sydney (+1)", "GMT+10:00", "Sydney"),
    ("Europe/London", 7, "GMT+01:00", "London (+1)", "GMT", "London"),
    ("Europe/Dublin", 7, "GMT+01:00", "Dublin (+1)", "GMT", "Dublin"),
    ("Pacific/Chatham", 1, "GMT+13:45", "Chatham (+1)", "GMT+12:45", "Chatham"),
    ("America/St_Johns", 7, "GMT-02:30", "St. John\u2019s (+1)", "GMT-03:30", "St. John\u2019s"),
    ("Etc/GMT+5", 7, "GMT-05:00", "GMT-05:00", "GMT-05:00", "GMT-05:00"),
    ("UTC+01:00", 7, "UTC+01:00", "UTC+01:00", "UTC+01:00", "UTC+01:00"),
]


@pytest.mark.parametrize(
    ("zone", "month", "z", "zzzz", "v", "vvvv"), ROOT_NAMES, ids=[f"{r[0]}-{r[1]}" for r in ROOT_NAMES]
)
def test_root_zone_names(zone: str, month: int, z: str, zzzz: str, v: str, vvvv: str) -> None:
    value = JDateTime.of_local(2021, month, 15, 12, 0, 0, 0, zone_of(zone))
    assert [for_pattern(p).format(value) for p in ("z", "zzzz", "v", "vvvv")] == [z, zzzz, v, vvvv]


def test_generic_zone_text_parses_like_z() -> None:
    parse = general_date_function("yyyy-MM-dd HH:mm v", zone_of("UTC"), "en", lambda: 2024)
    assert NANOS.format(parse("2021-07-01 12:00 Europe/Paris")) == "2021-07-01T10:00:00.000000000Z"
