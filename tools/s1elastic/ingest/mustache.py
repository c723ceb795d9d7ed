"""Mustache templates as Elasticsearch's ingest node renders them (mustache.java + ES's factory).

Why a hand-written engine: Elasticsearch's output depends on mustache.java's quirks (standalone-line
whitespace, dropped carriage returns, lists coerced to `{0=a, 1=b}` maps, scope lookup that tries a
dotted name whole before navigating it) and on ES's custom factory (JSON-string escaping, the
`toJson`, `join` and `url` functions). This module re-implements that behaviour:

- Parsing follows MustacheParser (mustache.java 0.9.x): `{{x}}`, `{{{x}}}`, `{{&x}}`, sections
  `{{#x}}`/`{{^x}}`, comments, pragmas (ignored), delimiter changes `{{=<% %>=}}`, `{{$x}}` blocks.
  Partials and template inheritance (`{{>x}}`, `{{<x}}`) cannot be resolved in Elasticsearch either;
  they fail to compile with `Template x not found`.
- Compile errors are `script_exception` (reason = the MustacheException message, lang `mustache`,
  caused_by `mustache_exception`) carrying the processor metadata, as ConfigurationUtils reports.
- Rendering resolves names against the model {source fields + metadata, `_source`, `_ingest`}.
  Values print with Java's toString; missing or null print nothing.

Not reproduced: runtime failures inside mustache.java (e.g. `{{#join}}` over a list holding null,
an NPE in Java) report `general_script_exception` whose reason names a Java object identity
(`Error running com.github.mustachejava.codes.DefaultMustache@<hash>`); the hash here is derived
from the template text, so that reason cannot match a real cluster byte for byte.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final

from s1elastic.ingest.errors import (
    ElasticsearchException,
    IllegalArgumentException,
    JavaException,
    NullPointerException,
    ScriptException,
)
from s1elastic.ingest.javatypes import (
    JavaSet,
    JFloat,
    ZonedDateTime,
    hashmap_keys,
    java_class_name,
    java_double_str,
    java_float_str,
    java_to_string,
)

if TYPE_CHECKING:
    from s1elastic.ingest.config import ProcessorConfig
    from s1elastic.ingest.document import IngestDocument

__all__ = [
    "GeneralScriptException",
    "MustacheException",
    "Template",
    "ValueSource",
    "compile_template",
    "compile_value",
    "json_escape",
    "url_encode",
]

_FILE: Final = "query-template"  # the template name MustacheScriptEngine compiles under


class MustacheException(JavaException):
    java_class = "com.github.mustachejava.MustacheException"


class GeneralScriptException(ElasticsearchException):
    java_class = "org.elasticsearch.script.GeneralScriptException"


# ---------------------------------------------------------------------------------------------
# Encoders (CustomMustacheFactory: JsonEscapeEncoder, DefaultEncoder, UrlEncoder)

_JSON_ESCAPES: Final = {i: f"\\u{i:04X}" for i in range(0x20)}
_JSON_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"})
_JSON_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\"})


def json_escape(text: str) -> str:
    """Jackson's JsonStringEncoder.quoteAsString: `"`, `\\` and control characters only."""
    return text.translate(_JSON_ESCAPES)


_URL_SAFE: Final = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-*_")


def url_encode(text: str) -> str:
    """java.net.URLEncoder.encode(s, UTF_8): space -> `+`, unsafe bytes -> `%XX` (uppercase)."""
    out: list[str] = []
    for byte in text.encode("utf-8", "replace"):
        if byte in _URL_SAFE:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def _plain(text: str) -> str:
    return text


_ENCODERS: Final[dict[str, Callable[[str], str]]] = {
    "application/json": json_escape,
    "application/json;charset=utf-8": json_escape,
    "application/json; charset=UTF-8": json_escape,
    "text/plain": _plain,
    "application/x-www-form-urlencoded": url_encode,
}


# ---------------------------------------------------------------------------------------------
# The object model: what mustache.java's CustomReflectionObjectHandler sees


class _MissingType:
    __slots__ = ()


_NOT_FOUND: Final = _MissingType()


