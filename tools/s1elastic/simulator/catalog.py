"""The vocabulary generated objects draw from: names, operating systems, applications, threats.

Values follow the public samples (samples/sentinelone-api/) and deliberately include what real
consoles return and naive code trips over: non-ASCII text, empty strings, nulls, and enum values
outside the documented sets (sentinelone-api.md §3, §6 "Known pitfalls").
"""

from __future__ import annotations

from typing import NamedTuple

ACCOUNT_NAMES = ("Palo Alto Networks", "Ünïcødé Labs GmbH", "株式会社サンプル", "Contoso Ltd.")
SITE_NAMES = (
    "Default site",
    "Headquarters",
    "Zürich Büro",
    "東京オフィス",
    "Remote Workers 🚀",
    "Lab — Ω",
    "Datacenter-EU",
    "São Paulo",
)
GROUP_NAMES = (
    "Default Group",
    "Servers",
    "Workstations",
    "Finance – Ärzte",
    "Engineering",
    "Kubernetes",
    "VIP 👑",
    "Quarantine",
    "Développement",
    "营销部",
)
USER_NAMES = (
    "Matt Chase",
    "SentinelOne",
    "testuser",
    "José Álvarez",
    "Zoë O'Brien",
    "李雷",
    "Ольга Петрова",
    "svc-api",
    "Win10-Regression",
    "أحمد",
    "",
)
EMAILS = ("matt.chase@example.com", "jose.alvarez@example.com", "zoe@example.org", "soc@example.net", None)
DOMAINS = ("WORKGROUP", "TRUSTNET-LABS", "CORP", "corp.example.com", "EXAMPLE", "", "ÄRZTE-NETZ")
COMPUTER_PREFIXES = (
    "DESKTOP-",
    "LAPTOP-",
    "srv-win-",
    "ip-172-31-",
    "EC2AMAZ-",
    "MacBook-Pro-de-José-",
    "WS-ÅSA-",
    "ubuntu-",
    "k8s-node-",
    "测试机-",
)


class OsVariant(NamedTuple):
    os_type: str
    os_name: str
    revision: str
    arch: str
    machine: str
    family: str


OS_VARIANTS = (
    OsVariant("windows", "Windows 10 Pro", "19044", "64 bit", "desktop", "windows"),
    OsVariant("windows", "Windows 11 Enterprise", "22631", "64 bit", "laptop", "windows"),
    OsVariant("windows", "Windows Server 2016", "14393", "64 bit", "server", "windows"),
    OsVariant("windows", "Windows Server 2022 Datacenter", "20348", "64 bit", "server", "windows"),
    OsVariant("macos", "macOS", "14.4.1 (23E224)", "64 bit", "laptop", "osx"),
    OsVariant("linux", "Ubuntu 22.04.4 LTS", "5.15.0-105-generic", "64 bit", "server", "linux"),
    OsVariant(
        "linux", "Red Hat Enterprise Linux 9.3", "5.14.0-362.el9", "64 bit", "kubernetes node", "linux"
    ),
    OsVariant("windows_legacy", "Windows 7 Professional", "7601", "32 bit", "desktop", "windows"),
    # An operating system and machine type outside the documented enums.
    OsVariant("chromeos", "ChromeOS Flex", "15633.69.0", "ARM64", "chromebook", "chromeos"),
)
AGENT_VERSIONS = ("23.4.2.14", "23.3.1.1167", "22.2.5.806", "3.1.3.38", "24.1.4.257", "2.2.2.2")
NETWORK_STATUSES = ("connected", "disconnected", "connecting", "disconnecting", "quarantined_pending")
MITIGATION_MODES = ("protect", "detect")
INTERFACE_NAMES = ("Ethernet0", "Ethernet 2", "eth0", "en0", "Wi-Fi", "vEthernet (WSL)", "ens5")


class ActivityType(NamedTuple):
    code: int
    kind: str  # "account", "agent", "threat", "user"
    primary: str  # primaryDescription pattern; {user} {agent} {threat} {site} {account}
    secondary: str | None


