"""Time-zone names of java.time (`z`, `zzzz`, `v`, `vvvv`) for Locale.ROOT and English, frozen from the JDK.

`zone_names.dat` beside this module holds, for every ZoneId.getAvailableZoneIds() id, the names
Temurin 25 prints (CLDR data only, as Elasticsearch 8.16+/9.x run) and the zone each name parses to;
its header says how it was made (tests/ingest/dates/golden/ZoneNamesGen.java, zone_names_pack.py).

Locale.ROOT has no names of its own, so the JDK derives them: `z` is the GMT format of the zone's
standard or daylight offset, `zzzz` the exemplar city with ` (+0)`/` (+1)`. English has CLDR's
names ("CET", "Central European Summer Time", generic "Central European Time").
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from s1elastic.ingest.dates.zones import Zone

# one zone's names, in the order of the data file: short std, short dst, long std, long dst,
# short generic, long generic
Names = tuple[str, str, str, str, str, str]


Table = dict[str, str | None]


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, tuple[Names, Names]], dict[tuple[bool, bool, bool], Table]]:
    return parse_data(resources.files(__package__).joinpath("zone_names.dat").read_text(encoding="utf-8"))


def parse_data(text: str) -> tuple[dict[str, tuple[Names, Names]], dict[tuple[bool, bool, bool], Table]]:
    """The zones' names and, per (root, full, case-insensitive), ZoneTextPrinterParser's parse tree
    flattened to node -> zone (None for the tree's branching nodes, which fail a parse)."""
    section = ""
    english: list[Names] = []
    zones: dict[str, tuple[Names, Names]] = {}
    long_target: dict[str, str] = {}
    explicit: dict[tuple[bool, bool, bool], dict[str, str]] = {}
    unlisted: dict[bool, frozenset[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line[1:-1]
            continue
        cols = line.split("\t")
        if section == "en":
            english.append(_six(cols[0].split("|")))
        elif section.startswith("unlisted"):
            unlisted[section == "unlisted ROOT"] = frozenset(cols)
        elif section == "zones":
            zones[cols[0]] = (_root_names(cols[1]), english[int(cols[2])])
            long_target[cols[0]] = cols[3] if len(cols) > 3 else cols[0]
        else:  # "parse ROOT short", "parse en long ci", ...
            words = section.split(" ")
            table = explicit.setdefault((words[1] == "ROOT", words[2] == "long", len(words) > 3), {})
            for name in cols[1:]:
                table[name] = cols[0]
    trees: dict[tuple[bool, bool, bool], Table] = {}
    for root in (True, False):
        for full in (True, False):
            keys = dict(explicit.get((root, full, False), {}))
            if full:  # long names parse to their zone's metazone zone (first zone in id order wins)
                for zone_id, both in zones.items():
                    names = both[0] if root else both[1]
                    for name in (names[2], names[3], names[5]):
                        if not _parsed_as_offset(name) and name not in zones:
                            keys.setdefault(name, long_target[zone_id])
            ids = [zone_id for zone_id in zones if zone_id not in unlisted.get(root, ())]
            trees[(root, full, False)] = prefix_tree({zone_id: zone_id for zone_id in ids} | keys)
            folded = {zone_id.lower(): zone_id for zone_id in ids}
            folded.update((name.lower(), zone) for name, zone in sorted(keys.items()))
            folded.update(explicit.get((root, full, True), {}))
            trees[(root, full, True)] = prefix_tree(folded)
    return zones, trees


def prefix_tree(keys: dict[str, str]) -> Table:
    """The nodes of the JDK's PrefixTree over `keys` (node -> value): the keys and the longest common prefixes of
    neighbouring keys (its branching nodes, valueless unless a key)."""
    table: Table = dict(keys)
    ordered = sorted(keys)
    for a, b in pairwise(ordered):
        n = 0
        while n < len(a) and n < len(b) and a[n] == b[n]:
            n += 1
        table.setdefault(a[:n], None)
    table.pop("", None)
    return table


def _six(parts: list[str]) -> Names:
    a, b, c, d, e, f = parts
    return (a, b, c, d, e, f)


def _root_names(text: str) -> Names:
    if text.startswith("="):
        return _six(text[1:].split("|"))
    short, city = text.split("@")
    std, _, dst = short.partition("|")
    return (std, dst or std, f"{city} (+0)", f"{city} (+1)", std, city)


def _parsed_as_offset(name: str) -> bool:
    """Names ZoneIdPrinterParser reads as offsets before it looks in the name table."""
    return name[:1] in "+-" or (name.startswith(("GMT", "UT")) and not name.startswith("UTC"))


def zone_names(zone_id: str, root: bool) -> Names | None:
    """The six names of a region id for Locale.ROOT (`root`) or English; None for an id the JDK lacks."""
    both = _load()[0].get(zone_id)
    return None if both is None else both[0 if root else 1]


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(len(name) for table in _load()[1].values() for name in table)


def match_zone_name(text: str, pos: int, root: bool, full: bool, insensitive: bool) -> tuple[str | None, int]:
    """ZoneTextPrinterParser's tree match at `pos`: the deepest node that prefixes the text, as
    (zone or None when it is a branching node or nothing matched, end)."""
    table = _load()[1][(root, full, insensitive)]
    end = min(len(text), pos + _longest())
    while end > pos:
        key = text[pos:end].lower() if insensitive else text[pos:end]
        if key in table:
            return table[key], end
        end -= 1
    return None, pos


# Zones with negative DST in Python's (vanguard) tz data, which the JDK's (rearguard) data writes as
# a standard time plus a positive daylight saving: (the offset the JDK calls daylight, the instant
# from which that offset without a DST of its own is daylight). Windhoek's +02:00 since 1994 and
# Morocco's +01:00 since 2018 are daylight to the JDK; Ireland's +01:00 whenever it is in force.
_NEGATIVE_DST = {
    "Africa/Casablanca": (3600, 1540692000),
    "Africa/El_Aaiun": (3600, 1540692000),
    "Africa/Windhoek": (7200, 764200800),
    "Eire": (3600, None),
    "Europe/Dublin": (3600, None),
}


def is_daylight(zone: Zone, epoch_second: int) -> bool:
    """ZoneRules.isDaylightSavings(instant) of the JDK: the offset in force differs from the standard one."""
    from s1elastic.ingest.dates.temporal import _CYCLE_SECONDS, _EPOCH, _cycles_into_range

    shifted = epoch_second + _cycles_into_range(epoch_second) * _CYCLE_SECONDS
    local = (_EPOCH + timedelta(seconds=shifted)).astimezone(zone.tz)
    dst = local.dst() or timedelta(0)
    if dst > timedelta(0):
        return True
    negative = _NEGATIVE_DST.get(zone.id)
    if negative is None or dst < timedelta(0):
        return False
    summer, since = negative
    return local.utcoffset() == timedelta(seconds=summer) and (since is None or epoch_second >= since)
