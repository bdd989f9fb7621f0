"""An adversarial review of decision 374 (adv49c, decision 383). (1) The report's target named back as a noun inside a
result line ("增长3.5%" over "高于年初政府工作报告提出的预期目标" over the year's other results): role_cues.tsv's target cue
报告…提出 fired inside "…报告提出的预期目标" and turned the results under it into the next year's targets; a lead to the
list ("报告提出的目标是", "报告还提出") is still the year's. (2) The opening told after a relative day's sentence, its own
sentence opened by a bare time: the day is the nearest such sentence's, not the paragraph's first ("昨天下午，…报到。今天
下午，…分组审议。上午，…开幕" opened today). Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read
from planwatch.normalize import narrow_chars, normalize


# --- (1) the report's target named back inside a result line ---

_CLIP = ("视频｜市八届人大五次会议开幕\n2021-01-20 18:05　来源：嘉兴市融媒体中心\n\n【主持人】\n今天上午\n"
         "嘉兴市第八届人民代表大会第五次会议开幕\n【记者】\n2020年\n全市地区生产总值完成5509.5亿元\n增长3.5%\n")
_END = "【主持人】\n明天代表们将分组审议\n"


def test_result_line_naming_the_report_target_keeps_results_below():
    # "高于年初政府工作报告提出的预期目标" is a result's comparison: the line under it is 2020's result (the base read the
    # target cue 报告提出 in it and took 9.8万人 for 2021's target)
    d = read(_CLIP + "高于年初政府工作报告提出的预期目标\n城镇新增就业9.8万人\n" + _END, name="嘉兴市.txt")
    kv = key_values(d)
    assert kv[("urban_new_jobs", "actual", "2020", "level")] == (9.8, "eq")
    assert ("urban_new_jobs", "target", "2021", "level") not in kv


def test_result_line_naming_the_report_target_over_several_results():
    # the same under a reporter's caption "报告提出" over the year line of the results, over several result lines and a
    # count built, then the report's caption of the year: the results stay 2020's (the base took the revenue and the
    # jobs for 2021's targets), the caption's lines are 2021's
    d = read(_CLIP.replace("【记者】\n2020年", "【记者】\n报告提出\n2020年") + "高于年初报告提出的目标\n一般公共预算收入完成598.6亿元\n城镇新增就业9.8万人\n新建5G基站8100个\n"
             "报告同时提出\n今年\n新增城镇就业8万人\n" + _END, name="嘉兴市.txt")
    kv = key_values(d)
    assert kv[("general_budget_revenue", "actual", "2020", "level")] == (598.6, "eq")
    assert kv[("urban_new_jobs", "actual", "2020", "level")] == (9.8, "eq")
    assert kv[("urban_new_jobs", "target", "2021", "level")] == (8, "eq")
    assert ("general_budget_revenue", "target", "2021", "level") not in kv
    assert not any(i[2] == 8100 for i in pledge_items(d))


def test_report_target_lead_still_reads_the_year_target():
    # look-alike that must not change: "报告提出的目标是" over a bare line leads the year's target list (read by 目标是)
    d = read(_CLIP + "报告提出的目标是\n全市地区生产总值增长7%左右\n" + _END, name="嘉兴市.txt")
    kv = key_values(d)
    assert kv[("gdp", "target", "2021", "growth")] == (7, "about")
    assert kv[("gdp", "actual", "2020", "growth")] == (3.5, "eq")


def test_report_caption_with_an_adverb_still_reads_the_year_target():
    # look-alike that must not change: the report's caption "报告还提出" (374) over a bare line: the year's target and task
    d = read(_CLIP + "报告还提出\n新增城镇就业8万人\n" + _END, name="嘉兴市.txt")
    assert key_values(d)[("urban_new_jobs", "target", "2021", "level")] == (8, "eq")
    assert any(i[2] == 8 and i[3] == "万人" for i in pledge_items(d))


def test_report_tells_its_plan_in_prose_still_a_target():
    # look-alike that must not change: "报告提出，今年全市…" in a page's prose, the year's target
    d = read("嘉兴日报\n嘉兴市人代会开幕\n2021-01-21 07:30　来源：嘉兴日报\n\n1月20日上午，嘉兴市第八届人民代表大会"
             "第五次会议开幕。报告提出，今年全市地区生产总值增长6%左右，城镇新增就业8万人。\n", name="嘉兴市.txt")
    kv = key_values(d)
    assert kv[("gdp", "target", "2021", "growth")] == (6, "about")
    assert kv[("urban_new_jobs", "target", "2021", "level")] == (8, "eq")


# --- (2) the opening after a relative day's sentence: the nearest such sentence's day ---

def _page(lead: str, day: str) -> str:
    return (f"湖州日报\n代表们分组审议政府工作报告\n{day} 21:10　来源：湖州日报\n\n{lead}\n"
            "今年全县地区生产总值增长6.5%左右。\n")


def test_opening_after_today_sentence_under_a_yesterday_sentence():
    # "昨天下午，…报到。今天下午，…分组审议。上午，…开幕": the morning is today's (the base took the paragraph's first
    # relative day, 昨天, and dated the opening a day early)
    d = read(_page("昨天下午，出席县十七届人大六次会议的代表陆续报到。今天下午，代表们分组审议政府工作报告。上午，安吉县"
                   "第十七届人民代表大会第六次会议在县行政中心开幕。", "2021-01-14"), name="安吉县.txt")
    assert d.meta.meeting_date == "2021-01-14"


def test_opening_after_a_yesterday_sentence_alone():
    # look-alike that must not change: "昨天下午，…分组审议。上午，…开幕" with no other relative day: yesterday's morning
    d = read(_page("昨天下午，出席县十七届人大六次会议的代表分组审议政府工作报告。上午，安吉县第十七届人民代表大会第六次"
                   "会议在县行政中心开幕。", "2021-01-15"), name="安吉县.txt")
    assert d.meta.meeting_date == "2021-01-14"


def test_opening_after_a_today_sentence_alone():
    # look-alike that must not change: "今天下午，…分组审议。上午，…开幕" (374's shape): today
    d = read(_page("今天下午，出席县十七届人大六次会议的代表分组审议政府工作报告。上午，安吉县第十七届人民代表大会第六次"
                   "会议在县行政中心开幕。", "2021-01-14"), name="安吉县.txt")
    assert d.meta.meeting_date == "2021-01-14"


# --- (3) held: a narrow layer's list of counts under a lead line with a colon ---

def test_list_of_counts_under_a_colon_lead_stays_apart():
    # look-alike that must not change: a lead of the page's count ending on a colon (a mark, no stop: 374's "sentence
    # under way") over list lines of the page's count, each a count with no mark, the line under them holding a mark:
    # the items stay one a line and each is pledged whole
    body = ["2019年，全县地区生产总值完成214.6亿元，增长7.1%；一般公共预算收入完成11.2亿元，增长6.4%；"
            "城镇居民人均可支配收入增长7.6%，农村居民人均可支配收入增长8.9%。",
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%，城镇新增就业3600人。"]
    cut = [p[i:i + 14] for p in body for i in range(0, len(p), 14)]
    items = ["今年县里将办好以下十件实事：", "新建改造农村公路90公里以上", "完成农村危房改造800户以上", "新建幼儿园4所、敬老院2所"]
    assert all(len(x) == 14 for x in items[:3])
    text = "\n".join(cut + ["三、2020年重点工作"] + items) + "\n"
    assert narrow_chars(text) == 14
    lines = normalize(text).text.split("\n")
    assert items[1] in lines and items[2] in lines
    got = pledge_items(read(text, name="某县.txt"))
    assert ("新建改造", "农村公路", 90, "公里") in got and ("完成", "农村危房改造", 800, "户") in got
