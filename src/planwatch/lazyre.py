"""Regular expressions compiled on first use.

Compiling a pattern with Chinese character classes takes about a millisecond in Python's ``re``;
compiled at import, a module's patterns are paid for by every command that imports it, whether
or not it reads a document. ``lazy(pattern, flags)`` stands for ``re.compile(pattern, flags)``:
the first method call compiles it, and from then on its methods are the compiled pattern's own.
It is not an ``re.Pattern``: use its methods, not ``re.sub(pattern, …)``, ``isinstance`` or ``is``.
"""
from __future__ import annotations

import re
from functools import update_wrapper
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A regular expression compiled on first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # called only while the methods are not yet set
        if name.startswith("__") or name == "_args":
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:  # (after the first use only .pattern, .flags… come here)
            compiled = re.compile(*self._args)
            for m in _METHODS:  # bound once: later calls cost what a compiled pattern's do
                setattr(self, m, getattr(compiled, m))
            self.compiled = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._args[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)


def once(fn):
    """``fn()``, a function of no argument (a pattern built from a vocabulary's row at first use), computed at its
    first call and kept; ``cache_clear()`` forgets it: ``extract.prefilter.once`` for the modules that the extract
    package cannot serve (metadata: the package imports it), which keeps its own copy for the compiled modules."""
    kept: list = []

    def cached():
        if kept:
            return kept[0]
        value = fn()
        kept.append(value)
        return value

    update_wrapper(cached, fn)
    cached.cache_clear = kept.clear
    return cached
