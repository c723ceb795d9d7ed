"""The scope hierarchy (accounts → sites → groups) and the agents everything else refers to.

Threats, alerts, activities and installed applications point at agents of the `agents` resource,
and agents at groups of the `groups` resource, so a poller can join them the way it would on a real
console. Agent profiles are derived from the agent index and cached (a page of threats touches a
few hundred agents at most).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from s1elastic.simulator import catalog
from s1elastic.simulator.hashing import derive_key, h, pick

ACCOUNT_ID_BASE = 433_241_117_337_583_618
SITE_ID_BASE = 475_482_421_366_727_779
GROUP_ID_BASE = 1_500_000_000_000_000_000
AGENT_ID_BASE = 1_400_000_000_000_000_000
ID_STRIDE = 4096
# first id of each resource: 19-digit numbers, kept as strings in JSON like the console's
ID_BASES = {
    "activities": 1_100_000_000_000_000_000,
    "threats": 1_200_000_000_000_000_000,
    "alerts": 1_300_000_000_000_000_000,
    "agents": AGENT_ID_BASE,
    "groups": GROUP_ID_BASE,
    "applications": 1_600_000_000_000_000_000,
    "risks": 1_700_000_000_000_000_000,
}  # ids are base + index * stride + a hashed remainder: unique, increasing, decodable


def make_id(base: int, key: int, i: int) -> int:
    return base + i * ID_STRIDE + (h(key, i) & (ID_STRIDE - 1))


def index_of_id(base: int, key: int, value: int) -> int | None:
    if value < base:
        return None
    i = (value - base) // ID_STRIDE
    return i if make_id(base, key, i) == value else None


@dataclass(frozen=True)
class Scope:
    account: int
    site: int
    group: int
    account_id: int
    site_id: int
    group_id: int
    account_name: str
    site_name: str
    group_name: str


@dataclass(frozen=True)
class Agent:
    index: int
    id: int
    uuid: str
    computer_name: str
    os: catalog.OsVariant
    scope: Scope
    version: str
    domain: str
    ipv4: tuple[str, ...]
    ipv6: tuple[str, ...]
    external_ip: str
    mac: str
    last_user: str
    interface: str


class World:
    """Accounts, sites and groups (all small and materialised) plus cached agent profiles."""

    def __init__(self, seed: int, *, n_accounts: int, n_sites: int, n_groups: int, n_agents: int) -> None:
        self.seed = seed
        self.n_accounts = max(1, n_accounts)
        self.n_sites = max(self.n_accounts, n_sites)
        self.n_groups = max(self.n_sites, n_groups)
        self.n_agents = max(1, n_agents)
        self.id_keys = {name: derive_key(seed, name, "id") for name in ID_BASES}
        self.group_key = self.id_keys["groups"]
        self.agent_key = self.id_keys["agents"]
        self.n_threats = 1
        self._agent_attr = derive_key(seed, "agents", "attr")
        self.account_ids = [ACCOUNT_ID_BASE + a * 7919 for a in range(self.n_accounts)]
        self.site_ids = [SITE_ID_BASE + s * 104729 for s in range(self.n_sites)]
        self.account_names = [
            catalog.ACCOUNT_NAMES[a % len(catalog.ACCOUNT_NAMES)] for a in range(self.n_accounts)
        ]
        self.site_names = [
            catalog.SITE_NAMES[s % len(catalog.SITE_NAMES)] + ("" if s < len(catalog.SITE_NAMES) else f" {s}")
            for s in range(self.n_sites)
        ]
        self.scopes = [self._group_scope(g) for g in range(self.n_groups)]
        self.account_scopes = [
            Scope(a, -1, -1, self.account_ids[a], 0, 0, self.account_names[a], "", "")
            for a in range(self.n_accounts)
        ]
        self.agent = lru_cache(maxsize=65536)(self._agent)

    def ref_id(self, resource: str, i: int) -> int:
        """The id of object i of another resource (threat ids in activities, for instance)."""
        return make_id(ID_BASES[resource], self.id_keys[resource], i)

    # -- hierarchy -----------------------------------------------------------------------------

    def site_account(self, site: int) -> int:
        return site % self.n_accounts

    def group_site(self, group: int) -> int:
        """Groups 0..n_sites-1 are each site's Default Group; the rest are spread over sites."""
        return group % self.n_sites

    def group_is_default(self, group: int) -> bool:
        return group < self.n_sites

    def group_id(self, group: int) -> int:
        return make_id(GROUP_ID_BASE, self.group_key, group)

    def group_name(self, group: int) -> str:
        if self.group_is_default(group):
            return "Default Group"
        names = catalog.GROUP_NAMES
        name = names[1 + (group - self.n_sites) % (len(names) - 1)]
        return name if group - self.n_sites < len(names) - 1 else f"{name} {group}"

    def _group_scope(self, group: int) -> Scope:
        site = self.group_site(group)
        account = self.site_account(site)
        return Scope(
            account,
            site,
            group,
            self.account_ids[account],
            self.site_ids[site],
            self.group_id(group),
            self.account_names[account],
            self.site_names[site],
            self.group_name(group),
        )

    # -- agents --------------------------------------------------------------------------------

    def agent_group(self, a: int) -> int:
        return h(self._agent_attr, a) % self.n_groups

    def agent_id(self, a: int) -> int:
        return make_id(AGENT_ID_BASE, self.agent_key, a)

    def _agent(self, a: int) -> Agent:
        v = h(self._agent_attr, a)
        w = h(self._agent_attr ^ 0xABCDEF, a)
        os = pick(catalog.OS_VARIANTS, v >> 8)
        prefix = pick(catalog.COMPUTER_PREFIXES, v >> 16)
        name = (
            f"{prefix}{(w & 0xFFFFFF):06X}"
            if not prefix.endswith("-31-")
            else f"{prefix}{w % 256}-{(w >> 8) % 256}"
        )
        octet3, octet4 = (w >> 24) % 254 + 1, (w >> 32) % 254 + 1
        ipv4: tuple[str, ...] = (f"10.{(w >> 40) % 200}.{octet3}.{octet4}",)
        if (w >> 48) % 8 == 0:  # multi-homed: more than one address
            ipv4 = (*ipv4, f"192.168.{octet3}.{octet4}")
        ipv6: tuple[str, ...] = (
            ()
            if (w >> 52) % 4 == 0
            else (f"fe80::{w & 0xFFFF:x}:{(w >> 16) & 0xFFFF:x}:{(w >> 32) & 0xFFFF:x}",)
        )
        mac_bytes = [(v >> (8 * k)) & 0xFF for k in range(6)]
        sep = ":" if (v >> 60) % 2 else "-"  # both MAC spellings occur
        mac = sep.join(f"{b:02x}" if sep == ":" else f"{b:02X}" for b in mac_bytes)
        return Agent(
            index=a,
            id=self.agent_id(a),
            uuid=f"{h(self._agent_attr ^ 0x55, a):016x}{h(self._agent_attr ^ 0x77, a):016x}",
            computer_name=name,
            os=os,
            scope=self.scopes[self.agent_group(a)],
            version=pick(catalog.AGENT_VERSIONS, v >> 24),
            domain=pick(catalog.DOMAINS, v >> 32),
            ipv4=ipv4,
            ipv6=ipv6,
            external_ip=f"{(w >> 8) % 223 + 1}.{(w >> 16) % 256}.{(w >> 20) % 256}.{w % 254 + 1}",
            mac=mac,
            last_user=pick(catalog.USER_NAMES, v >> 40),
            interface=pick(catalog.INTERFACE_NAMES, v >> 44),
        )
