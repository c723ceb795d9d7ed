"""The package: loading, schema and semantic checks, pipeline tests, docs and build."""
