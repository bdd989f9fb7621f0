"""What the last rounds left, blind (lft55, decision 450): a bare count of people with 全部 before the status
("确保剩余485户1896人全部脱贫", "实现1500人全部脱贫") pledges the people, the status its object, as "实现1896人脱贫" does;
the look-alikes keep what they gave (a named people's 全部脱贫, a village count's 全部退出, a household count before
入住, a review's 全部脱贫 with its year, a standard per head for the people counted after it, a plan's lone aim after
its lead, an editor's note citing last year's target)."""
from pathlib import Path

import pytest

import planwatch

_BLIND = Path(__file__).resolve().parent.parent / "benchmarks" / "blind" / "lft55" / "texts"


def _page(year: int, body: str, review: str = "") -> str:
    return (f"某某县{year}年政府工作报告\n——{year}年1月10日在某某县第十八届人民代表大会第四次会议上\n\n"
            f"一、{year - 1}年工作回顾\n过去一年，全县地区生产总值增长6.5%。{review}\n\n"
            f"二、{year}年重点工作\n{body}\n")


def _pledges(body: str, year: int = 2019, review: str = ""):
    text = _page(year, body, review)
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return doc.pledges


def _keys(body: str, year: int = 2019, review: str = "") -> set[tuple[str, str, float, str, str]]:
    return {(p.action, p.object, p.value, p.unit, p.period) for p in _pledges(body, year, review)}


# 1. a bare count of people, 全部, then the status: the year's pledge of those people (failed on the base: none)
@pytest.mark.parametrize("body, want", [
    ("确保剩余485户1896人全部脱贫。", ("脱贫", "脱贫", 1896, "人", "2019")),
    ("实现1500人全部脱贫。", ("脱贫", "脱贫", 1500, "人", "2019")),
    ("今年全县确保剩余5.4万人全部脱贫，168个贫困村全部退出。", ("脱贫", "脱贫", 5.4, "万人", "2019")),
    ("确保剩余2860户11250人全部脱贫，贫困发生率降至1%以下。", ("脱贫", "脱贫", 11250, "人", "2019")),
    ("实现2300人全部稳定脱贫。", ("稳定脱贫", "稳定脱贫", 2300, "人", "2019")),
])
def test_bare_people_all_out_of_poverty(body, want):
    assert want in _keys(body)


def test_bare_people_all_quote_reaches_the_status():
    (p,) = [p for p in _pledges("确保剩余1896人全部脱贫。") if p.value == 1896]
    assert p.quote.endswith("1896人全部脱贫")


def test_households_before_the_people_count_nothing_of_their_own():
    # (the households of "485户1896人" are those people's homes: no pledge of 485 households comes with the fix)
    assert not any(p.value == 485 for p in _pledges("确保剩余485户1896人全部脱贫。"))


# 2. look-alikes that keep what they gave on the base
@pytest.mark.parametrize("body, want", [
    ("确保1500名贫困人口全部脱贫。", ("脱贫", "贫困人口", 1500, "名", "2019")),
    ("43个贫困村全部退出。", ("退出", "贫困村", 43, "个", "2019")),
    ("确保剩余1896人脱贫。", ("脱贫", "脱贫", 1896, "人", "2019")),
    ("实现1896人脱贫。", ("脱贫", "脱贫", 1896, "人", "2019")),
    ("新建安置住房300户全部入住。", ("新建", "安置住房", 300, "户", "2019")),
])
def test_look_alikes_unchanged(body, want):
    assert want in _keys(body)


def test_count_of_trainees_then_all_employed_keeps_the_training():
    # (全部 before a verb that is no status of the counted: the training is what is counted, as before)
    assert not any(p.object == "就业" for p in _pledges("培训农村劳动力1500人全部就业。"))


def test_review_all_out_of_poverty_with_its_year_pledges_nothing():
    got = _pledges("确保剩余1896人全部脱贫。", review="2018年全县4120户17300人全部脱贫，56个贫困村全部退出。")
    assert {p.value for p in got} == {1896}


# 3. the round's texts: the standard per head before the people counted, the plan's lone aim after its lead, the
# editor's note citing last year's target (right on the base and after)
def _doc(name: str):
    text = (_BLIND / name).read_text(encoding="utf-8")
    doc = planwatch.read_text(text, name)
    for item in (*doc.facts, *doc.pledges):
        assert text[item.start:item.end] == item.quote
    return doc


def test_standard_per_head_pledges_the_people_counted_after_it():
    doc = _doc("lft55_01_会宁县.txt")
    got = {(p.object, p.value, p.unit, p.period) for p in doc.pledges}
    assert any(o.endswith("护理补贴") and v == 3200 and u == "名" and y == "2019" for o, v, u, y in got)
    assert any(o.endswith("基本生活费") and v == 860 and u == "名" for o, v, u, y in got)
    assert ("脱贫", 11250, "人", "2019") in got
    assert not any(v in (17300, 2100) for o, v, u, y in got)  # (the review's, with its year)


def test_plan_report_lone_aim_after_its_lead_is_the_year_target():
    doc = _doc("lft55_02_丹凤县.txt")
    gdp = {(f.role, f.period, f.measure, f.value, f.qualifier) for f in doc.facts if f.indicator == "gdp"}
    assert ("target", "2018", "growth", 8, "about") in gdp
    assert not any(r == "actual" and y == "2018" for r, y, *_ in gdp)
    assert (doc.meta.doc_type, doc.meta.report_year, doc.meta.region_code) == ("plan_report", 2018, "611022")


def test_news_page_editor_note_target_is_last_year_not_this_year():
    doc = _doc("lft55_03_天水市.txt")
    gdp = {(f.role, f.period, f.value) for f in doc.facts if f.indicator == "gdp" and f.measure == "growth"}
    assert ("target", "2019", 7.5) in gdp and ("target", "2019", 9) not in gdp
    assert ("脱贫", 5.4, "万人") in {(p.object, p.value, p.unit) for p in doc.pledges}
    assert not any(p.value in (13.6, 3.2) for p in doc.pledges)  # (the report's review, quoted on the page)
    assert (doc.meta.report_year, doc.meta.region_code) == (2019, "620500")
