"""News restatements of a report and noisy printings of reports, at every level (branch holdnews).

Each test is a document shape met in the wild: a county paper's report of the opening session, a
government account's article, a plan report's appendix table printed one cell a line, a full-width
printing; and the look-alikes where the rule must not fire."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.normalize import normalize
from factkeys import key_values, pledge_items, read as _read


# ---- a full-width printing: its thousands separator is a full-width comma ----

FULLWIDTH_NEWS = (
    "南山区政府工作报告发布！\n深圳南山　２０２５年０１月０８日　广东\n"
    "１月７日，深圳市南山区第八届人民代表大会第五次会议开幕。区长代表区人民政府作政府工作报告。\n"
    "报告显示，２０２４年，全区地区生产总值预计达到１，０２０．５亿元，增长６．５％；城镇居民人均可支配收入"
    "达到９８，７６５元，增长４．１％；国家高新技术企业达到５，２００家。\n"
    "报告提出，２０２５年南山区主要预期目标是：地区生产总值增长６％左右。\n")


def test_a_full_width_comma_between_digit_groups_is_a_thousands_separator():
    f = key_values(_read(FULLWIDTH_NEWS))
    assert f[("gdp", "actual", "2024", "level")] == (1020.5, "eq")
    assert f[("urban_disposable_income", "actual", "2024", "level")] == (98765, "eq")
    assert f[("high_tech_enterprises", "actual", "2024", "level")] == (5200, "eq")
    assert f[("gdp", "target", "2025", "growth")] == (6, "about")


@pytest.mark.parametrize("raw, read", [
    ("城镇居民人均可支配收入达到39，175元", "城镇居民人均可支配收入达到39,175元"),  # ASCII digits, a web page's comma
    ("完成投资1，234，567万元", "完成投资1,234,567万元"),
    # not a separator: a year after a year, a list's next item, a figure after a decimal, after a unit
    ("2019，2020年连续两年", "2019，2020年连续两年"),
    ("分别为5，120、300所", "分别为5，120、300所"),
    ("增长12.5，368家企业", "增长12.5，368家企业"),
    ("增长7%，620家企业", "增长7%，620家企业"),
    ("新建学校12，300名教师", "新建学校12，300名教师".replace("12，300", "12,300")),
    ("共有代表1234，123人到会", "共有代表1234，123人到会"),
])
def test_full_width_thousands_and_look_alikes(raw, read):
    n = normalize(raw)
    assert n.text == read
    assert len(n.text) == len(raw)  # one for one


# ---- a plan report's table printed one cell a line, its header cells wrapped in two lines ----

TABLE_HEAD = (
    "泉州市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
    "——2023年1月9日在泉州市第十七届人民代表大会第三次会议上\n"
    "一、2022年国民经济和社会发展计划执行情况\n"
    "2022年，全市地区生产总值12102.97亿元，增长3.5%。\n"
    "附表1\n2022年主要指标完成情况及2023年预期目标\n")
TABLE_ROWS = ("地区生产总值增长\n%\n6.5\n3.5\n6\n规模以上工业增加值增长\n%\n7\n4.3\n6.5\n"
              "一般公共预算收入增长\n%\n5\n-6.1\n5\n")
TABLE_WANT = {
    ("gdp", "target", "2022", "growth"): (6.5, "eq"),
    ("gdp", "target", "2023", "growth"): (6, "eq"),
    ("industrial_va", "target", "2022", "growth"): (7, "eq"),
    ("industrial_va", "actual", "2022", "growth"): (4.3, "eq"),
    ("industrial_va", "target", "2023", "growth"): (6.5, "eq"),
    ("general_budget_revenue", "actual", "2022", "growth"): (-6.1, "eq"),
}


@pytest.mark.parametrize("head", [
    "指标名称\n单位\n2022年\n计划目标\n2022年\n完成情况\n2023年\n预期目标\n",
    "指标\n单位\n2022年\n预期目标\n2022年\n完成情况\n2023年\n预期目标\n",
    "指标名称\n单位\n2022年\n计划\n2022年\n完成\n2023年\n目标\n",
])
def test_a_table_header_whose_cells_wrap_a_year_over_the_column_kind(head):
    f = key_values(_read(TABLE_HEAD + head + TABLE_ROWS))
    for k, v in TABLE_WANT.items():
        assert f.get(k) == v, k


def test_a_wrapped_table_header_as_printed_one_cell_a_line_reads_as_before():
    # (each header cell on its own line: the rule is not needed and changes nothing)
    f = key_values(_read(TABLE_HEAD + "指标名称\n单位\n2022年计划目标\n2022年完成情况\n2023年预期目标\n" + TABLE_ROWS))
    for k, v in TABLE_WANT.items():
        assert f.get(k) == v, k


def test_a_header_of_years_over_two_columns_each_is_not_joined():
    # "2022年" and "2023年" each over 完成 | 增长 (a year spanning two columns): no cell wraps
    text = TABLE_HEAD + ("指标名称\n单位\n2022年\n2023年\n完成\n增长\n目标\n增长\n"
                         "地区生产总值\n亿元\n12102.97\n3.5\n12800\n6\n")
    n = normalize(text)
    assert "2022年 2023年" not in n.text and "2023年 完成" not in n.text


# ---- tasks restated in a news article after a lead saying who tells ----

NEWS_HEAD = ("江油市第十八届人民代表大会第五次会议隆重开幕\n绵阳日报　2020年01月08日　第02版\n"
             "本报讯（记者 李勇）1月7日，江油市第十八届人民代表大会第五次会议开幕。市长杨波代表市人民政府作政府工作报告。\n"
             "报告回顾了2019年工作。一年来，全市实现地区生产总值580.6亿元，同比增长7.6%。\n"
             "报告提出，2020年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n")


@pytest.mark.parametrize("lead", ["据介绍，今年江油将重点抓好六个方面工作：", "报告还提出，今年要",
                                  "记者从市发改局获悉，今年江油将重点抓好六个方面工作："])
def test_tasks_after_a_reported_speech_lead_reach_past_the_semicolon(lead):
    text = NEWS_HEAD + lead + ("坚持项目为王，全年实施重点项目120个，完成投资150亿元以上；坚持乡村振兴，"
                               "新建改造农村公路200公里；坚持民生优先，新建幼儿园5所。\n本次会议会期三天。\n")
    p = pledge_items(_read(text))
    assert ("新建改造", "农村公路", 200, "公里") in p
    assert ("新建", "幼儿园", 5, "所") in p


def test_tasks_after_the_targets_named_back():
    text = NEWS_HEAD + ("围绕上述目标，今年江油将聚焦“成渝地区双城经济圈”建设，新建改造口袋公园20个，"
                        "新增停车泊位5000个。\n")
    p = pledge_items(_read(text))
    assert ("新建改造", "口袋公园", 20, "个") in p and ("新增", "停车泊位", 5000, "个") in p


@pytest.mark.parametrize("body", [
    "据介绍，去年江油新建改造农村公路300公里；新建幼儿园6所。\n",
    "报告指出，过去一年，江油新建改造农村公路300公里；新建幼儿园6所。\n",
    "据介绍，2019年江油新建改造农村公路300公里；新建幼儿园6所。\n",
])
def test_last_years_work_after_such_a_lead_is_no_task(body):
    assert not _read(NEWS_HEAD + body).pledges


# ---- a web page printed from a browser: a header and a footer on each page ----

PRINTED = (
    "2023/3/6 下午3:12　政府工作报告_嘉善县人民政府\n"
    "政府工作报告\n——在嘉善县第十七届人民代表大会第五次会议上\n各位代表：\n"
    "现在，我代表县人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
    "过去一年，全县地区生产总值620.5亿元，增长3.6%；一般公共预算收入52.3亿\n"
    "https://www.jiashan.gov.cn/art/2021/1/20/art_1229_4512.html　1/3\n"
    "2023/3/6 下午3:12　政府工作报告_嘉善县人民政府\n"
    "元，增长4.1%。\n二、今年工作安排\n今年主要预期目标：地区生产总值增长6%左右。\n"
    "https://www.jiashan.gov.cn/art/2021/1/20/art_1229_4512.html　2/3\n")


def test_a_browsers_page_header_and_footer_inside_a_sentence_are_dropped():
    d = _read(PRINTED)
    f = key_values(d)
    y = d.meta.report_year
    assert f[("general_budget_revenue", "actual", str(y - 1), "level")] == (52.3, "eq")
    assert f[("general_budget_revenue", "actual", str(y - 1), "growth")] == (4.1, "eq")


def test_the_date_a_browser_printed_a_page_on_dates_no_report():
    # the page's address dates it (2021/1/20); the print date (2023/3/6) is no evidence
    assert _read(PRINTED).meta.report_year == 2021
    only_print = PRINTED.replace("https://www.jiashan.gov.cn/art/2021/1/20/art_1229_4512.html", "https://www.jiashan.gov.cn/art/art_1229_4512.html")
    assert _read(only_print).meta.report_year != 2023


@pytest.mark.parametrize("line", ["2021-01-20 09:12　来源：嘉善新闻网", "发布时间：2021/1/20 9:12"])
def test_a_pages_own_date_still_dates_it(line):
    text = line + "\n" + PRINTED.split("\n", 1)[1].replace("https://www.jiashan.gov.cn/art/2021/1/20/art_1229_4512.html", "")
    assert _read(text).meta.report_year == 2021


@pytest.mark.parametrize("line", ["http://www.example.gov.cn/art/2021/1/11/art_1.html", "原文链接：http://www.example.gov.cn/a.html"])
def test_an_address_in_prose_or_at_the_end_is_harmless(line):
    d = _read(NEWS_HEAD + line + "\n")
    assert key_values(d)[("gdp", "actual", "2019", "level")] == (580.6, "eq")


# ---- last year's target restated in the review (a news lead quoting the review) ----

REVIEW_HEAD = ("1月10日，临安区第二届人民代表大会第五次会议开幕。区长作政府工作报告。\n报告显示，2020年，")
REVIEW_TAIL = "\n报告提出，2021年全区地区生产总值增长7%左右。"


@pytest.mark.parametrize("body, key, want", [
    ("全区地区生产总值增长3.6%，完成了年初确定的增长3%的预期目标。", ("gdp", "target", "2020", "growth"), (3, "eq")),
    ("全区地区生产总值增长3.6%，实现了年初确定的增长3%左右的目标。", ("gdp", "target", "2020", "growth"), (3, "about")),
    ("全区地区生产总值增长3.6%，完成年初确定的增长3%以上的目标任务。", ("gdp", "target", "2020", "growth"), (3, "at_least")),
    ("城镇调查失业率5.1%，控制在年初确定的5.5%以内。", ("urban_unemployment_rate", "target", "2020", "share"), (5.5, "at_most")),
])
def test_last_years_target_set_at_the_years_start_restated(body, key, want):
    f = key_values(_read(REVIEW_HEAD + body + REVIEW_TAIL))
    assert f[key] == want
    assert f[("gdp", "target", "2021", "growth")] == (7, "about")  # this year's stays this year's


@pytest.mark.parametrize("body, key, want", [
    # the result itself after the target set ("年初确定的目标是增长6%，实际增长6.2%")
    ("年初确定的目标是地区生产总值增长3%，实际增长3.6%。", ("gdp", "actual", "2020", "growth"), (3.6, "eq")),
    # an object of the verb that is no target: its figure is its own
    ("全区地区生产总值增长3.6%，完成重点项目投资120亿元。", ("gdp", "actual", "2020", "growth"), (3.6, "eq")),
])
def test_results_next_to_a_target_set_stay_results(body, key, want):
    assert key_values(_read(REVIEW_HEAD + body + REVIEW_TAIL))[key] == want


# ---- a PDF's line cut that leaves a line of the news account looking like a title ----

SESSION_NEWS = ("浦东新区第六届人民代表大会第三次会议开幕\n浦东时报　2017-01-09　作者：记者 陈燕\n"
                "1月8日上午，浦东新区第六届人民代表大会第三次会议在浦东新区\n行政文化中心开幕。区长杭迎伟作政府工作报告。\n"
                "报告指出，2016年，浦东新区实现生产总值8731.8亿元，增长8.5%左右。\n"
                "报告提出，2017年新区经济社会发展主要预期目标是：地区生产总值\n增长7.5%左右。\n")


@pytest.mark.parametrize("line", ["会议听取了浦东新区2016年国民经济和社会发展计划执行情况与2017",
                                  "大会还将审查浦东新区2016年国民经济和社会发展计划执行情况与2017",
                                  "会议审议了浦东新区2016年预算执行情况和2017"])
def test_a_cut_line_of_the_sessions_account_is_no_title(line):
    d = _read(SESSION_NEWS + line + "\n年计划草案的书面报告。\n")
    assert (d.meta.doc_type, d.meta.report_year) == ("government_work_report", 2017)
    assert key_values(d)[("gdp", "target", "2017", "growth")] == (7.5, "about")


def test_a_plan_reports_own_title_still_names_it():
    text = ("关于浦东新区2016年国民经济和社会发展计划执行情况与2017年计划草案的报告\n"
            "——2017年1月8日在浦东新区第六届人民代表大会第三次会议上\n各位代表：\n受区人民政府委托，现将…提请审议。\n")
    assert _read(text).meta.doc_type == "plan_report"


# ---- numbers and tables as a PDF's text layer gives them ----

def test_a_number_cut_twice_its_point_alone_on_a_line():
    text = ("政府工作报告\n——2017年1月10日在临沂市第十九届人民代表大会第一次会议上\n一、2016年工作回顾\n"
            "过去的一年，全市城镇、农村居民人均可支配收入分别达到29950元、11480元，分别增长7.9%和\n8.\n1%。\n"
            "二、2017年工作安排\n今年主要预期目标：生产总值增长7.5%左右。\n")
    f = key_values(_read(text))
    assert f[("urban_disposable_income", "actual", "2016", "growth")] == (7.9, "eq")
    assert f[("rural_disposable_income", "actual", "2016", "growth")] == (8.1, "eq")


# (an item's number alone on its line is never read as a decimal with what follows; before a line of words it opens that
# line, its title: stc22, "六、\n​\n决胜…" after a page break)
@pytest.mark.parametrize("raw,want", [("加快推进以下工作：\n8.\n加强生态环境保护", "\n8.加强生态环境保护"),
                                      ("二、主要工作\n8.\n2023年重点", None)])
def test_a_numbered_item_alone_on_its_line_is_not_joined_as_a_number(raw, want):
    text = normalize(raw).text
    assert want in text if want else ("8.\n" in text or "8.2023" in text)
    assert not any(f"8.{d}" in text for d in "0123456789" if want)


@pytest.mark.parametrize("head", [
    "指标名称\n单位\n2022 年\n计划目标\n2022 年\n完成情况\n2023 年\n预期目标\n",  # a typesetter's space before 年
    "指标名称\n单位\n2022 年计划目标\n2022 年完成情况\n2023 年预期目标\n",
])
def test_a_tables_year_head_with_a_space_before_nian_is_no_figure(head):
    f = key_values(_read(TABLE_HEAD + head + TABLE_ROWS))
    for k, v in TABLE_WANT.items():
        assert f.get(k) == v, k


# ---- the year reviewed after who speaks in a news article ----

SPEAKER_NEWS = "1月8日，德清县第十七届人民代表大会第三次会议开幕。县长王某作政府工作报告。\n"


@pytest.mark.parametrize("body", [
    "“今年，我们将确保全县地区生产总值增长6%以上，一般公共预算收入增长5%。”王某在报告中说。\n王某表示，2018年全县地区生产总值增长8.1%。\n",
    "王某在报告中指出，2018年全县地区生产总值增长8.1%。今年，全县地区生产总值增长6%以上。\n",
])
def test_a_year_reviewed_after_a_speakers_verb_dates_the_report(body):
    d = _read(SPEAKER_NEWS + body)
    assert d.meta.report_year == 2019
    f = key_values(d)
    assert f[("gdp", "actual", "2018", "growth")] == (8.1, "eq")
    assert f[("gdp", "target", "2019", "growth")] == (6, "at_least")


def test_a_year_aimed_at_after_a_speakers_verb_is_the_reports_own():
    d = _read(SPEAKER_NEWS + "王某表示，2019年全县地区生产总值力争增长6%以上，一般公共预算收入增长5%左右。\n")
    assert d.meta.report_year == 2019
    assert key_values(d)[("gdp", "target", "2019", "growth")] == (6, "at_least")


# ---- a 数读 page (a WeChat article's infographic as text): each figure over its caption ----

SHUDU_HEAD = "1月12日，兴化市第十七届人民代表大会第四次会议开幕。市长作政府工作报告。\n"


def test_a_figures_caption_naming_last_year_is_no_target_year():
    # (the caption's year is the year of its figure; the sentence does not run on into the next items)
    d = _read("1月10日，临安区第二届人民代表大会第五次会议开幕。区长作政府工作报告。\n数读报告\n"
              "620.5亿元\n2020年全区地区生产总值\n52.3亿元\n一般公共预算收入\n7%左右\n2021年地区生产总值预期增速\n")
    assert d.meta.report_year == 2021
    f = key_values(d)
    assert f[("gdp", "actual", "2020", "level")] == (620.5, "eq")
    assert f[("gdp", "target", "2021", "growth")] == (7, "about")


@pytest.mark.parametrize("title", ["数说2023", "回眸2023", "2023"])
def test_a_title_ending_with_a_year_over_the_first_figure_is_no_number_cut(title):
    d = _read(SHUDU_HEAD + title + "\n1280亿元\n2023年全市地区生产总值\n5.1%\n城镇调查失业率\n2024年主要预期目标\n"
              "6%左右\n地区生产总值增长\n5.5%以内\n城镇调查失业率\n")
    f = key_values(d)
    assert f[("gdp", "actual", "2023", "level")] == (1280, "eq")
    assert f[("gdp", "target", "2024", "growth")] == (6, "about")


@pytest.mark.parametrize("raw, joined", [
    ("全市地区生产总值达到2023\n6亿元，增长5%。", "20236亿元"),  # a narrow column cuts a figure after a verb
    ("实现地区生产总值2\n023亿元", "2023亿元"),
])
def test_a_figure_cut_in_a_narrow_column_is_still_joined(raw, joined):
    assert joined in normalize(raw).text


SHUDU_ITEMS = ("\n6.5%\n地区生产总值增长\n1280亿元\n全市地区生产总值\n5.1%\n城镇调查失业率\n2024年主要预期目标\n"
               "6%左右\n地区生产总值增长\n5.5%以内\n城镇调查失业率\n")
SHUDU_WANT = {("gdp", "actual", "2023", "growth"): (6.5, "eq"), ("gdp", "actual", "2023", "level"): (1280, "eq"),
              ("urban_unemployment_rate", "actual", "2023", "share"): (5.1, "eq"),
              ("gdp", "target", "2024", "growth"): (6, "about"),
              ("urban_unemployment_rate", "target", "2024", "share"): (5.5, "at_most")}


@pytest.mark.parametrize("head", ["数说2023", "数读2023", "数看2023年", "回眸2023", "2023年成绩单"])
def test_a_shudu_pages_head_dates_its_figures_and_a_caption_ends_its_item(head):
    d = _read(SHUDU_HEAD + head + SHUDU_ITEMS)
    assert d.meta.report_year == 2024
    f = key_values(d)
    for k, v in SHUDU_WANT.items():
        assert f.get(k) == v, k


def test_a_caption_over_a_dated_title_is_not_joined_to_it():
    n = normalize(SHUDU_HEAD + "数说2023" + SHUDU_ITEMS)
    assert "城镇调查失业率\n2024年主要预期目标" in n.text


def test_prose_about_numbers_is_no_shudu_head():
    # (数字 is no such head; a sentence that opens with 数 goes on as before)
    d = _read("兴化日报　2024-01-13\n" + SHUDU_HEAD + "数字经济核心产业增加值增长12%，\n全市地区生产总值增长6.5%。今年全市地区生产总值增长6%左右。\n")
    assert key_values(d)[("gdp", "target", "2024", "growth")] == (6, "about")


# ---- the region is the report's, not the dateline's city ----

AGENCY_TAIL = "报告显示，2022年赤水地区生产总值增长4.5%。报告提出，今年地区生产总值增长6%左右。\n2023-01-06"


@pytest.mark.parametrize("lead, region, level", [
    ("新华社贵阳1月5日电 贵州省遵义市赤水市5日召开第九届人民代表大会第二次会议。", "520381", "county"),
    ("新华社贵阳1月5日电 赤水市5日上午召开第九届人民代表大会第二次会议。", "520381", "county"),
    ("新华社贵阳1月5日电 5日，赤水市第九届人民代表大会第二次会议开幕。", "520381", "county"),
    ("新华社贵阳1月5日电 贵州省第十四届人民代表大会第一次会议5日开幕。", "520000", "province"),
])
def test_a_session_dated_between_its_region_and_its_name(lead, region, level):
    m = _read(lead + AGENCY_TAIL).meta
    assert (m.region_code, m.level, m.report_year) == (region, level, 2023)


@pytest.mark.parametrize("lead", [
    "新华社贵阳1月5日电 赤水市人大会议5日开幕，市长在政府工作报告中说，",
    "新华社贵阳1月5日电 记者从正在召开的赤水市两会上获悉，",
    "新华社贵阳1月5日电 赤水市市长在5日召开的市九届人大二次会议上作政府工作报告时说，",
    "中新网贵阳1月5日电 赤水市政府工作报告显示，",
])
def test_an_agencys_dateline_from_the_capital_is_not_the_place_its_lead_names(lead):
    m = _read(lead + AGENCY_TAIL).meta
    assert (m.region_code, m.level) == ("520381", "county")


@pytest.mark.parametrize("lead, code", [
    ("新华社贵阳1月5日电 贵阳市第十五届人民代表大会第二次会议5日开幕。", "520100"),
    ("新华社贵阳1月5日电 贵阳市政府工作报告显示，", "520100"),
    ("新华社贵阳1月5日电 记者从贵阳市观山湖区获悉，贵阳市政府工作报告提出，", "520100"),
])
def test_an_agencys_dateline_about_the_capital_itself(lead, code):
    assert _read(lead + AGENCY_TAIL.replace("赤水", "全市")).meta.region_code == code


# ---- a news page's numbered list of the year's tasks after a lead looking ahead ----

LIST_HEAD = ("1月7日，江油市第十八届人民代表大会第五次会议开幕。市长杨波作政府工作报告。\n"
             "报告回顾了2019年工作。一年来，全市实现地区生产总值580.6亿元，增长7.6%。\n")


def test_numbered_tasks_after_a_lead_looking_ahead_on_a_page_that_opened_on_the_review():
    d = _read(LIST_HEAD + "今年，江油将办好十件民生实事：\n1.新建幼儿园5所；\n2.改造老旧小区30个；\n3.新增停车位2000个。\n"
              "绵阳日报 2020-01-08")
    assert {("新建", "幼儿园", 5, "所"), ("改造", "老旧小区", 30, "个"), ("新增", "停车位", 2000, "个")} <= pledge_items(d)


@pytest.mark.parametrize("body", [
    "过去一年，江油重点做了以下工作：\n1.新建幼儿园6所；\n2.改造老旧小区25个。\n",  # the review's list
    "今年，全市将努力实现以下目标：\n1.地区生产总值增长7.5%左右；\n2.一般公共预算收入增长7%。\n",  # targets, no tasks
])
def test_a_numbered_list_after_a_lead_of_the_review_or_of_targets_gives_no_pledge(body):
    d = _read(LIST_HEAD + body + "绵阳日报 2020-01-08")
    assert not d.pledges
