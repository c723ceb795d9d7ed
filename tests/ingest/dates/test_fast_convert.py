"""dates.fast.convert and the date processor's converting execute, against the general path.

The reference for a text is what the general path stores: the first format whose general date
function accepts it, written by the output format's general printer. A converter may only answer
that very string (or None, "unsure"). The processor's closure execute, its fused form and its
shared remembering converter are compared with the same processor running the general path.
Expected values in the tables follow Elasticsearch's date processor documentation (ISO 8601
input, `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` output, fractions truncated to milliseconds).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from date_texts import FORMATS, ISO_FORMATS, LOCALES, OUTPUT_FORMATS, ZONES, instant_text, text_for
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.fast.convert import fast_converter, remembering, shared_converter, year_free
from s1elastic.ingest.dates.fast.iso import utc_instant_rewriter
from s1elastic.ingest.dates.ingest import current_utc_year, general_date_function
from s1elastic.ingest.dates.zones import Zone
from s1elastic.ingest.document import IngestDocument, deep_copy
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.executor import ConditionalProcessor
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless.values import JChar
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.processors.date import DEFAULT_OUTPUT_FORMAT, DateProcessor

UTC_ZONES = ["UTC", "Z", "GMT", "+00:00", "UTC+00:00", "Etc/UTC"]
MILLIS_OUTPUTS = [
    DEFAULT_OUTPUT_FORMAT,
    "uuuu-MM-dd'T'HH:mm:ss.SSSxxx",
    "yyyy-MM-dd'T'HH:mm:ss.SSSXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
    "strict_date_optional_time",
]


def general_output(
    formats: tuple[str, ...], zone: Zone, locale: str, output: str, year: Callable[[], int], text: str
) -> str | None:
    """What DateProcessor stores for `text` on the general path; None when every format fails."""
    for fmt in formats:
        try:
            when = general_date_function(fmt, zone, locale, year)(text)
        except JavaException:
            continue
        return for_pattern(output).format(when)
    return None


def _check(convert: Callable[[str], str | None], expected: str | None, text: str) -> None:
    answer = convert(text)
    event("unsure" if answer is None else "answered")
    if answer is not None:
        assert answer == expected, (text, answer, expected)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=st.lists(st.sampled_from(FORMATS), min_size=1, max_size=3).flatmap(
        lambda fs: st.tuples(st.just(tuple(fs)), st.sampled_from(fs).flatmap(text_for))
    ),
    zone_id=st.sampled_from(ZONES),
    locale=st.sampled_from(LOCALES),
    output=st.sampled_from(OUTPUT_FORMATS),
)
def test_converter_agrees_with_general(
    case: tuple[tuple[str, ...], str], zone_id: str, locale: str, output: str
) -> None:
    formats, text = case
    zone = zone_of(zone_id)
    year = lambda: 2024  # noqa: E731
    try:
        convert = fast_converter(formats, zone, locale, output, year)
    except JavaException:
        return  # an invalid output format is refused when the pipeline loads
    if convert is None or not text:
        return
    _check(convert, general_output(formats, zone, locale, output, year, text), text)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=instant_text(),
    first=st.sampled_from(ISO_FORMATS),
    then=st.sampled_from([(), ("UNIX_MS",), ("epoch_millis||strict_date_optional_time",)]),
    zone_id=st.sampled_from([*UTC_ZONES, "+01:00", "Europe/London"]),
    locale=st.sampled_from(["", "en", "fr"]),
    output=st.sampled_from(MILLIS_OUTPUTS),
)
def test_utc_instants_agree_with_general(
    text: str, first: str, then: tuple[str, ...], zone_id: str, locale: str, output: str
) -> None:
    """The `Z` instant shortcut's own ground: ISO formats, zones at offset 0, millisecond outputs."""
    formats = (first, *then)
    zone = zone_of(zone_id)
    convert = fast_converter(formats, zone, locale, output, current_utc_year)
    assert convert is not None
    expected = general_output(formats, zone, locale, output, current_utc_year, text)
    _check(convert, expected, text)
    shared = shared_converter(formats, zone, locale, output)
    assert shared is not None
    _check(shared, expected, text)
    _check(shared, expected, text)  # remembered


