"""The writer's look-ups against the documents stored: CPU per group of 64 new documents, through the
near_key index (``Store._neighbours``) and by the scan it replaced (``_scan_neighbours`` in
tests/test_writer.py), on databases of growing size cut from one made by `writer_scale.py`.

    python benchmarks/writer_scale.py --docs 20000 --dir /tmp/pw-scale     # the source database
    python benchmarks/lookup_scale.py /tmp/pw-scale/bench.duckdb [--sizes 2000,5000,10000,20000] [--spread]

The documents are copied in the order stored; past the source's end, they are copied again under
new ids without their text (which neither look-up reads: stored with a sketch). ``--spread`` gives every stored document a random
prefecture or county (as ``writer_scale.py --spread``): otherwise the synthetic national reports pile
up, hundreds on each of ten years, where a real corpus has a few per region and year. CPU is this
process' (DuckDB's threads included), the mean over ``--groups`` groups.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from planwatch.regions import gazetteer  # noqa: E402
from planwatch.store import Store  # noqa: E402
from test_writer import _scan_neighbours  # noqa: E402
from writer_scale import synthetic  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--sizes", default="2000,5000,10000,20000")
    ap.add_argument("--groups", type=int, default=5)
    ap.add_argument("--spread", action="store_true")
    a = ap.parse_args()
    new = list(synthetic(64 * a.groups, seed=99, spread=a.spread))
    groups = [new[i:i + 64] for i in range(0, len(new), 64)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "cut.duckdb") as st:
        st.con.execute(f"ATTACH '{a.source}' AS src (READ_ONLY)")
        cols = [r[0] for r in st.con.execute("DESCRIBE src.document_versions").fetchall() if r[0] != "near_key"]
        if a.spread:
            rng = random.Random(7)
            local = [r.code for r in gazetteer().by_code.values() if r.current and r.level in ("prefecture", "county")]
            codes = [rng.choice(local) for _ in range(100_000)]
        done, total = 0, st.con.execute("SELECT count(*) FROM src.document_versions").fetchone()[0]
        print(f"{'stored':>7} {'indexed ms/group':>17} {'scan ms/group':>14}  (CPU)")
        for size in sorted(int(s) for s in a.sizes.split(",")):
            while done < size:  # past the source's end, its documents again under new ids, without their text
                k, start = divmod(done, total)
                end = min(total, start + size - done)
                sel = [c if k == 0 or c not in ("id", "text") else
                       ("md5(id || '" + str(k) + "')[:16] AS id" if c == "id" else "NULL AS text") for c in cols]
                st.con.execute(f"INSERT INTO document_versions ({', '.join(cols)}) SELECT {', '.join(sel)} FROM "
                               f"src.document_versions WHERE rowid >= {start} AND rowid < {end} ORDER BY rowid")
                done += end - start
            if a.spread:
                st.con.execute("UPDATE document_versions SET region_code = list_extract(?, (rowid % 100000 + 1)::INTEGER)"
                               " WHERE near_key IS NULL", [codes])
            st.con.execute("UPDATE document_versions SET near_key = coalesce(region_code, '') || '|' || "
                           "coalesce(CAST(report_year AS VARCHAR), '') WHERE near_key IS NULL")
            st.con.execute("CHECKPOINT")
            n = st.con.execute("SELECT count(*) FROM document_versions").fetchone()[0]
            out = []
            for look in (lambda g, s: st._neighbours(g, s), lambda g, s: _scan_neighbours(st, g, s)):
                look(groups[0], [d._sketch for d in groups[0]])  # warm
                t = time.process_time()
                for g in groups:
                    look(g, [d._sketch for d in g])
                out.append((time.process_time() - t) / len(groups) * 1000)
            print(f"{n:>7} {out[0]:>17.1f} {out[1]:>14.1f}", flush=True)


if __name__ == "__main__":
    main()
