"""Round tbl56 (decision 454): indicator tables of targets and results (上年目标 | 上年完成 | 完成情况 | 本年目标) in an
annex after a report's body that numbers no part: the annex's title was the text's first title, so the body above it
was read as a page starting inside the review and the year's tasks in it lost their pledges."""
from __future__ import annotations

from factkeys import key_values, pledged, read

TAB = ("指标\t单位\t上年目标\t上年完成\t完成情况\t本年目标\t指标属性\n"
       "地区生产总值增长\t%\t8.5\t9.1\t超额完成\t8.5左右\t预期性\n"
       "城镇新增就业\t万人\t4.5\t5.2\t超额完成\t4.5\t预期性\n"
       "城镇居民人均可支配收入增长\t%\t与经济增长同步\t8.4\t完成\t与经济增长同步\t预期性\n"
       "单位地区生产总值能耗降低\t%\t3\t3.3\t完成\t完成省下达任务\t约束性\n")


def work_report(body: str, annex: str, table: str = TAB) -> str:
    return ("某市政府工作报告\n——2019年1月8日在某市第七届人民代表大会第四次会议上\n\n" + body + "\n\n" + annex + table)


def test_tasks_before_an_annex_of_the_years_targets_keep_their_pledges():
    # the body runs the review into the year's work with no title; the annex's title is the only one
    text = work_report("过去一年，全市实现地区生产总值2303.8亿元、增长9.1%，经济发展稳中有进。\n"
                       "2019年，我们将重点做好以下工作：全年实施重点项目300个，新建改造城镇老旧小区120个。",
                       "附件\n2019年全市经济社会发展主要预期目标\n")
    d = read(text, report_year=2019)
    assert {("重点项目", 300, "个"), ("城镇老旧小区", 120, "个")} <= pledged(d)
    kv = key_values(d)
    # (the table's cells as before: last year's target, this year's, a qualitative row, the prose's result first)
    assert kv[("gdp", "actual", "2018", "growth")] == (9.1, "eq")
    assert kv[("gdp", "actual", "2018", "level")] == (2303.8, "eq")
    assert kv[("gdp", "target", "2019", "growth")] == (8.5, "about")
    assert kv[("urban_new_jobs", "actual", "2018", "level")] == (5.2, "eq")
    assert kv[("urban_disposable_income", "target", "2019", "growth")] == (None, "qualitative")
    assert kv[("energy_intensity", "target", "2018", "growth")] == (-3, "eq")


def test_tasks_before_an_annex_labelled_with_its_title_on_one_line():
    # "附件2：…完成情况" (last year's results), a county's plan report, one cell a line
    cells = "\n".join(["指标", "单位", "2022年目标", "2022年完成", "完成情况", "2023年目标",
                       "地区生产总值增长", "%", "7.5", "4.6", "未完成", "6.5左右",
                       "城镇新增就业", "人", "5000", "5620", "超额完成", "5000"]) + "\n"
    text = ("关于某县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n"
            "过去一年，全县实现地区生产总值802.5亿元，增长4.6%，未完成年度目标。\n"
            "2023年，全县将新建续建重点项目150个，新增规模以上工业企业50家。\n\n附件2：2022年主要指标完成情况\n" + cells)
    d = read(text, report_year=2023)
    assert {("重点项目", 150, "个"), ("规模以上工业企业", 50, "家")} <= pledged(d)
    kv = key_values(d)
    assert kv[("gdp", "target", "2022", "growth")] == (7.5, "eq")
    assert kv[("gdp", "target", "2023", "growth")] == (6.5, "about")
    assert kv[("urban_new_jobs", "actual", "2022", "level")] == (5620, "eq")


def test_this_years_work_after_the_review_then_an_annex_table_under_its_label():
    text = work_report("过去一年，全区一般公共预算收入增长7.1%。\n今年，全区将新增城市停车位3000个，改造农村公路80公里。",
                       "附表\n某区2019年主要指标计划表\n")
    d = read(text, report_year=2019)
    assert {("城市停车位", 3000, "个"), ("农村公路", 80, "公里")} <= pledged(d)


# look-alikes: must read as before


def test_numbered_parts_then_an_annex_keep_the_review_out_of_the_pledges():
    text = work_report("一、2018年工作回顾\n全年新建改造城镇老旧小区90个。\n二、2019年工作安排\n全年实施重点项目300个。",
                       "附件\n2019年全市经济社会发展主要预期目标\n")
    got = pledged(read(text, report_year=2019))
    assert ("重点项目", 300, "个") in got and not any(v == 90 for _, v, _ in got)


def test_a_body_without_an_annex_keeps_its_pledges():
    text = ("某市政府工作报告\n——2019年1月8日在某市第七届人民代表大会第四次会议上\n\n"
            "过去一年，全市实现地区生产总值2303.8亿元、增长9.1%。\n2019年，全市将实施重点项目300个。\n")
    assert ("重点项目", 300, "个") in pledged(read(text, report_year=2019))


def test_a_review_only_body_before_an_annex_of_results_makes_no_pledge():
    # last year's results only: nothing in the body is the year's work
    text = work_report("过去一年，全市新建改造城镇老旧小区120个，新增城市停车位5000个，地区生产总值增长9.1%。",
                       "附件\n2018年主要指标完成情况\n")
    assert not pledged(read(text, report_year=2019))
