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
