"""Pledges and projects of the task parts of unseen reports (holdpledge7): a news digest's account of the
year's tasks after its lead sentence, ..."""
from __future__ import annotations

import pytest

import planwatch


def _pledges(text: str, year: int | None = None) -> set[tuple[str, float, str]]:
    kw = {"overrides": {"report_year": year}} if year else {}
    doc = planwatch.read_text(text, "t.txt", **kw)
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


def _has(got: set, obj: str, value: float, unit: str) -> bool:
    return any(obj in o and v == value and u == unit for o, v, u in got)


# --- a news digest: the sentences after a lead to the year's tasks restate them ---

@pytest.mark.parametrize("text, year, want", [
    ("株洲日报讯  1月10日，株洲市第十六届人民代表大会第四次会议开幕。\n报告明确，2024年株洲将重点抓好八个方面工作。"
     "在扩大有效投资上，全年安排市级重点项目300个。在产业发展上，新增规模工业企业120家，新培育国家级专精特新“小巨人”企业10家。"
     "在城市更新上，改造城镇老旧小区100个、惠及居民3.1万户，新增停车泊位5000个。\n", 2024,
     [("规模工业企业", 120, "家"), ("专精特新", 10, "家"), ("老旧小区", 100, "个"), ("停车泊位", 5000, "个")]),
    ("河北日报讯  1月19日，河北省第十四届人民代表大会第三次会议开幕。\n报告提出，2025年河北将重点抓好十个方面工作。"
     "在扩大内需方面，实施省重点项目600个，完成投资3000亿元。在民生方面，新建改扩建幼儿园100所，新增学位3万个。\n", 2025,
     [("重点项目", 600, "个"), ("幼儿园", 100, "所"), ("学位", 3, "万个")]),
    ("本报讯  2019年2月25日，岚县第十六届人民代表大会第三次会议召开。\n报告明确了今年的工作任务。"
     "围绕脱贫攻坚，全县新建光伏扶贫电站12座，完成易地扶贫搬迁1500人。围绕基础设施，新改建农村公路150公里。\n", 2019,
     [("光伏扶贫电站", 12, "座"), ("易地扶贫搬迁", 1500, "人"), ("农村公路", 150, "公里")]),
    ("记者从区两会获悉，今年江北区将着力抓好六个方面重点工作。其中，改造老旧小区45个，新增停车位2000个，新建口袋公园10个。\n",
     2023, [("老旧小区", 45, "个"), ("停车位", 2000, "个"), ("口袋公园", 10, "个")]),
    ("报告明确，今年将重点抓好八项任务。一是扩大有效投资，实施重点项目200个。二是办好民生实事，新建幼儿园8所。\n", 2024,
     [("重点项目", 200, "个"), ("幼儿园", 8, "所")]),
])
def test_news_sentences_after_a_task_lead(text, year, want):
    got = _pledges(text, year)
    for w in want:
        assert _has(got, *w), (w, got)


@pytest.mark.parametrize("text", [
    "报告提出，今年要重点抓好六项工作。去年全市新增规上工业企业80家，改造老旧小区50个。\n",  # a review cue
    "报告指出，2024年将重点抓好八方面工作。2023年，全市新建学校12所，新增学位5000个。\n",  # a past year
    "报告指出，2024年是实施“十四五”规划的关键一年。全市新增规上工业企业150家，完成老旧小区改造84个。\n",  # no task lead
    "报告回顾了过去一年的工作。全市新增规上工业企业150家，完成老旧小区改造84个。\n",  # a lead looking back
    "今年以来，全市各项工作扎实推进。新增规上工业企业50家，改造老旧小区20个。\n",  # the year so far
    "报告提出，今年将重点做好以下工作。截至目前，全市已建成5G基站3000个。\n",
    "报告提出，今年将抓好十方面工作。据统计，全市累计建成高标准农田50万亩。\n",  # a figure counted
    "会议强调，2024年要扎实做好各项工作。会议通报，全市2023年新建学校12所。\n",
    "报告明确，今年将重点抓好八项任务。过去五年，全市新建学校60所，新增学位3万个。\n",
    "报告提出，今年全市将重点抓好十项工作。主要预期目标是地区生产总值增长5.5%左右，城镇新增就业5万人。\n",
])
def test_no_news_pledges_without_a_task_lead(text):
    assert _pledges(text, 2024) == set()


