"""jdigits.convert (FloatingDecimal's digits, DecimalFormat's starting point) against the JDK.

golden/text_floating_decimal.tsv: Temurin 25's answers (how they were made is in its header),
including the cases where these digits are not Double.toString's shortest ones
(2.82879384806159E17 -> 282879384806159008, 1.0E23 -> 9.999999999999999E22).
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from s1elastic.ingest.painless.jdigits import convert

GOLDEN = Path(__file__).parent / "golden" / "text_floating_decimal.tsv"
ROWS = [line.split("\t") for line in GOLDEN.read_text().splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize(
    ("bits", "digits", "exponent", "rounded_up", "exact"), ROWS, ids=[r[0] for r in ROWS]
)
def test_convert(bits: str, digits: str, exponent: str, rounded_up: str, exact: str) -> None:
    value = struct.unpack(">d", struct.pack(">q", int(bits)))[0]
    got = convert(value)
    # the JDK's digit buffer may end in zeros (1.0 is "10"); DigitList drops them
    assert (got.digits.rstrip("0"), got.exponent, got.rounded_up, got.exact) == (
        digits.rstrip("0"),
        int(exponent),
        rounded_up == "true",
        exact == "true",
    )
