"""date_index_name: the `<prefix{date||/rounding{format|zone}}>` index name and its options."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.errors import (
    ElasticsearchException,
    IllegalArgumentException,
    JavaException,
    ParseException,
)
from s1elastic.ingest.pipeline import Pipeline


def index_of(value: Any, **options: Any) -> str:
    options.setdefault("field", "date1")
    options.setdefault("date_rounding", "M")
    doc = Pipeline.load({"processors": [{"date_index_name": options}]}).run(
        {"date1": value, "p": "logs-", "r": "d"}
    )
    assert doc is not None
    return str(doc.source["_index"])


CASES = [
    ("documented", "2016-04-25T12:02:01.789Z", {"index_name_prefix": "my-index-"}, "<my-index-{2016-04-25||/M{yyyy-MM-dd|UTC}}>"),
    ("unix-ms", "1000500", {"date_formats": ["UNIX_MS"], "index_name_prefix": "events-", "date_rounding": "m",
                            "index_name_format": "yyyyMMdd"}, "<events-{19700101||/m{yyyyMMdd|UTC}}>"),
    ("unix", "1000.5", {"date_formats": ["UNIX"], "date_rounding": "y"}, "<{1970-01-01||/y{yyyy-MM-dd|UTC}}>"),
    ("iso8601-in-zone", "2016-04-25T23:30:00Z", {"date_formats": ["ISO8601"], "timezone": "Europe/Amsterdam", "date_rounding": "d"},
     "<{2016-04-26||/d{yyyy-MM-dd|Europe/Amsterdam}}>"),
    ("offset-zone", "2016-04-25T23:30:00Z", {"date_formats": ["ISO8601"], "timezone": "+05:00"}, "<{2016-04-26||/M{yyyy-MM-dd|+05:00}}>"),
    ("zero-offset-is-UTC", "2016-04-25T23:30:00Z", {"date_formats": ["ISO8601"], "timezone": "Z"}, "<{2016-04-25||/M{yyyy-MM-dd|UTC}}>"),
    ("region-utc", "2016-04-25T23:30:00Z", {"date_formats": ["ISO8601"], "timezone": "UTC"}, "<{2016-04-25||/M{yyyy-MM-dd|UTC}}>"),
    ("last-successful-format-wins", "2016-04-25T12:02:01.789Z", {"date_formats": ["ISO8601", "yyyy-MM-dd'T'HH:mm:ss.SSSX"],
     "index_name_format": "HH"}, "<{12||/M{HH|UTC}}>"),
    ("templates", "2016-04-25T12:02:01.789Z", {"index_name_prefix": "{{p}}", "date_rounding": "{{r}}"}, "<logs-{2016-04-25||/d{yyyy-MM-dd|UTC}}>"),
    ("numeric-value", 1000500, {"date_formats": ["UNIX_MS"]}, "<{1970-01-01||/M{yyyy-MM-dd|UTC}}>"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "options", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_index_name(value: Any, options: dict[str, Any], expected: str) -> None:
    assert index_of(value, **options) == expected


def test_all_formats_fail() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        index_of("nope", date_formats=["UNIX_MS", "ISO8601"])
    exc = caught.value
    assert exc.reason == "unable to parse date [nope]"
    assert exc.cause is not None and exc.cause.reason == 'For input string: "nope"'
    assert [s.reason for s in exc.cause.suppressed] == [
        "failed to parse date field [nope] with format [iso8601]"
    ]


def test_missing_field() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        Pipeline.load({"processors": [{"date_index_name": {"field": "x", "date_rounding": "d"}}]}).run({})
    assert caught.value.reason == "field [x] not present as part of path [x]"


def test_invalid_index_name_format_at_runtime() -> None:
    with pytest.raises(JavaException) as caught:
        Pipeline.load(
            {
                "processors": [
                    {"date_index_name": {"field": "d", "date_rounding": "d", "index_name_format": "{{f}}"}}
                ]
            }
        ).run({"d": "2016-04-25T12:02:01.789Z", "f": "tt"})
    assert caught.value.reason == "Invalid format: [tt]: Unknown pattern letter: t"


CONFIG_ERRORS = [
    ("no-rounding", {"field": "d"}, ParseException, "[date_rounding] required property is missing"),
    ("no-field", {"date_rounding": "d"}, ParseException, "[field] required property is missing"),
    ("bad-locale", {"field": "d", "date_rounding": "d", "locale": "en_US"}, ElasticsearchException,
     "java.lang.IllegalArgumentException: Invalid language tag specified: en_US"),
    ("bad-timezone", {"field": "d", "date_rounding": "d", "timezone": "Mars/Base"}, ElasticsearchException,
     "java.time.zone.ZoneRulesException: Unknown time-zone ID: Mars/Base"),
    ("bad-format", {"field": "d", "date_rounding": "d", "date_formats": ["tt"]}, ElasticsearchException,
     "java.lang.IllegalArgumentException: Invalid format: [tt]: Unknown pattern letter: t"),
    ("formats-not-list", {"field": "d", "date_rounding": "d", "date_formats": "ISO8601"}, ParseException,
     "[date_formats] property isn't a list, but of type [java.lang.String]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "kind", "reason"), [c[1:] for c in CONFIG_ERRORS], ids=[c[0] for c in CONFIG_ERRORS]
)
def test_config_errors(options: dict[str, Any], kind: type[JavaException], reason: str) -> None:
    with pytest.raises(kind) as caught:
        Pipeline.load({"processors": [{"date_index_name": options}]})
    assert caught.value.reason == reason
    assert caught.value.metadata["processor_type"] == "date_index_name"


def test_valid_language_tag() -> None:
    assert index_of("2016-04-25T12:02:01.789Z", locale="en-US") == "<{2016-04-25||/M{yyyy-MM-dd|UTC}}>"
