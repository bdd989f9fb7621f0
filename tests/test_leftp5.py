"""Pledges and projects left open (branch leftp5): the verbs of aid and postings (援建, 选派, 组织 people; not the
organisations named with 组织), the year of figures before a later dated clause, time spans that lead an object
("三年内累计改造500个"), named national projects with no kind word, and the task-like items of a plan report's
target list. Each with look-alikes that must not change."""
from __future__ import annotations

import pytest

from taskdoc import pledges as _pledges, task_doc


def _keys(body: str, level: str = "县") -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in _pledges(body, level)}


def _periods(body: str, level: str = "市") -> dict[tuple[str, float], str]:
    return {(p.object, p.value): p.period for p in task_doc(body, level).pledges}


# --- 1. verbs of aid and postings ---

@pytest.mark.parametrize("body, want", [
    ("援建学校5所、卫生院3所。", {("学校", 5, "所"), ("卫生院", 3, "所")}),
    ("对口援建村级卫生室15所。", {("村级卫生室", 15, "所")}),
    ("组织1000名农牧民外出务工。", {("农牧民外出务工", 1000, "名")}),
    ("选派科技特派员200名。", {("科技特派员", 200, "名")}),
    ("选派驻村第一书记120名，援建村级活动场所8处。", {("驻村第一书记", 120, "名"), ("村级活动场所", 8, "处")}),
])
def test_verbs_of_aid_and_postings_pledge(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    # an organisation named with 组织 is what is counted, no verb of its own
    ("整顿软弱涣散村党组织30个。", set()),
    ("新建非公企业党组织50个。", {("非公企业党组织", 50, "个")}),
    ("培育发展社会组织100家。", {("社会组织", 100, "家")}),
    ("培育农业社会化服务组织80家。", {("农业社会化服务组织", 80, "家")}),
])
def test_organisations_named_with_zuzhi_are_objects(body, want):
    assert _keys(body) == want


# --- 2. a later dated clause with a figure of its own dates only its own figures ---

@pytest.mark.parametrize("level, body, want", [
    ("省", "新建高标准农田300万亩，到2025年累计建成5000万亩。", {("高标准农田", 300): "2024", ("高标准农田", 5000): "2025"}),
    ("省", "新建高标准农田300万亩,到2025年累计建成5000万亩。", {("高标准农田", 300): "2024", ("高标准农田", 5000): "2025"}),
    ("市", "今年新建5G基站5000个，到2026年累计达到3万个，实现乡镇全覆盖。", {("5G基站", 5000): "2024", ("5G基站", 3): "2026"}),
    ("市", "改造老旧小区150个，三年内累计改造500个。", {("老旧小区", 150): "2024", ("老旧小区", 500): "2024-2026"}),
    # look-alikes: the dated clause leads, or dates the figure before it with none of its own
    ("市", "到2025年，新建学校10所、改造老旧小区200个。", {("学校", 10): "2025", ("老旧小区", 200): "2025"}),
    ("市", "新建学校10所，于2025年底前全部建成。", {("学校", 10): "2025"}),
    ("县", "用两年时间完成农村户厕改造8000户。", {("农村户厕改造", 8000): "2024-2025"}),
    ("县", "三年内改造老旧小区150个。", {("老旧小区", 150): "2024-2026"}),
])
def test_later_dated_clause_dates_its_own_figures(level, body, want):
    assert _periods(body, level) == want


def test_span_leading_a_clause_is_no_object():
    assert _keys("改造老旧小区150个，两年内改造500个。", "市") == {("老旧小区", 150, "个"), ("老旧小区", 500, "个")}
    assert _keys("实施三年行动计划项目30个。", "市") == {("三年行动计划项目", 30, "个")}


# --- 3. the state's works named with no kind word are projects where a verb or a follow word stands by them ---

def _names(body: str, level: str = "省") -> set[str]:
    return {j.name for j in task_doc(body, level).projects if j.part == "plan"}