def test_a_reports_title_and_opening_run_together_lead_no_tasks():
    # a report set on one line: its title, the meeting's date and "向大会报告工作" are no lead to the tasks; the
    # review's figures after them stay results
    text = ("政府工作报告——2025年1月23日在某某市第六届人民代表大会第五次会议上市人民政府市长某某各位代表:现在,我代表市人民政府,"
            "向大会报告工作,请予审议,并请各位政协委员和其他列席同志提出意见。签约引进千万元以上项目609个,到位资金393亿元。\n")
    assert _pledges(text, 2025) == set()


# --- ...and the paragraphs after a lead set as a paragraph of its own ---

def test_news_paragraphs_after_a_task_lead_paragraph():
    got = _pledges("本报讯  1月8日，某某市第十六届人民代表大会第四次会议开幕。\n报告提出，2024年要重点抓好以下几方面工作。\n"
                   "在产业发展上，新增规模工业企业120家，新培育专精特新企业30家。\n"
                   "在民生保障上，新建中小学幼儿园10所，新增学位1.2万个。\n", 2024)
    for w in [("规模工业企业", 120, "家"), ("专精特新企业", 30, "家"), ("中小学幼儿园", 10, "所"), ("学位", 1.2, "万个")]:
        assert _has(got, *w), (w, got)
    got = _pledges("报告提出，今年要重点抓好六方面工作。\n——扩大有效投资。实施重点项目300个。\n——增进民生福祉。新增养老床位500张。\n", 2024)
    assert _has(got, "重点项目", 300, "个") and _has(got, "养老床位", 500, "张")


@pytest.mark.parametrize("text, want", [
    # a paragraph looking back ends the run: the paragraph after it stays out
    ("报告提出，2024年要重点抓好以下几方面工作。\n报告回顾，过去一年全市新增规模工业企业120家。\n全市新建中小学幼儿园10所，新增学位1.2万个。\n", set()),
    ("报告提出，今年要重点抓好六方面工作。\n2023年，全市新建学校12所，新增学位5000个。\n", set()),
    ("报告提出，今年经济增长预期目标为6%左右，要重点抓好六方面工作。\n全市城镇新增就业5万人，新建学校5所。\n", set()),
    # a figure in stock after the tasks ("现有", "已建成") is no pledge
    ("报告提出，今年要重点抓好六方面工作。\n在产业发展上，新增规上工业企业100家。\n记者了解到，该市现有规上工业企业1200家，已建成5G基站8000个。\n",
     {("规上工业企业", 100, "家")}),
])
def test_news_paragraph_run_ends(text, want):
    assert _pledges(text, 2024) == want


# --- 保持 before a figure: a level kept ("水质优Ⅲ类比例保持100%"), as 保持在 ---

_PLAN = ("某某县人民政府工作报告\n——2022年1月10日在某某县第十届人民代表大会第三次会议上\n\n一、2021年工作回顾\n"
         "过去一年，全县地区生产总值增长5.2%。国考断面水质优良比例保持100%。\n\n二、2022年工作安排\n（一）加强生态环境保护。")


@pytest.mark.parametrize("body, want", [
    ("国考断面水质优Ⅲ类比例保持100%。", ("比例", 100, "%")),
    ("城市集中式饮用水水源地水质达标率保持100%，新增造林面积3万亩。", ("水质达标率", 100, "%")),
    ("全年空气质量优良天数比例保持90%以上。", ("空气质量优良天数比例", 90, "%")),
    ("全县上市后备企业保持20家以上。", ("上市后备企业", 20, "家")),
])
def test_a_level_kept(body, want):
    got = _pledges(_PLAN + body + "\n")
    assert _has(got, *want), got
    assert not _has(got, "国考断面水质优良比例", 100, "%")  # the review's, kept last year


@pytest.mark.parametrize("body", [
    "保持6.5%的增长速度，保持3个百分点以上的增速差。",  # a rate of growth kept: no object
    "保持高压态势，连续5年保持全省前3位。",
    "保持“全国文明城市”称号，粮食播种面积保持稳定。",
])
def test_keeping_no_level(body):
    assert _pledges(_PLAN + body + "\n") == set()


# --- capacities of power and of energy stored: 吉瓦, 兆瓦时, 吉瓦时, GW, GWh ---

