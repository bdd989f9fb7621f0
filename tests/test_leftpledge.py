"""Pledge and project leftovers: 新上 a size class of firms, the size of projects counted, notes in brackets, a
kind's phase, and names that are no projects (a quoted name going on, 宅基地, a verb or a preposition inside)."""
from __future__ import annotations

import pytest

import planwatch

import taskdoc
from taskdoc import names, pledges


# --- 新上: newly reaching a size class of firms ---

@pytest.mark.parametrize("body, want", [
    ("新上限额以上商贸企业20家。", ("新上", "限额以上商贸企业", 20, "家")),
    ("力争新上限额以上批零住餐企业40家以上。", ("新上", "限额以上批零住餐企业", 40, "家")),
    ("新上规模以上工业企业25家，新上投资千万元以上项目100个。", ("新上", "规模以上工业企业", 25, "家")),
    ("全年新上亿元以上工业项目60个、新上规上工业企业30家。", ("新上", "规上工业企业", 30, "家")),
])
def test_new_firms_of_a_size_class(body, want):
    assert want in pledges(body)


def test_new_listing_is_no_new_project():
    assert not any(p[0] == "新上" for p in pledges("新上市企业5家，新上云企业300家。"))


# --- the size of projects counted is no pledge of its own ---

@pytest.mark.parametrize("body, count", [
    ("安排重点项目300个，总投资2800亿元。", ("安排", "重点项目", 300, "个")),
    ("新签约项目200个，总投资600亿元。", ("新签约", "项目", 200, "个")),
    ("招引亿元以上项目20个、总投资150亿元以上。", ("招引", "亿元以上项目", 20, "个")),
    ("谋划储备项目500个，项目总投资3000亿元。", ("谋划", "储备项目", 500, "个")),
    ("实施省市重点项目120个，计划总投资860亿元，年度完成投资300亿元。", ("实施", "省市重点项目", 120, "个")),
])
def test_total_investment_of_projects_counted(body, count):
    got = pledges(body)
    assert count in got
    assert not any("总投资" in p[1] or "投资总额" in p[1] for p in got)


def test_the_years_investment_after_the_total_stays():
    got = pledges("全年安排市级重点项目186个，总投资1650亿元，年度计划投资520亿元。")
    # (the year's investment is the projects' counted before it, named so: branch pledges9)
    assert ("安排", "市级重点项目年度计划投资", 520, "亿元") in got
    assert ("完成", "省市重点项目投资", 300, "亿元") in pledges("实施省市重点项目120个，计划总投资860亿元，年度完成投资300亿元。")
    assert ("实施", "省重点项目年度计划投资", 300, "亿元") in pledges("实施省重点项目42个，年度计划投资300亿元。")


# --- notes in brackets ---

@pytest.mark.parametrize("body, want", [
    ("新建学校(含改扩建)12所，新增学位8000个。", ("新建", "学校", 12, "所")),
    ("新建中小学（含改扩建）12所。", ("新建", "中小学", 12, "所")),
    ("新建学校(含改扩建)12所、幼儿园8所。", ("新建", "幼儿园", 8, "所")),
    ("改造老旧小区(含城中村)56个，惠及居民1.2万户。", ("改造", "老旧小区", 56, "个")),
    ("新建5G基站（含共享站址）2000个。", ("新建", "5G基站", 2000, "个")),
    ("完成危房改造(C、D级)1500户。", ("完成", "危房改造", 1500, "户")),
])
def test_notes_in_brackets(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body, want", [
    ("建成保障性租赁住房(一期)1200套。", ("建成", "保障性租赁住房(一期)", 1200, "套")),
    ("建成保障性租赁住房（一期）1200套。", ("建成", "保障性租赁住房（一期）", 1200, "套")),
    ("新建(改扩建)幼儿园6所。", ("新建(改扩建)", "幼儿园", 6, "所")),
    ("新建（改建）幼儿园6所。", ("新建（改建）", "幼儿园", 6, "所")),
])
def test_brackets_that_are_no_notes_stay(body, want):
    assert want in pledges(body)


# --- projects: a kind's phase ---

@pytest.mark.parametrize("body, want", [
    ("开工建设县医院新院区二期。", "县医院新院区二期"),
    ("加快推进高新区智能制造产业园一期建设，确保年内投产。", "高新区智能制造产业园一期"),
    ("建成投用县人民医院新院区二期、县第一中学新校区。", "县人民医院新院区二期"),
    ("推进引汉济渭二期工程建设。", "引汉济渭二期工程"),
    ("建成引汉济渭二期。", "引汉济渭二期"),
    ("加快生物科技产业园一期工程建设。", "生物科技产业园一期工程"),
    ("推进华润电力二期和宁德时代四期项目建设。", "华润电力二期"),
])
def test_a_kinds_phase_is_in_the_name(body, want):
    assert want in names(body)


