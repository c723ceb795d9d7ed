"""Java date patterns as Elasticsearch's ingest DateFormat.Java runs them, against JDK-confirmed facts.

Every expected value below was produced by Temurin 25 running Elasticsearch's recipe (pattern
compiled with Locale.ROOT and ResolverStyle.STRICT, `withLocale(locale)`, DateFormatters.from,
printed with `yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) under `-Djava.locale.providers=CLDR`, as
Elasticsearch 8.16+ and 9.x run: ROOT and English weeks start on Sunday with 1 minimal day (8.15
and earlier made ROOT weeks ISO through their own calendar data provider). No JDK is needed.
"""

from __future__ import annotations

import pytest

from s1elastic.ingest.dates import ZoneRulesException, for_pattern, zone_of
from s1elastic.ingest.dates.ingest import date_function, general_date_function
from s1elastic.ingest.document import FieldPath
from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.pipeline import Pipeline

OUTPUT = for_pattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")

# (id, pattern, locale ("" = ROOT), zone, input, printed result)
PARSED = [
    ("root-week-es-test", "YYYY-ww", "", "Europe/Amsterdam", "2020-33", "2020-08-09T00:00:00.000+02:00"),
    ("root-week-2016", "YYYY-ww", "", "UTC", "2016-01", "2015-12-27T00:00:00.000Z"),
    ("root-week-2015", "YYYY-ww", "", "UTC", "2015-01", "2014-12-28T00:00:00.000Z"),
    ("root-week-year", "YYYY", "", "Europe/Amsterdam", "2019", "2018-12-30T00:00:00.000+01:00"),
    ("root-week-year-2020", "YYYY", "", "UTC", "2020", "2019-12-29T00:00:00.000Z"),
    ("us-week", "YYYY-ww", "en-US", "Europe/Amsterdam", "2020-33", "2020-08-09T00:00:00.000+02:00"),
    ("english-week", "YYYY-ww", "en", "UTC", "2016-01", "2015-12-27T00:00:00.000Z"),
    ("german-week", "YYYY-ww", "de-DE", "UTC", "2016-01", "2016-01-04T00:00:00.000Z"),
    ("british-week", "YYYY-ww", "en-GB", "UTC", "2021-01", "2021-01-04T00:00:00.000Z"),
    ("saudi-week", "YYYY-ww", "ar-SA", "UTC", "2021-01", "2020-12-27T00:00:00.000Z"),
    ("week-53-of-2021", "YYYY-ww", "", "UTC", "2021-53", "2021-12-26T00:00:00.000Z"),
    ("full-week-date-root", "YYYY-ww-e", "", "UTC", "2020-33-1", "2020-08-09T00:00:00.000Z"),
    ("full-week-date-english", "YYYY-ww-e", "en", "UTC", "2020-33-1", "2020-08-09T00:00:00.000Z"),
    ("week-and-day-name", "YYYY-ww E", "", "UTC", "2020-33 Sun", "2020-08-09T00:00:00.000Z"),
    ("two-digit-week-year", "YY-ww", "", "UTC", "20-01", "2019-12-29T00:00:00.000Z"),
    ("week-with-time", "YYYY-ww HH:mm", "", "UTC", "2020-33 10:30", "2020-08-09T10:30:00.000Z"),
    ("week-adjacent", "YYYYww", "", "UTC", "202033", "2020-08-09T00:00:00.000Z"),
    ("week-53-of-53-week-year", "YYYY-ww-e", "", "UTC", "2022-53-7", "2022-12-31T00:00:00.000Z"),
    ("week-53-german", "YYYY-ww-e", "de-DE", "UTC", "2020-53-1", "2020-12-28T00:00:00.000Z"),
    ("narrow-month-m-is-may", "d MMMMM yyyy", "en", "UTC", "6 M 2020", "2020-05-06T00:00:00.000Z"),
    ("narrow-month-j-is-july", "d MMMMM yyyy", "en", "UTC", "6 J 2020", "2020-07-06T00:00:00.000Z"),
    ("narrow-month-a-is-august", "d MMMMM yyyy", "en", "UTC", "6 A 2020", "2020-08-06T00:00:00.000Z"),
    ("narrow-day-s-is-sunday", "EEEEE d MMM yyyy", "", "UTC", "S 5 Jan 2020", "2020-01-05T00:00:00.000Z"),
    ("zone-id-utc-offset", "yyyy-MM-dd'T'HH:mm:ssVV", "", "UTC", "2020-05-06T10:00:00UTC+01:00", "2020-05-06T09:00:00.000Z"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "locale", "zone", "text", "expected"), [c[1:] for c in PARSED], ids=[c[0] for c in PARSED]
)
def test_parse_and_print(pattern: str, locale: str, zone: str, text: str, expected: str) -> None:
    for build in (general_date_function, date_function):
        parsed = build(pattern, zone_of(zone), locale, lambda: 2024)(text)
        assert OUTPUT.format(parsed) == expected


