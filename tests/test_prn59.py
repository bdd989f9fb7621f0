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
