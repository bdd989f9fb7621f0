"""`planwatch bench`: the speed report a user reads (its numbers are not asserted; they vary)."""
from pathlib import Path

from planwatch.bench import naive_facts, run_bench

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_naive_reference_reads_a_plain_target():
    found = naive_facts("今年主要预期目标是：地区生产总值增长6%左右。去年粮食产量120万吨。")
    assert ("地区生产总值", "target", "6", "%") in found
    assert any(f[1] == "actual" and f[2] == "120" for f in found)


def test_bench_reports_every_stage_and_both_references():
    one = sorted(EXAMPLES.glob("*.txt"))[:1]
    out = run_bench(one, min_mb=0.01, with_jieba=False, jobs=[], rounds=2)
    assert "best of 2 interleaved rounds" in out
    for stage in ("normalise", "metadata", "structure", "facts", "pledges", "projects"):
        assert f"{stage} " in out
    assert "naive regex script" in out and "x its time" in out


def test_bench_says_whether_the_extraction_runs_compiled(monkeypatch):
    import planwatch
    from planwatch import accel

    one = sorted(EXAMPLES.glob("*.txt"))[:1]
    out = run_bench(one, min_mb=0.01, with_jieba=False, jobs=[], rounds=1)
    n = len(planwatch.compiled_modules())
    assert (f"extraction modules: compiled ({n} modules)" if n else "extraction modules: pure Python") in out
    monkeypatch.setattr(accel, "compiled_modules", lambda: [])
    assert "extraction modules: pure Python" in run_bench(one, min_mb=0.01, with_jieba=False, jobs=[], rounds=1)