# (id, pattern, locale, input, the root cause's message)
FAILURES = [
    ("week-54", "YYYY-ww", "", "2020-54",
     "Invalid value for WeekOfWeekBasedYear[WeekFields[SUNDAY,1]] (valid values 1 - 52/53): 54"),
    ("week-0-english", "YYYY-ww", "en", "2020-00",
     "Invalid value for WeekOfWeekBasedYear[WeekFields[SUNDAY,1]] (valid values 1 - 52/53): 0"),
    # JDK 23+ checks a parsed week against the weeks of that week-based year (JDK 17 allowed 1 - 52/53)
    ("week-53-of-52-week-year", "YYYY-ww-e", "", "2021-53-1",
     "Text '2021-53-1' could not be parsed: Invalid value for WeekOfWeekBasedYear[WeekFields[SUNDAY,1]] "
     "(valid values 1 - 52): 53"),
    ("week-53-of-52-week-year-german", "YYYY-ww-e", "de-DE", "2022-53-7",
     "Text '2022-53-7' could not be parsed: Invalid value for WeekOfWeekBasedYear[WeekFields[MONDAY,4]] "
     "(valid values 1 - 52): 53"),
    ("localized-day-8", "YYYY-ww-e", "", "2020-01-8",
     "Text '2020-01-8' could not be parsed: Invalid value for DayOfWeek[WeekFields[SUNDAY,1]] (valid values 1 - 7): 8"),
    ("single-e-is-one-digit", "YYYY-ww-e", "", "2020-33-01",
     "Text '2020-33-01' could not be parsed, unparsed text found at index 9"),
    ("sign-then-too-few-digits", "yyyyy-MM-dd", "", "-2020-04-03", "Text '-2020-04-03' could not be parsed at index 1"),
    ("plus-then-too-few-digits", "yyyyy-MM-dd", "", "+2020-04-03", "Text '+2020-04-03' could not be parsed at index 1"),
    ("zone-id-offset-beyond-18h", "yyyy-MM-dd'T'HH:mm:ssVV", "", "2020-05-06T10:00:00+19:00",
     "Text '2020-05-06T10:00:00+19:00' could not be parsed at index 19"),
    ("zone-id-est-is-no-region", "yyyy-MM-dd'T'HH:mm:ssVV", "", "2020-05-06T10:00:00EST",
     "Text '2020-05-06T10:00:00EST' could not be parsed at index 19"),
    ("negative-year-day-of-week", "EEE, dd MMM uuuu", "", "Mon, 01 Jan -2024",
     "Text 'Mon, 01 Jan -2024' could not be parsed: Conflict found: Field DayOfWeek 4 differs from DayOfWeek 1 "
     "derived from -2024-01-01"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "locale", "text", "reason"), [c[1:] for c in FAILURES], ids=[c[0] for c in FAILURES]
)
def test_failures(pattern: str, locale: str, text: str, reason: str) -> None:
    for build in (general_date_function, date_function):
        with pytest.raises(JavaException) as caught:
            build(pattern, zone_of("UTC"), locale, lambda: 2024)(text)
        error = caught.value
        if isinstance(error, IllegalArgumentException):
            assert error.reason == f"failed to parse date field [{text}] with format [{pattern}]"
            assert error.cause is not None
            error = error.cause
        assert error.reason == reason


@pytest.mark.parametrize("zone", ["EST", "HST", "MST", "ROC"])
def test_zone_ids_missing_from_the_jdk(zone: str) -> None:
    with pytest.raises(ZoneRulesException) as caught:
        zone_of(zone)
    assert caught.value.reason == f"Unknown time-zone ID: {zone}"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (None, "2020-08-09T00:00:00.000+02:00"),
        ("ROOT", "2020-08-09T00:00:00.000+02:00"),
        ("en_US", "2020-08-09T00:00:00.000+02:00"),
        ("de_DE", "2020-08-10T00:00:00.000+02:00"),
    ],
    ids=["default-english-starts-on-sunday", "root-starts-on-sunday", "us-starts-on-sunday", "german-is-iso"],
)
def test_date_processor_week_patterns(locale: str | None, expected: str) -> None:
    options = {"field": "w", "formats": ["YYYY-ww"], "timezone": "Europe/Amsterdam"}
    if locale is not None:
        options["locale"] = locale
    pipeline = Pipeline.load({"processors": [{"date": options}]})
    result = pipeline.run({"w": "2020-33"})
    assert result is not None
    assert result.get(FieldPath.of("@timestamp")) == expected
