"""Cloud-detection (STAR / custom rule) alerts: no top-level id (alertInfo.alertId), capitalised
enums, placeholder 1970/2185 timestamps in process blocks (sentinelone-api.md §3.4)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from s1elastic.simulator import catalog
from s1elastic.simulator.hashing import mix64
from s1elastic.simulator.resources.base import TimedResource
from s1elastic.simulator.templates import NULL, Slot, Template, jid, jraw, js, jts

S = Slot
_W = 0x61C8864680B583EB
EPOCH_PLACEHOLDER = "1970-01-01T00:00:00Z"
FUTURE_PLACEHOLDER = "2185-07-21T23:34:33.709552Z"

_ALERT_INFO = {
    "alertId": S("alertId"),
    "analystVerdict": S("analystVerdict"),
    "createdAt": S("createdAt"),
    "dnsRequest": S("dnsRequest"),
    "dnsResponse": S("dnsResponse"),
    "dstIp": S("dstIp"),
    "dstPort": S("dstPort"),
    "dvEventId": S("dvEventId"),
    "eventType": S("eventType"),
    "hitType": "Events",
    "incidentStatus": S("incidentStatus"),
    "indicatorCategory": None,
    "indicatorDescription": None,
    "indicatorName": None,
    "isEdr": True,
    "loginAccountDomain": None,
    "loginAccountSid": None,
    "loginIsAdministratorEquivalent": None,
    "loginIsSuccessful": S("loginIsSuccessful"),
    "loginType": None,
    "loginsUserName": S("loginsUserName"),
    "modulePath": None,
    "moduleSha1": None,
    "netEventDirection": None,
    "registryKeyPath": "",
    "registryOldValue": "",
    "registryOldValueType": "BINARY",
    "registryPath": "",
    "registryValue": "",
    "reportedAt": S("reportedAt"),
    "source": "STAR",
    "srcIp": S("srcIp"),
    "srcMachineIp": S("srcMachineIp"),
    "srcPort": S("srcPort"),
    "tiIndicatorComparisonMethod": None,
    "tiIndicatorSource": None,
    "tiIndicatorType": None,
    "tiIndicatorValue": None,
    "updatedAt": S("updatedAt"),
}
_SHAPE: dict[str, Any] = {
    "agentDetectionInfo": S("agentDetectionInfo"),
    "agentRealtimeInfo": S("agentRealtimeInfo"),
    "alertInfo": _ALERT_INFO,
    "containerInfo": {"id": None, "image": None, "labels": None, "name": None},
    "kubernetesInfo": {
        "cluster": None,
        "controllerKind": None,
        "controllerLabels": None,
        "controllerName": None,
        "namespace": None,
        "namespaceLabels": None,
        "node": None,
        "pod": None,
        "podLabels": None,
    },
    "ruleInfo": S("ruleInfo"),
    "sourceParentProcessInfo": S("parentProcess"),
    "sourceProcessInfo": S("sourceProcess"),
    "targetProcessInfo": S("targetProcess"),
}
_TEMPLATE = Template(_SHAPE)
_STATES = {
    -1: ("Unresolved", "Undefined"),
    0: ("Unresolved", "Undefined"),
    1: ("In progress", "Suspicious"),
    2: ("Resolved", "True positive"),
}


def _rule(n: int) -> bytes:
    rule = catalog.ALERT_RULES[n]
    return jraw(
        {
            "description": None if n % 2 else "",
            "id": str(1_600_000_000_000_000_000 + n * 977),
            "name": rule.name,
            "queryLang": "1.0",
            "queryType": "events",
            "s1ql": rule.s1ql,
            "scopeLevel": ("account", "site", "group")[n % 3],
            "severity": rule.severity,
            "treatAsThreat": rule.treat_as_threat,
        }
    )


_RULES = [_rule(n) for n in range(len(catalog.ALERT_RULES))]
_EMPTY_TARGET = jraw(
    {
        "tgtFileCreatedAt": EPOCH_PLACEHOLDER,
        "tgtFileHashSha1": None,
        "tgtFileHashSha256": None,
        "tgtFileId": None,
        "tgtFileIsSigned": None,
        "tgtFileModifiedAt": EPOCH_PLACEHOLDER,
        "tgtFileOldPath": None,
        "tgtFilePath": None,
        "tgtProcCmdLine": None,
        "tgtProcImagePath": None,
        "tgtProcIntegrityLevel": "unknown",
        "tgtProcName": None,
        "tgtProcPid": None,
        "tgtProcSignedStatus": None,
        "tgtProcStorylineId": None,
        "tgtProcUid": None,
        "tgtProcessStartTime": EPOCH_PLACEHOLDER,
    }
)
_EMPTY_PARENT = jraw(
    {
        "commandline": None,
        "fileHashMd5": None,
        "fileHashSha1": None,
        "fileHashSha256": None,
        "filePath": None,
        "fileSignerIdentity": None,
        "integrityLevel": "unknown",
        "name": None,
        "pid": None,
        "pidStarttime": EPOCH_PLACEHOLDER,
        "storyline": None,
        "subsystem": "unknown",
        "uniqueId": None,
        "user": None,
    }
)


class Alerts(TimedResource):
    name = "alerts"
    path = "/cloud-detection/alerts"
    endpoint = "alerts"
    id_field = "alertInfo.alertId"
    created_field = "alertInfo.createdAt"
    updated_field = "alertInfo.updatedAt"
    sort_params = {
        "alertInfoCreatedAt": "created",
        "createdAt": "created",
        "alertInfoUpdatedAt": "updated",
        "id": "created",
    }
    ignored_params = frozenset({"incidentStatus", "analystVerdict", "ruleName__contains", "severity"})
    malformations = (
        ("srcPort", b'"443/tcp"'),
        ("ruleInfo", b"[]"),
        ("dvEventId", b"1.0e+20"),
        ("sourceProcess", b'"n/a"'),
        ("agentDetectionInfo", b"null"),
        ("loginIsSuccessful", b'"maybe"'),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._agent_blocks = lru_cache(maxsize=16384)(self._agent_blocks_uncached)

    def agent_index(self, i: int) -> int:
        return mix64(self.attr(i) ^ _W) % self.world.n_agents

    def _agent_blocks_uncached(self, a: int) -> tuple[bytes, bytes]:
        ag = self.world.agent(a)
        detection = jraw(
            {
                "machineType": ag.os.machine,
                "name": ag.computer_name,
                "osFamily": ag.os.family,
                "osName": ag.os.os_name,
                "osRevision": ag.os.revision,
                "siteId": str(ag.scope.site_id),
                "uuid": ag.uuid,
                "version": ag.version,
            }
        )
        realtime = jraw(
            {
                "id": str(ag.id),
                "infected": a % 3 == 0,
                "isActive": a % 11 != 0,
                "isDecommissioned": False,
                "machineType": ag.os.machine,
                "name": ag.computer_name,
                "os": ag.os.family,
                "uuid": ag.uuid,
            }
        )
        return detection, realtime

    def render(self, i: int, k: int, updated_us: int) -> bytes:
        v = self.attr(i)
        w = mix64(v ^ _W)
        a = w % self.world.n_agents
        created = self.timeline.created(i)
        detection, realtime = self._agent_blocks(a)
        rule_n = (v >> 4) % len(catalog.ALERT_RULES)
        rule = catalog.ALERT_RULES[rule_n]
        status, verdict = _STATES[k]
        ag = self.world.agent(a)
        proc = catalog.PROCESS_NAMES[(v >> 8) % len(catalog.PROCESS_NAMES)]
        is_dns = rule.event_type == "DNS"
        is_login = rule.event_type == "LOGIN"
        is_net = rule.event_type == "IP_CONNECT"
        source = jraw(
            {
                "commandline": None if (v >> 12) % 4 == 0 else f'{proc} -c "echo Größe {v % 1000}"',
                "fileHashMd5": None,
                "fileHashSha1": f"{w:016x}{v:016x}{v >> 32:08x}",
                "fileHashSha256": None,
                "filePath": f"C:\\Windows\\System32\\{proc}"
                if ag.os.family == "windows"
                else f"/usr/bin/{proc}",
                "fileSignerIdentity": "MICROSOFT WINDOWS" if ag.os.family == "windows" else "",
                "integrityLevel": ("unknown", "high", "medium", "SYSTEM")[(v >> 14) % 4],
                "name": proc,
                "pid": str(1000 + (v >> 16) % 60000),
                # the far-future placeholder the spec warns about, on a few alerts
                "pidStarttime": FUTURE_PLACEHOLDER
                if (v >> 18) % 20 == 0
                else jts(created - 3_600_000_000 - (v >> 20) % 10**9).decode()[1:-1],
                "storyline": f"{w & 0xFFFFFFFFFFFF:012X}",
                "subsystem": "unknown",
                "uniqueId": f"{v & 0xFFFFFFFFFFFF:012X}",
                "user": None
                if (v >> 22) % 3 == 0
                else f"{ag.domain}\\{ag.last_user}"
                if ag.domain
                else ag.last_user,
            }
        )
        values = {
            "agentDetectionInfo": detection,
            "agentRealtimeInfo": realtime,
            "alertId": jid(self.object_id(i)),
            "analystVerdict": js(verdict),
            "createdAt": jts(created),
            "reportedAt": jts(created + 4_310_882),
            "updatedAt": jts(updated_us),
            "dnsRequest": js(f"update.{v % 997}.example.zip") if is_dns else NULL,
            "dnsResponse": js("IP: 198.51.100.7;") if is_dns else NULL,
            "dstIp": js(f"198.51.100.{(v >> 24) % 254 + 1}") if is_net else NULL,
            "dstPort": b"%d" % (443 if (v >> 26) % 2 else 8443) if is_net else NULL,
            "srcIp": js(ag.ipv4[0]) if is_net else NULL,
            "srcMachineIp": js(",".join(ag.ipv4)) if is_net else NULL,
            "srcPort": b"%d" % (49152 + (v >> 28) % 16000) if is_net else NULL,
            "dvEventId": js(f"01H{w % 10**20:020d}"),
            "eventType": js(rule.event_type),
            "incidentStatus": js(status),
            "loginIsSuccessful": (b"false" if (v >> 30) % 2 else b"true") if is_login else NULL,
            "loginsUserName": js(ag.last_user) if is_login else NULL,
            "ruleInfo": _RULES[rule_n],
            "parentProcess": _EMPTY_PARENT,
            "sourceProcess": source,
            "targetProcess": _EMPTY_TARGET,
        }
        if self.is_malformed(i):
            self.malform(i, values)
        return _TEMPLATE.render(values)
