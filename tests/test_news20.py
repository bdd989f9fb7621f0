"""News pages restating a report, fourth round (branch news20): an infographic's zero-padded part numbers
("01 数说2023", "02 2024年主要预期目标"), the State Council's plan and budget reports presented by its bodies
("受国务院委托，国家发展改革委…"), their short names on a news page ("计划报告", "预算报告"), a past year's targets quoted
as a list ("为2024年定下了“…”等一系列目标"), the report's own words quoted after 报告提出 ("报告提出，“实施…”"), and a
result's completion ratio ("完成年度计划的117%"), which plans nothing; with the look-alikes where a rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts, keys_of, pledged, read, val  # tests/factkeys.py

# ---- an infographic's zero-padded part numbers open its parts ----

_INFO = ("一图读懂｜2024年嘉兴市政府工作报告\n嘉兴发布　2024-02-21\n\n"
         "2月20日，嘉兴市第九届人民代表大会第四次会议开幕，市长李军作政府工作报告。一起来看↓↓↓\n\n"
         "{n1}数说2023\n\n▶地区生产总值\n7062.45亿元　增长6.3%\n\n▶一般公共预算收入\n620.6亿元　增长7.1%\n\n"
         "▶规模以上工业增加值增长7.9%\n\n▶城乡居民人均可支配收入分别增长4.6%、6.4%\n\n"
         "{n2}2024年主要预期目标\n\n●地区生产总值增长6%左右\n●一般公共预算收入与经济增长基本同步\n●城镇新增就业10万人\n"
         "●城镇调查失业率控制在5%以内\n\n{n3}2024年重点工作\n\n★城乡建设\n改造城镇老旧小区68个\n新建城市公园15个\n")


@pytest.mark.parametrize("nums", [("01 ", "02 ", "03 "), ("01｜", "02｜", "03｜"), ("01", "02", "03"), ("01、", "02、", "03、"),
                                  ("PART 01 ", "PART 02 ", "PART 03 "), ("Part.01 ", "Part.02 ", "Part.03 ")])
def test_zero_padded_parts_of_an_infographic(nums):
    d = read(_INFO.format(n1=nums[0], n2=nums[1], n3=nums[2]))
    fs = keys_of(d)
    # the part titled by last year's number holds its results, not the year's targets
    assert val(fs, ("gdp", "actual", "2023", "level")) == (7062.45, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.9, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (6.4, "eq")
    assert ("industrial_va", "target", "2024", "growth") not in fs
    # the targets' part gives the year's targets, and no pledges
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5, "at_most")
    assert fs[("general_budget_revenue", "target", "2024", "growth")].qualifier == "qualitative"
    objs = {o for o, _, _ in pledged(d)}
    assert {"城镇老旧小区", "城市公园"} <= objs
    assert not any("生产总值" in o or "就业" in o or "失业" in o for o in objs)
    assert not any(v in (6.3, 7.9, 402) for _, v, _ in pledged(d))


def test_a_zero_padded_line_of_figures_is_no_part_title():
    # look-alike: a numbered line holding figures is an item, its figure read as before
    text = ("2023年工作回顾\n01 全市地区生产总值7062.45亿元，增长6.3%\n02 一般公共预算收入620.6亿元，增长7.1%\n")
    fs = facts(text, report_year=2024, region="嘉兴市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (620.6, "eq")


def test_a_date_cut_before_its_month_is_no_part_number():
    # look-alike: "02-20" and "02月" opening a line are a date's, joined to the line above as before
    d = read("一图读懂2024年嘉兴市政府工作报告\n发布时间：2024-\n02-20\n地区生产总值增长6%左右。\n")
    assert d.meta.report_year == 2024
    assert val(keys_of(d), ("gdp", "target", "2024", "growth")) == (6, "about")


# ---- the State Council's plan and budget reports, presented by its bodies ----

_NDRC = ("国家发展改革委举行新闻发布会 解读{t}\n2024-03-06　来源：国家发展改革委网站\n\n"
         "刘苏社：受国务院委托，{body}3月5日向十四届全国人大二次会议提交了{r}。报告提出，今年国内生产总值增长5%左右，"
         "城镇新增就业1200万人以上。\n")


@pytest.mark.parametrize("t,body,r,dt", [
    ("2024年国民经济和社会发展计划报告", "国家发展改革委", "计划报告", "plan_report"),
    ("计划报告", "国家发展改革委", "计划报告", "plan_report"),
    ("预算报告", "财政部", "预算报告", "budget_report"),
])
def test_a_report_presented_for_the_state_council_is_national(t, body, r, dt):
    d = read(_NDRC.format(t=t, body=body, r=r))
    assert (d.meta.region, d.meta.level, d.meta.doc_type, d.meta.report_year) == ("中华人民共和国", "national", dt, 2024)
    assert val(keys_of(d), ("urban_new_jobs", "target", "2024", "level")) == (1200, "at_least")


def test_a_local_body_charged_by_the_state_council_is_no_national_report():
    # look-alike: a city's body doing a task the State Council gave it; the city's report stays the city's
    d = read("郑州日报讯 1月10日，郑州市十六届人大三次会议开幕，听取和审议政府工作报告，审查计划报告和预算报告。"
             "报告提到，市发展改革委受国务院委托开展试点，全市地区生产总值增长6%。\n")
    assert (d.meta.region, d.meta.doc_type) == ("郑州市", "government_work_report")


def test_a_province_s_plan_report_by_its_short_name():
    d = read("湖北省发展改革委举行新闻发布会解读2024年计划报告\n1月25日，省发展改革委举行新闻发布会。受省人民政府委托，"
             "省发展改革委向省十四届人大二次会议提交了计划报告。报告提出，今年全省地区生产总值增长6%左右。\n")
    assert (d.meta.region, d.meta.doc_type, d.meta.report_year) == ("湖北省", "plan_report", 2024)


# ---- a past year's targets quoted as a list, set before it ----

@pytest.mark.parametrize("lead", ["一年前，市政府工作报告为2024年的绵阳定下了", "2024年，市政府工作报告提出了", "2024年初，我市确定了"])
def test_a_past_year_s_quoted_targets_are_its_targets(lead):
    text = (f"{lead}“地区生产总值增长7%左右”等一系列目标。一年过去，这些目标完成得如何？\n\n"
            "去年，我市地区生产总值达到4250.6亿元，增长6.2%。\n")
    fs = facts(text, report_year=2025, region="绵阳市", level="prefecture")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6.2, "eq")


def test_a_past_year_s_results_listed_as_indicators_stay_results():
    # look-alikes: results named as indicators or as targets met, no words setting them before
    for s in ("2024年，全市实现地区生产总值增长6.2%、城镇新增就业6.3万人等主要指标好于预期。\n",
              "2024年，全市地区生产总值增长6.2%等主要目标顺利实现。\n"):
        fs = facts(s, report_year=2025, region="绵阳市", level="prefecture")
        assert val(fs, ("gdp", "actual", "2024", "growth")) == (6.2, "eq")
        assert ("gdp", "target", "2024", "growth") not in fs


# ---- the report's words quoted on a news page ----

_QUOTED = ("江西省政府工作报告：今年全省生产总值预期增长5%左右\n本报南昌1月14日讯 江西省第十四届人民代表大会第四次会议开幕。"
           "省长叶建春作政府工作报告。\n\n在扩大有效需求方面，{q}新开工城市更新项目500个。\n")


def test_the_report_s_quoted_words_pledge():
    d = read(_QUOTED.format(q="报告提出，“实施省大中型项目3000个以上，改造城镇老旧小区1200个”，"))
    assert {("省大中型项目", 3000, "个"), ("城镇老旧小区", 1200, "个"), ("城市更新项目", 500, "个")} <= pledged(d)


@pytest.mark.parametrize("q", [
    "省人大代表王丽萍表示，“我们县今年将实施项目300个，改造城镇老旧小区1200个”，",  # a person's words
    "报告提出，实施“3000个项目攻坚”行动，",  # a name in quotes
    "报告提出，“百县千镇万村高质量发展工程”加快推进，",  # a name after the telling verb, no clause inside
])
def test_quotes_that_are_no_report_passage_pledge_nothing(q):
    d = read(_QUOTED.format(q=q))
    assert not any(v in (300, 1200, 3000) for _, v, _ in pledged(d))
    assert ("城市更新项目", 500, "个") in pledged(d)


# ---- a result's completion ratio plans nothing ----

_RATIO = ("解读2023年青岛市政府工作报告\n1月11日，青岛市十七届人大二次会议开幕。报告提出，今年全市生产总值增长6%左右。\n\n"
          "回看2022年，青岛经济顶住了压力。报告显示，去年全市生产总值达到14920.75亿元，增长3.9%；{s}\n")


def test_a_completion_ratio_is_no_plan_cue():
    d = read(_RATIO.format(s="城镇新增就业35.2万人，完成年度计划的117%。"))
    assert not any(v == 35.2 for _, v, _ in pledged(d))
    assert val(keys_of(d), ("urban_new_jobs", "actual", "2022", "level")) == (35.2, "eq")


def test_a_plan_for_the_year_still_pledges():
    # look-alike: the year's plan, not a result's completion of it
    d = read(_RATIO.format(s="今年计划新增城镇就业35万人，全年计划改造老旧小区300个。"))
    assert ("老旧小区", 300, "个") in pledged(d)


# ---- an explainer's numbered heading opened by a bar or a mark ----

_BARS = ("数读2020年洛阳市政府工作报告\n5月7日，洛阳市十五届人大五次会议开幕。市长作政府工作报告。\n\n"
         "{m}关键词四：收\n一般公共预算收入增长4%左右。2019年，全市一般公共预算收入完成312.5亿元，增长6.1%。\n\n"
         "{m}关键词五：绿\nPM2.5平均浓度控制在56微克/立方米以下，空气质量优良天数比例达到60%以上。\n")


@pytest.mark.parametrize("mark", ["▍", "■", "◆ ", ""])
def test_a_marked_explainer_heading_stops_the_year_before(mark):
    fs = facts(_BARS.format(m=mark), report_year=2020, region="洛阳市", level="prefecture")
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (312.5, "eq")
    assert val(fs, ("pm25", "target", "2020", "level")) == (56, "at_most")
    assert val(fs, ("good_air_days", "target", "2020", "share")) == (60, "at_least")
    assert ("pm25", "actual", "2019", "level") not in fs


def test_without_a_heading_the_year_before_still_dates():
    # look-alike: the same figures under no heading go on in 2019's time, as before
    text = "2019年，全市一般公共预算收入完成312.5亿元，增长6.1%，PM2.5平均浓度降至56微克/立方米。\n"
    fs = facts(text, report_year=2020, region="洛阳市", level="prefecture")
    assert val(fs, ("pm25", "actual", "2019", "level")) == (56, "eq")


# ---- last year's target and result of the name before, its name left out ----

_LEFT_OUT = "数读2020年洛阳市政府工作报告\n5月7日，洛阳市十五届人大五次会议开幕。\n\n报告提出，今年全市地区生产总值增长目标为6.5%左右。{s}\n"


@pytest.mark.parametrize("s,key,want", [
    ("这一目标比去年的7.5%左右下调了1个百分点。", ("gdp", "target", "2019", "growth"), (7.5, "about")),
    ("记者对比发现，该目标较去年的7.5%左右有所下调。", ("gdp", "target", "2019", "growth"), (7.5, "about")),
    ("去年这一指标的实际完成情况为增长7.1%。", ("gdp", "actual", "2019", "growth"), (7.1, "eq")),
    ("这一指标去年的完成情况为7.1%。", ("gdp", "actual", "2019", "growth"), (7.1, "eq")),
])
def test_last_year_s_figures_of_the_name_before(s, key, want):
    fs = facts(_LEFT_OUT.format(s=s), report_year=2020, region="洛阳市", level="prefecture")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6.5, "about")
    assert val(fs, key) == want


@pytest.mark.parametrize("s", ["这一目标比去年的实际增速低0.6个百分点。", "这一目标比去年的目标下调了1个百分点。"])
def test_a_target_compared_with_no_figure_of_last_year_gives_none(s):
    # look-alikes: the comparison names no figure of last year's: no fact for 2019 (decision 14)
    fs = facts(_LEFT_OUT.format(s=s), report_year=2020, region="洛阳市", level="prefecture")
    assert not any(k[2] == "2019" for k in fs)


# ---- a press conference's spoken part title on the year's targets ----

_PRESS = ("四川省政府新闻办举行2025年省政府工作报告新闻发布会\n发布时间：2025-01-22\n\n"
          "1月22日下午，四川省政府新闻办举行新闻发布会，解读2025年省政府工作报告。\n\n王川红：{p}\n")


@pytest.mark.parametrize("title", ["关于2025年主要预期目标。", "关于今年的主要预期目标：", "关于全省经济社会发展主要预期目标。"])
def test_a_spoken_title_on_the_targets_lists_no_pledges(title):
    d = read(_PRESS.format(p=title + "报告提出，地区生产总值增长5.5%左右；城镇新增就业80万人以上；粮食产量稳定在720亿斤以上。"))
    fs = keys_of(d)
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (80, "at_least")
    assert val(fs, ("grain_output", "target", "2025", "level")) == (720, "at_least")
    assert not any(v in (80, 720) for _, v, _ in pledged(d))


@pytest.mark.parametrize("p", ["关于2025年重点工作。报告提出，新增公办幼儿园学位3万个，新开工重大项目350个以上。",
                               "关于如何实现今年的预期目标，今年全省将新增公办幼儿园学位3万个，新开工重大项目350个以上。"])
def test_a_spoken_title_on_the_work_still_pledges(p):
    d = read(_PRESS.format(p=p))
    assert {("公办幼儿园学位", 3, "万个"), ("重大项目", 350, "个")} <= pledged(d)


# ---- "当年实际增长": the result of the year just named, after its target ----

@pytest.mark.parametrize("s", ["2019年，全区地区生产总值增长目标为7%左右，当年实际增长6%。",
                               "2019年广西确定的地区生产总值增长目标为7%左右，当年实际增长6%。"])
def test_that_year_s_result_after_its_target(s):
    fs = facts("报告提出，2021年广西地区生产总值预期增长7.5%以上。\n\n" + s + "\n", report_year=2021, region="广西壮族自治区", level="province")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6, "eq")


def test_that_year_s_other_figure_is_its_own():
    # look-alike: 当年 before another name's figure gives that name's result, not the target's
    fs = facts("2019年，全区地区生产总值增长6%，当年实际利用外资增长5%。\n", report_year=2021, region="广西壮族自治区", level="province")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6, "eq")
    assert val(fs, ("fdi", "actual", "2019", "growth")) == (5, "eq")
