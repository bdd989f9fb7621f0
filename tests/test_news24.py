"""Session 24 news24: news articles restating city and provincial work reports (2023–2026)."""
from __future__ import annotations

import pytest

import planwatch

WEIFANG = ("潍坊市十八届人大四次会议开幕 刘运作政府工作报告\n2024-01-16 11:35:20　来源：大众新闻\n"
           "大众新闻记者 孙晓 1月16日上午，潍坊市第十八届人民代表大会第四次会议在潍坊市会议中心开幕。市长刘运作政府工作报告。\n"
           "报告提出，今年全市经济社会发展主要预期目标是：生产总值增长6%左右，固定资产投资增长6%。\n")

GANZHOU = ("赣州：锚定目标 2023年经济增长7%左右\n\n新华社南昌2月8日电（记者 刘斌）7日，江西省赣州市第五届人民代表大会第三次会议开幕。"
           "赣州市市长李克坚在作政府工作报告时说，2022年赣州市实现生产总值4523.6亿元，增长4.8%。\n\n"
           "报告显示，2022年，赣州规模以上工业增加值增长7.5%；固定资产投资增长9.6%；{s}\n")


def _pledges(text):
    return {(p.object, p.value, p.unit) for p in planwatch.read_text(text, "x.txt").pledges}


def _facts(text):
    return {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier)
            for f in planwatch.read_text(text, "x.txt").facts}


# a news paragraph led by the report laying out its tasks with no year named: the items after it (also after 其中) pledge
@pytest.mark.parametrize("lead", [
    "围绕目标，报告部署了十个方面的重点任务。其中，",
    "报告部署了今年八个方面重点工作。其中，",
    "为实现上述目标，报告明确了九个方面的重点任务。其中，",
])
def test_report_deploys_tasks_lead(lead):
    ps = _pledges(WEIFANG + lead + "新建续建城镇老旧小区改造项目200个；新增城镇就业10万人以上；建设高标准农田40万亩。\n")
    assert ("城镇老旧小区改造项目", 200, "个") in ps
    assert ("高标准农田", 40, "万亩") in ps


@pytest.mark.parametrize("lead", [
    "报告回顾了过去一年的工作。其中，",  # a review
    "报告明确了今后五年的主要任务。其中，",  # a span's tasks
    "报告部署了过去一年的重点任务。其中，",  # a review's
])
def test_report_lead_lookalikes_pledge_nothing_new(lead):
    ps = _pledges(WEIFANG + lead + "新建续建城镇老旧小区改造项目200个；建设高标准农田40万亩。\n")
    assert ("高标准农田", 40, "万亩") not in ps


# the region's own name as the clause's subject before a name that must open its clause (出口)
@pytest.mark.parametrize("s", ["赣州去年出口增长21.3%，其中赣州综合保税区进出口增长46%。", "赣州出口增长21.3%。",
                               "赣州市出口增长21.3%。"])
def test_own_name_before_exports(s):
    assert _facts(GANZHOU.format(s=s)).get(("exports", "actual", "2022", "growth")) == (21.3, "eq")


@pytest.mark.parametrize("s", ["南昌出口增长21.3%。", "机电产品出口增长21.3%。", "对美出口增长21.3%。"])
def test_other_names_before_exports_stay_out(s):
    assert ("exports", "actual", "2022", "growth") not in _facts(GANZHOU.format(s=s))


# a headline dating a target the body does not restate in its words: the report's year
@pytest.mark.parametrize("head,year", [
    ("赣州：锚定目标 2023年经济增长7%左右", 2023),
    ("2024年湖州经济增长目标6%", 2024),
])
def test_headline_target_dates_the_report(head, year):
    text = GANZHOU.replace("赣州：锚定目标 2023年经济增长7%左右", head).format(s="去年出口增长21.3%。")
    assert planwatch.read_text(text, "x.txt").meta.report_year == year


@pytest.mark.parametrize("head", ["赣州：2022年经济增长4.8%", "赣州：到2025年经济年均增长7%以上", "2023年前三季度赣州经济增长5%以上"])
def test_headline_result_or_goal_dates_nothing(head):
    text = GANZHOU.replace("赣州：锚定目标 2023年经济增长7%左右", head).format(s="去年出口增长21.3%。")
    assert planwatch.read_text(text, "x.txt").meta.report_year is None


def test_a_news_leads_first_sentence_is_no_headline():
    text = ("1月21日，赣州市第五届人民代表大会第三次会议开幕，市长作政府工作报告，提出2022年经济增长7%左右。\n"
            "报告显示，去年出口增长21.3%。\n")
    assert planwatch.read_text(text, "x.txt").meta.report_year != 2022


SHANDONG = ("山东省政府工作报告：今年GDP增长目标5%以上\n齐鲁网·闪电新闻1月28日讯 今天上午，山东省第十四届人民代表大会第五次会议在济南开幕，"
            "省长周乃翔作政府工作报告。\n■2026年预期目标\n今年全省经济社会发展主要预期目标是：地区生产总值增长5%以上；"
            "固定资产投资增长4%。\n{s}\n")


