"""Whole reports of kinds the kept sets have few of (lng48b, decision 370): a 计划单列市's plan report (厦门市 2021) counts
its market entities as 商事主体, the word of the cities that register them under 商事登记 (厦门, 深圳, 珠海, 汕头), which no
alias of market_entities knew; and its tasks write a named site (or its phase) before a count of what is built there,
the thing counted after the count ("建成厦门科学城一期5万平方米孵化载体"), where the site was taken for the object. Each
with look-alikes that must not change."""
import pytest

from factkeys import key_values, pledged, read


def _plan(review: str = "", tasks: str = "新建城市道路30公里。", region: str = "珠海市") -> str:
    return (f"关于{region}2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
            f"——2023年1月10日在{region}第十届人民代表大会第三次会议上\n\n各位代表：\n\n"
            f"一、2022年国民经济和社会发展计划执行情况\n全市实现地区生产总值4045.5亿元，增长2.3%。{review}\n\n"
            f"二、2023年经济社会发展的主要目标\n地区生产总值增长6%左右。\n\n"
            f"三、2023年经济社会发展的重点工作\n（一）扩大有效投资。{tasks}\n\n各位代表，让我们团结奋斗！\n")


# 1. 商事主体: the region's market entities, a total and its growth, a bound, the year's new ones
@pytest.mark.parametrize("sentence,level,growth", [
    ("年末商事主体总数达到38.6万户，增长9.4%。", (38.6, "eq"), (9.4, "eq")),   # the total with its growth
    ("全市实有商事主体突破40万户。", (40, "at_least"), None),                  # a bound, 实有 before the name
    ("年末全市各类商事主体达到36.2万户，增长7.8%。", (36.2, "eq"), (7.8, "eq")),  # 各类 before the name
])
def test_commercial_entities_are_market_entities(sentence, level, growth):
    kv = key_values(read(_plan(review=sentence)))
    assert kv.get(("market_entities", "actual", "2022", "level")) == level
    if growth is not None:
        assert kv.get(("market_entities", "actual", "2022", "growth")) == growth


def test_new_commercial_entities_in_the_tasks_are_a_target_and_a_pledge():
    # the year's new entities restated as a task: the target fact (as 新增市场主体) and the pledge
    d = read(_plan(tasks="优化营商环境，新增商事主体5万户以上。"))
    assert key_values(d).get(("market_entities", "target", "2023", "level")) == (5, "at_least")
    assert ("商事主体", 5, "万户") in pledged(d)


# look-alikes: the register's reform is no count; the entities a relief reached are no count of the region's
@pytest.mark.parametrize("sentence", [
    "商事登记制度改革持续深化，全程电子化登记率达到95%。",
    "减税降费政策惠及各类商事主体2.3万户。",
    "全年帮扶商事主体1.2万户渡过难关。",
])
def test_commercial_register_look_alikes_give_no_entities(sentence):
    kv = key_values(read(_plan(review=sentence)))
    assert not any(k[0] == "market_entities" for k in kv)


# 2. a named site or its phase before the count, what is counted after it
@pytest.mark.parametrize("task,obj,value,unit", [
    ("建成横琴科学城一期6万平方米孵化载体。", "孵化载体", 6, "万平方米"),
    ("新建高栏港工业园区二期12万平方米标准厂房。", "标准厂房", 12, "万平方米"),
    ("建设智能制造产业园一期15万平方米厂房，引进企业20家。", "厂房", 15, "万平方米"),
    ("建设富山片区3000亩核心示范区。", "核心示范区", 3000, "亩"),
])
def test_thing_counted_after_a_named_site(task, obj, value, unit):
    got = pledged(read(_plan(tasks=task)))
    assert (obj, value, unit) in got
    assert not any(o.endswith(("一期", "二期", "科学城", "工业园区", "片区")) for o, _, _ in got)


# look-alikes: nothing counted after the count (the site or the road itself is), a task or a work after it, projects
@pytest.mark.parametrize("task,obj,value,unit", [
    ("建成情侣路二期2.6公里。", "情侣路二期", 2.6, "公里"),                    # the road's phase is what is built
    ("完成科学城一期5万平方米建设任务。", "科学城一期", 5, "万平方米"),           # a task of the site
    ("完成东部新城片区2000户征收。", "东部新城片区", 2000, "户"),               # a work (征收) after the count
    ("新建工业园区10万平方米。", "工业园区", 10, "万平方米"),                   # nothing after the count
    ("新建标准厂房10万平方米。", "标准厂房", 10, "万平方米"),                   # the usual order
])
def test_site_look_alikes_keep_their_object(task, obj, value, unit):
    assert (obj, value, unit) in pledged(read(_plan(tasks=task)))
