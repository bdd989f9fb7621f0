"""Session 19 frontier16: reports of autonomous and frontier areas (旗, 盟, 自治州, 自治县, 新疆's 地区 and counties,
西藏 and 青海 counties), 2017-2026."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

FIVE = "一、“十四五”时期及2025年工作回顾\n2025年是“十四五”规划收官之年。全盟地区生产总值完成1468.2亿元，同比增长5.8%。\n"


# a plain change right before the span's average of the same figure is the last year's; the average is the span's
@pytest.mark.parametrize("sent,iid,year,span", [
    ("这五年，我们坚持向北开放。全盟外贸进出口总额达到518.6亿元，增长9.8%，五年年均增长15.3%。", "foreign_trade", 9.8, 15.3),
    ("五年来，全盟一般公共预算收入达到138.6亿元，增长3.2%，年均增长6.1%。", "general_budget_revenue", 3.2, 6.1),
    ("这五年，全盟社会消费品零售总额达到236.8亿元，增长4.9%，“十四五”时期年均增长6.6%。", "retail_sales", 4.9, 6.6),
])
def test_plain_change_before_the_spans_average_is_the_years(sent, iid, year, span):
    fs = facts(FIVE + sent + "\n", report_year=2026, region="锡林郭勒盟", level="prefecture")
    assert val(fs, (iid, "actual", "2025", "growth")) == (year, "eq")
    assert val(fs, (iid, "actual", "2021-2025", "growth")) == (span, "eq")


# look-alikes: a plain change with no average after it in a paragraph on the five years keeps the span's reading;
# an average alone is the span's
@pytest.mark.parametrize("sent,iid,value", [
    ("这五年，全盟社会消费品零售总额达到236.8亿元，增长4.9%。", "retail_sales", 4.9),
    ("五年来，全盟地区生产总值年均增长6.2%。", "gdp", 6.2),
])
def test_span_readings_without_an_average_after_stay(sent, iid, value):
    fs = facts(FIVE + sent + "\n", report_year=2026, region="锡林郭勒盟", level="prefecture")
    assert val(fs, (iid, "actual", "2021-2025", "growth")) == (value, "eq")


ONE = "一、2018年工作回顾\n"


# the domestic part of funds from outside named in brackets after 国内 (内蒙古's "国内（区外）", others' "国内（省外）")
@pytest.mark.parametrize("sent,level,growth", [
    ("引进国内（区外）到位资金完成62.5亿元，增长8.4%。", 62.5, 8.4),
    ("全旗实际到位国内（区外）资金62.5亿元，同比增长8.4%。", 62.5, 8.4),
    ("实际利用国内（省外）资金62.5亿元，增长8.4%。", 62.5, 8.4),
])
def test_domestic_funds_named_in_brackets(sent, level, growth):
    fs = facts(ONE + sent + "\n", report_year=2019, region="阿拉善左旗", level="county")
    assert val(fs, ("domestic_investment_inflow", "actual", "2018", "level")) == (level, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2018", "growth")) == (growth, "eq")


def test_domestic_visitors_in_brackets_are_no_funds():
    fs = facts(ONE + "全年接待国内（区外）游客486万人次，增长18.2%。\n", report_year=2019, region="阿拉善左旗", level="county")
    assert not any(k[0] == "domestic_investment_inflow" for k in fs)


XJ = "一、2022年工作回顾\n"


# a region of 新疆 counts the 兵团's divisions and farms apart: its figure without them is its own
@pytest.mark.parametrize("sent,iid,value", [
    ("全州（不含兵团）一般公共预算收入完成89.42亿元，增长7.2%。", "general_budget_revenue", 89.42),
    ("全县（不含兵团团场）社会消费品零售总额完成36.5亿元，下降3.2%。", "retail_sales", 36.5),
    ("全州地区生产总值（不含兵团）完成2800亿元，增长5.1%。", "gdp", 2800),
])
def test_figure_without_the_corps_is_the_regions(sent, iid, value):
    fs = facts(XJ + sent + "\n", report_year=2023, region="伊犁哈萨克自治州", level="prefecture")
    assert val(fs, (iid, "actual", "2022", "level")) == (value, "eq")


# look-alikes: the region less a part of its own is no headline figure; the 兵团's division's figures are not the region's
@pytest.mark.parametrize("sent,iid", [
    ("全县（不含开发区）固定资产投资增长5%。", "fixed_asset_investment"),
    ("第四师可克达拉市全年实现生产总值210亿元、增长6.5%。", "gdp"),
    ("兵团第四师六十二团社会消费品零售总额增长7.2%。", "retail_sales"),
])
def test_part_and_corps_figures_stay_apart(sent, iid):
    fs = facts(XJ + sent + "\n", report_year=2023, region="霍城县", level="county")
    assert (iid, "actual", "2022", "growth") not in fs and (iid, "actual", "2022", "level") not in fs


NEWS = ("阿坝州政府工作报告解读：今年GDP预期增长6.5%左右\n来源：阿坝日报  2023-01-13 08:30\n\n"
        "1月12日，阿坝藏族羌族自治州第十三届人民代表大会第二次会议在马尔康开幕。州长杨克宁代表州人民政府作政府工作报告。\n"
        "{review}"
        "报告显示，2022年，全州地区生产总值达到474.6亿元，同比增长3.1%；全州新建高标准农田12万亩。\n"
        "{ahead}"
        "报告提出，2023年全州经济社会发展的主要预期目标为：地区生产总值增长6.5%左右。\n"
        "记者注意到，报告把生态放在了突出位置。今年，{subj}将完成营造林15万亩、治理退化草原120万亩。同时，实施州级重点项目180个，"
        "城镇新增就业1万人以上。\n（记者 王晓）\n")


# a news page on a report: the region's own name written short saying what it will do is the region's plan; a sentence
# opening on 同时 after it goes on with it; a sub-head on what comes next ends the review's sub-head
@pytest.mark.parametrize("review,ahead,subj", [
    ("", "", "阿坝州"),
    ("【成绩单】\n", "【新目标】\n", "全州"),
    ("【成绩单】\n", "【新举措】\n", "阿坝州"),
])
def test_news_page_pledges_of_the_region(review, ahead, subj):
    d = read(NEWS.format(review=review, ahead=ahead, subj=subj))
    assert d.meta.region == "阿坝藏族羌族自治州"
    got = pledged(d)
    assert {("营造林", 15, "万亩"), ("退化草原", 120, "万亩"), ("州级重点项目", 180, "个")} <= got
    assert not any(o == "高标准农田" for o, v, u in got)  # (last year's, under 【成绩单】 or not)
    keys = {(f.indicator, f.role, f.period, f.measure) for f in d.facts}
    assert ("urban_new_jobs", "target", "2023", "level") in keys


# look-alikes: a division of the region saying what it will do pledges nothing for the region; a sentence opening on
# 同时 after one that looks back pledges nothing; a sub-head with no word on what comes next does not end 【成绩单】
@pytest.mark.parametrize("text", [
    NEWS.format(review="", ahead="", subj="汶川县").replace("。同时，实施州级重点项目180个，城镇新增就业1万人以上", ""),
    NEWS.format(review="", ahead="", subj="马尔康").replace("。同时，实施州级重点项目180个，城镇新增就业1万人以上", ""),
])
def test_a_division_speaking_pledges_nothing(text):
    got = pledged(read(text))
    assert not any(o in ("营造林", "退化草原") for o, v, u in got)


def test_same_time_after_a_look_back_pledges_nothing():
    text = NEWS.format(review="", ahead="", subj="全州").replace(
        "报告显示，2022年，全州地区生产总值达到474.6亿元，同比增长3.1%；全州新建高标准农田12万亩。\n",
        "报告显示，2022年，全州地区生产总值达到474.6亿元。同时，改造农村公路300公里。\n")
    assert not any(o == "农村公路" for o, v, u in pledged(read(text)))


def test_other_bracketed_words_do_not_end_the_review_subhead():
    text = NEWS.format(review="【成绩单】\n", ahead="【新气象】\n", subj="全州")
    assert not any(o == "高标准农田" for o, v, u in pledged(read(text)))


PLAN26 = "二、2026年工作安排\n"


# a clause the level above opens, set against the region's own in its sentence, is that level's: no pledge
@pytest.mark.parametrize("sent,region,level,above,own", [
    ("自治区确定全区新建高标准农田500万亩，我盟新建高标准农田15万亩。", "锡林郭勒盟", "prefecture", 500, 15),
    ("全省新建高标准农田300万亩，我县新建高标准农田3万亩。", "沭阳县", "county", 300, 3),
    ("全市新建高标准农田30万亩，全县新建高标准农田3万亩。", "沭阳县", "county", 30, 3),
    ("全州治理退化草原150万亩，我县治理退化草原15万亩。", "玛沁县", "county", 150, 15),
    ("全地区新建高标准农田60万亩，我县新建高标准农田6万亩。", "墨玉县", "county", 60, 6),
])
def test_the_level_aboves_figure_is_no_pledge(sent, region, level, above, own):
    got = pledged(read(PLAN26 + sent + "\n", report_year=2026, region=region, level=level))
    assert not any(v == above for o, v, u in got)
    assert any(v == own for o, v, u in got)


# look-alikes: the region's own kind (全州 in a 州's report, 全市 in a city's), a clause turning to the region before its
# figure, a grade named after the level (自治区级), and a sentence that never turns to the region keep their pledges
@pytest.mark.parametrize("sent,region,level,value", [
    ("全州治理退化草原150万亩，各县要落实任务。", "甘孜藏族自治州", "prefecture", 150),
    ("全地区新建高标准农田60万亩，我地区力争提前完成。", "和田地区", "prefecture", 60),
    ("全市新建高标准农田30万亩，我市力争全部建成。", "宿迁市", "prefecture", 30),
    ("省里下达我县新建高标准农田任务3万亩，全县新建学校6所。", "沭阳县", "county", 3),
    ("自治区级民族团结进步示范单位达到20个，我盟新建嘎查村卫生室80个。", "锡林郭勒盟", "prefecture", 20),
    ("全国示范性老年友好型社区新增3个。", "沭阳县", "county", 3),
])
def test_own_or_unopposed_figures_keep_their_pledges(sent, region, level, value):
    got = pledged(read(PLAN26 + sent + "\n", report_year=2026, region=region, level=level))
    assert any(v == value for o, v, u in got)


# border trade (边贸, 互市) is a part of the region's foreign trade, not its whole; the whole named after it stays
@pytest.mark.parametrize("sent", [
    "边贸进出口额突破15亿元。",
    "互市进出口额增长20%。",
])
def test_border_trade_is_no_foreign_trade(sent):
    fs = facts("二、2023年工作安排\n" + sent + "全县外贸进出口总额突破30亿元。\n", report_year=2023, region="霍城县", level="county")
    assert val(fs, ("foreign_trade", "target", "2023", "level")) == (30, "at_least")
    assert ("foreign_trade", "target", "2023", "growth") not in fs


# the autonomous region (全区) and the league (全盟) as the level a 旗's qualitative target is set against
@pytest.mark.parametrize("above", ["全区", "全盟"])
def test_qualitative_target_against_the_autonomous_region(above):
    text = (f"二、2023年工作安排\n全旗经济社会发展的主要预期目标是：地区生产总值增长6%；城乡居民人均可支配收入增长高于{above}平均水平；"
            f"一般公共预算收入增速高于{above}平均水平。\n")
    fs = facts(text, report_year=2023, region="阿拉善左旗", level="county")
    for iid in ("urban_disposable_income", "rural_disposable_income", "general_budget_revenue"):
        assert val(fs, (iid, "target", "2023", "growth")) == (None, "qualitative")


def test_a_result_above_the_autonomous_regions_average_is_no_target():
    fs = facts("一、2022年工作回顾\n全旗地区生产总值增长6.2%，增速高于全区平均水平1.2个百分点。\n",
               report_year=2023, region="阿拉善左旗", level="county")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (6.2, "eq")
    assert not any(k[1] == "target" for k in fs)


MOYU = "墨玉县人民政府工作报告\n——2020年1月8日在墨玉县第十七届人民代表大会第四次会议上\n一、2019年工作回顾\n"


# a place whose name holds 和 (和田, 和静, 呼和浩特) before a name: the lead is not split at its 和
@pytest.mark.parametrize("sent", ["和田地区生产总值增长8.2%，", "和田生产总值增长8.2%，"])
def test_the_prefecture_named_with_he_is_not_the_county(sent):
    d = read(MOYU + sent + "我县地区生产总值完成52.3亿元，增长9.1%。\n")
    assert d.meta.parent == "和田地区"
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (9.1, "eq")


# look-alike: the prefecture's own report names itself with its 和 (its own figure), and a county of it is a part
def test_the_prefecture_with_he_names_itself():
    d = read("和田地区行政公署工作报告\n——2020年1月10日在和田地区第七届人民代表大会第二次会议上\n一、2019年工作回顾\n"
             "和田地区生产总值完成322.6亿元，增长8.2%。墨玉县地区生产总值增长6%。\n")
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "actual", "2019", "level")) == (322.6, "eq")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (8.2, "eq")


FIVE26 = "一、“十四五”时期工作回顾\n五年来，我们坚持以人民为中心。"


# a share held throughout, an adverb between its name and its verb (始终, 一直, 持续): the share, over the years reviewed
@pytest.mark.parametrize("sent", [
    "民生支出占一般公共预算支出的比重始终保持在75%以上。",
    "民生支出占一般公共预算支出的比重一直保持在75%以上。",
    "民生支出占一般公共预算支出的比重持续稳定在75%以上。",
])
def test_share_held_throughout(sent):
    fs = facts(FIVE26 + sent + "\n", report_year=2026, region="红河哈尼族彝族自治州", level="prefecture")
    assert val(fs, ("livelihood_expenditure", "actual", "2021-2025", "share")) == (75, "at_least")


# look-alike: a growth held throughout stays a growth
def test_growth_held_throughout_stays_growth():
    fs = facts(FIVE26 + "地区生产总值增速始终保持在8%以上。\n", report_year=2026, region="红河哈尼族彝族自治州", level="prefecture")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (8, "at_least")
    assert not any(k[0] == "gdp" and k[3] == "share" for k in fs)


HUO = dict(report_year=2023, region="霍城县", level="county", region_code="654023", parent="伊犁哈萨克自治州",
           province="新疆维吾尔自治区")


# a 兵团 division named without 第 ("四师"), and the 兵团's and the region's figures together ("兵地"), are no figures
# of the county's
@pytest.mark.parametrize("sent", [
    "四师地区生产总值增长6.5%。",
    "兵地生产总值增长6.5%。",
    "兵地合计实现生产总值360亿元，增长6.5%。",
])
def test_division_and_joint_figures_are_not_the_countys(sent):
    fs = facts(XJ + sent + "全县地区生产总值完成148.3亿元，增长4.6%。\n", **HUO)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.6, "eq")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (148.3, "eq")
    assert not any(k[0] == "gdp" and "-" in k[2] for k in fs)


# a total under a title of one year's review, no span named anywhere, is the year's; a span named keeps the span's
@pytest.mark.parametrize("sent,period", [
    ("全县累计完成固定资产投资150亿元。", "2022"),
    ("五年来，全县累计完成固定资产投资150亿元。", "2018-2022"),
])
def test_a_total_in_one_years_review(sent, period):
    fs = facts(XJ + sent + "\n", **HUO)
    assert val(fs, ("fixed_asset_investment", "actual", period, "level")) == (150, "eq")


def test_a_total_under_a_title_of_the_year_and_five_years_stays_the_spans():
    fs = facts("一、2022年和过去五年工作回顾\n全县累计完成固定资产投资650亿元。\n", **HUO)
    assert val(fs, ("fixed_asset_investment", "actual", "2018-2022", "level")) == (650, "eq")


# look-alike: years reviewed together named in the paragraph ("三年来") keep a total theirs under a one-year title
def test_a_total_after_years_named_in_its_paragraph_stays_theirs():
    fs = facts("一、2023年工作回顾\n三年来，全县累计完成固定资产投资450亿元。\n", report_year=2024, region="霍城县", level="county")
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2023", "level")) == (450, "eq")


def _anonymous_report(unit, whole, committee, head, seat, above):
    return (f"政府工作报告\n——2021年1月12日在{unit}第六届人民代表大会第五次会议上\n{head}  某某\n各位代表：\n一、2020年工作回顾\n"
            f"过去一年，在{above}党委和{committee}的坚强领导下，我们团结带领{whole}各族干部群众，{whole}地区生产总值增长5.1%。"
            f"{seat}、{seat}经济开发区加快发展，{seat}城市功能提升。\n二、2021年工作安排\n{whole}地区生产总值增长6%左右。"
            f"支持{seat}建设区域中心城市。\n")


# a 州's, a 盟's or a 地区's report that never states its name and names its seat more than itself: the seat's
# prefecture, of the report's own level word (全州, 全盟, 全地区)
@pytest.mark.parametrize("args,region,code", [
    (("州", "全州", "州委", "州长", "凯里市", "贵州省"), "黔东南苗族侗族自治州", "522600"),
    (("盟", "全盟", "盟委", "盟长", "锡林浩特市", "自治区"), "锡林郭勒盟", "152500"),
    (("地区", "全地区", "地委", "行署专员", "塔城市", "自治区"), "塔城地区", "654200"),
])
def test_a_prefecture_naming_its_seat_more(args, region, code):
    m = read(_anonymous_report(*args)).meta
    assert (m.region, m.region_code, m.level) == (region, code, "prefecture")


# look-alikes: a county's report naming a city more than itself is not that city's parent; a 地区's report stating its
# name is its own
def test_a_county_naming_a_seat_more_is_not_its_prefecture():
    m = read(_anonymous_report("县", "全县", "县委", "县长", "凯里市", "贵州省")).meta
    assert m.region != "黔东南苗族侗族自治州" and m.level == "county"


def test_a_prefecture_stating_its_name_keeps_it():
    text = _anonymous_report("地区", "全地区", "地委", "行署专员", "塔城市", "自治区").replace("在地区第六届", "在和田地区第六届")
    assert read(text).meta.region == "和田地区"


# the areas another region aids or a kind of area (对口支援地区, 受援县, 贫困地区) before a name are not the region; their
# 地区 read into the name (地区生产总值) too
@pytest.mark.parametrize("sent", [
    "对口支援地区生产总值增长8%。",
    "贫困地区生产总值增长8%。",
    "受援县地区生产总值增长8%。",
])
def test_aided_or_kind_of_area_is_no_headline(sent):
    fs = facts("一、2022年工作回顾\n" + sent + "全区地区生产总值增长5.1%。\n", report_year=2023, region="闵行区", level="county")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (5.1, "eq")


def test_the_prefectures_own_whole_stays():
    fs = facts("一、2022年工作回顾\n全地区生产总值增长7%。\n", report_year=2023, region="和田地区", level="prefecture")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (7, "eq")
