"""The headline targets of prefecture reports in the ways each writes its target paragraph, blind (hdl46, decision 340).
The set itself read right; probing the class found four ways of writing that went wrong: last year's target restated
after the result with the time it was set alone before its figure ("，完成年初6%的预期目标"); a target set in words then
given its figure after a restating word or a pace kept ("高于全国、力争高于全省平均水平，具体为6.5%左右", "保持在合理区间，
力争与全省同步，努力实现6%左右的增长"); 两位数 after the change verb ("固定资产投资增长两位数以上"); and in the tasks part,
a target set in words then aimed at by its figure pledged the words ("高于全省平均水平") instead of the name. Each with
look-alikes that must not change."""
import pytest

from factkeys import key_values, pledge_items, read


def _report(body: str, city: str = "衡阳市", year: int = 2024) -> str:
    return (f"{city}人民政府工作报告\n——{year}年1月12日在{city}第十五届人民代表大会第四次会议上\n各位代表：\n"
            f"{body}\n")


def _kv(body: str, **kw) -> dict:
    return key_values(read(_report(body, **kw)))


# 1. last year's target restated after its result, the time it was set alone before the figure (完成/实现 年初 N%)
@pytest.mark.parametrize("clause,target", [
    ("，完成年初6.5%的预期目标。", (6.5, "eq")),
    ("，完成年初6.5%左右的预期目标。", (6.5, "about")),
    ("，实现年初7%的目标。", (7, "eq")),
    ("，实现上年年初7%以上的增长目标。", (7, "at_least")),
])
def test_last_years_target_after_its_time_alone_is_a_target(clause, target):
    kv = _kv("一、2023年工作回顾\n2023年，全市地区生产总值增长6.8%" + clause)
    assert kv[("gdp", "actual", "2023", "growth")] == (6.8, "eq")
    assert kv[("gdp", "target", "2023", "growth")] == target


# (the same for another name, in an amount: the revenue's target level)
def test_last_years_amount_target_after_its_time_alone():
    kv = _kv("一、2023年工作回顾\n2023年，一般公共预算收入完成142.6亿元，完成年度140亿元的目标。")
    assert kv[("general_budget_revenue", "actual", "2023", "level")] == (142.6, "eq")
    assert kv[("general_budget_revenue", "target", "2023", "level")] == (140, "eq")


# look-alikes: a share of the year's task or plan done, another figure after 完成, no target of the name's
@pytest.mark.parametrize("clause,other", [
    ("，完成全年任务的105%。", None),
    ("，完成年度投资计划的103%。", None),
    ("，完成投资320亿元。", None),
    ("，完成年度固定资产投资320亿元。", ("fixed_asset_investment", "actual", "2023", "level")),
])
def test_a_share_done_or_another_figure_is_no_target(clause, other):
    kv = _kv("一、2023年工作回顾\n2023年，全市地区生产总值增长6.8%" + clause)
    assert kv[("gdp", "actual", "2023", "growth")] == (6.8, "eq")
    assert ("gdp", "target", "2023", "growth") not in kv
    if other:
        assert kv[other] == (320, "eq")


# 2. a target set in words, its figure given after a restating word or after the pace of the level above kept
@pytest.mark.parametrize("item,target", [
    ("地区生产总值增长高于全国、力争高于全省平均水平，具体为6.5%左右", (6.5, "about")),
    ("地区生产总值增长高于全省平均水平，即增长6.5%左右", (6.5, "about")),
    ("经济增长保持在合理区间，即6%左右", (6, "about")),
    ("地区生产总值增长保持在合理区间，力争与全省同步，努力实现6%左右的增长", (6, "about")),
    ("地区生产总值增长保持在合理区间，与全国全省保持一致，力争增长6.5%", (6.5, "eq")),
])
def test_a_target_in_words_then_its_figure_gives_the_figure(item, target):
    kv = _kv(f"二、2024年工作安排\n今年全市经济社会发展的主要预期目标是：{item}；城镇新增就业3.5万人。")
    assert kv[("gdp", "target", "2024", "growth")] == target
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (3.5, "eq")


