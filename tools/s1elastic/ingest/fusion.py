"""Fused steps: an `if` that tests the very field its processor works on, run as one walk.

Integration pipelines guard most field processors with a test of that same field:

    - rename: {field: a.b.c, target_field: x.y, ignore_missing: true, if: "ctx.a?.b?.c != null"}

Elasticsearch evaluates the condition (a walk of ctx) and then the processor walks the same path
again. When the condition is one null-safe chain test over exactly the processor's field, the
executor runs a single closure instead: walk once to the parent map, judge the value there, and
hand (parent, value) to the processor's `at_field` operation. The condition is, at that moment,
known to hold, so an operation that meets anything unusual simply runs the processor's own
`execute`; and the walk hands anything it does not expect (a non-map on the way, a value the test
cannot judge alone) to the unfused conditional. Results and errors are those of the pair
(differential tests in tests/ingest/test_fusion.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from s1elastic.ingest.document import METADATA_KEYS, FieldPath, IngestDocument
from s1elastic.ingest.group_code import (
    APPLY,
    CALL,
    DELETE,
    EQUALS,
    MOVE,
    NOT_NULL,
    NOT_STRINGS,
    MemberPlan,
    MoveSpec,
    compile_group,
)
from s1elastic.ingest.group_code import (
    IS_STRING as IS_STRING,  # the tests a FieldTest makes, used by the Painless compiler
)

Step = Callable[[IngestDocument], "IngestDocument | None"]
AtField = Callable[[IngestDocument, dict[str, Any], Any], "IngestDocument | None"]

_METADATA = frozenset(METADATA_KEYS)


@dataclass(frozen=True, slots=True)
class FieldTest:
    """A condition that is one test of one field: `ctx.k0?.k1?.….kn <kind> [operand]`.

    Every link after the first is null-safe, so a null anywhere on the way makes the test false.
    """

    keys: tuple[str, ...]
    kind: str
    operand: str | None = None

    def covers(self, path: FieldPath) -> bool:
        """True when the test reads exactly `path` of the document's source (no metadata leaf)."""
        if path.in_ingest or path.parts != self.keys:
            return False
        return len(self.keys) > 1 or self.keys[0] not in _METADATA


def fused_step(test: FieldTest, at_field: AtField, unfused: Step) -> Step:
    """One closure for `if: <test>` + the processor whose `at_field` operation is given.

    The walk calls `dict.get` unbound: it refuses anything but a map with a TypeError (a list, a
    string or a scalar on the way: the unfused conditional decides), and a null on the way ends a
    null-safe chain, so the test is false. Map subclasses (LinkedHashMap, TreeMap) read like maps
    in both the condition and the processors, so they walk through too.
    """
    head, leaf = test.keys[:-1], test.keys[-1]
    kind, operand = test.kind, test.operand
    dict_get = dict.get
    not_strings = NOT_STRINGS
    form = inline_form(at_field)

    if kind is NOT_NULL:
        # The most common test gets its own copy of the walk: without the kind dispatch it saves
        # ~5 interpreter steps on every fused processor (measured: ~2% of the bench pipeline).

        def not_null_step(doc: IngestDocument) -> IngestDocument | None:
            parent: Any = doc.source
            try:
                for key in head:
                    parent = dict_get(parent, key)
                    if parent is None:
                        return doc
                value = dict_get(parent, leaf)
            except TypeError:
                return unfused(doc)
            if value is None:
                return doc
            return at_field(doc, parent, value)

        return not_null_step

    def step(doc: IngestDocument) -> IngestDocument | None:
        parent: Any = doc.source
        try:
            for key in head:
                parent = dict_get(parent, key)
                if parent is None:
                    return doc
            value = dict_get(parent, leaf)
        except TypeError:
            return unfused(doc)
        if kind is EQUALS:
            if value != operand or type(value) is not str:
                return doc
        elif type(value) is not str:
            if value is not None and type(value) not in not_strings:
                return unfused(doc)  # a value `instanceof` must judge (a str subclass, a Java type)
            return doc
        # The value is a str here: an inline form needs no call of the operation.
        if form is None:
            return at_field(doc, parent, value)
        if form is DELETE_FIELD:
            del parent[leaf]
        else:
            parent[leaf] = form(value)
        return doc

    return step


# Operations a group can run without calling them (saving a Python call per member): one that
# deletes the field, one that stores `apply(value)` in place when the value is a str (for any
# other value the operation itself is called), and a `MoveTo`. Marked on the operation function
# (`inline`).
DELETE_FIELD = "delete_field"
_INLINE = "_fusion_inline"
_SCALARS = frozenset((str, int, float, bool))


