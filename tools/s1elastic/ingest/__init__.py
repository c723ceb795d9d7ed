"""A general Elasticsearch ingest engine: runs ingest pipelines locally with Elasticsearch's results.

Knows nothing about SentinelOne. Public API: `Pipeline.load(...)`, `pipeline.run(doc)`, `simulate(...)`.
"""
