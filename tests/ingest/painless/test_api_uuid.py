"""java.util.UUID (java.util.txt): Java's text form and fromString rules, the RFC 4122 fields.

Field values are checked against Python's `uuid` module, an independent RFC 4122 implementation
(time, clock_seq, node, version); fromString's leniency and errors follow the UUID/Long Javadoc
and source: each group is Long.parseLong(group, 16), then masked to its width.
"""

from __future__ import annotations

import uuid

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

V1 = "123e4567-e89b-12d3-a456-426614174000"  # RFC 4122's own example layout: version 1, IETF variant
V4 = "f47ac10b-58cc-4372-a567-0e02b2c3d479"


def test_round_trip_and_fields() -> None:
    doc = run_script(
        "UUID u = UUID.fromString(params.s);"
        " ctx.r = [u.toString(), u.version(), u.variant(), u.timestamp(), u.clockSequence(), u.node()]",
        params={"s": V1},
    )
    ref = uuid.UUID(V1)
    assert doc["r"] == [V1, ref.version, 2, ref.time, ref.clock_seq, ref.node]


def test_halves_are_signed_longs() -> None:
    doc = run_script(
        "UUID u = UUID.fromString(params.s); ctx.r = [u.getMostSignificantBits(), u.getLeastSignificantBits()]",
        params={"s": V4},
    )
    ref = uuid.UUID(V4).int
    hi, lo = ref >> 64, ref & ((1 << 64) - 1)
    assert doc["r"] == [hi - (1 << 64), lo - (1 << 64)]  # both halves have their top bit set
    assert [java(x)[0] for x in doc["r"]] == ["java.lang.Long", "java.lang.Long"]


def test_constructor_and_equality() -> None:
    doc = run_script(
        "UUID a = new UUID(0x123e4567e89b12d3L, -0x5ba9bd99ebe8c000L); UUID b = UUID.fromString(params.s);"
        " ctx.r = [a.toString(), a == b, a.equals(b), a.hashCode() == b.hashCode(), a.compareTo(b)]",
        params={"s": V1},
    )
    assert doc["r"] == [V1, True, True, True, 0]


FROM_STRING = [
    ("upper_case", "123E4567-E89B-12D3-A456-426614174000", V1),
    ("short_groups", "1-2-3-4-5", "00000001-0002-0003-0004-000000000005"),
    ("plus_sign", "+1-2-3-4-5", "00000001-0002-0003-0004-000000000005"),
    ("group_masked_to_width", "1ffff-2-3-4-5", "0001ffff-0002-0003-0004-000000000005"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FROM_STRING], ids=[c[0] for c in FROM_STRING])
def test_from_string(text: str, expected: str) -> None:
    assert run_script("ctx.r = UUID.fromString(params.s).toString()", params={"s": text})["r"] == expected


@pytest.mark.parametrize(
    ("text", "caused_by"),
    [
        ("1-2-3-4", ("illegal_argument_exception", "Invalid UUID string: 1-2-3-4")),
        ("1-2-3-4-5-6", ("illegal_argument_exception", "Invalid UUID string: 1-2-3-4-5-6")),
        (V1 + "0", ("illegal_argument_exception", "UUID string too large")),
        ("zz-2-3-4-5", ("number_format_exception", 'Error at index 0 in: "zz"')),
        # an empty group: Long.parseLong(s, i, i, 16) is NumberFormatException("") (JDK 17 text, assumed kept)
        ("1--3-4-5", ("number_format_exception", "")),
        ("-1-0-0-0-0", ("illegal_argument_exception", "Invalid UUID string: -1-0-0-0-0")),  # five dashes
    ],
    ids=["four_groups", "six_groups", "too_long", "not_hex", "empty_group", "leading_dash"],
)
def test_from_string_errors(text: str, caused_by: tuple[str, str]) -> None:
    with pytest.raises(ScriptException) as info:
        compile_script("ctx.r = UUID.fromString(params.s)", params={"s": text}).execute({})
    cause = info.value.error_body()["caused_by"]
    assert (cause["type"], cause["reason"]) == caused_by


def test_time_fields_need_version_1() -> None:
    with pytest.raises(ScriptException) as info:
        compile_script("ctx.r = UUID.fromString(params.s).timestamp()", params={"s": V4}).execute({})
    cause = info.value.error_body()["caused_by"]
    assert (cause["type"], cause["reason"]) == ("unsupported_operation_exception", "Not a time-based UUID")


def test_random_and_name_based() -> None:
    doc = run_script(
        "UUID r = UUID.randomUUID(); UUID n = UUID.nameUUIDFromBytes(Base64.getDecoder().decode('aGVsbG8='));"
        " ctx.r = [r.version(), r.variant(), n.toString()]"
    )
    assert doc["r"][:2] == [4, 2]
    assert doc["r"][2] == str(uuid.UUID(bytes=_md5_v3(b"hello")))


def _md5_v3(data: bytes) -> bytes:
    import hashlib

    raw = bytearray(hashlib.md5(data).digest())
    raw[6] = (raw[6] & 0x0F) | 0x30
    raw[8] = (raw[8] & 0x3F) | 0x80
    return bytes(raw)


def test_sorting_by_compare_to() -> None:
    doc = run_script(
        "List l = [UUID.fromString('2-0-0-0-0'), UUID.fromString('ffffffff-0-0-0-0'), UUID.fromString('1-0-0-0-0')];"
        " l.sort((a, b) -> a.compareTo(b)); ctx.r = l.stream().map(u -> u.toString()).collect(Collectors.toList())"
    )
    # signed comparison of the high halves: ffffffff... is negative, so it sorts first
    assert doc["r"] == [
        "ffffffff-0000-0000-0000-000000000000",
        "00000001-0000-0000-0000-000000000000",
        "00000002-0000-0000-0000-000000000000",
    ]
