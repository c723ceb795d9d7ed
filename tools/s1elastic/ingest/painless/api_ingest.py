"""The ingest context's helpers: `Processors` (org.elasticsearch.ingest.common.Processors) and
`Json` (org.elasticsearch.painless.api.Json, whitelisted for ingest scripts)."""

from __future__ import annotations

import json
import re
import urllib.parse
from typing import Any

from s1elastic.ingest import render
from s1elastic.ingest.errors import IllegalArgumentException, ParseException
from s1elastic.ingest.javatypes import JavaSet, JLong, hashmap_keys
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import method


@method("Processors", "static String lowercase(String)")
def _lowercase(s: str) -> str:
    return s.lower()


@method("Processors", "static String uppercase(String)")
def _uppercase(s: str) -> str:
    return s.upper()


@method("Processors", "static String urlDecode(String)")
def _url_decode(s: str) -> str:
    if re.search(r"%(?![0-9a-fA-F]{2})", s):
        bad = re.search(r"%(.{0,2})", s)
        text = bad.group(1) if bad else ""
        if len(text) < 2:
            raise IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern")
        raise IllegalArgumentException(
            f'URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "{text}"'
        )
    return urllib.parse.unquote_plus(s, encoding="utf-8", errors="replace")


_UNITS = {
    "b": 1,
    "k": 1024,
    "kb": 1024,
    "m": 1024**2,
    "mb": 1024**2,
    "g": 1024**3,
    "gb": 1024**3,
    "t": 1024**4,
    "tb": 1024**4,
    "p": 1024**5,
    "pb": 1024**5,
}


@method("Processors", "static long bytes(String)")
def _bytes(s: str) -> JLong:
    text = s.strip().lower()
    if text in ("-1", "0"):
        return JLong(int(text))
    m = re.fullmatch(r"(.*?)(pb|tb|gb|mb|kb|p|t|g|m|k|b)", text)
    if m is None:
        raise ParseException(
            f"failed to parse setting [Ingest Field] with value [{s}] as a size in bytes: "
            "unit is missing or unrecognized"
        )
    number, unit = m.group(1).strip(), m.group(2)
    try:
        value = int(number)
        return JLong(value * _UNITS[unit])
    except ValueError:
        try:
            frac = float(number)
        except ValueError:
            raise ParseException(f"failed to parse [{s}]") from None
        return JLong(int(frac * _UNITS[unit]))


@method("Processors", "static def json(def)")
def _json(value: Any) -> Any:
    text = rt.to_string(value) if type(value) is not str else value
    try:
        return json.loads(text, parse_float=float, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise IllegalArgumentException(str(exc)) from None


def _json_int(text: str) -> int:
    n = int(text)
    if -(2**31) <= n < 2**31:
        return n
    if -(2**63) <= n < 2**63:
        return JLong(n)
    return n


@method("Json", "static def load(String)")
def _json_load(text: str) -> Any:
    """Json.load: the first JSON value of the text (parser.map()/list()/numberValue()/...), as the
    json processor parses it: duplicate keys refused, Java number types by magnitude."""
    from s1elastic.ingest.processors.json import parse_json

    return parse_json(text, False, False)


def _in_java_order(value: Any) -> Any:
    """A copy whose dicts list their keys in the order XContentBuilder meets them (HashMap order
    unless the map is an ordered one); sets become lists (written as arrays)."""
    if isinstance(value, dict):
        return {k: _in_java_order(value[k]) for k in hashmap_keys(value)}
    if isinstance(value, list | tuple | JavaSet):
        return [_in_java_order(v) for v in value]
    return value


@method("Json", "static String dump(def)", "static String dump(def, boolean)")
def _json_dump(value: Any, pretty: bool = False) -> str:
    """Json.dump: XContentBuilder.value(data), compact or with prettyPrint()."""
    return render.dumps(_in_java_order(value), pretty=pretty)
