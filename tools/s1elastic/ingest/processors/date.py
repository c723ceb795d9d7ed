"""date: parse a field with the first matching format and write it with `output_format`.

Follows DateProcessor/DateFormat (ES 8.16+ and 9.x): `timezone` and `locale` are templates rendered
per document (a bad value fails the document with `unable to parse date [v]`); without `locale`
the formats parse with Locale.ENGLISH (PR #112796; 8.15 and earlier used Locale.ROOT, whose texts
were English there but are CLDR's "Jan"/"Thu"/"CE" on the JDK 23+ that 8.16+ bundles), while
`output_format` prints with Locale.ROOT as DateFormatter.forPattern builds it. The formats are tried in
order and the first success wins; on failure the cause is the first format's error with the
later ones attached to it as suppressed (ExceptionsHelper.useOrSuppress). Java patterns are
compiled once per (format, zone, locale), like Elasticsearch's cache.

Speed: each format also gets a fast parser (`dates.fast`) and the output format a template
printer. A document takes the fast path only while every answer is certain (a date, or "this
format cannot match, try the next"); the first doubt sends the whole document down the general
path above, which alone builds errors, so results and failures are the same either way. When the
zone and locale are constants, parsers and printer are chained once into a text -> text converter
(`dates.fast.convert`) and `execute` is a closure that walks to the field, converts a string and
stores the text, handing anything else to the class's own execute (`_execute_general`). What it
stores is the output format's string, as Elasticsearch's DateProcessor stores
`formatter.format(dateTime)`, so a remembered conversion is the very value the general path stores.
"""

from __future__ import annotations

from collections.abc import Callable
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
from s1elastic.ingest.dates.fast.convert import Convert, fast_converter, shared_converter
from s1elastic.ingest.dates.ingest import current_utc_year, general_date_function
from s1elastic.ingest.document import METADATA_KEYS, FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException, IllegalArgumentException, JavaException
from s1elastic.ingest.fusion import AtField, FieldTest
from s1elastic.ingest.javatypes import java_class_name, java_to_string
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register

