"""The regular expressions scanned over long spans in a pure run (tests/test_spd49a.py runs this in its own process).

    PLANWATCH_PURE=1 python tests/scanned_patterns.py [--probe PATTERN] [PATH...]

Every pattern ``re`` compiles from here on (``re.compile``, ``re.search(string, …)``…, a ``lazy`` pattern's first use)
is wrapped so that each ``search``, ``finditer``, ``findall``, ``sub``, ``subn`` and ``split`` over more than
``SPAN`` characters is recorded with the function that asked for it; ``match`` and ``fullmatch`` try one place and are
not. The documents of PATH (by default the bundled examples and, where they are beside the repo, the development and
seed reports: the 70 reports of the benchmarks) are normalized, their metadata read and outlined (the stage
"pipeline"), then extracted (the stage "extract": what ``benchmarks/instructions.py`` counts). ``--probe``: a pattern
also searched over each document's whole text in the extract stage (the test's proof that a new one is caught).
Printed: one JSON line a pattern and calling function, with whether ``re`` skips to where it can begin (``how``)."""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

try:  # (Python 3.11 and later; sre_compile before)
    from re import _compiler as _sre_compile, _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
SPAN = 200
_SCANS = ("search", "finditer", "findall", "sub", "subn", "split")


def how_it_skips(pattern: str, flags: int) -> str | None:
    """How ``re``'s search finds where ``pattern`` can begin without trying it at every character: "prefix" (a literal
    prefix or a charset of its first characters, what ``_compile_info`` gives it), "start" (``^`` without re.M, or
    ``\\A``: tried at the start only), "empty" (it can match the empty string: it matches at the first place); None:
    it is tried at every character."""
    p = _sre_parse.parse(pattern, flags)
    if _sre_compile._get_literal_prefix(p, flags)[0] or _sre_compile._get_charset_prefix(p, flags) is not None:
        return "prefix"
    if p.data and p.data[0][0] is _sre_parse.AT and (
            p.data[0][1] is _sre_parse.AT_BEGINNING_STRING
            or p.data[0][1] is _sre_parse.AT_BEGINNING and not flags & re.MULTILINE):
        return "start"
    if p.getwidth()[0] == 0:
        return "empty"
    return None


_seen: dict[tuple, dict] = {}
_stage = [""]


class _Watched:
    """A compiled pattern whose scans are recorded (its other attributes are the pattern's own)."""
    __slots__ = ("_p",)

    def __init__(self, p: re.Pattern) -> None:
        self._p = p

    def __getattr__(self, name: str):
        return getattr(self._p, name)

    def __eq__(self, other) -> bool:
        return self._p == (other._p if isinstance(other, _Watched) else other)

    def __hash__(self) -> int:
        return hash(self._p)

    def __reduce__(self):
        return (re.compile, (self._p.pattern, self._p.flags))


def _scan(name: str):
    def scan(self, *a, **k):
        if _stage[0]:
            _note(self, name, a, k)
        return getattr(self._p, name)(*a, **k)
    return scan


for _name in _SCANS + ("match", "fullmatch", "scanner"):
    setattr(_Watched, _name, _scan(_name))


def _note(w: _Watched, name: str, a: tuple, k: dict) -> None:
    if name in ("sub", "subn"):
        s = a[1] if len(a) > 1 else k["string"]
        lo, hi = 0, len(s)
    elif name == "split":
        s = a[0] if a else k["string"]
        lo, hi = 0, len(s)
    elif name in _SCANS:
        s = a[0] if a else k["string"]
        lo = max(0, a[1] if len(a) > 1 else k.get("pos", 0))
        hi = min(len(s), a[2] if len(a) > 2 else k.get("endpos", len(s)))
    else:
        return
    if hi - lo <= SPAN:
        return
    f = sys._getframe(2)
    while f.f_code.co_filename.endswith(os.path.join("re", "__init__.py")):  # (re.search(string, …) and the like)
        f = f.f_back
    site = f"{Path(f.f_code.co_filename).stem}.{f.f_code.co_name}"
    how = None
    me = f.f_locals.get("self")
    if type(me).__name__ == "HeadScan" and getattr(me, "table", None) is not None:
        how = "heads"  # (compiled, HeadScan tries it only where its heads stand: head_places)
    key = (_stage[0], site, w._p.pattern, w._p.flags)
    r = _seen.get(key)
    if r is None:
        r = _seen[key] = {"stage": _stage[0], "site": site, "pattern": w._p.pattern, "flags": w._p.flags,
                          "how": how or how_it_skips(w._p.pattern, w._p.flags), "calls": 0, "chars": 0}
    r["calls"] += 1
    r["chars"] += hi - lo


def _install() -> None:
    compile_ = re._compile

    def watched(pattern, flags):
        if isinstance(pattern, _Watched):
            return pattern
        p = compile_(pattern, flags)
        return _Watched(p) if isinstance(p, re.Pattern) else p

    re._compile = watched  # (re.compile and the module's functions call it)


def main(argv: list[str]) -> int:
    probe = None
    if argv[:1] == ["--probe"]:
        probe, argv = argv[1], argv[2:]
    _install()
    sys.path.insert(0, str(ROOT / "src"))
    from planwatch import metadata, structure
    from planwatch.extract import extract
    from planwatch.ingest import iter_files, read_file
    from planwatch.normalize import normalize

    paths = [Path(p) for p in argv] or [p for p in (ROOT / "examples", ROOT.parent / "shared" / "dev" / "texts",
                                                    ROOT.parent / "shared" / "seeds") if p.is_dir()]
    raws = []
    for f in iter_files(paths):
        raws += read_file(f)
    _stage[0] = "pipeline"
    docs = []
    for r in raws:
        n = normalize(r.text)
        m = metadata.detect(r.text, n, r.hints, r.name, None)
        docs.append((n, structure.outline(n, m.report_year), m))
    _stage[0] = "extract"
    for d in docs:
        extract(*d)
        if probe is not None:
            re.compile(probe, re.MULTILINE).search(d[0].text)
    _stage[0] = ""
    print(json.dumps({"documents": len(docs)}))
    for r in sorted(_seen.values(), key=lambda r: -r["chars"]):
        print(json.dumps(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
