"""Decision 375 (lft49): what decisions 367–373 left, one class at a time. A standard per head or unit written before
its verb ("县财政按每亩100元给予…") pledges what follows the verb, not the words before the figure; a page whose own name
several divisions bear (城关区, 新华区: the region left empty) reads that name as a subject as its own, not another
place's; the opening told in a modifier ("在昨天开幕的…会议上", "在今天上午开幕的大会上") gives the meeting's day; and on a
page with no titles and no target list, a lone lead to the tasks right under the year's own paragraph opens the run of
the year's works, each a paragraph."""
from __future__ import annotations

from factkeys import read

_PLAN = "二、2023年工作安排\n\n2023年主要预期目标是：地区生产总值增长6%左右。\n\n重点抓好以下工作：\n\n"


def _pledge(d, value, unit):
    got = [p for p in d.pledges if p.value == value and p.unit == unit]
    assert got, [(p.object, p.value, p.unit) for p in d.pledges]
    return got[0]


# --- (a) a standard per head or unit before its verb ---------------------------------------------------------------

def test_per_mu_standard_before_its_verb_pledges_what_follows_the_verb():
    # "县财政按每亩100元给予…": the subsidy after 给予, not 县财政 before the figure (the base's object)
    p = _pledge(read(_PLAN + "县财政按每亩100元给予种粮农民一次性补贴，新建高标准农田3万亩。\n"), 100, "元")
    assert p.action == "给予" and p.object == "种粮农民一次性补贴"


def test_per_head_average_standard_pledges_the_funds_after_the_verb():
    # "按人均60元安排…": 公共文化服务经费, not 按人 (the base's object, adv48d's Left)
    p = _pledge(read(_PLAN + "全盟按人均60元安排公共文化服务经费。\n"), 60, "元")
    assert p.action == "安排" and p.object == "公共文化服务经费"


def test_standard_with_whom_it_is_for_before_the_verb():
    # "按每人每年300元的标准为困难残疾人发放生活补贴": whom it is for between the standard and the verb
    p = _pledge(read(_PLAN + "按每人每年300元的标准为困难残疾人发放生活补贴。\n"), 300, "元")
    assert p.action == "发放" and p.object == "生活补贴"


def test_look_alike_a_rate_before_its_verb_is_read_as_before():
    # 按5%的幅度 is a rate (`_rate_step`), not a standard per head: 压减 一般性支出 5%
    p = _pledge(read(_PLAN + "按5%的幅度压减一般性支出。\n"), 5, "%")
    assert p.action == "压减" and p.object == "一般性支出"


def test_look_alike_standard_then_a_count_after_the_object():
    # "按每亩1500元标准新建高标准农田5万亩": a figure after the object is the work's count, read as before
    d = read(_PLAN + "按每亩1500元标准新建高标准农田5万亩。\n")
    p = _pledge(d, 5, "万亩")
    assert "高标准农田" in p.object


def test_look_alike_standard_in_last_years_review_is_no_pledge():
    # a standard told of last year's work, in the review: a result, no pledge
    d = read("一、2022年工作回顾\n\n2022年，全县按每户2000元标准发放家电补贴，惠及3000户。\n\n" + _PLAN
             + "新建口袋公园10个。\n")
    assert not [p for p in d.pledges if p.value == 2000]


# --- (b) a page's own name borne by several divisions ---------------------------------------------------------------

_CG = ("城关区2025年政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n2024年，城关区地区生产总值增长5.9%，一般公共预算收入"
       "完成41.3亿元。城关科技园规模以上工业增加值增长9.3%。\n\n二、2025年工作安排\n\n2025年主要预期目标是：地区生产总值增长"
       "5.5%左右。\n")


def test_ambiguous_own_name_as_subject_is_the_pages_own():
    # 城关区 (兰州 and 拉萨): the region left empty, but "城关区地区生产总值增长5.9%" is the page's own gdp (the base
    # read other:城关区地区生产总值)
    d = read(_CG)
    assert d.meta.region is None
    keys = {(f.indicator, f.role, f.period, f.value) for f in d.facts}
    assert ("gdp", "actual", "2024", 5.9) in keys
    assert ("general_budget_revenue", "actual", "2024", 41.3) in keys


def test_look_alike_park_named_after_the_district_stays_its_own():
    # 城关科技园's figure is the park's, not the district's industrial_va
    d = read(_CG)
    assert not [f for f in d.facts if f.indicator == "industrial_va"]
    assert [f for f in d.facts if f.indicator.startswith("other:") and f.value == 9.3]


def test_look_alike_street_named_after_the_district_stays_its_own():
    # 新华路街道 on 新华区's page: a street's jobs, other:…
    d = read("新华区2021年政府工作报告\n\n一、2020年工作回顾\n\n2020年，新华区城镇新增就业8600人。新华路街道城镇新增就业1200人。"
             "\n\n二、2021年工作安排\n\n2021年主要预期目标是：城镇新增就业8000人。\n")
    jobs = {(f.indicator, f.value) for f in d.facts if f.role == "actual"}
    assert ("urban_new_jobs", 1200) not in jobs
    assert [f for f in d.facts if f.indicator.startswith("other:新华路") and f.value == 1200]


# --- (c) the opening told in a modifier ------------------------------------------------------------------------------

def test_opened_yesterday_in_a_modifier_before_the_session():
    # "在昨天开幕的市七届人大四次会议上" under a page dated 2019-01-09: the opening was 2019-01-08 (the base: none)
    d = read("漯河日报　2019-01-09 07:20\n\n在昨天开幕的市七届人大四次会议上，市长作政府工作报告。报告提出，今年全市"
             "地区生产总值增长7.5%左右。\n")
    assert d.meta.meeting_date == "2019-01-08"


