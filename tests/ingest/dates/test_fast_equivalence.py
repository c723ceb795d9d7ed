"""Differential property tests: the fast paths (dates.fast) against the general implementation.

For generated formats, zones, locales and texts (valid ones, near misses and noise), a fast parser
may only answer a date when the general path gives that very date, and FAIL only when the general
path raises; the processor gives identical documents or identical error JSON with and without the
fast path; a fast printer writes exactly what the general printer writes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any
from unittest.mock import patch

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.fast import FAIL, fast_parser, fast_printer
from s1elastic.ingest.dates.ingest import general_date_function
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.zones import offset_zone
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.processors.date import DateProcessor

ISO_FORMATS = [
    "ISO8601",
    "iso8601",
    "strict_date_optional_time",
    "strict_date_optional_time_nanos",
    "date_optional_time",
    "8strict_date_optional_time",
]
EPOCH_FORMATS = ["UNIX", "UNIX_MS", "epoch_millis", "epoch_second"]
PATTERNS = [
    "yyyy-MM-dd HH:mm:ss",
    "yyyy-MM-dd'T'HH:mm:ss.SSSSSSX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSXX",
    "yyyy-MM-dd'T'HH:mm:ssXXXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx",
    "yyyy-MM-dd HH:mm:ss.SSS ZZZZZ",
    "yyyy-MM-dd HH:mm:ss xx",
    "yyyy-MM-dd HH:mm:ss XXXX",
    "dd/MMM/yyyy:HH:mm:ss Z",
    "EEE, dd MMM yyyy HH:mm:ss Z",
    "EEE, dd MMM uuuu HH:mm:ss Z",
    "EEEE, MMMM d, yyyy h:mm a",
    "MMM d HH:mm:ss",
    "MMM  d HH:mm:ss",
    "MMM dd HH:mm:ss",
    "dd/MM",
    "HH:mm",
    "yyyyMMddHHmmss",
    "yyyyMMdd",
    "yyyyMMddHHmmssSSS",
    "uuuuMMdd",
    "HHmmss",
    "Hmm",
    "d/M/yyyy",
    "d/M/y H:m:s",
    "dd.MM.yy HH:mm",
    "yyyy-MM-dd",
    "yyyy-MM-dd Z",
    "yyyy-MM-dd'T'HH:mm:ssX",
    "yyyy-MM-dd'T'HH",
    "yyyy-MM-dd hh a",
    "yyyy-MM-dd HH:mm:ss.SSS",
    "yyyy-MM-dd[ HH:mm]",
    "yyyy-MM-dd||dd/MM/yyyy",
    "yyyy-MM-dd HH:mm:ss Z||iso8601",
    "yyyy-MM-dd||ISO8601",
    "epoch_millis||strict_date_optional_time",
    "yyyy-MM-dd VV",
    "8yyyy-MM-dd",
]
FORMATS = ISO_FORMATS + EPOCH_FORMATS + PATTERNS
ZONES = [
    "UTC",
    "Z",
    "+05:30",
    "-08:00",
    "+18:00",
    "-18:00",
    "+01:00:30",
    "UTC+01:00",
    "GMT",
    "Europe/Paris",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Africa/Monrovia",
    "America/Sao_Paulo",
]
LOCALES = ["", "en", "en-US", "fr", "de-DE"]
OUTPUT_FORMATS = [
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX",
    "yyyy-MM-dd",
    "EEEE, MMMM d, yyyy h:mm a",
    "HH:mm xxx",
    "yyyy-DDD",
    "yyyy''MM",
    "yy-M-d H:m:s.S",
    "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
    "yyyy-MM-dd'T'HH:mm:ssX",
    "yyyy-MM-dd'T'HH:mm:ssXXXXX",
    "strict_date_optional_time",
    "strict_date_optional_time_nanos",
    "epoch_millis",
    "epoch_second",
    "uuuu-MM-dd'T'HH:mm:ss%",
    "yyyy-MM-dd VV",
]

_DIGITS = st.text("0123456789", min_size=0, max_size=5)
_NOISE = st.text("0123456789+-:.,TZ /tzAMPJanMrFbe\u0661 \t", max_size=30)


@st.composite
def _iso_text(draw: st.DrawFn) -> str:
    """Texts shaped like ISO dates, with every piece sometimes wrong."""
    sign = draw(st.sampled_from(["", "", "", "+", "-"]))
    year = draw(st.sampled_from(["2024", "2023", "1970", "0001", "0000", "9999", "0002", "9998"]) | _DIGITS)
    out = sign + year
    for _part in ("month", "day"):
        if draw(st.integers(0, 9)) == 0:
            break
        value = draw(st.integers(0, 39))
        out += "-" + (f"{value:02d}" if draw(st.booleans()) else str(value))
    if draw(st.booleans()):
        out += draw(st.sampled_from(["T", "T", "T", "t", " "]))
        for sep in ("", ":", ":"):
            if draw(st.integers(0, 5)) == 0:
                break
            value = draw(st.integers(0, 61))
            out += sep + (f"{value:02d}" if draw(st.integers(0, 7)) else str(value))
        if draw(st.booleans()):
            out += draw(st.sampled_from([".", ".", ","])) + draw(st.text("0123456789", max_size=12))
    if draw(st.booleans()):
        out += draw(
            st.sampled_from(
                ["Z", "+01:00", "+0100", "+01", "-00:00", "+18:00", "-18:00", "+18:30", "+24:00", "+01:60",
                 "+0175", "+01:00:30", "-0530", "UTC", "Europe/Paris", "GMT+2", "z", "Zulu", "+1", "+01:3"]
            )
        )  # fmt: skip
    return out


@st.composite
def _epoch_text(draw: st.DrawFn) -> str:
    sign = draw(st.sampled_from(["", "", "-", "+", " "]))
    whole = draw(st.sampled_from(["1709633472123", "1709633472", "0", "253402300799999", "-1"]) | _DIGITS)
    frac = draw(
        st.sampled_from(["", "", ".", ".5", ".123456", ".1234567891"]) | _DIGITS.map(lambda d: "." + d)
    )
    tail = draw(st.sampled_from(["", "", "", "e3", "d", " "]))
    return sign + whole + frac + tail


def _mutate(draw: st.DrawFn, text: str) -> str:
    mutation = draw(st.integers(0, 5))
    if mutation > 3 or not text:
        return text
    at = draw(st.integers(0, len(text) - 1))
    char = draw(st.sampled_from("0123456789 +-:.AMPZT"))
    if mutation == 1:
        return text[:at] + text[at + 1 :]
    if mutation == 2:
        return text[:at] + char + text[at:]
    return text[:at] + char + text[at + 1 :]


@st.composite
def _printed_text(draw: st.DrawFn, pattern: str) -> str:
    """What a pattern's general printer writes for some date, sometimes mutated."""
    year = draw(st.sampled_from([2024, 2023, 2000, 1999, 2100, 1, 2, 9998, 9999]) | st.integers(1, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 31 if draw(st.booleans()) else 28))
    zone = zone_of(draw(st.sampled_from(["UTC", "+05:30", "-08:00", "+18:00", "-01:00:30", "Europe/Paris"])))
    try:
        when = JDateTime.of_local(
            year,
            month,
            day,
            draw(st.integers(0, 23)),
            draw(st.integers(0, 59)),
            draw(st.integers(0, 59)),
            draw(st.sampled_from([0, 123_000_000]) | st.integers(0, 999_999_999)),
            zone,
        )
    except (JavaException, ValueError):
        return f"{year}-{month}-{day}"
    return _mutate(draw, for_pattern(pattern).format(when))