class _ListView:
    """CollectionMap/ArrayMap: a list coerced into an index map that is also iterable."""

    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def get(self, name: str) -> Any:
        if name == "size":
            return len(self.items)
        index = _parse_java_int(name)
        if index is None or index < 0 or index >= len(self.items):
            return None  # newest ES is lenient with out-of-range indexes (#126550)
        return self.items[index]

    def java_to_string(self) -> str:
        """AbstractMap.toString over {0=..., 1=...}; Integer keys iterate in ascending order."""
        return "{" + ", ".join(f"{i}={java_to_string(v)}" for i, v in enumerate(self.items)) + "}"


_JAVA_INT: Final = re.compile(r"[+-]?[0-9]+")


def _parse_java_int(text: str) -> int | None:
    """Integer.parseInt, or None when it would throw NumberFormatException."""
    if not _JAVA_INT.fullmatch(text):
        return None
    value = int(text)
    return value if -(2**31) <= value < 2**31 else None


def _coerce(value: Any) -> Any:
    """CustomReflectionObjectHandler.coerce: collections and arrays become index maps."""
    if isinstance(value, list):
        return _ListView(value)
    if isinstance(value, bytes | bytearray):
        return _ListView([b - 256 if b > 127 else b for b in value])
    return value


class _Model:
    """The ingest template model: source and metadata, plus `_source` and `_ingest`."""

    __slots__ = ("ingest", "source")

    def __init__(self, source: dict[str, Any], ingest: dict[str, Any]) -> None:
        self.source = source
        self.ingest = ingest

    def member(self, name: str) -> Any:
        if name == "_source":
            return self.source
        if name == "_ingest":
            return self.ingest
        return self.source.get(name, _NOT_FOUND)


def _member(scope: Any, name: str) -> Any:
    """findWrapper: the value of `name` in a (coerced) scope, or _NOT_FOUND."""
    if isinstance(scope, dict):
        return scope.get(name, _NOT_FOUND)
    if isinstance(scope, _ListView):
        value = scope.get(name)
        return _NOT_FOUND if value is None else value  # containsKey(k) is get(k) != null
    if isinstance(scope, _Model):
        return scope.member(name)
    return _NOT_FOUND  # no reflection on other objects (findMember always returns null)


def _lookup(name: str, scopes: list[Any]) -> Any:
    """ReflectionObjectHandler.find + GuardedBinding.get: innermost scope first; None if missing."""
    if name == ".":
        return scopes[-1] if scopes else None
    for raw_scope in reversed(scopes):
        if raw_scope is None:
            continue
        scope = _coerce(raw_scope)
        value = _member(scope, name)  # the whole name first, so a literal "a.b" key wins
        if value is not _NOT_FOUND:
            return _coerce(value)
        if "." not in name:
            continue
        parts = name.split(".")
        current = scope
        failed = False
        for part in parts[:-1]:
            value = _member(current, part)
            if value is _NOT_FOUND:
                failed = True  # this scope cannot resolve the path: try the enclosing one
                break
            current = _coerce(value)
            if current is None:
                return None
        if failed:
            continue
        value = _member(current, parts[-1])
        return None if value is _NOT_FOUND else _coerce(value)
    return None


def _stringify(value: Any) -> str:
    """BaseObjectHandler.stringify: Object.toString()."""
    if isinstance(value, _ListView):
        return value.java_to_string()
    if isinstance(value, _Model):
        return java_to_string(value.source)
    return java_to_string(value)


def _is_iterable(value: Any) -> bool:
    return isinstance(value, _ListView)


def _iter_items(value: _ListView) -> Iterator[Any]:
    return iter(value.items)


def _falsey(value: Any) -> bool:
    """ObjectHandler.falsey: null, false, "" and empty collections; every other object is truthy."""
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return value == ""
    return isinstance(value, _ListView) and not value.items


# ---------------------------------------------------------------------------------------------
# JSON for {{#toJson}} (XContentBuilder with Java value writers)


