"""The printing cases of this hour's blind sets printed eight ways (prn53, decision 424): a live blog's clock time whose
digits a PDF's kerning split, a table row whose one figure is split twice or three times, an infographic's card of one
line (a name and its figure) repeated beside a page's mark, a deputy's quote run over two paragraphs or standing as a
paragraph of its own, and a plan's result on a line of its own. Every sentence here is written for the test; none is
copied from a set."""
from __future__ import annotations

from factkeys import facts, pledge_items, read
from planwatch.normalize import normalize


# --- 1. a live blog's clock time with its digits split by a space ----------------------------------------------------

def _live(t1: str, t2: str) -> str:
    return ("图文直播｜示例市八届人大三次会议开幕\n2021-01-18 08:50　示例网\n\n"
            "09:02　市长王强代表市人民政府作政府工作报告。\n"
            + t1 + "　王强：今年要新建高标准农田15万亩，改造农村危房8000户。\n"
            + t2 + "　王强：新增城镇就业4万人，新建城市停车泊位6000个。\n"
            "10:20　主持人：我们将持续关注。\n")


def test_a_clock_time_split_in_its_minutes_is_dropped_and_the_next_line_pledges():
    # "09:2 4": the minutes' digits split; the head's label and the time both go, each line opens on its verb
    d = read(_live("09:2 4", "09:35"), "示例市.txt")
    items = pledge_items(d)
    assert ("新增", "城镇就业", 4, "万人") in items
    assert ("新建", "城市停车泊位", 6000, "个") in items
    assert ("新建", "高标准农田", 15, "万亩") in items
    assert "2 4" not in normalize(_live("09:2 4", "09:35")).text


def test_a_clock_time_split_in_its_hour_is_dropped_too():
    t = _live("0 9:24", "0 9:35")
    assert ("新增", "城镇就业", 4, "万人") in pledge_items(read(t, "示例市.txt"))
    assert "9:24" not in normalize(t).text


def test_the_unsplit_live_blog_reads_as_before():
    # look-alike: the times whole
    assert ("新增", "城镇就业", 4, "万人") in pledge_items(read(_live("09:24", "09:35"), "示例市.txt"))


def test_a_numbered_lines_figure_after_a_colon_and_a_space_stays():
    # look-alike: a space right after the colon is no clock time split ("1: 20个…" a list's item), the figure stays
    t = "示例县2021年重点项目\n\n1: 20个乡镇污水处理设施提标改造。\n"
    assert "20个乡镇" in normalize(t).text


# --- 2. a table row whose one figure a PDF split twice or three times ------------------------------------------------

def _table(row1: str) -> str:
    return ("示例县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n\n一、2020年计划执行情况\n\n主要指标完成情况\n"
            "序号 指标 单位 2020年预计 增长(%)\n" + row1 + "\n2 社会消费品零售总额 亿元 96.4 5.1\n3 一般公共预算收入 亿元 12.8 3.6\n\n"
            "二、2021年主要目标\n\n地区生产总值增长7%左右。\n")


def test_a_figure_split_three_times_in_a_rows_cells_reads_as_one():
    # "2 8 7. 3": 287.3 set glyph by glyph; the row keeps its growth 6.2 and the rows below read
    fs = facts(_table("1 地区生产总值 亿元 2 8 7. 3 6.2"), region="示例县", report_year=2021)
    assert fs[("gdp", "actual", "2020", "level")].value == 287.3
    assert fs[("gdp", "actual", "2020", "growth")].value == 6.2
    assert fs[("retail_sales", "actual", "2020", "level")].value == 96.4


def test_a_figure_split_twice_reads_as_one():
    fs = facts(_table("1 地区生产总值 亿元 28 7. 3 6.2"), region="示例县", report_year=2021)
    assert fs[("gdp", "actual", "2020", "level")].value == 287.3


def test_the_row_whole_reads_as_before():
    # look-alike: no split at all
    fs = facts(_table("1 地区生产总值 亿元 287.3 6.2"), region="示例县", report_year=2021)
    assert fs[("gdp", "actual", "2020", "level")].value == 287.3
    assert fs[("gdp", "actual", "2020", "growth")].value == 6.2


def test_two_runs_that_read_as_a_figure_tell_nothing():
    # look-alike: "1 2 3 4" can be 123 and 4 or 1 and 234: no figure is made up, no 1234 nor 123 read
    fs = facts(_table("1 地区生产总值 亿元 1 2 3 4"), region="示例县", report_year=2021)
    assert not any(f.value in (1234, 123, 234, 12, 34) for f in fs.values())


# --- 3. an infographic's card of one line repeated under results and targets, one copy beside a page's mark ----------

def _cards(mark: str) -> str:
    return ("一图读懂｜示例区2024年政府工作报告\n来源：示例发布　2024-01-10 17:00\n回顾2023\n地区生产总值\n860亿元\n增长5.8%\n"
            "城镇新增就业 0.9万人\n居民人均可支配收入 增长6.1%\n展望2024\n主要预期目标\n地区生产总值 增长6%\n"
            "居民人均可支配收入 增长6%\n城镇新增就业 0.8万人\n" + mark + "城镇调查失业率 5.5%以内\n重点任务\n新增公办学位 2000个\n")


