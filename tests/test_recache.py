"""The cache of compiled regular expressions (planwatch/recache.py): a command's start-up reads planwatch's
~1,000 patterns from it instead of compiling them; what it gives must be what ``re`` compiles."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planwatch import recache

ROOT = Path(__file__).resolve().parent.parent
DOC = next((ROOT / "examples").rglob("*.txt"))

# a child process that reads DOC and reports the facts, the cache's counts and the keys it recorded
_CHILD = r"""
import json, sys, re
import planwatch
from planwatch import recache
doc = planwatch.read(sys.argv[1])
st = recache.stats()
mine = re.compile(sys.argv[2])  # a caller's own pattern, not planwatch's
print(json.dumps({"facts": [f.quote for f in doc.facts], "hits": st["hits"], "misses": st["misses"],
                  "active": st["active"], "keys": sorted(k[0] for k in recache._table())}, ensure_ascii=False))
"""


def _run(cache: Path, seed: str = "0", extra: dict | None = None, mine: str = "用户自己的(模式)") -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": seed, "PLANWATCH_PURE": "1"}
    env.pop("PLANWATCH_CACHE", None)
    env.update(extra or {})
    out = subprocess.run([sys.executable, "-c", _CHILD, str(DOC), mine], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def _files(cache: Path) -> list[Path]:
    return sorted((cache / "planwatch").glob("re-*.marshal")) if (cache / "planwatch").exists() else []


def test_second_run_compiles_nothing_and_reads_the_same(tmp_path):
    first = _run(tmp_path, seed="1")
    assert first["active"] and first["misses"] > 300 and first["facts"]
    assert len(_files(tmp_path)) == 1
    # another process, another hash seed: every pattern planwatch compiles is found (the patterns built from
    # sets of words come out the same whatever the order of the set)
    second = _run(tmp_path, seed="2")
    assert second["misses"] == 0, "patterns compiled anew on the second run"
    assert second["hits"] > 300  # (fewer than the first run compiled: the gazetteer, built then, is read from its own cache)
    assert second["facts"] == first["facts"]
    # the caller's own pattern is served, but not recorded
    assert "用户自己的(模式)" not in second["keys"]


def test_every_cached_entry_is_the_pattern_re_compiles(tmp_path):
    _run(tmp_path)
    [path] = _files(tmp_path)
    table = recache._read(path)
    assert len(table) > 300
    orig = re._compiler.compile if recache._state["orig"] is None else recache._state["orig"]
    assert any(not recache.is_pattern_key(k) for k in table)  # (prefilter's analyses of patterns too)
    for key, parts in table.items():
        if not recache.is_pattern_key(key):
            continue
        pattern, flags = key
        assert recache._make(pattern, parts) == orig(pattern, flags), pattern[:80]


def test_a_damaged_cache_is_compiled_anew_and_replaced(tmp_path):
    _run(tmp_path)
    [path] = _files(tmp_path)
    good = _run(tmp_path)
    path.write_bytes(b"\x00not marshal" * 10)
    again = _run(tmp_path)
    assert again["facts"] == good["facts"] and again["misses"] > 300
    assert _run(tmp_path)["misses"] == 0  # (written whole again)
    # an entry whose code the engine refuses is compiled anew, not given wrong
    table = recache._read(path)
    key = next(iter(table))
    table[key] = (0, b"\xff\xff\xff\xff", 0, {}, ())
    import marshal

    path.write_bytes(marshal.dumps(table))
    assert _run(tmp_path)["facts"] == good["facts"]


def test_switched_off_writes_no_file(tmp_path):
    out = _run(tmp_path, extra={"PLANWATCH_CACHE": "0"})
    assert not out["active"] and out["hits"] == 0 and out["facts"]
    assert _files(tmp_path) == []


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = _run(blocker)  # XDG_CACHE_HOME is a file: no directory can be made under it
    assert out["facts"]


@pytest.mark.parametrize("pattern,flags", [
    (r"(?P<n>\d+(?:\.\d+)?)\s*(?:万|亿)?元", 0), (r"^[一二三四五六七八九十]+、", re.M), (r"(?i)gdp|ＧＤＰ", 0),
    (r"(?<![\u4e00-\u9fff])县(?=[，,])", 0), (r"[^\x00-\x7f]{2,}?", re.S),
])
def test_made_from_parts_equals_compiled(pattern, flags):
    orig = recache._state["orig"] or re._compiler.compile
    made = recache._make(pattern, recache._parts(pattern, int(flags)))
    assert made == orig(pattern, int(flags))
    assert made.groupindex == re.compile(pattern, flags).groupindex and made.flags == re.compile(pattern, flags).flags


def test_gazetteer_cache_files_of_other_versions_are_pruned_after_a_week(tmp_path, monkeypatch):
    """Each planwatch version writes its own gazetteer file (0.4 MB); a new one removes those of other versions
    untouched for a week, and keeps recent ones (another install on the machine may still read them)."""
    import time

    from planwatch import regions

    folder = tmp_path / "planwatch"
    folder.mkdir()
    stale, recent, other = folder / "gazetteer-0000000000000000.pickle", folder / "gazetteer-1111111111111111.pickle", \
        folder / "re-0000.marshal"
    for f in (stale, recent, other):
        f.write_bytes(b"x")
    week_ago = time.time() - 8 * 86400
    os.utime(stale, (week_ago, week_ago))
    os.utime(other, (week_ago, week_ago))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("PLANWATCH_CACHE", raising=False)
    regions.gazetteer.cache_clear()
    try:
        gz = regions.gazetteer()
        mine = regions._cache_file()
    finally:
        regions.gazetteer.cache_clear()
    assert gz is not None and mine is not None and mine.exists()
    assert not stale.exists()
    assert recent.exists() and other.exists()  # (a recent version's file, and not a gazetteer file at all)


def test_a_truncated_or_foreign_cache_file_reads_as_empty(tmp_path):
    """The cache file is read whole and parsed from memory (``marshal.load`` on a file calls its ``readinto``
    once an object: 55 ms of a start-up); a file cut short, or not marshal at all, reads as an empty table."""
    import marshal

    path = tmp_path / "re-x.marshal"
    table = {("a+", 0): (0, b"\x00" * 8, 0, {}, (None,)), ("fn", "f", "x"): [1, 2]}
    path.write_bytes(marshal.dumps(table))
    assert recache._read(path) == table
    path.write_bytes(marshal.dumps(table)[:-5])
    assert recache._read(path) == {}
    path.write_bytes(b"\x00garbage")
    assert recache._read(path) == {}
    assert recache._read(tmp_path / "absent.marshal") == {}


def test_each_version_of_the_code_has_its_own_file_and_old_ones_go(tmp_path, monkeypatch):
    """The cache file is keyed by the package's files too (a shared file would keep the patterns of every version
    gone by, read at every start); a run that writes its file removes other versions' files untouched for a week."""
    import time

    folder = tmp_path / "planwatch"
    folder.mkdir()
    stale, recent = folder / "re-0000000000000000.marshal", folder / "re-1111111111111111.marshal"
    for f in (stale, recent):
        f.write_bytes(b"x")
    week_ago = time.time() - 8 * 86400
    os.utime(stale, (week_ago, week_ago))
    first = _run(tmp_path)
    assert first["misses"] > 300
    assert not stale.exists() and recent.exists()
    mine = [f for f in _files(tmp_path) if f != recent]
    assert len(mine) == 1
    # another version of the code: another file
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("PLANWATCH_CACHE", raising=False)
    here = recache._cache_path()
    monkeypatch.setattr(recache, "_code_stamp", lambda: "another version")
    assert recache._cache_path() != here and recache._cache_path().parent == here.parent