def test_opened_today_in_a_modifier_after_the_session_named():
    # the session named with a later sitting first, then "在今天上午开幕的大会上": that day
    d = read("宜春日报　2024-01-10 18:30\n\n宜春市第五届人民代表大会第四次会议今天下午举行分组审议。在今天上午开幕的大会上，"
             "市长作政府工作报告。报告提出，今年全市地区生产总值增长5.5%左右。\n")
    assert d.meta.meeting_date == "2024-01-10"


def test_look_alike_held_yesterday_in_a_modifier_is_no_opening():
    # "在昨天举行的…第二次全体会议上": a later sitting held, no opening's day
    d = read("漯河日报　2019-01-11 07:20\n\n在昨天举行的市七届人大四次会议第二次全体会议上，代表们听取了法院工作报告。今年全市"
             "地区生产总值增长7.5%左右。\n")
    assert d.meta.meeting_date is None


def test_look_alike_another_meeting_opened_yesterday():
    # "在昨天开幕的全市经济工作会议上" after the session named: another meeting, not the session's opening
    d = read("漯河日报　2019-01-11 07:20\n\n市七届人大四次会议今天举行分组审议。在昨天开幕的全市经济工作会议上，市长部署了"
             "今年工作。今年全市地区生产总值增长7.5%左右。\n")
    assert d.meta.meeting_date is None


# --- (d) a lone tasks lead under the year's own paragraph on a page with no titles -----------------------------------

_UNTITLED = ("各位代表：\n\n过去五年，全区地区生产总值年均增长6.2%。\n\n今后五年，全区地区生产总值年均增长6%以上。\n\n")


def test_lone_lead_under_the_years_paragraph_opens_the_works_run():
    # the year's paragraph, then "重点抓好以下工作：" alone, then the works one a paragraph: each pledged (the base lost
    # the paragraphs with no cue of their own)
    d = read(_UNTITLED + "2021年是“十四五”开局之年。全年完成固定资产投资160亿元以上。\n\n重点抓好以下工作：\n\n一是扩大有效投资。"
             "新开工重点项目35个。\n\n二是补齐民生短板。新建改造城市道路18公里，改造老旧小区52个。\n\n各位代表，让我们团结奋斗！\n")
    got = {(p.object, p.value) for p in d.pledges}
    assert {("重点项目", 35), ("城市道路", 18), ("老旧小区", 52)} <= got


def test_look_alike_lone_lead_under_last_years_paragraph():
    # the lead right under a paragraph of last year's figure (2020 in a 2021 report): not the year's paragraph, its
    # items not read as the year's run
    d = read("各位代表：\n\n2020年，全区完成固定资产投资150亿元。\n\n重点抓好以下工作：\n\n一是补齐民生短板。新建改造城市道路"
             "18公里。\n\n各位代表，让我们团结奋斗！\n", report_year=2021)
    assert not [p for p in d.pledges if p.value == 18]


def test_look_alike_lone_lead_under_the_plans_goals():
    # the lead right under 今后五年's paragraph (the plan's goals), the report's year not told: no run of the year's works
    d = read(_UNTITLED + "重点抓好以下工作：\n\n一是补齐民生短板。新建改造城市道路18公里。\n\n各位代表，让我们团结奋斗！\n")
    assert not [p for p in d.pledges if p.value == 18]


# --- (e) a city's digest of its counties by their short names ---------------------------------------------------------

_DIGEST = ("驻马店日报　2018年1月16日\n\n县区两会丨各县今年主要目标陆续确定\n\n连日来，我市各县区相继召开人代会，记者梳理各县政府"
           "工作报告发现，各县普遍把稳增长放在首位。\n\n正阳去年地区生产总值增长8.3%，今年目标定为8%；\n"
           "确山去年一般公共预算收入完成6.1亿元，今年力争增长9%；\n泌阳县今年地区生产总值预期增长8.5%；\n"
           "平舆去年城镇新增就业5600人，今年计划新增5000人。\n")


def test_digest_county_short_name_then_todays_target_is_the_countys():
    # "正阳去年…增长8.3%，今年目标定为8%": the target is 正阳's too, not the city's gdp (the base: gdp target 8)
    d = read(_DIGEST)
    assert not [f for f in d.facts if f.indicator == "gdp" and f.value == 8]
    assert [f for f in d.facts if f.indicator.startswith("other:正阳") and f.value == 8]


def test_digest_county_line_plans_no_pledge_of_the_page():
    # "平舆…今年计划新增5000人": 平舆's plan, no pledge of the page's (the base pledged 新增 就业 5000)
    d = read(_DIGEST)
    assert not [p for p in d.pledges if p.value == 5000]


def test_look_alike_digest_county_full_name_target_stays_its_own():
    # "泌阳县今年地区生产总值预期增长8.5%": the county named in full, its own figure as before
    d = read(_DIGEST)
    assert not [f for f in d.facts if f.indicator == "gdp" and f.value == 8.5]


def test_look_alike_digest_city_sentence_still_pledges():
    # on the digest, a sentence the city opens ("全市今年将新建…") is the page's own work, pledged as before
    d = read(_DIGEST + "\n全市今年将新建高标准农田50万亩。\n")
    assert [p for p in d.pledges if p.value == 50 and "高标准农田" in p.object]
