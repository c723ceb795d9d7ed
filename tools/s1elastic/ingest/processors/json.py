"""The `json` processor: parse a field's text as JSON (Jackson as Elasticsearch configures it).

Parsing is strict JSON plus `/* */` and `//` comments (ES enables ALLOW_COMMENTS); numbers get
Java types (whole numbers Integer/Long/BigInteger by magnitude, others Double); duplicate keys fail
unless `allow_duplicate_keys`, in which case the last one wins. Syntax errors are
x_content_parse_exception with `[line:column]` and Jackson-style wording for the common cases;
Jackson's source description suffix is not reproduced.

Speed, in three steps that each give up rather than guess:
1. orjson parses the text, and the value is written back with orjson: when that reproduces the
   text byte for byte (compact JSON as orjson writes it, which is what the poller sends), the text
   cannot have held a duplicate key, since the re-written text has one key per map entry.
2. Otherwise the standard library's C decoder, with a hook that spots duplicate keys.
3. Otherwise (a duplicate, NaN, comments, any syntax error) the hand-written parser from scratch.
Steps 1 and 2 accept a strict subset of what the hand parser accepts and yield the same values for
it (int by magnitude, float, surrogate pairs joined), so every error message and every lenient
case comes from one place.
Without add_to_root, `execute` is a closure that runs step 1 inline on a string read through plain
maps and hands anything else to the class's execute (`_bound_execute`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, MISSING, FieldPath, IngestDocument, validate_metadata
from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.javatypes import java_to_string
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_METADATA = frozenset(METADATA_KEYS)
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class XContentParseException(IllegalArgumentException):
    java_class = "org.elasticsearch.xcontent.XContentParseException"


class _Refused(Exception):
    """The fast decoder met something only the hand parser may judge."""


def _refuse_constant(name: str) -> Any:
    raise _Refused(name)


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Refused("duplicate key")
    return result


_FAST_UNIQUE = json.JSONDecoder(object_pairs_hook=_unique_object, parse_constant=_refuse_constant)
_FAST_ANY = json.JSONDecoder(parse_constant=_refuse_constant)
_FALLBACK: Any = object()


def _fast_parse(text: str, allow_duplicates: bool) -> Any:
    """The value from a C parser, or _FALLBACK when the hand parser must decide."""
    try:
        value = orjson.loads(text)
        if orjson.dumps(value) == text.encode("utf-8"):
            return value
    except (ValueError, TypeError):  # refused, a surrogate, too deep: the next step decides
        pass
    try:
        return (_FAST_ANY if allow_duplicates else _FAST_UNIQUE).decode(text)
    except (ValueError, _Refused, RecursionError):
        return _FALLBACK


class _Parser:
    def __init__(self, text: str, allow_duplicates: bool) -> None:
        self.text = text
        self.pos = 0
        self.allow_duplicates = allow_duplicates

    def _error(self, message: str) -> XContentParseException:
        line = self.text.count("\n", 0, self.pos) + 1
        column = self.pos - (self.text.rfind("\n", 0, self.pos) + 1) + 1
        return XContentParseException(f"[{line}:{column}] {message}")

    def _unexpected(self, expecting: str) -> XContentParseException:
        if self.pos >= len(self.text):
            return self._error(f"Unexpected end-of-input: {expecting}")
        char = self.text[self.pos]
        return self._error(f"Unexpected character ('{char}' (code {ord(char)})): {expecting}")

    def skip(self) -> None:
        text = self.text
        while self.pos < len(text):
            c = text[self.pos]
            if c in " \t\r\n":
                self.pos += 1
            elif c == "/" and text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    self.pos = len(text)
                    raise self._error("Unexpected end-of-input in a comment")
                self.pos = end + 2
            elif c == "/" and text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end + 1
            else:
                return

    def at_end(self) -> bool:
        self.skip()
        return self.pos >= len(self.text)

    def value(self) -> Any:
        self.skip()
        if self.pos >= len(self.text):
            raise self._error("Unexpected end-of-input: expected a value")
        c = self.text[self.pos]
        if c == "{":
            return self._object()
        if c == "[":
            return self._array()
        if c == '"':
            return self._string()
        if c == "-" or c.isdigit():
            return self._number()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        if c.isalpha():
            end = self.pos
            while end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "_$"):
                end += 1
            token = self.text[self.pos : end]
            raise self._error(
                f"Unrecognized token '{token}': was expecting (JSON String, Number, Array, Object or token "
                "'null', 'true' or 'false')"
            )
        raise self._unexpected("expected a value")

    def _object(self) -> dict[str, Any]:
        self.pos += 1
        result: dict[str, Any] = {}
        self.skip()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return result
        while True:
            self.skip()
            if not self.text.startswith('"', self.pos):
                raise self._unexpected("was expecting double-quote to start field name")
            key = self._string()
            self.skip()
            if not self.text.startswith(":", self.pos):
                raise self._unexpected("was expecting a colon to separate field name and value")
            self.pos += 1
            value = self.value()
            if key in result and not self.allow_duplicates:
                raise self._error(f"Duplicate field '{key}'")
            result[key] = value
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif self.text.startswith("}", self.pos):
                self.pos += 1
                return result
            else:
                raise self._unexpected("was expecting comma to separate Object entries")

    def _array(self) -> list[Any]:
        self.pos += 1
        result: list[Any] = []
        self.skip()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif self.text.startswith("]", self.pos):
                self.pos += 1
                return result
            else:
                raise self._unexpected("was expecting comma to separate Array entries")

    def _string(self) -> str:
        text = self.text
        self.pos += 1
        out: list[str] = []
        start = self.pos
        while True:
            if self.pos >= len(text):
                raise self._error("Unexpected end-of-input in VALUE_STRING")
            c = text[self.pos]
            if c == '"':
                out.append(text[start : self.pos])
                self.pos += 1
                return "".join(out)
            if c == "\\":
                out.append(text[start : self.pos])
                escape = text[self.pos + 1 : self.pos + 2]
                if escape == "u":
                    digits = text[self.pos + 2 : self.pos + 6]
                    if len(digits) < 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
                        raise self._error("Unexpected character in unicode escape sequence")
                    code = int(digits, 16)
                    self.pos += 6
                    low = self._low_surrogate() if 0xD800 <= code <= 0xDBFF else -1
                    if low >= 0:
                        # A Java String holds the pair as two chars; Python holds the code point.
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                elif escape in _ESCAPES:
                    out.append(_ESCAPES[escape])
                    self.pos += 2
                else:
                    self.pos += 1
                    raise self._error(f"Unrecognized character escape '{escape}' (code {ord(escape or ' ')})")
                start = self.pos
            elif c < " ":
                raise self._error(
                    f"Illegal unquoted character ((CTRL-CHAR, code {ord(c)})): has to be escaped using backslash "
                    "to be included in string value"
                )
            else:
                self.pos += 1

    def _low_surrogate(self) -> int:
        """The low surrogate escaped right at pos (`\\uDC00`..`\\uDFFF`), else -1."""
        text = self.text
        if not text.startswith("\\u", self.pos):
            return -1
        digits = text[self.pos + 2 : self.pos + 6]
        if len(digits) < 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
            return -1
        code = int(digits, 16)
        return code if 0xDC00 <= code <= 0xDFFF else -1

    def _number(self) -> Any:
        text = self.text
        start = self.pos
        if text[self.pos] == "-":
            self.pos += 1
        digits_start = self.pos
        while self.pos < len(text) and text[self.pos].isdigit() and text[self.pos].isascii():
            self.pos += 1
        int_digits = text[digits_start : self.pos]
        if not int_digits:
            raise self._unexpected("expected digit (0-9) to follow minus sign, for valid numeric value")
        if len(int_digits) > 1 and int_digits[0] == "0":
            raise self._error("Invalid numeric value: Leading zeroes not allowed")
        is_float = False
        if text.startswith(".", self.pos):
            is_float = True
            self.pos += 1
            frac_start = self.pos
            while self.pos < len(text) and text[self.pos].isdigit() and text[self.pos].isascii():
                self.pos += 1
            if frac_start == self.pos:
                raise self._unexpected("Decimal point not followed by a digit")
        if text[self.pos : self.pos + 1] in ("e", "E"):
            is_float = True
            self.pos += 1
            if text[self.pos : self.pos + 1] in ("+", "-"):
                self.pos += 1
            exp_start = self.pos
            while self.pos < len(text) and text[self.pos].isdigit() and text[self.pos].isascii():
                self.pos += 1
            if exp_start == self.pos:
                raise self._unexpected("Exponent indicator not followed by a digit")
        token = text[start : self.pos]
        return float(token) if is_float else int(token)


def parse_json(text: str, allow_duplicate_keys: bool, strict: bool) -> Any:
    """JsonProcessor.apply on the text of the value."""
    value = _fast_parse(text, allow_duplicate_keys)
    if value is not _FALLBACK:
        return value
    return parse_json_slow(text, allow_duplicate_keys, strict)


def parse_json_slow(text: str, allow_duplicate_keys: bool, strict: bool) -> Any:
    """The hand parser alone (Jackson's leniencies and error messages)."""
    parser = _Parser(text, allow_duplicate_keys)
    if parser.at_end():
        return None
    value = parser.value()
    if strict and not parser.at_end():
        raise IllegalArgumentException(
            f"The input {text} is not valid JSON and the strict_json_parsing parameter is true"
        )
    return value


def recursive_merge(target: dict[str, Any], source: dict[str, Any]) -> None:
    for key, value in source.items():
        current = target.get(key)
        if key in target and isinstance(current, dict) and isinstance(value, dict):
            recursive_merge(current, value)
        else:
            target[key] = value


@register
class JsonProcessor(Processor):
    type_name = "json"

    def __init__(
        self,
        field: str,
        target: str,
        add_to_root: bool,
        merge: bool,
        allow_duplicate_keys: bool,
        strict: bool,
    ) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.target = FieldPath.of(target)
        self.add_to_root = add_to_root
        self.merge = merge
        self.allow_duplicate_keys = allow_duplicate_keys
        self.strict = strict
        if not add_to_root:
            self.execute = _bound_execute(self)  # type: ignore[method-assign,assignment]

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        target = cfg.string("target_field", None)
        add_to_root = cfg.boolean("add_to_root", False)
        allow_duplicate_keys = cfg.boolean("allow_duplicate_keys", False)
        strategy = cfg.string("add_to_root_conflict_strategy", None)
        has_strategy = strategy is not None
        strategy_text = "REPLACE" if strategy is None else strategy
        if strategy_text.upper() not in ("REPLACE", "MERGE") or not strategy_text.isascii():
            raise cfg.error(
                "add_to_root_conflict_strategy",
                f"conflict strategy [{strategy_text}] not supported, cannot convert field.",
            )
        if add_to_root and target is not None:
            raise cfg.error(
                "target_field", "Cannot set a target field while also setting `add_to_root` to true"
            )
        if not add_to_root and has_strategy:
            raise cfg.error(
                "add_to_root_conflict_strategy",
                "Cannot set `add_to_root_conflict_strategy` if `add_to_root` is false",
            )
        strict = cfg.boolean("strict_json_parsing", True)
        cfg.finish()
        merge = strategy_text.upper() == "MERGE"
        return cls(
            field, field if target is None else target, add_to_root, merge, allow_duplicate_keys, strict
        )

    def _parse(self, value: Any) -> Any:
        return parse_json(java_to_string(value), self.allow_duplicate_keys, self.strict)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if not self.add_to_root:
            doc.set(self.target, self._parse(doc.get(self.path)))
            return doc
        # add_to_root reads the literal top-level key, not a dotted path.
        parsed = self._parse(doc.source.get(self.field))
        if not isinstance(parsed, dict):
            raise IllegalArgumentException("cannot add non-map fields to root of document")
        if self.merge:
            recursive_merge(doc.source, parsed)
        else:
            for key, value in parsed.items():
                if key in _METADATA:
                    validate_metadata(key, value)
                doc.source[key] = value
        return doc


def _bound_execute(processor: JsonProcessor) -> Callable[[IngestDocument], IngestDocument | None]:
    """`execute` for a target field when the value is a string read through plain maps and orjson
    writes its parse back byte for byte (step 1 of `parse_json`), with everything bound as locals.

    Reading and parsing change nothing, so at anything else the class's execute takes the document
    from the start and meets the same values, errors included.
    """
    parts, in_ingest, target = processor.path.parts, processor.path.in_ingest, processor.target
    loads, dumps, missing = orjson.loads, orjson.dumps, MISSING

    def general(doc: IngestDocument) -> IngestDocument | None:
        return JsonProcessor.execute(processor, doc)

    def execute(doc: IngestDocument) -> IngestDocument | None:
        value: Any = doc.ingest if in_ingest else doc.source
        for key in parts:
            if type(value) is not dict:
                return general(doc)
            value = value.get(key, missing)
            if value is missing:
                return general(doc)
        if type(value) is not str:
            return general(doc)
        try:
            parsed = loads(value)
            if dumps(parsed) != value.encode():
                return general(doc)
        except (ValueError, TypeError):
            return general(doc)
        doc.set(target, parsed)
        return doc

    return execute
