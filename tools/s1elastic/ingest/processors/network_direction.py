"""network_direction: internal / outbound / inbound / external from source and destination IPs.

As NetworkDirectionProcessor: `internal_networks` (templates) or `internal_networks_field`
(exactly one); each entry is a named network (loopback, private, public, ...) or a CIDR / single
address compared with CIDRUtils semantics. ignore_missing defaults to true.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException
from s1elastic.ingest.javatypes import java_class_name
from s1elastic.ingest.mustache import Template, compile_template
from s1elastic.ingest.net.inet import in_cidr, parse_ip
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_BROADCAST = b"\xff\xff\xff\xff"
_PRIVATE = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fd00::/8")


def is_loopback(a: bytes) -> bool:
    return a[0] == 127 if len(a) == 4 else a == b"\x00" * 15 + b"\x01"


def is_unspecified(a: bytes) -> bool:
    return not any(a)


def is_multicast(a: bytes) -> bool:
    return (a[0] & 0xF0) == 0xE0 if len(a) == 4 else a[0] == 0xFF


def is_link_local(a: bytes) -> bool:
    return a[:2] == b"\xa9\xfe" if len(a) == 4 else (a[0] == 0xFE and (a[1] & 0xC0) == 0x80)


def is_mc_link_local(a: bytes) -> bool:
    return a[:3] == b"\xe0\x00\x00" if len(a) == 4 else (a[0] == 0xFF and (a[1] & 0x0F) == 0x02)


def is_mc_node_local(a: bytes) -> bool:
    return len(a) == 16 and a[0] == 0xFF and (a[1] & 0x0F) == 0x01


def is_private(a: bytes) -> bool:
    return any(in_cidr(a, cidr) for cidr in _PRIVATE)


def is_unicast(a: bytes) -> bool:
    return not (a == _BROADCAST or is_unspecified(a) or is_loopback(a) or is_multicast(a) or is_link_local(a))


def is_public(a: bytes) -> bool:
    return not (
        is_private(a)
        or is_loopback(a)
        or is_unspecified(a)
        or is_link_local(a)
        or is_mc_link_local(a)
        or is_mc_node_local(a)
        or a == _BROADCAST
    )


NAMED_NETWORKS: dict[str, Callable[[bytes], bool]] = {
    "loopback": is_loopback,
    "global_unicast": is_unicast,
    "unicast": is_unicast,
    "link_local_unicast": is_link_local,
    "interface_local_multicast": is_mc_node_local,
    "link_local_multicast": is_mc_link_local,
    "multicast": is_multicast,
    "unspecified": is_unspecified,
    "private": is_private,
    "public": is_public,
}


def in_network(address: bytes, network: str) -> bool:
    named = NAMED_NETWORKS.get(network)
    if named is not None:
        return named(address)
    return in_cidr(address, network)


@register
class NetworkDirectionProcessor(Processor):
    type_name: ClassVar[str] = "network_direction"

    def __init__(
        self,
        source_ip: str,
        destination_ip: str,
        target_field: str,
        networks: list[Template] | None,
        networks_field: str | None,
        ignore_missing: bool,
    ) -> None:
        super().__init__()
        self.source_ip = FieldPath.of(source_ip)
        self.destination_ip = FieldPath.of(destination_ip)
        self.target = FieldPath.of(target_field)
        self.networks = networks
        self.networks_field = None if networks_field is None else FieldPath.of(networks_field)
        self.constant = None
        if networks is not None and all(t.is_constant for t in networks):
            self.constant = [t.source for t in networks]
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        source_ip = cfg.string("source_ip", "source.ip")
        destination_ip = cfg.string("destination_ip", "destination.ip")
        target_field = cfg.string("target_field", "network.direction")
        ignore_missing = cfg.boolean("ignore_missing", True)
        networks = cfg.list("internal_networks", None)
        networks_field = cfg.string("internal_networks_field", None)
        if networks is None and networks_field is None:
            raise cfg.error("internal_networks", "or [internal_networks_field] must be specified")
        if networks is not None and networks_field is not None:
            raise cfg.error(
                "internal_networks", "and [internal_networks_field] cannot both be used in the same processor"
            )
        templates = None
        if networks is not None:
            templates = [
                compile_template(_as_template_text(n), config=cfg, property_name="internal_networks")
                for n in networks
            ]
        return cls(source_ip, destination_ip, target_field, templates, networks_field, ignore_missing)

    def _networks(self, doc: IngestDocument) -> list[Any] | None:
        if self.networks_field is not None:
            value = doc.get(self.networks_field, self.ignore_missing)
            if value is MISSING or value is None:
                return None
            if not isinstance(value, list):
                raise IllegalArgumentException(
                    f"field [{self.networks_field.raw}] of type [{java_class_name(value)}] cannot be cast to "
                    "[java.util.ArrayList]"
                )
            return list(value)
        if self.constant is not None:
            return self.constant
        assert self.networks is not None
        return [t.render(doc) for t in self.networks]

    def _ip(self, doc: IngestDocument, path: FieldPath) -> str | None:
        value = doc.get_string(path, self.ignore_missing)
        return None if value is MISSING else value

    def direction(self, doc: IngestDocument) -> str | None:
        networks = self._networks(doc)
        if networks is None:
            return None
        source = self._ip(doc, self.source_ip)
        if source is None:
            return None
        destination = self._ip(doc, self.destination_ip)
        if destination is None:
            return None
        source_internal = self._is_internal(networks, source)
        destination_internal = self._is_internal(networks, destination)
        if source_internal and destination_internal:
            return "internal"
        if source_internal:
            return "outbound"
        if destination_internal:
            return "inbound"
        return "external"

    @staticmethod
    def _is_internal(networks: list[Any], ip: str) -> bool:
        for network in networks:
            if not isinstance(network, str):
                if network is None:
                    raise NullPointerException('Cannot invoke "String.hashCode()" because "<local4>" is null')
                _as_template_text(network)
            address = parse_ip(ip)
            if in_network(address, network):
                return True
        return False

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        result = self.direction(doc)
        if result is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException("unable to calculate network direction from document")
        doc.set(self.target, result)
        return doc


def _as_template_text(value: Any) -> str:
    """compileTemplate receives List<String> elements; a non-string fails like Java's cast."""
    if isinstance(value, str):
        return value
    source = java_class_name(value)
    from s1elastic.ingest.errors import ClassCastException

    raise ClassCastException(
        f"class {source} cannot be cast to class java.lang.String ({source} and java.lang.String are in module "
        "java.base of loader 'bootstrap')"
    )
