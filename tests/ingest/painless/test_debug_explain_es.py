"""Debug.explain, as Elasticsearch's DebugTests assert, rendered the way the REST layer does.

PainlessExplainError is an Error, so `catch (Exception e)` does not take it; the script_exception
("runtime error") carries PainlessExplainError.getHeaders as metadata: `to_string` always
(`"null"` for null), `java_class` and, when the class is allowlisted, `painless_class` (the
canonical name). ErrorCauseWrapper renders the cause as `painless_explain_error` with a null
reason. ElasticsearchException keeps metadata in a HashMap, whose order for these keys is
painless_class, to_string, java_class (OpenJDK 17), and prints a one-element list as a string.
The ingest ctx is an org.elasticsearch.ingest.IngestCtxMap, which no allowlist names.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import script_error


def _explained(source: str, ctx: dict[str, Any] | None = None) -> dict[str, Any]:
    return script_error(source, ctx).to_xcontent()


@pytest.mark.parametrize(
    ("source", "headers"),
    [
        (
            "Debug.explain('jumped over the moon')",
            {
                "painless_class": "java.lang.String",
                "to_string": "jumped over the moon",
                "java_class": "java.lang.String",
            },
        ),
        ("Debug.explain(null)", {"to_string": "null"}),
        (
            "Debug.explain(1L)",
            {"painless_class": "java.lang.Long", "to_string": "1", "java_class": "java.lang.Long"},
        ),
        (
            "Debug.explain([1, 2])",
            {
                "painless_class": "java.util.ArrayList",
                "to_string": "[1, 2]",
                "java_class": "java.util.ArrayList",
            },
        ),
        (
            "Debug.explain(ctx.a)",
            {"painless_class": "java.lang.Integer", "to_string": "1", "java_class": "java.lang.Integer"},
        ),
        ("Debug.explain(ctx)", {"to_string": "{a=1}", "java_class": "org.elasticsearch.ingest.IngestCtxMap"}),
    ],
)
def test_explain(source: str, headers: dict[str, str]) -> None:
    body = _explained(source, {"a": 1})
    assert (body["type"], body["reason"]) == ("script_exception", "runtime error")
    assert list(body)[2 : 2 + len(headers)] == list(headers)  # metadata follows type and reason
    assert {k: body[k] for k in headers} == headers
    assert not {"painless_class", "java_class", "to_string"} - set(headers) & set(body)
    assert body["caused_by"] == {"type": "painless_explain_error", "reason": None}
    assert body["script_stack"] == [source, "     ^---- HERE"]


def test_explain_cannot_be_caught() -> None:
    body = _explained("try { Debug.explain('x') } catch (Exception e) { ctx.r = 1 }")
    assert body["to_string"] == "x"
    assert body["caused_by"]["type"] == "painless_explain_error"
