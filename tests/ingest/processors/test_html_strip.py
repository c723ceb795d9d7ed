"""html_strip: inline tags removed, other tags become newlines, entities decoded (HTMLStripCharFilter)."""

from __future__ import annotations

import pytest
from processor_helpers import run


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("<p>Hi <b>there</b></p>", "\nHi there\n", id="block-and-inline"),
        pytest.param("a<br/>b<BR>c", "a\nb\nc", id="br"),
        pytest.param('<div class="x > y">t</div>', "\nt\n", id="quoted-attribute"),
        pytest.param("<span>&amp; &lt; &#65; &#x42; &nbsp;</span>", "& < A B \u00a0", id="entities"),
        pytest.param("x<!-- c -->y<script>var a = '<b>';</script>z", "xy\nz", id="comment-script"),
        pytest.param("a<style>p {}</style>b", "a\nb", id="style"),
        pytest.param("a<script>never closed <b>x</b>", "a", id="unclosed-script"),
        # every tag whose name is not an inline element is a newline, known block element or not
        pytest.param("<foo>x</foo><bx>y</bx>", "\nx\n\ny\n", id="unknown-names"),
        pytest.param("<em>e</em><code>c</code><img src='i'>", "ec", id="inline-names"),
        pytest.param("< p>x</ p>", "\nx\n", id="space-after-bracket"),
        pytest.param("<![CDATA[<kept>]]>", "<kept>", id="cdata"),
        pytest.param("a &amp; b", "a &amp; b", id="no-angle-brackets-unchanged"),
        pytest.param("1 < 2 and 3 > 2", "1 < 2 and 3 > 2", id="not-tags"),
        pytest.param("<i>&bogus;</i>", "&bogus;", id="unknown-entity-kept"),
    ],
)
def test_html_strip(value: str, expected: str) -> None:
    assert run("html_strip", {"field": "f"}, {"f": value}) == {"f": expected}
