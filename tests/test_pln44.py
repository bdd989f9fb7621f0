"""Whole plan reports of districts, counties and county-level cities, blind (pln44, decision 306): a plan report
states its year's project list twice, once among the tasks ("全年安排区重点项目210个，计划完成投资330亿元") and again
in a part of its own on the major projects ("2020年，全区计划安排重点项目210个，总投资1860亿元，年度计划投资330亿元"),
the object shorter or longer by a scope or the year's words, and both were pledged; and a category of that list
("城市建设类项目88个") was read as the act 建设 on "类项目". Each with look-alikes that must not change."""
import pytest

from factkeys import read


def _plan(unit: str, year: int, tasks: str, projects: str) -> str:
    return (f"关于{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月10日在第十八届人民代表大会第三次会议上\n\n各位代表：\n"
            f"一、{year - 1}年计划执行情况\n全{unit}地区生产总值增长6.1%。\n"
            f"二、{year}年主要预期目标\n地区生产总值增长6%左右。\n"
            f"三、{year}年主要任务\n（一）扩大有效投资。{tasks}\n（二）保障改善民生。新建改扩建学校6所，新增养老床位300张。\n"
            f"四、{year}年重大项目安排\n{projects}\n")


def _values(d) -> list:
    return sorted((p.value, p.unit) for p in d.pledges)


# (unit, year, the tasks' statement, the projects part's restatement, the two figures)
_RESTATED = [
    ("区", 2020, "全年安排区重点项目210个，计划完成投资330亿元。",
     "2020年，全区计划安排重点项目210个，总投资1860亿元，年度计划投资330亿元。", (210, 330)),
    ("县", 2025, "全年安排重点项目130个，计划完成投资200亿元以上。",
     "2025年，全县共安排县级重点项目130个，年度计划完成投资200亿元以上。", (130, 200)),
    ("市", 2023, "全年实施市级重点建设项目96个，完成年度投资152亿元。",
     "今年共安排重点建设项目96个，全年计划投资152亿元。", (96, 152)),
    ("区", 2019, "实施区重大项目88个，年度计划投资120亿元。",
     "全区谋划实施重大项目88个，完成投资120亿元。", (88, 120)),
]


@pytest.mark.parametrize("unit,year,tasks,projects,figures", _RESTATED)
def test_a_project_list_restated_in_its_own_part_is_pledged_once(unit, year, tasks, projects, figures):
    d = read(_plan(unit, year, tasks, projects))
    count, invest = figures
    got = _values(d)
    assert got.count((count, "个")) == 1, got
    assert got.count((invest, "亿元")) == 1, got
    assert {(6, "所"), (300, "张")} <= set(got)


@pytest.mark.parametrize("tasks,projects,kept", [
    # another stage of the projects, the object holding the first: both stand
    ("全年新开工重点项目50个。", "全年竣工区重点项目50个。", [(50, "个"), (50, "个")]),
    # a bare head counted before, a longer word holding it later: both stand
    ("引导入驻企业30家以上。", "新培育国家级高新技术企业30家以上。", [(30, "家"), (30, "家")]),
    # the same figure of another thing: both stand
    ("新建幼儿园5所。", "新建乡镇敬老院5所。", [(5, "所"), (5, "所")]),
    # two figures in one sentence, the object of one holding the other's: both stand (not a restatement)
    ("新建学校12所、农村学校12所。", "", [(12, "所"), (12, "所")]),
])
def test_look_alikes_of_a_restatement_stand(tasks, projects, kept):
    d = read(_plan("县", 2024, tasks, projects))
    got = [v for v in _values(d) if v in kept]
    assert got == kept, _values(d)


@pytest.mark.parametrize("line,kinds", [
    ("其中，产业发展类项目40个；城市建设类项目60个，年度计划投资110亿元；生态保护类项目20个。", ("城市建设类",)),
    ("分为基础设施建设类项目35个、公共服务类项目28个、改造提升类项目12个。", ("基础设施建设类", "改造提升类")),
    ("2022年安排城市建设类重点项目45个，年度计划投资80亿元。", ("城市建设类",)),
])
def test_a_category_of_projects_is_no_act(line, kinds):
    d = read(_plan("区", 2022, "全年安排重点项目150个。", line))
    assert not [p for p in d.pledges if p.object.startswith("类")], [(p.action, p.object) for p in d.pledges]
    for k in kinds:
        head = k[:-1]
        assert not [p for p in d.pledges if p.action and head.endswith(p.action)], \
            [(p.action, p.object) for p in d.pledges]


@pytest.mark.parametrize("line,obj", [
    ("新建类脑智能研究院1个。", "类脑智能研究院"),  # 类脑 names a thing, the verb before acts
    ("完成类似改造项目3个。", "类似改造项目"),
    ("新建道路8条。", "道路"),
])
def test_a_verb_before_other_words_of_lei_still_acts(line, obj):
    d = read(_plan("县", 2021, "", line))
    assert [p.object for p in d.pledges if p.object == obj] == [obj]


# a district's plan report proposes the year's indicators as a plan ("主要指标计划安排为："): the list's items are
# indicator targets, no pledges, as under "主要预期目标建议为："
_PLAN_LEADS = [
    ("成都市温江区", 2023, "建议2023年主要指标计划安排为：地区生产总值增长7%；一般公共预算收入增长6%；城镇新增就业1.2万人。"),
    ("长沙县", 2021, "2021年全县主要指标建议计划安排如下：地区生产总值增长6.5%；一般公共预算收入增长6%；城镇新增就业1.2万人。"),
    ("浏阳市", 2024, "根据上述考虑，2024年全市主要指标计划为：地区生产总值增长7%左右；一般公共预算收入增长6%；城镇新增就业1.2万人。"),
    ("苏州市吴江区", 2019, "建议2019年主要指标计划设定为：地区生产总值增长7%；一般公共预算收入增长6%；城镇新增就业1.2万人。"),
]


def _proposal(region: str, year: int, lead: str) -> str:
    return (f"关于{year - 1}年国民经济和社会发展计划执行情况及{year}年计划草案的报告\n"
            f"——{year}年1月5日在{region}第十九届人民代表大会第三次会议上\n一、{year - 1}年计划执行情况\n"
            f"地区生产总值增长3.1%。\n二、{year}年计划安排\n{lead}\n三、主要任务\n全年新增规上工业企业25家。\n")


@pytest.mark.parametrize("region,year,lead", _PLAN_LEADS)
def test_indicators_proposed_as_a_plan_are_targets_not_pledges(region, year, lead):
    d = read(_proposal(region, year, lead))
    assert [(p.object, p.value) for p in d.pledges] == [("规上工业企业", 25)]
    fs = {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}
    assert fs[("general_budget_revenue", "target", str(year), "growth")] == 6
    assert fs[("urban_new_jobs", "target", str(year), "level")] == 1.2


@pytest.mark.parametrize("lead,objects", [
    ("重点项目主要指标计划安排如下：新开工项目60个，完成投资150亿元。", ("项目", "项目投资")),  # a part's own list
    ("民生实事主要指标计划安排为：新建幼儿园5所，新增养老床位300张。", ("幼儿园", "养老床位")),
])
def test_a_parts_indicators_proposed_as_a_plan_stay_pledges(lead, objects):
    d = read(_proposal("长沙县", 2022, lead))
    assert set(objects) <= {p.object for p in d.pledges}
