"""Scorecards, comparisons and panels over hand-written report families whose answers are known."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import planwatch
from planwatch.analyze import compare, panel, scorecard, stata_names, verdict, write_panel
from planwatch.cli import app
from planwatch.model import Document, Fact, Metadata
from planwatch.store import Store

# ---------------------------------------------------------------- the family, as report texts

PDS_2022 = """平顶山市2022年政府工作报告
——2022年1月10日在平顶山市第十届人民代表大会第一次会议上
各位代表：
一、2021年工作回顾
2021年，全市生产总值增长6.5%，一般公共预算收入增长5.2%。
二、2022年主要目标
2022年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%以上，规模以上工业增加值增长8%，居民消费价格涨幅3%左右，城镇调查失业率控制在5.5%以内，单位生产总值能耗下降3%以上，居民收入增长与经济增长同步，粮食产量稳定在45亿斤以上，研发经费投入强度达到2.2%。
三、2022年重点工作
新建高标准农田20万亩，推进乡村振兴。
"""
PDS_2023 = """平顶山市2023年政府工作报告
——2023年1月8日在平顶山市第十届人民代表大会第二次会议上
各位代表：
一、2022年工作回顾
2022年，全市生产总值增长6.7%，一般公共预算收入增长4.1%，规模以上工业增加值增长9.5%，居民消费价格上涨1.6%，城镇调查失业率5.2%，单位生产总值能耗下降4.2%，粮食产量46.2亿斤。全年新建高标准农田21万亩。
二、2023年主要目标
2023年主要预期目标是：地区生产总值增长6.5%左右。
三、2023年重点工作
持续推进高标准农田建设，实施乡村振兴战略。
"""
RUZHOU_2022 = """汝州市2022年政府工作报告
——2022年1月6日在汝州市第九届人民代表大会第一次会议上
各位代表：
一、2021年工作回顾
2021年，全市生产总值增长8.2%。
二、2022年主要目标
2022年经济社会发展的主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长7%。
三、2022年重点工作
建设汝瓷小镇，发展文化旅游。
"""
JIAXIAN_2022 = """郏县2022年政府工作报告
——2022年1月7日在郏县第十七届人民代表大会第一次会议上
各位代表：
一、2021年工作回顾
2021年，全县生产总值增长7.1%。
二、2022年主要目标
2022年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，一般公共预算收入增长5%。
三、2022年重点工作
改造老旧小区12个。
"""
FAMILY = {"pds2022.txt": PDS_2022, "pds2023.txt": PDS_2023, "ruzhou2022.txt": RUZHOU_2022,
          "jiaxian2022.txt": JIAXIAN_2022}


@pytest.fixture(scope="module")
def family_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("family") / "family.duckdb"
    with Store(db) as s:
        for name, text in FAMILY.items():
            s.add(planwatch.read_text(text, name))
    return db


@pytest.fixture()
def store(family_db):
    with Store(family_db, read_only=True) as s:
        yield s


# ---------------------------------------------------------------- hand-made facts (no extraction involved)

def _fact(ind, role, period, measure, value, unit="%", qualifier="eq", high=None, quote=None):
    q = quote or f"{ind} {value}"
    return Fact(ind, role, period, measure, value, high, unit, qualifier, None, q, 0, len(q))


def _doc(id_, region, code, level, parent, year, facts, doc_type="government_work_report"):
    meta = Metadata(region=region, region_code=code, level=level, parent=parent, province="河南省",
                    doc_type=doc_type, report_year=year)
    return Document(id=id_, name=f"{id_}.txt", source=f"{id_}.txt", format="txt", text="x", meta=meta,
                    facts=facts)


@pytest.fixture()
def handmade(tmp_path):
    db = tmp_path / "hand.duckdb"
    s = Store(db)
    s.add(_doc("a2022", "平顶山市", "410400", "prefecture", "河南省", 2022, [
        _fact("gdp", "target", "2022", "growth", 7.0, qualifier="about"),
        _fact("gdp", "target", "2022", "level", 3000.0, unit="亿元", qualifier="at_least"),
        _fact("fixed_asset_investment", "target", "2022", "growth", 6.0, qualifier="range", high=6.5),
        _fact("pm25", "target", "2022", "level", 50.0, unit="微克/立方米", qualifier="at_most"),
        _fact("urban_new_jobs", "target", "2022", "level", 5.0, unit="万人", qualifier="at_least"),
        _fact("retail_sales", "target", "2022", "growth", 7.0, qualifier="about"),
    ]))
    s.add(_doc("a2023", "平顶山市", "410400", "prefecture", "河南省", 2023, [
        _fact("gdp", "actual", "2022", "growth", 7.4),
        _fact("gdp", "actual", "2022", "level", 0.31, unit="万亿元"),  # compared in 亿元: 3100
        _fact("fixed_asset_investment", "actual", "2022", "growth", 6.8),
        _fact("pm25", "actual", "2022", "level", 44.0, unit="微克/立方米"),
        _fact("urban_new_jobs", "actual", "2022", "level", 48000.0, unit="人"),
    ]))
    # a later report restating the 2022 figure differently must not win over the 2023 report
    s.add(_doc("a2024", "平顶山市", "410400", "prefecture", "河南省", 2024, [
        _fact("gdp", "actual", "2022", "growth", 5.0)]))
    yield s
    s.close()


def _by(df, ind, measure=None):
    rows = df[(df.indicator == ind) & ((df.measure == measure) if measure else True)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_verdict_rules():
    assert verdict("gdp", "growth", "about", 7, None, 6.6, 0.5) == ("met", pytest.approx(-0.4))
    assert verdict("gdp", "growth", "about", 7, None, 6.4, 0.5)[0] == "missed"
    assert verdict("gdp", "growth", "about", 7, None, 7.6, 0.5)[0] == "exceeded"
    assert verdict("gdp", "growth", "about", 7, None, 7.6, 1.0)[0] == "met"
    # lower is better: about/at_most flip
    assert verdict("cpi", "growth", "about", 3, None, 1.6, 0.5)[0] == "exceeded"
    assert verdict("cpi", "growth", "about", 3, None, 3.8, 0.5)[0] == "missed"
    assert verdict("urban_unemployment_rate", "share", "at_most", 5.5, None, 5.2, 0.5)[0] == "met"
    assert verdict("urban_unemployment_rate", "share", "at_most", 5.5, None, 4.5, 0.5)[0] == "exceeded"
    assert verdict("urban_unemployment_rate", "share", "at_most", 5.5, None, 5.6, 0.5)[0] == "missed"
    # at_least
    assert verdict("gdp", "growth", "at_least", 6, None, 4.1, 0.5)[0] == "missed"
    assert verdict("gdp", "growth", "at_least", 6, None, 6.3, 0.5)[0] == "met"
    assert verdict("gdp", "growth", "at_least", 6, None, 6.6, 0.5)[0] == "exceeded"
    # 下降3%以上 = -3 at_least: a fall of at least 3%
    assert verdict("energy_intensity", "growth", "at_least", -3, None, -4.2, 0.5)[0] == "exceeded"
    assert verdict("energy_intensity", "growth", "at_least", -3, None, -3.2, 0.5)[0] == "met"
    assert verdict("energy_intensity", "growth", "at_least", -3, None, -2.0, 0.5)[0] == "missed"
    # range
    assert verdict("gdp", "growth", "range", 6, 6.5, 6.2, 0.5) == ("met", 0.0)
    assert verdict("gdp", "growth", "range", 6, 6.5, 6.8, 0.5) == ("exceeded", pytest.approx(0.3))
    assert verdict("gdp", "growth", "range", 6, 6.5, 5.5, 0.5) == ("missed", pytest.approx(-0.5))
    # qualitative and missing actuals
    assert verdict("disposable_income", "growth", "qualitative", None, None, 5.0, 0.5) == ("qualitative", None)
    assert verdict("gdp", "growth", "about", 7, None, None, 0.5) == ("no_actual", None)
    # levels: the tolerance is a percentage of the target
    assert verdict("gdp", "level", "about", 1000, None, 1004, 0.5)[0] == "met"
    assert verdict("gdp", "level", "about", 1000, None, 1006, 0.5)[0] == "exceeded"


def test_scorecard_from_reports(store):
    df = scorecard(store, "平顶山市", 2022)
    assert list(df.columns)[:6] == ["region", "region_code", "year", "indicator", "indicator_name", "measure"]
    assert set(df.region_code) == {"410400"} and set(df.year) == {2022}
    expect = {"gdp": ("met", -0.3), "general_budget_revenue": ("missed", -1.9), "industrial_va": ("exceeded", 1.5),
              "cpi": ("exceeded", -1.4), "urban_unemployment_rate": ("met", -0.3),
              "energy_intensity": ("exceeded", -1.2), "grain_output": ("exceeded", 1.2),
              "rnd_intensity": ("no_actual", None), "disposable_income": ("qualitative", None)}
    assert set(df.indicator) == set(expect)
    for ind, (v, gap) in expect.items():
        r = _by(df, ind)
        assert r.verdict == v, (ind, r.verdict)
        if gap is None:
            assert pd.isna(r.gap)
        else:
            assert r.gap == pytest.approx(gap)
    gdp = _by(df, "gdp")
    assert gdp.indicator_name == "地区生产总值"
    assert gdp.target_doc == "pds2022.txt" and gdp.actual_doc == "pds2023.txt"
    assert gdp.target_quote == "地区生产总值增长7%左右" and "6.7%" in gdp.actual_quote
    assert _by(df, "grain_output").unit == "亿斤"


def test_scorecard_tolerance_and_region_code(store):
    strict = scorecard(store, "410400", 2022, tolerance=0.2)
    assert _by(strict, "gdp").verdict == "missed"
    assert _by(strict, "urban_unemployment_rate").verdict == "exceeded"
    assert (strict.tolerance == 0.2).all()


def test_scorecard_all_years_and_no_targets(store):
    df = scorecard(store, "平顶山市")
    assert set(df.year) == {2022, 2023}
    assert _by(df[df.year == 2023], "gdp").verdict == "no_actual"
    # a county whose next report is missing: every numeric target has no actual
    ru = scorecard(store, "汝州市", 2022)
    assert set(ru.verdict) == {"no_actual"} and len(ru) == 2
    with pytest.raises(ValueError):
        scorecard(store, "不存在市")


def test_scorecard_handmade_units_ranges_and_preference(handmade):
    df = scorecard(handmade, "平顶山市", 2022)
    g = _by(df, "gdp", "growth")
    assert (g.verdict, g.actual_doc) == ("met", "a2023.txt")  # 7.4 vs 7 左右; not the 2024 restatement
    lvl = _by(df, "gdp", "level")
    assert lvl.actual_value == pytest.approx(3100.0) and lvl.unit == "亿元"
    assert lvl.verdict == "exceeded" and lvl.gap == pytest.approx(100.0)
    fai = _by(df, "fixed_asset_investment")
    assert (fai.verdict, fai.target_high) == ("exceeded", 6.5) and fai.gap == pytest.approx(0.3)
    pm = _by(df, "pm25")
    assert pm.verdict == "exceeded"  # 44 ≤ 50, lower is better
    jobs = _by(df, "urban_new_jobs")
    assert jobs.actual_value == pytest.approx(4.8) and jobs.verdict == "missed"
    assert _by(df, "retail_sales").verdict == "no_actual"


def test_compare_under_city(store):
    df = compare(store, "gdp", 2022, under="平顶山市")
    assert df.measure.iloc[0] == "growth"
    rel = dict(zip(df.region, df.relation))
    assert rel["河南省"] == "ancestor" and rel["平顶山市"] == "self"
    assert rel["汝州市"] == "child" and rel["郏县"] == "child" and rel["叶县"] == "child"  # 叶县: no report
    r = df.set_index("region")
    assert r.loc["平顶山市", "value"] == 7.0
    assert r.loc["汝州市", "diff_from_parent"] == pytest.approx(1.0)
    assert r.loc["郏县", "diff_from_parent"] == pytest.approx(0.5)
    # siblings with values: 8 and 7.5, median 7.75
    assert r.loc["汝州市", "diff_from_sibling_median"] == pytest.approx(0.25)
    assert r.loc["郏县", "diff_from_sibling_median"] == pytest.approx(-0.25)
    assert pd.isna(r.loc["叶县", "value"])
    assert r.loc["汝州市", "doc"] == "ruzhou2022.txt" and r.loc["汝州市", "quote"] == "地区生产总值增长8%左右"
    assert list(df.region[:2]) == ["河南省", "平顶山市"]


def test_compare_level_province_and_roles(store):
    df = compare(store, "general_budget_revenue", 2022, province="河南省", level="county")
    counties = df[df.relation == "child"]
    assert set(counties.region) == {"汝州市", "郏县"}
    r = counties.set_index("region")
    # the parent (平顶山市, 6% 以上) is not listed, the difference is still computed
    assert r.loc["汝州市", "diff_from_parent"] == pytest.approx(1.0)
    assert r.loc["郏县", "diff_from_parent"] == pytest.approx(-1.0)
    act = compare(store, "gdp", 2022, under="平顶山市", role="actual")
    assert act.set_index("region").loc["平顶山市", "value"] == 6.7
    lvl = compare(store, "grain_output", 2022, under="平顶山市")
    assert lvl.measure.iloc[0] == "level" and lvl.set_index("region").loc["平顶山市", "unit"] == "亿斤"
    everyone = compare(store, "gdp", 2022, level="county")
    assert set(everyone.region) == {"汝州市", "郏县"}


def test_panel_tidy(store):
    df = panel(store)
    for col in ["region", "region_code", "level", "parent", "province", "report_year", "period", "indicator",
                "role", "measure", "value", "value_high", "qualifier", "unit", "value_norm", "quote", "doc"]:
        assert col in df.columns
    grain = df[(df.indicator == "grain_output") & (df.role == "actual")].iloc[0]
    assert grain.value == 46.2 and grain.value_norm == pytest.approx(46.2e8) and grain.unit_norm == "斤"
    sub = panel(store, indicators="gdp,cpi", roles=["target"])
    assert set(sub.indicator) == {"gdp", "cpi"} and set(sub.role) == {"target"}


def test_panel_wide(store):
    w = panel(store, indicators=["gdp", "general_budget_revenue"], wide=True)
    assert not w.region.isna().any()
    r = w.set_index(["region", "period"])
    assert r.loc[("平顶山市", "2022"), "gdp_target_growth"] == 7.0
    assert r.loc[("平顶山市", "2022"), "gdp_actual_growth"] == 6.7
    assert r.loc[("汝州市", "2022"), "general_budget_revenue_target_growth"] == 7.0
    assert w.attrs["labels"]["gdp_target_growth"].startswith("地区生产总值 目标")


def test_stata_names():
    names = stata_names(["region", "general_budget_expenditure_actual_growth", "urban_unemployment_rate_target_share",
                         "x" * 40, "x" * 40 + "y", "1bad name", "地区"])
    for v in names.values():
        assert len(v) <= 32 and v.isascii() and (v[0].isalpha() or v[0] == "_")
        assert all(c.isalnum() or c == "_" for c in v)
    assert len(set(names.values())) == len(names)
    assert names["general_budget_expenditure_actual_growth"] == "general_budget_expenditure_a_gr"


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx", ".dta"])
@pytest.mark.parametrize("wide", [False, True])
def test_write_panel_roundtrip(store, tmp_path, suffix, wide):
    df = panel(store, wide=wide)
    path = write_panel(df, tmp_path / f"panel{suffix}")
    if suffix == ".csv":
        back = pd.read_csv(path, dtype={"region_code": str, "period": str})
    elif suffix == ".parquet":
        back = pd.read_parquet(path)
    elif suffix == ".xlsx":
        back = pd.read_excel(path, dtype={"region_code": str, "period": str})
    else:
        back = pd.read_stata(path)
        with pd.io.stata.StataReader(path) as rd:
            labels = rd.variable_labels()
        assert labels["region"] == "地区"
        if wide:
            assert labels["gdp_target_growth"].startswith("地区生产总值")
        else:
            assert labels["value_norm"] == "换算到基本单位的数值"
    assert len(back) == len(df)
    assert "平顶山市" in set(back["region"])
    if suffix != ".dta" or not wide:
        assert set(back["region_code"].astype(str)) == set(df["region_code"])
    if wide:
        col = "gdp_target_growth"
        got = back.set_index([back.region.astype(str), back.period.astype(str)])[col]
        assert got[("平顶山市", "2022")] == 7.0
    else:
        assert back["value_norm"].dropna().round(6).tolist() == df["value_norm"].dropna().round(6).tolist()


def test_write_panel_rejects_unknown_suffix(store, tmp_path):
    with pytest.raises(ValueError):
        write_panel(panel(store), tmp_path / "p.sav")


def test_corpus_methods(family_db):
    with planwatch.open(family_db, read_only=True) as c:
        assert _by(c.scorecard("平顶山市", 2022), "gdp").verdict == "met"
        assert "汝州市" in set(c.compare("gdp", 2022, under="平顶山市").region)
        assert len(c.panel(indicators="gdp")) > 0


def test_cli(family_db, tmp_path):
    run = CliRunner().invoke
    res = run(app, ["scorecard", "平顶山市", "--year", "2022", "--format", "jsonl", "--db", str(family_db)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert {r["indicator"]: r["verdict"] for r in rows}["general_budget_revenue"] == "missed"
    res = run(app, ["scorecard", "平顶山市", "--db", str(family_db)])
    assert res.exit_code == 0 and "missed" in res.output
    res = run(app, ["scorecard", "火星市", "--db", str(family_db)])
    assert res.exit_code == 2 and "unknown region" in res.output
    res = run(app, ["compare", "--indicator", "gdp", "--year", "2022", "--under", "平顶山市", "-f", "csv",
                    "--db", str(family_db)])
    assert res.exit_code == 0 and "汝州市" in res.output
    out = tmp_path / "p.dta"
    res = run(app, ["panel", "--indicators", "gdp,cpi", "--roles", "target,actual", "--wide", "--out", str(out),
                    "--db", str(family_db)])
    assert res.exit_code == 0, res.output
    assert "gdp_target_growth" in pd.read_stata(out).columns
