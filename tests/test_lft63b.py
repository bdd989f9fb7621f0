"""What the kept sets below 1.000 still miss, one class at a time, a short round (lft63b, decision 525). Fixed: (a) an
allocation by its principle after the year's target list, in the list's paragraph, with no comma after the principle
("按照“…”的原则安排…资金8亿元") or in a later clause of a sentence of allocations by their basis ("按照每人每年…的标准安排
…补助，按照“…”的原则安排…投资5亿元"), is pledged (lft52's Left); (b) a card's rank alone on the line under its signed
change, the whole it ranks in named ("+4.1%\\n增速居全市第2位", "+4.6%\\n全省第5位"), is that card's rank as under a
change in words (adv62c's Left); (c) a share card's change in points in words ("提高1.4个百分点") keeps the figure-first
run going to the next card ("−4.8%\n单位生产总值能耗", crd54's Left); (d) the own figure in a bracket after the level above's
by its whole's word and a verb of setting ("（省定目标5%，全市安排6%）", adv62e's Left); (e) a news paragraph's topic before
this year's turn ("民生方面，今年全市…。新建…", adv61e's Left). The look-alikes keep what they gave: a principle with no
pledge verb after it, a standard's allocation alone, a principle inside the list's own sentence; a composite rank, a bare
rank card's place; the signed points; another level's whole, 我市确定为; 今年以来 and a past year after the topic."""
import pytest

from factkeys import key_values, pledged, read

_REPORT = "瑞安市政府工作报告\n——2024年1月8日在瑞安市第十七届人民代表大会第三次会议上\n\n二、2024年主要目标\n\n"
_LIST = "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%。"


def _pledged(sentence: str) -> set:
    return pledged(read(_REPORT + _LIST + sentence + "\n\n三、2024年重点任务\n\n"))


# (a) an allocation by its principle after the target list (failed on the base: nothing pledged)
@pytest.mark.parametrize("sentence, want", [
    ("按照“保基本、兜底线”的原则安排民生实事资金12亿元。", {("民生实事资金", 12, "亿元")}),
    ("遵循“量力而行”的要求安排市级政府投资项目资金8亿元。", {("市级政府投资项目资金", 8, "亿元")}),
    ("按照每人每年610元的标准安排城乡居民医保财政补助，按照“突出重点”的原则安排市本级预算内基本建设投资3.5亿元。",
     {("市本级预算内基本建设投资", 3.5, "亿元")}),
])
def test_allocation_by_principle(sentence, want):
    assert _pledged(sentence) == want


# (a) look-alikes, the same on the base: no pledge verb after the principle, a standard alone, a principle inside the list
@pytest.mark.parametrize("sentence", [
    "按照“应保尽保”的原则做好困难群众救助工作。",
    "按照每人每年610元的标准安排城乡居民医保财政补助。",
    "居民消费价格涨幅3%左右，按照国家要求单位地区生产总值能耗下降3%。",
])
def test_no_allocation(sentence):
    assert _pledged(sentence) == set()


_PAGE = ("瑞金市政府工作报告解读\n\n2021-01-15 09:20  来源：赣南日报\n\n1月14日，瑞金市第二届人民代表大会第六次会议开幕，"
         "市长作政府工作报告。\n\n【数说2020】\n\n")


def _facts(cards: str) -> dict:
    return key_values(read(_PAGE + cards))


# (b) a card's rank under its signed change (failed on the base: the rank lost)
@pytest.mark.parametrize("cards, key, value", [
    ("地区生产总值\n\n312.5亿元\n\n+4.1%\n\n增速居全市第2位\n\n一般公共预算收入\n\n20.1亿元\n\n+3.2%\n",
     ("gdp", "actual", "2020", "rank"), 2),
    ("规模以上工业增加值\n+4.6%\n全省第5位\n\n社会消费品零售总额\n120.5亿元\n+2.6%\n",
     ("industrial_va", "actual", "2020", "rank"), 5),
    ("地区生产总值\n312.5亿元\n+4.1%\n排名全市第3位\n\n社会消费品零售总额\n120.5亿元\n+2.6%\n",
     ("gdp", "actual", "2020", "rank"), 3),
])
def test_rank_under_signed_change(cards, key, value):
    fs = _facts(cards)
    assert fs[key] == (value, "eq")
    assert fs[key[:3] + ("growth",)][0] in (4.1, 4.6)


# (b) look-alikes, the same on the base: a rank under a change in words, a composite rank, the next card's own name
@pytest.mark.parametrize("cards, absent, present", [
    ("地区生产总值\n312.5亿元\n增长4.1%\n增速居全市第2位\n", None, ("gdp", "actual", "2020", "rank")),
    ("地区生产总值\n312.5亿元\n+4.1%\n营商环境评价全省第2位\n", ("gdp", "actual", "2020", "rank"), ("gdp", "actual", "2020", "growth")),
    ("地区生产总值\n312.5亿元\n+4.1%\n社会消费品零售总额\n120.5亿元\n+2.6%\n", ("gdp", "actual", "2020", "rank"),
     ("retail_sales", "actual", "2020", "level")),
])
def test_rank_look_alikes(cards, absent, present):
    fs = _facts(cards)
    assert present in fs
    assert absent is None or absent not in fs


_CARDS = "图解：2019年吉安市政府工作报告\n发布时间：2019-01-20 10:05　来源：井冈山报\n\n回眸2018\n1621.2亿元\n全市生产总值\n增长8.9%\n"


