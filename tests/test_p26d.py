"""County and district reports of 2026, blind (p26d, decision 345): a year looked ahead to by a word other than 到/至
("展望2030年，A；B；C", "面向2030年，A；B") leads the whole sentence of goals as "到2030年，" does, every ；-item of it
dated by the year (the spec: a goal whose sentence names a year takes that year); and on a card page, a row led by a time
("到2030年，地区生产总值突破3000亿元") over bare rows each opening with an indicator's name is an item of its own: the year
dates that row alone, the rows under it keep the plan's span."""
import pytest

from factkeys import read, keys_of

_HEAD = ("某县2026年政府工作报告\n——2026年1月10日在某县第十八届人民代表大会第五次会议上\n一、2025年工作回顾\n"
         "2025年，全县地区生产总值增长6%。\n二、“十五五”时期主要目标\n")
_TAIL = "\n三、2026年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右。\n"
_CARD = "一图读懂丨2026年某县政府工作报告\n2026-01-20 18:05　来源：某县融媒体中心\n\n"


def _goals(body: str, head: str = _HEAD, tail: str = _TAIL) -> dict:
    d = read(head + body + tail, "t.txt", region="某县")
    return {(f.indicator, f.measure): f.period for f in d.facts if f.role == "goal"}


# 1. a year looked ahead to (展望/面向, cues.tsv year_ahead_words) opening the sentence dates its later ；-items too
# (they had kept the plan's span 2026-2030, the year read for the first item alone)
@pytest.mark.parametrize("body,year", [
    ("展望2030年，全县地区生产总值年均增长5%以上，经济总量突破450亿元；研发经费投入强度达到2.5%；森林覆盖率达到45%。", "2030"),
    ("面向2030年，全县研发经费投入强度达到2.5%；森林覆盖率达到45%。", "2030"),
    ("展望2035年，全县研发经费投入强度达到3%；森林覆盖率达到45%。", "2035"),
    # (a PDF's layer, spaces round the year and the figures)
    ("展望 2030 年，全县研发经费投入强度达到 2.5 %；森林覆盖率达到 45 %。", "2030"),
])
def test_a_year_looked_ahead_to_leads_every_item_of_its_sentence(body, year):
    got = _goals(body)
    assert got.get(("rnd_intensity", "share")) == year, got
    assert got.get(("forest_coverage", "share")) == year, got


@pytest.mark.parametrize("body,period", [
    # (look-alikes that must not change: the plan's name looked ahead to dates nothing but its span; a year with no comma
    # after it is its own item's, the items after it the span's; a ；-item opened by the year after a span's item leaves the
    # later items to the span, as after 到2030年)
    ("展望“十五五”，全县研发经费投入强度达到2.5%；森林覆盖率达到45%。", "2026-2030"),
    ("展望未来，到2030年研发经费投入强度达到2.5%；森林覆盖率达到45%。", "2026-2030"),
    ("今后五年，全县地区生产总值年均增长6%；展望2030年，经济总量突破300亿元；森林覆盖率达到45%。", "2026-2030"),
])
def test_a_span_or_an_items_own_year_keeps_the_later_items_in_the_span(body, period):
    got = _goals(body)
    assert got.get(("forest_coverage", "share")) == period, got


def test_a_year_looked_ahead_to_in_the_years_tasks_stays_that_years_target():
    # (look-alike: the report's own year after 展望 in the year's part: targets of that year, no goal)
    body = "展望2026年，全县地区生产总值增长6%左右；一般公共预算收入增长3%；城镇新增就业1万人。"
    d = read(_HEAD + "今后五年，全县地区生产总值年均增长6%左右。\n三、2026年工作安排\n" + body, "t.txt", region="某县")
    k = keys_of(d)
    for name, measure in (("gdp", "growth"), ("general_budget_revenue", "growth"), ("urban_new_jobs", "level")):
        assert (name, "target", "2026", measure) in k, sorted(k)
    assert not [f for f in d.facts if f.role == "goal" and f.start > len(_HEAD) + 20]


