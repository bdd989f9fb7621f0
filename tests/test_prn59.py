"""The newest blind sets printed eight ways (prn59, decision 462): a card page a Word file's converter sets double (a
blank line between every two paragraphs, so between a card's name, its level and its change); a card's minus change
with its digits split by a space (a PDF's kerning, "-2. 1%"); a card's minus change under a page's break (the footer's
mark and the header's title between the level and its change). With look-alikes that must not change. The sentences are
written for these tests, not copied from the sets."""
from factkeys import key_values, read


def _page(body: str, name: str = "德清县", level: str = "county", year: int = 2022) -> dict:
    head = f"一图读懂｜{year}年{name}政府工作报告\n来源：{name}发布　{year}-02-09 18:30\n\n"
    d = read(head + body + "\n\n编辑：周宁\n", f"{name}.txt", region=name, level=level, report_year=year)
    return key_values(d)


def _double(body: str) -> str:
    """The page as a converter sets it: one blank line after every paragraph (a blank line in the page, two)."""
    return body.replace("\n", "\n\n")


_CARDS = ("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n一般公共预算收入\n48.2亿元\n-2.6%\n"
          "+7.4%\n规上工业增加值增速\n常住人口城镇化率\n63.5%\n+0.8个百分点\n\n2021年全县经济稳中向好，民生持续改善。"
          "\n\n2022年主要预期目标\n地区生产总值 增长6%以上\n城镇新增就业 9000人")


# --- a card page set double by a Word file's converter ---

def test_card_page_set_double_keeps_each_cards_change():
    kv = _page(_double(_CARDS))
    assert kv.get(("gdp", "actual", "2021", "level")) == (612.4, "eq")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-2.6, "eq")
    assert kv.get(("industrial_va", "actual", "2021", "growth")) == (7.4, "eq")


def test_card_page_set_double_keeps_a_shares_points():
    kv = _page(_double(_CARDS))
    assert kv.get(("urbanization_rate", "actual", "2021", "share")) == (63.5, "eq")
    assert kv.get(("urbanization_rate", "actual", "2021", "pp_change")) == (0.8, "eq")
    assert kv.get(("gdp", "target", "2022", "growth")) == (6, "at_least")


def test_card_page_set_single_is_read_as_before():
    # look-alike: the same page with no blank line between the card's lines (read right on the base)
    kv = _page(_CARDS)
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-2.6, "eq")
    assert kv.get(("industrial_va", "actual", "2021", "growth")) == (7.4, "eq")


def test_prose_page_set_double_is_read_as_before():
    # look-alike: a report's prose set double, its sentences' figures as on the base
    body = _double("一、2021年工作回顾\n全县实现地区生产总值612.4亿元，增长3.9%。\n一般公共预算收入48.2亿元，下降2.6%。\n"
                   "城镇新增就业9200人。\n二、2022年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%以上，"
                   "城镇新增就业9000人。\n全年新建高标准农田2.8万亩。\n改造老旧小区36个。\n新建公办幼儿园5所。\n"
                   "新增停车泊位1200个。")
    kv = _page(body)
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-2.6, "eq")
    assert kv.get(("gdp", "target", "2022", "growth")) == (6, "at_least")


# --- a card's minus change, its digits split by a space ---

def test_card_minus_change_split_by_a_space_is_a_fall():
    kv = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n一般公共预算收入\n48.2亿元\n-2. 6%\n进出口总额\n96.1亿元\n−1 2.4%\n"
               "规上工业增加值\n210.5亿元\n+7.4%")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-2.6, "eq")
    assert kv.get(("foreign_trade", "actual", "2021", "growth")) == (-12.4, "eq")


def test_amount_under_a_level_split_by_a_space_is_no_growth():
    # look-alike: a minus amount under a level (no change's unit), split or not: no growth, as on the base
    kv = _page("2021年成绩单\n粮食产量\n38.2万吨\n-1. 6万吨\n地区生产总值\n612.4亿元\n+3.9%")
    assert ("grain_output", "actual", "2021", "growth") not in kv
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")


# --- a card's minus change under a page's break ---

def test_card_minus_change_under_a_page_break_is_a_fall():
    # (the footer's mark and the header's title every few paragraphs, as a converter gives a Word file's pages)
    kv = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n- 1 -\n德清县人民代表大会常务委员会公报\n一般公共预算收入\n48.2亿元\n"
               "+1.2%\n进出口总额\n96.1亿元\n- 2 -\n德清县人民代表大会常务委员会公报\n-12.4%\n规上工业增加值\n210.5亿元\n+7.4%")
    assert kv.get(("foreign_trade", "actual", "2021", "growth")) == (-12.4, "eq")
    assert kv.get(("industrial_va", "actual", "2021", "growth")) == (7.4, "eq")