_ENERGY = ("某某市人民政府工作报告\n——2025年1月10日在某某市第十届人民代表大会第三次会议上\n\n一、2024年工作回顾\n"
           "过去一年，全市地区生产总值增长5.2%。\n\n二、2025年工作安排\n（一）壮大新能源产业。")


@pytest.mark.parametrize("body, want", [
    ("动力电池产能达到300吉瓦时。", ("动力电池产能", 300, "吉瓦时")),
    ("新型储能装机规模达到2吉瓦，新增分布式光伏装机200兆瓦。", ("新型储能装机规模", 2, "吉瓦")),
    ("建成新型储能电站100兆瓦时。", ("新型储能电站", 100, "兆瓦时")),
    ("光伏组件产能突破20GW。", ("光伏组件产能", 20, "GW")),
    ("锂电池产能达到50GWh，新增风电装机100万千瓦。", ("锂电池产能", 50, "GWh")),
])
def test_power_and_energy_capacities(body, want):
    assert _has(_pledges(_ENERGY + body + "\n"), *want)


def test_a_capacity_as_a_size_class_is_no_count():
    # "100兆瓦级", "30万千瓦以下": a grade and a threshold, not a capacity pledged; 兆瓦时 not read as 兆瓦
    got = _pledges(_ENERGY + "淘汰30万千瓦以下煤电机组，建设100兆瓦级储能示范项目2个。建成新型储能电站100兆瓦时。\n")
    assert len(got) == 2 and _has(got, "储能示范项目", 2, "个") and _has(got, "新型储能电站", 100, "兆瓦时"), got


# --- projects: an intercity line named 城际轨道 ---

def _projects(body: str) -> set[str]:
    text = ("某某市人民政府工作报告\n——2022年1月10日在某某市第十届人民代表大会第三次会议上\n\n一、2021年工作回顾\n"
            "过去一年，全市地区生产总值增长5.2%。\n\n二、2022年工作安排\n（一）扩大有效投资。" + body + "\n")
    doc = planwatch.read_text(text, "t.txt")
    for j in doc.projects:
        assert text[j.start:j.end] == j.quote
    return {j.name for j in doc.projects}


@pytest.mark.parametrize("body, want", [
    ("开工建设义乌至东阳城际轨道、双江水利枢纽工程。", {"义乌至东阳城际轨道", "双江水利枢纽工程"}),
    ("推进金义东城际轨道建设。", {"金义东城际轨道"}),
    ("加快宁句城际轨道、南京地铁5号线建设。", {"宁句城际轨道", "南京地铁5号线"}),
    # the kind alone, or a network of lines, is no project
    ("推进城际轨道建设。", set()),
    ("积极融入都市圈城际轨道网。", set()),
    ("谋划城际轨道交通项目。", set()),
])
def test_intercity_lines(body, want):
    assert _projects(body) == want


# --- 减贫: an action that names what is done, its own object (as 减税降费) ---

_POVERTY = ("某某县人民政府工作报告\n——2018年1月20日在某某县第十七届人民代表大会第二次会议上\n\n一、2017年工作回顾\n"
            "过去一年，全县减贫1.9万人，贫困发生率下降到18.6%。\n\n二、2018年主要工作\n（一）坚决打赢脱贫攻坚战。")


@pytest.mark.parametrize("body, want", [
    ("确保全年减贫1.3万人，贫困发生率下降到12%以下。", {("减贫", 1.3, "万人"), ("贫困发生率", 12, "%")}),
    ("计划减贫3200户1.2万人。", {("减贫", 3200, "户"), ("减贫", 1.2, "万人")}),
    ("巩固减贫成果，防止返贫。", set()),
    ("实施减贫项目120个。", {("减贫项目", 120, "个")}),
])
def test_poverty_reduced(body, want):
    got = _pledges(_POVERTY + body + "\n")
    assert got == want  # (the review's 减贫1.9万人 stays out)


# --- a task item's sentence naming several indicators is no target list where its clauses open on a task's verb ---

_TASKS = ("某某区人民政府工作报告\n——2025年1月8日在某某区第三届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
          "过去一年，全区地区生产总值增长5.6%，新建学校3所。\n\n二、2025年工作安排\n")


