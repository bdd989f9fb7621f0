"""Whole prefecture-city plan reports of 2016-2019 (pln45, decision 327): a paragraph giving the reasons of the year's
target list led by the arrangement named back ("这样安排主要考虑：一是经济增长8.5%左右，…") after a numbered list whose
last item is a task handed down ("完成省下达目标任务") read as tasks, its restated target pledged; the plan of the year
under review named as revised after a result ("增长10.1%，调整后的计划为增长9%") taken for a figure first set and
revised, the result lost, and with 年度/全年 between ("调整后的年度计划为增长9%") read as no plan at all. With look-alikes
that must not change."""
import pytest

from factkeys import key_values, pledge_items, read


def _plan(region: str, year: int, targets: str, after: str, review: str = "地区生产总值增长8%。") -> str:
    """A prefecture's plan report: the year reviewed, the year's numbered target list, what follows it, the tasks."""
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月12日在{region}第十五届人民代表大会第三次会议上\n\n各位代表：\n"
            f"受市人民政府委托，现将计划执行情况与计划草案提请大会审议。\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n{review}\n\n"
            f"二、{year}年经济社会发展主要预期目标\n建议{year}年全市经济社会发展主要预期目标安排如下：\n{targets}\n{after}\n"
            f"三、{year}年经济社会发展主要任务\n（一）加快农业现代化。新建高标准农田20万亩。\n")


_LIST = ("1．地区生产总值增长7.5%左右；\n2．全社会固定资产投资增长10%；\n3．城镇新增就业5万人；\n"
         "4．单位生产总值能耗、主要污染物排放量完成省下达目标任务。")
_LIST_B = ("1．地区生产总值增长6.5%左右；\n2．社会消费品零售总额增长9%；\n3．城镇登记失业率控制在4.5%以内；\n"
           "4．主要污染物排放量完成省下达目标任务。")


# --- the reasons of the list, led by the arrangement named back ---

@pytest.mark.parametrize("lead", ["这样安排主要考虑：", "这样安排，主要考虑了以下因素：", "作出这样的安排，主要考虑：",
                                  "之所以这样安排，主要基于以下考虑：", "上述安排主要考虑：", "这样安排的主要考虑是：",
                                  "这一目标的安排主要考虑：", "这样安排主要是考虑："])
@pytest.mark.parametrize("region,year,lst,g,inv", [("九江市", 2019, _LIST, "7.5", "10"),
                                                   ("宜宾市", 2017, _LIST_B, "6.5", "9")])
def test_reasons_after_numbered_list_pledge_nothing(lead, region, year, lst, g, inv):
    # the reasons restate the list's targets: no pledge of 经济增长 or 投资增长, the tasks' pledge kept
    after = f"{lead}一是经济增长{g}%左右，与全省目标相衔接；二是投资和消费增长{inv}%，与项目储备相适应。"
    d = read(_plan(region, year, lst, after), region=region, report_year=year)
    assert pledge_items(d) == {("新建", "高标准农田", 20, "万亩")}
    # the list's own target is still read
    assert key_values(d)[("gdp", "target", str(year), "growth")] == (float(g) if "." in g else int(g), "about")


def test_reasons_look_alike_tasks_after_list_kept():
    # look-alike: a task right after the list, with no reasons' lead, stays a pledge
    after = "为实现上述目标，要重点抓好以下工作：全年新开工亿元以上项目100个。"
    d = read(_plan("九江市", 2019, _LIST, after), region="九江市", report_year=2019)
    assert ("新开工", "亿元以上项目", 100, "个") in pledge_items(d)


def test_reasons_look_alike_arrangement_not_reasons_kept():
    # look-alike: 这样安排 inside a task's sentence, no 主要考虑 after it, leads no reasons: the task is pledged
    after = "按照这样安排，全年新开工亿元以上项目120个。"
    d = read(_plan("九江市", 2019, _LIST, after), region="九江市", report_year=2019)
    assert ("新开工", "亿元以上项目", 120, "个") in pledge_items(d)


# --- the plan of the year reviewed named as revised, after a result ---

def _review_report(region: str, year: int, review: str) -> str:
    return _plan(region, year, "1．地区生产总值增长7%左右；\n2．全社会固定资产投资增长9%。", "", review=review)


@pytest.mark.parametrize("label", ["调整后的计划为", "调整后计划为", "调整后的年度计划为", "调整后的年度目标为",
                                   "调整后的全年计划为"])
