"""The last session's blind sets printed eight ways, and the printing cases left (prn49, decision 377): a review's run
over one-sentence lines ended by a turn inside its own sentence; a mixed part's one-sentence paragraphs set apart by
blank lines; a PDF's title cut before its note "（摘要）"; a transcript's label line over its words past a Word file's
blank paragraph; a portal's page saved inside another portal's frame; a card's year line past a dropped page mark and
head; a lead to the year's work with its first item run on after its colon. Sentences written for these tests, with
look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read

from planwatch.metadata import portal_headline_start


def _work(t: str, year: int = 2026, name: str = "示例县.txt", doc_type: str = "government_work_report"):
    return read(t, name=name, doc_type=doc_type, report_year=year)


# --- (1) a review opened by a past year's sentence that turns ahead inside itself runs over no line after it ---

_TASKS_SENT = ("围绕上述目标，重点抓好以下工作：\n\n"
               "加快交通建设，新建城市道路20公里。\n\n"
               "{review}\n\n"
               "推进乡村振兴，新建高标准农田3万亩。\n\n"
               "改善人居环境，改造老旧小区60个。\n")


def test_review_turned_ahead_in_its_sentence_carries_no_further():
    # one sentence a paragraph: "2025年…已建成…，今后五年新建…" turns to the years ahead inside itself; the task lines
    # under it are tasks (the base read them as the review going on and lost both pledges)
    t = _TASKS_SENT.format(review="2025年全县已建成充电桩800个，今后五年新建充电桩2000个。")
    items = pledge_items(_work(t))
    assert ("新建", "高标准农田", 3, "万亩") in items
    assert ("改造", "老旧小区", 60, "个") in items


def test_review_turned_to_this_year_carries_no_further():
    # look-alike of the rule's reach: turned to the report's year by 今年 (read so before too, _looks_ahead)
    t = _TASKS_SENT.format(review="2025年全县已建成充电桩800个，今年再新建充电桩500个。")
    items = pledge_items(_work(t))
    assert ("新建", "高标准农田", 3, "万亩") in items


def test_review_that_does_not_turn_still_runs_on():
    # look-alike: a review's line that never turns ahead, in the review part, one sentence a paragraph: the lines
    # after it stay the review's (no pledge made of "完成农村公路改造120公里")
    t = ("一、2025年工作回顾\n\n过去一年，全县新建充电桩800个，改造老旧小区50个。\n\n"
         "完成农村公路改造120公里。\n\n二、2026年工作安排\n\n今年新建城市道路20公里。\n")
    items = pledge_items(_work(t))
    assert not any(o == "农村公路" or "农村公路" in (o or "") for _, o, _, _ in items)
    assert ("新建", "城市道路", 20, "公里") in items


# --- (2) a mixed part (one plan reviewed, the next set) printed one sentence a paragraph with blank lines ---

_MIXED = ("各位代表：\n\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\n"
          "过去五年，全市经济社会发展取得显著成就。\n\n"
          "综合实力持续增强，地区生产总值从2100亿元增加到2900亿元。\n\n"
          "民生保障不断加强，城镇新增就业累计达到12万人。\n\n"
          "今后五年，全市经济社会发展的主要目标是：\n\n"
          "地区生产总值年均增长6%左右。\n")


def test_mixed_part_sentence_paragraphs_keep_the_review():
    # the paragraphs under "过去五年，…成就。" with a blank line between are the review's, as the paragraph read whole is
    # (the base made the level 2026-2030's goal)
    kv = key_values(_work(_MIXED, name="示例市.txt"))
    assert kv[("gdp", "actual", "2025", "level")][0] == 2900
    assert ("gdp", "goal", "2026-2030", "level") not in kv


def test_mixed_part_goals_after_their_lead_stay_goals():
    # look-alike: the goal under the plan's lead, one a paragraph, is still the plan's
    kv = key_values(_work(_MIXED, name="示例市.txt"))
    assert kv[("gdp", "goal", "2026-2030", "growth")][0] == 6


def test_mixed_part_whole_paragraph_unchanged():
    # look-alike: the same review as one paragraph (no printing) reads as before
    t = _MIXED.replace("成就。\n\n综合", "成就。综合")
    kv = key_values(_work(t, name="示例市.txt"))
    assert kv[("gdp", "actual", "2025", "level")][0] == 2900


# --- (3) a PDF layer's title cut before the report's name and its note in brackets ---

def test_title_cut_before_its_noted_end_is_one_title():
    t = ("黔东南州2023年国民经济和社会发展计划执行情况与2024\n年计划草案的报告（摘要）\n一、2023年计划执行情况\n"
         "全州地区生产总值完成1326.2亿元，增长4.1%。\n二、2024年主要预期目标\n地区生产总值增长5.5%左右。\n")
    d = read(t, name="黔东南州.txt")
    assert d.meta.report_year == 2024
    assert d.meta.title.endswith("计划草案的报告（摘要）")


def test_title_whole_with_its_note_is_not_joined():
    # look-alike: a title whole on its line with its note is not run on into a line under it ending on a report's name
    t = ("黔东南州2023年国民经济和社会发展计划执行情况与2024年计划草案的报告（摘要）\n（书面报告）\n"
         "一、2023年计划执行情况\n全州地区生产总值完成1326.2亿元，增长4.1%。\n")
    d = read(t, name="黔东南州.txt")
    assert d.meta.report_year == 2024
    assert d.meta.title == "黔东南州2023年国民经济和社会发展计划执行情况与2024年计划草案的报告（摘要）"


def test_title_cut_before_bare_report_unchanged():
    # look-alike: the cut title with no note, joined as before
    t = ("黔东南州2023年国民经济和社会发展计划执行情况与2024\n年计划草案的报告\n一、2023年计划执行情况\n"
         "全州地区生产总值完成1326.2亿元，增长4.1%。\n")
    assert read(t, name="黔东南州.txt").meta.report_year == 2024


# --- (4) a transcript's label line over a deputy's words, a Word file's blank paragraph between ---

_TRANSCRIPT = ("视频｜县十八届人大四次会议开幕\n\n2025-01-10 18:40　来源：示例县融媒体中心\n\n【主持人】\n\n今天上午\n\n"
               "县第十八届人民代表大会第四次会议开幕\n\n【记者】\n\n今年全县还将\n\n新建城市公园6个\n\n"
               "{label}\n\n我们合作社今年还将\n\n新建冷链仓库2座\n\n带动农户增收\n")


def test_label_line_past_a_blank_line_names_the_turn():
    # the deputy's own plan (their co-op's 冷链仓库) is none of the report's (the base pledged it)
    d = _work(_TRANSCRIPT.format(label="【同期声】县人大代表　李红梅"), year=2025)
    items = pledge_items(d)
    assert not any(o == "冷链仓库" for _, o, _, _ in items)
    assert ("新建", "城市公园", 6, "个") in items


def test_reporters_label_past_a_blank_line_keeps_the_page_voice():
    # look-alike: a reporter's label over the page's own words: the count is the report's, as before
    d = _work(_TRANSCRIPT.format(label="【记者】"), year=2025)
    assert ("新建", "冷链仓库", 2, "座") in pledge_items(d)


# --- (5) a portal's page saved inside another portal's frame ---

_FRAMED = ("首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流\n当前位置：首页 > 政务公开 > 政府文件\n\n"
           "字号：大 中 小　　发布时间：2025-01-08 09:10　　来源：区政府办公室\n【打印本页】 【关闭窗口】\n\n"
           "示例区人民政府\n首页 政务公开 政务服务 互动交流 走进示例\n当前位置：首页 > 新闻中心 > 图文报道\n"
           "发布时间：2025-01-08\n\n示例区人代会开幕 今年地区生产总值目标增长6%\n\n1月7日上午，示例区第三届人民代表大会第五次"
           "会议开幕。报告提出，今年全区地区生产总值增长6%左右。\n")


def test_headline_under_the_inner_breadcrumb():
    at = portal_headline_start(_FRAMED)
    assert _FRAMED[at:].startswith("示例区人代会开幕")


def test_headline_target_in_a_framed_page_keeps_the_body_qualifier():
    # the body's "6%左右" stands over the headline's bare figure (the base read the headline as no first line: eq)
    kv = key_values(read(_FRAMED, name="示例区.txt", report_year=2025))
    assert kv[("gdp", "target", "2025", "growth")] == (6, "about")


def test_single_portal_head_unchanged():
    # look-alike: one portal's head, the headline after it as before
    t = _FRAMED[_FRAMED.index("示例区人民政府\n"):]
    assert t[portal_headline_start(t):].startswith("示例区人代会开幕")


def test_short_headline_before_its_story_kept():
    # look-alike: a short headline of no mark under the head, the story right under it: the headline is still it
    t = ("当前位置：首页 > 新闻中心\n发布时间：2025-01-08\n\n示例区人代会开幕\n\n1月7日上午，会议开幕。今年全区地区生产总值"
         "增长6%左右。\n")
    assert t[portal_headline_start(t):].startswith("示例区人代会开幕")


# --- (6) a card's year line past a page's mark and head dropped right between two lines ---

def test_card_name_carried_past_two_blank_lines():
    # what a dropped mark and head leave, three line ends: the card's second year line is still the card's
    t = ("一图读懂｜2021年示例区政府工作报告\n\n【森林覆盖率】\n2020年达到62.5%。\n\n\n2021年保持在62%以上。\n\n"
         "【2021年主要预期目标】\n地区生产总值增长7%左右；\n")
    kv = key_values(_work(t, year=2021, name="示例区.txt"))
    assert kv[("forest_coverage", "target", "2021", "share")] == (62, "at_least")


def test_card_lines_one_break_apart_unchanged():
    # look-alike: the card's two lines right under each other, as before
    t = ("一图读懂｜2021年示例区政府工作报告\n\n【森林覆盖率】\n2020年达到62.5%。\n2021年保持在62%以上。\n\n"
         "【2021年主要预期目标】\n地区生产总值增长7%左右；\n")
    kv = key_values(_work(t, year=2021, name="示例区.txt"))
    assert kv[("forest_coverage", "target", "2021", "share")] == (62, "at_least")


# --- (7) a lead to the year's work with its first item run on after the colon ---

_LEAD_ITEM = ("示例市人民政府工作报告\n——2026年1月12日在示例市第八届人民代表大会第一次会议上\n\n各位代表：\n"
              "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
              "过去五年，全市地区生产总值从1500亿元增加到1980亿元，年均增长5.6%。2025年，全市地区生产总值增长5.1%。\n\n"
              "今后五年，全市经济社会发展的主要目标是：地区生产总值年均增长6%左右。2026年全市经济社会发展的主要预期目标是："
              "地区生产总值增长6%左右；城镇新增就业3万人。\n"
              "{lead}（一）扩大有效投资。\n"
              "确保全年新开工重大项目150个，新增规上工业企业60家。\n"
              "（二）推进城乡融合。\n"
              "新建高标准农田8万亩，改造农村公路300公里。\n")


def test_lead_with_its_first_item_run_on_opens_the_tasks():
    # one sentence a line: the item lines under the lead are the year's tasks (the base read them as the review)
    items = pledge_items(_work(_LEAD_ITEM.format(lead="今年重点抓好以下工作："), name="示例市.txt"))
    assert ("新建", "高标准农田", 8, "万亩") in items
    assert ("新开工", "重大项目", 150, "个") in items


def test_past_years_lead_with_item_run_on_opens_no_tasks():
    # look-alike: a lead of the year gone with its first item run on, in the review ("2025年，我们重点抓好以下工作：（一）…"):
    # its items are last year's account, no plan part opened there (no pledge of them)
    t = ("示例市人民政府工作报告\n\n一、2025年工作回顾\n2025年，我们重点抓好以下工作：（一）扩大有效投资。\n"
         "全年新开工重大项目150个，新增规上工业企业60家。\n（二）推进城乡融合。\n新建高标准农田8万亩，改造农村公路300公里。\n"
         "二、2026年工作安排\n今年新建城市道路20公里。\n")
    items = pledge_items(_work(t, name="示例市.txt"))
    assert ("新建", "高标准农田", 8, "万亩") not in items
    assert ("新建", "城市道路", 20, "公里") in items
