"""The `bytes` processor: ByteSizeValue.parseBytesSizeValue(value, "Ingest Field") -> Long."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from s1elastic.ingest.errors import (
    ArithmeticException,
    IllegalArgumentException,
    NumberFormatException,
    ParseException,
)
from s1elastic.ingest.javatypes import LONG_MAX, JLong
from s1elastic.ingest.processors._java_numbers import parse_integral
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


# BigDecimal(String)'s grammar (ASCII digits): sign, digits with an optional point, exponent.
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# parseBytesSizeValue answers these exact texts before looking at units.
_EXACT = {"0": 0, "0b": 0, "0B": 0, "1b": 1, "1B": 1, "-1": -1, "-1b": -1, "-1B": -1}


def _of(size: int, multiplier: int, suffix: str) -> int:
    """ByteSizeValue.of: refuses sizes below -1 and byte counts beyond Long.MAX_VALUE."""
    if size < -1 or (size == -1 and multiplier != 1):
        raise IllegalArgumentException(f"Values less than -1 bytes are not supported: {size}{suffix}")
    if size > LONG_MAX // multiplier:
        raise IllegalArgumentException(
            f"Values greater than {LONG_MAX} bytes are not supported: {size}{suffix}"
        )
    return size * multiplier


def _fraction_bytes(number: str, multiplier: int, value: str, cause: NumberFormatException) -> int:
    """parseDecimal + convertToBytes: at most two decimals, never negative, rounded up to a byte."""
    if not _DECIMAL.fullmatch(number):
        raise ParseException(f"failed to parse setting [{SETTING}] with value [{value}]", cause=cause)
    decimal = Decimal(number)
    if decimal < 0:
        raise ParseException(f"failed to parse setting [{SETTING}] with value [{value}]")
    exponent = decimal.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > 2:
        raise ParseException(
            f"failed to parse setting [{SETTING}] with more than two decimals in value [{value}]"
        )
    product = (
        decimal * multiplier if decimal <= LONG_MAX else decimal
    )  # no Decimal overflow on huge exponents
    if product > LONG_MAX:
        raise ParseException(
            f"failed to parse setting [{SETTING}] with value beyond {LONG_MAX}: [{value}]",
            cause=ArithmeticException("Overflow"),
        )
    return math.ceil(product)


def parse_bytes(value: str) -> int:
    """ByteSizeValue.parseBytesSizeValue as of 9.x: a fraction of a unit (`1.1kb`) is rounded up
    to whole bytes (1127) and may have at most two decimals; a plain byte count (`b`) must be whole.
    Before the rewrite (8.x) fractions were truncated through a double (1126)."""
    if value in _EXACT:
        return _EXACT[value]
    lowered = java_trim(value.lower())
    for suffix, multiplier, unit_suffix in _UNITS:
        if lowered.endswith(suffix):
            number = java_trim(lowered[: -len(suffix)])
            try:
                try:
                    return _of(parse_integral(number, bits=64), multiplier, unit_suffix)
                except NumberFormatException as exc:
                    if multiplier == 1:
                        raise ParseException(
                            f"failed to parse setting [{SETTING}] with value [{value}]", cause=exc
                        ) from None
                    return _fraction_bytes(number, multiplier, value, exc)
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
