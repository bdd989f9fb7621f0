"""The rules of decisions 194-198 at their edges, blind (adv39b, decision 200): a plan adjusted in its year, its part
of revised targets the target list and its part of measures the tasks; an infographic's block of last year's results
under a dated 成绩单 sub-head; an infographic's credit line closing the block above it, so that the year's tasks
under it pledge as tasks; and a bound passed through a run of years ("连续五年超过200亿斤"), held through them."""
import pytest

from factkeys import key_values, pledged, read

_GWR = ("某某市政府工作报告\n——2021年1月10日在某某市第十届人民代表大会第三次会议上\n\n"
        "一、2020年工作回顾\n过去一年，全市地区生产总值增长3.5%。\n\n二、2021年工作安排\n今年主要预期目标是：地区生产总值增长7%左右。\n"
        "（一）{task}新培育规上工业企业50家。\n\n三、{third}\n（一）完善制度。新建停车位2000个。\n")

_ADJ = ("关于调整{r}2022年国民经济和社会发展计划部分指标的报告\n"
        "——2022年8月30日在{r}第十七届人民代表大会常务委员会第五次会议上\n\n"
        "一、调整的必要性\n今年以来，受疫情反复冲击，上半年全县地区生产总值增长1.2%。\n\n"
        "二、{revised}\n（一）地区生产总值。由增长7%左右调整为增长4%左右。\n（二）固定资产投资。年初计划增长12%，调整为增长8%。\n"
        "（三）城镇新增就业。保持年初计划不变，即城镇新增就业5000人。\n\n"
        "三、{measures}\n一是狠抓项目建设，全年新开工项目80个，完成项目投资120亿元。二是新建改造城乡供水管网60公里。\n")


# 1. an adjustment report: the part listing the targets revised is the year's target list (its items pledge nothing:
# "年初计划增长12%" and "调整为增长8%" had been pledged) and the part of the measures to meet the revised plan is its
# tasks (they had pledged nothing: its title names no year and no task word)
@pytest.mark.parametrize("region,revised,measures", [
    ("安吉县", "调整的主要内容", "确保完成调整后计划的主要措施"),
    ("临朐县", "计划调整的具体内容", "确保完成全年目标的主要措施"),
    ("仁寿县", "主要指标调整方案", "保障措施"),
    ("长丰县", "调整的主要内容", "完成全年目标的重点措施"),
])
def test_an_adjustment_reports_revised_targets_pledge_nothing_and_its_measures_pledge(region, revised, measures):
    d = read(_ADJ.format(r=region, revised=revised, measures=measures))
    assert pledged(d) == {("项目", 80, "个"), ("项目投资", 120, "亿元"), ("城乡供水管网", 60, "公里")}
    keys = {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier) for f in d.facts}
    assert keys[("gdp", "target", "2022", "growth")] == (4, "about")
    assert keys[("fixed_asset_investment", "target", "2022", "growth")] == (8, "eq")
    assert keys[("urban_new_jobs", "target", "2022", "level")] == (5000, "eq")
    # (near-misses: a task on the economy's structure is no revision; measures taken, a review's words, are no tasks)
    for task, third in (("加快产业结构调整。", "采取的主要措施"), ("推进结构调整的主要内容落地。", "采取了主要措施")):
        assert pledged(read(_GWR.format(task=task, third=third))) == {("规上工业企业", 50, "家")}


_PAGE = ("一图读懂｜2024年山西省政府工作报告\n2024-01-24 15:30 来源：山西发布\n\n"
         "1月24日，山西省第十四届人民代表大会第二次会议在太原开幕，省长金湘军代表省人民政府作政府工作报告。\n\n"
         "2024年主要预期目标\n◆地区生产总值\n增长5%左右\n◆城镇新增就业\n45万人以上\n\n")


# 2. a block of last year's results under a sub-head of its year and 成绩单, after the year's targets: last year's
# results (they had been read as the targets' rows, 2024's, and the sub-head joined to the item above it)
@pytest.mark.parametrize("block", [
    "2023年成绩单\n地区生产总值：2.57万亿元，增长5%\n城镇新增就业：49.4万人\n",
    "2023年经济社会发展成绩单\n◆地区生产总值\n2.57万亿元\n◆城镇新增就业\n49.4万人\n",
    "2023年全省成绩单\n地区生产总值：2.57万亿元，增长5%\n城镇新增就业：49.4万人\n",
])
def test_rows_under_a_years_results_sub_head_are_that_years(block):
    ks = key_values(read(_PAGE + block))
    assert ks[("gdp", "actual", "2023", "level")] == (2.57, "eq")
    assert ks[("urban_new_jobs", "actual", "2023", "level")] == (49.4, "eq")
    assert ("gdp", "target", "2024", "level") not in ks
    # (the targets above keep theirs)
    assert ks[("urban_new_jobs", "target", "2024", "level")] == (45, "at_least")
    # (near-miss: the same rows under the year's own targets title stay the targets)
    ks = key_values(read(_PAGE.replace("◆城镇新增就业\n45万人以上\n\n", "城镇新增就业：45万人以上\n")))
    assert ks[("urban_new_jobs", "target", "2024", "level")] == (45, "at_least")


