"""Session dist15: whole district, county-level-city and zone reports of 2020-2026 read blind. The classes found in
them: a part titled with the one year before the five years, a change after a name's dated start value, Guangxi's
区外境内资金, and pledge units, verbs and names (家次, 共建, 规模…的, …面积, a plant's capacity in its name)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py
from taskdoc import pledges  # tests/taskdoc.py

_DISTRICT = ("株洲市芦淞区人民政府工作报告\n——2022年1月6日在株洲市芦淞区第六届人民代表大会第一次会议上\n各位代表：\n"
             "一、2021年及过去五年工作回顾\n2021年是“十四五”开局之年。全年实现地区生产总值412.6亿元，增长8.1%。\n")


# 1. a part titled with the one year before the five years ("一、2021年及过去五年工作回顾"): a sub-section with no cue
# of its own, under a paragraph opening on the year, states the year's counts and shares, not the five years'
def test_a_sub_section_of_the_year_and_five_years_part_is_the_years():
    fs = facts(_DISTRICT + "（四）坚持民生为本，人民福祉持续增进。全区民生支出达到24.6亿元，占一般公共预算支出的比重达到"
                           "76.8%。城镇新增就业7860人，城镇登记失业率控制在3.2%以内。\n")
    assert val(fs, ("livelihood_expenditure", "actual", "2021", "share")) == (76.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (7860, "eq")
    assert ("urban_new_jobs", "actual", "2017-2021", "level") not in fs
    assert ("livelihood_expenditure", "actual", "2017-2021", "share") not in fs


@pytest.mark.parametrize("part,body", [
    # look-alikes: the part on the five years alone, and a paragraph opening on them inside the year-first part
    ("一、过去五年工作回顾\n", "（四）坚持民生为本。城镇新增就业3.86万人。\n"),
    ("一、2021年及过去五年工作回顾\n2021年是“十四五”开局之年。\n", "过去五年，我们坚持民生为本。城镇新增就业3.86万人。\n"),
])
def test_the_five_years_part_or_paragraph_keeps_its_span(part, body):
    text = ("株洲市芦淞区人民政府工作报告\n——2022年1月6日在株洲市芦淞区第六届人民代表大会第一次会议上\n各位代表：\n"
            + part + body)
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (3.86, "eq")
    assert ("urban_new_jobs", "actual", "2021", "level") not in fs


_COUNTY_2026 = ("政府工作报告\n——2026年1月9日在盐池县第十九届人民代表大会第六次会议上\n各位代表：\n"
                "一、2025年和“十四五”时期工作回顾\n2025年是“十四五”规划收官之年。预计全年完成地区生产总值186.5亿元。\n")


# 2. a change right after a name's start value dated by its year ("由2020年的52.3%提高到59.6%，提高7.3个百分点") is over
# the years since that year, as after a base (比2020年), whatever cue stands earlier in the paragraph
@pytest.mark.parametrize("body,key,value", [
    ("回顾“十四五”，五年来，单位地区生产总值能耗累计下降14.5%，圆满完成自治区下达的“十四五”目标任务。"
     "常住人口城镇化率由2020年的52.3%提高到59.6%，提高7.3个百分点。",
     ("urbanization_rate", "actual", "2021-2025", "pp_change"), 7.3),
    ("常住人口城镇化率由2020年的52.3%提高到2025年的59.6%，提高7.3个百分点。",
     ("urbanization_rate", "actual", "2021-2025", "pp_change"), 7.3),
    ("全县地区生产总值由2020年底的126.3亿元增加到186.5亿元，增长47.7%。",
     ("gdp", "actual", "2021-2025", "growth"), 47.7),
])
def test_a_change_from_a_dated_start_value_is_over_the_years_since(body, key, value):
    fs = facts(_COUNTY_2026 + body + "\n")
    assert val(fs, key) == (value, "eq")
    assert (key[0], "actual", "2025", key[3]) not in fs or fs[(key[0], "actual", "2025", key[3])].value != value


@pytest.mark.parametrize("body,key,value", [
    # look-alikes: a start value of the year before (one year's change), another name's change after the from-to,
    # and a change on last year in the same sentence
    ("常住人口城镇化率由2024年的58.3%提高到59.6%，提高1.3个百分点。", ("urbanization_rate", "actual", "2025", "pp_change"), 1.3),
    ("常住人口城镇化率由2020年的52.3%提高到59.6%，一般公共预算收入增长5%。", ("general_budget_revenue", "actual", "2025", "growth"), 5),
    ("常住人口城镇化率达到59.6%，比上年提高1.3个百分点。", ("urbanization_rate", "actual", "2025", "pp_change"), 1.3),
])
def test_a_change_without_a_dated_start_of_its_own_stays_the_years(body, key, value):
    fs = facts(_COUNTY_2026 + body + "\n")
    assert val(fs, key) == (value, "eq")


# 3. 区外境内资金 (Guangxi's and the other autonomous regions' word) and 县外境内资金 are domestic investment inflow
@pytest.mark.parametrize("name", ["到位区外境内资金", "实际到位县外境内资金"])
def test_qu_wai_jing_nei_zi_jin_is_domestic_investment_inflow(name):
    text = ("南宁高新技术产业开发区管委会2024年工作报告\n——2024年2月22日在南宁高新区2024年工作会议上\n同志们：\n"
            f"一、2023年工作回顾\n全年{name}326.8亿元，增长11.2%；实际利用外资3.26亿美元。\n")
    fs = facts(text)
    assert val(fs, ("domestic_investment_inflow", "actual", "2023", "level")) == (326.8, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2023", "growth")) == (11.2, "eq")
    assert val(fs, ("fdi", "actual", "2023", "level")) == (3.26, "eq")


# 4. pledges: 家次 and 户次 are count units (the 以上 after them is read); 共建 acts, 共建共享 does not
@pytest.mark.parametrize("body,want", [
    ("全年开展安全检查1500家次以上。", ("开展", "安全检查", 1500, "家次")),
    ("开展入户走访1.2万户次以上。", ("开展", "入户走访", 1.2, "万户次")),
    ("与广西大学等高校共建新型研发机构3家。", ("共建", "新型研发机构", 3, "家")),
])
def test_count_units_and_verbs(body, want):
    ps = pledges(body)
    assert any((want[0] is None or p[0] == want[0]) and (want[1] is None or p[1] == want[1])
               and p[2] == want[2] and p[3] == want[3] for p in ps), ps


@pytest.mark.parametrize("body,want", [
    # look-alikes: 共 counting a total before a longer verb (共建设, 共建成) is no 共建
    ("为每个村建设1个村级光伏电站，共建设120个。", ("建设", "村级光伏电站", 120, "个")),
    ("全年共建成5G基站1200个。", ("建成", "5G基站", 1200, "个")),
])
def test_gong_before_a_longer_verb_counts_the_total(body, want):
    ps = pledges(body)
    assert any(p[1:] == want[1:] for p in ps), ps
    assert not any(p[0].startswith("共") for p in ps), ps


def test_shared_building_alone_pledges_nothing():
    # look-alike: 共建共享 names a manner, not a work done to a count
    assert not pledges("推进城乡融合，共建共享公共服务设施12处。")


# 5. a size word, a figure and 的 before a name ("设立规模20亿元的产业引导基金"): the name is what is pledged
@pytest.mark.parametrize("body,want", [
    ("设立规模20亿元的高新区产业引导基金。", ("设立", "高新区产业引导基金", 20, "亿元")),
    ("新建面积1.2万平方米的综合服务中心。", ("新建", "综合服务中心", 1.2, "万平方米")),
])
def test_a_size_before_de_gives_the_name_after_it(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body,want", [
    # look-alikes: a size word with nothing after it, a size class word, an area named by its work
    ("完成造林面积1.5万亩。", ("完成", "造林面积", 1.5, "万亩")),
    ("新增规模以上工业企业15家。", ("新增", "规模以上工业企业", 15, "家")),
])
def test_a_size_word_without_de_keeps_its_object(body, want):
    assert want in pledges(body)


# 6. a work right after an action and before 面积 names the area ("新增孵化面积10万平方米"): the action acts
@pytest.mark.parametrize("body,want", [
    ("新增孵化面积10万平方米。", ("新增", "孵化面积", 10, "万平方米")),
    ("新增种植面积2万亩。", ("新增", "种植面积", 2, "万亩")),
])
def test_a_work_before_mianji_names_the_area(body, want):
    assert want in pledges(body)


@pytest.mark.parametrize("body,want", [
    # look-alikes: coordinated actions before a noun that is no area still act as one
    ("新建改造老旧小区12个。", ("新建改造", "老旧小区", 12, "个")),
    ("新建众创空间和科技企业孵化器5家。", ("新建", "众创空间和科技企业孵化器", 5, "家")),
])
def test_coordinated_actions_before_other_nouns_stay_one(body, want):
    assert want in pledges(body)


# 7. a power plant's capacity between its owner or place and its kind is part of its name: no pledge
def test_a_plants_capacity_in_its_name_is_no_pledge():
    ps = pledges("做大新能源产业，开工建设国能盐池200万千瓦光伏治沙项目、盐池县100万千瓦风电项目。建成华能50万千瓦风电项目。")
    assert not any(p[2] in (200, 100, 50) and p[3] == "万千瓦" for p in ps), ps


@pytest.mark.parametrize("body,want", [
    # look-alikes: a capacity to add, one after the plant's kind, and one right after the verb (no name before it)
    ("新增新能源装机容量80万千瓦，新建光伏电站50万千瓦。", ("新增", "新能源装机容量", 80, "万千瓦")),
    ("新建光伏电站50万千瓦。", ("新建", "光伏电站", 50, "万千瓦")),
])
def test_a_capacity_pledged_stays(body, want):
    assert want in pledges(body)


def test_a_capacity_run_into_a_projects_kind_is_its_name_after_the_verb_too():
    # (long15's rule, decision 5: "加快建设30万辆新能源汽车生产线" as "开工建设200万千瓦光伏项目": the figure names the project)
    assert not any(p[3] == "万千瓦" for p in pledges("开工建设200万千瓦光伏项目。"))


# 8. 市外内资 (Chengdu's 实际到位市外内资) and its kin are domestic investment inflow
@pytest.mark.parametrize("name", ["实际到位市外内资", "实际到位省外内资"])
def test_shi_wai_nei_zi_is_domestic_investment_inflow(name):
    fs = facts(_DISTRICT + f"全年{name}420亿元，增长6.8%。\n")
    assert val(fs, ("domestic_investment_inflow", "actual", "2021", "level")) == (420, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2021", "growth")) == (6.8, "eq")


# 9. a rank from one place to another with its field and verb before 由 ("在全市排名由第11位上升至第9位"): the end
# place is the fact, in the field named before (as "从全市第8位上升到第5位" already was)
@pytest.mark.parametrize("body,value", [
    ("全区地区生产总值增长5.9%，增速在全市排名由第8位上升至第5位。", 5),
    ("经济总量在全市排名由第11位上升至第9位。", 9),
    # look-alikes: the start place inside the field ("从全市第8位"), and a plain rank
    ("全区地区生产总值增长5.9%，增速从全市第8位上升到第5位。", 5),
    ("全区地区生产总值增长5.9%，增速居全市第5位。", 5),
])
def test_a_rank_from_place_to_place_is_its_end(body, value):
    fs = facts(_DISTRICT.replace("全年实现地区生产总值412.6亿元，增长8.1%。", "") + body + "\n")
    f = fs[("gdp", "actual", "2021", "rank")]
    assert (f.value, f.scope) == (value, "全市")


# 10. a bound held through the years reviewed, then the level of a year in a clause of its own ("粮食总产量连续五年稳定
# 在30亿斤以上，2021年达到33.6亿斤"): both, the bound the span's (as it is alone), the level the year's
_FIVE = ("望奎县人民政府工作报告\n——2022年1月12日在望奎县第十八届人民代表大会第一次会议上\n各位代表：\n"
         "一、过去五年工作回顾\n")


@pytest.mark.parametrize("body", [
    "五年来，全县地区生产总值年均增长5.2%。粮食总产量连续五年稳定在30亿斤以上，2021年达到33.6亿斤，创历史新高。",
    "五年来，粮食总产量稳定在30亿斤以上，2021年达到33.6亿斤。",
])
def test_a_held_bound_then_a_years_level_gives_both(body):
    fs = facts(_FIVE + body + "\n")
    assert val(fs, ("grain_output", "actual", "2017-2021", "level")) == (30, "at_least")
    assert val(fs, ("grain_output", "actual", "2021", "level")) == (33.6, "eq")


@pytest.mark.parametrize("body", [
    # look-alikes: the year named before both figures, and no year opening the level's clause
    "2021年，粮食总产量稳定在30亿斤以上，达到33.6亿斤。",
    "五年来，粮食总产量稳定在30亿斤以上，达到33.6亿斤。",
])
def test_a_bound_before_a_level_of_the_same_clause_run_is_not_kept(body):
    fs = facts(_FIVE + body + "\n")
    assert val(fs, ("grain_output", "actual", "2021", "level")) == (33.6, "eq")
    assert ("grain_output", "actual", "2017-2021", "level") not in fs
