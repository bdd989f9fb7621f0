"""Leftovers of pledges, projects and news (branch leftp4): the unnumbered title of the year's plan inside a
numbered review, a status verb before a district's institution (建成区中医医院), named lines built (渝湘高速复线),
an item's number alone on its line before a percentage, and the region of short-named news leads. Each with
look-alikes that must not change."""
from __future__ import annotations

import pytest

import planwatch

from taskdoc import read as _read, report as _report, role_at as _role_at  # noqa: E402


def _pledged(doc) -> set[tuple[str, float, str]]:
    return {(p.object, p.value, p.unit) for p in doc.pledges}


# --- 1. the unnumbered title of the year's plan after a numbered review opens the plan's part ---

@pytest.mark.parametrize("level, year, body, item, want", [
    ("县", 2019, "一、2018年工作回顾\n过去一年，全县地区生产总值增长6.5%。新建农村公路50公里。\n\n2019年工作部署\n"
     "2019年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n1.加快产业发展。新建标准化厂房10万平方米，引进项目20个。\n"
     "2.改善民生。新建幼儿园5所，改造农村危房300户。\n", "2.改善民生", {("幼儿园", 5, "所"), ("农村危房", 300, "户")}),
    ("市", 2024, "一、2023年工作回顾\n过去一年，全市地区生产总值增长6%，新建5G基站2000个。\n（一）经济运行稳中向好。规上工业增加值增长7%。\n"
     "（二）民生保障有力有效。新增城镇就业1.2万人。\n\n2024年重点工作\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
     "（一）扩大有效投资。新开工重大项目100个，完成投资500亿元。\n（二）办好民生实事。新建幼儿园10所，改造老旧小区80个。\n\n"
     "三、加强政府自身建设\n坚持依法行政。\n", "（二）办好民生实事", {("重大项目", 100, "个"), ("老旧小区", 80, "个")}),
    ("区", 2024, "过去一年，全区地区生产总值增长6%，新建5G基站200个。\n\n今年工作安排\n（1）扩大有效投资。新开工重大项目30个，"
     "完成投资50亿元。\n（2）办好民生实事。新建幼儿园3所，改造老旧小区18个。\n", "（2）办好民生实事", {("幼儿园", 3, "所")}),
    ("市", 2023, "第一部分 2022年工作回顾\n一年来，全市地区生产总值增长4.5%。\n一、产业发展提质增效。新建5G基站800个。\n"
     "二、民生福祉持续增进。新增城镇就业8000人。\n\n2023年工作安排\n1.抓项目扩投资。实施重点项目150个，完成年度投资300亿元。\n"
     "2.抓民生补短板。新建公办幼儿园6所，新增停车位2000个。\n", "2.抓民生补短板", {("公办幼儿园", 6, "所"), ("停车位", 2000, "个")}),
    ("县", 2021, "一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.2%。\n\n今年重点工作\n（1）全力推进乡村振兴。新建高标准农田2万亩，"
     "改造农村公路60公里。\n（2）持续改善民生。新增城镇就业2500人。\n", "（1）全力推进乡村振兴", {("高标准农田", 2, "万亩")}),
])
def test_plan_title_without_number_after_a_numbered_review(level, year, body, item, want):
    doc = _read(_report(level, year, body))
    assert _role_at(doc, item) == "tasks"
    assert want <= _pledged(doc), doc.pledges


def test_plan_report_task_title_without_number():
    body = ("一、2023年国民经济和社会发展计划执行情况\n全市地区生产总值增长5.8%。\n1.工业生产回升。规上工业增加值增长6%。\n\n"
            "2024年经济社会发展主要任务\n1.扩大有效需求。新开工亿元以上项目120个。\n2.建设宜居城市。改造城镇老旧小区60个，新建城市道路25公里。\n")
    doc = _read(_report("市", 2024, body, "关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告"))
    assert _role_at(doc, "1.工业生产回升") == "review"
    assert _role_at(doc, "2.建设宜居城市") == "tasks"
    assert ("城市道路", 25, "公里") in _pledged(doc)


