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

NOT_NULL = "not_null"  # ctx.a?.b != null
IS_STRING = "is_string"  # ctx.a?.b instanceof String
EQUALS = "equals"  # ctx.a?.b == 'literal'

Step = Callable[[IngestDocument], "IngestDocument | None"]
AtField = Callable[[IngestDocument, dict[str, Any], Any], "IngestDocument | None"]

_METADATA = frozenset(METADATA_KEYS)
# Exact types `instanceof String` is false for; any other non-string value takes the unfused path.
_NOT_STRINGS = frozenset((dict, list, int, float, bool))


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
    """One closure for `if: <test>` + the processor whose `at_field` operation is given."""
    head, leaf = test.keys[:-1], test.keys[-1]
    kind, operand = test.kind, test.operand
    not_strings = _NOT_STRINGS

    def step(doc: IngestDocument) -> IngestDocument | None:
        parent: Any = doc.source
        if type(parent) is not dict:
            return unfused(doc)
        for key in head:
            parent = parent.get(key)
            if type(parent) is not dict:
                if parent is None:
                    return doc  # null-safe chain: the test is false
                return unfused(doc)
        value = parent.get(leaf)
        if kind is NOT_NULL:
            if value is None:
                return doc
        elif kind is IS_STRING:
            if type(value) is not str:
                if value is None or type(value) in not_strings:
                    return doc
                return unfused(doc)
        elif type(value) is not str or value != operand:
            return doc
        return at_field(doc, parent, value)

    return step
