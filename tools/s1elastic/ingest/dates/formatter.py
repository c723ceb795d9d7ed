"""Elasticsearch's DateFormatter: named formats, Java patterns and `a||b` combinations.

`for_pattern` mirrors DateFormatter.forPattern: a leading `8` is dropped, `||` joins formatters,
named formats (`strict_date_optional_time`, `epoch_millis`...) come from `named`, anything else is
a Java pattern. Parsing wraps failures as ES does: `failed to parse date field [v] with format [f]`
around the JDK's DateTimeParseException (whose text depends on how many parsers the format has).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from s1elastic.ingest.dates.printparse import Composite, ParseContext
from s1elastic.ingest.dates.resolve import STRICT, Parsed, resolve
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.weeks import ROOT_WEEK, WeekDef, week_def_for
from s1elastic.ingest.dates.zones import Zone
from s1elastic.ingest.errors import (
    ClassCastException,
    DateTimeException,
    DateTimeParseException,
    IllegalArgumentException,
    JavaException,
)


def _abbreviate(text: str) -> str:
    return text[:64] + "..." if len(text) > 64 else text


class Parser(Protocol):
    def parse(self, text: str) -> Parsed: ...

    def try_parse(self, text: str) -> Parsed | None: ...


@dataclass(frozen=True, slots=True)
class JavaParser:
    """A java.time DateTimeFormatter used for parsing (always strict, case-sensitive)."""

    tree: Composite
    style: str = STRICT
    week: WeekDef = ROOT_WEEK  # WeekFields of the formatter's locale (Y, w and e)
    source: str | None = None  # the Java pattern the tree was compiled from (None: a named format)
    zone: Zone | None = None  # DateTimeFormatter.withZone: the zone when the text has none

    def parse(self, text: str) -> Parsed:
        """DateTimeFormatter.parse: Java's exact error texts."""
        ctx = ParseContext()
        pos = self.tree.parse(ctx, text, 0)
        if pos < 0:
            raise DateTimeParseException(f"Text '{_abbreviate(text)}' could not be parsed at index {~pos}")
        if pos < len(text):
            raise DateTimeParseException(
                f"Text '{_abbreviate(text)}' could not be parsed, unparsed text found at index {pos}"
            )
        try:
            return resolve(ctx.fields, ctx.zone or self.zone, self.style, self.week)
        except DateTimeException as exc:
            raise DateTimeParseException(
                f"Text '{_abbreviate(text)}' could not be parsed: {exc.reason}", cause=exc
            ) from None

    def try_parse(self, text: str) -> Parsed | None:
        """toFormat().parseObject(text, pos) plus ES's whole-input check: None on any failure."""
        ctx = ParseContext()
        pos = self.tree.parse(ctx, text, 0)
        if pos < 0 or pos != len(text):
            return None
        try:
            return resolve(ctx.fields, ctx.zone or self.zone, self.style, self.week)
        except DateTimeException:
            return None


@dataclass(frozen=True, slots=True)
class EsDateFormatter:
    """A JavaDateFormatter: a name, one printer, one or more parsers."""

    name: str
    printer: Composite
    parsers: tuple[Parser, ...]

    def parse(self, text: str | None) -> Parsed:
        if not text:
            raise IllegalArgumentException("cannot parse empty datetime")
        try:
            if len(self.parsers) > 1:
                for parser in self.parsers:
                    result = parser.try_parse(text)
                    if result is not None:
                        return result
                raise DateTimeParseException("Failed to parse with all enclosed parsers")
            return self.parsers[0].parse(text)
        except JavaException as exc:
            raise IllegalArgumentException(
                f"failed to parse date field [{text}] with format [{self.name}]", cause=exc
            ) from None

    def with_locale(self, locale: str) -> EsDateFormatter:
        """DateFormatter.withLocale (`""` is ROOT): Java patterns take the locale's texts and week
        definition; named formats keep theirs (they have no texts, and their week fields are ISO)."""
        from s1elastic.ingest.dates.pattern import compile_pattern

        week = week_def_for(locale)
        parsers = tuple(
            replace(p, tree=compile_pattern(p.source, locale), week=week)
            if isinstance(p, JavaParser) and p.source is not None
            else p
            for p in self.parsers
        )
        printer = self.printer
        if len(self.parsers) == 1 and parsers[0] is not self.parsers[0]:
            assert isinstance(parsers[0], JavaParser)
            printer = parsers[0].tree
        return replace(self, printer=printer, parsers=parsers)

    def format(self, value: JDateTime) -> str:
        out: list[str] = []
        self.printer.format(value, out)
        return "".join(out)


def _split_multi(text: str) -> list[str]:
    """Strings.delimitedListToStringArray(text, "||")."""
    return text.split("||")


def for_pattern(text: str) -> EsDateFormatter:
    """DateFormatter.forPattern; raises IllegalArgumentException (or UnsupportedPatternError)."""
    from s1elastic.ingest.dates.named import named_formatter
    from s1elastic.ingest.dates.pattern import compile_pattern

    if not text:
        raise IllegalArgumentException("No date pattern provided")
    if text.startswith("8"):
        text = text[1:]
    formatters: list[EsDateFormatter] = []
    for element in _split_multi(text):
        if not element:
            raise IllegalArgumentException(f"Cannot have empty element in multi date format pattern: {text}")
        named = named_formatter(element)
        if named is not None:
            formatters.append(named)
            continue
        try:
            tree = compile_pattern(element)
        except (IllegalArgumentException, ClassCastException) as exc:
            raise IllegalArgumentException(f"Invalid format: [{element}]: {exc.reason}", cause=exc) from None
        formatters.append(EsDateFormatter(element, tree, (JavaParser(tree, source=element),)))
    if len(formatters) == 1:
        return formatters[0]
    parsers = tuple(p for f in formatters for p in f.parsers)
    return EsDateFormatter(text, formatters[0].printer, parsers)
