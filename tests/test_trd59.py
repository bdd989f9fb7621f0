"""Traditional-character pages restating mainland reports (trd59, decision 473): Hong Kong's standard glyph 吿, its own
code point in some pages, which OpenCC leaves as written ("政府工作報吿": the base read no report, no year, no speaker),
and a Hong Kong or Macao page's 指 for what a report or a speaker says ("報告指，二〇二三年…", "劉吉指，…": the base read no
year from the lead, so every fact lost its period). Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, read

_MACAU = ("惠州今年ＧＤＰ目標增長５．５％\n\n【澳門日報訊】記者梁詠詩報道：惠州市第十三屆人民代表大會第四次會議昨日開幕，"
          "市長劉吉作政府工作報吿。報吿回顧，二〇二三年惠州地區生產總值５６３９．６８億元，增長５．５％。"
          "報吿提出，今年主要預期目標是：地區生產總值增長５．５％左右；固定資產投資增長８％。\n")

_COUNTY = ("龍海區2025年政府工作報吿（摘要）\n\n——2025年1月9日在龍海區第二屆人民代表大會第五次會議上\n"
           "龍海區人民政府區長　林建新\n\n一、2024年工作回顧\n\n全區實現地區生產總值812.3億元，增長5.8%。\n\n"
           "二、2025年主要目標\n\n今年主要預期目標是：地區生產總值增長6%左右；一般公共預算收入增長3%。\n")


def _quotes_hold(d, raw: str) -> bool:
    return all(raw[f.start:f.end] == f.quote for f in d.facts)


# --- (1) 吿, Hong Kong's glyph of 告, read as 告 in a converted text ---

def test_report_written_with_hk_glyph_is_a_work_report_of_its_year():
    # the base read "政府工作報吿" as no report: doc_type other, year and speaker lost
    d = read(_MACAU)
    assert (d.meta.region, d.meta.doc_type, d.meta.report_year, d.meta.speaker) == \
        ("惠州市", "government_work_report", 2024, "刘吉")
    assert key_values(d)[("gdp", "target", "2024", "growth")] == (5.5, "about")
    assert _quotes_hold(d, _MACAU)


def test_county_title_written_with_hk_glyph_is_read():
    # a portal's 摘要 titled "…政府工作報吿（摘要）": the base read no title
    d = read(_COUNTY)
    assert d.meta.title == "龙海区2025年政府工作报告（摘要）"
    assert (d.meta.region, d.meta.report_year, d.meta.meeting_date) == ("龙海区", 2025, "2025-01-09")
    assert key_values(d)[("gdp", "actual", "2024", "level")] == (812.3, "eq")
    assert _quotes_hold(d, _COUNTY)


def test_report_written_with_common_glyph_stays():
    # look-alike: the same page with 告 as most pages write it reads as it did
    d = read(_MACAU.replace("吿", "告"))
    assert (d.meta.doc_type, d.meta.report_year, d.meta.speaker) == ("government_work_report", 2024, "刘吉")


# --- (2) a Hong Kong or Macao page's 報告指 before the year reviewed ---

_ZHI = ("鄭州今年GDP目標增長6%\n\n【澳門日報訊】記者周嘉文報道：鄭州市十六屆人大三次會議十六日開幕。報告指，二〇二三年"
        "鄭州地區生產總值13617.8億元，增長7.4%；規上工業增加值增長10.4%。報告提出，今年鄭州地區生產總值增長6%左右，"
        "城鎮新增就業10萬人以上。\n")


def test_report_says_with_zhi_leads_the_year_reviewed():
    # "報告指，二〇二三年鄭州…": the base read no report year, and no fact its period
    d = read(_ZHI)
    assert d.meta.report_year == 2024
    kv = key_values(d)
    assert kv[("gdp", "actual", "2023", "level")] == (13617.8, "eq")
    assert kv[("gdp", "target", "2024", "growth")] == (6, "about")
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (10, "at_least")
    assert _quotes_hold(d, _ZHI)


def test_report_says_with_zhi_and_a_colon_leads_the_year_reviewed():
    # "報告指：2023年…", the mark a colon
    d = read(_ZHI.replace("報告指，二〇二三年", "報告指：2023年"))
    assert d.meta.report_year == 2024


def test_report_points_out_stays():
    # look-alike: 報告指出 read as it was (its own lead word)
    d = read(_ZHI.replace("報告指，", "報告指出，"))
    assert d.meta.report_year == 2024
    assert key_values(d)[("gdp", "actual", "2023", "growth")] == (7.4, "eq")


def test_report_guidance_is_no_lead():
    # look-alike: 報告指導 (no mark after 指) stays as written: the year of the plan from its own lead
    d = read("報告提出，2024年鄭州將按照報告指導思想，地區生產總值增長6%左右。\n")
    assert key_values(d).get(("gdp", "target", "2024", "growth")) == (6, "about")


_SPEAKER = ("惠州今年GDP目標增長5.5%\n\n【澳門日報訊】記者梁詠詩報道：惠州市第十三屆人民代表大會第四次會議昨日開幕，"
            "市長劉吉作政府工作報告。劉吉指，二〇二三年惠州地區生產總值5639.68億元，增長5.5%。他續指，今年惠州地區生產總值"
            "增長5.5%左右，固定資產投資增長8%。\n")


def test_speaker_says_with_zhi_leads_the_year_reviewed():
    # "劉吉指，二〇二三年惠州…": the speaker's 指 is his 说; the base read no report year
    d = read(_SPEAKER)
    assert (d.meta.report_year, d.meta.speaker) == (2024, "刘吉")
    kv = key_values(d)
    assert kv[("gdp", "target", "2024", "growth")] == (5.5, "about")
    assert kv[("fixed_asset_investment", "target", "2024", "growth")] == (8, "eq")
    assert _quotes_hold(d, _SPEAKER)


def test_speaker_says_with_biaoshi_stays():
    # look-alike: 表示 read as it was
    assert read(_SPEAKER.replace("劉吉指，", "劉吉表示，")).meta.report_year == 2024


def test_scholar_analysing_with_zhi_keeps_the_reports_target():
    # look-alike: a scholar's "分析指，6%的目標並不容易" after the report's target: the target stays the report's
    text = ("報告提出，2024年惠州地區生產總值增長6%左右。有經濟學者分析指，6%的目標並不容易實現，"
            "他又指：外需仍然疲弱。\n")
    d = read(text)
    f = {(x.indicator, x.role, x.period, x.measure): x for x in d.facts}[("gdp", "target", "2024", "growth")]
    assert (f.value, f.qualifier, text[f.start:f.end]) == (6, "about", f.quote)
    assert f.quote.startswith("地區生產總值")


# --- the outlet named first is not the region ---

def test_hong_kong_outlet_named_first_is_not_the_region():
    # look-alike kept: "【香港文匯報訊】… 南昌報道：江西省…" is 江西's report
    d = read("贛今年經濟增長目標8%左右\n\n【香港文匯報訊】記者何宗霖南昌報道：江西省十三屆人大二次會議昨日開幕，省長易煉紅"
             "作政府工作報告。報告稱，2018年江西生產總值增長8.7%。今年全省生產總值增長8%至8.5%。\n")
    assert (d.meta.region, d.meta.report_year) == ("江西省", 2019)
