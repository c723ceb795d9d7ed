"""community_id: the Community ID spec's published baseline vectors, options and errors."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from s1elastic.ingest.errors import IllegalArgumentException, JavaException, ParseException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.pipeline import Pipeline

# corelight/community-id-spec baseline/baseline_deflt.json (seed 0) and baseline_seed1.json (seed 1):
# (proto, saddr, daddr, sport, dport, seed 0 id, seed 1 id). For ICMP, sport/dport are type/code.
BASELINE = [
    (58, "fe80::200:86ff:fe05:80da", "fe80::260:97ff:fe07:69ea", 135, 136, "1:dGHyGvjMfljg6Bppwm3bg0LO8TY=", "1:kHa1FhMYIT6Ym2Vm2AOtoOARDzY="),
    (58, "fe80::260:97ff:fe07:69ea", "fe80::200:86ff:fe05:80da", 136, 135, "1:dGHyGvjMfljg6Bppwm3bg0LO8TY=", "1:kHa1FhMYIT6Ym2Vm2AOtoOARDzY="),
    (58, "fe80::260:97ff:fe07:69ea", "fe80::200:86ff:fe05:80da", 135, 136, "1:zavyT/cezQr1fmImYCwYnMXbgck=", "1:2hSqmsDZ2kdcY9kbiUzOEBic0iM="),
    (58, "fe80::200:86ff:fe05:80da", "fe80::260:97ff:fe07:69ea", 136, 135, "1:zavyT/cezQr1fmImYCwYnMXbgck=", "1:2hSqmsDZ2kdcY9kbiUzOEBic0iM="),
    (58, "3ffe:501:1800:2345::2", "3ffe:507:0:1:200:86ff:fe05:80da", 3, 0, "1:2ObVBgIn28oZvibYZhZMBgh7WdQ=", "1:lVEtCZpYu84Xqaa++3lXFyuu2n4="),
    (58, "3ffe:501:410:0:2c0:dfff:fe47:33e", "3ffe:507:0:1:200:86ff:fe05:80da", 1, 4, "1:hLZd0XGWojozrvxqE0dWB1iM6R0=", "1:W8MHwXpWzpoSTD+cGcaJr4u0ys8="),
    (58, "3ffe:507:0:1:200:86ff:fe05:80da", "3ffe:501:0:1001::2", 128, 129, "1:+TW+HtLHvV1xnGhV1lv7XoJrqQg=", "1:GfZxjAkDk2MkegpBYHV6tadtFXQ="),
    (58, "3ffe:501:0:1001::2", "3ffe:507:0:1:200:86ff:fe05:80da", 129, 128, "1:+TW+HtLHvV1xnGhV1lv7XoJrqQg=", "1:GfZxjAkDk2MkegpBYHV6tadtFXQ="),
    (58, "fe80::200:86ff:fe05:80da", "ff02::2", 133, 134, "1:hO+sN4H+MG5MY/8hIrXPqc4ZQz0=", "1:L7Ka0ZMYu+J3bL4ulW2PrqyXNo8="),
    (58, "fe80::260:97ff:fe07:69ea", "ff02::1", 134, 133, "1:pkvHqCL88/tg1k4cPigmZXUtL00=", "1:K/ee5UCqAMAQXDorP5nSa2CGLjc="),
    (1, "192.168.0.89", "192.168.0.1", 8, 0, "1:X0snYXpgwiv9TZtqg64sgzUn6Dk=", "1:03g6IloqVBdcZlPyX8r0hgoE7kA="),
    (1, "192.168.0.1", "192.168.0.89", 0, 8, "1:X0snYXpgwiv9TZtqg64sgzUn6Dk=", "1:03g6IloqVBdcZlPyX8r0hgoE7kA="),
    (1, "10.0.0.1", "10.0.0.2", 11, 0, "1:YHxtAirCG//0OzkcVAukqKQN9xM=", "1:XjUibYHaafLQ3pxQeiMI8g25q20="),
    (6, "2001:470:e5bf:dead:4957:2174:e82c:4887", "2607:f8b0:400c:c03::1a", 63943, 25, "1:/qFaeAR+gFe1KYjMzVDsMv+wgU4=", "1:eJYTW6AOzFLlSUoESovMjnu7rMw="),
    (6, "2607:f8b0:400c:c03::1a", "2001:470:e5bf:dead:4957:2174:e82c:4887", 25, 63943, "1:/qFaeAR+gFe1KYjMzVDsMv+wgU4=", "1:eJYTW6AOzFLlSUoESovMjnu7rMw="),
    (132, "192.168.170.8", "192.168.170.56", 7, 7, "1:MP2EtRCAUIZvTw6MxJHLV7N7JDs=", "1:5w3ZRjeKBzqT3zsaEECDGjUbYeg="),
    (132, "192.168.170.56", "192.168.170.8", 7, 7, "1:MP2EtRCAUIZvTw6MxJHLV7N7JDs=", "1:5w3ZRjeKBzqT3zsaEECDGjUbYeg="),
    (6, "128.232.110.120", "66.35.250.204", 34855, 80, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", "1:3V71V58M3Ksw/yuFALMcW0LAHvc="),
    (6, "66.35.250.204", "128.232.110.120", 80, 34855, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", "1:3V71V58M3Ksw/yuFALMcW0LAHvc="),
    (17, "192.168.1.52", "8.8.8.8", 54585, 53, "1:d/FP5EW3wiY1vCndhwleRRKHowQ=", "1:Q9We8WO3piVF8yEQBNJF4uiSVrI="),
    (17, "8.8.8.8", "192.168.1.52", 53, 54585, "1:d/FP5EW3wiY1vCndhwleRRKHowQ=", "1:Q9We8WO3piVF8yEQBNJF4uiSVrI="),
]  # fmt: skip


def run(source: dict[str, Any], **options: Any) -> dict[str, Any]:
    doc = Pipeline.load({"processors": [{"community_id": options}]}).run(source)
    assert doc is not None
    return doc.source


def flow(proto: Any, saddr: str, daddr: str, sport: Any, dport: Any) -> dict[str, Any]:
    source: dict[str, Any] = {
        "source": {"ip": saddr},
        "destination": {"ip": daddr},
        "network": {"iana_number": proto},
    }
    if proto in (1, 58):
        source["icmp"] = {"type": sport, "code": dport}
    else:
        source["source"]["port"] = sport
        source["destination"]["port"] = dport
    return source


def _id(row: tuple[Any, ...]) -> str:
    return f"{row[0]}-{row[1]}-{row[3]}"


@pytest.mark.parametrize("row", BASELINE, ids=[_id(r) for r in BASELINE])
def test_baseline_seed0(row: tuple[Any, ...]) -> None:
    proto, saddr, daddr, sport, dport, expected, _ = row
    assert run(flow(proto, saddr, daddr, sport, dport))["network"]["community_id"] == expected


@pytest.mark.parametrize("row", BASELINE, ids=[_id(r) for r in BASELINE])
def test_baseline_seed1(row: tuple[Any, ...]) -> None:
    proto, saddr, daddr, sport, dport, _, expected = row
    assert run(flow(proto, saddr, daddr, sport, dport), seed=1)["network"]["community_id"] == expected


def test_documented_example() -> None:
    # Elasticsearch reference, community_id processor example
    source = {
        "source": {"ip": "123.124.125.126", "port": 12345},
        "destination": {"ip": "55.56.57.58", "port": 80},
        "network": {"transport": "TCP"},
    }
    assert run(source)["network"]["community_id"] == "1:9qr9Z1LViXcNwtLVOHZ3CL8MlyM="


TCP_ID = "1:LQU9qZlK+B5F3KDmev6m5PMibrg="
PROTOCOL_FORMS = [
    ("iana-int", {"network": {"iana_number": 6}}),
    ("iana-string", {"network": {"iana_number": "6"}}),
    ("iana-double", {"network": {"iana_number": 6.9}}),
    ("transport-name", {"network": {"transport": "tcp"}}),
    ("transport-upper", {"network": {"transport": "TCP"}}),
    ("transport-number-string", {"network": {"transport": "6"}}),
    ("iana-wins-over-transport", {"network": {"iana_number": 6, "transport": "udp"}}),
]


@pytest.mark.parametrize("extra", [c[1] for c in PROTOCOL_FORMS], ids=[c[0] for c in PROTOCOL_FORMS])
def test_protocol_forms(extra: dict[str, Any]) -> None:
    source = {
        "source": {"ip": "128.232.110.120", "port": "34855"},
        "destination": {"ip": "66.35.250.204", "port": 80},
    }
    assert run({**source, **extra})["network"]["community_id"] == TCP_ID


def test_custom_fields_and_target() -> None:
    source = {"s": "128.232.110.120", "sp": 34855, "d": "66.35.250.204", "dp": 80, "t": "tcp"}
    out = run(source, source_ip="s", source_port="sp", destination_ip="d", destination_port="dp", transport="t",
              target_field="cid")  # fmt: skip
    assert out["cid"] == TCP_ID


def test_icmp_custom_type_code_fields() -> None:
    source = {
        "source": {"ip": "192.168.0.89"},
        "destination": {"ip": "192.168.0.1"},
        "n": {"t": "icmp"},
        "ty": 8,
        "co": 0,
    }
    out = run(source, transport="n.t", icmp_type="ty", icmp_code="co")
    assert out["network"]["community_id"] == "1:X0snYXpgwiv9TZtqg64sgzUn6Dk="


def test_icmp_without_type_and_code_uses_zero() -> None:
    # type 0 (echo reply) has code-equivalent 8, so this equals the 0/8 baseline row
    source = {
        "source": {"ip": "192.168.0.1"},
        "destination": {"ip": "192.168.0.89"},
        "network": {"transport": "icmp"},
    }
    assert run(source)["network"]["community_id"] == "1:X0snYXpgwiv9TZtqg64sgzUn6Dk="


@pytest.mark.parametrize(
    "source",
    [{}, {"source": {"ip": "1.2.3.4"}}, {"source": {"ip": "1.2.3.4"}, "destination": {"ip": "5.6.7.8"}}],
    ids=["nothing", "no-destination", "no-protocol"],
)
def test_ignore_missing_default_true(source: dict[str, Any]) -> None:
    assert "network" not in run(source) or "community_id" not in run(source)["network"]


def test_ignore_missing_false_missing_ip() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({}, ignore_missing=False)
    assert caught.value.reason == "field [source] not present as part of path [source.ip]"


def test_ignore_missing_false_null_ip() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"source": {"ip": None}, "destination": {"ip": "1.1.1.1"}}, ignore_missing=False)
    assert caught.value.reason == "unable to construct flow from document"


BASE = {"source": {"ip": "1.2.3.4", "port": 1000}, "destination": {"ip": "5.6.7.8", "port": 80}}
ERRORS = [
    # 8.16+ (#111528): any number 0..254 hashes; only numbers outside that range fail.
    ("number-too-large", {"network": {"iana_number": 255}}, "invalid transport protocol number [255]"),
    ("number-negative", {"network": {"transport": "-1"}}, "invalid transport protocol number [-1]"),
    (
        "unknown-name",
        {"network": {"transport": "foo"}},
        "could not convert string [foo] to transport protocol",
    ),
    (
        "bad-type",
        {"network": {"transport": True}},
        "could not convert value of type [java.lang.Boolean] to transport protocol",
    ),
    (
        "bad-ip",
        {"source": {"ip": "1.2.3", "port": 1}, "network": {"transport": "tcp"}},
        "'1.2.3' is not an IP string literal.",
    ),
    (
        "unparsable-port",
        {"source": {"ip": "1.2.3.4", "port": "x"}, "network": {"transport": "tcp"}},
        "unable to parse source port [x]",
    ),
    (
        "zero-port",
        {"source": {"ip": "1.2.3.4", "port": 0}, "network": {"transport": "tcp"}},
        "invalid source port [0]",
    ),
    (
        "large-port",
        {"destination": {"ip": "5.6.7.8", "port": 65536}, "network": {"transport": "udp"}},
        "invalid destination port [65536]",
    ),
    (
        "missing-port",
        {"source": {"ip": "1.2.3.4"}, "network": {"transport": "tcp"}},
        "invalid source port [null]",
    ),
    (
        "icmp-type-text",
        {"network": {"transport": "icmp"}, "icmp": {"type": "echo"}},
        "unable to parse icmp type [echo]",
    ),
]


@pytest.mark.parametrize(("extra", "reason"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors(extra: dict[str, Any], reason: str) -> None:
    with pytest.raises(JavaException) as caught:
        run({**BASE, **extra})
    assert caught.value.reason == reason


def test_ip_must_be_string() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"source": {"ip": 1}, "destination": {"ip": "1.1.1.1"}})
    assert (
        caught.value.reason
        == "field [source.ip] of type [java.lang.Integer] cannot be cast to [java.lang.String]"
    )


@pytest.mark.parametrize(
    ("seed", "reason"),
    [(-1, "[seed] must be a value between 0 and 65535"), (65536, "[seed] must be a value between 0 and 65535"),
     ("x", "[seed] property cannot be converted to an int [x]")],
    ids=["negative", "too-large", "not-int"],
)  # fmt: skip
def test_seed_config_errors(seed: Any, reason: str) -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"community_id": {"seed": seed}}]})
    assert caught.value.reason == reason


# Rows from the behaviour pinned by Elasticsearch's CommunityIdProcessorTests (the Beats vectors):
# the base flow is TCP 128.232.110.120:34855 -> 66.35.250.204:80; each row changes a few fields.
ES_FLOW: dict[str, dict[str, Any]] = {
    "source": {"ip": "128.232.110.120", "port": 34855},
    "destination": {"ip": "66.35.250.204", "port": 80},
    "network": {"transport": "TCP"},
}


def _es_flow(**changes: Any) -> dict[str, Any]:
    flow = copy.deepcopy(ES_FLOW)
    for path, value in changes.items():
        parent, _, leaf = path.partition("__")
        if value is _DELETE:
            flow[parent].pop(leaf)
        elif leaf:
            flow.setdefault(parent, {})[leaf] = value
        else:
            flow[parent] = value
    return flow


_DELETE = object()
_NO_PORTS = {"source__port": _DELETE, "destination__port": _DELETE}


@pytest.mark.parametrize(
    ("changes", "options", "expected"),
    [
        pytest.param({}, {}, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", id="tcp"),
        pytest.param({}, {"seed": 123}, "1:hTSGlFQnR58UCk+NfKRZzA32dPg=", id="seed"),
        pytest.param(
            {"network__transport": "icmp", "icmp": {"type": 3, "code": 3}},
            {},
            "1:KF3iG9XD24nhlSy4r1TcYIr5mfE=",
            id="icmp",
        ),
        pytest.param(
            {"network__transport": "icmp", "icmp": {"type": "3", "code": "3"}},
            {},
            "1:KF3iG9XD24nhlSy4r1TcYIr5mfE=",
            id="icmp-strings",
        ),
        pytest.param(
            {"network__transport": "icmp"}, {}, "1:PAE85ZfR4SbNXl5URZwWYyDehwU=", id="icmp-no-type-code"
        ),
        pytest.param(
            {"network__transport": "icmp", "icmp": {"type": 10, "code": 3}},
            {},
            "1:L8wnzpmRHIESLqLBy+zTqW3Pmqs=",
            id="icmp-code-equivalent",
        ),
        pytest.param(
            {"network__transport": "igmp", **_NO_PORTS}, {}, "1:D3t8Q1aFA6Ev0A/AO4i9PnU3AeI=", id="igmp"
        ),
        pytest.param(
            {"network__transport": "2", **_NO_PORTS}, {}, "1:D3t8Q1aFA6Ev0A/AO4i9PnU3AeI=", id="number-string"
        ),
        pytest.param(
            {"network__transport": 2, **_NO_PORTS}, {}, "1:D3t8Q1aFA6Ev0A/AO4i9PnU3AeI=", id="number"
        ),
        pytest.param({"network": {"iana_number": 6}}, {}, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", id="iana-tcp"),
        pytest.param(
            {"network": {"iana_number": "6"}}, {}, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", id="iana-tcp-string"
        ),
        pytest.param(
            {
                "network": {"iana_number": "4"},
                "source": {"ip": "192.168.1.2"},
                "destination": {"ip": "10.1.2.3"},
            },
            {},
            "1:KXQzmk3bdsvD6UXj7dvQ4bM6Zvw=",
            id="iana-ipv4-in-ip-unnamed",
        ),
        pytest.param(
            {
                "source__ip": "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
                "destination__ip": "2001:0:9d38:6ab8:1c48:3a1c:a95a:b1c2",
            },
            {},
            "1:YC1+javPJ2LpK5xVyw1udfT83Qs=",
            id="ipv6",
        ),
        pytest.param(
            {"source__port": "34855", "destination__port": "80"},
            {},
            "1:LQU9qZlK+B5F3KDmev6m5PMibrg=",
            id="string-ports",
        ),
        pytest.param({"source__port": JLong(34855)}, {}, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", id="long-port"),
        pytest.param({"source__port": 34855.0}, {}, "1:LQU9qZlK+B5F3KDmev6m5PMibrg=", id="double-port"),
    ],
)
def test_es_vectors(changes: dict[str, Any], options: dict[str, Any], expected: str) -> None:
    assert run(_es_flow(**changes), **options)["network"]["community_id"] == expected


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        pytest.param(
            {"source__ip": JLong(2162716280)},
            "field [source.ip] of type [java.lang.Long] cannot be cast to [java.lang.String]",
            id="long-ip",
        ),
        pytest.param({"source__port": 0}, "invalid source port [0]", id="source-port-0"),
        pytest.param({"source__port": 65536}, "invalid source port [65536]", id="source-port-65536"),
        pytest.param({"destination__port": 0}, "invalid destination port [0]", id="destination-port-0"),
        pytest.param(
            {"destination__port": None}, "invalid destination port [null]", id="destination-port-null"
        ),
        pytest.param(
            {"destination__ip": "308.111.1.2.3"},
            "'308.111.1.2.3' is not an IP string literal.",
            id="bad-destination-ip",
        ),
        pytest.param(
            {"network__transport": "xyz"}, "could not convert string [xyz] to transport protocol", id="xyz"
        ),
        pytest.param(
            {"source__ip": _DELETE},
            "field [ip] not present as part of path [source.ip]",
            id="missing-ip-not-ignored",
        ),
    ],
)
def test_es_errors(changes: dict[str, Any], reason: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run(_es_flow(**changes), ignore_missing=False)
    assert caught.value.reason == reason


def test_es_missing_transport_ignored() -> None:
    out = run(_es_flow(network__transport=_DELETE))
    assert out["network"] == {}
    assert out["source"] == ES_FLOW["source"]