@st.composite
def _text_for(draw: st.DrawFn, fmt: str) -> str:
    """A text aimed at `fmt` (one of its `||` elements), or at another format, or noise."""
    element = draw(st.sampled_from(fmt.removeprefix("8").split("||")))
    if draw(st.integers(0, 9)) < 2:
        return draw(
            _iso_text() | _epoch_text() | _NOISE | st.sampled_from(_SINGLE_PATTERNS).flatmap(_printed_text)
        )
    if element in ISO_FORMATS or element == "iso8601":
        return draw(_iso_text())
    if element in EPOCH_FORMATS:
        return draw(_epoch_text())
    return draw(_printed_text(element))


_SINGLE_PATTERNS = [p.removeprefix("8") for p in PATTERNS if "||" not in p]


def _general_outcome(function: Callable[[str | None], JDateTime], text: str) -> JDateTime | JavaException:
    try:
        return function(text)
    except JavaException as exc:
        return exc


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=st.sampled_from(FORMATS).flatmap(lambda f: st.tuples(st.just(f), _text_for(f))),
    zone_id=st.sampled_from(ZONES),
    locale=st.sampled_from(LOCALES),
    year=st.sampled_from([2024, 2023, 2100]),
)
def test_fast_parser_agrees_with_general(case: tuple[str, str], zone_id: str, locale: str, year: int) -> None:
    fmt, text = case
    zone = zone_of(zone_id)
    fast = fast_parser(fmt, zone, locale, lambda: year)
    try:
        general = general_date_function(fmt, zone, locale, lambda: year)
    except JavaException:
        assert fast is None  # an invalid format: the general path reports it per document
        return
    if fast is None or not text:
        return
    answer = fast(text)
    expected = _general_outcome(general, text)
    event(f"fast {'unsure' if answer is None else 'FAIL' if answer is FAIL else 'date'}")
    event(f"general {'error' if isinstance(expected, JavaException) else 'date'}")
    if answer is None:
        return
    if answer is FAIL:
        assert isinstance(expected, JavaException), (text, expected)
        return
    assert isinstance(expected, JDateTime), (text, answer, expected)
    got = JDateTime(*answer, zone)
    assert got == expected
    assert got.zone.id == expected.zone.id


def _as_value(text: str, kind: str) -> Any:
    """The document value: the text, or a non-string value of the same digits (java_to_string'ed)."""
    digits = "".join(c for c in text if c in "0123456789")[:18] or "0"
    if kind == "number":
        return int(digits[:9])
    if kind == "long":
        return JLong(int(digits))
    if kind == "double":
        return int(digits) / 1000
    if kind == "none":
        return None
    if kind == "list":
        return [text]
    if kind == "bool":
        return bool(len(text) % 2)
    return text


