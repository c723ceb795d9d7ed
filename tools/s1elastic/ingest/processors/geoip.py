"""geoip: look an IP up in a MaxMind database (`.mmdb` in LoadContext.geoip_dir).

Follows GeoIpProcessor and MaxmindIpDataLookups (ES 8.x/9.x): the database type from the file's
metadata picks the property set (City, Country, ASN, Anonymous-IP, Connection-Type, Domain,
Enterprise, ISP); names are English; absent values are omitted. A database that cannot be found
when the pipeline is created turns the processor into one that only appends
`_geoip_database_unavailable_<file>` to `tags`, as Elasticsearch's DatabaseUnavailableProcessor.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import maxminddb

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.net.inet import format_ip, parse_ip
from s1elastic.ingest.processors.base import LoadContext, Processor, register

DEFAULT_DATABASE = "GeoLite2-City.mmdb"

# Database.Property, in enum (ordinal) order: error messages list valid values in this order.
PROPERTIES = [
    "IP",
    "COUNTRY_CONFIDENCE",
    "COUNTRY_IN_EUROPEAN_UNION",
    "COUNTRY_ISO_CODE",
    "COUNTRY_NAME",
    "CONTINENT_CODE",
    "CONTINENT_NAME",
    "REGION_ISO_CODE",
    "REGION_NAME",
    "CITY_CONFIDENCE",
    "CITY_NAME",
    "TIMEZONE",
    "LOCATION",
    "ASN",
    "ORGANIZATION_NAME",
    "NETWORK",
    "HOSTING_PROVIDER",
    "TOR_EXIT_NODE",
    "ANONYMOUS_VPN",
    "ANONYMOUS",
    "PUBLIC_PROXY",
    "RESIDENTIAL_PROXY",
    "DOMAIN",
    "ISP",
    "ISP_ORGANIZATION_NAME",
    "MOBILE_COUNTRY_CODE",
    "MOBILE_NETWORK_CODE",
    "CONNECTION_TYPE",
    "USER_TYPE",
    "TYPE",
    "POSTAL_CODE",
    "POSTAL_CONFIDENCE",
    "ACCURACY_RADIUS",
    "HOSTING",
    "TOR",
    "PROXY",
    "RELAY",
    "VPN",
    "SERVICE",
    "REGISTERED_COUNTRY_IN_EUROPEAN_UNION",
    "REGISTERED_COUNTRY_ISO_CODE",
    "REGISTERED_COUNTRY_NAME",
]

_ANON = (
    "HOSTING_PROVIDER",
    "TOR_EXIT_NODE",
    "ANONYMOUS_VPN",
    "ANONYMOUS",
    "PUBLIC_PROXY",
    "RESIDENTIAL_PROXY",
)
_ISP = ("IP", "ASN", "ORGANIZATION_NAME", "NETWORK", "ISP", "ISP_ORGANIZATION_NAME", "MOBILE_COUNTRY_CODE",
        "MOBILE_NETWORK_CODE")  # fmt: skip
_COUNTRY_ALL = ("IP", "CONTINENT_CODE", "CONTINENT_NAME", "COUNTRY_NAME", "COUNTRY_IN_EUROPEAN_UNION",
                "COUNTRY_ISO_CODE", "REGISTERED_COUNTRY_IN_EUROPEAN_UNION", "REGISTERED_COUNTRY_ISO_CODE",
                "REGISTERED_COUNTRY_NAME")  # fmt: skip
_CITY_DEFAULT = ("COUNTRY_ISO_CODE", "COUNTRY_NAME", "CONTINENT_NAME", "REGION_ISO_CODE", "REGION_NAME",
                 "CITY_NAME", "LOCATION")  # fmt: skip

# Database kind -> (valid properties, default properties)
DATABASES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "City": (
        frozenset(_COUNTRY_ALL)
        | {
            "REGION_ISO_CODE",
            "REGION_NAME",
            "CITY_NAME",
            "TIMEZONE",
            "LOCATION",
            "POSTAL_CODE",
            "ACCURACY_RADIUS",
        },
        _CITY_DEFAULT,
    ),
    "Country": (frozenset(_COUNTRY_ALL), ("CONTINENT_NAME", "COUNTRY_NAME", "COUNTRY_ISO_CODE")),
    "Asn": (
        frozenset({"IP", "ASN", "ORGANIZATION_NAME", "NETWORK"}),
        ("IP", "ASN", "ORGANIZATION_NAME", "NETWORK"),
    ),
    "AnonymousIp": (frozenset({"IP", *_ANON}), _ANON),
    "ConnectionType": (frozenset({"IP", "CONNECTION_TYPE"}), ("CONNECTION_TYPE",)),
    "Domain": (frozenset({"IP", "DOMAIN"}), ("DOMAIN",)),
    "Enterprise": (
        frozenset(_COUNTRY_ALL)
        | set(_ANON)
        | set(_ISP)
        | {
            "COUNTRY_CONFIDENCE",
            "REGION_ISO_CODE",
            "REGION_NAME",
            "CITY_CONFIDENCE",
            "CITY_NAME",
            "TIMEZONE",
            "LOCATION",
            "DOMAIN",
            "USER_TYPE",
            "CONNECTION_TYPE",
            "POSTAL_CODE",
            "POSTAL_CONFIDENCE",
            "ACCURACY_RADIUS",
        },
        _CITY_DEFAULT,
    ),
    "Isp": (frozenset(_ISP), _ISP),
}
_SUFFIXES = (
    ("-City", "City"), ("-Country", "Country"), ("-ASN", "Asn"), ("-Anonymous-IP", "AnonymousIp"),
    ("-Connection-Type", "ConnectionType"), ("-Domain", "Domain"), ("-Enterprise", "Enterprise"), ("-ISP", "Isp"),
)  # fmt: skip


def database_kind(database_type: str, database_file: str) -> str:
    """IpDataLookupFactories.get: the lookup kind from the metadata's database_type suffix."""
    if database_type.strip() and not database_type.lower().startswith("ipinfo"):
        for suffix, kind in _SUFFIXES:
            if database_type.endswith(suffix):
                return kind
    raise IllegalArgumentException(f"Unsupported database type [{database_type}] for file [{database_file}]")


