"""Session 17 leftx14p: pledge classes left unfixed by the evening's helpers: 以旧换新 with no verb before it, a work
carried out by a verb joined to it right before its count (完成征迁1200户) after a clause naming projects, those a task
is done for written with 、 (为…高龄、失能老年人发放…), a status alone after the count (…1.8万人入住), a work before the
sites it is done in (农网改造升级行政村80个), a joiner and a place before the next item's count (和乡镇5条特色产业链),
and the words 新辟, 开放, 批次."""
from __future__ import annotations

import pytest

from taskdoc import by_key, keys, year_pledges  # tests/taskdoc.py

HEAD = ("临川市人民政府工作报告\n——2026年1月15日在临川市第十八届人民代表大会第五次会议上\n\n"
        "一、2025年工作回顾\n过去一年，全市地区生产总值增长5.6%。\n\n二、2026年工作安排\n（一）推进重点工作\n")


def pledges(body: str, head: str = HEAD, year: int = 2026):
    return year_pledges(head + body + "\n", year)


# 1. 以旧换新 with no verb: the thing and the work are counted, the work acts
def test_trade_ins_with_no_verb_are_pledged():
    got = by_key(pledges("全年汽车以旧换新6000辆、家电以旧换新3万台、电动自行车以旧换新8000辆，带动消费20亿元以上。"))
    assert got[("汽车以旧换新", 6000, "辆")].action == "以旧换新"
    assert got[("家电以旧换新", 3, "万台")].quote == "家电以旧换新3万台"
    assert ("电动自行车以旧换新", 8000, "辆") in got
    got = by_key(pledges("落实以旧换新政策，全年汽车以旧换新2000辆以上、家电以旧换新1.5万台。"))
    assert got[("汽车以旧换新", 2000, "辆")].qualifier == "at_least"
    assert ("家电以旧换新", 1.5, "万台") in got


@pytest.mark.parametrize("body, key, action", [
    # (before a noun the work only names it: funds, subsidies, events)
    ("发放家电以旧换新补贴5000万元。", ("家电以旧换新补贴", 5000, "万元"), "发放"),
    ("安排以旧换新资金3亿元。", ("以旧换新资金", 3, "亿元"), "安排"),
    ("开展以旧换新活动100场。", ("以旧换新活动", 100, "场"), "开展"),
    ("推动汽车以旧换新补贴30万辆。", ("汽车以旧换新补贴", 30, "万辆"), "推动"),
    # (a verb of support right before the thing still acts)
    ("全年支持汽车以旧换新20万辆以上。", ("汽车以旧换新", 20, "万辆"), "支持"),
])
def test_trade_in_naming_a_noun_or_after_support_is_unchanged(body, key, action):
    got = by_key(pledges(body))
    assert got[key].action == action, sorted(got)


def test_trade_ins_of_last_year_are_no_pledges():
    assert pledges("去年全市汽车以旧换新5120辆、家电以旧换新2.6万台，带动消费增长。") == []


# 2. a verb joined to the work right before its count counts the work, not the projects named before
def test_relocation_after_a_project_clause_counts_the_relocation():
    got = by_key(pledges("推进城中村改造，实施城中村改造项目6个，完成征迁1200户，筹集保障性住房1500套。"))
    assert got[("征迁", 1200, "户")].quote == "完成征迁1200户"
    assert ("城中村改造项目", 6, "个") in got
    got = keys(pledges("推进东湖片区城中村改造项目，完成征迁680户，新建安置房900套。"))
    assert ("征迁", 680, "户") in got and not any(k[0] == "项目" for k in got)
    assert ("拆迁", 1200, "户") in keys(pledges("年内完成拆迁1200户。"))
    assert ("征收拆迁", 520, "户") in keys(pledges("完成征收拆迁520户。"))


def test_a_work_with_what_it_is_done_to_before_it_keeps_it():
    got = by_key(pledges("对全县学校实施改造20所，对困难群众实施救助5万人次。"))
    assert got[("学校", 20, "所")].action == "实施改造"
    got = by_key(pledges("完成培训3万人次。"))
    assert got[("培训", 3, "万人次")].action == "完成培训"


# 3. those a task is done for, written with 、
@pytest.mark.parametrize("body, key", [
    ("为1.8万名经济困难的高龄、失能老年人发放护理补贴，新增养老床位800张。", ("护理补贴", 1.8, "万名")),
    ("为3000名困难残疾人、重度残疾人提供居家托养服务。", ("居家托养服务", 3000, "名")),
    ("为2600名困难、高龄、独居老年人安装智能看护设备。", ("智能看护设备", 2600, "名")),
])
def test_those_a_task_is_done_for_written_with_a_list_mark(body, key):
    got = keys(pledges(body))
    assert key in got and not any(k[0] == "为" for k in got), sorted(got)


