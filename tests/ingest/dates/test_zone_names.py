"""Zone names (`z`, `zzzz`, `v`, `vvvv`) printed and parsed as java.time does, Locale.ROOT and English.

golden/zone_names.tsv is a sample of Temurin 25's answers (CLDR data, what Elasticsearch 8.16+/9.x run)
drawn from golden/ZoneNamesGen.java's dump by golden/zone_names_pack.py (see the file's header); the
same dump made the package's zone_names.dat. The processor cases' expected values follow from those
JDK answers (the zone a name parses to, the name a zone prints) and the zones' offsets.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from s1elastic.ingest.dates.pattern import compile_pattern
from s1elastic.ingest.dates.printparse import CaseInsensitive, Composite, ParseContext
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.zone_names import prefix_tree
from s1elastic.ingest.dates.zones import zone_of
from s1elastic.ingest.document import FieldPath
from s1elastic.ingest.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden" / "zone_names.tsv"


def _rows(kind: str) -> list[list[str]]:
    rows = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if line.startswith(kind + "\t"):
            rows.append(line.split("\t")[1:])
    return rows


PRINTED = _rows("F")
PARSED = _rows("P")


def test_golden_sample_is_large_enough() -> None:
    assert len(PRINTED) >= 300 and len(PARSED) >= 200


@pytest.mark.parametrize(
    ("zone", "instant", "locale", "pattern", "expected"), PRINTED, ids=["-".join(r[:4]) for r in PRINTED]
)
def test_printed_like_the_jdk(zone: str, instant: str, locale: str, pattern: str, expected: str) -> None:
    epoch = int(datetime.fromisoformat(instant.replace("Z", "+00:00")).timestamp())
    out: list[str] = []
    compile_pattern(pattern, "" if locale == "ROOT" else "en").format(
        JDateTime.of_instant(epoch, 0, zone_of(zone)), out
    )
    assert "".join(out) == expected


def _parse(locale: str, pattern: str, insensitive: bool, text: str) -> str:
    parser = compile_pattern(pattern, "" if locale == "ROOT" else "en")
    if insensitive:
        parser = Composite([CaseInsensitive(), *parser.parts], False)
    ctx = ParseContext()
    end = parser.parse(ctx, text, 0)
    return f"ERR@{~end}" if end < 0 else f"{ctx.zone}@{end}"


@pytest.mark.parametrize(
    ("locale", "pattern", "insensitive", "text", "expected"), PARSED, ids=["-".join(r[:4]) for r in PARSED]
)
def test_parsed_like_the_jdk(locale: str, pattern: str, insensitive: str, text: str, expected: str) -> None:
    assert _parse(locale, pattern, insensitive == "1", text) == expected


# Hand-picked facts from the same JDK dump: (locale, pattern, case-insensitive, text, zone@end | ERR@index)
PARSE_FACTS = [
    ("en", "z", False, "CEST", "Europe/Paris@4"),  # a name parses to its metazone's zone
    ("en", "z", False, "BST", "Africa/Abidjan@3"),  # the JDK's own quirk: BST/IST go to Abidjan
    ("en", "z", False, "CET", "Europe/Paris@3"),  # the name shadows the region id CET
    ("ROOT", "z", False, "CET", "CET@3"),  # ROOT has no such name: the region id
    ("ROOT", "z", False, "CEST", "ERR@0"),
    ("ROOT", "z", False, "EST", "America/New_York@3"),
    ("en", "zzzz", False, "Central European Summer Time", "Europe/Paris@28"),
    ("en", "zzzz", False, "Central European Time X", "Europe/Paris@21"),
    ("ROOT", "zzzz", False, "Berlin (+1)", "Europe/Paris@11"),
    ("ROOT", "zzzz", False, "Dawson X", "ERR@0"),  # ends on a branching node of the prefix tree
    ("ROOT", "zzzz", False, "DawsonX", "America/Whitehorse@6"),
    ("en", "z", False, "europe/paris", "ERR@0"),
    ("en", "z", True, "europe/paris", "Europe/Paris@12"),
    ("en", "z", True, "cest", "Europe/Paris@4"),
    ("ROOT", "VV", True, "europe/paris", "Europe/Paris@12"),
    ("ROOT", "VV", True, "utc", "UTC@3"),
    ("ROOT", "VV", True, "gmt+01:00", "GMT+01:00@9"),
    ("ROOT", "VV", True, "z", "Z@1"),
    ("en", "z", False, "UTC+01:00", "UTC+01:00@9"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "pattern", "insensitive", "text", "expected"),
    PARSE_FACTS,
    ids=[f"{f[0]}-{f[1]}-{f[3]}" for f in PARSE_FACTS],
)
def test_parse_facts(locale: str, pattern: str, insensitive: bool, text: str, expected: str) -> None:
    assert _parse(locale, pattern, insensitive, text) == expected


def test_prefix_tree_branching_nodes_have_no_zone() -> None:
    tree = prefix_tree({"Dawson": "a", "Dawson (+0)": "a", "Dawson Creek": "b"})
    assert tree == {"Dawson": "a", "Dawson (+0)": "a", "Dawson Creek": "b", "Dawson ": None}


# (options, input, @timestamp): the date processor parses English by default (8.16+) and prints its
# output_format with Locale.ROOT
PROCESSOR = [
    ("english-short-name", {"formats": ["yyyy-MM-dd HH:mm z"]}, "2021-07-01 12:00 CEST", "2021-07-01T10:00:00.000Z"),
    ("english-long-name", {"formats": ["yyyy-MM-dd HH:mm zzzz"]}, "2021-01-15 12:00 Eastern Standard Time",
     "2021-01-15T17:00:00.000Z"),
    ("english-generic", {"formats": ["yyyy-MM-dd HH:mm v"]}, "2021-07-01 12:00 PT", "2021-07-01T19:00:00.000Z"),
    ("root-locale-est", {"formats": ["yyyy-MM-dd HH:mm z"], "locale": "ROOT"}, "2021-07-01 12:00 EDT",
     "2021-07-01T16:00:00.000Z"),
    ("root-output-full", {"formats": ["ISO8601"], "timezone": "America/New_York", "output_format": "HH:mm zzzz vvvv"},
     "2021-07-04T16:00:00Z", "12:00 New York (+1) New York"),
    ("root-output-utc", {"formats": ["ISO8601"], "timezone": "UTC", "output_format": "z zzzz v vvvv"},
     "2021-07-04T16:00:00Z", "UTC GMT UTC GMT"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "value", "expected"), [c[1:] for c in PROCESSOR], ids=[c[0] for c in PROCESSOR]
)
def test_date_processor(options: dict[str, object], value: str, expected: str) -> None:
    pipeline = Pipeline.load({"processors": [{"date": {"field": "d", **options}}]})
    result = pipeline.run({"d": value})
    assert result is not None
    assert result.get(FieldPath.of("@timestamp")) == expected


def test_date_processor_root_locale_refuses_english_names() -> None:
    pipeline = Pipeline.load(
        {"processors": [{"date": {"field": "d", "formats": ["HH:mm z"], "locale": "ROOT"}}]}
    )
    with pytest.raises(Exception, match="unable to parse date"):
        pipeline.run({"d": "12:00 CEST"})


def test_date_index_name_prints_root_zone_names() -> None:
    pipeline = Pipeline.load(
        {
            "processors": [
                {
                    "date_index_name": {
                        "field": "d",
                        "date_rounding": "d",
                        "index_name_prefix": "logs-",
                        "index_name_format": "yyyy.MM.dd-zzzz",
                        "timezone": "Europe/Paris",
                        "date_formats": ["ISO8601"],
                    }
                }
            ]
        }
    )
    result = pipeline.run({"d": "2021-07-04T05:06:07Z"})
    assert result is not None
    assert (
        result.get(FieldPath.of("_index"))
        == "<logs-{2021.07.04-Paris (+1)||/d{yyyy.MM.dd-zzzz|Europe/Paris}}>"
    )


# strict_week_date_time: ISO_WEEK_DATE's parseCaseInsensitive stays on for the zone id that follows
# (Temurin 25: ISO_WEEK_DATE + 'T' + HH:mm:ss + fraction + appendZoneOrOffsetId, parseUnresolved)
WEEK_ZONES = [
    ("2021-W26-4T12:00:00.000europe/paris", "Europe/Paris"),
    ("2021-W26-4T12:00:00.000z", "Z"),
    ("2021-W26-4T12:00:00.000utc", "UTC"),
    ("2021-W26-4T12:00:00.000Utc+01:00", "UTC+01:00"),
    ("2021-w26-4T12:00:00.000America/new_york", "America/New_York"),
    ("2021-W26-4T12:00:00.000gmt0", "GMT0"),
]


@pytest.mark.parametrize(("text", "zone"), WEEK_ZONES, ids=[w[0][23:] for w in WEEK_ZONES])
def test_case_insensitive_zone_ids_after_iso_week_date(text: str, zone: str) -> None:
    from s1elastic.ingest.dates.formatter import for_pattern

    assert str(for_pattern("strict_week_date_time").parse(text).zone) == zone


def test_case_insensitive_zone_id_prefix_only_fails() -> None:
    from s1elastic.ingest.dates.formatter import for_pattern
    from s1elastic.ingest.errors import IllegalArgumentException

    with pytest.raises(IllegalArgumentException):
        for_pattern("strict_week_date_time").parse("2021-W26-4T12:00:00.000america/")
