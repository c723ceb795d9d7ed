"""Loopback HTTP fakes of the destinations the outputs write to (Elasticsearch, HEC, SDL)."""
