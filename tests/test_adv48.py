"""Decision 361 (adv48): an adversarial review of decisions 357-360. The classes the review broke: a county's own news page
among its peers' figures read as a round-up of several regions (353/357's setters); the plan's works under its goal list
(357's plan_works_span) dated by the plan where the lead itself tells the year, and dated by the year after a year of the
plan's span or one gone by inside the works; a sentence of the works restating a result by its year before the years
ahead (its pledge lost); a verb glued between a name and its rate over years (研发经费投入年均增长) taken for a pledge; a
page's counter line glued to the dateline under it; and a preparatory meeting's day taken for the opening's (357's
_day_only)."""
from __future__ import annotations

from factkeys import key_values, read


def _by_object(d) -> dict:
    """A document's pledges by object: (value, unit, period)."""
    return {p.object: (p.value, p.unit, p.period) for p in d.pledges}


# --- a county's own page among its peers' figures ----------------------------------------------------------------

_PEERS = ("从全市看，德清去年地区生产总值增长6.9%，今年目标为6.5%；长兴去年增长7.1%，今年目标定为7%；"
          "安吉去年增长7.3%，今年目标为7%。\n")


def test_county_page_named_in_first_line_among_peers():
    # its headline names it in full, the page says 全县, its province's city's other counties told with their year after:
    # the county's page (the base read a round-up of 德清/长兴/安吉 and left the region empty)
    t = ("南浔区2020年发展目标发布\n发布时间：2020-01-10\n今年全区地区生产总值增长6.5%，一般公共预算收入增长6%。"
         "全区将新建农村公路40公里。\n")
    # (南浔区 is a district: its peers are counties, not of its level; the rule reads only peers of its own level)
    d = read("嘉善县2020年主要预期目标出炉\n发布时间：2020-01-10\n今年全县地区生产总值增长6.5%，一般公共预算收入增长6%。\n"
             "从全市看，海宁去年地区生产总值增长6.9%，今年目标为6.5%；桐乡去年增长7.1%，今年目标定为7%；"
             "平湖去年增长7.3%，今年目标为7%。\n全县将新建农村公路40公里。\n")
    assert d.meta.region == "嘉善县"
    fs = key_values(d)
    assert fs[("gdp", "target", "2020", "growth")] == (6.5, "eq")
    assert read(t).meta.region == "南浔区"  # (a page naming no peers of its level: as before)


def test_county_page_told_among_its_peers():
    # the county told with its year among them too ("嘉善今年目标…"): still its own page, by its first line and 全县
    d = read("嘉善县2020年主要预期目标出炉\n发布时间：2020-01-10\n今年全县地区生产总值增长6.5%，全县固定资产投资增长8%。\n"
             "嘉善今年目标高于全市。海宁去年地区生产总值增长6.9%，今年目标为6.5%；桐乡去年增长7.1%，今年目标定为7%；"
             "平湖去年增长7.3%，今年目标为7%。\n")
    assert d.meta.region == "嘉善县"


def test_round_up_of_counties_stays_several():
    # look-alike: a round-up whose headline names the city and no county in full, no 全县: several regions, no one's
    d = read("嘉兴各县（市）2020年目标出炉\n记者梳理发现，海宁去年地区生产总值增长6.9%，今年目标为6.5%；桐乡去年增长7.1%，"
             "今年目标定为7%；平湖去年增长7.3%，今年目标为7%；嘉善去年增长7%，今年目标为6.5%。\n")
    assert d.meta.region is None and len(d.meta.several) >= 3


def test_round_up_headed_by_a_peer_without_own_word_stays_several():
    # look-alike: a county named in full in the first line (a press office's credit), no 全县 on the page: not its page
    d = read("嘉善县融媒体中心供稿\n记者梳理发现，海宁去年地区生产总值增长6.9%，今年目标为6.5%；桐乡去年增长7.1%，"
             "今年目标定为7%；平湖去年增长7.3%，今年目标为7%。\n")
    assert d.meta.region is None


# --- the plan's works: the year told in the lead, or other years inside the works -----------------------------------

def _plan_page(lead: str, works: str, year: int = 2021) -> str:
    # a district's untitled digest: the plan's goal list by its span, then a lead on a line of its own over the works
    return (f"江北区{year}年政府工作报告（摘要）\n——{year}年1月6日在重庆市江北区第十八届人民代表大会第五次会议上\n\n"
            "“十四五”时期，全区经济社会发展的主要目标是：地区生产总值年均增长6.5%以上，城镇新增就业累计达到6万人。\n\n"
            + lead + "\n" + works + "\n")


