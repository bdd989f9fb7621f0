"""一图读懂 / 图解 / 数说 / 划重点 pages of a report, one figure or label a line (tu36, decision 150)."""
from factkeys import facts, read, val

CITY = dict(region="宣城市", level="prefecture", report_year=2025)

# a figure before its caption on one line, a full-width bar between (read as "|")
BARS = """划重点｜2025年宣城市政府工作报告
【今年目标】
6%左右｜全市地区生产总值增长
4%｜一般公共预算收入增长
3.5万人以上｜城镇新增就业
5.5%以内｜城镇调查失业率
"""

# a page that names first, an amount and its change on one line: no figure and its caption
NAMES_FIRST = """一图读懂2025年宣城市政府工作报告
【2024年成绩单】
居民人均可支配收入
38600元  增长5.1%
一般公共预算收入
121.5亿元  增长3.2%
【2025年目标】
6%左右｜地区生产总值增长
4%｜一般公共预算收入增长
"""


def test_figure_then_bar_then_caption():
    fs = facts(BARS, **CITY)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (4, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (3.5, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "at_most")


def test_amount_and_change_on_a_line_under_its_name_is_no_caption():
    fs = facts(NAMES_FIRST, **CITY)
    assert val(fs, ("disposable_income", "actual", "2024", "level")) == (38600, "eq")
    assert val(fs, ("disposable_income", "actual", "2024", "growth")) == (5.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (3.2, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")


# a target in words where a figure stands, above its caption: it keeps the turns of figure and caption
WORDS_ABOVE = """数说2025年宣城市政府工作报告
2025年主要目标
5.5%左右
地区生产总值增长
与经济增长基本同步
城乡居民收入增长
2.5%左右
居民消费价格涨幅
完成市下达任务
单位地区生产总值能耗降低
5.5%左右
城镇调查失业率
"""

WORDS_BEFORE = """2025年主要目标
5.5%左右  地区生产总值增长
与经济增长同步  居民人均可支配收入增长
2%左右  居民消费价格涨幅
"""


def test_target_in_words_above_its_caption():
    fs = facts(WORDS_ABOVE, **CITY)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("urban_disposable_income", "target", "2025", "growth")) == (None, "qualitative")
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (None, "qualitative")
    assert val(fs, ("cpi", "target", "2025", "growth")) == (2.5, "about")
    assert val(fs, ("energy_intensity", "target", "2025", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "about")


def test_target_in_words_before_its_caption_on_one_line():
    fs = facts(WORDS_BEFORE, **CITY)
    assert val(fs, ("disposable_income", "target", "2025", "growth")) == (None, "qualitative")
    assert val(fs, ("cpi", "target", "2025", "growth")) == (2, "about")


# a figure's card: the amount, its name under it, its change under the name; a card with no amount names first
CARDS = """2024年成绩单
385.2亿元
全县地区生产总值
增长6.1%
120.4亿元
社会消费品零售总额
增长5.5%
规上工业增加值
增长7.2%
一般公共预算收入
18.3亿元
增长2.4%
2.6万人
城镇新增就业
96.1%
空气质量优良天数比例
"""


def test_amount_above_its_name_and_change_below():
    fs = facts(CARDS, region="泾县", level="county", report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "level")) == (385.2, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2024", "level")) == (120.4, "eq")
    assert val(fs, ("retail_sales", "actual", "2024", "growth")) == (5.5, "eq")
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (7.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "level")) == (18.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (2.4, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2024", "level")) == (2.6, "eq")
    assert val(fs, ("good_air_days", "actual", "2024", "share")) == (96.1, "eq")


# a name over a line that 完成 opens; a rank on the line under the figure
DONE = """图解：2023年旌德县政府工作报告
一、2022年主要成就
全县地区生产总值
完成218.4亿元
增长4.6%
一般公共预算收入
实现9.2亿元
下降3.1%
粮食总产量
52.3万吨
位居全市第一
"""


def test_level_verb_and_rank_under_an_infographics_name():
    fs = facts(DONE, region="旌德县", level="county", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (218.4, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "level")) == (9.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (-3.1, "eq")
    assert val(fs, ("grain_output", "actual", "2022", "level")) == (52.3, "eq")
    assert val(fs, ("grain_output", "actual", "2022", "rank")) == (1, "eq")


# a page that names first, one of its names holding digits (PM2.5): the figures under the names are theirs
PM_NAME = """【2023年成绩】
地区生产总值
1260亿元
城镇新增就业
2.3万人
PM2.5平均浓度
32微克/立方米
粮食产量
86.5万吨
规上工业增加值
增长8.1%
进出口总额
302.6亿元
"""


def test_name_with_digits_heads_a_page_that_names_first():
    fs = facts(PM_NAME, region="宣城市", level="prefecture", report_year=2024)
    assert val(fs, ("pm25", "actual", "2023", "level")) == (32, "eq")
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (86.5, "eq")
    assert val(fs, ("foreign_trade", "actual", "2023", "level")) == (302.6, "eq")
    assert ("urban_new_jobs", "actual", "2023", "level") in fs and fs[("urban_new_jobs", "actual", "2023", "level")].value == 2.3


# a sub-head that is only the time ahead ("今后五年", "未来五年"), marked by a web page's bar or bracketed, dates its lines
# as the plan's goals, not the review above it
AHEAD = """图解：2022年眉山市政府工作报告
▌过去五年
■ 地区生产总值年均增长7.2%
■ 累计城镇新增就业15.3万人
▌今后五年
■ 地区生产总值年均增长7%以上
■ 城乡居民收入增长与经济增长同步
▌2022年目标
■ 地区生产总值增长7.5%左右
"""

AHEAD_BRACKETED = """数说2021年德阳市政府工作报告
【过去五年】
全市地区生产总值年均增长6.9%。
【未来五年】
全市地区生产总值年均增长6.5%左右，一般公共预算收入年均增长6%。
"""


def test_a_bare_period_head_dates_its_lines_as_goals():
    fs = facts(AHEAD, region="眉山市", level="prefecture", report_year=2022)
    assert val(fs, ("gdp", "actual", "2017-2021", "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "goal", "2022-2026", "growth")) == (7, "at_least")
    assert val(fs, ("urban_disposable_income", "goal", "2022-2026", "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7.5, "about")
    fs = facts(AHEAD_BRACKETED, region="德阳市", level="prefecture", report_year=2021)
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (6.9, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "about")
    assert val(fs, ("general_budget_revenue", "goal", "2021-2025", "growth")) == (6, "eq")


# a 数读 page's dated titles after a blank line under a caption (no stop ends it), and its list of the year's 民生实事
# titled alone (no 附: before it, a note of a part after it): parts, the list's items the year's pledges
LIST = """数说｜2024年桐乡市政府工作报告

2023年成绩单

5.6%
地区生产总值增长

7.1%
规上工业增加值增长

96.5%
空气质量优良天数比率

2024年主要预期目标

6%左右  地区生产总值增长
5%  一般公共预算收入增长

2024年十大民生实事（部分）

新增托育机构托位800个
改造提升农贸市场5家
新建城市公共停车位2000个
"""


def test_a_dated_list_of_the_years_projects_titled_alone_pledges():
    d = read(LIST, region="桐乡市", level="county", report_year=2024)
    got = {(p.object, p.value, p.unit, p.period) for p in d.pledges}
    assert ("托育机构托位", 800, "个", "2024") in got
    assert ("农贸市场", 5, "家", "2024") in got
    assert ("城市公共停车位", 2000, "个", "2024") in got
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert fs[("gdp", "actual", "2023", "growth")].value == 5.6
    assert fs[("gdp", "target", "2024", "growth")].value == 6


# a big number alone with its magnitude above its caption: the unit is the caption's indicator's own of that magnitude
BIG = """数说2025年宣城市政府工作报告
2024年成绩单
1.8万
城镇新增就业
2650万
接待游客
5.2%
地区生产总值增长
"""


def test_a_bare_magnitude_takes_the_captions_unit():
    fs = facts(BIG, **CITY)
    j = fs[("urban_new_jobs", "actual", "2024", "level")]
    assert (j.value, j.unit) == (1.8, "万人")
    v = fs[("tourist_visits", "actual", "2024", "level")]
    assert (v.value, v.unit) == (2650, "万人次")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.2, "eq")


# a target list set one name and one rate a line, run together by the lines' joining under a head the outline reads as
# the year's work: the rate of the item before is no object of the last item's pledge
RATES = """一图读懂｜2025年岷县政府工作报告
● 2024年
全县生产总值
62.3亿元
增长5.8%
● 2025年
全县生产总值增长
6%
一般公共预算收入增长
5%
农村居民人均可支配收入增长
7%
● 2025年为民办实事
新建改扩建幼儿园3所
改造农村危房800户
"""


def test_no_pledge_object_opens_with_the_rate_of_the_item_before():
    d = read(RATES, region="岷县", level="county", report_year=2025)
    got = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("幼儿园", 3, "所") in got and ("农村危房", 800, "户") in got
    assert not any(p.object[:1].isdigit() for p in d.pledges), got


# a big figure with its unit on a line of its own ("2011.8\n亿元"), an arrow before a rate: each the figure of the caption
# under it, the page's part numbers ("01 2022年成绩单") over them
SPLIT_UNIT = """一图读懂丨2023年六安市政府工作报告
来源：六安发布 2023-01-12
01 2022年成绩单
2011.8
亿元
地区生产总值
增长4.1%
↑8.9%
规上工业增加值增速
167.1
亿元
一般公共预算收入
同比增长3.2%
02 2023年主要目标
地区生产总值增长
6.5%左右
"""


def test_a_figures_unit_on_its_own_line_under_it():
    fs = facts(SPLIT_UNIT, region="六安市", level="prefecture", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (2011.8, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (8.9, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "level")) == (167.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (3.2, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")


# a name over its change by an arrow ("单位GDP能耗\n↓3.2%"), a fall; a page's counters (阅读 10万+, 点赞 2.3万) are no figures
ARROWS = """图解｜2024年上饶市政府工作报告
阅读 10万+
👍 点赞 2.3万
【2023年成绩单】
✅ 地区生产总值
3401.2亿元
增长5.1%
✅ 单位GDP能耗
↓3.2%
✅ 一般公共预算收入
↑4.6%
✅ 城镇新增就业
4.3万人
"""


def test_a_change_by_an_arrow_under_its_name():
    fs = facts(ARROWS, region="上饶市", level="prefecture", report_year=2024)
    assert val(fs, ("energy_intensity", "actual", "2023", "growth")) == (-3.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (4.6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3401.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (4.3, "eq")
    assert all(not f.indicator.startswith("other:") or "阅读" not in f.quote for f in fs.values())


# a span's figure on the line under its name, an average's or a total's word opening it ("年均增长", "累计")
SPAN_UNDER = """一图读懂2022年遵义市政府工作报告

【过去五年】
地区生产总值
年均增长8.2%
一般公共预算收入
年均增长5.6%
城镇新增就业
累计28.6万人
【2022年目标】
地区生产总值
增长8%左右
"""


def test_a_spans_figure_under_its_name():
    fs = facts(SPAN_UNDER, region="遵义市", level="prefecture", report_year=2022)
    assert val(fs, ("gdp", "actual", "2017-2021", "growth")) == (8.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2017-2021", "growth")) == (5.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (28.6, "eq")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (8, "about")
