"""Whole provincial reports of 2026, blind (lng41g, decision 250): a paragraph right after the year's target list that
opens on the targets named back ("这些目标，与“十五五”规划目标相衔接，既考虑了需要，也考虑了可能。地区生产总值增长5.5%左右，
高于全国平均水平…") pledged the list's figures it goes over again; an entity indicator named in one clause ("抓好市场主体
培育，") took the count of the next clause's own object ("全年新增规模以上工业企业800家") as its level. Each with
look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, who: str, body: str, day: int = 22) -> str:
    return (f"政府工作报告\n——2026年1月{day}日在{place}第十四届人民代表大会第五次会议上\n{who}\n各位代表：\n"
            f"一、2025年工作回顾\n初步核算，全省地区生产总值增长5.2%。\n{body}")


_PLACES = [("广西壮族自治区", "自治区人民政府主席　韦韬"), ("贵州省", "贵州省省长　李炳军"), ("山西省", "山西省省长　卢东亮")]
_LIST = ("二、2026年主要工作\n（一）锚定全年目标，推动经济稳中向好\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
         "一般公共预算收入增长3%，城镇新增就业35万人以上，居民消费价格涨幅2%左右。\n")


# 1. the targets named back, opening the paragraph right after the list: their explanation, no pledges
@pytest.mark.parametrize("back", [
    "这些目标，与“十五五”规划目标相衔接，既考虑了需要，也考虑了可能。",
    "以上目标与“十五五”规划相衔接，兼顾了需要和可能。",
    "这一目标体系，体现了稳中求进的要求。",
    "这些预期目标，体现了需要与可能的统一。",
])
@pytest.mark.parametrize("place,who", _PLACES)
def test_the_targets_named_back_after_the_list_pledge_nothing(back, place, who):
    body = _LIST + back + "地区生产总值增长5.5%左右，高于全国平均水平，是稳就业、惠民生的需要；一般公共预算收入增长3%，考虑了减税降费因素。\n"
    d = read(_report(place, who, body))
    assert not {p for p in pledged(d) if p[1] in (5.5, 3)}
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")


@pytest.mark.parametrize("lead", ["围绕实现上述目标，要", "实现这些目标，要", "为此，要"])
def test_the_tasks_after_the_targets_named_back_still_pledge(lead):
    # (look-alike: the same paragraph going on to the tasks that reach them: pledged, as before)
    body = (_LIST + "这些目标，与“十五五”规划目标相衔接。" + lead + "持续扩大有效投资，全年实施重大项目1300个以上，完成年度投资"
            "5500亿元以上。\n（二）坚持产业振兴\n新建5G基站1.5万个。\n")
    got = pledged(read(_report("广西壮族自治区", "自治区人民政府主席　韦韬", body)))
    assert {(v, u) for _, v, u in got} >= {(1300, "个"), (5500, "亿元"), (1.5, "万个")}


def test_a_task_paragraph_naming_the_targets_later_still_pledges():
    # (look-alike: a task paragraph, not right after the list, that names the targets back: pledged, as before)
    body = (_LIST + "（二）扩大内需\n这些目标的实现，关键在项目。全年新开工亿元以上项目800个，新建5G基站1万个。\n")
    got = pledged(read(_report("贵州省", "贵州省省长　李炳军", body)))
    assert {("亿元以上项目", 800, "个"), ("5G基站", 1, "万个")} <= got


# 2. an entity indicator named as a clause's topic, the next clause counting its own object
@pytest.mark.parametrize("topic", ["抓好市场主体培育，", "要突出抓好市场主体培育，", "培育壮大经营主体，", "大力培育市场经营主体，"])
@pytest.mark.parametrize("count", ["全年新增规模以上工业企业800家", "全年新增个体工商户3万户", "全年新增规上服务业企业500家"])
def test_the_next_clauses_own_object_is_no_entity_count(topic, count):
    body = _LIST + "（二）激发市场活力\n" + topic + count + "。\n"
    d = read(_report("广西壮族自治区", "自治区人民政府主席　韦韬", body))
    assert not [k for k in keys_of(d) if k[0] == "market_entities"]
    assert any(p[1] in (800, 3, 500) for p in pledged(d))  # (the count is still a pledge of its object)


@pytest.mark.parametrize("clause", ["抓好市场主体培育，全年新增市场主体3万户", "市场主体总量，全年达到50万户",
                                    "经营主体活力增强，全年新增经营主体2万户"])
def test_the_entities_own_count_after_the_topic_is_kept(clause):
    # (look-alike: the next clause counts the entities themselves, or the topic's total: the indicator's, as before)
    body = _LIST + "（二）激发市场活力\n" + clause + "。\n"
    fs = keys_of(read(_report("贵州省", "贵州省省长　李炳军", body)))
    assert ("market_entities", "target", "2026", "level") in fs


def test_a_clause_of_other_objects_keeps_the_first_figure_of_its_own_name():
    # (look-alike: the indicator's own figure before the comma, a second one counted after it: the first is the fact)
    body = _LIST + "（二）激发市场活力\n全省市场主体达到560万户，全年新增规上工业企业1000家。\n"
    fs = keys_of(read(_report("辽宁省", "辽宁省省长 王新伟", body)))
    assert val(fs, ("market_entities", "target", "2026", "level")) == (560, "eq")


# 3. how well (高水平, 高质量) between a counted noun and the work after it is no part of what is counted
@pytest.mark.parametrize("clause,obj,n", [("支持五个新城高水平建设", "新城", 5), ("推进两个片区高质量建设", "片区", 2),
                                          ("推动3个省级新区高水平建设", "省级新区", 3)])
def test_how_well_after_the_counted_noun_stays_out_of_the_object(clause, obj, n):
    body = _LIST + "（二）推动区域协调发展\n" + clause + "。\n"
    got = pledged(read(_report("上海市", "上海市市长　龚正", body)))
    assert {p for p in got if p[1] == n} == {(obj, n, "个")}


@pytest.mark.parametrize("clause,obj,n,unit", [("建设高水平研究型医院2所", "高水平研究型医院", 2, "所"),
                                               ("新建高质量充电桩1万个", "高质量充电桩", 1, "万个")])
def test_how_well_before_the_noun_is_kept(clause, obj, n, unit):
    # (look-alike: the words before the noun, part of its name: kept, as before)
    body = _LIST + "（二）补齐民生短板\n" + clause + "。\n"
    got = pledged(read(_report("上海市", "上海市市长　龚正", body)))
    assert (obj, n, unit) in got
