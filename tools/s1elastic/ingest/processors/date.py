"""date: parse a field with the first matching format and write it with `output_format`.

Follows DateProcessor/DateFormat (ES 8.x/9.x): `timezone` and `locale` are templates rendered per
document (a bad value fails the document with `unable to parse date [v]`), the formats are tried in
order and the first success wins; on failure the cause is the first format's error with the
later ones attached to it as suppressed (ExceptionsHelper.useOrSuppress). Java patterns are
compiled once per (format, zone, locale), like Elasticsearch's cache.
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
    date_function,
    for_pattern,
    parse_locale,
    zone_of,
)
from s1elastic.ingest.dates.ingest import current_utc_year
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
            function = date_function(fmt, zone, locale, self.year_source)
            self._functions[key] = function
        return function

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raw = doc.get(self.field)
        value = None if raw is None else java_to_string(raw)
        try:
            zone, locale = self._zone_and_locale(doc)
        except JavaException as exc:
            raise IllegalArgumentException(f"unable to parse date [{value}]", cause=exc) from None
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
