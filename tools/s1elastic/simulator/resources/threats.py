"""Threats (v2.1 shape: timestamps under threatInfo). They change after creation: an analyst
triages, gives a verdict, resolves; each step moves threatInfo.updatedAt (sentinelone-api.md §3.3)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from s1elastic.simulator import catalog
from s1elastic.simulator.hashing import mix64
from s1elastic.simulator.resources.base import TimedResource
from s1elastic.simulator.templates import NULL, Slot, Template, jbool, jid, jint, jraw, js, jts

S = Slot
_W = 0x2545F4914F6CDD1D

_SHAPE: dict[str, Any] = {
    "agentDetectionInfo": S("agentDetectionInfo"),
    "agentRealtimeInfo": S("agentRealtimeInfo"),
    "containerInfo": {"id": None, "image": None, "isContainerQuarantine": None, "labels": None, "name": None},
    "id": S("id"),
    "indicators": S("indicators"),
    "kubernetesInfo": {
        "cluster": None,
        "controllerKind": None,
        "controllerLabels": None,
        "controllerName": None,
        "isContainerQuarantine": None,
        "namespace": None,
        "namespaceLabels": None,
        "node": None,
        "pod": None,
        "podLabels": None,
    },
    "mitigationStatus": S("mitigationStatusList"),
    "threatInfo": {
        "analystVerdict": S("analystVerdict"),
        "analystVerdictDescription": S("analystVerdictDescription"),
        "automaticallyResolved": S("automaticallyResolved"),
        "browserType": None,
        "certificateId": "",
        "classification": S("classification"),
        "classificationSource": S("classificationSource"),
        "cloudFilesHashVerdict": None,
        "collectionId": S("collectionId"),
        "confidenceLevel": S("confidenceLevel"),
        "createdAt": S("createdAt"),
        "detectionEngines": S("detectionEngines"),
        "detectionType": S("detectionType"),
        "engines": S("engines"),
        "externalTicketExists": S("externalTicketExists"),
        "externalTicketId": S("externalTicketId"),
        "failedActions": False,
        "fileExtension": S("fileExtension"),
        "fileExtensionType": S("fileExtensionType"),
        "filePath": S("filePath"),
        "fileSize": S("fileSize"),
        "fileVerificationType": "NotSigned",
        "identifiedAt": S("identifiedAt"),
        "incidentStatus": S("incidentStatus"),
        "incidentStatusDescription": S("incidentStatusDescription"),
        "initiatedBy": S("initiatedBy"),
        "initiatedByDescription": S("initiatedByDescription"),
        "initiatingUserId": None,
        "initiatingUsername": None,
        "isFileless": S("isFileless"),
        "isValidCertificate": False,
        "maliciousProcessArguments": S("maliciousProcessArguments"),
        "md5": S("md5"),
        "mitigatedPreemptively": False,
        "mitigationStatus": S("mitigationStatus"),
        "mitigationStatusDescription": S("mitigationStatusDescription"),
        "originatorProcess": S("originatorProcess"),
        "pendingActions": False,
        "processUser": S("processUser"),
        "publisherName": "",
        "reachedEventsLimit": False,
        "rebootRequired": False,
        "sha1": S("sha1"),
        "sha256": S("sha256"),
        "storyline": S("storyline"),
        "threatId": S("id"),
        "threatName": S("threatName"),
        "updatedAt": S("updatedAt"),
    },
    "whiteningOptions": S("whiteningOptions"),
}
_TEMPLATE = Template(_SHAPE)

# state after each update stream (-1 = as created): incidentStatus, analystVerdict, mitigation
_STATES = {
    -1: ("unresolved", "undefined", "not_mitigated"),
    0: ("in_progress", "suspicious", "not_mitigated"),
    1: ("in_progress", "true_positive", "mitigated"),
    2: ("resolved", "true_positive", "mitigated"),
}
_DESCRIPTIONS = {
    "unresolved": "Unresolved",
    "in_progress": "In progress",
    "resolved": "Resolved",
    "undefined": "Undefined",
    "suspicious": "Suspicious",
    "true_positive": "True positive",
    "false_positive": "False positive",
    "not_mitigated": "Not mitigated",
    "mitigated": "Mitigated",
    "pending_review": "Pending review",
}
_INITIATED = (
    ("agent_policy", "Agent Policy"),
    ("star_active", "Custom Rule"),
    ("console_api", "Console API"),
)


def _indicators(sel: int) -> bytes:
    if sel % 3 == 0:
        return b"[]"
    out = []
    for n in range(1 + sel % 2):
        category, description, tactic, techniques = catalog.MITRE_INDICATORS[
            (sel + n) % len(catalog.MITRE_INDICATORS)
        ]
        out.append(
            {
                "category": category,
                "description": description,
                "ids": [(sel >> 3) % 400 + n],
                "tactics": [
                    {
                        "name": tactic,
                        "source": "MITRE",
                        "techniques": [
                            {"link": f"https://attack.mitre.org/techniques/{t.replace('.', '/')}/", "name": t}
                            for t in techniques
                        ],
                    }
                ],
            }
        )
    return jraw(out)


_INDICATORS = [_indicators(s) for s in range(12)]


class Threats(TimedResource):
    name = "threats"
    path = "/threats"
    endpoint = "threats"
    created_field = "threatInfo.createdAt"
    updated_field = "threatInfo.updatedAt"
    ignored_params = frozenset({"resolved", "incidentStatuses", "mitigationStatuses", "classifications"})
    malformations = (
        ("fileSize", b'"12 KB"'),
        ("indicators", b'{"category":"Evasion"}'),
        ("agentRealtimeInfo", b'"unavailable"'),
        ("engines", js("Manual")),
        ("isFileless", b'"false"'),
        ("storyline", b"18446744073709551617"),
        ("mitigationStatusList", b"null"),
        ("threatName", b"1.5e3"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._realtime = lru_cache(maxsize=16384)(self._realtime_uncached)
        self._detection = lru_cache(maxsize=16384)(self._detection_uncached)

    def agent_index(self, i: int) -> int:
        return mix64(self.attr(i) ^ _W) % self.world.n_agents

    def _realtime_uncached(self, a: int, variant: int) -> bytes:
        ag = self.world.agent(a)
        sc = ag.scope
        return jraw(
            {
                "accountId": str(sc.account_id),
                "accountName": sc.account_name,
                "activeThreats": variant % 5,
                "agentComputerName": ag.computer_name,
                # the older 2.1 sample holds a boolean here
                "agentDecommissionedAt": False if variant % 7 == 0 else None,
                "agentDomain": ag.domain,
                "agentId": str(ag.id),
                "agentInfected": variant % 5 > 0,
                "agentIsActive": variant % 9 != 0,
                "agentIsDecommissioned": False,
                "agentMachineType": ag.os.machine,
                "agentMitigationMode": catalog.MITIGATION_MODES[variant % 2],
                "agentNetworkStatus": catalog.NETWORK_STATUSES[variant % len(catalog.NETWORK_STATUSES)],
                "agentOsName": ag.os.os_name,
                "agentOsRevision": ag.os.revision,
                "agentOsType": ag.os.os_type,
                "agentUuid": ag.uuid,
                "agentVersion": ag.version,
                "groupId": str(sc.group_id),
                "groupName": sc.group_name,
                "networkInterfaces": [
                    {
                        "id": str(ag.id + 1),
                        "inet": list(ag.ipv4),
                        "inet6": list(ag.ipv6),
                        "name": ag.interface,
                        "physical": ag.mac,
                    }
                ],
                "operationalState": "na",
                "rebootRequired": variant % 4 == 0,
                "scanAbortedAt": None,
                "scanFinishedAt": None,
                "scanStartedAt": None,
                "scanStatus": "none",
                "siteId": str(sc.site_id),
                "siteName": sc.site_name,
                "storageName": None,
                "storageType": None,
                "userActionsNeeded": ["reboot_needed"] if variant % 4 == 0 else [],
            }
        )

    def _detection_uncached(self, a: int, variant: int) -> bytes:
        ag = self.world.agent(a)
        sc = ag.scope
        if variant % 10 == 0:  # the older sample: mostly nulls
            return jraw(
                {
                    "accountId": None,
                    "accountName": None,
                    "agentDetectionState": None,
                    "agentDomain": None,
                    "agentIpV4": None,
                    "agentIpV6": None,
                    "agentLastLoggedInUpn": None,
                    "agentLastLoggedInUserMail": None,
                    "agentLastLoggedInUserName": None,
                    "agentMitigationMode": None,
                    "agentOsName": None,
                    "agentOsRevision": None,
                    "agentRegisteredAt": None,
                    "agentUuid": ag.uuid,
                    "agentVersion": None,
                    "cloudProviders": {},
                    "externalIp": None,
                    "groupId": None,
                    "groupName": None,
                    "siteId": None,
                    "siteName": None,
                }
            )
        return jraw(
            {
                "accountId": str(sc.account_id),
                "accountName": sc.account_name,
                "agentDetectionState": "full_mode",
                "agentDomain": ag.domain,
                "agentIpV4": ",".join(ag.ipv4),  # comma-separated when multi-homed
                "agentIpV6": ",".join(ag.ipv6),  # "" when the agent has none
                "agentLastLoggedInUpn": None,
                "agentLastLoggedInUserMail": None,
                "agentLastLoggedInUserName": ag.last_user,
                "agentMitigationMode": catalog.MITIGATION_MODES[variant % 2],
                "agentOsName": ag.os.os_name,
                "agentOsRevision": ag.os.revision,
                "agentRegisteredAt": "2022-11-22T11:35:03.992434Z",
                "agentUuid": ag.uuid,
                "agentVersion": ag.version,
                "cloudProviders": {},
                "externalIp": ag.external_ip,
                "groupId": str(sc.group_id),
                "groupName": sc.group_name,
                "siteId": str(sc.site_id),
                "siteName": sc.site_name,
            }
        )

    def render(self, i: int, k: int, updated_us: int) -> bytes:
        v = self.attr(i)
        w = mix64(v ^ _W)
        a = w % self.world.n_agents
        created = self.timeline.created(i)
        kind = catalog.THREATS[(v >> 4) % len(catalog.THREATS)]
        status, verdict, mitigation = _STATES[k]
        if verdict == "true_positive" and (v >> 9) % 4 == 0:
            verdict = "false_positive"
        if (v >> 11) % 50 == 0:  # a verdict value outside the documented set
            verdict = "pending_review"
        variant = (v >> 13) % 64
        ext = kind.path.rsplit(".", 1)[-1] if "." in kind.path.rsplit("\\", 1)[-1] else ""
        initiated = _INITIATED[(v >> 19) % len(_INITIATED)]
        oid = self.object_id(i)
        actions = []
        if mitigation == "mitigated" or (v >> 21) % 3 == 0:
            actions.append(
                {
                    "action": "kill",
                    "actionsCounters": {
                        "failed": 0,
                        "notFound": 0,
                        "pendingReboot": 0,
                        "success": 1 + variant % 3,
                        "total": 1 + variant % 3,
                    },
                    "agentSupportsReport": True,
                    "groupNotFound": False,
                    "lastUpdate": None,
                    "latestReport": "",
                    "mitigationEndedAt": None,
                    "mitigationStartedAt": None,
                    "status": "success",
                }
            )
        if mitigation == "mitigated" and not kind.fileless:
            actions.append(
                {
                    "action": "quarantine",
                    "actionsCounters": None,
                    "agentSupportsReport": True,
                    "groupNotFound": False,
                    "lastUpdate": None,
                    "latestReport": None,
                    "mitigationEndedAt": None,
                    "mitigationStartedAt": None,
                    "status": "success",
                }
            )
        stamp = jts(created + 1_200_000).decode()[1:-1]
        for act in actions:
            act["lastUpdate"] = act["mitigationEndedAt"] = act["mitigationStartedAt"] = stamp
        values = {
            "id": jid(oid),
            "agentRealtimeInfo": self._realtime(a, variant),
            "agentDetectionInfo": self._detection(a, variant),
            "indicators": _INDICATORS[(v >> 25) % len(_INDICATORS)],
            "mitigationStatusList": jraw(actions),
            "analystVerdict": js(verdict),
            "analystVerdictDescription": js(_DESCRIPTIONS[verdict]),
            "automaticallyResolved": jbool(status == "resolved" and (v >> 27) % 5 == 0),
            "classification": js(kind.classification),
            "classificationSource": js(("Static", "Engine", "Cloud")[(v >> 29) % 3]),
            "collectionId": jid(oid - 17),
            "confidenceLevel": js(kind.confidence),
            "createdAt": jts(created),
            "updatedAt": jts(updated_us),
            "identifiedAt": jts(created - (v >> 31) % 2_000_000),
            "detectionEngines": jraw(
                [{"key": e.lower().replace(" ", "_"), "title": e} for e in kind.engines]
            ),
            "detectionType": js(kind.detection),
            "engines": jraw(list(kind.engines)),
            "externalTicketExists": jbool(False),
            "externalTicketId": NULL,
            "fileExtension": js(ext.upper() if ext else ""),
            "fileExtensionType": js("Executable" if ext else "None"),
            "filePath": js(kind.path),
            "fileSize": jint(0 if kind.fileless else 1024 + (v >> 33) % 5_000_000),
            "incidentStatus": js(status),
            "incidentStatusDescription": js(_DESCRIPTIONS[status]),
            "initiatedBy": js(initiated[0]),
            "initiatedByDescription": js(initiated[1]),
            "isFileless": jbool(kind.fileless),
            "maliciousProcessArguments": js("" if not kind.fileless else "-NoP -W Hidden -Enc SQBFAFgA"),
            "md5": NULL if (v >> 40) % 3 else b'"%032x"' % (w >> 0 & ((1 << 128) - 1)),
            "sha1": b'""' if kind.fileless else b'"%016x%016x%08x"' % (v, w, (v >> 8) & 0xFFFFFFFF),
            "sha256": NULL if kind.fileless else b'"%016x%016x%016x%016x"' % (w, v, w ^ v, mix64(w)),
            "mitigationStatus": js(mitigation),
            "mitigationStatusDescription": js(_DESCRIPTIONS[mitigation]),
            "originatorProcess": NULL
            if (v >> 42) % 3 == 0
            else js(catalog.PROCESS_NAMES[(v >> 44) % len(catalog.PROCESS_NAMES)]),
            "processUser": js(self.world.agent(a).last_user),
            "storyline": b'"%016X"' % (w & 0xFFFFFFFFFFFFFFFF),
            "threatName": js(kind.name),
            "whiteningOptions": b'["hash","path"]' if (v >> 46) % 2 else b"[]",
        }
        if self.is_malformed(i):
            self.malform(i, values)
        return _TEMPLATE.render(values)
