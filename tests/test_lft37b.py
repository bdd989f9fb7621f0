"""What the rounds of decisions 163–170 left, blind (lft37b; docs/decisions.md 176)."""
import pytest

from factkeys import facts, read, val

_TARGETS = "政府工作报告\n——2021年2月3日在某某第九届人民代表大会第五次会议上\n\n二、2021年主要目标\n"
_REVIEW = "政府工作报告\n——2022年1月8日在某某第九届人民代表大会第六次会议上\n\n一、2021年工作回顾\n"
_PLAN = "政府工作报告\n——2024年1月10日在某某第十八届人民代表大会第四次会议上\n\n二、2024年工作安排\n"


def _pledges(body: str, region: str = "某某县") -> dict:
    d = read(_PLAN + body + "\n", region=region, level="county", report_year=2024)
    return {(p.object, p.value, p.unit): p for p in d.pledges}


# 1. a two-year average against the base year named with 与/和/同 ("，与2020年两年平均增长5%以上") after the year's figure
@pytest.mark.parametrize("body, iid, avg, qual", [
    ("今年主要预期目标是：地区生产总值增长9%以上，与2020年两年平均增长5.5%以上；城镇调查失业率控制在5.5%以内。",
     "gdp", 5.5, "at_least"),
    ("今年主要预期目标是：社会消费品零售总额增长18%，与2020年相比两年平均增长6%左右；城镇新增就业2万人。",
     "retail_sales", 6, "about"),
    ("主要预期目标为：规模以上工业增加值增长11%，和2020年两年平均增长6.5%；固定资产投资增长10%。",
     "industrial_va", 6.5, "eq"),
])
def test_a_two_year_average_against_the_base_year_named(body, iid, avg, qual):
    fs = facts(_TARGETS + body + "\n", region="某某市", level="prefecture", report_year=2021)
    assert val(fs, (iid, "goal", "2020-2021", "growth")) == (avg, qual)
    assert (iid, "target", "2021", "growth") in fs


