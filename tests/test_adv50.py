"""Adversarial review of decisions 385-387, blind (adv50, decision 388): a figure cut from its unit after a list's 、 or
a label's colon (385 read it as a page number), the region's own target joined after the market's expectation (386
dropped it), an English target's year named after its figure or as the target's own word (386 took the year of a
possessive before it), the region's own target named with its word (高于全区预期目标), a year opening the year's plans
(2025年，全区将…) read as a year reviewed once 387 set the line apart, and a phone page's width-cut first line taken
for an app post's sub-head (387). Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read
from helpers import cut_text

from planwatch.normalize import normalize


# --- (1) a lone figure after a clause's mark whose unit ends the clause (decision 385 made it a page number) ---

def test_lone_figure_after_a_lists_mark_stays_the_figure():
    # "分别增长6.9%、\n8\n%，" in a PDF layer: the second value of a 分别 list, its unit and a comma on the next line; the
    # base dropped "8" as a page number ("6.9%、%")
    n = normalize("2019年，全市城乡居民人均可支配收入分别增长6.9%、\n8\n%，城镇新增就业4.2万人，居民消费价格上涨2.5%。\n")
    assert "分别增长6.9%、8%，" in n.text


def test_lone_figure_after_a_colon_with_its_bound_stays_the_figure():
    # "城镇新增就业：\n3\n万人以上；" a card's row: the unit, its bound and a mark end the figure's clause; the base dropped
    # the "3" ("城镇新增就业：\n万人以上")
    n = normalize("全市地区生产总值增长7%左右，一般公共预算收入增长5%；城镇新增就业：\n3\n万人以上；居民消费价格涨幅3%左右。\n")
    assert "3万人以上；" in n.text


def test_lone_figure_before_a_joined_figure_stays_the_figure():
    # "增长7%、\n9\n%和12%": the list's joining word before the next figure
    n = normalize("一般公共预算收入、税收收入、固定资产投资分别增长7%、\n9\n%和12%，总体好于预期。\n")
    assert "分别增长7%、9%和12%" in n.text


def test_page_number_over_a_unit_word_opening_a_name_still_dropped():
    # look-alikes: a page number after a clause's mark over a line a unit word opens as a name ("万元工业增加值能耗",
    # "亿元以上项目"): still a page number, as decision 385 drops it
    n = normalize("全县规模以上工业增加值增长8.1%，固定资产投资增长10.4%，全年新增城镇就业一万余人；\n7\n"
                  "万元工业增加值能耗下降5%。\n")
    assert "7万元" not in n.text and "\n7\n" not in n.text
    n = normalize("全县地区生产总值增长7.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，\n4\n亿元以上项目开工28个。\n")
    assert "4亿元以上项目" not in n.text


# --- (2) the region's own target joined after the market's expectation (decision 386 dropped it) ---

_NEWS = "江城日报　2021-01-20 08:30\n\n去年全市经济稳中向好\n\n本报讯 记者从市统计局获悉，"


def test_own_target_joined_after_the_markets_expectation_stays_a_target():
    # "好于市场预期和年初7%的预期目标": the 7% is the city's own target of last year (spec), named after the market's
    # expectation and a joining word; the base dropped it as the market's
    kv = key_values(read(_NEWS + "2020年全市规模以上工业增加值增长7.6%，好于市场预期和年初7%的预期目标。\n", report_year=2021))
    assert kv[("industrial_va", "actual", "2020", "growth")] == (7.6, "eq")
    assert kv[("industrial_va", "target", "2020", "growth")] == (7, "eq")


def test_two_holders_expectations_joined_stay_no_target():
    # look-alikes: the figure the market's and the institutions' ("高于市场和机构预期的3.5%", "高于市场预期和机构预测的
    # 3.5%"), or the market's alone ("高于市场预期的3.5%"): no target of the city's, as 386
    for tail in ("高于市场和机构预期的3.5%", "高于市场预期和机构预测的3.5%", "高于市场预期的3.5%"):
        kv = key_values(read(_NEWS + f"2020年全市地区生产总值增长4.1%，{tail}。\n", report_year=2021))
        assert kv[("gdp", "actual", "2020", "growth")] == (4.1, "eq"), tail
        assert ("gdp", "target", "2020", "growth") not in kv, tail


# --- (3) an English target's year after its figure, or as the target's own word (decision 386's year before it) ---

_EN = "江城市2022年政府工作报告要点（中英对照）\n\n"


def test_english_target_for_this_year_after_a_possessive_last_year():
    # "Building on last year's progress, … target of 8 percent for this year": this year's target (2022); the base read
    # the possessive "last year's" as the sentence's year and gave 2021's target
    kv = key_values(read(_EN + "Building on last year's progress, the city set a fixed-asset investment growth target of 8 "
                               "percent for this year.\n", report_year=2022))
    assert kv[("fixed_asset_investment", "target", "2022", "growth")] == (8, "eq")
    assert ("fixed_asset_investment", "target", "2021", "growth") not in kv


def test_english_target_with_its_year_as_its_own_word():
    # "The 2021 GDP growth target of 7 percent was met.": 2021's target (spec: last year's target restated)
    kv = key_values(read(_EN + "The 2021 GDP growth target of 7 percent was met.\n", report_year=2022))
    assert kv[("gdp", "target", "2021", "growth")] == (7, "eq")


def test_english_last_year_opening_the_sentence_stays_last_years_target():
    # look-alikes: "Last year, … target of 7 percent." (2021's), "For 2022, … target of around 6.5 percent." (2022's)
    kv = key_values(read(_EN + "Last year, the city set a GDP growth target of 7 percent.\n", report_year=2022))
    assert kv[("gdp", "target", "2021", "growth")] == (7, "eq")
    kv = key_values(read(_EN + "For 2022, the city set a GDP growth target of around 6.5 percent.\n", report_year=2022))
    assert kv[("gdp", "target", "2022", "growth")] == (6.5, "about")
    assert ("gdp", "target", "2021", "growth") not in kv


# --- (4) the region's own target named with its word, a result set against it ---

def _county(body: str):
    return read("示例县2023年政府工作报告\n\n" + body + "\n", doc_type="government_work_report", report_year=2023)


def test_result_above_the_regions_named_target_keeps_the_results_after_it():
    # "高于全县预期目标0.5个百分点；…": a result's margin over the county's own target; the results after it are the
    # year's results, not targets (the base read "全县预期目标" as the targets' cue for the clauses after it)
    kv = key_values(_county("2022年，全县地区生产总值增长5.5%，高于全县预期目标0.5个百分点；社会消费品零售总额增长4.2%，"
                            "城镇新增就业6200人。\n\n今年，全县地区生产总值增长6%左右。"))
    assert kv[("retail_sales", "actual", "2022", "growth")] == (4.2, "eq")
    assert kv[("urban_new_jobs", "actual", "2022", "level")] == (6200, "eq")
    assert ("retail_sales", "target", "2023", "growth") not in kv
    assert kv[("gdp", "target", "2023", "growth")] == (6, "about")


def test_regions_target_named_as_a_lead_stays_the_targets_cue():
    # look-alike: "全县预期目标：…" with no comparison before it leads the year's targets, as before
    kv = key_values(_county("2023年全县预期目标：地区生产总值增长6%左右，社会消费品零售总额增长7%。"))
    assert kv[("retail_sales", "target", "2023", "growth")] == (7, "eq")


# --- (5) a year opening the year's plans is no year reviewed (387 set such a line apart on an app post) ---

_APP = ("点击上方蓝字关注我们\n青羊发布\n2024-01-10 18:00\n"
        "1月9日，成都市青羊区第十八届人民代表大会第四次会议开幕，区长作政府工作报告。小编带你速览↓↓\n"
        "过去一年，亮点纷呈\n2023年，全区地区生产总值增长5.8%，城镇新增就业1.5万人。\n"
        "今年目标，稳中求进\n今年，全区地区生产总值增长6%左右。\n民生实事，件件暖心\n")


def test_year_opening_the_years_plans_is_the_report_year():
    # "2024年，全区将新建…" under a comma sub-head, "今年…" after it: the year planned for; the base took 2024 for a
    # year reviewed and read the page as 2025's
    d = read(_APP + "2024年，全区将新建社区食堂15个，改造老旧小区30个。\n今年，全区还将新增停车位2000个。\n")
    assert d.meta.report_year == 2024
    assert {("新建", "社区食堂", 15, "个"), ("改造", "老旧小区", 30, "个")} <= pledge_items(d)


def test_year_opening_a_review_still_reviewed():
    # look-alike: "2023年，全区地区生产总值增长…" then "今年，…": the year reviewed, the report 2024's, as before
    d = read(_APP.replace("2024-01-10 18:00\n", "") + "今年，全区将新建社区食堂15个。\n")
    assert d.meta.report_year == 2024


def test_year_opening_a_review_with_jiang_as_ba_still_reviewed():
    # look-alike: "2023年，全区将八成以上的财力用于民生，…增长5.8%" (将 as 把, no plan's verb after it): the year reviewed,
    # the report 2024's, as before
    d = read("青羊区政府工作报告（摘要）\n\n2023年，全区将八成以上的财力用于民生，地区生产总值增长5.8%，城镇新增就业1.5万人。\n\n"
             "今年，全区地区生产总值增长6%左右。\n")
    assert d.meta.report_year == 2024


# --- (6) a phone page's width-cut first line is no app post's sub-head (decision 387) ---

def test_width_cut_comma_line_under_a_sentence_end_joins():
    # a phone page cut 16 characters a line: "记者获悉，今年全区还将新建口袋公" is a paragraph's first line as wide as the
    # page's, under the last line of the paragraph above; the base kept it apart as a sub-head and lost "口袋公园9个"
    t = "点击上方蓝字关注我们\n" + cut_text(["今年，全区将改造老旧小区32个，新建社区养老服务站6个，新增停车位1500个。",
                                    "记者获悉，今年全区还将新建口袋公园9个，新增公共充电桩300个。"], 16, keep_figures=True)
    assert "记者获悉，今年全区还将新建口袋公\n" in t  # (the page as cut)
    assert "新建口袋公园9个" in normalize(t).text


def test_short_sub_head_on_a_phone_page_stays_apart():
    # look-alike: "民生实事，件件暖心" under a sentence's end on the same narrow page, shorter than its lines: a sub-head,
    # kept apart as decision 387
    t = "点击上方蓝字关注我们\n" + cut_text(["2023年，全区地区生产总值增长5.8%，城镇新增就业1.5万人。", "民生实事，件件暖心",
                                    "今年，全区将改造老旧小区32个，新建社区养老服务站6个。"], 16, keep_figures=True)
    assert "民生实事，件件暖心\n今年" in normalize(t).text
