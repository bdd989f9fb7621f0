"""An adversarial review of decisions 332-334, blind (adv46b, decision 339): a news head naming the government first
among the bodies heard ("听取审议市政府、市人大常委会和“两院”工作报告") typed the page as another body's; a card's line
by the report year raising a rate ("2026年提升至4.3%") stayed a result; a five-year total's last year named by 当年
bare ("…，当年完成318亿元") was no fact; a note converting the amount with the currency before the figure ("（人民币，
下同，折合美元约1267亿）") cut the growth off; an institute's head commenting ("…研究所所长…分析认为") and the
estimates after him (根据课题组测算, 据研究院测算) were the report's; a deputy telling their own plans by 介绍/透露
pledged; "今年全年实现" stayed in a part's object. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val
from planwatch import metadata

# ---- 1. a news head naming the government first among the bodies whose reports the session hears ----


@pytest.mark.parametrize("head", [
    "听取审议市政府、市人大常委会和“两院”工作报告",  # the government, then the standing committee and the 两院
    "审议县政府和县法院、县检察院工作报告",  # 和 after the government
])
def test_a_head_naming_the_government_among_the_bodies_is_no_other_bodys_title(head):
    assert metadata.others_title(head) is False


@pytest.mark.parametrize("title", [
    "泉州市人民代表大会常务委员会工作报告",  # look-alike: the committee's own title
    "泉州市中级人民法院工作报告",  # look-alike: the court's
    "听取审议市人大常委会和“两院”工作报告",  # look-alike: a head naming no government: as before
])
def test_other_bodies_titles_stay_other(title):
    assert metadata.others_title(title) is True


def test_a_session_page_so_headed_keeps_the_reports_type_and_tasks():
    d = read("漳州市十八届人大三次会议开幕\n听取审议市政府、市人大常委会和“两院”工作报告\n2025-01-20 来源：闽南日报\n"
             "1月19日，漳州市第十八届人民代表大会第三次会议开幕，市长王强作政府工作报告。报告提出，今年全市地区生产总值增长"
             "6%左右。今年，漳州将改造老旧小区60个，新增城镇就业2.2万人。\n")
    assert d.meta.doc_type == "government_work_report"
    assert ("老旧小区", 60, "个") in pledged(d)


# ---- 2. a card's line by the report year raising a rate ----

_CARD = "一图读懂丨{y}年临安区政府工作报告\n{y}-01-09　来源：临安发布\n\n【森林覆盖率】\n{a}\n{b}\n\n1月8日，临安区人代会开幕。\n"


def test_a_cards_report_year_line_raising_a_rate_is_its_target():
    d = read(_CARD.format(y=2024, a="2023年达到81.2%。", b="2024年提高至81.5%。"))
    assert val(keys_of(d), ("forest_coverage", "target", "2024", "share")) == (81.5, "eq")
    assert val(keys_of(d), ("forest_coverage", "actual", "2023", "share")) == (81.2, "eq")


def test_two_earlier_years_raising_stay_results():
    # look-alike: the lines of 2022 and 2023 on 2024's page are both results
    d = read(_CARD.format(y=2024, a="2022年达到80.9%。", b="2023年提升至81.2%。"))
    assert ("forest_coverage", "target", "2024", "share") not in keys_of(d)
    assert val(keys_of(d), ("forest_coverage", "actual", "2023", "share")) == (81.2, "eq")


def test_a_goal_years_line_raising_is_no_years_target():
    # look-alike: a card's later line of a goal year is the goal, not the report year's target
    d = read(_CARD.format(y=2026, a="2025年达到82.1%。", b="2030年提升至83%。"))
    assert ("forest_coverage", "target", "2026", "share") not in keys_of(d)
    assert val(keys_of(d), ("forest_coverage", "goal", "2030", "share")) == (83, "eq")


# ---- 3. a five-year total, then its last year named by 当年 bare ----

_REVIEW = ("政府工作报告\n——2021年1月10日在德清县第十六届人民代表大会第六次会议上\n一、“十三五”时期发展回顾\n五年来，{x}\n"
           "二、2021年主要预期目标\n地区生产总值增长7%左右。\n")


def test_a_five_year_total_then_dangnian_gives_the_last_years_level():
    d = read(_REVIEW.format(x="五年累计新增城镇就业5.2万人，当年新增1.1万人。"))
    assert val(keys_of(d), ("urban_new_jobs", "actual", "2016-2020", "level")) == (5.2, "eq")
    assert val(keys_of(d), ("urban_new_jobs", "actual", "2020", "level")) == (1.1, "eq")


def test_dangnian_before_another_name_keeps_that_names_figure():
    # look-alike: 当年 and another indicator's name: that indicator's year, the total untouched
    d = read(_REVIEW.format(x="五年累计新增城镇就业5.2万人，当年城镇调查失业率2.9%。"))
    assert val(keys_of(d), ("urban_unemployment_rate", "actual", "2020", "share")) == (2.9, "eq")
    assert ("urban_new_jobs", "actual", "2020", "level") not in keys_of(d)


def test_dangnian_with_a_verb_before_another_things_amount_gives_no_level():
    # look-alike: 当年完成 + another thing's name: no level of the total's indicator for the year
    d = read(_REVIEW.format(x="五年累计完成固定资产投资860亿元，当年完成重点项目投资402亿元。"))
    assert ("fixed_asset_investment", "actual", "2020", "level") not in keys_of(d)


# ---- 4. a note converting the amount, the currency before the figure ----

_NOTE = ("2024年福建省政府工作报告解读\n\n报告显示，2023年全省进出口总额1.98万亿元{note}，增长{g}%；一般公共预算收入3591.9亿元，"
         "增长2.2%。\n")


@pytest.mark.parametrize("note", ["（人民币，下同，折合美元约2810亿）", "（折合美元2810亿，下同）"])
def test_a_conversion_with_the_currency_before_the_figure_leaves_the_growth(note):
    d = read(_NOTE.format(note=note, g="-0.9"))
    assert val(keys_of(d), ("foreign_trade", "actual", "2023", "growth")) == (-0.9, "eq")


def test_a_note_with_an_amount_of_its_own_leaves_the_growth_unread():
    # look-alike: the note's own part, no conversion: the growth is not the total's, as before
    d = read(_NOTE.format(note="（含厦门9000亿元，下同）", g="3.1"))
    assert ("foreign_trade", "actual", "2023", "growth") not in keys_of(d)


# ---- 5. an institute's head commenting, and the estimates told by (根)据 after him ----

_COMMENT = ("专家解读2024年湖北省政府工作报告\n来源：湖北日报　2024-01-25\n\n1月23日，湖北省十四届人大二次会议开幕，省长作政府工作"
            "报告。报告提出，2024年全省一般公共预算收入增长5%。\n\n{x}\n")


@pytest.mark.parametrize("x", [
    # an institute's head: his own figure
    "省社科院经济研究所所长周明分析认为，今年全省地区生产总值有望增长6.2%左右。",
    # 根据 + the team + a verb of estimating, after a researcher
    "省社科院研究员周明分析认为，目标务实。根据课题组测算，今年全省地区生产总值有望增长6.2%左右。",
    # 据 + 研究院 + 初步测算
    "省社科院研究员周明分析认为，目标务实。据研究院初步测算，今年全省地区生产总值有望增长6.2%左右。",
])
def test_an_institutes_estimate_is_no_target_of_the_report(x):
    assert ("gdp", "target", "2024", "growth") not in keys_of(read(_COMMENT.format(x=x)))


def test_the_statistics_bureaus_estimate_after_a_commentator_stays_the_pages():
    # look-alike: 据省统计局测算 names an office, no commentator: last year's result as before
    d = read(_COMMENT.format(x="省社科院研究员周明分析认为，目标务实。据省统计局测算，去年全省地区生产总值增长5.8%。"))
    assert val(keys_of(d), ("gdp", "actual", "2023", "growth")) == (5.8, "eq")


def test_a_bare_estimate_after_a_commentator_stays_the_pages():
    # look-alike: 据测算 names no one (decision 334's design)
    d = read(_COMMENT.format(x="省社科院研究员周明分析认为，目标务实。据测算，今年全省地区生产总值增长6%左右。"))
    assert val(keys_of(d), ("gdp", "target", "2024", "growth")) == (6, "about")


# ---- 6. a deputy telling their own plans by 介绍 or 透露 ----

_DEPUTY = ("三明市十四届人大四次会议开幕\n2025-01-21　来源：三明日报\n1月20日，三明市第十四届人民代表大会第四次会议开幕，市长作政府"
           "工作报告。报告提出，今年全市将新建5G基站800个。\n{x}\n")


@pytest.mark.parametrize("x", [
    "市人大代表、某纺织企业董事长陈刚介绍，企业今年将新建4条智能生产线。",
    "市政协委员林燕透露，她所在的企业今年计划新建4条智能生产线。",
])
def test_a_deputys_own_plans_told_by_jieshao_are_no_pledges(x):
    assert ("智能生产线", 4, "条") not in pledged(read(_DEPUTY.format(x=x)))


def test_a_deputy_citing_the_report_keeps_the_reports_pledge():
    # look-alike: the figure the deputy cites from the report stays the report's
    d = read(_DEPUTY.format(x="市人大代表陈刚介绍，报告提出今年新建口袋公园30个，群众很期待。"))
    assert ("口袋公园", 30, "个") in pledged(d)


def test_a_mayor_representing_the_government_keeps_the_tasks():
    # look-alike: 代表 as a verb ("市长代表市人民政府"), no deputy
    d = read("三明市十四届人大四次会议开幕\n2025-01-21　来源：三明日报\n1月20日，市长代表市人民政府作政府工作报告时介绍，今年全市将"
             "新建口袋公园30个。\n")
    assert ("口袋公园", 30, "个") in pledged(d)


# ---- 7. a part's object: two time words before the verb of reaching ----

_TASKS = "龙岩市2024年政府工作报告\n\n三、2024年重点工作\n（一）做强产业。{x}。\n"


def test_both_time_words_before_the_verb_are_no_part_of_the_object():
    objs = {p.object for p in read(_TASKS.format(x="高新区今年全年实现规上工业增加值增长12%")).pledges}
    assert "高新区规上工业增加值" in objs


def test_a_part_with_one_time_word_as_before():
    # look-alike: 334's reading with one time word
    objs = {p.object for p in read(_TASKS.format(x="高新区今年实现规上工业增加值增长12%")).pledges}
    assert "高新区规上工业增加值" in objs
