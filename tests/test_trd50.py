"""Traditional-character pages restating mainland reports (trd50, decision 400): a news page's fiscal allocation of the
year restated without 拟 and followed by its change against last year's (the base read the change as a review and
dropped every allocation of the sentence), a news lead's word of when between the speaker's name and the report
(李克强昨日, 王进足今日), and a clause a holder's expectation opens (外界預期…增長目標為5%) read as the region's target.
Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, pledged, read

import planwatch

_HEAD = "國務院總理在十二屆全國人大四次會議上作政府工作報告。\n\n報告提出，今年發展的主要預期目標是：國內生產總值增長6.5%至7%；居民消費價格漲幅3%左右。\n\n"


# --- (1) the year's fiscal allocation restated without 拟, its change against last year's after it ---

def test_deficit_restated_with_this_year_and_its_change_stays_pledged():
    # "今年財政赤字規模2.38萬億元，比去年增加2000億元": a news page's restatement drops 拟; the base read 比去年 as a
    # review cue and dropped the sentence's allocations
    d = read(_HEAD + "財政方面，今年赤字率3%，財政赤字規模2.38萬億元，比去年增加2000億元；安排地方專項債券8000億元。\n",
             report_year=2016)
    got = pledged(d)
    assert ("财政赤字规模", 2.38, "万亿元") in got
    assert ("赤字率", 3, "%") in got
    assert ("地方专项债券", 8000, "亿元") in got


def test_bonds_restated_with_full_year_and_its_change_stay_pledged():
    # 全年 leads the year's special bonds, the change after them (較上年) is the proposal's too
    d = read(_HEAD + "全年發行地方政府專項債券3.8萬億元，較上年增加1000億元。\n", report_year=2016)
    assert ("地方政府专项债券", 3.8, "万亿元") in pledged(d)


def test_last_years_deficit_and_its_change_stay_a_review():
    # look-alike: last year's deficit with its change (去年 in the clause itself): a review, no pledge
    d = read(_HEAD + "去年財政赤字2.18萬億元，比上年增加5600億元。\n", report_year=2016)
    assert not any(o in ("财政赤字", "财政赤字规模") for o, _, _ in pledged(d))


def test_this_year_so_far_bonds_stay_a_review():
    # look-alike: 今年以来 names the year so far (以来 a review cue that stays), no allocation
    d = read(_HEAD + "今年以來，發行專項債券1200億元，比上年增加200億元。\n", report_year=2016)
    assert not any(v == 1200 for _, v, _ in pledged(d))


def test_this_years_revenue_with_its_change_stays_a_review():
    # look-alike: 今年 with no fiscal allocation's word (revenue, not a deficit or bonds): the change still looks back
    d = read(_HEAD + "今年一般公共預算收入120億元，比上年增加8億元。\n", report_year=2016)
    assert not any(v == 120 for _, v, _ in pledged(d))


# --- (2) a word of when between the speaker's name and the report ---

def _speaker(lead: str) -> str | None:
    return planwatch.read_text(lead + "\n\n報告提出，今年地區生產總值增長6%左右。\n", "x.txt").meta.speaker


def test_speaker_before_yesterday_is_the_name_alone():
    # "李克強昨日在…上作政府工作報告": the base read 李克强昨日
    assert _speaker("國務院總理李克強昨日在十二屆全國人大四次會議上作政府工作報告。") == "李克强"


def test_speaker_before_today_is_the_name_alone():
    assert _speaker("福州市市長王進足今日作政府工作報告。") == "王进足"
    assert _speaker("市長王進足日前在市十六屆人大三次會議上作政府工作報告。") == "王进足"


def test_name_before_office_then_yesterday():
    # "王進足市長昨日作…": the name before the office; the base read 昨日 as the name after 市长
    assert _speaker("王進足市長昨日作政府工作報告。") == "王进足"


def test_speaker_with_a_day_or_nothing_after_unchanged():
    # look-alikes: a day after the name, or nothing, as before; an office with only a time word is no speaker
    assert _speaker("省長趙龍23日在會上作政府工作報告。") == "赵龙"
    assert _speaker("市長李小鵬作政府工作報告。") == "李小鹏"
    assert _speaker("盟長今天上午作政府工作報告。") is None


# --- (3) a clause a holder's expectation opens ---

_NEWS = "【大公報訊】記者李文報道：湖南省十四屆人大四次會議昨日開幕，省長毛偉明作政府工作報告。\n\n"


def test_outsiders_expected_target_is_no_target():
    # "外界預期今年增長目標為5%": the outsiders' figure, not the province's; the base read it as the GDP target
    kv = key_values(read(_NEWS + "外界預期湖南今年增長目標為5%，報告則定為5.5%左右。\n", report_year=2026))
    assert kv.get(("gdp", "target", "2026", "growth")) != (5, "eq")
    kv = key_values(read(_NEWS + "分析師此前預計今年GDP增長目標定在5%左右。\n", report_year=2026))
    assert ("gdp", "target", "2026", "growth") not in kv


def test_own_target_after_the_expectations_clause_kept():
    # look-alikes: the region's own target in a clause of its own after the expectation's, and after "市場預期向好"
    kv = key_values(read(_NEWS + "市場普遍預期增速放緩，報告提出今年地區生產總值增長5.5%左右。\n", report_year=2026))
    assert kv[("gdp", "target", "2026", "growth")] == (5.5, "about")
    kv = key_values(read(_NEWS + "市場預期向好，今年地區生產總值增長5.5%左右。\n", report_year=2026))
    assert kv[("gdp", "target", "2026", "growth")] == (5.5, "about")


def test_market_entities_growth_target_kept():
    # look-alike: 市場主體 is the indicator, not a holder (no expectation word right after 市場)
    kv = key_values(read(_NEWS + "報告提出，今年市場主體預計增長10%。\n", report_year=2026))
    assert kv[("market_entities", "target", "2026", "growth")] == (10, "eq")


def test_pledge_items_of_a_traditional_digest():
    # the class's pledges read through the conversion: 公裏 read as 公里, 萬畝 as 万亩 (a guard on the set's forms)
    d = read("蒲江縣2021年政府工作報告（摘要）\n\n三、2021年重點工作\n\n新建改造農村公路86公裏，新建高標準農田2.5萬畝。\n")
    assert ("新建改造", "农村公路", 86, "公里") in pledge_items(d)
    assert ("新建", "高标准农田", 2.5, "万亩") in pledge_items(d)