@pytest.mark.parametrize("level, year, body, item, role, none", [
    # a review's own sub-title on last year's work: the review's
    ("县", 2024, "一、2023年工作回顾\n过去一年，全县地区生产总值增长6%。\n2023年重点工作完成情况\n1.项目建设。新建标准化厂房5万平方米。\n"
     "2.民生保障。新建幼儿园2所。\n\n二、2024年工作安排\n1.扩大投资。新建标准化厂房8万平方米。\n", "2.民生保障", "review", {5, 2}),
    ("区", 2024, "一、2023年工作回顾\n过去一年，全区地区生产总值增长6%。\n2022年重点工作\n1.新建学校3所。\n2.改造老旧小区12个。\n\n"
     "二、2024年工作安排\n新建学校5所。\n", "2.改造老旧小区", "review", {3, 12}),
    # a review's sub-title with 今年 that looks back
    ("县", 2024, "一、2023年工作回顾\n过去一年，全县地区生产总值增长6%。\n今年以来重点工作\n1.新建学校3所。\n\n二、2024年工作安排\n"
     "新建学校5所。\n", "1.新建学校3所", "review", {3}),
    # a plain title inside the numbered plan part: the plan's, as before
    ("市", 2024, "一、2023年工作回顾\n过去一年，全市地区生产总值增长6%。\n\n二、2024年工作安排\n2024年主要预期目标\n地区生产总值增长6%左右。\n"
     "（一）扩大有效投资。新开工重大项目100个。\n（二）办好民生实事。新建幼儿园10所。\n", "（二）办好民生实事", "tasks", set()),
])
def test_plain_titles_that_open_no_plan_part(level, year, body, item, role, none):
    doc = _read(_report(level, year, body))
    assert _role_at(doc, item) == role
    assert not none & {p.value for p in doc.pledges}


# --- 2. a status verb before 区 and the district's own institution: the verb, not a zone's word ---

from taskdoc import names  # noqa: E402


@pytest.mark.parametrize("body, want, not_first", [
    ("年内建成区中医医院新院区，新增床位300张。", {"区中医医院新院区"}, "建成"),
    ("开工区妇幼保健院新院区，投用区体育中心。", {"区妇幼保健院新院区", "区体育中心"}, ("开工", "投用")),
    ("全面建成投用区中心医院新院区。", {"区中心医院新院区"}, ("建成", "投用")),
    ("确保竣工区人民医院新院区。", {"区人民医院新院区"}, "竣工"),
])
def test_status_verb_before_a_districts_institution(body, want, not_first):
    got = names(body, "区")
    assert want <= got, got
    assert not any(n.startswith(not_first) for n in got), got


@pytest.mark.parametrize("body, want, not_want", [
    # 建成区 (a city's built-up area), 开发区: a zone's word before anything but a level's institution
    ("实施建成区雨污分流改造工程。", None, "区雨污分流改造工程"),
    ("完成城市建成区黑臭水体治理工程。", None, "区黑臭水体治理工程"),
    ("加快经济开发区人民医院建设，建成开发区综合服务中心。", "开发区综合服务中心", "区综合服务中心"),
    ("建设经济开发区扩容工程。", "经济开发区扩容工程", "区扩容工程"),
])
def test_zone_words_before_a_kind_stay(body, want, not_want):
    got = names(body, "市")
    assert not_want not in got, got
    assert want is None or want in got, got


# --- 3. a line's words after its kind ("渝湘高速复线") go on naming it; a line's stretch ("滇中引水昆明段") ---

@pytest.mark.parametrize("body, want", [
    ("建成渝湘高速复线。", {"渝湘高速复线"}),
    ("建成渝湘高速复线、黔江至石柱高速。", {"渝湘高速复线", "黔江至石柱高速"}),
    ("加快建设滇中引水二期工程、昆明至丽江高速复线。", {"滇中引水二期工程", "昆明至丽江高速复线"}),
    ("加快成昆铁路复线建设，开工建设沪昆高铁联络线。", {"成昆铁路复线", "沪昆高铁联络线"}),
    ("建成渝湘高速复线黔江段，开工建设滇中引水昆明段。", {"渝湘高速复线黔江段", "滇中引水昆明段"}),
    ("推进贵阳铁路枢纽建设。", {"贵阳铁路枢纽"}),
])
def test_named_lines_built(body, want):
    got = names(body, "县")
    assert want <= got, got