def test_task_item_with_indicators_and_new_counts():
    got = _pledges(_TASKS + "（一）强化科技创新。全社会研发投入强度达到3%，新增国家高新技术企业60家、省级研发机构15个，"
                            "技术合同成交额突破50亿元。\n")
    for w in [("研发投入强度", 3, "%"), ("高新技术企业", 60, "家"), ("省级研发机构", 15, "个"), ("技术合同成交额", 50, "亿元")]:
        assert _has(got, *w), (w, got)


@pytest.mark.parametrize("body", [
    # the year's targets unlabelled, with 新增城镇就业 among three more: still a list
    "2025年政府工作的总体要求是：坚持稳中求进工作总基调。全区地区生产总值增长6%左右，新增城镇就业1500人，"
    "城镇调查失业率控制在5.5%以内，居民人均可支配收入增长6.5%。",
    "2025年全区经济社会发展的建议目标：地区生产总值增长6%，规上工业增加值增长8%，新增城镇就业2000人，新增市场主体3000户。",
    "（一）全力稳增长。全年地区生产总值增长6%，固定资产投资增长8%，新增城镇就业1500人，社会消费品零售总额增长6%。",
    # (self-review) items opening on 实现 or 完成: a target list's own verbs
    "（一）全力稳增长。实现地区生产总值增长6%，完成固定资产投资200亿元，实现社会消费品零售总额100亿元，完成一般公共预算收入12亿元。",
    "今年全区经济工作的总体思路是：坚持稳中求进。力争实现地区生产总值增长6%，完成规上工业增加值增长8%，实现进出口总额20亿元。",
])
def test_target_lists_with_a_new_count_stay_lists(body):
    assert _pledges(_TASKS + body + "\n") == set()


# --- the object said first, before a clause about the past that counts the same verb ---

_CITY23 = ("某某市人民政府工作报告\n——2023年1月12日在某某市第八届人民代表大会第二次会议上\n\n一、2022年工作回顾\n"
           "过去一年，全市地区生产总值增长4.6%。\n\n二、2023年工作安排\n（一）推进城市更新。")


@pytest.mark.parametrize("body, want", [
    ("继续实施老旧小区改造，去年已改造86个，今年计划改造92个。", {("老旧小区", 92, "个")}),
    ("实施农村危房改造，2022年改造1200户，今年改造800户。", {("农村危房", 800, "户")}),
    ("去年改造86个，今年计划改造92个。", set()),  # no object said
])
def test_object_before_a_past_count_of_the_same_verb(body, want):
    got = _pledges(_CITY23 + body + "\n")
    assert len(got) == len(want) and all(_has(got, *w) for w in want), got


# --- self-review: look-alikes where the rules above must not fire ---

@pytest.mark.parametrize("text", [
    # a mid-year meeting: the half year so far is a result
    "7月20日，市政府召开全体会议。会议强调，今年下半年要抓好六项重点工作。上半年，全市新建学校5所，改造老旧小区20个。\n",
    "会议要求，今年要全力抓好各项工作。截至6月底，全市已建成5G基站3000个。\n",
    "会议强调，今年要抓好六项重点工作。1至6月，全市新增规上企业30家。\n",
    "会议强调，今年要抓好六项重点工作。\n截至6月底，全市已建成5G基站3000个。\n",
    "报告提出，今年要重点抓好六方面工作。\n全市已建成5G基站3000个。\n",
    # what the meeting heard, and the stock the region has, after the lead
    "报告提出，今年要重点抓好六方面工作。\n会上还通报了全市重点项目建设情况。全市共有在建项目320个，总投资1500亿元。\n",
    "报告提出，今年要重点抓好六方面工作。\n目前，全市拥有规上工业企业1500家、高新技术企业800家。\n",
])
def test_news_results_after_a_task_lead(text):
    assert _pledges(text, 2024) == set()


@pytest.mark.parametrize("body", [
    # 保持 in the year's target list: facts, not pledges
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%，居民消费价格涨幅保持3%左右，城镇调查失业率保持5.5%以内。",
    "（一）主要目标\n地区生产总值增长6%左右；居民消费价格涨幅保持3%左右；粮食产量保持50万吨以上。",
])
def test_keeping_in_a_target_list(body):
    head = ("某某县人民政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
            "过去一年，全县地区生产总值增长5.2%，森林覆盖率保持68%。\n\n二、2024年工作安排\n")
    assert _pledges(head + body + "\n") == set()