def test_lead_telling_the_year_dates_the_works_by_it():
    # "围绕上述目标，2021年重点抓好以下工作：": the year's works (the base dated them 2021-2025, a goal)
    d = read(_plan_page("围绕上述目标，2021年重点抓好以下工作：", "——完成固定资产投资680亿元，新建社区养老服务站20个。"))
    fs = key_values(d)
    assert fs[("fixed_asset_investment", "target", "2021", "level")] == (680, "eq")
    assert ("fixed_asset_investment", "goal", "2021-2025", "level") not in fs
    assert _by_object(d)["社区养老服务站"] == (20, "个", "2021")


def test_lead_telling_this_year_dates_the_works_by_it():
    # the same by 今年 in the lead
    d = read(_plan_page("围绕上述目标，今年重点抓好以下工作：", "——新建社区养老服务站20个。", 2026).replace("“十四五”", "“十五五”"))
    assert _by_object(d)["社区养老服务站"] == (20, "个", "2026")


def test_plain_lead_keeps_the_plan_span():
    # look-alike: 357's lead naming no year: the plan's works, dated by the plan
    d = read(_plan_page("围绕上述目标，重点抓好以下工作：", "——完成固定资产投资680亿元，新建社区养老服务站20个。"))
    assert _by_object(d)["社区养老服务站"] == (20, "个", "2021-2025")


def test_plan_year_inside_works_keeps_the_span_after_it():
    # "到2025年…" inside the works is the plan's own end year, not the report's year told again: the works after it
    # stay the plan's (the base dated them 2021)
    d = read(_plan_page("围绕上述目标，重点抓好以下工作：",
                        "建设西部金融中心，到2025年引进持牌金融机构20家。提升城市品质，改造老旧小区90个，新建口袋公园60个。"))
    got = _by_object(d)
    assert got["老旧小区"] == (90, "个", "2021-2025")
    assert got["口袋公园"] == (60, "个", "2021-2025")


def test_past_year_inside_works_keeps_the_span_after_it():
    # look-alike: a year gone by named inside the works ("2020年已建成的…"), no turn to the year's work: the works after
    # it stay the plan's (held on the base, through the pledges' own reading of the plan's part; must not change)
    d = read(_plan_page("围绕上述目标，重点抓好以下工作：",
                        "提升城市品质，改造老旧小区90个，2020年已建成的城市绿道全部贯通，新建口袋公园60个。"))
    assert _by_object(d)["口袋公园"] == (60, "个", "2021-2025")


def test_report_year_told_again_ends_the_span():
    # look-alike: the report's own year told in a paragraph after the works: its tasks are the year's, as before
    d = read(_plan_page("围绕上述目标，重点抓好以下工作：",
                        "改造老旧小区90个。\n\n2021年，全区地区生产总值增长6.5%左右。今年重点做好以下工作：新建口袋公园15个。"))
    got = _by_object(d)
    assert got["老旧小区"] == (90, "个", "2021-2025")
    assert got["口袋公园"] == (15, "个", "2021")


# --- a result by its year, then the years ahead, in one sentence ----------------------------------------------------

def _tasks(body: str) -> str:
    return "青白江区2021年政府工作报告\n\n今年重点做好以下工作：\n" + body + "\n"


def test_result_then_years_ahead_keeps_the_pledge():
    # "2020年…已建成…个，今后五年新建…个": the clause after the years ahead is no result (the base lost the pledge)
    d = read(_tasks("2020年全区已建成充电桩3200个，今后五年新建充电桩8000个。"))
    assert _by_object(d)["充电桩"] == (8000, "个", "2021-2025")


def test_result_then_years_ahead_by_last_year_word():
    # the same after 去年 and 未来五年
    d = read(_tasks("去年全区新增养老床位600张，未来五年新增养老床位2500张。"))
    assert ("养老床位", 2500, "张") in {(p.object, p.value, p.unit) for p in d.pledges}


def test_result_then_plan_end_year_keeps_the_pledge():
    # the same before 到 the plan's end year
    d = read(_tasks("2019年改造背街小巷40条，到2025年累计改造背街小巷300条。"))
    assert ("背街小巷", 300, "条") in {(p.object, p.value, p.unit) for p in d.pledges}


def test_result_then_past_end_year_no_pledge():
    # look-alike: 到 a year already gone ("到2020年底…") turns to no years ahead: the result, no pledge
    d = read(_tasks("2020年全区已建成充电桩3200个，到2020年底全部投入使用，累计建成换电站12个。"))
    assert not any(p.object.endswith("换电站") or p.value == 3200 for p in d.pledges)


