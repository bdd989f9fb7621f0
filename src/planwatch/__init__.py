"""planwatch: Chinese government work reports and plan reports as verified, queryable data."""
from __future__ import annotations

from typing import Any

from .accel import compiled_modules, install as _install_accel
from .recache import install as _install_recache

__version__ = "0.1.0"
_install_accel()  # the compiled hot modules when built and current (planwatch/accel.py); PLANWATCH_PURE=1: never
_install_recache()  # regular expressions from a per-machine cache of their compiled code (planwatch/recache.py)

# the public names, loaded on first use: `planwatch --help` must not pay for pandas and DuckDB
_LAZY = {"Corpus": "api", "open": "api", "process": "api", "read": "api", "read_all": "api", "read_text": "api",
         "IngestError": "ingest", "Document": "model", "Fact": "model", "Metadata": "model", "Pledge": "model",
         "Project": "model", "Section": "model"}
__all__ = [*_LAZY, "compiled_modules"]


def __getattr__(name: str) -> Any:
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module 'planwatch' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{mod}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