# look-alikes: the figure first (the restating words after it add none), words only (the pace kept, no figure after it),
# a result keeping pace with the province
@pytest.mark.parametrize("item,target", [
    ("地区生产总值增长6%，即与全省同步", (6, "eq")),
    ("地区生产总值增长保持在合理区间，力争与全省同步", (None, "qualitative")),
    ("地区生产总值增长与全国同步", (None, "qualitative")),
])
def test_words_alone_or_the_figure_first_stay(item, target):
    kv = _kv(f"二、2024年工作安排\n今年全市经济社会发展的主要预期目标是：{item}，城镇新增就业3.5万人。")
    assert kv[("gdp", "target", "2024", "growth")] == target
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (3.5, "eq")


def test_a_result_keeping_pace_stays_a_result():
    kv = _kv("一、2023年工作回顾\n过去一年，全市生产总值增长6.3%，与全省同步。")
    assert kv[("gdp", "actual", "2023", "growth")] == (6.3, "eq")
    assert not any(k[1] == "target" for k in kv)


# 3. 两位数 after the change verb: a target in words
@pytest.mark.parametrize("item,key", [
    ("地区生产总值增长两位数", ("gdp", "target", "2024", "growth")),
    ("固定资产投资增长两位数以上", ("fixed_asset_investment", "target", "2024", "growth")),
])
def test_two_digit_growth_after_the_verb_is_a_qualitative_target(item, key):
    kv = _kv(f"二、2024年工作安排\n今年主要预期目标是：{item}，社会消费品零售总额增长9%。")
    assert kv[key] == (None, "qualitative")
    assert kv[("retail_sales", "target", "2024", "growth")] == (9, "eq")


# look-alikes: the figure first, then 两位数 in words (the figure kept); 两位数 before 增长 as before; a figure aimed at after it
@pytest.mark.parametrize("item,want", [
    ("地区生产总值增长10%以上，继续保持两位数增长", (10, "at_least")),
    ("地区生产总值实现两位数增长", (None, "qualitative")),
    ("地区生产总值增长两位数以上，力争达到12%", (12, "eq")),
])
def test_two_digit_words_beside_a_figure(item, want):
    kv = _kv(f"二、2024年工作安排\n今年主要预期目标是：{item}；社会消费品零售总额增长9%。")
    assert kv[("gdp", "target", "2024", "growth")] == want


# 4. in the tasks part, a target set in words then aimed at by its figure: the pledge is the name's, not the words'
_TASKS = "二、2024年工作安排\n{s}重点抓好以下工作：新建5G基站1000个。"


@pytest.mark.parametrize("sentence,want", [
    ("今年，地区生产总值增长高于全省平均水平，力争增长6.5%左右。", ("增长", "地区生产总值", 6.5, "%")),
    ("今年，地区生产总值增长保持在合理区间，力争增长6.5%左右。", ("增长", "地区生产总值", 6.5, "%")),
    ("全年，全市地区生产总值增长高于全国、力争高于全省平均水平，力争增长7%。", ("增长", "地区生产总值", 7, "%")),
    ("今年，一般公共预算收入增长与经济增长同步，力争增长5%。", ("增长", "一般公共预算收入", 5, "%")),
    ("今年，城乡居民收入增长与经济增长基本同步，力争增长6%。", ("增长", "城乡居民收入", 6, "%")),
])
def test_a_target_in_words_then_aimed_at_pledges_the_name(sentence, want):
    d = read(_report(_TASKS.format(s=sentence)))
    assert pledge_items(d) == {want, ("新建", "5G基站", 1000, "个")}


# look-alikes: the figure right after the name; a stock's words holding its name; a plain task
@pytest.mark.parametrize("sentence,want", [
    ("今年，地区生产总值增长6.5%左右。", ("增长", "地区生产总值", 6.5, "%")),
    ("今年，全市粮食产量稳中有增，力争达到150万吨。", ("达到", "粮食产量稳中有增", 150, "万吨")),
    ("今年，新建改造农村公路300公里。", ("新建改造", "农村公路", 300, "公里")),
])
def test_other_task_sentences_keep_their_objects(sentence, want):
    d = read(_report(_TASKS.format(s=sentence)))
    assert pledge_items(d) == {want, ("新建", "5G基站", 1000, "个")}
