"""Locale.ROOT and English as Elasticsearch 8.16+ and 9.x see them (JDK 23+, CLDR data only).

The golden files were made on Temurin 25 with -Djava.locale.providers=CLDR (their headers say
how); no JDK is needed to run these tests. They pin what changed from 8.15 (COMPAT data, ROOT
weeks made ISO by Elasticsearch's provider): ROOT prints and parses CLDR's root texts ("Jan" for
MMMM, "1" for MMMMM, "Thu" for EEEE, "CE", "Q1" for QQQQ, "1" for qqq), root zone names
("GMT+01:00", "Paris (+0)"), and ROOT and English weeks start on Sunday with 1 minimal day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from s1elastic.ingest.dates import JDateTime, for_pattern, zone_of
from s1elastic.ingest.dates.ingest import date_function, general_date_function
from s1elastic.ingest.document import FieldPath
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden"
OUTPUT = for_pattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")


def _rows(name: str) -> list[list[str]]:
    lines = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _locale(text: str) -> str:
    return "" if text == "ROOT" else text


PRINTED = _rows("cldr_printed.tsv")


def _printed_by_pattern() -> dict[tuple[str, str], list[tuple[str, int, str]]]:
    grouped: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
    for pattern, locale, zone, epoch, text in PRINTED:
        grouped.setdefault((pattern, locale), []).append((zone, int(epoch), text))
    return grouped


GROUPS = _printed_by_pattern()


@pytest.mark.parametrize(("pattern", "locale"), list(GROUPS), ids=[f"{p}@{loc}" for p, loc in GROUPS])
def test_printed(pattern: str, locale: str) -> None:
    formatter = for_pattern(pattern).with_locale(_locale(locale))
    wrong = []
    for zone, epoch, expected in GROUPS[(pattern, locale)]:
        got = formatter.format(JDateTime.of_instant(epoch, 0, zone_of(zone)))
        if got != expected:
            wrong.append((zone, epoch, expected, got))
    assert wrong == []


PARSED = _rows("cldr_parsed.tsv")


@pytest.mark.parametrize(
    ("pattern", "locale", "zone", "text", "expected"), PARSED, ids=[f"{r[0]}@{r[1]}:{r[3]}" for r in PARSED]
)
def test_parsed(pattern: str, locale: str, zone: str, text: str, expected: str) -> None:
    for build in (general_date_function, date_function):
        try:
            got = "OK " + OUTPUT.format(build(pattern, zone_of(zone), _locale(locale), lambda: 2024)(text))
        except JavaException as exc:
            root = exc
            while root.cause is not None:
                root = root.cause
            got = f"ERR {root.reason}"
        assert got == expected


# The date processor: parsing defaults to English (8.16+), output_format prints with ROOT.
PROCESSOR = [
    ("default-english-full-month", {"formats": ["MMMM d yyyy"]}, "March 4 2021", "2021-03-04T00:00:00.000Z"),
    ("root-short-month-for-mmmm", {"formats": ["MMMM d yyyy"], "locale": "ROOT"}, "Mar 4 2021",
     "2021-03-04T00:00:00.000Z"),
    ("default-english-week", {"formats": ["YYYY-ww"]}, "2016-01", "2015-12-27T00:00:00.000Z"),
    ("german-week", {"formats": ["YYYY-ww"], "locale": "de_DE"}, "2016-01", "2016-01-04T00:00:00.000Z"),
    ("root-output-names", {"formats": ["ISO8601"], "output_format": "EEEE d MMMM yyyy G"}, "2021-03-04T05:06:07Z",
     "Thu 4 Mar 2021 CE"),
    ("root-output-zone-name", {"formats": ["ISO8601"], "timezone": "Europe/Paris", "output_format": "HH:mm z zzzz"},
     "2021-07-04T05:06:07Z", "07:06 GMT+02:00 Paris (+1)"),
    ("root-output-weeks", {"formats": ["ISO8601"], "output_format": "YYYY-'W'ww-e"}, "2021-01-01T00:00:00Z",
     "2021-W01-6"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "value", "expected"), [c[1:] for c in PROCESSOR], ids=[c[0] for c in PROCESSOR]
)
def test_date_processor(options: dict[str, object], value: str, expected: str) -> None:
    pipeline = Pipeline.load({"processors": [{"date": {"field": "d", **options}}]})
    result = pipeline.run({"d": value})
    assert result is not None
    assert result.get(FieldPath.of("@timestamp")) == expected


def test_date_processor_english_default_refuses_root_texts() -> None:
    pipeline = Pipeline.load({"processors": [{"date": {"field": "d", "formats": ["MMMM d yyyy"]}}]})
    with pytest.raises(JavaException) as caught:
        pipeline.run({"d": "Mar 4 2021"})
    root = caught.value
    while root.cause is not None:
        root = root.cause
    assert root.reason == "Text 'Mar 4 2021' could not be parsed at index 0"


def test_date_index_name_prints_with_root() -> None:
    pipeline = Pipeline.load(
        {
            "processors": [
                {
                    "date_index_name": {
                        "field": "d",
                        "date_rounding": "M",
                        "index_name_prefix": "logs-",
                        "index_name_format": "yyyy-MMMM",
                        "date_formats": ["MMMM d yyyy"],
                    }
                }
            ]
        }
    )
    result = pipeline.run({"d": "March 4 2021"})
    assert result is not None
    assert result.get(FieldPath.of("_index")) == "<logs-{2021-Mar||/M{yyyy-MMMM|UTC}}>"


# WeekFields.of(locale) on Temurin 25 (CLDR): (first day, ISO number; minimal days in week 1).
WEEK_DATA = [
    ("", 7, 1), ("en", 7, 1), ("en-US", 7, 1), ("de-DE", 1, 4), ("en-GB", 1, 4), ("pt-PT", 7, 4),
    ("dv-MV", 5, 1), ("ar-SA", 7, 1), ("en-AU", 1, 1), ("zh-CN", 1, 1), ("ar-AE", 1, 1),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "first", "min_days"), WEEK_DATA, ids=[w[0] or "ROOT" for w in WEEK_DATA])
def test_week_data(locale: str, first: int, min_days: int) -> None:
    from s1elastic.ingest.dates.weeks import week_def_for

    week = week_def_for(locale)
    assert (week.first, week.min_days) == (first, min_days)
