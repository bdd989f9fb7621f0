"""Session 15 left15f: fact classes the last round saw and left unfixed: a one-character change word's sign, a
place after a yearly average over the span reviewed, a year's harvest summed (累计), a bilingual page's English
amounts, a news page's bracketed block of related links."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "政府工作报告\n——2024年1月10日在洛阳市第十六届人民代表大会第三次会议上\n一、2023年工作回顾\n"
TARGETS = "\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n"


def review(body: str) -> dict:
    return facts(REVIEW + body + TARGETS, report_year=2024, region="洛阳市", level="prefecture")


# 1. a one-character change word right before its figure, as news and Hong Kong and Taiwan pages write it
@pytest.mark.parametrize("body,key,want", [
    ("全年规模以上工业增加值同比降2.5%。", ("industrial_va", "actual", "2023", "growth"), -2.5),
    ("全年进出口总额年减12.3%。", ("foreign_trade", "actual", "2023", "growth"), -12.3),
    ("全年固定资产投资按年跌3.1%。", ("fixed_asset_investment", "actual", "2023", "growth"), -3.1),
    ("全年居民消费价格同比降0.4%。", ("cpi", "actual", "2023", "growth"), -0.4),
    ("全年社会消费品零售总额减1.5%。", ("retail_sales", "actual", "2023", "growth"), -1.5),
    ("全年出口年增4%。", ("exports", "actual", "2023", "growth"), 4),
    ("全年规模以上工业增加值同比增2.5%。", ("industrial_va", "actual", "2023", "growth"), 2.5),
    ("全年一般公共预算收入同比升3%。", ("general_budget_revenue", "actual", "2023", "growth"), 3),
    ("全年城镇调查失业率同比降0.3个百分点。", ("urban_unemployment_rate", "actual", "2023", "pp_change"), -0.3),
])
def test_a_one_character_change_word_gives_the_sign(body, key, want):
    assert val(review(body), key) == (want, "eq")


@pytest.mark.parametrize("body,key,want", [
    # a rate reached after a fall word is no fall ("降至", "减至"), a fall word's own long form reads as before
    ("全年居民消费价格降至1.2%。", ("cpi", "actual", "2023", "growth"), 1.2),
    ("全年城镇调查失业率降至5.2%。", ("urban_unemployment_rate", "actual", "2023", "share"), 5.2),
    ("全年单位生产总值能耗降低3.1%。", ("energy_intensity", "actual", "2023", "growth"), -3.1),
    ("全年常住人口城镇化率升至65.2%。", ("urbanization_rate", "actual", "2023", "share"), 65.2),
    # the change word of another clause before the figure's own: the figure's own decides
    ("全年减税降费12亿元，一般公共预算收入增长3.2%。", ("general_budget_revenue", "actual", "2023", "growth"), 3.2),
])
def test_look_alikes_of_a_one_character_change_word(body, key, want):
    assert val(review(body), key) == (want, "eq")


FIVE = "政府工作报告\n——2026年1月10日在沂南县第二十届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
FIVE_END = "\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n"


def five(body: str) -> dict:
    return facts(FIVE + body + FIVE_END, report_year=2026, region="沂南县", level="county")


# 2. a place right after a yearly average over the span reviewed ranks that average: the span's
@pytest.mark.parametrize("body,iid,place,scope", [
    ("五年来，全县地区生产总值由2020年的306.2亿元增加到2025年的412.8亿元，年均增长6.5%，增速居全市第3位。", "gdp", 3, "全市"),
    ("过去五年，地区生产总值年均增长6.2%、居全省第4位。", "gdp", 4, "全省"),
    ("过去五年，规模以上工业增加值年均增长9.5%，增幅居全省第2位。", "industrial_va", 2, "全省"),
    ("——综合实力跃上新台阶。地区生产总值2025年达到2680亿元，五年年均增长6.2%，增速居全省第4位。", "gdp", 4, "全省"),
])
def test_a_place_after_a_span_average_takes_the_span(body, iid, place, scope):
    fs = five(body)
    assert val(fs, (iid, "actual", "2021-2025", "rank")) == (place, "eq")
    assert fs[(iid, "actual", "2021-2025", "rank")].scope == scope
    assert (iid, "actual", "2025", "rank") not in fs


# a place right after a total over the span reviewed ranks the total
@pytest.mark.parametrize("body,iid,place", [
    ("五年来，全县累计完成固定资产投资1280亿元，总量居全市第2位。", "fixed_asset_investment", 2),
    ("五年来，全县累计城镇新增就业3.6万人，居全市第1位。", "urban_new_jobs", 1),
])
def test_a_place_after_a_span_total_takes_the_span(body, iid, place):
    fs = five(body)
    assert val(fs, (iid, "actual", "2021-2025", "rank")) == (place, "eq")
    assert (iid, "actual", "2025", "rank") not in fs


@pytest.mark.parametrize("body,key", [
    ("五年来，全县累计完成固定资产投资1280亿元，跃居全市第2位。", ("fixed_asset_investment", "actual", "2025", "rank")),
    # the level the span ends at: its year's
    ("五年来，全县地区生产总值由2020年的306.2亿元增加到2025年的412.8亿元，居全市第3位。", ("gdp", "actual", "2025", "rank")),
])
def test_a_place_reached_or_of_the_end_level_keeps_the_year(body, key):
    fs = five(body)
    assert key in fs
    assert (key[0], "actual", "2021-2025", "rank") not in fs


def test_the_years_own_place_after_the_span_keeps_the_year():
    fs = five("五年来，全县地区生产总值年均增长6.5%，增速居全市第3位。2025年，全县地区生产总值完成412.8亿元，增长6.1%，增速居全市第2位。")
    assert val(fs, ("gdp", "actual", "2021-2025", "rank")) == (3, "eq")
    assert val(fs, ("gdp", "actual", "2025", "rank")) == (2, "eq")


@pytest.mark.parametrize("body,key", [
    # the size reached at the span's end, or a place reached, is the last year's
    ("五年来，一般公共预算收入由18.6亿元增加到26.3亿元，年均增长7.2%，总量居全市第5位。", ("general_budget_revenue", "actual", "2025", "rank")),
    ("五年来，全县地区生产总值年均增长6.5%，跃居全市第3位。", ("gdp", "actual", "2025", "rank")),
    # a place each year held ("均居"): the last year's, as decision 13 reads a figure after a run of years
    ("五年来，全县地区生产总值年均增长6.5%，增速均居全市第3位。", ("gdp", "actual", "2025", "rank")),
    # a place after one year's growth inside the five-year paragraph stays that year's
    ("五年来，全县地区生产总值年均增长6.5%，2025年增长6.1%，增速居全市第2位。", ("gdp", "actual", "2025", "rank")),
])
def test_a_place_not_of_the_span_average_keeps_its_year(body, key):
    fs = five(body)
    assert key in fs
    assert (key[0], "actual", "2021-2025", "rank") not in fs


# 3. a year's harvest summed with 累计: the span's total in a review of years, the year's output in a review of one
@pytest.mark.parametrize("body", [
    "全年生产粮食累计达到7.86亿斤，连续五年稳定在7.5亿斤以上。",
    "2023年，全市生产粮食累计达到7.86亿斤。",
    "全市粮食产量累计达到7.86亿斤。",
])
def test_a_harvest_summed_in_a_one_year_review_is_the_years(body):
    fs = review(body)
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (7.86, "eq")
    assert not any(k[0] == "grain_output" and "-" in k[2] for k in fs)


@pytest.mark.parametrize("body", [
    "过去五年，全县生产粮食累计达到38.6亿斤。",
    "五年来，全县粮食产量累计达到38.6亿斤。",
    "“十四五”时期，全县粮食总产量累计达到38.6亿斤。",
    "五年来，全县累计生产粮食38.6亿斤。",
])
def test_a_harvest_summed_over_the_years_reviewed_is_the_spans(body):
    fs = five(body)
    assert val(fs, ("grain_output", "actual", "2021-2025", "level")) == (38.6, "eq")
    assert ("grain_output", "actual", "2025", "level") not in fs


def test_a_harvest_summed_with_its_year_named_in_a_review_of_years_is_that_years():
    fs = five("五年来，粮食生产连年丰收，五年累计生产粮食2180亿斤，2025年粮食产量累计达到441.3亿斤，连续十三年稳定在430亿斤以上。")
    assert val(fs, ("grain_output", "actual", "2021-2025", "level")) == (2180, "eq")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (441.3, "eq")


def test_a_stock_reached_over_the_years_stays_the_last_years():
    # (高新技术企业 is a stock counted at a date: its 累计达到 is the count at the span's end)
    fs = five("五年来，全县粮食产量累计达到38.6亿斤，高新技术企业累计达到126家。")
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (126, "eq")
    assert ("high_tech_enterprises", "actual", "2021-2025", "level") not in fs


# 4. a bilingual page's English amounts and clauses
BILINGUAL = "安徽省政府工作报告双语速览\n发布时间：2024-01-24 09:12\n【2023年回顾 Review of 2023】\n"


def bilingual(body: str) -> dict:
    return facts(BILINGUAL + body + "\n", report_year=2024, region="安徽省", level="province")


@pytest.mark.parametrize("body,key,want", [
    ("Anhui's GDP reached 4.71 trillion yuan, up 5.8 percent year on year.", ("gdp", "actual", "2023", "level"), (4.71, "万亿元")),
    ("Anhui's GDP reached 4.71 trillion yuan, up 5.8 percent year on year.", ("gdp", "actual", "2023", "growth"), (5.8, "%")),
    ("GDP reached 546.9 billion yuan, an increase of 5.2 percent.", ("gdp", "actual", "2023", "level"), (5469, "亿元")),
    ("GDP reached 546.9 billion yuan, an increase of 5.2 percent.", ("gdp", "actual", "2023", "growth"), (5.2, "%")),
    ("GDP reached 546.9 billion yuan, a decrease of 1.1 percent.", ("gdp", "actual", "2023", "growth"), (-1.1, "%")),
    ("The actual use of foreign capital was 2.1 billion US dollars.", ("fdi", "actual", "2023", "level"), (21, "亿美元")),
    ("Retail sales of consumer goods grew 6.9 percent to 2.4 trillion yuan.", ("retail_sales", "actual", "2023", "growth"), (6.9, "%")),
    ("Retail sales of consumer goods grew 6.9 percent to 2.4 trillion yuan.", ("retail_sales", "actual", "2023", "level"), (2.4, "万亿元")),
    ("Grain output reached 83.0 billion jin, the highest on record.", ("grain_output", "actual", "2023", "level"), (830, "亿斤")),
    ("Per capita disposable income of residents rose 4.8 percent to 49,327 yuan.", ("disposable_income", "actual", "2023", "level"), (49327, "元")),
    ("Fixed-asset investment fell 1.2 percent.", ("fixed_asset_investment", "actual", "2023", "growth"), (-1.2, "%")),
])
def test_english_amounts_and_changes(body, key, want):
    f = bilingual(body)[key]
    assert (f.value, f.unit, f.qualifier) == (*want, "eq")


@pytest.mark.parametrize("body,key,want", [
    # a milestone passed, then the level reached: the level
    ("General public budget revenue exceeded 400 billion yuan for the first time, reaching 400.62 billion yuan, up 9.1 percent.",
     ("general_budget_revenue", "actual", "2023", "level"), (4006.2, "eq")),
    # a milestone alone: at least
    ("The total volume of foreign trade topped 800 billion yuan, up 7.7 percent.", ("foreign_trade", "actual", "2023", "level"), (8000, "at_least")),
    ("The total volume of foreign trade topped 800 billion yuan, up 7.7 percent.", ("foreign_trade", "actual", "2023", "growth"), (7.7, "eq")),
])
def test_english_milestones_and_levels(body, key, want):
    assert val(bilingual(body), key) == want


def test_english_clause_of_another_subject_is_not_the_figures():
    fs = bilingual("GDP reached 546.9 billion yuan, and the output of mining went down 1.1 percent.")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5469, "eq")
    assert ("gdp", "actual", "2023", "growth") not in fs


def test_a_number_with_no_english_unit_is_no_amount():
    # ("5 billion people" has no unit the facts know: no amount is made of it)
    import planwatch.extract.numbers as numbers
    assert [(q.value, q.unit) for q in numbers.quantities("some 5 billion people and 12 million visitors")] == [(5, None), (12, None)]


# 5. a news page's block of related links in brackets ("【相关阅读】") is other pages' titles
def test_bracketed_related_links_give_no_facts():
    fs = bilingual("2023年，全省生产总值增长5.8%。\n【相关阅读】\n安徽：去年新设经营主体突破百万户\n合肥：2023年GDP达12673.8亿元\n（责任编辑：张明）")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")
    assert ("market_entities", "actual", "2023", "level") not in fs
    assert ("gdp", "actual", "2023", "level") not in fs


def test_a_bracketed_heading_in_the_body_is_kept():
    fs = bilingual("【经济运行】\n2023年，全省生产总值增长5.8%，一般公共预算收入增长9.1%。")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (9.1, "eq")


# a Taiwan page's 年增/年減 after the level's comma goes on with the same figure
@pytest.mark.parametrize("body,key,want", [
    ("去年國內生產總值超過126萬億元人民幣，年增5.2%。", ("gdp", "actual", "2023", "growth"), 5.2),
    ("去年全國一般公共預算收入21.7萬億元，年增6.4%。", ("general_budget_revenue", "actual", "2023", "growth"), 6.4),
    ("去年貨物進出口總額41.8萬億元，年減0.7%。", ("foreign_trade", "actual", "2023", "growth"), -0.7),
])
def test_a_taiwan_pages_change_on_the_year_after_the_level(body, key, want):
    fs = facts("陸兩會／政府工作報告 今年經濟成長目標5%左右\n〔記者綜合報導〕第十四屆全國人民代表大會第二次會議5日在北京開幕。報告指出，" + body + "\n",
               report_year=2024)
    assert val(fs, key) == (want, "eq")


def test_a_year_word_opening_a_later_clause_is_no_change_of_the_figure():
    # ("，年末…": a time, not 年增)
    fs = review("全市金融机构存款余额5200亿元，年末比年初增加420亿元。")
    assert ("deposit_balance", "actual", "2023", "growth") not in fs


# news and Taiwan pages' words of a fall
@pytest.mark.parametrize("body,key,want", [
    ("全年进出口总额萎缩3.2%。", ("foreign_trade", "actual", "2023", "growth"), -3.2),
    ("全年出口衰退9.8%。", ("exports", "actual", "2023", "growth"), -9.8),
    ("全年固定资产投资负成长1.5%。", ("fixed_asset_investment", "actual", "2023", "growth"), -1.5),
    ("全年一般公共预算收入下挫2.1%。", ("general_budget_revenue", "actual", "2023", "growth"), -2.1),
    ("全年规模以上工业增加值年衰退4.2%。", ("industrial_va", "actual", "2023", "growth"), -4.2),
    # (a fall word of the times before the figure's own rise: the rise)
    ("面对全球经济衰退，全年出口增长5.1%。", ("exports", "actual", "2023", "growth"), 5.1),
    ("全年进出口总额在外需萎缩的情况下增长2.3%。", ("foreign_trade", "actual", "2023", "growth"), 2.3),
])
def test_news_words_of_a_fall(body, key, want):
    assert val(review(body), key) == (want, "eq")


# dollars written before the number ("$2.1 billion", "US$3.78 billion"); a bracketed conversion of a yuan amount
# into dollars is no second level of an indicator counted in yuan
def test_dollars_before_the_number():
    fs = bilingual("The actual use of foreign capital reached US$2.1 billion.")
    f = fs[("fdi", "actual", "2023", "level")]
    assert (f.value, f.unit) == (21, "亿美元") and f.quote.endswith("US$2.1 billion")


def test_a_dollar_conversion_in_brackets_keeps_the_yuan_level():
    fs = bilingual("Anhui's GDP reached 4.71 trillion yuan ($663 billion), up 5.8 percent.")
    f = fs[("gdp", "actual", "2023", "level")]
    assert (f.value, f.unit) == (4.71, "万亿元")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")


# a bilingual page's English times: last year's results, this year's targets, the spans behind and ahead
UNDATED = "Anhui government work report highlights\n安徽省政府工作报告要点\n"


def test_english_times_give_the_roles():
    fs = facts(UNDATED + "Last year, Anhui's GDP grew 5.8 percent to 4.71 trillion yuan.\n去年，全省生产总值增长5.8%。\n"
               "This year, the province aims for GDP growth of around 6 percent.\n今年，全省生产总值预期增长6%左右。\n"
               "2024年是新中国成立75周年。\n", region="安徽省", level="province")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (4.71, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert ("gdp", "actual", "2023", "growth") in fs and fs[("gdp", "actual", "2023", "growth")].value == 5.8


def test_an_english_target_after_last_years_chinese_is_no_result():
    fs = facts(UNDATED + "去年，全省生产总值增长5.8%。\nThis year, the province aims for GDP growth of around 6 percent.\n"
               "2024年是新中国成立75周年。\n", region="安徽省", level="province")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")


# the country's figures in English in a lower region's page, and an English sentence's end
def test_the_countrys_english_figures_are_not_the_regions():
    fs = bilingual("Anhui's GDP grew 5.8 percent. China's GDP grew 5.2 percent to 126 trillion yuan. The national CPI rose "
                   "0.2 percent. Nationwide, fixed-asset investment rose 3 percent.")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")
    assert ("gdp", "actual", "2023", "level") not in fs
    assert ("cpi", "actual", "2023", "growth") not in fs
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in fs


def test_a_rank_nationwide_after_the_regions_figure_keeps_it():
    fs = bilingual("Anhui's retail sales of consumer goods grew 6.9 percent, ranking first nationwide. Its fixed-asset "
                   "investment rose 4 percent. The actual use of foreign capital was 2.1 billion U.S. dollars.")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (6.9, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (4, "eq")
    f = fs[("fdi", "actual", "2023", "level")]
    assert (f.value, f.unit) == (21, "亿美元")


def test_the_countrys_english_figures_on_the_countrys_page_are_its_own():
    fs = facts("Highlights of the Government Work Report\n国务院政府工作报告要点\nLast year, China's GDP grew 5.2 percent to "
               "126 trillion yuan.\n2024年是新中国成立75周年。\n", region="中华人民共和国", level="national")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")


# a page with no year of its own: a goal's year named between its name and its figure is its period, read, not guessed
def test_an_undated_pages_goal_takes_the_year_its_words_name():
    fs = facts("宁陵县两会速递\n县政府工作报告指出，过去一年全县地区生产总值增长5.5%，比2020年增长18%。今年全县地区生产总值预期增长7%左右，"
               "到2025年突破300亿元。\n")
    f = fs[("gdp", "goal", "2025", "level")]
    assert (f.value, f.qualifier) == (300, "at_least") and f.confidence < 0.9 and f.note
    # (this year's target and last year's result stay without a period: nothing dates them)
    assert ("gdp", "target", "", "growth") in fs and ("gdp", "actual", "", "growth") in fs