def parse_properties(kind: str, names: list[Any] | None) -> tuple[str, ...]:
    """Database.parseProperties: upper-cased names validated against the database's set."""
    valid, defaults = DATABASES[kind]
    if names is None:
        return defaults
    parsed: list[str] = []
    for name in names:
        prop = str(name).upper()
        if prop not in valid:
            listed = ", ".join(p for p in PROPERTIES if p in valid)
            raise IllegalArgumentException(f"illegal property value [{name}]. valid values are [{listed}]")
        if prop not in parsed:
            parsed.append(prop)
    return tuple(parsed)


def _name(record: dict[str, Any] | None) -> str | None:
    if not record:
        return None
    names = record.get("names") or {}
    value = names.get("en")
    return value if isinstance(value, str) else None


def _java_ipv6_text(address: bytes) -> str:
    """Inet6Address.getHostAddress: eight uncompressed lowercase hex groups."""
    return ":".join(f"{int.from_bytes(address[i : i + 2], 'big'):x}" for i in range(0, 16, 2))


def _network_text(address: bytes, prefix: int) -> str:
    """maxmind Network.toString: the masked network address and the prefix length."""
    bits = len(address) * 8
    value = int.from_bytes(address, "big") & ~((1 << (bits - prefix)) - 1)
    masked = value.to_bytes(len(address), "big")
    text = ".".join(str(b) for b in masked) if len(masked) == 4 else _java_ipv6_text(masked)
    return f"{text}/{prefix}"