@pytest.mark.parametrize("body, want", [
    ("开工建设沪渝蓉高铁武宜段，建成G318国道兴山至宜昌段。", {"沪渝蓉高铁武宜段", "G318国道兴山至宜昌段"}),
    ("实施城北水库除险加固工程。", {"城北水库除险加固工程"}),
    ("建设城南污水处理厂三期扩建工程。", {"城南污水处理厂三期扩建工程"}),
    ("开工建设环保包装产业园、高新区绿色建材产业园。", {"环保包装产业园", "高新区绿色建材产业园"}),
    ("加快建设大道西延工程。", {"建设大道西延工程"}),
    ("开工建设发展大道东延工程。", {"发展大道东延工程"}),
    ("推进经济开发区扩区调区工程。", {"经济开发区扩区调区工程"}),
    ("海绵城市建设专用材料生产项目实现开工。", {"海绵城市建设专用材料生产项目"}),
    ("推进城南物流园建设项目，确保年内投用。", {"城南物流园建设项目"}),
    ("怯庄二期、科教园区等项目实现主体封顶。", {"怯庄二期", "科教园区"}),
])
def test_real_names_stay(body, want):
    assert want <= names(body)


# --- projects: names that are none ---

@pytest.mark.parametrize("body", [
    "学习运用“千万工程”经验，扎实推进乡村全面振兴。",
    "创建“千万工程”示范村7个。",
    "开展农村闲置宅基地和闲置住宅盘活利用试点。",
    "这是一项系统工程，必须久久为功。",
    "加强与高校、科研院所在人才项目、成果转化等方面的合作。",
    "在全省推开工程建设项目审批制度改革。",
    "规范工程建设领域招投标行为。",
    "积极发展储能项目，培育氢能产业。",
    "以高质量项目支撑高质量发展。",
    "推动外资标志性项目落地建设。",
    "精细谋划包装项目，提高项目储备质量。",
    "围绕主导产业，建好“四园一中心”载体平台。",
])
def test_no_project_named(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want, not_want", [
    ("其中天成钻机钻具、华兴新材料等12个项目建成投产。", "天成钻机钻具", "其中天成钻机钻具"),
    ("全市首家文旅会展基地投入运营。", "文旅会展基地", "首家文旅会展基地"),
    ("支持高新区建设省级科技成果转化示范区。", "省级科技成果转化示范区", "高新区建设省级科技成果转化示范区"),
    ("五粮液园区列入国家级新型工业化示范基地。", "五粮液园区", "五粮液园区列入国家级新型工业化示范基地"),
])
def test_a_name_begins_after_its_verb(body, want, not_want):
    got = names(body)
    assert want in got and not_want not in got


# --- works that are stop words, right before the kind, are the name's ---

@pytest.mark.parametrize("body, want", [
    ("推进卫星化学烯烃综合利用项目投产达效。", "卫星化学烯烃综合利用项目"),
    ("开工建设城南尾矿综合利用项目。", "城南尾矿综合利用项目"),
    ("推进东湖片区综合开发项目建设。", "东湖片区综合开发项目"),
    ("加快实施丹江口库区供水保障工程。", "丹江口库区供水保障工程"),
    ("推进襄阳古城历史文化街区保护利用项目。", "襄阳古城历史文化街区保护利用项目"),
    ("其中天成钻机钻具、平煤煌龙新能源煤气层综合利用等124个项目建成投产。", "平煤煌龙新能源煤气层综合利用"),
])
def test_a_work_before_the_kind_is_the_names(body, want):
    assert want in names(body)


@pytest.mark.parametrize("body", [
    "推动光伏发电、风力发电、生物质发电等新能源项目建设，新增装机容量50万千瓦。",
    "充分利用市体育中心开展全民健身活动。",
    "积极谋划开发项目，做好项目储备。",
])
def test_sectors_and_venues_name_no_project(body):
    assert names(body) == set()


# --- 建设用地 is a noun; 转移 acts on the labour it moves ---

