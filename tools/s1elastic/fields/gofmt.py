"""Go's fmt verbs (%v, %q, %T) for JSON-decoded values, so validator messages read exactly like
elastic-package's (which decodes documents with encoding/json: numbers are float64)."""

from __future__ import annotations

import json
import math
from typing import Any


def go_float(value: float) -> str:
    """fmt %v of a float64: shortest digits, exponent form when exp < -4 or exp >= 6 (Go prints 1e+06)."""
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if math.isnan(value):
        return "NaN"
    if value == 0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    text = repr(float(value))
    mantissa, _, exp_text = text.partition("e")
    digits = mantissa.replace("-", "").replace(".", "").lstrip("0").rstrip("0") or "0"
    if exp_text:
        exponent = int(exp_text)
    else:
        int_part = mantissa.replace("-", "").split(".")[0].lstrip("0")
        if int_part:
            exponent = len(int_part) - 1
        else:
            frac = mantissa.replace("-", "").split(".")[1]
            exponent = -(len(frac) - len(frac.lstrip("0")) + 1)
    sign = "-" if value < 0 else ""
    if exponent < -4 or exponent >= 6:
        head = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{head}e{'-' if exponent < 0 else '+'}{abs(exponent):02d}"
    if exponent >= len(digits) - 1:
        return sign + digits + "0" * (exponent - len(digits) + 1)
    if exponent >= 0:
        return f"{sign}{digits[: exponent + 1]}.{digits[exponent + 1 :]}"
    return f"{sign}0.{'0' * (-exponent - 1)}{digits}"


def go_type(value: Any) -> str:
    """%T of a JSON-decoded value."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "float64"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "map[string]interface {}"
    if isinstance(value, list):
        return "[]interface {}"
    return type(value).__name__


def go_v(value: Any) -> str:
    """%v of a JSON-decoded value (maps print with sorted keys, as Go does)."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return go_float(float(value))
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{go_v(value[k])}" for k in sorted(value)) + "]"
    if isinstance(value, list):
        return "[" + " ".join(go_v(v) for v in value) + "]"
    return str(value)


def go_q(value: Any) -> str:
    """%q: a double-quoted string; other kinds print as Go's bad-verb form."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "[" + " ".join(go_q(v) for v in value) + "]"
    return f"%!q({go_type(value)}={go_v(value)})"
