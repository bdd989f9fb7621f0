"""Full plan reports of provinces and cities (计划执行情况与计划草案的报告), 2017–2025: an item of the review
headed by its name alone whose plan is a budget, a stock kept or a rate moved, or words; a concentration
to keep under restated as a task; a year that leads a list of goals (branch fullplan)."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val


def plan_review(region: str, year: int, body: str) -> str:
    return (f"{region}{year - 1}年国民经济和社会发展计划执行情况及{year}年国民经济和社会发展计划草案的报告\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n{body}\n"
            f"二、{year}年主要预期目标\n{year}年主要预期目标建议为：地区生产总值增长6%左右。\n")


# a paragraph opened by the name alone ("5．地方一般公共预算收入。"), its plan set as a budget ("年度预算增长7%"),
# as a stock kept ("年度计划稳定在210万吨以上") or a rate moved ("年度计划提高1个百分点"), or in words before its result
@pytest.mark.parametrize("region,year,body,expected", [
    ("绵阳市", 2024, "5．地方一般公共预算收入。年度预算增长7%，实际完成186.3亿元，增长10.3%，超额完成年度预算。",
     {("general_budget_revenue", "target", "2023", "growth"): (7, "eq"),
      ("general_budget_revenue", "actual", "2023", "growth"): (10.3, "eq"),
      ("general_budget_revenue", "actual", "2023", "level"): (186.3, "eq")}),
    ("德阳市", 2020, "（四）一般公共预算收入。全年预算增长6%，实际完成108.2亿元，增长6.9%。",
     {("general_budget_revenue", "target", "2019", "growth"): (6, "eq"),
      ("general_budget_revenue", "actual", "2019", "growth"): (6.9, "eq")}),
    ("邯郸市", 2019, "14．粮食产量。年度计划稳定在210万吨以上，实际达到213.5万吨，完成年度计划。",
     {("grain_output", "target", "2018", "level"): (210, "at_least"),
      ("grain_output", "actual", "2018", "level"): (213.5, "eq")}),
    ("曲靖市", 2022, "15．常住人口城镇化率。年度计划提高1个百分点，实际达到55.6%，提高1.1个百分点，完成年度计划。",
     {("urbanization_rate", "target", "2021", "pp_change"): (1, "eq"),
      ("urbanization_rate", "actual", "2021", "share"): (55.6, "eq"),
      ("urbanization_rate", "actual", "2021", "pp_change"): (1.1, "eq")}),
    ("湛江市", 2018, "城镇登记失业率。年度计划控制在3.5%以内，实际为2.4%。",
     {("registered_unemployment_rate", "target", "2017", "share"): (3.5, "at_most"),
      ("registered_unemployment_rate", "actual", "2017", "share"): (2.4, "eq")}),
    ("四川省", 2017, "（4）地方一般公共预算收入：预算增长7%，实际完成3388.9亿元，增长8.1%，其中税收收入增长2.9%。",
     {("general_budget_revenue", "target", "2016", "growth"): (7, "eq"),
      ("general_budget_revenue", "actual", "2016", "growth"): (8.1, "eq"),
      ("general_budget_revenue", "actual", "2016", "level"): (3388.9, "eq")}),
    ("延安市", 2024, "12．单位地区生产总值能耗。年度计划完成省下达目标任务，预计下降2.1%，完成年度计划。",
     {("energy_intensity", "actual", "2023", "growth"): (-2.1, "eq")}),
])
def test_a_name_alone_with_a_budget_a_kept_stock_or_words(region, year, body, expected):
    fs = facts(plan_review(region, year, body), report_year=year)
    for key, v in expected.items():
        assert val(fs, key) == v


# look-alikes: the sentence after the name speaks of another amount (a part, a count of things), or the
# budget named is not the name's plan
@pytest.mark.parametrize("body,absent", [
    ("粮食产量。全市蔬菜产量稳定在300万吨以上。", ("grain_output", "target", "2023", "level")),
    ("粮食产量。年度计划新建高标准农田20万亩，实际建成22万亩。", ("grain_output", "actual", "2023", "level")),
    ("常住人口城镇化率。中心城区建成区面积提高到120平方公里。", ("urbanization_rate", "actual", "2023", "share")),
    ("地方一般公共预算收入。市本级预算增长5%，实际增长4.1%。", ("general_budget_revenue", "target", "2023", "growth")),
    ("单位地区生产总值能耗。年度计划完成省下达目标任务，规模以上工业企业数量达到1200户。",
     ("energy_intensity", "actual", "2023", "growth")),
    # (self-review: a count of people or firms after the plan's words is not the rate's or intensity's figure)
    ("常住人口城镇化率。年度计划新增城镇人口5万人，实际新增5.3万人。", ("urbanization_rate", "actual", "2023", "share")),
    ("常住人口城镇化率。年度计划新增城镇人口5万人，实际新增5.3万人。", ("urbanization_rate", "target", "2023", "pp_change")),
    ("单位地区生产总值能耗。年度计划完成省下达目标任务，实际新增规模以上工业企业50家。",
     ("energy_intensity", "actual", "2023", "growth")),
    ("固定资产投资。年度计划提高投资效益，完成投资300亿元。", ("fixed_asset_investment", "actual", "2023", "level")),
    # (the part of the budget done is no plan: "完成年度预算的98.6%", "年度预算执行率达到95%")
    ("一般公共预算支出。完成356亿元，增长5.2%，完成年度预算的98.6%。", ("general_budget_expenditure", "target", "2023", "growth")),
    ("民生支出。年度预算执行率达到95%。", ("livelihood_expenditure", "target", "2023", "share")),
])
def test_a_name_alone_takes_no_other_figure(body, absent):
    fs = facts(plan_review("宜宾市", 2024, body), report_year=2024)
    assert absent not in fs


# a budget named as the plan after the result ("，年度预算增长6%") is last year's target, as 年初预算 is
def test_a_budget_after_the_result_is_the_plan():
    fs = facts(plan_review("汉中市", 2021, "一般公共预算收入完成30.5亿元，增长8.2%，年度预算增长6%。"), report_year=2021)
    assert val(fs, ("general_budget_revenue", "target", "2020", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (8.2, "eq")


TASKS = "{region}{y}年国民经济和社会发展计划草案的报告\n三、{y}年重点工作安排\n（六）持续改善生态环境。{body}\n"


def pledges(text: str, year: int):
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": year})
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit): p for p in doc.pledges}


# a concentration to keep under, restated as a task, is a pledge as a share to reach is
@pytest.mark.parametrize("region,year,body,key,action", [
    ("宜昌市", 2023, "PM2.5平均浓度控制在38微克/立方米以下，空气质量优良天数比例达到82%以上。",
     ("PM2.5平均浓度", 38, "微克/立方米"), "控制在"),
    ("石家庄市", 2020, "细颗粒物（PM2.5）平均浓度控制在55微克/立方米以内，重污染天数减少10天。",
     ("细颗粒物（PM2.5）平均浓度", 55, "微克/立方米"), "控制在"),
    ("吉林省", 2019, "全省PM2.5浓度下降到30微克/立方米，地级及以上城市空气质量优良天数比例达到88%。",
     ("PM2.5浓度", 30, "微克/立方米"), "下降到"),
])
def test_a_concentration_to_keep_under_is_a_pledge(region, year, body, key, action):
    ps = pledges(TASKS.format(region=region, y=year, body=body), year)
    assert key in ps and ps[key].action == action


# not pledges: the review's result, the items of the year's target list, a 分别 pair of indicators,
# a concentration stated as it is
@pytest.mark.parametrize("text", [
    "宜昌市2023年国民经济和社会发展计划草案的报告\n一、2022年计划执行情况\nPM2.5平均浓度控制在38微克/立方米以下，完成省下达目标。\n",
    "宜昌市2023年国民经济和社会发展计划草案的报告\n二、2023年主要预期目标\n2023年主要预期目标是：地区生产总值增长7%左右；"
    "PM2.5平均浓度控制在38微克/立方米以下；城镇新增就业6万人。\n",
    TASKS.format(region="保定市", y=2021, body="PM2.5和PM10平均浓度分别低于35、70微克/立方米。"),
    TASKS.format(region="长春市", y=2025, body="去年PM2.5平均浓度为32微克/立方米，同比下降5.9%。"),
])
def test_a_concentration_that_is_no_pledge(text):
    assert not [k for k in pledges(text, int(text[3:7]) if text[3:7].isdigit() else 2023) if k[2] == "微克/立方米"]


GOALS = "{region}{p}年国民经济和社会发展计划执行情况与{y}年国民经济和社会发展计划草案的报告\n二、{y}年主要预期目标\n{body}\n"


# a year and a comma opening the sentence, or the list after its colon, dates every item of the list
@pytest.mark.parametrize("region,y,body,expected", [
    ("宝鸡市", 2022, "“十四五”时期，全市的主要目标是：到2025年，地区生产总值达到3500亿元；研发经费投入强度达到2.5%；"
     "常住人口城镇化率达到62%。",
     {("gdp", "goal", "2025", "level"): (3500, "eq"), ("rnd_intensity", "goal", "2025", "share"): (2.5, "eq"),
      ("urbanization_rate", "goal", "2025", "share"): (62, "eq")}),
    ("四川省", 2022, "到2025年，全省地区生产总值达到6.5万亿元；研发经费投入强度达到2.8%；常住人口城镇化率达到60%。",
     {("rnd_intensity", "goal", "2025", "share"): (2.8, "eq"), ("urbanization_rate", "goal", "2025", "share"): (60, "eq")}),
    ("唐山市", 2023, "主要目标是：力争到2025年，地区生产总值突破10000亿元；常住人口城镇化率达到68%。",
     {("gdp", "goal", "2025", "level"): (10000, "at_least"), ("urbanization_rate", "goal", "2025", "share"): (68, "eq")}),
])
def test_a_year_leading_the_list_dates_each_item(region, y, body, expected):
    fs = facts(GOALS.format(region=region, p=y - 1, y=y, body=body), report_year=y)
    for key, v in expected.items():
        assert val(fs, key) == v


# look-alikes: a year inside an item (no comma after it, or after the item's own figure) dates that item only
@pytest.mark.parametrize("region,y,body,key", [
    ("淄博市", 2021, "“十四五”时期主要目标是：地区生产总值年均增长6%左右，到2025年突破5000亿元；研发经费投入强度达到3%；"
     "常住人口城镇化率达到75%。", ("rnd_intensity", "goal", "2021-2025", "share")),
    ("绍兴市", 2022, "今后五年的主要目标是：地区生产总值年均增长7%，到2026年人均生产总值达到10万元；研发经费投入强度达到3.2%。",
     ("rnd_intensity", "goal", "2022-2026", "share")),
    ("南充市", 2022, "“十四五”时期，全市地区生产总值年均增长7%；到2025年，常住人口城镇化率达到55%。",
     ("gdp", "goal", "2021-2025", "growth")),
    ("襄阳市", 2022, "2022年主要预期目标是：地区生产总值增长7%；到2025年，研发经费投入强度达到3%；常住人口城镇化率达到62%。",
     ("urbanization_rate", "target", "2022", "share")),
])
def test_a_year_inside_an_item_dates_no_other(region, y, body, key):
    fs = facts(GOALS.format(region=region, p=y - 1, y=y, body=body), report_year=y)
    assert key in fs


DRAFT = ("{region}{p}年国民经济和社会发展计划执行情况与{y}年国民经济和社会发展计划草案的报告\n"
         "一、{p}年国民经济和社会发展计划执行情况\n{body}\n")


# the gap to the plan in points ("，比年度计划高0.5个百分点") does not end the figure's sentence: its level after it
@pytest.mark.parametrize("region,y,body,key,expected", [
    ("宝鸡市", 2022, "社会消费品零售总额预计增长10.5%，比年度计划高0.5个百分点，总量达到760亿元左右。",
     ("retail_sales", "actual", "2021", "level"), (760, "about")),
    ("绵阳市", 2024, "社会消费品零售总额增长9%，比年度计划高1个百分点，达到1627.4亿元。",
     ("retail_sales", "actual", "2023", "level"), (1627.4, "eq")),
    ("咸阳市", 2019, "规模以上工业增加值增长9.2%，比计划快1.2个百分点，总量居全省第2位。",
     ("industrial_va", "actual", "2018", "rank"), (2, "eq")),
])
def test_the_gap_to_the_plan_goes_on_to_the_level(region, y, body, key, expected):
    fs = facts(DRAFT.format(region=region, p=y - 1, y=y, body=body), report_year=y)
    assert val(fs, key) == expected


# look-alikes: after the gap, another amount (a part, the projects' investment) is not the name's level
@pytest.mark.parametrize("body,absent", [
    ("社会消费品零售总额预计增长10.5%，比年度计划高0.5个百分点，其中网上零售额达到300亿元。", ("retail_sales", "actual", "2021", "level")),
    ("固定资产投资增长5.3%，比年度计划低4.7个百分点，全年完成重点项目投资300亿元。", ("fixed_asset_investment", "actual", "2021", "level")),
    ("固定资产投资增长5.3%，比年度计划低4.7个百分点。", ("fixed_asset_investment", "actual", "2021", "pp_change")),
])
def test_the_gap_to_the_plan_gives_no_other_figure(body, absent):
    fs = facts(DRAFT.format(region="宝鸡市", p=2021, y=2022, body=body), report_year=2022)
    assert absent not in fs


# a PDF's header with its words spaced wide, one of more than two characters ("指  标  名  称"): one cell, so the
# header is as wide as the rows and its columns are read
def test_a_header_word_of_four_spaced_wide_is_one_cell():
    from planwatch.normalize import normalize
    n = normalize("序号  指  标  名  称                    单  位      2022年目标      2022年完成\n"
                  "1     地区生产总值增长                  %           8               4.6\n")
    assert n.text.split("\n")[:2] == ["序号|指标名称|单位|2022年目标|2022年完成", "1|地区生产总值增长|%|8|4.6"]
    n = normalize("指  标  名  称  单  位  2024年计划  2024年完成\n地区生产总值增长  %  6  5.2\n")
    assert n.text.split("\n")[0] == "指标名称|单位|2024年计划|2024年完成"
    # (words of two stay as they were: "指    标    单  位"; a run that is no header word splits in twos)
    assert normalize("指    标    单  位    2025年目标\n城镇新增就业    万人    1.2\n").text.split("\n")[0] == "指标|单位|2025年目标"
    assert normalize("项  目  名  称    建设内容    总投资\n").text.split("\n")[0] == "项目|名称|建设内容|总投资"


SPACED = ("襄阳市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
          "一、2022年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n"
          "序号  指  标  名  称                    单  位      2022年目标      2022年完成\n"
          "1     地区生产总值增长                  %           8               4.6\n"
          "2     城镇新增就业                      万人        6               6.58\n"
          "3     城镇调查失业率                    %           5.5以内         5.2\n"
          "二、2023年经济社会发展主要预期目标\n"
          "序号  指  标  名  称                    单  位      2023年目标\n"
          "1     地区生产总值增长                  %           7.5左右\n"
          "2     城镇新增就业                      万人        6以上\n")


def test_a_table_under_a_header_spaced_wide_is_read():
    fs = facts(SPACED, report_year=2023)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (6.58, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2022", "share")) == (5.5, "at_most")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (6, "at_least")


TARGET_TABLE = ("宝鸡市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
                "一、2021年国民经济和社会发展计划执行情况\n城镇新增就业预计3.5万人，固定资产投资预计增长8.5%。\n"
                "二、2022年国民经济和社会发展的主要预期目标\n建议2022年全市经济社会发展的主要预期目标安排如下：\n"
                "序号\t指标名称\t单位\t2021年预计\t2022年目标\n"
                "1\t固定资产投资增长\t%\t8.5\t9\n"
                "2\t城镇新增就业\t万人\t3.5\t3.2\n"
                "3\t地区生产总值增长\t%\t7左右\t7.5左右\n"
                "三、2022年重点工作\n{tasks}\n")


# a target table stated before the tasks that restate its figure otherwise: the table is the first place
def test_a_target_table_before_the_tasks_is_the_first_place():
    text = TARGET_TABLE.format(tasks="力争固定资产投资增长9%以上。城镇新增就业3.2万人以上。")
    fs = facts(text, report_year=2022)
    assert val(fs, ("fixed_asset_investment", "target", "2022", "growth")) == (9, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (3.2, "eq")


# look-alikes: the same figure said alike keeps the prose's quote; prose before a 附表 at the end stays the fact
def test_a_table_gives_way_where_the_prose_is_first_or_says_the_same():
    text = TARGET_TABLE.format(tasks="地区生产总值增长7.5%左右。")
    fs = facts(text, report_year=2022)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7.5, "about")
    appendix = ("宜昌市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
                "二、2023年经济社会发展主要预期目标\n2023年主要预期目标为：城镇调查失业率控制在5.5%以内，城镇新增就业6万人以上。\n"
                "附表\n宜昌市2023年国民经济和社会发展主要指标\n指标 单位 2022年计划 2022年完成 2023年计划\n"
                "城镇新增就业 万人 6 6.8 6\n城镇调查失业率 % 5.5 5.3 5.5\n")
    fs = facts(appendix, report_year=2023)
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (6, "at_least")
    assert fs[("urban_new_jobs", "target", "2023", "level")].quote.startswith("城镇新增就业6万人")


# look-alike: this year's budget in the plan part is this year's target, not last year's
def test_this_years_budget_stays_this_years_target():
    text = ("四川省2016年国民经济和社会发展计划执行情况及2017年计划草案的报告\n二、2017年经济社会发展的主要预期目标\n"
            "地方一般公共预算收入：预算增长6.5%。一般公共预算支出增长8%。\n")
    fs = facts(text, report_year=2017)
    assert val(fs, ("general_budget_revenue", "target", "2017", "growth")) == (6.5, "eq")
    assert ("general_budget_revenue", "target", "2016", "growth") not in fs


# self-review: a heading spaced wide is no table row; a header's words of two stay apart where they are no longer word
def test_spaced_words_outside_a_header():
    from planwatch.normalize import normalize
    assert "|" not in normalize("主  要  预  期  目  标\n地区生产总值增长6%左右。\n").text
    assert "|" not in normalize("二、主  要  任  务\n").text
    assert normalize("计  划  目  标    完  成    单  位\n").text == "计划目标|完成|单位\n"


# self-review of the year leading a list: in a review it dates nothing ahead; in the 十五五's goals it is 2030's;
# with no year leading, the items keep the plan's span
@pytest.mark.parametrize("text,year,expected", [
    ("襄阳市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n一、2022年国民经济和社会发展计划执行情况\n"
     "到2022年底，全市高新技术企业达到1500家；常住人口城镇化率达到63.4%。\n", 2023,
     {("urbanization_rate", "actual", "2022", "share"): (63.4, "eq")}),
    ("济南市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n二、“十五五”时期主要目标\n"
     "“十五五”时期，全市的主要目标是：到2030年，地区生产总值突破2万亿元；研发经费投入强度达到3.5%；常住人口城镇化率达到78%。\n", 2026,
     {("rnd_intensity", "goal", "2030", "share"): (3.5, "eq"), ("urbanization_rate", "goal", "2030", "share"): (78, "eq")}),
    ("济南市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n二、“十五五”时期主要目标\n"
     "“十五五”时期，全市地区生产总值年均增长5.5%左右；研发经费投入强度达到3.5%。\n", 2026,
     {("gdp", "goal", "2026-2030", "growth"): (5.5, "about"), ("rnd_intensity", "goal", "2026-2030", "share"): (3.5, "eq")}),
])
def test_a_year_leading_a_list_elsewhere(text, year, expected):
    fs = facts(text, report_year=year)
    for key, v in expected.items():
        assert val(fs, key) == v
