"""Session trd33: county and city report pages in traditional characters (converted, old Big5 pages, Hong Kong and
Taiwan reprints): a part's number with a half-width comma, and the older name of general budget spending."""
from __future__ import annotations

import pytest

from factkeys import facts, keys_of, pledged, read, val  # tests/factkeys.py


def _big5_page(review_head: str, plan_head: str) -> str:
    return ("某某縣2018年政府工作報告\n"
            "——2018年2月6日在某某縣第十六屆人民代表大會第二次會議上\n\n"
            "各位代表:\n"
            f"{review_head}\n"
            "2017年,全縣實現地區生產總值212.4億元,增長8.6%;一般公共預算收入15.8億元,增長6.1%.\n"
            f"{plan_head}\n"
            "全縣經濟社會發展的主要預期目標是:地區生產總值增長8%左右;一般公共預算收入增長6%.\n"
            "(一)壯大縣域經濟.全年接待遊客900萬人次以上,完成工業投資85億元,新建農村公路120公裡.\n")


@pytest.mark.parametrize("review_head,plan_head", [
    ("一,2017年工作回顧", "二,2018年工作安排"),                      # a year right after the comma
    ("一,過去一年工作回顧", "二,今後五年目標和2018年主要任務"),         # a title's word right after it
    ("  一,過去一年工作回顧", "  二,「十三五」中期目標和2018年工作安排"),  # indented; a quote opening the title
])
def test_a_part_number_with_a_half_width_comma_opens_the_part(review_head, plan_head):
    d = read(_big5_page(review_head, plan_head), report_year=2018)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2017", "level")) == (212.4, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (8, "about")
    # the task paragraph is the year's plan: its whole-region figures are targets, not last year's results
    assert val(fs, ("tourist_visits", "target", "2018", "level")) == (900, "at_least")
    assert val(fs, ("industrial_investment", "target", "2018", "level")) == (85, "eq")
    assert ("tourist_visits", "actual", "2018", "level") not in fs
    assert ("industrial_investment", "actual", "2017", "level") not in fs
    got = pledged(d)
    assert any("农村公路" in o and v == 120 for o, v, u in got), got


def test_numerals_after_the_comma_are_no_part():
    # "一,二月份…": a list of months opening a line, not part one
    text = ("某某縣2018年政府工作報告\n一、2017年工作回顧\n2017年,全縣地區生產總值增長8.6%.\n"
            "一,二月份規模以上工業增加值增長7.2%.\n二、2018年工作安排\n地區生產總值增長8%左右.\n")
    d = read(text, report_year=2018)
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (8.6, "eq")
    assert val(fs, ("gdp", "target", "2018", "growth")) == (8, "about")
    # the line stays as written: its comma is not read as a part's mark (no part title "二月份…")
    assert text[text.index("一,二月份"):].startswith("一,二月份")


@pytest.mark.parametrize("sentence,share", [
    ("全市民生支出佔一般公共財政預算支出的比重達到72%。", 72),
    ("民生支出占一般公共财政预算支出的比重保持在80.2%。", 80.2),
    ("全縣用於民生的支出佔一般公共財政預算支出的78.6%。", 78.6),
])
def test_the_older_name_of_budget_spending_is_a_shares_denominator(sentence, share):
    fs = facts("一、2022年工作回顧\n全縣實現地區生產總值320億元，增長5.4%。" + sentence + "\n",
               report_year=2023)
    assert val(fs, ("livelihood_expenditure", "actual", "2022", "share")) == (share, "eq")
    # the denominator is no figure of spending of its own
    assert not any(k[0] == "general_budget_expenditure" for k in fs), sorted(fs)