DEFAULT_OUTPUT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"
DEFAULT_LOCALE = "en"  # Locale.ENGLISH, the parsing locale when `locale` is not set (8.16+)
_SPECIAL = ("ISO8601", "UNIX", "UNIX_MS", "TAI64N")
_METADATA = frozenset(METADATA_KEYS)


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
        output_format: str | None = None,
    ) -> None:
        super().__init__()
        self.field = FieldPath.of(field)
        self.target = FieldPath.of(target_field)
        self.formats = formats
        self.timezone = timezone
        self.locale = locale
        self.output = output
        self.output_format = output.name if output_format is None else output_format
        self._functions: dict[tuple[str, str, str], DateFunction] = {}
        # Fast path (dates.fast): chosen here, used only where it is certain to agree.
        self._year_source: Callable[[], int] = current_utc_year
        self._use_fast = True
        self._print = fast_printer(output.printer)
        self._fast: dict[tuple[str, str], tuple[FastParse | None, ...]] = {}
        self._static = _static_zone_and_locale(timezone, locale)
        self._static_parsers: tuple[FastParse | None, ...] | None = None
        self._convert: Convert | None = None
        self._build_converter()
        if self._static is not None:
            self.execute = self._converting_execute()  # type: ignore[method-assign,assignment]

    @property
    def use_fast(self) -> bool:
        """False runs every document down the general path (the differential tests' reference)."""
        return self._use_fast

    @use_fast.setter
    def use_fast(self, value: bool) -> None:
        self._use_fast = value
        self._build_converter()

    @property
    def year_source(self) -> Callable[[], int]:
        """The current year for year-less patterns (tests pin it)."""
        return self._year_source

    @year_source.setter
    def year_source(self, value: Callable[[], int]) -> None:
        self._year_source = value
        self._functions.clear()
        self._fast.clear()
        self._static_parsers = None
        self._build_converter()

    def _build_converter(self) -> None:
        """The static zone's text -> text converter, shared (and remembering) when it can be."""
        self._convert = None
        if not self._use_fast or self._static is None:
            return
        zone, locale = self._static
        formats = tuple(self.formats)
        convert = None
        if self._year_source is current_utc_year:
            convert = shared_converter(formats, zone, locale, self.output_format)
        if convert is None:
            convert = fast_converter(formats, zone, locale, self.output_format, self._year_source)
        self._convert = convert

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
        return cls(field, target_field, list(formats), timezone, locale, output, output_format)

    def _zone_and_locale(self, doc: IngestDocument) -> tuple[Zone, str]:
        zone = UTC if self.timezone is None else zone_of(self.timezone.render(doc))
        locale = DEFAULT_LOCALE if self.locale is None else parse_locale(self.locale.render(doc))
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

    def _converting_execute(self) -> Callable[[IngestDocument], IngestDocument | None]:
        """execute for a static zone and locale: a string field converted in one call and stored
        as `doc.set` would store it; anything else runs `_execute_general`.

        The walk to the field keeps the map where its path and the target's part (`a.b.x` and
        `a.b.y` share `a.b`): converting changes nothing, so the store starts from there.
        """
        field, target = self.field, self.target
        in_ingest, target_in_ingest = field.in_ingest, target.in_ingest
        same_root = in_ingest == target_in_ingest
        shared = 0
        if same_root:
            for mine, theirs in zip(field.head, target.head, strict=False):
                if mine != theirs:
                    break
                shared += 1
        common, rest = field.parts[:shared], field.parts[shared:]
        general = self._execute_general
        store = self._store(shared)

        def execute(doc: IngestDocument) -> IngestDocument | None:
            value: Any = doc.ingest if in_ingest else doc.source
            for key in common:
                if type(value) is not dict:
                    return general(doc)
                value = value.get(key)
            anchor = value
            for key in rest:
                if type(value) is not dict:
                    return general(doc)
                value = value.get(key)
            convert = self._convert
            if type(value) is not str or not value or convert is None:
                return general(doc)
            text = convert(value)
            if text is None:
                return general(doc)
            if not same_root:
                anchor = doc.ingest if target_in_ingest else doc.source
            store(doc, anchor, text)
            return doc

        return execute

    def _store(self, skip: int) -> Callable[[IngestDocument, dict[str, Any], str], None]:
        """doc.set(target, text) with the plain-dict walk inlined, from the map at the target's
        `skip`-th parent (a map the caller found); doc.set itself for anything else."""
        target = self.target
        head, leaf = target.head[skip:], target.leaf
        leaf_is_metadata = leaf in _METADATA
        doc_set = IngestDocument.set

        def store(doc: IngestDocument, parent: Any, text: str) -> None:
            for key in head:
                if type(parent) is not dict:
                    doc_set(doc, target, text)
                    return
                child = parent.get(key)
                if child is None:
                    if key in parent:
                        doc_set(doc, target, text)
                        return
                    child = parent[key] = {}
                parent = child
            if type(parent) is dict and (not leaf_is_metadata or parent is not doc.source):
                parent[leaf] = text
            else:
                doc_set(doc, target, text)

        return store

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """Only the target is written (the field itself when there is no target_field)."""
        return (self.target,)

    def at_field(self, test: FieldTest) -> AtField | None:
        """Fused with an `if` on the field itself (fusion.py): the converter gets the value the
        test already read; anything unusual runs `_execute_general`, as the unfused pair would."""
        if self._static is None or not test.covers(self.field):
            return None
        general = self._execute_general
        store = self._store(0)
        in_ingest = self.target.in_ingest

        def operation(doc: IngestDocument, _parent: dict[str, Any], value: Any) -> IngestDocument | None:
            convert = self._convert
            if type(value) is str and value and convert is not None:
                text = convert(value)
                if text is not None:
                    store(doc, doc.ingest if in_ingest else doc.source, text)
                    return doc
            return general(doc)

        return operation

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        return self._execute_general(doc)

    def _execute_general(self, doc: IngestDocument) -> IngestDocument | None:
        """The reference: Elasticsearch's DateProcessor.execute (with the per-document fast path)."""
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
        return zone, DEFAULT_LOCALE if locale is None else parse_locale(locale.source)
    except JavaException:
        return None
