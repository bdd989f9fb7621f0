"""Pledge and project leftovers (branch leftp3): the bounded total investment of projects counted, the state's works
built in a region, 区域 read as no district, a programme's phase, the verb a task verb carries out, places that open
with 含 or 和; and task sections of county, district and city reports. Each with look-alikes that must not change."""
from __future__ import annotations

import pytest

from taskdoc import names, pledges


# --- 1. a bounded total investment after a count of projects is no pledge of its own ---

@pytest.mark.parametrize("body, count", [
    ("实施重大项目120个，总投资突破800亿元。", ("实施", "重大项目", 120, "个")),
    ("实施重点项目86个，总投资达到520亿元以上。", ("实施", "重点项目", 86, "个")),
    ("开工亿元以上项目45个，总投资超过300亿元。", ("开工", "亿元以上项目", 45, "个")),
    ("新签约招商项目60个，计划总投资超过200亿元。", ("新签约", "招商项目", 60, "个")),
])
def test_bounded_total_investment_of_projects_counted(body, count):
    got = pledges(body)
    assert count in got
    assert not any("总投资" in p[1] for p in got), got


def test_the_years_investment_after_a_bounded_total_stays():
    got = pledges("全年安排市级重点项目186个，总投资达1650亿元，年度计划投资520亿元。")
    assert ("安排", "年度计划投资", 520, "亿元") in got


@pytest.mark.parametrize("body, want", [
    ("全年固定资产投资达到300亿元。", ("达到", "固定资产投资", 300, "亿元")),  # no count before it
    ("新增高新技术企业10家，总数达到100家。", ("新增", "高新技术企业", 10, "家")),
])
def test_bounded_amounts_without_a_counted_size_stay(body, want):
    assert want in pledges(body)


# --- 2. the state's works listed before 等国家重大工程 that name a thing built are the region's projects ---

@pytest.mark.parametrize("body, want", [
    ("全力服务保障白鹤滩水电站、成昆铁路复线等国家重大工程建设。", {"白鹤滩水电站", "成昆铁路复线"}),
    ("积极配合滇中引水、渝昆高铁等国家重大工程建设，做好征地拆迁工作。", {"滇中引水", "渝昆高铁"}),
    ("服务好川藏铁路、西气东输三线等国家重大工程。", {"川藏铁路", "西气东输三线"}),
    ("配合做好宜昌至郑万高铁联络线、白鹤滩至浙江特高压等国家重大工程建设。", {"宜昌至郑万高铁联络线", "白鹤滩至浙江特高压"}),
    ("全力推进三峡后续工作、南水北调中线等国家重大工程。", {"南水北调中线"}),
])
def test_state_works_built_in_a_county(body, want):
    got = names(body, "县")
    assert want <= got, got
    assert not any(n.startswith(("服务好", "配合", "三峡后续")) for n in got), got


@pytest.mark.parametrize("body", [
    "为探月工程、载人航天等国家重大工程提供配套服务。",
    "积极参与嫦娥探月、深海探测等国家重大科技工程。",
    "加快交通、水利、能源等国家重大工程建设。",
    "推动更多项目纳入“十四五”规划102项等国家重大工程。",
    "落实新型城镇化、乡村建设行动等国家重大工程。",
    "积极承接“东数西算”、全国一体化算力网络等国家重大工程。",
    "争取更多项目列入生态保护修复、防灾减灾等国家重大工程。",
    "积极争取高标准农田建设、病险水库除险加固等国家重大工程项目落地。",
])
def test_state_programmes_are_no_projects_of_a_county(body):
    assert names(body, "县") == set()


# --- 3. 区域 (区域性) and a kind is a class or an aim, no project: 区 there is no district ---

@pytest.mark.parametrize("body", [
    "建设区域性综合交通枢纽。",
    "加快建设区域性物流中心。",
    "打造区域性医疗中心。",
    "完成10家特困人员供养服务机构转型升级为区域性养老服务中心。",
    "深入推进区域医疗中心和临床专科能力建设。",
    "把物流园建设成为区域性物流中心。",
])
def test_regional_designations_are_no_projects(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, name", [
    ("加快建成区域性综合交通枢纽，开工建设高铁西站综合交通枢纽。", "高铁西站综合交通枢纽"),
    ("建设区疾控中心。", "区疾控中心"),
    ("推进县医疗中心建设。", "县医疗中心"),
    ("加快推进桐庐经济开发区扩容工程。", "桐庐经济开发区扩容工程"),
])
def test_level_and_named_hubs_stay(body, name):
    assert name in names(body)


# --- 4. a programme's work, then its phase and kind: the name is not cut inside ---

