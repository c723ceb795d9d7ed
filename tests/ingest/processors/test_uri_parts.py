"""uri_parts: java.net.URI parts (decoded), the java.net.URL fallback, options and errors."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException, ParseException
from s1elastic.ingest.pipeline import Pipeline


def run(source: dict[str, Any], **options: Any) -> dict[str, Any]:
    doc = Pipeline.load({"processors": [{"uri_parts": {"field": "input", **options}}]}).run(source)
    assert doc is not None
    return doc.source


DOC_URL = "http://myusername:mypassword@www.example.com:80/foo.gif?key1=val1&key2=val2#fragment"

CASES = [
    (
        "documented-example",
        DOC_URL,
        {
            "path": "/foo.gif", "fragment": "fragment", "extension": "gif", "password": "mypassword",
            "original": DOC_URL, "scheme": "http", "port": 80, "user_info": "myusername:mypassword",
            "domain": "www.example.com", "query": "key1=val1&key2=val2", "username": "myusername",
        },
    ),
    (
        "percent-decoded",
        "https://www.example.com/a%20b/c.tar.gz?q=%41#f%20g",
        {"scheme": "https", "domain": "www.example.com", "path": "/a b/c.tar.gz", "extension": "gz",
         "query": "q=A", "fragment": "f g"},
    ),
    ("opaque-mailto", "mailto:user@example.com", {"scheme": "mailto", "domain": None}),
    ("relative-path", "/just/a/path.html", {"scheme": None, "domain": None, "path": "/just/a/path.html", "extension": "html"}),
    ("underscore-host-is-registry-authority", "http://my_host.com/x", {"scheme": "http", "domain": None, "path": "/x"}),
    ("ipv6-host", "http://[2001:db8::1]:8080/x", {"scheme": "http", "domain": "[2001:db8::1]", "port": 8080, "path": "/x"}),
    ("empty-path", "http://example.com", {"scheme": "http", "domain": "example.com", "path": ""}),
    # the extension comes from the last path segment only (elasticsearch#105689, 8.13+)
    ("dot-in-directory", "http://h/a.b/c", {"scheme": "http", "domain": "h", "path": "/a.b/c"}),
    ("dot-in-directory-and-file", "http://h/a.b/c.d", {"scheme": "http", "domain": "h", "path": "/a.b/c.d", "extension": "d"}),
    ("relative-without-slash", "file.txt", {"scheme": None, "domain": None, "path": "file.txt"}),
    ("trailing-dot", "http://h/file.", {"scheme": "http", "domain": "h", "path": "/file.", "extension": ""}),
    ("user-without-password", "ftp://anon@ftp.example.org/", {"scheme": "ftp", "domain": "ftp.example.org", "path": "/", "user_info": "anon"}),
    ("empty-password", "ftp://u:@h/", {"scheme": "ftp", "domain": "h", "path": "/", "user_info": "u:", "username": "u", "password": ""}),
    ("scheme-case-kept", "HTTP://h/", {"scheme": "HTTP", "domain": "h", "path": "/"}),
    ("bad-ipv4-like-host", "http://1.2.3.4.5/", {"scheme": "http", "domain": None, "path": "/"}),
    # java.net.URL fallback: undecoded text, lower-cased protocol
    ("url-fallback-space", "http://host/path?q=a b", {"scheme": "http", "domain": "host", "path": "/path", "query": "q=a b"}),
    ("url-fallback-host-space", "HTTP://exa mple.com/a%20b c", {"scheme": "http", "domain": "exa mple.com", "path": "/a%20b c"}),
    ("url-fallback-port", "https://h:8443/p|q", {"scheme": "https", "domain": "h", "port": 8443, "path": "/p|q"}),
]  # fmt: skip


@pytest.mark.parametrize(("url", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parts(url: str, expected: dict[str, Any]) -> None:
    out = run({"input": url})
    assert out["url"] == {**expected, "original": url}


def test_keep_original_false_and_target() -> None:
    out = run({"input": "http://h/"}, keep_original=False, target_field="u")
    assert out["u"] == {"scheme": "http", "domain": "h", "path": "/"}


def test_remove_if_successful() -> None:
    out = run({"input": "http://h/"}, remove_if_successful=True)
    assert "input" not in out and out["url"]["domain"] == "h"


def test_remove_if_successful_keeps_field_when_target_is_field() -> None:
    out = run({"input": "http://h/"}, remove_if_successful=True, target_field="input")
    assert out["input"]["domain"] == "h"


def test_failure_keeps_field() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"input": "not a uri"}, remove_if_successful=True)
    assert caught.value.reason == "unable to parse URI [not a uri]"


@pytest.mark.parametrize(
    "url",
    ["not a uri", "foo://bad host/", "http://h:99999999999:1/ x"],
    ids=["words", "unknown-protocol", "bad-port"],
)
def test_unparsable(url: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"input": url})
    assert caught.value.reason == f"unable to parse URI [{url}]"


def test_missing_field() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({})
    assert caught.value.reason == "field [input] not present as part of path [input]"


def test_ignore_missing() -> None:
    assert "url" not in run({}, ignore_missing=True)
    assert "url" not in run({"input": None}, ignore_missing=True)


def test_null_without_ignore_missing_is_npe() -> None:
    with pytest.raises(NullPointerException):
        run({"input": None})


def test_wrong_type() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"input": 5})
    assert (
        caught.value.reason
        == "field [input] of type [java.lang.Integer] cannot be cast to [java.lang.String]"
    )


def test_config_field_required() -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"uri_parts": {"keep_original": "yes"}}]})
    assert caught.value.reason == "[field] required property is missing"
