"""Figures stated against another figure — comparisons, completion rates, shares, ranks — blind (rel36;
docs/decisions.md 156)."""
import pytest

from factkeys import facts, val

_HEAD = "政府工作报告\n——2024年1月12日在某某县第十八届人民代表大会第四次会议上\n县长 李某\n\n一、2023年工作回顾\n"


def _county(body: str):
    return facts(_HEAD + body + "\n", report_year=2024, region="某某县", level="county")


# 1. a size's place after its figure, opened by a word naming the size (收入规模, 总产) with the years it has been held
# between that word and the place: the figure's rank, held or not
@pytest.mark.parametrize("sentence, key, value, scope", [
    ("地方一般公共预算收入完成21.7亿元，增长5.1%，收入总量连续4年位居全市首位。",
     ("general_budget_revenue", "actual", "2023", "rank"), 1, "全市"),
    ("一般公共预算收入18.2亿元，同口径增长4.4%，收入规模多年稳居全省县域第2位。",
     ("general_budget_revenue", "actual", "2023", "rank"), 2, "全省县域"),
    ("粮食总产量达到61.2万吨，比上年增加1.1万吨，总产连续8年居全市第一。",
     ("grain_output", "actual", "2023", "rank"), 1, "全市"),
    ("粮食产量41.5万吨，总产位居全省第5位。",
     ("grain_output", "actual", "2023", "rank"), 5, "全省"),
])
def test_a_size_word_and_its_held_run_before_the_place_rank_the_figure(sentence, key, value, scope):
    fs = _county(sentence)
    assert val(fs, key) == (value, "eq")
    assert fs[key].scope == scope


# 2. a size's place after a ratio's clause goes to the amount named before the ratio (no ratio has a 总量 or 规模);
# a growth's place still goes as before, and the ratio keeps its own share and change
@pytest.mark.parametrize("sentence, key, value, ratio", [
    ("一般公共预算收入15.8亿元，增长7.2%，其中税收收入占比78.6%，比上年提高1.2个百分点，总量居全市第2位。",
     ("general_budget_revenue", "actual", "2023", "rank"), 2, ("tax_revenue_share", "actual", "2023", "share")),
    ("地区生产总值完成312.6亿元，增长6.4%，其中第三产业增加值占比47.1%，经济规模位居全市第3位。",
     ("gdp", "actual", "2023", "rank"), 3, ("tertiary_share", "actual", "2023", "share")),
])
def test_a_size_place_after_a_ratio_is_the_amount_before_it(sentence, key, value, ratio):
    fs = _county(sentence)
    assert val(fs, key) == (value, "eq")
    assert ratio in fs and (ratio[0], "actual", "2023", "rank") not in fs


def test_a_ratio_ranked_by_its_own_words_keeps_its_place():
    # (the ratio's rank when no size word stands before the place)
    fs = _county("研发经费投入强度达到2.6%，比上年提高0.2个百分点，居全市第1位。")
    assert val(fs, ("rnd_intensity", "actual", "2023", "rank")) == (1, "eq")


def test_a_size_place_after_a_ratio_with_no_level_before_it_is_not_moved():
    # (the amount before states no level: no size of it to rank)
    fs = _county("一般公共预算收入增长6.1%，税收占比81.3%，总量居全市第2位。")
    assert ("general_budget_revenue", "actual", "2023", "rank") not in fs


# 3. a yearly average right after a multiple of a named year's figure is over the years since that year
@pytest.mark.parametrize("sentence, key, value", [
    ("实际利用外资2.4亿美元，是2019年的1.6倍，年均增长12.5%。", ("fdi", "actual", "2020-2023", "growth"), 12.5),
    ("农村居民人均可支配收入21860元，为2015年的1.8倍，年均增长7.6%。",
     ("rural_disposable_income", "actual", "2016-2023", "growth"), 7.6),
    ("社会消费品零售总额98.3亿元，相当于2017年的1.4倍，年均实际增长5.8%。",
     ("retail_sales", "actual", "2018-2023", "growth"), 5.8),
])
def test_an_average_after_a_multiple_of_a_named_year_is_since_that_year(sentence, key, value):
    fs = _county(sentence)
    assert val(fs, key) == (value, "eq")
    assert not any(k[0] == key[0] and k[3] == "growth" and k[2] == "2023" for k in fs)  # (no year's growth of 1.6 倍)


def test_an_average_in_a_five_year_review_keeps_the_span_without_a_named_multiple():
    fs = _county("五年来，地区生产总值年均增长6.8%，一般公共预算收入年均增长5.1%。")
    assert val(fs, ("gdp", "actual", "2019-2023", "growth")) == (6.8, "eq")


# 4. comparisons, completion rates and shares of the level above are no facts; the figure beside them is
@pytest.mark.parametrize("sentence, keep, gone", [
    ("地区生产总值增长6.6%，增速比全市高0.8个百分点，拉动全市经济增长0.4个百分点。",
     ("gdp", "actual", "2023", "growth"), ("gdp", "actual", "2023", "pp_change")),
    ("常住人口城镇化率达到55.2%，比全省平均水平低6.3个百分点。",
     ("urbanization_rate", "actual", "2023", "share"), ("urbanization_rate", "actual", "2023", "pp_change")),
    ("固定资产投资增长9.3%，完成年度目标的104.6%，占全市的17.2%。",
     ("fixed_asset_investment", "actual", "2023", "growth"), ("fixed_asset_investment", "actual", "2023", "share")),
])
def test_comparisons_completion_and_shares_of_the_level_above_are_no_facts(sentence, keep, gone):
    fs = _county(sentence)
    assert keep in fs and gone not in fs


