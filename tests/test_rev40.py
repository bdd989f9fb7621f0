"""Last year's results in their shapes, blind (rev40, decision 230): a news page on a work or plan report whose
headline names the year reviewed and no report (“榆林市政府工作报告解读：2016年全市经济企稳回升”) over a page date of
the next year is that next year's report, its results last year's; a headline year that names the report, or that
no later page date contradicts, keeps the title's year."""
import pytest

from factkeys import keys_of, read

BODY = ("{d}日，{region}第十八届人民代表大会第四次会议开幕。报告显示，{past}年，{whole}实现地区生产总值312.5亿元，"
        "增长6.2%；一般公共预算收入完成18.6亿元，同口径增长7.1%。报告指出，一年来{whole}新增城镇就业4200人。\n")

PLACES = [("宁海县", "全县"), ("碧江区", "全区"), ("榆林市", "全市"), ("伊金霍洛旗", "全旗")]

HEADLINES = [
    "{region}政府工作报告解读：{past}年{whole}经济企稳回升",
    "{past}年{whole}经济运行稳中向好——{region}政府工作报告解读",
    "{past}年{whole}经济发展成绩单出炉｜{region}政府工作报告摘要",
    "{past}年{whole}主要指标好于预期——{region}国民经济和社会发展计划报告解读",
]

DATES = ["发布时间：{year}-01-12 10:20　来源：{region}新闻网", "来源：{region}日报　{year}-02-16 08:35",
         "{year}年1月13日　{region}发布"]


def page(headline: str, date: str, region: str, whole: str, year: int) -> str:
    f = dict(region=region, whole=whole, year=year, past=year - 1, d="1月11")
    return headline.format(**f) + "\n" + date.format(**f) + "\n\n" + BODY.format(**f)


# 1. the headline's year is the year reviewed: the page's date of the next year dates the report, and the figures are
# that past year's results
@pytest.mark.parametrize("region,whole", PLACES)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("year", [2017, 2020, 2024])
def test_headline_of_the_year_reviewed_dates_the_next_years_report(region, whole, headline, date, year):
    d = read(page(headline, date, region, whole, year), name="page.txt")
    assert d.meta.report_year == year
    ks = keys_of(d)
    past = str(year - 1)
    assert ks[("gdp", "actual", past, "level")].value == 312.5
    assert ks[("gdp", "actual", past, "growth")].value == 6.2
    assert ks[("general_budget_revenue", "actual", past, "growth")].value == 7.1
    assert not any(k[1] == "target" for k in ks)


# 2. look-alikes that must not change: a headline year naming the report itself, one in the page's own year, and a
# headline with no page date under it
@pytest.mark.parametrize("region,whole", PLACES)
@pytest.mark.parametrize("year", [2017, 2024])
@pytest.mark.parametrize("headline,date,want", [
    ("{past}年{region}政府工作报告", "发布时间：{year}-03-12 10:20　来源：{region}新闻网", -1),
    ("关于{region}{past}年国民经济和社会发展计划执行情况的报告", "来源：{region}日报　{year}-02-16 08:35", -1),
    ("政府工作报告：{year}年{whole}这样干", "发布时间：{year}-01-12 10:20　来源：{region}新闻网", 0),
    ("{past}年{whole}经济运行稳中向好——{region}政府工作报告解读", "", -1),
])
def test_headline_year_naming_the_report_or_undated_keeps_its_year(region, whole, year, headline, date, want):
    d = read(page(headline, date, region, whole, year), name="page.txt")
    assert d.meta.report_year == year + want


def review(body: str, year: int = 2022) -> dict:
    text = (f"政府工作报告\n——{year}年1月12日在宜春市第五届人民代表大会第二次会议上\n\n一、{year - 1}年工作回顾\n"
            f"{body}\n")
    return keys_of(read(text))


PAIRS = [
    (("gdp", "地区生产总值"), ("general_budget_revenue", "一般公共预算收入")),
    (("general_budget_revenue", "一般公共预算收入"), ("retail_sales", "社会消费品零售总额")),
    (("fixed_asset_investment", "固定资产投资"), ("industrial_investment", "工业投资")),
    (("foreign_trade", "进出口总额"), ("fdi", "实际使用外资")),
]


