"""Live-blog pages and 两会 pages carrying several reports (liv34, decision 128)."""
from factkeys import facts, read, val

# a page carrying several of a region's reports, each under its own heading line: the budget report's part is not the
# work report's (its figures are `other:`), the plan report's part is
SEVERAL = """两会特刊：三份报告速览

【政府工作报告】
去年全市地区生产总值2100亿元，增长5.2%。今年主要预期目标：地区生产总值增长5.5%左右，一般公共预算收入增长4%。

【计划报告】
去年全市社会消费品零售总额980亿元，增长6.1%。

【财政预算报告】
去年全市一般公共预算收入158.2亿元，增长3.3%；一般公共预算支出320.5亿元。今年一般公共预算收入预期166亿元。
"""

COURTS = """◆ 省政府工作报告摘要
去年全省生产总值增长6%，城镇新增就业45万人。

◆ 省人大常委会工作报告摘要
一年来共制定地方性法规18件。今年将督促全省城镇新增就业40万人以上、居民人均可支配收入增长7%。

◆ 省高级人民法院工作报告摘要
全省法院受理案件51万件。
"""

BUDGET_ALONE = """关于2023年预算执行情况和2024年预算草案的报告

2023年全市一般公共预算收入158.2亿元，增长3.3%。
"""


def test_budget_part_of_a_page_of_several_reports_is_no_fact():
    fs = facts(SEVERAL, region="湖州市", level="prefecture", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2100, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (980, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (4, "eq")
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs
    assert ("general_budget_expenditure", "actual", "2023", "level") not in fs
    assert ("general_budget_revenue", "target", "2024", "level") not in fs


def test_standing_committee_part_is_no_fact():
    fs = facts(COURTS, region="甘肃省", level="province", report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (45, "eq")
    assert ("urban_new_jobs", "target", "2024", "level") not in fs
    assert ("disposable_income", "target", "2024", "growth") not in fs


def test_a_budget_report_read_alone_keeps_its_figures():
    fs = facts(BUDGET_ALONE, region="湖州市", level="prefecture", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (158.2, "eq")


# an infographic's label line with a stock's figure led by a level verb on the line under it
def test_label_line_then_level_verb_line():
    t = "2025年工作回顾\n\n高新技术企业\n总数达812家\n\n粮食产量\n达到36.5亿斤\n\n城镇新增就业\n2.1万人\n"
    fs = facts(t, region="襄阳市", level="prefecture", report_year=2026)
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (812, "eq")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (36.5, "eq")


# the hall's reaction noted after a sentence of a live report is no word of the report
def test_applause_after_target_list_does_not_hide_tasks():
    t = ("10:05\n报告提出，今年全县主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。（热烈掌声）\n"
         "10:12\n今年将实施重点项目120个，完成投资80亿元；新建5G基站600个。（掌声）\n")
    d = read(t, region="临朐县", level="county", report_year=2024)
    objs = {(p.object, p.value) for p in d.pledges}
    assert ("5G基站", 600) in objs and any(v == 120 for _, v in objs)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


# a live report's clock time alone on its line above the entry is no word of the entry (left there, the item after
# the entry's ； was lost)
def test_time_alone_on_its_line_above_an_entry():
    t = "14:26\n在城市建设方面，今年将实施城建项目80个，完成投资95亿元；新建5G基站1500个。\n"
    d = read(t, region="南充市", level="prefecture", report_year=2024)
    assert ("5G基站", 1500) in {(p.object, p.value) for p in d.pledges}
    t = ("09:40\n围绕上述目标，报告部署了六个方面重点工作。\n[图片] 代表们认真聆听报告。\n\n10:02\n"
         "在交通建设方面，今年将实施交通项目45个，完成投资160亿元；新改建农村公路900公里。\n")
    d = read(t, region="南充市", level="prefecture", report_year=2024)
    assert ("农村公路", 900) in {(p.object, p.value) for p in d.pledges}


# a news lead's "所作的政府工作报告": 所 is no part of the speaker's name
def test_speaker_before_suo_zuo():
    t = ("本报讯 2月12日，市九届人大三次会议开幕。会议听取了市长王建军所作的政府工作报告。\n"
         "去年全市地区生产总值增长5%。\n")
    assert read(t).meta.speaker == "王建军"
    t = "代表们认为，县长刘晓东所作政府工作报告实事求是。\n去年全县地区生产总值增长5%。\n"
    assert read(t).meta.speaker == "刘晓东"


# a full report title as the budget part's heading, after the work report's
def test_budget_part_under_its_full_title():
    t = ("市政府工作报告摘要\n去年全市地区生产总值2100亿元，增长5.2%。\n\n"
         "关于2023年全市和市级预算执行情况及2024年预算草案的报告（摘要）\n"
         "2023年全市一般公共预算收入158.2亿元，增长3.3%；一般公共预算支出320.5亿元。\n")
    fs = facts(t, region="湖州市", level="prefecture", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2100, "eq")
    assert not any(k[0].startswith("general_budget") for k in fs)
