"""Session 17 left17: classes seen once on blind material and their look-alikes — a figure of the name before left out
("这一指标比去年增长7%左右"), last year's figure after the last ；-item of a target list ("。去年这一指标为4.6%"), land
secured (保障…用地) and lines re-arranged (优化调整公交线路) as pledges, a status verb each in "新开工、续建、竣工…分别为",
parts counted after a work with no figure ("，其中县道35公里", "分别为110千伏线路18公里、…"), the work of those helped
("帮助返乡农民工转移就业8000人")."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py

HEAD = "政府工作报告\n——2025年1月10日在某市第十七届人民代表大会第五次会议上\n一、2024年工作回顾\n全市地区生产总值增长5.5%。\n二、2025年工作安排\n"
LIST = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
TASKS = HEAD + "围绕上述目标，重点抓好以下工作：\n（一）扩大有效投资。"


def acts(text: str) -> set:
    return {(p.action, p.object, p.value, p.unit) for p in read(text).pledges}


# 1. "这一指标比去年增长…": this year's growth of the name before, its name left out (no pledge of 这一指标)
@pytest.mark.parametrize("sent,key,value", [
    (LIST + "社会消费品零售总额达到620亿元，这一指标比去年增长7%左右；城镇调查失业率控制在5.5%以内。",
     ("retail_sales", "target", "2025", "growth"), (7, "about")),
    (LIST + "外贸进出口总额达到180亿元，该指标较上年增长10%；城镇调查失业率控制在5.5%以内。",
     ("foreign_trade", "target", "2025", "growth"), (10, "eq")),
    ("力争接待游客突破1.8亿人次，这一指标比去年增长11%左右。", ("tourist_visits", "target", "2025", "growth"), (11, "about")),
])
def test_this_years_growth_of_the_name_before(sent, key, value):
    assert val(facts(HEAD + sent + "\n", report_year=2025), key) == value


def test_the_name_left_out_is_no_pledges_object():
    got = read(HEAD + "力争接待游客突破1.8亿人次，这一指标比去年增长11%左右。\n").pledges
    assert not any(p.object in ("这一指标", "该指标") for p in got)
    assert any(p.object == "游客" and p.value == 1.8 for p in got)


def test_last_years_growth_against_the_year_before_stays_last_years():
    # look-alike: in the review, "该指标比上年增长" goes on with last year's result
    text = HEAD.replace("全市地区生产总值增长5.5%。", "全年社会消费品零售总额达到580亿元，该指标比上年增长6.2%。")
    assert val(facts(text, report_year=2025), ("retail_sales", "actual", "2024", "growth")) == (6.2, "eq")


# 2. "。去年这一指标为…" after the last ；-item of a target list: last year's result of that item's name
@pytest.mark.parametrize("sent,key,value", [
    (LIST + "城镇调查失业率控制在5.5%以内。去年这一指标为5.1%。", ("urban_unemployment_rate", "actual", "2024", "share"), (5.1, "eq")),
    (LIST + "城镇调查失业率控制在5%左右。去年该指标为4.8%，保持总体稳定。",
     ("urban_unemployment_rate", "actual", "2024", "share"), (4.8, "eq")),
    (LIST + "研发经费投入强度达到3.2%。去年这一数字为3.05%。", ("rnd_intensity", "actual", "2024", "share"), (3.05, "eq")),
    ("今年的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。去年这一指标为5.1%。",
     ("urban_unemployment_rate", "actual", "2024", "share"), (5.1, "eq")),
])
def test_last_years_figure_after_a_target_lists_last_item(sent, key, value):
    fs = facts(HEAD + sent + "\n", report_year=2025)
    assert val(fs, key) == value
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")


def test_last_years_figure_is_not_the_items_before():
    # look-alike: the figure is the last item's, not the first item's
    fs = facts(HEAD + LIST + "城镇调查失业率控制在5.5%以内。去年这一指标为5.1%。\n", report_year=2025)
    assert ("gdp", "actual", "2024", "share") not in fs
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.5, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "at_most")


# 3. land secured for a use (保障…用地) and lines re-arranged (优化调整) are pledges; the work of those helped
@pytest.mark.parametrize("sent,pledge", [
    ("保障重点工业项目用地3200亩。", ("保障", "重点工业项目用地", 3200, "亩")),
    ("全年保障重大基础设施项目用地2800亩以上。", ("保障", "重大基础设施项目用地", 2800, "亩")),
    ("新开通公交线路12条，优化调整公交线路25条。", ("优化调整", "公交线路", 25, "条")),
    ("新开通城乡公交线路8条，调整优化镇村公交线路20条。", ("调整优化", "镇村公交线路", 20, "条")),
    ("帮助返乡农民工转移就业8000人。", ("帮助", "转移就业", 8000, "人")),
])
def test_task_verbs(sent, pledge):
    assert pledge in acts(TASKS + sent + "\n")


def test_the_first_item_keeps_its_own_verb():
    got = acts(TASKS + "新开通公交线路12条，优化调整公交线路25条。\n")
    assert ("新开通", "公交线路", 12, "条") in got
    assert not any(a == "新开通" and v == 25 for a, _, v, _ in got)


@pytest.mark.parametrize("sent,pledge", [
    # look-alikes: 保障 before 性 names a kind of housing; 保障 of a need is no count
    ("新建保障性租赁住房1500套。", ("新建", "保障性租赁住房", 1500, "套")),
    ("落实粮食播种面积稳定在120万亩。", ("落实", "粮食播种面积", 120, "万亩")),
])
def test_look_alike_verbs_stay(sent, pledge):
    assert pledge in acts(TASKS + sent + "\n")


def test_a_need_secured_with_no_land_is_no_pledge_of_its_own():
    got = read(TASKS + "保障困难群众基本生活，发放救助资金2亿元。\n").pledges
    assert [(p.action, p.object) for p in got] == [("发放", "救助资金")]


def test_people_moved_into_work_with_no_help_verb_stay():
    # look-alike: no help verb before whom; the existing reading (those moved into work) stays
    got = acts(TASKS + "农村劳动力转移就业1.5万人。\n")
    assert ("转移就业", "农村劳动力", 1.5, "万人") in got


# 4. a status verb each in "新开工、续建、竣工…分别为…"
@pytest.mark.parametrize("sent,expected", [
    ("全年新开工、续建、竣工重大项目分别为60个、85个、40个。",
     {("新开工", "重大项目", 60, "个"), ("续建", "重大项目", 85, "个"), ("竣工", "重大项目", 40, "个")}),
    ("新签约、新开工、新投产亿元以上项目分别为80个、60个、45个。",
     {("新签约", "亿元以上项目", 80, "个"), ("新开工", "亿元以上项目", 60, "个"), ("新投产", "亿元以上项目", 45, "个")}),
    ("新开工、竣工项目分别达到150个、90个。", {("新开工", "项目", 150, "个"), ("竣工", "项目", 90, "个")}),
])
def test_one_status_verb_each(sent, expected):
    assert expected <= acts(TASKS + sent + "\n")


def test_a_chain_of_two_verbs_with_one_count_stays_one():
    # look-alike: one count for the chain, no 分别: the chain acts as one
    assert ("新建、改扩建", "学校", 12, "所") in acts(TASKS + "新建、改扩建学校12所。\n")


# 6. parts counted after a work with no figure
@pytest.mark.parametrize("sent,expected", [
    ("改造提升农村公路，其中县道35公里、乡道60公里。", {("改造提升", "县道", 35, "公里"), ("改造提升", "乡道", 60, "公里")}),
    ("新建改造农村电网线路，其中10千伏线路120公里、低压线路260公里。",
     {("新建改造", "10千伏线路", 120, "公里"), ("新建改造", "低压线路", 260, "公里")}),
    ("新建改造农村电网线路分别为110千伏线路18公里、35千伏线路42公里。",
     {("新建改造", "110千伏线路", 18, "公里"), ("新建改造", "35千伏线路", 42, "公里")}),
    ("新建改造城市供水、燃气管网分别为供水管网35公里、燃气管网28公里。",
     {("新建改造", "供水管网", 35, "公里"), ("新建改造", "燃气管网", 28, "公里")}),
])
def test_parts_counted_after_a_work(sent, expected):
    assert expected <= acts(TASKS + sent + "\n")


def test_values_after_each_with_the_names_before_stay():
    # look-alike: the names stand before 分别为, the values alone after it
    got = acts(TASKS + "新建改造供水、燃气管网分别为35公里、28公里。\n")
    assert {("新建改造", "供水管网", 35, "公里"), ("新建改造", "燃气管网", 28, "公里")} <= got


def test_a_breakdown_after_a_rate_is_no_pledge():
    # look-alike: a rate after 其中 is not counted by the work before
    assert not read(TASKS + "做好就业工作，其中高校毕业生就业率95%以上。\n").pledges


def test_limits_after_each_stay_facts():
    # look-alike: "分别为" with values of indicators named before it: facts, no pledges
    d = read(HEAD + "PM2.5和PM10平均浓度分别为35微克/立方米、60微克/立方米。\n")
    assert not d.pledges


def test_this_years_growth_after_a_comma_list_is_not_last_years():
    # look-alike: after a comma-joined list, "这一指标比去年增长" is this year's growth of the last name, not last year's
    fs = facts(HEAD + "今年的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额达到620亿元，这一指标比去年增长7%左右。\n",
               report_year=2025)
    assert ("retail_sales", "actual", "2024", "growth") not in fs
    assert val(fs, ("retail_sales", "target", "2025", "growth")) == (7, "about")


# a news page: "报告部署，今年将…" leads the paragraph's tasks; a sentence opening on a topic ("交通方面，") goes on
NEWS = "某市政府工作报告解读\n来源：某某日报 2025-01-14\n1月13日，某市第十七届人民代表大会第五次会议开幕，市长作政府工作报告。\n"


def test_a_news_paragraphs_tasks_go_on_past_a_topic():
    got = acts(NEWS + "报告部署，今年将重点推进产业项目建设，新开工亿元以上项目100个；保障产业项目用地5000亩。"
                      "交通方面，新开通城乡公交线路15条。民生方面，新建城区停车位4000个。\n")
    assert {("保障", "产业项目用地", 5000, "亩"), ("新开通", "城乡公交线路", 15, "条"), ("新建", "城区停车位", 4000, "个")} <= got


def test_a_news_paragraphs_results_after_a_topic_stay_results():
    # look-alike: the paragraph looks back (last year's results): a topic opening the next sentence pledges nothing
    got = read(NEWS + "报告显示，2024年全市地区生产总值增长5.8%。交通方面，新开通城乡公交线路15条。\n").pledges
    assert not got


# 8. a note in brackets inside an indicator's name is read as if left out
REVIEW = "政府工作报告\n——2025年1月10日在某市第十七届人民代表大会第五次会议上\n一、2024年工作回顾\n"


@pytest.mark.parametrize("sent,key,value", [
    ("全年接待海内外（含一日游）游客2350万人次，增长12%。", ("tourist_visits", "actual", "2024", "level"), (2350, "eq")),
    ("全年接待海内外（含一日游）游客2350万人次，增长12%。", ("tourist_visits", "actual", "2024", "growth"), (12, "eq")),
    ("规模以上（含限额以上）工业增加值增长8.1%。", ("industrial_va", "actual", "2024", "growth"), (8.1, "eq")),
])
def test_a_note_inside_a_name(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2025)
    assert val(fs, key) == value
    assert fs[key].quote.startswith(sent[2:6] if sent.startswith("全年") else sent[:4])


@pytest.mark.parametrize("sent,key,value", [
    # look-alikes: a note after the whole name, an abbreviation after it
    ("全年接待国内外游客（含一日游）2350万人次。", ("tourist_visits", "actual", "2024", "level"), (2350, "eq")),
    ("地区生产总值（GDP）增长6.1%。", ("gdp", "actual", "2024", "growth"), (6.1, "eq")),
])
def test_a_note_after_a_name_stays(sent, key, value):
    assert val(facts(REVIEW + sent + "\n", report_year=2025), key) == value


def test_a_note_inside_a_part_of_a_name_names_no_whole():
    # look-alike: read without its note, "接待国内游客" is no name of all visitors (domestic ones only)
    fs = facts(REVIEW + "全年接待国内（市外）游客1650万人次。\n", report_year=2025)
    assert ("tourist_visits", "actual", "2024", "level") not in fs


@pytest.mark.parametrize("sent,pledge", [
    # look-alikes of 优化 as a verb: a work with no figure before a clause with its own verb leaves that verb acting
    ("优化营商环境，新增市场主体1.2万户。", ("新增", "市场主体", 1.2, "万户")),
    ("持续优化公交线网，公交线路达到50条。", ("达到", "公交线路", 50, "条")),
    ("优化产业结构，高新技术产业增加值占比达到40%。", ("达到", "高新技术产业增加值占比", 40, "%")),
])
def test_optimising_a_field_leaves_the_next_clauses_verb(sent, pledge):
    assert pledge in acts(TASKS + sent + "\n")
