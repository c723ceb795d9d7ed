"""java.util.Locale as Painless whitelists it (java.util.txt), and the String methods taking one.

A locale is a value: language, script, country and variant, normalised as Locale's constructors
and `forLanguageTag` normalise them. What a locale changes in ingest scripts is case mapping:
`toLowerCase(Locale)` / `toUpperCase(Locale)` follow Java's root rules (Python's full Unicode case
mappings, final sigma included) except for Turkish and Azeri, whose dotted and dotless i Java
special-cases. Lithuanian's accent-preserving rules are not modelled (it maps as root).
Display names and ISO-3 codes (CLDR data) are not implemented: those methods are not registered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from s1elastic.ingest.errors import NullPointerException
from s1elastic.ingest.painless.methods import constructor, method, static_field
from s1elastic.ingest.painless.values import JChar

# JDK 17+ constructs locales with the current ISO 639 codes for these retired ones.
_RETIRED = {"iw": "he", "ji": "yi", "in": "id"}


@dataclass(frozen=True, slots=True)
class JLocale:
    """A java.util.Locale: lower-case language, title-case script, upper-case country, variant."""

    language: str
    country: str = ""
    variant: str = ""
    script: str = ""

    JAVA_CLASS = "java.util.Locale"
    PAINLESS_CLASS = "Locale"

    def java_to_string(self) -> str:
        """Locale.toString: `en`, `en_US`, `_US`, `en__POSIX`, `zh_CN_#Hans`; ROOT is empty."""
        lang, region, variant, script = self.language, self.country, self.variant, self.script
        out = lang
        if region or (lang and (variant or script)):
            out += "_" + region
        if variant and (lang or region):
            out += "_" + variant
        if script and (lang or region):
            out += "_#" + script
        return out


def _ascii_lower(s: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in s)


def _ascii_upper(s: str) -> str:
    return "".join(c.upper() if "a" <= c <= "z" else c for c in s)


def make_locale(language: Any, country: Any = "", variant: Any = "") -> JLocale:
    """new Locale(language[, country[, variant]]): null parts are a NullPointerException."""
    if language is None or country is None or variant is None:
        raise NullPointerException(None)
    lang = _ascii_lower(str(language))
    return JLocale(_RETIRED.get(lang, lang), _ascii_upper(str(country)), str(variant))


ROOT = JLocale("")
ENGLISH = JLocale("en")
US = JLocale("en", "US")
# The JVM's default locale where LANG is unset, C, POSIX or en_US.* (the usual server case);
# assumption: an Elasticsearch node started with another LANG would report that locale instead.
DEFAULT = US

_CONSTANTS = {
    "CANADA": JLocale("en", "CA"),
    "CANADA_FRENCH": JLocale("fr", "CA"),
    "CHINA": JLocale("zh", "CN"),
    "CHINESE": JLocale("zh"),
    "ENGLISH": ENGLISH,
    "FRANCE": JLocale("fr", "FR"),
    "FRENCH": JLocale("fr"),
    "GERMAN": JLocale("de"),
    "GERMANY": JLocale("de", "DE"),
    "ITALIAN": JLocale("it"),
    "ITALY": JLocale("it", "IT"),
    "JAPAN": JLocale("ja", "JP"),
    "JAPANESE": JLocale("ja"),
    "KOREA": JLocale("ko", "KR"),
    "KOREAN": JLocale("ko"),
    "PRC": JLocale("zh", "CN"),
    "ROOT": ROOT,
    "SIMPLIFIED_CHINESE": JLocale("zh", "CN"),
    "TAIWAN": JLocale("zh", "TW"),
    "TRADITIONAL_CHINESE": JLocale("zh", "TW"),
    "UK": JLocale("en", "GB"),
    "US": US,
}
for _name, _value in _CONSTANTS.items():
    static_field("Locale", _name, "Locale", _value)
static_field("Locale", "PRIVATE_USE_EXTENSION", "char", JChar("x"))
static_field("Locale", "UNICODE_LOCALE_EXTENSION", "char", JChar("u"))


@constructor("Locale", "String", "String, String", "String, String, String")
def _new_locale(language: Any, country: Any = "", variant: Any = "") -> JLocale:
    return make_locale(language, country, variant)


@method("Locale", "static Locale getDefault()")
def _get_default() -> JLocale:
    return DEFAULT


@method("Locale", "String getLanguage()")
def _get_language(loc: JLocale) -> str:
    return loc.language


@method("Locale", "String getCountry()")
def _get_country(loc: JLocale) -> str:
    return loc.country


@method("Locale", "String getVariant()")
def _get_variant(loc: JLocale) -> str:
    return loc.variant


@method("Locale", "String getScript()")
def _get_script(loc: JLocale) -> str:
    return loc.script


@method("Locale", "boolean hasExtensions()")
def _has_extensions(loc: JLocale) -> bool:
    return False  # extensions (-u-, -x-) are dropped when a tag is read, see forLanguageTag


@method("Locale", "Locale stripExtensions()")
def _strip_extensions(loc: JLocale) -> JLocale:
    return loc


@method("Locale", "def clone()")
def _clone(loc: JLocale) -> JLocale:
    return loc


_VARIANT = re.compile(r"[0-9A-Za-z]{5,8}|[0-9][0-9A-Za-z]{3}")


@method("Locale", "String toLanguageTag()")
def _to_language_tag(loc: JLocale) -> str:
    """BCP 47 form: `und` for an empty language; well-formed variants become subtags."""
    parts = [loc.language or "und"]
    if loc.script:
        parts.append(loc.script)
    if loc.country:
        parts.append(loc.country)
    private: list[str] = []
    for sub in loc.variant.replace("_", "-").split("-") if loc.variant else []:
        if private or not _VARIANT.fullmatch(sub):
            private.append(sub)  # an ill-formed variant goes to the private use `lvariant` part
        else:
            parts.append(sub)
    if private:
        parts += ["x", "lvariant", *private]
    return "-".join(parts)


@method("Locale", "static Locale forLanguageTag(String)")
def _for_language_tag(tag: Any) -> JLocale:
    """Locale.forLanguageTag: reads subtags until the first ill-formed one; never throws."""
    if tag is None:
        raise NullPointerException(None)
    subs = str(tag).replace("_", "-").split("-")
    i = 0
    language = script = country = ""
    variants: list[str] = []
    if subs and re.fullmatch(r"[A-Za-z]{2,8}", subs[0]):
        language = _ascii_lower(subs[0])
        i = 1
        while i < len(subs) and i <= 3 and len(language) <= 3 and re.fullmatch(r"[A-Za-z]{3}", subs[i]):
            i += 1  # extended language subtags are read and dropped (Java keeps the primary)
        if i < len(subs) and re.fullmatch(r"[A-Za-z]{4}", subs[i]):
            script = subs[i][0].upper() + _ascii_lower(subs[i][1:])
            i += 1
        if i < len(subs) and re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", subs[i]):
            country = _ascii_upper(subs[i])
            i += 1
        while i < len(subs) and _VARIANT.fullmatch(subs[i]):
            variants.append(subs[i])
            i += 1
    if language == "und":
        language = ""
    language = _RETIRED.get(language, language)
    return JLocale(language, country, "_".join(variants), script)


# ---------------------------------------------------------------------------------------------
# String case mapping under a locale

_TURKIC = frozenset({"tr", "az"})


def lower(s: str, locale: JLocale | None) -> str:
    """String.toLowerCase(locale)."""
    if locale is None or locale.language not in _TURKIC or ("I" not in s and "\u0130" not in s):
        return s.lower()
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "I":
            if i + 1 < n and s[i + 1] == "\u0307":
                out.append("i")  # I + combining dot above is a plain i
                i += 2
                continue
            out.append("\u0131")
        elif c == "\u0130":
            out.append("i")
        else:
            out.append(c.lower())
        i += 1
    return "".join(out)


def upper(s: str, locale: JLocale | None) -> str:
    """String.toUpperCase(locale)."""
    if locale is None or locale.language not in _TURKIC or "i" not in s:
        return s.upper()
    return "".join("\u0130" if c == "i" else c.upper() for c in s)


@method("String", "String toLowerCase(Locale)")
def _to_lower_case(s: str, locale: Any) -> str:
    if locale is None:
        raise NullPointerException(None)
    return lower(s, locale)


@method("String", "String toUpperCase(Locale)")
def _to_upper_case(s: str, locale: Any) -> str:
    if locale is None:
        raise NullPointerException(None)
    return upper(s, locale)
