"""The newest rules under attack (adv43c, decision 298): a capacity cut written 退减, 压退 or 缩减 (decision 294's verbs) was
no pledge in a paragraph of the year's tasks under the target list's sub-head ("全年要新建高标准农田80万亩，退减落后钢铁产能
60万吨") nor where a targets part's paragraph reads only the capacity cuts (cues.tsv capacity_cuts); a zone's own counted work
after a lead to the tasks ending in a colon ("今年要重点抓好以下工作：宁乡经开区新建标准厂房30万平方米、完成工业投资150亿元")
gave the region the zone's figure (decision 296 read the zone's clause only as its sentence's first). With look-alikes."""
import pytest

from factkeys import keys_of, pledged, read


def _under_list(city: str, year: int, para: str) -> str:
    return (f"{city}{year}年政府工作报告\n（二）{year}年主要预期目标\n    地区生产总值增长8%左右；城镇新增就业6万人以上；"
            f"一般公共预算收入增长5%。\n    {para}\n")


_CUTS = [("退减落后钢铁产能60万吨", ("落后钢铁产能", 60, "万吨")), ("压退煤炭产能120万吨", ("煤炭产能", 120, "万吨")),
         ("缩减燃煤锅炉蒸发量200蒸吨/小时", ("燃煤锅炉蒸发量", 200, "蒸吨/小时"))]


# 1. the year's tasks under the list's sub-head with a cut of 退减/压退/缩减 among them
@pytest.mark.parametrize("city,year", [("周口市", 2021), ("邯郸市", 2019), ("乌海市", 2017)])
@pytest.mark.parametrize("cut,item", _CUTS)
@pytest.mark.parametrize("open_", ["全年要", "今年", "年内将"])
def test_year_tasks_with_a_capacity_cut(city, year, cut, item, open_):
    d = read(_under_list(city, year, f"{open_}新建高标准农田80万亩，{cut}。"))
    assert {("高标准农田", 80, "万亩"), item} <= pledged(d)


# 1b. look-alikes: a rate of change with no object, an indicator after the verb: the paragraph stays the list's
@pytest.mark.parametrize("para", ["今年新建高标准农田80万亩，下降3%。", "全年要新建高标准农田80万亩，提高常住人口城镇化率1个百分点。",
                                  "今年新增城镇就业6.5万人，退减落后钢铁产能60万吨。"])
def test_year_paragraph_that_is_no_task_list(para):
    d = read(_under_list("周口市", 2021, para))
    assert ("高标准农田", 80, "万亩") not in pledged(d) and ("落后钢铁产能", 60, "万吨") not in pledged(d)


# 2. the cut alone in a paragraph of a targets part (the capacity cut is the year's task, as 压减's)
@pytest.mark.parametrize("cut,item", _CUTS[:2])
@pytest.mark.parametrize("county", ["乌审旗", "武安市"])
def test_capacity_cut_after_the_targets(county, cut, item):
    text = (f"{county}2019年政府工作报告\n二、2019年主要预期目标\n    全旗地区生产总值增长6.5%左右；一般公共预算收入增长6%。\n"
            f"    今年要新建高标准农田2万亩，{cut}。\n")
    assert item in pledged(read(text))


# 3. a zone's own work right after a lead to the tasks ending in a colon is the zone's
@pytest.mark.parametrize("zone", ["宁乡经开区", "长沙高新区", "湄潭经济开发区"])
@pytest.mark.parametrize("lead", ["今年要重点抓好以下工作：", "全年重点推进以下工作："])
@pytest.mark.parametrize("mark", ["、", "，", "；"])
def test_zone_work_after_a_colon_lead(zone, lead, mark):
    text = (f"宁乡市2022年政府工作报告\n二、2022年重点工作\n    {lead}{zone}新建标准厂房30万平方米{mark}完成工业投资150亿元；"
            "全市新增规上企业60家。\n")
    assert ("industrial_investment", "target", "2022", "level") not in keys_of(read(text))


# 3b. look-alikes: the region's word after the mark, a task's verb before the zone, a figure in the lead: the region's
@pytest.mark.parametrize("body", ["今年要重点抓好以下工作：宁乡经开区新建标准厂房30万平方米，全市完成工业投资150亿元。",
                                  "今年要重点抓好以下工作：推动经开区新建标准厂房30万平方米，完成工业投资150亿元。",
                                  "全年目标：地区生产总值增长8%，经开区新建标准厂房30万平方米，完成工业投资150亿元。"])
def test_region_figure_after_a_colon_lead(body):
    text = f"宁乡市2022年政府工作报告\n二、2022年重点工作\n    {body}\n"
    f = keys_of(read(text)).get(("industrial_investment", "target", "2022", "level"))
    assert f is not None and f.value == 150