@pytest.mark.parametrize("body", [
    "推进高速复线建设。",  # no name before the kind
    "新建农村公路二线桥10座。",  # a line's word that goes on into another word
    "开通公交线路20条，加密城市公交环线。",
    "加快推进河道整治，完成城区段清淤。",  # a stretch of no line
    "打造区域性铁路枢纽。",  # a standing aimed at
    "把县城建成全国性铁路枢纽。",
    "建设西南地区重要铁路枢纽。",
    "推进铁路枢纽建设。",
])
def test_line_words_that_name_no_line(body):
    assert names(body, "县") == set()


# --- 5. an item's number alone on its line before a percentage stays the item's number ---

from planwatch.normalize import normalize  # noqa: E402


@pytest.mark.parametrize("text, kept", [
    ("重点抓好以下工作：\n1.\n新建农村公路80公里。\n2.\n100%的行政村实现通光纤宽带。\n3.\n100%完成农村危房改造任务。",
     ["2.\n100%的行政村", "3.\n100%完成"]),
    ("今年将办好十件民生实事\n1.\n100%的行政村通5G网络。\n2.\n新建幼儿园5所。", ["1.\n100%的行政村"]),
    ("（一）稳定增长。\n4.\n95%以上的规上企业实现数字化改造。", ["4.\n95%以上"]),
])
def test_item_number_alone_before_a_percentage(text, kept):
    got = normalize(text).text
    assert all(k in got for k in kept), got


@pytest.mark.parametrize("text, joined", [
    ("全市地区生产总值分别增长7.9%和\n8.\n1%，高于全省。", "和8.1%"),  # a number cut twice
    ("完成投资42.\n5亿元。", "42.5亿元"),
    ("全市规上工业增加值增长较快，高于全省平均水平\n1.\n2个百分点。", "1.2个百分点"),
    ("规上工业增加值\n增长\n1.\n5%", "增长1.5%"),
    ("城镇居民人均可支配收入\n3.\n2万元", "3.2万元"),
    ("粮食总产量\n5.\n6亿斤。", "5.6亿斤"),  # an indicator's name over its figure, no title
])
def test_numbers_cut_by_the_page_still_join(text, joined):
    assert joined in normalize(text).text


def test_items_numbered_alone_are_the_plans_items():
    doc = _read(_report("县", 2024, "一、2023年工作回顾\n过去一年，全县地区生产总值增长6%。\n\n二、2024年工作安排\n重点抓好以下工作：\n"
                                    "1.\n新建农村公路80公里。\n2.\n100%的行政村实现通光纤宽带。\n3.\n100%完成农村危房改造任务，改造农村危房1200户。\n"))
    assert ("农村危房", 1200, "户") in _pledged(doc)
    assert not {2.1, 3.1} & ({f.value for f in doc.facts} | {p.value for p in doc.pledges})
    assert [s.number for s in doc.sections if s.depth == 3] == ["1.", "2.", "3."]


# --- 4. the region a news lead opens with is the news's, above the place it was filed from or the paper's ---

@pytest.mark.parametrize("text, region", [
    ("长沙晚报讯（记者 王五）攸县今年地区生产总值预期增长6.5%。县长在1月8日开幕的县十八届人大四次会议上作政府工作报告。", "攸县"),
    ("湖南日报讯 醴陵今年将新建5G基站500个。醴陵市市长在政府工作报告中提出，全市地区生产总值增长7%。", "醴陵市"),
    ("新华社成都1月12日电 四川绵阳今年地区生产总值预期增长6.5%。绵阳市市长在市八届人大四次会议上作政府工作报告。", "绵阳市"),
    ("新华社南昌1月9日电（记者 赵六）江西赣州今年将新开工重大项目300个。赣州市市长在政府工作报告中说，全市地区生产总值增长7%左右。",
     "赣州市"),
    ("中新网长沙1月10日电 湖南省株洲市今年地区生产总值预期增长6%左右。", "株洲市"),
    # names run on: the last
    ("新华社长沙1月10日电 湖南株洲攸县今年地区生产总值预期增长6.5%。县长在县人大会议上作政府工作报告。", "攸县"),
    ("新华社成都1月12日电 四川省绵阳市游仙区今年地区生产总值预期增长6.5%。区长在区人大会议上作政府工作报告。", "游仙区"),
    ("本报讯 天津市和平区今年将新建停车位2000个。区长在区人大会议上作政府工作报告。", "和平区"),
    # or the region whose congress the lead's first sentence is reported from
    ("长沙晚报讯（记者 王五）1月8日，记者从攸县两会上获悉，今年攸县地区生产总值预期增长6.5%，全县新开工项目80个。", "攸县"),
    ("新华社长沙1月10日电（记者 张三）记者从湖南株洲市两会上获悉，株洲今年地区生产总值预期增长6%左右，全市新开工项目300个。",
     "株洲市"),
])
def test_news_lead_names_the_region(text, region):
    assert planwatch.read_text(text + "\n", "t.txt").meta.region == region


