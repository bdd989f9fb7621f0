"""Regular expressions compiled from a per-machine cache of their compiled code.

planwatch's extractors hold some 900 regular expressions; Python's ``re`` parses and compiles each one
again in every process (0.6 s of CPU, most of a command's start-up: a character class of Chinese
characters alone costs about a millisecond). What ``re`` compiles a pattern into (the code the
matcher runs, its flags and groups) depends only on the pattern, its flags and the Python build, so
it is kept in a cache file the first run writes and later runs read (``re``'s own compile of a cached
pattern then costs microseconds). The pattern objects are the ones ``re.compile`` makes: a Pattern
made from the cache compares equal (same pattern, flags and code) to one compiled anew, which
``install`` checks before it takes effect and ``tests/test_recache.py`` checks for every entry.

``install()`` (called when planwatch is imported) puts the cache in front of ``re``'s compiler for
every caller in the process; it records only the patterns planwatch itself compiles, and only up to
``_MAX_ENTRIES``. ``PLANWATCH_CACHE=0`` (also the gazetteer's switch) turns it off; a Python whose
``re`` internals are not the ones this was written for (3.11–3.13) is left alone.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import threading
from functools import update_wrapper
from array import array
from pathlib import Path
from typing import Any

_CODE_TYPE = "I"  # (the engine's code words: _sre.CODESIZE bytes, 4, checked by install)
_MAX_ENTRIES = 20000  # (planwatch's own are about 1,000: a bound, should something compile patterns from data)
_lock = threading.Lock()
_state: dict[str, Any] = {"table": None, "new": 0, "path": None, "orig": None, "hits": 0, "misses": 0}


def _cache_path() -> Path | None:
    if os.environ.get("PLANWATCH_CACHE", "1") in ("0", "", "no", "off"):
        return None
    import _sre

    # the compiled code's format: the interpreter's build and the engine's magic number and sizes; and the version of
    # planwatch's code and data, whose patterns the file holds (one file a version: entries of versions gone by would
    # pile up in a shared one to its bound, read at every start: 38 MB, 70 ms, after a day of edits)
    key = "\0".join(map(str, (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE,
                              _sre.MAXREPEAT, _sre.MAXGROUPS, _code_stamp())))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "planwatch" / f"re-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def _code_stamp() -> str:
    """The name, size and time of every file of the package (its code, compiled modules and data: 2 ms)."""
    out = []
    todo = [str(Path(__file__).resolve().parent)]
    while todo:
        try:
            entries = sorted(os.scandir(todo.pop()), key=lambda e: e.name)
        except OSError:
            continue
        for e in entries:
            if e.is_dir(follow_symlinks=False):
                if e.name != "__pycache__":
                    todo.append(e.path)
            elif e.is_file():
                st = e.stat()
                out.append(f"{e.path}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(out)


_STALE_DAYS = 7


def _prune(path: Path) -> None:
    """Remove the cache files of other versions written over a week ago (a version still in use compiles its
    patterns again, once)."""
    import time

    old = time.time() - _STALE_DAYS * 86400
    for other in path.parent.glob("re-*.marshal"):
        try:
            if other != path and other.stat().st_mtime < old:
                other.unlink()
        except OSError:
            pass


def _read(path: Path) -> dict:
    try:
        # (read whole, then parsed: ``marshal.load`` on a file calls its ``readinto`` once an object, 55 ms
        # of a command's start-up for planwatch's thousand patterns)
        table = marshal.loads(path.read_bytes())
        return table if isinstance(table, dict) else {}
    except Exception:  # absent, truncated, or written by another build: compiled anew
        return {}


def _table() -> dict:
    table = _state["table"]
    if table is None:
        path = _state["path"]
        table = _state["table"] = _read(path) if path is not None else {}
    return table


def _parts(p: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` makes a Pattern of (its own steps, for a str pattern)."""
    from re import _compiler, _parser

    parsed = _parser.parse(p, flags)
    # (kept as the bytes of a C array: a list of ints costs marshal 0.15 s to read back for planwatch's patterns)
    code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _make(p: str, parts: tuple):
    import _sre

    flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(p, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)


