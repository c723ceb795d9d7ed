"""bytes: ByteSizeValue parsing into a Long."""

from __future__ import annotations

import pytest
from processor_helpers import run, run_error

from s1elastic.ingest.javatypes import JLong


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("1b", 1, id="bytes"),
        pytest.param("1kb", 1024, id="kb"),
        pytest.param("2K", 2048, id="k-upper"),
        pytest.param(" 3 mb ", 3 * 1024**2, id="spaces"),
        pytest.param("1gb", 1024**3, id="gb"),
        pytest.param("1t", 1024**4, id="t"),
        pytest.param("1pb", 1024**5, id="pb"),
        pytest.param("1.5kb", 1536, id="fraction"),
        pytest.param("0", 0, id="zero"),
        pytest.param("-1", -1, id="minus-one"),
    ],
)
def test_bytes(value: str, expected: int) -> None:
    result = run("bytes", {"field": "f"}, {"f": value})["f"]
    assert result == expected and isinstance(result, JLong)


def test_unit_missing() -> None:
    reason = "failed to parse setting [Ingest Field] with value [12] as a size in bytes: unit is missing or unrecognized"
    entry = {"type": "parse_exception", "reason": reason}
    assert run_error("bytes", {"field": "f"}, {"f": "12"}) == {"root_cause": [entry], **entry}


def test_bad_number_and_negative() -> None:
    body = run_error("bytes", {"field": "f"}, {"f": "xkb"})
    assert body["reason"] == "failed to parse setting [Ingest Field] with value [xkb]"
    assert body["caused_by"] == {"type": "number_format_exception", "reason": 'For input string: "x"'}
    body = run_error("bytes", {"field": "f"}, {"f": "-2kb"})
    assert body["reason"] == "failed to parse setting [Ingest Field] with value [-2kb] as a size in bytes"
    assert body["caused_by"] == {
        "type": "illegal_argument_exception",
        "reason": "Values less than -1 bytes are not supported: -2kb",
    }


# Fractions as ByteSizeValue parses them in 9.x (BytesProcessorTests.testFractional: 1.1kb is 1127):
# BigDecimal, at most two decimals, rounded up to whole bytes; a plain byte count must be whole.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("1.1kb", 1127, id="rounded-up"),
        pytest.param("1.10kb", 1127, id="two-decimals"),
        pytest.param("0.01kb", 11, id="hundredth"),
        pytest.param(".5k", 512, id="leading-point"),
        pytest.param("5.k", 5120, id="trailing-point"),
        pytest.param("1.0e3kb", 1024000, id="exponent"),
        pytest.param("1e-2kb", 11, id="negative-exponent"),
        pytest.param("-0.0kb", 0, id="negative-zero"),
        pytest.param("0B", 0, id="zero-b"),
        pytest.param("-1B", -1, id="minus-one-b"),
        pytest.param("9223372036854775807b", 9223372036854775807, id="long-max"),
    ],
)
def test_fractions(value: str, expected: int) -> None:
    assert run("bytes", {"field": "f"}, {"f": value})["f"] == expected


@pytest.mark.parametrize(
    ("value", "reason", "caused_by"),
    [
        pytest.param(
            "8912pb",
            "failed to parse setting [Ingest Field] with value [8912pb] as a size in bytes",
            {
                "type": "illegal_argument_exception",
                "reason": "Values greater than 9223372036854775807 bytes are not supported: 8912pb",
            },
            id="too-large",
        ),
        pytest.param(
            "junk",
            "failed to parse setting [Ingest Field] with value [junk]",
            {"type": "number_format_exception", "reason": 'For input string: "jun"'},
            id="junk",
        ),
        pytest.param(
            "0.5b",
            "failed to parse setting [Ingest Field] with value [0.5b]",
            {"type": "number_format_exception", "reason": 'For input string: "0.5"'},
            id="fractional-bytes",
        ),
        pytest.param(
            "1.123kb",
            "failed to parse setting [Ingest Field] with more than two decimals in value [1.123kb]",
            None,
            id="3-decimals",
        ),
        pytest.param(
            "-0.5kb",
            "failed to parse setting [Ingest Field] with value [-0.5kb]",
            None,
            id="negative-fraction",
        ),
        pytest.param(
            "9000.5pb",
            "failed to parse setting [Ingest Field] with value beyond 9223372036854775807: [9000.5pb]",
            {"type": "arithmetic_exception", "reason": "Overflow"},
            id="fraction-overflow",
        ),
    ],
)
def test_errors(value: str, reason: str, caused_by: dict[str, str] | None) -> None:
    body = run_error("bytes", {"field": "f"}, {"f": value})
    assert (body["type"], body["reason"], body.get("caused_by")) == ("parse_exception", reason, caused_by)
