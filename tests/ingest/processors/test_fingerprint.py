"""fingerprint: digests over byte layouts assembled by hand from FingerprintProcessor's rules."""

from __future__ import annotations

import base64
import hashlib
import struct
from datetime import datetime, timedelta, timezone
from typing import Any

import mmh3
import pytest

from s1elastic.ingest.errors import ClassCastException, IllegalArgumentException, ParseException
from s1elastic.ingest.javatypes import JavaSet, JFloat, JLong, ZonedDateTime
from s1elastic.ingest.pipeline import Pipeline

D = b"\x00"


def run(options: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    doc = Pipeline.load({"processors": [{"fingerprint": options}]}).run(source)
    assert doc is not None
    return doc.source


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode()


def sha1(data: bytes) -> str:
    return b64(hashlib.sha1(data).digest())


ZDT = ZonedDateTime(datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=2))), 6007, "+02:00")

# (id, fields, source, expected input bytes of the SHA-1 digest)
CASES = [
    ("string", ["a"], {"a": "bar"}, D + b"bar"),
    ("utf8", ["a"], {"a": "é"}, D + "é".encode()),
    ("integer-le", ["a"], {"a": 1}, D + b"\x01\x00\x00\x00"),
    ("negative-integer", ["a"], {"a": -2}, D + struct.pack("<i", -2)),
    ("long-le", ["a"], {"a": JLong(1)}, D + b"\x01" + b"\x00" * 7),
    ("big-number-is-long", ["a"], {"a": 2**40}, D + struct.pack("<q", 2**40)),
    ("double-le", ["a"], {"a": 1.5}, D + struct.pack("<d", 1.5)),
    ("float-le", ["a"], {"a": JFloat(1.5)}, D + struct.pack("<f", 1.5)),
    ("true", ["a"], {"a": True}, D + b"\x01"),
    ("false", ["a"], {"a": False}, D + b"\x02"),
    ("list-in-order", ["a"], {"a": ["x", 1]}, D + b"x" + D + b"\x01\x00\x00\x00"),
    ("null-in-list", ["a"], {"a": ["x", None]}, D + b"x" + D),
    (
        "map-sorted-by-key",
        ["a"],
        {"a": {"b": 1, "a": "x"}},
        D + b"a" + D + b"x" + D + b"b" + D + b"\x01\x00\x00\x00",
    ),
    ("nested-map", ["a"], {"a": {"k": ["v"]}}, D + b"k" + D + b"v"),
    ("set-sorted", ["a"], {"a": JavaSet(["b", "a"])}, D + b"a" + D + b"b"),
    ("fields-sorted", ["z", "b"], {"z": "1", "b": "2"}, D + b"2" + D + b"1"),
    ("fields-sorted-utf16", ["b", "B"], {"b": "lower", "B": "upper"}, D + b"upper" + D + b"lower"),
    (
        "zoned-date-time",
        ["a"],
        {"a": ZDT},
        D + struct.pack("<8i", 2020, 1, 2, 3, 4, 5, 6007, 7200) + b"+02:00",
    ),
    ("dotted-path", ["a.b"], {"a": {"b": "x"}}, D + b"x"),
]


@pytest.mark.parametrize(("fields", "source", "data"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sha1_over_hand_built_bytes(fields: list[str], source: dict[str, Any], data: bytes) -> None:
    assert run({"fields": fields}, source)["fingerprint"] == sha1(data)


def test_documented_example() -> None:
    # Elasticsearch reference, fingerprint processor example
    user = {"last_name": "Smith", "first_name": "John", "date_of_birth": "1980-01-15", "is_active": True}
    assert run({"fields": ["user"]}, {"user": user})["fingerprint"] == "WbSUPW4zY1PBPehh2AA/sSxiRjw="


def _murmur(data: bytes) -> bytes:
    value = mmh3.hash128(data, seed=0, x64arch=True, signed=False)
    h1, h2 = value & (2**64 - 1), value >> 64
    return h1.to_bytes(8, "big") + h2.to_bytes(8, "big")


METHOD_CASES = [
    ("MD5", hashlib.md5),
    ("SHA-1", hashlib.sha1),
    ("SHA-256", hashlib.sha256),
    ("SHA-512", hashlib.sha512),
]


@pytest.mark.parametrize(("method", "digest"), METHOD_CASES, ids=[m for m, _ in METHOD_CASES])
def test_methods_and_salt(method: str, digest: Any) -> None:
    out = run({"fields": ["a"], "method": method, "salt": "pepper"}, {"a": "v"})
    assert out["fingerprint"] == b64(digest(b"pepper" + D + b"v").digest())


@pytest.mark.parametrize("data", ["v", "a longer value that crosses sixteen bytes"], ids=["short", "long"])
def test_murmur3_halves_big_endian(data: str) -> None:
    out = run({"fields": ["a"], "method": "MurmurHash3", "salt": "s"}, {"a": data})
    assert out["fingerprint"] == b64(_murmur(b"s" + D + data.encode()))


def test_blank_salt_is_ignored() -> None:
    assert run({"fields": ["a"], "salt": "   "}, {"a": "v"})["fingerprint"] == sha1(D + b"v")


def test_target_field() -> None:
    out = run({"fields": ["a"], "target_field": "x.y"}, {"a": "v"})
    assert out["x"] == {"y": sha1(D + b"v")}


def test_ignore_missing_skips_missing_and_null() -> None:
    out = run({"fields": ["a", "b", "c"], "ignore_missing": True}, {"a": "v", "b": None})
    assert out["fingerprint"] == sha1(D + b"v")


def test_ignore_missing_with_nothing_leaves_target_unset() -> None:
    assert "fingerprint" not in run({"fields": ["a"], "ignore_missing": True}, {})


@pytest.mark.parametrize("source", [{}, {"a": None}], ids=["missing", "null"])
def test_missing_field_fails(source: dict[str, Any]) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"fields": ["a"]}, source)
    assert caught.value.reason == "missing field [a] when calculating fingerprint"


def test_unsupported_value_type() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"fields": ["a"]}, {"a": 2**70})
    assert caught.value.reason == "cannot convert object of type [java.math.BigInteger] to bytes"


def test_mixed_set_cannot_be_sorted() -> None:
    with pytest.raises(ClassCastException):
        run({"fields": ["a"]}, {"a": JavaSet(["x", 1])})


CONFIG_ERRORS = [
    ("no-fields", {}, "[fields] required property is missing"),
    ("empty-fields", {"fields": []}, "[fields] must specify at least one field"),
    ("fields-not-list", {"fields": "a"}, "[fields] property isn't a list, but of type [java.lang.String]"),
    (
        "bad-method",
        {"fields": ["a"], "method": "SHA-3"},
        "[method] [SHA-3] must be one of the supported hash methods [MD5,SHA-1,SHA-256,SHA-512,MurmurHash3]",
    ),
    (
        "salt-not-string",
        {"fields": ["a"], "salt": 1},
        "[salt] property isn't a string, but of type [java.lang.Integer]",
    ),
    (
        "ignore-missing-string",
        {"fields": ["a"], "ignore_missing": "true"},
        "[ignore_missing] property isn't a boolean, but of type [java.lang.String]",
    ),
]


@pytest.mark.parametrize(
    ("options", "reason"), [c[1:] for c in CONFIG_ERRORS], ids=[c[0] for c in CONFIG_ERRORS]
)
def test_config_errors(options: dict[str, Any], reason: str) -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"fingerprint": options}]})
    assert caught.value.reason == reason
    assert caught.value.metadata["processor_type"] == "fingerprint"
