"""date: parse a field with the first matching format and write it with `output_format`.

Follows DateProcessor/DateFormat (ES 8.x/9.x): `timezone` and `locale` are templates rendered per
document (a bad value fails the document with `unable to parse date [v]`), the formats are tried in
order and the first success wins; on failure the cause is the first format's error with the
later ones attached to it as suppressed (ExceptionsHelper.useOrSuppress). Java patterns are
compiled once per (format, zone, locale), like Elasticsearch's cache.

Speed: each format also gets a fast parser (`dates.fast`) and the output format a template
printer. A document takes the fast path only while every answer is certain (a date, or "this
format cannot match, try the next"); the first doubt sends the whole document down the general
path above, which alone builds errors, so results and failures are the same either way.
"""

from __future__ import annotations

from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.dates import (
    UTC,
    DateFunction,
    EsDateFormatter,
    UnsupportedPatternError,
    Zone,
    for_pattern,
    parse_locale,
    zone_of,
)
from s1elastic.ingest.dates.fast import FAIL, FastParse, fast_parser, fast_printer
from s1elastic.ingest.dates.ingest import current_utc_year, general_date_function
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException, IllegalArgumentException, JavaException
from s1elastic.ingest.javatypes import java_class_name, java_to_string
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register

DEFAULT_OUTPUT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"
_SPECIAL = ("ISO8601", "UNIX", "UNIX_MS", "TAI64N")


def check_format_supported(cfg: ProcessorConfig, prop: str, fmt: str) -> None:
    """Refuse, at load time, formats that are valid in Elasticsearch but not implemented here."""
    if fmt in _SPECIAL:
        return
    try:
        for_pattern(fmt[1:] if fmt.startswith("8") else fmt)
    except UnsupportedPatternError as exc:
        raise cfg.error(prop, str(exc)) from None
    except JavaException:
        pass  # an invalid pattern: Elasticsearch reports it per document, so do we


def string_list(values: list[Any]) -> list[str]:
    """A `List<String>` read without element checks: the first use of a non-string fails like Java."""
    for value in values:
        if not isinstance(value, str):
            source = java_class_name(value)
            raise ClassCastException(
                f"class {source} cannot be cast to class java.lang.String ({source} and java.lang.String are "
                "in module java.base of loader 'bootstrap')"
            )
    return values


@register
class DateProcessor(Processor):
    type_name: ClassVar[str] = "date"

    def __init__(
        self,
        field: str,
        target_field: str,
        formats: list[str],
        timezone: Template | None,
        locale: Template | None,
        output: EsDateFormatter,
    ) -> None:
        super().__init__()
        self.field = FieldPath.of(field)
        self.target = FieldPath.of(target_field)
        self.formats = formats
        self.timezone = timezone
        self.locale = locale
        self.output = output
        self._functions: dict[tuple[str, str, str], DateFunction] = {}
        self.year_source = current_utc_year
        # Fast path (dates.fast): chosen here, used only where it is certain to agree.
        self.use_fast = True
        self._print = fast_printer(output.printer)
        self._fast: dict[tuple[str, str], tuple[FastParse | None, ...]] = {}
        self._static = _static_zone_and_locale(timezone, locale)
        self._static_parsers: tuple[FastParse | None, ...] | None = None

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        target_field = cfg.string("target_field", "@timestamp")
        timezone = cfg.optional_template("timezone")
        locale = cfg.optional_template("locale")
        formats = cfg.list("formats")
        output_format = cfg.string("output_format", DEFAULT_OUTPUT_FORMAT)
        try:
            output = for_pattern(output_format)
        except UnsupportedPatternError as exc:
            raise cfg.error("output_format", str(exc)) from None
        except JavaException as exc:
            raise IllegalArgumentException(f"invalid output format [{output_format}]", cause=exc) from None
        string_list(formats)
        for fmt in formats:
            check_format_supported(cfg, "formats", fmt)
        return cls(field, target_field, list(formats), timezone, locale, output)

    def _zone_and_locale(self, doc: IngestDocument) -> tuple[Zone, str]:
        zone = UTC if self.timezone is None else zone_of(self.timezone.render(doc))
        locale = "" if self.locale is None else parse_locale(self.locale.render(doc))
        return zone, locale

    def _function(self, fmt: str, zone: Zone, locale: str) -> DateFunction:
        key = (fmt, zone.id, locale)
        function = self._functions.get(key)
        if function is None:
            if len(self._functions) >= 256:
                self._functions.clear()
            function = general_date_function(fmt, zone, locale, self.year_source)
            self._functions[key] = function
        return function

    def _fast_parsers(self, zone: Zone, locale: str) -> tuple[FastParse | None, ...]:
        if self._static is not None and self._static_parsers is not None:
            return self._static_parsers
        key = (zone.id, locale)
        parsers = self._fast.get(key)
        if parsers is None:
            if len(self._fast) >= 256:
                self._fast.clear()
            parsers = tuple(fast_parser(fmt, zone, locale, self.year_source) for fmt in self.formats)
            self._fast[key] = parsers
            if self._static is not None:
                self._static_parsers = parsers
        return parsers

    def _execute_fast(self, doc: IngestDocument, value: str, zone: Zone, locale: str) -> bool:
        """True when the fast path wrote the date; False leaves the whole document to the general path."""
        printer = self._print
        if printer is None or not self.use_fast:
            return False
        for parse in self._fast_parsers(zone, locale):
            if parse is None:
                return False
            local = parse(value)
            if local is FAIL:
                continue
            if local is None:
                return False
            text = printer(local)
            if text is None:
                return False
            try:
                doc.set(self.target, text)
            except JavaException:
                return False
            return True
        return False

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raw = doc.get(self.field)
        value = None if raw is None else (raw if type(raw) is str else java_to_string(raw))
        static = self._static
        if static is not None:
            zone, locale = static
        else:
            try:
                zone, locale = self._zone_and_locale(doc)
            except JavaException as exc:
                raise IllegalArgumentException(
                    f"unable to parse date [{java_to_string(value)}]", cause=exc
                ) from None
        if value and self._execute_fast(doc, value, zone, locale):
            return doc
        first: JavaException | None = None
        for fmt in self.formats:
            try:
                result = self._function(fmt, zone, locale)(value)
            except JavaException as exc:
                if first is None:
                    first = exc
                else:
                    first.suppressed.append(exc)
                continue
            doc.set(self.target, self.output.format(result))
            return doc
        raise IllegalArgumentException(f"unable to parse date [{java_to_string(value)}]", cause=first)


def _static_zone_and_locale(timezone: Template | None, locale: Template | None) -> tuple[Zone, str] | None:
    """The zone and locale when neither depends on the document and both are valid (else per document)."""
    if (timezone is not None and not timezone.is_constant) or (locale is not None and not locale.is_constant):
        return None
    try:
        zone = UTC if timezone is None else zone_of(timezone.source)
        return zone, "" if locale is None else parse_locale(locale.source)
    except JavaException:
        return None
