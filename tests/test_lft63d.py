"""lft63d (decision 538): what this hour's rounds left, one class at a time, blind.

- A zone of a kind no list held setting its own target (“日照国际海洋城确定的地区生产总值增长目标为8%，全市实际增长4.6%”,
  “…度假区确定的…”): the zone's figure, no target of the region's; the whole's result after it the region's (failed on the
  base: the zone's 8% the city's target, the sentence after it turned to targets).
- A part's contribution to the region's change (“其中易地扶贫搬迁带动城镇化率提高1.5个百分点”): no change of the region's
  (failed on the base: the region's urbanization pp_change).
- A bracket of the neighbours led by a word, no name (“增长与全省同步（周边县市分别为7%、6.5%）”): their figures, none the
  region's (failed on the base: the neighbours' 7% the region's target).
- “为60个贫困村每村安排发展资金50万元”: the funds are the pledge; the villages each given them are no pledge of their own
  (failed on the base: a pledge of 贫困村每村 60个).
- “我们将确保90个贫困村退出”: the subject and its will before a count are no object (failed on the base: no pledge, or
  one of the object 我们).
Look-alikes keep their reading: listed zones, a named neighbour's bracket, the region's own change, a per-village norm after
a count, the tasks' own counts."""
import pytest

import planwatch

_PAGE = ("宣威市2019年政府工作报告（摘要）\n——2019年1月15日在宣威市第十七届人民代表大会第四次会议上\n\n"
         "2018年，全市地区生产总值完成308.4亿元，增长9.1%。{r}\n\n2019年主要预期目标：{g}\n\n2019年重点工作\n{t}\n")


def _read(r: str = "", g: str = "地区生产总值增长8.5%。", t: str = "新建农村公路100公里。"):
    text = _PAGE.format(r=r, g=g, t=t)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return text, doc


def _facts(part: str, **kw):
    text, doc = _read(**kw)
    i, n = text.index(part), len(part)
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts
            if i <= f.start < i + n and not f.indicator.startswith("other:")}


def _pledges(t: str):
    text, doc = _read(t=t)
    i = text.index(t)
    return {(p.object, p.value, p.unit, p.period) for p in doc.pledges if p.start >= i}


# 1. a zone of a kind no list held, setting its own target: no figure of the region's (failed on the base)
@pytest.mark.parametrize("r, want", [
    ("年初，宣威高铁商贸城确定的社会消费品零售总额增长目标为12%，全市实际增长9.6%。",
     {("retail_sales", "actual", "2018", "growth", 9.6)}),
    ("年初，宣威科技城确定的规模以上工业增加值增长目标为15%，全市实际增长10.2%。",
     {("industrial_va", "actual", "2018", "growth", 10.2)}),
    ("年初，宣威温泉旅游度假区确定的旅游总收入增长目标为20%，全市旅游总收入完成58.3亿元。",
     {("tourism_revenue", "actual", "2018", "level", 58.3)}),
    ("年初，来宾滨海区确定的固定资产投资增长目标为18%，全市实际增长11%。",
     {("fixed_asset_investment", "actual", "2018", "growth", 11)}),
])
def test_unlisted_zone_sets_its_own(r, want):
    assert _facts(r, r=r) == want


# 1'. look-alikes: a listed zone (as before), the region's own 全市确定的 (its target and its result)
@pytest.mark.parametrize("r, want", [
    ("年初，宣威经济开发区确定的规模以上工业增加值增长目标为15%，全市实际增长10.2%。",
     {("industrial_va", "actual", "2018", "growth", 10.2)}),
    ("年初，全市确定的社会消费品零售总额增长目标为10%，全市实际增长9.6%。",
     {("retail_sales", "target", "2018", "growth", 10), ("retail_sales", "actual", "2018", "growth", 9.6)}),
])
def test_listed_zone_and_own_word_kept(r, want):
    assert _facts(r, r=r) == want


# 2. a part's contribution to the region's change, led by 其中: none of the region's (failed on the base)
@pytest.mark.parametrize("r", [
    "常住人口城镇化率达到40.5%，其中易地扶贫搬迁带动城镇化率提高0.9个百分点。",
    "全年减少贫困人口1.1万人，其中易地扶贫搬迁带动城镇化率提高1.5个百分点。",
    "全年减少贫困人口1.1万人，其中，易地扶贫搬迁拉动全市常住人口城镇化率提高1.2个百分点。",
])
def test_part_contribution_not_region_change(r):
    assert ("urbanization_rate", "actual", "2018", "pp_change") not in {k[:4] for k in _facts(r, r=r)}