REWRITES = [
    ("millis", "2016-04-25T12:24:20.123Z", "2016-04-25T12:24:20.123Z"),
    ("nanos-truncated", "2016-04-25T12:24:20.123456789Z", "2016-04-25T12:24:20.123Z"),
    ("no-fraction", "2016-04-25T12:24:20Z", "2016-04-25T12:24:20.000Z"),
    ("one-digit", "2016-04-25T12:24:20.5Z", "2016-04-25T12:24:20.500Z"),
    ("comma", "2016-04-25T12:24:20,25Z", "2016-04-25T12:24:20.250Z"),
    ("march-31", "2024-03-31T00:00:00.000Z", "2024-03-31T00:00:00.000Z"),
    ("april-30", "2024-04-30T00:00:00.000Z", "2024-04-30T00:00:00.000Z"),
    ("leap-day", "2024-02-29T00:00:00.000Z", None),  # left to the parser and printer
    ("not-leap", "2023-02-29T00:00:00.000Z", None),
    ("february-30", "2024-02-30T00:00:00.000Z", None),
    ("april-31", "2024-04-31T00:00:00.000Z", None),
    ("november-31", "2024-11-31T00:00:00.000Z", None),
    ("hour-24", "2024-04-30T24:00:00.000Z", None),
    ("offset", "2024-04-30T10:00:00.000+00:00", None),
    ("year-0001", "0001-01-01T00:00:00.000Z", None),
    ("year-9999", "9999-12-31T23:59:59.999Z", None),
    ("five-digit-year", "10000-01-01T00:00:00.000Z", None),
    ("ten-digits", "2016-04-25T12:24:20.1234567891Z", None),
    ("non-ascii-digit", "2016-04-25T12:24:2\u0660.123Z", None),
    ("date-only", "2016-04-25", None),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in REWRITES], ids=[r[0] for r in REWRITES])
def test_utc_instant_rewriter(text: str, expected: str | None) -> None:
    rewrite = utc_instant_rewriter("iso8601", "Z", lambda _: None)
    assert rewrite is not None
    assert rewrite(text) == expected


def test_the_default_output_of_a_millis_instant_is_the_input_itself() -> None:
    convert = fast_converter(("ISO8601",), zone_of("UTC"), "", DEFAULT_OUTPUT_FORMAT, current_utc_year)
    assert convert is not None
    text = "".join(["2026-03-14T17:22:05", ".123Z"])  # a new string object
    assert convert(text) is text


def test_rewriter_only_for_iso_formats() -> None:
    assert utc_instant_rewriter("epoch_millis", "Z", str) is None
    assert utc_instant_rewriter("strict_date_optional_time_nanos", "+00:00", str) is not None


@pytest.mark.parametrize(
    ("formats", "free"),
    [
        (("ISO8601",), True),
        (("UNIX", "UNIX_MS", "TAI64N"), True),
        (("epoch_millis||strict_date_optional_time",), True),
        (("8strict_date_optional_time",), True),
        (("ISO8601", "MMM d HH:mm:ss"), False),
        (("yyyy-MM-dd",), False),
        (("8yyyy-MM-dd",), False),
        (("date_hour_minute",), False),  # a named format without a fast parser
    ],
)
def test_year_free(formats: tuple[str, ...], free: bool) -> None:
    assert year_free(formats) is free
    assert (shared_converter(formats, zone_of("UTC"), "", DEFAULT_OUTPUT_FORMAT) is not None) is free


