"""Pledge and project leftovers (branch left2p): 改善 coordinated with 新增, project kinds 航站楼/枢纽/综合保税区,
a place building a designation, a status opening 签约项目; each with look-alikes that must not change."""
from __future__ import annotations

import pytest

from taskdoc import names, pledges


# --- 1. 改善 is an action: "新增和改善灌溉面积" is two verbs acting on 灌溉面积 ---

@pytest.mark.parametrize("body, obj, value", [
    ("新增和改善灌溉面积5万亩。", "灌溉面积", 5),
    ("新增和改善有效灌溉面积3.2万亩，新建高标准农田10万亩。", "有效灌溉面积", 3.2),
    ("全年新增及改善灌溉面积12万亩。", "灌溉面积", 12),
])
def test_improve_coordinated_with_add(body, obj, value):
    ps = pledges(body)
    assert any(o == obj and v == value and u == "万亩" and "改善" in a for a, o, v, u in ps), ps
    assert not any(o.startswith("改善") for _, o, _, _ in ps)


@pytest.mark.parametrize("body, want", [
    ("改善农村人居环境，完成改厕1.2万户。", ("完成", "改厕", 1.2, "万户")),
    ("持续改善空气质量，优良天数比例达到85%。", ("达到", "优良天数比例", 85, "%")),
    ("改善办学条件，新建改扩建学校12所。", ("新建改扩建", "学校", 12, "所")),
])
def test_improve_without_figure_takes_no_pledge(body, want):
    assert pledges(body) == {want}


# --- 4. project kinds: 航站楼, concrete 枢纽, 综合保税区 ---

@pytest.mark.parametrize("body, name", [
    ("建成机场T3航站楼。", "机场T3航站楼"),
    ("开工建设长水机场T2航站楼，年内完成投资20亿元。", "长水机场T2航站楼"),
    ("建成高铁西站综合交通枢纽。", "高铁西站综合交通枢纽"),
    ("加快大藤峡水利枢纽建设。", "大藤峡水利枢纽"),
    ("建成城北客运枢纽。", "城北客运枢纽"),
    ("推进老口航电枢纽建设。", "老口航电枢纽"),
    ("建成临空综合保税区。", "临空综合保税区"),
    ("推动南宁综合保税区封关运营。", "南宁综合保税区"),
])
def test_new_project_kinds(body, name):
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "巩固提升区域性交通枢纽地位。",
    "打造全国性综合交通枢纽城市。",
    "建设国际性综合交通枢纽。",
    "积极融入郑州国际物流枢纽和“四条丝绸之路”。",
    "奋力打造国内国际双循环重要节点枢纽。",
    "用好综合保税区政策，扩大进出口。",
    "依托综合保税区平台发展加工贸易。",
    "发挥交通枢纽优势，大力发展枢纽经济。",
])
def test_hub_and_bonded_zone_lookalikes(body):
    assert names(body) == set()


# --- 5. a place, 建设 and the designation it is to become: no project ---

@pytest.mark.parametrize("body", [
    "支持北京、上海建设科技创新中心。",
    "深圳建设中国特色社会主义先行示范区。",
    "推进合肥建设综合性国家科学中心。",
    "支持上海市建设国际金融中心。",
])
def test_place_building_a_designation(body):
    assert not any("建设" in n for n in names(body))


@pytest.mark.parametrize("body, name", [
    ("加快海绵城市建设示范区项目建设。", "海绵城市建设示范区项目"),
    ("加快建设西部陆海新通道物流中心。", "西部陆海新通道物流中心"),
])
def test_work_named_with_build_stays(body, name):
    assert name in names(body)


# --- 6. a status verb that opens an alias ("签约项目"): the verb acts, the object is what follows it ---

@pytest.mark.parametrize("body, want", [
    ("签约项目10个。", ("签约", "项目", 10, "个")),
    ("全年签约项目50个，总投资200亿元。", ("签约", "项目", 50, "个")),
    ("重新签约项目10个。", ("签约", "项目", 10, "个")),
    ("新签约项目30个。", ("新签约", "项目", 30, "个")),
])
def test_status_opening_alias_acts(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body, want", [
    ("完成招商引资签约项目30个。", ("完成", "招商引资签约项目", 30, "个")),
    ("力争签约亿元以上项目20个。", ("签约", "亿元以上项目", 20, "个")),
    ("开展创业培训3000人次。", ("开展", "创业培训", 3000, "人次")),
    ("实施续建项目80个。", ("实施", "续建项目", 80, "个")),
])
def test_alias_after_other_verb_kept(body, want):
    assert want in pledges(body)