def _date_processor(options: dict[str, Any]) -> DateProcessor:
    processor = Pipeline.load({"processors": [{"date": copy.deepcopy(options)}]}).compound.processors[0]
    assert isinstance(processor, DateProcessor)
    processor.year_source = lambda: 2024
    return processor


def _outcome(proc: Any, source: dict[str, Any]) -> dict[str, Any]:
    doc = IngestDocument.from_source(copy.deepcopy(source))
    try:
        proc.execute(doc)
    except JavaException as exc:
        return {"error": exc.error_body()}
    return {"doc": doc.source}


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=st.lists(st.sampled_from(FORMATS), min_size=1, max_size=3).flatmap(
        lambda fs: st.tuples(st.just(fs), st.sampled_from(fs).flatmap(_text_for))
    ),
    zone_id=st.sampled_from([*ZONES, None, "{{tz}}", "Mars/Olympus"]),
    locale=st.sampled_from([None, "en", "fr", "{{lc}}"]),
    output=st.sampled_from(OUTPUT_FORMATS),
    doc_zone=st.sampled_from(ZONES),
    target=st.sampled_from(["@timestamp", "a.b", "t.x"]),
    kind=st.sampled_from(["str"] * 6 + ["number", "long", "double", "none", "list", "bool"]),
)
def test_processor_same_with_and_without_fast_path(
    case: tuple[list[str], str],
    zone_id: str | None,
    locale: str | None,
    output: str,
    doc_zone: str,
    target: str,
    kind: str,
) -> None:
    formats, text = case
    options: dict[str, Any] = {
        "field": "t",
        "formats": formats,
        "output_format": output,
        "target_field": target,
    }
    if zone_id is not None:
        options["timezone"] = zone_id
    if locale is not None:
        options["locale"] = locale
    source = {"t": _as_value(text, kind), "tz": doc_zone, "lc": "en-GB", "a": {}}
    fast, slow = _date_processor(options), _date_processor(options)
    slow.use_fast = False
    assert _outcome(fast, source) == _outcome(slow, source)


@settings(max_examples=1500, deadline=None)
@given(
    output=st.sampled_from(OUTPUT_FORMATS),
    year=st.sampled_from([1, 2, 999, 2024, 9999]) | st.integers(1, 9999),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    second=st.integers(0, 59),
    nano=st.sampled_from([0, 1, 100_000_000, 123_000_000, 999_999_999]) | st.integers(0, 999_999_999),
    offset=st.sampled_from([0, 3600, -5400, 19800, 64800, -64800, 30, 3630, -1]),
)
def test_fast_printer_agrees_with_general(
    output: str, year: int, month: int, day: int, hour: int, minute: int, second: int, nano: int, offset: int
) -> None:
    formatter = for_pattern(output)
    printer = fast_printer(formatter.printer)
    if printer is None:
        return
    local = (year, month, day, hour, minute, second, nano, offset)
    text = printer(local)
    if text is None:
        return
    assert text == formatter.format(JDateTime(*local, offset_zone(offset)))


def _index_outcome(options: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    try:
        pipeline = Pipeline.load({"processors": [{"date_index_name": copy.deepcopy(options)}]})
    except JavaException as exc:
        return {"load error": exc.error_body()}
    return _outcome(pipeline.compound.processors[0], source)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=st.lists(st.sampled_from([f for f in FORMATS if "VV" not in f]), min_size=1, max_size=2).flatmap(
        lambda fs: st.tuples(st.just(fs), st.sampled_from(fs).flatmap(_text_for))
    ),
    zone_id=st.sampled_from([None, "UTC", "+05:30", "Europe/Paris", "-18:00"]),
    index_format=st.sampled_from(
        ["yyyy-MM-dd", "yyyy-MM", "{{f}}", "uuuu.MM.dd.HH", "yyyy-MM-dd'T'HH:mm:ss.SSSXX"]
    ),
    doc_format=st.sampled_from(
        ["yyyy", "MM-dd-yyyy", "yyyy-ww", "yyyy-MM-dd VV", "", "yyyy-MM-dd'T'HH:mm:ssXXX"]
    ),
)
def test_date_index_name_same_with_and_without_fast_path(
    case: tuple[list[str], str], zone_id: str | None, index_format: str, doc_format: str
) -> None:
    formats, text = case
    options: dict[str, Any] = {"field": "t", "date_rounding": "d", "date_formats": formats}
    options["index_name_format"] = index_format
    if zone_id is not None:
        options["timezone"] = zone_id
    source = {"t": text, "f": doc_format}
    with (
        patch("s1elastic.ingest.processors.date_index_name.date_function", general_date_function),
        patch("s1elastic.ingest.processors.date_index_name.fast_printer", lambda tree: None),
    ):
        slow = _index_outcome(options, source)
    assert _index_outcome(options, source) == slow
