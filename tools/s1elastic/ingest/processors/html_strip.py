"""The `html_strip` processor: the common behaviour of Lucene's HTMLStripCharFilter.

Covered: values without both `<` and `>` are returned unchanged (HtmlStripProcessor's shortcut);
tags of inline elements (HTMLStripCharFilter's InlineElment list: a, b, span, ...) are removed
and every other tag (block elements, `<br>`, unknown names) becomes a newline; comments,
declarations (`<!DOCTYPE ...>`) and processing instructions are removed; a `<script>` or `<style>`
element becomes a single newline (unclosed, it removes the rest of the text); CDATA sections keep
their text; character entities (named, `&#NN;`, `&#xHH;`) are decoded.
Not covered: Lucene's recovery rules for malformed markup inside tags, entities written without
their closing `;`, and its offset-correction details (which do not change the output text).
"""

from __future__ import annotations

import html.entities
import re
from typing import Any

from s1elastic.ingest.processors.base import register
from s1elastic.ingest.processors.strings import StringProcessor

# HTMLStripCharFilter's InlineElment names: their tags are removed; every other element name's
# tags (known block elements or not, `br` included) become a newline.
_INLINE = frozenset(
    [
        "a",
        "b",
        "i",
        "q",
        "s",
        "u",
        "abbr",
        "acronym",
        "basefont",
        "bdo",
        "big",
        "cite",
        "code",
        "dfn",
        "em",
        "font",
        "img",
        "input",
        "kbd",
        "label",
        "samp",
        "select",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "textarea",
        "tt",
        "var",
    ]
)
_ATTRS = r"""(?:\s+[^\s<>"'=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?)*\s*/?"""
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    # a script or style element becomes one newline; unclosed, it swallows the rest of the text
    r"|<\s*(?P<raw>script|style)\b" + _ATTRS + r">.*?(?:(?P<rawend></\s*(?P=raw)\s*>)|\Z)"
    r"|<(?:/\s*|\s*)(?P<name>[A-Za-z_:][A-Za-z0-9:_.-]*)" + _ATTRS + r">"
    r"|<![^<>]*>"
    r"|<\?.*?\?>"
    r"|&(?P<entity>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});",
    re.DOTALL | re.IGNORECASE,
)
_NAMED = {name.rstrip(";"): text for name, text in html.entities.html5.items() if name.endswith(";")}
_HTML4 = frozenset(html.entities.name2codepoint) | {"apos"}


def _entity(name: str) -> str | None:
    if name[0] == "#":
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return chr(code)
        return None
    if name in _HTML4:
        return _NAMED.get(name)
    return None


def strip_html(value: str) -> str:
    out: list[str] = []
    index = 0
    for match in _TOKEN.finditer(value):
        out.append(value[index : match.start()])
        index = match.end()
        if match.group("cdata") is not None:
            out.append(match.group("cdata"))
        elif match.group("entity") is not None:
            decoded = _entity(match.group("entity"))
            out.append(match.group(0) if decoded is None else decoded)
        elif match.group("raw") is not None:
            if match.group("rawend") is not None:
                out.append("\n")
        elif match.group("name") is not None and match.group("name").lower() not in _INLINE:
            out.append("\n")
    out.append(value[index:])
    return "".join(out)


@register
class HtmlStripProcessor(StringProcessor):
    type_name = "html_strip"

    def process(self, value: str) -> Any:
        if "<" not in value or ">" not in value:
            return value
        return strip_html(value)
