"""date_index_name: point `_index` at a date-math index name built from a date field.

Follows DateIndexNameProcessor: `timezone`, `locale` and `date_formats` are resolved when the
pipeline is created (errors refuse the pipeline); every format is tried and the last one that
parses wins; `_index` becomes `<prefix{date||/rounding{format|zone}}>` with UTC written as `UTC`.
Dates parse with `locale` (Locale.ENGLISH by default) and the index name prints with Locale.ROOT
(DateFormatter.forPattern), whose texts are CLDR's root ones on the JDK 23+ of 8.16+ and 9.x.
The rounding itself is done later by Elasticsearch's date-math index resolution, not here.
"""

from __future__ import annotations

from typing import ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.dates import (
    DateFunction,
    EsDateFormatter,
    UnsupportedPatternError,
    Zone,
    date_function,
    for_pattern,
    parse_language_tag,
    zone_of,
)
from s1elastic.ingest.dates.fast import FastPrint, fast_printer
from s1elastic.ingest.dates.zones import UTC
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.javatypes import java_to_string
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register
from s1elastic.ingest.processors.date import check_format_supported, string_list

DEFAULT_DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXX"
_INDEX = FieldPath.of("_index")


@register
class DateIndexNameProcessor(Processor):
    type_name: ClassVar[str] = "date_index_name"

    def __init__(
        self,
        field: str,
        functions: list[DateFunction],
        zone: Zone,
        prefix: Template,
        rounding: Template,
        index_format: Template,
    ) -> None:
        super().__init__()
        self.field = FieldPath.of(field)
        self.functions = functions
        self.zone_text = "UTC" if zone.is_offset and zone.offset == 0 else zone.id
        self.prefix = prefix
        self.rounding = rounding
        self.index_format = index_format
        self._formatters: dict[str, tuple[EsDateFormatter, FastPrint | None]] = {}

    def _formatter(self, pattern: str) -> tuple[EsDateFormatter, FastPrint | None]:
        """for_pattern(pattern) and its fast printer, compiled once per pattern (errors are not kept)."""
        known = self._formatters.get(pattern)
        if known is None:
            try:
                formatter = for_pattern(pattern)
            except UnsupportedPatternError as exc:
                raise IllegalArgumentException(str(exc)) from None
            if len(self._formatters) >= 64:
                self._formatters.clear()
            known = self._formatters[pattern] = (formatter, fast_printer(formatter.printer))
        return known

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        locale_text = cfg.string("locale", None)
        timezone_text = cfg.string("timezone", None)
        zone = UTC if timezone_text is None else zone_of(timezone_text)
        locale = "en"
        if locale_text is not None:
            locale = parse_language_tag(locale_text)
        formats = cfg.list("date_formats", None)
        if formats is None:
            formats = [DEFAULT_DATE_FORMAT]
        string_list(formats)
        functions = []
        for fmt in formats:
            check_format_supported(cfg, "date_formats", fmt)
            functions.append(date_function(fmt, zone, locale))
        field = cfg.string("field")
        prefix = cfg.template("index_name_prefix", "")
        rounding = cfg.template("date_rounding")
        index_format = cfg.template("index_name_format", "yyyy-MM-dd")
        if index_format.is_constant:
            check_format_supported(cfg, "index_name_format", index_format.source)
        return cls(field, functions, zone, prefix, rounding, index_format)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raw = doc.get(self.field)
        text = None if raw is None else java_to_string(raw)
        parsed = None
        first: JavaException | None = None
        for function in self.functions:
            try:
                parsed = function(text)
            except JavaException as exc:
                if first is None:
                    first = exc
                else:
                    first.suppressed.append(exc)
        if parsed is None:
            raise IllegalArgumentException(f"unable to parse date [{java_to_string(text)}]", cause=first)
        prefix = self.prefix.render(doc)
        index_format = self.index_format.render(doc)
        rounding = self.rounding.render(doc)
        formatter, printer = self._formatter(index_format)
        formatted = None
        if printer is not None:
            p = parsed
            formatted = printer((p.year, p.month, p.day, p.hour, p.minute, p.second, p.nano, p.offset))
        if formatted is None:
            formatted = formatter.format(parsed)
        doc.set(_INDEX, f"<{prefix}{{{formatted}||/{rounding}{{{index_format}|{self.zone_text}}}}}>")
        return doc
