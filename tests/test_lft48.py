"""Decision 362 (lft48): what decisions 355–359 left, one class at a time. (a) a 其中 breakdown inside a sentence, after its
total, goes on past its ；; (b) a project's status glued to a bare 项目 stays in the object, and in its investment's; (c) on
a page with no titles set one sentence a paragraph, the plan's goal sentence between the year's list and the lead, and the
works after the lead each a paragraph of its own, are read as the year's work; (d) a total by 总计, or by 合计/总计 after the
name with the years counted before it, is the span's, and a year's row under it (其中 before its year or not) that year's."""
from __future__ import annotations

from factkeys import key_values, pledge_items, pledged, read


def _tasks(body: str) -> str:
    # a county's plan report, its part on the year's tasks
    return ("宁乡市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
            "——2025年1月10日在宁乡市第十八届人民代表大会第五次会议上\n\n三、2025年主要任务\n" + body + "\n")


# --- (a) a breakdown inside the sentence, past its ； -----------------------------------------------------------------

def test_inner_breakdown_goes_on_past_semicolon():
    # the breakdown opens after the total in the same sentence: each ；-item after its first is counted by the total's verb
    got = pledge_items(read(_tasks("全年改造提升农贸市场15个，其中城区市场6个；乡镇市场9个。")))
    assert ("改造提升", "城区市场", 6, "个") in got
    assert ("改造提升", "乡镇市场", 9, "个") in got


def test_inner_breakdown_three_items():
    # a third item too, another unit
    got = pledged(read(_tasks("新建改造供水管网180公里，其中主管网60公里；支管网80公里；入户管网40公里。")))
    assert {("支管网", 80, "公里"), ("入户管网", 40, "公里")} <= got


def test_inner_item_done_does_not_carry():
    # look-alike: the 其中 item says what is already done (no pledge), so the bare item after its ； is none either
    got = pledged(read(_tasks("全年新建公办幼儿园10所，其中已建成4所；民办园3所。")))
    assert {v for _, v, _ in got} == {10}


def test_semicolon_after_no_breakdown_still_nothing():
    # look-alike: a bare ；-item after a sentence with no breakdown pledges nothing (decision 355's look-alike)
    got = pledged(read(_tasks("全年新建公办幼儿园10所；民办园3所。")))
    assert {v for _, v, _ in got} == {10}


def test_inner_breakdown_then_own_words_item():
    # look-alike: a ；-item that tells what is done after the inner breakdown is no item of it
    got = pledged(read(_tasks("新建社区食堂20个，其中城区12个；目前已投用的食堂5个。")))
    assert 5 not in {v for _, v, _ in got}


# --- (b) the status glued to a bare 项目 ------------------------------------------------------------------------------

def test_status_kept_in_object_and_investment():
    # "续建项目…、计划投资…": the projects counted are 续建项目, the investment theirs
    got = pledge_items(read(_tasks("全年实施市级重点项目150个，年度计划投资260亿元，其中续建项目90个、计划投资170亿元，"
                                   "新开工项目60个、计划投资90亿元。")))
    assert ("续建", "续建项目", 90, "个") in got
    assert ("续建", "续建项目投资", 170, "亿元") in got
    assert ("新开工", "新开工项目", 60, "个") in got
    assert ("新开工", "新开工项目投资", 90, "亿元") in got


def test_named_projects_unchanged():
    # look-alike: projects named by a kind (重点项目) keep it, with no status word; a verb that is no status (引进) stays
    # the count's verb over 项目
    got = pledge_items(read(_tasks("全年实施重点项目120个，计划投资210亿元。全年引进项目30个。")))
    assert ("实施", "重点项目", 120, "个") in got
    assert ("实施", "重点项目投资", 210, "亿元") in got
    assert ("引进", "项目", 30, "个") in got


# --- (c) a page set one sentence a paragraph ---------------------------------------------------------------------------

_HEAD = "醴陵市人民政府工作报告（摘要）\n——2024年1月9日在醴陵市第十七届人民代表大会第四次会议上\n\n"
_LIST = "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业9000人。\n\n"
_GOAL = "“十四五”时期，全市地区生产总值年均增长6.5%以上。\n\n"
_LEAD = "实现上述目标，要坚持稳中求进工作总基调。\n\n"
_W1 = "壮大陶瓷产业，新引进亿元以上项目30个，新增规模以上工业企业40家。\n\n"
_W2 = "补齐民生短板，新建普惠性幼儿园5所，新增养老床位600张。\n\n"


def test_goal_sentence_between_list_and_lead():
    # the plan's goal, a paragraph of its own between the list and the lead: the works after the lead are the year's
    d = read(_HEAD + _LIST + _GOAL + _LEAD + _W1 + _W2)
    got = pledged(d)
    assert {("亿元以上项目", 30, "个"), ("规模以上工业企业", 40, "家"), ("普惠性幼儿园", 5, "所"), ("养老床位", 600, "张")} <= got
    assert {p.period for p in d.pledges} == {"2024"}
    # the goal stays a goal, no pledge
    assert key_values(d)[("gdp", "goal", "2021-2025", "growth")] == (6.5, "at_least")


