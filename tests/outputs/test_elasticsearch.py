"""Elasticsearch output against a loopback `_bulk` that answers per item as Elasticsearch does."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from typing import Any

import orjson
import pytest
from fakes.es import FakeElasticsearch, ItemFault, es_error
from fakes.loopback import Reply
from fakes.simulated import (
    COUNTS,
    STREAMS,
    FingerprintTransformer,
    config_with_output,
    expected_ids,
    object_id,
    poller_config,
)

from s1elastic.outputs import Batch, Document, OutputError, build_output
from s1elastic.outputs.deadletter import DeadLetterFile, read_dead_letters
from s1elastic.outputs.elasticsearch import ElasticsearchOutput
from s1elastic.outputs.es_connection import EsConnection, normalize_fingerprint
from s1elastic.outputs.http_common import Backoff, OutputConfigurationError
from s1elastic.poller import config_from_dict, run_once
from s1elastic.poller.config import validate
from s1elastic.simulator.config import SimulatorConfig
from s1elastic.simulator.server import SimulatorServer

INDEX = "logs-sentinel_one.activity-default"


def docs(n: int, start: int = 0, **extra: Any) -> list[Document]:
    return [
        Document(INDEX, orjson.dumps({"n": i, "event": {"severity": 47}, **extra}), f"id-{i}")
        for i in range(start, start + n)
    ]


def make_output(
    es: FakeElasticsearch, tmp_path: Path, **kwargs: Any
) -> tuple[ElasticsearchOutput, list[float]]:
    sleeps: list[float] = []
    out = ElasticsearchOutput(
        EsConnection(hosts=(es.url,)).client(),
        dead_letter=DeadLetterFile(tmp_path / "dlq.ndjson", output="elasticsearch"),
        backoff=Backoff(initial=0.1, maximum=1.0, max_retries=3, sleep=sleeps.append),
        **kwargs,
    )
    return out, sleeps


def bulk_requests(es: FakeElasticsearch) -> list[list[dict[str, Any]]]:
    out = []
    for r in es.server.requests:
        if r.path.endswith("/_bulk"):
            out.append([orjson.loads(line) for line in r.body.splitlines() if line.strip()])
    return out


def test_local_mode_creates_with_fingerprint_ids_and_skips_the_default_pipeline(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        out, _ = make_output(es, tmp_path)
        ack = out.write(Batch("prod", "activity", docs(3)))
        assert ack.complete and ack.accepted == 3
        assert set(es.docs[INDEX]) == {"id-0", "id-1", "id-2"}
        request = next(r for r in es.server.requests if r.path == "/_bulk")
        assert request.query["pipeline"] == ["_none"]
        assert request.headers["content-type"].startswith("application/vnd.elasticsearch+x-ndjson")
        assert bulk_requests(es)[0][0] == {"create": {"_index": INDEX, "_id": "id-0"}}
        assert es.server.unexpected == []


def test_409_on_create_is_a_duplicate_not_a_failure(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        out, sleeps = make_output(es, tmp_path)
        out.write(Batch("prod", "activity", docs(2)))
        ack = out.write(Batch("prod", "activity", docs(4)))
        assert ack.complete and ack.accepted == 4
        assert es.statuses == [201, 201, 409, 409, 201, 201]
        assert out.stats.duplicates == 2 and out.stats.created == 4
        assert sleeps == []


def test_partial_failure_retries_only_the_429_and_5xx_items(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        es.item_faults = [
            ItemFault(lambda i, d, s: d == "id-1", 429, times=2),
            ItemFault(lambda i, d, s: d == "id-3", 503, times=1),
        ]
        out, sleeps = make_output(es, tmp_path)
        ack = out.write(Batch("prod", "activity", docs(5)))
        assert ack.complete and ack.accepted == 5
        sent = [[a["create"]["_id"] for a in req[0::2]] for req in bulk_requests(es)]
        assert sent == [["id-0", "id-1", "id-2", "id-3", "id-4"], ["id-1", "id-3"], ["id-1"]]
        assert len(sleeps) == 2
        assert set(es.docs[INDEX]) == {f"id-{i}" for i in range(5)}


def test_mapping_errors_go_to_the_dead_letter_file_and_the_batch_is_acknowledged(tmp_path: Path) -> None:
    with FakeElasticsearch(long_fields=("event.severity",)) as es:
        out, sleeps = make_output(es, tmp_path)
        bad = Document(INDEX, orjson.dumps({"n": 9, "event": {"severity": "high"}}), "id-9")
        ack = out.write(Batch("prod", "activity", [*docs(2), bad]))
        assert ack.complete and ack.accepted == 3
        assert sleeps == []
        letters = read_dead_letters(tmp_path / "dlq.ndjson")
        assert len(letters) == 1
        letter = letters[0]
        assert letter["_id"] == "id-9" and letter["_index"] == INDEX and letter["status"] == 400
        assert letter["error"]["type"] == "document_parsing_exception"
        assert "failed to parse field [event.severity] of type [long]" in letter["error"]["reason"]
        assert letter["_source"] == {"n": 9, "event": {"severity": "high"}}
        assert oct((tmp_path / "dlq.ndjson").stat().st_mode & 0o777) == "0o600"


def test_without_a_dead_letter_file_a_mapping_error_is_a_non_retryable_failure(tmp_path: Path) -> None:
    with FakeElasticsearch(long_fields=("event.severity",)) as es:
        out = ElasticsearchOutput(
            EsConnection(hosts=(es.url,)).client(), backoff=Backoff(sleep=lambda s: None)
        )
        bad = Document(INDEX, b'{"event":{"severity":"x"}}', "id-x")
        ack = out.write(Batch("prod", "activity", [*docs(1), bad]))
        assert not ack.complete and ack.accepted == 1
        assert ack.failures[0].position == 1 and not ack.failures[0].retryable
        assert "document_parsing_exception" in ack.failures[0].reason


def test_items_still_refused_after_the_retries_make_the_ack_incomplete(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        es.item_faults = [ItemFault(lambda i, d, s: d == "id-0", 429, times=99)]
        out, sleeps = make_output(es, tmp_path)
        ack = out.write(Batch("prod", "activity", docs(2)))
        assert not ack.complete and ack.accepted == 1
        assert ack.failures[0].position == 0 and ack.failures[0].retryable
        assert len(sleeps) == 3


def test_an_item_403_is_reported_not_retried(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        es.item_faults = [ItemFault(lambda i, d, s: True, 403, times=1)]
        out, sleeps = make_output(es, tmp_path)
        ack = out.write(Batch("prod", "activity", docs(1)))
        assert (
            not ack.complete
            and not ack.failures[0].retryable
            and "security_exception" in ack.failures[0].reason
        )
        assert sleeps == []


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(es_error(429, "circuit_breaking_exception", "[parent] Data too large"), id="429"),
        pytest.param(es_error(503, "cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE]"), id="503"),
        pytest.param(Reply(502, b"bad gateway"), id="502-proxy"),
    ],
)
def test_whole_request_failures_are_retried(tmp_path: Path, reply: Reply) -> None:
    with FakeElasticsearch() as es:
        es.server.queue_fault(reply)
        out, sleeps = make_output(es, tmp_path)
        ack = out.write(Batch("prod", "activity", docs(3)))
        assert ack.complete and len(es.docs[INDEX]) == 3 and len(sleeps) == 1


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        reply = es_error(429, "es_rejected_execution_exception", "queue full")
        reply.headers["Retry-After"] = "7"
        es.server.queue_fault(reply)
        out, sleeps = make_output(es, tmp_path)
        assert out.write(Batch("prod", "activity", docs(1))).complete
        assert sleeps == [7.0]


def test_a_cluster_that_stays_down_raises_output_error(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        for _ in range(4):
            es.server.queue_fault(es_error(503, "master_not_discovered_exception", "no master"))
        out, sleeps = make_output(es, tmp_path)
        with pytest.raises(OutputError, match="bulk request failed 4 times"):
            out.write(Batch("prod", "activity", docs(1)))
        assert len(sleeps) == 3


def test_unreachable_cluster_raises_output_error(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        url = es.url
    out = ElasticsearchOutput(
        EsConnection(hosts=(url,), timeout=2).client(), backoff=Backoff(max_retries=1, sleep=lambda s: None)
    )
    with pytest.raises(OutputError, match="ConnectionError"):
        out.write(Batch("prod", "activity", docs(1)))


@pytest.mark.parametrize("status", [401, 403])
def test_bad_credentials_are_a_configuration_error(tmp_path: Path, status: int) -> None:
    with FakeElasticsearch() as es:
        es.server.queue_fault(
            es_error(status, "security_exception", "unable to authenticate with provided credentials")
        )
        out, sleeps = make_output(es, tmp_path)
        with pytest.raises(OutputConfigurationError) as info:
            out.write(Batch("prod", "activity", docs(1)))
        assert info.value.status == status and sleeps == []


def test_413_splits_the_request(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        es.server.queue_fault(Reply(413, b""), when=lambda r: r.body.count(b"\n") > 4)
        out, _ = make_output(es, tmp_path)
        ack = out.write(Batch("prod", "activity", docs(4)))
        assert ack.complete and len(es.docs[INDEX]) == 4
        assert [len(req) // 2 for req in bulk_requests(es)] == [4, 2, 2]


def test_large_batches_are_split_by_bytes(tmp_path: Path) -> None:
    with FakeElasticsearch() as es:
        out, _ = make_output(es, tmp_path, max_bytes=2000)
        ack = out.write(Batch("prod", "activity", docs(30, pad="x" * 200)))
        assert ack.complete and len(es.docs[INDEX]) == 30
        sizes = [len(r.body) for r in es.server.requests if r.path == "/_bulk"]
        assert len(sizes) > 1 and all(size <= 2000 for size in sizes)


def fingerprint_pipeline(index: str, source: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """Stands in for the installed pipeline: parse `message`, fingerprint it into `_id`."""
    message = source["message"]
    return hashlib.sha1(message.encode()).hexdigest(), {"sentinel_one": orjson.loads(message)}


def test_cluster_mode_sends_raw_events_and_lets_the_pipeline_set_the_id(tmp_path: Path) -> None:
    with FakeElasticsearch(default_pipeline=fingerprint_pipeline) as es:
        out, _ = make_output(es, tmp_path, mode="cluster")
        raw = [Document(INDEX, orjson.dumps({"message": orjson.dumps({"id": i}).decode()})) for i in range(3)]
        assert out.write(Batch("prod", "activity", raw)).complete
        assert out.write(Batch("prod", "activity", raw)).complete  # re-delivery: 409s
        request = next(r for r in es.server.requests if r.path == "/_bulk")
        assert "pipeline" not in request.query
        assert bulk_requests(es)[0][0] == {"create": {"_index": INDEX}}
        assert sorted(d["sentinel_one"]["id"] for d in es.docs[INDEX].values()) == [0, 1, 2]
        assert es.statuses[3:] == [409, 409, 409]


def test_api_key_and_basic_auth_headers(tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("id1:secret1\n")
    key_file.chmod(0o600)
    with FakeElasticsearch() as es:
        out = build_output(
            {
                "type": "elasticsearch",
                "hosts": [es.url],
                "api_key_file": str(key_file),
                "dead_letter": str(tmp_path / "d"),
            }
        )
        assert out.write(Batch("prod", "activity", docs(1))).complete
        assert (
            es.server.requests[-1].headers["authorization"] == "ApiKey aWQxOnNlY3JldDE="
        )  # base64("id1:secret1")
        basic = EsConnection(hosts=(es.url,), username="elastic", password="changeme").client()
        basic.bulk(operations=b'{"create":{"_index":"x","_id":"1"}}\n{}\n')
        assert es.server.requests[-1].headers["authorization"] == "Basic ZWxhc3RpYzpjaGFuZ2VtZQ=="
        assert "secret1" not in repr(EsConnection.from_spec({"url": es.url, "api_key_file": str(key_file)}))


def test_a_world_readable_key_file_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("abc")
    key_file.chmod(0o644)
    with pytest.raises(ValueError, match="readable by others"):
        build_output({"type": "elasticsearch", "url": "http://127.0.0.1:1", "api_key_file": str(key_file)})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("AB:" * 31 + "CD", "ab" * 31 + "cd"),
        ("ab" * 32, "ab" * 32),
    ],
)
def test_fingerprints_are_normalized(given: str, expected: str) -> None:
    assert normalize_fingerprint(given) == expected


def test_a_short_fingerprint_is_refused() -> None:
    with pytest.raises(ValueError, match="64 hex digits"):
        normalize_fingerprint("AB:CD")


# -- the poller's no-loss property, simulator → run_once → this output -----------------------------


def simulated_ids(es: FakeElasticsearch, stream: str) -> list[str]:
    index = f"logs-sentinel_one.{stream}-default"
    return [object_id(d["message"]) for d in es.docs.get(index, {}).values()]


@pytest.mark.parametrize("mode", ["local", "cluster"])
def test_every_simulated_object_arrives_exactly_once(tmp_path: Path, mode: str) -> None:
    counter = itertools.count()
    pipeline = None
    if mode == "cluster":

        def pipeline(index: str, source: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
            return hashlib.sha1(source["message"].encode()).hexdigest(), source

    with (
        FakeElasticsearch(default_pipeline=pipeline) as es,
        SimulatorServer(SimulatorConfig(seed=21, counts=COUNTS)) as sim,
    ):
        # every 7th document is refused with 429 twice, every 11th with 503 once; one whole bulk is a 503
        es.item_faults = [
            ItemFault(lambda i, d, s: next(counter) % 7 == 0, 429, times=2),
            ItemFault(lambda i, d, s: hash(d) % 11 == 0, 503, times=1),
        ]
        es.server.queue_fault(es_error(503, "unavailable_shards_exception", "primary shard is not active"))
        output = {
            "type": "elasticsearch",
            "hosts": [es.url],
            "mode": mode,
            "dead_letter": str(tmp_path / "dlq.ndjson"),
            "retry": {"initial": 0.001, "max": 0.01, "max_retries": 2},
        }
        config = poller_config(
            tmp_path, sim, output, transform="local" if mode == "local" else "elasticsearch"
        )
        kwargs = {"transformer": FingerprintTransformer()} if mode == "local" else {}
        summary = run_once(config, **kwargs)
        assert summary.ok, summary
        for stream in STREAMS:
            got, want = simulated_ids(es, stream), expected_ids(sim, tmp_path, stream)
            assert sorted(got) == sorted(want), stream
            assert len(got) == len(set(got))
        assert 409 in es.statuses or 429 in es.statuses
        assert not (tmp_path / "dlq.ndjson").exists()


def test_the_poller_config_takes_the_output_and_resolves_its_files(tmp_path: Path) -> None:
    output = {
        "type": "elasticsearch",
        "url": "https://es:9200",
        "api_key_file": "key",
        "dead_letter": "dlq.ndjson",
        "mode": "cluster",
    }
    config = config_from_dict(config_with_output(tmp_path, output), base_dir=tmp_path)
    assert config.outputs[0]["api_key_file"] == str(tmp_path / "key")
    assert config.outputs[0]["dead_letter"] == str(tmp_path / "dlq.ndjson")
    problems = validate(
        config_with_output(
            tmp_path, {"type": "elasticsearch", "url": "https://es:9200", "mode": "fast", "hots": []}
        )
    )
    assert any("'fast' is not one of ['local', 'cluster']" in p for p in problems)
    assert any("unknown key(s) ('hots' was unexpected)" in p for p in problems)
