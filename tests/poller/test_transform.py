"""Local transform through the engine: `_id` from the pipeline, bad input kept as an error document."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import yaml

from s1elastic.poller.transform import LocalTransformer, PoolTransformer, RawTransformer, TransformError

INDEX = "logs-sentinel_one.activity-default"
PIPELINE = {
    "processors": [
        {"json": {"field": "message", "target_field": "s"}},
        {"set": {"field": "_id", "value": "{{{s.id}}}"}},
        {"remove": {"field": "message"}},
    ]
}


@pytest.fixture
def pipeline_file(tmp_path: Path) -> Path:
    path = tmp_path / "default.yml"
    path.write_text(yaml.safe_dump(PIPELINE))
    return path


def test_documents_get_the_pipeline_id_and_rendered_source(pipeline_file: Path) -> None:
    out = LocalTransformer({"activity": pipeline_file}).transform("activity", INDEX, ['{"id":"7","n":1}'])
    (doc,) = out.documents
    assert (doc.index, doc.id, orjson.loads(doc.source)) == (INDEX, "7", {"s": {"id": "7", "n": 1}})


def test_bad_input_is_written_with_error_message_and_original(pipeline_file: Path) -> None:
    out = LocalTransformer({"activity": pipeline_file}).transform(
        "activity", INDEX, ["{broken", '{"id":"8"}']
    )
    assert out.pipeline_errors == 1 and len(out.documents) == 2
    bad = orjson.loads(out.documents[0].source)
    assert bad["event"] == {"original": "{broken", "kind": "pipeline_error"}
    assert "Unexpected character" in bad["error"]["message"]
    assert out.documents[0].id is None and out.documents[1].id == "8"


def test_a_pipeline_that_does_not_load_is_a_transform_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(yaml.safe_dump({"processors": [{"no_such_processor": {}}]}))
    with pytest.raises(TransformError, match="does not load"):
        LocalTransformer({"activity": path}).prepare("activity")
    with pytest.raises(TransformError, match=r"no elasticsearch/ingest_pipeline/default\.yml"):
        LocalTransformer({}).prepare("group")


def test_raw_transform_ships_the_message() -> None:
    (doc,) = RawTransformer().transform("activity", INDEX, ['{"id":"1"}']).documents
    assert orjson.loads(doc.source) == {"message": '{"id":"1"}'} and doc.id is None


def test_worker_pool_gives_the_same_documents_in_order(pipeline_file: Path) -> None:
    messages = [orjson.dumps({"id": str(i)}).decode() for i in range(600)] + ["{bad"]
    local = LocalTransformer({"activity": pipeline_file}).transform("activity", INDEX, messages)
    pool = PoolTransformer({"activity": pipeline_file}, 2, chunk=100)
    try:
        pooled = pool.transform("activity", INDEX, messages)
    finally:
        pool.close()
    assert [(d.id, d.source) for d in pooled.documents[:-1]] == [
        (d.id, d.source) for d in local.documents[:-1]
    ]
    assert pooled.pipeline_errors == local.pipeline_errors == 1


CONCURRENT_LOAD = """
import sys, threading
from pathlib import Path
from s1elastic.ingest.painless import compile_script
from s1elastic.poller.transform import LocalTransformer
compile_script("ctx.warm = 1")  # the grammar is built: the threads reach the engine's set-up together
root = Path(sys.argv[1])
streams = ["activity", "threat", "alert", "agent"]
local = LocalTransformer({s: root / "data_stream" / s / "elasticsearch/ingest_pipeline/default.yml" for s in streams})
failed = []
def load(s):
    try:
        local.prepare(s)
    except Exception as exc:
        failed.append(f"{s}: {exc}")
threads = [threading.Thread(target=load, args=(s,)) for s in streams]
for t in threads: t.start()
for t in threads: t.join()
print("\\n".join(failed) or "ok")
"""


def test_stream_threads_load_their_pipelines_at_once_in_a_fresh_process() -> None:
    """Stream threads all prepare at start-up; the engine's first-use set-up must not race."""
    package = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", CONCURRENT_LOAD, str(package)], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
