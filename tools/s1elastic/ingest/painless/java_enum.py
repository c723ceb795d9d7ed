"""Java enum constants for Painless: one object per constant, so `===` and `==` hold as in Java.

`register_enum` gives an allowlisted enum its constants as static fields and the members every
enum has (`valueOf`, `values`, `name`, `ordinal`, `compareTo`), with the JDK's texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import method, static_field
from s1elastic.ingest.painless.values import JArray


class EnumConstant:
    """One constant of a Java enum; a subclass per enum names its Java and Painless classes."""

    __slots__ = ("name", "ordinal")
    JAVA_CLASS: ClassVar[str]
    PAINLESS_CLASS: ClassVar[str]

    def __init__(self, name: str, ordinal: int) -> None:
        self.name = name
        self.ordinal = ordinal

    def java_to_string(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"{self.PAINLESS_CLASS}.{self.name}"


def value_of(constants: Sequence[Any], canonical_name: str, name: Any) -> Any:
    """Enum.valueOf: the constant called `name` (the message names the enum's canonical name)."""
    if name is None:
        raise NullPointerException("Name is null")
    for constant in constants:
        if constant.name == name:
            return constant
    raise IllegalArgumentException(f"No enum constant {canonical_name}.{name}")


def register_enum(constants: Sequence[EnumConstant], canonical_name: str) -> None:
    """Static fields for the constants, and valueOf/values/name/ordinal/compareTo."""
    owner = type(constants[0]).PAINLESS_CLASS
    kind = type(constants[0])
    for constant in constants:
        static_field(owner, constant.name, owner, constant)

    def compare_to(constant: EnumConstant, other: Any) -> int:
        if other is None:
            raise NullPointerException(None)
        if type(other) is not kind:
            raise rt.java_cce(other, owner)
        return constant.ordinal - int(other.ordinal)

    method(owner, f"static {owner} valueOf(String)")(lambda name: value_of(constants, canonical_name, name))
    method(owner, f"static {owner}[] values()")(lambda: JArray(owner, list(constants)))
    method(owner, "String name()")(lambda constant: constant.name)
    method(owner, "int ordinal()")(lambda constant: constant.ordinal)
    method(owner, f"int compareTo({owner})")(compare_to)
