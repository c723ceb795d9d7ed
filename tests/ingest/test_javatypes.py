"""Java value rendering: Double/Float.toString, HashMap order, class names, equals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from s1elastic.ingest.javatypes import (
    JavaSet,
    JFloat,
    JLong,
    ZonedDateTime,
    copy_table_size,
    hashmap_keys,
    java_class_name,
    java_double_str,
    java_equals,
    java_float_str,
    java_string_hash,
    java_to_string,
    live_table_size,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1.0"),
        (100.0, "100.0"),
        (0.001, "0.001"),
        (1e-4, "1.0E-4"),
        (9999999.0, "9999999.0"),
        (1e7, "1.0E7"),
        (1e10, "1.0E10"),
        (1.5e300, "1.5E300"),
        (-2.5e-5, "-2.5E-5"),
        (0.1, "0.1"),
        (123456.789, "123456.789"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (float("nan"), "NaN"),
        (float("inf"), "Infinity"),
        (float("-inf"), "-Infinity"),
        (2.0**63, "9.223372036854776E18"),
        # the javadoc's own examples of the two scientific layouts
        (1e23, "1.0E23"),
        (1.23e-19, "1.23E-19"),
        # Double.MIN_NORMAL and the largest subnormal: 16+ digits, the shortest rule alone
        (2.2250738585072014e-308, "2.2250738585072014E-308"),
        (2.225073858507201e-308, "2.225073858507201E-308"),
        # Subnormals whose shortest decimal has one digit: the javadoc (JDK 19+) then picks the
        # closest of the one- or two-digit decimals that round to the value.
        (5e-324, "4.9E-324"),  # Double.MIN_VALUE (4.94065...E-324): 4.9 is closer than 5
        (-5e-324, "-4.9E-324"),
        (1e-323, "9.9E-324"),  # 2 * MIN_VALUE = 9.88131...E-324: 9.9 rounds to it and is closest
        (2e-323, "2.0E-323"),  # 4 * MIN_VALUE = 1.97626...E-323: 2.0 is the closest two-digit one
        (5e-323, "4.9E-323"),  # 10 * MIN_VALUE = 4.94065...E-323
        (1.5e-323, "1.5E-323"),  # 3 * MIN_VALUE: the shortest already has two digits
    ],
    ids=lambda v: repr(v),
)
def test_double_to_string(value: float, text: str) -> None:
    assert java_double_str(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.1, "1.1"),
        (242.15, "242.15"),
        (3.4e39, "Infinity"),
        (1e7, "1.0E7"),
        (0.3, "0.3"),
        (1e-5, "1.0E-5"),
        (1.401298464324817e-45, "1.4E-45"),  # Float.MIN_VALUE: two digits, as for doubles
        (3.4028234663852886e38, "3.4028235E38"),  # Float.MAX_VALUE
    ],
)
def test_float_to_string(value: float, text: str) -> None:
    assert java_float_str(value) == text
    assert java_to_string(JFloat(value)) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("a", 97),
        ("hello", 99162322),
        ("polygenelubricants", -2147483648),
        ("é", 233),
        ("😀", 55357 * 31 + 56832),
    ],
)
def test_string_hash(text: str, expected: int) -> None:
    assert java_string_hash(text) == expected


def test_hashmap_order_matches_real_elasticsearch_responses() -> None:
    # Orders observed in real simulate responses (ingest-semantics §2.6): output maps are copies.
    assert hashmap_keys({"message": 1, "data_stream": 2}, copy_table_size(2)) == ["message", "data_stream"]
    keys = {"type": 1, "dataset": 2, "namespace": 3}
    assert hashmap_keys(keys, copy_table_size(3)) == ["namespace", "type", "dataset"]


@pytest.mark.parametrize(
    ("n", "live", "copy"), [(0, 16, 1), (1, 16, 2), (2, 16, 4), (3, 16, 8), (12, 16, 32), (13, 32, 32)]
)
def test_table_sizes(n: int, live: int, copy: int) -> None:
    assert live_table_size(n) == live
    assert copy_table_size(n) == copy


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (1, "java.lang.Integer"),
        (2**31, "java.lang.Long"),
        (JLong(1), "java.lang.Long"),
        (2**64, "java.math.BigInteger"),
        (1.0, "java.lang.Double"),
        (JFloat(1.0), "java.lang.Float"),
        (True, "java.lang.Boolean"),
        ("x", "java.lang.String"),
        ({}, "java.util.HashMap"),
        ([], "java.util.ArrayList"),
        (JavaSet(), "java.util.HashSet"),
    ],
    ids=lambda v: repr(v),
)
def test_class_names(value: object, name: str) -> None:
    assert java_class_name(value) == name


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        (1, 1, True),
        (1, JLong(1), False),
        (1, 1.0, False),
        (1.0, 1.0, True),
        (0.0, -0.0, False),
        (float("nan"), float("nan"), True),
        ([1, "a"], [1, "a"], True),
        ([1], [JLong(1)], False),
        ({"a": [1]}, {"a": [1]}, True),
        (True, 1, False),
    ],
)
def test_java_equals(a: object, b: object, equal: bool) -> None:
    assert java_equals(a, b) is equal


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "null"),
        (True, "true"),
        (1.0, "1.0"),
        (JLong(5), "5"),
        ([1, "a", None], "[1, a, null]"),
        ({"a": 1}, "{a=1}"),
        ({"a": [1, 2]}, "{a=[1, 2]}"),
    ],
)
def test_to_string(value: object, text: str) -> None:
    assert java_to_string(value) == text


@pytest.mark.parametrize(
    ("nano", "to_string", "json_text"),
    [
        (0, "2023-12-14T08:45Z", "2023-12-14T08:45:00.000Z"),
        (309_000_000, "2023-12-14T08:45:00.309Z", "2023-12-14T08:45:00.309Z"),
        (309_995_000, "2023-12-14T08:45:00.309995Z", "2023-12-14T08:45:00.309995Z"),
        (309_995_305, "2023-12-14T08:45:00.309995305Z", "2023-12-14T08:45:00.309995305Z"),
    ],
)
def test_zoned_date_time_text(nano: int, to_string: str, json_text: str) -> None:
    dt = datetime(2023, 12, 14, 8, 45, 0, nano // 1000, tzinfo=UTC)
    zdt = ZonedDateTime(dt, nano, "Z")
    assert zdt.java_to_string() == to_string
    assert zdt.json_text() == json_text


def test_zoned_date_time_with_offset_and_region() -> None:
    dt = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    assert ZonedDateTime(dt, 0, "Europe/Paris").java_to_string() == "2024-01-02T03:04:05+02:00[Europe/Paris]"
    assert ZonedDateTime(dt, 0, "+02:00").json_text() == "2024-01-02T03:04:05.000+02:00"


def _bucket_order(mapping: dict[object, object], table_size: int) -> list[object]:
    """The reference: a stable sort by (hash ^ hash >>> 16) & (size - 1), hashing each key afresh."""

    def bucket(key: object) -> int:
        if key is None:
            return 0
        h = (java_string_hash(key) if isinstance(key, str) else hash(key)) & 0xFFFFFFFF
        return (h ^ (h >> 16)) & (table_size - 1)

    return sorted(mapping, key=bucket)


@given(
    keys=st.lists(st.text(alphabet="abyzAZ_.-0189\u00e9\u4e2d\U0001f600", max_size=8), max_size=40)
    | st.lists(st.one_of(st.text(max_size=3), st.integers(-5, 5), st.none()), max_size=12),
    table=st.sampled_from([None, 1, 2, 16, 64]),
)
def test_hashmap_order_matches_a_fresh_bucket_sort(keys: list[object], table: int | None) -> None:
    mapping = dict.fromkeys(keys)
    size = table if table is not None else live_table_size(len(mapping))
    assert hashmap_keys(mapping, table) == _bucket_order(mapping, size)
