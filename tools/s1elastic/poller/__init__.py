"""The agentless poller: config, scheduler, per-stream runner, cursors, state, health, metrics.

Entry points: `load_config(path)`, `run_once(config) -> RunSummary`, `run_forever(config)`,
`backfill(config, since=...)`, `reconcile(config, since=..., repair_gaps=...)`, and `Poller` for
finer control (injected clock, transports, outputs).
"""

from s1elastic.poller.api import backfill, reconcile, run_forever, run_once
from s1elastic.poller.config import ConfigError, ConsoleConfig, PollerConfig, config_from_dict, load_config
from s1elastic.poller.scheduler import Poller, RunSummary, StreamSummary

__all__ = [
    "ConfigError",
    "ConsoleConfig",
    "Poller",
    "PollerConfig",
    "RunSummary",
    "StreamSummary",
    "backfill",
    "config_from_dict",
    "load_config",
    "reconcile",
    "run_forever",
    "run_once",
]