@pytest.mark.parametrize("body, want", [
    ("保障重点项目用地需求，全年供应建设用地3000亩。", ("供应", "建设用地", 3000, "亩")),
    ("盘活存量建设用地2000亩。", ("盘活", "存量建设用地", 2000, "亩")),
    ("新增建设用地指标1500亩。", ("新增", "建设用地指标", 1500, "亩")),
    ("转移农村劳动力就业5万人以上。", ("转移", "农村劳动力就业", 5, "万人")),
    ("新增城镇就业1.2万人，农村劳动力转移就业3万人次。", ("转移就业", "农村劳动力", 3, "万人次")),
])
def test_land_for_building_and_labour_moved(body, want):
    assert want in pledges(body)


def test_a_transfer_payment_is_no_transfer():
    assert ("增加", "中央对地方转移支付", 1.5, "万亿元") in pledges("中央对地方转移支付增加1.5万亿元。")


# --- a count after the kind: the items before 等 are named, a kind alone before its count is a class ---

@pytest.mark.parametrize("body, want", [
    ("开工建设石门至慈利高速、安慈高速等高速公路8条。", {"石门至慈利高速", "安慈高速"}),
    ("建成投用城南水厂、城北水厂等水厂3座。", {"城南水厂", "城北水厂"}),
    ("引进香港嘉鸿多功能手套加工、甘肃西庆石油助剂等招商项目33个。", {"香港嘉鸿多功能手套加工", "甘肃西庆石油助剂"}),
])
def test_items_before_a_counted_kind(body, want):
    assert want <= names(body)


@pytest.mark.parametrize("body", [
    "新建乡镇污水处理厂12座、配套管网150公里。",
    "推进交通、水利、能源等重大项目50个。",
    "建设标准化厂房项目5个。",
])
def test_a_kind_before_its_count_is_a_class(body):
    assert names(body) == set()


# --- a class of works named after generic words is a programme; a name word ending in a stop word ---

@pytest.mark.parametrize("body", [
    "大力实施“五大工程”：城市更新工程、乡村建设工程、产业升级工程、民生改善工程、生态修复工程。",
    "组织实施重大技术改造升级工程。",
    "实施教育提质扩容工程。",
])
def test_a_class_of_works_is_no_project(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want", [
    ("推动华为鲲鹏生态创新中心、京东方第6代AMOLED生产线等项目落地。", {"华为鲲鹏生态创新中心", "京东方第6代AMOLED生产线"}),
    ("完成G353线黄陂至新洲段改扩建、S108线孝感至汉川段新建工程。", {"S108线孝感至汉川段新建工程"}),
    ("实施城区防洪排涝改造工程。", {"城区防洪排涝改造工程"}),
    ("实施汉江流域综合治理工程、唐白河防洪提升工程。", {"汉江流域综合治理工程", "唐白河防洪提升工程"}),
])
def test_names_with_work_and_name_words(body, want):
    assert want <= names(body)


# --- class names of facilities with no name of their own ---

@pytest.mark.parametrize("body", [
    "游客服务中心、游客集散中心建成投用。",
    "一体推进实验室、中试基地、产业研究院建设。",
    "推动乡镇卫生院、社区卫生服务中心全面提升质效。",
    "建设一批具有区域差异性、形态多样性的特色小镇。",
    "推进新时代文明实践中心建设。",
    "实施托育服务中心项目，筹建社区养老服务中心项目。",
    "高水平高中项目力争年底前具备交付使用条件。",
])
def test_class_names_of_facilities_are_no_projects(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want", [
    ("加快城北社区养老服务中心建设。", "城北社区养老服务中心"),
    ("推进区域尼龙装备制造基地建设。", "区域尼龙装备制造基地"),
    ("创成省级现代农业产业园。", "省级现代农业产业园"),
    ("加快观上小学、光华学校等项目建设。", "观上小学"),
])
def test_facilities_with_a_name_stay(body, want):
    assert want in names(body)


# --- a work on a bare place or a slogan names no project ---

@pytest.mark.parametrize("body", [
    "重点推进荒山造林、城区绿化、廊道绿化提升等工程建设。",
    "持续推动“三区一村”改造等工程。",
    "实施县城亮化工程、城区绿化工程。",
    "深入实施百城建设提质工程。",
    "推进小型水库除险加固工程。",
])
def test_a_work_on_a_bare_place_is_no_project(body):
    assert names(body) == set()


@pytest.mark.parametrize("body, want", [
    ("加快实施炉沟河治理、黄涧河治理等工程。", {"炉沟河治理", "黄涧河治理"}),
    ("重点抓好滨江大道北延、人民公园改造提升等项目。", {"滨江大道北延", "人民公园改造提升"}),
    ("实施城区排涝改造工程、城北水库除险加固工程。", {"城区排涝改造工程", "城北水库除险加固工程"}),
    ("实施宏翔大道雨污分流改造工程。", {"宏翔大道雨污分流改造工程"}),
])
def test_a_work_on_a_named_place_stays(body, want):
    assert want <= names(body)


