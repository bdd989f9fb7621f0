"""stl64b (decision 551): per-unit subsidies and allocations, settled.

- A grant at a rate for each, its funds named between the grant verb and the amount (“每户补助危房改造资金2.5万元”,
  “每村补助产业发展资金30万元”): a pledge of the funds at the rate, as “每村安排…资金50万元” is (failed on the base: no
  pledge, the 每 before the verb read as a norm for each, and 补助 no verb).
Look-alikes keep their reading: a bare norm after a count (“改造农村危房900户，每户补助2万元”, “每所投入5万元”: how each
thing counted is paid, no pledge; gold optional), a norm of things (“每县培育1个…”), the allocations with 安排, whom the
funds are for counted before 每 (no pledge of their own), a standard raised (提高到每人每年…元), last year's grants."""
import pytest

import planwatch

_REPORT = ("岚皋县2019年政府工作报告\n——2019年1月9日在岚皋县第十八届人民代表大会第四次会议上\n\n一、2018年工作回顾\n"
           "2018年，全县地区生产总值增长8.1%。{r}\n\n二、2019年重点工作\n今年全县地区生产总值预期增长8%左右。\n{t}\n")


def _pledges(t: str = "", r: str = "") -> set:
    text = _REPORT.format(r=r, t=t)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return {(p.action, p.object, p.value, p.unit, p.period) for p in doc.pledges}


# 1. the funds named between the grant verb and the amount for each (failed on the base: no pledge)
@pytest.mark.parametrize("t, want", [
    ("改造农村危房2000户，每户补助危房改造资金2.5万元。",
     {("改造", "农村危房", 2000, "户", "2019"), ("补助", "危房改造资金", 2.5, "万元", "2019")}),
    ("每户补助危房改造资金2万元，共300户。", {("补助", "危房改造资金", 2, "万元", "2019")}),
    ("今年每村补助产业发展资金30万元，新建通村公路120公里。",
     {("补助", "产业发展资金", 30, "万元", "2019"), ("新建", "通村公路", 120, "公里", "2019")}),
    ("新建移民安置点12个，每户补助搬迁资金1.5万元。",
     {("新建", "移民安置点", 12, "个", "2019"), ("补助", "搬迁资金", 1.5, "万元", "2019")}),
])
def test_grant_with_its_funds_named_is_a_pledge(t, want):
    assert _pledges(t) == want


# 2. look-alikes that pass on both: bare norms, norms of things, allocations, standards, last year's grants
@pytest.mark.parametrize("t, want", [
    ("改造农村危房900户，每户补助2万元。", {("改造", "农村危房", 900, "户", "2019")}),
    ("新建农村幸福院20所，每所投入5万元。", {("新建", "农村幸福院", 20, "所", "2019")}),
    ("新建高标准农田20万亩，每亩补助3000元。", {("新建", "高标准农田", 20, "万亩", "2019")}),
    ("每县培育1个省级现代农业产业园。新建通村公路120公里。", {("新建", "通村公路", 120, "公里", "2019")}),
    ("为28个深度贫困村每村安排产业发展资金50万元。", {("安排", "产业发展资金", 50, "万元", "2019")}),
    ("城乡居民基本医疗保险财政补助标准提高到每人每年520元。",
     {("提高到", "城乡居民基本医疗保险财政补助标准", 520, "元", "2019")}),
    ("安排衔接推进乡村振兴补助资金8亿元。", {("安排", "衔接推进乡村振兴补助资金", 8, "亿元", "2019")}),
])
def test_look_alikes_kept(t, want):
    assert _pledges(t) == want


def test_last_years_grant_pledges_nothing():
    got = _pledges("新建通村公路120公里。", r="改造农村危房1350户，每户补助危房改造资金1.5万元。")
    assert got == {("新建", "通村公路", 120, "公里", "2019")}


# 3. a rate for each after the allowance's clause, behind a clause with a figure of its own (failed on the base: no
#    pledge, or the rate read as the clause before's object: “提高到 农村公路 7元”)
@pytest.mark.parametrize("t, obj, value, action", [
    ("新建通村公路120公里，发放高龄津贴，每人每月100元。", "高龄津贴", 100, "发放"),
    ("农村低保标准提高到每人每年5900元，为80周岁以上老人发放高龄津贴，每人每月100元。", "高龄津贴", 100, "发放"),
    ("新建农村公路100公里，提高义务教育学生营养膳食补助标准，每生每天提高到7元。",
     "义务教育学生营养膳食补助标准", 7, "提高到"),
])
def test_rate_after_the_allowance_behind_a_figure(t, obj, value, action):
    got = _pledges(t)
    assert (action, obj, value, "元", "2019") in got
    assert not [p for p in got if p[2] == value and p[1] != obj]


# 3'. look-alikes: the allowance's clause opening the sentence, a bare norm after a count (pass on both)
@pytest.mark.parametrize("t, want", [
    ("发放高龄津贴，每人每月100元。", {("发放", "高龄津贴", 100, "元", "2019")}),
    ("新建安置房500套，每户补助2万元。", {("新建", "安置房", 500, "套", "2019")}),
    ("新建通村公路120公里，每公里补助5万元。", {("新建", "通村公路", 120, "公里", "2019")}),
])
def test_rate_look_alikes_kept(t, want):
    assert _pledges(t) == want
