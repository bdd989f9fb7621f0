"""This session's new blind sets as web pages and PDFs print them (prn47b, decision 356): a news headline that a PDF's page
width cut inside the list of the session's other reports ("…听取审议市人民政府工作报告和市人大常委会、市中级人民" over
"法院、市人民检察院工作报告"), its tail read as the page's own title, another body's report; an infographic's dated part
title ("2025年主要成绩") right under a card's item that opens on its year ("2025年完成2160亿元"), no blank line between as a
PDF's text layer prints it, read in the part above it (the five-year review: its year's results dated 2021-2025). With
look-alikes that must not change."""
from factkeys import key_values, pledge_items, read


# --- a headline cut at the page's width inside the list of the other bodies' reports ---

# (the lead as a PDF's layer sets it: each paragraph cut at the page's width, 40 characters a line)
_PARAS = ("1月9日上午，襄阳市第十八届人民代表大会第五次会议在市民中心隆重开幕。市长代表市人民政府作政府工作报告，"
          "回顾过去一年工作，部署今年目标任务。",
          "报告显示，2023年全市地区生产总值达到5842亿元，增长5.6%。报告提出，2024年全市地区生产总值增长6%"
          "左右，今年将新开工亿元以上项目420个，新建5G基站1800个，新增城镇就业6万人以上。")
_LEAD = "".join("\n".join(p[k:k + 40] for k in range(0, len(p), 40)) + "\n" for p in _PARAS)


def _page(head: str) -> str:
    return head + "2024-01-10 07:50　来源：襄阳日报　作者：记者 王敏\n" + _LEAD


def test_headline_tail_cut_at_width_is_no_other_bodys_title():
    # the headline's first line as wide as the page's lines, cut inside the list of reports it names: its second
    # line ("法院、市人民检察院工作报告") goes on from it, no title of the court's; the page reports the government's report
    d = read(_page("襄阳市十八届人大五次会议开幕 听取审议市人民政府工作报告和市人大常委会、市中级人\n"
                   "民法院、市人民检察院工作报告\n"))
    assert d.meta.doc_type == "government_work_report"
    assert ("新建", "5G基站", 1800, "个") in pledge_items(d)


def test_headline_listing_all_reports_on_one_line_unchanged():
    # look-alike: the same headline on one line (a web page's, no width cut): the government's report, as before
    d = read(_page("襄阳市十八届人大五次会议开幕 听取审议市人民政府工作报告和市人大常委会、市中级人民法院、"
                   "市人民检察院工作报告\n"))
    assert d.meta.doc_type == "government_work_report"


def test_other_bodys_title_under_a_short_line_stays_other():
    # look-alike: the court's own report titled under a short line (no line of the page's width above it) is the court's
    # page, another body's report, as before
    text = ("襄阳市人大常委会公报\n襄阳市中级人民法院工作报告\n——2024年1月9日在襄阳市第十八届人民代表大会第五次会议上\n"
            "院长　李明\n各位代表：\n2023年，全市法院受理各类案件12.6万件，审执结11.8万件，结收案比93.7%。\n"
            "2024年，全市法院将力争审执结案件12万件以上，新建人民法庭5个。\n")
    d = read(text)
    assert d.meta.doc_type == "other"


# --- an infographic's dated part title under a card's item that opens on its year ---

def _cards(item: str) -> str:
    return ("一图读懂｜2026年漳州市政府工作报告\n来源：漳州市人民政府网　发布时间：2026-01-23 09:10\n"
            "“十四五”发展成就\n五年累计新增城镇就业21.4万人\n" + item + "\n2025年主要成绩\n"
            "地区生产总值\n6480亿元\n增长5.2%\n一般公共预算收入\n231.5亿元\n增长3.6%\n"
            "2026年主要预期目标\n地区生产总值增长5.5%左右\n一般公共预算收入增长3%\n")