@pytest.mark.parametrize("text, region", [
    ("长沙晚报讯 1月10日，长沙市第十六届人民代表大会第三次会议开幕。市长作政府工作报告，提出今年全市地区生产总值增长6%左右，"
     "支持浏阳、宁乡加快发展。", "长沙市"),
    ("新华社长沙1月15日电 湖南省第十四届人民代表大会第二次会议15日开幕。省长作政府工作报告，提出今年全省地区生产总值增长6%左右。",
     "湖南省"),
    ("湖南日报讯 今年全省地区生产总值预期增长6%左右。省长在省十四届人大二次会议上作政府工作报告，支持株洲、湘潭建设先进制造业基地。",
     "湖南省"),
    ("新华社长沙1月10日电 湖南日报记者从湖南省第十四届人民代表大会第二次会议上获悉，今年全省地区生产总值增长6%左右。", "湖南省"),
    ("新华社北京3月5日电 国务院总理李强5日在十四届全国人大二次会议上作政府工作报告。报告提出，今年国内生产总值增长5%左右。",
     "中华人民共和国"),
    ("株洲日报讯 记者从市统计局获悉，今年全市地区生产总值预期增长6%左右。市长在市十六届人大三次会议上作政府工作报告。", "株洲市"),
    ("长沙晚报讯 记者从市两会上获悉，今年全市地区生产总值预期增长6%左右，支持浏阳、宁乡加快发展。", "长沙市"),
    ("湖南日报讯 记者从省两会上获悉，今年全省地区生产总值预期增长6%左右。", "湖南省"),
    # a lead that lists places, or names one a province's report speaks of: no subject of its own
    ("湖南日报讯 长沙、株洲、湘潭三市今年将加快一体化发展。省长在省十四届人大二次会议上作政府工作报告，提出今年全省地区生产总值增长6%左右，"
     "全省新开工重大项目500个。", "湖南省"),
    ("长沙晚报讯 株洲、湘潭两市市长昨日来长考察。长沙市市长在市人大会议上作政府工作报告，今年全市地区生产总值增长6%。", "长沙市"),
    ("新华社长沙1月15日电 株洲今年将承办全省运动会。湖南省省长在省人大会议上作政府工作报告时说，今年全省地区生产总值预期增长6%左右，"
     "全省新开工项目500个。", "湖南省"),
    # namesakes the text does not tell apart stay unknown, a lead or not
    ("本报讯（记者 张三 通讯员 李四）和平区今年将新建停车位2000个。区长在区人大会议上作政府工作报告。", None),
])
def test_news_leads_that_name_no_other_region(text, region):
    assert planwatch.read_text(text + "\n", "t.txt").meta.region == region


@pytest.mark.parametrize("body, want", [
    ("积极服务引江济淮工程建设。", "引江济淮工程"),
    ("全力服务川藏铁路建设。", "川藏铁路"),
    ("主动服务滇中引水工程，做好征地拆迁工作。", "滇中引水工程"),
])
def test_serving_a_named_work_is_no_part_of_its_name(body, want):
    got = names(body, "县")
    assert want in got and not any(n.startswith(("服务", "主动服务")) for n in got), got


