"""The headline targets of provincial reports in the ways each writes its target paragraph, blind (hdl47, decision 352).
The set's facts and 131 probes of the headline GDP target read right on the base; what went wrong was the year's tasks of an
excerpt with no titles (a report's 摘要, a page restating it): the paragraph right under the year's target list (in its own
paragraph or set one item a line) that names the targets back and turns to the work ("为实现上述目标，重点抓好以下工作：
建成…", "实现上述目标，要…。深入推进…，新建…", "为此，…") gave no pledges, where a part's title over it (decision 343) or a
bare "重点抓好以下工作：" did. Each with look-alikes that must not change."""
import pytest

from factkeys import key_values, pledge_items, read


def _excerpt(after: str, lst: str | None = None, year: int = 2022, prov: str = "湖南省") -> str:
    lst = lst or ("今年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业70万人以上；"
                  "居民消费价格涨幅3%左右。")
    return (f"政府工作报告（摘要）\n——{year}年1月18日在{prov}第十三届人民代表大会第五次会议上\n\n"
            f"{year - 1}年，全省地区生产总值增长7.7%；城镇新增就业80.2万人。\n\n{lst}\n\n{after}\n")


def _items(after: str, **kw) -> set:
    return {(o, v, u) for _, o, v, u in pledge_items(read(_excerpt(after, **kw)))}


# 1. the paragraph right under the year's list, opening on the targets named back (a turn verb, or two, before them; the
# reaching after them; a bare 为此), a colon lead or a full stop before the tasks: the year's tasks
@pytest.mark.parametrize("lead", [
    "为实现上述目标，重点抓好以下工作：",       # (the 广东 shape: a lead with no 将/要, the items on its line)
    "围绕上述目标，着力做好以下工作：",
    "围绕实现上述目标，要突出抓好以下工作。",   # (two turn verbs; the lead closed by a full stop)
    "为此，重点抓好以下几个方面工作：",         # (a bare word of purpose)
    "实现上述目标，必须坚持稳中求进，扎实推进高质量发展。",  # (the 浙江 shape: a sentence of resolve, no lead to a list)
    "完成上述目标任务，需要付出艰苦努力。",
])
def test_tasks_after_the_year_list_named_back_on_an_untitled_page(lead):
    got = _items(lead + "新改建农村公路4000公里；开工改造城镇老旧小区1500个。")
    assert ("农村公路", 4000, "公里") in got
    assert ("城镇老旧小区", 1500, "个") in got


# (the facts of the list above are unchanged: the headline target and the list's items stay targets, no pledge of them)
def test_the_list_above_stays_targets():
    d = read(_excerpt("为实现上述目标，重点抓好以下工作：新改建农村公路4000公里。"))
    kv = key_values(d)
    assert kv[("gdp", "target", "2022", "growth")] == (6.5, "about")
    assert kv[("urban_new_jobs", "target", "2022", "level")] == (70, "at_least")
    assert {o for _, o, _, _ in pledge_items(d)} == {"农村公路"}


# look-alikes that must not change
# (the targets named back with no turn verb: their reasons, "上述目标，充分考虑了…", no tasks)
def test_targets_weighed_are_no_tasks():
    assert _items("上述目标，充分考虑了需要与可能，与“十四五”规划相衔接。新改建农村公路4000公里。") == set()


# (a sentence that looks back after the named-back lead is still a result)
def test_a_review_after_the_named_back_lead_is_no_pledge():
    assert _items("实现上述目标，我们有坚实基础。过去一年，全省新改建农村公路4000公里，开工改造城镇老旧小区1500个。") == set()


# (the plan's goal list above, not the year's: its works are not read as the year's tasks here)
def test_after_the_plans_goal_list_unchanged():
    lst = "今后五年，全省经济社会发展的主要目标是：地区生产总值年均增长6%左右；研发经费投入强度达到2.5%。"
    assert _items("围绕上述目标，重点抓好以下工作：新改建农村公路4000公里。", lst=lst) == set()


# (not right under the list: a paragraph of last year's results between; 为此 there turns from it, not from the targets)
def test_not_right_under_the_list():
    after = "过去一年，全省新改建农村公路3000公里。\n\n为此，全省新改建农村公路4000公里。"
    assert _items(after) == set()


# (a bare lead to the tasks right under the list, "重点抓好以下工作：", read before as after)
def test_bare_lead_still_read():
    assert ("农村公路", 4000, "公里") in _items("重点抓好以下工作：新改建农村公路4000公里。")


# 2. the same under the year's list set one item a line (a bullet's, or a bare line's), the lead two paragraphs up
@pytest.mark.parametrize("mark", ["——", ""])
@pytest.mark.parametrize("lead", ["为实现上述目标，重点抓好以下工作：", "实现上述目标，必须坚持稳中求进。"])
def test_tasks_after_a_list_one_item_a_line(mark, lead):
    lst = (f"今年全省经济社会发展的主要预期目标是：\n{mark}地区生产总值增长6.5%左右；\n{mark}城镇新增就业70万人以上；\n"
           f"{mark}居民消费价格涨幅3%左右。")
    d = read(_excerpt(lead + "新改建农村公路4000公里；开工改造城镇老旧小区1500个。", lst=lst))
    assert {(o, v) for _, o, v, _ in pledge_items(d)} == {("农村公路", 4000), ("城镇老旧小区", 1500)}
    assert key_values(d)[("gdp", "target", "2022", "growth")] == (6.5, "about")


# (the plan's goal list set one item a line, its lead naming the plan's years: its works are not read as the year's tasks)
def test_after_the_plans_list_one_item_a_line_unchanged():
    lst = "今后五年，全省经济社会发展的主要预期目标是：\n——地区生产总值年均增长6%左右；\n——研发经费投入强度达到2.5%。"
    assert _items("围绕上述目标，重点抓好以下工作：新改建农村公路4000公里。", lst=lst) == set()
