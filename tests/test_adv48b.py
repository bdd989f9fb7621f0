"""Decision 367 (adv48b): an adversarial review of decisions 361 and 362. The classes it found: the years counted within
(三年内) after a year gone by read as the years ahead even where they count from that year and ended before the report's
(361's `_turn`); a run of the year's works set one sentence a paragraph ended, and the next paragraph read as last year's,
by last year's figure compared after a work (362's run, and a review opened in a sentence's last part carried over the
next paragraph); a round-up of several cities headed by an office of one of them ("盐城市统计局　数据观察") read as that
city's page (the column or credit read as a speaker's name; 361's `_peer_own_page` counting the peers' own 全市), its
peers' lines ("徐州：去年全市…") read as the page's figures and their plans as its pledges; and a page whose only title is
a review's card, the year's list after it untitled, its facts read under the card (the goal of 今后五年 given the card's
span)."""
from __future__ import annotations

from factkeys import key_values, read


def _objects(d) -> dict:
    """A document's pledges by object: (value, unit)."""
    return {p.object: (p.value, p.unit) for p in d.pledges}


def _values(d) -> list:
    """Every pledge's value, in order (two pledges of one object both kept)."""
    return [p.value for p in d.pledges]


# --- the years counted within, from a year gone by ------------------------------------------------------------------

_PLAN = ("关于沙县区2022年国民经济和社会发展计划草案的报告\n——2022年1月10日在沙县区第一届人民代表大会第二次会议上\n\n"
         "一、2022年重点工作\n")


def test_years_within_counted_from_a_year_gone_by_are_a_result():
    # a three-year action begun in 2019 and "三年内" after it in a 2022 report: 2019-2021, gone by; no pledge (361's turn
    # to the years ahead pledged it)
    d = read(_PLAN + "（一）改善人居环境。2019年实施农村污水治理三年行动，三年内建成农村污水处理设施860座；"
                     "今年新建农村污水处理设施120座。\n")
    assert _values(d) == [120]


def test_five_years_within_counted_from_a_year_gone_by():
    # the same with 五年内 and a paragraph's sentence of its own (a 2021 report, 2016-2020 gone by)
    d = read(_PLAN.replace("2022", "2021") + "（一）完善交通网络。2016年启动农村公路提档升级工程，五年内改造农村公路1800公里。"
                                            "全年新改建农村公路200公里。\n")
    assert _values(d) == [200]


def test_years_within_from_last_year_still_the_years_ahead():
    # look-alike (361's shape): a result by last year, then "三年内" that cannot have ended yet: the years ahead, pledged
    d = read(_PLAN + "（二）推进新基建。2021年全区已建成5G基站1500个，三年内新建5G基站3000个。\n")
    assert _objects(d).get("5G基站") == (3000, "个")


def test_years_ahead_word_after_an_old_year_still_turns():
    # look-alike: 今后三年 (no 内) after a year long gone: always the years ahead
    d = read(_PLAN + "（二）推进新基建。2015年全区建成第一批光纤宽带小区，今后三年新建5G基站3000个。\n")
    assert _objects(d).get("5G基站") == (3000, "个")


# --- a run of the year's works, each a paragraph, with last year's figure compared ----------------------------------

_ONE_A_PARA = ("望城区2025年政府工作报告（摘要）\n——2025年1月8日在长沙市望城区第四届人民代表大会第五次会议上\n\n"
               "2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.1万人。\n\n"
               "实现上述目标，要坚持稳中求进，统筹发展和安全。\n\n")


def test_run_goes_on_past_last_years_figure_compared():
    # a works paragraph with last year's figure after its ；: the run of works goes on, the next paragraph is the year's
    # too (the base ended the run there, losing both: "去年" anywhere in the paragraph looked back)
    d = read(_ONE_A_PARA + "提升城市品质，新建改造城市道路24公里，其中主干道9公里；去年为18公里。\n\n"
                           "办好民生实事，新建改扩建中小学校5所。\n")
    got = _objects(d)
    assert got.get("城市道路") == (24, "公里") and got.get("中小学校") == (5, "所")
    assert all(v != 18 for v, _ in got.values())  # (last year's figure: no pledge)


def test_review_in_a_later_part_does_not_carry_over_the_next_paragraph():
    # a titled page's tasks, one sentence a paragraph: last year's figure after the work does not make the next
    # paragraph a review (the base carried the review opened by "去年为…" over it)
    d = read("宁乡市2024年政府工作报告\n——2024年1月10日在宁乡市第十八届人民代表大会第四次会议上\n\n一、2024年重点工作\n\n"
             "完善城市功能，新建改造城市道路30公里，其中主干道12公里；去年为26公里。\n\n"
             "办好民生实事，新建改扩建中小学校6所。\n")
    assert _objects(d).get("中小学校") == (6, "所")


def test_run_ends_at_a_paragraph_opening_on_last_year():
    # look-alikes: a paragraph opening on 去年, or on last year's number, still ends the run (no pledge), the works
    # before it kept
    for past in ("去年，全区新建改造农村公路150公里。\n", "2024年，全区新建改造农村公路150公里。\n"):
        d = read(_ONE_A_PARA + "提升城市品质，新建改造城市道路24公里。\n\n" + past)
        got = _objects(d)
        assert got.get("城市道路") == (24, "公里") and "农村公路" not in got, past


