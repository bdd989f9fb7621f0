"""Decision 392 (mta50): the metadata of hard pages. Two classes found past the blind set: a zone's work report
printed as itself (its title and a line naming its administrative committee's head, no news lead) read as other,
and a state-level new area whose name holds no division's, its leaders unnamed, read with no parent or province."""
import pytest

import planwatch


def meta(text):
    return planwatch.read_text(text, "x.txt").meta


_BODY = "\n\n各位代表、同志们：\n过去一年，新区地区生产总值增长9.5%。今年新区地区生产总值增长9%左右，新建标准厂房30万平方米。\n"


# 1. a zone's report printed as itself: a title naming a 工作报告, a byline at its work meeting and a line of its own
# naming the administrative committee's head who speaks: the zone's government work report (before: other)
@pytest.mark.parametrize("title,byline,speaker", [
    ("宁波杭州湾新区2021年工作报告", "——2021年2月3日在杭州湾新区2021年工作会议上", "新区党工委副书记、管委会主任　李明"),
    ("成都高新区2022年工作报告（摘要）", "——2022年2月8日在高新区2022年工作会议上", "高新区管理委员会常务副主任 刘涛"),
    ("某某经开区2018年工作报告", "", "党工委副书记、管委会主任　周正"),
])
def test_a_zone_report_printed_as_itself_is_a_work_report(title, byline, speaker):
    m = meta(f"{title}\n{byline}\n{speaker}{_BODY}")
    assert m.doc_type == "government_work_report"
    assert m.region is None


# look-alikes that must stay other: the line names the party committee's secretary only (a party report); the head
# speaks in a news lead at the meeting (no line of his own, no committee report: decision 348's look-alike); the title
# a plan of work, no 工作报告
@pytest.mark.parametrize("text", [
    "宁波杭州湾新区2021年工作报告\n——2021年2月3日在杭州湾新区2021年工作会议上\n新区党工委书记　李明" + _BODY,
    "宁波杭州湾新区2021年工作报告\n2021-02-04　来源：新区发布\n\n2月3日，新区召开2021年工作会议，党工委副书记、管委会主任李明出席会议并讲话。"
    + _BODY,
    "宁波杭州湾新区2021年工作要点\n新区党工委副书记、管委会主任　李明" + _BODY,
])
def test_zone_pages_without_the_committee_head_line_stay_other(text):
    assert meta(text).doc_type == "other"


# 2. a state-level new area whose name holds no division's, the text naming neither its leaders nor its parts
# ("在省委、省政府的坚强领导下"): the division holding all of it is its parent (before: none, no province)
@pytest.mark.parametrize("zone,parent", [("赣江新区", "江西省"), ("西咸新区", "陕西省")])
def test_a_new_area_named_alone_hangs_on_its_holder(zone, parent):
    m = meta(f"{zone}管委会2020年工作报告\n\n2019年，在省委、省政府的坚强领导下，新区地区生产总值增长9.5%。"
             f"2020年新区地区生产总值增长9%左右。\n")
    assert (m.region, m.parent, m.province, m.doc_type) == (None, parent, parent, "government_work_report")


# look-alikes: the text naming the committees that lead it decides (南昌市, as decision 130's rule reads it); a new area named
# by its city keeps that city (兰州新区), by its province that province (江西赣江新区, 四川天府新区: read so before);
# an unlisted zone of unnamed leaders keeps no parent
@pytest.mark.parametrize("zone,led,parent", [
    ("赣江新区", "在南昌市委、市政府的坚强领导下", "南昌市"),
    ("兰州新区", "在省委、省政府的坚强领导下", "兰州市"),
    ("江西赣江新区", "在省委、省政府的坚强领导下", "江西省"),
    ("四川天府新区", "在省委、省政府的坚强领导下", "四川省"),
    ("某某新区", "在省委、省政府的坚强领导下", None),
    # (two cities' committees named leading it, which runs it not said: none, as decision 211's review test has it)
    ("赣江新区", "在江西省委、省政府和南昌市委、九江市委的坚强领导下", None),
])
def test_a_new_area_whose_text_tells_keeps_its_reading(zone, led, parent):
    m = meta(f"{zone}管委会2020年工作报告\n\n2019年，{led}，新区地区生产总值增长9.5%。2020年新区地区生产总值增长9%左右。\n")
    assert (m.region, m.parent) == (None, parent)
