"""The local /metrics and /health endpoint."""

from __future__ import annotations

import httpx

from s1elastic.poller.metrics import HealthServer, Metrics


def test_metrics_and_health_are_served() -> None:
    metrics = Metrics()
    metrics.documents.labels(console="prod", stream="activity").inc(5)
    board = [{"console": "prod", "stream": "activity", "status": "Collecting"}]
    server = HealthServer("127.0.0.1:0", metrics, lambda: board)
    server.start()
    try:
        host, port = server.address
        text = httpx.get(f"http://{host}:{port}/metrics").text
        assert 's1elastic_documents_total{console="prod",stream="activity"} 5.0' in text
        health = httpx.get(f"http://{host}:{port}/health")
        assert health.status_code == 200 and health.json() == {"health": board}
        board.append({"console": "prod", "stream": "alert", "status": "Error"})
        assert httpx.get(f"http://{host}:{port}/health").status_code == 503
    finally:
        server.stop()
