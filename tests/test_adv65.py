"""adv65 (decision 563): an adversarial review of decisions 551, 555 and 558, blind.

- A grant at a rate for each whose funds are named before the word of each (“产业发展资金每村补助40万元”, “集体经济发展资金
  每村奖补30万元”) or after the amount (“每村补助40万元产业发展资金”): a pledge of the funds at the rate, as “每村补助产业
  发展资金40万元” is (decision 551 (b)); failed on the base (none, or the verb inside the funds' name acting).
- A grant after 每 and another counter of places or bodies (“每所学校补助改造资金30万元”, “每家企业补助研发经费10万元”,
  “为20所农村学校每校补助改造资金30万元”: decision 558's Left): the grant verb acts (failed on the base: none, or 改造 资金).
- Levels above's targets in turn where the prefecture is a 自治州 or a 盟 (“全省确定为7%左右，全州确定为7.5%左右，全县确定为
  8%”, “全区确定为6%左右，全盟确定为6.5%左右，全旗确定为7%”): the region's own last is its target (failed on the base: none;
  decision 558 read 全市 only).
每校 before a verb of no grant is a norm for each as 每所学校 is (“每校配备1名心理健康教师”: failed on the base, pledged).
Look-alikes keep their reading: a bare norm after a count (“改造农村危房900户，每户补助2万元”), a norm for each with no
amount in 元 (“每所学校配备1名心理健康教师”), the same grants in the review (no pledge), a 州's own report (全州 its own), the
levels above only (no target)."""
from __future__ import annotations

import pytest

from factkeys import pledges_from, read

_PAGE = ("石阡县2023年政府工作报告\n——2023年1月10日在石阡县第十八届人民代表大会第三次会议上\n县长　王强\n"
         "一、2022年工作回顾\n{r}\n二、2023年重点工作\n{t}\n")


def _pledges(t: str, review: str = "全县地区生产总值增长5%。") -> set:
    page = _PAGE.replace("{r}", review)
    return {(p.action, p.object, p.value, p.unit) for p in pledges_from(page, t)}


def _review_pledges(r: str) -> set:
    text = _PAGE.format(r=r, t="新建公园2个。")
    i = text.index(r)
    return {(p.object, p.value) for p in read(text, "t.txt").pledges if i <= p.start < i + len(r)}


# the funds named before the word of each, or after the amount (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("产业发展资金每村补助40万元。", ("补助", "产业发展资金", 40, "万元")),
    ("集体经济发展资金每村奖补30万元。", ("奖补", "集体经济发展资金", 30, "万元")),
    ("危房改造资金每户补助2万元。", ("补助", "危房改造资金", 2, "万元")),
    ("安排衔接资金2亿元，产业发展资金每个行政村补助50万元。", ("补助", "产业发展资金", 50, "万元")),
    ("每村补助40万元产业发展资金。", ("补助", "产业发展资金", 40, "万元")),
    ("为30个重点村每村补助40万元产业发展资金。", ("补助", "产业发展资金", 40, "万元")),
    ("每户补助1万元产业扶持资金，支持发展特色种养业。", ("补助", "产业扶持资金", 1, "万元")),
    ("每村奖补30万元集体经济发展资金。", ("奖补", "集体经济发展资金", 30, "万元")),
])
def test_grant_funds_named_in_another_order(t, want):
    assert want in _pledges(t)


# 每 and another counter of places or bodies, or 每校 (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("每所学校补助改造资金30万元。", ("补助", "改造资金", 30, "万元")),
    ("为20所农村学校每校补助改造资金30万元。", ("补助", "改造资金", 30, "万元")),
    ("对50家企业每家奖补技改资金20万元。", ("奖补", "技改资金", 20, "万元")),
    ("每家企业补助研发经费10万元。", ("补助", "研发经费", 10, "万元")),
])
def test_grant_after_each_counter(t, want):
    assert _pledges(t) == {want}


# 每校 before a verb of no grant is a norm for each, as 每所学校 is (failed on the base: the figure pledged as a total)
@pytest.mark.parametrize("t", ["每校配备1名心理健康教师。", "为10所学校每校新建1个标准化操场。"])
def test_each_school_norm_is_no_total(t):
    assert _pledges(t) == set()


