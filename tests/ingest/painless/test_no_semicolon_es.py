"""A script's last statement needs no semicolon, as Elasticsearch's NoSemiColonTests assert.

The rows are its declarations (values and, for arrays, the array class, written here as Painless'
canonical type name) and its bare-expression and return statements.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_value
from painless_helpers import BYTE, CHAR, INT, SHORT, B, D, F, L, S

VALUES = [
    ("byte a = 2; return a", (BYTE, "2")),
    ("short a = 2; return a", (SHORT, "2")),
    ("char a = 2; return a", (CHAR, "\x02")),
    ("int a = 2; return a", (INT, "2")),
    ("long a = 2; return a", (L, "2")),
    ("float a = 2; return a", (F, "2.0")),
    ("double a = 2; return a", (D, "2.0")),
    ("boolean a = false; return a", (B, "false")),
    ('String a = "string"; return a', (S, "string")),
    ("10", (INT, "10")),
    ("5 + 5", (INT, "10")),
    ("return 10", (INT, "10")),
    ("int x = 5; return x", (INT, "5")),
    ("int[] x = new int[2]; x[1] = 4; return x[1]", (INT, "4")),
    ("short[] s = new short[3]; s[1] = 5; return s[1]", (SHORT, "5")),
    ('Map s = new HashMap(); s.put("x", 10); return s.get("x")', (INT, "10")),
]


@pytest.mark.parametrize(("body", "expected"), VALUES, ids=[v[0] for v in VALUES])
def test_value(body: str, expected: tuple[str, str]) -> None:
    assert exec_value(body) == expected


CLASSES = [
    ("Map a = new HashMap(); return a", "java.util.HashMap"),
    ("byte[] a = new byte[1]; return a", "byte[]"),
    ("short[] a = new short[1]; return a", "short[]"),
    ("char[] a = new char[1]; return a", "char[]"),
    ("int[] a = new int[1]; return a", "int[]"),
    ("long[] a = new long[1]; return a", "long[]"),
    ("float[] a = new float[1]; return a", "float[]"),
    ("double[] a = new double[1]; return a", "double[]"),
    ("boolean[] a = new boolean[1]; return a", "boolean[]"),
    ("String[] a = new String[1]; return a", "java.lang.String[]"),
    ("Map[] a = new Map[1]; return a", "java.util.Map[]"),
    ("byte[][] a = new byte[1][2]; return a", "byte[][]"),
    ("short[][][] a = new short[1][2][3]; return a", "short[][][]"),
    ("char[][][][] a = new char[1][2][3][4]; return a", "char[][][][]"),
    ("int[][][][][] a = new int[1][2][3][4][5]; return a", "int[][][][][]"),
    ("long[][] a = new long[1][2]; return a", "long[][]"),
    ("float[][][] a = new float[1][2][3]; return a", "float[][][]"),
    ("double[][][][] a = new double[1][2][3][4]; return a", "double[][][][]"),
    ("boolean[][][][][] a = new boolean[1][2][3][4][5]; return a", "boolean[][][][][]"),
    ("String[][] a = new String[1][2]; return a", "java.lang.String[][]"),
    ("Map[][][] a = new Map[1][2][3]; return a", "java.util.Map[][][]"),
]


@pytest.mark.parametrize(("body", "cls"), CLASSES, ids=[c[0] for c in CLASSES])
def test_declared_class(body: str, cls: str) -> None:
    assert exec_value(body)[0] == cls