@pytest.mark.parametrize("region,year", [("绵阳市", 2018), ("襄阳市", 2017)])
def test_revised_plan_after_result(label, region, year):
    # the growth before is the result, the revised plan's figure the year reviewed's target
    review = f"地方一般公共预算收入完成118.2亿元，增长10.1%，{label}增长9%。"
    kv = key_values(read(_review_report(region, year, review), region=region, report_year=year))
    y = str(year - 1)
    assert kv[("general_budget_revenue", "actual", y, "growth")] == (10.1, "eq")
    assert kv[("general_budget_revenue", "target", y, "growth")] == (9, "eq")
    assert kv[("general_budget_revenue", "actual", y, "level")] == (118.2, "eq")


@pytest.mark.parametrize("region,year", [("绵阳市", 2018), ("襄阳市", 2017)])
def test_revised_plan_look_alike_first_set_then_revised(region, year):
    # look-alike: a figure first set by its own plan word, then the plan as revised: the revised figure is the
    # target and the first one no result
    review = "地方一般公共预算收入年初计划增长12%，调整后计划为增长9%，实际完成118.2亿元，增长10.1%。"
    kv = key_values(read(_review_report(region, year, review), region=region, report_year=year))
    y = str(year - 1)
    assert kv[("general_budget_revenue", "target", y, "growth")] == (9, "eq")
    assert kv[("general_budget_revenue", "actual", y, "growth")] == (10.1, "eq")


def test_revised_plan_look_alike_budget_amount():
    # look-alike: a budget first set in an amount and revised: the revised amount is the target
    review = "一般公共预算支出年初预算28亿元，调整后预算为30.5亿元，执行中完成29.8亿元。"
    kv = key_values(read(_review_report("九江市", 2019, review), region="九江市", report_year=2019))
    assert kv[("general_budget_expenditure", "target", "2018", "level")] == (30.5, "eq")


def test_revised_plan_look_alike_plain_plan_label():
    # look-alike: the plan named with no revision after a result stays the target as before
    review = "社会消费品零售总额1003.6亿元，增长12.6%，年度计划为增长11.5%。"
    kv = key_values(read(_review_report("绵阳市", 2018, review), region="绵阳市", report_year=2018))
    assert kv[("retail_sales", "target", "2017", "growth")] == (11.5, "eq")
    assert kv[("retail_sales", "actual", "2017", "growth")] == (12.6, "eq")


# --- the result measured against the year's plan by the amount beyond it, in a short form, before the growth ---

@pytest.mark.parametrize("gap", ["超年度计划3.2亿元", "超计划3.2亿元", "比年度计划增收3.2亿元", "多于年度计划3.2亿元",
                                 "超年度计划", "超年度目标"])
@pytest.mark.parametrize("region,year", [("绵阳市", 2018), ("九江市", 2019)])
def test_short_gap_to_plan_keeps_growth(gap, region, year):
    # the growth after the gap is the name's result, as after 超出/超过 年度计划; the gap's amount is no fact
    review = f"地方一般公共预算收入118.2亿元，{gap}，增长10.1%。"
    kv = key_values(read(_review_report(region, year, review), region=region, report_year=year))
    y = str(year - 1)
    assert kv[("general_budget_revenue", "actual", y, "growth")] == (10.1, "eq")
    assert kv[("general_budget_revenue", "actual", y, "level")] == (118.2, "eq")
    assert ("general_budget_revenue", "target", y, "level") not in kv


@pytest.mark.parametrize("tail,other", [("超年度计划，税收收入增长8.2%", "税收收入"),
                                        ("超年度计划3.2亿元，其中税收收入增长8.2%", "其中")])
def test_short_gap_look_alike_other_name_after(tail, other):
    # look-alike: another name's growth after the gap stays off the revenue
    review = f"地方一般公共预算收入118.2亿元，{tail}。"
    kv = key_values(read(_review_report("九江市", 2019, review), region="九江市", report_year=2019))
    assert ("general_budget_revenue", "actual", "2018", "growth") not in kv


def test_short_gap_look_alike_points_then_place():
    # look-alike: the gap in points (read before) still leaves the growth after it the result
    review = "全社会固定资产投资1860.6亿元，超计划0.4个百分点，增长12.8%。"
    kv = key_values(read(_review_report("绵阳市", 2018, review), region="绵阳市", report_year=2018))
    assert kv[("fixed_asset_investment", "actual", "2017", "growth")] == (12.8, "eq")
