"""The `csv` processor: a port of Elasticsearch's CsvParser state machine (RFC 4180 with its quirks).

Quirks kept: whitespace before a quoted field is skipped, `trim` only affects unquoted fields and
not the end of the line, a trailing separator does not produce an (empty) last field, empty cells
are skipped unless `empty_value` is set, and parsing stops once every target field is filled.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_START, _UNQUOTED, _QUOTED, _QUOTED_END = range(4)


class _CsvParser:
    def __init__(
        self,
        doc: IngestDocument,
        quote: str,
        separator: str,
        trim: bool,
        headers: list[FieldPath],
        empty: Any,
    ) -> None:
        self.doc = doc
        self.quote = quote
        self.separator = separator
        self.trim = trim
        self.headers = headers
        self.empty = empty
        self.builder: list[str] = []
        self.state = _START
        self.line = ""
        self.header = 0
        self.start = 0
        self.index = 0

    def process(self, line: str) -> None:
        self.line = line
        length = len(line)
        self.index = 0
        while self.index < length:
            if self.state == _START:
                if self._start():
                    return
            elif self.state == _UNQUOTED:
                if self._unquoted():
                    return
            elif self.state == _QUOTED:
                self._quoted()
            elif self._quoted_end():
                return
            self.index += 1
        if self.state == _UNQUOTED:
            self._set(length)
        elif self.state == _QUOTED_END:
            self._set(length - 1)
        elif self.state == _QUOTED:
            raise IllegalArgumentException("Unmatched quote")

    def _start(self) -> bool:
        line = self.line
        while self.index < len(line):
            c = line[self.index]
            if c == self.quote:
                self.state = _QUOTED
                self.builder = []
                self.start = self.index + 1
                return False
            if c == self.separator:
                self.start += 1
                self.builder = []
                if self._set(self.start):
                    return True
            elif c in " \t":
                if self.trim:
                    self.start += 1
            else:
                self.state = _UNQUOTED
                self.builder = []
                return False
            self.index += 1
        return True

    def _unquoted(self) -> bool:
        line = self.line
        spaces = 0
        while self.index < len(line):
            c = line[self.index]
            if c in "\n\r" or c == self.quote:
                raise IllegalArgumentException(f"Illegal character inside unquoted field at {self.index}")
            # the separator is tested before whitespace, so a space or tab separator still splits
            # with trim on (elasticsearch#67045)
            if c == self.separator:
                self.state = _START
                if self._set(self.index - spaces):
                    return True
                self.start = self.index + 1
                return False
            if self.trim and c in " \t":
                spaces += 1
            else:
                spaces = 0
            self.index += 1
        return False

    def _quoted(self) -> None:
        line = self.line
        while self.index < len(line):
            if line[self.index] == self.quote:
                self.state = _QUOTED_END
                return
            self.index += 1

    def _quoted_end(self) -> bool:
        line = self.line
        c = line[self.index]
        if c == self.quote:
            self.builder.append(line[self.start : self.index - 1])
            self.builder.append(self.quote)
            self.start = self.index + 1
            self.state = _QUOTED
            return False
        should_set = True
        while self.index < len(line):
            c = line[self.index]
            if c == self.separator:
                if should_set and self._set(self.index - 1):
                    return True
                self.start = self.index + 1
                self.state = _START
                return False
            if c in " \t":
                if should_set:
                    if self._set(self.index - 1):
                        return True
                    should_set = False
            else:
                raise IllegalArgumentException(f"character '{c}' after quoted field at {self.index}")
            self.index += 1
        return True

    def _set(self, end: int) -> bool:
        if not self.builder:
            value = self.line[self.start : end]
        else:
            self.builder.append(self.line[self.start : end])
            value = "".join(self.builder)
        if value:
            self.doc.set(self.headers[self.header], value)
        elif self.empty is not None:
            self.doc.set(self.headers[self.header], self.empty)
        self.header += 1
        return self.header == len(self.headers)


@register
class CsvProcessor(Processor):
    type_name = "csv"

    def __init__(
        self,
        field: str,
        headers: list[str],
        trim: bool,
        separator: str,
        quote: str,
        ignore_missing: bool,
        empty_value: Any,
    ) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.headers = [FieldPath.of(h) for h in headers]
        self.trim = trim
        self.separator = separator
        self.quote = quote
        self.ignore_missing = ignore_missing
        self.empty_value = empty_value

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        quote = cfg.string("quote", '"')
        if len(quote) != 1:
            raise cfg.error("quote", "quote has to be single character like \" or '")
        separator = cfg.string("separator", ",")
        if len(separator) != 1:
            raise cfg.error("separator", "separator has to be single character like , or ;")
        trim = cfg.boolean("trim", False)
        ignore_missing = cfg.boolean("ignore_missing", False)
        targets = cfg.list("target_fields")
        if not targets:
            raise cfg.error("target_fields", "target fields list can't be empty")
        empty_value = cfg.object("empty_value", None)
        cfg.finish()
        return cls(field, targets, trim, separator, quote, ignore_missing, empty_value)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        line = doc.get_string(self.path, self.ignore_missing)
        if line is MISSING or line is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot process it.")
        _CsvParser(doc, self.quote, self.separator, self.trim, self.headers, self.empty_value).process(line)
        return doc
