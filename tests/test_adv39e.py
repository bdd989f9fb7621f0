"""The rules of decisions 202, 205 and 206 at their edges, blind (adv39e, decision 208): a targets line whose items a ；
joins, its last item qualitative, then a bare block title; a topic clause (…方面，) before a verb whose object is
only the work itself (完成改造1200户); and an excerpt's title closed by a note on its printing (…报告（摘要）) over the
review's first sentence."""
import pytest

from planwatch.normalize import normalize

from factkeys import read
from taskdoc import pledges


# 1. a list's items joined on one line by ；, the last a qualitative target set bare, then a block's title set bare:
# the title ends the list (decision 205 read a line of one item), and the items under it are pledged
@pytest.mark.parametrize("title", ["重点工作", "主要任务", "重点任务"])
@pytest.mark.parametrize("line", [
    "地区生产总值增长7%左右；固定资产投资增长10%；居民收入增长与经济增长基本同步",
    "地区生产总值增长6.5%；城乡居民人均可支配收入增长与经济增长同步",
    "一般公共预算收入增长5%;单位地区生产总值能耗下降完成省下达任务",
])
@pytest.mark.parametrize("year,place", [(2021, "某某区"), (2024, "某某县")])
def test_a_bare_title_ends_a_line_of_items_joined_by_semicolons(title, line, year, place):
    page = (f"关于{place}{year - 1}年国民经济和社会发展计划执行情况及{year}年计划草案的报告\n"
            f"——{year}年1月12日在{place}第十九届人民代表大会第六次会议上\n二、{year}年主要预期目标\n"
            f"{line}\n{title}\n新建5G基站1500个，新增城镇就业1.8万人。\n")
    assert f"{line}\n{title}\n新建" in normalize(page).text
    d = read(page, region=place, level="county", report_year=year)
    assert {("5G基站", 1500, "个"), ("城镇就业", 1.8, "万人")} <= {(p.object, p.value, p.unit) for p in d.pledges}


@pytest.mark.parametrize("line,rest", [
    # (look-alikes that must not change: a sentence that goes on after the title's words, a figure last)
    ("地区生产总值增长7%左右；居民收入增长与经济增长基本同步", "重点工作扎实推进，新建5G基站1500个。"),
    ("地区生产总值增长7%左右；单位地区生产总值能耗下降完成省下达", "任务"),
])
def test_a_line_of_items_that_goes_on_still_joins(line, rest):
    assert f"{line}{rest}" in normalize(f"二、2022年主要目标\n{line}\n{rest}\n").text


# 2. a topic clause, then a verb whose only object is the work itself (完成改造, 完成整治): the topic names what is
# counted (decision 202's rule read an empty object only)
@pytest.mark.parametrize("body,obj,n,unit", [
    ("农村危房改造方面，完成改造1200户。", "农村危房改造", 1200, "户"),
    ("（三）老旧小区方面，年内完成改造85个。", "老旧小区", 85, "个"),
    ("在城镇老旧小区改造方面，全年完成改造320个。", "城镇老旧小区改造", 320, "个"),
    ("黑臭水体方面，完成整治15条。", "黑臭水体", 15, "条"),
    # (城镇 kept since 城镇老旧小区 is an alias of the vocabulary, decision 211)
    ("实施城镇老旧小区改造，完成改造85个。", "城镇老旧小区改造", 85, "个"),
])
@pytest.mark.parametrize("level", ["县", "市"])
def test_a_topic_names_what_a_bare_works_count_counts(body, obj, n, unit, level):
    got = pledges(body, level=level)
    assert any(o == obj and v == n and u == unit for _, o, v, u in got), got


@pytest.mark.parametrize("body,obj,n", [
    # (look-alikes that must not change: an object after the verb, a topic with a named object)
    ("城市更新方面，完成老旧管网改造120公里。", "老旧管网改造", 120),
    ("养老服务方面，新增养老床位5000张。", "养老床位", 5000),
    ("棚户区改造方面，全年开工建设3000套。", "棚户区改造", 3000),
])
def test_an_object_after_the_verb_stays(body, obj, n):
    got = pledges(body, level="县")
    assert any(o == obj and v == n for _, o, v, u in got), got


# 3. an excerpt's title closed by a note on its printing ("（摘要）", "（节选）"), then the review's first sentence on the
# next line: the title is no sentence cut by the page, so the review stays a review (its fiscal figures pledged nothing)
_EXCERPT = ("{title}{gap}{review}全区地区生产总值完成13797.58亿元，增长3.4%；一般公共预算收入完成1477.2亿元，下降7.1%；"
            "城镇新增就业47.3万人。\n今年全区地区生产总值增长6.5%左右。\n全年新建5G基站1万个。\n")


@pytest.mark.parametrize("title", ["2021年自治区政府工作报告（摘要）", "2021年广西壮族自治区政府工作报告（节选）",
                                   "2023年宁夏回族自治区政府工作报告(摘要)", "2022年内蒙古自治区政府工作报告（摘登）"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("review", ["过去一年，", "一年来，"])
def test_a_title_closed_by_a_printing_note_is_no_cut_sentence(title, gap, review):
    page = _EXCERPT.format(title=title, gap=gap, review=review)
    assert f"{title}{gap}{review}" in normalize(page).text
    d = read(page, report_year=int(title[:4]))
    assert {(p.object, p.value) for p in d.pledges} == {("5G基站", 1)}


@pytest.mark.parametrize("first,rest", [
    # (look-alikes that must not change: a line that does not end on the note, a comma opening the next line)
    ("全区经济运行情况（摘要）显示全区地区生产总值", "完成13797.58亿元"),
    ("2021年自治区政府工作报告（摘要）", "，全文见自治区人民政府网站"),
])
def test_other_lines_ending_in_a_bracket_still_join(first, rest):
    assert f"{first}{rest}" in normalize(f"{first}\n{rest}。\n").text