# a region named the N-th to have passed a level, in the targets' part of a news page: a result, not this year's target
@pytest.mark.parametrize("s", ["山东是全国第三个经济总量迈上10万亿元台阶的省份。", "山东成为全国第三个经济总量突破10万亿元的省份。"])
def test_nth_region_to_pass_a_level_is_no_target(s):
    fs = _facts(SHANDONG.format(s=s))
    assert ("gdp", "target", "2026", "level") not in fs
    assert fs.get(("gdp", "target", "2026", "growth")) == (5, "at_least")


@pytest.mark.parametrize("s", ["力争成为全国第三个经济总量迈上10万亿元台阶的省份。", "今年全省经济总量迈上10万亿元台阶。"])
def test_aimed_milestone_stays_a_target(s):
    assert _facts(SHANDONG.format(s=s)).get(("gdp", "target", "2026", "level")) == (10, "at_least")


@pytest.mark.parametrize("lead,name", [
    ("赣州市市长李克坚在作政府工作报告时说，", "李克坚"),
    ("市长李克坚作政府工作报告。", "李克坚"),
    ("市长李克坚在大会上作政府工作报告。", "李克坚"),
])
def test_news_speaker_before_zai(lead, name):
    assert planwatch.read_text(lead + "2023年经济增长7%左右。\n", "x.txt").meta.speaker == name


TONGXIANG = ("桐乡市政府工作报告发布\n发布时间：2026-01-14 07:30　来源：嘉兴日报\n"
             "本报讯（记者 朱丽）1月13日，桐乡市第十七届人民代表大会第五次会议开幕，市长张世方作政府工作报告。\n"
             "【五年回眸】\n报告指出，2025年，全市一般公共预算收入106.5亿元，增长3.2%。\n"
             "{head}\n报告提出，今年主要预期目标为：地区生产总值增长6%左右。\n"
             "今年，桐乡将新引进亿元以上产业项目60个，改造提升农村公路40公里。\n")


# a news sub-head on the year ahead named by the plan's first year or by how the year's work is done ends the review
@pytest.mark.parametrize("head", ["【开局之年】", "【“十五五”开局】", "◆今年这样干"])
def test_ahead_subhead_ends_the_review(head):
    ps = _pledges(TONGXIANG.format(head=head))
    assert ("农村公路", 40, "公里") in ps


@pytest.mark.parametrize("head", ["【成绩单】", "【回眸开局之年】"])
def test_review_subheads_stay_review(head):
    ps = _pledges(TONGXIANG.format(head=head))
    assert ("农村公路", 40, "公里") not in ps


JIANGXI = ("江西省政府工作报告解读\n来源：江西日报　2024年01月25日\n1月24日，江西省第十四届人民代表大会第二次会议在南昌开幕。省长叶建春作政府工作报告。\n"
           "◆展望2024\n今年全省主要预期目标是：地区生产总值增长5%左右。\n{s}\n")


# a deputy's or a member's own words on a news page pledge nothing for the region, in whatever part they stand
@pytest.mark.parametrize("s", ["南昌市人大代表刘伟在分组审议时表示，南昌今年将力争新建口袋公园50个。",
                               "省政协委员王芳说，今年要新建口袋公园50个。"])
def test_deputy_words_pledge_nothing(s):
    assert not any(o == "口袋公园" or "公园" in o for o, _, _ in _pledges(JIANGXI.format(s=s)))


@pytest.mark.parametrize("s", ["报告明确，今年将新建口袋公园50个。", "省长叶建春代表省人民政府作报告时表示，今年将新建口袋公园50个。"])
def test_report_words_still_pledge(s):
    assert ("口袋公园", 50, "个") in _pledges(JIANGXI.format(s=s))


# "报告要求，" opens the report's own words on the year's work as "报告明确，" does: the items after 全年's run on
def test_report_requires_lead_runs_on():
    ps = _pledges(WEIFANG + "报告要求，全年新增城镇就业10万人；建设高标准农田40万亩；新建5G基站2000个。\n")
    assert {("高标准农田", 40, "万亩"), ("5G基站", 2000, "个")} <= ps


def test_deputy_requires_no_lead():
    ps = _pledges(WEIFANG + "市人大代表王明亮要求，全年建设高标准农田40万亩；新建5G基站2000个。\n")
    assert ("5G基站", 2000, "个") not in ps


def test_words_after_a_deputys_closed_quote_pledge_again():
    ps = _pledges(JIANGXI.format(s="省人大代表王丽萍表示，“我们县今年将新建口袋公园50个”，新开工城市更新项目500个。"))
    assert ("城市更新项目", 500, "个") in ps
    assert not any(v == 50 for _, v, _ in ps)