ACTIVITY_TYPES = (
    ActivityType(27, "user", "The management user {user} logged in to the management console.", None),
    ActivityType(
        23, "user", "The management user {user} added user {user2} as Admin.", "Scope: Account {account}"
    ),
    ActivityType(6, "account", "The management user {user} updated {account} account.", None),
    ActivityType(7, "account", "The management user {user} performed an action on {account} account.", None),
    ActivityType(5040, "account", "", None),
    ActivityType(19, "threat", "Threat detected, name: {threat}.", "{path}"),
    ActivityType(2004, "threat", "The agent {agent} successfully killed the threat: {threat}.", "{path}"),
    ActivityType(
        2011, "threat", "The agent {agent} successfully quarantined the threat: {threat}.", "{path}"
    ),
    ActivityType(3608, "threat", "The management user {user} changed the analyst verdict of {threat}.", None),
    ActivityType(1001, "agent", "Agent {agent} was connected to the management console.", None),
    ActivityType(1002, "agent", "Agent {agent} was disconnected from the management console.", "IP: {ip}"),
    ActivityType(90, "agent", "Agent {agent} started a full disk scan.", None),
    ActivityType(92, "agent", "Agent {agent} completed a full disk scan; {count} files were scanned.", None),
    ActivityType(3200, "agent", "Agent {agent} is online again; {count} events were received.", None),
    # An activity type no catalogue knows yet.
    ActivityType(99999, "agent", "Unrecognised activity on {agent}.", None),
)


class ThreatKind(NamedTuple):
    name: str
    classification: str
    path: str
    confidence: str
    detection: str
    engines: tuple[str, ...]
    fileless: bool


THREATS = (
    ThreatKind("cmd.exe (interactive session)", "Infostealer", "", "malicious", "dynamic", ("Manual",), True),
    ThreatKind(
        "EICAR_test_file.com",
        "Malware",
        "\\Device\\HarddiskVolume3\\Users\\José\\Downloads\\EICAR_test_file.com",
        "malicious",
        "static",
        ("SentinelOne Cloud",),
        False,
    ),
    ThreatKind(
        "invoice_2024.pdf.exe",
        "Trojan",
        "C:\\Users\\zoe\\AppData\\Local\\Temp\\invoice_2024.pdf.exe",
        "malicious",
        "static",
        ("On-Write Static AI",),
        False,
    ),
    ThreatKind(
        "mimikatz.exe",
        "Hacktool",
        "C:\\Tools\\mimikatz.exe",
        "suspicious",
        "dynamic",
        ("DBT - Executables",),
        False,
    ),
    ThreatKind("powershell.exe", "Ransomware", "", "malicious", "dynamic", ("Behavioral AI", "Manual"), True),
    ThreatKind(
        "xmrig", "Cryptominer", "/tmp/.cache/xmrig", "malicious", "static", ("On-Write Static AI",), False
    ),
    ThreatKind(
        "libbad.dylib",
        "PUA",
        "/Users/jose/Library/Ünïcødé/libbad.dylib",
        "suspicious",
        "static",
        ("Intelligence",),
        False,
    ),
    ThreatKind("", "Manual", "", "malicious", "dynamic", ("Manual",), True),
    # A classification outside the documented list.
    ThreatKind(
        "новый_вирус.scr",
        "Generic.FutureClass",
        "D:\\Share\\новый_вирус.scr",
        "n/a",
        "static",
        ("Reputation",),
        False,
    ),
)
MITRE_INDICATORS = (
    ("Evasion", "Indirect command was executed", "Defense Evasion", ("T1202",)),
    (
        "Persistence",
        "Application registered itself to become persistent via scheduled task",
        "Persistence",
        ("T1053.005",),
    ),
    ("InfoStealer", "Harvesting of browser credentials", "Credential Access", ("T1555.003", "T1539")),
    ("Exploitation", "Shellcode execution detected", "Execution", ("T1203",)),
)


class AlertRule(NamedTuple):
    name: str
    severity: str
    s1ql: str
    event_type: str
    treat_as_threat: str | None


ALERT_RULES = (
    AlertRule("user-alerts", "Critical", "EndpointName exists", "REGVALUEMODIFIED", "Malicious"),
    AlertRule(
        "Suspicious PowerShell",
        "High",
        "TgtProcName = 'powershell.exe' AND CmdLine contains '-enc'",
        "PROCESSCREATION",
        None,
    ),
    AlertRule("DNS to rare TLD", "Medium", "DnsRequest contains '.zip'", "DNS", None),
    AlertRule(
        "Failed logons burst",
        "Low",
        "EventType = 'Login' AND LoginIsSuccessful = false",
        "LOGIN",
        "Suspicious",
    ),
    AlertRule("Ünïcødé rule – Größe", "Critical", "FilePath contains 'Größe'", "FILECREATION", "UNDEFINED"),
    # A severity outside the documented set.
    AlertRule("Experimental rule", "Informational", "SrcProcName = 'x'", "IP_CONNECT", None),
)
PROCESS_NAMES = (
    "powershell.exe",
    "cmd.exe",
    "explorer.exe",
    "bash",
    "python3",
    "chrome.exe",
    "svchost.exe",
    "Größe.exe",
)


