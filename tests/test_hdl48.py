"""The headline targets of prefecture reports (地级市, 自治州, 地区, 盟) in the ways each writes its target paragraph, blind
(hdl48, decision 366). The set itself read right; probing the headline GDP target found six ways of writing that went
wrong: a bare name ('^' alias: 经济, 投资, 外贸) after the whole region's word of a 州, 盟 or 地区 (全州经济…, 全盟投资…);
a bare 经济 keeping or reaching a rate that 的增长 names after it ("全市经济保持7%左右的增长"); 两位数 after another verb
("增长达到两位数", "增速保持在两位数"); the figure restated after a gap to the level above's pace in points
("高于全省平均水平0.5个百分点左右，即6.5%左右"); the same name's level after a clause that only raises its rate
("增长6.5%左右，力争7%，总量突破1200亿元"); the city's own target arranged after the province's, its name left out
("全省…增长6%左右，我市按照高于全省1个百分点安排，即增长7%左右"). Each with look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _report(body: str, region: str = "宝鸡市", year: int = 2021) -> str:
    head = "行政公署" if region.endswith(("地区", "盟")) else "人民政府"
    return (f"{region}{head}工作报告\n——{year}年1月15日在{region}第八届人民代表大会第三次会议上\n\n"
            f"{body}\n实现上述目标，重点做好以下工作。\n")


def _kv(body: str, **kw) -> dict:
    return key_values(read(_report(body, **kw)))


_LEAD = "今年全{u}经济社会发展的主要预期目标是："


# 1. a bare name after the whole region's word of an autonomous prefecture, a league or a prefecture (全州/全盟/全地区)
@pytest.mark.parametrize("region,u", [("楚雄彝族自治州", "州"), ("阿拉善盟", "盟"), ("阿勒泰地区", "地区")])
def test_bare_name_after_a_prefectures_whole_word(region, u):
    kv = _kv(_LEAD.format(u=u) + f"全{u}经济保持合理增长；全{u}投资增长9%；全{u}外贸增长6%；一般公共预算收入增长5%。",
             region=region)
    assert kv[("gdp", "target", "2021", "growth")] == (None, "qualitative")
    assert kv[("fixed_asset_investment", "target", "2021", "growth")] == (9, "eq")
    assert kv[("foreign_trade", "target", "2021", "growth")] == (6, "eq")


# (look-alike: the bare name after another word still opens no clause: "招商投资" is no fixed-asset investment)
def test_bare_name_after_a_word_that_is_no_whole_stays_unread():
    kv = _kv(_LEAD.format(u="州") + "全州招商投资增长9%；一般公共预算收入增长5%。", region="楚雄彝族自治州")
    assert ("fixed_asset_investment", "target", "2021", "growth") not in kv
    assert kv[("general_budget_revenue", "target", "2021", "growth")] == (5, "eq")


# 2. a bare 经济 keeping or reaching a rate, 的增长/的增速 after it
@pytest.mark.parametrize("clause,target", [
    ("全市经济保持7.5%左右的增长", (7.5, "about")),
    ("全市经济实现6%以上的增速", (6, "at_least")),
    ("经济继续保持8%的增长速度", (8, "eq")),
])
def test_economy_keeping_a_rate_of_growth_is_the_gdp_target(clause, target):
    kv = _kv(_LEAD.format(u="市") + clause + "；一般公共预算收入增长5%。")
    assert kv[("gdp", "target", "2021", "growth")] == target


# (look-alikes: 经济保持 with no figure is still only the words; a figure of another name after 经济's words is that name's)
def test_economy_keeping_words_or_another_names_figure_unchanged():
    kv = _kv(_LEAD.format(u="市") + "全市经济保持平稳增长，一般公共预算收入增长5%；城镇新增就业3万人。")
    assert ("gdp", "target", "2021", "growth") not in kv or kv[("gdp", "target", "2021", "growth")] == (None, "qualitative")
    assert kv[("general_budget_revenue", "target", "2021", "growth")] == (5, "eq")


# 3. 两位数 after another verb than 增长/保持: the qualitative target of the name
@pytest.mark.parametrize("clause,iid", [
    ("地区生产总值增长达到两位数", "gdp"),
    ("一般公共预算收入增速保持在两位数", "general_budget_revenue"),
    ("规模以上工业增加值增速稳定在两位数以上", "industrial_va"),
])
def test_double_digits_after_another_verb_is_qualitative(clause, iid):
    kv = _kv(_LEAD.format(u="市") + clause + "；城镇新增就业3万人。")
    assert kv[(iid, "target", "2021", "growth")] == (None, "qualitative")


# (look-alike: a figure given, then 冲刺两位数: the figure is the target, not the words)
def test_double_digits_after_a_figure_keeps_the_figure():
    kv = _kv(_LEAD.format(u="市") + "地区生产总值增长9.5%左右，冲刺两位数；一般公共预算收入增长8%。")
    assert kv[("gdp", "target", "2021", "growth")] == (9.5, "about")


# 4. the figure restated after a gap to the level above's pace in points
@pytest.mark.parametrize("clause,target", [
    ("地区生产总值增长高于全省平均水平0.5个百分点左右，即6.5%左右", (6.5, "about")),
    ("地区生产总值增长快于全省1个百分点以上，具体为7%以上", (7, "at_least")),
])
def test_figure_restated_after_a_gap_in_points(clause, target):
    kv = _kv(_LEAD.format(u="市") + clause + "；一般公共预算收入增长5%。")
    assert kv[("gdp", "target", "2021", "growth")] == target


# (look-alikes: the gap alone stays the qualitative target; the region's own figure first keeps it, 即's figure
# repeating it makes no second target)
def test_gap_in_points_alone_or_after_own_figure_unchanged():
    kv = _kv(_LEAD.format(u="市") + "地区生产总值增长高于全省1个百分点；一般公共预算收入增长5%。")
    assert kv[("gdp", "target", "2021", "growth")] == (None, "qualitative")
    kv = _kv(_LEAD.format(u="市") + "地区生产总值增长6.5%左右，高于全省平均水平1个百分点，即7%左右；一般公共预算收入增长5%。")
    assert kv[("gdp", "target", "2021", "growth")] == (6.5, "about")


# 5. the same name's level after a clause that only raises its rate
@pytest.mark.parametrize("clause,iid,level", [
    ("地区生产总值增长6.5%左右，力争7%，总量突破1200亿元", "gdp", (1200, "at_least")),
    ("一般公共预算收入增长5%以上，争取6%，总量达到80亿元", "general_budget_revenue", (80, "eq")),
])
def test_level_after_a_higher_rate_aimed_at(clause, iid, level):
    kv = _kv(_LEAD.format(u="市") + clause + "；城镇新增就业2万人。")
    assert kv[(iid, "target", "2021", "level")] == level
    assert kv[(iid, "target", "2021", "growth")][0] in (6.5, 5)


# (look-alike: the raised rate followed by another name's figure: that figure stays the other name's)
def test_higher_rate_then_another_name_unchanged():
    kv = _kv(_LEAD.format(u="市") + "固定资产投资增长8%，力争10%，城镇新增就业2万人；一般公共预算收入增长5%。")
    assert kv[("fixed_asset_investment", "target", "2021", "growth")] == (8, "eq")
    assert ("fixed_asset_investment", "target", "2021", "level") not in kv
    assert kv[("urban_new_jobs", "target", "2021", "level")] == (2, "eq")


# 6. the province's target named first, the city's own then arranged (安排) with its name left out
@pytest.mark.parametrize("clause,target", [
    ("，我市安排7%左右", (7, "about")),
    ("，我市按照7%左右安排", (7, "about")),
    ("，我市按照高于全省1个百分点安排，即增长7%左右", (7, "about")),
])
def test_own_target_arranged_after_the_provinces(clause, target):
    kv = _kv("省政府确定全省地区生产总值增长6%左右" + clause + "。其他主要预期目标是：一般公共预算收入增长5%。", year=2023)
    assert kv[("gdp", "target", "2023", "growth")] == target


# (look-alikes: the province's figure alone, or followed by another arrangement, is no target of the city's)
@pytest.mark.parametrize("clause", ["", "，安排重大项目投资5000亿元"])
def test_provinces_target_alone_is_not_the_citys(clause):
    kv = _kv("省政府确定全省地区生产总值增长6%左右" + clause + "。其他主要预期目标是：一般公共预算收入增长5%。", year=2023)
    assert ("gdp", "target", "2023", "growth") not in kv
    assert kv[("general_budget_revenue", "target", "2023", "growth")] == (5, "eq")