def test_result_alone_still_no_pledge():
    # look-alike: the year gone by alone, no years ahead after it: a result, no pledge (as before)
    d = read(_tasks("2020年全区已建成充电桩3200个，建成换电站12个。"))
    assert not d.pledges


# --- a verb glued between a name and its rate over years ----------------------------------------------------------

def test_rate_over_years_after_name_ending_in_verb_no_pledge():
    # "全社会研发经费投入年均增长12%": 投入 ends the name, 年均增长 is a multi-year rate (no pledge; the base pledged
    # 投入 "年均增长" 12%); the count after it stays pledged
    d = read(_tasks("坚持创新驱动，全社会研发经费投入年均增长12%，新增高新技术企业80家。"))
    assert {(p.object, p.value) for p in d.pledges} == {("高新技术企业", 80)}


def test_rate_of_one_year_after_name_ending_in_verb_pledged():
    # look-alike: a rate of one year (增长) after the same name: pledged as before, 增长 acting on the name
    d = read(_tasks("全社会研发经费投入增长12%。"))
    assert [(p.action, p.object, p.value) for p in d.pledges] == [("增长", "全社会研发经费投入", 12)]


def test_fiscal_verb_before_its_amount_pledged():
    # look-alike: 投入 acting on an amount, not glued to a rate: a fiscal pledge as before
    d = read(_tasks("投入资金2.5亿元，改造农村公路120公里。"))
    assert ("农村公路", 120, "公里") in {(p.object, p.value, p.unit) for p in d.pledges}
    assert any(p.value == 2.5 for p in d.pledges)


# --- a page's counter over the dateline; a preparatory meeting's day ------------------------------------------------

def test_counter_line_over_dateline():
    # "浏览次数：1362" over "1月15日，县…会议开幕": the break after the count is no number cut by the page (the base read
    # "13621月15日" and found no date)
    d = read("德清县2019年主要预期目标出炉\n发布时间：2019-01-17　来源：德清新闻网　浏览次数：2481\n"
             "1月16日，县十六届人大三次会议开幕。今年全县地区生产总值增长7%。\n")
    assert d.meta.meeting_date == "2019-01-16"


def test_number_cut_by_the_line_still_joined():
    # look-alike: a year cut by a PDF's line ("2\n019年") is still read whole: the byline's date
    d = read("德清县2019年政府工作报告\n——2019年1月16日在德清县第十六届人民代表大会第三次会议上\n\n今年全县地区生产总值增长7%。\n")
    assert d.meta.meeting_date == "2019-01-16"


_PAPER = "荆州日报\n2025年01月08日　星期三　第01版\n"


def test_preparatory_meeting_day_not_the_opening():
    # "…会议七日下午举行预备会议…会议将于八日上午开幕": the opening's day (the base took the preparatory meeting's, 7)
    d = read(_PAPER + "荆州市第六届人民代表大会第五次会议七日下午举行预备会议，选举大会主席团和秘书长。"
                      "会议将于八日上午在市会议中心开幕。\n今年全市地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date == "2025-01-08"


def test_preparatory_meeting_alone_no_date():
    # the preparatory meeting alone, the opening not told: no meeting date (the base gave the 7th)
    d = read(_PAPER + "荆州市第六届人民代表大会第五次会议七日下午举行预备会议，选举大会主席团和秘书长。\n今年全市地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date is None


def test_preparatory_meeting_by_month_day_no_date():
    # the same with the month: "…会议1月7日下午举行预备会议" and a dateline "1月7日下午，…会议举行预备会议"
    for lead in ("荆州市第六届人民代表大会第五次会议1月7日下午举行预备会议。", "1月7日下午，荆州市第六届人民代表大会第五次会议举行预备会议。"):
        assert read(_PAPER + lead + "\n今年全市地区生产总值增长6%左右。\n").meta.meeting_date is None


def test_opening_day_alone_kept():
    # look-alike: 357's day told alone for the opening: the page's month, as before
    d = read(_PAPER + "荆州市第六届人民代表大会第五次会议七日上午在市会议中心开幕。\n今年全市地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date == "2025-01-07"


def test_opening_after_held_kept():
    # look-alike: 举行 of the session itself (no preparatory meeting): its day
    d = read(_PAPER + "1月7日上午，荆州市第六届人民代表大会第五次会议在市会议中心隆重举行。\n今年全市地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date == "2025-01-07"
