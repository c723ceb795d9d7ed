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

from date_texts import FORMATS, LOCALES, OUTPUT_FORMATS, ZONES, text_for
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


def _general_outcome(function: Callable[[str | None], JDateTime], text: str) -> JDateTime | JavaException:
    try:
        return function(text)
    except JavaException as exc:
        return exc


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=st.sampled_from(FORMATS).flatmap(lambda f: st.tuples(st.just(f), text_for(f))),
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
        lambda fs: st.tuples(st.just(fs), st.sampled_from(fs).flatmap(text_for))
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
        lambda fs: st.tuples(st.just(fs), st.sampled_from(fs).flatmap(text_for))
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