def test_a_two_year_average_against_the_base_year_in_a_review():
    fs = facts(_REVIEW + "全县地区生产总值完成260.5亿元，增长8.6%，与2019年相比两年平均增长6.1%；规模以上工业增加值增长9.2%。\n",
               region="某某县", level="county", report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (8.6, "eq")
    assert val(fs, ("gdp", "actual", "2020-2021", "growth")) == (6.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (9.2, "eq")


# 2. the level above's counts in a sentence of their own, the region's share opening the next
@pytest.mark.parametrize("body, whole, share", [
    ("全市计划实施重点项目420个、年度投资900亿元。我县承担重点项目55个、年度投资110亿元。", (420, 900), (55, 110)),
    ("全省新建高标准农田200万亩。\n本县承担新建高标准农田任务8万亩，新建农田水利设施30处。", (200,), (8,)),
])
def test_the_level_above_s_sentence_before_the_region_s_share(body, whole, share):
    got = _pledges(body)
    values = {v for _, v, _ in got}
    assert not values & set(whole)
    assert set(share) <= values


def test_the_level_above_s_sentence_with_no_share_after_it_keeps_its_pledges():
    # (a sentence that never turns to the region keeps them, decision 44: the next sentence is no share)
    got = _pledges("全市计划实施重点项目420个。我县将新开工项目40个以上。")
    assert {420, 40} <= {v for _, v, _ in got}


def test_the_region_s_share_is_pledged_by_its_verb():
    got = _pledges("力争承担省级科技计划项目15个以上，开展科研攻关30项。")
    assert ("省级科技计划项目", 15, "个") in got
    assert got[("省级科技计划项目", 15, "个")].action == "承担"


# 3. an earlier year's figure in a bracket after a pledge's amount
def test_an_earlier_year_s_figure_in_brackets_is_no_pledge():
    got = _pledges("争取地方政府专项债券38亿元（2023年为31亿元），新增规上工业企业45家（2023年新增40家）。"
                   "发行政府债券30亿元（上年为25亿元）。建成5G基站600个（去年建成520个）。")
    values = {v for _, v, _ in got}
    assert {38, 45, 30, 600} <= values
    assert not values & {31, 40, 25, 520}


def test_a_later_year_in_brackets_is_no_earlier_figure():
    got = _pledges("新建改造农村公路200公里（2025年完成150公里）。")
    assert 200 in {v for _, v, _ in got}


# 4. a growth target withheld, the words set in the clause after it the target
_PANDEMIC = "政府工作报告\n——2020年5月20日在某某第五届人民代表大会第五次会议上\n\n二、2020年主要目标\n"


@pytest.mark.parametrize("body", [
    "今年主要预期目标是：对地区生产总值增长不作具体量化要求，努力实现正增长；城镇新增就业1.2万人以上。",
    "今年主要预期目标是：全市生产总值增长不设具体目标，力争实现正增长；城镇新增就业1.2万人以上。",
    "综合考虑，今年不提地区生产总值增长具体目标，力争实现正增长；城镇新增就业1.2万人以上。",
])
def test_a_withheld_growth_target_then_words(body):
    fs = facts(_PANDEMIC + body + "\n", region="某某市", level="prefecture", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (1.2, "at_least")


def test_a_withheld_growth_target_with_no_words_after_it_is_none():
    fs = facts(_PANDEMIC + "今年主要预期目标是：地区生产总值增长不设具体目标，全力稳住经济基本盘；城镇新增就业1.2万人以上。\n",
               region="某某市", level="prefecture", report_year=2020)
    assert ("gdp", "target", "2020", "growth") not in fs


# 5. one card that sets its amount first among an app post's cards that name first
_POST = "某某发布\n2023年某某县政府工作报告，一图速览！\n县长代表县人民政府作《政府工作报告》。\n2022年主要指标\n{}\n"


@pytest.mark.parametrize("cards, iid, level, growth", [
    ("地区生产总值\n198.6亿元 增长4.8%\n12.7亿元\n一般公共预算收入 增长5.3%\n社会消费品零售总额\n88.1亿元 增长3.9%",
     "general_budget_revenue", 12.7, 5.3),
    ("地区生产总值 312.4亿元 增长6.1%\n151.2亿元\n社会消费品零售总额 增长7.2%\n城镇居民人均可支配收入 43120元 增长5.6%",
     "retail_sales", 151.2, 7.2),
])
def test_one_figure_first_card_among_name_first_cards(cards, iid, level, growth):
    fs = facts(_POST.format(cards), region="某某县", level="county", report_year=2023)
    assert val(fs, (iid, "actual", "2022", "level")) == (level, "eq")
    assert val(fs, (iid, "actual", "2022", "growth")) == (growth, "eq")
    assert fs[("gdp", "actual", "2022", "level")].value in (198.6, 312.4)


def test_an_amount_under_a_caption_is_the_caption_s():
    # (a page that names first: the amount under a bare caption is that caption's, not the next name's)
    fs = facts(_POST.format("地区生产总值\n198.6亿元\n一般公共预算收入 增长5.3%"), region="某某县", level="county", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (198.6, "eq")
    assert ("general_budget_revenue", "actual", "2022", "level") not in fs


# 6. a part by its name before a task's verb with a bound after the object
def test_a_named_part_before_the_verb_with_a_bound():
    got = _pledges("唐江镇新增规上工业企业不少于10家，龙华街道新建口袋公园不少于5个，瑞金市新增高新技术企业不少于20家。", region="某某市")
    for obj, v, unit, action in (("规上工业企业", 10, "家", "新增"), ("口袋公园", 5, "个", "新建"), ("高新技术企业", 20, "家", "新增")):
        assert (obj, v, unit) in got and got[(obj, v, unit)].action == action


@pytest.mark.parametrize("body, obj, v", [
    ("海绵城市建设面积达到20平方公里。", "海绵城市建设面积", 20),
    ("智慧城市建设项目投资不少于5亿元。", "智慧城市建设项目投资", 5),
])
def test_a_kind_of_city_before_the_verb_is_no_part(body, obj, v):
    got = _pledges(body)
    assert any(o == obj and val_ == v for o, val_, _ in got), sorted(got)


def test_urban_new_jobs_keeps_its_name_before_a_bound():
    got = _pledges("城镇新增就业不少于5000人。")
    assert any(v == 5000 and "就业" in o for o, v, _ in got)


# 7. an app post's sub-head whose comma follows a few words, not a year ("📊 成绩单，请查收")
_POST_AHEAD_FIRST = ("某某发布\n2024年某某县政府工作报告，一图速览！\n1月10日上午，某某县第十八届人民代表大会第四次会议开幕。\n"
                     "🎯 2024年目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n{head}\n🏭 地区生产总值\n265.6亿元 增长5.4%\n"
                     "🛒 社会消费品零售总额\n106.4亿元 增长6.2%\n")


@pytest.mark.parametrize("head", ["📊 成绩单，请查收", "✅ 一年回眸，请您过目"])
def test_a_words_comma_sub_head_ends_the_targets(head):
    fs = facts(_POST_AHEAD_FIRST.format(head=head), region="某某县", level="county", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (265.6, "eq")
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (6.2, "eq")
    assert ("retail_sales", "target", "2024", "growth") not in fs


def test_a_words_comma_line_with_a_figure_is_no_sub_head():
    # (an item's words with a figure keep the list they stand in)
    fs = facts(_POST_AHEAD_FIRST.format(head="👉 城镇新增就业，6000人以上"), region="某某县", level="county", report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (6000, "at_least")


# 8. a sub-count after 其中 and its colon in brackets ("（其中：省级重点项目36个）")
def test_a_sub_count_after_its_colon_names_its_object():
    got = _pledges("实施市级重点项目120个（其中：省级重点项目36个）。新建保障性住房800套(其中:公租房300套)。")
    assert ("省级重点项目", 36, "个") in got and ("公租房", 300, "套") in got
    assert ("市级重点项目", 120, "个") in got and ("保障性住房", 800, "套") in got


# 9. a 民生实事 news headline ("…十件民生实事项目出炉") is the page's title, and dates it
@pytest.mark.parametrize("headline, year", [("2025年宜春市十件民生实事项目出炉", 2025), ("2022年抚州市民生实事项目揭晓", 2022)])
def test_a_livelihood_list_s_headline_is_the_title(headline, year):
    d = read("宜春新闻网\n" + headline + "\n近日，市政府印发通知，公布民生实事项目。具体如下：\n一、城镇新增就业4.5万人。\n"
             "二、新建公办幼儿园10所。\n（记者 刘芳）\n")
    assert d.meta.title == headline
    assert d.meta.doc_type == "other" and d.meta.report_year == year
