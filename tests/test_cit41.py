"""Whole prefecture-level reports of 2026, blind (cit41, decision 248): a 民生实事 or task table as a Word file's or a
web page's copy prints it, the task (verb and object) in one cell and its figure opening the next ("1\t新增公办学位\t
2.5万个\t市教育局", "新建改造农村公路|300公里|市交通局"), pledged nothing: the cell's end split the task from its figure.
With look-alikes that must not change (a review's table of works done, a target table, a record's cells)."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, speaker_line: str, plan: str, review_extra: str = "") -> str:
    return (f"{place}2026年政府工作报告\n——2026年1月15日在{place}第九届人民代表大会第六次会议上\n{speaker_line}\n\n各位代表：\n"
            "现在，我代表人民政府向大会报告工作，请予审议。\n\n一、2025年和“十四五”时期工作回顾\n"
            "2025年，全域地区生产总值增长5.6%，城镇新增就业2.1万人。" + review_extra + "\n\n"
            "二、2026年主要目标和重点工作\n今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业2万人以上。\n\n"
            "重点抓好以下工作：\n" + plan + "\n各位代表！让我们团结奋斗！\n")


_PLACES = [("恩施土家族苗族自治州", "州长　向德平"), ("酒泉市", "市长　王立奇"), ("泉州市", "市长　林荣辉"),
           ("阿拉善盟", "盟长　巴特尔")]

# the rows of a table: (serial?, task cell, figure cell, responsible unit?) joined by the layout's cell mark
_ROWS = [("新增公办学位", "2.5万个", ("公办学位", 2.5, "万个")), ("新增养老床位", "1500张", ("养老床位", 1500, "张")),
         ("新建改造农村公路", "300公里", ("农村公路", 300, "公里"))]


def _table(sep: str, serial: bool, unit_col: bool, head: bool) -> str:
    lines = []
    if head:
        lines.append(sep.join((["序号"] if serial else []) + ["项目名称", "年度目标"] + (["责任单位"] if unit_col else [])))
    for i, (task, fig, _) in enumerate(_ROWS, 1):
        lines.append(sep.join(([str(i)] if serial else []) + [task, fig] + (["市直有关部门"] if unit_col else [])))
    return "\n".join(lines)


@pytest.mark.parametrize("sep", ["\t", "|", "｜"])
@pytest.mark.parametrize("serial,unit_col,head", [(True, False, True), (True, True, True), (False, False, True),
                                                  (True, True, False), (False, True, False)])
@pytest.mark.parametrize("place,speaker", _PLACES[:3])
def test_a_table_rows_task_and_its_figure_in_the_next_cell_is_a_pledge(sep, serial, unit_col, head, place, speaker):
    plan = "（八）办好民生实事。今年办好以下民生实事：\n" + _table(sep, serial, unit_col, head)
    d = read(_report(place, speaker, plan))
    got = pledged(d)
    for _, _, want in _ROWS:
        assert want in got, (want, sorted(got))
    ps = [p for p in d.pledges if p.object == "公办学位"]
    assert ps and ps[0].period == "2026" and ps[0].action == "新增"
    assert ps[0].quote.startswith("新增公办学位") and ps[0].quote.endswith("2.5万个")
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (2, "at_least")


@pytest.mark.parametrize("sep", ["\t", "|"])
@pytest.mark.parametrize("place,speaker", _PLACES)
def test_an_appendix_table_of_the_years_works_after_the_closing_call(sep, place, speaker):
    # the table set as an appendix after the report's close, under its own title
    text = _report(place, speaker, "（一）扩大有效投资。全年实施重点项目300个。") + \
        "\n附件：2026年为民办实事项目\n" + _table(sep, True, True, True) + "\n"
    got = pledged(read(text))
    assert {w for _, _, w in _ROWS} <= got, sorted(got)
    assert ("重点项目", 300, "个") in got


# look-alikes that must not change
@pytest.mark.parametrize("sep", ["\t", "|"])
@pytest.mark.parametrize("place,speaker", _PLACES[:2])
def test_a_reviews_table_of_works_done_pledges_nothing(sep, place, speaker):
    done = ("2025年为民办实事项目完成情况如下：\n" + sep.join(["序号", "项目名称", "完成情况"]) + "\n"
            + sep.join(["1", "新增公办学位", "2.6万个"]) + "\n" + sep.join(["2", "新增养老床位", "1600张"]))
    got = pledged(read(_report(place, speaker, "（一）扩大有效投资。全年实施重点项目300个。", "\n" + done)))
    assert not {o for o, _, _ in got} & {"公办学位", "养老床位"}, sorted(got)


@pytest.mark.parametrize("sep", ["\t", "|"])
def test_a_target_tables_rows_stay_facts(sep):
    tbl = "\n".join(sep.join(r) for r in (["指标", "2025年完成", "2026年目标"], ["地区生产总值增长（%）", "5.6", "6左右"],
                                          ["城镇新增就业（万人）", "2.1", "2"]))
    text = _report("泉州市", "市长　林荣辉", "（一）扩大有效投资。全年实施重点项目300个。").replace(
        "今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业2万人以上。", "今年主要预期目标如下表：\n" + tbl)
    d = read(text)
    got = pledged(d)
    assert {o for o, _, _ in got} == {"重点项目"}, sorted(got)
    assert val(keys_of(d), ("gdp", "target", "2026", "growth")) == (6, "about")


def test_a_records_cells_are_no_task():
    got = pledged(read(_report("酒泉市", "市长　王立奇", "地区生产总值|单位：%|2026年计划：增长6.5%\n全年实施重点项目300个。")))
    assert not any("|" in o or "单位" in o for o, _, _ in got), sorted(got)
