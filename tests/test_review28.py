"""Review of branch leftp5's rules on unseen wordings (review28): the state's works named with no kind word are
projects only where something is done to them (a follow word after them or their list, or a verb of building right
before them), not where they are only joined, used or drawn on; and the look-alikes of the other leftp5 rules."""
from __future__ import annotations

import pytest

from taskdoc import names


# --- the state's works named with no kind word ---

@pytest.mark.parametrize("level, body, want", [
    # only joined, used or drawn on: no project
    ("市", "主动对接西部陆海新通道，发展通道经济。", set()),
    ("市", "用好平陆运河、西部陆海新通道等战略机遇，发展临港产业。", set()),
    ("市", "充分依托平陆运河和西部陆海新通道，发展向海经济。", set()),
    ("市", "推动西部陆海新通道和中欧班列协同发展。", set()),
    ("市", "发挥西部陆海新通道、长江黄金水道优势，建设内陆开放高地。", set()),
    ("省", "融入西部陆海新通道，拓展东盟市场。", set()),
    ("省", "积极参与西部陆海新通道，扩大对外开放。", set()),
    # what follows says nothing built
    ("省", "西部陆海新通道累计开行班列1万列。", set()),
    ("省", "推动西部陆海新通道实现高质量发展。", set()),
    ("省", "西部陆海新通道全面融入共建“一带一路”。", set()),
    ("省", "南水北调累计调水600亿立方米。", set()),
    ("省", "西部陆海新通道正式上升为国家战略。", set()),
    ("省", "西部陆海新通道取得新进展。", set()),
    ("省", "引江补汉全面开工，平陆运河2026年底建成通航。", {"引江补汉", "平陆运河"}),
    # a body or a rule named after the work; a list going on with other things, none built
    ("省", "支持广西平陆运河建设有限公司做大做强。", set()),
    ("省", "组建引江济淮建设集团。", set()),
    ("省", "完善平陆运河建设机制。", set()),
    ("省", "推进西部陆海新通道、长江经济带协同发展。", set()),
    ("省", "加快推进引江济淮、淮河入海水道二期等重大水利工程建设。", {"引江济淮", "淮河入海水道二期"}),
    # something done to them, after them, their list, or right before them
    ("省", "平陆运河、西部陆海新通道加快建设。", {"平陆运河", "西部陆海新通道"}),
    ("省", "全力推进平陆运河，年内完成投资200亿元。", {"平陆运河"}),
    ("省", "积极配合南水北调、引江济淮等国家重大水利工程建设。", {"南水北调", "引江济淮"}),
    ("省", "支持引江补汉、滇中引水等重大工程。", {"引江补汉", "滇中引水"}),
    ("省", "确保引江济淮通水。", {"引江济淮"}),
    ("省", "推进南水北调东线二期、引江济淮二期建设。", {"南水北调东线二期", "引江济淮二期"}),
])
def test_named_works_only_where_something_is_done_to_them(level, body, want):
    assert names(body, level) == want


# --- 组织 after another verb names what is set up; 到 ending a word is no place; a status that says which are counted ---

def _keys(body: str, level: str = "县") -> set[tuple[str, float, str]]:
    return {(o, v, u) for _, o, v, u in _pledges(body, level)}


from taskdoc import pledges as _pledges  # noqa: E402


@pytest.mark.parametrize("body, want", [
    ("建立妇联组织30个，新建基层工会组织50家。", {("建立", "妇联组织", 30, "个"), ("新建", "基层工会组织", 50, "家")}),
    ("新组建产业联盟等新型产业组织10个。", {("新组建", "产业联盟等新型产业组织", 10, "个")}),
    # 组织 acting, as leftp5 has it
    ("组织1000名农牧民外出务工。", {("组织", "农牧民外出务工", 1000, "名")}),
    ("积极引导和组织2000名农民工返乡创业。", {("组织", "农民工返乡创业", 2000, "名")}),
    ("发放稳岗补贴2亿元。", {("发放", "稳岗补贴", 2, "亿元")}),
])
def test_zuzhi_after_another_verb_is_a_noun(body, want):
    assert _pledges(body, "县") == want


@pytest.mark.parametrize("body, want", [
    ("新增10家营收达到亿元的企业。", {("营收达到亿元的企业", 10, "家")}),
    ("开通20条到达主要城市的航线。", {("到达主要城市的航线", 20, "条")}),
    ("新开通3条直达到港的货运班线。", {("直达到港的货运班线", 3, "条")}),
    # right after a figure of what is built, 到 opens its name; after a joiner, the next item
    ("新建300公里到村道路。", {("到村道路", 300, "公里")}),
    ("新建10个到村物流服务站。", {("到村物流服务站", 10, "个")}),
    ("安排200万元到村帮扶资金。", {("到村帮扶资金", 200, "万元")}),
    ("开通20条到乡镇的客运班线。", {("到乡镇的客运班线", 20, "条")}),
    ("硬化500条入户路和到户道路。", {("入户路和到户道路", 500, "条")}),
    # where people are sent still ends the object
    ("选派100名干部到村任职。", {("干部", 100, "名")}),
    ("选派骨干教师50名到乡村学校支教。", {("骨干教师", 50, "名")}),
    ("引进200名高校毕业生到基层工作。", {("高校毕业生", 200, "名")}),
])
def test_to_ending_a_word_is_no_place(body, want):
    assert _keys(body, "市") == want


@pytest.mark.parametrize("body, want", [
    ("盘活300亩批而未供和已供未建土地。", {("批而未供和已供未建土地", 300, "亩")}),
    ("处置200宗闲置及已批未用土地。", {("闲置及已批未用土地", 200, "宗")}),
    # those counted that are there already stay a result
    ("全年选聘的200名护边员已全部到岗，切实守好祖国的边境线。", set()),
    ("今年招录的300名社区工作者已全部上岗。", set()),
])
def test_a_status_saying_which_are_counted_keeps_the_pledge(body, want):
    assert _keys(body, "市") == want


