"""java.text.Normalizer and Normalizer.Form as Painless allowlists them (java.text.txt):
`normalize(CharSequence, Normalizer.Form)`, `isNormalized(CharSequence, Normalizer.Form)`, the
four forms as static fields, `valueOf(String)`, `values()`, and Enum's name/ordinal/compareTo.

Unicode version: the JDK (25) normalizes with Unicode 16.0 data, Python 3.11's unicodedata has
Unicode 14.0. Text made of characters assigned by 14.0 normalizes the same (normalization is
stable across versions); characters first assigned in 15.0/16.0 that have decompositions or
compose (a few scripts new in 16.0, e.g. Kirat Rai, Tulu-Tigalari) are left unchanged here where
the JDK would (de)compose them.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from s1elastic.ingest.errors import NullPointerException
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.java_enum import EnumConstant, register_enum
from s1elastic.ingest.painless.methods import method
from s1elastic.ingest.painless.values import JChar, StringBuilder

_FORM = "Normalizer.Form"


class NormalizerForm(EnumConstant):
    """One java.text.Normalizer.Form constant."""

    __slots__ = ()
    JAVA_CLASS = "java.text.Normalizer$Form"
    PAINLESS_CLASS = _FORM


FORMS = tuple(NormalizerForm(name, i) for i, name in enumerate(("NFD", "NFC", "NFKD", "NFKC")))
register_enum(FORMS, "java.text.Normalizer.Form")


def _char_sequence(x: Any) -> str:
    """A CharSequence argument's text (null is the JDK's helpful NullPointerException)."""
    if x is None:
        raise NullPointerException('Cannot invoke "java.lang.CharSequence.toString()" because "src" is null')
    if isinstance(x, str) and type(x) is not JChar:  # a Character is no CharSequence
        return str(x)
    if isinstance(x, StringBuilder):
        return x.java_to_string()
    raise rt.java_cce(x, "CharSequence")


def _form_arg(form: Any) -> NormalizerForm:
    if form is None:
        raise NullPointerException(
            'Cannot invoke "java.text.Normalizer$Form.ordinal()" because "form" is null'
        )
    if type(form) is not NormalizerForm:
        raise rt.java_cce(form, _FORM)
    return form


@method("Normalizer", "static String normalize(CharSequence, Normalizer.Form)")
def _normalize(src: Any, form: Any) -> str:
    text = _char_sequence(src)
    return unicodedata.normalize(_form_arg(form).name, text)  # type: ignore[arg-type]


@method("Normalizer", "static boolean isNormalized(CharSequence, Normalizer.Form)")
def _is_normalized(src: Any, form: Any) -> bool:
    text = _char_sequence(src)
    return unicodedata.is_normalized(_form_arg(form).name, text)  # type: ignore[arg-type]