@pytest.mark.parametrize("body, name", [
    ("实施农村电网改造升级二期工程。", "农村电网改造升级二期工程"),
    ("实施城区供水管网改造提升二期工程。", "城区供水管网改造提升二期工程"),
    ("推进老城区雨污分流改造二期工程建设。", "老城区雨污分流改造二期工程"),
    ("加快县城污水处理厂提标改造二期工程建设。", "县城污水处理厂提标改造二期工程"),
])
def test_work_words_before_a_phase_stay_in_the_name(body, name):
    got = names(body)
    assert name in got, got


def test_a_bare_work_and_phase_is_no_name():
    assert names("实施改造二期工程。") == set()


# --- 5. the action is the work a task verb carries out; 配建 acts ---

@pytest.mark.parametrize("body, want", [
    ("实施新建住宅小区配建幼儿园5所。", ("配建", "幼儿园", 5, "所")),
    ("落实新建小区配建停车位3000个。", ("配建", "停车位", 3000, "个")),
    ("新建居住区配建养老服务设施20处。", ("配建", "养老服务设施", 20, "处")),
    ("实施新建学校5所。", ("新建", "学校", 5, "所")),
    ("完成新改建农村公路200公里。", ("新改建", "农村公路", 200, "公里")),
    ("实施改造老旧小区50个。", ("改造", "老旧小区", 50, "个")),
])
def test_task_verb_before_an_action(body, want):
    assert pledges(body) == {want}


@pytest.mark.parametrize("body, want", [
    ("启动建设保障性租赁住房5000套。", ("启动建设", "保障性租赁住房", 5000, "套")),  # 启动 starts it: kept
    ("完成培训3万人次。", ("完成培训", "培训", 3, "万人次")),  # no noun after the work
    ("实施农房抗震改造600户。", ("实施", "农房抗震改造", 600, "户")),
    ("新开工改造城镇老旧小区30个。", ("新开工改造", "城镇老旧小区", 30, "个")),
])
def test_task_verbs_that_stay(body, want):
    assert pledges(body) == {want}


# --- 6. a place whose name opens with 含 or 和 keeps it ---

@pytest.mark.parametrize("body, obj, value, unit", [
    ("新建农村公路200公里（含山县50公里）。", "含山县", 50, "公里"),
    ("建成高标准农田10万亩（含山县3万亩、和县2万亩）。", "含山县", 3, "万亩"),
    ("建成高标准农田10万亩（含山县3万亩、和县2万亩）。", "和县", 2, "万亩"),
])
def test_place_opening_with_han_or_he(body, obj, value, unit):
    got = pledges(body)
    assert any(o == obj and v == value and u == unit for _, o, v, u in got), got
    assert not any(o in ("山县", "县") for _, o, _, _ in got), got


@pytest.mark.parametrize("body, want", [
    ("新建学校(含改扩建)12所，新增学位8000个。", ("新建", "学校", 12, "所")),  # a note still
    ("改造老旧小区(含城中村)56个。", ("改造", "老旧小区", 56, "个")),
    ("新建和改造农村公路120公里。", ("新建和改造", "农村公路", 120, "公里")),
])
def test_notes_and_joiners_stay(body, want):
    assert want in pledges(body)


# --- task sections: the year's work announced after an unnumbered review part ---

import planwatch  # noqa: E402
import taskdoc  # noqa: E402


def _doc(turn: str, level: str = "县"):
    text = (taskdoc.head(level) + "2023年工作回顾\n过去一年，全县地区生产总值增长5.2%，新建学校3所。\n\n"
            + turn + "\n（一）加快交通建设。新建改建农村公路500公里，开工建设刘集机场T2航站楼。\n"
            "（二）保障改善民生。新建保障性租赁住房3000套。\n")
    return planwatch.read_text(text, "t.txt")


@pytest.mark.parametrize("turn", [
    "今年重点抓好以下工作：",
    "2024年，我们将重点抓好以下几个方面工作：",
    "今年，全县上下要重点抓好以下八项工作：",
    "今后一年，重点抓好以下工作：",
])
def test_the_years_work_announced_opens_the_plan(turn):
    doc = _doc(turn)
    got = {(p.object, p.value, p.unit) for p in doc.pledges}
    assert {("农村公路", 500, "公里"), ("保障性租赁住房", 3000, "套")} <= got, got
    assert ("学校", 3, "所") not in got  # the review's
    assert "刘集机场T2航站楼" in {j.name for j in doc.projects if j.part == "plan"}


def test_last_years_work_recounted_stays_in_the_review():
    doc = _doc("2023年，我们重点抓好了以下工作：")
    assert not doc.pledges


# --- task sections: a grade is no count, 稳定 acts, a park's 扩能, a hall built ---