_TARGETS = ("2024年主要预期目标\n◆地区生产总值\n增长5%左右\n◆单位地区生产总值能耗降低\n完成国家下达目标任务\n\n"
            "{credit}\n\n2024年重点任务\n新建高标准农田：160万亩\n粮食产量：稳定在300亿斤以上\n")


# 3. an infographic's credit line ends the block above it as a paragraph's end does: the dated title under it opens the
# tasks' part, whose row labelled by an indicator's name pledges (it had stayed in the targets' part, no pledge)
@pytest.mark.parametrize("credit", ["图片来源：山西日报  制图：王小丽", "制图：王小丽", "设计：李明  监制：张华", "（来源：山西日报）"])
def test_a_credit_line_closes_the_infographics_block(credit):
    d = read(_PAGE.split("2024年主要预期目标")[0] + _TARGETS.format(credit=credit))
    assert ("粮食产量", 300, "亿斤") in pledged(d)
    assert key_values(d)[("grain_output", "target", "2024", "level")] == (300, "at_least")
    # (near-miss: the target list's rows under the year's targets title, no credit line or tasks title between, still
    # pledge nothing)
    d = read(_PAGE.split("2024年主要预期目标")[0] + "2024年主要预期目标\n城镇新增就业：45万人以上\n粮食产量：稳定在300亿斤以上\n")
    assert not any(p.object == "粮食产量" for p in d.pledges)


_REV = "某某市政府工作报告\n——2022年1月6日在某某市第十六届人民代表大会第一次会议上\n一、{part}\n{body}\n"


# 4. a bound passed in each year of a run, the run right before its verb ("连续五年超过200亿斤", "连续三年突破50亿元"), is
# held through the years the run names, as "连续五年稳定在…" is: it had been dated the last year, taking that year's key
# before the year's own figure
@pytest.mark.parametrize("part,body,key,value", [
    ("过去五年工作回顾", "五年来，全市粮食播种面积稳定在160万公顷以上，粮食总产量连续五年超过200亿斤。\n2021年，全市粮食总产量238.6亿斤。",
     ("grain_output", "actual", "2017-2021", "level"), 200),
    ("2021年工作回顾", "过去一年，全市一般公共预算收入连续三年突破50亿元。",
     ("general_budget_revenue", "actual", "2019-2021", "level"), 50),
    ("2021年工作回顾", "过去一年，森林覆盖率连续十年高于60%。", ("forest_coverage", "actual", "2012-2021", "share"), 60),
])
def test_a_bound_passed_through_a_run_of_years_is_theirs(part, body, key, value):
    ks = key_values(read(_REV.format(part=part, body=body)))
    assert ks[key] == (value, "at_least")
    assert key[:2] + ("2021",) + key[3:] not in ks or ks[key[:2] + ("2021",) + key[3:]][0] != value
    # (near-miss: after the year's own figure the run is that figure's aside, as before: the year's figure keeps its key)
    ks = key_values(read(_REV.format(part="2021年工作回顾", body="过去一年，全市粮食总产量达到238.6亿斤，连续五年超过200亿斤。")))
    assert ks[("grain_output", "actual", "2021", "level")] == (238.6, "eq")
    assert ("grain_output", "actual", "2017-2021", "level") not in ks


_CQ = ("划重点｜2025年重庆市政府工作报告\n2025-01-15 来源：重庆发布\n\n1月14日，重庆市六届人大三次会议开幕，市长胡衡华作政府工作报告。\n\n"
       "2025年主要预期目标\n{m}地区生产总值：增长5.5%左右\n{m}城镇新增就业：60万人以上\n\n{label}\n{m}新建高标准农田：100万亩\n"
       "{m}粮食产量：稳定在220亿斤以上\n")


# 5. the tasks' label alone on its line under the targets' title ("重点任务" or "重点工作" over the tasks' rows): the rows
# under it are the tasks', an indicator's row among them a pledge too (the label had counted only with a colon, and
# then for its own line only)
# (a dated title, "2025年重点任务", is a part of its own already)
@pytest.mark.parametrize("label,m", [("重点任务", "✅"), ("重点工作", ""), ("主要任务", "●"), ("重点任务", "◆")])
def test_rows_under_the_tasks_label_alone_pledge(label, m):
    d = read(_CQ.format(label=label, m=m))
    assert pledged(d) >= {("高标准农田", 100, "万亩"), ("粮食产量", 220, "亿斤")}
    assert key_values(d)[("grain_output", "target", "2025", "level")] == (220, "at_least")
    # (near-miss: the label with its colon opening a line of its own tasks leaves the target rows after it the list's)
    d = read(_CQ.format(label=label, m=m).replace(f"{label}\n{m}新建高标准农田：100万亩\n", f"{label}：新建高标准农田100万亩。\n"))
    assert not any(p.object == "粮食产量" for p in d.pledges)
