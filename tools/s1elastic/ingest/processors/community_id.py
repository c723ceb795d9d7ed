"""community_id: the Community ID v1 flow hash (corelight/community-id-spec), as CommunityIdProcessor.

SHA-1 over seed (u16 BE) ‖ ip ‖ ip ‖ proto (u16, proto << 8) ‖ port ‖ port, endpoints ordered by
(unsigned address, port) unless the flow is a one-way ICMP type; ports only for TCP, UDP, SCTP and
ICMP (where type and code-equivalent take their place). Output `1:` + base64.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, IllegalStateException
from s1elastic.ingest.javatypes import java_class_name, java_to_string
from s1elastic.ingest.net.inet import parse_int, parse_ip
from s1elastic.ingest.processors.base import LoadContext, Processor, register

TRANSPORTS = {
    "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "gre": 47, "ipv6-icmp": 58, "icmpv6": 58,
    "eigrp": 88, "ospf": 89, "pim": 103, "sctp": 132,
}  # fmt: skip
_WITH_PORTS = frozenset({6, 17, 132})
_ICMP = frozenset({1, 58})
ICMP_V4_EQUIVALENTS = {8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 10: 9, 9: 10, 17: 18, 18: 17}
ICMP_V6_EQUIVALENTS = {128: 129, 129: 128, 133: 134, 134: 133, 136: 135, 135: 136, 130: 131,
                       139: 140, 140: 139, 144: 145, 145: 144}  # fmt: skip


def _int_value(value: Any) -> int:
    """Number.intValue(): doubles truncate (NaN 0, saturating), longs keep their low 32 bits."""
    if isinstance(value, float):
        if value != value:
            return 0
        return max(-(2**31), min(2**31 - 1, int(value)))
    low = int(value) & 0xFFFFFFFF
    return low - (1 << 32) if low >= 1 << 31 else low


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_int_from(value: Any, what: str) -> int:
    """parseIntFromObjectOrString: null is 0, numbers truncate, strings parse as int."""
    if value is None:
        return 0
    if _is_number(value):
        return _int_value(value)
    if isinstance(value, str):
        try:
            return parse_int(value)
        except IllegalArgumentException:
            pass
    raise IllegalArgumentException(f"unable to parse {what} [{java_to_string(value)}]")


def transport_number(value: Any) -> int:
    """Transport.fromObject."""
    if _is_number(value):
        number = _int_value(value)
    elif isinstance(value, str):
        number = TRANSPORTS.get(value.lower(), -1)
        if number < 0:
            try:
                number = parse_int(value)
            except IllegalArgumentException:
                raise IllegalArgumentException(
                    f"could not convert string [{value}] to transport protocol"
                ) from None
    else:
        raise IllegalArgumentException(
            f"could not convert value of type [{java_class_name(value)}] to transport protocol"
        )
    # Transport.fromNumber: any IANA number 0..254 is accepted (one without a name hashes without
    # ports); only numbers outside that range are refused.
    if number < 0 or number >= 255:
        raise IllegalArgumentException(f"invalid transport protocol number [{number}]")
    return number


def uint16(number: int) -> bytes:
    if number < 0 or number > 65535:
        raise IllegalStateException(f"number [{number}] must be a value between 0 and 65535")
    return number.to_bytes(2, "big")


def community_id(
    source: bytes,
    destination: bytes,
    protocol: int,
    sport: int,
    dport: int,
    seed: bytes,
    one_way: bool = False,
) -> str:
    """Flow.toCommunityId over already parsed parts."""
    # Flow.isOrdered compares the addresses as unsigned big integers (an IPv4 and an IPv6 address
    # compare by value, not byte by byte).
    src_value, dst_value = int.from_bytes(source, "big"), int.from_bytes(destination, "big")
    ordered = src_value < dst_value or (src_value == dst_value and sport < dport)
    keep = ordered or one_way
    data = bytearray(source if keep else destination)
    data += destination if keep else source
    data += uint16(protocol << 8)
    if protocol in _WITH_PORTS or protocol in _ICMP:
        data += uint16(sport if keep else dport)
        data += uint16(dport if keep else sport)
    return "1:" + base64.b64encode(hashlib.sha1(seed + bytes(data)).digest()).decode("ascii")


@register
class CommunityIdProcessor(Processor):
    type_name: ClassVar[str] = "community_id"

    def __init__(self, paths: dict[str, str], seed: int, ignore_missing: bool) -> None:
        super().__init__()
        self.p = {name: FieldPath.of(path) for name, path in paths.items()}
        self.seed = uint16(seed)
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        defaults = {
            "source_ip": "source.ip",
            "source_port": "source.port",
            "destination_ip": "destination.ip",
            "destination_port": "destination.port",
            "iana_number": "network.iana_number",
            "transport": "network.transport",
            "icmp_type": "icmp.type",
            "icmp_code": "icmp.code",
            "target_field": "network.community_id",
        }
        paths = {name: cfg.string(name, default) for name, default in defaults.items()}
        seed = cfg.integer("seed", 0)
        if seed < 0 or seed > 65535:
            raise cfg.error("seed", "must be a value between 0 and 65535")
        ignore_missing = cfg.boolean("ignore_missing", True)
        return cls(paths, seed, ignore_missing)

    def _get(self, doc: IngestDocument, name: str, ignore_missing: bool) -> Any:
        value = doc.get(self.p[name], ignore_missing)
        return None if value is MISSING else value

    def _string(self, doc: IngestDocument, name: str) -> Any:
        value = doc.get_string(self.p[name], self.ignore_missing)
        return None if value is MISSING else value

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        result = self._flow(doc)
        if result is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException("unable to construct flow from document")
        doc.set(self.p["target_field"], result)
        return doc

    def _flow(self, doc: IngestDocument) -> str | None:
        source_ip = self._string(doc, "source_ip")
        destination_ip = self._string(doc, "destination_ip")
        iana = self._get(doc, "iana_number", True)
        icmp_type = self._get(doc, "icmp_type", True)
        icmp_code = self._get(doc, "icmp_code", True)
        return flow_community_id(
            source_ip,
            destination_ip,
            iana,
            lambda: self._get(doc, "transport", self.ignore_missing),
            lambda: self._get(doc, "source_port", self.ignore_missing),
            lambda: self._get(doc, "destination_port", self.ignore_missing),
            icmp_type,
            icmp_code,
            self.seed,
        )


def flow_community_id(
    source_ip: str | None,
    destination_ip: str | None,
    iana: Any,
    transport: Callable[[], Any],
    source_port: Callable[[], Any],
    destination_port: Callable[[], Any],
    icmp_type: Any,
    icmp_code: Any,
    seed: bytes,
) -> str | None:
    """CommunityIdProcessor.buildFlow + toCommunityId; None when an address or the protocol is
    missing. Transport and ports are read only when needed (suppliers, as in Java), so a missing
    one fails only where it matters. Also Processors.communityId's implementation."""
    if source_ip is None or destination_ip is None:
        return None
    source = parse_ip(source_ip)
    destination = parse_ip(destination_ip)
    protocol_value = iana
    if protocol_value is None:
        protocol_value = transport()
        if protocol_value is None:
            return None
    protocol = transport_number(protocol_value)
    sport = dport = 0
    one_way = False
    if protocol in _WITH_PORTS:
        raw = source_port()
        sport = parse_int_from(raw, "source port")
        if sport < 1 or sport > 65535:
            raise IllegalArgumentException(f"invalid source port [{java_to_string(raw)}]")
        raw = destination_port()
        dport = parse_int_from(raw, "destination port")
        if dport < 1 or dport > 65535:
            raise IllegalArgumentException(f"invalid destination port [{java_to_string(raw)}]")
    elif protocol in _ICMP:
        itype = parse_int_from(icmp_type, "icmp type")
        icode = parse_int_from(icmp_code, "icmp code")
        table = ICMP_V6_EQUIVALENTS if protocol == 58 else ICMP_V4_EQUIVALENTS
        equivalent = table.get(itype)
        one_way = equivalent is None
        sport, dport = itype, icode if equivalent is None else equivalent
    return community_id(source, destination, protocol, sport, dport, seed, one_way)
