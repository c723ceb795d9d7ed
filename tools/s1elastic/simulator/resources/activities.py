"""Activities: the console's audit trail. Immutable, keyed on createdAt (sentinelone-api.md §3.1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from s1elastic.simulator import catalog
from s1elastic.simulator.errors import validation
from s1elastic.simulator.hashing import h, mix64
from s1elastic.simulator.resources.base import Predicate, TimedResource
from s1elastic.simulator.templates import NULL, Slot, Template, jid, jint, js, jts
from s1elastic.simulator.world import ID_STRIDE, Scope

S = Slot
_TOP = {
    "accountId": S("accountId"),
    "accountName": S("accountName"),
    "activityType": S("activityType"),
    "activityUuid": S("activityUuid"),
    "agentId": S("agentId"),
    "agentUpdatedVersion": S("agentUpdatedVersion"),
    "comments": None,
    "createdAt": S("createdAt"),
    "data": None,  # per kind, below
    "description": S("description"),
    "groupId": S("groupId"),
    "groupName": S("groupName"),
    "hash": None,
    "id": S("id"),
    "osFamily": S("osFamily"),
    "primaryDescription": S("primaryDescription"),
    "secondaryDescription": S("secondaryDescription"),
    "siteId": S("siteId"),
    "siteName": S("siteName"),
    "threatId": S("threatId"),
    "updatedAt": S("updatedAt"),
    "userId": S("userId"),
}
_DATA: dict[str, dict[str, Any]] = {
    "account": {
        "accountId": S("dataAccountId"),  # a JSON number here, a string at the top (real quirk)
        "accountName": S("accountName"),
        "expiration": None,
        "fullScopeDetails": S("fullScopeDetails"),
        "fullScopeDetailsPath": S("fullScopeDetailsPath"),
        "groupName": None,
        "licensesDescription": "",
        "scopeLevel": "Account",
        "scopeName": S("accountName"),
        "siteName": None,
        "username": S("username"),
    },
    "user": {
        "accountName": S("accountName"),
        "byUser": S("byUser"),
        "fullScopeDetails": S("fullScopeDetails"),
        "fullScopeDetailsPath": S("fullScopeDetailsPath"),
        "groupName": None,
        "ipAddress": S("ipAddress"),
        "role": S("role"),
        "scopeLevel": "Account",
        "scopeName": S("accountName"),
        "siteName": None,
        "userScope": "account",
        "username": S("username"),
    },
    "agent": {
        "accountName": S("accountName"),
        "computerName": S("computerName"),
        "externalIp": S("externalIp"),
        "fullScopeDetails": S("fullScopeDetails"),
        "fullScopeDetailsPath": S("fullScopeDetailsPath"),
        "groupName": S("groupName"),
        "ipAddress": S("ipAddress"),
        "newValue": S("newValue"),
        "scopeLevel": "Group",
        "scopeName": S("groupName"),
        "siteName": S("siteName"),
        "uuid": S("agentUuid"),
    },
    "threat": {
        "accountName": S("accountName"),
        "computerName": S("computerName"),
        "confidenceLevel": S("confidenceLevel"),
        "filePath": S("filePath"),
        "fileContentHash": S("sha1"),
        "fullScopeDetails": S("fullScopeDetails"),
        "fullScopeDetailsPath": S("fullScopeDetailsPath"),
        "groupName": S("groupName"),
        "scopeLevel": "Group",
        "siteName": S("siteName"),
        "threatClassification": S("classification"),
        "threatClassificationSource": "Cloud",
        "username": S("username"),
    },
}
_TEMPLATES = {kind: Template({**_TOP, "data": shape}) for kind, shape in _DATA.items()}
_OPEN_SLOTS = ("activityUuid", "createdAt", "id", "updatedAt")
_TYPES = catalog.ACTIVITY_TYPES
_N_TYPES = len(_TYPES)
_W = 0x5851F42D4C957F2D
_ROLES = (js("Admin"), js("Viewer"), js("SOC"), js("IR Team"), js("Ünïcødé Rolle"))
_NEW_VALUES = (js("enabled"), b"3", b'{"from":"detect","to":"protect"}', NULL, b"true", js(""))


class Activities(TimedResource):
    name = "activities"
    path = "/activities"
    endpoint = "activities"
    time_params = {"createdAt": "created", "created_at": "created"}  # both spellings in production
    sort_params = {"createdAt": "created", "id": "created"}
    ignored_params = frozenset({"includeHidden", "userEmails", "userIds", "threatIds"})
    malformations = (
        ("activityType", b'"19"'),
        ("accountId", b"433241117337583618"),
        ("agentId", b"{}"),
        ("primaryDescription", b'["not","a","string"]'),
        ("siteName", b"12345"),
        ("activityUuid", js("\x00\x1b[31m\u202eforged")),
        ("osFamily", b"-1"),
        ("description", js('trailing \\ backslash " quote')),
    )

    # An activity is its own id, uuid and timestamps plus one of `variants` pre-rendered contents
    # (type, scope, agent, user, texts): object i uses variant attr(i) % variants. Rendering a
    # page is then a few slot fills per object, which keeps a 1000-object page well under 50 ms.
    variants = 4096

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._variant_key = self.attr_key ^ 0x7A41A47
        self._variants: list[_Variant | None] = [None] * self.variants
        self._account_values = [self._account_values_uncached(a) for a in range(self.world.n_accounts)]
        self._users = [js(u) for u in catalog.USER_NAMES]

    def variant(self, i: int, v: int | None = None) -> _Variant:
        j = (self.attr(i) if v is None else v) % self.variants
        var = self._variants[j]
        if var is None:
            var = self._variants[j] = self._build_variant(j)
        return var

    def activity_type(self, i: int) -> catalog.ActivityType:
        return self.variant(i).type

    def agent_index(self, i: int) -> int:
        return self.variant(i).agent

    def scope(self, i: int) -> Scope:
        return self.variant(i).scope

    def extra_filter(self, name: str, values: Sequence[str]) -> Predicate | None:
        if name == "activityTypes":
            wanted = set()
            for part in ",".join(values).split(","):
                if part.strip():
                    if not part.strip().lstrip("-").isdigit():
                        raise validation("activityTypes: Not a valid integer.")
                    wanted.add(int(part))
            return lambda i: self.variant(i).type.code in wanted
        if name == "agentIds":
            ids = {int(p) for p in ",".join(values).split(",") if p.strip().isdigit()}
            return lambda i: self.variant(i).agent >= 0 and self.world.agent_id(self.variant(i).agent) in ids
        return None

    def _account_values_uncached(self, a: int) -> dict[str, bytes]:
        sc = self.world.account_scopes[a]
        return {
            "accountId": jid(sc.account_id),
            "accountName": js(sc.account_name),
            "dataAccountId": jint(sc.account_id),
            "agentId": NULL,
            "agentUpdatedVersion": NULL,
            "groupId": NULL,
            "groupName": NULL,
            "siteId": NULL,
            "siteName": NULL,
            "osFamily": NULL,
            "fullScopeDetails": js(f"Account {sc.account_name}"),
            "fullScopeDetailsPath": js(f"Global / {sc.account_name}"),
        }

    def _agent_values(self, a: int) -> dict[str, bytes]:
        ag = self.world.agent(a)
        sc = ag.scope
        return {
            "accountId": jid(sc.account_id),
            "accountName": js(sc.account_name),
            "dataAccountId": jint(sc.account_id),
            "agentId": jid(ag.id),
            "groupId": jid(sc.group_id),
            "groupName": js(sc.group_name),
            "siteId": jid(sc.site_id),
            "siteName": js(sc.site_name),
            "osFamily": js(ag.os.family),
            "computerName": js(ag.computer_name),
            "agentUuid": js(ag.uuid),
            "externalIp": js(ag.external_ip),
            "fullScopeDetails": js(
                f"Group {sc.group_name} in Site {sc.site_name} of Account {sc.account_name}"
            ),
            "fullScopeDetailsPath": js(f"Global / {sc.account_name} / {sc.site_name} / {sc.group_name}"),
        }

    def _build_variant(self, j: int) -> _Variant:
        v = h(self._variant_key, j)
        w = mix64(v ^ _W)
        at = _TYPES[v % _N_TYPES]
        kind = at.kind
        n_users = len(catalog.USER_NAMES)
        user = catalog.USER_NAMES[(v >> 8) % n_users]
        fmt: dict[str, Any] = {
            "user": user,
            "user2": catalog.USER_NAMES[(v >> 12) % n_users],
            "agent": "",
            "threat": "",
            "path": "",
            "ip": "",
            "count": (v >> 40) % 50000,
        }
        agent = -1
        if kind in ("agent", "threat"):
            agent = w % self.world.n_agents
            ag = self.world.agent(agent)
            scope = ag.scope
            values = self._agent_values(agent)
            ip = ",".join(ag.ipv4) if (v >> 33) % 6 == 0 else ag.ipv4[0]  # comma-separated when multi-homed
            values["ipAddress"] = js(ip)
            values["agentUpdatedVersion"] = NULL if (v >> 34) % 8 else js(ag.version)
            values["newValue"] = _NEW_VALUES[(v >> 36) % len(_NEW_VALUES)]
            fmt.update(agent=ag.computer_name, ip=ip)
        else:
            account = (w >> 20) % self.world.n_accounts
            scope = self.world.account_scopes[account]
            values = dict(self._account_values[account])
            values["byUser"] = self._users[(v >> 37) % n_users]
            values["role"] = _ROLES[(v >> 38) % len(_ROLES)]
            values["ipAddress"] = NULL if (v >> 39) % 3 else js(f"203.0.113.{(v >> 41) % 254 + 1}")
        fmt["account"] = scope.account_name
        if kind == "threat":
            threat = catalog.THREATS[(v >> 42) % len(catalog.THREATS)]
            values["threatId"] = jid(self.world.ref_id("threats", (v >> 44) % self.world.n_threats))
            values["classification"] = js(threat.classification)
            values["confidenceLevel"] = js(threat.confidence)
            values["filePath"] = js(threat.path)
            values["sha1"] = b'"%016x%016x%08x"' % (w, v, (v >> 16) & 0xFFFFFFFF)
            fmt.update(threat=threat.name, path=threat.path)
        else:
            values["threatId"] = NULL
        values["activityType"] = jint(at.code)
        values["description"] = NULL if (v >> 28) % 2 else b'""'
        values["username"] = self._users[(v >> 8) % n_users]
        values["userId"] = (
            NULL if kind == "agent" or (v >> 29) % 5 == 0 else jid(1_503_807_937_830_229_037 + (v >> 30) % 50)
        )
        values["primaryDescription"] = js(at.primary.format_map(fmt))
        values["secondaryDescription"] = NULL if at.secondary is None else js(at.secondary.format_map(fmt))
        full = _TEMPLATES[kind]
        template = full.partial(values)
        assert template.names == _OPEN_SLOTS, template.names
        return _Variant(at, scope, agent, values, full, template)

    def object_id(self, i: int) -> int:
        return self.id_base + i * ID_STRIDE + (self.attr(i) >> 52)

    def render(self, i: int, k: int, updated_us: int) -> bytes:
        # activities have no update streams: the revision time handed in is createdAt
        v = self.attr(i)
        var = self.variant(i, v)
        created = updated_us
        created_b = jts(created)
        sel = (v >> 20) % 32
        if sel == 0:  # updatedAt earlier than createdAt, as in Elastic's mock
            updated_b = jts(created - (v >> 24) % 3_000_000_000)
        elif sel % 4:
            updated_b = created_b
        else:
            updated_b = jts(created - (v >> 24) % 40_000)
        uuid = b'"%08x-%04x-4%03x-a%03x-%012x"' % (
            v & 0xFFFFFFFF,
            (v >> 32) & 0xFFFF,
            (v >> 48) & 0xFFF,
            (v >> 4) & 0xFFF,
            mix64(v) & 0xFFFFFFFFFFFF,
        )
        object_id = b'"%d"' % (self.id_base + i * ID_STRIDE + (v >> 52))
        if self.is_malformed(i):
            full = {
                **var.values,
                "id": object_id,
                "activityUuid": uuid,
                "createdAt": created_b,
                "updatedAt": updated_b,
            }
            self.malform(i, full)
            return var.full.render(full)
        # the variant template's open slots, in key order: activityUuid, createdAt, id, updatedAt
        return var.template.render_seq((uuid, created_b, object_id, updated_b))


@dataclass(frozen=True)
class _Variant:
    type: catalog.ActivityType
    scope: Scope
    agent: int  # -1: account-level, no agent
    values: dict[str, bytes]
    full: Template
    template: Template
