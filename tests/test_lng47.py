"""Decision 351 (lng47): whole reports of the south and south-west and of a metropolitan district (云南省 2019, 恭城瑶族自治县
2021, 闵行区 2024). A district's tasks wrote the capital arrived short, 实到 for 实际到位 (“实到外资12亿美元以上”): the
figure was read as the year's fdi target but no pledge, for 实到 was no verb of pledges (实际到位/到位/到账 are); the domestic
capital written the same way (“实到内资50亿元”, “实到市外资金30亿元”) was no indicator at all, and a last year's part
after a five years' total (“去年实到7.8亿美元”) was lost. 实到 is now a pledge verb (pledge_verbs.tsv), a verb of last
year's part (cues.tsv last_year_part_verbs), and its domestic names are domestic_investment_inflow's aliases
(indicators.tsv)."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import fact_items as _facts, pledge_items as _pledges

_HEAD = ("政府工作报告\n——2024年1月9日在上海市徐汇区第十七届人民代表大会第四次会议上\n各位代表：\n一、2023年工作回顾\n")
_MID = ("二、2024年主要预期目标\n今年主要预期目标是：地区生产总值增长5.5%左右。\n三、2024年重点工作\n（二）扩大开放。")


def _tasks(sentence: str):
    return planwatch.read_text(_HEAD + "全年实现地区生产总值1800亿元，增长5.8%。\n" + _MID + sentence + "\n", "t.txt")


def _review(sentence: str):
    return planwatch.read_text(_HEAD + sentence + "\n" + _MID + "新建绿道20公里。\n", "t.txt")


# the capital arrived written 实到 in the tasks is a pledge, as 实际使用/实际到位 are (before: the fdi target fact only)
@pytest.mark.parametrize("sentence, value, qualifier", [
    ("新引进总部型企业8家，实到外资9亿美元以上。", 9, "at_least"),
    ("全年实到外资6亿美元。", 6, "eq"),
    ("力争实到外资5.5亿美元。", 5.5, "eq"),
])
def test_capital_arrived_written_short_is_a_pledge(sentence, value, qualifier):
    r = _tasks(sentence)
    hits = [p for p in r.pledges if p.object.endswith("外资") and p.unit == "亿美元"]
    assert [(p.action, p.value, p.qualifier) for p in hits] == [("实到", value, qualifier)]
    assert ("fdi", "target", "2024", "level", value) in _facts(r)


# the domestic capital written the same way is domestic_investment_inflow's (before: no fact and no pledge)
def test_domestic_capital_arrived_written_short_in_the_tasks():
    r = _tasks("实到内资40亿元，引进亿元以上项目12个。")
    assert ("domestic_investment_inflow", "target", "2024", "level", 40) in _facts(r)
    assert ("实到", "内资", 40, "亿元") in _pledges(r)


@pytest.mark.parametrize("sentence, value", [
    ("全年实到市外资金26.4亿元，增长9.1%。", 26.4),
    ("实到省外资金1180亿元。", 1180),
])
def test_domestic_capital_arrived_written_short_in_the_review(sentence, value):
    assert ("domestic_investment_inflow", "actual", "2023", "level", value) in _facts(_review(sentence))


# last year's part after a five years' total, its verb 实到 (before: the total only)
def test_last_years_part_after_a_total_with_the_short_verb():
    facts = _facts(_review("五年累计实到外资28亿美元，去年实到6.9亿美元。"))
    assert ("fdi", "actual", "2019-2023", "level", 28) in facts
    assert ("fdi", "actual", "2023", "level", 6.9) in facts


# look-alikes that must not change: 落实到 keeps 落实 as its verb (the longer verb at the left) and no pledge is made of
# "落实到企业"; a rate of funds arrived (实到率) is no capital, in the review nor in the tasks
def test_luoshi_dao_keeps_its_verb():
    assert ("落实", "到村项目资金", 2600, "万元") in _pledges(_tasks("全面落实到村项目资金2600万元。"))
    assert not _tasks("把惠企政策落实到企业300家。").pledges


def test_a_rate_of_funds_arrived_is_no_capital():
    assert not [f for f in _review("重点项目资金实到率97%。").facts if f.indicator == "domestic_investment_inflow"]
    r = _tasks("重点项目资金实到率达到95%。")
    assert [(p.action, p.value) for p in r.pledges] == [("达到", 95)]
    assert not [f for f in r.facts if f.indicator in ("fdi", "domestic_investment_inflow")]


# look-alike that must not change: a change of the capital arrived stays a change pledge with the fdi growth target
def test_a_change_of_the_capital_arrived_stays_a_change():
    r = _tasks("实到外资增长5%以上。")
    assert [(p.action, p.value, p.unit) for p in r.pledges] == [("增长", 5, "%")]
    assert ("fdi", "target", "2024", "growth", 5) in _facts(r)


# look-alike that must not change: 实到 before no capital counts who came to a meeting ("實到代表308人" in a report's
# outlook, the traditional characters read as 实到), no pledge
@pytest.mark.parametrize("sentence", ["大会应到代表320人，实到代表308人。", "大會應到代表320人，實到代表308人。",
                                      "本次会议实到委员186人，符合法定人数。"])
def test_shidao_before_no_capital_is_no_pledge(sentence):
    assert not _tasks(sentence).pledges