def _to_json(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif isinstance(value, str):
        out.append('"' + json_escape(value) + '"')
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(str(int(value)))
    elif isinstance(value, float):
        text = java_float_str(value) if isinstance(value, JFloat) else java_double_str(value)
        out.append(f'"{text}"' if text in ("NaN", "Infinity", "-Infinity") else text)
    elif isinstance(value, dict):
        out.append("{")
        for i, key in enumerate(hashmap_keys(value)):
            if i:
                out.append(",")
            out.append('"' + json_escape(java_to_string(key)) + '":')
            _to_json(value[key], out)
        out.append("}")
    elif isinstance(value, list | _ListView):
        items = value.items if isinstance(value, _ListView) else value
        out.append("[")
        for i, item in enumerate(items):
            if i:
                out.append(",")
            _to_json(item, out)
        out.append("]")
    elif isinstance(value, ZonedDateTime):
        out.append('"' + value.json_text() + '"')
    elif isinstance(value, bytes | bytearray):
        out.append('"' + base64.b64encode(bytes(value)).decode("ascii") + '"')
    elif isinstance(value, _Model):
        _to_json(value.source, out)
    else:
        out.append('"' + json_escape(java_to_string(value)) + '"')


# ---------------------------------------------------------------------------------------------
# Compiled template tree

Renderer = Callable[[list[Any], list[str]], None]


class _Node:
    """One mustache.java Code; `identity` rebuilds its source text (runIdentity)."""

    __slots__ = ()

    def render(self, scopes: list[Any], out: list[str]) -> None:
        raise NotImplementedError

    def identity(self) -> str:
        raise NotImplementedError


class _Text(_Node):
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, scopes: list[Any], out: list[str]) -> None:
        out.append(self.text)

    def identity(self) -> str:
        return self.text


class _Value(_Node):
    __slots__ = ("encode", "escaped", "name")

    def __init__(self, name: str, escaped: bool, encode: Callable[[str], str]) -> None:
        self.name = name
        self.escaped = escaped
        self.encode = encode

    def render(self, scopes: list[Any], out: list[str]) -> None:
        value = _lookup(self.name, scopes)
        if value is not None:
            text = _stringify(value)
            out.append(self.encode(text) if self.escaped else text)

    def identity(self) -> str:
        return "{{" + self.name + "}}" if self.escaped else "{{{" + self.name + "}}}"


class _Block(_Node):
    """A list of codes (DefaultMustache)."""

    __slots__ = ("code_count", "nodes")

    def __init__(self, nodes: list[_Node], code_count: int) -> None:
        self.nodes = nodes
        self.code_count = code_count  # text merges into the previous code, as DefaultMustacheVisitor

    def render(self, scopes: list[Any], out: list[str]) -> None:
        for node in self.nodes:
            node.render(scopes, out)

    def identity(self) -> str:
        return "".join(node.identity() for node in self.nodes)


class _Section(_Node):
    """IterableCode: lists repeat the body per element, other truthy values render it once."""

    __slots__ = ("body", "name")

    def __init__(self, name: str, body: _Block) -> None:
        self.name = name
        self.body = body

    def render(self, scopes: list[Any], out: list[str]) -> None:
        value = _lookup(self.name, scopes)
        if value is None or value is False or value == "":
            return
        if _is_iterable(value):
            for item in _iter_items(value):
                self._run(scopes, _coerce(item), out)
        else:
            self._run(scopes, value, out)

    def _run(self, scopes: list[Any], item: Any, out: list[str]) -> None:
        if item is None:
            self.body.render(scopes, out)
            return
        scopes.append(item)
        try:
            self.body.render(scopes, out)
        finally:
            scopes.pop()

    def identity(self) -> str:
        return "{{#" + self.name + "}}" + self.body.identity() + "{{/" + self.name + "}}"


class _Inverted(_Node):
    """NotIterableCode: renders when the value is null, false, "", or an empty list."""

    __slots__ = ("body", "name")

    def __init__(self, name: str, body: _Block) -> None:
        self.name = name
        self.body = body

    def render(self, scopes: list[Any], out: list[str]) -> None:
        value = _lookup(self.name, scopes)
        if _falsey(value):
            self.body.render(scopes, out)

    def identity(self) -> str:
        return "{{^" + self.name + "}}" + self.body.identity() + "{{/" + self.name + "}}"


