"""java.util.Formatter for the conversions scripts use: %s %d %f %e %x %o %c %b %n %%."""

from __future__ import annotations

import re
from typing import Any

from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.painless import runtime as rt

_SPEC = re.compile(r"%(\d+\$)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])")


class MissingFormatArgumentException(IllegalArgumentException):
    java_class = "java.util.MissingFormatArgumentException"


class UnknownFormatConversionException(IllegalArgumentException):
    java_class = "java.util.UnknownFormatConversionException"


class IllegalFormatConversionException(IllegalArgumentException):
    java_class = "java.util.IllegalFormatConversionException"


def java_format(fmt: str, args: list[Any]) -> str:
    out: list[str] = []
    pos = 0
    next_arg = 0
    for m in _SPEC.finditer(fmt):
        out.append(fmt[pos : m.start()])
        pos = m.end()
        index, flags, width, precision, conv = m.groups()
        if conv == "%":
            out.append("%")
            continue
        if conv == "n":
            out.append("\n")
            continue
        if index:
            i = int(index[:-1]) - 1
        else:
            i = next_arg
            next_arg += 1
        if i >= len(args):
            raise MissingFormatArgumentException(f"Format specifier '{m.group(0)}'")
        out.append(_convert(args[i], flags, width, precision, conv))
    out.append(fmt[pos:])
    return "".join(out)


def _convert(v: Any, flags: str, width: str | None, precision: str | None, conv: str) -> str:
    pyflags = "".join(f for f in flags if f in "-+ 0,#")
    spec = pyflags.replace("-", "<") if "-" in pyflags else pyflags
    w = width or ""
    lower = conv.lower()
    if lower == "s":
        text = rt.to_string(v)
        if precision:
            text = text[: int(precision[1:])]
    elif lower == "b":
        text = "false" if v is None else ("true" if type(v) is not bool or v else "false")
    elif lower == "c":
        text = str(v) if not isinstance(v, int) else chr(v)
    elif lower in ("d", "x", "o"):
        if rt.num_kind(v) not in (rt.INT, rt.LONG, rt.SHORT, rt.BYTE, rt.BIG):
            raise IllegalFormatConversionException(f"{conv} != {rt.class_name(v)}")
        n = int(v)
        if lower == "x" and n < 0:
            n &= 0xFFFFFFFFFFFFFFFF if rt.num_kind(v) == rt.LONG else 0xFFFFFFFF
        text = format(
            n, ("," if "," in flags else "") + ("x" if lower == "x" else "o" if lower == "o" else "d")
        )
        if "+" in flags and n >= 0 and lower == "d":
            text = "+" + text
    elif lower in ("f", "e"):
        if rt.num_kind(v) not in (rt.DOUBLE, rt.FLOAT):
            raise IllegalFormatConversionException(f"{conv} != {rt.class_name(v)}")
        p = int(precision[1:]) if precision else 6
        text = format(float(v), f"{',' if ',' in flags else ''}.{p}{lower}")
        if lower == "e":
            mant, exp = text.split("e")
            text = f"{mant}e{exp[0]}{exp[1:].zfill(2)}"
    else:
        raise UnknownFormatConversionException(f"Conversion = '{conv}'")
    if conv.isupper():
        text = text.upper()
    if w:
        if "-" in flags:
            text = text.ljust(int(w))
        elif "0" in flags and lower not in ("s", "b", "c"):
            sign = text[0] if text[:1] in "+-" else ""
            text = sign + text[len(sign) :].rjust(int(w) - len(sign), "0")
        else:
            text = text.rjust(int(w))
    del spec
    return text


__all__ = ["JavaException", "java_format"]
