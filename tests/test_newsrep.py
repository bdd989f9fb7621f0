"""News articles, briefings and interviews that restate a report (branch newsrep).

Each test is a shape met in the wild: a city paper's article on one of its counties with the paper
named at the top and again at the foot, a lead to the year's tasks that first names the targets back
("围绕上述目标，…"), an interview's question on the year's work; and the look-alikes where a rule
must not fire."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.normalize import normalize
from factkeys import read as _read


def _pledged(d) -> set:
    return {(p.value, p.unit) for p in d.pledges}


# ---- a city paper named at the top and at the foot is one source, not two votes for the city ----

@pytest.mark.parametrize("text, region", [
    ("株洲日报讯（记者 谭琦）1月6日，攸县第十七届人民代表大会第一次会议开幕。今年，全县地区生产总值预期增长7.5%。\n\n"
     "2022-01-07 株洲日报\n", "攸县"),
    ("株洲日报讯（记者 谭琦 通讯员 刘芳）1月6日，炎陵县第十七届人民代表大会第一次会议开幕。报告显示，去年全县地区生产总值增长8.1%。"
     "今年，炎陵地区生产总值预期增长7.5%，固定资产投资增长10%。\n\n2022-01-07 株洲日报\n", "炎陵县"),
    ("朝阳日报讯（记者 王丹）1月10日，双塔区第十届人民代表大会第二次会议开幕。报告提出，今年全区地区生产总值增长6%。\n\n"
     "2023-01-11 朝阳日报\n", "双塔区"),
    ("南昌日报讯（记者 王丹）1月10日，进贤县第十七届人民代表大会第二次会议开幕。报告提出，今年全县地区生产总值增长6%。\n\n"
     "来源：南昌日报 2023-01-11\n", "进贤县"),
])
def test_city_paper_at_top_and_foot_reporting_a_county(text, region):
    d = _read(text)
    assert (d.meta.region, d.meta.level) == (region, "county")
    assert any(f.indicator == "gdp" for f in d.facts)


@pytest.mark.parametrize("text, region, level", [
    # the county's own media at the top and at the foot: still the county
    ("来源：长沙县融媒体中心\n\n1月10日，长沙县第十七届人民代表大会第二次会议开幕。报告提出，今年全县地区生产总值增长6%。\n\n"
     "来源：长沙县融媒体中心 2023-01-11\n", "长沙县", "county"),
    # the city's own session in its own paper, named twice: the city
    ("株洲日报讯（记者 谭琦）1月8日，株洲市第十六届人民代表大会第一次会议开幕。报告提出，今年全市地区生产总值增长6.5%左右。\n\n"
     "2022-01-09 株洲日报\n", "株洲市", "prefecture"),
    ("长沙晚报讯（记者 王丹）1月10日，宁乡市第二届人民代表大会第二次会议开幕。报告提出，今年全市地区生产总值增长6%。\n\n"
     "2023-01-11 长沙晚报\n", "宁乡市", "county"),
])
def test_outlet_named_twice_lookalikes(text, region, level):
    d = _read(text)
    assert (d.meta.region, d.meta.level) == (region, level)


# ---- a lead to the year's tasks that first names the targets back, in a clause of purpose ----

_TOP = "本报讯（记者 何平）1月15日，镇雄县第十八届人民代表大会第二次会议开幕。报告提出，今年全县地区生产总值增长6%。\n\n"
_FOOT = "\n\n2022-01-16 昭通日报\n"


@pytest.mark.parametrize("para, pledged", [
    ("围绕上述目标，报告明确今年重点抓好七个方面工作。在产业发展上，新引进亿元以上项目60个，新增规模以上工业企业40家；"
     "在城市建设上，改造老旧小区32个，新建城市停车位3000个。", {(60, "个"), (40, "家"), (32, "个"), (3000, "个")}),
    ("为实现上述目标，报告提出今年将重点做好六个方面工作。其中，新建高标准农田5万亩，改造农村公路300公里。",
     {(5, "万亩"), (300, "公里")}),
    ("为完成全年目标任务，政府工作报告明确了今年的八项重点工作。在项目建设上，实施重点项目150个；在城乡建设上，改造农村危房2000户。",
     {(150, "个"), (2000, "户")}),
    ("为确保目标实现，今年全县将重点实施“六大攻坚行动”：新开工亿元以上项目100个，新增规模以上工业企业80家；"
     "改造城镇老旧小区120个，新建城市停车泊位8000个。", {(100, "个"), (80, "家"), (120, "个"), (8000, "个")}),
    ("为确保完成全年目标，今年全县将实施五大工程：新建高标准农田3万亩；新建改扩建学校50所。", {(3, "万亩"), (50, "所")}),
])
def test_purpose_clause_before_a_task_lead(para, pledged):
    d = _read(_TOP + para + _FOOT)
    assert _pledged(d) == pledged


@pytest.mark.parametrize("para", [
    # the lead turns back to the past year, or the sentences after it count results
    "围绕上述目标，报告回顾了过去一年的主要工作。在项目建设上，实施重点项目150个；在城乡建设上，改造农村危房2000户。",
    "围绕上述目标，报告明确今年重点抓好七个方面工作。据统计，去年全县实施重点项目150个，改造农村危房2000户。",
    "为确保目标实现，报告回顾了过去一年的工作：新建高标准农田3万亩；新建改扩建学校50所。",
    # a target list after the clause of purpose is still a target list
    "为确保目标实现，今年全县主要预期目标是：地区生产总值增长7%，新增城镇就业1.2万人，城镇调查失业率5.5%以内。",
])
def test_purpose_clause_lookalikes_pledge_nothing(para):
    assert _pledged(_read(_TOP + para + _FOOT)) == set()


def test_purpose_clause_target_list_keeps_its_facts():
    d = _read(_TOP + "为确保目标实现，今年全县主要预期目标是：固定资产投资增长7%，新增城镇就业1.2万人，城镇调查失业率5.5%以内。" + _FOOT)
    keys = {(f.indicator, f.role, f.period) for f in d.facts}
    assert {("fixed_asset_investment", "target", "2022"), ("urban_new_jobs", "target", "2022")} <= keys


# ---- an interview's question on the year's work: the answer restates the tasks ----

def test_interview_question_on_the_year_s_work():
    text = ("铜仁日报 2019-02-22\n\n记者：过去一年，思南取得了哪些成绩？\n\n田茂林：去年全县地区生产总值增长10.3%，新建学校5所。\n\n"
            "记者：为实现这些目标，今年将重点抓好哪些工作？\n\n田茂林：一是加快乡村振兴，新建高标准农田1.5万亩，新增茶园2万亩；"
            "二是推进新型工业化，新增规模以上工业企业10家；三是提升城镇功能，新建城市停车位1200个。\n")
    assert _pledged(_read(text)) == {(1.5, "万亩"), (2, "万亩"), (10, "家"), (1200, "个")}


def test_briefing_question_by_the_year_s_number_then_a_question_on_the_past():
    text = ("问：2020年，沿河县将重点推进哪些工作？\n\n答：一是实施农业产业项目20个；二是完成易地扶贫搬迁3000户。\n\n"
            "问：去年这方面做了什么？\n\n答：全县实施农业产业项目18个，完成易地扶贫搬迁2800户。\n\n来源：沿河县融媒体中心 2020-03-02\n")
    assert _pledged(_read(text)) == {(20, "个"), (3000, "户")}


@pytest.mark.parametrize("text", [
    # a question on the targets: its answer is the target list, no task
    "记者：今年的预期目标是多少？\n\n县长：地区生产总值增长10%，固定资产投资增长12%，新增城镇就业3500人。\n\n铜仁日报 2019-02-22\n",
    # a question on last year's work, then one on what was learnt
    "记者：去年重点抓了哪些工作？\n\n县长：全年新建学校5所，改造农村公路100公里。\n\n记者：这些工作有哪些体会？\n\n"
    "县长：新建学校8所是群众最满意的事。\n\n来源：平利发布 2022-01-08\n",
    # a question on the past year's results
    "记者：过去一年，思南取得了哪些成绩？\n\n田茂林：去年全县新建高标准农田1.2万亩，新增茶园1.5万亩，新增规模以上工业企业8家。\n\n"
    "铜仁日报 2019-02-22\n",
])
def test_interview_lookalikes_pledge_nothing(text):
    assert _pledged(_read(text)) == set()


def test_a_new_question_ends_the_answers_run():
    text = ("问：今年全区将重点抓好哪些工作？\n\n答：一是新建改扩建学校6所；二是新建改造农村公路200公里。\n\n问：去年有哪些亮点？\n\n"
            "答：全区新建学校5所，改造农村公路100公里，新增城镇就业2600人。\n\n来源：黄陂发布 2022-01-08\n")
    assert _pledged(_read(text)) == {(6, "所"), (200, "公里")}


# ---- an infographic (一图读懂) whose value line opens with a bound under the indicator's name ----

_INFO = "一图读懂｜2022年临夏州政府工作报告\n\n2022年主要预期目标\n地区生产总值\n增长8%\n{}\n\n2022-01-19 发布\n"


@pytest.mark.parametrize("item, key, value", [
    ("城镇调查失业率\n控制在5.5%以内", ("urban_unemployment_rate", "target", "2022", "share"), (5.5, "at_most")),
    ("居民消费价格涨幅\n控制在3%左右", ("cpi", "target", "2022", "growth"), (3, "about")),
    ("粮食产量\n稳定在100亿斤以上", ("grain_output", "target", "2022", "level"), (100, "at_least")),
])
def test_infographic_bound_under_the_name(item, key, value):
    d = _read(_INFO.format(item))
    got = {(f.indicator, f.role, f.period, f.measure): (f.value, f.qualifier) for f in d.facts}
    assert got.get(key) == value
    assert got.get(("gdp", "target", "2022", "growth")) == (8, "eq")


def test_infographic_bound_under_a_title_stays_apart():
    # a line that names no indicator is a title: the bound under it is no figure of it
    d = _read(_INFO.format("政府债务风险\n控制在合理区间\n城镇调查失业率\n5.5%以内"))
    got = {(f.indicator, f.measure): (f.value, f.qualifier, f.quote) for f in d.facts}
    assert got[("urban_unemployment_rate", "share")] == (5.5, "at_most", "城镇调查失业率\n5.5%以内")


# ---- a region above named with a time between it and the indicator, in a county's news ----

_JZ = "六安日报讯（记者 王丽）1月10日，金寨县第十七届人民代表大会第四次会议开幕。{}\n\n2024-01-11 六安日报\n"


def _gdp(d, role="target", period="2024", measure="growth"):
    return next(((f.value, f.qualifier) for f in d.facts if (f.indicator, f.role, f.period, f.measure) == ("gdp", role, period, measure)), None)


@pytest.mark.parametrize("body, want", [
    ("全国今年经济增长预期目标为5%左右，全省为6%左右。报告提出，今年全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。", (6.5, "about")),
    ("全国今年经济增长预期目标为5%左右。", None),
    ("全省今年地区生产总值预期增长6%左右。", None),
    ("全省2024年地区生产总值预期增长6%左右。", None),
    ("六安市今年地区生产总值预期增长6%左右。报告提出，今年全县地区生产总值增长6.5%左右。", (6.5, "about")),
    ("六安今年地区生产总值预期增长6%左右。", None),
])
def test_region_above_with_a_time_between(body, want):
    assert _gdp(_read(_JZ.format(body))) == want


def test_region_above_last_year_with_a_time_between():
    d = _read(_JZ.format("全国去年国内生产总值增长5.2%，全县去年地区生产总值增长6.1%。"))
    assert _gdp(d, "actual", "2023") == (6.1, "eq")


@pytest.mark.parametrize("text, want", [
    # the report's own region with a time between: its own
    (_JZ.format("全县今年地区生产总值预期增长6%左右。"), (6, "about")),
    (_JZ.format("金寨今年地区生产总值预期增长6%左右。"), (6, "about")),
    (_JZ.format("金寨县今年地区生产总值预期增长6%左右。"), (6, "about")),
    # a province's own 全省, the country's figure beside it
    ("新华社杭州1月14日电 浙江省十四届人大二次会议14日开幕。报告提出，全省今年地区生产总值增长5.5%左右，全国今年经济增长预期目标为5%左右。"
     "\n\n2024-01-14\n", (5.5, "about")),
    # a county-level city's own 全市
    ("株洲日报讯 1月5日，醴陵市第十八届人民代表大会第二次会议开幕。报告提出，全市今年地区生产总值增长6.5%左右。\n\n2024-01-06\n", (6.5, "about")),
])
def test_region_above_with_a_time_lookalikes(text, want):
    assert _gdp(_read(text)) == want


# ---- reported speech: this year's target, then last year's figure with its name left out ----

_LL = "株洲日报讯（记者 刘芳）1月5日，醴陵市第十八届人民代表大会第二次会议开幕。{}\n\n2023-01-06\n"


def _keys(d) -> dict:
    return {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}


@pytest.mark.parametrize("body", [
    "报告提出，今年全市地区生产总值增长7%，去年完成6.8%；固定资产投资增长10%，去年为8.1%。",
    "报告提出，今年全市地区生产总值增长7%，去年增长6.8%，固定资产投资增长10%。",
    "报告提出，今年全市地区生产总值增长7%，上年为6.8%；固定资产投资增长10%。",
])
def test_elliptic_last_year_clause_dates_only_itself(body):
    k = _keys(_read(_LL.format(body)))
    assert k.get(("gdp", "target", "2023", "growth")) == 7
    assert k.get(("fixed_asset_investment", "target", "2023", "growth")) == 10
    assert ("fixed_asset_investment", "actual", "2022", "growth") not in k


@pytest.mark.parametrize("body, fai", [
    # last year's clause that names its indicator: that indicator is last year's
    ("今年全市地区生产总值增长7%，去年全市固定资产投资增长8.1%。", ("actual", "2022", 8.1)),
    ("报告提出，今年全市地区生产总值增长7%；去年固定资产投资增长8.1%，社会消费品零售总额增长5%。", ("actual", "2022", 8.1)),
    ("今年全市地区生产总值增长7%，去年为6.8%，固定资产投资去年增长8.1%。", ("actual", "2022", 8.1)),
    # a review with no target before: every figure last year's
    ("报告显示，去年全市地区生产总值增长6.8%；固定资产投资增长10%。", ("actual", "2022", 10)),
])
def test_elliptic_last_year_lookalikes(body, fai):
    k = _keys(_read(_LL.format(body)))
    assert k.get(("fixed_asset_investment", fai[0], fai[1], "growth")) == fai[2]


# ---- a speaker's look ahead, then a sentence that opens on 全年: the speaker's year goes on ----

_ZX = "本报讯 1月8日，镇雄县第十八届人民代表大会第二次会议开幕。\n\n{}\n\n2022-01-09 昭通日报\n"


def test_whole_year_after_a_speaker_looking_ahead():
    text = ("新华社西宁1月26日电 26日，青海省十三届人大二次会议在西宁开幕。\n\n“今年是决胜全面建成小康社会的关键之年。”刘宁表示，"
            "青海将坚持生态保护优先，推动高质量发展。全年完成营造林300万亩，新建改建农村公路5000公里，实施农牧民危旧房改造2万户，"
            "新增城镇就业6万人以上。\n\nhttp://www.qh.xinhuanet.com/2019-01/26/c_1124047568.htm\n")
    assert _pledged(_read(text)) == {(300, "万亩"), (5000, "公里"), (2, "万户"), (6, "万人")}
    assert _pledged(_read(_ZX.format("县长表示，镇雄将坚持项目为王。全年新建高标准农田50万亩，新建改扩建学校20所。"))) == {(50, "万亩"), (20, "所")}


@pytest.mark.parametrize("para", [
    "报告回顾，过去一年镇雄坚持项目为王。全年新建高标准农田50万亩，新建改扩建学校20所。",  # a review's paragraph
    "县长说，镇雄生产总值达到365亿元，增长6.2%。全年新建高标准农田50万亩，新建改扩建学校20所。",  # nothing looks ahead
    "县长表示，2021年镇雄将项目建设作为头等大事来抓。全年新建高标准农田50万亩，新建改扩建学校20所。",  # a past year's plan
    "县长表示，镇雄将坚持项目为王。全年以来新建高标准农田50万亩。",  # the year so far
])
def test_whole_year_lookalikes_pledge_nothing(para):
    assert _pledged(_read(_ZX.format(para))) == set()


# ---- the base a target is set on: last year's figure ----

@pytest.mark.parametrize("body, actual, target", [
    ("报告提出，今年全市一般公共预算收入在去年46.5亿元的基础上增长6%。",
     ("general_budget_revenue", "level", 46.5), ("general_budget_revenue", "growth", 6)),
    ("报告提出，今年全市固定资产投资在去年120亿元的基础上增长10%。",
     ("fixed_asset_investment", "level", 120), ("fixed_asset_investment", "growth", 10)),
])
def test_base_of_a_target_is_last_year_s(body, actual, target):
    k = _keys(_read(_LL.format(body)))
    assert k.get((actual[0], "actual", "2022", actual[1])) == actual[2]
    assert k.get((target[0], "target", "2023", target[1])) == target[2]
    assert (actual[0], "target", "2023", actual[1]) not in k


def test_base_growth_is_not_this_year_s_target():
    k = _keys(_read(_LL.format("报告提出，今年全市地区生产总值在去年增长6.2%的基础上增长6.5%。")))
    assert k.get(("gdp", "actual", "2022", "growth")) == 6.2
    assert k.get(("gdp", "target", "2023", "growth")) != 6.2


@pytest.mark.parametrize("body, key, value", [
    # 在 before a year ahead, or the report's own year: not last year's
    ("全市地区生产总值在2025年突破1000亿元。", ("gdp", "goal", "2025", "level"), 1000),
    ("报告提出，今年全市地区生产总值在2023年达到900亿元。", ("gdp", "target", "2023", "level"), 900),
])
def test_base_lookalikes(body, key, value):
    assert _keys(_read(_LL.format(body))).get(key) == value


# ---- last year's level without its verb, then this year's with one: both kept ----

@pytest.mark.parametrize("body, iid", [
    ("去年全市地区生产总值820亿元，今年力争达到880亿元。", "gdp"),
    ("去年全市社会消费品零售总额820亿元，今年将达到880亿元。", "retail_sales"),
    ("报告称，去年全市实现地区生产总值820亿元、增长6%，今年力争达到880亿元、增长7%。", "gdp"),
])
def test_last_year_level_then_this_year_s(body, iid):
    k = _keys(_read(_LL.format(body)))
    assert k.get((iid, "actual", "2022", "level")) == 820
    assert k.get((iid, "target", "2023", "level")) == 880


@pytest.mark.parametrize("body, iid, value", [
    ("去年全市地区生产总值首次突破800亿元，达到820亿元。", "gdp", 820),  # a milestone, then the level stated
    ("去年全市固定资产投资计划500亿元，实际完成520亿元。", "fixed_asset_investment", 520),  # the plan, then the result
])
def test_last_year_levels_lookalikes(body, iid, value):
    assert _keys(_read(_LL.format(body))).get((iid, "actual", "2022", "level")) == value


# ---- a headline that ends with a figure stays apart from the news lead under it ----

@pytest.mark.parametrize("text, want", [
    ("今年遵义GDP目标增长6%\n\n遵义日报讯 2月16日，遵义市第七届人民代表大会第三次会议开幕。报告提出，今年全市地区生产总值增长6%左右，"
     "一般公共预算收入增长5%。\n\n2023-02-17\n", (6, "about")),
    ("柳州今年GDP增速目标定为5.5%\n\n本报讯 1月14日，柳州市第十五届人民代表大会第五次会议开幕。报告提出，今年全市地区生产总值增长5.5%左右。"
     "\n\n（2025年1月15日 《柳州晚报》）\n", (5.5, "about")),
    ("江津今年GDP预期增长7%\n华龙网-新重庆客户端 1月3日讯 （记者 刘钦）1月3日，重庆市江津区第十七届人民代表大会第五次会议开幕。"
     "今年全区地区生产总值增长7%左右。\n\n2020-01-03\n", (7, "about")),
])
def test_headline_figure_yields_to_the_body_s(text, want):
    d = _read(text)
    got = [(f.value, f.qualifier) for f in d.facts if (f.indicator, f.role, f.measure) == ("gdp", "target", "growth")]
    assert got == [want]
    assert "\n" in normalize(text).text[:40]


@pytest.mark.parametrize("line", ["合作社电商销售额增长12%", "农村电网改造完成投资3亿元", "广播电视台电视节目覆盖率100%"])
def test_news_lead_lookalikes_open_no_lead(line):
    # a column cut before words that hold 社, 网 or 台 and 电 is no news lead: the line still goes on
    text = "全县持续推进“互联网+”行动，农民专业合作社发展到1250家，带动农户3.2万户，\n" + line + "，有力促进了增收。\n"
    assert line[:4] in normalize(text).text.replace("\n", "")
    assert "\n" + line[:4] not in normalize(text).text


# ---- a WeChat page's list of other articles (往期推荐) under the copy: their titles' figures are not the report's ----

_WX = ("速览！2023年郫都区政府工作报告来了\n\n郫都发布 2023-01-06 08:30 发表于四川\n\n1月5日上午，成都市郫都区第二届人民代表大会第三次会议开幕。"
       "\n\n过去一年，全区实现地区生产总值685.3亿元，增长3.6%。\n\n今年全区地区生产总值增长6.5%左右，一般公共预算收入增长6%。\n\n{}\n\n"
       "来源：郫都发布\n编辑：张颖 审核：刘军\n阅读原文\n")


@pytest.mark.parametrize("head", ["往期推荐", "往期回顾", "精彩推荐", "相关报道", "热门文章"])
def test_wechat_related_list_is_dropped(head):
    d = _read(_WX.format(head + "\n\n2022年郫都区一般公共预算收入增长8%！\n\n郫都：去年地区生产总值突破600亿元"))
    k = _keys(d)
    assert ("general_budget_revenue", "actual", "2022", "growth") not in k
    assert k.get(("gdp", "actual", "2022", "level")) == 685.3 and k.get(("gdp", "target", "2023", "growth")) == 6.5


def test_wechat_related_list_lookalike_body_kept():
    # a sentence of the report after the block's last title (a full sentence, with its stop) is read
    d = _read(_WX.format("往期推荐\n\n郫都：去年地区生产总值突破600亿元\n\n报告显示，去年全区一般公共预算收入完成51.07亿元，增长5.3%。"))
    assert _keys(d).get(("general_budget_revenue", "actual", "2022", "level")) == 51.07


# ---- the province above by its full name in a lower region's news ----

@pytest.mark.parametrize("body", [
    "安徽省地区生产总值预期增长6%左右。报告提出，今年全县地区生产总值增长7%。",
    "安徽省今年地区生产总值预期增长6%左右。报告提出，今年全县地区生产总值增长7%。",
    "今年安徽省地区生产总值预期增长6%左右。报告提出，今年全县地区生产总值增长7%。",
])
def test_province_above_by_full_name(body):
    assert _gdp(_read(_JZ.format(body))) == (7, "eq")


@pytest.mark.parametrize("text, region, want", [
    # the province's own report naming itself in full
    ("新华社合肥1月23日电 安徽省十四届人大二次会议23日开幕。报告提出，安徽省今年地区生产总值增长6%左右。\n\n2024-01-23\n", "安徽省", (6, "about")),
    # a city's news: the province's figure is not the city's, the city's own is
    ("本报讯 1月8日，合肥市第十七届人民代表大会第四次会议开幕。报告提出，安徽省今年地区生产总值预期增长6%左右，合肥市今年地区生产总值增长6.5%。"
     "\n\n2024-01-09 合肥日报\n", "合肥市", (6.5, "eq")),
])
def test_province_by_full_name_lookalikes(text, region, want):
    d = _read(text)
    assert d.meta.region == region and _gdp(d) == want


@pytest.mark.parametrize("body, want", [
    # the city above speaking, a time after its verb
    ("六安市确定今年地区生产总值增长6%。报告提出，今年全县地区生产总值增长7%。", (7, "eq")),
    # (the county's own set after it, named by itself, is its own: decision 21's "全省…6.5%左右，金寨确定为7%", decision 102)
    ("报告提出，六安市确定今年地区生产总值增长6%，金寨确定为7%。", (7, "eq")),
    ("六安市提出2024年地区生产总值增长6%。", None),
    # the report's own region, the report, the county's government speaking: its own
    ("金寨县确定今年地区生产总值增长7%。", (7, "eq")),
    ("报告确定今年地区生产总值增长7%。", (7, "eq")),
    ("县政府确定今年地区生产总值增长7%。", (7, "eq")),
])
def test_region_speaking_with_a_time_after_its_verb(body, want):
    assert _gdp(_read(_JZ.format(body))) == want


# ---- the page's own foot after a list of other pages: its date is the page's ----

_QN = ("黔南州政府工作报告出炉！今年这样干\n\n黔南发布 今天 09:10\n\n1月18日，黔南布依族苗族自治州十四届人大五次会议开幕。\n\n"
       "【成绩单】去年全州地区生产总值1518.3亿元，增长8.4%。\n\n【目标】今年全州地区生产总值增长8%左右，固定资产投资增长8%。\n\n"
       "{task}\n\n往期推荐\n\n去年黔南地区生产总值增长9.1%！\n\n{items}\n\n{foot}\n")


@pytest.mark.parametrize("foot", ["来源：黔南发布 2020-01-18", "编辑：王丽 2020/01/18", "责任编辑：王丽\n来源：黔南发布 2020年1月18日"])
def test_own_foot_after_related_list_dates_the_page(foot):
    d = _read(_QN.format(task="", items="黔南：今年新增城镇就业5万人", foot=foot))
    assert d.meta.report_year == 2020
    k = _keys(d)
    assert k.get(("gdp", "target", "2020", "growth")) == 8 and k.get(("gdp", "actual", "2019", "level")) == 1518.3
    assert ("urban_new_jobs", "target", "2020", "level") not in k


def test_related_list_dates_are_not_the_page_s():
    # a date on a listed page's own line is that page's
    d = _read(_QN.format(task="", items="2021-03-05 黔南：今年新增城镇就业5万人", foot="阅读原文"))
    assert d.meta.report_year != 2021


def test_digest_label_before_a_clause_of_purpose():
    task = "【任务】为确保目标实现，今年全州将实施“六大攻坚”：新建高标准农田40万亩；新增规模以上工业企业80家；改造农村危房5000户。"
    d = _read(_QN.format(task=task, items="", foot="来源：黔南发布 2020-01-18"))
    assert _pledged(d) == {(40, "万亩"), (80, "家"), (5000, "户")}
    task = "【目标】为确保目标实现，今年全州主要预期目标是：新增城镇就业5万人；新增规模以上工业企业80家。"
    assert _pledged(_read(_QN.format(task=task, items="", foot="来源：黔南发布 2020-01-18"))) == set()


# ---- an infographic's dated title under a target item that ends with its bound ----

@pytest.mark.parametrize("item", ["城镇调查失业率\n控制在5.5%以内", "城镇调查失业率\n5.5%以内", "城镇调查失业率控制在5.5%以内"])
def test_dated_title_under_a_bounded_item_stays_a_title(item):
    text = ("一图读懂｜2021年石嘴山市政府工作报告\n\n2021年主要预期目标\n地区生产总值\n增长7%左右\n" + item +
            "\n\n2021年重点任务\n● 新建高标准农田6万亩\n● 新增城镇就业1.1万人\n\n来源：石嘴山发布 2021-01-26\n")
    assert "以内\n" in normalize(text).text
    d = _read(text)
    assert _pledged(d) == {(6, "万亩"), (1.1, "万人")}
    assert _keys(d).get(("urban_unemployment_rate", "target", "2021", "share")) == 5.5


def test_dated_title_lookalike_a_cut_sentence_goes_on():
    # a line cut by a column's width before a year that goes on the sentence (not a title: no title's last words)
    text = "报告提出，全县城镇调查失业率控制在5.5%以内，\n2021年全县将新建高标准农田6万亩。\n\n来源：2021-01-26\n"
    assert "以内，2021年" in normalize(text).text


# ---- self-review: look-alikes where the rules above must not fire ----

@pytest.mark.parametrize("text", [
    # a question on the year so far: results, no tasks
    "记者：今年以来做了哪些工作？\n\n县长：今年以来，全县新建学校5所，改造农村公路100公里。\n\n来源：平利发布 2022-06-08\n",
    "记者：今年前三季度完成了哪些重点工作？\n\n县长：新建学校5所，改造农村公路100公里。\n\n来源：平利发布 2022-10-08\n",
])
def test_question_on_the_year_so_far_pledges_nothing(text):
    assert _pledged(_read(text)) == set()


def test_elliptic_rule_not_for_same_period_last_year_nor_a_review():
    k = _keys(_read(_LL.format("报告提出，今年全市地区生产总值增长7%，上年同期增长6.5%；固定资产投资增长10%。")))
    assert k.get(("fixed_asset_investment", "target", "2023", "growth")) == 10
    k = _keys(_read(_LL.format("报告显示，去年全市地区生产总值增长6.8%，上年为7.1%；固定资产投资增长10%。")))
    assert k.get(("fixed_asset_investment", "actual", "2022", "growth")) == 10


def test_country_with_a_time_in_the_state_council_s_report_is_its_own():
    d = _read("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n\n今年发展主要预期目标是："
              "国内生产总值增长5%左右；城镇新增就业1200万人以上。全国今年粮食产量要保持在1.3万亿斤以上。\n")
    k = _keys(d)
    assert d.meta.level == "national" and k.get(("grain_output", "target", "2024", "level")) == 1.3
