"""An adversarial review of decisions 368, 370, 371 and 373 (adv49, decision 374). (1) A narrow layer's sentence over
three lines whose middle line, as long as the page's lines, holds a figure and no mark ("…新建乡镇自" / "来水厂3座铺设
供水管网260公" / "里，…"): 368 joined a width-long line only to a line holding a mark, so the first line stayed apart and
its pledge was cut. (2) A level above's report told with 368's adverbs or after a page's lead ("省政府工作报告同时提出，全省…",
"日前发布的江苏省政府工作报告提出，…") on a region's page: its figures are the level above's, as "省政府工作报告提出，" was
already read (decision 102), no pledge nor target of the page's. (3) A transcript's bare caption line of the report
telling its plan ("报告同时提出" over "新增城镇就业1.2万人"): its lines are the year's targets and tasks, as under
"今年…还将" (364), not the results under the year line above; and a result line ending on its unit stays apart from a
line opening on 报告 (371's rule for 今年). (4) A session's opening told in a sentence opened by a bare time (上午，…开幕)
after a sentence of its paragraph opened by 今天/昨日 and a time ("今天下午，…分组审议…。上午，…开幕"): that day.
Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read
from planwatch.normalize import narrow_chars, normalize


def _cut(paras: list[str], width: int) -> list[str]:
    # a PDF text layer cut by count, ``width`` characters a line
    out = []
    for p in paras:
        out += [p[i:i + width] for i in range(0, len(p), width)]
    return out


def _page(*blocks: list[str]) -> str:
    lines: list[str] = []
    for b in blocks:
        lines += b
    return "\n".join(lines) + "\n"


# a county's report body, cut at 14 characters a line: enough sentence lines for narrow_chars to read the count
_BODY = ["2019年，全县地区生产总值完成214.6亿元，增长7.1%；一般公共预算收入完成11.2亿元，增长6.4%；"
         "城镇居民人均可支配收入增长7.6%，农村居民人均可支配收入增长8.9%。",
         "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%，城镇新增就业3600人。"]


# --- (1) a narrow layer's sentence over three lines, its middle line with no mark ---

def test_three_line_sentence_with_markless_middle_line_is_joined():
    # a sentence under way ("全年新开工项目42个，实施农" holds a mark) over "村饮水安全巩固提升工程新建农" (14, no mark) over
    # "村集中供水站6处铺设配水管网" (14, a figure, no mark) over "180公里，…": one sentence; the base kept the second
    # line apart and lost "新建农村集中供水站6处" (368 joined a line of the page's count only into a line holding a mark)
    task = "全年新开工项目42个，实施农村饮水安全巩固提升工程新建农村集中供水站6处铺设配水管网180公里，改造农村危房900户。"
    lines = _cut([task], 14)
    assert lines[1:3] == ["村饮水安全巩固提升工程新建农", "村集中供水站6处铺设配水管网"]
    text = _page(_cut(_BODY, 14), ["三、2020年重点工作"], lines)
    assert narrow_chars(text) == 14
    items = pledge_items(read(text, name="某县.txt"))
    assert any(i[2] == 6 and i[3] == "处" and "供水站" in i[1] for i in items), items
    assert ("铺设", "配水管网", 180, "公里") in items


def test_slogan_over_a_task_line_with_a_figure_stays_apart():
    # look-alike that must not change: a slogan line of the page's count over a task's first line of the page's count
    # holding a figure and no mark ("全年新建农村饮水安全工程120" over "处，…"): the line over the slogan's is a
    # slogan's too (no mark), no sentence under way, the slogan stays apart (adv48c's block, decision 368)
    slogan = ["凝心聚力谋发展砥砺奋进新征程", "勇当湘南开放崛起的排头兵先锋"]
    task = _cut(["全年新建农村饮水安全工程120处，改造农村危房2600户。"], 14)
    assert len(task[0]) == 14
    text = _page(_cut(_BODY, 14), ["三、主要工作任务"], slogan, task)
    lines = normalize(text).text.split("\n")
    assert slogan[1] in lines


def test_slogan_lines_over_a_task_line_with_a_mark_stay_apart():
    # look-alike that must not change: two slogan lines of the page's count, no figure and no mark, over a task's line
    # holding a mark: the slogan's first line is no sentence's middle (no figure in the line under it), it stays apart
    slogan = ["凝心聚力谋发展砥砺奋进新征程", "勇当湘南开放崛起的排头兵先锋"]
    assert all(len(s) == 14 for s in slogan)
    task = _cut(["全年新建农村饮水安全工程120处，改造农村危房2600户。"], 14)
    text = _page(_cut(_BODY, 14), ["三、主要工作任务"], slogan, task)
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    assert slogan[0] in lines


def test_list_names_with_a_figure_over_a_name_stay_apart():
    # look-alike that must not change: a list of projects one a line, the first as long as the page's lines over a
    # second of the same length holding a figure, then a third name with no mark: no line holds a sentence's mark
    names = ["城南片区老旧管网更新改造工程", "国道207线县城过境改建工程", "县第二人民医院门诊综合楼"]
    assert len(names[0]) == 14 and len(names[1]) == 14
    text = _page(_cut(_BODY, 14), ["（三）加快重点项目建设"], names)
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    for n in names:
        assert n in lines


# --- (2) a level above's report told with an adverb or after a page's lead ---

_CITY = ("扬州日报　2022-01-07 07:30\n扬州今年经济增长目标5.5%\n在昨天开幕的扬州市第八届人民代表大会第六次会议上，"
         "市长作政府工作报告。报告提出，今年全市地区生产总值增长5.5%左右，新建改造城市道路40公里。\n")


def test_province_report_told_with_an_adverb_pledges_nothing():
    # "省政府工作报告还提出，全省…" on a city's page: the province's counts (the base read "省政府工作报告提出，" so, but
    # not with 368's adverb between)
    d = read(_CITY + "省政府工作报告还提出，全省新建高标准农田250万亩，新增城镇就业120万人。\n", name="扬州市.txt")
    assert pledge_items(d) == {("新建改造", "城市道路", 40, "公里")}
    assert ("urban_new_jobs", "target", "2022", "level") not in key_values(d)


def test_province_report_after_a_page_lead_pledges_nothing():
    # "记者注意到，日前发布的江苏省政府工作报告同时提出，…": the reporter's clause and the report's publication before the
    # province's name (the base pledged both counts and took 120万人 for the city's target)
    d = read(_CITY + "记者注意到，日前发布的江苏省政府工作报告同时提出，全省新建高标准农田250万亩，新增城镇就业120万人。\n",
             name="扬州市.txt")
    assert pledge_items(d) == {("新建改造", "城市道路", 40, "公里")}
    assert ("urban_new_jobs", "target", "2022", "level") not in key_values(d)


def test_own_report_told_with_an_adverb_still_pledges():
    # look-alike that must not change: the page's own report told with the adverb ("报告同时提出", 368), and after the
    # same reporter's clause
    d = read(_CITY + "报告同时提出，全年新建高标准农田3万亩。记者注意到，报告还提出，全市新增城镇就业6.5万人。\n",
             name="扬州市.txt")
    items = pledge_items(d)
    assert ("新建", "高标准农田", 3, "万亩") in items
    assert any(i[2] == 6.5 and i[3] == "万人" for i in items)


def test_own_city_report_on_a_prefecture_page_still_pledges():
    # look-alike that must not change: 市政府工作报告 on a city's own page is its own report, not a level above's
    d = read(_CITY + "市政府工作报告同时提出，全市新建5G基站3000个。\n", name="扬州市.txt")
    assert ("新建", "5G基站", 3000, "个") in pledge_items(d)


# --- (3) a transcript's bare caption line of the report telling its plan ---

_CLIP = ("视频｜县十七届人大六次会议开幕\n2022-01-12 18:05　来源：桐乡市融媒体中心\n\n【主持人】\n今天上午\n"
         "海盐县第十七届人民代表大会第六次会议开幕\n【记者】\n2021年\n全县地区生产总值完成566.8亿元\n增长8.1%\n")


def test_report_caption_under_a_result_line_leads_the_year_targets():
    # "增长8.1%" over "报告同时提出" over bare lines: the year's targets and task (the base joined the caption into the
    # result's line and read the lines as 2021's results)
    d = read(_CLIP + "报告同时提出\n新增城镇就业1.3万人\n城镇调查失业率控制在5%以内\n【主持人】\n明天代表们将分组审议\n",
             name="海盐县.txt")
    kv = key_values(d)
    assert kv[("urban_new_jobs", "target", "2022", "level")] == (1.3, "eq")
    assert kv[("urban_unemployment_rate", "target", "2022", "share")] == (5, "at_most")
    assert ("urban_new_jobs", "actual", "2021", "level") not in kv
    assert ("新增", "城镇就业", 1.3, "万人") in pledge_items(d)


def test_report_caption_under_a_label_line_leads_the_year_targets():
    # the caption under the reporter's label line: the same
    d = read(_CLIP + "【记者】\n报告还提出\n新增城镇就业1.3万人\n【主持人】\n明天代表们将分组审议\n", name="海盐县.txt")
    assert key_values(d)[("urban_new_jobs", "target", "2022", "level")] == (1.3, "eq")
    assert ("新增", "城镇就业", 1.3, "万人") in pledge_items(d)


def test_report_shows_caption_keeps_the_results():
    # look-alike that must not change: "报告显示" over bare lines tells results, read with the year above
    d = read(_CLIP + "报告显示\n城镇新增就业1.2万人\n【主持人】\n明天代表们将分组审议\n", name="海盐县.txt")
    kv = key_values(d)
    assert kv[("urban_new_jobs", "actual", "2021", "level")] == (1.2, "eq")
    assert not any(i[2] == 1.2 for i in pledge_items(d))


def test_result_line_over_report_wants_no_pledge():
    # "增长8.1%" over "报告要求": kept apart (no sentence runs from a unit into 报告 with no mark); the base joined them
    # and pledged "完成 增长8.1%报告要求 566.8亿元"
    d = read(_CLIP + "报告要求\n全力稳住经济基本盘\n【主持人】\n明天代表们将分组审议\n", name="海盐县.txt")
    assert not any(i[2] == 566.8 for i in pledge_items(d))


# --- (4) the opening told after a relative day's sentence, its sentence opened by a bare time ---

def test_opening_after_today_group_deliberation_sentence():
    # "今天下午，…代表分组审议…。上午，…会议…开幕": the opening is the page's day (the base: none)
    d = read("衢州日报\n代表们分组审议政府工作报告\n2019-01-16 21:10　来源：衢州日报\n\n今天下午，出席市七届人大四次会议的"
             "代表分组审议政府工作报告。上午，衢州市第七届人民代表大会第四次会议在市行政中心开幕。\n"
             "今年全市地区生产总值增长7.5%左右。\n", name="衢州市.txt")
    assert d.meta.meeting_date == "2019-01-16"


def test_later_sitting_after_today_group_deliberation_sentence_is_none():
    # look-alike: "今天上午，…分组审议。下午，…会议举行第二次全体会议": a later sitting, no opening told (373's rule holds)
    d = read("衢州日报\n代表们分组审议政府工作报告\n2019-01-17 21:10　来源：衢州日报\n\n今天上午，出席市七届人大四次会议的"
             "代表分组审议政府工作报告。下午，衢州市第七届人民代表大会第四次会议举行第二次全体会议。\n"
             "今年全市地区生产总值增长7.5%左右。\n", name="衢州市.txt")
    assert d.meta.meeting_date is None


def test_bare_time_with_no_relative_day_before_is_none():
    # look-alike: "上午，…开幕" with no 今天/昨日 sentence before it in its paragraph: no day told
    d = read("衢州日报\n市人代会开幕\n2019-01-17 21:10　来源：衢州日报\n\n记者从大会获悉，代表们将分组审议政府工作报告。"
             "上午，衢州市第七届人民代表大会第四次会议在市行政中心开幕。\n今年全市地区生产总值增长7.5%左右。\n",
             name="衢州市.txt")
    assert d.meta.meeting_date is None


def test_last_year_report_told_with_an_adverb_stays_last_year():
    # look-alike: "去年的政府工作报告还提出，…左右" in a review is last year's target (the adverb now read in the target
    # cue 报告…提出 is read in the past target's cue too), its result after it last year's
    d = read("2024年临湘市政府工作报告\n——2024年1月10日在临湘市第十八届人民代表大会第四次会议上\n各位代表：\n"
             "一、2023年工作回顾\n去年的政府工作报告还提出，地区生产总值增长6.5%左右，实际增长5.8%。\n", name="临湘市.txt")
    kv = key_values(d)
    assert kv[("gdp", "target", "2023", "growth")] == (6.5, "about")
    assert ("gdp", "target", "2024", "growth") not in kv
