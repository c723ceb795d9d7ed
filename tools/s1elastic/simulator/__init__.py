"""A SentinelOne Management Console API (v2.1) simulator: a real HTTP server on loopback with
generated data, live updates, late objects, fault injection and a ground truth for tests."""