# --- 7. a count before the 成果 a consolidation keeps says whose results they are: no pledge ---

@pytest.mark.parametrize("body", [
    "巩固拓展5个县脱贫摘帽成果。",
    "巩固提升12个省级卫生城市创建成果。",
    "巩固3.2万脱贫人口脱贫成果，防止规模性返贫。",
])
def test_count_of_kept_results_is_no_pledge(body):
    assert pledges(body) == set()


@pytest.mark.parametrize("body, want", [
    ("巩固2个国家级生态县创建成果，新建污水处理厂3座。", {("新建", "污水处理厂", 3, "座")}),
    ("巩固拓展脱贫攻坚成果，新增就业岗位2000个。", {("新增", "就业岗位", 2000, "个")}),
    ("巩固提升农村饮水工程300处。", {("巩固提升", "农村饮水工程", 300, "处")}),
    ("巩固提升高标准农田5万亩。", {("巩固提升", "高标准农田", 5, "万亩")}),
    ("巩固提升10个乡镇污水处理设施。", {("巩固提升", "乡镇污水处理设施", 10, "个")}),
    ("推广10项农业科技成果。", {("推广", "农业科技成果", 10, "项")}),
    ("对8个摘帽县继续实施帮扶。", {("实施帮扶", "摘帽县", 8, "个")}),
])
def test_consolidation_lookalikes_keep_their_pledges(body, want):
    assert pledges(body) == want


# --- 3. a share reached after 实现 with no level verb is a share to reach ---

@pytest.mark.parametrize("body, want", [
    ("实现建制村通公交率100%。", ("实现", "建制村通公交率", 100, "%")),
    ("推进城乡交通运输一体化，实现行政村通公交率100%。", ("实现", "行政村通公交率", 100, "%")),
    ("实现行政村生活垃圾处理覆盖率100%。", ("实现", "行政村生活垃圾处理覆盖率", 100, "%")),
    ("实现农村生活垃圾收运处置体系覆盖率100%。", ("实现", "农村生活垃圾收运处置体系覆盖率", 100, "%")),
    ("加大医保异地就医直接结算力度，实现跨省住院费用直接结算率超80%。", ("实现", "跨省住院费用直接结算率", 80, "%")),
    ("新改建农村公路200公里，实现建制村通公交率达到100%。", ("达到", "建制村通公交率", 100, "%")),
])
def test_share_reached_after_outcome_verb(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body", [
    "实现5G网络覆盖100%。",
    "实现翻番目标，只要有6.5%－7%的增速就能够实现。",
    "建设污水处理设施覆盖率100%。",
])
def test_share_lookalikes_give_no_pledge(body):
    assert not any(u == "%" for _, _, _, u in pledges(body))


def test_share_change_keeps_its_verb():
    assert ("增长", "农民人均可支配收入", 7, "%") in pledges("实现农民人均可支配收入增长7%。")


# --- 2. 支持 acts on the projects it counts (not the fiscal verb of the clause before); elsewhere it ends an object ---

@pytest.mark.parametrize("body, want, not_want", [
    ("安排科技专项资金1.5亿元，支持企业研发项目100个。", ("支持", "企业研发项目", 100, "个"), "安排"),
    ("市级财政安排科技投入5亿元。支持企业研发项目100个，新增高新技术企业30家。", ("支持", "企业研发项目", 100, "个"), "安排"),
    ("支持企业研发项目100个，培育科技型中小企业200家。", ("支持", "企业研发项目", 100, "个"), None),
    ("全年支持企业技术改造项目50个。", ("支持", "企业技术改造项目", 50, "个"), None),
    ("安排专项资金3亿元，支持100个重点项目建设。", ("支持", "重点项目", 100, "个"), None),
])
def test_support_acts_on_projects(body, want, not_want):
    ps = pledges(body)
    assert want in ps, ps
    assert not any(a == not_want and "项目" in o for a, o, _, _ in ps)


@pytest.mark.parametrize("body, want", [
    ("省级财政安排资金10亿元支持乡村振兴示范项目。", ("安排", "资金", 10, "亿元")),
    ("使用1000亿元失业保险基金支持稳岗和培训。", ("使用", "失业保险基金", 1000, "亿元")),
    ("安排10亿元专项资金支持企业技改项目。", ("安排", "专项资金", 10, "亿元")),
])
def test_support_still_ends_an_amount_object(body, want):
    assert want in pledges(body)
