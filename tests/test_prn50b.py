"""This hour's blind sets printed eight ways (prn50b, decision 395): a caption over a bullet list under another list's
marked items on a page printed with no blank lines (a PDF's layer); a plan report's title wrapped over three lines, its
second line ending on the plan's name; a running head that is the page's own long title, or a report's name with its note
in brackets (（摘要）), seen once beside a page mark; a figure a Word file's blank paragraphs set apart from its sentence.
Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, read

from planwatch.normalize import normalize


def _work(t: str, year: int = 2025, name: str = "示例市.txt"):
    return read(t, name=name, doc_type="government_work_report", report_year=year)


# --- (1) a caption over bullets, under another list's marked items, no blank lines (facts._bullet_goes_on) ---

_CARD = ("◆数读2024\n"
         "▲全市地区生产总值3120亿元，增长5.2%\n"
         "▲社会消费品零售总额增长4.8%\n"
         "▲城镇调查失业率5%\n"
         "要点：2025年主要预期目标\n"
         "●地区生产总值增长5.5%左右\n"
         "●一般公共预算收入增长4%\n"
         "●居民消费价格涨幅2%左右\n")


def test_caption_under_marked_items_leads_the_bullets():
    # the caption under the ▲ items (each a whole item of its own list, no line of the ◆ line's paragraph) leads the ●
    # bullets: the year's targets; the base walked from the caption up to "◆数读2024" as a bullet's paragraph a PDF cut,
    # so the caption led nothing and the bullets were read as 2024's results under the section "数读2024"
    kv = key_values(_work("数说2025年示例市政府工作报告\n" + _CARD))
    assert kv[("general_budget_revenue", "target", "2025", "growth")] == (4.0, "eq")
    assert kv[("cpi", "target", "2025", "growth")] == (2.0, "about")
    assert ("general_budget_revenue", "actual", "2024", "growth") not in kv


def test_caption_under_unmarked_items_below_a_dated_sub_head():
    # the same with the results unmarked: "◆数读2024" is a marked sub-head naming its year (a heading over items), no
    # bullet's paragraph the caption could go on from
    card = _CARD.replace("▲", "")
    kv = key_values(_work("数说2025年示例市政府工作报告\n" + card))
    assert kv[("general_budget_revenue", "target", "2025", "growth")] == (4.0, "eq")


def test_results_above_the_caption_stay_results():
    # look-alike: the ▲ items themselves are still last year's results
    kv = key_values(_work("数说2025年示例市政府工作报告\n" + _CARD))
    assert kv[("retail_sales", "actual", "2024", "growth")] == (4.8, "eq")


def test_bullet_paragraph_cut_by_a_page_still_goes_on():
    # look-alike: a bullet's paragraph that a PDF's layer broke after a stop, its next line unmarked prose, still goes on
    # from the bullet (no lead of the bullets after it), as before
    from planwatch.extract import facts as F
    t = ("今后五年主要目标是：\n"
         "——经济实力迈上新台阶。地区生产总值年均增长6%左右。\n"
         "创新能力显著增强，研发经费投入强度达到3%。\n"
         "——一般公共预算收入年均增长5%。\n")
    assert F._bullet_goes_on(t, t.index("创新能力"))


def test_marked_item_line_is_no_bullet_paragraph():
    # the rule itself: past a ▲ item, or to a dated ◆ sub-head, the walk finds no bullet's paragraph; past unmarked lines
    # to a ◆ line of prose it does
    from planwatch.extract import facts as F
    t = "◆数读2024\n▲城镇调查失业率5%\n要点：2025年主要预期目标\n"
    assert not F._bullet_goes_on(t, t.index("要点"))
    t = "◆数读2024\n城镇调查失业率5%\n要点：2025年主要预期目标\n"
    assert not F._bullet_goes_on(t, t.index("要点"))
    t = "◆推动产业升级。新建5G基站1200个，\n改造老旧小区150个。\n要点：2025年主要预期目标\n"
    assert F._bullet_goes_on(t, t.index("要点"))


# --- (2) a plan report's title wrapped over three lines at the page's width (metadata._title) ---

_REVIEW = ["　　示例省人民代表大会财政经济委员会关于示例省2023年国民",
           "经济和社会发展计划执行情况与2024年国民经济和社会发展计划",
           "草案的审查结果报告",
           "　　（2024年1月20日示例省第十四届人民代表大会第二次会议主",
           "席团第二次会议通过）",
           "　　示例省第十四届人民代表大会第二次会议主席团：",
           "　　省十四届人大二次会议期间，财政经济委员会根据各代表团的审",
           "查意见，对省人民政府提出的计划报告进行了审查。现将审查结果报",
           "告如下：财政经济委员会认为，2023年全省经济运行稳中向好。初步",
           "核算，全省生产总值增长5.5%，高于年度预期目标0.5个百分点。"]


def test_three_line_title_read_whole():
    # the second line ends on the plan's name by the page's width, the report's name on the third: one title, the
    # committee's review (other), not the plan report the first two lines read as
    d = read("\n".join(_REVIEW) + "\n", name="示例省.txt")
    assert d.meta.title.endswith("计划草案的审查结果报告")
    assert d.meta.doc_type == "other"


def test_two_line_plan_title_under_a_note_line_kept():
    # look-alike: a plan report's title whole on two lines, the meeting's note under it (no report's name at its end):
    # nothing more joined
    lines = ["　　关于示例省2023年国民经济和社会发展计划执行情况与2024年国",
             "民经济和社会发展计划草案的报告",
             "　　（2024年1月20日在示例省第十四届人民代表大会第二次会议",
             "上）"] + _REVIEW[5:]
    d = read("\n".join(lines) + "\n", name="示例省.txt")
    assert d.meta.title == "关于示例省2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
    assert d.meta.doc_type == "plan_report"


# --- (3) a running head seen once beside a page mark: the page's long title, or a report's name with its note ---

def test_long_title_as_running_head_dropped():
    # a page's own title of 66 characters printed over its next page, inside a sentence the page cut: dropped, the
    # sentence joined (the base kept it, over the 60 characters a short head line has, and the sentence ran through it)
    title = "示例省人民代表大会财政经济委员会关于示例省2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的审查结果报告"
    t = (title + "\n" + "\n".join(_REVIEW[3:]) + "\n"
         "　　财政经济委员会认为，计划草案安排的重点任务是积极稳妥的，总体上\n\n第 1 页\n\n" + title + "\n"
         "是可行的。计划草案安排的重点任务中，全年新增城镇就业40万人。\n")
    n = normalize(t)
    assert "总体上是可行的" in n.text
    assert n.text.count(title) == 1


def test_noted_report_name_as_running_head_dropped():
    # the report's name with its note in brackets, seen once beside a page mark inside a sentence: a head
    # (the title over two lines at the top, its note under it, so the head is seen once: the page's one break)
    t = ("关于示例区2024年预算执行情况和2025年预算草案的报告\n（摘要）\n"
         "各位代表：\n"
         "2025年全区一般公共预算收入预期增长6%，安排43.8\n\n第 1 页\n\n"
         "关于示例区2024年预算执行情况和2025年预算草案的报告（摘要）\n"
         "亿元。一般公共预算支出安排80.2亿元。\n")
    n = normalize(t)
    assert "安排43.8亿元。" in n.text


def test_noted_title_line_in_the_text_kept():
    # look-alike: the same name with its note standing as a line between two full sentences with no page mark beside it:
    # no head (kept as it is)
    t = ("关于示例区2024年预算执行情况和2025年预算草案的报告\n（摘要）\n"
         "各位代表：\n"
         "现将有关情况报告如下。\n"
         "关于示例区2024年预算执行情况和2025年预算草案的报告（摘要）\n"
         "已印发各位代表。\n")
    n = normalize(t)
    assert "如下。\n关于示例区2024年预算执行情况和2025年预算草案的报告（摘要）\n已印发" in n.text


# --- (4) a figure a Word file's blank paragraphs set apart from its sentence (normalize._join_spans) ---

def test_figure_between_blank_paragraphs_joins_its_sentence():
    # a Word file's text: a blank paragraph between each line, the figure alone between its verb and its unit; another
    # figure alone below it (so two value lines, as a 数读 page has) — the figure is the sentence's, joined
    t = ("过去一年，全市地区生产总值增长6.1%，好于预期。一般公共预算收入完成\n\n"
         "215.6\n\n"
         "亿元，增长7.3%。\n\n"
         "15\n\n"
         "万元生产总值能耗下降3%。\n")
    n = normalize(t)
    assert "一般公共预算收入完成215.6亿元" in n.text
    kv = key_values(_work("2025年示例市政府工作报告\n\n一、2024年工作回顾\n\n" + t))
    assert kv[("general_budget_revenue", "actual", "2024", "level")] == (215.6, "eq")


def test_number_page_figures_stay_apart():
    # look-alike: a 数读 page, each figure alone after a blank line under a caption that restates it (a short line, no
    # full stop inside): each figure opens its item, nothing joined
    t = ("3.5%左右\n今年赤字率拟按3.5%左右安排\n\n"
         "1.2万亿元\n今年拟安排地方政府专项债券1.2万亿元\n\n"
         "5.5%左右\n今年地区生产总值增长5.5%左右\n")
    n = normalize(t)
    assert "安排\n\n1.2万亿元" in n.text
