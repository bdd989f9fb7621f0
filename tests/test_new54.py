"""Kinds and levels the sets hold little of, blind (new54, decision 435): a news page on a district's report whose numbered
民生实事 list, set right after the year's target list with no part above it, is followed by last year's figures
("…\\n3.改造老旧小区12个。\\n2023年，全区地区生产总值…。全区社会消费品零售总额增长7.2%"): the last item no longer holds
the rest of the page as the year's tasks (no pledges of last year's growth rates), and a paragraph that opens on a year
gone of its own is no item of the list above it (its yearless sentences are that year's results). With look-alikes that
must not change. The sentences are written for these tests, not copied from the set."""
from factkeys import key_values, pledged, read

_HEAD = "{r}2024年政府工作报告\n——2024年1月9日在{c}{r}第十九届人民代表大会第四次会议上\n\n"
_TARGETS = "今年主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长4%，城镇调查失业率5%以内。\n"
_LIST = "今年，我们将全力办好十大民生实事：\n1.新增普惠性托位800个；\n2.新建城市书房10家；\n3.改造老旧小区12个。\n"


def _page(after: str, r: str = "鄞州区", c: str = "宁波市", lst: str = _LIST) -> tuple[dict, set]:
    d = read(_HEAD.format(r=r, c=c) + _TARGETS + lst + after, "p.txt", region=r, level="county", report_year=2024)
    return key_values(d), pledged(d)


_LIST_PLEDGES = {("普惠性托位", 800, "个"), ("城市书房", 10, "家"), ("老旧小区", 12, "个")}


# --- failing on the base ---

def test_last_years_figures_after_the_list_are_results_not_tasks():
    kv, pl = _page("2023年，全区地区生产总值3120亿元，增长6.1%。全区社会消费品零售总额增长7.2%，新建口袋公园15个。\n")
    assert kv.get(("retail_sales", "actual", "2023", "growth")) == (7.2, "eq")
    assert ("retail_sales", "target", "2024", "growth") not in kv
    assert not any(o == "社会消费品零售总额" for o, _, _ in pl)
    assert _LIST_PLEDGES <= pl


def test_a_review_paragraph_after_a_blank_line_is_last_years():
    # "报告回顾了2023年的工作。" dates the paragraph; the page's list above leads it no more
    kv, pl = _page("\n报告回顾了2023年的工作。全区地区生产总值3120亿元，增长6.1%。全区社会消费品零售总额增长7.2%。\n")
    assert kv.get(("gdp", "actual", "2023", "level")) == (3120, "eq")
    assert kv.get(("gdp", "actual", "2023", "growth")) == (6.1, "eq")
    assert kv.get(("retail_sales", "actual", "2023", "growth")) == (7.2, "eq")
    assert ("gdp", "target", "2024", "level") not in kv
    assert kv.get(("gdp", "target", "2024", "growth")) == (6, "about")
    assert {o for o, _, _ in pl} == {o for o, _, _ in _LIST_PLEDGES}


def test_the_citys_figure_after_the_list_is_no_pledge():
    _, pl = _page("2023年，全区地区生产总值3120亿元，增长6.1%。全市地区生产总值增长5.5%。\n")
    assert pl == _LIST_PLEDGES


def test_a_league_page_gone_back_to_last_year():
    # a 盟's page: "去年，" opening the paragraph under the list
    lst = "今年，全盟将办好十件民生实事：\n1.新建棚圈30万平方米；\n2.改造老旧小区80个。\n"
    d = read("锡林郭勒盟2020年政府工作报告解读\n\n今年全盟地区生产总值增长6%左右。\n" + lst
             + "去年，全盟地区生产总值增长5.5%。一般公共预算收入增长4.2%，粮食产量达到38.6万吨。\n", "m.txt",
             region="锡林郭勒盟", level="prefecture", report_year=2020)
    kv, pl = key_values(d), pledged(d)
    assert kv.get(("general_budget_revenue", "actual", "2019", "growth")) == (4.2, "eq")
    assert kv.get(("grain_output", "actual", "2019", "level")) == (38.6, "eq")
    assert pl == {("棚圈", 30, "万平方米"), ("老旧小区", 80, "个")}


