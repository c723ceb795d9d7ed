"""java.util.Locale (java.util.txt whitelist) and the String case mappings that take one.

Expected values come from the Javadoc of String.toLowerCase(Locale) / toUpperCase(Locale) (their
tables of locale-sensitive examples), Locale.toString (its examples), Locale.toLanguageTag and
Locale's constructors (case normalisation; JDK 17+ maps retired ISO 639 codes to current ones).
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

STRING = "java.lang.String"

CASE_MAPPINGS = [
    # String.toLowerCase(Locale) Javadoc table
    ("lower_tr_dotted_capital_i", "'\u0130'.toLowerCase(new Locale('tr'))", "i"),
    ("lower_tr_capital_i", "'I'.toLowerCase(new Locale('tr'))", "\u0131"),
    # Java's conditional special casing: a word-final capital sigma lowers to the final form
    ("lower_final_sigma", "'\u03a7\u0391\u039f\u03a3'.toLowerCase(Locale.ROOT)", "\u03c7\u03b1\u03bf\u03c2"),
    ("lower_root_dotted_capital_i", "'\u0130'.toLowerCase(Locale.ROOT)", "i\u0307"),
    # String.toUpperCase(Locale) Javadoc table
    ("upper_tr_small_i", "'i'.toUpperCase(new Locale('tr', 'TR'))", "\u0130"),
    ("upper_tr_dotless_i", "'\u0131'.toUpperCase(new Locale('tr'))", "I"),
    ("upper_sharp_s", "'\u00df'.toUpperCase(Locale.ROOT)", "SS"),
    ("upper_umlaut", "'Fahrvergn\u00fcgen'.toUpperCase(Locale.ENGLISH)", "FAHRVERGN\u00dcGEN"),
    # the ingest pipelines' use: a locale-independent normalisation
    ("lower_root_ascii", "'TiTlE'.toLowerCase(Locale.ROOT)", "title"),
    ("upper_root_ascii", "'TiTlE'.toUpperCase(Locale.ROOT)", "TITLE"),
    ("lower_us_capital_i", "'I'.toLowerCase(Locale.US)", "i"),
    ("azeri_like_turkish", "'I'.toLowerCase(new Locale('az'))", "\u0131"),
    ("tr_i_with_combining_dot", "'I\u0307'.toLowerCase(new Locale('tr'))", "i"),
]


@pytest.mark.parametrize(
    ("expr", "expected"), [c[1:] for c in CASE_MAPPINGS], ids=[c[0] for c in CASE_MAPPINGS]
)
def test_case_mapping(expr: str, expected: str) -> None:
    assert java(run_script(f"ctx.r = {expr}")["r"]) == (STRING, expected)


def test_def_receiver_resolves_the_locale_overload() -> None:
    """`ctx.x.toLowerCase(Locale.ROOT)`: a def receiver finds toLowerCase/1 at run time."""
    doc = run_script("ctx.out = ctx.host.toLowerCase(Locale.ROOT)", {"host": "WEB-01.Example.COM"})
    assert doc["out"] == "web-01.example.com"


LOCALE_TEXT = [
    # Locale.toString Javadoc examples
    ("language", "new Locale('en').toString()", "en"),
    ("language_country", "new Locale('de', 'DE').toString()", "de_DE"),
    ("country_only", "new Locale('', 'GB').toString()", "_GB"),
    ("with_variant", "new Locale('en', 'US', 'WIN').toString()", "en_US_WIN"),
    ("no_country_variant", "new Locale('de', '', 'POSIX').toString()", "de__POSIX"),
    ("script", "Locale.forLanguageTag('zh-Hans-CN').toString()", "zh_CN_#Hans"),
    ("root", "Locale.ROOT.toString()", ""),
    # constructors normalise case
    ("normalised_case", "new Locale('EN', 'us').toString()", "en_US"),
    ("retired_hebrew_code", "new Locale('iw').getLanguage()", "he"),
    # constants
    ("us", "Locale.US.toString()", "en_US"),
    ("uk", "Locale.UK.toString()", "en_GB"),
    ("canada_french", "Locale.CANADA_FRENCH.toString()", "fr_CA"),
    ("prc", "Locale.PRC.toString()", "zh_CN"),
    ("english", "Locale.ENGLISH.toString()", "en"),
    ("getter_shortcut", "Locale.GERMANY.country", "DE"),
    # BCP 47 tags
    ("tag_us", "Locale.US.toLanguageTag()", "en-US"),
    ("tag_root", "Locale.ROOT.toLanguageTag()", "und"),
    ("tag_variant", "new Locale('en', 'US', 'POSIX').toLanguageTag()", "en-US-POSIX"),
    ("tag_ill_formed_variant", "new Locale('de', 'DE', 'x').toLanguageTag()", "de-DE-x-lvariant-x"),
    ("parse_tag", "Locale.forLanguageTag('en-GB').getCountry()", "GB"),
    ("parse_und", "Locale.forLanguageTag('und').toString()", ""),
    ("parse_stops_at_ill_formed", "Locale.forLanguageTag('en-US-!!').toString()", "en_US"),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in LOCALE_TEXT], ids=[c[0] for c in LOCALE_TEXT])
def test_locale_text(expr: str, expected: str) -> None:
    assert java(run_script(f"ctx.r = {expr}")["r"]) == (STRING, expected)


def test_locales_are_values() -> None:
    doc = run_script(
        "ctx.r = [Locale.US == new Locale('en', 'US'), Locale.US.equals(Locale.UK),"
        " Locale.CHINA == Locale.PRC, Locale.getDefault() instanceof Locale]"
    )
    assert doc["r"] == [True, False, True, True]


def test_null_locale_is_a_null_pointer() -> None:
    with pytest.raises(ScriptException) as info:
        compile_script("Locale l = null; ctx.r = 'X'.toLowerCase(l)").execute({})
    assert info.value.error_body()["caused_by"] == {"type": "null_pointer_exception", "reason": None}


def test_formatter_keeps_its_locale() -> None:
    doc = run_script(
        "DateTimeFormatter f = DateTimeFormatter.ofPattern('MMM d yyyy', Locale.ENGLISH);"
        " ctx.r = [f.getLocale().toString(), f.withLocale(Locale.UK).getLocale().toString(),"
        " f.format(ZonedDateTime.parse('2021-03-04T05:06:07Z'))]"
    )
    assert doc["r"] == ["en", "en_GB", "Mar 4 2021"]
