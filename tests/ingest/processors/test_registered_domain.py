"""registered_domain: Elasticsearch's own test table (Apache PublicSuffixMatcher semantics)."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.errors import IllegalArgumentException, ParseException
from s1elastic.ingest.pipeline import Pipeline


def run(source: dict[str, Any], **options: Any) -> dict[str, Any]:
    doc = Pipeline.load({"processors": [{"registered_domain": options}]}).run(source)
    assert doc is not None
    return doc.source


# From RegisteredDomainProcessorTests.testBasic: input -> (domain, registered_domain, top_level_domain, subdomain)
CASES = [
    ("www.google.com", ("www.google.com", "google.com", "com", "www")),
    ("google.com", ("google.com", "google.com", "com", None)),
    ("", (None, None, None, None)),
    (".", (None, None, None, None)),
    ("$", (None, None, None, None)),
    ("foo.bar.baz", (None, None, None, None)),
    ("www.books.amazon.co.uk", ("www.books.amazon.co.uk", "amazon.co.uk", "co.uk", "www.books")),
    ("com", ("com", None, "com", None)),
    ("example.com", ("example.com", "example.com", "com", None)),
    ("googleapis.com", ("googleapis.com", "googleapis.com", "com", None)),
    (
        "content-autofill.googleapis.com",
        ("content-autofill.googleapis.com", "googleapis.com", "com", "content-autofill"),
    ),
    ("global.ssl.fastly.net", ("global.ssl.fastly.net", "global.ssl.fastly.net", "ssl.fastly.net", None)),
    (
        "1.www.global.ssl.fastly.net",
        ("1.www.global.ssl.fastly.net", "global.ssl.fastly.net", "ssl.fastly.net", "1.www"),
    ),
]
KEYS = ("domain", "registered_domain", "top_level_domain", "subdomain")


@pytest.mark.parametrize(("value", "expected"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_es_table(value: str, expected: tuple[str | None, ...]) -> None:
    out = run({"domain": value}, field="domain", target_field="url")
    want = {k: v for k, v in zip(KEYS, expected) if v is not None}
    assert out.get("url", {}) == want


def test_root_target() -> None:
    out = run({"domain": "www.google.co.uk"}, field="domain")
    assert {k: out[k] for k in KEYS} == {
        "domain": "www.google.co.uk",
        "registered_domain": "google.co.uk",
        "top_level_domain": "co.uk",
        "subdomain": "www",
    }


def test_upper_case_keeps_input_and_loses_subdomain() -> None:
    # the matcher lower-cases; the subdomain search runs on the original text
    out = run({"d": "WWW.Example.COM"}, field="d", target_field="u")
    assert out["u"] == {
        "domain": "WWW.Example.COM",
        "registered_domain": "example.com",
        "top_level_domain": "com",
    }


@pytest.mark.parametrize("value", ["foo.bar.baz", "$"], ids=["unknown-suffix", "no-dot"])
def test_error_without_ignore_missing(value: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"domain": value}, field="domain", ignore_missing=False)
    assert caught.value.reason == "unable to set domain information for document"


def test_missing_ignored_by_default() -> None:
    assert run({}, field="domain") == {"_index": "_index", "_id": "_id", "_version": -3}


def test_missing_without_ignore_missing() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({}, field="domain", ignore_missing=False)
    assert caught.value.reason == "field [domain] not present as part of path [domain]"


def test_null_without_ignore_missing() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"domain": None}, field="domain", ignore_missing=False)
    assert caught.value.reason == "unable to set domain information for document"


def test_wrong_type() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"domain": 1}, field="domain")
    assert (
        caught.value.reason
        == "field [domain] of type [java.lang.Integer] cannot be cast to [java.lang.String]"
    )


def test_field_required() -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"registered_domain": {}}]})
    assert caught.value.reason == "[field] required property is missing"
