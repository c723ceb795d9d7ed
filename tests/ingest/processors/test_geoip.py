"""geoip: lookups in MaxMind's test databases (fetched by scripts/fetch_geoip_testdata.py).

Expected values are the records MaxMind publishes in its test data (GeoIP2-City-Test.json etc.),
mapped with the property rules of Elasticsearch's MaxmindIpDataLookups. The databases must be
present: run `python scripts/fetch_geoip_testdata.py` (or set S1ELASTIC_GEOIP_TESTDATA); these
tests fail, not skip, without them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from s1elastic.ingest.errors import IllegalArgumentException, ParseException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[3]
REQUIRED = (
    "GeoIP2-City-Test.mmdb",
    "GeoLite2-City-Test.mmdb",
    "GeoLite2-ASN-Test.mmdb",
    "GeoIP2-Country-Test.mmdb",
)


@pytest.fixture(scope="module")
def geoip_dir() -> Path:
    folder = Path(os.environ.get("S1ELASTIC_GEOIP_TESTDATA") or REPO / ".cache" / "geoip")
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    assert not missing, (
        f"geoip test databases {missing} not found in {folder}; run `python scripts/fetch_geoip_testdata.py`"
    )
    return folder


def run(folder: Path, source: dict[str, Any], **options: Any) -> dict[str, Any]:
    doc = Pipeline.load({"processors": [{"geoip": {"field": "ip", **options}}]}, geoip_dir=folder).run(source)
    assert doc is not None
    return doc.source


LONDON = {
    "continent_name": "Europe",
    "country_iso_code": "GB",
    "country_name": "United Kingdom",
    "region_iso_code": "GB-ENG",
    "region_name": "England",
    "city_name": "London",
    "location": {"lat": 51.5142, "lon": -0.0931},
}


def test_city_defaults(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": "81.2.69.160"}, database_file="GeoIP2-City-Test.mmdb")
    assert out["geoip"] == LONDON


def test_city_record_without_city_or_region(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": "2001:218::1"}, database_file="GeoIP2-City-Test.mmdb")
    assert out["geoip"] == {
        "continent_name": "Asia",
        "country_iso_code": "JP",
        "country_name": "Japan",
        "location": {"lat": 35.68536, "lon": 139.75309},
    }


def test_city_all_properties(geoip_dir: Path) -> None:
    props = ["ip", "country_in_european_union", "continent_code", "timezone", "accuracy_radius",
             "registered_country_iso_code", "registered_country_name", "registered_country_in_european_union"]  # fmt: skip
    out = run(geoip_dir, {"ip": "81.2.69.160"}, database_file="GeoIP2-City-Test.mmdb", properties=props)
    assert out["geoip"] == {
        "ip": "81.2.69.160",
        "country_in_european_union": False,
        "continent_code": "EU",
        "timezone": "Europe/London",
        "accuracy_radius": 100,
        "registered_country_iso_code": "US",
        "registered_country_name": "United States",
        "registered_country_in_european_union": False,
    }


def test_property_names_are_case_insensitive(geoip_dir: Path) -> None:
    out = run(
        geoip_dir, {"ip": "81.2.69.160"}, database_file="GeoIP2-City-Test.mmdb", properties=["CITY_NAME"]
    )
    assert out["geoip"] == {"city_name": "London"}


def test_country_defaults(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": "81.2.69.160"}, database_file="GeoIP2-Country-Test.mmdb", target_field="g")
    assert out["g"] == {
        "continent_name": "Europe",
        "country_iso_code": "GB",
        "country_name": "United Kingdom",
    }


@pytest.mark.parametrize(
    ("ip", "expected"),
    [
        ("1.128.0.1", {"ip": "1.128.0.1", "asn": 1221, "organization_name": "Telstra Pty Ltd", "network": "1.128.0.0/11"}),
        ("2600:6000::1", {"ip": "2600:6000::1", "asn": 237, "organization_name": "Merit Network Inc.",
                          "network": "2600:6000:0:0:0:0:0:0/20"}),
    ],
    ids=["ipv4", "ipv6-network-uncompressed"],
)  # fmt: skip
def test_asn(geoip_dir: Path, ip: str, expected: dict[str, Any]) -> None:
    out = run(geoip_dir, {"ip": ip}, database_file="GeoLite2-ASN-Test.mmdb")
    assert out["geoip"] == expected
    assert isinstance(out["geoip"]["asn"], JLong)


def test_ip_not_in_database_sets_nothing(geoip_dir: Path) -> None:
    assert "geoip" not in run(geoip_dir, {"ip": "127.0.0.1"}, database_file="GeoIP2-City-Test.mmdb")


def test_list_first_only(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": ["127.0.0.1", "81.2.69.160"]}, database_file="GeoIP2-City-Test.mmdb")
    assert out["geoip"] == LONDON


def test_list_all(geoip_dir: Path) -> None:
    out = run(
        geoip_dir,
        {"ip": ["127.0.0.1", "81.2.69.160"]},
        database_file="GeoIP2-City-Test.mmdb",
        first_only=False,
    )
    assert out["geoip"] == [None, LONDON]


def test_list_without_hits_sets_nothing(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": ["127.0.0.1"]}, database_file="GeoIP2-City-Test.mmdb", first_only=False)
    assert "geoip" not in out


def test_missing_database_tags_document(tmp_path: Path) -> None:
    out = run(tmp_path, {"ip": "81.2.69.160", "tags": ["a"]})
    assert out["tags"] == ["a", "_geoip_database_unavailable_GeoLite2-City.mmdb"]


def test_missing_database_ignores_bad_properties(tmp_path: Path) -> None:
    out = run(tmp_path, {}, database_file="Nope.mmdb", properties=["nonsense"])
    assert out["tags"] == ["_geoip_database_unavailable_Nope.mmdb"]


def test_null_field(geoip_dir: Path) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run(geoip_dir, {"ip": None}, database_file="GeoIP2-City-Test.mmdb")
    assert caught.value.reason == "field [ip] is null, cannot extract geoip information."


def test_missing_field(geoip_dir: Path) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run(geoip_dir, {}, database_file="GeoIP2-City-Test.mmdb")
    assert caught.value.reason == "field [ip] not present as part of path [ip]"


def test_ignore_missing(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": None}, database_file="GeoIP2-City-Test.mmdb", ignore_missing=True)
    assert "geoip" not in out


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (5, "field [ip] should contain only string or array of strings"),
        (["127.0.0.1", 5], "array in field [ip] should only contain strings"),
        ("not-an-ip", "'not-an-ip' is not an IP string literal."),
    ],
    ids=["number", "list-with-number", "invalid-ip"],
)
def test_value_errors(geoip_dir: Path, value: Any, reason: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run(geoip_dir, {"ip": value}, database_file="GeoIP2-City-Test.mmdb")
    assert caught.value.reason == reason


def test_invalid_property(geoip_dir: Path) -> None:
    with pytest.raises(ParseException) as caught:
        run(geoip_dir, {}, database_file="GeoLite2-ASN-Test.mmdb", properties=["city_name"])
    assert caught.value.reason == (
        "[properties] illegal property value [city_name]. valid values are [IP, ASN, ORGANIZATION_NAME, NETWORK]"
    )


def test_invalid_country_property_lists_enum_order(geoip_dir: Path) -> None:
    with pytest.raises(ParseException) as caught:
        run(geoip_dir, {}, database_file="GeoIP2-Country-Test.mmdb", properties=["city_name"])
    assert caught.value.reason == (
        "[properties] illegal property value [city_name]. valid values are [IP, COUNTRY_IN_EUROPEAN_UNION, "
        "COUNTRY_ISO_CODE, COUNTRY_NAME, CONTINENT_CODE, CONTINENT_NAME, REGISTERED_COUNTRY_IN_EUROPEAN_UNION, "
        "REGISTERED_COUNTRY_ISO_CODE, REGISTERED_COUNTRY_NAME]"
    )


def test_unknown_option(geoip_dir: Path) -> None:
    with pytest.raises(ParseException) as caught:
        run(geoip_dir, {}, database_file="GeoIP2-City-Test.mmdb", foo=1)
    assert (
        caught.value.reason
        == "processor [geoip] doesn't support one or more provided configuration parameters [foo]"
    )


def test_first_hit_returns_before_later_elements_are_checked(geoip_dir: Path) -> None:
    out = run(geoip_dir, {"ip": ["81.2.69.160", 5]}, database_file="GeoIP2-City-Test.mmdb")
    assert out["geoip"] == LONDON