def test_remembering_answers_a_repeated_text_from_the_last_call() -> None:
    calls: list[str] = []

    def convert(text: str) -> str | None:
        calls.append(text)
        return None if text == "bad" else text.upper()

    remembered = remembering(convert)
    texts = ["", "a", "a", "".join(["a"]), "bad", "bad", "b", "a"]
    assert [remembered(t) for t in texts] == ["", "A", "A", "A", None, None, "B", "A"]
    assert calls == ["", "a", "bad", "b", "a"]


def _processor(options: dict[str, Any]) -> DateProcessor:
    processor = Pipeline.load({"processors": [{"date": copy.deepcopy(options)}]}).compound.processors[0]
    assert isinstance(processor, DateProcessor)
    return processor


def test_processors_with_the_same_options_share_one_remembering_converter() -> None:
    options = {"field": "a", "formats": ["ISO8601"]}
    first, second = _processor(options), _processor({**options, "field": "b", "target_field": "c"})
    assert first._convert is not None and first._convert is second._convert
    other = _processor({**options, "timezone": "+01:00"})
    assert other._convert is not first._convert
    yearless = _processor({"field": "a", "formats": ["MMM d HH:mm:ss"]})
    assert yearless._convert is not None
    assert shared_converter(("MMM d HH:mm:ss",), zone_of("UTC"), "", DEFAULT_OUTPUT_FORMAT) is None


def test_processors_sharing_a_converter_answer_each_field_for_its_own_text() -> None:
    processors = [
        {"date": {"field": source, "target_field": target, "formats": ["ISO8601"]}}
        for source, target in [("a", "x"), ("b", "y"), ("c", "z"), ("d", "w")]
    ]
    source = {
        "a": "2016-04-25T12:24:20.123456789Z",
        "b": "2016-04-25T12:24:20.123456789Z",
        "c": "2016-04-25T12:24:20Z",
        "d": "2016-04-25T12:24:20.123456789Z",
    }
    doc = Pipeline.load({"processors": processors}).run(source)
    assert doc is not None
    assert [doc.source[k] for k in "xyzw"] == [
        "2016-04-25T12:24:20.123Z",
        "2016-04-25T12:24:20.123Z",
        "2016-04-25T12:24:20.000Z",
        "2016-04-25T12:24:20.123Z",
    ]


def test_a_pinned_year_or_no_fast_path_rebuilds_the_converter() -> None:
    processor = _processor({"field": "a", "formats": ["MMM d HH:mm:ss"]})
    processor.year_source = lambda: 2020
    doc = IngestDocument({"a": "Feb 29 01:02:03"})
    processor.execute(doc)
    assert doc.source["@timestamp"] == "2020-02-29T01:02:03.000Z"
    processor.use_fast = False
    assert processor._convert is None


KEYS = ["t", "f", "g", "n", "s", "l", "_index", "_id"]
FIELDS = ["t", "f.g", "_ingest.v", "_source.t", "_index", "l.0"]
TARGETS = [
    "@timestamp",
    "a.b",
    "t",
    "t.x",
    "f.g",
    "f.g.h",
    "n.x",
    "s.x",
    "l.0",
    "l.5",
    "_ingest.x",
    "_ingest.v.w",
    "_source.z",
    "_index",
    "_id",
    "_version",
    "_routing",
]
VALUES = (
    instant_text()
    | text_for("ISO8601")
    | st.sampled_from(["", "1463667000123", JChar("1"), JLong(1463667000123), 1463667000, 1.5, True])
    | st.none()
    | st.just(["2016-04-25T12:24:20.123Z"])
)