# (c) a share card's change in points in words ("提高1.4个百分点") is its card's change: the figure-first run goes on past
# it (failed on the base: the run broken there, the level, the share and the card after it lost)
@pytest.mark.parametrize("cards, key, value", [
    ("52.6%\n常住人口城镇化率\n提高1.4个百分点\n−4.8%\n单位生产总值能耗\n\n", ("energy_intensity", "actual", "2018", "growth"), -4.8),
    ("2.35%\n研发经费投入强度\n提高0.2个百分点\n−3.1%\n单位生产总值二氧化碳排放\n\n2019年主要预期目标\n8.5%左右\n全市生产总值增长\n",
     ("carbon_intensity", "actual", "2018", "growth"), -3.1),
    ("52.6%\n常住人口城镇化率\n提高1.4个百分点\n\n", ("urbanization_rate", "actual", "2018", "share"), 52.6),
    ("52.6%\n常住人口城镇化率\n提高1.4个百分点\n8.2%\n规模以上工业增加值增速\n\n", ("gdp", "actual", "2018", "level"), 1621.2),
])
def test_points_in_words_keep_the_run(cards, key, value):
    fs = key_values(read(_CARDS + cards))
    assert fs[key] == (value, "eq")
    assert fs[("gdp", "actual", "2018", "growth")] == (8.9, "eq")
    assert ("urbanization_rate" in {k[0] for k in fs}) == ("城镇化率" in cards)


# (c) look-alikes, the same on the base: the signed points, a change in words in % under a name
@pytest.mark.parametrize("cards, key, value", [
    ("52.6%\n常住人口城镇化率\n+1.4个百分点\n−4.8%\n单位生产总值能耗\n\n", ("energy_intensity", "actual", "2018", "growth"), -4.8),
    ("52.6%\n常住人口城镇化率\n+1.4个百分点\n−4.8%\n单位生产总值能耗\n\n", ("urbanization_rate", "actual", "2018", "pp_change"), 1.4),
])
def test_points_signed_as_before(cards, key, value):
    assert key_values(read(_CARDS + cards))[key] == (value, "eq")


_TARGETS = "宿迁市政府工作报告\n——2022年1月10日在宿迁市第五届人民代表大会第一次会议上\n\n二、2022年主要目标\n\n今年主要预期目标是："


# (d) in a bracket after the region's words, the level above's figure then its own by its whole's word and a verb of
# setting or an aim ("（省定目标5%，全市安排6%）"): the own figure is the target (failed on the base: qualitative only)
@pytest.mark.parametrize("item, key, value", [
    ("一般公共预算收入增长与全省同步（省定目标5%，全市安排6%）", ("general_budget_revenue", "target", "2022", "growth"), 6),
    ("地区生产总值增长与全省同步（全省目标6.5%，全市力争7%）", ("gdp", "target", "2022", "growth"), 7),
    ("固定资产投资增长与全省同步（省定目标8%，全市确定为9%）", ("fixed_asset_investment", "target", "2022", "growth"), 9),
])
def test_own_figure_in_above_bracket(item, key, value):
    fs = key_values(read(_TARGETS + item + "；居民消费价格涨幅3%左右。\n"))
    assert fs[key] == (value, "eq")
    assert fs[("cpi", "target", "2022", "growth")] == (3, "about")


# (d) look-alikes, the same on the base: another level's whole (全县 in a city's report), the level above's alone,
# 我市 with 确定为 (read before)
@pytest.mark.parametrize("item, key, value", [
    ("地区生产总值增长与全省同步（全省目标6.5%，全县安排7%）", ("gdp", "target", "2022", "growth"), None),
    ("地区生产总值增长与全省同步（全省目标为6.5%）", ("gdp", "target", "2022", "growth"), None),
    ("地区生产总值增长与全省同步（省定目标6.5%，我市确定为7%）", ("gdp", "target", "2022", "growth"), 7),
])
def test_above_bracket_look_alikes(item, key, value):
    assert key_values(read(_TARGETS + item + "。\n"))[key][0] == value


_NEWS = ("宣威市政府工作报告解读：2024年这样干\n来源：宣威发布　2024-01-12\n\n1月11日，宣威市第十八届人民代表大会第四次会议开幕，"
         "市长李国华作政府工作报告。\n报告显示，2023年全市地区生产总值增长4.8%。\n")


# (e) on a news page, a paragraph opening on its topic then this year ("民生方面，今年全市…。") turns to the year as "今年全市…"
# does: the sentences after it opening on a task's verb are its tasks (failed on the base: only the first pledged)
@pytest.mark.parametrize("para, want", [
    ("民生方面，今年全市改造城镇老旧小区60个。新建农村公路300公里。",
     {("城镇老旧小区", 60, "个"), ("农村公路", 300, "公里")}),
    ("交通方面，今年将加快路网建设。新建农村公路、城市绿道，全年分别达到200公里和15公里。",
     {("农村公路", 200, "公里"), ("城市绿道", 15, "公里")}),
    ("在教育方面，今年全市新建中小学5所。新增学位4000个，改造薄弱学校12所。",
     {("中小学", 5, "所"), ("学位", 4000, "个"), ("薄弱学校", 12, "所")}),
])
def test_topic_then_this_year_turns(para, want):
    assert pledged(read(_NEWS + para + "\n")) == want


# (e) look-alikes, the same on the base: the year so far after the topic (results), a review's year after the topic
@pytest.mark.parametrize("para, want", [
    ("民生方面，今年以来全市改造城镇老旧小区60个。新建农村公路300公里。", set()),
    ("民生方面，2023年全市改造城镇老旧小区60个。新建农村公路300公里。", set()),
    ("民生方面，今年全市改造城镇老旧小区60个，新建农村公路300公里。", {("城镇老旧小区", 60, "个"), ("农村公路", 300, "公里")}),
])
def test_topic_look_alikes(para, want):
    assert pledged(read(_NEWS + para + "\n")) == want
