"""s1elastic: SentinelOne Management Console data into the Elastic Stack as ECS documents."""

__version__ = "0.1.0"
