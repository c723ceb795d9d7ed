"""Fetch MaxMind's test databases (*.mmdb) for the geoip processor tests.

They ship inside the maxminddb source distribution (tests/data/test-data/). This downloads the
pinned sdist with pip into a cache folder and extracts only the .mmdb files there:

    python scripts/fetch_geoip_testdata.py [CACHE_DIR]      (default: .cache/geoip)

Tests then read CACHE_DIR (or $S1ELASTIC_GEOIP_TESTDATA). Existing files are kept, so running it
again is cheap.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "3.2.0"
WANTED = (
    "GeoIP2-City-Test.mmdb",
    "GeoLite2-City-Test.mmdb",
    "GeoLite2-ASN-Test.mmdb",
    "GeoIP2-Country-Test.mmdb",
    "GeoLite2-Country-Test.mmdb",
    "GeoIP2-ISP-Test.mmdb",
    "GeoIP2-Anonymous-IP-Test.mmdb",
    "GeoIP2-Connection-Type-Test.mmdb",
    "GeoIP2-Domain-Test.mmdb",
    "GeoIP2-Enterprise-Test.mmdb",
)


def fetch(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    if all((target / name).exists() for name in WANTED[:4]):
        return sorted(target.glob("*.mmdb"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
             f"maxminddb=={VERSION}", "-d", tmp],
            check=True,
        )  # fmt: skip
        archives = list(Path(tmp).glob("maxminddb-*.tar.gz"))
        if not archives:
            raise SystemExit(f"no maxminddb sdist downloaded into {tmp}")
        with tarfile.open(archives[0]) as tar:
            for member in tar.getmembers():
                name = Path(member.name).name
                if (
                    member.isfile()
                    and name.startswith("Geo")
                    and name.endswith(".mmdb")
                    and "test-data" in member.name
                ):
                    source = tar.extractfile(member)
                    if source is not None:
                        (target / name).write_bytes(source.read())
    found = sorted(target.glob("*.mmdb"))
    missing = [name for name in WANTED[:4] if not (target / name).exists()]
    if missing:
        raise SystemExit(f"test databases missing from the sdist: {missing}")
    return found


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(".cache/geoip")
    files = fetch(target)
    print(f"{len(files)} test databases in {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
