"""This session's first sets printed eight ways, with other seeds (decision 471): a card page printed with a blank line
after every line (a Word file's paragraphs, a portal's <p>), a Word file's soft break inside the paragraph under a page's
head, a page turned between two cards' figures, a PDF's width cut between a change's word and its signed figure.
Sentences written for these tests (not the blind texts), with look-alikes that must not change."""
from __future__ import annotations

import planwatch
from planwatch.normalize import normalize

from factkeys import keys_of, pledged, read

_CARDS = ["一图读懂｜2023年台州市政府工作报告", "2023-02-10 09:00　来源：台州发布", "", "【2022年成绩单】", "地区生产总值",
          "6040.7亿元", "+3.8%", "一般公共预算收入", "465.2亿元", "+6.4%", "", "【创新】", "3.15%", "研发经费投入强度",
          "+0.12个百分点", "较上年提高"]


def _card_facts(d) -> dict:
    k = keys_of(d)
    return {key[0] + "/" + key[3]: k[key].value for key in k if key[1] == "actual" and key[2] == "2022"}


_CARD_WANT = {"gdp/level": 6040.7, "gdp/growth": 3.8, "general_budget_revenue/level": 465.2,
              "general_budget_revenue/growth": 6.4, "rnd_intensity/share": 3.15, "rnd_intensity/pp_change": 0.12}


def test_card_page_with_a_blank_line_after_every_line():
    # each card's change and the figure-first card are read as on the page set line under line
    t = "\n\n".join(_CARDS) + "\n"
    assert _card_facts(read(t, report_year=2023)).items() >= _CARD_WANT.items()


def test_card_page_with_a_blank_line_after_every_line_and_crlf():
    t = "\r\n\r\n".join(_CARDS) + "\r\n"
    assert _card_facts(read(t, report_year=2023)).items() >= _CARD_WANT.items()


def test_look_alike_card_page_set_line_under_line_as_before():
    t = "\n".join(_CARDS) + "\n"
    assert _card_facts(read(t, report_year=2023)).items() >= _CARD_WANT.items()


def test_look_alike_news_page_of_short_sentences_keeps_its_blank_lines():
    # a news page, one short sentence a paragraph: no card's lines, its blank lines stay paragraph breaks
    t = ("某县第十八届人大七次会议开幕\n\n2021-02-24 09:12　来源：某日报\n\n报告指出，2020年，全县地区生产总值增长4.1%。\n\n"
         "规模以上工业增加值增长4.8%。\n\n一般公共预算收入完成15.3亿元，增长2.1%。\n\n全县脐橙种植面积达到40万亩。\n\n"
         "城镇居民人均可支配收入36200元。\n\n农村居民人均可支配收入16800元。\n\n今年力争地区生产总值增长7%。\n\n新建农村公路80公里。\n")
    assert "4.1%。\n\n规模以上" in normalize(t).text and "80公里。" in normalize(t).text
    # ("【地区生产总值】\n\n去年完成…。" a card's sentences set apart so: kept too)
    t2 = "\n\n".join(["一图读懂丨2023年某市政府工作报告", "【地区生产总值】", "去年完成4401.1亿元，增长1.9%。",
                      "今年预期目标为增长6.5%左右。", "【一般公共预算收入】", "去年完成182.6亿元，增长3.3%。",
                      "今年预期增长4%。", "【城镇新增就业】", "去年新增5.1万人。", "今年新增5万人以上。"]) + "\n"
    assert "1.9%。\n\n今年预期" in normalize(t2).text and "3.3%。\n\n今年预期" in normalize(t2).text


_WORD = ("宁海县人民政府工作报告\n\n——2021年1月12日在宁海县第十七届人民代表大会第六次会议上\n\n各位代表：\n\n"
         "2020年，全县实现地区生产总值780.5亿元，增长4.2%。\n\n今年主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长6%。"
         "确保全面完成各项目标任务。\n\n— 1 —\n2021年宁海县政府工作报告\n\n重点做好以下工作：新建农村公路120公里；改造老旧小{v}区30个；"
         "新增公共停车位2000个。\n")
