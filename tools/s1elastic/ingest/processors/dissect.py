"""The `dissect` processor: a port of libs/dissect (DissectParser, DissectKey, DissectMatch).

Matching walks the UTF-8 bytes left to right, looking for each delimiter in turn, like the newest
DissectParser.parse: the first value starts after the leading delimiter's UTF-8 bytes (fixed in
8.15, #111184), and repeated delimiters are swallowed only after a `->` key (#119264; before that
fix a run of delimiters also handed empty values to the following keys). Pattern errors are
DissectException subclasses thrown by the factory (the pipeline loader wraps them); a failed match
is `find_match` (DissectException$FindMatch).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, JavaException, NumberFormatException
from s1elastic.ingest.javatypes import hashmap_keys
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_JAVA_DOT = "[^\\n\\r\\u0085\\u2028\\u2029]"
_LEADING = re.compile(f"^({_JAVA_DOT}*?)%\\{{")
_KEY_DELIMITER = re.compile(r"%\{([^}]*?)}(.+?(?=%\{)|.*$)", re.DOTALL)
_LEFT_MODIFIER = re.compile(r"([+*&?])(.*?)(->)?$", re.DOTALL)
_RIGHT_PADDING = re.compile(r"^(.*?)(->)?$", re.DOTALL)
_APPEND_WITH_ORDER = re.compile(r"[+](.*?)(/)([0-9]+)(->)?$", re.DOTALL)
_MODIFIER = re.compile(r"[/+*&?]")

NONE, APPEND_WITH_ORDER, APPEND, FIELD_NAME, FIELD_VALUE, NAMED_SKIP = "", "/", "+", "*", "&", "?"


class DissectException(JavaException):
    java_class = "org.elasticsearch.dissect.DissectException"


class PatternParseException(DissectException):
    java_class = "org.elasticsearch.dissect.DissectException$PatternParse"

    def __init__(self, pattern: str, reason: str) -> None:
        super().__init__(f"Unable to parse pattern: {pattern} Reason: {reason}")


class KeyParseException(DissectException):
    java_class = "org.elasticsearch.dissect.DissectException$KeyParse"

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"Unable to parse key: {key} Reason: {reason}")


class FindMatchException(DissectException):
    java_class = "org.elasticsearch.dissect.DissectException$FindMatch"

    def __init__(self, pattern: str, source: str) -> None:
        super().__init__(f"Unable to find match for dissect pattern: {pattern} against source: {source}")


@dataclass(frozen=True)
class DissectKey:
    name: str
    modifier: str
    skip: bool
    skip_right_padding: bool
    append_position: int


def _find_modifier(key: str) -> str:
    modifier = NONE
    for count, match in enumerate(_MODIFIER.finditer(key), start=1):
        prior = modifier
        modifier = match.group()
        if count > 1 and not (prior == APPEND and modifier == APPEND_WITH_ORDER):
            raise KeyParseException(key, "multiple modifiers are not allowed.")
    return modifier


def parse_key(key: str) -> DissectKey:
    """DissectKey(String): name, modifier, skip and right-padding flags, append order."""
    skip = not key
    modifier = _find_modifier(key)
    name: str | None = None
    padding = False
    position = 0
    if modifier == NONE:
        m = _RIGHT_PADDING.search(key)
        assert m is not None
        name, padding = m.group(1), m.group(2) is not None
        skip = not name
    elif modifier == APPEND_WITH_ORDER:
        m = _APPEND_WITH_ORDER.search(key)
        if m is not None:
            name, padding = m.group(1), m.group(4) is not None
            number = int(m.group(3))
            if number > 32767:
                raise NumberFormatException(f'Value out of range. Value:"{m.group(3)}" Radix:10')
            position = number
    else:
        m = _LEFT_MODIFIER.search(key)
        if m is not None:
            name, padding = m.group(2), m.group(3) is not None
        if modifier == NAMED_SKIP:
            skip = True
    if name is None or (not name and not skip):
        raise KeyParseException(key, "The key name could not be determined")
    return DissectKey(name, modifier, skip, padding, position)


class DissectParser:
    def __init__(self, pattern: str, append_separator: str) -> None:
        self.pattern = pattern
        self.append_separator = append_separator
        leading = _LEADING.search(pattern)
        self.leading = leading.group(1) if leading else ""
        pairs = [
            (parse_key(m.group(1)), m.group(2)) for m in _KEY_DELIMITER.finditer(pattern[len(self.leading) :])
        ]
        self.max_matches = len(pairs)
        self.max_results = len({key.name for key, _ in pairs if not key.skip})
        if self.max_matches == 0 or self.max_results == 0:
            raise PatternParseException(pattern, "Unable to find any keys or delimiters.")
        append_names = {key.name for key, _ in pairs if key.modifier in (APPEND, APPEND_WITH_ORDER)}
        if append_names:
            pairs = [
                (
                    replace(key, modifier=APPEND)
                    if key.modifier == NONE and key.name in append_names
                    else key,
                    d,
                )
                for key, d in pairs
            ]
        groups: dict[str, list[str]] = {}
        for key, _ in pairs:
            if key.modifier in (FIELD_NAME, FIELD_VALUE):
                groups.setdefault(key.name, []).append(key.name)
        for name in hashmap_keys(groups):
            if len(groups[name]) != 2:
                raise PatternParseException(
                    pattern,
                    f"Found invalid key/reference associations: '{','.join(groups[name])}' Please ensure each "
                    "'*<key>' is matched with a matching '&<key>",
                )
        self.pairs = [(key, delimiter.encode("utf-8")) for key, delimiter in pairs]

    def parse(self, text: str) -> dict[str, str] | None:
        match = _Match(self.append_separator, self.max_matches)
        leading = self.leading
        if len(text.encode("utf-16-le")) // 2 > len(leading.encode("utf-16-le")) // 2 and text.startswith(
            leading
        ):
            data = text.encode("utf-8")
            pairs = iter(self.pairs)
            key, delimiter = next(pairs)
            i = len(leading.encode("utf-8"))
            value_start = i
            size = len(data)
            while i < size:
                if delimiter and data[i] == delimiter[0] and data.startswith(delimiter, i):
                    match.add(key, data[value_start:i])
                    i += len(delimiter)
                    if key.skip_right_padding:
                        while data.startswith(delimiter, i):
                            i += len(delimiter)
                    nxt = next(pairs, None)
                    if nxt is None:
                        break
                    key, delimiter = nxt
                    value_start = i
                else:
                    i += 1
            if not match.fully_matched() and not delimiter:
                match.add(key, data[value_start:])
        results = match.results()
        return results if match.fully_matched() and len(results) == self.max_results else None


class _Match:
    """DissectMatch: collects simple, append and reference results."""

    def __init__(self, append_separator: str, max_matches: int) -> None:
        self.append_separator = append_separator
        self.max_matches = max_matches
        self.matches = 0
        self.simple: dict[str, str] = {}
        self.appends: dict[str, list[tuple[int, int, str]]] = {}
        self.references: dict[str, list[Any]] = {}
        self.implicit_order = -1000

    def add(self, key: DissectKey, raw: bytes) -> None:
        self.matches += 1
        if key.skip:
            return
        value = raw.decode("utf-8", "replace")
        if key.modifier == NONE:
            self.simple[key.name] = value
        elif key.modifier in (APPEND, APPEND_WITH_ORDER):
            order = self.implicit_order if key.modifier == APPEND else key.append_position
            if key.modifier == APPEND:
                self.implicit_order += 1
            values = self.appends.setdefault(key.name, [])
            values.append((order, len(values), value))
        else:
            ref = self.references.setdefault(key.name, [None, None])
            ref[0 if key.modifier == FIELD_NAME else 1] = value

    def fully_matched(self) -> bool:
        return self.matches == self.max_matches

    def results(self) -> dict[str, str]:
        out: dict[str, str] = dict(self.simple)
        for ref_key, ref_value in self.references.values():
            out[ref_key] = ref_value
        for name in self.appends:
            ordered = sorted(self.appends[name])  # stable by insertion for equal orders
            out[name] = self.append_separator.join(v for _, _, v in ordered)
        return out


@register
class DissectProcessor(Processor):
    type_name = "dissect"

    def __init__(self, field: str, pattern: str, append_separator: str, ignore_missing: bool) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.parser = DissectParser(pattern, append_separator)
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        pattern = cfg.string("pattern")
        append_separator = cfg.string("append_separator", "")
        ignore_missing = cfg.boolean("ignore_missing", False)
        cfg.finish()
        return cls(field, pattern, append_separator, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get_string(self.path, self.ignore_missing)
        if value is MISSING or value is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot process it.")
        results = self.parser.parse(value)
        if results is None:
            raise FindMatchException(self.parser.pattern, value)
        for key in hashmap_keys(results):
            doc.set(FieldPath.of(key), results[key])
        return doc
