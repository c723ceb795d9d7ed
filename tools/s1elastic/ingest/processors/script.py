"""script: runs inline Painless with the document as `ctx`.

Options are read like Script.parse: `source` (or the deprecated `inline`) or `id`, `lang`
(painless), `params`, `options`; any other key is `[script] unknown field [x]`. A plain string
config is the source (handled by the loader). Stored scripts do not exist here, so `id` fails as an
empty cluster state would (`unable to find script [x] in cluster state`). Compile errors surface at
load with the processor's type and tag. After the script, the document must not contain itself
(CollectionUtils.ensureNoSelfReferences).

That check only runs where a cycle may be: the document is acyclic before the script (every script
run ends with this check; other processors copy values), so a cycle after it must pass through a
reference the script added, i.e. a container it stored into a container. Painless notes every such
store (`CompiledScript.execute_tracked`); no store, no check; otherwise each stored container is
walked, and only when one of them reaches a cycle (which may lie outside ctx) or a store was of
unknown values does the whole document decide.
"""

from __future__ import annotations

from typing import Any, ClassVar

import orjson

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, ScriptException
from s1elastic.ingest.loader import compile_spec, configuration_error, parse_script
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_LEAVES = frozenset((str, int, bool, float, type(None)))
_SCRIPT_OPTION_KEYS = ("id", "source", "inline", "lang", "params", "options")


_CYCLE_CHECK_OPTIONS = (
    orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
)


def _opaque(value: Any) -> None:
    """Anything orjson does not walk natively (dates, bytes, Float) holds no containers."""
    return None


def ensure_no_self_references(root: dict[str, Any]) -> None:
    """CollectionUtils.ensureNoSelfReferences(ctx, "ingest script"): no container inside itself.

    Fastest path: orjson walks every dict and list (subclasses too) in C and gives up on a cycle
    (recursion limit), so a successful dump proves there is none. On any refusal (a cycle, deep
    nesting, an odd key) the Python walks decide. Next: one iterative walk; if no container is
    reached twice there can be no cycle. Only when a container is shared (legal) or cyclic is the
    exact ancestor-path check run.
    """
    try:
        orjson.dumps(root, default=_opaque, option=_CYCLE_CHECK_OPTIONS)
        return
    except (TypeError, ValueError):
        pass
    seen: set[int] = set()
    stack: list[Any] = [root]
    pop, push, add = stack.pop, stack.append, seen.add
    while stack:
        container = pop()
        marker = id(container)
        if marker in seen:
            _check_ancestors(root, set())
            return
        add(marker)
        for item in container.values() if type(container) is dict else container:
            kind = type(item)
            if kind in _LEAVES:
                continue
            if kind is dict or kind is list or isinstance(item, dict | list):
                push(item)


_MAX_STORED_WALKS = 4  # more stored containers than this: one walk of the whole document instead


def ensure_no_new_self_references(root: dict[str, Any], stored: list[Any]) -> None:
    """ensure_no_self_references(root) after a script run that stored `stored` into containers.

    A cycle in the document after the run contains a reference added by the run, so it contains
    one of the stored containers and is reachable from it: when no stored value reaches a cycle,
    there is none. A cycle found below one may lie outside the document (a local list holding
    itself), so then, as for None (FULL_CHECK: a store of unknown values), the whole document
    decides. Painless is not imported here: the processors load without it.
    """
    if len(stored) <= _MAX_STORED_WALKS:
        try:
            for value in stored:
                if value is None:  # painless.runtime.FULL_CHECK: a store of unknown values
                    break
                orjson.dumps(value, default=_opaque, option=_CYCLE_CHECK_OPTIONS)
            else:
                return
        except (TypeError, ValueError):
            pass
    ensure_no_self_references(root)


def _check_ancestors(value: Any, ancestors: set[int]) -> None:
    if isinstance(value, dict):
        items: Any = value.values()
    elif isinstance(value, list):
        items = value
    else:
        return
    marker = id(value)
    if marker in ancestors:
        raise IllegalArgumentException("Iterable object is self-referencing itself (ingest script)")
    ancestors.add(marker)
    for item in items:
        if isinstance(item, dict | list):
            _check_ancestors(item, ancestors)
    ancestors.discard(marker)


@register
class ScriptProcessor(Processor):
    type_name: ClassVar[str] = "script"

    def __init__(self, tag: str | None, script: Any, source: str) -> None:
        super().__init__(tag)
        self.script = script
        self.source = source
        self._run = script.execute
        self._run_tracked = getattr(script, "execute_tracked", None)
        # a Painless script takes the document's timestamp too (metadata().getNow())
        self._takes_now = bool(getattr(script, "TAKES_NOW", False))
        if self._run_tracked is None:  # a script that does not note its stores: check everything
            self.execute = self._execute_untracked  # type: ignore[method-assign]

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        spec = parse_script(cfg.options)
        for key in _SCRIPT_OPTION_KEYS:
            cfg.options.pop(key, None)
        try:
            script = compile_spec(spec, "ingest", condition=False)
        except ScriptException as exc:
            raise configuration_error(cls.type_name, cfg.tag, None, exc) from None
        cfg.finish()
        return cls(cfg.tag, script, spec.id_or_code)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        source = doc.source
        if self._takes_now:
            # metadata().getNow(): the creation timestamp, which `_ingest.timestamp` starts as
            stored = self._run_tracked(source, doc.ingest.get("timestamp"))  # type: ignore[misc]
        else:
            stored = self._run_tracked(source)  # type: ignore[misc]
        if stored:
            ensure_no_new_self_references(source, stored)
        return doc

    def _execute_untracked(self, doc: IngestDocument) -> IngestDocument | None:
        source = doc.source
        if self._takes_now:
            self._run(source, doc.ingest.get("timestamp"))
        else:
            self._run(source)
        ensure_no_self_references(source)
        return doc
