"""Provincial and national reports of 2016–2021 (十三五 years, 2020 without a GDP target, the first
year of the 十四五) in shapes not seen before (branch accprov2): each class with the sentences that
must change and the look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def head(prov: str, year: int) -> str:
    return (f"政府工作报告\n——{year}年1月20日在{prov}第十三届人民代表大会第二次会议上\n一、{year - 1}年工作回顾\n"
            f"过去一年，全省地区生产总值增长7.1%。\n二、{year}年工作安排\n今年全省经济社会发展的主要预期目标是：")


# 1. A qualitative target ("城乡居民收入增长与经济增长同步", "能耗降低完成国家下达任务") followed by a
# clause of figures no indicator of its own names ("减少农村贫困人口100万人以上", the 脱贫攻坚 years'
# list item): the figures are that clause's, the qualitative target stands
@pytest.mark.parametrize("prov,year,item,after,keys", [
    ("河南省", 2016, "城乡居民收入增长与经济增长同步", "减少农村贫困人口100万人以上",
     ["urban_disposable_income", "rural_disposable_income"]),
    ("甘肃省", 2019, "城乡居民人均可支配收入增长与经济增长同步", "减少农村贫困人口60万人以上",
     ["urban_disposable_income", "rural_disposable_income"]),
    ("湖南省", 2018, "单位地区生产总值能耗降低完成国家下达任务", "减少农村贫困人口75万人以上", ["energy_intensity"]),
    ("云南省", 2020, "居民收入增长和经济增长基本同步", "实现剩余44.2万贫困人口全部脱贫", ["disposable_income"]),
    ("贵州省", 2017, "居民收入增长与经济增长同步", "易地扶贫搬迁75万人", ["disposable_income"]),
])
def test_qualitative_target_before_a_clause_of_other_figures(prov, year, item, after, keys):
    fs = facts(head(prov, year) + f"地区生产总值增长8%左右，{item}，{after}，城镇登记失业率控制在4.5%以内。")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (8, "about")
    for k in keys:
        f = fs[(k, "target", str(year), "growth")]
        assert (f.value, f.qualifier) == (None, "qualitative")
        assert f.quote.startswith(item[:4]) and "贫困" not in f.quote and "搬迁" not in f.quote
    assert val(fs, ("registered_unemployment_rate", "target", str(year), "share")) == (4.5, "at_most")


def test_figures_after_the_qualitative_words_that_fit_stay_the_target():
    # the figures after the words are the target itself when the names can take them
    fs = facts(head("四川省", 2018) + "地区生产总值增长7.5%左右，城乡居民人均可支配收入增长与经济增长同步，分别增长8%和9%左右。")
    assert val(fs, ("urban_disposable_income", "target", "2018", "growth")) == (8, "about")
    assert val(fs, ("rural_disposable_income", "target", "2018", "growth")) == (9, "about")


def test_no_qualitative_without_the_words():
    # no qualitative words: the other clause's figures give the names nothing
    fs = facts(head("河南省", 2016) + "地区生产总值增长8%左右，城乡居民收入稳定，减少农村贫困人口100万人以上。")
    assert ("urban_disposable_income", "target", "2016", "growth") not in fs
    assert ("rural_disposable_income", "target", "2016", "growth") not in fs


# 2. "地区生产总值增长6%左右，“十三五”期间力争年均增长6.5%以上": the plan's average after this year's
# target, its name left out, with 力争/确保 before 年均
@pytest.mark.parametrize("avg,want", [("“十三五”期间力争年均增长6.5%以上", (6.5, "at_least")),
                                      ("“十三五”时期确保年均增长7%", (7, "eq")),
                                      ("“十三五”期间年均增长6.5%以上", (6.5, "at_least"))])
def test_plan_average_after_this_years_target(avg, want):
    fs = facts(head("山西省", 2016) + f"地区生产总值增长6%左右，{avg}；一般公共预算收入与经济增长同步。")
    assert val(fs, ("gdp", "target", "2016", "growth")) == (6, "about")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == want


def test_striving_for_a_higher_rate_is_no_goal():
    # "力争增长7%" with no 年均 and no plan named is this year's aim, not the plan's average
    fs = facts(head("黑龙江省", 2017) + "地区生产总值增长6%—6.5%，力争达到7%；一般公共预算收入增长3%。")
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6, 6.5, "range")
    assert not any(k[0] == "gdp" and k[1] == "goal" for k in fs)


# 3. A range written in a table's cell without its unit ("7.5-8" under "（%）", the plan reports of
# 2016–2019): the whole range, not its first number
PLAN = ("关于湖南省2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n"
        "——2019年1月22日在湖南省第十三届人民代表大会第二次会议上\n一、2018年计划执行情况\n")


@pytest.mark.parametrize("sep", ["\t", " | ", "   "])
@pytest.mark.parametrize("cell,want", [("7.5-8", (7.5, 8, "range")), ("7.5～8", (7.5, 8, "range")),
                                       ("7.5—8", (7.5, 8, "range")), ("7.5左右", (7.5, "about")), ("7.5", (7.5, "eq"))])
def test_range_in_a_table_cell(sep, cell, want):
    rows = [["指标", "2018年计划", "2018年完成", "2019年目标"],
            ["地区生产总值增长（%）", "8左右", "7.8", cell],
            ["固定资产投资增长（%）", "11", "10", "10"]]
    fs = facts(PLAN + "\n".join(sep.join(r) for r in rows) + "\n")
    assert val(fs, ("gdp", "target", "2019", "growth")) == want
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (8, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (10, "eq")


def test_two_cells_are_no_range():
    # the last two columns, each its own figure: no dash between them, no range
    rows = [["指标", "2018年计划", "2018年完成"], ["地区生产总值增长（%）", "-2", "-1"], ["城镇新增就业（万人）", "70", "75"]]
    fs = facts(PLAN + "\n".join("\t".join(r) for r in rows) + "\n")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (-1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2018", "level")) == (75, "eq")


# 4. A table of an ended plan's indicators, the plan named in its title and not in its columns
# ("“十三五”规划主要指标完成情况" over 规划目标 | 完成情况 in a 2021 report): that plan's goals and its
# results, the yearly averages over its five years
@pytest.mark.parametrize("title,y,a", [("“十三五”规划主要指标完成情况：", 2021, 2016),
                                       ("附表：“十二五”规划纲要主要指标实现情况", 2016, 2011)])
def test_ended_plan_table_named_in_its_title(title, y, a):
    span = f"{a}-{a + 4}"
    fs = facts(f"关于山东省{y - 1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n"
               f"——{y}年1月22日在山东省第十三届人民代表大会第五次会议上\n一、计划执行情况\n{title}\n"
               "指标\t规划目标\t完成情况\n生产总值年均增长（%）\t7.5左右\t6.1\n常住人口城镇化率（%）\t62\t63\n"
               f"二、{y}年主要目标\n生产总值增长6%以上；一般公共预算收入增长3%。")
    assert val(fs, ("gdp", "goal", span, "growth")) == (7.5, "about")
    assert val(fs, ("gdp", "actual", span, "growth")) == (6.1, "eq")
    assert val(fs, ("urbanization_rate", "goal", span, "share")) == (62, "eq")
    assert val(fs, ("urbanization_rate", "actual", str(a + 4), "share")) == (63, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6, "at_least")
    assert not any(k[2] == f"{y}-{y + 4}" for k in fs)


def test_running_plan_table_keeps_its_columns():
    # the plan named in the title has not ended: 规划目标 is its goal, 2020年完成 a result of that year
    fs = facts("关于江苏省2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
               "——2021年1月22日在江苏省第十三届人民代表大会第四次会议上\n一、“十四五”规划主要指标\n"
               "指标\t2020年完成\t规划目标\n地区生产总值年均增长（%）\t5.9\t5.5左右\n常住人口城镇化率（%）\t73.4\t75\n")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (5.9, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (5.5, "about")
    assert val(fs, ("urbanization_rate", "actual", "2020", "share")) == (73.4, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (75, "eq")


# 5. "粮食生产稳定在1200亿斤以上": the grain output named by its production (河南, 黑龙江, 吉林 write it
# so); its costs, zones and machinery are not the output, nor is a capacity
@pytest.mark.parametrize("item,want", [("粮食生产稳定在1200亿斤以上", (1200, "at_least")),
                                       ("粮食生产保持在650亿斤以上", (650, "at_least")),
                                       ("粮食产量稳定在1200亿斤以上", (1200, "at_least"))])
def test_grain_production_target(item, want):
    fs = facts(head("河南省", 2018) + f"地区生产总值增长7.5%左右，{item}，城镇新增就业100万人。")
    assert val(fs, ("grain_output", "target", "2018", "level")) == want
    assert val(fs, ("urban_new_jobs", "target", "2018", "level")) == (100, "eq")


@pytest.mark.parametrize("item", ["粮食生产成本下降5%", "粮食生产能力稳定在1300亿斤以上", "新增粮食生产能力10亿斤",
                                  "划定粮食生产功能区1000万亩", "粮食生产全程机械化率达到85%", "粮食生产核心区建设投资增长10%"])
def test_grain_production_look_alikes(item):
    fs = facts(head("河南省", 2018) + f"地区生产总值增长7.5%左右，{item}。")
    assert not any(k[0] == "grain_output" for k in fs)


def test_grain_production_result_in_review():
    fs = facts("政府工作报告\n——2018年1月24日在河南省第十三届人民代表大会第一次会议上\n一、2017年工作回顾\n"
               "粮食生产再获丰收，总产量达到1194.6亿斤。全省生产总值增长7.8%。\n二、2018年工作\n"
               "今年全省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。")
    assert val(fs, ("grain_output", "actual", "2017", "level")) == (1194.6, "eq")


# 6. "到2020年，地区生产总值和城乡居民人均收入比2010年翻一番以上，生产总值年均增长8%左右" (the
# 十三五 goals of 2016 reports): the rate stated after the doubling, dated by the same 到2020年, is the
# goal's figure; the doubling keeps its key where nothing else is stated for it
G16 = "政府工作报告\n——2016年1月24日在河南省第十二届人民代表大会第五次会议上\n二、“十三五”时期主要目标\n"


def test_rate_after_a_doubling_of_the_same_year():
    fs = facts(G16 + "到2020年，全省生产总值和城乡居民人均收入比2010年翻一番以上，生产总值年均增长8%左右。")
    assert val(fs, ("gdp", "goal", "2020", "growth")) == (8, "about")
    assert val(fs, ("rural_disposable_income", "goal", "2020", "growth")) == (100, "at_least")


def test_rate_before_a_doubling_keeps_both():
    fs = facts(G16 + "生产总值年均增长8%左右，到2020年生产总值和城乡居民人均收入比2010年翻一番以上。")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8, "about")
    assert val(fs, ("gdp", "goal", "2020", "growth")) == (100, "at_least")


def test_doubling_alone_stays():
    fs = facts(G16 + "到2020年，全市生产总值确保实现翻一番，城乡居民收入比2010年翻一番以上。")
    assert val(fs, ("gdp", "goal", "2020", "growth")) == (100, "eq")


# 7. "单位：亿元、%" over a table: its levels in the first unit, the rows named as a change or a rate in %
AH = ("关于安徽省2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
      "——2020年1月22日在安徽省第十三届人民代表大会第三次会议上\n一、2019年计划执行情况\n")


@pytest.mark.parametrize("line", ["单位：亿元、%", "单位：亿元、％"])
def test_unit_line_with_two_units(line):
    fs = facts(AH + line + "\n指标\t2019年完成\t增长\t2020年目标\t增长\n地区生产总值\t37114\t7.5\t—\t7.5左右\n"
               "一般公共预算收入\t3182.7\t3.2\t—\t3\n")
    assert val(fs, ("gdp", "actual", "2019", "level")) == (37114, "eq")
    assert fs[("gdp", "actual", "2019", "level")].unit == "亿元"
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (7.5, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7.5, "about")
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (3182.7, "eq")


def test_unit_line_two_units_rows_named_as_changes():
    fs = facts(AH + "单位：亿元、%\n指标\t2019年完成\t2020年目标\n地区生产总值\t37114\t—\n地区生产总值增长\t7.5\t7.5左右\n"
               "城镇调查失业率\t4.5\t5.5左右\n")
    assert val(fs, ("gdp", "actual", "2019", "level")) == (37114, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7.5, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2020", "share")) == (5.5, "about")


def test_unit_line_of_one_unit_unchanged():
    # one unit over the table: a row named as a change with no % anywhere is no fact in 亿元
    fs = facts(AH + "单位：亿元\n指标\t2019年完成\t2020年目标\n地区生产总值\t37114\t—\n一般公共预算收入\t3182.7\t3300\n")
    assert val(fs, ("gdp", "actual", "2019", "level")) == (37114, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2020", "level")) == (3300, "eq")


# 8. "（去年）规模以上工业增加值增长9.8%，今年（要在此基础上）增长6%以上" in the tasks: last year's
# figure and this year's target of the same name, the cue word 力争/目标 left out or the year named
# between the name and its value
LN = ("政府工作报告\n——2019年1月15日在辽宁省第十三届人民代表大会第二次会议上\n一、2018年工作回顾\n全省地区生产总值增长5.7%。\n"
      "二、2019年工作\n今年全省经济社会发展的主要预期目标是：地区生产总值增长6%—6.5%。\n（一）推进结构调整。")


@pytest.mark.parametrize("sent", ["2018年规模以上工业增加值增长9.8%，今年要在此基础上增长6%以上。",
                                  "去年规模以上工业增加值增长9.8%，今年增长6%以上。",
                                  "规模以上工业增加值去年增长9.8%，今年力争增长6%以上。",
                                  "规模以上工业增加值2018年增长9.8%，今年增长6%以上。",
                                  "去年规模以上工业增加值增长9.8%，今年力争增长6%以上。"])
def test_last_year_then_this_year_in_tasks(sent):
    fs = facts(LN + sent)
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (9.8, "eq")
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (6, "at_least")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6, 6.5, "range")


def test_this_years_months_are_no_target():
    # "今年1—11月" after a figure is part of a year, no target of it
    fs = facts("关于2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n"
               "——2018年12月20日在天津市第十七届人民代表大会常务委员会第七次会议上\n一、2018年计划执行情况\n"
               "预计全年规模以上工业增加值增长2.5%左右，今年1—11月增长2.4%。\n二、2019年主要目标\n规模以上工业增加值增长3%。")
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (2.5, "about")
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (3, "eq")
    assert ("industrial_va", "target", "2018", "growth") not in fs


def test_on_this_basis_is_no_pledge_object():
    # "今年要在此基础上增长6%以上": 在此基础上 is no object counted
    import planwatch
    d = planwatch.read_text(LN + "2018年规模以上工业增加值增长9.8%，今年要在此基础上增长6%以上。要在此基础上新建高标准农田100万亩。", "t.txt")
    assert not any("在此" in p.object for p in d.pledges)
    assert any(p.object == "高标准农田" and p.value == 100 for p in d.pledges)


# 9. "省级一般公共预算支出增长5%": the provincial government's own budget (its 本级), not the region's
@pytest.mark.parametrize("lvl", ["省级", "自治区级", "市级", "县级"])
def test_government_level_budget_is_its_own(lvl):
    fs = facts(head("四川省", 2019) + f"地区生产总值增长7.5%左右，地方一般公共预算收入增长7%，其中税收收入增长8%；"
               f"{lvl}一般公共预算支出增长5%，{lvl}财政收入增长3%。")
    assert val(fs, ("general_budget_revenue", "target", "2019", "growth")) == (7, "eq")
    assert ("general_budget_expenditure", "target", "2019", "growth") not in fs
    assert ("fiscal_total_revenue", "target", "2019", "growth") not in fs


def test_government_level_of_other_figures_unchanged():
    fs = facts(head("四川省", 2019) + "地区生产总值增长7.5%左右，全省一般公共预算支出增长5%，省级以上高新技术企业达到8000家。")
    assert val(fs, ("general_budget_expenditure", "target", "2019", "growth")) == (5, "eq")
    assert val(fs, ("high_tech_enterprises", "target", "2019", "level")) == (8000, "eq")


# 10. A range whose dash is doubled or a horizontal bar ("6%——6.5%", "6%―6.5%", "6――6.5%"), as Word
# files and PDFs of 2016–2019 print the 国内生产总值增长6%—6.5% of their targets; no range runs to a year
@pytest.mark.parametrize("r", ["6%——6.5%", "6%―6.5%", "6――6.5%", "6%--6.5%", "6%—6.5%", "6%－6.5%"])
def test_range_with_doubled_dash(r):
    fs = facts("政府工作报告\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n二、2019年工作\n"
               f"今年发展的主要预期目标是：国内生产总值增长{r}；城镇新增就业1100万人以上。")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6, 6.5, "range")
    assert val(fs, ("urban_new_jobs", "target", "2019", "level")) == (1100, "at_least")


@pytest.mark.parametrize("text,want", [("增长7%——2017年以来最高", [(7, None, "%")]),
                                       ("增长7%—2017年以来最高", [(7, None, "%")]),
                                       ("1000——1200亿元", [(1000, 1200, "亿元")])])
def test_no_range_to_a_year(text, want):
    from planwatch.extract.numbers import quantities
    got = [(q.value, q.value_high, q.unit) for q in quantities(text, 0, len(text)) if q.unit]
    assert got == want


# 11. A target revised (the provinces that met after the outbreak of 2020): "增长目标由6.5%调整为3%左右" —
# the target it is now is the fact, as the end of 从X到Y is
JL = ("政府工作报告\n——2020年5月15日在吉林省第十三届人民代表大会第三次会议上\n一、2019年工作回顾\n全省地区生产总值增长3%。\n"
      "二、2020年工作\n")


@pytest.mark.parametrize("sent,want", [("受疫情影响，全省地区生产总值增长目标由6.5%调整为3%左右。", (3, "about")),
                                       ("全省地区生产总值预期增长目标由6%下调为3%。", (3, "eq")),
                                       ("全省地区生产总值预期增长目标由年初的6%下调为3%。", (3, "eq")),
                                       ("全省地区生产总值增长目标由原定的6.5%调整为3%左右。", (3, "about"))])
def test_revised_target(sent, want):
    fs = facts(JL + sent + "固定资产投资增长目标由8%调整为5%。")
    assert val(fs, ("gdp", "target", "2020", "growth")) == want
    assert val(fs, ("fixed_asset_investment", "target", "2020", "growth")) == (5, "eq")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (3, "eq")


@pytest.mark.parametrize("sent,want", [("全省地区生产总值预期增长目标由增长6%下调为增长3%。", (3, "eq")),
                                       ("全省地区生产总值增长目标由增长6.5%调整为增长3%左右。", (3, "about"))])
def test_revised_target_with_its_verb_at_both_ends(sent, want):
    # the start and end written with their verb ("由增长6%下调为增长3%"): still the end is the fact
    fs = facts(JL + sent)
    assert val(fs, ("gdp", "target", "2020", "growth")) == want


def test_growth_from_to_with_the_verb_at_both_ends():
    fs = facts(JL + "全省一般公共预算收入由增长6%提高到增长8%，城镇化率由58%提高到60%。")
    assert val(fs, ("general_budget_revenue", "target", "2020", "growth")) == (8, "eq")
    assert val(fs, ("urbanization_rate", "target", "2020", "share")) == (60, "eq")


def test_from_to_unchanged():
    fs = facts(JL + "全省地区生产总值增长6%左右，常住人口城镇化率由58%提高到60%，人均地区生产总值从5.9万元提高到6.3万元。")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")
    assert val(fs, ("urbanization_rate", "target", "2020", "share")) == (60, "eq")
    assert val(fs, ("gdp_per_capita", "target", "2020", "level")) == (6.3, "eq")


# 12. A table's growth row under the row of its amount ("地区生产总值 | 亿元 | 39000" over "　增长 | % | 7.8",
# as statistical tables print it): the growth of the name above
HB = ("关于湖北省2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n"
      "——2019年1月22日在湖北省第十三届人民代表大会第二次会议上\n一、2018年计划执行情况\n")


@pytest.mark.parametrize("sub", ["　增长", "增长", "　　增长", "比上年增长", "增速"])
def test_growth_row_under_its_amount(sub):
    fs = facts(HB + "指标\t单位\t2018年预计\t2019年目标\n地区生产总值\t亿元\t39000\t—\n"
               f"{sub}\t%\t7.8\t7.5-8\n一般公共预算收入\t亿元\t3307\t—\n{sub}\t%\t8.5\t6\n城镇新增就业\t万人\t92\t70\n")
    assert val(fs, ("gdp", "actual", "2018", "level")) == (39000, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, 8, "range")
    assert val(fs, ("general_budget_revenue", "target", "2019", "growth")) == (6, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2019", "level")) == (70, "eq")


def test_growth_row_with_unit_in_name():
    fs = facts(HB + "指标\t2018年完成\t2019年目标\n地区生产总值（亿元）\t39000\t—\n增长（%）\t7.8\t7.5左右\n")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, "about")


def test_row_of_another_kind_under_a_name_is_not_its_growth():
    # a row that names no change ("其中：工业") is nobody's growth; nor is a growth row after a gap
    fs = facts(HB + "指标\t2018年完成\t2019年目标\n地区生产总值（亿元）\t39000\t—\n其中：工业（亿元）\t15000\t—\n\n增长（%）\t7.8\t7.5左右\n")
    assert ("gdp", "actual", "2018", "growth") not in fs
    assert ("gdp", "target", "2019", "growth") not in fs


# 13. "二、今后五年的目标任务和2018年工作安排 … 今后五年政府工作的总体要求是：…。主要目标是：…" (the
# new-term reports of 2018): the list after a paragraph that speaks only of the plan's years is the
# plan's goals, also its items with no yearly average; a paragraph that speaks of this year keeps targets
JX = "政府工作报告\n——2018年1月25日在江西省第十三届人民代表大会第一次会议上\n二、今后五年的目标任务和2018年工作安排\n"


def test_goals_list_after_the_plan_years_paragraph():
    fs = facts(JX + "今后五年政府工作的总体要求是：坚持稳中求进。主要目标是：全省生产总值年均增长8%以上，城乡居民收入增长与经济增长同步。\n"
               "2018年是贯彻党的十九大精神的开局之年。今年全省经济社会发展的主要预期目标是：生产总值增长8.5%左右，"
               "城镇和农村居民人均可支配收入分别增长8.5%和9%。")
    assert val(fs, ("gdp", "goal", "2018-2022", "growth")) == (8, "at_least")
    assert fs[("rural_disposable_income", "goal", "2018-2022", "growth")].qualifier == "qualitative"
    assert val(fs, ("gdp", "target", "2018", "growth")) == (8.5, "about")
    assert val(fs, ("rural_disposable_income", "target", "2018", "growth")) == (9, "eq")


@pytest.mark.parametrize("lead", ["今年是今后五年的开局之年。", "2018年是实施“十三五”规划承上启下的关键一年。"])
def test_this_years_paragraph_keeps_targets(lead):
    fs = facts(JX + lead + "主要目标是：全省生产总值增长8%左右，城乡居民收入增长与经济增长同步。")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (8, "about")
    assert fs[("urban_disposable_income", "target", "2018", "growth")].qualifier == "qualitative"


# 14. A report of December calls the year it reviews 今年: "去年增长2.3%，今年预计增长2.5%左右" are the
# results of the two years before the report's
TJ = ("关于2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n"
      "——2018年12月20日在天津市第十七届人民代表大会常务委员会第七次会议上\n一、2018年计划执行情况\n")


def test_december_report_this_years_estimate_is_a_result():
    fs = facts(TJ + "规模以上工业增加值去年增长2.3%，今年预计增长2.5%左右。\n二、2019年主要目标\n生产总值增长4.5%左右。")
    assert val(fs, ("industrial_va", "actual", "2017", "growth")) == (2.3, "eq")
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (2.5, "about")
    assert ("industrial_va", "target", "2019", "growth") not in fs
    assert val(fs, ("gdp", "target", "2019", "growth")) == (4.5, "about")


def test_january_report_this_years_estimate_is_a_target():
    fs = facts(LN + "规模以上工业增加值去年增长9.8%，今年预计增长6%左右。")
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (9.8, "eq")
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (6, "about")
