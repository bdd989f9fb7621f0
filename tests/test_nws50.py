"""Pages of kinds the kept sets hold little of (nws50, decision 390): an infographic page's card sub-heads. A card
named by a bare year, no 年 ("数说2025", "【数读2024】", "盘点2023：", "2025成绩单"), under a card of the plan's
five years ("数说“十四五”"): its lines are that year's, not the span's; a card headed "“十四五”以来" in a year the
plan is still running: its averages and totals run from the plan's first year, not five years back. With look-alikes
that must not change."""
from factkeys import key_values, read

# --- a card named by a bare year after a span card ---

_CARDS = ("一图读懂2026年枫省政府工作报告\n来源：枫省发布　2026-01-28\n\n1月27日，枫省第十四届人民代表大会第五次会议开幕，"
          "省长作政府工作报告。\n\n◆数说“十四五”\n▲全省生产总值年均增长5.4%\n▲城镇新增就业累计超过180万人\n\n"
          "{head}\n▲全省生产总值31250亿元，增长5.2%\n▲规上工业增加值增长6.3%\n▲社会消费品零售总额增长4.8%\n\n"
          "◆2026年主要预期目标\n●全省生产总值增长5%左右\n")


def test_bare_year_card_after_span_card_dates_its_lines():
    # "数说2025" (no 年) under "数说“十四五”": the card's growths are 2025's, as its level is; they had been read as the
    # plan's yearly averages (2021-2025) and 2025's gdp growth lost its key to the span's
    for head in ("◆数说2025", "【数读2025】", "盘点2025：", "◆2025成绩单", "▶数看2025"):
        kv = key_values(read(_CARDS.format(head=head), report_year=2026))
        assert kv[("gdp", "actual", "2025", "growth")] == (5.2, "eq"), head
        assert kv[("industrial_va", "actual", "2025", "growth")] == (6.3, "eq"), head
        assert kv[("retail_sales", "actual", "2025", "growth")] == (4.8, "eq"), head
        assert ("industrial_va", "actual", "2021-2025", "growth") not in kv, head
        # the span card's own lines stay the span's
        assert kv[("gdp", "actual", "2021-2025", "growth")] == (5.4, "eq"), head


def test_card_with_year_and_nian_reads_as_before():
    # look-alike: "数说2025年" (with 年) was read right before and stays so
    kv = key_values(read(_CARDS.format(head="◆数说2025年"), report_year=2026))
    assert kv[("gdp", "actual", "2025", "growth")] == (5.2, "eq")
    assert kv[("gdp", "actual", "2021-2025", "growth")] == (5.4, "eq")


def test_card_with_no_year_stays_under_the_span():
    # look-alike: a sub-head naming no year ("◆数说成就") opens no year: its growths stay the span card's reading
    kv = key_values(read(_CARDS.format(head="◆数说成就"), report_year=2026))
    assert ("gdp", "actual", "2025", "growth") not in kv
    assert kv[("industrial_va", "actual", "2021-2025", "growth")] == (6.3, "eq")


def test_bare_year_inside_a_line_is_no_card_head():
    # look-alike: a card head's words and a bare year inside a line of the span card ("（数说2025）" after its figure, a
    # source note) open no card: the line's average stays the span's
    text = _CARDS.replace("▲城镇新增就业累计超过180万人\n", "▲规上工业增加值年均增长6.3%（数说2025）\n").format(head="◆数说2025")
    kv = key_values(read(text, report_year=2026))
    assert kv[("industrial_va", "actual", "2021-2025", "growth")] == (6.3, "eq")


def test_bare_year_card_ahead_is_the_year_target():
    # a bare year card of the report's own year ("聚焦2026") after the span card: its growth is the year's target, not the
    # span's (the card's one line, an 增长…左右 target)
    text = _CARDS.replace("◆2026年主要预期目标\n●全省生产总值增长5%左右\n", "◆聚焦2026\n▲规上工业增加值增长6%左右\n").format(head="◆数说2025")
    kv = key_values(read(text, report_year=2026))
    assert kv[("industrial_va", "target", "2026", "growth")] == (6, "about")


# --- a card headed "“十四五”以来" while the plan runs ---

_SINCE = ("一图读懂2024年枫市政府工作报告\n来源：枫市发布　2024-01-30\n\n{head}\n地区生产总值年均增长6.9%\n城镇新增就业累计超过30万人\n\n"
          "◆数说2023\n地区生产总值4015亿元，增长6.4%\n")


def test_plan_since_card_runs_from_the_plan_first_year():
    # "◆数说“十四五”以来" in 2024's page: 2021-2023 (as "“十四五”以来，…" opening a sentence reads), not 2019-2023
    for head in ("◆数说“十四五”以来", "“十四五”以来", "【“十四五”以来】", "回眸“十四五”以来："):
        kv = key_values(read(_SINCE.format(head=head), report_year=2024))
        assert kv[("gdp", "actual", "2021-2023", "growth")] == (6.9, "eq"), head
        assert kv[("urban_new_jobs", "actual", "2021-2023", "level")] == (30, "at_least"), head
        assert ("gdp", "actual", "2019-2023", "growth") not in kv, head


def test_five_years_card_keeps_five_years():
    # look-alike: a card of five years counted back ("◆数说过去五年") keeps its five years
    kv = key_values(read(_SINCE.format(head="◆数说过去五年"), report_year=2024))
    assert kv[("gdp", "actual", "2019-2023", "growth")] == (6.9, "eq")


def test_plan_since_far_above_a_blank_line_sets_nothing():
    # look-alike: the sub-head in an earlier card, a blank line and another card between, dates nothing of the later one
    text = ("一图读懂2024年枫市政府工作报告\n\n◆“十四五”以来\n城镇新增就业累计超过30万人\n\n◆过去五年\n"
            "地区生产总值年均增长6.9%\n")
    kv = key_values(read(text, report_year=2024))
    assert kv[("gdp", "actual", "2019-2023", "growth")] == (6.9, "eq")


def test_plan_first_years_card_runs_over_those_years():
    # "◆“十四五”前三年" over a card's lines in 2024's page: 2021-2023, the years it names (they had been five counted back,
    # 2019-2023)
    kv = key_values(read(_SINCE.format(head="◆“十四五”前三年"), report_year=2024))
    assert kv[("gdp", "actual", "2021-2023", "growth")] == (6.9, "eq")
    assert ("gdp", "actual", "2019-2023", "growth") not in kv


def test_plan_first_years_card_not_ending_in_the_year_reviewed_sets_no_span_of_its_own():
    # look-alike: "◆“十四五”前两年" in 2024's page (2021-2022, not ending in 2023, the year the span is counted to): the
    # card's head sets no first year, so no 2021-2023 span is made of it
    kv = key_values(read(_SINCE.format(head="◆“十四五”前两年"), report_year=2024))
    assert ("gdp", "actual", "2021-2023", "growth") not in kv
