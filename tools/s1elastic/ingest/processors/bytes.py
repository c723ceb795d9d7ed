"""The `bytes` processor: ByteSizeValue.parseBytesSizeValue(value, "Ingest Field") -> Long."""

from __future__ import annotations

import math
from typing import Any

from s1elastic.ingest.errors import IllegalArgumentException, NumberFormatException, ParseException
from s1elastic.ingest.javatypes import LONG_MAX, LONG_MIN, JLong
from s1elastic.ingest.processors._java_numbers import parse_double, parse_integral
from s1elastic.ingest.processors.base import register
from s1elastic.ingest.processors.strings import StringProcessor, java_trim

SETTING = "Ingest Field"
# Checked in this order, as parseBytesSizeValue does (so "kb" is tried after "k", "b" last).
_UNITS = (
    ("k", 1024, "kb"),
    ("kb", 1024, "kb"),
    ("m", 1024**2, "mb"),
    ("mb", 1024**2, "mb"),
    ("g", 1024**3, "gb"),
    ("gb", 1024**3, "gb"),
    ("t", 1024**4, "tb"),
    ("tb", 1024**4, "tb"),
    ("p", 1024**5, "pb"),
    ("pb", 1024**5, "pb"),
    ("b", 1, "b"),
)


def _java_long_cast(value: float) -> int:
    """(long) of a double: truncation, NaN -> 0, saturation at the Long bounds."""
    if math.isnan(value):
        return 0
    if value >= 2.0**63:
        return LONG_MAX
    if value <= -(2.0**63):
        return LONG_MIN
    return int(value)


def _of(size: int, multiplier: int, suffix: str) -> int:
    """ByteSizeValue.of: refuses sizes below -1 and byte counts beyond Long.MAX_VALUE."""
    if size < -1 or (size == -1 and multiplier != 1):
        raise IllegalArgumentException(f"Values less than -1 bytes are not supported: {size}{suffix}")
    if size > LONG_MAX // multiplier:
        raise IllegalArgumentException(
            f"Values greater than {LONG_MAX} bytes are not supported: {size}{suffix}"
        )
    return size * multiplier


def parse_bytes(value: str) -> int:
    if value == "0":
        return 0
    if value == "-1":
        return -1
    lowered = java_trim(value.lower())
    for suffix, multiplier, unit_suffix in _UNITS:
        if lowered.endswith(suffix):
            number = java_trim(lowered[: -len(suffix)])
            try:
                try:
                    return _of(parse_integral(number, bits=64), multiplier, unit_suffix)
                except NumberFormatException as exc:
                    try:
                        fraction = parse_double(number)
                    except NumberFormatException:
                        raise ParseException(
                            f"failed to parse setting [{SETTING}] with value [{value}]", cause=exc
                        ) from None
                    return _of(_java_long_cast(fraction * multiplier), 1, "b")
            except IllegalArgumentException as exc:
                raise ParseException(
                    f"failed to parse setting [{SETTING}] with value [{value}] as a size in bytes", cause=exc
                ) from None
    raise ParseException(
        f"failed to parse setting [{SETTING}] with value [{value}] as a size in bytes: unit is missing or "
        "unrecognized"
    )


@register
class BytesProcessor(StringProcessor):
    type_name = "bytes"

    def process(self, value: str) -> Any:
        return JLong(parse_bytes(value))