def test_service_centres_keep_their_names():
    assert {"企业综合服务中心"} <= names("建设企业综合服务中心，建成政务服务中心二期。", "县")


def test_plan_items_numbered_anew_under_their_unnumbered_title():
    body = ("过去一年，全县地区生产总值增长6%。\n一、经济运行稳中向好。规上工业增加值增长7%，新建标准化厂房3万平方米。\n"
            "二、民生保障有力有效。新增城镇就业1200人，新建幼儿园2所。\n\n2024年工作安排\n"
            "一、扩大有效投资。新开工重大项目30个，新建标准化厂房5万平方米。\n二、办好民生实事。新建幼儿园4所，改造老旧小区18个。\n\n"
            "各位代表，让我们团结一心，砥砺前行！\n")
    doc = _read(_report("县", 2024, body))
    assert _role_at(doc, "二、办好民生实事") == "tasks" and _role_at(doc, "二、民生保障") == "review"
    got = _pledged(doc)
    assert {("标准化厂房", 5, "万平方米"), ("幼儿园", 4, "所"), ("老旧小区", 18, "个")} <= got
    assert not {("标准化厂房", 3, "万平方米"), ("幼儿园", 2, "所")} & got


def test_review_title_without_number_before_a_numbered_plan_part_stays_out():
    # (no unnumbered title of the plan: the report numbers its parts, the review's own title is no part)
    body = ("2023年工作回顾\n过去一年，全县地区生产总值增长6%。\n一、项目建设成果丰硕。新建标准化厂房3万平方米。\n"
            "二、2024年工作安排\n（一）扩大有效投资。新建标准化厂房5万平方米。\n")
    doc = _read(_report("县", 2024, body))
    assert [(s.depth, s.number) for s in doc.sections][:2] == [(1, "一、"), (1, "二、")]
    assert ("标准化厂房", 5, "万平方米") in _pledged(doc)


@pytest.mark.parametrize("body, want", [
    ("支持区人民医院新院区建设。", {"区人民医院新院区"}),
    ("依托区体育中心开展全民健身活动。", set()),  # the place something is done, no project
    ("争创区级示范园区。", set()),
])
def test_other_verbs_before_a_district_are_verbs(body, want):
    assert names(body, "区") == want


@pytest.mark.parametrize("body", [
    "推进铁路专用线和高速公路支线建设。",  # a branch line of no name: no line word of a name
    "新建农村公路支线20公里。",
])
def test_branch_lines_are_no_named_lines(body):
    assert not any(n.endswith("支线") for n in names(body, "县"))


def test_plan_period_goals_and_the_years_plan_without_numbers_after_a_numbered_review():
    body = ("一、“十三五”时期和2020年工作回顾\n五年来，全市地区生产总值年均增长6.5%，2020年增长3.5%。\n\n“十四五”时期主要目标\n"
            "今后五年，全市地区生产总值年均增长6%左右，城镇化率达到65%。\n\n2021年工作安排\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n1.扩大有效投资。新开工重大项目100个。\n")
    doc = _read(_report("市", 2021, body))
    roles = {(f.indicator, f.role, f.period, f.value) for f in doc.facts}
    assert {("gdp", "goal", "2021-2025", 6), ("gdp", "target", "2021", 7), ("gdp", "actual", "2016-2020", 6.5)} <= roles
    assert ("重大项目", 100, "个") in _pledged(doc)


def test_the_governments_own_part_after_the_plans_items_stays_its_own():
    body = ("过去一年，全县地区生产总值增长6%。\n一、经济运行稳中向好。规上工业增加值增长7%，新建标准化厂房3万平方米。\n"
            "二、民生保障有力有效。新增城镇就业1200人，新建幼儿园2所。\n\n2024年工作安排\n"
            "一、扩大有效投资。新开工重大项目30个，新建标准化厂房5万平方米。\n二、办好民生实事。新建幼儿园4所，改造老旧小区18个。\n"
            "三、加强政府自身建设。去年办理人大代表建议86件，今年新建政务服务站10个。\n")
    doc = _read(_report("县", 2024, body))
    assert _role_at(doc, "三、加强政府自身建设") == "closing"
    assert [s.depth for s in doc.sections] == [1, 1, 1, 2, 2, 1]