class _Function(_Node):
    """ES's toJson / join functions: the body names the variable; the result is written raw."""

    __slots__ = ("body", "delimiter", "encode", "kind", "tag", "variable")

    def __init__(
        self, kind: str, tag: str, body: _Block, delimiter: str, encode: Callable[[str], str]
    ) -> None:
        self.kind = kind
        self.encode = encode
        self.tag = tag
        self.body = body
        self.delimiter = delimiter
        fn = "toJson" if kind == "toJson" else "join"
        if body.code_count != 1:
            raise MustacheException(f"Mustache function [{fn}] must contain one and only one identifier")
        self.variable = body.identity()  # the one code with its appended text

    def render(self, scopes: list[Any], out: list[str]) -> None:
        resolved = _lookup(self.variable, scopes)
        rendered: list[str] = []
        _fragment(self.body.identity(), self.encode).render(scopes, rendered)
        text = "".join(rendered)
        if self.kind == "toJson":
            if resolved is None:
                return
            if isinstance(resolved, _ListView | dict | _Model):
                _to_json(resolved, out)
            else:
                out.append(_stringify(resolved))
            return
        if _is_iterable(resolved):
            parts = []
            for item in _iter_items(resolved):
                if item is None:
                    raise NullPointerException(None)
                parts.append(_stringify(item))
            out.append(self.delimiter.join(parts))
        else:
            out.append(text)

    def identity(self) -> str:
        return "{{#" + self.tag + "}}" + self.body.identity() + "{{/" + self.tag + "}}"


class _Url(_Node):
    """UrlEncoderCode: the rendered body is URL-encoded."""

    __slots__ = ("body", "tag")

    def __init__(self, tag: str, body: _Block) -> None:
        self.tag = tag
        self.body = body

    def render(self, scopes: list[Any], out: list[str]) -> None:
        inner: list[str] = []
        self.body.render(scopes, inner)
        out.append(url_encode("".join(inner)))

    def identity(self) -> str:
        return "{{#" + self.tag + "}}" + self.body.identity() + "{{/" + self.tag + "}}"


_CUSTOM_JOIN: Final = re.compile(r"join delimiter='(.*)'", re.DOTALL)


def _section_node(kind: str, variable: str, body: _Block, encode: Callable[[str], str]) -> _Node:
    """CustomMustacheVisitor.iterable / notIterable / name."""
    if kind == "^":
        return _Inverted(variable, body)
    if kind == "$":
        return body  # an inheritance block with no parent renders its own content
    if kind == "<":
        raise MustacheException(f"Template {variable} not found")
    lowered = variable.lower()
    if lowered == "tojson":
        return _Function("toJson", variable, body, "", encode)
    if lowered == "join":
        return _Function("join", variable, body, ",", encode)
    match = _CUSTOM_JOIN.fullmatch(variable)
    if match:
        return _Function("join", variable, body, match.group(1), encode)
    if lowered == "url":
        return _Url(variable, body)
    return _Section(variable, body)


# ---------------------------------------------------------------------------------------------
# Parser: a port of MustacheParser's state machine (whitespace and CR handling included)


def _java_trim(text: str) -> str:
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


class _Builder:
    """DefaultMustacheVisitor's code list: text is appended to the previous code."""

    def __init__(self) -> None:
        self.nodes: list[_Node] = []
        self.code_count = 0

    def write(self, out: list[str]) -> None:
        text = "".join(out)
        if not text:
            return
        if not self.nodes:
            self.code_count += 1
        if self.nodes and isinstance(self.nodes[-1], _Text):
            self.nodes[-1] = _Text(self.nodes[-1].text + text)
        else:
            self.nodes.append(_Text(text))

    def add(self, node: _Node) -> None:
        self.nodes.append(node)
        self.code_count += 1

    def block(self) -> _Block:
        return _Block(self.nodes, self.code_count)