def test_works_each_a_paragraph_after_the_lead():
    # no goal sentence: the lead alone, then the works each its own paragraph (the first no strong task verb before it)
    got = pledged(read(_HEAD + _LIST + _LEAD + _W1 + _W2))
    assert ("规模以上工业企业", 40, "家") in got and ("养老床位", 600, "张") in got


def test_review_card_title_then_untitled_year():
    # the page's only title a review's card; then, untitled, the year's list, the goal, the lead and the works
    text = (_HEAD + "“十四五”以来主要成就\n三年累计新增城镇就业2.8万人\n2023年新增9500人\n\n"
            + _LIST + _GOAL + _LEAD + _W1 + _W2)
    got = pledged(read(text))
    assert ("规模以上工业企业", 40, "家") in got and ("普惠性幼儿园", 5, "所") in got


def test_works_run_stops_at_last_year():
    # look-alike: a paragraph in the run that tells last year's works is a result, no pledge
    got = pledged(read(_HEAD + _LIST + _GOAL + _LEAD + _W2 + "去年，全市新建普惠性幼儿园4所，新增养老床位500张。\n\n"))
    assert ("普惠性幼儿园", 5, "所") in got
    assert ("普惠性幼儿园", 4, "所") not in got and ("养老床位", 500, "张") not in got


def test_goal_sentence_without_lead_reads_nothing_new():
    # look-alike: the goal sentence after the list and then a paragraph of last year's results (no lead): nothing pledged
    got = pledged(read(_HEAD + _LIST + _GOAL + "去年，全市新增规模以上工业企业35家。\n\n"))
    assert got == set()


def test_restated_last_year_list_under_review_title():
    # look-alike: under a review's title, last year's list restated (its year not the report's) leaves the page a
    # review: the counts after it are results
    text = (_HEAD + "2023年工作回顾\n2023年主要预期目标是：地区生产总值增长6.5%左右。\n\n"
            + "全市新建普惠性幼儿园4所，新增养老床位500张。\n\n")
    assert pledged(read(text)) == set()


# --- (d) a total by 合计/总计 over several years, a year's row under it ------------------------------------------------

def _review(body: str) -> str:
    # a province's plan report, its review of the five-year plan
    return ("关于湖北省2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
            "——2021年1月25日在湖北省第十三届人民代表大会第五次会议上\n\n一、“十三五”时期发展成就\n" + body + "\n")


def test_total_by_zongji_then_row():
    # 总计 after the years counted, as 合计: the span's total; the row under it, the year's
    fs = key_values(read(_review("五年总计完成固定资产投资16.8万亿元\n2020年完成3.2万亿元\n")))
    assert fs[("fixed_asset_investment", "actual", "2016-2020", "level")] == (16.8, "eq")
    assert fs[("fixed_asset_investment", "actual", "2020", "level")] == (3.2, "eq")


def test_total_by_zongji_in_a_sentence():
    # the same in one sentence, the year's clause after a comma
    fs = key_values(read(_review("五年总计实现社会消费品零售总额8.6万亿元，2020年实现1.7万亿元。")))
    assert fs[("retail_sales", "actual", "2016-2020", "level")] == (8.6, "eq")
    assert fs[("retail_sales", "actual", "2020", "level")] == (1.7, "eq")


def test_sum_word_after_name_years_before():
    # the years counted before the name, 合计 after it: the span's total, with or without a row under it
    fs = key_values(read(_review("五年一般公共预算收入合计1.6万亿元\n其中2020年为2511亿元\n")))
    assert fs[("general_budget_revenue", "actual", "2016-2020", "level")] == (1.6, "eq")
    assert fs[("general_budget_revenue", "actual", "2020", "level")] == (2511, "eq")


def test_plan_period_before_name_zongji_after():
    # the plan's period named before the name, 总计 after it, a bare row under it
    fs = key_values(read(_review("“十三五”时期进出口总额总计1.8万亿元\n2020年为4294亿元\n")))
    assert fs[("foreign_trade", "actual", "2016-2020", "level")] == (1.8, "eq")
    assert fs[("foreign_trade", "actual", "2020", "level")] == (4294, "eq")


def test_sum_of_two_names_not_a_span():
    # look-alike: two names summed, no years counted: no span's total
    fs = key_values(read(_review("2020年，全省进出口总额和实际利用外资合计完成4400亿元。")))
    assert not any("-" in k[2] for k in fs)


def test_year_sum_not_a_span():
    # look-alike: a year's 合计 ("全年合计") stays that year's
    fs = key_values(read(_review("2020年全年合计完成进出口总额4294亿元。")))
    assert ("foreign_trade", "actual", "2020", "level") in fs
    assert not any("-" in k[2] for k in fs)


def test_bare_row_under_heji_total():
    # a bare row (no verb glued to its year) under a total by 合计, decision 348's left case: the row is the year's and the
    # total keeps its span (tests/test_cod47b.py held this row unread before)
    fs = key_values(read(_review("五年合计完成固定资产投资15.2万亿元\n2020年当年3.1万亿元\n")))
    assert fs[("fixed_asset_investment", "actual", "2016-2020", "level")] == (15.2, "eq")
    assert fs[("fixed_asset_investment", "actual", "2020", "level")] == (3.1, "eq")
