"""Whole city and county plan reports of 2022–2025, blind (pln42, decision 271): the three sectors' breakdown after a
sentence of reasons that names a part of the year ("…增长4.5%左右。主要是二季度以来疫情反复…。分产业看，第一产业…"), lost as
the part's; a concentration's plan after its result ("PM2.5平均浓度为37微克/立方米，年度计划为39微克/立方米"), lost for
its unit's length; the name cut short after a result's word ("年度计划粮食播种面积358万亩，实际播种面积361.2万亩"), lost.
Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _plan(place: str, year: int, body: str) -> str:
    return (f"关于{place}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月12日在{place}第十六届人民代表大会第三次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n{body}\n")


_PLACES = [("株洲市", 2023), ("柳州市", 2024), ("义乌市", 2025), ("吴中区", 2022)]

# 1. a breakdown lead (分产业看，其中，) after a sentence of reasons naming a part of the year: the figure broken down is
# the year's, two sentences back
_REASONS = [
    "主要是二季度以来疫情反复，部分企业停产减产，服务业恢复偏慢。",
    "主要原因是三季度受疫情冲击较大，部分项目停工。",
    "低于年度计划的主要原因是上半年消费恢复偏慢。",
]


@pytest.mark.parametrize("reason", _REASONS)
@pytest.mark.parametrize("lead", ["分产业看，", "其中，"])
@pytest.mark.parametrize("place,year", _PLACES)
def test_a_breakdown_after_a_sentence_of_reasons_is_the_years(reason, lead, place, year):
    body = (f"——地区生产总值。年度计划增长7.5%，预计完成3616亿元，增长4.5%左右，低于年度计划3个百分点。{reason}"
            f"{lead}第一产业增加值增长3.8%，第二产业增加值增长5.9%，第三产业增加值增长3.2%。")
    fs = keys_of(read(_plan(place, year, body)))
    y = str(year - 1)
    assert val(fs, ("primary_industry_va", "actual", y, "growth")) == (3.8, "eq")
    assert val(fs, ("secondary_industry_va", "actual", y, "growth")) == (5.9, "eq")
    assert val(fs, ("tertiary_industry_va", "actual", y, "growth")) == (3.2, "eq")
    assert val(fs, ("gdp", "actual", y, "growth")) == (4.5, "about")


@pytest.mark.parametrize("first", ["上半年，全市实现地区生产总值1153.8亿元，增长6.1%。", "前三季度，地区生产总值增长5.6%。",
                                   "一季度地区生产总值增长4.1%。"])
@pytest.mark.parametrize("lead", ["分产业看，", "其中，"])
def test_a_breakdown_of_a_part_of_the_years_figure_stays_the_parts(first, lead):
    # (look-alike: the sentence before states the part's figure: its breakdown is the part's, no year's fact)
    fs = keys_of(read(_plan("株洲市", 2023, first + lead + "第一产业增加值增长3.8%，第二产业增加值增长5.9%。")))
    assert not any(k[0] in ("primary_industry_va", "secondary_industry_va") for k in fs)


# 2. a plan after the result, in a unit longer than four characters
@pytest.mark.parametrize("label", ["年度计划为", "年度计划", "计划为", "全年计划为"])
@pytest.mark.parametrize("place,year", _PLACES)
def test_a_concentrations_plan_after_its_result(label, place, year):
    body = f"——节能减排。空气质量优良天数比率达到89.6%，PM2.5平均浓度为37微克/立方米，{label}39微克/立方米。"
    fs = keys_of(read(_plan(place, year, body)))
    y = str(year - 1)
    assert val(fs, ("pm25", "actual", y, "level")) == (37, "eq")
    assert val(fs, ("pm25", "target", y, "level")) == (39, "eq")


@pytest.mark.parametrize("after", ["，比上年下降2微克/立方米。", "，下降5.1%。", "，全市新建空气自动监测站12个。"])
def test_a_concentration_without_a_plan_after_it(after):
    # (look-alike: a change or another thing after the result: no target)
    fs = keys_of(read(_plan("柳州市", 2024, "——节能减排。PM2.5平均浓度为37微克/立方米" + after)))
    assert val(fs, ("pm25", "actual", "2023", "level")) == (37, "eq")
    assert not any(k[0] == "pm25" and k[1] == "target" for k in fs)


# 3. the name cut short after a result's word, after the plan's full name
@pytest.mark.parametrize("word", ["实际", "预计"])
@pytest.mark.parametrize("place,year", _PLACES)
def test_the_sown_area_cut_short_after_a_results_word(word, place, year):
    body = f"——粮食生产。年度计划粮食播种面积358万亩、产量24.8亿斤，{word}播种面积361.2万亩，粮食产量25.1亿斤。"
    fs = keys_of(read(_plan(place, year, body)))
    y = str(year - 1)
    assert val(fs, ("grain_area", "target", y, "level")) == (358, "eq")
    assert val(fs, ("grain_area", "actual", y, "level")) == (361.2, "eq")
    assert val(fs, ("grain_output", "actual", y, "level")) == (25.1, "eq")


@pytest.mark.parametrize("clause", ["实际油菜播种面积36.2万亩", "实际蔬菜播种面积61.2万亩"])
def test_another_crops_sown_area_after_a_results_word(clause):
    # (look-alike: another crop named between: not the grain's)
    body = f"——粮食生产。年度计划粮食播种面积358万亩，{clause}。"
    fs = keys_of(read(_plan("株洲市", 2023, body)))
    assert val(fs, ("grain_area", "target", "2022", "level")) == (358, "eq")
    assert ("grain_area", "actual", "2022", "level") not in fs


# 4. a result with no verb glued to its name, then the plan labelled after it (年度计划为, 计划为, 年度目标为, 全年目标为)
_GLUED = [
    ("城镇新增就业4.56万人", "4.2万人", "urban_new_jobs", "level", 4.56, 4.2),
    ("PM2.5平均浓度37微克/立方米", "39微克/立方米", "pm25", "level", 37, 39),
    ("一般公共预算收入231.4亿元", "230亿元", "general_budget_revenue", "level", 231.4, 230),
    ("城镇调查失业率5.2%", "5.5%", "urban_unemployment_rate", "share", 5.2, 5.5),
]
_LABELS = [("年度计划为", 0), ("年度目标为", 1), ("全年目标为", 1)]  # (a share's 年度计划为 was read before: its cases not here)


@pytest.mark.parametrize("result,plan,iid,measure,got,planned,label", [
    (*g, lab) for g in _GLUED for lab, share_too in _LABELS if share_too or g[3] != "share"])
@pytest.mark.parametrize("place,year", [("柳州市", 2024), ("神木市", 2023)])
def test_a_verbless_result_then_its_plan(result, plan, iid, measure, got, planned, label, place, year):
    fs = keys_of(read(_plan(place, year, f"——主要指标。{result}，{label}{plan}。")))
    y = str(year - 1)
    assert val(fs, (iid, "actual", y, measure)) == (got, "eq")
    assert val(fs, (iid, "target", y, measure)) == (planned, "eq")


@pytest.mark.parametrize("body,actual", [
    ("一般公共预算收入完成231.4亿元，完成年度目标的100.6%。", 231.4),
    ("一般公共预算收入年初预算为230亿元，完成231.4亿元。", 231.4),
    ("城镇新增就业4.56万人，超额完成4.2万人的年度目标。", 4.56),
])
def test_a_result_beside_its_targets_ratio_or_budget(body, actual):
    # (look-alikes: a ratio to the target, a budget set before, a target restated after the result: the result as before)
    fs = keys_of(read(_plan("柳州市", 2024, "——主要指标。" + body)))
    iid = "urban_new_jobs" if "就业" in body else "general_budget_revenue"
    assert val(fs, (iid, "actual", "2023", "level")) == (actual, "eq")
