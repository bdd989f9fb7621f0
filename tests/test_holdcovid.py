"""Reports of the pandemic years 2020–2023 (branch holdcovid): reviews that set a result against the target
missed or beaten, new registrations of market entities before their total, a result "逆势增长"; each class in
several wordings, with look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def report(region: str, year: int, review: str, plan: str = "今年主要预期目标是：地区生产总值增长6%左右。") -> str:
    return (f"政府工作报告\n——{year}年1月12日在{region}第十四届人民代表大会第一次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年主要目标和重点工作\n{plan}\n")


# 1. last year's target restated in the review after a concession ("虽低于…预期目标") or a comparison with the
# target named by when it was set ("与年初确定的…目标相比", also as a sentence of its own): a target for last year
@pytest.mark.parametrize("region,year,review,want", [
    ("河南省", 2023, "全省生产总值61345.05亿元，增长3.1%，虽低于年初确定的7%左右的预期目标，但高于全国0.1个百分点。", (7, "about")),
    ("吉林省", 2023, "全省地区生产总值增长3.1%，虽然低于6%左右的预期目标，但经济运行逐步恢复。", (6, "about")),
    ("宜昌市", 2023, "全市地区生产总值达到5502.69亿元，增长5.3%。与年初确定的增长8%左右的目标相比，虽有差距，但增速居全省前列。", (8, "about")),
    ("绍兴市", 2023, "全市地区生产总值增长4.1%，与年初提出的6%以上的目标有一定差距。", (6, "at_least")),
    ("长沙县", 2023, "全县地区生产总值增长4.5%，尽管低于年初设定的7.5%的预期目标，但总量稳居全国百强县前列。", (7.5, "eq")),
])
def test_last_years_target_set_against_the_result(region, year, review, want):
    fs = facts(report(region, year, review), report_year=year)
    assert val(fs, ("gdp", "target", str(year - 1), "growth")) == want
    assert ("gdp", "actual", str(year - 1), "growth") in fs
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")


# (look-alikes: a comparison with the country or the province, a sentence on another thing, a comparison with
# last year: no target of last year)
@pytest.mark.parametrize("review", [
    "全市地区生产总值增长3.1%，虽低于全国平均水平，但高于全国0.1个百分点。",
    "全市地区生产总值增长5.3%。与上年相比，全市财政收入增长3%，居民收入增长5%。",
    "全市地区生产总值增长5.3%。与全省平均水平相比，高出1.2个百分点。",
    "全市地区生产总值增长5.3%，虽有差距，但好于全省平均水平。",
    "全市地区生产总值增长5.3%，虽低于全省0.5个百分点，但总量稳居全省第三。",
    "全市地区生产总值增长5.3%，尽管与上年相比增速回落4个百分点，但好于全省。",
])
def test_no_target_from_other_comparisons(review):
    fs = facts(report("宜昌市", 2023, review), report_year=2023)
    assert ("gdp", "target", "2022", "growth") not in fs
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (float(review.split("增长")[1].split("%")[0]), "eq")


# 2. "新登记/新设/新注册市场主体…，市场主体总量达到…": the total stated after the new registrations is the stock
@pytest.mark.parametrize("year,review,want", [
    (2022, "新登记市场主体95.6万户，全省市场主体总量突破450万户。", (450, "at_least")),
    (2023, "实施“万人助万企”活动，新登记市场主体197.4万户，全省市场主体总量突破1000万户。", (1000, "at_least")),
    (2021, "新设市场主体1.86万户，全县市场主体总量达到10.2万户。", (10.2, "eq")),
    (2021, "新注册市场主体1.2万户，市场主体总数达到8.6万户。", (8.6, "eq")),
])
def test_new_registrations_then_the_total(year, review, want):
    fs = facts(report("云南省", year, review), report_year=year)
    assert val(fs, ("market_entities", "actual", str(year - 1), "level")) == want


# (look-alikes: registrations with no total, a part of them after 其中: the registrations stay the figure)
@pytest.mark.parametrize("review,want", [
    ("新登记市场主体5.2万户，其中企业1.1万户。", (5.2, "eq")),
    ("新设立市场主体1.5万户，同比增长12.6%。", (1.5, "eq")),
])
def test_new_registrations_alone(review, want):
    fs = facts(report("长兴县", 2022, review), report_year=2022)
    assert val(fs, ("market_entities", "actual", "2021", "level")) == want


# 3. "…，逆势增长2.1%" (2020's results): the same figure's growth goes on after the comma
def test_growth_against_the_trend():
    fs = facts(report("襄阳市", 2021, "社会消费品零售总额达到1520亿元，逆势增长2.1%；出口总额逆势增长8.5%。"), report_year=2021)
    assert val(fs, ("retail_sales", "actual", "2020", "growth")) == (2.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2020", "level")) == (1520, "eq")
    # (a part of the total after 其中 is no growth of the total)
    fs = facts(report("襄阳市", 2021, "社会消费品零售总额达到1520亿元，其中网络零售额逆势增长21.5%。"), report_year=2021)
    assert ("retail_sales", "actual", "2020", "growth") not in fs


# 4. "A、B分别增长x%、y%，两年平均分别增长u%、v%" (2022 reports): each name's year figure, then each one's
# average over 2020-2021 (the spec dates an average over the years it spans)
@pytest.mark.parametrize("review,names,year_vals,avg_vals", [
    ("固定资产投资、社会消费品零售总额分别增长4.9%、12.5%，两年平均分别增长3.9%、4.1%。",
     ("fixed_asset_investment", "retail_sales"), (4.9, 12.5), (3.9, 4.1)),
    ("城镇、农村居民人均可支配收入分别增长8.2%、10.6%，两年平均分别增长6.5%、8.9%。",
     ("urban_disposable_income", "rural_disposable_income"), (8.2, 10.6), (6.5, 8.9)),
    ("规模以上工业增加值、一般公共预算收入分别增长12.1%和9.3%，两年平均分别增长7.6%和4.4%。",
     ("industrial_va", "general_budget_revenue"), (12.1, 9.3), (7.6, 4.4)),
])
def test_two_year_averages_after_respectively(review, names, year_vals, avg_vals):
    fs = facts(report("南通市", 2022, review), report_year=2022)
    for name, yv, av in zip(names, year_vals, avg_vals):
        assert val(fs, (name, "actual", "2021", "growth")) == (yv, "eq")
        assert val(fs, (name, "actual", "2020-2021", "growth")) == (av, "eq")


# (look-alikes: a comparison in points after the figures, another indicator after them: no average)
@pytest.mark.parametrize("review", [
    "城镇、农村居民人均可支配收入分别增长8.2%、10.6%，分别高于全省0.5、0.8个百分点。",
    "城镇、农村居民人均可支配收入分别增长8.2%、10.6%，居民消费价格上涨1.2%。",
])
def test_no_average_without_its_words(review):
    fs = facts(report("南通市", 2022, review), report_year=2022)
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (8.2, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (10.6, "eq")
    assert not any(k[2] == "2020-2021" for k in fs)


# 5. a target revised in the year (2020): "年初确定的…增长7%的预期目标调整为3%左右" (the revised one is the
# fact, as in "增长目标由7%调整为3%"), "完成年中调整后3%左右的目标" (the result set against it)
@pytest.mark.parametrize("year,part,text,key,want", [
    (2021, "review", "受疫情影响，经市人大常委会批准，年初确定的地区生产总值增长7%的预期目标调整为3%左右。全市地区生产总值实际增长3.2%。",
     ("gdp", "target", "2020", "growth"), (3, "about")),
    (2021, "review", "全市地区生产总值增长3.2%，完成年中调整后3%左右的目标。", ("gdp", "target", "2020", "growth"), (3, "about")),
    (2021, "review", "全市地区生产总值增长3.2%，完成调整后的3%左右的预期目标。", ("gdp", "target", "2020", "growth"), (3, "about")),
    (2020, "plan", "建议将全市地区生产总值增长7.5%的预期目标调整为3%左右，一般公共预算收入增长6%的年度目标调整为下降5%左右。",
     ("gdp", "target", "2020", "growth"), (3, "about")),
    (2020, "plan", "建议将全市地区生产总值增长7.5%的预期目标调整为3%左右，一般公共预算收入增长6%的年度目标调整为下降5%左右。",
     ("general_budget_revenue", "target", "2020", "growth"), (-5, "about")),
])
def test_a_target_revised_in_the_year(year, part, text, key, want):
    body = report("襄阳市", year, text) if part == "review" else report("襄阳市", year, "全市地区生产总值增长7.4%。", text)
    fs = facts(body, report_year=year)
    assert val(fs, key) == want


# (look-alikes: a target met with no revision keeps its figure; a plan completed in part is no target)
def test_a_target_not_revised():
    fs = facts(report("襄阳市", 2021, "年初确定的地区生产总值增长7%的预期目标圆满完成，全市地区生产总值实际增长7.2%。"), report_year=2021)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (7.2, "eq")
    fs = facts(report("襄阳市", 2021, "全市地区生产总值增长3.2%，完成调整后投资计划的98%。"), report_year=2021)
    assert ("gdp", "target", "2020", "growth") not in fs


# 6. 2022's revenue written on two bases after the VAT credit refunds (留抵退税): "按自然口径计算增长3.5%",
# "自然口径下降8.1%", "按同口径计算增长4.1%" go on with the same figure; the first stated is the fact
@pytest.mark.parametrize("review,want", [
    ("地方一般公共预算收入完成201.1亿元，按自然口径计算增长3.5%，扣除留抵退税因素后同口径增长10.2%。", (3.5, "eq")),
    ("一般公共预算收入62.8亿元，自然口径下降8.1%，同口径增长6.2%。", (-8.1, "eq")),
    ("一般公共预算收入完成62.8亿元，按同口径计算增长4.1%。", (4.1, "eq")),
    # (look-alike: the natural base first with no words before it keeps its place)
    ("一般公共预算收入4261.6亿元，下降5.2%，扣除留抵退税因素后增长6.8%。", (-5.2, "eq")),
])
def test_revenue_on_two_bases(review, want):
    fs = facts(report("宜昌市", 2023, review), report_year=2023)
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == want
    assert ("general_budget_revenue", "actual", "2022", "level") in fs


# 7. "略低于/稍低于…的预期目标" (the result a little short of its target), and the two years' average after a
# ；with its name left out
def test_a_little_short_of_the_target():
    fs = facts(report("平湖市", 2022, "全县地区生产总值增长6.6%，略低于7%左右的预期目标；两年平均增长4.9%。"), report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (6.6, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2020-2021", "growth")) == (4.9, "eq")
    fs = facts(report("平湖市", 2022, "全县地区生产总值增长6.6%，稍低于年初确定的7%左右的预期目标。"), report_year=2022)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "about")
    # (look-alikes: short of the province's average; another indicator's average after the ；)
    fs = facts(report("平湖市", 2022, "全县地区生产总值增长6.6%，略低于全省平均水平0.4个百分点。"), report_year=2022)
    assert ("gdp", "target", "2021", "growth") not in fs and ("gdp", "actual", "2021", "pp_change") not in fs
    fs = facts(report("平湖市", 2022, "全县地区生产总值增长6.6%；规模以上工业增加值两年平均增长7.2%。"), report_year=2022)
    assert ("gdp", "actual", "2020-2021", "growth") not in fs
    assert val(fs, ("industrial_va", "actual", "2020-2021", "growth")) == (7.2, "eq")


def plan_pledges(year: int, plan: str) -> set[tuple[str, str, float, str]]:
    import planwatch
    text = report("襄阳市", year, "全市地区生产总值增长3.2%。", "三、重点工作\n" + plan)
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit) for p in doc.pledges}


# 8. vaccine doses (剂次, 剂) counted in a task: a pledge in the unit as written; doses given last year are none
def test_vaccine_doses_pledged():
    ps = plan_pledges(2021, "完成新冠病毒疫苗接种120万剂次，新建核酸检测实验室5个。")
    assert ("完成", "新冠病毒疫苗接种", 120, "万剂次") in ps and ("新建", "核酸检测实验室", 5, "个") in ps
    ps = plan_pledges(2022, "有序推进加强免疫接种，全年完成加强针接种50万剂以上。")
    assert any(v == 50 and u == "万剂" for _, _, v, u in ps)
    import planwatch
    doc = planwatch.read_text(report("襄阳市", 2022, "累计接种新冠病毒疫苗320万剂次，接种率达到92%。"), "t.txt")
    assert not any("疫苗" in p.object for p in doc.pledges)


# 9. 2020's plan part recalling the doubling since 2010 ("确保实现地区生产总值和城乡居民人均收入比2010年翻一番"):
# a goal reached this year, never this year's GDP target (2020's reports often set no GDP target at all)
@pytest.mark.parametrize("plan,key", [
    ("今年是全面建成小康社会收官之年，要确保实现地区生产总值和城乡居民人均收入比2010年翻一番的目标。城镇新增就业4万人以上。",
     ("gdp", "goal", "2020", "growth")),
    ("今年不设GDP增长具体目标，但要努力实现地区生产总值比2010年翻一番的目标。城镇新增就业4万人以上。",
     ("gdp", "goal", "2020", "growth")),
    ("地区生产总值增长6%左右，人均地区生产总值比2010年翻一番。", ("gdp_per_capita", "goal", "2020", "growth")),
])
def test_the_doubling_since_2010_is_no_target(plan, key):
    fs = facts(report("赣州市", 2020, "全市地区生产总值增长8.5%。", plan), report_year=2020)
    assert val(fs, key) == (100, "eq")
    assert (key[0], "target", "2020", "growth") not in fs or fs[(key[0], "target", "2020", "growth")].value != 100


# (look-alikes: a doubling within the year, or on last year, stays the year's target)
@pytest.mark.parametrize("plan,key", [
    ("今年力争规上工业增加值翻一番，地区生产总值增长6%左右。", ("industrial_va", "target", "2020", "growth")),
    ("今年外贸进出口总额比2019年翻一番。", ("foreign_trade", "target", "2020", "growth")),
])
def test_a_doubling_in_the_year_stays_a_target(plan, key):
    fs = facts(report("赣州市", 2020, "全市地区生产总值增长8.5%。", plan), report_year=2020)
    assert val(fs, key) == (100, "eq")


# 10. "今年以来，…下降12.1%" under a heading that tells the year so far apart from last year ("2019年和今年以来
# 工作回顾", "今年以来疫情防控和经济运行情况": 2020's reports delivered after the outbreak): no fact
@pytest.mark.parametrize("head", ["一、2019年和今年以来工作回顾", "二、今年以来疫情防控和经济运行情况"])
def test_the_year_so_far_under_its_own_heading(head):
    text = ("政府工作报告\n——2020年6月12日在孝感市第九届人民代表大会第五次会议上\n一、2019年工作回顾\n2019年，全市地区生产总值增长7.9%。\n"
            f"{head}\n今年以来，受疫情冲击，全市规模以上工业增加值下降12.1%，固定资产投资下降20%。\n"
            "三、2020年主要目标\n城镇新增就业5万人以上。\n")
    fs = facts(text, report_year=2020)
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (7.9, "eq")
    assert not any(k[0] in ("industrial_va", "fixed_asset_investment") for k in fs)


# (look-alikes: a plan drafted in December calls the year it reviews 今年 under that year's heading; a whole-year
# figure after 今年以来 stays)
def test_the_year_so_far_under_the_years_heading_is_that_year():
    text = ("洛阳市2023年国民经济和社会发展计划\n一、2022年国民经济和社会发展计划执行情况\n今年以来，面对超出预期的风险挑战，"
            "全市经济社会发展保持总体平稳，地区生产总值5675.2亿元、同比增长3%。\n二、2023年主要目标\n地区生产总值增长6.5%左右。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3, "eq")
    text = ("政府工作报告\n——2020年6月12日在孝感市第九届人民代表大会第五次会议上\n一、2019年和今年以来工作回顾\n"
            "今年以来，全市经济受到严重冲击；2019年全年地区生产总值增长7.9%。\n")
    assert val(facts(text, report_year=2020), ("gdp", "actual", "2019", "growth")) == (7.9, "eq")


# (look-alike of 1: a comparison sentence after a sentence of several figures names none of them: no target is
# given to the last one)
def test_a_comparison_after_several_figures_names_none():
    fs = facts(report("宜昌市", 2023, "全市地区生产总值增长5.3%，地方一般公共预算收入增长3%。与年初确定的增长8%左右的目标相比，"
                                    "经济增速虽有差距，但好于全省平均水平。"), report_year=2023)
    assert ("general_budget_revenue", "target", "2022", "growth") not in fs
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (3, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (5.3, "eq")


# 11. a part titled for the year so far ("二、今年以来疫情防控和复工复产情况", 2020's reports delivered after the
# outbreak) is a review: what was done in it is no pledge
def test_the_year_so_far_is_no_plan_part():
    import planwatch
    text = ("政府工作报告\n——2020年5月8日在太康县第十五届人民代表大会第五次会议上\n一、2019年工作回顾\n2019年，全县生产总值增长7.6%。\n"
            "二、今年以来疫情防控和复工复产情况\n全县累计排查返乡人员8.6万人，新建隔离点12个。一季度全县生产总值下降6.3%。\n"
            "三、2020年主要目标和重点工作\n今年主要预期目标是：生产总值增长6.5%左右。\n（一）夯实基础。新建高标准农田8万亩，改造老旧小区36个。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert [s.role for s in doc.sections][:2] == ["review", "review"]
    objs = {p.object for p in doc.pledges}
    assert "高标准农田" in objs and "老旧小区" in objs
    assert not any("返乡" in o or "隔离点" in o or "生产总值" in o for o in objs)
    # (look-alikes: a part titled for this year's work, or for the year so far and what comes next, stays the plan's)
    for head in ("二、今年工作安排", "二、今年以来工作情况和下一步工作安排"):
        doc = planwatch.read_text(text.replace("二、今年以来疫情防控和复工复产情况", head), "t.txt")
        assert doc.sections[1].role != "review"
