"""tsk64 (decision 547): county and city task sections, quantified pledges in the shapes task lists use.

Hand-written sentences of the class: grants given to each of the places counted before 每个X/每X, a service for
people counted before them at the end of a list cut short with ……; and look-alikes that must not change."""
import pytest

from factkeys import pledges_from

_PAGE = ("临泽县2019年政府工作报告\n——2019年1月10日在临泽县第十八届人民代表大会第四次会议上\n……\n"
         "三、2019年重点工作\n{t}\n")


def _pledges(t: str):
    return {(p.object, p.value, p.unit, p.period) for p in pledges_from(_PAGE, t)}


# 1. a grant to each of the places counted before 每个X/每X: the funds pledged, the places' count none (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("为40个美丽乡村示范村每个村补助建设资金20万元。", {("建设资金", 20, "万元", "2019")}),
    ("对20个重点帮扶村每村补助产业发展资金50万元。", {("产业发展资金", 50, "万元", "2019")}),
    ("为20个省级乡村振兴示范镇每个镇安排专项资金500万元。", {("专项资金", 500, "万元", "2019")}),
    ("为30个行政村每个行政村安排集体经济发展资金50万元。", {("集体经济发展资金", 50, "万元", "2019")}),
    ("对30个村每村奖补10万元。", {("奖补", 10, "万元", "2019")}),
    ("为15个重点帮扶村每村奖补集体经济发展资金30万元，新建村级光伏电站15座。",
     {("集体经济发展资金", 30, "万元", "2019"), ("村级光伏电站", 15, "座", "2019")}),
])
def test_grant_to_each_counted(t, want):
    assert _pledges(t) == want


# 2. a service for people counted before them, in a list cut short with ……: the service counted (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("五是城镇新增就业1800人；六是为全县1.5万名城乡居民免费健康体检……",
     {("城镇新增就业", 1800, "人", "2019"), ("免费健康体检", 1.5, "万名", "2019")}),
    ("为3000名适龄女性免费开展两癌筛查……", {("两癌筛查", 3000, "名", "2019")}),
    ("三是为全市2.8万名困难群众购买商业补充保险……", {("商业补充保险", 2.8, "万名", "2019")}),
])
def test_service_before_ellipsis(t, want):
    assert _pledges(t) == want


# 3. look-alikes: a norm for each with no places counted, a grant named inside a noun, the class's other shapes (pass on both)
@pytest.mark.parametrize("t, want", [
    ("改造120户农村危房，每户补助2万元。", {("农村危房", 120, "户", "2019")}),
    ("每村补助10万元。", set()),
    ("新建光伏电站30座，每村年增收5万元以上。", {("光伏电站", 30, "座", "2019")}),
    ("为12个乡镇每个乡镇建设1所中心幼儿园。", set()),
    ("为60个贫困村每村安排村集体经济发展资金50万元。", {("村集体经济发展资金", 50, "万元", "2019")}),
    ("落实中央衔接推进乡村振兴补助资金12亿元。", {("中央衔接推进乡村振兴补助资金", 12, "亿元", "2019")}),
    ("提高城乡居民医保财政补助标准30元。", {("城乡居民医保财政补助标准", 30, "元", "2019")}),
    ("为全县1.5万名城乡居民免费健康体检。", {("免费健康体检", 1.5, "万名", "2019")}),
    ("新建公共厕所40座……", {("公共厕所", 40, "座", "2019")}),
    ("全年实施重点项目（120个），完成投资45亿元以上。",
     {("重点项目", 120, "个", "2019"), ("重点项目投资", 45, "亿元", "2019")}),
    ("确保新建高标准农田3.5万亩，其中高效节水灌溉1.2万亩。",
     {("高标准农田", 3.5, "万亩", "2019"), ("高效节水灌溉", 1.2, "万亩", "2019")}),
    ("新建、改造农村公路分别为120公里、80公里。", {("农村公路", 120, "公里", "2019"), ("农村公路", 80, "公里", "2019")}),
    ("去年全县实施重点项目108个，完成投资41.2亿元。巩固“1+N”产业发展模式，深入实施农村人居环境整治三年行动。", set()),
])
def test_look_alikes_kept(t, want):
    assert _pledges(t) == want
