"""What this morning's rounds left, blind (lft36b; docs/decisions.md 160)."""
import pytest

from factkeys import facts, val

_CITY = "政府工作报告\n——2022年1月10日在某某市第十届人民代表大会第一次会议上\n\n一、2021年工作回顾\n"
_CITY_KEYS = dict(report_year=2022, region="某某市", level="prefecture")


def _city(body: str):
    return facts(_CITY + body + "\n", **_CITY_KEYS)


# 1. a holiday named before a comma opening the sentence: its visitors and spending are the holiday's, not the
# year's; a 全年 after it in the sentence turns back to the year's
@pytest.mark.parametrize("body, level, revenue", [
    ("中秋国庆双节期间，全市接待游客56.2万人次，实现旅游收入3.1亿元。全年接待游客680万人次，旅游总收入61.5亿元。", 680, 61.5),
    ("“五一”小长假期间，全市共接待游客45万人次，增长12%。全年接待游客520万人次，增长9%。", 520, None),
    ("春节假期期间，全市接待游客12万人次，全年接待游客260万人次，旅游总收入21亿元。", 260, 21),
    ("国庆黄金周期间，全市共接待游客31.2万人次，同比增长12.4%，实现旅游收入1.84亿元。全年实现旅游总收入12亿元，接待游客390万人次。",
     390, 12),
])
def test_a_holiday_before_a_comma_is_no_figure_of_the_year(body, level, revenue):
    fs = _city(body)
    assert val(fs, ("tourist_visits", "actual", "2021", "level")) == (level, "eq")
    if revenue is not None:
        assert val(fs, ("tourism_revenue", "actual", "2021", "level")) == (revenue, "eq")
    if "增长9%" in body:
        assert val(fs, ("tourist_visits", "actual", "2021", "growth")) == (9, "eq")


def test_a_holiday_alone_gives_no_figure_of_the_year():
    fs = _city("“十一”黄金周期间，全市接待游客45万人次，实现旅游收入3.2亿元。")
    assert ("tourist_visits", "actual", "2021", "level") not in fs
    assert ("tourism_revenue", "actual", "2021", "level") not in fs


# 2. the level above's figure of the same name after the region's, then the region's place: the place is its rank
@pytest.mark.parametrize("body, key, place, scope", [
    ("全市规模以上工业增加值增长9.2%，全省为8.1%，我市增速居全省第2位。",
     ("industrial_va", "actual", "2021", "rank"), 2, "全省"),
    ("社会消费品零售总额512.3亿元，增长13.5%，全省平均为12.6%，增幅位列全省第6位。",
     ("retail_sales", "actual", "2021", "rank"), 6, "全省"),
    ("全市进出口总额86.2亿美元，增长21%，全国为21.4%，我市排名全省第9位。",
     ("foreign_trade", "actual", "2021", "rank"), 9, "全省"),
])
def test_a_place_after_the_level_above_s_figure_is_the_region_s_rank(body, key, place, scope):
    fs = _city(body)
    assert val(fs, key) == (place, "eq")
    assert fs[key].scope == scope
    growth = key[:3] + ("growth",)
    assert fs[growth].value not in (8.1, 12.6, 21.4)  # (the level above's figure is no fact of the region's)


# 3. 都 where 均 would be, before one plan of a pair whose results stand in two clauses (and the plan named 年初预期):
# the plan is each one's target; 都 before anything else goes on with nothing
@pytest.mark.parametrize("body, plan", [
    ("城镇居民人均可支配收入41230元，增长6.2%；农村居民人均可支配收入19870元，增长7.4%，都高于年初计划增长6%的目标。", 6),
    ("城镇居民人均可支配收入增长5.1%，农村居民人均可支配收入增长6.6%，都高于年初预期增长5%的目标。", 5),
    ("城镇居民人均可支配收入增长7.9%；农村居民人均可支配收入增长8.6%，均高于年初预期增长7.5%的目标。", 7.5),
])
def test_du_before_one_plan_of_a_pair_is_each_one_s_target(body, plan):
    fs = _city(body)
    for ind in ("urban_disposable_income", "rural_disposable_income"):
        assert val(fs, (ind, "target", "2021", "growth")) == (plan, "eq")


def test_du_before_other_words_ends_the_figure():
    fs = _city("规模以上工业增加值增长9%，固定资产投资增长12%，都是近年来最高水平，都达到8%以上的企业有120家。")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "growth")) == (12, "eq")
    assert not any(k[1] == "target" for k in fs)


_BUDGET = "关于某某县2020年预算执行情况与2021年预算草案的报告\n\n一、2020年预算执行情况\n"


def _budget(body: str):
    return facts(_BUDGET + body + "\n", report_year=2021, region="某某县", level="county", doc_type="budget_report")