def test_a_name_opening_with_he_ping_keeps_it():
    assert {"和平大道南延", "第二街北延"} <= names("建成和平大道南延、第二街北延等项目。")
    assert {"和平路改造", "太和县产业园"} <= names("推进和平路改造、太和县产业园等项目。")
    assert "城乡供水和污水处理一体化" in names("推进城乡供水和污水处理一体化、城南物流园等项目。")


# --- a verb inside a programme's name does not act ---

@pytest.mark.parametrize("body, want", [
    ("实施乡村振兴示范创建村30个。", ("实施", "乡村振兴示范创建村", 30, "个")),
    ("实施“千村示范万村整治”工程村庄50个。", ("实施", "“千村示范万村整治”工程村庄", 50, "个")),
    ("启动新一轮找矿突破战略行动勘查项目8个。", ("启动", "新一轮找矿突破战略行动勘查项目", 8, "个")),
])
def test_a_verb_inside_a_programmes_name(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body, want", [
    ("全力推动谋划的367个重大项目落地落实。", ("推动", "重大项目", 367, "个")),
    ("新建改造城区道路21条。", ("新建改造", "城区道路", 21, "条")),
    ("新建村卫生室20个、改造村级活动场所30个。", ("改造", "村级活动场所", 30, "个")),
    ("培育“专精特新”企业15家。", ("培育", "“专精特新”企业", 15, "家")),
])
def test_verbs_that_act_still_act(body, want):
    got = pledges(body)
    assert any(p[1:] == want[1:] for p in got), got
    if want[0] != "推动":
        assert want in got


def test_a_quoted_name_after_a_count_keeps_its_verb_out_of_the_list():
    got = pledges("持续实施“倍增工程”“亿元企业培育工程”，推动35家“倍增工程”、107家“亿元企业培育工程”企业年产值分别增长20%以上、10%以上。")
    assert not any(p[1].startswith("35家") for p in got)


# --- a 高速 is a kind ---

def test_an_expressway_named_高速():
    assert {"宜昌至兴山高速", "保神高速"} <= names("加快宜昌至兴山高速建设，力争保神高速年内通车。")
    assert "焦唐高速" in names("加快推进焦唐高速建设。")
    for body in ("推动经济高速增长转向高质量发展。", "完善高速出入口和高速互通建设。", "推进高速公路、国省干线建设。"):
        assert names(body) == set(), body


# --- the state's programmes are a region's projects only in the national report ---

_BODY = ("航天科工企业为探月工程、载人航天等国家重大工程提供关键部件。推进西气东输三线、川气东送二线等国家重大工程建设。"
         "推进城南物流园、城北水厂等重点项目建设。")


def _names_in(head: str) -> list[str]:
    doc = planwatch.read_text(head + "一、2023年工作回顾\n过去一年，地区生产总值增长5.2%。\n二、2024年工作安排\n" + _BODY + "\n", "t.txt")
    return [j.name for j in doc.projects]


def test_the_states_programmes_in_a_countys_report():
    got = _names_in(taskdoc.head("县"))
    assert "探月工程" not in got
    # (a line of the state's built through the county is the county's project too: branch leftp3)
    assert "西气东输三线" in got
    assert {"城南物流园", "城北水厂"} <= set(got)


def test_the_states_programmes_in_the_national_report():
    got = _names_in("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理\n\n")
    assert {"探月工程", "西气东输三线", "城南物流园"} <= set(got)


@pytest.mark.parametrize("body, want", [
    ("完成农村危房改造(含抗震改造)800户。", ("完成", "农村危房改造", 800, "户")),
    ("开工建设学校（含幼儿园）15所，其中新建8所、改扩建7所。", ("开工建设", "学校", 15, "所")),
    ("引进亿元以上项目(含增资扩产)50个。", ("引进", "亿元以上项目", 50, "个")),
])
def test_a_verb_deep_in_a_note(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body, want", [
    ("实施“雪亮工程”提档升级，新增高清探头2000个。", "雪亮工程"),
    ("高标准建设“一江两岸”景观提升工程。", "“一江两岸”景观提升工程"),
    ("推进“智慧城市”二期、“数字乡村”试点等项目建设。", "“智慧城市”二期"),
])
def test_quoted_names_that_stay(body, want):
    assert want in names(body)
