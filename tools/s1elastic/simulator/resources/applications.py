"""Application management: installed applications per endpoint, their inventory, and their CVEs.

Polled as full snapshots (sentinelone-api.md §3.5). The model: agent a has n_a distinct apps from
the catalogue, picked as `(start_a + s * step_a) mod M` for slots s < n_a with M prime, so "does
agent a have app x" is one modular inverse and the rows of one app are a scan over agents. Rows are
materialised as small integer lists per query shape (one app, or one scope), never as objects.

Endpoints: `/application-management/inventory` (one row per application and vendor),
`/application-management/inventory/endpoints?applicationName=&applicationVendor=` (both required,
as documented: one row per endpoint having it), `/application-management/inventory/applications`
and the legacy `/agents/applications` (`ids=` agent ids: the apps installed on them), and
`/application-management/risks` (one row per endpoint, application and CVE).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from s1elastic.simulator import catalog
from s1elastic.simulator import cursor as cursors
from s1elastic.simulator.errors import invalid_cursor, validation
from s1elastic.simulator.hashing import derive_key, h
from s1elastic.simulator.query import ListQuery, parse_list_query
from s1elastic.simulator.resources.base import parse_id_list, parse_str_list
from s1elastic.simulator.templates import NULL, Slot, Template, jid, jint, jraw, js, jts, jts_s
from s1elastic.simulator.timeline import Timeline
from s1elastic.simulator.world import ID_BASES, World, index_of_id, make_id

S = Slot
APPS = catalog.APPS
M = len(APPS)  # prime, so every step is invertible
DAY_US = 86_400_000_000

_ENDPOINT_ROW = Template(
    {
        "accountName": S("accountName"),
        "applicationInstallationDate": S("installDate"),
        "applicationInstallationPath": S("installPath"),
        "applicationName": S("applicationName"),
        "coreCount": S("coreCount"),
        "cpe": S("cpe"),
        "cpuCount": S("cpuCount"),
        "detectionDate": S("detectionDate"),
        "endpointId": S("endpointId"),
        "endpointName": S("endpointName"),
        "endpointType": S("endpointType"),
        "endpointUuid": S("endpointUuid"),
        "fileSize": S("fileSize"),
        "groupName": S("groupName"),
        "id": S("id"),
        "osArch": S("osArch"),
        "osName": S("osName"),
        "osType": S("osType"),
        "osVersion": S("osVersion"),
        "siteName": S("siteName"),
        "version": S("version"),
    }
)
_RISK_ROW = Template(
    {
        "application": S("application"),
        "applicationName": S("applicationName"),
        "applicationVendor": S("applicationVendor"),
        "applicationVersion": S("version"),
        "baseScore": S("baseScore"),
        "cveId": S("cveId"),
        "cvssVersion": "3.1",
        "daysDetected": S("daysDetected"),
        "detectionDate": S("detectionDate"),
        "endpointId": S("endpointId"),
        "endpointName": S("endpointName"),
        "endpointType": S("endpointType"),
        "id": S("id"),
        "lastScanDate": S("lastScanDate"),
        "lastScanResult": "Succeeded",
        "markType": "",
        "markedBy": None,
        "markedDate": None,
        "osType": S("osType"),
        "publishedDate": S("publishedDate"),
        "reason": None,
        "severity": S("severity"),
        "status": "Detected",
    }
)


@dataclass
class StaticPage:
    items: list[bytes]
    next_cursor: str | None
    total: int | None


class Installed:
    """Which agent has which application, in which version, since when."""

    def __init__(
        self, world: World, agents: Timeline, *, seed: int, apps_per_agent: int, anchor_us: int
    ) -> None:
        self.world = world
        self.agents = agents
        self.anchor = anchor_us
        self.key = derive_key(seed, "applications", "installed")
        self.id_key = world.id_keys["applications"]
        self.risk_key = world.id_keys["risks"]
        self.per_agent = max(1, min(M, apps_per_agent))
        self._inv = [0] + [pow(s, -1, M) for s in range(1, M)]
        self.agents_with = lru_cache(maxsize=64)(self._agents_with)
        self._risk_prefix: list[int] | None = None

    @property
    def n_agents(self) -> int:
        return self.world.n_agents

    def _layout(self, a: int) -> tuple[int, int, int]:
        """(count, start, step) of agent a's app slots."""
        v = h(self.key, a)
        spread = max(1, self.per_agent)
        count = max(1, min(M, self.per_agent - spread // 2 + v % (spread + 1)))
        return count, (v >> 16) % M, 1 + (v >> 32) % (M - 1)

    def apps_of(self, a: int) -> list[int]:
        count, start, step = self._layout(a)
        return [(start + s * step) % M for s in range(count)]

    def has(self, a: int, x: int) -> bool:
        count, start, step = self._layout(a)
        return ((x - start) * self._inv[step]) % M < count

    def _agents_with(self, x: int) -> list[int]:
        return [a for a in range(self.n_agents) if self.has(a, x)]

    def row_id(self, a: int, x: int) -> int:
        return make_id(ID_BASES["applications"], self.id_key, a * M + x)

    def risk_id(self, a: int, x: int, c: int) -> int:
        return make_id(ID_BASES["risks"], self.risk_key, (a * M + x) * 4 + c)

    def version(self, a: int, x: int) -> str:
        versions = APPS[x].versions
        return versions[h(self.key ^ 0x7E, a * M + x) % len(versions)]

    def detection_us(self, a: int, x: int) -> int:
        """When the app was detected on the agent: after registration, before the anchor."""
        registered = self.agents.created(a)
        span = max(1, self.anchor - registered)
        return registered + h(self.key ^ 0xDE, a * M + x) % span

    def vulnerable_rows(self, a: int) -> list[tuple[int, int]]:
        return [(x, c) for x in self.apps_of(a) for c in range(len(APPS[x].cves))]

    def total_rows(self) -> int:
        return sum(self._layout(a)[0] for a in range(self.n_agents))

    def all_row_ids(self) -> list[int]:
        return [self.row_id(a, x) for a in range(self.n_agents) for x in self.apps_of(a)]

    def all_risk_ids(self) -> list[int]:
        return [self.risk_id(a, x, c) for a in range(self.n_agents) for x, c in self.vulnerable_rows(a)]

    # -- rendering -----------------------------------------------------------------------------

    def render_endpoint_row(self, a: int, x: int) -> bytes:
        ag = self.world.agent(a)
        app = APPS[x]
        version = self.version(a, x)
        v = h(self.key ^ 0x11, a * M + x)
        detected = self.detection_us(a, x)
        cpe = None if app.cpe_product is None else f"cpe:2.3:a:{app.cpe_product}:{version}:*:*:*:*:*:*:*"
        return _ENDPOINT_ROW.render(
            {
                "accountName": js(ag.scope.account_name),
                "installDate": jts_s(detected - v % (400 * DAY_US)) if v % 9 else NULL,
                "installPath": NULL if v % 4 else js(f"C:\\Program Files\\{app.name}"),
                "applicationName": js(app.name),
                "coreCount": jint(2 << (v >> 8) % 3),
                "cpe": js(cpe),
                "cpuCount": jint(1 + (v >> 10) % 2),
                "detectionDate": jts(detected),
                "endpointId": jid(ag.id),
                "endpointName": js(ag.computer_name),
                "endpointType": js(ag.os.machine),
                "endpointUuid": js(ag.uuid),
                "fileSize": NULL if (v >> 12) % 5 == 0 else jint((v >> 14) % 900_000),
                "groupName": js(ag.scope.group_name),
                "id": jid(self.row_id(a, x)),
                "osArch": js(ag.os.arch),
                "osName": js(ag.os.os_name),
                "osType": js(ag.os.os_type),
                "osVersion": js(f"{ag.os.os_name} {ag.os.revision}"),
                "siteName": js(ag.scope.site_name),
                "version": js(version),
            }
        )

    def render_agent_app(self, a: int, x: int) -> bytes:
        app = APPS[x]
        v = h(self.key ^ 0x22, a * M + x)
        return jraw(
            {
                "installedDate": None
                if v % 7 == 0
                else jts(self.detection_us(a, x) - v % DAY_US).decode()[1:-1],
                "name": app.name,
                "publisher": app.vendor,
                "size": None if (v >> 8) % 5 == 0 else (v >> 12) % 900_000,
                "version": self.version(a, x),
            }
        )

    def render_risk_row(self, a: int, x: int, c: int, now_us: int) -> bytes:
        ag = self.world.agent(a)
        app = APPS[x]
        cve_id, score, severity, published = app.cves[c]
        version = self.version(a, x)
        detected = self.detection_us(a, x)
        return _RISK_ROW.render(
            {
                "application": js(f"{app.name} {version}"),
                "applicationName": js(app.name),
                "applicationVendor": js(app.vendor),
                "version": js(version),
                "baseScore": js(score),
                "cveId": js(cve_id),
                "daysDetected": jint(max(0, (now_us - detected) // DAY_US)),
                "detectionDate": jts(detected),
                "endpointId": jid(ag.id),
                "endpointName": js(ag.computer_name),
                "endpointType": js(ag.os.machine),
                "id": jid(self.risk_id(a, x, c)),
                "lastScanDate": jts_s(now_us - now_us % DAY_US + 19 * 3_600_000_000 - DAY_US),
                "osType": js(ag.os.os_type),
                "publishedDate": js(published),
                "severity": js(severity),
            }
        )


# -- listing ------------------------------------------------------------------------------------


def _page(rows: Sequence[Any], q: ListQuery, fingerprint: str, render: Callable[[Any], bytes]) -> StaticPage:
    """Offset paging over a materialised list of row keys, with the same cursor format."""
    offset = 0
    total: int | None = len(rows)
    if q.cursor is not None:
        cur = cursors.decode(q.cursor, fingerprint)
        if cur.sort != "offset" or len(cur.position) != 1:
            raise invalid_cursor()
        offset = cur.position[0]
    if q.count_only:
        return StaticPage([], None, len(rows))
    start = offset + q.skip
    chunk = rows[start : start + q.limit]
    end = start + len(chunk)
    next_cursor = None
    if end < len(rows) and chunk:
        next_cursor = cursors.Cursor(
            "offset", q.desc, (end,), fingerprint, None if q.skip_count else total
        ).encode()
    return StaticPage([render(r) for r in chunk], next_cursor, None if q.skip_count else total)


def _scope_filter(world: World, q: ListQuery) -> Callable[[int], bool] | None:
    sets = {
        name: set(parse_id_list(name, q.filters[name]))
        for name in ("accountIds", "siteIds", "groupIds")
        if name in q.filters
    }
    if not sets:
        return None
    acc, site, grp = sets.get("accountIds"), sets.get("siteIds"), sets.get("groupIds")

    def ok(a: int) -> bool:
        sc = world.agent(a).scope
        return (
            (acc is None or sc.account_id in acc)
            and (site is None or sc.site_id in site)
            and (grp is None or sc.group_id in grp)
        )

    return ok


def _contains(values: list[str]) -> Callable[[str], bool]:
    needles = [n.lower() for n in parse_str_list(values)]
    return lambda text: any(n in text.lower() for n in needles)


_SCOPE = frozenset({"accountIds", "siteIds", "groupIds"})
INVENTORY_SORTS = ("applicationName", "applicationVendor", "applicationVersionsCount", "endpointsCount")
ENDPOINT_SORTS = (
    "endpointName",
    "endpointType",
    "osType",
    "osVersion",
    "accountName",
    "siteName",
    "groupName",
    "version",
    "fileSize",
    "detectionDate",
    "applicationInstallationDate",
    "cpuCount",
    "coreCount",
    "osArch",
    "applicationInstallationPath",
)
RISK_SORTS = (
    "id",
    "accountId",
    "siteId",
    "cveId",
    "endpointName",
    "application",
    "applicationVendor",
    "baseScore",
    "severity",
    "daysDetected",
    "detectionDate",
    "publishedDate",
    "lastScanDate",
    "lastScanResult",
)


class Applications:
    """The application-management endpoints over one `Installed` model."""

    def __init__(self, installed: Installed) -> None:
        self.inst = installed
        self.world = installed.world

    def inventory(self, params: Mapping[str, Sequence[str]], now_us: int) -> StaticPage:
        q = parse_list_query(
            params,
            time_params={},
            sort_params=INVENTORY_SORTS,
            allowed=_SCOPE
            | {
                "name__contains",
                "vendor__contains",
                "vendors",
                "osTypes",
                "endpointName__contains",
                "osVersions",
                "osArchitectures",
                "osVersion__contains",
                "endpointUuid__contains",
            },
        )
        in_scope = _scope_filter(self.world, q)
        name_ok = _contains(q.filters["name__contains"]) if "name__contains" in q.filters else None
        vendor_ok = _contains(q.filters["vendor__contains"]) if "vendor__contains" in q.filters else None
        vendors = set(parse_str_list(q.filters["vendors"])) if "vendors" in q.filters else None
        rows = []
        for x, app in enumerate(APPS):
            if (
                (name_ok and not name_ok(app.name))
                or (vendor_ok and not vendor_ok(app.vendor))
                or (vendors and app.vendor not in vendors)
            ):
                continue
            agents = [a for a in self.inst.agents_with(x) if in_scope is None or in_scope(a)]
            if agents:
                versions = {self.inst.version(a, x) for a in agents}
                rows.append((x, len(agents), len(versions)))
        keys = {
            "applicationName": lambda r: APPS[r[0]].name,
            "applicationVendor": lambda r: APPS[r[0]].vendor,
            "endpointsCount": lambda r: r[1],
            "applicationVersionsCount": lambda r: r[2],
        }
        rows.sort(key=keys[q.sort_by or "applicationName"], reverse=q.desc)

        def render(r: tuple[int, int, int]) -> bytes:
            app = APPS[r[0]]
            return jraw(
                {
                    "applicationName": app.name,
                    "applicationVendor": app.vendor,
                    "applicationVersionsCount": r[2],
                    "endpointsCount": r[1],
                    "estimate": False,
                }
            )

        return _page(rows, q, cursors.fingerprint(q.fingerprint_items), render)

    def inventory_endpoints(self, params: Mapping[str, Sequence[str]], now_us: int) -> StaticPage:
        q = parse_list_query(
            params,
            time_params={"detectionDate": "detection"},
            sort_params=ENDPOINT_SORTS,
            allowed=_SCOPE
            | {
                "applicationName",
                "applicationVendor",
                "osTypes",
                "endpointName__contains",
                "versions",
                "osVersions",
                "osArchitectures",
                "endpointUuid__contains",
            },
        )
        for required in ("applicationName", "applicationVendor"):
            if required not in q.filters:
                raise validation(f"{required}: Missing data for required field.")
        name, vendor = q.filters["applicationName"][-1], q.filters["applicationVendor"][-1]
        matches = [x for x, app in enumerate(APPS) if app.name == name and app.vendor == vendor]
        in_scope = _scope_filter(self.world, q)
        detection = q.times.get("detection")
        os_types = set(parse_str_list(q.filters["osTypes"])) if "osTypes" in q.filters else None
        versions = set(parse_str_list(q.filters["versions"])) if "versions" in q.filters else None
        name_ok = (
            _contains(q.filters["endpointName__contains"]) if "endpointName__contains" in q.filters else None
        )
        rows: list[tuple[int, int]] = []
        for x in matches:
            for a in self.inst.agents_with(x):
                if in_scope is not None and not in_scope(a):
                    continue
                if detection is not None and not detection.contains(self.inst.detection_us(a, x)):
                    continue
                ag = self.world.agent(a)
                if os_types is not None and ag.os.os_type not in os_types:
                    continue
                if versions is not None and self.inst.version(a, x) not in versions:
                    continue
                if name_ok is not None and not name_ok(ag.computer_name):
                    continue
                rows.append((a, x))
        sorters: dict[str, Callable[[tuple[int, int]], Any]] = {
            "endpointName": lambda r: self.world.agent(r[0]).computer_name,
            "detectionDate": lambda r: self.inst.detection_us(*r),
            "version": lambda r: self.inst.version(*r),
            "osType": lambda r: self.world.agent(r[0]).os.os_type,
            "siteName": lambda r: self.world.agent(r[0]).scope.site_name,
            "groupName": lambda r: self.world.agent(r[0]).scope.group_name,
        }
        # other documented sort columns are accepted and keep the default (endpoint) order
        if q.sort_by in sorters or q.desc:
            rows.sort(key=sorters.get(q.sort_by or "", lambda r: r[0]), reverse=q.desc)
        return _page(
            rows, q, cursors.fingerprint(q.fingerprint_items), lambda r: self.inst.render_endpoint_row(*r)
        )

    def agent_applications(self, params: Mapping[str, Sequence[str]], now_us: int) -> StaticPage:
        unknown = [p for p in params if p != "ids"]
        if unknown:
            raise validation(f"{unknown[0]}: Unknown field.")
        if "ids" not in params:
            raise validation("ids: Missing data for required field.")
        items: list[bytes] = []
        for agent_id in parse_id_list("ids", params["ids"]):
            a = index_of_id(ID_BASES["agents"], self.world.agent_key, agent_id)
            if a is None or a >= self.world.n_agents:
                continue
            items.extend(self.inst.render_agent_app(a, x) for x in self.inst.apps_of(a))
        return StaticPage(items, None, len(items))

    def risks(self, params: Mapping[str, Sequence[str]], now_us: int) -> StaticPage:
        q = parse_list_query(
            params,
            time_params={"detectionDate": "detection", "publishedDate": "published"},
            sort_params=RISK_SORTS,
            allowed=_SCOPE
            | {
                "severities",
                "applicationNames",
                "cveId__contains",
                "osTypes",
                "endpointName__contains",
                "includeRemovals",
                "vendors",
                "endpointTypes",
            },
        )
        in_scope = _scope_filter(self.world, q)
        detection = q.times.get("detection")
        severities = (
            {s.upper() for s in parse_str_list(q.filters["severities"])}
            if "severities" in q.filters
            else None
        )
        rows: list[tuple[int, int, int]] = []
        for a in range(self.world.n_agents):
            if in_scope is not None and not in_scope(a):
                continue
            for x, c in self.inst.vulnerable_rows(a):
                if detection is not None and not detection.contains(self.inst.detection_us(a, x)):
                    continue
                if severities is not None and APPS[x].cves[c][2] not in severities:
                    continue
                rows.append((a, x, c))
        if q.sort_by not in (None, "id") or q.desc:
            sorters: dict[str, Callable[[tuple[int, int, int]], Any]] = {
                "cveId": lambda r: APPS[r[1]].cves[r[2]][0],
                "endpointName": lambda r: self.world.agent(r[0]).computer_name,
                "detectionDate": lambda r: self.inst.detection_us(r[0], r[1]),
                "severity": lambda r: APPS[r[1]].cves[r[2]][2],
                "baseScore": lambda r: APPS[r[1]].cves[r[2]][1],
            }
            rows.sort(key=sorters.get(q.sort_by or "", lambda r: r), reverse=q.desc)
        return _page(
            rows,
            q,
            cursors.fingerprint(q.fingerprint_items),
            lambda r: self.inst.render_risk_row(r[0], r[1], r[2], now_us),
        )