def test_review_opening_a_paragraph_still_carries_over():
    # look-alike: a one-sentence paragraph opening on 去年 carries the review over the next one-sentence paragraph
    d = read("宁乡市2024年政府工作报告\n——2024年1月10日在宁乡市第十八届人民代表大会第四次会议上\n\n一、2024年重点工作\n\n"
             "去年，全市新建改造城市道路26公里。\n\n建成口袋公园12个。\n\n今年新建改扩建中小学校6所。\n")
    got = _objects(d)
    assert got.get("中小学校") == (6, "所") and "口袋公园" not in got


# --- a round-up of several cities headed by one of them -------------------------------------------------------------

_ROUND_UP = ("记者梳理发现，各市均把稳增长放在突出位置。\n"
             "无锡：去年全市地区生产总值增长7.4%，今年目标为7%左右；全市一般公共预算收入预期增长4%。\n"
             "常州：去年全市地区生产总值增长7%，今年目标为7%左右。\n"
             "镇江：去年全市地区生产总值增长3.1%，今年目标为6.5%左右。\n"
             "苏州：去年全市地区生产总值增长6.8%，今年目标为6.5%左右。\n"
             "从投资看，无锡提出全年新开工亿元以上产业项目260个，常州提出新开工重大项目90个，"
             "镇江提出完成工业投资500亿元。\n")


def test_round_up_headed_by_a_peers_column_stays_several():
    # an office of one of the cities and its column on the first line ("苏州市统计局　数读"): no speaker, no city's page
    # (the base read 数读 as a speaker's name and the page as 苏州市's; 361's rule counted the peers' 全市 as the page's)
    d = read("苏州市统计局　数读\n苏南四市2019年主要预期目标一览\n" + _ROUND_UP)
    assert d.meta.region is None and d.meta.speaker is None and len(d.meta.several) >= 4
    fs = key_values(d)
    # the peers' lines are theirs, none the page's own; their plans are no pledges of the page's
    assert ("gdp", "actual", "2018", "growth") not in fs and ("gdp", "target", "2019", "growth") not in fs
    assert not d.pledges


def test_round_up_headed_by_a_peers_credit_stays_several():
    # the same with a credit ("供稿") after the office
    d = read("苏州市发展改革委供稿\n苏南四市2019年主要预期目标一览\n" + _ROUND_UP)
    assert d.meta.region is None and d.meta.speaker is None


def test_city_page_among_peers_with_its_own_word_kept():
    # look-alike (361's shape, at the prefecture level): the city named in full in the first line, 全市 in its own
    # sentences, its peers after: the city's page
    d = read("无锡市2019年主要预期目标出炉\n发布时间：2019-01-20\n今年全市地区生产总值增长7%左右，全市一般公共预算收入增长4%。\n"
             "从全省看，常州去年地区生产总值增长7%，今年目标为7%左右；镇江去年增长3.1%，今年目标为6.5%左右；"
             "苏州去年增长6.8%，今年目标为6.5%左右。\n全市将新开工亿元以上产业项目260个。\n")
    assert d.meta.region == "无锡市"
    assert key_values(d)[("gdp", "target", "2019", "growth")] == (7, "about")
    assert _objects(d).get("亿元以上产业项目") == (260, "个")


def test_byline_speaker_after_an_office_kept():
    # look-alike: a budget report's byline, an office and its head's title and name: still the speaker
    d = read("关于江阴市2023年预算执行情况和2024年预算草案的报告\n——2024年1月9日在江阴市第十八届人民代表大会第四次会议上\n"
             "市财政局局长　陈晓峰\n\n各位代表：\n")
    assert d.meta.speaker == "陈晓峰"


# --- a page whose only title is a review's card, the year's list after it untitled -----------------------------------

_CARD = ("福州市台江区人民政府工作报告\n——2026年1月7日在福州市台江区第十八届人民代表大会第五次会议上\n\n"
         "过去一年，全区地区生产总值1120亿元，增长5.1%。\n\n“十四五”时期主要成就\n五年合计完成固定资产投资980亿元\n"
         "2025年完成205亿元\n\n")


def test_goal_after_a_review_card_takes_the_years_ahead():
    # the year's list after the card, a goal of 今后五年 in it: 2026-2030 (the base gave it the card's span, 2021-2025)
    d = read(_CARD + "2026年主要预期目标是：全区地区生产总值增长5%左右，城镇新增就业1.1万人，今后五年累计新增5.5万人。\n")
    fs = key_values(d)
    assert fs[("urban_new_jobs", "goal", "2026-2030", "level")] == (5.5, "eq")
    assert ("urban_new_jobs", "goal", "2021-2025", "level") not in fs
    # look-alikes: the card's own rows keep the card's span and year
    assert fs[("fixed_asset_investment", "actual", "2021-2025", "level")] == (980, "eq")
    assert fs[("fixed_asset_investment", "actual", "2025", "level")] == (205, "eq")
    assert fs[("urban_new_jobs", "target", "2026", "level")] == (1.1, "eq")


def test_last_years_list_under_a_review_card_stays_the_cards():
    # look-alike: last year's list restated under the card is not the year's own: the goal after it keeps the card's
    # reading (the page is not left by it)
    d = read(_CARD + "2025年主要预期目标是：全区地区生产总值增长5.5%左右，五年累计新增城镇就业5.2万人。\n")
    fs = key_values(d)
    assert ("urban_new_jobs", "goal", "2026-2030", "level") not in fs
