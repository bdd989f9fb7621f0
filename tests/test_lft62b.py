"""What the last rounds left on pledges, one class at a time, blind (lft62b, decision 508). Fixed: (a) a one-sentence
paragraph after the year's target list whose work a span ahead leads ("用两年时间新建…", "到“十五五”末建成…50个，今年建成
10个") is pledged, for its span and for this year's share; (c) a news page's sentence restating the plan's goals of a
plan not over ("“十五五”期间，该县将…累计新增…60家，新建改造…500公里", "今后五年，该县将…") pledges its counts for the
span, its indicators' rates still goals only; (b) “…，全年分别达到120公里和15公里” after two named things is pledged where
the region and its will stand before the verb ("今年该县将新建…", "今年故城县将…", "今年该县还将…"). The look-alikes keep
what they gave: a past plan's works, work told done, the 2035 vision, another county's names, (d) goals given as a
difference (pp_change, 翻一番)."""
import pytest

from factkeys import key_values, read

_HEAD = {
    "宜春市": "宜春市政府工作报告\n——2026年1月14日在宜春市第五届人民代表大会第六次会议上\n\n"
             "2026年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3.5%。\n\n",
    "故城县": "故城县两会｜县长张立新作政府工作报告\n来源：衡水日报  发布时间：2026-01-16 08:30\n\n"
             "1月15日，故城县第十八届人民代表大会第六次会议开幕。县长张立新代表县人民政府作政府工作报告。\n\n",
}


def _pledges(region: str, body: str) -> dict:
    """(object, value, unit) → period of the pledges read from the region's head and body."""
    return {(p.object, p.value, p.unit): p.period for p in read(_HEAD[region] + body + "\n").pledges}


# 1. a span ahead leading a one-sentence paragraph after the year's target list (failed on the base: nothing pledged)
@pytest.mark.parametrize("body, want", [
    ("到“十五五”末建成城市社区嵌入式服务设施50个，今年建成10个。",
     {("城市社区嵌入式服务设施", 50, "个"): "2030", ("城市社区嵌入式服务设施", 10, "个"): "2026"}),
    ("“十五五”期间累计新建高标准农田30万亩，今年新建6万亩。",
     {("高标准农田", 30, "万亩"): "2026-2030", ("高标准农田", 6, "万亩"): "2026"}),
    ("用两年时间新建改造城市燃气管网300公里。", {("城市燃气管网", 300, "公里"): "2026-2027"}),
])
def test_span_ahead_paragraph(body, want):
    assert _pledges("宜春市", body) == want


# 2. a news page restating the plan's goals (failed on the base: its counts not pledged)
@pytest.mark.parametrize("body, want", [
    ("报告提出，“十五五”期间，该县将力争地区生产总值年均增长6.5%，累计新增规模以上工业企业60家，新建改造农村公路500公里。",
     {("规模以上工业企业", 60, "家"): "2026-2030", ("农村公路", 500, "公里"): "2026-2030"}),
    ("报告提出，今后五年，该县将新建改造农村公路500公里，新增高新技术企业50家。",
     {("农村公路", 500, "公里"): "2026-2030", ("高新技术企业", 50, "家"): "2026-2030"}),
])
def test_plan_goals_restated_on_news_page(body, want):
    assert _pledges("故城县", body) == want


def test_plan_goals_restated_keeps_the_rate_a_goal():
    d = read(_HEAD["故城县"] + "报告提出，“十五五”期间，该县将力争地区生产总值年均增长6.5%，累计新增规模以上工业企业60家。\n")
    assert key_values(d)[("gdp", "goal", "2026-2030", "growth")] == (6.5, "eq")
    assert not any(p.unit == "%" for p in d.pledges)


# 3. 分别 after two named things, the region and its will before the verb (failed on the base: nothing pledged)
@pytest.mark.parametrize("lead", ["今年该县将", "记者了解到，今年该县将", "今年故城县将", "今年故城将", "今年该县还将", "今年全县还将"])
def test_each_of_named_after_the_region(lead):
    got = _pledges("故城县", lead + "新建农村公路、城市绿道，全年分别达到120公里和15公里。")
    assert got == {("农村公路", 120, "公里"): "2026", ("城市绿道", 15, "公里"): "2026"}


# look-alikes: the same on the base and after
@pytest.mark.parametrize("region, body", [
    ("宜春市", "“十四五”期间累计新建高标准农田25万亩。"),  # a past plan's works: a result
    ("故城县", "报告指出，“十四五”期间，该县累计新增规模以上工业企业48家，新建改造农村公路420公里。"),
    ("宜春市", "用三年时间，我们新建了学校12所。"),  # work told done
    ("宜春市", "用三年时间，全市已建成学校12所。"),
    ("故城县", "报告提出，到2035年，该县将建成5G基站5000个。"),  # the vision's
    ("故城县", "报告提出，按照“十五五”规划，到2030年该县将建成5G基站3000个。"),  # the plan cited: its goal restated
    ("故城县", "今年景县将新建农村公路、城市绿道，全年分别达到120公里和15公里。"),  # another county's
    ("故城县", "今年企业将新建厂房、仓库，全年分别达到12万平方米和3万平方米。"),  # another body's
])
def test_not_pledged(region, body):
    assert _pledges(region, body) == {}


@pytest.mark.parametrize("body, want", [
    ("今年将新建农村公路、城市绿道，全年分别达到120公里和15公里。",
     {("农村公路", 120, "公里"): "2026", ("城市绿道", 15, "公里"): "2026"}),
    ("三年内改造城镇老旧小区150个，今年完成60个。",
     {("城镇老旧小区", 150, "个"): "2026-2028", ("城镇老旧小区", 60, "个"): "2026"}),
])
def test_pledged_as_before(body, want):
    assert _pledges("宜春市", body) == want


# (d) a plan goal given as a difference: a change in points, a doubling (read right on the base too)
def test_goal_as_difference():
    kv = key_values(read(_HEAD["宜春市"] + "今后五年的主要目标是：全市常住人口城镇化率比2025年提高4个百分点，"
                         "全社会研发经费投入较“十四五”末翻一番。\n"))
    assert kv[("urbanization_rate", "goal", "2026-2030", "pp_change")] == (4, "eq")
    assert kv[("rnd_expenditure", "goal", "2026-2030", "growth")] == (100, "eq")