# --- look-alikes, the same on the base ---

def test_the_lists_own_items_stay_pledged():
    _, pl = _page("")
    assert pl == _LIST_PLEDGES


def test_a_year_ahead_paragraph_after_the_list_stays_the_years():
    # "2024年，" is the report's own year: the paragraph is the year's, as before
    kv, _ = _page("2024年，全区固定资产投资增长5%。\n")
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in kv


def test_a_list_in_a_part_keeps_its_paragraph():
    # the list stands in the tasks part: the paragraph after it stays the part's, pledged
    d = read(_HEAD.format(r="鄞州区", c="宁波市") + "一、2023年工作回顾\n全区地区生产总值增长6.1%。\n二、2024年重点工作\n"
             + "1.新增普惠性托位800个；\n2.新建城市书房10家；\n3.改造老旧小区12个。\n全年新建口袋公园15个。\n", "p.txt",
             region="鄞州区", level="county", report_year=2024)
    assert ("口袋公园", 15, "个") in pledged(d)


def test_a_list_with_lines_under_its_items_keeps_them():
    # items with a line of their own under each: the last item's lines stay its own (pledged)
    lst = "今年，我们将全力办好十大民生实事：\n1.托育服务\n新增普惠性托位800个。\n2.城市更新\n改造老旧小区12个。\n新建口袋公园15个。\n"
    _, pl = _page("", lst=lst)
    assert ("口袋公园", 15, "个") in pl


# --- a target list right under a part titled for the year's targets and tasks together ---

_QDN = ("政府工作报告\n——2021年2月3日在黔东南州第十四届人民代表大会第六次会议上\n\n一、2020年工作回顾\n"
        "2020年，全州地区生产总值增长4.5%。\n{title}\n{body}\n全年新改建农村公路500公里，新增城镇就业3万人。\n")


def _qdn(title: str, body: str) -> tuple[dict, set]:
    d = read(_QDN.format(title=title, body=body), "q.txt", region="黔东南苗族侗族自治州", level="prefecture",
             report_year=2021)
    return key_values(d), pledged(d)


_TASKS = {("农村公路", 500, "公里"), ("城镇就业", 3, "万人")}


def test_a_list_split_by_semicolons_under_the_targets_and_tasks_part_is_no_pledge():
    kv, pl = _qdn("二、2021年目标任务", "地区生产总值增长8%左右；一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内。")
    assert kv.get(("gdp", "target", "2021", "growth")) == (8, "about")
    assert kv.get(("urban_unemployment_rate", "target", "2021", "share")) == (5.5, "at_most")
    assert pl == _TASKS


def test_two_targets_under_the_main_targets_and_tasks_part_are_no_pledges():
    kv, pl = _qdn("二、2021年主要目标任务", "地区生产总值增长8%左右，一般公共预算收入增长5%。")
    assert kv.get(("general_budget_revenue", "target", "2021", "growth")) == (5, "eq")
    assert pl == _TASKS


def test_targets_restated_under_a_tasks_title_stay_pledged():
    # look-alike: "重点任务" titles the tasks alone, the figures there are the targets restated as tasks (spec)
    _, pl = _qdn("二、2021年重点任务", "地区生产总值增长8%左右；一般公共预算收入增长5%。")
    assert ("地区生产总值", 8, "%") in pl and _TASKS <= pl


def test_a_task_in_the_list_under_the_targets_and_tasks_part_keeps_its_pledges():
    # look-alike: a clause opening on a verb of new things is a task, the paragraph no list of indicators alone
    _, pl = _qdn("二、2021年目标任务", "地区生产总值增长8%左右，新建幼儿园12所。")
    assert ("幼儿园", 12, "所") in pl
