"""Whole city, county and district reports of 2026 (mid43, decision 290): the 十五五's tasks after its goal list, led
by the fields or named works the government will carry out ("围绕上述目标，重点抓好五个方面：", "今后五年，我们将重点推进
“六大行动”：") lost every item that named an indicator ("五年新增城镇就业30万人以上"), or the whole sentence, as if they
were the plan's goal list; and a lead to the tasks that holds to the targets named back by a verb not read
("紧扣上述目标，", "锚定上述目标，") took the tasks after it for the target list. Each with look-alikes that must not
change."""
import pytest

from factkeys import keys_of, read

FY = "2026-2030"


def _report(region: str, goals_title: str, plan_para: str, year_title: str = "三、2026年重点工作") -> str:
    return (f"{region}2026年政府工作报告\n\n一、2025年工作回顾\n\n2025年，全{region[-1]}地区生产总值增长5.6%。\n\n"
            f"{goals_title}\n\n今后五年，全{region[-1]}经济社会发展的主要目标是：地区生产总值年均增长5.5%左右。\n\n"
            f"{plan_para}\n\n{year_title}\n\n今年主要预期目标是：地区生产总值增长5.5%左右。新建学校5所。\n")


def _plan_pledges(d) -> dict:
    return {(p.object, p.value): p for p in d.pledges if p.period == FY}


_ITEMS = "一是壮大产业，五年新增高新技术企业1000家；二是扩大开放，五年累计实际使用外资50亿美元以上；" \
         "三是增进民生，五年新增城镇就业30万人以上、改造老旧小区500个。"


# 1. the plan's tasks after a lead to the fields or works it will carry out: each item pledged for the plan's span
@pytest.mark.parametrize("region", ["淄博市", "汝州市", "雁塔区"])
@pytest.mark.parametrize("title", ["二、“十五五”时期发展目标和主要任务", "二、“十五五”时期奋斗目标", "二、今后五年的目标"])
@pytest.mark.parametrize("lead", ["围绕上述目标，重点抓好三个方面：", "围绕实现上述目标，我们将重点推进“三大行动”：",
                                  "今后五年，我们将重点实施“三大工程”：", "为此，全力抓好以下三个方面："])
def test_the_plans_tasks_after_a_lead_to_its_fields_are_pledged(region, title, lead):
    d = read(_report(region, title, lead + _ITEMS))
    ps = _plan_pledges(d)
    for obj, v in (("高新技术企业", 1000), ("外资", 50), ("城镇就业", 30), ("老旧小区", 500)):
        assert any(o.endswith(obj) and val == v for o, val in ps), (obj, sorted(ps))
    fs = keys_of(d)
    # (the indicator figures stay the plan's goals as well)
    assert fs[("urban_new_jobs", "goal", FY, "level")].value == 30
    assert fs[("fdi", "goal", FY, "level")].value == 50


# (the lead after a sentence of the plan's course, the first figure after it)
@pytest.mark.parametrize("course", ["围绕上述目标，我们将坚持创新驱动、产业支撑、民生优先，推动科教资源优势加快转化为发展优势。",
                                    "“十五五”时期，我们将坚定不移推动高质量发展。"])
def test_the_lead_may_open_the_sentence_after_the_plans_course(course):
    d = read(_report("雁塔区", "二、“十五五”时期奋斗目标",
                     course + "今后五年，我们将重点推进“六大行动”：科技赋能行动，五年新增高新技术企业1500家；"
                     "城市更新行动，五年改造老旧小区300个、城中村20个。"))
    ps = _plan_pledges(d)
    assert ("高新技术企业", 1500) in ps and ("老旧小区", 300) in ps and ("城中村", 20) in ps, sorted(ps)


# look-alikes: the plan's goal list, however it is led, gives goals and no pledges
@pytest.mark.parametrize("para", [
    "今后五年，全市经济社会发展的主要目标包括以下几个方面：五年新增城镇就业30万人以上；五年新增高新技术企业1000家。",
    "今后五年，发展目标聚焦三个方面：经济发展方面，五年新增城镇就业30万人以上；民生方面，五年新建学校30所。",
    "今后五年，全区地区生产总值年均增长5.5%左右，城镇调查失业率控制在5.5%以内；五年新增城镇就业30万人以上。",
    "今后五年，重点指标体现在以下方面：五年新增城镇就业30万人以上。",
])
def test_the_plans_goal_list_stays_goals(para):
    d = read(_report("淄博市", "二、“十五五”时期发展目标", para))
    assert not _plan_pledges(d), sorted(_plan_pledges(d))
    assert keys_of(d)[("urban_new_jobs", "goal", FY, "level")].value == 30


def _year(lead: str, region: str = "邹城市", year: int = 2025) -> str:
    return (f"{region}{year}年政府工作报告\n\n三、{year}年工作安排\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
            f"一般公共预算收入增长3%。\n\n{lead}新建改造农村公路80公里，新建学校4所，新增养老床位600张。\n")


