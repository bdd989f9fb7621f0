"""prefilter.once: the vocabulary tables and patterns of the extract modules built at their first call and
kept, as lru_cache(maxsize=1) kept them (a cheaper hit: no key built and hashed, no list to reorder).
Each decorated function must take no argument; each gives what lru_cache gave (the reference: the
same function under functools.lru_cache, called fresh)."""
from __future__ import annotations

import ast
import functools
import importlib
import inspect
from pathlib import Path

import pytest

from planwatch.extract.prefilter import once

MODULES = ("analysis", "facts", "numbers", "pledges", "prefilter", "projects")
SRC = Path(__file__).resolve().parent.parent / "src" / "planwatch" / "extract"  # (the sources: compiled, the modules are .so files)


def _decorated(name: str) -> list[tuple[str, str, int]]:
    """(function, decorator, its number of arguments) of every module-level function with a cache decorator."""
    tree = ast.parse((SRC / f"{name.split('.')[-1]}.py").read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for d in node.decorator_list:
                dn = ast.unparse(d)
                if dn == "once" or dn.startswith("lru_cache"):
                    a = node.args
                    out.append((node.name, dn, len(a.posonlyargs) + len(a.args) + len(a.kwonlyargs) + bool(a.vararg) + bool(a.kwarg)))
    return out


def test_once_computes_at_the_first_call_and_keeps_it():
    calls = []

    @once
    def table() -> dict[str, int]:
        """The table."""
        calls.append(1)
        return {"万": 10_000}

    first = table()
    assert table() is first and table() is first and len(calls) == 1
    assert table.__name__ == "table" and table.__doc__ == "The table." and table.__wrapped__() == first
    table.cache_clear()
    assert table() == first and table() is not first and len(calls) == 3  # (__wrapped__ called once above)


def test_once_keeps_nothing_when_the_first_call_raises():
    calls = []

    @once
    def loader() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("vocabulary not readable")
        return "ok"

    with pytest.raises(OSError):
        loader()
    assert loader() == "ok" and loader() == "ok" and len(calls) == 2


def test_once_keeps_a_falsy_value():
    # (an empty table or None is kept too: the list is tested, not the value)
    calls = []

    @once
    def empty() -> frozenset[str]:
        calls.append(1)
        return frozenset()

    assert empty() == frozenset() and empty() == frozenset() and len(calls) == 1


@pytest.mark.parametrize("name", MODULES)
def test_the_functions_kept_once_take_no_argument_and_the_others_keep_lru_cache(name):
    found = _decorated(name)
    assert all(n == 0 for _, d, n in found if d == "once"), [f for f in found if f[1] == "once" and f[2]]
    # a function of no argument under lru_cache(maxsize=1) would pay the dearer hit again
    assert not [f for f in found if f[1] != "once" and f[2] == 0]


@pytest.mark.parametrize("name", MODULES)
def test_each_kept_table_is_what_lru_cache_gave(name):
    mod = importlib.import_module(f"planwatch.extract.{name}")
    names = [f for f, d, _ in _decorated(name) if d == "once"]
    assert names or name == "prefilter"
    for f in names:
        kept = getattr(mod, f)
        assert not inspect.signature(kept).parameters
        ref = functools.lru_cache(maxsize=1)(kept.__wrapped__)
        got = kept()
        assert kept() is got, f  # kept: the same object at every call
        assert _shape(got) == _shape(ref()), f


def _shape(v, depth: int = 0):
    """A value as comparable data: a compiled pattern by its text and flags, an object by its class and
    public fields, a function by its name (the objects built at each call are new ones)."""
    if depth > 6:
        return "…"
    if isinstance(v, (str, int, float, bool, type(None), bytes)):
        return v
    if hasattr(v, "pattern") and hasattr(v, "flags") and hasattr(v, "finditer"):
        return ("re", v.pattern, v.flags)
    if isinstance(v, dict):
        return {k: _shape(x, depth + 1) for k, x in v.items()}
    if isinstance(v, (set, frozenset)):
        return type(v)(_shape(x, depth + 1) for x in v)
    if isinstance(v, (list, tuple)):
        return type(v).__name__, [_shape(x, depth + 1) for x in v]
    if callable(v) and not hasattr(v, "__dict__") or inspect.isroutine(v):
        return ("fn", getattr(v, "__qualname__", getattr(v, "__name__", type(v).__name__)))
    fields = getattr(v, "__dict__", None)
    if fields is None and hasattr(type(v), "__slots__"):
        fields = {k: getattr(v, k) for k in type(v).__slots__ if hasattr(v, k)}
    if fields is not None:  # (what an object works out at its first use, _by_head…, is not what it was made with)
        # (a SkippingSet's heads are made with its index, at its first use: the joint scan may have used it)
        fields = {k: x for k, x in fields.items()
                  if not k.startswith("_") and not (k == "heads" and type(v).__name__ == "SkippingSet")}
    return type(v).__qualname__, _shape(fields, depth + 1) if fields is not None else repr(v)