# 5. a stock's gain between its level and its size's place: the place is the stock's, the gain no level of it
@pytest.mark.parametrize("sentence, key, value, level", [
    ("高新技术企业达到156家，净增32家，总数居全市第2位。", ("high_tech_enterprises", "actual", "2023", "rank"), 2, 156),
    ("市场主体达到5.2万户，新增6100户，总量连续3年居全市第一。", ("market_entities", "actual", "2023", "rank"), 1, 5.2),
])
def test_a_stock_gain_between_its_level_and_its_place(sentence, key, value, level):
    fs = _county(sentence)
    assert val(fs, key) == (value, "eq")
    assert val(fs, (key[0], "actual", "2023", "level")) == (level, "eq")


def test_a_gain_with_no_place_after_it_still_ends_the_clause():
    # (no place after the gain: nothing read past it)
    fs = _county("高新技术企业达到156家，净增32家，研发投入强度达到2.1%。")
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (156, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.1, "eq")


# 6. a short gap to the year's plan or target (超计划, 超年度目标, 比年度目标高) between a result and its place: the place is
# the result's, and the gap is no change of a share
@pytest.mark.parametrize("sentence, key, value", [
    ("地区生产总值增长6.9%，超计划0.4个百分点，增速居全市第1位。", ("gdp", "actual", "2023", "rank"), 1),
    ("城镇居民人均可支配收入增长5.6%，超年度目标0.6个百分点，居全市第6位。",
     ("urban_disposable_income", "actual", "2023", "rank"), 6),
    ("农村居民人均可支配收入增长7.6%，比年度目标高0.1个百分点，居全市第7位。",
     ("rural_disposable_income", "actual", "2023", "rank"), 7),
])
def test_a_short_gap_to_the_plan_before_the_place(sentence, key, value):
    fs = _county(sentence)
    assert val(fs, key) == (value, "eq")


def test_a_short_gap_to_the_plan_is_no_change_of_the_share():
    fs = _county("常住人口城镇化率达到58.2%，超计划0.3个百分点，比上年提高1.1个百分点。")
    assert val(fs, ("urbanization_rate", "actual", "2023", "pp_change")) == (1.1, "eq")
    fs = _county("研发投入强度达到2.2%，超年度目标0.1个百分点。")
    assert ("rnd_intensity", "actual", "2023", "pp_change") not in fs


# 7. a gap to the level above named by its name (比黄冈市平均水平高…) or the rate's pace in words (与经济增长基本同步)
# between a result and its place: the place is the result's, the gap no change of a share
@pytest.mark.parametrize("sentence, key, value", [
    ("规模以上工业增加值增长7.1%，比宜昌市平均水平高1.2个百分点，增速列全市第3。", ("industrial_va", "actual", "2023", "rank"), 3),
    ("固定资产投资增长9.4%，比湖南省快3.6个百分点，增速居全市第2位。", ("fixed_asset_investment", "actual", "2023", "rank"), 2),
    ("城镇居民人均可支配收入增长5.4%，与经济增长基本同步，居全市第5位。", ("urban_disposable_income", "actual", "2023", "rank"), 5),
])
def test_a_named_level_above_or_a_pace_in_words_before_the_place(sentence, key, value):
    assert val(_county(sentence), key) == (value, "eq")


def test_a_gap_to_a_named_level_above_is_no_change_of_the_share():
    fs = _county("常住人口城镇化率达到55.1%，比黄冈市高0.5个百分点，比上年提高1.3个百分点。")
    assert val(fs, ("urbanization_rate", "actual", "2023", "pp_change")) == (1.3, "eq")
    fs = _county("森林覆盖率达到61.2%，比江西省平均水平高2.1个百分点。")
    assert ("forest_coverage", "actual", "2023", "pp_change") not in fs


# 8. 排在 is a ranking's verb (its field 全市, not 在全市); a county-economy ranking (县域经济排名) is a composite one,
# no rank of the figure before it
@pytest.mark.parametrize("sentence, scope", [
    ("规模以上工业增加值增长8.4%，排在全市第2位。", "全市"),
    ("规模以上工业增加值增长8.4%，增速排在全省第11位。", "全省"),
])
def test_pai_zai_ranks_in_the_field_after_it(sentence, scope):
    fs = _county(sentence)
    assert val(fs, ("industrial_va", "actual", "2023", "rank"))[0] in (2, 11)
    assert fs[("industrial_va", "actual", "2023", "rank")].scope == scope


@pytest.mark.parametrize("sentence", [
    "地区生产总值达到310亿元，在全省县域经济排名中位列第15位。",
    "地区生产总值增长6.3%，全省县域经济排名第21位。",
])
def test_a_county_economy_ranking_is_composite(sentence):
    fs = _county(sentence)
    assert ("gdp", "actual", "2023", "rank") not in fs


# 9. a place held among the members of a city named by its short name after 保持 ("保持潍坊各县市区首位")
@pytest.mark.parametrize("sentence, key, value, scope", [
    ("一般公共预算收入完成31.6亿元，增长4.2%，总量继续保持临沂各县区首位。",
     ("general_budget_revenue", "actual", "2023", "rank"), 1, "临沂各县区"),
    ("地区生产总值完成412亿元，增长5.6%，总量保持赣州县市区第二。", ("gdp", "actual", "2023", "rank"), 2, "赣州县市区"),
])
def test_a_place_among_a_named_citys_members(sentence, key, value, scope):
    fs = _county(sentence)
    assert val(fs, key) == (value, "eq")
    assert fs[key].scope == scope


def test_a_named_citys_members_without_a_place_are_no_rank():
    # (保持 and the members, then no place: "保持各县区协调发展" ranks nothing)
    fs = _county("地区生产总值增长5.6%，保持潍坊县市区协调发展。")
    assert ("gdp", "actual", "2023", "rank") not in fs