_WORD_TASKS = {("农村公路", 120, "公里"), ("老旧小区", 30, "个"), ("公共停车位", 2000, "个")}


def test_soft_break_inside_the_paragraph_under_a_pages_head():
    # the page's head (seen once, beside its mark) goes though the paragraph under it is cut by a soft break: the tasks
    # stay the year's, right after its targets
    t = _WORD.format(v="\v")
    assert "2021年宁海县政府工作报告" not in normalize(t).text
    assert _WORD_TASKS <= pledged(read(t, report_year=2021))


def test_look_alike_the_paragraph_whole_under_a_pages_head_as_before():
    t = _WORD.format(v="")
    assert "2021年宁海县政府工作报告" not in normalize(t).text
    assert _WORD_TASKS <= pledged(read(t, report_year=2021))


_TURN = ("一图读懂｜2023年台州市政府工作报告\n2023-02-10 09:00　来源：台州发布\n\n【2022年成绩单】\n城镇常住居民人均可支配收入\n78000元\n+5.1%\n"
         "{page}+0.5个百分点\n常住人口城镇化率\n2.1万人\n城镇新增就业\n")


def test_page_turned_between_two_cards_figures():
    # a PDF's page mark and its running head (the bare report's name, seen once) between a card's change and the next
    # card's change first: the head goes, the cards are read as on one page
    d = read(_TURN.format(page="\n第 1 页\n\n政府工作报告\n"), report_year=2023)
    k = keys_of(d)
    assert k[("urbanization_rate", "actual", "2022", "pp_change")].value == 0.5
    assert k[("urban_new_jobs", "actual", "2022", "level")].value == 2.1
    assert k[("urban_disposable_income", "actual", "2022", "growth")].value == 5.1


def test_look_alike_cards_on_one_page_as_before():
    k = keys_of(read(_TURN.format(page=""), report_year=2023))
    assert k[("urbanization_rate", "actual", "2022", "pp_change")].value == 0.5
    assert k[("urban_new_jobs", "actual", "2022", "level")].value == 2.1


_CUT = ("福建省政府工作报告\n2017年1月12日\n　　2016年，全省地区生产总值28519.2亿元，增长8.4%。受外需低迷影响，进出口\n总额10351.9亿元，"
        "增长{a}-2.2%，其中出口总额增长{b}-2.6%。一般公共预算收入1654.9亿元，\n增长7.3%。\n")


def test_signed_figure_under_its_change_word_cut_by_the_width():
    k = keys_of(read(_CUT.format(a="", b="\n"), report_year=2017))
    assert k[("exports", "actual", "2016", "growth")].value == -2.6
    assert k[("foreign_trade", "actual", "2016", "growth")].value == -2.2


def test_look_alike_signed_figure_on_the_line_as_before():
    k = keys_of(read(_CUT.format(a="", b=""), report_year=2017))
    assert k[("exports", "actual", "2016", "growth")].value == -2.6
    assert k[("foreign_trade", "actual", "2016", "growth")].value == -2.2


def test_look_alike_a_cards_rate_name_over_its_signed_change_stays_apart():
    # a card's name (no clause mark) over a signed change: the card rules read it, no growth word's clause (decision 478
    # then joins a name to its plus line as to an arrow's: the layout is theirs, the facts stay the card's)
    t = "一图读懂｜2023年台州市政府工作报告\n【2022年成绩单】\n地区生产总值\n6040.7亿元\n+3.8%\n规上工业增加值增速\n+5.2%\n"
    d = planwatch.read_text(t, "t.txt")
    got = {(f.indicator, f.role, f.period, f.measure, f.value) for f in d.facts}
    assert {("gdp", "actual", "2022", "level", 6040.7), ("gdp", "actual", "2022", "growth", 3.8),
            ("industrial_va", "actual", "2022", "growth", 5.2)} <= got