def test_counts_listed_for_whom_stay_apart():
    # (a count after the 、, before the task's verb: two items)
    got = keys(pledges("为1000名老人免费体检、500名儿童接种疫苗。"))
    assert {k[1] for k in got} == {1000, 500}
    got = keys(pledges("为500户困难家庭实施适老化改造、200户残疾人家庭实施无障碍改造。"))
    assert ("适老化改造", 500, "户") in got and {k[1] for k in got} == {500, 200}


# 4. a status alone after the count; a work before the sites it is done in
def test_a_status_after_the_count_is_not_the_object():
    got = by_key(pledges("完成易地扶贫搬迁1.8万人入住，后续扶持产业项目实施30个。"))
    assert got[("易地扶贫搬迁", 1.8, "万人")].action == "完成"
    assert ("农村危房改造", 500, "户") in keys(pledges("完成农村危房改造500户入住。"))
    # (an outcome verb: the status is what is counted)
    assert ("脱贫", 45, "万人") in keys(pledges("实现45万人脱贫。"))
    assert ("重点项目", 50, "个") in keys(pledges("实现50个重点项目开工建设。"))


@pytest.mark.parametrize("body, key, action", [
    ("实施农网改造升级行政村80个，新改建农村公路150公里。", ("农网改造升级行政村", 80, "个"), "实施"),
    ("实施农网改造升级自然村120个。", ("农网改造升级自然村", 120, "个"), "实施"),
    ("实施配电网改造升级台区150个。", ("配电网改造升级台区", 150, "个"), "实施"),
])
def test_a_work_before_its_sites_names_them(body, key, action):
    got = by_key(pledges(body))
    assert got[key].action == action, sorted(got)


def test_sites_as_objects_are_unchanged():
    assert ("行政村", 100, "个") in keys(pledges("覆盖行政村100个。"))
    assert ("行政村综合服务中心", 20, "个") in keys(pledges("新建行政村综合服务中心20个。"))


# 5. vocabulary, and a place before the next item's count
@pytest.mark.parametrize("body, key, action", [
    ("新辟公交线路6条，更新新能源公交车120辆。", ("公交线路", 6, "条"), "新辟"),
    ("开放高价值公共数据集50个。", ("高价值公共数据集", 50, "个"), "开放"),
    ("开展食品安全抽检1.5万批次。", ("食品安全抽检", 1.5, "万批次"), "开展"),
    ("开展农产品质量安全监督抽检3000批次。", ("农产品质量安全监督抽检", 3000, "批次"), "开展"),
])
def test_verbs_and_units_of_task_sections(body, key, action):
    got = by_key(pledges(body))
    assert got[key].action == action, sorted(got)


def test_a_place_before_the_next_count_ends_the_item():
    got = keys(pledges("深入实施链长制，抓好全县11条重点产业链和乡镇5条特色产业链建设。"))
    assert ("重点产业链", 11, "条") in got
    assert any(k[1:] == (5, "条") and k[0].startswith("特色产业链") for k in got), sorted(got)
    got = keys(pledges("抓好全市10条重点产业链和县（区）7条优势产业链。"))
    assert ("重点产业链", 10, "条") in got and ("优势产业链", 7, "条") in got


def test_a_place_counted_after_a_joiner_is_unchanged():
    got = keys(pledges("覆盖行政村100个和乡镇5个。新建学校10所和乡镇卫生院5所。"))
    assert ("学校", 10, "所") in got and ("乡镇卫生院", 5, "所") in got
    assert not any("乡镇" == k[0] for k in got)


def test_opening_up_inside_a_name_does_not_act():
    got = by_key(pledges("建设高水平对外开放平台5个。"))
    assert got[("高水平对外开放平台", 5, "个")].action == "建设"
    assert by_key(pledges("建设开放式公园10个。"))[("开放式公园", 10, "个")].action == "建设"
    assert by_key(pledges("开放共享大型科研仪器1000台套。"))[("大型科研仪器", 1000, "台套")].action == "开放共享"


# 6. an English sentence with the Chinese task in brackets: the bracket ends what its count is of
def test_a_bracketed_chinese_task_after_english_is_pledged():
    got = keys(pledges("The city will build 20,000 new 5G base stations (新建5G基站2万个) and renovate 500 old "
                       "residential communities (改造老旧小区500个)."))
    assert ("5G基站", 2, "万个") in got and ("老旧小区", 500, "个") in got
    got = keys(pledges("This year the province will build new 5G base stations（新建5G基站2万个）and renovate old "
                       "residential communities（改造老旧小区500个）."))
    assert ("5G基站", 2, "万个") in got and ("老旧小区", 500, "个") in got
    # (a note on the count stays a note)
    assert ("学校", 12, "所") in keys(pledges("新建学校（含改扩建）12所。"))


def test_a_level_alone_before_the_count_says_which():
    got = keys(pledges("抓好市级12条重点产业链和区（县）6条特色产业链培育。"))
    assert ("重点产业链", 12, "条") in got and not any(k[0] == "市级" for k in got), sorted(got)
    # (with nothing after the count, the level is all that names it)
    assert ("省级", 3, "个") in keys(pledges("新增省级3个。"))