# 2'. look-alikes: the region's own change (with the part after it), the change with no part
@pytest.mark.parametrize("r, want", [
    ("常住人口城镇化率提高2.1个百分点，其中易地扶贫搬迁带动提高0.9个百分点。",
     {("urbanization_rate", "actual", "2018", "pp_change", 2.1)}),
    ("全年减少贫困人口1.1万人，常住人口城镇化率提高1.5个百分点。",
     {("urbanization_rate", "actual", "2018", "pp_change", 1.5)}),
])
def test_region_change_kept(r, want):
    assert _facts(r, r=r) == want


# 3. a bracket of the neighbours led by a word: their figures, none the region's (failed on the base)
@pytest.mark.parametrize("g, want", [
    ("固定资产投资增长与全省同步（周边县市分别为7%、6.5%），一般公共预算收入增长6%。",
     {("fixed_asset_investment", "target", "2019", "growth", None), ("general_budget_revenue", "target", "2019", "growth", 6)}),
    ("一般公共预算收入增长快于全市（周边县区分别安排5%和6%）。",
     {("general_budget_revenue", "target", "2019", "growth", None)}),
    ("固定资产投资稳定增长（相邻县市分别为7%、6.5%），社会消费品零售总额增长8%。",
     {("fixed_asset_investment", "target", "2019", "growth", None), ("retail_sales", "target", "2019", "growth", 8)}),
    ("固定资产投资稳定增长（周边县市安排5%，全市安排6%）。", {("fixed_asset_investment", "target", "2019", "growth", 6)}),
])
def test_neighbours_bracket_by_word(g, want):
    assert _facts(g, g=g) == want


# 3'. look-alikes: the region's own figure before the bracket, a named neighbour's bracket (decision 530)
@pytest.mark.parametrize("g, want", [
    ("规模以上工业增加值增长10%（周边县市分别为9%、8.5%）。", {("industrial_va", "target", "2019", "growth", 10)}),
    ("一般公共预算收入增长与全市同步（会泽县安排5%，富源县安排6%）。",
     {("general_budget_revenue", "target", "2019", "growth", None)}),
])
def test_own_figure_and_named_bracket_kept(g, want):
    assert _facts(g, g=g) == want


# 4. villages each given an amount: the amount is the pledge, the count of villages none (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("为60个贫困村每村安排村集体经济发展资金50万元。", {("村集体经济发展资金", 50, "万元", "2019")}),
    ("为30个深度贫困村每村安排扶贫资金100万元，新建农村公路100公里。",
     {("扶贫资金", 100, "万元", "2019"), ("农村公路", 100, "公里", "2019")}),
    ("为120户搬迁户每户安排产业扶持资金5000元。", {("产业扶持资金", 5000, "元", "2019")}),
])
def test_each_given_no_count_pledge(t, want):
    assert _pledges(t) == want


# 4'. look-alikes: the villages' own count with a norm after it, a plain count
@pytest.mark.parametrize("t, want", [
    ("新建光伏电站30座，每村年增收5万元以上。", {("光伏电站", 30, "座", "2019")}),
    ("新建村级活动场所60个。", {("村级活动场所", 60, "个", "2019")}),
    ("改造120户农村危房，每户补助2万元。", {("农村危房", 120, "户", "2019")}),
])
def test_count_pledges_kept(t, want):
    assert _pledges(t) == want


# 5. the subject and its will before a count: no object (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("今年，我们将确保90个贫困村退出（出列）、4.5万贫困人口脱贫。",
     {("贫困村", 90, "个", "2019"), ("贫困人口", 4.5, "万人", "2019")}),
    ("今年，我们确保90个贫困村退出。", {("贫困村", 90, "个", "2019")}),
    ("今年，我们要确保45个贫困村退出，新建农村公路100公里。",
     {("贫困村", 45, "个", "2019"), ("农村公路", 100, "公里", "2019")}),
])
def test_we_will_ensure_count(t, want):
    assert _pledges(t) == want


# 5'. look-alikes: the same without 我们, and 我们将 before a verb
@pytest.mark.parametrize("t, want", [
    ("今年，确保90个贫困村退出（出列）、4.5万贫困人口脱贫。",
     {("贫困村", 90, "个", "2019"), ("贫困人口", 4.5, "万人", "2019")}),
    ("今年，我们将新建学校5所。", {("学校", 5, "所", "2019")}),
])
def test_count_without_we_kept(t, want):
    assert _pledges(t) == want


# the verb as written keeps its bracketed gloss (the spec's "the verb as written"; unchanged, a reading kept)
def test_action_keeps_gloss():
    text, doc = _read(t="确保28个贫困村退出（出列），新建（改扩建）学校5所。")
    assert {(p.action, p.object) for p in doc.pledges} == {("退出（出列）", "贫困村"), ("新建（改扩建）", "学校")}