def _ours() -> bool:
    """Whether planwatch's code is compiling (a compiled module's calls show no frame of their own: the
    Python caller that reached it does)."""
    try:
        f = sys._getframe(2)
    except ValueError:  # (called with no Python caller at all)
        return False
    while f is not None:
        if f.f_globals.get("__name__", "").startswith("planwatch"):
            return True
        f = f.f_back
    return False


def _compile(p, flags=0):
    orig = _state["orig"]
    if type(p) is not str or flags & 128:  # (bytes patterns and re.DEBUG: as re does it)
        return orig(p, flags)
    key = (p, int(flags))
    table = _table()
    parts = table.get(key)
    if parts is not None:
        try:
            made = _make(p, parts)
            _state["hits"] += 1
            return made
        except Exception:  # (an entry the engine refuses: compiled anew below, and replaced)
            pass
    _state["misses"] += 1
    parts = _parts(p, int(flags))
    made = _make(p, parts)
    if len(table) < _MAX_ENTRIES and _ours():
        with _lock:
            table[key] = parts
            _state["new"] += 1
    return made


def _save() -> None:
    path, table = _state["path"], _state["table"]
    if path is None or not table or not _state["new"]:
        return
    try:
        merged = {**_read(path), **table}  # (another process may have written entries since)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            marshal.dump(merged, fh)
        os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
        _state["new"] = 0
        _prune(path)
    except (OSError, ValueError):  # a read-only home: compiled each time
        try:
            tmp.unlink()
        except (OSError, NameError):
            pass


def _works(orig) -> bool:
    """Whether patterns made from recorded parts equal those ``re`` compiles here (its internals are the
    ones this module reads)."""
    try:
        for p, f in ((r"(?P<a>[\u4e00-\u9fff]{2,4})(?:增长|下降)(\d+(?:\.\d+)?)%", 0), (r"^\s*[一二三]、(?=\S)", 8),
                     (r"(?i)ab|c(?<!x)", 0)):
            if _make(p, _parts(p, f)) != orig(p, f):
                return False
        return True
    except Exception:
        return False


def install() -> bool:
    """Put the cache in front of ``re``'s compiler (once); whether it is in use."""
    from re import _compiler

    if _state["orig"] is not None:
        return True
    import _sre

    path = _cache_path()
    if path is None or sys.version_info[:2] not in ((3, 11), (3, 12), (3, 13)) or array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return False
    orig = _compiler.compile
    if not _works(orig):
        return False
    _state["orig"], _state["path"] = orig, path
    _compiler.compile = _compile
    atexit.register(_save)
    return True


_MISSING = object()


def memo(fn):
    """``fn`` (a pure function of strings and ints whose result marshal can write: the analyses of a
    pattern's text ``prefilter`` makes its scans from) answered from the same cache file; keys
    ("fn", its name, its arguments) are no pattern's (pattern, flags)."""
    name = fn.__qualname__

    def wrapper(*args):
        if _state["orig"] is None:
            return fn(*args)
        key = ("fn", name, *args)
        table = _table()
        out = table.get(key, _MISSING)
        if out is not _MISSING:
            _state["hits"] += 1
            return out
        _state["misses"] += 1
        out = fn(*args)
        if len(table) < _MAX_ENTRIES:
            try:
                marshal.dumps(out)
            except ValueError:
                return out
            with _lock:
                table[key] = out
                _state["new"] += 1
        return out

    return update_wrapper(wrapper, fn)


def is_pattern_key(key: tuple) -> bool:
    """Whether a key of the cache file is a pattern's (pattern, flags), not a ``memo`` entry."""
    return len(key) == 2 and type(key[1]) is int


def stats() -> dict[str, Any]:
    """Whether the cache is in use, its file, and the patterns made from it (hits) and compiled anew
    (misses) in this process."""
    return {"active": _state["orig"] is not None, "path": _state["path"], "hits": _state["hits"],
            "misses": _state["misses"], "entries": len(_state["table"] or ())}


def save() -> None:
    """Write the patterns compiled so far to the cache file now (a long-running process, the web server,
    need not wait for its exit)."""
    _save()