def transform(
    kind: str, props: tuple[str, ...], record: dict[str, Any], ip_text: str, network: str
) -> dict[str, Any]:
    """MaxmindIpDataLookups.<Kind>.transform."""
    country = record.get("country") or {}
    registered = record.get("registered_country") or {}
    continent = record.get("continent") or {}
    city = record.get("city") or {}
    location = record.get("location") or {}
    postal = record.get("postal") or {}
    subdivisions = record.get("subdivisions") or []
    subdivision = subdivisions[-1] if subdivisions else {}
    traits = record.get("traits") or {}
    flat = traits if kind == "Enterprise" else record
    data: dict[str, Any] = {}

    def put(key: str, value: Any) -> None:
        if value is not None:
            data[key] = value

    for prop in props:
        if prop == "IP":
            data["ip"] = ip_text
        elif prop == "COUNTRY_IN_EUROPEAN_UNION":
            if country.get("iso_code") is not None:
                data["country_in_european_union"] = bool(country.get("is_in_european_union", False))
        elif prop == "COUNTRY_ISO_CODE":
            put("country_iso_code", country.get("iso_code"))
        elif prop == "COUNTRY_NAME":
            put("country_name", _name(country))
        elif prop == "COUNTRY_CONFIDENCE":
            put("country_confidence", country.get("confidence"))
        elif prop == "CONTINENT_CODE":
            put("continent_code", continent.get("code"))
        elif prop == "CONTINENT_NAME":
            put("continent_name", _name(continent))
        elif prop == "REGION_ISO_CODE":
            if country.get("iso_code") is not None and subdivision.get("iso_code") is not None:
                data["region_iso_code"] = f"{country['iso_code']}-{subdivision['iso_code']}"
        elif prop == "REGION_NAME":
            put("region_name", _name(subdivision))
        elif prop == "CITY_CONFIDENCE":
            put("city_confidence", city.get("confidence"))
        elif prop == "CITY_NAME":
            put("city_name", _name(city))
        elif prop == "TIMEZONE":
            put("timezone", location.get("time_zone"))
        elif prop == "LOCATION":
            lat, lon = location.get("latitude"), location.get("longitude")
            if lat is not None and lon is not None:
                data["location"] = {"lat": float(lat), "lon": float(lon)}
        elif prop == "ACCURACY_RADIUS":
            put("accuracy_radius", location.get("accuracy_radius"))
        elif prop == "POSTAL_CODE":
            put("postal_code", postal.get("code"))
        elif prop == "POSTAL_CONFIDENCE":
            put("postal_confidence", postal.get("confidence"))
        elif prop == "REGISTERED_COUNTRY_IN_EUROPEAN_UNION":
            if registered.get("iso_code") is not None:
                data["registered_country_in_european_union"] = bool(
                    registered.get("is_in_european_union", False)
                )
        elif prop == "REGISTERED_COUNTRY_ISO_CODE":
            put("registered_country_iso_code", registered.get("iso_code"))
        elif prop == "REGISTERED_COUNTRY_NAME":
            put("registered_country_name", _name(registered))
        elif prop == "ASN":
            asn = flat.get("autonomous_system_number")
            put("asn", None if asn is None else JLong(asn))
        elif prop == "ORGANIZATION_NAME":
            put("organization_name", flat.get("autonomous_system_organization"))
        elif prop == "NETWORK":
            data["network"] = network
        elif prop in _ANON:
            data[prop.lower()] = bool(flat.get("is_" + prop.lower(), False))
        elif prop in _PLAIN_STRING_PROPERTIES:
            put(prop.lower(), flat.get(_PLAIN_STRING_PROPERTIES[prop]))
    return data


# Properties copied as they are: property -> the record's key.
_PLAIN_STRING_PROPERTIES = {
    "DOMAIN": "domain",
    "ISP": "isp",
    "ISP_ORGANIZATION_NAME": "organization",
    "MOBILE_COUNTRY_CODE": "mobile_country_code",
    "MOBILE_NETWORK_CODE": "mobile_network_code",
    "USER_TYPE": "user_type",
    "CONNECTION_TYPE": "connection_type",
}