# 4. a budget revised: 调整预算 right after 年初预算 (no verb), or 预算调整为 inside the budget's comma chain, is the
# revised budget, the year's target (decision 1); the result after it is the year's
@pytest.mark.parametrize("body, key, target, result, growth", [
    ("全县一般公共预算收入年初预算28.4亿元，调整预算26.9亿元，实际完成27.2亿元，增长2.1%。",
     "general_budget_revenue", 26.9, 27.2, 2.1),
    ("一般公共预算支出年初预算为61.5亿元，调整预算为66.8亿元，执行66.1亿元，增长7.3%。",
     "general_budget_expenditure", 66.8, 66.1, 7.3),
    ("一般公共预算收入预算为42.6亿元，增长6%，受疫情影响，预算调整为40.5亿元，全年实际完成41.38亿元，增长3%。",
     "general_budget_revenue", 40.5, 41.38, 3),
    ("全县一般公共预算支出预算为96.5亿元，增长3%，执行中因上级补助增加，预算调整为102.3亿元，全年完成101.8亿元，增长4.6%。",
     "general_budget_expenditure", 102.3, 101.8, 4.6),
])
def test_a_revised_budget_is_the_target_and_the_result_follows(body, key, target, result, growth):
    fs = _budget(body)
    assert val(fs, (key, "target", "2020", "level")) == (target, "eq")
    assert val(fs, (key, "actual", "2020", "level")) == (result, "eq")
    assert val(fs, (key, "actual", "2020", "growth")) == (growth, "eq")  # (not the budget's own growth first set)


_PAGE = "一图读懂｜2021年某某市政府工作报告\n\n2020年成绩单\n{}\n\n2021年目标\n7.5%左右\n地区生产总值增长\n"


def _page(body: str):
    return facts(_PAGE.format(body), report_year=2021, region="某某市", level="prefecture")


# 5. on a 数读 page the time words of one figure's caption are that figure's: the items under it keep the heading's
# time (a heading that is only a time still dates them, decision 150)
@pytest.mark.parametrize("body, key, later", [
    ("3105.8亿元\n地区生产总值\n7.2%\n“十三五”时期地区生产总值年均增长\n5.3%\n规模以上工业增加值增长\n6.2万人\n城镇新增就业",
     ("gdp", "actual", "2016-2020", "growth"), [("industrial_va", "growth", 5.3), ("urban_new_jobs", "level", 6.2)]),
    ("8.1%\n五年来城镇居民人均可支配收入年均增长\n6.5%\n固定资产投资增长\n1.2万人\n城镇新增就业",
     ("urban_disposable_income", "actual", "2016-2020", "growth"), [("fixed_asset_investment", "growth", 6.5), ("urban_new_jobs", "level", 1.2)]),
])
def test_a_caption_s_time_dates_its_own_figure_only(body, key, later):
    fs = _page(body)
    assert key in fs
    for ind, measure, value in later:
        assert val(fs, (ind, "actual", "2020", measure)) == (value, "eq")


def test_a_heading_of_time_still_dates_the_items_under_it():
    fs = _page("235.1亿元\n一般公共预算收入\n\n“十三五”时期\n7.2%\n地区生产总值年均增长\n6.2万人\n累计城镇新增就业")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2016-2020", "level")) == (6.2, "eq")


# 6. a figure whose caption names only a change ("比上年增长", "同比增长", "“十四五”时期年均增长", "增长") under a 数读
# item is that item's change; a caption naming an indicator of its own is its own item
def test_a_change_caption_under_an_item_is_the_item_s_change():
    fs = _page("3512.6亿元\n2020年地区生产总值\n5.9%\n比上年增长\n6.3%\n“十三五”时期年均增长\n204.3亿元\n一般公共预算收入\n2.1%\n同比增长"
               "\n41230元\n城镇居民人均可支配收入\n4.8%\n增长\n5.3%\n规模以上工业增加值增长")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (5.9, "eq")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (6.3, "eq")
    assert "年均增长" in fs[("gdp", "actual", "2016-2020", "growth")].quote
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (2.1, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2020", "growth")) == (4.8, "eq")
    assert val(fs, ("industrial_va", "actual", "2020", "growth")) == (5.3, "eq")


def test_a_named_caption_under_an_item_is_no_change_of_it():
    fs = _page("3512.6亿元\n地区生产总值\n7.1%\n固定资产投资增长\n8.8%\n社会消费品零售总额增长")
    assert ("gdp", "actual", "2020", "growth") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2020", "growth")) == (7.1, "eq")


# 7. the output of crops that shared one area before 分别, said again with 分别 ("，总产量分别达到…"): grain's first
@pytest.mark.parametrize("body, output", [
    ("全市粮食、棉花种植面积分别为62.3万亩、85.6万亩，总产量分别达到35.2万吨、15.8万吨。", (35.2, "eq")),
    ("全市粮食、油料、蔬菜播种面积分别为120万亩、30万亩、15万亩，产量分别为48.2万吨、6.1万吨、40万吨。", (48.2, "eq")),
])
def test_the_output_after_a_shared_area_is_the_grain_s_first(body, output):
    fs = _city(body)
    assert val(fs, ("grain_output", "actual", "2021", "level")) == output
    assert val(fs, ("grain_area", "actual", "2021", "level"))[0] in (62.3, 120)


def test_the_output_after_another_crop_s_own_area_is_not_the_grain_s():
    fs = _city("全市粮食播种面积80万亩，蔬菜播种面积20万亩，总产量分别达到36万吨、50万吨。")
    assert ("grain_output", "actual", "2021", "level") not in fs
