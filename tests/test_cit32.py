"""cit32: prefecture-city reports of the less-tested provinces, blind (decision 108)."""
import pytest

from factkeys import facts, keys_of, read, val


def _report(year: int, body: str, region: str = "某某市", level: str = "prefecture"):
    head = f"政府工作报告\n——{year}年1月8日在{region}人民代表大会第一次会议上\n"
    return facts(head + body + "\n", report_year=year, region=region, level=level)


# 1. an ended plan as the object of a verb of completion before it ("胜利完成“十三五”规划目标任务") in a review of the
# five years before a new term: a clause about the plan, not the span of the figures after it
@pytest.mark.parametrize("year,intro,span", [
    (2022, "五年来，全县上下圆满完成“十三五”规划各项任务，“十四五”开局良好。", "2017-2021"),
    (2022, "五年来，我们胜利完成了“十三五”规划，实现“十四五”良好开局。", "2017-2021"),
    (2017, "五年来，我们顺利完成“十二五”规划主要目标，“十三五”实现良好开局。", "2012-2016"),
    (2017, "五年来，“十二五”规划胜利完成，“十三五”开局良好。", "2012-2016"),
    (2022, "五年来，“十三五”发展目标胜利实现，“十四五”开局良好。", "2017-2021"),
    (2022, "五年来，“十三五”主要指标全面完成，“十四五”开局良好。", "2017-2021"),
    (2022, "五年来，我们奋力夺取“十三五”全面胜利。", "2017-2021"),
])
def test_plan_completed_before_its_name_does_not_date_the_review(year, intro, span):
    fs = _report(year, "一、过去五年工作回顾\n" + intro + "\n——经济实力稳步提升。全县地区生产总值年均增长6.3%，"
                 "一般公共预算收入年均增长5.1%；森林覆盖率由40.2%提高到43.6%。\n二、主要预期目标\n"
                 "地区生产总值增长6%左右。", level="county", region="某某县")
    assert val(fs, ("gdp", "actual", span, "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", span, "growth")) == (5.1, "eq")
    end = span[-4:]
    assert val(fs, ("forest_coverage", "actual", end, "share")) == (43.6, "eq")
    assert not any(k[1] == "actual" and k[2].endswith(("2015", "2020")) for k in fs)


# look-alikes: the plan named as the span of the figures (its own 时期, its victory with the figure after it in the same
# clause frame, or a completion clause in the plan's own year's review) still dates them
@pytest.mark.parametrize("year,body", [
    (2022, "过去五年，我们圆满完成“十三五”规划。“十三五”时期，全市地区生产总值年均增长7.2%。"),
    (2022, "五年来，成绩来之不易。“十三五”时期脱贫攻坚取得全面胜利，全市地区生产总值年均增长7.2%。"),
    (2021, "一年来，我们胜利完成“十三五”规划，全市地区生产总值年均增长7.2%。"),
])
def test_plan_still_dates_its_own_figures(year, body):
    fs = _report(year, "一、过去五年工作回顾\n" + body + f"\n二、{year}年工作安排\n地区生产总值增长6%左右。")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.2, "eq")


# look-alike: a target cue of this year's list after a completion verb in an earlier sentence still leads the list
@pytest.mark.parametrize("body", [
    "今年是“十三五”规划收官之年，要确保圆满完成“十三五”规划目标任务。今年主要目标是：地区生产总值增长6%左右，城镇新增就业2万人。",
    "全力以赴确保顺利完成全年目标任务。主要预期目标是：地区生产总值增长6%左右，城镇新增就业2万人。",
])
def test_completion_verb_leaves_this_years_list(body):
    fs = _report(2020, "一、2019年工作回顾\n全市地区生产总值增长6.8%。\n二、2020年工作安排\n" + body)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (2, "eq")


# 2. a city paper's lead that names the session's venue, a district of the city, in the sentence before the speaker's
# office ("…会议在七星关区开幕。市长李强作政府工作报告"): the office's own sentence names no region, the city's session stands
_BODY = "报告指出，2022年全市地区生产总值增长3.2%。报告提出，2023年全市地区生产总值增长6%左右。"


@pytest.mark.parametrize("lead,region", [
    ("本报讯（记者 王芳）1月10日，毕节市第四届人民代表大会第三次会议在七星关区开幕。市长李强作政府工作报告。", "毕节市"),
    ("本报讯 1月9日上午，汉中市第八届人民代表大会第四次会议在汉台区隆重开幕。代市长王伟代表市人民政府作政府工作报告。", "汉中市"),
    ("本报讯 1月12日，百色市第五届人民代表大会第三次会议在右江区开幕。市长周明作政府工作报告。", "百色市"),
    ("本报讯 1月10日，毕节市第四届人民代表大会第三次会议开幕。七星关区区长李强列席会议。市长张明作政府工作报告。", "毕节市"),
])
def test_venue_district_before_the_speaker_is_not_the_region(lead, region):
    d = read(lead + _BODY)
    assert (d.meta.region, d.meta.level) == (region, "prefecture")
    assert ("gdp", "actual", "2022", "growth") in keys_of(d)


# look-alike: a district's own session, its head in the next sentence, is still the district's
@pytest.mark.parametrize("lead,region", [
    ("本报讯 1月10日，七星关区第三届人民代表大会第三次会议在区会议中心开幕。区长李强作政府工作报告。", "七星关区"),
    ("本报讯 1月9日，汉台区第十九届人民代表大会第四次会议开幕。区长王伟作政府工作报告。", "汉台区"),
])
def test_district_session_stays_the_districts(lead, region):
    d = read(lead + _BODY.replace("全市", "全区"))
    assert (d.meta.region, d.meta.level) == (region, "county")


# 3. an office with no name before 向大会 ("州长向大会作政府工作报告"): no speaker, not "向大会"
@pytest.mark.parametrize("lead", [
    "本报讯 1月8日，黔西南州第十四届人民代表大会第四次会议开幕，州长向大会作政府工作报告。",
    "本报讯 1月8日，遵义市第五届人民代表大会第三次会议开幕，市长向大会作政府工作报告。",
])
def test_office_without_name_before_xiang_dahui(lead):
    assert read(lead + _BODY).meta.speaker is None
    assert read(lead.replace("长向", "长李明向") + _BODY).meta.speaker == "李明"
