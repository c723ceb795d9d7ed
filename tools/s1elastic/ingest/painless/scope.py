"""Compile-time variables: slots in a frame list, block scopes, and captures into lambdas."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Variable:
    name: str
    type: str
    slot: int
    readonly: bool = False


@dataclass
class FrameLayout:
    """One runtime frame (the script body, a function or a lambda): how many slots it needs."""

    parent: Scope | None = None  # the scope a lambda was written in (None: no captures)
    size: int = 0
    captures: list[tuple[int, int]] = field(default_factory=list)  # (outer slot, inner slot)
    captured: dict[int, Variable] = field(default_factory=dict)  # outer slot -> inner variable

    def new_slot(self) -> int:
        self.size += 1
        return self.size - 1


class Scope:
    """A block scope inside one frame."""

    def __init__(self, frame: FrameLayout, parent: Scope | None = None) -> None:
        self.frame = frame
        self.parent = parent
        self.vars: dict[str, Variable] = {}

    def child(self) -> Scope:
        return Scope(self.frame, self)

    def declare(self, name: str, type_name: str, readonly: bool = False) -> Variable | None:
        """A new variable, or None when the name is already visible (Painless forbids shadowing)."""
        if self.lookup_local(name) is not None:
            return None
        var = Variable(name, type_name, self.frame.new_slot(), readonly)
        self.vars[name] = var
        return var

    def lookup_local(self, name: str) -> Variable | None:
        scope: Scope | None = self
        while scope is not None and scope.frame is self.frame:
            if name in scope.vars:
                return scope.vars[name]
            scope = scope.parent
        return None

    def lookup(self, name: str) -> Variable | None:
        """A visible variable; one from an enclosing frame is captured into this frame."""
        local = self.lookup_local(name)
        if local is not None:
            return local
        outer_scope = self.frame.parent
        if outer_scope is None:
            return None
        outer = outer_scope.lookup(name)
        if outer is None:
            return None
        existing = self.frame.captured.get(outer.slot)
        if existing is not None:
            return existing
        inner = Variable(name, outer.type, self.frame.new_slot(), True)
        self.frame.captures.append((outer.slot, inner.slot))
        self.frame.captured[outer.slot] = inner
        return inner
