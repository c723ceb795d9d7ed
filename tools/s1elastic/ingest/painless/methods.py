"""The whitelist: which methods, static fields and constructors each Painless class has.

Methods are keyed by name and arity, as Painless keys them (it has no overloading by type).
`api_*.py` modules register implementations with `@method("String", "int length()")`; a call on a
typed receiver is resolved when compiling, a call on `def` when running (cached per class).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from s1elastic.ingest.painless.types import ancestors


@dataclass(frozen=True, slots=True)
class MethodInfo:
    owner: str
    name: str
    ret: str
    params: tuple[str, ...]
    impl: Callable[..., Any]
    static: bool


_METHODS: dict[str, dict[tuple[str, int], MethodInfo]] = {}
_STATIC_FIELDS: dict[str, dict[str, tuple[str, Any]]] = {}
_CONSTRUCTORS: dict[str, dict[int, MethodInfo]] = {}
_SIG = re.compile(r"^\s*(static\s+)?([\w.\[\]]+)\s+(\w+)\s*\(([^)]*)\)\s*$")


def _parse(sig: str) -> tuple[bool, str, str, tuple[str, ...]]:
    m = _SIG.match(sig)
    if m is None:
        raise ValueError(sig)
    params = tuple(p.strip() for p in m.group(4).split(",") if p.strip())
    return bool(m.group(1)), m.group(2), m.group(3), params


def method(owner: str, *sigs: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register one implementation under one or more signatures of `owner`."""

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        for sig in sigs:
            static, ret, name, params = _parse(sig)
            info = MethodInfo(owner, name, ret, params, fn, static)
            _METHODS.setdefault(owner, {})[(name, len(params))] = info
        return fn

    return deco


def constructor(owner: str, *param_lists: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        for plist in param_lists:
            params = tuple(p.strip() for p in plist.split(",") if p.strip())
            _CONSTRUCTORS.setdefault(owner, {})[len(params)] = MethodInfo(
                owner, "<init>", owner, params, fn, True
            )
        return fn

    return deco


def static_field(owner: str, name: str, type_name: str, value: Any) -> None:
    _STATIC_FIELDS.setdefault(owner, {})[name] = (type_name, value)


_CACHE: dict[tuple[str, str, int], MethodInfo | None] = {}


def find_method(cls: str, name: str, arity: int) -> MethodInfo | None:
    """Instance or static method `name/arity` of `cls` or its supertypes."""
    key = (cls, name, arity)
    try:
        return _CACHE[key]
    except KeyError:
        pass
    _ensure_loaded()
    found = None
    for c in ancestors(cls):
        info = _METHODS.get(c, {}).get((name, arity))
        if info is not None:
            found = info
            break
    _CACHE[key] = found
    return found


def find_static(cls: str, name: str, arity: int) -> MethodInfo | None:
    _ensure_loaded()
    info = _METHODS.get(cls, {}).get((name, arity))
    return info if info is not None and info.static else None


def find_static_field(cls: str, name: str) -> tuple[str, Any] | None:
    _ensure_loaded()
    return _STATIC_FIELDS.get(cls, {}).get(name)


def find_constructor(cls: str, arity: int) -> MethodInfo | None:
    _ensure_loaded()
    return _CONSTRUCTORS.get(cls, {}).get(arity)


def has_methods_named(cls: str, name: str) -> bool:
    _ensure_loaded()
    return any(n == name for c in ancestors(cls) for (n, _a) in _METHODS.get(c, {}))


_GETTER_CACHE: dict[tuple[str, str], Any] = {}


def find_getter(cls: str, name: str) -> Callable[[Any], Any] | None:
    """A zero-argument `getName()` / `isName()` method, which Painless exposes as field `name`."""
    key = (cls, name)
    if key in _GETTER_CACHE:
        return _GETTER_CACHE[key]  # type: ignore[no-any-return]
    cap = name[:1].upper() + name[1:]
    found = None
    for prefix in ("get", "is"):
        info = find_method(cls, prefix + cap, 0)
        if info is not None and not info.static:
            found = info.impl
            break
    _GETTER_CACHE[key] = found
    return found


_LOADED = False
_LOADING = False
# Threads compiling their first scripts at the same time wait here until every table is filled;
# re-entrant because the api modules' own imports come back through this function.
_LOAD_LOCK = threading.RLock()


def _ensure_loaded() -> None:
    global _LOADED, _LOADING
    if _LOADED:
        return
    with _LOAD_LOCK:
        if _LOADED or _LOADING:
            return
        _LOADING = True
        try:
            from s1elastic.ingest.painless import (  # noqa: F401
                api_base64,
                api_bigdecimal,
                api_biginteger,
                api_bitset,
                api_byte_short,
                api_chars,
                api_collections,
                api_comparator,
                api_deque,
                api_ingest,
                api_joiner,
                api_lang,
                api_lang_bits,
                api_locale,
                api_math,
                api_net,
                api_optional,
                api_regex,
                api_script_fields,
                api_stream,
                api_summary_stats,
                api_text,
                api_text_decimal,
                api_time,
                api_util_more,
                api_uuid,
            )
        finally:
            _LOADING = False
        _LOADED = True