# 2. a card's row led by a time over bare rows, each an indicator's name and its figure, no mark at the lines' ends: the
# rows are items of their own (they had been joined into the first row's sentence, dated by its year)
@pytest.mark.parametrize("rows", [
    "到2030年，地区生产总值突破300亿元\n一般公共预算收入年均增长3%\n森林覆盖率达到35%\n",
    "展望2030年，地区生产总值突破300亿元\n一般公共预算收入年均增长3%\n森林覆盖率达到35%\n",
    "●到2030年，地区生产总值突破300亿元\n●一般公共预算收入年均增长3%\n●森林覆盖率达到35%\n",
    # (the first row's change on a line of its own under its figure, joined to it first)
    "力争到2030年，地区生产总值突破300亿元\n年均增长6%左右\n一般公共预算收入年均增长3%\n森林覆盖率达到35%\n",
    # (a step to reach ending the row: "迈上…台阶")
    "到2030年，地区生产总值迈上300亿元台阶\n一般公共预算收入年均增长3%\n森林覆盖率达到35%\n",
    # (the row an item, then its level by a year of its own, as "…年均增长6%左右，到2030年突破…；B" is read)
    "地区生产总值年均增长6%左右，到2030年突破300亿元\n一般公共预算收入年均增长3%\n森林覆盖率达到35%\n",
    "地区生产总值年均增长6%左右，力争到2030年迈上300亿元台阶\n一般公共预算收入年均增长3%\n森林覆盖率达到35%\n",
])
@pytest.mark.parametrize("page", ["report", "card"])
def test_a_rows_year_dates_that_row_alone(rows, page):
    head = _HEAD if page == "report" else _CARD + "【“十五五”目标】\n"
    tail = _TAIL if page == "report" else "\n【2026年主要预期目标】\n地区生产总值增长5%左右\n"
    got = _goals(rows, head, tail)
    assert got.get(("gdp", "level")) == "2030", got
    assert got.get(("general_budget_revenue", "growth")) == "2026-2030", got
    assert got.get(("forest_coverage", "share")) == "2026-2030", got


@pytest.mark.parametrize("rows", [
    # (look-alikes that must not change: the same items set apart by ；, or by commas at the lines' ends, or a sentence a
    # PDF cut inside its words, the mark opening the next line: one sentence, the year leading it dates every item)
    "到2030年，地区生产总值突破300亿元；一般公共预算收入年均增长3%；森林覆盖率达到35%。",
    "到2030年，地区生产总值突破300亿元，\n一般公共预算收入年均增长3%，\n森林覆盖率达到35%。",
    "到2030年，全县地区生产总值突破\n300亿元，一般公共预算收入年均增长3%\n，森林覆盖率达到35%。",
])
def test_one_sentence_over_lines_keeps_its_years_lead(rows):
    got = _goals(rows)
    assert got.get(("general_budget_revenue", "growth")) == "2030", got
    assert got.get(("forest_coverage", "share")) == "2030", got


@pytest.mark.parametrize("rows,role,period", [
    # (look-alikes: a card of results or of the year's targets led by its year's clause: the rows keep that year, by the
    # card's part, as before)
    ("【2025年成绩单】\n2025年，地区生产总值238亿元\n一般公共预算收入18.6亿元\n城镇新增就业3500人\n", "actual", "2025"),
    ("【2026年目标】\n今年，地区生产总值增长6%左右\n一般公共预算收入增长3%\n城镇新增就业3500人\n", "target", "2026"),
])
def test_a_card_of_one_years_rows_keeps_its_year(rows, role, period):
    d = read(_CARD + rows, "t.txt", region="某县")
    k = keys_of(d)
    for name, measure in (("general_budget_revenue", "growth" if role == "target" else "level"), ("urban_new_jobs", "level")):
        assert (name, role, period, measure) in k, sorted(k)



def test_two_items_on_a_row_over_bare_rows_run_on_as_before():
    # (look-alike of the row rule: a row of two items set apart by a comma, no lead but an item, over the year's bare
    # target rows under a news head, "展望2018年": the lines run on as before (a dev page's rows, whose pledges are read
    # from the joined line); only a lead with no figure but a year's keeps its row apart)
    from planwatch.normalize import normalize
    text = ("某市2018年政府工作报告解读\n展望2018年\n生产总值增长9%左右,规模以上工业增加值增长12%左右\n"
            "全社会固定资产投资增长12%左右\n地方财政收入同口径增长6%左右\n")
    assert "12%左右全社会固定资产投资" in normalize(text).text
    led = text.replace("生产总值增长9%左右,", "到2018年底,")
    assert "12%左右\n全社会固定资产投资" in normalize(led).text