# 2. last year's targets listed name by name and closed as targets (的预期目标, 的目标), then their results one each
# opened by 分别完成/分别实现/分别为 with no 实际: each name's target and result, in order
@pytest.mark.parametrize("a,b", PAIRS)
@pytest.mark.parametrize("lead", ["年初确定的", "去年初提出的", "年初人代会确定的"])
@pytest.mark.parametrize("close", ["的预期目标", "的目标", "的年度目标"])
@pytest.mark.parametrize("verb", ["分别完成", "分别实现", "分别为"])
def test_results_after_targets_named_go_one_to_each_name(a, b, lead, close, verb):
    ks = review(f"{lead}{a[1]}增长6.5%、{b[1]}增长12%{close}，{verb}7.1%和13.2%。")
    past = "2021"
    assert ks[(a[0], "target", past, "growth")].value == 6.5
    assert ks[(b[0], "target", past, "growth")].value == 12
    assert ks[(a[0], "actual", past, "growth")].value == 7.1
    assert ks[(b[0], "actual", past, "growth")].value == 13.2


# 2b. the same for one name of two members (城乡居民…增长8%和9%的预期目标，分别完成…)
@pytest.mark.parametrize("verb", ["分别完成", "分别实现"])
def test_results_after_a_pairs_targets_go_to_urban_and_rural(verb):
    ks = review(f"年初确定的城乡居民人均可支配收入增长8%和9%的预期目标，{verb}8.5%和10.2%。")
    assert ks[("urban_disposable_income", "actual", "2021", "growth")].value == 8.5
    assert ks[("rural_disposable_income", "actual", "2021", "growth")].value == 10.2
    assert ks[("rural_disposable_income", "target", "2021", "growth")].value == 9


# 3. a target list closed by 的计划 (or 的年度计划): its last figure is the set one, no figure of a plan
@pytest.mark.parametrize("a,b", PAIRS)
@pytest.mark.parametrize("close", ["的计划", "的年度计划"])
@pytest.mark.parametrize("then", ["实际分别增长", "分别完成"])
def test_target_list_closed_by_plan_keeps_its_last_name(a, b, close, then):
    ks = review(f"年初确定的{a[1]}增长10%、{b[1]}增长12%{close}，{then}10.5%和13.1%。")
    assert ks[(b[0], "target", "2021", "growth")].value == 12
    assert ks[(b[0], "actual", "2021", "growth")].value == 13.1
    assert ks[(a[0], "actual", "2021", "growth")].value == 10.5


@pytest.mark.parametrize("a", [p[0] for p in PAIRS])
@pytest.mark.parametrize("close", ["的计划", "的年度计划"])
def test_one_targets_plan_then_its_result(a, close):
    ks = review(f"年初确定的{a[1]}增长10%{close}，实际增长10.5%。")
    assert ks[(a[0], "target", "2021", "growth")].value == 10
    assert ks[(a[0], "actual", "2021", "growth")].value == 10.5


# look-alikes that must not change: levels after growths (分别达到, no targets named), completion ratios after targets
@pytest.mark.parametrize("verb", ["分别达到", "分别为"])
def test_levels_after_growths_stay_each_names(verb):
    ks = review(f"城乡居民人均可支配收入分别增长7.6%和9.8%，{verb}40120元和19860元。")
    assert ks[("urban_disposable_income", "actual", "2021", "level")].value == 40120
    assert ks[("rural_disposable_income", "actual", "2021", "level")].value == 19860
    assert ks[("rural_disposable_income", "actual", "2021", "growth")].value == 9.8
    assert not any(k[1] == "target" for k in ks)


@pytest.mark.parametrize("close", ["的目标", "的预期目标"])
def test_completion_ratios_after_targets_are_no_results(close):
    ks = review(f"年初确定的地区生产总值增长8%、一般公共预算收入增长6%{close}，分别完成年度目标的107.5%和120%。")
    assert ks[("gdp", "target", "2021", "growth")].value == 8
    assert ("gdp", "actual", "2021", "growth") not in ks
    assert ("general_budget_revenue", "actual", "2021", "growth") not in ks
