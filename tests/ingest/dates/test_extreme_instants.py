"""Instants beyond years 1..9999: what the date processor's UNIX / UNIX_MS formats give and how Java
patterns print them (a `+` before years above 9999 for `yyyy`/`uuuu`, year-of-era for negative
years, weeks, eras, zone names). golden/extreme_instants.tsv was printed by Temurin 25."""

from __future__ import annotations

from pathlib import Path

import pytest

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.ingest import general_date_function
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden" / "extreme_instants.tsv"
ROWS = [
    tuple(line.split("\t"))
    for line in GOLDEN.read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize(
    ("zone", "fmt", "text", "pattern", "expected"), ROWS, ids=["|".join(r[:4]) for r in ROWS]
)
def test_like_temurin(zone: str, fmt: str, text: str, pattern: str, expected: str) -> None:
    value = general_date_function(fmt, zone_of(zone), "en")(text)
    try:
        got = "=" + for_pattern(pattern).format(value)
    except JavaException as error:
        got = f"!{error.java_class.rsplit('.', 1)[-1]}: {error.reason}"
    assert got == expected


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [("UNIX", "1e20", "+292278994-08-17T07:12:55.807Z"),
     ("UNIX_MS", "-9223372036854775808", "+292275056-05-16T16:47:04.192Z"),
     ("UNIX_MS", "253402300800000", "+10000-01-01T00:00:00.000Z"),
     ("ISO8601", "+12021-03-07T10:00:00Z", None)],
    ids=["unix-beyond-long", "unix-ms-min-long", "year-10000", "iso8601-5-digit-year"],
)  # fmt: skip
def test_date_processor(fmt: str, text: str, expected: str | None) -> None:
    """The default output format prints the year of era, so year -292275055 prints as +292275056."""
    pipeline = Pipeline.load({"processors": [{"date": {"field": "d", "formats": [fmt]}}]})
    if expected is None:  # iso8601 reads 4-digit years only (Temurin: index 0 is refused)
        with pytest.raises(JavaException):
            pipeline.run({"d": text})
        return
    result = pipeline.run({"d": text})
    assert result is not None
    assert result.source["@timestamp"] == expected
