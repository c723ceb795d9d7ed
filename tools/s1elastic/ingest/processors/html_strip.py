"""The `html_strip` processor: the common behaviour of Lucene's HTMLStripCharFilter.

Covered: values without both `<` and `>` are returned unchanged (HtmlStripProcessor's shortcut);
block-level element tags (open or close) and `<br>` become a newline; other tags, comments,
declarations (`<!DOCTYPE ...>`) and processing instructions are removed; `<script>` and `<style>`
elements are removed with their content; CDATA sections keep their text; character entities
(named, `&#NN;`, `&#xHH;`) are decoded.
Not covered: Lucene's recovery rules for malformed markup inside tags, entities written without
their closing `;`, and its offset-correction details (which do not change the output text).
"""

from __future__ import annotations

import html.entities
import re
from typing import Any

from s1elastic.ingest.processors.base import register
from s1elastic.ingest.processors.strings import StringProcessor

_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "menu",
        "nav",
        "noscript",
        "ol",
        "output",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "video",
        "br",
    ]
)
_ATTRS = r"""(?:\s+[^\s<>"'=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?)*\s*/?"""
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<(?P<raw>script|style)\b" + _ATTRS + r">.*?</(?P=raw)\s*>"
    r"|</?(?P<name>[A-Za-z][A-Za-z0-9:_.-]*)" + _ATTRS + r">"
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
        elif match.group("name") is not None and match.group("name").lower() in _BLOCK:
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
