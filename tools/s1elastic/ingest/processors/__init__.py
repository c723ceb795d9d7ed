"""Every processor module in this package registers itself on import; `load_all` imports them."""

from __future__ import annotations

import importlib
import pkgutil

from s1elastic.ingest.processors.base import REGISTRY, Processor, register

__all__ = ["REGISTRY", "Processor", "load_all", "register"]


def load_all() -> dict[str, type[Processor]]:
    """Import every module of this package once, so that REGISTRY knows all processor types."""
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
