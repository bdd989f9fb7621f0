"""News pages that restate a report's figures, in shapes the earlier news helpers did not meet (branch news13):
a live report's entries led by the clock time, a 数读 page whose items are "figure——words" lines, a news page's
sub-head of the year's targets, a financial outlet setting this year's targets against last year's, a government
site's infographic that names each item first; and the look-alikes where a rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts, keys_of, pledged, read, val  # tests/factkeys.py


_read, _keys, _pledged = read, keys_of, pledged  # (tests/factkeys.py)


# ---- a live report's entries, each led by the clock time of its post ----

_LIVE = ("{t}2022年，全省地区生产总值增长4.5%左右；城镇新增就业77.6万人。\n\n"
         "{t2}【今年目标】报告提出，今年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；固定资产投资增长8%；"
         "城镇新增就业70万人以上；居民消费价格涨幅3%左右。\n\n{t3}报告全文约2.1万字。\n")


@pytest.mark.parametrize("t, t2, t3", [
    ("09:18 ", "09:26 ", "10:32 "),
    ("【09:18】", "【09:26】", "【10:32】"),
    ("9:18　", "9:26　", "10:32　"),       # an ideographic space after the time
    ("09：18 ", "09：26 ", "10：32 "),      # a full-width colon
    ("", "09:26", ""),                      # the entry's words right after the time
])
def test_live_report_entries_led_by_the_time(t, t2, t3):
    fs = facts(_LIVE.format(t=t, t2=t2, t3=t3), report_year=2023, region="湖南省", level="province")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == (8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (70, "at_least")
    assert val(fs, ("cpi", "target", "2023", "growth")) == (3, "about")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (77.6, "eq")
    assert ("fixed_asset_investment", "actual", "2022", "growth") not in fs
    assert fs[("urban_new_jobs", "target", "2023", "level")].quote == "城镇新增就业70万人以上"


@pytest.mark.parametrize("line", [
    # a ratio or a time inside the words is no entry's time: the colon still leads its list
    "按1:1比例配套。今年主要预期目标：地区生产总值增长6%，固定资产投资增长8%。",
    "会议于9:00开幕。今年主要预期目标：地区生产总值增长6%，固定资产投资增长8%。",
])
def test_time_or_ratio_inside_a_line_lookalikes(line):
    fs = facts(line + "\n", report_year=2023, region="湖南省", level="province")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "growth")) == (8, "eq")


def test_a_time_inside_a_sentence_is_kept_in_the_quote():
    text = "一、2022年回顾\n2022年，全省地区生产总值增长4.5%。\n二、2023年目标\n10:00开幕的会议提出，地区生产总值增长6.5%左右。\n"
    d = _read(text, report_year=2023, region="湖南省", level="province")
    assert val(_keys_fs(d), ("gdp", "target", "2023", "growth")) == (6.5, "about")


def _keys_fs(d):
    return _keys(d)


# ---- a 数读 page: each item a line, its figure, a dash, then its words ----

_SHU = ("【数读今年目标】\n\n5.5%左右——地区生产总值增长5.5%左右\n5%——一般公共预算收入增长5%\n"
        "88万人以上——城镇新增就业88万人以上\n同步——居民人均可支配收入增长与经济增长同步\n3%左右——居民消费价格涨幅3%左右\n"
        "760亿斤以上——粮食产量稳定在760亿斤以上\n\n【数读重点任务】\n\n300万亩：今年将新建和改造提升高标准农田300万亩。\n"
        "2000个：开工改造城镇老旧小区2000个以上。\n")


def test_figure_dash_items_each_open_their_line():
    d = _read(_SHU, report_year=2024, region="河北省", level="province")
    fs = _keys(d)
    assert val(fs, ("disposable_income", "target", "2024", "growth")) == (None, "qualitative")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (88, "at_least")
    assert val(fs, ("grain_output", "target", "2024", "level")) == (760, "at_least")
    # the target list's items pledge nothing; the tasks' items do
    assert {(v, u) for _, v, u in _pledged(d)} == {(300, "万亩"), (2000, "个")}


@pytest.mark.parametrize("text, want", [
    # a range's other end cut onto the next line is no item: the lines join
    ("二、2023年主要预期目标\n\n全年地区生产总值预期增长\n6%——7%，固定资产投资增长8%。\n", (6, 7, "range")),
])
def test_range_after_a_dash_still_joins(text, want):
    fs = facts(text, report_year=2023, region="株洲市", level="prefecture")
    assert val(fs, ("gdp", "target", "2023", "growth")) == want


# ---- a news page's sub-head of the year's targets over its items ----

@pytest.mark.parametrize("head", ["◆今年目标", "【今年目标】", "【2023年目标】", "◆数读今年目标"])
def test_news_head_of_the_year_s_targets(head):
    text = (f"◆过去一年\n·5675.2亿元：2022年全市地区生产总值5675.2亿元，增长3.5%。\n\n{head}\n·7%左右：地区生产总值增长7%左右。\n"
            "·10%：固定资产投资增长10%。\n·7.8万人：城镇新增就业7.8万人以上。\n\n◆重点任务\n·新建高标准农田40万亩。\n·改造城镇老旧小区500个。\n")
    d = _read(text, report_year=2023, region="洛阳市", level="prefecture")
    fs = _keys(d)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (7.8, "at_least")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (5675.2, "eq")
    assert {(v, u) for _, v, u in _pledged(d)} == {(40, "万亩"), (500, "个")}


@pytest.mark.parametrize("head", ["◆今年目标任务", "◆今年重点任务", "【今年工作】"])
def test_news_head_of_tasks_lookalikes_pledge(head):
    # a head of the tasks (or of targets and tasks) over items that restate an indicator's figure: pledges
    text = f"{head}\n·全年固定资产投资完成190亿元以上。\n·新建高标准农田40万亩。\n"
    d = _read(text, report_year=2023, region="洛阳市", level="prefecture")
    assert (40, "万亩") in {(v, u) for _, v, u in _pledged(d)}
    assert (190, "亿元") in {(v, u) for _, v, u in _pledged(d)}


def test_line_naming_no_indicator_under_a_targets_head_still_pledges():
    text = "【今年目标】\n地区生产总值增长7%左右。\n今年将新建高标准农田40万亩。\n"
    d = _read(text, report_year=2023, region="洛阳市", level="prefecture")
    assert {(v, u) for _, v, u in _pledged(d)} == {(40, "万亩")}


# ---- this year's targets set against last year's (a financial outlet's comparison) ----

_CMP = ("浙江省十四届人大二次会议开幕。报告提出，2024年全省经济社会发展的主要预期目标为：地区生产总值增长5.5%左右；"
        "一般公共预算收入增长5%；城镇调查失业率控制在5%左右。\n\n{}\n")


@pytest.mark.parametrize("para, key, want", [
    ("对比来看，浙江去年设定的地区生产总值增长目标为5%以上，一般公共预算收入增长目标为5%左右。",
     ("general_budget_revenue", "target", "2023", "growth"), (5, "about")),
    ("对比来看，浙江去年设定的地区生产总值增长目标为5%以上，一般公共预算收入增长目标为5%左右。",
     ("gdp", "target", "2023", "growth"), (5, "at_least")),
    ("城镇调查失业率目标较去年的5.5%左右下调0.5个百分点。", ("urban_unemployment_rate", "target", "2023", "share"), (5.5, "about")),
    ("社会消费品零售总额增长目标较去年的9%下调1个百分点。", ("retail_sales", "target", "2023", "growth"), (9, "eq")),
])
def test_last_year_s_target_in_a_comparison(para, key, want):
    fs = facts(_CMP.format(para), report_year=2024, region="浙江省", level="province")
    assert val(fs, key) == want
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5, "about")
    assert not [k for k in fs if k[3] == "pp_change"], sorted(fs)


def test_target_equal_to_last_year_s_is_no_change_of_zero():
    fs = facts(_CMP.format("今年的一般公共预算收入增长目标与去年持平。"), report_year=2024, region="浙江省", level="province")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    text = "一、2023年回顾\n全省一般公共预算收入增长目标与去年持平，实际增长7%。\n"
    fs = facts(text, report_year=2024, region="浙江省", level="province")
    assert all(f.value != 0 for f in fs.values()), sorted(fs)


@pytest.mark.parametrize("text, key, want", [
    # a result set against last year's figure: no target, the change stays
    ("一、2023年回顾\n全省常住人口城镇化率达到60%，比上年的58.5%提高1.5个百分点。\n",
     ("urbanization_rate", "actual", "2023", "pp_change"), (1.5, "eq")),
    ("一、2023年回顾\n全省常住人口城镇化率提高1.2个百分点。\n", ("urbanization_rate", "actual", "2023", "pp_change"), (1.2, "eq")),
    # prices flat on last year: a change of 0
    ("一、2023年回顾\n全省居民消费价格与上年持平。\n", ("cpi", "actual", "2023", "growth"), (0, "eq")),
])
def test_comparison_lookalikes(text, key, want):
    fs = facts(text, report_year=2024, region="浙江省", level="province")
    assert val(fs, key) == want
    assert not [k for k in fs if k[1] == "target"], sorted(fs)


# ---- a government site's infographic (图解) that names each item first, the figure under it ----

_TUJIE = ("二、2023年主要预期目标\n\n地区生产总值\n增长6.5%左右\n\n居民人均可支配收入\n与经济增长基本同步\n\n"
          "城镇调查失业率\n5.5%以内\n\n三、2023年重点工作\n\n新增规模以上工业企业\n150家\n\n新建高标准农田\n18万亩\n\n"
          "改造城镇老旧小区\n120个\n\n新增城市停车位\n1.5万个\n")


def test_infographic_caption_first_items():
    d = _read(_TUJIE, report_year=2023, region="株洲市", level="prefecture")
    fs = _keys(d)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert val(fs, ("disposable_income", "target", "2023", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert _pledged(d) == {("规模以上工业企业", 150, "家"), ("高标准农田", 18, "万亩"), ("城镇老旧小区", 120, "个"),
                           ("城市停车位", 1.5, "万个")}
    p = next(p for p in d.pledges if p.value == 150)
    assert (p.action, p.quote) == ("新增", "新增规模以上工业企业\n150家")


def test_infographic_review_items_pledge_nothing():
    text = "一、2022年工作回顾\n\n新增规模以上工业企业\n120家\n\n新建改扩建中小学校\n43所\n\n改造城镇老旧小区\n96个\n"
    assert _pledged(_read(text, report_year=2023, region="株洲市", level="prefecture")) == set()


def test_figure_first_page_pairs_no_caption_with_the_figure_below():
    # a 数读 page that sets each figure above its caption: no caption takes the next item's figure
    text = "三、2023年重点工作\n\n150家\n新增规模以上工业企业\n\n18万亩\n新建高标准农田\n\n120个\n改造城镇老旧小区\n"
    d = _read(text, report_year=2023, region="株洲市", level="prefecture")
    assert ("规模以上工业企业", 18, "万亩") not in _pledged(d) and ("高标准农田", 120, "个") not in _pledged(d)


# ---- one object, one figure, two verbs in a sentence: two pledges ----

def test_same_object_and_figure_by_two_verbs_in_one_sentence():
    text = "二、2023年工作安排\n今年，全市签约项目200个、开工项目200个、投产项目150个。\n"
    d = _read(text, report_year=2023, region="洛阳市", level="prefecture")
    assert sorted((p.action, p.value) for p in d.pledges) == [("开工", 200), ("投产", 150), ("签约", 200)]


def test_same_pledge_restated_in_another_sentence_is_one():
    text = "二、2024年工作安排\n今年，全省新建高标准农田5万亩，改造老旧小区10个。\n全年建设高标准农田5万亩。\n"
    d = _read(text, report_year=2024, region="浙江省", level="province")
    assert sorted((p.object, p.value) for p in d.pledges) == [("老旧小区", 10), ("高标准农田", 5)]


# ---- a statistics bureau's half-year news: a breakdown of the half year's figure is no year's figure ----

_HALF = ("记者从市统计局获悉，今年上半年，全市经济运行稳中有进。\n\n上半年，全市实现地区生产总值1153.8亿元，同比增长6.1%。"
         "其中，第一产业增加值48.2亿元，增长3.5%；第二产业增加值602.6亿元，增长6.8%。\n\n"
         "1—6月，全市居民人均可支配收入28156元，同比增长5.6%。其中，城镇居民人均可支配收入35602元，增长4.8%。\n\n"
         "今年年初，市政府工作报告提出，全年地区生产总值增长7%左右，一般公共预算收入增长6.5%。\n")


def test_breakdown_of_a_half_year_s_figure():
    fs = facts(_HALF, report_year=2023, region="浏阳市", level="county")
    assert not [k for k in fs if k[0] in ("primary_industry_va", "secondary_industry_va", "urban_disposable_income")], sorted(fs)
    assert not [k for k in fs if k[0] == "gdp" and k[3] == "level"], sorted(fs)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "about")


def test_breakdown_of_a_year_s_figure_lookalike():
    text = ("一、2022年工作回顾\n2022年，全市实现地区生产总值2322.3亿元，增长4.1%。其中，第一产业增加值180.5亿元，增长3.5%。\n"
            "上半年，全市规模以上工业增加值增长5%。全年规模以上工业增加值增长7.2%。\n")
    fs = facts(text, report_year=2023, region="浏阳市", level="county")
    assert val(fs, ("primary_industry_va", "actual", "2022", "level")) == (180.5, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (7.2, "eq")


# ---- a page on the targets of many provinces: no region is the page's, none of their figures its own ----

_MANY = ("新华网北京2月20日电（记者 王希）随着地方两会陆续闭幕，31个省区市2023年经济增长目标全部公布。\n\n"
         "从经济大省看，广东提出今年全省地区生产总值增长5%以上，江苏提出增长5%以上，山东提出增长5%以上，河南提出增长6%左右。\n\n"
         "与去年相比，多数地方的目标有所下调。广东2022年地区生产总值增长1.9%，江苏2022年地区生产总值达到12.29万亿元。"
         "山东、河南2022年分别增长3.9%和3.1%。\n\n在投资方面，河南提出今年将实施省重点项目2000个以上；山东提出新开工项目1500个。\n")


def test_a_page_on_many_provinces_has_no_region_and_says_whose_its_figures_are_not():
    # never dropped silently: each figure is kept, at a low confidence, with a note naming the page's regions
    d = _read(_MANY)
    assert d.meta.region is None
    assert d.facts
    assert all(f.confidence <= 0.5 and "several regions" in (f.note or "") and "广东" in f.note for f in d.facts)
    # the regions the page names alike are the metadata's, not only words in a note
    assert {"广东省", "江苏省", "山东省", "河南省"} <= set(d.meta.several)


def test_a_province_s_page_names_no_several_regions():
    d = _read("新华社杭州1月23日电 浙江省十四届人大二次会议23日开幕。报告提出，今年全省地区生产总值增长5.5%左右。\n")
    assert d.meta.region == "浙江省" and d.meta.several == ()


def test_a_province_s_own_page_naming_others_keeps_its_region():
    text = ("新华社杭州1月23日电 浙江省十四届人大二次会议23日开幕。报告提出，今年全省地区生产总值增长5.5%左右。\n\n"
            "从经济大省看，广东提出增长5%左右，江苏提出增长5%以上，山东提出增长5%以上，河南提出增长5.5%左右。"
            "广东、江苏、山东、河南去年分别增长4.8%、5.8%、6%和4.1%。\n")
    d = _read(text)
    assert d.meta.region == "浙江省"
    assert val(_keys(d), ("gdp", "target", "2024", "growth")) == (5.5, "about")


# ---- a financial page's lead to the target list, its 目标 in a clause before the colon ----

def test_lead_from_this_year_s_targets_is_a_target_list():
    text = ("湖北省十四届人大二次会议开幕。报告提出，2024年湖北全省地区生产总值增长6%左右。\n\n从今年的目标看，报告提出：规模以上工业增加值增长7%左右；"
            "城镇新增就业70万人以上；粮食产量稳定在550亿斤以上。\n\n此外，报告提出，今年湖北将新开工亿元以上项目4000个以上。\n")
    d = _read(text, report_year=2024, region="湖北省", level="province")
    fs = _keys(d)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (70, "at_least")
    assert {(v, u) for _, v, u in _pledged(d)} == {(4000, "个")}


def test_work_for_this_year_s_targets_still_pledges():
    text = "二、2024年工作安排\n为完成今年的目标，全省将新增城镇就业70万人以上，新建高标准农田300万亩，改造城镇老旧小区2000个。\n"
    d = _read(text, report_year=2024, region="湖北省", level="province")
    assert {(300, "万亩"), (2000, "个")} <= {(v, u) for _, v, u in _pledged(d)}


@pytest.mark.parametrize("head", ["各地2023年经济增长目标出炉", "31个省区市2023年经济增长目标全部公布。"])
def test_headline_releasing_the_year_s_targets_names_the_report_year(head):
    text = (f"{head}\n\n记者梳理发现，多数地方目标有所下调。以广东为例，其2022年的目标为增长5.5%，实际增长1.9%。"
            "今年广东提出增长5%以上。\n")
    assert _read(text).meta.report_year == 2023


def test_a_release_of_results_names_no_target_year():
    text = "2022年统计公报发布\n\n2022年，全市地区生产总值增长4.1%。今年全市地区生产总值目标为增长6%。\n"
    assert _read(text).meta.report_year != 2022


# ---- a list of several years' targets, each later one by its year ("2022年为7%以上") ----

def test_targets_of_several_years_listed():
    text = ("安徽省十四届人大一次会议开幕。报告提出，2023年全省地区生产总值增长6.5%左右。\n\n"
            "梳理历年政府工作报告可以发现，安徽2021年的地区生产总值增长目标为8%以上，2022年为7%以上，2023年为6.5%左右。\n\n"
            "从实际完成情况看，2022年安徽地区生产总值达到45045亿元，增长3.5%。\n")
    fs = facts(text, report_year=2023, region="安徽省", level="province")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (8, "at_least")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "at_least")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3.5, "eq")
    assert ("gdp", "actual", "2021", "growth") not in fs


def test_results_of_several_years_lookalike():
    # results by year after a result, no 目标: not targets
    text = "一、过去五年回顾\n全省地区生产总值2021年为4.3万亿元，2022年为4.5万亿元。\n"
    fs = facts(text, report_year=2023, region="安徽省", level="province")
    assert not [k for k in fs if k[1] == "target"], sorted(fs)


# ---- a target list led by "主要预期目标还包括：" ----

def test_target_list_that_also_includes():
    text = ("报告提出，2023年全省地区生产总值增长6.5%左右。\n\n报告提出，今年安徽的主要预期目标还包括：一般公共预算收入增长6.5%左右；"
            "城镇新增就业65万人以上；粮食产量稳定在820亿斤以上。\n\n今年安徽将新建高标准农田500万亩。\n")
    d = _read(text, report_year=2023, region="安徽省", level="province")
    assert val(_keys(d), ("urban_new_jobs", "target", "2023", "level")) == (65, "at_least")
    assert {(v, u) for _, v, u in _pledged(d)} == {(500, "万亩")}


# ---- deputies discussing the report: a deputy speaks for the place he comes from ----

_DEP = ("1月15日，邵阳市第十七届人民代表大会第四次会议开幕。报告提出，今年全市地区生产总值增长6.5%左右。\n\n{}\n")


@pytest.mark.parametrize("said", [
    "来自新宁县的代表表示，新宁将依托崀山景区，今年接待游客突破1000万人次，旅游综合收入增长15%。",
    "来自新宁县的代表表示，今年将接待游客突破1000万人次，旅游综合收入增长15%。",
    "来自新宁县的全国人大代表说：“今年接待游客突破1000万人次，旅游综合收入增长15%。”",
])
def test_a_deputy_from_a_county_speaks_for_it(said):
    fs = facts(_DEP.format(said), report_year=2024, region="邵阳市", level="prefecture")
    assert not [k for k in fs if k[0] in ("tourist_visits", "tourism_revenue")], sorted(fs)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


@pytest.mark.parametrize("said", [
    # the deputy restating the report's own figure, its own word named
    "来自新宁县的代表表示，报告提出全市今年接待游客突破1000万人次。",
    # no deputy: the report's
    "报告提出，今年接待游客突破1000万人次。",
])
def test_a_deputy_restating_the_region_s_figure_lookalikes(said):
    fs = facts(_DEP.format(said), report_year=2024, region="邵阳市", level="prefecture")
    assert val(fs, ("tourist_visits", "target", "2024", "level")) == (1000, "at_least")


@pytest.mark.parametrize("said, pledged", [
    ("去年邵东地区生产总值增长6.2%，今年邵东将力争增长7%，新增规模以上工业企业60家。", {(60, "家")}),
    # (told by a deputy named by the bare title after 的, "来自邵东市的代表说", the words are the deputy's own, as after
    # 人大代表: none pledged; decision 492)
    ("来自邵东市的代表说，去年邵东地区生产总值增长6.2%，今年邵东将力争增长7%，新增规模以上工业企业60家。", set()),
    ("从经济大省看，江苏提出增长5%以上，河南提出增长6%左右。", set()),
    # a subject then its verb and object: the object is counted
    ("今年全市将新建高标准农田20万亩，全市力争新增规模以上工业企业100家。", {(20, "万亩"), (100, "家")}),
])
def test_a_subject_and_its_verb_before_a_rate_are_no_object(said, pledged):
    d = _read(_DEP.format(said), report_year=2024, region="邵阳市", level="prefecture")
    assert {(v, u) for _, v, u in _pledged(d)} == pledged


def test_this_year_s_target_then_last_year_s_figure_is_no_listed_target():
    text = "报告提出，今年全省地区生产总值增长目标为6%，2022年为4.5%。\n"
    fs = facts(text, report_year=2023, region="安徽省", level="province")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert ("gdp", "target", "2022", "growth") not in fs
