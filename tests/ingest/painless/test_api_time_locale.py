"""DateTimeFormatter's locale in Painless: texts and week definitions as JDK 23+ CLDR gives them.

Expected values were printed by Temurin 25 run with -Djava.locale.providers=CLDR (what
Elasticsearch 8.16+ and 9.x run) and a JVM default locale of en_US: Locale.ROOT prints CLDR's
root names (abbreviated months and days, CE, `Q1`), English prints the full names, and ROOT,
en_US (the default) and de_DE number weeks Sunday-first, Sunday-first and ISO respectively.
"""

from __future__ import annotations

import pytest
from painless_helpers import run_script

WHEN = "ZonedDateTime.parse('2021-03-04T05:06:07Z')"

CASES = [
    ("root-names", f"DateTimeFormatter.ofPattern('MMMM EEEE G qqqq', Locale.ROOT).format({WHEN})", "Mar Thu CE Q1"),
    ("english-names", f"DateTimeFormatter.ofPattern('MMMM EEEE G qqqq', Locale.ENGLISH).format({WHEN})",
     "March Thursday AD 1st quarter"),
    ("default-names", f"DateTimeFormatter.ofPattern('MMMM EEEE G qqqq').format({WHEN})", "March Thursday AD 1st quarter"),
    ("with-root", f"DateTimeFormatter.ofPattern('MMMM').withLocale(Locale.ROOT).format({WHEN})", "Mar"),
    ("root-parses-short-name", "LocalDate.parse('Mar 4 2021', DateTimeFormatter.ofPattern('MMMM d yyyy', Locale.ROOT))"
     ".toString()", "2021-03-04"),
    ("root-weeks", f"DateTimeFormatter.ofPattern('e YYYY-ww', Locale.ROOT).format({WHEN})", "5 2021-10"),
    ("default-weeks", f"DateTimeFormatter.ofPattern('e YYYY-ww').format({WHEN})", "5 2021-10"),
    ("german-weeks", f"DateTimeFormatter.ofPattern('e YYYY-ww', Locale.GERMANY).format({WHEN})", "4 2021-09"),
    ("root-week-parse", "LocalDate.parse('2020-33-1', DateTimeFormatter.ofPattern('YYYY-ww-e', Locale.ROOT)).toString()",
     "2020-08-09"),
    ("default-week-parse", "LocalDate.parse('2020-33-1', DateTimeFormatter.ofPattern('YYYY-ww-e')).toString()",
     "2020-08-09"),
    ("german-week-parse",
     "LocalDate.parse('2020-33-1', DateTimeFormatter.ofPattern('YYYY-ww-e', Locale.GERMANY)).toString()", "2020-08-10"),
]  # fmt: skip


@pytest.mark.parametrize(("expression", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_locale_texts_and_weeks(expression: str, expected: str) -> None:
    assert run_script(f"ctx.r = {expression}")["r"] == expected