class _Parser:
    def __init__(self, text: str, encode: Callable[[str], str]) -> None:
        self.text = text
        self.pos = 0
        self.line = 0
        self.encode = encode

    def _read(self) -> str | None:
        if self.pos >= len(self.text):
            self.pos += 1  # reading past the end keeps failing, as a Reader does
            return None
        ch = self.text[self.pos]
        self.pos += 1
        return ch

    def _error(self, message: str, line: int | None = None) -> MustacheException:
        return MustacheException(f"{message} @[{_FILE}:{self.line if line is None else line}]")

    def parse(self, tag: str | None, sm: str, em: str, start_of_line: bool) -> _Block:
        builder = _Builder()
        saw_cr = False
        start_line = self.line
        only_ws = True
        iterable = self.line != 0
        if self.line == 0:
            self.line = 1
        out: list[str] = []
        while True:
            c = self._read()
            if c is None:
                break
            if c == "\r":
                saw_cr = True
                continue
            if c == "\n":
                self.line += 1
                if not iterable or not only_ws:
                    if saw_cr:
                        out.append("\r")
                    out.append("\n")
                builder.write(out)
                out = []
                iterable = False
                only_ws = True
                start_of_line = True
                continue
            saw_cr = False
            if c == sm[0]:
                mark = self.pos
                if len(sm) == 1 or self._read() == sm[1]:
                    command, eof = self._command(em)
                    if not command:
                        raise self._error("Empty mustache")
                    ch = command[0]
                    variable = _java_trim(command[1:])
                    if ch in "#^<$":
                        start_of_line = start_of_line and only_ws
                        line = self.line
                        body = self.parse(variable, sm, em, start_of_line)
                        lines = self.line - line
                        if not only_ws or lines == 0:
                            builder.write(out)
                        out = []
                        builder.add(_section_node(ch, variable, body, self.encode))
                        iterable = lines != 0
                    elif ch == "/":
                        if not start_of_line or not only_ws:
                            builder.write(out)
                        if variable != tag:
                            raise self._error(
                                f"Mismatched start/end tags: {'null' if tag is None else tag} != {variable} "
                                f"in {_FILE}:{self.line}"
                            )
                        return builder.block()
                    elif ch == ">":
                        raise self._error(f"Template {variable} not found")
                    elif ch == "{":
                        builder.write(out)
                        out = []
                        name = variable
                        if len(em) < 2 or em[1] != "}":
                            name = variable[:-1]
                        elif self._read() != "}":
                            raise self._error(f"Improperly closed variable in {_FILE}:{self.line}")
                        builder.add(_Value(name, False, self.encode))
                    elif ch == "&":
                        builder.write(out)
                        out = []
                        builder.add(_Value(variable, False, self.encode))
                    elif ch in "%!":
                        builder.write(out)  # pragmas are ignored, comments dropped
                        out = []
                    elif ch == "=":
                        builder.write(out)
                        out = []
                        delimiters = re.sub(r"\s+", "", command)
                        length = len(delimiters)
                        if length > 6 or length % 2 or length < 4:
                            raise self._error("Invalid delimiter string")
                        sm = delimiters[1 : length // 2]
                        em = delimiters[length // 2 : length - 1]
                    else:
                        if eof:
                            raise self._error("Improperly closed variable")
                        builder.write(out)
                        out = []
                        builder.add(_Value(_java_trim(command), True, self.encode))
                    start_of_line = False
                    continue
                self.pos = mark
            only_ws = only_ws and c in " \t\r"
            out.append(c)
        builder.write(out)
        if tag is not None:
            raise self._error(f"Failed to close '{tag}' tag", start_line)
        return builder.block()

    def _command(self, em: str) -> tuple[str, bool]:
        """Everything up to the end delimiter; also whether the text ended first."""
        chars: list[str] = []
        while True:
            c = self._read()
            if c is None:
                return "".join(chars), True
            mark = self.pos
            if c == em[0]:
                if len(em) == 1:
                    return "".join(chars), False
                if self._read() == em[1]:
                    return "".join(chars), False
                self.pos = mark
            chars.append(c)


def _parse(text: str, encode: Callable[[str], str]) -> _Block:
    return _Parser(text, encode).parse(None, "{{", "}}", True)


_FRAGMENTS: dict[tuple[str, Callable[[str], str]], _Block] = {}


def _fragment(text: str, encode: Callable[[str], str]) -> _Block:
    """df.getFragment: a function body's identity text compiled as a template (cached)."""
    key = (text, encode)
    block = _FRAGMENTS.get(key)
    if block is None:
        block = _parse(text, encode)
        if len(_FRAGMENTS) < 4096:
            _FRAGMENTS[key] = block
    return block


# ---------------------------------------------------------------------------------------------
# Public API


class Template:
    """A compiled template; constant strings (no `{{`) render to themselves without work.

    `render(doc)` is the render function itself (an attribute, not a method), saving a call level.
    """

    __slots__ = ("is_constant", "lone_value", "render", "source")

    def __init__(self, source: str, root: _Block | None) -> None:
        self.source = source
        self.is_constant = root is None
        # (name, escape) when the whole template is one `{{{name}}}` (escape None) or `{{name}}`:
        # it then prints a string found at `name` as it is, or escaped.
        self.lone_value: tuple[str, Callable[[str], str] | None] | None = None
        if root is not None and len(root.nodes) == 1 and type(root.nodes[0]) is _Value:
            node = root.nodes[0]
            self.lone_value = (node.name, node.encode if node.escaped else None)
        self.render: Callable[[IngestDocument], str] = (
            _constant_renderer(source) if root is None else _make_renderer(source, root)
        )

    def __repr__(self) -> str:
        return f"Template({self.source!r})"


def _constant_renderer(text: str) -> Callable[[IngestDocument], str]:
    return lambda doc: text


def _make_renderer(source: str, root: _Block, fast: bool = True) -> Callable[[IngestDocument], str]:
    """The render function; `fast` allows the shortcuts for a template that is one `{{name}}`."""
    nodes = root.nodes
    if fast and len(nodes) == 1 and isinstance(nodes[0], _Value) and "." not in nodes[0].name:
        # Fast path for the common "{{field}}": one top-level lookup, no scope stack.
        only = nodes[0]
        name, escaped, encode = only.name, only.escaped, only.encode

        def render_simple(doc: IngestDocument) -> str:
            if name == "_source":
                value: Any = doc.source
            elif name == "_ingest":
                value = doc.ingest
            else:
                value = doc.source.get(name)
            if value is None:
                return ""
            text = _stringify(_coerce(value))
            return encode(text) if escaped else text

        return render_simple

    def render(doc: IngestDocument) -> str:
        out: list[str] = []
        try:
            root.render([_Model(doc.source, doc.ingest)], out)
        except JavaException as exc:
            raise GeneralScriptException(
                f"Error running com.github.mustachejava.codes.DefaultMustache@{zlib.crc32(source.encode()):x}",
                cause=exc,
            ) from None
        return "".join(out)

    if fast and len(nodes) == 1 and isinstance(nodes[0], _Value) and nodes[0].name != ".":
        return _dotted_renderer(nodes[0], render)
    return render


def _dotted_renderer(
    node: _Value, general: Callable[[IngestDocument], str]
) -> Callable[[IngestDocument], str]:
    """The common "{{a.b.c}}" resolved through plain dicts to a string, as `_lookup` would.

    With the model as the only scope, `_lookup` tries the whole name as a source key, then walks
    the parts (the first may be `_source` or `_ingest`); a missing part prints nothing. Anything
    else on the way (a list, a null, a non-string value) goes to the general renderer, which has no
    side effects, so it can start over.
    """
    name, escaped, encode = node.name, node.escaped, node.encode
    parts = name.split(".")
    first, middle, last = parts[0], tuple(parts[1:-1]), parts[-1]

    def render_dotted(doc: IngestDocument) -> str:
        source = doc.source
        value = source.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            if first == "_source":
                current: Any = source
            elif first == "_ingest":
                current = doc.ingest
            else:
                current = source.get(first, _NOT_FOUND)
                if current is _NOT_FOUND:
                    return ""
            for part in middle:
                if type(current) is not dict:
                    return general(doc)
                current = current.get(part, _NOT_FOUND)
                if current is _NOT_FOUND:
                    return ""
            if type(current) is not dict:
                return general(doc)
            value = current.get(last, _NOT_FOUND)
            if value is _NOT_FOUND:
                return ""
        if type(value) is str:
            return encode(value) if escaped else value
        return general(doc)

    return render_dotted


def _compile_error(
    exc: MustacheException, source: str, config: ProcessorConfig | None, property_name: str | None
) -> ScriptException:
    """MustacheScriptEngine's ScriptException, with ConfigurationUtils' processor metadata."""
    error = ScriptException(exc.reason or "", cause=exc, script_stack=[], script=source, lang="mustache")
    if property_name is not None:
        error.metadata["property_name"] = property_name
    if config is not None:
        error.with_processor(config.processor_type, config.tag)
    return error


def compile_template(
    text: str,
    media_type: str = "application/json",
    *,
    config: ProcessorConfig | None = None,
    property_name: str | None = None,
) -> Template:
    """ConfigurationUtils.compileTemplate: only strings containing `{{` are compiled."""
    if "{{" not in text:
        return Template(text, None)
    encode = _ENCODERS.get(media_type)
    if encode is None:
        raise IllegalArgumentException(f"No encoder found for media type [{media_type}]")
    try:
        root = _parse(text, encode)
    except MustacheException as exc:
        raise _compile_error(exc, text, config, property_name) from None
    return Template(text, root)


class ValueSource:
    """ValueSource.wrap: a value whose strings may be templates; `resolve(doc)` gives a fresh copy.

    `resolve` is the function itself (an attribute, not a method), saving a call level.
    """

    __slots__ = ("is_constant", "is_template", "resolve", "scalar", "template")

    def __init__(
        self,
        resolve: Callable[[IngestDocument], Any],
        is_constant: bool,
        is_template: bool = False,
        template: Template | None = None,
    ) -> None:
        self.resolve = resolve
        self.is_constant = is_constant
        self.is_template = is_template  # a templated string (TemplatedValue), not a map or list of them
        self.template = template  # that string's compiled template
        # A constant str/number/bool/null: the very value every resolve returns (no copy needed).
        self.scalar: tuple[Any] | None = None


_PLAIN_SCALARS = frozenset((str, int, float, bool, type(None)))


def _immutable(value: Any) -> ValueSource:
    source = ValueSource(lambda doc: value, True)
    source.scalar = (value,)
    return source


def _wrap(value: Any, media_type: str, config: ProcessorConfig | None, prop: str | None) -> ValueSource:
    if value is None or isinstance(value, bool | int | float):
        return _immutable(value)
    if isinstance(value, str):
        if "{{" not in value:
            return _immutable(value)
        template = compile_template(value, media_type, config=config, property_name=None)
        return ValueSource(template.render, False, True, template)
    if isinstance(value, dict):
        entries = [
            (_wrap(k, media_type, config, prop), _wrap(v, media_type, config, prop)) for k, v in value.items()
        ]
        constant = all(k.is_constant and v.is_constant for k, v in entries)

        def resolve_map(doc: IngestDocument) -> dict[Any, Any]:
            return {k.resolve(doc): v.resolve(doc) for k, v in entries}

        return ValueSource(resolve_map, constant)
    if isinstance(value, list) and not isinstance(value, JavaSet):
        items = [_wrap(v, media_type, config, prop) for v in value]
        if all(type(v) in _PLAIN_SCALARS and not (type(v) is str and "{{" in v) for v in value):
            # A list of plain constants: each document gets a fresh copy, no per-item calls.
            frozen = tuple(value)
            return ValueSource(lambda doc: list(frozen), True)

        def resolve_list(doc: IngestDocument) -> list[Any]:
            return [item.resolve(doc) for item in items]

        return ValueSource(resolve_list, all(i.is_constant for i in items))
    if isinstance(value, bytes | bytearray):
        data = bytes(value)
        return ValueSource(lambda doc: data, True)
    raise IllegalArgumentException(f"unexpected value type [class {java_class_name(value)}]")


def compile_value(
    value: Any,
    media_type: str = "application/json",
    *,
    config: ProcessorConfig | None = None,
    property_name: str | None = None,
) -> ValueSource:
    """Compile a `value` option: maps (keys too) and lists recursively, templated strings.

    A template error here carries processor_type/processor_tag but no property_name: set and
    append call ValueSource.wrap directly, and only the pipeline's readProcessor adds metadata.
    """
    return _wrap(value, media_type, config, property_name)
