"""Groups: small, rarely changing, keyed on updatedAt (sentinelone-api.md §3.6). The
registrationToken is a secret on real consoles; here it is a random-looking fake."""

from __future__ import annotations

import base64
from typing import Any

from s1elastic.simulator import catalog
from s1elastic.simulator.resources.base import TimedResource
from s1elastic.simulator.templates import NULL, Slot, Template, jbool, jid, jint, js, jts
from s1elastic.simulator.world import Scope

S = Slot
_TEMPLATE = Template(
    {
        "createdAt": S("createdAt"),
        "creator": S("creator"),
        "creatorId": S("creatorId"),
        "filterId": S("filterId"),
        "filterName": S("filterName"),
        "id": S("id"),
        "inherits": S("inherits"),
        "isDefault": S("isDefault"),
        "name": S("name"),
        "rank": S("rank"),
        "registrationToken": S("registrationToken"),
        "siteId": S("siteId"),
        "totalAgents": S("totalAgents"),
        "type": S("type"),
        "updatedAt": S("updatedAt"),
    }
)


class Groups(TimedResource):
    name = "groups"
    path = "/groups"
    endpoint = "groups"
    ignored_params = frozenset({"type", "isDefault", "name", "query", "rank"})
    malformations = (
        ("totalAgents", b'"12"'),
        ("rank", b'"high"'),
        ("inherits", b'"yes"'),
        ("siteId", b"475482421366727779"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        counts = [0] * self.world.n_groups
        for a in range(self.world.n_agents):
            counts[self.world.agent_group(a)] += 1
        self._agent_counts = counts

    def agent_index(self, i: int) -> int:
        return 0

    def scope(self, i: int) -> Scope:
        return self.world.scopes[i % self.world.n_groups]

    def render(self, i: int, k: int, updated_us: int) -> bytes:
        g = i % self.world.n_groups
        sc = self.world.scopes[g]
        v = self.attr(i)
        dynamic = not self.world.group_is_default(g) and (v >> 3) % 4 == 0
        kind = "dynamic" if dynamic else ("static" if (v >> 5) % 30 else "pinned")  # "pinned": undocumented
        token = base64.b64encode(b"sim-registration:" + v.to_bytes(8, "big") + i.to_bytes(4, "big")).decode()
        creator = catalog.USER_NAMES[(v >> 7) % len(catalog.USER_NAMES)]
        values = {
            "createdAt": jts(self.timeline.created(i)),
            "updatedAt": jts(updated_us),
            "creator": js(creator),
            "creatorId": jid(1_503_807_937_830_229_037 + (v >> 11) % 50) if creator else NULL,
            "filterId": jid(1_900_000_000_000_000_000 + i) if dynamic else NULL,
            "filterName": js(f"Filter für {sc.group_name}") if dynamic else NULL,
            "id": jid(sc.group_id if i < self.world.n_groups else self.object_id(i)),
            "inherits": jbool((v >> 13) % 3 != 0),
            "isDefault": jbool(self.world.group_is_default(g)),
            "name": js(sc.group_name),
            "rank": NULL if not dynamic else jint(1 + (v >> 15) % 10),
            "registrationToken": js(token),
            "siteId": jid(sc.site_id),
            "totalAgents": jint(self._agent_counts[g] + (k + 1)),
            "type": js(kind),
        }
        if self.is_malformed(i):
            self.malform(i, values)
        return _TEMPLATE.render(values)
