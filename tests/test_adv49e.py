"""Decision 385 (adv49e): an adversarial review of decisions 380, 381, 383 and 384. A number alone on its line after a
clause's mark (；，、：) over a line a unit word opens ("…3.5%左右；\\n19\\n万元地区生产总值能耗…") is a page number, not a
figure cut from its unit (380's lone figure keeps the figure only where a name or verb stands before it); and “展望未来，”
opening a sentence that holds no figure and leads no list ("展望未来，代表们信心十足。") is no cue of the years ahead for
the review's results after it in the same paragraph (384's look ahead)."""
from __future__ import annotations

from factkeys import keys_of, pledged, read
from planwatch.normalize import _page_number_spans

# --- (a) a page number after a clause's mark, over a line a unit word opens ------------------------------------------


def _dropped(text: str) -> set:
    return {text[s:e] for s, e in _page_number_spans(text)}


def test_page_number_after_a_semicolon_over_a_wan_yuan_line_is_dropped():
    # "；" ends the list item, then the page's number, then "万元GDP能耗…" opening the next page: a page number (380 kept
    # "23" as a figure, "23万元GDP能耗")
    t = "城镇新增就业3万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右；\n23\n万元GDP能耗完成省下达的目标任务。\n"
    assert "23" in _dropped(t)


def test_page_number_after_a_comma_over_a_wan_yuan_line_is_dropped():
    # a comma, the page's number, then "万元以下…": no figure stands after a comma alone
    t = "全年新开工亿元以上项目120个，新增规模以上工业企业30家，\n41\n万元以下小额贷款全部实行财政贴息。\n"
    assert "41" in _dropped(t)


def test_page_number_over_a_wan_yuan_line_gives_no_pledge():
    # end to end: the tasks' line after the page break is not pledged with the page's number (the base pledged
    # "完成 19万元 …")
    text = ("某某县2021年政府工作报告\n\n三、2021年主要目标\n\n全县地区生产总值增长7%左右，一般公共预算收入增长6%，"
            "居民消费价格涨幅3%左右；\n19\n万元地区生产总值能耗完成市下达的目标任务。\n\n四、重点工作\n\n"
            "新建改造农村公路80公里，新增养老床位300张。\n")
    d = read(text, report_year=2021)
    assert not any(p.value == 19 for p in d.pledges)
    assert {("农村公路", 80, "公里"), ("养老床位", 300, "张")} <= pledged(d)


def test_look_alike_lone_figure_after_its_verb_is_kept():
    # 380's shape: the figure after its verb, cut from its unit: the figure stays
    assert not _dropped("全年地区生产总值增长\n7\n%左右，一般公共预算收入增长6%。\n")


def test_look_alike_lone_figure_after_its_name_is_kept():
    # 380's shape: the figure after its indicator's name: the figure stays
    assert not _dropped("全面落实就业优先政策，城镇新增就业\n2\n万人，城镇调查失业率控制在5.5%以内。\n")


def test_look_alike_page_number_between_two_characters_still_dropped():
    # a page number cutting a word, no unit after it: dropped as before
    assert "12" in _dropped("全年地区生产总值增长7%左右，一般公共预算收\n12\n入增长8%，城镇新增就业2万人。\n")


# --- (b) 展望未来 opening a sentence with no figure, inside a review paragraph ---------------------------------------

_PAGE = "某区十七届人大三次会议开幕\n2023-01-10\n\n报告回顾了过去一年的工作。"


def test_looking_ahead_with_no_figure_leaves_the_reviews_results():
    # "展望未来，代表们信心十足。" then 2022's results in the same paragraph: results, not the years ahead's goals (the base
    # read both as goals of 2023-2027)
    ks = keys_of(read(_PAGE + "2022年，全区地区生产总值增长3.6%。展望未来，大家干劲更足。全区固定资产投资增长7.3%，"
                      "社会消费品零售总额增长4.2%。\n\n报告提出，2023年全区地区生产总值增长6%左右。\n", report_year=2023))
    assert ("fixed_asset_investment", "actual", "2022", "growth") in ks
    assert ("retail_sales", "actual", "2022", "growth") in ks
    assert not any(k[1] == "goal" for k in ks)


def test_look_alike_looking_ahead_leading_a_list_by_a_colon():
    # "展望未来，我们的奋斗目标是：" then the goals on the next line: still the years ahead's goals
    ks = keys_of(read("樊城区2021年政府工作报告\n\n二、“十三五”发展成就和“十四五”奋斗目标\n\n过去五年，全区地区生产总值年均"
                      "增长6.8%。\n\n展望未来，我们的奋斗目标是：\n全区一般公共预算收入年均增长5%。\n\n三、2021年工作安排\n\n"
                      "全区地区生产总值增长8%左右。\n"))
    assert ("general_budget_revenue", "goal", "2021-2025", "growth") in ks


def test_look_alike_looking_ahead_with_its_figure_in_the_sentence():
    # 384's shape: the figure in the look ahead's own sentence: the goal as before
    ks = keys_of(read("樊城区2021年政府工作报告\n\n二、“十三五”发展成就和“十四五”奋斗目标\n\n过去五年，全区地区生产总值年均"
                      "增长6.8%。\n\n展望未来，全区一般公共预算收入年均增长5%。\n\n三、2021年工作安排\n\n全区地区生产总值增长8%左右。\n"))
    assert ("general_budget_revenue", "goal", "2021-2025", "growth") in ks