def test_a_name_and_figure_card_beside_a_page_mark_is_no_running_head():
    # "城镇新增就业 0.8万人" over "第 1 页": the card under the targets and its twin under the results both stay
    t = _cards("\n第 1 页\n\n政府工作报告\n")
    text = normalize(t).text
    assert "城镇新增就业0.8万人" in text.replace(" ", "") and "城镇新增就业0.9万人" in text.replace(" ", "")
    fs = facts(t, region="示例区", report_year=2024)
    assert fs[("urban_new_jobs", "target", "2024", "level")].value == 0.8


def test_a_real_running_head_beside_the_marks_still_goes():
    # look-alike: the document's name repeated beside two page marks is a running head, dropped
    t = ("示例县2022年政府工作报告\n\n一、2021年工作回顾\n\n全县地区生产总值完成120亿元，增长7%，\n第 1 页\n示例县政府工作报告\n"
         "一般公共预算收入完成8.2亿元，增长5%。\n\n二、2022年工作安排\n\n地区生产总值增长6.5%左右，\n第 2 页\n示例县政府工作报告\n"
         "城镇新增就业3000人。\n")
    assert normalize(t).text.count("示例县政府工作报告") == 0


# --- 4. a deputy's quote over two paragraphs, or as a paragraph of its own ------------------------------------------

def _news(quote: str) -> str:
    return ("代表们分组审议政府工作报告\n来源：示例县融媒体中心　2023-01-12 10:00\n\n"
            "1月11日，示例县第十九届人民代表大会第二次会议进入第二天议程，各代表团分组审议政府工作报告。\n\n"
            "报告提出，今年全县新建高标准农田2万亩、改造农村公路120公里。\n\n" + quote + "\n\n（编辑：李明）\n")


def test_a_deputys_quote_going_on_into_the_next_paragraph_pledges_nothing():
    # her quote opened in one paragraph, closed in the next (one sentence a paragraph): her village's plan
    d = read(_news("县人大代表、某村党支部书记张丽说：“去年我们村集体经济收入达到18万元。\n\n"
                   "今年村里将新建蔬菜大棚50个，力争村集体经济收入增长20%。”"), "示例县.txt")
    items = pledge_items(d)
    assert not any(i[1] in ("蔬菜大棚", "村集体经济收入") for i in items)
    assert ("新建", "高标准农田", 2, "万亩") in items


def test_a_deputys_quote_as_a_paragraph_of_its_own_pledges_nothing():
    # her quote set as a paragraph under the one telling her: her own words
    d = read(_news("县人大代表、某村党支部书记张丽表示，报告提出的目标都是老百姓关心的事。\n\n"
                   "“我们村去年村集体经济收入18万元，今年有信心突破25万元，再建蔬菜大棚50个。”"), "示例县.txt")
    assert not any(i[1] in ("蔬菜大棚", "村集体经济收入") for i in pledge_items(d))


def test_the_pages_own_paragraph_after_a_closed_quote_still_pledges():
    # look-alike: her quote closed in its own paragraph; the next paragraph is the page's, telling the report's plan
    d = read(_news("县人大代表张丽说：“今年村里的路更好走了。”\n\n据了解，今年全县还将新建村级养老服务站12个。"), "示例县.txt")
    assert ("新建", "村级养老服务站", 12, "个") in pledge_items(d)


def test_a_deputys_quoted_paragraph_citing_the_report_still_pledges():
    # look-alike: her quote of its own cites the report's task ("报告提出…"): the report's, pledged
    d = read(_news("县人大代表、某村党支部书记张丽表示，今年的目标实在。\n\n"
                   "“报告提出今年全县新建村级养老服务站12个，我们很期待。”"), "示例县.txt")
    assert ("新建", "村级养老服务站", 12, "个") in pledge_items(d)


# --- 5. a plan's result on a line of its own --------------------------------------------------------------------------

_HEAD = "2021年示例市政府工作报告\n\n一、2020年工作回顾\n\n"


def test_a_plans_result_after_a_blank_line_is_the_plans_result():
    fs = facts(_HEAD + "2020年，在复杂形势下，全市固定资产投资年初计划增长9%。\n\n实际增长7.4%。\n\n二、2021年工作安排\n\n地区生产总值增长6%左右。\n",
               region="示例市", report_year=2021)
    assert fs[("fixed_asset_investment", "actual", "2020", "growth")].value == 7.4
    assert fs[("fixed_asset_investment", "target", "2020", "growth")].value == 9


def test_a_plans_result_on_the_same_line_reads_as_before():
    # look-alike: decision 416's own shape
    fs = facts(_HEAD + "全市固定资产投资年初计划增长9%。实际增长7.4%。\n\n二、2021年工作安排\n\n地区生产总值增长6%左右。\n",
               region="示例市", report_year=2021)
    assert fs[("fixed_asset_investment", "actual", "2020", "growth")].value == 7.4


def test_another_names_result_on_the_next_line_is_not_the_plans():
    # look-alike: the next paragraph names its own thing ("税收收入实际增长…"): no result of the plan
    fs = facts(_HEAD + "全市一般公共预算收入年初计划增长6%。\n\n税收收入实际增长2.9%。\n\n二、2021年工作安排\n\n地区生产总值增长6%左右。\n",
               region="示例市", report_year=2021)
    assert ("general_budget_revenue", "actual", "2020", "growth") not in fs