# --- a sector's goals among the tasks are no target list (leftp5's sub-section rule) ---

def _plan_report(body: str, level: str = "市", y: int = 2024) -> str:
    return (f"关于某某{level}{y - 1}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n——{y}年1月15日在某某{level}第十届"
            f"人民代表大会第四次会议上\n某某{level}发展和改革委员会\n\n各位代表：\n受{level}人民政府委托，现将{y - 1}年计划执行情况与"
            f"{y}年计划草案提请大会审议。\n\n一、{y - 1}年国民经济和社会发展计划执行情况\n{y - 1}年，全{level}地区生产总值增长5.1%，"
            f"新建高标准农田8万亩。\n\n{body}")


def _gov_report(body: str, level: str = "县", y: int = 2019) -> str:
    return (f"某某{level}政府工作报告\n——{y}年1月10日在某某{level}第十届人民代表大会第三次会议上\n\n一、{y - 1}年工作回顾\n"
            f"过去一年，全{level}地区生产总值增长5.2%。\n\n{body}")


_ITEMS = "新建高标准农田10万亩，改造老旧小区80个。"
_ALL = {("高标准农田", 10, "万亩"), ("老旧小区", 80, "个"), ("亿元以上项目", 80, "个")}


@pytest.mark.parametrize("text, want", [
    # a sector's goals among the tasks: pledges
    (_plan_report(f"二、2024年经济社会发展的主要目标\n主要预期目标是：地区生产总值增长6%左右。\n\n三、2024年重点任务\n"
                  f"（一）农业农村发展主要目标\n{_ITEMS}\n（二）扩大有效投资\n新开工亿元以上项目80个。\n"), _ALL),
    (_plan_report(f"二、2024年经济社会发展的主要目标\n主要预期目标是：地区生产总值增长6%左右。\n\n三、2024年计划的主要任务\n"
                  f"（一）推进乡村全面振兴\n1.主要目标\n{_ITEMS}\n2.主要措施\n新开工亿元以上项目80个。\n"), _ALL),
    (_gov_report(f"二、2019年工作安排\n（一）全力推进乡村振兴\n1.主要目标\n{_ITEMS}\n2.重点举措\n新开工亿元以上项目80个。\n"), _ALL),
    # the year's own list, titled for the whole: no pledges
    (_gov_report(f"二、2019年工作安排\n（一）2019年经济社会发展主要预期目标\n地区生产总值增长7%左右，{_ITEMS}\n（二）重点工作\n"
                 "新开工亿元以上项目80个。\n"), {("亿元以上项目", 80, "个")}),
    (_gov_report(f"二、2019年工作安排\n（一）全县主要预期目标\n地区生产总值增长7%左右，{_ITEMS}\n（二）重点工作\n"
                 "新开工亿元以上项目80个。\n"), {("亿元以上项目", 80, "个")}),
])
def test_a_sectors_goals_among_the_tasks_are_pledges(text, want):
    from taskdoc import text_pledges
    assert text_pledges(text) == want


# --- a bare deadline ("2025年底前", "2030年前") dates the figures after it only ---

def _periods(body: str, level: str = "市") -> dict[tuple[str, float], str]:
    from taskdoc import task_doc
    return {(p.object, p.value): p.period for p in task_doc(body, level).pledges}


@pytest.mark.parametrize("level, body, want", [
    ("市", "今年完成农村户厕改造5000户，2025年底前基本实现全覆盖。", {("农村户厕改造", 5000): "2024"}),
    ("省", "单位地区生产总值能耗下降3%左右，确保2030年前实现碳达峰。", {("单位地区生产总值能耗", 3): "2024"}),
    ("市", "新增光伏装机100万千瓦，为2030年前实现碳达峰奠定基础。", {("光伏装机", 100): "2024"}),
    ("市", "改造老旧小区100个，2026年底前全面完成2000年底前建成的老旧小区改造任务。", {("老旧小区", 100): "2024"}),
    # a deadline before its figures dates them
    ("市", "确保2025年底前建成5G基站2000个。", {("5G基站", 2000): "2025"}),
    ("市", "新建高标准农田5万亩，力争2025年底前累计建成60万亩。", {("高标准农田", 5): "2024", ("高标准农田", 60): "2025"}),
])
def test_a_bare_deadline_dates_only_the_figures_after_it(level, body, want):
    assert _periods(body, level) == want


def test_the_years_clause_before_a_later_dated_clause_is_the_years():
    assert _periods("今后五年新建学校50所，今年建成10所，到2030年学位达到10万个。") == {
        ("学校", 50): "2024-2028", ("学校", 10): "2024", ("学位", 10): "2030"}
    # look-alikes: no later dated clause; a span's years
    assert _periods("三年内改造老旧小区300个，今年改造100个。") == {("老旧小区", 300): "2024-2026", ("老旧小区", 100): "2024"}
    assert _periods("新建高标准农田300万亩，到2025年累计建成5000万亩。", "省") == {
        ("高标准农田", 300): "2024", ("高标准农田", 5000): "2025"}


def test_a_target_sub_section_with_no_part_above_it_reads():
    # (a sub-section whose path names no part above it: its parent's title is none)
    import planwatch
    text = ("关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
            "（一）主要指标完成情况。地区生产总值完成100亿元，增长6.1%；一般公共预算收入8.2亿元。\n"
            "（二）2024年主要预期目标：地区生产总值增长6%，固定资产投资增长8%，新建学校5所。")
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": 2024})
    assert all(text[p.start:p.end] == p.quote for p in doc.pledges)
