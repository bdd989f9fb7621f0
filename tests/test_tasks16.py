"""Session tasks16: documents that restate a report's pledges (the 重点工作任务分工/分解 notice a government issues after
its report, often a Word table: 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限) and pledge-dense task parts (民生实事 lists,
county task sections): a place with 地区 after it before a 其中 count, a count with the size of all it counts
(8条共15公里), bare figures joined by 、 that share the unit of the last (120、80、60公里), 转移输出, counts in 例, a
table cell's end, task tables read as prose, the titles of task notices, targets 完成市定/省定."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import keys_of, pledged, read  # tests/factkeys.py
from taskdoc import pledges as task_pledges  # tests/taskdoc.py


def objects(body: str) -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in task_pledges(body)}


# 1. a place with 地区 after it, alone before a count after 其中, is where the counted things are
@pytest.mark.parametrize("body, want", [
    ("新建5G基站500个，其中农村地区200个。", {("5G基站", 500, "个"), ("5G基站", 200, "个")}),
    ("新建5G基站500个，其中城镇地区300个、山区200个。", {("5G基站", 500, "个"), ("5G基站", 300, "个"), ("5G基站", 200, "个")}),
    ("新建公厕100座，其中城市60座、农村40座。", {("公厕", 100, "座"), ("公厕", 60, "座"), ("公厕", 40, "座")}),
])
def test_a_place_after_qizhong_is_where(body, want):
    assert objects(body) == want


# look-alikes: a place word opening the object's name stays in it
@pytest.mark.parametrize("body, want", [
    ("新建城市公园5个。", {("城市公园", 5, "个")}),
    ("改造城镇老旧小区30个。", {("城镇老旧小区", 30, "个")}),
    ("新改建山区公路50公里。", {("山区公路", 50, "公里")}),
])
def test_a_place_in_a_name_stays(body, want):
    assert objects(body) == want


# 2. a count, then 共/共计/全长 and the size of all it counts: both are pledged, of the same object
@pytest.mark.parametrize("body, want", [
    ("新建改造城市道路8条共15公里。", {("城市道路", 8, "条"), ("城市道路", 15, "公里")}),
    ("新建农村公路8条共计35公里。", {("农村公路", 8, "条"), ("农村公路", 35, "公里")}),
    ("改造老旧小区12个共计3000户。", {("老旧小区", 12, "个"), ("老旧小区", 3000, "户")}),
    ("新建城市道路8条全长15公里。", {("城市道路", 8, "条"), ("城市道路", 15, "公里")}),
])
def test_a_count_with_its_total_size(body, want):
    assert objects(body) == want


def test_an_amount_describing_the_counted_stays_a_modifier():
    assert objects("招引10亿元以上项目5个以上。") == {("10亿元以上项目", 5, "个")}


# 3. 转移输出 is a work named whole, as 转移就业
@pytest.mark.parametrize("body", ["农村劳动力转移输出26万人。", "转移输出农村劳动力26万人。"])
def test_labour_sent_out(body):
    got = task_pledges(body)
    assert ("转移输出", "农村劳动力", 26, "万人") in got
    assert not any(o == "输出" for _, o, _, _ in got)


# 4. 例 counts cases (screenings, operations)
def test_cases_are_a_count_unit():
    assert ("“两癌”筛查", 1.2, "万例") in objects("免费为全县适龄女性开展“两癌”筛查1.2万例。")
    assert ("白内障复明手术", 500, "例") in objects("完成白内障复明手术500例。")


# 5. bare figures joined by 、 right before a figure with its unit take that unit, one pledge each
@pytest.mark.parametrize("body, want", [
    ("新建改造供水、排水、燃气管网120、80、60公里。",
     {("供水管网", 120, "公里"), ("排水管网", 80, "公里"), ("燃气管网", 60, "公里")}),
    ("新增高标准农田、节水灌溉面积5、3万亩。", {("高标准农田", 5, "万亩"), ("节水灌溉面积", 3, "万亩")}),
])
def test_bare_figures_share_the_last_unit(body, want):
    assert objects(body) == want


def test_rates_and_concentrations_in_a_run_stay_as_they_were():
    # (a list of limits is read as indicator facts, tests/test_pledges8.py: the run is not split for them)
    assert task_pledges("PM2.5、PM10平均浓度分别控制在54、85微克/立方米以内。") == set()
    assert not any(v == 5 for _, _, v, _ in task_pledges("城乡居民收入分别增长5、6%。"))


# look-alikes: figures after a letter, 第 or an item number are no values
@pytest.mark.parametrize("body, want", [
    ("推进第1、2批试点村建设，新建示范村30个。", {("示范村", 30, "个")}),
    ("实施1、2号线延伸工程，新建站点12座。", {("站点", 12, "座")}),
    ("1、新建幼儿园3所；2、改造老旧小区20个。", {("幼儿园", 3, "所"), ("老旧小区", 20, "个")}),
])
def test_numbers_that_are_no_run_of_values(body, want):
    assert objects(body) == want


# 6. a task notice printed as a Word table: its cells are prose, each ends at the cell's edge
NOTICE = ("某某市人民政府办公室关于印发2024年市《政府工作报告》重点工作任务分解方案的通知\n\n"
          "二、重点工作任务\n序号\t工作任务\t牵头单位\t责任单位\t完成时限\n")


def notice(rows: str):
    return read(NOTICE + rows + "\n", "n.txt")


def test_a_task_table_row_is_read_as_prose():
    d = notice("7\t实施省市重大项目500个，完成年度投资1200亿元以上\t市发改委\t各县（市、区）政府\t2024年12月底\n"
               "12\t新建高标准农田50万亩，粮食播种面积稳定在770万亩以上\t市农业农村局\t各县（市、区）政府\t2024年10月底\n"
               "20\tPM2.5平均浓度控制在28微克/立方米以下\t市生态环境局\t各县（市、区）政府\t2024年12月底")
    assert d.meta.doc_type == "other" and d.meta.report_year == 2024
    fs = keys_of(d)
    assert (fs[("grain_area", "target", "2024", "level")].value, fs[("grain_area", "target", "2024", "level")].qualifier) == (770, "at_least")
    assert fs[("pm25", "target", "2024", "level")].value == 28
    got = {(v, u) for _, v, u in pledged(d)}
    assert {(500, "个"), (1200, "亿元"), (50, "万亩"), (770, "万亩"), (28, "微克/立方米")} <= got
    # the offices and the deadline cells are no objects or figures
    assert not any("发改委" in o or "政府" in o for o, _, _ in pledged(d))
    assert not any(v in (12, 2024) for _, v, _ in pledged(d))


def test_a_figure_table_with_a_done_column_is_still_read_by_its_columns():
    text = ("某某市2024年国民经济和社会发展计划\n\n表1 主要指标\n指标\t单位\t2023年完成\t2024年目标\n"
            "地区生产总值\t亿元\t1200\t1270\n一般公共预算收入\t亿元\t80\t84\n")
    fs = keys_of(read(text, "t.txt"))
    assert fs[("gdp", "actual", "2023", "level")].value == 1200
    assert fs[("gdp", "target", "2024", "level")].value == 1270


# 7. the notices dividing a report's tasks among offices are not the report
@pytest.mark.parametrize("title, dt", [
    ("某某市人民政府办公室关于印发2024年市《政府工作报告》重点工作任务分解方案的通知", "other"),
    ("某某市人民政府关于分解落实2026年《政府工作报告》重点目标任务的通知", "other"),
    ("关于印发《2023年〈政府工作报告〉重点工作任务分工方案》的通知", "other"),
    ("某某县人民政府关于2024年政府工作报告目标任务责任分解的通知", "other"),
    ("2024年某某市政府工作报告", "government_work_report"),
    ("政府工作报告（摘要）", "government_work_report"),
])
def test_task_notice_titles(title, dt):
    from planwatch.metadata import _doc_type
    assert _doc_type(title)[0] == dt


def test_a_report_that_says_it_will_divide_its_tasks_stays_a_report():
    d = read("某某县人民政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第三次会议上\n\n各位代表：\n"
             "现在，我代表县人民政府向大会报告工作。\n对政府工作报告确定的目标任务，我们将逐项分解、压实责任。\n", "r.txt")
    assert d.meta.doc_type == "government_work_report"


# 8. a target the level above sets, 市定/省定 run into 完成: a qualitative target of the indicator named after it
TARGETS = "二、2020年工作安排\n全县经济社会发展的主要预期目标是："


@pytest.mark.parametrize("sent", ["生产总值增长7.5%，完成市定节能减排目标。", "生产总值增长7.5%，完成省定节能减排目标任务。"])
def test_a_target_set_above(sent):
    fs = keys_of(read(TARGETS + sent + "\n", "x.txt", report_year=2020, region="新安县", level="county"))
    f = fs[("energy_intensity", "target", "2020", "growth")]
    assert (f.value, f.qualifier) == (None, "qualitative")


def test_a_target_set_above_naming_nothing_gives_no_fact():
    fs = keys_of(read(TARGETS + "生产总值增长7.5%，完成市定目标。\n", "x.txt", report_year=2020, region="新安县", level="county"))
    assert set(fs) == {("gdp", "target", "2020", "growth")}


# 9. 每 and the counter of a count just before it, in the figure's clause: a norm for each of the things counted
@pytest.mark.parametrize("body, want", [
    ("新建（改扩建）乡镇卫生院3所，每所床位不少于30张。", {("乡镇卫生院", 3, "所")}),
    ("新建农村幸福院20所，每所投入5万元。", {("农村幸福院", 20, "所")}),
    ("培育龙头企业10家，每家带动农户500户。", {("龙头企业", 10, "家")}),
])
def test_a_norm_for_each_of_the_counted(body, want):
    assert objects(body) == want


# look-alikes: a figure of its own clause after the norm, a level each place reaches, a 每 with no count before it
@pytest.mark.parametrize("body, want", [
    ("新建幼儿园5所，每所设6个班，新增学位1万个。", {("幼儿园", 5, "所"), ("学位", 1, "万个")}),
    ("每个村集体经济收入达到10万元以上。", {("每个村集体经济收入", 10, "万元")}),
])
def test_figures_beside_a_norm_stay(body, want):
    assert objects(body) == want


# 10. a page announcing the year's 民生实事: the lead to them may close the news lead's paragraph and name 实事, not 工作;
# its numbered items restate them (an item read as a part of tasks on its own goes on with the run)
NEWS = ("某某市2025年十件民生实事项目出炉\n来源：某某日报　发布时间：2025-01-22 09:15\n\n"
        "本报讯（记者 陈静）1月21日，市十六届人大五次会议票决产生2025年某某市十件民生实事项目。{lead}\n"
        "一、教育惠民工程。新建、改扩建公办幼儿园12所，新增公办学位3600个。\n"
        "二、城乡供水工程。新建改造供水管网300公里，巩固提升12万农村人口供水保障水平。\n"
        "三、文体惠民工程。新建城市书房15个、社区运动场地60处。\n"
        "四、便民服务工程。新建改造农贸市场10个、城市公厕50座。\n")


def test_a_news_page_of_the_years_livelihood_projects():
    d = read(NEWS.format(lead="今年，市政府将集中财力办好这十件实事，计划总投资23.6亿元。"), "n.txt")
    assert d.meta.doc_type == "other" and d.meta.report_year == 2025
    got = {(o, v, u) for o, v, u in pledged(d)}
    assert {("公办幼儿园", 12, "所"), ("公办学位", 3600, "个"), ("供水管网", 300, "公里"), ("城市书房", 15, "个"),
            ("社区运动场地", 60, "处"), ("农贸市场", 10, "个"), ("城市公厕", 50, "座")} <= got
    assert all(p.period == "2025" for p in d.pledges)


def test_a_news_page_whose_lead_looks_back_pledges_nothing_of_its_items():
    # (the same items after a sentence on last year's: results, not the year's tasks)
    d = read(NEWS.format(lead="去年，全市十件民生实事全面完成，累计完成投资21.2亿元。"), "n.txt")
    assert not any(o in ("城市书房", "农贸市场", "城市公厕") for o, _, _ in pledged(d))


# 11. 近 before a lone 百 or 千 closing a verb's clause after its object: about a hundred, a thousand
@pytest.mark.parametrize("body, key", [
    ("培育新型农业经营主体近百家。", ("新型农业经营主体", 100, "家")),
    ("新增市场主体近千户，新建学校3所。", ("市场主体", 1000, "户")),
])
def test_nearly_a_hundred(body, key):
    d = read(body.join(("某某县人民政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第三次会议上\n\n"
                         "二、2024年工作安排\n（一）推进重点工作\n", "\n")), "t.txt")
    ps = {(p.object, p.value, p.unit): p for p in d.pledges}
    assert key in ps and ps[key].qualifier == "about"


@pytest.mark.parametrize("body", ["打造近百家企业集群。", "近百年来，新建学校3所。"])
def test_nearly_a_hundred_in_a_name_or_a_time_is_no_count(body):
    assert not any(v in (100, 1000) for _, v, _ in objects(body))


# 12. a list whose items open with an amount that classes what they count: each item's count, no amount pledged
def test_items_classed_by_an_amount():
    got = objects("新招引亿元以上项目500个、10亿元以上项目60个、50亿元以上项目6个，实际到位资金1600亿元。")
    assert {("亿元以上项目", 500, "个"), ("10亿元以上项目", 60, "个"), ("50亿元以上项目", 6, "个")} <= got
    assert not any(u == "亿元" and v == 50 for _, v, u in got)


# look-alikes: a run of values closed by 以上 before a mark stays a run
@pytest.mark.parametrize("body, want", [
    ("新建改造供水、排水管网分别为120公里、80公里以上。", {("供水管网", 120, "公里"), ("排水管网", 80, "公里")}),
    ("完成投资1200亿元以上、新开工项目50个。", {("投资", 1200, "亿元"), ("项目", 50, "个")}),
])
def test_runs_closed_by_a_bound_stay(body, want):
    assert objects(body) == want


# 13. 标箱 counts containers (TEU)
def test_containers_are_a_unit():
    assert ("港口集装箱吞吐量", 28, "万标箱") in objects("港口集装箱吞吐量达到28万标箱。")
