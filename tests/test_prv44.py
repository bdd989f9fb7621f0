"""Whole provincial reports of the 疫情 years, blind (prv44, decision 308): a province's task for a named part of it
with the region's work verb before the part ("推动柴达木地区规模以上工业增加值增长10%", "支持长株潭地区生产总值增长7%左右",
"促进粤东西北地区固定资产投资增长10%以上") was read as the province's own headline target, pushing out (or standing in
for) the year's target of the whole province; the part's figure is the part's (other:), as it already was with no verb
before the part, or with a division's short name after the verb ("支持遵义地区生产总值增长8%以上"). Each with
look-alikes that must not change: the verb before the province's own indicator, or before 全省."""
import pytest

from factkeys import keys_of, read, val

_HEADS = {
    "江苏省": ("2021年1月26日", "江苏省第十三届人民代表大会第四次会议", "吴政隆"),
    "广东省": ("2021年1月23日", "广东省第十三届人民代表大会第四次会议", "马兴瑞"),
    "青海省": ("2022年1月20日", "青海省第十三届人民代表大会第七次会议", "信长星"),
    "湖南省": ("2022年1月18日", "湖南省第十三届人民代表大会第五次会议", "毛伟明"),
    "甘肃省": ("2023年1月13日", "甘肃省第十四届人民代表大会第一次会议", "任振鹤"),
    "内蒙古自治区": ("2020年1月12日", "内蒙古自治区第十三届人民代表大会第三次会议", "布小林"),
    "湖北省": ("2023年1月15日", "湖北省第十四届人民代表大会第一次会议", "王忠林"),
}


def _report(prov: str, targets: str, task: str) -> str:
    date, meeting, speaker = _HEADS[prov]
    year = int(date[:4])
    return (f"政府工作报告\n——{date}在{meeting}上\n{prov}人民政府省长　{speaker}\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，全省地区生产总值增长5.7%。\n"
            f"二、{year}年主要目标和重点工作\n今年全省经济社会发展的主要预期目标是：{targets}。\n"
            f"（一）加快构建现代产业体系。{task}\n")


# (province, the year's targets, the part's task, the part's indicator, the province's key and value that must stand)
_PART_TASKS = [
    ("江苏省", "地区生产总值增长6%以上", "推动苏北地区规模以上工业增加值增长8%。", "industrial_va", None),
    ("广东省", "地区生产总值增长6%以上；规模以上工业增加值增长6%左右",
     "促进粤东西北地区固定资产投资增长10%以上。", "fixed_asset_investment", ("industrial_va", 6, "about")),
    ("青海省", "地区生产总值增长6%左右；规模以上工业增加值增长6.5%",
     "推动柴达木地区规模以上工业增加值增长10%。", "industrial_va", ("industrial_va", 6.5, "eq")),
    ("湖南省", "规模以上工业增加值增长7%", "支持长株潭地区生产总值增长7.5%左右。", "gdp", ("industrial_va", 7, "eq")),
    ("甘肃省", "地区生产总值增长6%", "支持河西走廊规模以上工业增加值增长9%。", "industrial_va", ("gdp", 6, "eq")),
    ("内蒙古自治区", "地区生产总值增长6%左右", "加快呼包鄂榆固定资产投资增长12%。", "fixed_asset_investment", ("gdp", 6, "about")),
    ("湖北省", "地区生产总值增长6.5%以上", "力争推动宜荆荆恩规模以上工业增加值增长9%。", "industrial_va", ("gdp", 6.5, "at_least")),
    ("青海省", "地区生产总值增长6%左右", "确保三江源地区森林覆盖率提高到8%。", "forest_coverage", ("gdp", 6, "about")),
]


@pytest.mark.parametrize("prov,targets,task,ind,own", _PART_TASKS)
def test_a_named_parts_task_after_a_work_verb_is_the_parts(prov, targets, task, ind, own):
    d = read(_report(prov, targets, task))
    assert d.meta.region == prov
    year = str(d.meta.report_year)
    fs = keys_of(d)
    mine = [k for k in fs if k[0] == ind and k[1] == "target" and k[2] == year]
    assert mine == [] or own is not None and own[0] == ind and len(mine) == 1, mine
    if own is not None:
        measure = "share" if own[0] == "forest_coverage" else "growth"
        assert val(fs, (own[0], "target", year, measure)) == own[1:]
    part = [f for f in d.facts if f.indicator.startswith("other:") and f.role == "target"]
    assert part and all(f.quote in task for f in part)


# the verb before the province's own indicator, or before 全省: the province's target, as before
@pytest.mark.parametrize("prov,task,key,want", [
    ("江苏省", "推动全省规模以上工业增加值增长6%。", "industrial_va", (6, "eq")),
    ("青海省", "推动规模以上工业增加值增长8%。", "industrial_va", (8, "eq")),
    ("广东省", "确保固定资产投资增长10%以上。", "fixed_asset_investment", (10, "at_least")),
    ("湖南省", "支持地区生产总值增长7%左右。", "gdp", (7, "about")),
])
def test_a_work_verb_before_the_provinces_own_indicator_stays_its_target(prov, task, key, want):
    d = read(_report(prov, "城镇新增就业50万人以上", task))
    assert val(keys_of(d), (key, "target", str(d.meta.report_year), "growth")) == want


# a named part with no verb before it was the part's already and stays so
@pytest.mark.parametrize("prov,task", [
    ("青海省", "柴达木地区规模以上工业增加值增长10%。"),
    ("湖南省", "长株潭地区生产总值增长7.5%左右。"),
])
def test_a_named_part_with_no_verb_stays_the_parts(prov, task):
    d = read(_report(prov, "城镇新增就业50万人以上", task))
    assert not [k for k in keys_of(d) if k[1] == "target" and k[0] in ("gdp", "industrial_va")]
