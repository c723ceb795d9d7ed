"""java.text.Normalizer and Normalizer.Form (api_text) against the JDK.

FORMS_TABLE: each input was normalized by Temurin 25 (java.text.Normalizer, Unicode 16.0) in the
four forms, NFD, NFC, NFKD, NFKC (Normalizer.Form.values() order), printing each result and
isNormalized(input, form); the outputs were frozen here with non-ASCII UTF-16 units as \\u escapes
(a surrogate pair is one supplementary character in our strings). All inputs use characters that
Unicode 14.0 (Python 3.11's unicodedata) already has.

SCRIPT_CASES: the enum's members, the JDK's exception texts (same run), and accent stripping the
way a Painless script can do it (String.replaceAll(String, String) is not allowlisted, a regex
literal's matcher is).
"""

from __future__ import annotations

import pytest
from painless_helpers import outcome, run_script

NPE = "null_pointer_exception"
IAE = "illegal_argument_exception"
CCE = "class_cast_exception"


def _text(utf16: str) -> str:
    """A Java string written with \\u escapes (surrogate pairs as two units) as one of ours."""
    return utf16.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


FORMS_TABLE = [
    (
        "Cr\u00e8me br\u00fbl\u00e9e",
        (
            ("Cre\u0300me bru\u0302le\u0301e", False),
            ("Cr\u00e8me br\u00fbl\u00e9e", True),
            ("Cre\u0300me bru\u0302le\u0301e", False),
            ("Cr\u00e8me br\u00fbl\u00e9e", True),
        ),
    ),
    ("e\u0301", (("e\u0301", True), ("\u00e9", False), ("e\u0301", True), ("\u00e9", False))),
    ("\u00e9", (("e\u0301", False), ("\u00e9", True), ("e\u0301", False), ("\u00e9", True))),
    ("\ufb01ance", (("\ufb01ance", True), ("\ufb01ance", True), ("fiance", False), ("fiance", False))),
    (
        "\u2460\u00bd",
        (("\u2460\u00bd", True), ("\u2460\u00bd", True), ("11\u20442", False), ("11\u20442", False)),
    ),
    (
        "\u1e9b\u0323",
        (("\u017f\u0323\u0307", False), ("\u1e9b\u0323", True), ("s\u0323\u0307", False), ("\u1e69", False)),
    ),
    ("\uac00", (("\u1100\u1161", False), ("\uac00", True), ("\u1100\u1161", False), ("\uac00", True))),
    (
        "\u1100\u1161\u11a8",
        (("\u1100\u1161\u11a8", True), ("\uac01", False), ("\u1100\u1161\u11a8", True), ("\uac01", False)),
    ),
    (
        "A\u030a\u212b\u00c5",
        (
            ("A\u030aA\u030aA\u030a", False),
            ("\u00c5\u00c5\u00c5", False),
            ("A\u030aA\u030aA\u030a", False),
            ("\u00c5\u00c5\u00c5", False),
        ),
    ),
    (
        "x\u0307\u0323",
        (
            ("x\u0323\u0307", False),
            ("\u1e8b\u0323", False),
            ("x\u0323\u0307", False),
            ("\u1e8b\u0323", False),
        ),
    ),
    ("\ud835\udc00bc", (("\ud835\udc00bc", True), ("\ud835\udc00bc", True), ("Abc", False), ("Abc", False))),
    (
        "\u0958",
        (("\u0915\u093c", False), ("\u0915\u093c", False), ("\u0915\u093c", False), ("\u0915\u093c", False)),
    ),
    ("\u2126", (("\u03a9", False), ("\u03a9", False), ("\u03a9", False), ("\u03a9", False))),
    ("\u01c4", (("\u01c4", True), ("\u01c4", True), ("DZ\u030c", False), ("D\u017d", False))),
    ("", (("", True), ("", True), ("", True), ("", True))),
    (
        "plain ascii",
        (("plain ascii", True), ("plain ascii", True), ("plain ascii", True), ("plain ascii", True)),
    ),
]


@pytest.mark.parametrize(("src", "expected"), FORMS_TABLE, ids=[f"row{i}" for i in range(len(FORMS_TABLE))])
def test_forms(src: str, expected: tuple[tuple[str, bool], ...]) -> None:
    source = (
        "def out = []; for (Normalizer.Form f : Normalizer.Form.values()) {"
        " out.add(Normalizer.normalize(ctx.s, f)); out.add(Normalizer.isNormalized(ctx.s, f)); }"
        " ctx.r = out;"
    )
    got = run_script(source, {"s": _text(src)})["r"]
    want = [x for text, flag in expected for x in (_text(text), flag)]
    assert got == want


SCRIPT_CASES = [
    ("values", "return Arrays.asList(Normalizer.Form.values());", ("ok", "[NFD, NFC, NFKD, NFKC]")),
    (
        "value_of",
        "Normalizer.Form f = Normalizer.Form.valueOf('NFKC'); return f.name() + ' ' + f.ordinal() + ' ' + f;",
        ("ok", "NFKC 3 NFKC"),
    ),
    (
        "value_of_is_the_constant",
        "return Normalizer.Form.valueOf('NFD') == Normalizer.Form.NFD;",
        ("ok", "true"),
    ),
    ("compare_to", "return Normalizer.Form.NFKD.compareTo(Normalizer.Form.NFD);", ("ok", "2")),
    (
        "value_of_bad",
        "return Normalizer.Form.valueOf('nfc');",
        (IAE, "No enum constant java.text.Normalizer.Form.nfc"),
    ),
    ("value_of_null", "return Normalizer.Form.valueOf(null);", (NPE, "Name is null")),
    (
        "normalize_null_text",
        "return Normalizer.normalize(null, Normalizer.Form.NFC);",
        (NPE, 'Cannot invoke "java.lang.CharSequence.toString()" because "src" is null'),
    ),
    (
        "normalize_null_form",
        "return Normalizer.normalize('x', null);",
        (NPE, 'Cannot invoke "java.text.Normalizer$Form.ordinal()" because "form" is null'),
    ),
    (
        "is_normalized_null_text",
        "return Normalizer.isNormalized(null, Normalizer.Form.NFC);",
        (NPE, 'Cannot invoke "java.lang.CharSequence.toString()" because "src" is null'),
    ),
    (
        "is_normalized_null_form",
        "return Normalizer.isNormalized('x', null);",
        (NPE, 'Cannot invoke "java.text.Normalizer$Form.ordinal()" because "form" is null'),
    ),
    (
        "string_builder",
        "StringBuilder b = new StringBuilder('e'); b.append((char) 0x301); return Normalizer.normalize(b, Normalizer.Form.NFC).length();",
        ("ok", "1"),
    ),
    (
        "def_receiver",
        "def n = Normalizer.Form.NFD; return Normalizer.normalize('\u00e9', n).length();",
        ("ok", "2"),
    ),
    (
        "strip_accents",
        "return /\\p{M}/.matcher(Normalizer.normalize('Cr\u00e8me br\u00fbl\u00e9e \u00c5ngstr\u00f6m', Normalizer.Form.NFD)).replaceAll('');",
        ("ok", "Creme brulee Angstrom"),
    ),
    (
        "strip_accents_in_combining_block",
        "return /[\\u0300-\\u036f]/.matcher(Normalizer.normalize('na\u00efve caf\u00e9', Normalizer.Form.NFD)).replaceAll('');",
        ("ok", "naive cafe"),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SCRIPT_CASES], ids=[c[0] for c in SCRIPT_CASES]
)
def test_script(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected
