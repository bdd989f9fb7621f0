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
