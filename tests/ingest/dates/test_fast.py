"""dates.fast: which texts the fast paths decide, and what they answer.

Expected dates follow Elasticsearch's documented date processor behaviour (ISO 8601 with offsets,
fractions truncated to the output's millis, DST gaps moved forward and overlaps on the earlier
offset, year-less patterns in the current year). `None` rows are the unusual inputs that must be
left to the general path (which owns their error messages); FAIL rows are texts the format can
never accept, so the next format is tried without running the general parser.
"""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.fast import FAIL, fast_parser, fast_printer
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.processors.date import DateProcessor

PARIS = "Europe/Paris"
DECIDED = [
    ("iso-z-micros", "ISO8601", "UTC", "2024-03-05T10:11:12.123456Z", (2024, 3, 5, 10, 11, 12, 123456000, 0)),
    ("iso-nanos", "ISO8601", "UTC", "2024-03-05T10:11:12.123456789Z", (2024, 3, 5, 10, 11, 12, 123456789, 0)),
    ("iso-one-digit", "ISO8601", "UTC", "2024-03-05T10:11:12.5Z", (2024, 3, 5, 10, 11, 12, 500000000, 0)),
    ("iso-comma", "ISO8601", "UTC", "2024-03-05T10:11:12,25+01:00", (2024, 3, 5, 9, 11, 12, 250000000, 0)),
    ("iso-date-only", "ISO8601", "UTC", "2024-03-05", (2024, 3, 5, 0, 0, 0, 0, 0)),
    ("iso-minutes", "ISO8601", "UTC", "2024-03-05T10:11", (2024, 3, 5, 10, 11, 0, 0, 0)),
    ("iso-hour-zone", "ISO8601", "UTC", "2024-03-05T10Z", (2024, 3, 5, 10, 0, 0, 0, 0)),
    ("iso-next-day", "ISO8601", "UTC", "2024-03-05T23:30:00-02:00", (2024, 3, 6, 1, 30, 0, 0, 0)),
    ("iso-prev-year", "ISO8601", "UTC", "2024-01-01T00:30:00+0100", (2023, 12, 31, 23, 30, 0, 0, 0)),
    ("iso-short-offset", "ISO8601", "UTC", "2024-03-05T10:11:12+01", (2024, 3, 5, 9, 11, 12, 0, 0)),
    ("iso-to-fixed", "ISO8601", "+05:30", "2024-03-05T10:11:12Z", (2024, 3, 5, 15, 41, 12, 0, 19800)),
    ("iso-local-in-fixed", "ISO8601", "-08:00", "2024-03-05T10:11:12", (2024, 3, 5, 10, 11, 12, 0, -28800)),
    ("iso-to-region", "ISO8601", PARIS, "2024-07-01T10:00:00Z", (2024, 7, 1, 12, 0, 0, 0, 7200)),
    ("iso-dst-gap", "ISO8601", PARIS, "2024-03-31T02:30:00", (2024, 3, 31, 3, 30, 0, 0, 7200)),
    ("iso-dst-overlap", "ISO8601", PARIS, "2024-10-27T02:30:00", (2024, 10, 27, 2, 30, 0, 0, 7200)),
    ("strict-optional", "strict_date_optional_time", "UTC", "2024-03-05T10:11:12.123Z", (2024, 3, 5, 10, 11, 12, 123000000, 0)),
    ("date-optional", "date_optional_time", "UTC", "2024-03-05T10:11:12+02:00", (2024, 3, 5, 8, 11, 12, 0, 0)),
    ("legacy-8", "8strict_date_optional_time", "UTC", "2024-03-05", (2024, 3, 5, 0, 0, 0, 0, 0)),
    ("unix", "UNIX", "UTC", "1000.5", (1970, 1, 1, 0, 16, 40, 500000000, 0)),
    ("unix-truncates", "UNIX", "UTC", "1.001", (1970, 1, 1, 0, 0, 1, 0, 0)),
    ("unix-negative", "UNIX", "UTC", "-1.5", (1969, 12, 31, 23, 59, 58, 500000000, 0)),
    ("unix-ms", "UNIX_MS", "UTC", "1463667000123", (2016, 5, 19, 14, 10, 0, 123000000, 0)),
    ("unix-ms-zone", "UNIX_MS", "+02:00", "1463667000123", (2016, 5, 19, 16, 10, 0, 123000000, 7200)),
    ("epoch-millis", "epoch_millis", "UTC", "1463667000123.456789", (2016, 5, 19, 14, 10, 0, 123456789, 0)),
    ("epoch-second", "epoch_second", "UTC", "1463667000.5", (2016, 5, 19, 14, 10, 0, 500000000, 0)),
    ("epoch-second-negative", "epoch_second", "UTC", "-1.5", (1969, 12, 31, 23, 59, 58, 500000000, 0)),
    ("space-separated", "yyyy-MM-dd HH:mm:ss", "UTC", "2024-03-05 10:11:12", (2024, 3, 5, 10, 11, 12, 0, 0)),
    ("micros-x", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSX", "UTC", "2024-03-05T10:11:12.123456Z", (2024, 3, 5, 10, 11, 12, 123456000, 0)),
    ("apache", "dd/MMM/yyyy:HH:mm:ss Z", "UTC", "05/Mar/2024:10:11:12 +0100", (2024, 3, 5, 9, 11, 12, 0, 0)),
    ("rfc1123", "EEE, dd MMM yyyy HH:mm:ss Z", "UTC", "Tue, 05 Mar 2024 10:11:12 +0000", (2024, 3, 5, 10, 11, 12, 0, 0)),
    ("compact", "yyyyMMddHHmmss", "UTC", "20240305101112", (2024, 3, 5, 10, 11, 12, 0, 0)),
    ("compact-millis", "yyyyMMddHHmmssSSS", "UTC", "20240305101112345", (2024, 3, 5, 10, 11, 12, 345000000, 0)),
    ("variable-hour", "Hmm", "UTC", "930", (2024, 1, 1, 9, 30, 0, 0, 0)),
    ("twelve-am", "d/M/yyyy h:mm a", "UTC", "5/3/2024 12:05 AM", (2024, 3, 5, 0, 5, 0, 0, 0)),
    ("twelve-pm", "d/M/yyyy h:mm a", "UTC", "5/3/2024 12:05 PM", (2024, 3, 5, 12, 5, 0, 0, 0)),
    ("two-digit-year", "dd.MM.yy HH:mm", "UTC", "05.03.99 10:11", (2099, 3, 5, 10, 11, 0, 0, 0)),
    ("syslog-yearless", "MMM d HH:mm:ss", "UTC", "Feb 29 01:02:03", (2024, 2, 29, 1, 2, 3, 0, 0)),
    ("yearless-clamps", "dd MMM", "UTC", "31 Apr", (2024, 4, 30, 0, 0, 0, 0, 0)),
    ("yearless-in-zone", "MMM d HH:mm:ss", PARIS, "Jul 1 12:00:00", (2024, 7, 1, 12, 0, 0, 0, 7200)),
    ("either-first", "yyyy-MM-dd||dd/MM/yyyy", "UTC", "2024-03-05", (2024, 3, 5, 0, 0, 0, 0, 0)),
    ("either-second", "yyyy-MM-dd||dd/MM/yyyy", "UTC", "05/03/2024", (2024, 3, 5, 0, 0, 0, 0, 0)),
]  # fmt: skip

UNSURE = [
    ("invalid-day", "ISO8601", "2024-02-30"),
    ("leap-second", "ISO8601", "2024-03-05T23:59:60Z"),
    ("hour-24", "ISO8601", "2024-03-05T24:00:00Z"),
    ("offset-beyond-18h", "ISO8601", "2024-03-05T10:11:12+18:30"),
    ("ten-fraction-digits", "ISO8601", "2024-03-05T10:11:12.1234567891Z"),
    ("region-in-text", "ISO8601", "2024-03-05T10:11:12Europe/Paris"),
    ("year-zero", "ISO8601", "0000-01-01"),
    ("signed-year", "ISO8601", "+2024-03-05"),
    ("zone-after-hour", "date_optional_time", "2024-03-05T10Z"),
    ("nanos-needs-seconds", "strict_date_optional_time_nanos", "2024-03-05T10:11Z"),
    ("unix-exponent", "UNIX", "1e3"),
    ("unix-spaces", "UNIX", " 1000 "),
    ("long-overflow", "UNIX_MS", "99999999999999999999"),
    ("far-future", "UNIX_MS", "253402300799999"),
    ("month-13", "yyyy-MM-dd HH:mm:ss", "2024-13-05 10:11:12"),
    ("wrong-weekday-uuuu", "EEE, dd MMM uuuu HH:mm:ss Z", "Mon, 05 Mar 2024 10:11:12 +0000"),
    ("clock-hour-13", "d/M/yyyy h:mm a", "5/3/2024 13:05 PM"),
    ("offset-minutes-60", "dd/MMM/yyyy:HH:mm:ss Z", "05/Mar/2024:10:11:12 +0160"),
    ("five-digit-year", "yyyy-MM-dd", "20240-03-05"),
]

FAILS = [
    ("epoch-as-iso", "ISO8601", "1709633472123"),
    ("words-as-iso", "strict_date_optional_time", "yesterday"),
    ("iso-as-unix-ms", "UNIX_MS", "2024-03-05"),
    ("iso-as-unix", "UNIX", "2024-03-05T10:11:12Z"),
    ("iso-as-epoch", "epoch_millis", "2024-03-05"),
    ("t-instead-of-space", "yyyy-MM-dd HH:mm:ss", "2024-03-05T10:11:12"),
    ("number-instead-of-month", "dd/MMM/yyyy", "05/03/2024"),
    ("neither-element", "yyyy-MM-dd||dd/MM/yyyy", "2024/03/05"),
]


def _parser(fmt: str, zone: str = "UTC", locale: str = "") -> Any:
    parser = fast_parser(fmt, zone_of(zone), locale, lambda: 2024)
    assert parser is not None
    return parser


@pytest.mark.parametrize(
    ("fmt", "zone", "text", "expected"), [c[1:] for c in DECIDED], ids=[c[0] for c in DECIDED]
)
def test_decided(fmt: str, zone: str, text: str, expected: tuple[int, ...]) -> None:
    assert _parser(fmt, zone)(text) == expected


@pytest.mark.parametrize(("fmt", "text"), [c[1:] for c in UNSURE], ids=[c[0] for c in UNSURE])
def test_left_to_the_general_path(fmt: str, text: str) -> None:
    assert _parser(fmt)(text) is None


@pytest.mark.parametrize(("fmt", "text"), [c[1:] for c in FAILS], ids=[c[0] for c in FAILS])
def test_certain_failure(fmt: str, text: str) -> None:
    assert _parser(fmt)(text) is FAIL


@pytest.mark.parametrize(
    ("fmt", "locale"),
    [
        ("TAI64N", ""),
        ("yyyy-MM-dd[ HH:mm]", ""),
        ("yyyy-MM-dd VV", ""),
        ("yyyy-MM-dd z", ""),
        ("yyyy-DDD", ""),
        ("basic_date_time", ""),
        ("dd MMM yyyy", "fr"),
        ("yyyy-MM", ""),
        ("yyyy-MM-dd HH:ss", ""),
        ("yyyy-MM-dd yyyy", ""),
        ("yyyy-tt", ""),
    ],
    ids=lambda v: v or "default-locale",
)
def test_no_fast_parser(fmt: str, locale: str) -> None:
    assert fast_parser(fmt, zone_of("UTC"), locale, lambda: 2024) is None


PRINTED = [
    ("default-utc", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", (2024, 3, 5, 10, 11, 12, 123456789, 0), "2024-03-05T10:11:12.123Z"),
    ("default-negative", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", (2024, 3, 5, 10, 11, 12, 0, -5400), "2024-03-05T10:11:12.000-01:30"),
    ("default-seconds-offset", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", (1970, 1, 1, 0, 0, 0, 0, 3630), "1970-01-01T00:00:00.000+01:00"),
    ("default-small-year", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", (2, 1, 1, 0, 0, 0, 0, 0), "0002-01-01T00:00:00.000Z"),
    ("nanos", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX", (2024, 3, 5, 10, 11, 12, 5, 0), "2024-03-05T10:11:12.000000005Z"),
    ("root-names", "EEEE, MMMM d, yyyy h:mm a", (2016, 4, 25, 0, 24, 20, 0, 0), "Mon, Apr 25, 2016 12:24 AM"),
    ("named-iso", "strict_date_optional_time", (2024, 3, 5, 10, 11, 12, 120000000, 3600), "2024-03-05T10:11:12.120+01:00"),
    ("named-iso-nanos", "strict_date_optional_time_nanos", (2024, 3, 5, 10, 11, 12, 123456700, 0), "2024-03-05T10:11:12.1234567Z"),
    ("percent-literal", "yyyy'%'MM", (2024, 3, 5, 0, 0, 0, 0, 0), "2024%03"),
    ("two-digit-year", "yy", (1999, 1, 1, 0, 0, 0, 0, 0), "99"),
    ("epoch-millis", "epoch_millis", (2016, 4, 25, 12, 24, 20, 123456789, 0), "1461587060123.456789"),
    ("epoch-millis-whole", "epoch_millis", (1970, 1, 1, 1, 0, 0, 5_000_000, 3600), "5"),
    ("epoch-millis-before-1970", "epoch_millis", (1969, 12, 31, 23, 59, 59, 500_000_000, 0), "-500"),
    ("epoch-second", "epoch_second", (2016, 4, 25, 12, 24, 20, 500_000_000, 0), "1461587060.5"),
    ("epoch-second-whole", "epoch_second", (2016, 4, 25, 14, 24, 20, 0, 7200), "1461587060"),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "local", "expected"), [c[1:] for c in PRINTED], ids=[c[0] for c in PRINTED])
def test_printer(fmt: str, local: tuple[int, int, int, int, int, int, int, int], expected: str) -> None:
    printer = fast_printer(for_pattern(fmt).printer)
    assert printer is not None
    assert printer(local) == expected


@pytest.mark.parametrize("fmt", ["yyyy-MM-dd VV", "yyyy-MM-dd z", "yyyy-DDD", "G yyyy"])
def test_no_fast_printer(fmt: str) -> None:
    assert fast_printer(for_pattern(fmt).printer) is None


def test_printer_leaves_years_it_cannot_write() -> None:
    printer = fast_printer(for_pattern("yyyy-MM-dd").printer)
    assert printer is not None
    assert printer((10000, 1, 1, 0, 0, 0, 0, 0)) is None
    assert printer((0, 1, 1, 0, 0, 0, 0, 0)) is None


COMMON = [
    ("iso", ["ISO8601"], None, "2024-03-05T10:11:12.123456Z"),
    ("iso-in-region", ["ISO8601"], PARIS, "2024-03-05T10:11:12+05:00"),
    ("second-format", ["UNIX_MS", "ISO8601"], None, "2024-03-05T10:11:12Z"),
    ("epoch-after-iso", ["ISO8601", "UNIX_MS"], "+01:00", "1709633472123"),
    ("pattern", ["dd/MMM/yyyy:HH:mm:ss Z"], None, "05/Mar/2024:10:11:12 +0100"),
    ("templated-zone", ["ISO8601"], "{{tz}}", "2024-03-05T10:11:12Z"),
]


@pytest.mark.parametrize(("formats", "zone", "text"), [c[1:] for c in COMMON], ids=[c[0] for c in COMMON])
def test_processor_takes_the_fast_path(formats: list[str], zone: str | None, text: str) -> None:
    options: dict[str, Any] = {"field": "t", "formats": formats}
    if zone:
        options["timezone"] = zone
    processor = Pipeline.load({"processors": [{"date": options}]}).compound.processors[0]
    assert isinstance(processor, DateProcessor)
    doc = IngestDocument.from_source({"t": text, "tz": "Asia/Tokyo"})
    zone_id = doc.source["tz"] if zone == "{{tz}}" else zone or "UTC"
    assert processor._execute_fast(doc, text, zone_of(zone_id), "")
    fast_result = doc.source["@timestamp"]
    processor.use_fast = False
    slow = IngestDocument.from_source({"t": text, "tz": "Asia/Tokyo"})
    processor.execute(slow)
    assert slow.source["@timestamp"] == fast_result


def test_fraction_one_digit_short_is_not_a_certain_failure() -> None:
    # FractionPrinterParser accepts width-1 digits before a non-digit (JDK quirk kept by the general parser)
    parser = _parser("yyyy-MM-dd'T'HH:mm:ss.SSSSSSX")
    assert parser("2024-01-01T00:00:00.00000Z") is None