@pytest.mark.parametrize("level, body, want", [
    ("市", "全力服务保障平陆运河建设，确保年内完成征地拆迁任务。", {"平陆运河"}),
    ("省", "加快建设西部陆海新通道，推动川藏铁路雅安至林芝段建设。", {"西部陆海新通道", "川藏铁路雅安至林芝段"}),
    ("省", "加快推进引江济淮、滇中引水等重大水利工程建设，全力服务平陆运河建设。", {"引江济淮", "滇中引水", "平陆运河"}),
    ("市", "南水北调东线二期加快建设。", {"南水北调东线二期"}),
    ("省", "力争平陆运河年底建成通航。", {"平陆运河"}),
    # a kind after the name still names the whole
    ("市", "谋划实施引江补汉配套工程，加快引江济淮工程建设。", {"引江补汉配套工程", "引江济淮工程"}),
    ("市", "加快南水北调中线后续工程建设。", {"南水北调中线后续工程"}),
    # look-alikes: the place something is done, a resource, a culture, ordinary phrases
    ("市", "依托西部陆海新通道，发展通道经济。", set()),
    ("市", "用好南水北调水源，保障城乡供水。", set()),
    ("省", "推进大运河文化保护传承利用，加强黄河流域生态保护。", set()),
    ("市", "深入推进乡村振兴，加快新型城镇化，推进城乡融合发展。", set()),
])
def test_state_works_named_with_no_kind_word(level, body, want):
    assert _names(body, level) == want


# --- 4. no item of the year's target list is a pledge, however the list is written (the spec: its items are indicator
# facts, not pledges; a task-like item there too, as test_pledges has it for a list led by "主要预期目标是：") ---

def _plan_report(level: str, y: int, targets: str, tasks: str, title: str = "（一）主要目标") -> str:
    return (f"关于某某{level}{y - 1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n——{y}年1月15日在某某{level}第十届"
            f"人民代表大会第四次会议上\n某某{level}发展和改革委员会\n\n各位代表：\n受{level}人民政府委托，现将{y - 1}年计划执行情况与"
            f"{y}年计划草案提请大会审议。\n\n一、{y - 1}年国民经济和社会发展计划执行情况\n{y - 1}年，全{level}地区生产总值增长5.1%，"
            f"新建高标准农田8万亩。\n\n二、{y}年经济社会发展的总体要求和主要目标\n{title}\n{targets}\n（二）重点任务\n{tasks}\n")


@pytest.mark.parametrize("text, want", [
    # the list in one paragraph, and one item a line under its title: the same, only the tasks section pledges
    (_plan_report("县", 2023, "主要预期目标是：地区生产总值增长6.5%；固定资产投资增长8%；接待游客达到500万人次；新建高标准农田2万亩；"
                  "改造农村危房300户；城镇新增就业3000人。", "（1）稳住农业基本盘。改造提升高标准农田1万亩。"),
     {("高标准农田", 1, "万亩")}),
    (_plan_report("市", 2024, "——经济增长：地区生产总值增长6%左右。\n——农业农村：粮食产量稳定在120万吨以上，新建高标准农田10万亩。\n"
                  "——民生：城镇新增就业5万人，改造老旧小区80个。", "1.扩大有效投资。新开工亿元以上项目80个。"),
     {("亿元以上项目", 80, "个")}),
    (_plan_report("市", 2024, "新建高标准农田10万亩，改造老旧小区80个。", "1.扩大有效投资。新开工亿元以上项目80个。",
                  "（一）2024年主要预期目标"), {("亿元以上项目", 80, "个")}),
    # look-alikes: a part's goals, and a title of targets and tasks, hold pledges
    (_plan_report("市", 2024, "新建幼儿园5所，改造老旧小区30个。", "1.扩大有效投资。新开工亿元以上项目80个。", "（一）民生实事主要目标"),
     {("幼儿园", 5, "所"), ("老旧小区", 30, "个"), ("亿元以上项目", 80, "个")}),
    (_plan_report("市", 2024, "新建幼儿园5所，改造老旧小区30个。", "1.扩大有效投资。新开工亿元以上项目80个。", "（一）主要目标任务"),
     {("幼儿园", 5, "所"), ("老旧小区", 30, "个"), ("亿元以上项目", 80, "个")}),
])
def test_items_of_the_target_list_are_no_pledges(text, want):
    from taskdoc import text_pledges
    assert text_pledges(text) == want


