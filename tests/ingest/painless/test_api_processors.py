"""`Processors` (ingest-common's processors_whitelist.txt): uriParts, communityId and the json
family, each the static `apply` of its processor.

Expected values: the uri_parts processor's documented example; the Community ID specification's
worked example (corelight/community-id-spec: TCP 128.232.110.120:34855 <-> 66.35.250.204:80 is
`1:LQU9qZlK+B5F3KDmev6m5PMibrg=` with seed 0 and `1:3V71V58M3Ksw/yuFALMcW0LAHvc=` with seed 1);
CommunityIdProcessor.apply's order of checks (flow, then null flow, then the seed range);
JsonProcessor.apply's strict / lenient modes.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script


def _caused_by(source: str, ctx: dict[str, Any] | None = None) -> dict[str, Any]:
    with pytest.raises(ScriptException) as info:
        compile_script(source).execute(ctx or {})
    return info.value.error_body()["caused_by"]  # type: ignore[no-any-return]


def test_uri_parts_documented_example() -> None:
    doc = run_script(
        "ctx.url = Processors.uriParts(ctx.href)",
        {"href": "http://myusername:mypassword@www.example.com:80/foo.gif?key1=val1&key2=val2#fragment"},
    )
    assert doc["url"] == {
        "domain": "www.example.com",
        "extension": "gif",
        "fragment": "fragment",
        "password": "mypassword",
        "path": "/foo.gif",
        "port": 80,
        "query": "key1=val1&key2=val2",
        "scheme": "http",
        "user_info": "myusername:mypassword",
        "username": "myusername",
    }


def test_uri_parts_result_is_a_mutable_map() -> None:
    doc = run_script("Map m = Processors.uriParts('https://a.example/x'); m.remove('path'); ctx.r = m")
    assert doc["r"] == {"domain": "a.example", "scheme": "https"}


@pytest.mark.parametrize(
    ("source", "caused_by"),
    [
        (
            "Processors.uriParts('not a uri')",
            {"type": "illegal_argument_exception", "reason": "unable to parse URI [not a uri]"},
        ),
        (
            "Processors.uriParts(null)",
            {
                "type": "null_pointer_exception",
                "reason": 'Cannot invoke "String.length()" because "this.input" is null',
            },
        ),
    ],
    ids=["unparsable", "null"],
)
def test_uri_parts_errors(source: str, caused_by: dict[str, str]) -> None:
    assert _caused_by(f"ctx.r = {source}") == caused_by


FLOW = "'128.232.110.120', '66.35.250.204', null, 'tcp', 34855, 80, null, null"

COMMUNITY_IDS = [
    ("spec_seed_0", f"Processors.communityId({FLOW})", "1:LQU9qZlK+B5F3KDmev6m5PMibrg="),
    ("spec_seed_1", f"Processors.communityId({FLOW}, 1)", "1:3V71V58M3Ksw/yuFALMcW0LAHvc="),
    ("explicit_seed_0", f"Processors.communityId({FLOW}, 0)", "1:LQU9qZlK+B5F3KDmev6m5PMibrg="),
    (
        "direction_does_not_matter",
        "Processors.communityId('66.35.250.204', '128.232.110.120', 6, null, 80, 34855, null, null)",
        "1:LQU9qZlK+B5F3KDmev6m5PMibrg=",
    ),
    (
        "ports_as_strings",
        "Processors.communityId('128.232.110.120', '66.35.250.204', '6', null, '34855', '80', null, null)",
        "1:LQU9qZlK+B5F3KDmev6m5PMibrg=",
    ),
    # more of the specification's baseline vectors (baseline_deflt.json, baseline_seed1.json)
    (
        "spec_udp_dns",
        "Processors.communityId('192.168.1.52', '8.8.8.8', 17, null, 54585, 53, null, null)",
        "1:d/FP5EW3wiY1vCndhwleRRKHowQ=",
    ),
    (
        "spec_udp_dns_seed_1",
        "Processors.communityId('8.8.8.8', '192.168.1.52', null, 'udp', 53, 54585, null, null, 1)",
        "1:Q9We8WO3piVF8yEQBNJF4uiSVrI=",
    ),
    (
        "spec_icmp_echo",
        "Processors.communityId('192.168.0.89', '192.168.0.1', 1, null, null, null, 8, 0)",
        "1:X0snYXpgwiv9TZtqg64sgzUn6Dk=",
    ),
]


@pytest.mark.parametrize(
    ("expr", "expected"), [c[1:] for c in COMMUNITY_IDS], ids=[c[0] for c in COMMUNITY_IDS]
)
def test_community_id(expr: str, expected: str) -> None:
    assert run_script(f"ctx.r = {expr}")["r"] == expected


def test_community_id_agrees_with_the_processor() -> None:
    """The same flow through the community_id processor and a script calling the method."""
    from s1elastic.ingest.pipeline import Pipeline

    script = (
        "ctx.from_script = Processors.communityId(ctx.source.ip, ctx.destination.ip,"
        " ctx.network.iana_number, ctx.network.transport, ctx.source.port, ctx.destination.port,"
        " ctx.icmp?.type, ctx.icmp?.code, 7)"
    )
    pipeline = Pipeline.load({"processors": [{"community_id": {"seed": 7}}, {"script": {"source": script}}]})
    doc = pipeline.run(
        {
            "source": {"ip": "10.1.2.3", "port": 5353},
            "destination": {"ip": "224.0.0.251", "port": 5353},
            "network": {"transport": "udp"},
        }
    )
    assert doc is not None
    assert doc.source["from_script"] == doc.source["network"]["community_id"]


@pytest.mark.parametrize(
    ("args", "caused_by"),
    [
        (
            "null, '1.2.3.4', 6, null, 1, 2, null, null, 70000",
            {"type": "illegal_argument_exception", "reason": "unable to construct flow from document"},
        ),
        (
            "'1.2.3.4', '5.6.7.8', null, null, 1, 2, null, null",
            {"type": "illegal_argument_exception", "reason": "unable to construct flow from document"},
        ),
        (
            "'1.2.3.4', '5.6.7.8', 6, null, 1, 2, null, null, 70000",
            {
                "type": "illegal_state_exception",
                "reason": "number [70000] must be a value between 0 and 65535",
            },
        ),
        (
            "'1.2.3.4', '5.6.7.8', 6, null, 'http', 2, null, null, 70000",
            {"type": "illegal_argument_exception", "reason": "unable to parse source port [http]"},
        ),
        (
            "'1.2.3.4', '5.6.7.8', 'carrier-pigeon', null, 1, 2, null, null",
            {
                "type": "illegal_argument_exception",
                "reason": "could not convert string [carrier-pigeon] to transport protocol",
            },
        ),
        (
            "'1.2.3', '5.6.7.8', 6, null, 1, 2, null, null",
            {"type": "illegal_argument_exception", "reason": "'1.2.3' is not an IP string literal."},
        ),
    ],
    ids=[
        "null_source_before_seed",
        "no_protocol",
        "seed_out_of_range",
        "bad_port_before_seed",
        "bad_transport",
        "bad_ip",
    ],
)
def test_community_id_errors(args: str, caused_by: dict[str, str]) -> None:
    assert _caused_by(f"ctx.r = Processors.communityId({args})") == caused_by


def test_json_strict_and_lenient() -> None:
    doc = run_script(
        "ctx.a = Processors.json('{\"k\": [1, 2.5]}'); ctx.b = Processors.jsonLenient('123 foo')"
    )
    assert doc["a"] == {"k": [1, 2.5]}
    assert doc["b"] == 123
    assert _caused_by("ctx.r = Processors.json('123 foo')") == {
        "type": "illegal_argument_exception",
        "reason": "The input 123 foo is not valid JSON and the strict_json_parsing parameter is true",
    }


def test_json_into_map_replaces_top_level_keys() -> None:
    doc = run_script(
        "Processors.json(ctx, 'message'); Processors.jsonLenient(ctx.nested, 'raw')",
        {"message": '{"a": {"x": 1}, "b": 2}', "a": {"y": 0}, "nested": {"raw": '{"c": 3} trailing'}},
    )
    assert doc["a"] == {"x": 1}
    assert doc["b"] == 2
    assert doc["nested"] == {"raw": '{"c": 3} trailing', "c": 3}
    assert _caused_by("Processors.json(ctx, 'v')", {"v": "[1]"}) == {
        "type": "illegal_argument_exception",
        "reason": "cannot add non-map fields to root of document",
    }
