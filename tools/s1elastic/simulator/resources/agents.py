"""Agents (endpoint inventory). Polled as a snapshot or incrementally on updatedAt; agents check in,
change network status and get scanned, so updatedAt moves (sentinelone-api.md §3.2)."""

from __future__ import annotations

from typing import Any

from s1elastic.simulator import catalog
from s1elastic.simulator.resources.base import Predicate, TimedResource
from s1elastic.simulator.templates import NULL, Slot, Template, jbool, jid, jint, jraw, js, jts, jts_s
from s1elastic.simulator.world import Scope

S = Slot
_SHAPE: dict[str, Any] = {
    "accountId": S("accountId"),
    "accountName": S("accountName"),
    "activeDirectory": {
        "computerDistinguishedName": S("computerDn"),
        "computerMemberOf": [],
        "lastUserDistinguishedName": None,
        "lastUserMemberOf": [],
    },
    "activeThreats": S("activeThreats"),
    "agentVersion": S("agentVersion"),
    "allowRemoteShell": False,
    "appsVulnerabilityStatus": S("appsVulnerabilityStatus"),
    "cloudProviders": {},
    "computerName": S("computerName"),
    "consoleMigrationStatus": "N/A",
    "coreCount": S("coreCount"),
    "cpuCount": S("cpuCount"),
    "cpuId": S("cpuId"),
    "createdAt": S("createdAt"),
    "domain": S("domain"),
    "encryptedApplications": False,
    "externalId": None,
    "externalIp": S("externalIp"),
    "firewallEnabled": S("firewallEnabled"),
    "groupId": S("groupId"),
    "groupIp": S("groupIp"),
    "groupName": S("groupName"),
    "id": S("id"),
    "inRemoteShellSession": False,
    "infected": S("infected"),
    "installerType": S("installerType"),
    "isActive": S("isActive"),
    "isDecommissioned": S("isDecommissioned"),
    "isPendingUninstall": False,
    "isUninstalled": False,
    "isUpToDate": S("isUpToDate"),
    "lastActiveDate": S("lastActiveDate"),
    "lastIpToMgmt": S("lastIpToMgmt"),
    "lastLoggedInUserName": S("lastLoggedInUserName"),
    "licenseKey": "",
    "locationEnabled": False,
    "locationType": "not_supported",
    "locations": None,
    "machineType": S("machineType"),
    "mitigationMode": S("mitigationMode"),
    "mitigationModeSuspicious": "detect",
    "modelName": S("modelName"),
    "networkInterfaces": S("networkInterfaces"),
    "networkQuarantineEnabled": False,
    "networkStatus": S("networkStatus"),
    "operationalState": "na",
    "operationalStateExpiration": None,
    "osArch": S("osArch"),
    "osName": S("osName"),
    "osRevision": S("osRevision"),
    "osStartTime": S("osStartTime"),
    "osType": S("osType"),
    "osUsername": None,
    "rangerStatus": "NotApplicable",
    "rangerVersion": None,
    "registeredAt": S("registeredAt"),
    "remoteProfilingState": "disabled",
    "remoteProfilingStateExpiration": None,
    "scanAbortedAt": None,
    "scanFinishedAt": S("scanFinishedAt"),
    "scanStartedAt": S("scanStartedAt"),
    "scanStatus": S("scanStatus"),
    "siteId": S("siteId"),
    "siteName": S("siteName"),
    "tags": S("tags"),
    "threatRebootRequired": False,
    "totalMemory": S("totalMemory"),
    "updatedAt": S("updatedAt"),
    "userActionsNeeded": S("userActionsNeeded"),
    "uuid": S("uuid"),
}
_TEMPLATE = Template(_SHAPE)
_MODELS = (
    "Amazon EC2 - t3.medium",
    "VMware Virtual Platform",
    "MacBookPro18,3",
    "Latitude 7440",
    "",
    "HP EliteBook 840 G9",
)
_CPUS = (
    "Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz",
    "Apple M2 Pro",
    "AMD EPYC 7R13 Processor",
    "Intel(R) Core(TM) i7-1365U",
)


