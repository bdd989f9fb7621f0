"""Adversarial review of decisions 411-413, blind (adv52b, decision 415): a table row whose extra cell is the name's split,
not a figure's; a congress session that is the page's own sets this year's targets; a bare 年初确定， in the review; 将 as
把 with 用于 before a review's tasks; an English lead whose governor "said … in the government work report"; English
names of the value added, the urban income and the economy; an English relative clause naming another indicator, and one
in a sentence naming no year. With look-alikes that must not change."""
from factkeys import key_values, pledged, read

from planwatch.normalize import normalize


# --- (1) a row of single-space cells whose extra cell is the name's split (normalize._split_name_gap) ---

_HEAD = "示例县2020年统计公报\n\n主要指标\n序号 指标 单位 2019年 增长(%)\n"


def test_name_split_by_a_space_is_joined_not_the_figures():
    # "规模以上 工业增加值 亿元 58 9.1": one cell more than the header's, the space inside the name (two word cells side
    # by side before the figures): the name is joined, the level 58 and the growth 9.1 stay two cells (411 read 589.1)
    n = normalize(_HEAD + "1 地区生产总值 亿元 235.6 6.8\n2 规模以上 工业增加值 亿元 58 9.1\n").text
    assert "规模以上工业增加值|亿元|58|9.1" in n
    assert "589.1" not in n


