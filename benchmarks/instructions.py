"""Instructions per document, counted by valgrind (a shared or virtual machine's CPU time varies by
a third from one run to the next; an instruction count does not): extraction (facts, pledges,
projects over one shared analysis) against jieba.lcut and the naive one-regex script, on the same
texts, each as the count of a two-pass run minus that of a one-pass run (start-up and set-up cancel).
Extraction is counted twice when the compiled accelerator is built (setup.py): compiled, and pure Python
(PLANWATCH_PURE=1); the report says which modules ran compiled.

    python benchmarks/instructions.py [PATH...]      # needs valgrind (apt install valgrind)
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "examples", ROOT.parent / "shared" / "dev" / "texts", ROOT.parent / "shared" / "seeds"]


def _run(what: str, passes: int, paths: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from planwatch import metadata, structure
    from planwatch.bench import naive_facts
    from planwatch.extract import extract
    from planwatch.ingest import iter_files, read_file
    from planwatch.normalize import normalize

    raws = []
    for f in iter_files([Path(p) for p in paths if Path(p).exists()]):
        try:
            raws += read_file(f)
        except Exception:
            continue
    if what == "extraction":
        docs = []
        for r in raws:
            n = normalize(r.text)
            m = metadata.detect(r.text, n, r.hints, r.name, None)
            docs.append((n, structure.outline(n, m.report_year), m))
        extract(*docs[0])  # first-use compilation belongs to the set-up
        for _ in range(passes):
            for d in docs:
                extract(*d)
    elif what == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        jieba.lcut(raws[0].text)
        for _ in range(passes):
            for r in raws:
                jieba.lcut(r.text)
    else:
        naive_facts(raws[0].text)
        for _ in range(passes):
            for r in raws:
                naive_facts(r.text)
    print(len(raws))


def _count(what: str, passes: int, paths: list[str], pure: bool = False) -> tuple[int, int]:
    env = {k: v for k, v in os.environ.items() if k != "PLANWATCH_PURE"}
    env.setdefault("PYTHONHASHSEED", "0")  # (set iteration orders, and so some patterns' branch orders, fixed)
    if pure:
        env["PLANWATCH_PURE"] = "1"
    # one run outside valgrind first: the regex cache (planwatch.recache, one file a version of the code) and the
    # .pyc files of a version just built or edited are written then, not inside the one-pass run they would inflate
    # (which made the per-document difference tens of M too small)
    subprocess.run([sys.executable, __file__, "--run", what, "1", *paths], capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                               __file__, "--run", what, str(passes), *paths], capture_output=True, text=True, env=env)
        docs = int(proc.stdout.strip().splitlines()[-1])
        total = re.search(r"^summary:\s*(\d+)", Path(out).read_text(), re.M)
        return int(total.group(1)), docs


def _mode() -> str:
    """What the extraction runs as here: 'compiled (N modules)' or 'pure Python'."""
    proc = subprocess.run([sys.executable, "-c", "from planwatch.accel import describe; print(describe())"],
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    return proc.stdout.strip() or "pure Python"


def main(paths: list[str]) -> None:
    mode = "pure Python" if os.environ.get("PLANWATCH_PURE", "") not in ("", "0") else _mode()
    runs = [("extraction", "extraction", False)]
    if mode != "pure Python":
        runs = [("extraction", f"extraction, {mode}", False), ("extraction pure", "extraction, pure Python", True)]
    per_doc = {}
    for key, label, pure in (*runs, ("naive", "naive", False), ("jieba", "jieba", False)):
        what = key.split()[0]
        one, docs = _count(what, 1, paths, pure)
        two, _ = _count(what, 2, paths, pure)
        per_doc[key] = (two - one) / docs
        print(f"{label}: {per_doc[key] / 1e6:.2f} M instructions per document ({docs} documents)", flush=True)
    for key, label, _ in runs:
        print(f"{label} / jieba.lcut: {per_doc[key] / per_doc['jieba']:.3f}; "
              f"/ naive regex script: {per_doc[key] / per_doc['naive']:.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        _run(sys.argv[2], int(sys.argv[3]), sys.argv[4:])
    else:
        main(sys.argv[1:] or [str(p) for p in DEFAULT])