@st.composite
def sources(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    """(source, ingest) around the date's fields and targets: maps, nulls, strings and lists."""
    value = draw(VALUES)
    source: dict[str, Any] = {
        "t": value,
        "f": draw(st.sampled_from([{"g": value}, {"g": value}, [{"g": value}], "s", None, {}])),
        "n": None,
        "s": "str",
        "l": draw(st.sampled_from([[value], [], ["x", value]])),
        "a": draw(st.sampled_from([{}, {"b": 1}, None, "x"])),
        "_index": draw(st.sampled_from(["i", value])),
        "_version": JLong(1),
    }
    ingest = {"v": draw(st.sampled_from([value, {"w": 1}, None]))}
    return source, ingest


def _run(step: Callable[[IngestDocument], Any], source: dict[str, Any], ingest: dict[str, Any]) -> Any:
    doc = IngestDocument(deep_copy(source), deep_copy(ingest))
    try:
        result = step(doc) is doc
    except JavaException as exc:
        result = exc.error_body()
    return result, repr(doc.source), repr(doc.ingest)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(FIELDS),
    target=st.sampled_from(TARGETS),
    formats=st.sampled_from([["ISO8601"], ["UNIX_MS", "ISO8601"], ["strict_date_optional_time"]]),
    zone=st.sampled_from([None, "UTC", "+01:00", "Europe/Paris"]),
    output=st.sampled_from([None, "yyyy-MM-dd", "uuuu-MM-dd'T'HH:mm:ss.SSSxxx"]),
    docs=sources(),
)
def test_converting_execute_agrees_with_general_path(
    field: str,
    target: str,
    formats: list[str],
    zone: str | None,
    output: str | None,
    docs: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    options: dict[str, Any] = {"field": field, "target_field": target, "formats": formats}
    if zone is not None:
        options["timezone"] = zone
    if output is not None:
        options["output_format"] = output
    fast, slow = _processor(options), _processor(options)
    slow.use_fast = False
    assert fast.execute is not slow._execute_general
    assert _run(fast.execute, *docs) == _run(slow.execute, *docs)


HANDLERS: dict[str, dict[str, Any]] = {
    "none": {},
    "append-message": {
        "on_failure": [{"append": {"field": "error.message", "value": "{{{_ingest.on_failure_message}}}"}}]
    },
    "ignore": {"ignore_failure": True},
    "failing-handler": {"on_failure": [{"fail": {"message": "again {{_ingest.on_failure_processor_type}}"}}]},
    "tagged-ignore-and-handler": {
        "tag": "d",
        "ignore_failure": True,
        "on_failure": [{"set": {"field": "e", "value": 1}}],
    },
}
CONDITIONS = ["ctx.{chain} != null", "ctx.{chain} instanceof String", "ctx.{chain} == '2024-02-29T00:00:00Z'"]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(["t", "f.g"]),
    target=st.sampled_from(TARGETS),
    condition=st.sampled_from(CONDITIONS),
    zone=st.sampled_from([None, "+01:00", "{{s}}"]),
    value=VALUES | st.just("2024-02-29T00:00:00Z"),
    shape=st.sampled_from(["map", "map", "list", "null", "string"]),
    handlers=st.sampled_from(sorted(HANDLERS)),
)
def test_fused_step_agrees_with_the_conditional(
    field: str, target: str, condition: str, zone: str | None, value: Any, shape: str, handlers: str
) -> None:
    """Also through the on_failure / ignore_failure wrapper (OnFailureProcessor.at_field)."""
    options: dict[str, Any] = {"field": field, "target_field": target, "formats": ["ISO8601"]}
    options.update(HANDLERS[handlers])
    if zone is not None:
        options["timezone"] = zone
    options["if"] = condition.format(chain="?.".join(field.split(".")))
    step = Pipeline.load({"processors": [{"date": options}]}).processors[0]
    assert isinstance(step, ConditionalProcessor)
    fused = step.fused()
    if zone == "{{s}}":
        assert fused is None  # a zone per document: no converter to fuse with
        return
    assert fused is not None
    parent = {"map": {"g": value}, "list": [{"g": value}], "null": None, "string": "s"}[shape]
    source = {"t": value, "f": parent, "s": "str", "n": None, "l": [], "_index": "i", "_version": JLong(1)}
    assert _run(fused, source, {}) == _run(step.execute, source, {})
