"""An adversarial review of decisions 421, 422 and 423 (adv54, decision 429): a rate bounded by the averages of two
levels above listed, a 地区's head named 行署专员 on a live blog, a lower government's head speaking there as a deputy,
a proposal taken up by a verb and a demonstrative with no 了, and a 将 read as 把 on a head's line outside a review
carrying the bare task line under it. Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from planwatch.normalize import normalize

from factkeys import key_values, pledged, read

_PRE = "某旗2018年国民经济和社会发展计划草案的报告\n\n"
_BLOG = ("图文直播｜某地区人大会议开幕\n2024-01-10 08:55　某网\n\n09:00　大会主席团常务主席刘国庆主持会议。\n"
         "09:05　地区行署专员王晓峰代表地区行政公署作政府工作报告。\n")
_CITY_BLOG = ("图文直播｜某市人大会议开幕\n2023-01-08 08:50　某网\n\n09:00　大会执行主席周强主持会议。\n"
              "09:05　市长陈立代表市人民政府作政府工作报告。\n")


# --- (1) a rate bounded by the averages of two levels above, listed (421 read one level's average only) ---

def test_rate_below_two_levels_averages_is_a_qualitative_target():
    t = _PRE + "2018年主要预期目标：地区生产总值增长6.5%左右，城镇登记失业率低于全区、全市平均水平。\n"
    assert key_values(read(t, report_year=2018)).get(
        ("registered_unemployment_rate", "target", "2018", "share")) == (None, "qualitative")


def test_rate_not_over_province_and_city_averages_is_a_qualitative_target():
    t = ("某市2022年政府工作报告\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上，"
         "城镇调查失业率不超过全省和全市平均水平，居民消费价格涨幅3%左右。\n")
    assert key_values(read(t, report_year=2022)).get(
        ("urban_unemployment_rate", "target", "2022", "share")) == (None, "qualitative")


def test_look_alike_review_rate_with_two_levels_keeps_its_figure():
    # look-alike: last year's rate with the bound after it: the actual 3.2, no target
    t = _PRE + "2017年，全旗地区生产总值增长6.1%，城镇登记失业率3.2%，低于全区、全市平均水平。\n"
    kv = key_values(read(t, report_year=2018))
    assert kv.get(("registered_unemployment_rate", "actual", "2017", "share")) == (3.2, "eq")
    assert ("registered_unemployment_rate", "target", "2018", "share") not in kv


def test_look_alike_target_figure_before_two_levels_bound_keeps_its_figure():
    # look-alike: a figure before the bound: the figure is the target
    t = ("某市2022年政府工作报告\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上，"
         "城镇调查失业率5.5%左右、低于全国和全省平均水平。\n")
    assert key_values(read(t, report_year=2022)).get(
        ("urban_unemployment_rate", "target", "2022", "share")) == (5.5, "about")


# --- (2) a 地区's head, 行署专员 (head_titles knew the province's, city's, county's… heads only) ---

def test_prefecture_commissioners_label_is_dropped_and_line_pledged():
    t = _BLOG + "09:30　王晓峰：今年要新建森林防火瞭望塔15座。\n"
    assert "王晓峰：今年" not in normalize(t).text
    assert ("森林防火瞭望塔", 15, "座") in pledged(read(t, report_year=2024))


def test_look_alike_deputy_commissioners_label_is_kept():
    # look-alike: 行署副专员 is a deputy's office: the label stays, the line is his own
    t = _BLOG + "11:00　地区行署副专员赵刚接受采访。\n11:05　赵刚：我们将抓好林下经济。\n"
    assert "赵刚：我们将" in normalize(t).text


# --- (3) a lower government's head introduced as a deputy (a head's title anywhere named the head) ---

def test_district_head_speaking_as_deputy_pledges_nothing():
    t = (_BLOG + "10:20　地区人大代表、加格达奇区区长张敏在分组审议时发言。\n"
         "10:26　张敏：我们区今年将新建口袋公园10个，改造老旧小区42个。\n")
    assert "张敏：我们区" in normalize(t).text
    assert not pledged(read(t, report_year=2024)) & {("口袋公园", 10, "个"), ("老旧小区", 42, "个")}


def test_county_head_speaking_as_city_deputy_pledges_nothing():
    t = (_CITY_BLOG + "10:30　市人大代表、临河县县长孙伟在审议时发言。\n"
         "10:36　孙伟：全县今年将新建乡村振兴示范村12个。\n")
    assert ("乡村振兴示范村", 12, "个") not in pledged(read(t, report_year=2023))


def test_look_alike_the_heads_own_line_is_pledged():
    # look-alike: the head named with his title in the report's line: his task line is the report's
    t = _CITY_BLOG + "09:30　陈立：今年要新建城市口袋公园30个。\n"
    assert ("城市口袋公园", 30, "个") in pledged(read(t, report_year=2023))


# --- (4) a proposal taken up by a verb and a demonstrative, no 了 (422 knew 采纳了, 吸纳了…) ---

def test_proposal_taken_up_by_absorbing_this_suggestion_is_pledged():
    t = (_PRE + "问：有代表建议加快牧区饮水安全工程建设，计划草案是否吸收？\n"
         "答：计划草案充分吸收这一建议，今年新建牧区饮水安全工程45处。\n")
    assert ("牧区饮水安全工程", 45, "处") in pledged(read(t, report_year=2018))


def test_proposal_taken_up_by_adopting_that_suggestion_is_pledged():
    t = (_PRE + "有代表建议增加社区养老服务供给，计划草案采纳该建议，今年新增社区养老服务站30个。\n")
    assert ("社区养老服务站", 30, "个") in pledged(read(t, report_year=2018))


def test_look_alike_suggestion_asking_to_absorb_capital_pledges_nothing():
    # look-alike: the suggestion itself asks to absorb something (吸收 with no demonstrative): no pledge
    t = _PRE + "有代表建议吸收社会资本新建公共停车场10个。\n"
    assert ("公共停车场", 10, "个") not in pledged(read(t, report_year=2018))


def test_look_alike_proposal_not_taken_pledges_nothing():
    t = _PRE + "有代表建议今年新增普惠性托位800个，计划草案没有采纳。\n"
    assert ("普惠性托位", 800, "个") not in pledged(read(t, report_year=2018))


# --- (5) a 将 read as 把 on a head's line outside a review carries the bare line under it (402 read it as no will) ---

def test_will_as_ba_line_carries_the_bare_task_line_under_it():
    t = (_BLOG + "09:20　王晓峰：2024年主要预期目标是：地区生产总值增长6%左右。\n"
         "09:31　王晓峰：全区将一般公共预算支出的八成以上用于民生，新建改扩建寄宿制学校6所。\n"
         "09:38　王晓峰：新建改造林区公路120公里。\n")
    assert ("林区公路", 120, "公里") in pledged(read(t, report_year=2024))


def test_look_alike_will_as_ba_in_a_review_line_carries_nothing():
    # look-alike: the same line opened by the year gone by: what was done, the bare line under it no task
    t = (_BLOG + "09:12　王晓峰：去年，全区将一般公共预算支出的八成以上用于民生，新建改扩建寄宿制学校6所。\n"
         "09:18　王晓峰：新建改造林区公路120公里。\n")
    assert ("林区公路", 120, "公里") not in pledged(read(t, report_year=2024))


def test_look_alike_will_as_ba_with_no_task_clause_after_a_review_carries_nothing():
    # look-alike (adv51c's 江宁区, found by the kept sets): the 将 as 把's sentence goes on with no action's clause, the
    # paragraphs before it a review: the line under it is last year's
    t = ("某区政府工作报告：今年GDP预期增长5.5%左右\n2023-01-12 08:30　来源：某发布\n\n"
         "1月11日上午，某区第三届人民代表大会第二次会议开幕，区长李东代表区人民政府作政府工作报告。\n\n"
         "报告回顾，去年全区地区生产总值实际增长3.6%。\n\n一般公共预算收入达到312.5亿元，同口径增长5.8%。\n\n"
         "全区将改善民生作为头等大事，年初确定的民生实事全部完成。\n\n新增城镇就业5.2万人，新建改扩建中小学幼儿园12所。\n\n"
         "报告提出，今年全区地区生产总值增长5.5%左右。\n")
    assert ("中小学幼儿园", 12, "所") not in pledged(read(t, report_year=2023))
