"""Session trad26: reports and their restatements set in traditional characters, here a Macau or Hong Kong paper's
copy set with half-width punctuation, whose "." ends its sentences."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read, val  # tests/factkeys.py


NEWS = ("吉林今年經濟增長目標6%左右\n"
        "[本報消息] 吉林省第十四屆人民代表大會第二次會議1月23日在長春開幕,省長胡玉亭作政府工作報告.\n\n"
        "報告回顧,2023年全省地區生產總值增長6.3%;一般公共預算收入1153.8億元,增長12.3%.\n\n"
        "報告提出,今年全省主要預期目標是:地區生產總值增長5.5%左右;城鎮調查失業率5.5%左右.\n\n")


@pytest.mark.parametrize("tasks,want", [
    # a half-width stop after a Chinese character
    ("報告還提出,今年將改造城鎮老舊小區1000個,新建高標準農田250萬畝.\n",
     {("城镇老旧小区", 1000, "个"), ("高标准农田", 250, "万亩")}),
    # after a closing quote, then the next sentence
    ("報告稱,今年將新增國家級專精特新「小巨人」企業30家,新建充電樁2萬個.全年新改建農村公路5000公里.\n",
     {("充电桩", 2, "万个"), ("农村公路", 5000, "公里")}),
    # a full-width point "．" set as the stop reads the same
    ("報告還提出，今年將改造城鎮老舊小區1000個，新建高標準農田250萬畝．\n",
     {("城镇老旧小区", 1000, "个"), ("高标准农田", 250, "万亩")}),
])
def test_half_width_stops_close_the_sentences_of_a_restated_plan(tasks, want):
    d = read(NEWS + tasks, report_year=2024)
    got = pledged(d)
    for obj, v, u in want:
        assert any(obj in o and v == pv and u == pu for o, pv, pu in got), (obj, got)
    fs = keys_of(d)
    # the review's and the target list's facts, quoted as the page sets them
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (1153.8, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "about")
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].quote.endswith("增長12.3%")


# look-alikes: a decimal point, an item's number, a web address and an ellipsis are no stops
@pytest.mark.parametrize("text,key,want", [
    ("二、2024年工作安排\n今年主要預期目標是:地區生產總值增長5.5%左右;一般公共預算收入增長3.2%.\n",
     ("general_budget_revenue", "target", "2024", "growth"), (3.2, "eq")),
    ("二、2024年工作安排\n今年主要預期目標是:地區生產總值增長5.5%左右.詳見www.gov.cn網站.\n",
     ("gdp", "target", "2024", "growth"), (5.5, "about")),
    ("一、2023年工作回顧\n全市地區生產總值增長6.1%...一般公共預算收入128.5億元.\n",
     ("general_budget_revenue", "actual", "2023", "level"), (128.5, "eq")),
])
def test_points_that_are_no_stops(text, key, want):
    fs = keys_of(read(text, report_year=2024))
    assert val(fs, key) == want


def test_numbered_items_with_half_width_points_keep_their_pledges():
    text = ("二、2024年工作安排\n重點抓好以下工作:\n1.新建5G基站3000個,改造老舊小區80個.\n"
            "2.新增高標準農田5萬畝.\n")
    got = pledged(read(text, report_year=2024))
    assert ("5G基站", 3000, "个") in got
    assert any("老旧小区" in o and v == 80 for o, v, u in got)
    assert any("高标准农田" in o and v == 5 for o, v, u in got)


def test_the_stop_keeps_offsets():
    d = read(NEWS + "報告還提出,今年將新建高標準農田250萬畝.\n", report_year=2024)
    p = next(p for p in d.pledges if "高标准农田" in p.object)
    assert p.quote == "新建高標準農田250萬畝"


# a short brief set in traditional characters with few of the report words the detector knew: still converted,
# so its pledge objects read as the simplified vocabulary does
@pytest.mark.parametrize("text,want", [
    ("二、2026年工作安排\n今年要新建改造燃氣管網60公里，新建5G基站1000個。\n", ("燃气管网", 60, "公里")),
    ("二、2026年工作安排\n今年要新建改造供水、排水、燃氣管網120公里、80公里、60公里，新建充電樁500個。\n", ("供水管网", 120, "公里")),
    ("二、2026年工作安排\n年內新建充電樁800個，改造燃氣管道30公里。\n", ("充电桩", 800, "个")),
])
def test_a_short_traditional_brief_is_converted(text, want):
    got = pledged(read(text, report_year=2026))
    assert want in got, got


def test_a_simplified_text_with_a_traditional_name_is_kept():
    text = "二、2026年工作安排\n深化与香港特別行政區合作，新建改造燃气管网60公里。\n"
    d = read(text, report_year=2026)
    assert ("燃气管网", 60, "公里") in pledged(d)


# 兴建 (a Hong Kong paper's word for building, and the mainland's older one) is an action like 新建
@pytest.mark.parametrize("text,want", [
    ("二、2026年工作安排\n今年將興建保障性住房1.5萬套，興建水利工程12處。\n", {("保障性住房", 1.5, "万套"), ("水利工程", 12, "处")}),
    ("二、2026年工作安排\n今年将新建公共租赁住房2万套，兴建保障性住房1.5万套。\n", {("公共租赁住房", 2, "万套"), ("保障性住房", 1.5, "万套")}),
])
def test_xingjian_is_a_pledge_verb(text, want):
    d = read(text, report_year=2026)
    assert want <= pledged(d), pledged(d)
    assert all(p.action in ("兴建", "新建") for p in d.pledges)


def test_xingjian_without_a_quantity_is_no_pledge():
    d = read("二、2026年工作安排\n今年兴建的保障性住房全部交付使用，惠及群众3万人。\n", report_year=2026)
    assert not d.pledges


# a news paragraph that restates the report's target list, then turns to what the report says will be done
LIST = "報告提出，今年全省經濟社會發展的主要預期目標是：地區生產總值增長6%左右；一般公共預算收入增長5%；城鎮新增就業40萬人以上。"


@pytest.mark.parametrize("turn,want", [
    ("報告還提出，今年將新建高標準農田150萬畝，改造城鎮老舊小區900個。", {("高标准农田", 150, "万亩"), ("城镇老旧小区", 900, "个")}),
    ("報告又稱，全年要新增國家高新技術企業500家。", {("国家高新技术企业", 500, "家")}),
    ("报告同时提出，今年计划新建5G基站2万个。", {("5G基站", 2, "万个")}),
])
def test_a_news_turn_after_the_target_list_restates_tasks(turn, want):
    d = read("湖南今年經濟增長目標6%左右\n" + LIST + turn + "\n", report_year=2025)
    got = pledged(d)
    for obj, v, u in want:
        assert any(obj in o and v == pv and u == pu for o, pv, pu in got), (obj, got)
    # the list's items stay facts, not pledges
    fs = keys_of(d)
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (40, "at_least")
    assert not any("就业" in o for o, _, _ in got)


@pytest.mark.parametrize("after", [
    "",  # the list alone
    "報告指出，去年新建高標準農田100萬畝。",  # the report named again on the past
    "專家認為，今年將新建的項目投資約2000億元。",  # someone else on the year
])
def test_no_turn_no_pledges_in_the_target_list(after):
    d = read("湖南今年經濟增長目標6%左右\n" + LIST + after + "\n", report_year=2025)
    assert not pledged(d), pledged(d)


def test_a_news_turn_after_a_list_set_on_its_own_line():
    # a narrow column that breaks the paragraph right after the list's lead: the list's line, then the turn in it
    text = ("河南今年經濟增長目標5.5%左右\n報告提出，今年全省經濟社會發展的主要預期目標是：\n"
            "地區生產總值增長5.5%左右；一般公共預算收入增長4%；城鎮新增就業50萬人以上。"
            "報告又提出，今年將新建高標準農田200萬畝，改造城鎮老舊小區1200個。\n")
    d = read(text, report_year=2025)
    got = pledged(d)
    assert ("高标准农田", 200, "万亩") in got and any("老旧小区" in o and v == 1200 for o, v, u in got), got
    assert not any("就业" in o or "生产总值" in o for o, _, _ in got)
    assert val(keys_of(d), ("urban_new_jobs", "target", "2025", "level")) == (50, "at_least")


def test_a_list_set_on_its_own_line_without_a_turn_gives_no_pledges():
    text = ("河南今年經濟增長目標5.5%左右\n報告提出，今年全省經濟社會發展的主要預期目標是：\n"
            "地區生產總值增長5.5%左右；一般公共預算收入增長4%；城鎮新增就業50萬人以上。\n")
    assert not pledged(read(text, report_year=2025))


def test_a_part_numbered_with_a_half_width_point_stays_a_part():
    # "一." and "（一）." number the parts and items of a half-width page: the point is the number's, no full stop
    text = ("政府工作報告\n一.過去一年工作回顧\n全市地區生產總值增長6%.一般公共預算收入120億元.\n二.今年工作安排\n"
            "今年主要預期目標是:地區生產總值增長6.5%左右.\n（一）.擴大投資.新建5G基站1000個.\n")
    d = read(text, report_year=2024)
    assert ("5G基站", 1000, "个") in pledged(d)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")