def test_minus_after_a_blank_line_alone_is_kept_apart():
    # look-alike: a blank line alone between a level and a minus line (no page's break): the card is set apart, as before
    kv = _page("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n进出口总额\n96.1亿元\n\n−5.2%\n单位生产总值能耗")
    assert ("foreign_trade", "actual", "2021", "growth") not in kv


# --- a dated title right under a figure-first card's last line, a PDF's layer printing no blank line ---

_FIGURE_FIRST = ("回眸2021\n612.4亿元\n全县生产总值\n增长3.9%\n9.2%\n规模以上工业增加值增速\n61.3%\n常住人口城镇化率\n提高1.2个百分点\n"
                 "−2.1%\n单位生产总值能耗\n{gap}"
                 "2022年主要预期目标\n6%左右\n全县生产总值增长\n9000人\n城镇新增就业\n重点任务\n（1）新建高标准农田 2.8万亩\n"
                 "（2）改造老旧小区 36个")


def _read_pledges(body: str) -> tuple[dict, set]:
    from factkeys import pledged
    name, year = "安吉县", 2022
    d = read(f"图解：{year}年{name}政府工作报告\n发布时间：{year}-01-20 16:05　来源：安吉新闻网\n" + body + "\n责任编辑：刘敏\n",
             f"{name}.txt", region=name, level="county", report_year=year)
    return key_values(d), pledged(d)


def test_dated_title_under_a_figure_first_card_with_no_blank_line_opens_the_targets():
    kv, pl = _read_pledges(_FIGURE_FIRST.format(gap=""))
    assert kv.get(("gdp", "target", "2022", "growth")) == (6, "about")
    assert kv.get(("urban_new_jobs", "target", "2022", "level")) == (9000, "eq")
    assert ("urban_new_jobs", "actual", "2021", "level") not in kv
    assert {(o, v) for o, v, _u in pl} >= {("高标准农田", 2.8), ("老旧小区", 36)}


def test_dated_title_under_a_blank_line_is_read_as_before():
    # look-alike: the same page with its blank line (read right on the base)
    kv, pl = _read_pledges(_FIGURE_FIRST.format(gap="\n"))
    assert kv.get(("gdp", "target", "2022", "growth")) == (6, "about")
    assert kv.get(("urbanization_rate", "actual", "2021", "share")) == (61.3, "eq")
    assert {(o, v) for o, v, _u in pl} >= {("高标准农田", 2.8), ("老旧小区", 36)}


def test_dated_words_under_a_sentence_line_stay_in_the_paragraph():
    # look-alike: the dated title under a line of prose (a clause mark in it): as on the base, no card's end
    kv, _ = _read_pledges("2021年，全县生产总值612.4亿元，增长3.9%。\n2022年主要预期目标\n全县生产总值增长6%左右，城镇新增就业9000人。")
    assert kv.get(("gdp", "target", "2022", "growth")) == (6, "about")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")


# --- the level above's target opening its paragraph, then the region's result, one sentence a paragraph ---

def _review(body: str, name: str = "杞县", year: int = 2024) -> dict:
    d = read(f"{name}{year}年政府工作报告（摘要）\n\n" + body, f"{name}.txt", region=name, level="county", report_year=year)
    return key_values(d)


def test_level_above_target_opening_its_paragraph_then_the_result_is_gdp():
    kv = _review("2023年，全县经济稳中向好。\n\n全省目标为6%左右，我县实际增长6.9%。\n\n一般公共预算收入完成21.4亿元，增长7.1%。")
    assert kv.get(("gdp", "actual", "2023", "growth")) == (6.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2023", "growth")) == (7.1, "eq")


def test_level_above_target_with_its_own_name_opening_a_paragraph_is_no_gdp():
    # look-alike: the target's clause names its indicator: no GDP fact, as on the base
    kv = _review("2023年，全县经济稳中向好。\n\n规模以上工业增加值全省目标为7%，我县实际增长9.2%。")
    assert ("gdp", "actual", "2023", "growth") not in kv


def test_level_above_target_inside_the_paragraph_is_read_as_before():
    # look-alike: the same sentences in one paragraph (read right on the base)
    kv = _review("2023年，全县经济稳中向好。全省目标为6%左右，我县实际增长6.9%。")
    assert kv.get(("gdp", "actual", "2023", "growth")) == (6.9, "eq")