@pytest.mark.parametrize("body, want", [
    ("加快建设钦州港30万吨级航道工程。", set()),
    ("开工建设10万吨级码头。", set()),
    ("建成5万吨级泊位2个。", {("建成", "5万吨级泊位", 2, "个")}),
    ("新建30万吨级原油码头1个。", {("新建", "30万吨级原油码头", 1, "个")}),
])
def test_a_grade_is_no_count(body, want):
    assert pledges(body) == want


@pytest.mark.parametrize("body, want", [
    ("稳定粮食播种面积110万亩。", ("稳定", "粮食播种面积", 110, "万亩")),
    ("稳定生猪存栏50万头。", ("稳定", "生猪存栏", 50, "万头")),
    ("粮食播种面积稳定在110万亩以上。", ("稳定在", "粮食播种面积", 110, "万亩")),
])
def test_keep_steady_acts(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body, want", [
    ("推动立讯智造产业园、木林森照明产业园扩能。", {"立讯智造产业园", "木林森照明产业园"}),
    ("推进滨河公园二期、城市展览馆建设。", {"滨河公园二期", "城市展览馆"}),
    ("加快雪炭工程体育馆建设。", {"雪炭工程体育馆"}),
])
def test_park_expanding_and_halls_built(body, want):
    assert want <= names(body)


@pytest.mark.parametrize("body", [
    "免费开放图书馆、文化馆、博物馆。",
    "公共图书馆、博物馆、美术馆、文化馆站向社会免费开放。",
    "在市图书馆举办全民阅读活动。",
    "建设公共服务中心。",
])
def test_halls_open_to_all_are_no_projects(body):
    assert names(body) == set()


def test_a_phase_opening_for_business():
    assert "万象城二期" in names("推动万象城二期开业运营。")


def test_a_project_named_after_he_county_keeps_its_he():
    assert "和县（和县经济开发区）污水处理厂" in names("加快和县（和县经济开发区）污水处理厂建设。")
    assert {"城南物流园", "城北水厂"} <= names("推进城南物流园和城北水厂建设。")


# --- the standing aimed at (全国最大的, 全省重要的, 知名) makes a designation, no project ---

@pytest.mark.parametrize("body", [
    "着力建设全国最大的小品种氨基酸生产基地。",
    "建设全省重要的电梯配件生产基地。",
    "打造全省最大、全国知名甘薯现代农业产业园。",
    "打造国内规模最大、设备最全的食品加工中试基地。",
    "打造知名温泉康养基地。",
    "加快建设世界重要人才中心和创新高地。",
])
def test_a_standing_aimed_at_is_no_project(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, name", [
    ("全力打造投资300亿元的绿色新材料产业园。", "绿色新材料产业园"),
    ("加快建设以牧原集团为主导的生猪肉食品产业园。", "生猪肉食品产业园"),
    ("力争金大地氟硅新材料项目上半年开工建设。", "金大地氟硅新材料项目"),
])
def test_projects_described_otherwise_stay(body, name):
    assert name in names(body)


# --- a road between two places, a tunnel ---

@pytest.mark.parametrize("body, name", [
    ("开工建设勐海至勐阿二级公路。", "勐海至勐阿二级公路"),
    ("加快井冈山至睦村公路建设。", "井冈山至睦村公路"),
    ("建成城开隧道。", "城开隧道"),
])
def test_roads_between_places_and_tunnels(body, name):
    assert name in names(body, "县")


@pytest.mark.parametrize("body", [
    "新建农村公路120公里。",
    "推进旅游公路建设。",
    "加快推进隧道工程建设。",
    "推进公路、铁路建设。",
])
def test_classes_of_roads_are_no_projects(body):
    assert names(body, "县") == set()


# --- parks ---

@pytest.mark.parametrize("body, name", [
    ("建成凤凰山森林公园。", "凤凰山森林公园"),
    ("建成南湖湿地公园。", "南湖湿地公园"),
    ("开工建设光明路北段体育公园。", "光明路北段体育公园"),
    ("推进平顶山云顶阅城公园、落凫山矿山艺术公园建设。", "落凫山矿山艺术公园"),
])
def test_named_parks(body, name):
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "新建口袋公园20个。",
    "建设口袋公园。",
    "建成城市公园。",
    "在人民公园举办迎新春活动。",
    "推进城市公园、口袋公园建设。",
    "建设一批城市公园、郊野公园。",
])
def test_classes_of_parks_are_no_projects(body):
    assert names(body) == set()


def test_an_institution_before_a_joiner_is_its_own_item():
    got = names("争取安养中心、老年专科医院和康养公园上半年建成投用。")
    assert "老年专科医院和康养公园" not in got and "康养公园" in got
    assert "城北污水处理厂" in names("推进县人民医院和城北污水处理厂建设。")