# look-alikes: a bare norm, a norm for each, the funds' verbs elsewhere (pass before and after)
@pytest.mark.parametrize("t, want", [
    ("改造农村危房900户，每户补助2万元。", {("改造", "农村危房", 900, "户")}),
    ("新建学校3所，每所补助500万元。", {("新建", "学校", 3, "所")}),
    ("每户补助2万元，用于危房改造。", set()),
    ("农村危房改造每户补助2万元。", set()),
    ("每所学校配备1名心理健康教师。", set()),
    ("新建村级卫生室25个，每个补助建设经费15万元。", {("新建", "村级卫生室", 25, "个"), ("补助", "建设经费", 15, "万元")}),
    ("每人每年补助标准提高到600元。", {("提高到", "补助标准", 600, "元")}),
    ("安排衔接推进乡村振兴补助资金3.5亿元。", {("安排", "衔接推进乡村振兴补助资金", 3.5, "亿元")}),
    ("为每户贫困户发放产业扶持资金5000元。", {("发放", "产业扶持资金", 5000, "元")}),  # (decision 573's settled reading)
])
def test_look_alikes_kept(t, want):
    assert _pledges(t) == want


# the same grants in the review: last year's, no pledge (pass before and after)
@pytest.mark.parametrize("r", [
    "产业发展资金每村补助30万元。",
    "为45个重点村每村补助产业发展资金30万元。",
    "每村补助40万元产业发展资金。",
    "每所学校补助改造资金30万元。",
    "2022年，为30个村每村奖补建设资金20万元。",
])
def test_review_grants_pledge_nothing(r):
    assert _review_pledges(r) == set()


def _targets(region: str, title: str, s: str) -> set:
    text = (f"{region}2022年政府工作报告\n——2022年1月8日在{region}第十届人民代表大会第二次会议上\n{title}　杨明\n"
            f"一、2021年工作回顾\n地区生产总值增长5%。\n二、2022年重点工作\n{s}\n新建公园2个。\n")
    d = read(text, "t.txt")
    i = text.index(s)
    return {(f.indicator, f.role, f.period, f.value) for f in d.facts if f.start >= i}


# levels above in turn, a 自治州 or a 盟 among them (failed on the base: no target)
@pytest.mark.parametrize("region, title, s, want", [
    ("安龙县", "县长", "地区生产总值增长目标，全省确定为7%左右，全州确定为7.5%左右，全县确定为8%。", 8),
    ("安龙县", "县长", "地区生产总值增长目标，全州确定为7.5%左右，全县确定为8%左右。", 8),
    ("安龙县", "县长", "地区生产总值增长目标：全省预期增长7%左右，全州预期增长7.5%左右，全县预期增长8%。", 8),
    ("凯里市", "市长", "地区生产总值增长目标，全省确定为7%左右，全州确定为7.5%左右，全市确定为8%。", 8),
    ("科尔沁右翼前旗", "旗长", "地区生产总值增长目标，全区确定为6%左右，全盟确定为6.5%左右，全旗确定为7%。", 7),
    ("安龙县", "县长", "地区生产总值增长目标，全州确定为7.5%左右，我县确定为8%。", 8),
])
def test_levels_in_turn_under_a_zhou_or_meng(region, title, s, want):
    assert _targets(region, title, s) == {("gdp", "target", "2022", want)}


# look-alikes: the 州's or 盟's own report, the levels above only, the own first (pass before and after)
@pytest.mark.parametrize("region, title, s, want", [
    ("黔西南州", "州长", "地区生产总值增长目标，全省确定为7%左右，全州确定为7.5%左右。", {("gdp", "target", "2022", 7.5)}),
    ("黔西南州", "州长", "地区生产总值增长7.5%左右，全省确定为7%左右。", {("gdp", "target", "2022", 7.5)}),
    ("兴安盟", "盟长", "地区生产总值增长目标，全区确定为6%左右，全盟确定为6.5%左右。", {("gdp", "target", "2022", 6.5)}),
    ("安龙县", "县长", "地区生产总值增长目标，全省确定为7%左右，全州确定为7.5%左右。", set()),
    ("安龙县", "县长", "全县地区生产总值增长8%，全州确定为7.5%左右。", {("gdp", "target", "2022", 8)}),
])
def test_levels_look_alikes_kept(region, title, s, want):
    assert _targets(region, title, s) == want