# --- 5. where people are sent is no part of what is counted; "2025年底前" dates a task ---

@pytest.mark.parametrize("body, want", [
    ("新招录特岗教师120名，选派骨干教师50名到乡村学校支教。", {("特岗教师", 120, "名"), ("骨干教师", 50, "名")}),
    ("引进200名高校毕业生到基层工作。", {("高校毕业生", 200, "名")}),
    ("发放惠农补贴资金1.2亿元到户。", {("惠农补贴资金", 1.2, "亿元")}),
])
def test_where_people_go_ends_the_object(body, want):
    assert _keys(body) == want


def test_a_year_end_deadline_dates_its_clause():
    assert _periods("新建保障性租赁住房3000套，2025年底前累计筹集1.5万套。") == {
        ("保障性租赁住房", 3000): "2024", ("保障性租赁住房", 1.5): "2025"}
    assert _periods("建成停车位5000个，比2023年底前增加一倍。") == {("停车位", 5000): "2024"}


# --- 6. those counted after the figure that are there already are a result; a verb of using a work opens no name ---

@pytest.mark.parametrize("body, want", [
    ("全年选聘的200名护边员已全部到岗。", set()),
    ("选聘护边员200名，确保已全部到岗。", {("护边员", 200, "名")}),
    ("今年选聘的200名护边员要全部到岗。", {("护边员", 200, "名")}),
    ("实施1418个已开工项目。", {("已开工项目", 1418, "个")}),
])
def test_counted_already_there_is_no_pledge(body, want):
    assert _keys(body) == want


@pytest.mark.parametrize("body, want", [
    ("借助川藏铁路建设带来的机遇，发展沿线产业。", {"川藏铁路"}),
    ("抢抓成渝中线高铁建设机遇，发展临港产业。", {"成渝中线高铁"}),
])
def test_verbs_of_using_a_work_open_no_name(body, want):
    assert _names(body, "市") == want


# --- self-review look-alikes ---

@pytest.mark.parametrize("body, want", [
    # a past year before 前 says which are meant, no deadline
    ("改造2000年以前建成的老旧小区200个。", {("老旧小区", 200): "2024"}),
    ("改造2000年底前建成的城镇老旧小区120个。", {("城镇老旧小区", 120): "2024"}),
    # the part before a later dated clause keeps its own span
    ("今后五年新建学校50所，到2030年学位达到10万个。", {("学校", 50): "2024-2028", ("学位", 10): "2030"}),
])
def test_self_review_periods(body, want):
    assert _periods(body) == want


@pytest.mark.parametrize("body, want", [
    ("引进国际组织3家。", {("国际组织", 3, "家")}),
    ("培育发展工会组织20个。", {("工会组织", 20, "个")}),
    ("培训村党组织书记500人次。", {("村党组织书记", 500, "人次")}),
    ("组织实施重点项目100个。", {("重点项目", 100, "个")}),
    # 推行 is no action: what follows it is mostly a slogan ("推行一件事一次办")
    ("推行一件事一次办，推行“拿地即开工”。", set()),
])
def test_self_review_zuzhi_nouns(body, want):
    assert _keys(body) == want


def test_a_company_named_after_a_work_is_no_project():
    assert _names("组建陆海新通道运营有限公司，推进产业园运营公司市场化改革。", "市") == set()


# --- 7. the year a work is done in, between its name and what is done ---

@pytest.mark.parametrize("body, want", [
    ("推动比亚迪电池产业园项目2025年建成投产。", {"比亚迪电池产业园项目"}),
    ("确保城北污水处理厂2024年6月投入运行。", {"城北污水处理厂"}),
    ("推动平陆运河2026年底建成通航。", {"平陆运河"}),
    # look-alikes: a year's plan or output of a class, no name
    ("实施重点项目2024年度投资计划。", set()),
    ("编制乡村振兴示范区2024年实施方案。", set()),
    ("城北污水处理厂2024年处理污水1000万吨。", set()),
])
def test_a_year_between_a_name_and_its_status(body, want):
    assert _names(body, "市") == want