@dataclass(frozen=True, slots=True)
class MoveTo:
    """A move of the field's scalar value to `target` in the source (rename's operation).

    A group does only the plain successes itself: the target's parent chain is maps or missing,
    and the target leaf is free (or `override`). Anything else, before anything has changed, goes
    to the operation, which knows every error and the way back.
    """

    steps: tuple[tuple[str, tuple[str, ...]], ...]  # each parent key with the keys below it
    leaf: str
    override: bool


def inline(operation: AtField, form: Any) -> AtField:
    """Mark `operation` as one a group may run inline: `DELETE_FIELD`, or a str function to apply."""
    setattr(operation, _INLINE, form)
    return operation


def inline_form(operation: AtField, *, moves: bool = False) -> Any:
    """What `inline` marked `operation` with, or None (also for a `MoveTo` unless `moves`: only a
    group runs moves itself)."""
    form = getattr(operation, _INLINE, None)
    return None if type(form) is MoveTo and not moves else form


@dataclass(frozen=True, slots=True)
class GroupMember:
    """One fused step of a group: its processor (for failure reports), test, operation and the
    unfused conditional it falls back on."""

    processor: Any
    test: FieldTest
    operation: AtField
    unfused: Step


def cuts_chain(changed: tuple[FieldPath, ...] | None, head: tuple[str, ...]) -> bool:
    """True when setting or removing one of `changed` (None: not known) may replace or drop a map on
    the chain `head` (the path itself or one of its parents), so a walk to it must be redone."""
    if changed is None:
        return True
    depth = len(head)
    for path in changed:
        parts = path.parts
        if not path.in_ingest and len(parts) <= depth and parts == head[: len(parts)]:
            return True
    return False


def fused_group(
    members: tuple[GroupMember, ...],
    wrap: Callable[[Any, Any, IngestDocument], Exception],
    failure: type[Exception],
) -> Step:
    """One step for consecutive fused steps whose tests share the chain to the same parent map.

    Integration pipelines run dozens of processors on the fields of one object in a row (renames out
    of `json.x.*`, then lowercase, trim, remove on one ECS object). Each fused step walks to the
    same parent; the group walks once and runs every member against that map, in order. That is
    sound only while no member can replace or remove a map on the chain (`cuts_chain`: the executor
    ends a group after such a member), so the parent a later member would have walked to is the very
    map the group holds. Each member reads its own field when its turn comes, so what an earlier
    member wrote or moved there is seen. No member may drop the document or terminate the pipeline
    (the executor keeps those out), so none of their results needs a look. A failure is wrapped as
    its member's (`wrap`) before it leaves the group, as the CompoundProcessor would have wrapped
    it; `failure` is the exception type a processor raises (JavaException).

    The members run inline where their operation allows it (`inline`): a delete, a str function
    applied in place, a move's plain success. group_code.py writes the group out as one function.

    (Measured: running several groups and single fused steps as one closure, with a walk per
    group, costs more than the calls it saves; a single fused step keeps its own closure.)
    """
    head = members[0].test.keys[:-1]
    return compile_group(head, _group_plans(members), wrap, failure)


def _group_plans(members: tuple[GroupMember, ...]) -> list[MemberPlan]:
    """What each member tests and does, for group_code.

    Renames out of one object often land side by side (`file.hash.md5`, `file.hash.sha1`, …). A move
    may take the map an earlier move of the group reached on the same target chain, without a
    walk, only when no member before it in the group may replace or remove a map on that chain
    (`cuts_chain`): then the map is still the one at that place.
    """
    plans: list[MemberPlan] = []
    for index, member in enumerate(members):
        form = inline_form(member.operation, moves=True)
        move: MoveSpec | None = None
        apply: Callable[[str], Any] | None = None
        if type(form) is MoveTo:
            chain = tuple(key for key, _ in form.steps)
            earlier = (m.processor.changed_paths() for m in members[:index])
            reusable = not any(cuts_chain(changed, chain) for changed in earlier)
            action = MOVE
            move = MoveSpec(form.steps, form.leaf, form.override, reusable)
        elif form is None:
            action = CALL
        elif form is DELETE_FIELD:
            action = DELETE
        else:
            action = APPLY
            apply = form
        test = member.test
        plans.append(
            MemberPlan(
                leaf=test.keys[-1],
                test=test.kind,
                operand=test.operand,
                action=action,
                move=move,
                apply=apply,
                operation=member.operation,
                unfused=member.unfused,
                processor=member.processor,
            )
        )
    return plans
