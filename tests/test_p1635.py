"""p1635: whole provincial reports of 2016–2018, blind (decision 137)."""
import pytest

from factkeys import facts, val
from taskdoc import pledges

_HEAD = "新疆维吾尔自治区政府工作报告\n——{y}年1月20日在新疆维吾尔自治区第十三届人民代表大会第{n}次会议上\n自治区主席 某某\n"
_REVIEW = "一、{p}年工作回顾\n过去一年，全区生产总值增长7.6%，规模以上工业增加值增长5.2%。\n"


def _report(body: str, y: int = 2018):
    text = _HEAD.format(y=y, n="一二三四五"[y - 2018]) + _REVIEW.format(p=y - 1) + body + "\n"
    return facts(text, report_year=y, region="新疆维吾尔自治区", level="province")


# 1. the funds from the rest of the country named by Xinjiang's own short name (疆外), as 省外/区外 are
@pytest.mark.parametrize("sentence,key,value", [
    ("全年引进疆外到位资金2600亿元，增长12%。", ("domestic_investment_inflow", "actual", "2017", "level"), (2600, "eq")),
    ("全年引进疆外到位资金2600亿元，增长12%。", ("domestic_investment_inflow", "actual", "2017", "growth"), (12, "eq")),
    ("实际到位疆外资金1850.6亿元，同比增长9.3%。", ("domestic_investment_inflow", "actual", "2017", "level"), (1850.6, "eq")),
    ("招商引资成效明显，引进国内（疆外）到位资金3100亿元。",
     ("domestic_investment_inflow", "actual", "2017", "level"), (3100, "eq")),
])
def test_funds_from_outside_xinjiang(sentence, key, value):
    assert val(_report(sentence), key) == value


# 2. a count of places before a rate or concentration kept or reached: the places it is measured over, not a pledge
@pytest.mark.parametrize("sentence,kept", [
    ("全省14个设区市细颗粒物平均浓度下降到38微克/立方米以下。", ("下降到", 38, "微克/立方米")),
    ("全市8个县城污水集中处理率达到90%。", ("达到", 90, "%")),
    ("12个地州市城市空气质量优良天数比例保持在80%以上。", ("保持在", 80, "%")),
    # (a verb inside the rate's name, 达标, right after the places)
    ("全省9个设区市城市空气质量达标天数比例稳定在90%以上。", ("稳定在", 90, "%")),
])
def test_count_of_places_before_a_rate_is_no_pledge(sentence, kept):
    ps = pledges(sentence)
    assert all(p[3] != "个" for p in ps), ps
    assert any((p[0], p[2], p[3]) == kept for p in ps), ps


# look-alikes: a count of things built, or of places brought to a standard (no figure after the verb), is pledged
@pytest.mark.parametrize("sentence,count", [
    ("新建9个中心城市污水处理厂。", 9),
    ("推动20个乡镇达到省级生态乡镇标准。", 20),
])
def test_count_of_things_is_still_pledged(sentence, count):
    assert any(p[2] == count and p[3] == "个" for p in pledges(sentence))


# 3. poor villages struck off the list (销号, as 出列) and counties named by the list they are on (扶贫开发工作重点县:
# 开发 in the name does not act, the status after it does)
@pytest.mark.parametrize("sentence,pledge", [
    ("全年减少农村贫困人口20万人，400个贫困村销号。", ("销号", "贫困村", 400, "个")),
    ("今年260个建档立卡贫困村脱贫销号。", ("脱贫销号", "建档立卡贫困村", 260, "个")),
    ("8个省级扶贫开发工作重点县摘帽。", ("摘帽", "省级扶贫开发工作重点县", 8, "个")),
    ("确保3个国家扶贫开发重点县脱贫摘帽。", ("脱贫摘帽", "国家扶贫开发重点县", 3, "个")),
])
def test_poverty_list_statuses(sentence, pledge):
    assert pledge in pledges(sentence)


# look-alike: a village already struck off is no count of a task
def test_struck_off_villages_looked_after_are_no_new_count():
    assert pledges("对已销号的贫困村继续加强帮扶，巩固脱贫成果。") == set()


# 4. a change stated in the currency it was measured in (以美元计, 按人民币计算) after the level in another: the same
# figure's change, as 同口径 is
@pytest.mark.parametrize("sentence,key,value", [
    ("外贸进出口总额2.26万亿元，以美元计增长3.5%。", ("foreign_trade", "actual", "2017", "growth"), (3.5, "eq")),
    ("进出口总额460亿美元，按人民币计算下降1.2%。", ("foreign_trade", "actual", "2017", "growth"), (-1.2, "eq")),
    ("实际利用外资38.2亿美元，以美元计增长6%。", ("fdi", "actual", "2017", "growth"), (6, "eq")),
])
def test_change_in_the_currency_measured(sentence, key, value):
    assert val(_report(sentence), key) == value
