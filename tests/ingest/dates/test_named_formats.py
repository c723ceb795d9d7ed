"""Elasticsearch's named date formats (DateFormatters) against a frozen Temurin 25 table.

golden/named_formats.tsv was produced by a scratch Java program that builds every named format
with java.time exactly as DateFormatters (8.x/9.x) does, parses the way ingest's DateFormat.Java
does (with the locale, the zone, the current year pinned to 2024 and DateFormatters.from) and
prints with each format's own printer. No JDK is needed here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.ingest import date_function, general_date_function
from s1elastic.ingest.dates.named import named_formatter
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.errors import IllegalArgumentException, JavaException

GOLDEN = Path(__file__).parent / "golden" / "named_formats.tsv"
NANOS = for_pattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXXXX")
_ISO = re.compile(r"([+-]?\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{9})")

# Every name of FormatNames (8.x/9.x), plus `week_year`, the older spelling of `weekyear`.
_NAME_LIST = """
iso8601 basic_date basic_date_time basic_date_time_no_millis basic_ordinal_date basic_ordinal_date_time
basic_ordinal_date_time_no_millis basic_time basic_time_no_millis basic_t_time basic_t_time_no_millis
basic_week_date basic_week_date_time basic_week_date_time_no_millis date date_hour date_hour_minute
date_hour_minute_second date_hour_minute_second_fraction date_hour_minute_second_millis date_optional_time
date_time date_time_no_millis hour hour_minute hour_minute_second hour_minute_second_fraction
hour_minute_second_millis ordinal_date ordinal_date_time ordinal_date_time_no_millis time time_no_millis
t_time t_time_no_millis week_date week_date_time week_date_time_no_millis weekyear week_year weekyear_week
weekyear_week_day year year_month year_month_day epoch_second epoch_millis strict_basic_week_date
strict_basic_week_date_time strict_basic_week_date_time_no_millis strict_date strict_date_hour
strict_date_hour_minute strict_date_hour_minute_second strict_date_hour_minute_second_fraction
strict_date_hour_minute_second_millis strict_date_optional_time strict_date_optional_time_nanos
strict_date_time strict_date_time_no_millis strict_hour strict_hour_minute strict_hour_minute_second
strict_hour_minute_second_fraction strict_hour_minute_second_millis strict_ordinal_date
strict_ordinal_date_time strict_ordinal_date_time_no_millis strict_time strict_time_no_millis strict_t_time
strict_t_time_no_millis strict_week_date strict_week_date_time strict_week_date_time_no_millis
strict_weekyear strict_weekyear_week strict_weekyear_week_day strict_year strict_year_month
strict_year_month_day
"""
NAMES = _NAME_LIST.split()


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n"}.get(m.group(1), m.group(1)), text)


def _rows(kind: str) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        row_kind, name, locale, zone, text, result = line.split("\t")
        if row_kind == kind:
            rows.append((name, locale, zone, _unescape(text), _unescape(result)))
    return rows


def _simple(error: JavaException) -> str:
    return f"{error.java_class.rsplit('.', 1)[-1]}: {error.reason}"


def _outcome(parse, name: str, text: str) -> str:  # type: ignore[no-untyped-def]
    try:
        return "=" + NANOS.format(parse(text))
    except IllegalArgumentException as error:
        if error.reason != f"failed to parse date field [{text}] with format [{name}]":
            return "!!" + _simple(error)
        assert error.cause is not None
        return "!" + _simple(error.cause).replace(f"Text '{text}' could not be parsed", "~")
    except JavaException as error:
        return "!!" + _simple(error)


PARSED = _rows("parse")
PRINTED = _rows("print")


def test_every_format_name_is_built() -> None:
    assert [name for name in NAMES if named_formatter(name) is None] == []


def test_golden_covers_every_format() -> None:
    assert {row[0] for row in PARSED} >= set(NAMES) - {"epoch_second", "epoch_millis"}
    assert len(PARSED) > 2000 and len(PRINTED) > 2000


@pytest.mark.parametrize("name", sorted({row[0] for row in PARSED}))
def test_parse_like_temurin(name: str) -> None:
    mismatches = []
    for row_name, locale, zone, text, expected in PARSED:
        if row_name != name:
            continue
        for build in (general_date_function, date_function):
            got = _outcome(build(name, zone_of(zone), locale, lambda: 2024), name, text)
            if got != expected:
                mismatches.append((locale, zone, text, expected, got))
    assert mismatches == []


@pytest.mark.parametrize("name", sorted({row[0] for row in PRINTED}))
def test_print_like_temurin(name: str) -> None:
    formatter = for_pattern(name)
    mismatches = []
    for row_name, _, zone, when, expected in PRINTED:
        if row_name != name:
            continue
        match = _ISO.match(when)
        assert match is not None
        value = JDateTime.of_local(*(int(g) for g in match.groups()), zone_of(zone))
        try:
            got = "=" + formatter.format(value)
        except JavaException as error:
            got = "!" + _simple(error)
        if got != expected:
            mismatches.append((zone, when, expected, got))
    assert mismatches == []
