"""News pages and bilingual pages, second round (branch news14): a qualifier written in English, an English gloss in
brackets, a 数读 page that sets each figure before its caption (on the line above or on the same line), a transcript's
speaker label before a sentence a year opens, a place other than the region saying what it will do; and the
look-alikes where a rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts, keys_of, pledged, read, val  # tests/factkeys.py


_read, _keys, _pledged = read, keys_of, pledged  # (tests/factkeys.py)


_CITY = {"report_year": 2024, "region": "南宁市", "level": "prefecture"}


# ---- a qualifier written in English on a bilingual page ----

@pytest.mark.parametrize("line, key, want", [
    ("GDP growth: around 5.5% (地区生产总值增长)", ("gdp", "target", "2024", "growth"), (5.5, "about")),
    ("GDP growth of about 6%", ("gdp", "target", "2024", "growth"), (6, "about")),
    ("GDP: up approximately 6%", ("gdp", "target", "2024", "growth"), (6, "about")),
    ("CPI: around 3%", ("cpi", "target", "2024", "growth"), (3, "about")),
    ("居民消费价格涨幅: 3% or so", ("cpi", "target", "2024", "growth"), (3, "about")),
    ("Surveyed urban unemployment rate (城镇调查失业率): within 5.5%", ("urban_unemployment_rate", "target", "2024", "share"), (5.5, "at_most")),
    ("城镇调查失业率: no more than 5.5%", ("urban_unemployment_rate", "target", "2024", "share"), (5.5, "at_most")),
    ("Fixed-asset investment (固定资产投资): up more than 6%", ("fixed_asset_investment", "target", "2024", "growth"), (6, "at_least")),
    ("城镇新增就业: 6万人 or more", ("urban_new_jobs", "target", "2024", "level"), (6, "at_least")),
])
def test_english_qualifier(line, key, want):
    fs = facts("Main targets for 2024 | 2024年主要预期目标\n" + line + "\n", **_CITY)
    assert val(fs, key) == want


@pytest.mark.parametrize("line, key, want", [
    # no English qualifier: the figure as written
    ("GDP growth: 5.5% (地区生产总值增长5.5%)", ("gdp", "target", "2024", "growth"), (5.5, "eq")),
    ("Forest coverage: stable at 62.1% 森林覆盖率稳定在62.1%", ("forest_coverage", "target", "2024", "share"), (62.1, "eq")),
    ("居民消费价格涨幅: 3% (target)", ("cpi", "target", "2024", "growth"), (3, "eq")),
    # an English word inside a longer one is none ("moreover", "hover")
    ("居民消费价格涨幅: moreover 3%", ("cpi", "target", "2024", "growth"), (3, "eq")),
    ("居民消费价格涨幅: 3% organised", ("cpi", "target", "2024", "growth"), (3, "eq")),
    # a Chinese qualifier still decides
    ("GDP growth 地区生产总值增长5.5%左右", ("gdp", "target", "2024", "growth"), (5.5, "about")),
])
def test_english_qualifier_lookalikes(line, key, want):
    fs = facts("Main targets for 2024 | 2024年主要预期目标\n" + line + "\n", **_CITY)
    assert val(fs, key) == want


# ---- an English gloss in brackets after the Chinese words ----

def test_english_gloss_in_brackets_is_read_through():
    text = ("二、2024年工作安排\n今年将实施重大项目（major projects）1000个以上，新建5G基站（5G base stations）3000个，"
            "改造城镇老旧小区（old residential communities）120个。\n")
    d = _read(text, **_CITY)
    assert _pledged(d) == {("重大项目", 1000, "个"), ("5G基站", 3000, "个"), ("城镇老旧小区", 120, "个")}
    p = next(p for p in d.pledges if p.value == 120)
    assert p.quote == "改造城镇老旧小区（old residential communities）120个"


def test_english_gloss_before_a_bound():
    fs = facts("今年主要预期目标是：城镇调查失业率（surveyed urban unemployment rate）控制在5.5%以内。\n", **_CITY)
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


@pytest.mark.parametrize("text, key, want", [
    # an abbreviation of one word is no gloss dropped; a figure inside the bracket keeps it
    ("今年主要预期目标是：居民消费价格（CPI）涨幅3%左右。\n", ("cpi", "target", "2024", "growth"), (3, "about")),
    ("今年主要预期目标是：细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内。\n", ("pm25", "target", "2024", "level"), (30, "at_most")),
])
def test_english_gloss_lookalikes(text, key, want):
    assert val(facts(text, **_CITY), key) == want


# ---- a 数读 page: each figure before its caption ----

_FIRST_ABOVE = ("数读报告\n\n【2023年成绩单】\n\n520.3亿元\n地区生产总值，增长5.9%\n\n150个\n实施重点项目\n\n"
                "【2024年目标】\n\n6%左右\n地区生产总值预期增长\n\n2.1万人以上\n城镇新增就业\n\n"
                "【2024年要干的事】\n\n80个\n实施重点项目\n\n3万亩\n新建高标准农田\n\n1200个以上\n新增停车位\n")


def test_figure_above_its_caption_pledges_the_tasks():
    d = _read(_FIRST_ABOVE, report_year=2024, region="长沙县", level="county")
    # the review's item ("150个\n实施重点项目" under 成绩单) and the targets pledge nothing
    assert _pledged(d) == {("重点项目", 80, "个"), ("高标准农田", 3, "万亩"), ("停车位", 1200, "个")}
    p = next(p for p in d.pledges if p.value == 1200)
    assert (p.action, p.qualifier, p.period, p.quote) == ("新增", "at_least", "2024", "1200个以上\n新增停车位")
    fs = _keys(d)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (2.1, "at_least")


def test_figure_above_a_caption_that_looks_back_pledges_nothing():
    text = "【2024年要干的事】\n\n80个\n去年实施重点项目\n\n3万亩\n新建高标准农田\n\n1200个\n新增停车位\n"
    d = _read(text, report_year=2024, region="长沙县", level="county")
    assert ("重点项目", 80, "个") not in _pledged(d) and ("去年实施重点项目", 80, "个") not in _pledged(d)
    assert ("高标准农田", 3, "万亩") in _pledged(d)


_FIRST_SAME_LINE = ("数读报告\n\n◆2023年 成绩\n\n520.3亿元{g}地区生产总值{g}增长5.9%\n9.8%{g}规上工业增加值增长\n\n"
                    "◆2024年 目标\n\n6%左右{g}地区生产总值预期增长\n2.1万人以上{g}城镇新增就业\n8%{g}固定资产投资增长\n\n"
                    "◆2024年 要干的事\n\n80个{g}实施重点项目\n3万亩{g}新建高标准农田\n1200个{g}新增停车位\n")


@pytest.mark.parametrize("gap", ["  ", "\t", "\u3000", " ", "丨"])
def test_figure_then_caption_on_one_line(gap):
    d = _read(_FIRST_SAME_LINE.format(g=gap), report_year=2024, region="长沙县", level="county")
    fs = _keys(d)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (520.3, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.9, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (9.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (2.1, "at_least")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert _pledged(d) == {("重点项目", 80, "个"), ("高标准农田", 3, "万亩"), ("停车位", 1200, "个")}
    assert {p.action for p in d.pledges} == {"实施", "新建", "新增"}


@pytest.mark.parametrize("text, key, want", [
    # one line opening with a figure and a space is prose, no page of such items
    ("2023年，全县经济稳中有进。\n12个 重点项目已建成投产，地区生产总值增长6.1%。\n",
     ("gdp", "actual", "2023", "growth"), (6.1, "eq")),
    # a year and a space is a title, no figure
    ("2024年 目标\n2024年 任务\n今年地区生产总值增长6%左右。\n", ("gdp", "target", "2024", "growth"), (6, "about")),
])
def test_figure_then_caption_lookalikes(text, key, want):
    assert val(facts(text, report_year=2024, region="长沙县", level="county"), key) == want


# ---- a transcript: the speaker's label before a sentence a year opens ----

@pytest.mark.parametrize("label", ["解说：", "主持人：", "主持人乙：", "【解说】", "同期声（市统计局局长 李明）：", "记者："])
def test_speaker_label_before_a_year_opening_the_sentence(label):
    text = ("主持人：我们先来看一组数据。\n\n" + label + "2023年，赣州地区生产总值达到4606.2亿元，增长4.9%；规模以上工业增加值"
            "增长7.1%；社会消费品零售总额增长6.0%。\n\n解说：报告提出，今年全市主要预期目标是：地区生产总值增长6%左右；"
            "规模以上工业增加值增长7.5%左右；社会消费品零售总额增长6.5%。\n")
    fs = facts(text, report_year=2024, region="赣州市", level="prefecture")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (6.0, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7.5, "about")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6.5, "eq")


def test_a_list_s_colon_after_a_label_still_leads():
    # the list's own colon after the label: an item's cue dates only its item
    text = "主持人：今年主要预期目标：地区生产总值增长6%左右；2023年增长4.9%；规模以上工业增加值增长7.5%。\n"
    fs = facts(text, report_year=2024, region="赣州市", level="prefecture")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


def test_a_lead_that_is_no_label_keeps_its_colon():
    # "今年主要预期目标：" is a list's lead, not a speaker: a cue of an earlier item is not a later item's
    text = "今年主要预期目标：地区生产总值增长6%左右，“十五五”末达到1.2万亿元；规模以上工业增加值增长7%。\n"
    fs = facts(text, report_year=2026, region="赣州市", level="prefecture")
    assert val(fs, ("industrial_va", "target", "2026", "growth")) == (7, "eq")


# ---- a place other than the region saying what it will do ----

@pytest.mark.parametrize("said", [
    "市人大代表、江油市某镇党委书记陈刚介绍，江油今年将新建高标准农田3万亩。",
    "江油市提出今年新建高标准农田3万亩。",
    "分组审议时，郑州市提出今年新建高标准农田3万亩。",
])
def test_a_place_saying_what_it_will_do_pledges_nothing_for_the_region(said):
    text = "据了解，今年全市将新建5G基站3000个。\n" + said + "\n"
    d = _read(text, report_year=2023, region="绵阳市", level="prefecture")
    assert _pledged(d) == {("5G基站", 3000, "个")}


@pytest.mark.parametrize("said", [
    "绵阳今年将新建高标准农田3万亩。",
    "绵阳市提出今年新建高标准农田3万亩。",
    "城区今年将新建高标准农田3万亩。",  # (a word, though a district of Shanxi is named so)
    "市里今年将新建高标准农田3万亩。",
])
def test_the_region_itself_saying_it_still_pledges(said):
    d = _read(said + "\n", report_year=2023, region="绵阳市", level="prefecture")
    assert _pledged(d) == {("高标准农田", 3, "万亩")}


# ---- an English page's "percent" ----

@pytest.mark.parametrize("line, want", [
    ("Nanning aims for GDP growth of around 5.5 percent in 2024.", (5.5, "about")),
    ("Target for 2024: GDP growth of about 6 per cent", (6, "about")),
    ("Main targets for 2024 | 2024年主要预期目标\nGDP growth: 5 percent", (5, "eq")),
])
def test_percent_written_in_english(line, want):
    fs = facts(line + "\n", **_CITY)
    assert val(fs, ("gdp", "target", "2024", "growth")) == want


@pytest.mark.parametrize("line", ["GDP growth ranked among the top 10 percentiles of the province.",
                                  "GDP growth: 5 percentage points higher"])
def test_percent_lookalikes(line):
    # "percentile", "percentage points": no % figure
    fs = facts(line + "\n", **_CITY)
    assert ("gdp", "target", "2024", "growth") not in fs


# ---- a 数读 page's figure with a rise's arrow after it ----

def test_figure_line_with_an_arrow_after_it():
    text = ("【数读】\n\n【2023年成绩】\n\n5.2%↑\n地区生产总值增长\n\n6.8%↑\n一般公共预算收入增长\n\n【2024年目标】\n\n"
            "6%左右\n地区生产总值预期增长\n\n3%左右\n居民消费价格涨幅\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")


# ---- readers' comments and suggestions under a page ----

@pytest.mark.parametrize("head", ["网友评论（36）", "热门评论", "精选留言", "全部评论 128条"])
def test_readers_comments_are_no_report_s(head):
    text = ("报告提出，今年将新增高新技术企业300家。\n\n" + head + "\n阿伟在昆山  2小时前\n希望今年新建停车位5000个，"
            "城区停车太难了\n@老陈：今年要新建5G基站2000个，期待！\n")
    d = _read(text, report_year=2024, region="昆山市", level="county")
    assert _pledged(d) == {("高新技术企业", 300, "家")}


def test_a_comment_heading_inside_a_line_is_no_comments_block():
    # "网友评论" inside a sentence: the page goes on
    text = "报告提出，今年将新增高新技术企业300家。\n针对网友评论较多的停车难问题，今年将新建停车位5000个。\n"
    d = _read(text, report_year=2024, region="昆山市", level="county")
    assert ("停车位", 5000, "个") in _pledged(d)


@pytest.mark.parametrize("said", ["市政协委员李娟建议，今年新建口袋公园50个。", "代表们希望今年新建口袋公园50个。",
                                  "有委员呼吁，今年新建口袋公园50个。"])
def test_a_suggestion_is_no_pledge(said):
    d = _read("报告提出，今年将新增高新技术企业300家。\n" + said + "\n", report_year=2024, region="昆山市", level="county")
    assert _pledged(d) == {("高新技术企业", 300, "家")}


def test_suggestion_lookalike_a_project_named_hope():
    d = _read("报告提出，今年将新建希望小学3所。\n", report_year=2024, region="昆山市", level="county")
    assert ("希望小学", 3, "所") in _pledged(d)


def test_suggestion_lookalike_in_a_report_s_tasks_part():
    # in a report's own tasks part, a proposal's word before its figure still pledges (not a news page's reader)
    text = "二、2024年工作安排\n（一）扩大有效投资。根据代表建议，今年新建口袋公园50个。\n"
    d = _read(text, report_year=2024, region="昆山市", level="county")
    assert ("口袋公园", 50, "个") in _pledged(d)


# ---- last year's target after this year's, its name left out ----

@pytest.mark.parametrize("said, last_target, last_actual", [
    ("今年全市地区生产总值预期增长6%，去年这一目标是6.5%，实际增长5.1%。", (6.5, "eq"), (5.1, "eq")),
    ("今年全市地区生产总值预期增长6%，去年的目标为6.5%左右，实际增长5.1%。", (6.5, "about"), (5.1, "eq")),
    ("今年全市地区生产总值预期增长6%，上年目标为增长7%。", (7, "eq"), None),
])
def test_last_year_s_target_named_before_its_figure(said, last_target, last_actual):
    fs = facts(said + "\n", **_CITY)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == last_target
    if last_actual:
        assert val(fs, ("gdp", "actual", "2023", "growth")) == last_actual


@pytest.mark.parametrize("said", [
    "今年全市地区生产总值预期增长6%，去年目标任务全面完成。",
    "今年全市地区生产总值预期增长6%，去年这一指标为5.2%。",  # (the indicator's figure, not its target: not read so)
])
def test_last_year_s_target_lookalikes(said):
    fs = facts(said + "\n", **_CITY)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert ("gdp", "target", "2023", "growth") not in fs


# ---- a bilingual page's English headings ----

def test_english_headings_of_the_review_and_the_targets():
    text = ("2023 in review\nGDP (地区生产总值): up 4.1%\nRetail sales (社会消费品零售总额): up 3.2%\n\n"
            "Main targets for 2024\nGDP (地区生产总值): around 5.5%\nRetail sales (社会消费品零售总额): up 6%\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.1, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (3.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6, "eq")


def test_english_heading_lookalike_a_preview():
    # "preview", "reviewed by": no review of results
    text = "A preview of the session\nMain targets for 2024\nGDP (地区生产总值): around 5.5%\n"
    fs = facts(text, **_CITY)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert ("gdp", "actual", "2023", "growth") not in fs


# ---- a bare 增长目标 named as set (decision 12's reading, after a time or a region) ----

@pytest.mark.parametrize("said, key, want", [
    ("去年设定的增长目标为6.5%左右，全年实际增长4.3%。", ("gdp", "target", "2023", "growth"), (6.5, "about")),
    ("去年设定的增长目标为6.5%左右，全年实际增长4.3%。", ("gdp", "actual", "2023", "growth"), (4.3, "eq")),
    ("去年，洛阳市设定的增长目标为6.5%左右，全年实际增长4.3%。今年的增长目标为6%左右。", ("gdp", "target", "2023", "growth"), (6.5, "about")),
    ("报告提出的增长目标为6%左右。", ("gdp", "target", "2024", "growth"), (6, "about")),
])
def test_a_growth_target_named_as_set(said, key, want):
    fs = facts(said + "\n", report_year=2024, region="洛阳市", level="prefecture")
    assert val(fs, key) == want


@pytest.mark.parametrize("said", ["今年工业设定的增长目标为8%。", "去年，全省设定的增长目标为6.5%左右。",
                                  "投资的增长目标为8%。"])
def test_a_growth_target_named_as_set_lookalikes(said):
    fs = facts(said + "\n", report_year=2024, region="洛阳市", level="prefecture")
    assert not any(k[0] == "gdp" for k in fs)


# ---- a news sentence stating a target, then a task in a clause of its own ----

@pytest.mark.parametrize("said", ["县长表示，2024年，全县地区生产总值预期增长6.5%，今年我们将新建高标准农田3万亩。",
                                  "县长说，今年全县地区生产总值预期增长6.5%，还将新建高标准农田3万亩。"])
def test_task_clause_after_a_target_in_a_news_sentence(said):
    d = _read("主持人：各位观众晚上好。\n" + said + "\n", report_year=2024, region="平江县", level="county")
    assert _pledged(d) == {("高标准农田", 3, "万亩")}
    assert val(_keys(d), ("gdp", "target", "2024", "growth")) == (6.5, "eq")


@pytest.mark.parametrize("said", [
    "报告提出，今年地区生产总值预期增长6.5%，将新增城镇就业1.2万人。",  # (an indicator's figure: the target restated)
    "县长表示，今年地区生产总值预期增长6.5%，将确保完成目标任务。",
])
def test_task_clause_after_a_target_lookalikes(said):
    d = _read(said + "\n", report_year=2024, region="平江县", level="county")
    assert _pledged(d) == set()


@pytest.mark.parametrize("text", ["5 年 来，全县经济持续向好。\n3 年 内  建成一批项目。\n",
                                  "3月  重点工作\n12月  工作总结\n", "2023 年  工作回顾\n2024 年  工作安排\n"])
def test_dates_and_spaced_glyphs_open_no_figure_line(text):
    from planwatch.normalize import figure_heads
    assert figure_heads(text) == {}


# ---- a change written in English ----

def test_english_change_words():
    text = ("2023 in review | 2023年回顾\nCPI (居民消费价格): down 0.3%\n"
            "Energy consumption per unit of GDP (单位生产总值能耗): down 2.5%\n"
            "General public budget revenue (一般公共预算收入): up 5.8%\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (-0.3, "eq")
    assert val(fs, ("energy_intensity", "actual", "2023", "growth")) == (-2.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.8, "eq")


def test_english_change_lookalikes():
    # "downtown", "breakdown": no fall; a Chinese word still decides
    text = ("2023 in review | 2023年回顾\n居民消费价格 (downtown) 上涨0.3%\n一般公共预算收入 breakdown: 增长5.8%\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.8, "eq")