# --- a firm's name ending with 的, a metro's stretch, slogans of counts, village-level parks ---

@pytest.mark.parametrize("body, name", [
    ("推动美的智能家电产业园、比亚迪电池二期项目建成投产。", "美的智能家电产业园"),
    ("建成广佛地铁顺德段。", "广佛地铁顺德段"),
    ("开工建设“引洮入渭”工程。", "“引洮入渭”工程"),
])
def test_more_names(body, name):
    assert name in names(body, "区")


@pytest.mark.parametrize("body", [
    "推进“百千万工程”。",
    "深化“千万工程”。",
    "加快推进“双百工程”建设。",
    "持续实施“倍增工程”“亿元企业培育工程”。",
    "新建村级工业园改造项目10个。",
    "建设全省一流的智能家电产业园。",
])
def test_slogans_and_classes(body):
    assert names(body, "区") == set()


def test_improving_grassland_acts():
    assert ("改良", "草场", 10, "万亩") in pledges("改良草场10万亩。")


# --- the year's work announced on a line of its own inside a numbered review ---

def _numbered(turn: str):
    text = (taskdoc.head("县") + "一、2023年工作回顾\n过去一年，全县地区生产总值增长5.2%，新建学校3所。\n\n"
            + turn + "\n（一）加快交通建设。新建改建农村公路500公里，开工建设刘集机场T2航站楼。\n"
            "（二）保障改善民生。新建保障性租赁住房3000套。\n")
    return planwatch.read_text(text, "t.txt")


@pytest.mark.parametrize("turn", ["2024年，全县将重点抓好以下工作：", "今年重点抓好以下工作：", "今后一年，重点抓好以下几个方面："])
def test_announced_work_inside_a_numbered_review(turn):
    got = {(p.object, p.value) for p in _numbered(turn).pledges}
    assert {("农村公路", 500), ("保障性租赁住房", 3000)} <= got and ("学校", 3) not in got, got


@pytest.mark.parametrize("turn", [
    "2023年，我们重点抓好了以下工作：",  # last year's, told in the review
    "面对艰巨繁重的任务，今年我们要突出重点、把握关键，扎实做好各项工作，重点抓好以下几个方面工作，确保各项目标任务顺利完成：",
])
def test_no_announcement_no_plan(turn):
    assert not _numbered(turn).pledges


@pytest.mark.parametrize("body, want", [
    ("加快城北水厂及配套管网工程建设。", {"城北水厂"}),
    ("推进供水管网改造工程。", set()),
    ("加快建设和平大道综合管廊项目。", {"和平大道综合管廊项目"}),
])
def test_pipe_networks_are_generic(body, want):
    assert names(body) == want


# --- 分别: one verb for each value, or each item opening with its own action ---

@pytest.mark.parametrize("body, want", [
    ("新建、改扩建学校分别为5所、3所。", {("新建", "学校", 5, "所"), ("改扩建", "学校", 3, "所")}),
    ("新建、改造农村公路分别达到100公里、50公里。", {("新建", "农村公路", 100, "公里"), ("改造", "农村公路", 50, "公里")}),
    ("新改建农村公路、新建桥梁分别达到100公里、20座。", {("新改建", "农村公路", 100, "公里"), ("新建", "桥梁", 20, "座")}),
])
def test_respectively_with_verbs(body, want):
    assert pledges(body) == want


@pytest.mark.parametrize("body, want", [
    ("城镇新增就业、失业人员再就业分别达到5000人、1200人。",
     {("达到", "城镇新增就业", 5000, "人"), ("达到", "失业人员再就业", 1200, "人")}),
    ("城区、镇区分别新建公园3个、2个。", {("新建", "公园", 3, "个"), ("新建", "公园", 2, "个")}),
    ("新建改造供水、排水、燃气管网120公里、80公里、60公里。",
     {("新建改造", "供水管网", 120, "公里"), ("新建改造", "排水管网", 80, "公里"), ("新建改造", "燃气管网", 60, "公里")}),
])
def test_respectively_lists_that_stay(body, want):
    assert pledges(body) == want


@pytest.mark.parametrize("body, want", [
    ("完成农村危房改造和抗震改造1800户。", ("完成", "农村危房改造和抗震改造", 1800, "户")),
    ("完成农村危房改造1800户。", ("完成", "农村危房改造", 1800, "户")),
    ("新建和改造农村公路120公里。", ("新建和改造", "农村公路", 120, "公里")),
])
def test_a_task_verb_carries_out_two_works_joined(body, want):
    assert pledges(body) == {want}