@lru_cache(maxsize=32)
def open_database(path: str, mtime: float) -> Any:
    """A maxminddb Reader per file version (cached across pipelines)."""
    return maxminddb.open_database(path)


class _Database:
    """One opened .mmdb file and the lookup configured for it."""

    def __init__(self, path: Path, kind: str, props: tuple[str, ...]) -> None:
        self.reader = open_database(str(path), path.stat().st_mtime)
        self.kind = kind
        self.props = props
        self.ipv4_only = self.reader.metadata().ip_version == 4

    def lookup(self, ip_text: str) -> dict[str, Any]:
        address = parse_ip(ip_text)
        if len(address) == 16 and self.ipv4_only:
            raise IllegalArgumentException(
                f"Error looking up {format_ip(address)}. You attempted to look up an IPv6 address in an IPv4-only "
                "database."
            )
        ip_obj = ipaddress.ip_address(address)
        record, prefix = self.reader.get_with_prefix_len(ip_obj)
        if not record:
            return {}
        return transform(self.kind, self.props, record, format_ip(address), _network_text(address, prefix))


@register
class GeoIpProcessor(Processor):
    type_name: ClassVar[str] = "geoip"

    def __init__(
        self,
        field: str,
        target_field: str,
        database_file: str,
        database: _Database | None,
        ignore_missing: bool,
        first_only: bool,
    ) -> None:
        super().__init__()
        self.field_name = field
        self.field = FieldPath.of(field)
        self.target = FieldPath.of(target_field)
        self.database_file = database_file
        self.database = database
        self.ignore_missing = ignore_missing
        self.first_only = first_only
        self.unavailable_tag = f"_geoip_database_unavailable_{database_file}"

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        target_field = cfg.string("target_field", "geoip")
        database_file = cfg.string("database_file", DEFAULT_DATABASE)
        names = cfg.list("properties", None)
        ignore_missing = cfg.boolean("ignore_missing", False)
        first_only = cfg.boolean("first_only", True)
        cfg.boolean("download_database_on_pipeline_creation", True)
        geoip_dir = getattr(ctx, "geoip_dir", None)
        path = None if geoip_dir is None else Path(geoip_dir) / database_file
        if path is None or not path.is_file():
            return cls(field, target_field, database_file, None, ignore_missing, first_only)
        reader = open_database(str(path), path.stat().st_mtime)
        try:
            kind = database_kind(reader.metadata().database_type, database_file)
        except IllegalArgumentException as exc:
            raise cfg.error("database_file", str(exc.reason)) from None
        try:
            props = parse_properties(kind, names)
        except IllegalArgumentException as exc:
            raise cfg.error("properties", str(exc.reason)) from None
        return cls(
            field, target_field, database_file, _Database(path, kind, props), ignore_missing, first_only
        )

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if self.database is None:
            doc.append(_TAGS, self.unavailable_tag, True)
            return doc
        ip = doc.get(self.field, self.ignore_missing)
        if ip is MISSING or ip is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(
                f"field [{self.field_name}] is null, cannot extract geoip information."
            )
        lookup: Callable[[str], dict[str, Any]] = self.database.lookup
        if isinstance(ip, str):
            data = lookup(ip)
            if data:
                doc.set(self.target, data)
            return doc
        if isinstance(ip, list):
            results: list[Any] = []
            match = False
            for item in ip:
                if not isinstance(item, str):
                    raise IllegalArgumentException(
                        f"array in field [{self.field_name}] should only contain strings"
                    )
                data = lookup(item)
                if not data:
                    results.append(None)
                    continue
                if self.first_only:
                    doc.set(self.target, data)
                    return doc
                match = True
                results.append(data)
            if match:
                doc.set(self.target, results)
            return doc
        raise IllegalArgumentException(
            f"field [{self.field_name}] should contain only string or array of strings"
        )


_TAGS = FieldPath.of("tags")