# 2. a lead holding to the targets named back (紧扣/锚定/聚焦/瞄准/对标/朝着/按照/对照/紧盯 上述目标) turns to the tasks
@pytest.mark.parametrize("verb", ["紧扣", "锚定", "聚焦", "瞄准", "对标", "朝着", "按照", "对照", "紧盯"])
@pytest.mark.parametrize("region,year", [("邹城市", 2025), ("汝州市", 2026), ("台州市", 2021)])
def test_a_lead_holding_to_the_targets_turns_to_the_tasks(verb, region, year):
    d = read(_year(f"{verb}上述目标，重点做好以下工作：", region, year))
    got = {(p.object, p.value) for p in d.pledges}
    assert {("农村公路", 80), ("学校", 4), ("养老床位", 600)} <= got, got


# look-alikes: the targets named back as the list, and the tasks after the verbs already read, unchanged
def test_the_targets_named_back_as_a_list_stay_the_list():
    d = read(_year("上述目标中，地区生产总值增长6%左右，").replace("新建改造农村公路80公里，新建学校4所，新增养老床位600张。",
                                                            "与全省目标相衔接。"))
    assert not d.pledges, [(p.object, p.value) for p in d.pledges]


@pytest.mark.parametrize("verb", ["围绕", "为实现", "为确保"])
def test_the_verbs_already_read_unchanged(verb):
    d = read(_year(f"{verb}上述目标，重点做好以下工作："))
    assert {("农村公路", 80), ("学校", 4)} <= {(p.object, p.value) for p in d.pledges}


def _lone_lead(lead: str, items: tuple[str, ...], title: str = "二、“十五五”时期奋斗目标") -> str:
    body = "\n\n".join(items)
    return (f"江夏区2026年政府工作报告\n\n一、2025年工作回顾\n\n2025年，全区地区生产总值增长5.6%。\n\n{title}\n\n"
            f"今后五年，全区经济社会发展的主要目标是：地区生产总值年均增长6%左右。\n\n{lead}\n\n{body}\n\n"
            f"三、2026年重点工作\n\n今年主要预期目标是：地区生产总值增长6%左右。新建学校5所。\n")


_BULLETS = ("——产业强区工程。五年新增高新技术企业500家，新增城镇就业10万人。", "——城市更新工程。五年改造老旧小区200个。")
_NUMBERED = ("（一）建设产业强区。五年新增高新技术企业500家，新增城镇就业10万人。", "（二）建设宜居城区。五年改造老旧小区200个。")


# 3. a lead to the plan's tasks alone in its paragraph: the items after it, to the part's end, are the plan's tasks
@pytest.mark.parametrize("lead", ["今后五年，我们将重点实施“三大工程”：", "围绕上述目标，重点抓好四个方面：",
                                  "围绕实现上述目标，重点抓好以下工作："])
@pytest.mark.parametrize("items", [_BULLETS, _NUMBERED])
@pytest.mark.parametrize("title", ["二、“十五五”时期奋斗目标", "二、今后五年的目标任务"])
def test_the_items_after_a_lone_lead_to_the_plans_tasks_are_pledged(lead, items, title):
    d = read(_lone_lead(lead, items, title))
    ps = _plan_pledges(d)
    assert {("高新技术企业", 500), ("城镇就业", 10), ("老旧小区", 200)} <= set(ps), sorted(ps)
    assert keys_of(d)[("urban_new_jobs", "goal", FY, "level")].value == 10
    assert {(p.object, p.value, p.period) for p in d.pledges if p.period == "2026"} == {("学校", 5, "2026")}


# look-alikes: a lone lead to the plan's goal list keeps its items goals
@pytest.mark.parametrize("lead", ["今后五年，全区经济社会发展的奋斗目标是：", "今后五年，主要目标包括以下几个方面："])
@pytest.mark.parametrize("items", [_BULLETS, _NUMBERED])
def test_the_items_after_a_lone_goals_lead_stay_goals(lead, items):
    d = read(_lone_lead(lead, items))
    ps = _plan_pledges(d)
    assert ("高新技术企业", 500) not in ps and ("城镇就业", 10) not in ps, sorted(ps)
    assert keys_of(d)[("urban_new_jobs", "goal", FY, "level")].value == 10


# look-alike: a paragraph a later year opens after the lone lead's items states goals, no pledges
def test_a_later_years_paragraph_after_the_lone_leads_items_stays_goals():
    text = _lone_lead("今后五年，我们将重点实施“三大工程”：", _BULLETS).replace(
        "三、2026年重点工作", "到2035年，全区地区生产总值突破3000亿元，常住人口城镇化率达到80%。\n\n三、2026年重点工作")
    d = read(text)
    assert not [p for p in d.pledges if p.period == "2035"], [(p.object, p.value) for p in d.pledges]
    assert ("老旧小区", 200) in _plan_pledges(d)
