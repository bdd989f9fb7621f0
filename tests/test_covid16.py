"""Helper covid16: whole reports of the epidemic years 2020–2023 (a late 2020 report, a 2021 report with the
十三五 review and 十四五 goals, a 2022 report with two-year averages, a 2023 report with a five-year review and
疫情三年), scored blind. The classes found in them."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

HEAD23 = "政府工作报告\n——2023年1月13日在吉林省第十四届人民代表大会第一次会议上\n"
FIVE = ("一、过去五年工作回顾\n过去五年，是极不平凡的五年。\n"
        "经济实力稳步增强。全省地区生产总值从2017年的1.09万亿元增加到2022年的1.31万亿元，五年年均增长4.3%。"
        "五年城镇新增就业累计达到117.2万人。\n")


# 1. A part titled for the five years alone ("一、过去五年工作回顾"): after a paragraph that opens on the one year
# ("2022年是…的一年。"), the paragraphs (and the sub-sections under "一年来，…") are that year's, until 五年来 opens again
@pytest.mark.parametrize("year_open", [
    "2022年是党和国家历史上极为重要的一年，也是吉林发展极不平凡的一年。\n",
    "2022年是极不寻常的一年。面对超预期因素冲击，全省上下全力稳住经济大盘。\n",
])
def test_a_count_after_the_years_opening_in_a_five_year_part_is_the_years(year_open):
    fs = facts(HEAD23 + FIVE + year_open + "受疫情冲击，全省地区生产总值下降1.9%，未完成年初确定的增长6%左右的预期目标。"
               "城镇新增就业21.5万人，城镇调查失业率6.1%。\n")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (21.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2018-2022", "level")) == (117.2, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (-1.9, "eq")


def test_a_count_in_a_sub_section_under_one_year_is_the_years():
    fs = facts(HEAD23 + FIVE + "2022年是极不平凡的一年。一年来，我们主要做了以下工作：\n"
               "（一）全力稳就业。城镇新增就业21.5万人。\n")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (21.5, "eq")


# look-alikes: no one year opened in the part, or 五年来 opening again after it: the count stays the five years'
@pytest.mark.parametrize("para", [
    "人民生活持续改善。城镇新增就业117.2万人。\n",
    "2022年是极不平凡的一年。全省上下团结奋斗。\n五年来，我们始终坚持以人民为中心。城镇新增就业117.2万人。\n",
])
def test_a_count_in_the_five_years_stays_theirs(para):
    fs = facts(HEAD23 + "一、过去五年工作回顾\n过去五年，是极不平凡的五年。全省地区生产总值五年年均增长4.3%。\n" + para)
    assert val(fs, ("urban_new_jobs", "actual", "2018-2022", "level")) == (117.2, "eq")
    assert ("urban_new_jobs", "actual", "2022", "level") not in fs


# 2. "五年" leading a sentence of the review right before its name, a bound held: over the five years
def test_five_years_leading_a_held_share_dates_it_over_them():
    fs = facts(HEAD23 + FIVE + "人民生活持续改善。城乡居民收入2022年分别达到35471元和18135元。"
               "五年民生支出占一般公共预算支出比重保持在80%以上。\n"
               "2022年是极不平凡的一年。民生支出占一般公共预算支出的比重达到80.7%。\n")
    assert val(fs, ("livelihood_expenditure", "actual", "2018-2022", "share")) == (80, "at_least")
    assert val(fs, ("livelihood_expenditure", "actual", "2022", "share")) == (80.7, "eq")


def test_a_held_share_with_no_five_years_before_it_is_the_years():
    # (look-alike: no 五年 leading it, the year named in its paragraph: the year's)
    fs = facts(HEAD23 + "一、2022年工作回顾\n2022年，全省民生支出占一般公共预算支出比重保持在80%以上。\n")
    assert val(fs, ("livelihood_expenditure", "actual", "2022", "share")) == (80, "at_least")


TARGETS23 = HEAD23 + "三、2023年工作安排\n今年全省经济社会发展的主要预期目标是："


# 3. An aim beyond a bound stated first ("稳定在800亿斤以上，力争达到1000亿斤"): the bound is the target (first place),
# as "增长6%—6.5%，力争达到7%" keeps its range
@pytest.mark.parametrize("sent,key,want", [
    ("粮食产量稳定在800亿斤以上，力争达到1000亿斤；", ("grain_output", "target", "2023", "level"), (800, "at_least")),
    ("地区生产总值达到800亿元以上，力争达到1000亿元；", ("gdp", "target", "2023", "level"), (800, "at_least")),
    ("粮食产量稳定在800亿斤以上，争取达到850亿斤；", ("grain_output", "target", "2023", "level"), (800, "at_least")),
])
def test_an_aim_beyond_a_bound_keeps_the_bound(sent, key, want):
    assert val(facts(TARGETS23 + sent + "城镇新增就业22万人以上。\n"), key) == want


def test_an_aim_beyond_a_bound_in_a_goal_list():
    fs = facts(HEAD23 + "二、今后五年的目标任务\n今后五年，全省经济社会发展的主要目标是：地区生产总值年均增长6%左右；"
               "粮食产量稳定在800亿斤以上，力争达到1000亿斤；常住人口城镇化率达到68%左右。\n")
    assert val(fs, ("grain_output", "goal", "2023-2027", "level")) == (800, "at_least")


# look-alikes: a milestone passed then the level stated, and a plain level after a revision word: unchanged
@pytest.mark.parametrize("sent,key,want", [
    ("一、2022年工作回顾\n全省地区生产总值首次突破800亿元，达到820亿元。\n", ("gdp", "actual", "2022", "level"), (820, "eq")),
    ("三、2023年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，力争达到7%；城镇新增就业22万人。\n",
     ("gdp", "target", "2023", "growth"), (6, "about")),
])
def test_a_milestone_then_a_level_stays_the_level(sent, key, want):
    assert val(facts(HEAD23 + sent), key) == want


HEAD20 = "政府工作报告\n——2020年5月26日在孝感市第八届人民代表大会第五次会议上\n二、2020年主要目标\n今年全市主要预期目标是："


# 4. Soft targets of the epidemic years, no number: qualitative
@pytest.mark.parametrize("sent,key", [
    ("地方一般公共预算收入努力争取更好结果；", ("general_budget_revenue", "target", "2020", "growth")),
    ("地区生产总值增速力争好于全省平均水平；", ("gdp", "target", "2020", "growth")),
    ("旅游总收入力争恢复到疫情前水平；", ("tourism_revenue", "target", "2020", "growth")),
])
def test_soft_targets_of_the_epidemic_years_are_qualitative(sent, key):
    fs = facts(HEAD20 + sent + "城镇新增就业3万人以上。\n")
    assert val(fs, key) == (None, "qualitative")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (3, "at_least")


def test_a_number_before_the_soft_words_stays_the_target():
    # (look-alike: "增长5%，力争取得更好结果": the figure stated first is the target; the words add none)
    fs = facts(HEAD20 + "一般公共预算收入增长5%，力争在实际工作中取得更好结果。\n")
    assert val(fs, ("general_budget_revenue", "target", "2020", "growth")) == (5, "eq")


TASKS20 = "政府工作报告\n——2020年5月26日在孝感市第八届人民代表大会第五次会议上\n三、2020年重点工作\n"


# 5. Pledges: a bare 面积 in a clause of verbs alone, after a clause naming a work: that work's area
@pytest.mark.parametrize("sent,want", [
    ("发展稻虾共作、稻渔综合种养，新增面积15万亩。", ("稻渔综合种养面积", 15, "万亩")),
    ("推广保护性耕作，实施面积达到350万亩。", ("保护性耕作面积", 350, "万亩")),
])
def test_a_bare_area_is_the_works_named_before(sent, want):
    assert want in pledged(read(TASKS20 + sent + "\n"))


@pytest.mark.parametrize("sent,want", [
    ("发展稻渔综合种养，新增种植面积2万亩。", ("种植面积", 2, "万亩")),  # (the area named: its own)
    ("新建高标准农田5万亩，新增面积3万亩。", None),  # (a figure in the clause before: no work named alone)
])
def test_an_area_named_or_after_a_count_is_unchanged(sent, want):
    got = pledged(read(TASKS20 + sent + "\n"))
    if want is not None:
        assert want in got
    assert not any(o.endswith("农田面积") or o == "增面积" for o, _, _ in got)


TASKS22 = "政府工作报告\n——2022年2月21日在遵义市第六届人民代表大会第二次会议上\n三、2022年重点工作\n（一）助企纾困\n"


# 6. Pledges: the refunds of 2022–2023 (留抵退税, 缓税缓费) are works named whole, as 减税降费 is; 办理 carries them out
@pytest.mark.parametrize("sent,want", [
    ("落实大规模增值税留抵退税政策，全年办理留抵退税50亿元以上。", ("留抵退税", 50, "亿元")),
    ("全年新增增值税留抵退税30亿元。", ("增值税留抵退税", 30, "亿元")),
    ("全年办理减税降费50亿元以上。", ("减税降费", 50, "亿元")),
    ("为中小微企业办理延期还本付息20亿元。", ("延期还本付息", 20, "亿元")),
])
def test_refunds_are_works_named_whole(sent, want):
    d = read(TASKS22 + sent + "\n")
    assert want in pledged(d)
    assert not any(p.object in ("办理", "增值税") for p in d.pledges)


def test_refunds_in_the_review_pledge_nothing():
    # (look-alike: last year's refunds, in the review: no pledge)
    d = read("政府工作报告\n——2023年1月13日在吉林省第十四届人民代表大会第一次会议上\n一、2022年工作回顾\n"
             "全年办理增值税留抵退税318亿元，新增减税降费及缓税缓费超过420亿元。\n")
    assert not d.pledges
