"""The `urldecode` processor: java.net.URLDecoder.decode(s, UTF-8) with its error messages."""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.processors.base import register
from s1elastic.ingest.processors.strings import StringProcessor

_HEX = "0123456789abcdefABCDEF"


def _hex_pair(text: str) -> int:
    """Integer.parseInt(s, i, i+2, 16) on a two-char slice (a sign is allowed, as in Java)."""
    first, second = text[0], text[1]
    if first in "+-":
        if second not in _HEX:
            raise IllegalArgumentException(
                f'URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 1 in: "{text}"'
            )
        value = int(second, 16)
        if first == "-" and value:
            raise IllegalArgumentException(
                "URLDecoder: Illegal hex characters in escape (%) pattern - negative value"
            )
        return value
    for index, char in enumerate(text):
        if char not in _HEX:
            raise IllegalArgumentException(
                f'URLDecoder: Illegal hex characters in escape (%) pattern - Error at index {index} in: "{text}"'
            )
    return int(text, 16)


def url_decode(text: str) -> str:
    if "%" not in text and "+" not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "+":
            out.append(" ")
            i += 1
        elif c == "%":
            data = bytearray()
            while i + 2 < n and text[i] == "%":
                data.append(_hex_pair(text[i + 1 : i + 3]))
                i += 3
            if i < n and text[i] == "%":
                raise IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern")
            out.append(data.decode("utf-8", "replace"))
        else:
            out.append(c)
            i += 1
    return "".join(out)


@register
class UrlDecodeProcessor(StringProcessor):
    type_name = "urldecode"

    def process(self, value: str) -> Any:
        return url_decode(value)