class Agents(TimedResource):
    name = "agents"
    path = "/agents"
    endpoint = "agents"
    sort_params = {"createdAt": "created", "updatedAt": "updated", "id": "created", "registeredAt": "created"}
    time_params = {"createdAt": "created", "updatedAt": "updated", "registeredAt": "created"}
    ignored_params = frozenset({"isActive", "isDecommissioned", "networkStatuses", "osTypes", "infected"})
    malformations = (
        ("totalMemory", b'"4035 MB"'),
        ("networkInterfaces", b"{}"),
        ("isActive", b'"True"'),
        ("coreCount", b"null"),
        ("tags", b'"sentinelone"'),
        ("lastActiveDate", b'"0000-00-00T00:00:00Z"'),
    )

    def agent_index(self, i: int) -> int:
        return i

    def scope(self, i: int) -> Scope:
        return self.world.agent(i).scope

    def extra_filter(self, name: str, values: Any) -> Predicate | None:
        if name == "computerName__like":
            needle = ",".join(values).lower()
            return lambda i: needle in self.world.agent(i).computer_name.lower()
        return None

    def render(self, i: int, k: int, updated_us: int) -> bytes:
        ag = self.world.agent(i)
        sc = ag.scope
        v = self.attr(i)
        created = self.timeline.created(i)
        # stream 0: first scan done; 1: checked in during the last day; 2: changed while we run
        scanned = k >= 0
        status = catalog.NETWORK_STATUSES[(v >> 3) % len(catalog.NETWORK_STATUSES)] if k != 1 else "connected"
        legacy_strings = (v >> 7) % 4 == 0  # the older sample's "True" strings
        tags = []
        if (v >> 9) % 3 == 0:
            tags.append(
                {
                    "assignedAt": None,
                    "assignedBy": "Matt Chase",
                    "assignedById": "1503807937830229037",
                    "id": "1800000000000000001",
                    "key": "env",
                    "value": ("prod", "dev", "Prüfung")[(v >> 11) % 3],
                }
            )
        values = {
            "accountId": jid(sc.account_id),
            "accountName": js(sc.account_name),
            "computerDn": NULL
            if (v >> 13) % 2
            else js(f"CN={ag.computer_name},OU=Computers,DC=corp,DC=example,DC=com"),
            "activeThreats": jint((v >> 14) % 3 if (v >> 16) % 5 == 0 else 0),
            "agentVersion": js(ag.version),
            "appsVulnerabilityStatus": js(("up_to_date", "patch_required", "not_applicable")[(v >> 17) % 3]),
            "computerName": js(ag.computer_name),
            "coreCount": jint(2 << ((v >> 19) % 4)),
            "cpuCount": jint(1 + (v >> 21) % 2),
            "cpuId": js(_CPUS[(v >> 22) % len(_CPUS)]),
            "createdAt": jts(created),
            "registeredAt": jts(created - (v >> 24) % 5000),
            "domain": js(ag.domain),
            "externalIp": js(ag.external_ip),
            "firewallEnabled": b'"True"' if legacy_strings else b"true",
            "isUpToDate": b'"True"' if legacy_strings else jbool((v >> 26) % 5 != 0),
            "groupId": jid(sc.group_id),
            "groupIp": js(ag.external_ip.rsplit(".", 1)[0] + ".x"),
            "groupName": js(sc.group_name),
            "id": jid(ag.id),
            "infected": jbool((v >> 16) % 5 == 0),
            "installerType": js((".msi", ".exe", ".pkg", ".deb", "unknown")[(v >> 27) % 5]),
            "isActive": jbool(status == "connected"),
            "isDecommissioned": jbool((v >> 29) % 40 == 0),
            "lastActiveDate": jts(updated_us),
            "lastIpToMgmt": NULL if (v >> 31) % 6 == 0 else js(ag.ipv4[0]),
            "lastLoggedInUserName": js(ag.last_user),
            "machineType": js(ag.os.machine),
            "mitigationMode": js(catalog.MITIGATION_MODES[(v >> 33) % 2]),
            "modelName": js(_MODELS[(v >> 34) % len(_MODELS)]),
            "networkInterfaces": jraw(
                [
                    {
                        "gatewayIp": None if (v >> 37) % 2 else "10.0.0.1",
                        "gatewayMacAddress": None,
                        "id": str(ag.id + 1),
                        "inet": list(ag.ipv4),
                        "inet6": list(ag.ipv6),
                        "name": ag.interface,
                        "physical": ag.mac,
                    }
                ]
            ),
            "networkStatus": js(status),
            "osArch": js(ag.os.arch),
            "osName": js(ag.os.os_name),
            "osRevision": js(ag.os.revision),
            "osStartTime": jts_s(created - 40_000_000),
            "osType": js(ag.os.os_type),
            "scanFinishedAt": jts(created + 3_600_000_000) if scanned else NULL,
            "scanStartedAt": jts(created + 1_500_000_000) if scanned else NULL,
            "scanStatus": js("finished" if scanned else "none"),
            "siteId": jid(sc.site_id),
            "siteName": js(sc.site_name),
            "tags": jraw({"sentinelone": tags}),
            "totalMemory": jint(1024 * (2 << ((v >> 38) % 5)) - 61),
            "updatedAt": jts(updated_us),
            "userActionsNeeded": b'["reboot_needed"]' if (v >> 41) % 9 == 0 else b"[]",
            "uuid": js(ag.uuid),
        }
        if self.is_malformed(i):
            self.malform(i, values)
        return _TEMPLATE.render(values)
