"""An adversarial review of decisions 364–366 (adv48d, decision 371): a transcript's result line ending on its unit over
the caption line of the year's will ("…增长6.8%\n今年江山还将"), kept apart; a caption's run ended by a deputy's or a
member's label line and by a caption of another year's will; the level after a higher aim that follows the region's own
rate arranged after the level above's ("我盟按6.5%左右安排，力争7%，总量突破880亿元"). With look-alikes that must not
change."""
from planwatch.normalize import normalize

from factkeys import key_values, pledge_items, read

_VIDEO = ("视频｜县人大会议开幕\n2025-01-14 19:30　来源：开化县融媒体中心\n\n【主持人】\n今天上午\n"
          "开化县第十七届人民代表大会第五次会议开幕\n县长作政府工作报告\n【记者】\n")


# --- a result line ending on its unit over the caption line of the year's will ---

def test_caption_after_a_result_line_leads_the_tasks():
    # "增长5.9%" ends on a figure's unit; "今年开化还将" under it opens no words of that sentence (no sentence runs
    # "5.9%今年…" with no mark): the caption stays a line and leads the bare task lines under it
    d = read(_VIDEO + "2024年\n全县地区生产总值完成210.4亿元\n增长5.9%\n今年开化还将\n新建农村文化礼堂20个\n"
                      "改造提升农村公路90公里\n", report_year=2025)
    items = pledge_items(d)
    assert ("新建", "农村文化礼堂", 20, "个") in items
    assert ("改造提升", "农村公路", 90, "公里") in items


def test_unit_line_over_a_new_year_line_is_kept_apart():
    # the join itself: a line ending on a percentage over a line opening on 明年 stays two lines
    t = normalize("全县地区生产总值完成210.4亿元\n增长5.9%\n明年全县还要\n新建幼儿园3所\n").text
    assert "5.9%\n明年" in t


def test_figure_cut_inside_its_line_still_joins():
    # look-alike: a line cut before its figure ("增长\n6.8%") or inside a name goes on as before
    t = normalize("全县地区生产总值\n增长6.8%\n").text
    assert "地区生产总值增长6.8%" in t.replace("\n", "") and "总值\n增长" not in t


def test_caption_after_a_wordy_line_still_leads():
    # look-alike: the caption right under a label line (no figure above) leads the tasks, as decision 364 read it
    d = read(_VIDEO + "今年开化还将\n新建城市书房6家\n", report_year=2025)
    assert ("新建", "城市书房", 6, "家") in pledge_items(d)


# --- a caption's run ends at a deputy's or a member's label line ---

def test_member_label_line_ends_the_captions_run():
    # "今年开化还将" over the tasks, then a member's label line and their company's own plan on bare lines: the
    # member's words, none of the report's
    d = read(_VIDEO + "今年开化还将\n新建城市书房6家\n【同期声】县政协委员　汪立群\n我们合作社今年还将\n"
                      "新建冷链仓库2座\n带动农户增收\n", report_year=2025)
    items = pledge_items(d)
    assert ("新建", "城市书房", 6, "家") in items
    assert not any(i[1] == "冷链仓库" for i in items)


def test_deputy_citing_the_report_after_a_caption_run_is_still_pledged():
    # look-alike: the deputy's words citing the report ("报告中说今年要…") are the report's, run or no run
    d = read(_VIDEO + "今年开化还将\n新建城市书房6家\n【同期声】县人大代表　余晓明\n报告中说今年要新增公交线路4条\n"
                      "我建议\n再增加农村客运班次12个\n", report_year=2025)
    items = pledge_items(d)
    assert ("新增", "公交线路", 4, "条") in items
    assert not any(i[1] == "农村客运班次" for i in items)


# --- a caption's run ends at a caption of another year's will ---

def test_past_year_caption_with_a_lead_word_ends_the_run():
    # "据了解" over "2024年开化还将" (joined by the lines' join): last year's will, what it built is no task of 2025
    d = read(_VIDEO + "今年开化还将\n新建城市书房6家\n【记者】\n据了解\n2024年开化还将\n建成美丽乡村示范带4条\n已全部完工\n",
             report_year=2025)
    items = pledge_items(d)
    assert ("新建", "城市书房", 6, "家") in items
    assert not any(i[1] == "美丽乡村示范带" for i in items)


def test_report_year_caption_with_a_lead_word_goes_on():
    # look-alike: the caption of the report's own year, a lead word before it, is no other year's: the run goes on
    d = read(_VIDEO + "今年开化还将\n新建城市书房6家\n【记者】\n此外\n2025年开化还将\n建成美丽乡村示范带4条\n",
             report_year=2025)
    assert any(i[1] == "美丽乡村示范带" for i in pledge_items(d))


# --- the level after a higher aim that follows the region's own rate arranged after the level above's ---

_ARRANGED = ("鄂尔多斯市2022年国民经济和社会发展计划草案的报告\n二、2022年主要预期目标\n"
             "自治区确定全区地区生产总值增长6%左右，我市按7%左右安排，力争8%，{}。\n")


def test_level_after_higher_aim_after_arranged_rate():
    kv = key_values(read(_ARRANGED.format("总量突破5000亿元")))
    assert kv[("gdp", "target", "2022", "growth")] == (7, "about")
    assert kv[("gdp", "target", "2022", "level")] == (5000, "at_least")


def test_arranged_rate_then_another_names_figure_is_no_level():
    # look-alike: the clause after the aim names its own indicator: the jobs stay the jobs', no level of gdp
    kv = key_values(read(_ARRANGED.format("城镇新增就业2.5万人")))
    assert ("gdp", "target", "2022", "level") not in kv
    assert kv[("urban_new_jobs", "target", "2022", "level")] == (2.5, "eq")
