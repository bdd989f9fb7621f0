"""Whole county reports of 2016–2020, blind (lng43b, decision 287): a development zone opening its sentence with its own
work counted right after its name ("湄潭经济开发区新建标准厂房10万平方米，完成工业投资32亿元") is the subject of the
subjectless clauses after it, so their figures are the zone's, not the county's headline (the spec: figures for a part of
the region belong to their own indicator or to other:). A task's verb before the zone, the county's own word after it,
the parks at large and a sentence naming no zone keep the region's figure."""
import pytest

from factkeys import keys_of, read, val


def _report(year: int, review: str, tasks: str, county: str = "某某县") -> str:
    return (f"{county}政府工作报告\n——{year}年1月12日在{county}第十八届人民代表大会第三次会议上\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，全县地区生产总值增长7.2%。{review}\n"
            f"二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长7%左右。\n（一）做大工业经济。{tasks}\n")


# (the zone's sentence in the year's tasks, the indicator the county would have been given, its measure)
_TASKS = [
    ("湄潭经济开发区新建标准厂房10万平方米，完成工业投资32亿元。", "industrial_investment", "level"),
    ("高新区新引进项目30个，完成固定资产投资50亿元。", "fixed_asset_investment", "level"),
    ("化工园区建成投产项目8个，完成工业投资25亿元以上。", "industrial_investment", "level"),
    ("经开区新建标准化厂房20万平方米，固定资产投资增长20%以上。", "fixed_asset_investment", "growth"),
    ("西区工业园新签约项目20个，固定资产投资增长15%。", "fixed_asset_investment", "growth"),
    ("2019年，经开区新引进亿元以上项目15个，完成工业投资40亿元以上，规上工业增加值增长12%。", "industrial_va", "growth"),
    ("临港产业园新入驻企业26家，实现规上工业增加值增长15%。", "industrial_va", "growth"),
]


@pytest.mark.parametrize("year", [2017, 2019])
@pytest.mark.parametrize("sentence,indicator,measure", _TASKS)
def test_a_zones_task_figure_is_not_the_countys_target(sentence, indicator, measure, year):
    sentence = sentence.replace("2019年", f"{year}年")
    fs = keys_of(read(_report(year, "", sentence)))
    assert (indicator, "target", str(year), measure) not in fs
    assert any(k[0].startswith("other:") and k[1] == "target" for k in fs)  # kept as the zone's own
    assert val(fs, ("gdp", "target", str(year), "growth")) == (7, "about")


# (the zone's sentence in the review, the indicator, the measure)
_REVIEW = [
    ("经济开发区新入驻企业28家，完成固定资产投资45亿元，增长12%。", "fixed_asset_investment", "level"),
    ("工业园区新建标准厂房12万平方米，完成工业投资18.6亿元。", "industrial_investment", "level"),
    ("石材产业园新落户企业15家，实现规上工业增加值增长18.2%。", "industrial_va", "growth"),
]


@pytest.mark.parametrize("sentence,indicator,measure", _REVIEW)
def test_a_zones_result_is_not_the_countys(sentence, indicator, measure):
    fs = keys_of(read(_report(2018, sentence, "")))
    assert (indicator, "actual", "2017", measure) not in fs
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.2, "eq")


# near misses: the county's figure stays the county's (these held before, and must hold after)
@pytest.mark.parametrize("sentence", [
    "推动经济开发区新建标准厂房10万平方米，完成工业投资32亿元。",  # a task's verb before the zone
    "经济开发区新建标准厂房10万平方米，全县完成工业投资32亿元。",  # the county's own word after it
    "加快经济开发区建设，完成工业投资32亿元。",  # the zone as a task's object
    "新建标准厂房10万平方米，完成工业投资32亿元。",  # no zone at all
])
def test_the_countys_own_figure_beside_a_zone_is_kept(sentence):
    fs = keys_of(read(_report(2019, "", sentence)))
    assert val(fs, ("industrial_investment", "target", "2019", "level")) == (32, "eq")


def test_the_parks_at_large_keep_the_countys_figure():
    # bare 园区 may be all of the county's industry (as for _zone_lead): no change
    fs = keys_of(read(_report(2019, "", "园区新增规上企业12家，实现规上工业增加值增长15%。")))
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (15, "eq")


def test_the_zones_pledges_are_still_pledged():
    d = read(_report(2017, "", "湄潭经济开发区新建标准厂房10万平方米，完成工业投资32亿元。", "湄潭县"))
    got = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("标准厂房", 10, "万平方米") in got and any(o.endswith("工业投资") and v == 32 for o, v, _ in got)
