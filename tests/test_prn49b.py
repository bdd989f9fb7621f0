"""This session's blind sets printed eight ways (prn49b, decision 387): an app post's comma sub-heads ("民生实事，件件暖心")
on a page printed with no blank lines (a PDF's layer) or with a Word file's blank paragraphs and a dropped page mark under
them; a yearbook's head that normalize drops as a running head under a portal's frame; the year's opening sentence set
apart from its figures over a lone lead to the tasks; a reporter's paragraph right under a deputy's label line with no
blank line. Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read

from planwatch.extract import facts as facts_mod
from planwatch.normalize import normalize

_POST = ["点击上方蓝字关注我们",
         "一图读懂2026年示例县政府工作报告",
         "1月8日，示例县第五届人民代表大会第三次会议开幕，县长作政府工作报告。小编带你速览↓↓",
         "过去一年，亮点纷呈",
         "2025年，全县地区生产总值完成210.5亿元，增长6.1%。",
         "民生实事，交出答卷",
         "去年确定的10件民生实事全部完成：新建公厕12座，改造农村危房300户。",
         "今年目标，奋勇争先",
         "地区生产总值增长6.5%左右。",
         "民生实事，温暖可感",
         "今年新建养老服务中心2个，2027年再建1个；",
         "未来三年新建智慧菜市场6个，到2028年实现乡镇全覆盖；",
         "新建改造供水管网45公里，新增新能源汽车充电桩800个；",
         "推进数字乡村建设。",
         "来源：示例发布"]


def _work(t: str, year: int = 2026, name: str = "示例县.txt"):
    return read(t, name=name, doc_type="government_work_report", report_year=year)


# --- (1) an app post's comma sub-heads on a page printed with no blank lines ---

def test_comma_head_not_joined_to_the_line_under_it():
    # a PDF's layer of the post: "民生实事，温暖可感" (two short phrases and a comma, no mark at its end) is a sub-head, not
    # a clause the page's width cut; the base ran it into "今年新建养老服务中心2个…"
    n = normalize("\n".join(_POST) + "\n")
    assert "民生实事，温暖可感\n今年新建养老服务中心" in n.text
    assert "过去一年，亮点纷呈\n2025年" in n.text


def test_short_comma_line_of_a_page_with_no_app_marks_still_joins():
    # look-alike: the same lines on a page with no app post's marks (no 点击上方蓝字, 小编, 一键三连): a short comma line under
    # a sentence's end is a paragraph's first line a narrow page cut ("今年以来，全县上下" over its rest): still joined
    n = normalize("示例县经济运行简况\n上半年经济运行总体平稳。\n今年以来，全县上下\n坚持稳中求进，经济运行平稳。\n")
    assert "今年以来，全县上下坚持稳中求进" in n.text


def test_comma_heads_with_no_blank_lines_keep_the_tasks_under_them():
    # the tasks under the last sub-head, one a line ending on ；: the line with no plan cue of its own is the year's task
    # (the base read no part on the page and lost "新建改造供水管网45公里" and "新增新能源汽车充电桩800个")
    items = pledge_items(_work("\n".join(_POST) + "\n"))
    assert ("新建改造", "供水管网", 45, "公里") in items
    assert ("新增", "新能源汽车充电桩", 800, "个") in items


def test_done_list_head_stays_a_review_with_no_blank_lines():
    # look-alike: "民生实事，交出答卷" over last year's finished list stays in the review: its counts pledge nothing
    objects = {o for _, o, _, _ in pledge_items(_work("\n".join(_POST) + "\n"))}
    assert "公厕" not in objects and "农村危房" not in objects


def _docx(lines: list[str], page_mark_under: str) -> str:
    out = []
    for ln in lines:
        head = "，" in ln and not ln.endswith(("。", "；", "↓")) and len(ln) <= 12
        out.append(("\n" if head else "") + ln + "\n")
        if ln == page_mark_under:
            out.append("— 2 —\n2026年示例县政府工作报告\n")
    return "\n".join(out)


def test_comma_heads_in_a_word_files_text_with_a_page_mark_under_one():
    # a Word file's text: a blank paragraph between paragraphs, two above a sub-head, and a page's mark and head dropped
    # right under "民生实事，温暖可感" (the base read no sub-head under one blank line and lost the last line's tasks)
    items = pledge_items(_work(_docx(_POST, "民生实事，温暖可感")))
    assert ("新建改造", "供水管网", 45, "公里") in items
    assert ("新增", "新能源汽车充电桩", 800, "个") in items
    objects = {o for _, o, _, _ in items}
    assert "公厕" not in objects


# --- (2) a yearbook's head dropped as a running head under a portal's frame ---

_BOOK = ("网站首页\n信息公开\n政务服务\n当前位置：首页 > 政务公开\n\n发布时间：2019-03-02 09:30　　来源：示例县人民政府办公室\n\n"
         "· 52 ·　　示例县年鉴（2020）\n\n政　务\n\n"
         "【县政府工作报告】　2019年2月28日，县六届人大三次会议开幕，县长代表县人民政府作工作报告。报告确定2019年主要预期目标："
         "生产总值增长8%，一般公共预算收入增长7%。\n\n"
         "【报告执行情况】　2019年，全县生产总值265.3亿元，增长7.4%，未完成年度目标；一般公共预算收入12.6亿元，增长7.2%。\n")


def test_yearbook_head_read_in_the_text_as_written():
    # the book of 2020 on 2019's report: "【报告执行情况】　2019年，…" tells the year's results (the base lost the head that
    # normalize drops with its page mark over the book's section caption "政　务", and read 265.3亿元 as the year's target)
    kv = key_values(_work(_BOOK, year=2019))
    assert ("gdp", "actual", "2019", "level") in kv
    assert ("gdp", "target", "2019", "level") not in kv


def test_yearbook_head_far_down_the_text_is_not_read():
    # look-alike: a book's name past the head (the first 300 characters) names no book the page is an entry of
    raw = "示例县人民政府工作报告\n" + "全县各项工作稳步推进。" * 40 + "\n编纂出版示例县年鉴（2020）。\n"
    assert not facts_mod._book_written_after(raw, 2019)


# --- (3) the year's opening sentence set apart from its figures over a lone lead ---

_SENT = ("各位代表：\n\n"
         "{prev}年，全县地区生产总值增长6.8%，一般公共预算收入完成21.5亿元。\n\n"
         "{year}年是推进高质量发展的攻坚之年。\n"
         "全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n\n"
         "重点抓好以下工作：\n\n"
         "一是扩大有效投资。\n"
         "新开工亿元以上项目45个，新建标准化厂房8万平方米。\n\n"
         "二是改善民生。\n"
         "改造老旧小区36个，新建农村公路120公里。\n")


def test_year_sentence_set_apart_from_its_figures_leads_the_tasks():
    # one sentence a line: "2026年是…之年。" then the year's figures, then "重点抓好以下工作：": the items are the year's
    # tasks (the base read the lead under the figures' line, no year opening it, and pledged nothing)
    items = pledge_items(_work(_SENT.format(prev=2025, year=2026)))
    assert ("新开工", "亿元以上项目", 45, "个") in items
    assert ("改造", "老旧小区", 36, "个") in items


def test_past_year_sentence_set_apart_leads_no_tasks():
    # look-alike: the year set apart is the year before the report's ("2025年是…之年。" in 2026's): the lead's items are
    # last year's works, no pledges
    items = pledge_items(_work(_SENT.format(prev=2024, year=2025)))
    assert not items


# --- (4) a reporter's paragraph right under a deputy's label line, no blank line between ---

_LABEL = ("今年，示例区将新建改造老旧小区20个。\n"
          "【同期声】区人大代表　张丽\n"
          "{words}\n"
          "（记者　王强）\n")


def test_reporters_paragraph_under_a_label_is_the_pages():
    # a PDF's layer: the member's words cut, the reporter's "记者了解到，…" right under the label is the page's voice
    # (the base read it as the member's turn and lost its pledges)
    items = pledge_items(_work(_LABEL.format(words="记者了解到，今年全区还将新建口袋公园12个，改造背街小巷30条。")))
    assert ("新建", "口袋公园", 12, "个") in items
    assert ("改造", "背街小巷", 30, "条") in items


def test_deputys_own_words_under_a_label_stay_theirs():
    # look-alike: the deputy's own words under the label, in the first person, stay their turn: no pledge
    items = pledge_items(_work(_LABEL.format(words="我们社区今年还将新建口袋公园2个，让居民出门见绿。")))
    assert not any(o == "口袋公园" for _, o, _, _ in items)