def test_the_older_name_of_budget_spending_is_budget_spending():
    fs = facts("一、2015年工作回顧\n全縣一般公共財政預算支出42.6億元，增長8.1%。\n", report_year=2016)
    assert val(fs, ("general_budget_expenditure", "actual", "2015", "level")) == (42.6, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2015", "growth")) == (8.1, "eq")


@pytest.mark.parametrize("zero", ["Ｏ", "O", "０", "0", "ｏ"])
def test_a_chinese_numeral_year_with_a_letter_or_digit_zero_is_the_year(zero):
    # an old Big5 page types 〇 as the letter O or the digit 0: the meeting's date and the parts' years still read
    text = (f"某某縣政府工作報告\n——二{zero}一九年一月十日在某某縣第十七屆人民代表大會第四次會議上\n\n"
            f"一、二{zero}一八年工作回顧\n全縣實現地區生產總值156.2億元，增長8.2%。\n"
            f"二、二{zero}一九年工作安排\n地區生產總值增長7.5%左右。\n")
    d = read(text)
    assert d.meta.report_year == 2019 and d.meta.meeting_date == "2019-01-10"
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2018", "level")) == (156.2, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, "about")


def test_a_letter_o_outside_a_year_stays():
    # "二O" not followed by a year's numerals and 年 is no year ("二OO号文件" has no 年; "第二Office" no numerals)
    d = read("某某縣政府工作報告\n——2019年1月10日在某某縣第十七屆人民代表大會第四次會議上\n"
             "一、2018年工作回顧\n落實二OO號文件，全縣地區生產總值增長8.2%。\n", )
    assert d.meta.report_year == 2019
    assert val(keys_of(d), ("gdp", "actual", "2018", "growth")) == (8.2, "eq")


@pytest.mark.parametrize("region,lead", [
    ("中山区", "2023年，中山區地區生產總值"),   # 大连's district, its name before its own figure (traditional)
    ("金山区", "去年，金山区地区生产总值"),      # 上海's
])
def test_a_district_named_x_shan_qu_before_its_own_gdp_is_itself(region, lead):
    fs = facts(f"一、2023年工作回顾\n{lead}1286.5亿元，增长6.2%。\n二、2024年工作安排\n地区生产总值增长6%左右。\n",
               region=region, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1286.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


def test_mountain_areas_before_gdp_stay_a_part():
    # "全区山区地区生产总值": the district's mountain areas, not the district
    # (stated first, so that a misreading would take the region's key)
    fs = facts("一、2023年工作回顾\n全区山区地区生产总值增长3%。全区地区生产总值增长6.2%。\n",
               region="金山区", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


@pytest.mark.parametrize("byline", ["<p>縣長　張建國</p>", "<P align=center>縣長&nbsp;&nbsp;張建國</P>", "<div>縣長 張建國<br/>"])
def test_a_bylines_paragraph_tags_at_the_line_edges_hide_no_speaker(byline):
    text = ("<p>長興縣2016年政府工作報告</p>\n<p>——2016年2月25日在長興縣第十六屆人民代表大會第六次會議上</p>\n"
            f"{byline}\n<p>一、2015年工作回顧</p>\n<p>全縣實現地區生產總值505.6億元，增長7.4%。</p>\n")
    d = read(text)
    assert d.meta.speaker == "张建国"
    assert d.meta.title == "长兴县2016年政府工作报告"
    assert d.meta.region == "长兴县" and d.meta.meeting_date == "2016-02-25"


def test_a_less_than_sign_in_a_line_is_no_tag():
    # "<35" is a bound, and a tag inside a line is left as it is (the body's figures read the same)
    d = read("長興縣2016年政府工作報告\n——2016年2月25日在長興縣第十六屆人民代表大會第六次會議上\n縣長　張建國\n"
             "一、2015年工作回顧\n全縣實現地區生產總值505.6億元，增長7.4%，PM2.5濃度<35微克/立方米。\n")
    assert d.meta.speaker == "张建国"
    assert val(keys_of(d), ("gdp", "actual", "2015", "growth")) == (7.4, "eq")


@pytest.mark.parametrize("name,region,code", [
    ("濬縣", "浚县", "410621"),    # OpenCC s2t writes 浚县 so; the simplifier leaves 濬
    ("澂江市", "澄江市", "530481"),  # and 澄江 as 澂江
])
def test_a_converters_traditional_form_of_a_region_name_is_the_region(name, region, code):
    d = read(f"{name}政府工作報告\n——2023年1月10日在{name}第十八屆人民代表大會第三次會議上\n{name}人民政府　張三\n\n"
             "各位代表：\n一、2022年工作回顧\n全年實現地區生產總值320億元，增長5.4%。\n")
    assert (d.meta.region, d.meta.region_code) == (region, code)


def test_taiwan_phrase_wording_reads_as_the_mainlands():
    # a Taiwan site's copy (OpenCC s2twp): 訊息 after a date, 寬頻, 計程車, 積體電路 (same length, one for one)
    text = ("河北省政府工作報告摘要\n據河北新聞網1月14日訊息，河北省第十三屆人民代表大會第二次會議今天開幕，省長許勤作政府工作報告。\n"
            "報告提出，今年將再降低中小企業寬頻平均資費15%，更新巡遊計程車3000輛，新建積體電路產線2條。\n")
    d = read(text, report_year=2019)
    assert d.meta.meeting_date == "2019-01-14"
    got = pledged(d)
    assert any("中小企业宽带" in o and v == 15 for o, v, u in got), got
    assert any("出租车" in o and v == 3000 for o, v, u in got), got
    assert any("集成电路" in o and v == 2 for o, v, u in got), got


def test_mainland_words_that_look_taiwanese_stay():
    from planwatch.normalize import simplified
    # "数位专家" (several experts), 资讯 alone, 软体动物, a news 讯息 not after a date: as written
    s = "邀请数位专家论证，发布资讯，保护软体动物，及时发布讯息。"
    assert simplified(s) == s


def test_a_plan_reports_part_with_a_half_width_comma_is_no_title():
    # "一,2019年国民经济和社会发展计划执行情况": a part's heading, not the report's title (its year is last year's)
    text = ("根據全省發展改革工作會議精神,我委起草了2020年全市國民經濟和社會發展計劃草案.現將主要情況報告如下:\n"
            "一,2019年國民經濟和社會發展計劃執行情況\n2019年,全市地區生產總值5596.18億元,增長8%.\n"
            "二,2020年國民經濟和社會發展計劃草案\n全市地區生產總值增長8%左右.\n")
    d = read(text)
    assert d.meta.report_year == 2020
    assert val(keys_of(d), ("gdp", "actual", "2019", "level")) == (5596.18, "eq")


@pytest.mark.parametrize("stop_then", [".2023年,全市經濟總體回升向好.", ".1月8日以來,全市經濟總體回升向好."])
def test_a_half_width_stop_before_a_year_or_date_ends_the_lead(stop_then):
    # a news lead set with half-width stops, the next sentence opening with a year or a date: the lead is no title,
    # and the year named after it is the one reviewed, not the report's
    text = ("1月9日,在黃岡市第六屆人民代表大會第四次會議上,市長劉潔作政府工作報告" + stop_then + "\n"
            "報告指出,2023年,全市地區生產總值增長7%.\n")
    d = read(text)
    assert d.meta.report_year == 2024 and d.meta.meeting_date == "2024-01-09"
    assert val(keys_of(d), ("gdp", "actual", "2023", "growth")) == (7, "eq")


@pytest.mark.parametrize("plan,before,span", [("十二五", "十一五", "2011-2015"), ("十三五", "十二五", "2016-2020")])
def test_a_plans_name_in_corner_quotes_is_read_as_the_plan(plan, before, span):
    # a Hong Kong or Taiwan copy quotes the plan 「十二五」 where the mainland writes “十二五”: a comparison with the plan
    # before ("是「十一五」的2.5倍") does not move the review's later figures into the plan before
    end = span[-4:]
    text = (f"一、「{plan}」時期工作回顧\n五年來,全州累計完成投資1008億元,是「{before}」的2.5倍;"
            f"一般公共預算收入達到15.5億元,年均增長21.1%;城鎮居民人均可支配收入達到27097元,年均增長11.1%。\n")
    fs = facts(text, report_year=int(end) + 1)
    assert val(fs, ("general_budget_revenue", "actual", span, "growth")) == (21.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", end, "level")) == (15.5, "eq")
    assert val(fs, ("urban_disposable_income", "actual", span, "growth")) == (11.1, "eq")


@pytest.mark.parametrize("sentence,obj,v", [
    ("新(改擴)建學校5所,", "学校", 5),         # a Big5 page's half-width brackets
    ("新（改扩）建公办幼儿园12所，", "公办幼儿园", 12),
    ("新（改扩）建村级卫生室30个，", "村级卫生室", 30),
])
def test_a_verb_with_its_alternatives_in_brackets_is_the_pledges_verb(sentence, obj, v):
    text = ("某某縣政府工作報告\n——2019年1月10日在某某縣第十七屆人民代表大會第三次會議上\n一、2018年工作回顧\n"
            "全縣實現地區生產總值156.2億元，增長8.2%。\n二、2019年工作安排\n（一）加快基礎設施建設。新建農村公路100公裡，"
            + sentence + "建成5G基站100個。\n")
    got = {(p.object, p.value) for p in read(text).pledges}
    assert (obj, v) in got, got
    assert ("农村公路", 100) in got, got