def test_name_split_row_gives_its_facts():
    # the same row read: the level and the growth of the value added, each its own fact
    kv = key_values(read(_HEAD + "1 地区生产总值 亿元 235.6 6.8\n2 一般公共预算 收入 亿元 12 5.3\n\n", "示例县.txt",
                         region="示例县", level="county", report_year=2020))
    assert kv.get(("general_budget_revenue", "actual", "2019", "level")) == (12, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2019", "growth")) == (5.3, "eq")


def test_figure_split_after_a_whole_name_still_joins():
    # look-alike (decision 411): the name whole, a unit after it, "19 6.2" the one pair of figures reading as one: 196.2
    n = normalize(_HEAD + "1 地区生产总值 亿元 235.6 6.8\n2 一般公共预算收入 亿元 19 6.2 7.3\n").text
    assert "一般公共预算收入|亿元|196.2|7.3" in n


def test_row_of_as_many_cells_as_the_header_is_left():
    # look-alike: a row of as many cells as the header's, its name whole, is read as it was
    n = normalize(_HEAD + "1 地区生产总值 亿元 235.6 6.8\n2 城镇新增就业 人 4200 3.1\n").text
    assert "城镇新增就业|人|4200|3.1" in n


# --- (2) the page's own session sets this year's targets (facts._own_session) ---

_NEWS = ("示例市第十五届人民代表大会第三次会议闭幕\n来源：示例日报　发布时间：2025-01-10 17:30\n\n"
         "1月10日下午，示例市第十五届人民代表大会第三次会议闭幕。会议批准了政府工作报告。\n\n")


def _news(body: str) -> dict:
    return key_values(read(_NEWS + body + "\n", "示例市.txt", region="示例市", level="prefecture", report_year=2025))


def test_own_session_sets_this_years_target():
    # "市十五届人大三次会议确定，全年…" on the third session's own page: 2025's target, not 2024's
    kv = _news("市十五届人大三次会议确定，全年全市地区生产总值增长5.5%左右，一般公共预算收入增长4%。")
    assert kv.get(("gdp", "target", "2025", "growth")) == (5.5, "about")
    assert kv.get(("general_budget_revenue", "target", "2025", "growth")) == (4, "eq")
    assert ("gdp", "target", "2024", "growth") not in kv


def test_an_earlier_session_on_the_same_page_stays_last_years():
    # look-alike: the second session named on the third's page set last year's target (decision 412's reading)
    kv = _news("会议指出，过去一年，全市地区生产总值增长5.1%。市十五届人大二次会议确定，全年社会消费品零售总额增长8%。")
    assert kv.get(("retail_sales", "target", "2024", "growth")) == (8, "eq")
    assert ("retail_sales", "target", "2025", "growth") not in kv


# --- (3) a bare 年初确定， opening a review sentence (role_cues.tsv past_target) ---

_GWR = "示例县2022年政府工作报告\n\n一、2021年工作回顾\n\n"


def _gwr(body: str) -> dict:
    return key_values(read(_GWR + body + "\n", "示例县.txt", region="示例县", level="county", report_year=2022))


def test_bare_year_start_set_is_last_years_target():
    # "年初确定，全年城镇新增就业3500人。" in the review: 2021's target restated, not its result
    kv = _gwr("全县地区生产总值增长7.2%。年初确定，全年城镇新增就业3500人。")
    assert kv.get(("urban_new_jobs", "target", "2021", "level")) == (3500, "eq")
    assert ("urban_new_jobs", "actual", "2021", "level") not in kv


def test_plain_review_figure_stays_a_result():
    # look-alike: the same figure with no setting lead is the year's result
    kv = _gwr("全县地区生产总值增长7.2%。全年城镇新增就业3500人。")
    assert kv.get(("urban_new_jobs", "actual", "2021", "level")) == (3500, "eq")


# --- (4) 将 as 把 with the object's use (cues.tsv ba_set_verbs 用于; pledges._looks_ahead) ---

def _pledges(body: str) -> set:
    return pledged(read(_NEWS + body + "\n", "示例市.txt", region="示例市", level="prefecture", report_year=2025))


def test_ba_with_use_in_the_review_pledges_nothing():
    # "全市将…新增财力七成以上用于民生，新建…" in the review: what the city spent last year, no will, no pledge
    ps = _pledges("会议指出，过去一年，全市地区生产总值增长5.1%。全市将持续增长的财力七成以上用于民生，新建学校8所，新增学位6000个。")
    assert not ps


def test_ba_with_use_before_a_separate_task_sentence_pledges_nothing():
    # the same 将…用于 sentence, the tasks a sentence of their own after it: no turn to the year (decision 412's will)
    ps = _pledges("会议指出，过去一年，全市地区生产总值增长5.1%。全市将持续增长的财力七成以上用于民生。新建学校8所，新增学位6000个。")
    assert not ps


def test_will_with_an_adverb_still_pledges():
    # look-alike: the region's will before an adverb, no 用于 in its clause: the year's tasks, pledged
    ps = _pledges("会议要求，全市将持续加大民生投入，新建学校8所，新增学位6000个。")
    assert ("学校", 8, "所") in ps and ("学位", 6000, "个") in ps


def test_use_after_the_tasks_clause_is_no_ba():
    # look-alike: 用于 in a clause after the task's (not between 将 and its clause mark): the will stands, pledged
    ps = _pledges("会议要求，全市将新建标准化厂房20万平方米，用于承接产业转移。")
    assert ("标准化厂房", 20, "万平方米") in ps


# --- (5) an English lead whose speaker tells in the report (metadata._en_told_in) ---

def _en_meta(lead: str):
    return read("Anhui sets 2017 growth target\nUpdated: 2017-01-16\n\n" + lead + "\n", "安徽省.txt").meta


def test_english_governor_said_in_the_report_is_the_reports_page():
    m = _en_meta("HEFEI - Anhui aims to grow its economy by about 8.5 percent this year, Governor Li said on Sunday "
                 "in the government work report.")
    assert m.doc_type == "government_work_report"


def test_english_page_citing_the_report_stays_other():
    # look-alike (decision 403): a page only citing the report
    m = _en_meta("HEFEI - Anhui's GDP grew 8.7 percent in 2016, according to the government work report.")
    assert m.doc_type == "other"


# --- (6)-(8) English names and relative clauses ---

_EN = ("Anhui sets 2017 growth target\nUpdated: 2017-01-16\n\n"
       "HEFEI - Governor Li delivered the government work report to the provincial people's congress on Sunday.\n\n")


def _en(body: str) -> dict:
    return key_values(read(_EN + body + "\n", "安徽省.txt", region="安徽省", level="province", report_year=2017))


def test_english_names_of_urban_income_and_value_added():
    kv = _en("In 2016, urban per capita disposable income rose 8.4 percent, and industrial value added of large "
             "enterprises grew 8.8 percent.")
    assert kv.get(("urban_disposable_income", "actual", "2016", "growth")) == (8.4, "eq")
    assert kv.get(("industrial_va", "actual", "2016", "growth")) == (8.8, "eq")


def test_english_its_economy_is_gdp():
    kv = _en("The province aims to grow its economy by about 7.5 percent in 2017.")
    assert kv.get(("gdp", "target", "2017", "growth")) == (7.5, "about")


def test_english_digital_economy_is_no_gdp():
    # look-alike: a named economy ("the digital economy") is no GDP
    kv = _en("In 2016, the digital economy grew 15 percent.")
    assert not any(k[0] == "gdp" for k in kv)


def test_relative_clause_naming_another_indicator():
    # "Industrial value added, which … in line with a GDP target of 8 percent, rose 8.3 percent in 2016.": the clause's
    # figure is GDP's target, the change after its closing comma the value added's (not GDP's)
    kv = _en("Industrial value added, which the province had planned to grow in line with a GDP target of 8 percent, "
             "rose 8.3 percent in 2016. Anhui's GDP grew 8.7 percent in 2016.")
    assert kv.get(("gdp", "target", "2016", "growth")) == (8, "eq")
    assert kv.get(("industrial_va", "actual", "2016", "growth")) == (8.3, "eq")
    assert kv.get(("gdp", "actual", "2016", "growth")) == (8.7, "eq")


def test_relative_clause_in_a_sentence_naming_no_year():
    # "In 2016, …. Fixed-asset investment, which … increase by 11 percent, rose 10.2 percent.": no year in the sentence,
    # the change told as past: 2016's target and result (the aim was read as a result, the change lost)
    kv = _en("In 2016, Anhui's GDP grew 8.7 percent. Fixed-asset investment, which the province had planned to increase "
             "by 11 percent, rose 10.2 percent.")
    assert kv.get(("fixed_asset_investment", "target", "2016", "growth")) == (11, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2016", "growth")) == (10.2, "eq")


def test_relative_clause_with_its_year_reads_as_before():
    # look-alike (decision 412): the sentence names its year
    kv = _en("Fixed-asset investment, which the province had planned to increase by 11 percent, rose 10.2 percent in 2016.")
    assert kv.get(("fixed_asset_investment", "target", "2016", "growth")) == (11, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2016", "growth")) == (10.2, "eq")
