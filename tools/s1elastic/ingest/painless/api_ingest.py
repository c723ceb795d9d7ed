"""The ingest context's helpers: `Processors` (org.elasticsearch.ingest.common.Processors) and
`Json` (org.elasticsearch.painless.api.Json, whitelisted for ingest scripts)."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from s1elastic.ingest import render
from s1elastic.ingest.errors import (
    IllegalArgumentException,
    IllegalStateException,
    NullPointerException,
    ParseException,
)
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
    """JsonProcessor.apply(value, false, true): duplicate keys refused, trailing content refused."""
    from s1elastic.ingest.processors.json import parse_json

    return parse_json(rt.to_string(value), False, True)


@method("Processors", "static def jsonLenient(def)")
def _json_lenient(value: Any) -> Any:
    """JsonProcessor.apply(value, false, false): the first JSON value, whatever follows it."""
    from s1elastic.ingest.processors.json import parse_json

    return parse_json(rt.to_string(value), False, False)


def _json_into(target: dict[Any, Any], field: Any, strict: bool) -> None:
    """JsonProcessor.apply(map, field, false, REPLACE, strict): the parsed object's entries are
    put into the map (top-level replace, as the processor's add_to_root)."""
    from s1elastic.ingest.processors.json import parse_json

    if target is None:
        raise NullPointerException(None)  # Map.get on a null map (JDK message text not modelled)
    parsed = parse_json(rt.to_string(target.get(field)), False, strict)
    if not isinstance(parsed, dict):
        raise IllegalArgumentException("cannot add non-map fields to root of document")
    for key, value in parsed.items():
        rt.map_put(target, key, value)


@method("Processors", "static void json(Map, String)")
def _json_map(target: dict[Any, Any], field: Any) -> None:
    _json_into(target, field, True)


@method("Processors", "static void jsonLenient(Map, String)")
def _json_lenient_map(target: dict[Any, Any], field: Any) -> None:
    _json_into(target, field, False)


@method("Processors", "static Map uriParts(String)")
def _uri_parts(uri: Any) -> dict[str, Any]:
    """UriPartsProcessor.apply: the parts map the uri_parts processor writes (no `original`)."""
    from s1elastic.ingest.processors.uri_parts import uri_parts

    if uri is None:
        # new URI(null): the parser dereferences its input (JDK helpful NPE text, as the processor)
        raise NullPointerException('Cannot invoke "String.length()" because "this.input" is null')
    return uri_parts(uri)


@method(
    "Processors",
    "static String communityId(String, String, def, def, def, def, def, def)",
    "static String communityId(String, String, def, def, def, def, def, def, int)",
)
def _community_id(
    source_ip: Any,
    destination_ip: Any,
    iana_number: Any,
    transport: Any,
    source_port: Any,
    destination_port: Any,
    icmp_type: Any,
    icmp_code: Any,
    seed: int = 0,
) -> str:
    """CommunityIdProcessor.apply: the flow from the given values; a missing address or protocol
    is `unable to construct flow from document`; the seed (0..65535) is checked after the flow."""
    from s1elastic.ingest.processors.community_id import flow_community_id, uint16

    seed_error: IllegalStateException | None = None
    try:
        seed_bytes = uint16(seed)
    except IllegalStateException as exc:
        seed_bytes, seed_error = uint16(0), exc
    result = flow_community_id(
        source_ip,
        destination_ip,
        iana_number,
        lambda: transport,
        lambda: source_port,
        lambda: destination_port,
        icmp_type,
        icmp_code,
        seed_bytes,
    )
    if result is None:
        raise IllegalArgumentException("unable to construct flow from document")
    if seed_error is not None:
        raise seed_error
    return result


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