class App(NamedTuple):
    name: str
    vendor: str
    versions: tuple[str, ...]
    cpe_product: str | None
    cves: tuple[tuple[str, str, str, str], ...]  # (cveId, baseScore, severity, publishedDate)


APPS = (
    App(
        "7-Zip",
        "Igor Pavlov",
        ("22.01", "23.01", "19.00"),
        "7-zip:7-zip",
        (("CVE-2025-0411", "7.00", "HIGH", "2025-01-20T07:04:04Z"),),
    ),
    App("Brave", "Brave Software Inc", ("112.1.50.121", "1.63.169"), "brave:brave", ()),
    App("Elastic Agent", "Elastic", ("8.17.3", "8.14.1"), "elastic:elastic_agent", ()),
    App(
        "Microsoft Edge",
        "Microsoft Corporation",
        ("112.0.1722.68", "124.0.2478.80"),
        "microsoft:edge",
        (("CVE-2024-29057", "4.30", "MEDIUM", "2024-03-22T22:15:00Z"),),
    ),
    App(
        "Microsoft Edge WebView2 Runtime",
        "Microsoft Corporation",
        ("112.0.1722.64",),
        None,
        (("CVE-2024-26247", "4.70", "MEDIUM", "2024-03-22T22:15:00Z"),),
    ),
    App(
        "VMware Tools",
        "VMware, Inc.",
        ("10.3.10.12406962", "12.3.5"),
        "vmware:tools",
        (("CVE-2022-22977", "7.10", "HIGH", "2022-05-24T19:15:00Z"),),
    ),
    App(
        "PuTTY release",
        "Simon Tatham",
        ("0.77.0.0", "0.81.0.0"),
        "putty:putty",
        (("CVE-2024-31497", "5.90", "MEDIUM", "2024-04-15T20:15:00Z"),),
    ),
    App(
        "Google Chrome",
        "Google LLC",
        ("124.0.6367.91", "120.0.6099.130"),
        "google:chrome",
        (("CVE-2023-7024", "8.80", "HIGH", "2023-12-21T23:15:00Z"),),
    ),
    App("Mozilla Firefox (x64 de)", "Mozilla", ("125.0.3", "115.10.0"), "mozilla:firefox", ()),
    App(
        "Notepad++",
        "Notepad++ Team",
        ("8.6.5", "8.4.2"),
        "notepad-plus-plus:notepad\\+\\+",
        (("CVE-2023-40031", "7.80", "HIGH", "2023-08-25T21:15:00Z"),),
    ),
    App("Python 3.11.7 (64-bit)", "Python Software Foundation", ("3.11.7150.0",), "python:python", ()),
    App(
        "Zoom Workplace",
        "Zoom Video Communications, Inc.",
        ("6.0.2", "5.17.11"),
        "zoom:zoom",
        (("CVE-2024-24691", "9.60", "CRITICAL", "2024-02-14T00:15:00Z"),),
    ),
    App(
        "OpenSSH",
        "OpenBSD",
        ("8.9p1", "9.6p1"),
        "openbsd:openssh",
        (("CVE-2024-6387", "8.10", "HIGH", "2024-07-01T13:15:00Z"),),
    ),
    App(
        "curl",
        "curl",
        ("7.81.0", "8.5.0"),
        "haxx:curl",
        (("CVE-2023-38545", "9.80", "CRITICAL", "2023-10-18T04:15:00Z"),),
    ),
    App(
        "Microsoft 365 Apps for enterprise - de-de", "Microsoft Corporation", ("16.0.17531.20152",), None, ()
    ),
    App("Slack", "Slack Technologies Inc.", ("4.37.101",), "slack:slack", ()),
    App(
        "WinRAR 6.02 (64-bit)",
        "win.rar GmbH",
        ("6.02.0",),
        "rarlab:winrar",
        (("CVE-2023-38831", "7.80", "HIGH", "2023-08-23T17:15:00Z"),),
    ),
    App(
        "Adobe Acrobat Reader DC",
        "Adobe Systems Incorporated",
        ("23.008.20470", "24.002.20736"),
        "adobe:acrobat_reader_dc",
        (),
    ),
    App("git", "The Git Development Community", ("2.34.1", "2.45.1"), "git-scm:git", ()),
    App("日本語入力システム", "株式会社サンプル", ("1.0.0",), None, ()),
    App("", "", ("",), None, ()),  # rows with empty names exist in real inventories
    App("Docker Desktop", "Docker Inc.", ("4.30.0",), "docker:desktop", ()),
    App(
        "Wireshark 4.2.5 x64",
        "The Wireshark developer community, https://www.wireshark.org",
        ("4.2.5",),
        "wireshark:wireshark",
        (),
    ),
)