def test_dated_title_under_year_led_card_opens_its_part():
    # "2025年新增4.6万人" (a card's item that opens on its year, its figure last) right over "2025年主要成绩", no blank
    # line between: the title opens the year's results, its cards dated 2025, not the five years' 2021-2025
    kv = key_values(read(_cards("2025年新增4.6万人")))
    assert kv.get(("gdp", "actual", "2025", "growth")) == (5.2, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2025", "level")) == (231.5, "eq")
    assert not any(k[2] == "2021-2025" and k[0] == "gdp" for k in kv)


def test_dated_title_under_year_led_total_opens_its_part():
    # the same under a year's total of money ("2025年完成投资1050亿元")
    kv = key_values(read(_cards("2025年完成投资1050亿元")))
    assert kv.get(("gdp", "actual", "2025", "growth")) == (5.2, "eq")


def test_dated_title_under_a_words_card_unchanged():
    # look-alike: under a card's item that opens on its words ("全年新增4.6万人"), as decided before (STATED_ITEM): a part
    kv = key_values(read(_cards("全年新增4.6万人")))
    assert kv.get(("gdp", "actual", "2025", "growth")) == (5.2, "eq")


def test_year_led_clause_is_no_card_item():
    # look-alike: a year that opens a clause ("2025年，全市新增4.6万人") is a sentence's, no card's item: the title under it
    # is read as before (the same reading whether or not the rule is there: the 2025 cards stay dated 2025 here, the
    # sentence its own)
    from planwatch.structure import _year_led_item

    assert not _year_led_item("2025年，全市新增4.6万人")
    assert not _year_led_item("2025年主要成绩")  # (a title, no figure)
    assert _year_led_item("2025年新增4.6万人")
    assert _year_led_item("2025年完成2160亿元")


# --- a deputy's turn set one sentence a line: the deputy's own plans in the first person ---

_TURN = ("代表心声｜带着民生建议上会\n来源：平湖市融媒体中心\n"
         "记者在会场采访了市人大代表、当湖街道某社区党委书记顾晓红。\n"
         "顾晓红：报告里说的都是实打实的事。\n"
         "报告提出，今年全市新建城市书房20家，改造老旧小区35个。\n"
         "顾晓红：我们社区老人多，我建议全市今年新增社区助餐点40个。\n")


def test_first_person_line_under_a_deputy_turn_is_theirs():
    # the turn's next sentence set on a line of its own, in the deputy's first person: their community's own plan, none
    # of the report's (as it is when the page runs it on in the turn's line)
    items = pledge_items(read(_TURN + "我们社区自己也打算今年新建2个老年活动室。\n"))
    assert not any(i[1] == "老年活动室" for i in items)
    assert ("新建", "城市书房", 20, "家") in items  # (the report the deputy cites: the report's)


def test_first_person_run_on_in_the_turn_unchanged():
    # look-alike: the same words run on in the turn's line, as before (the deputy's)
    items = pledge_items(read(_TURN.rstrip("\n") + "我们社区自己也打算今年新建2个老年活动室。\n"))
    assert not any(i[1] == "老年活动室" for i in items)


def test_page_voice_after_a_turn_still_pledged():
    # look-alike: the page's own words after the turn (no first person) telling the report's plan: still pledged
    items = pledge_items(read(_TURN + "据了解，今年全市还将新建口袋公园12个。\n"))
    assert ("新建", "口袋公园", 12, "个") in items


def test_first_person_after_a_blank_line_not_the_deputys():
    # look-alike: a report's own first person ("我们将…") with no turn right above it: the report's pledge
    text = ("政府工作报告\n——2024年1月8日在平湖市第十七届人民代表大会第四次会议上\n各位代表：\n"
            "2024年是…关键之年。全市地区生产总值增长6%左右。\n\n我们将新建城市书房20家，改造老旧小区35个。\n")
    items = pledge_items(read(text))
    assert ("新建", "城市书房", 20, "家") in items


# --- a short page's full line ending on "；" ---

def _wrap(p: str, w: int) -> str:
    return "\n".join(p[k:k + w] for k in range(0, len(p), w)) + "\n"


def _short_pdf(mid: str) -> str:
    # a page cut at 36 characters, too short a page (four lines cut inside a sentence) for page_chars
    return ("政府工作报告\n——2026年1月21日在青海省第十四届人民代表大会第五次会议上\n青海省省长　王明\n各位代表：\n"
            + _wrap("现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。", 36)
            + "一、“十四五”时期和2025年工作回顾\n"
            + _wrap("2025年，全省地区生产总值增长5.4%，高于全国0.4个百分点，居全国第10位；规模以上工业增加值增长6.8%，"
                    "一般公共预算收入增长4.1%，两项指标均好于预期。", 36)
            + "二、“十五五”时期主要目标\n" + mid + "三、2026年重点工作\n"
            + _wrap("扩大有效投资，固定资产投资增长6%；民间投资增长快于全部投资，力争增长7%以上。新建高标准农田80万亩。", 36))


def test_short_page_full_line_on_semicolon_goes_on():
    # "…今年增长5.5%左右；" as long as the page's lines (36, its ； hung past them) over the rest of the sentence: one
    # sentence, 今年 dates the income clause after the ； too (the year's target, not the five years' goal)
    from factkeys import keys_of
    line = "今后五年，全省地区生产总值年均增速高于全国平均水平，今年增长5.5%左右；"
    assert len(line) == 37
    ks = keys_of(read(_short_pdf(line + "\n城乡居民收入增长快于经济增长。\n")))
    assert ("urban_disposable_income", "target", "2026", "growth") in ks
    assert ("urban_disposable_income", "goal", "2026-2030", "growth") not in ks


def test_short_page_short_line_on_semicolon_kept_apart():
    # look-alike: a short line ending on "；" (a list's item, not the page's width) stays apart: the next line's goal is
    # the five years', as in the text run on it would not be
    from factkeys import keys_of
    ks = keys_of(read(_short_pdf("今后五年，今年增长5.5%左右；\n城乡居民收入增长快于经济增长。\n")))
    assert ("urban_disposable_income", "target", "2026", "growth") not in ks


def test_few_cuts_chars():
    from planwatch.normalize import few_cuts_chars
    assert few_cuts_chars(_short_pdf("")) == 36
    # (a web page's paragraphs, no line cut inside a sentence: none)
    assert few_cuts_chars("各位代表：\n2025年，全省地区生产总值增长5.4%。\n今年增长5.5%左右。\n") == 0


# --- a title wrapped at the page's width inside its last words ---

def _audit(head: str) -> str:
    # the body as a PDF's layer cut at 32 characters, as the title's first line is
    return (head + "——2022年8月26日在宣城市第五届人民代表大会常务委员会第十九次会议上\n宣城市审计局局长　周明\n"
            "主任、各位副主任、秘书长、各位委员：\n"
            + _wrap("受市人民政府委托，现将2021年度市级预算执行和其他财政收支的审计情况报告如下，请予审议。"
                    "2021年，全市审计机关共完成审计项目126个，查出主要问题金额18.6亿元，促进增收节支3.2亿元，"
                    "移送问题线索17件。下一步，市审计局将力争问题整改率达到95%以上，年内完成专项审计调查8项，"
                    "推动审计整改与追责问责贯通协同，持续提升审计监督效能。", 32))


def test_title_wrapped_at_width_inside_its_last_word():
    # "…其他财政收支的审计工" (as long as the page's lines, 36) over "作报告": one title, the audit's report, another body's;
    # its aims no pledges of a government's report
    d = read(_audit("宣城市人民政府关于2021年度市级预算执行和其他财政收支的审计工\n作报告\n"))
    assert d.meta.title.endswith("审计工作报告")
    assert not pledge_items(d)


def test_title_on_one_line_unchanged():
    # look-alike: the same title on one line, as before
    d = read(_audit("宣城市人民政府关于2021年度市级预算执行和其他财政收支的审计工作报告\n"))
    assert d.meta.title.endswith("审计工作报告")
    assert not pledge_items(d)


def test_wrapped_headline_with_space_not_joined():
    # look-alike: a news headline's line with a space (its head and its tail) cut at the width is no title's first line:
    # the page's own reading, as before (decision 350's _goes_on_at_width)
    from planwatch.metadata import _SPACES
    assert _SPACES.search("洛阳市十六届人大三次会议开幕 审议政府工作报")
