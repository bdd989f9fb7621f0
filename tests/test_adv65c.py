"""adv65c (decision 570): an adversarial review of decisions 563, 564 and 565, blind.

- A year's aim and its result in the next sentence, then a sentence opening on 全年为 and a count (“年初，市政府努力实现规模以上
  工业增加值增长10%的目标。实际增长8.7%。全年为26个重点村每村安排衔接资金50万元”): the third sentence is no second result of
  the aim (failed on the base: the result lost, the grant's 50万元 read as the name's level; facts._plan_then_result_next).
- The region's own figure after the levels above in turn, set by 按 with its verb after it or by a bare 为 (“全盟确定为7%左右，
  我旗按7.5%安排”, “全旗为7.5%”): the region's target (failed on the base: nothing read; facts._own_figure_re,
  _OWN_SET_CLAUSE, cues.tsv own_set_by_verbs).
- A held level of the year, then the plan's goal after a 、 (“粮食产量稳定在25亿斤以上、2020年达到26亿斤”): both (failed on
  the base: the year's target lost; facts._pick_single).
- A grant after 每, a counter and a body's name with words before its head (“每所乡镇卫生院补助设备购置资金50万元”, “每家养老
  机构补助运营经费5万元”): the funds pledged at the rate (failed on the base: none, or the action read inside the funds;
  pledges._each_place_word, cues.tsv each_body_ends).
- A news page's restated target list split at ；, the output's rate in its first piece (“报告提出，2025年全市地区生产总值增长6%
  左右；…；城镇新增就业3万人以上。”): no indicator's count pledged (failed on the base: 城镇新增就业 pledged;
  pledges._output_rate_before).
Look-alikes keep their reading (they pass before and after)."""
from __future__ import annotations

import pytest

from factkeys import pledges_from, read

_HEADS = {
    "county": "利川市人民政府工作报告\n——2023年1月10日在利川市第九届人民代表大会第三次会议上\n市长　田勇\n一、2022年工作回顾\n",
    "city": "政府工作报告\n——2021年1月12日在南平市第六届人民代表大会第五次会议上\n市长 林军\n一、2020年工作回顾\n",
    "prov": "政府工作报告\n——2019年1月28日在陕西省第十三届人民代表大会第二次会议上\n省长 刘明\n一、2018年工作回顾\n",
    "banner": "科尔沁右翼前旗人民政府工作报告\n——2019年1月8日在科尔沁右翼前旗第十七届人民代表大会第三次会议上\n旗长　包文华\n"
              "二、2019年主要目标\n",
    "county_t": "宾川县人民政府工作报告\n——2024年1月9日在宾川县第十八届人民代表大会第四次会议上\n县长　李杰\n二、2024年主要目标\n",
    "prov_t": "政府工作报告\n——2020年1月15日在江西省第十三届人民代表大会第四次会议上\n省长 易炼红\n二、2020年主要目标\n",
}


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value)
            for f in read(_HEADS[head] + body + "\n", "t.txt").facts if not f.indicator.startswith("other:")}


# --- the result's sentence, then 全年为 and a count: no second result -------------------------------------------------

AIM_RESULT_THEN_COUNT = [
    ("county", "年初，市政府努力实现规模以上工业增加值增长10%的目标。实际增长8.7%。全年为26个重点村每村安排衔接资金50万元。",
     {("industrial_va", "target", "2022", "growth", 10), ("industrial_va", "actual", "2022", "growth", 8.7)}),
    ("city", "固定资产投资计划增长10%。实际增长8.7%。全年为26个村每户发放补贴2000元。",
     {("fixed_asset_investment", "target", "2020", "growth", 10), ("fixed_asset_investment", "actual", "2020", "growth", 8.7)}),
    ("prov", "年初，全省力争进出口总额增长8%。实际增长9.1%。全年为120个贫困县每县安排专项资金3000万元。",
     {("foreign_trade", "target", "2018", "growth", 8), ("foreign_trade", "actual", "2018", "growth", 9.1)}),
]

KEPT_RESULT = [
    # (the aim's result in the next sentence, as decision 565 reads it; a bare 全年 count after it is another thing's)
    ("county", "年初，全市力争规模以上工业增加值增长10%。实际增长8.7%。全年投入衔接资金5000万元。",
     {("industrial_va", "target", "2022", "growth", 10), ("industrial_va", "actual", "2022", "growth", 8.7)}),
    ("city", "年初，全市力争固定资产投资增长12%。全年实际增长10.5%。",
     {("fixed_asset_investment", "target", "2020", "growth", 12), ("fixed_asset_investment", "actual", "2020", "growth", 10.5)}),
    ("county", "年初，全市努力实现地区生产总值增长7.5%的目标。实际增长6.8%，总量达到812亿元。",
     {("gdp", "target", "2022", "growth", 7.5), ("gdp", "actual", "2022", "growth", 6.8), ("gdp", "actual", "2022", "level", 812)}),
]


@pytest.mark.parametrize("head,body,want", AIM_RESULT_THEN_COUNT)
def test_result_then_whole_year_count_is_no_second_result(head, body, want):
    assert _facts(head, body) == want


@pytest.mark.parametrize("head,body,want", KEPT_RESULT)
def test_aim_result_kept(head, body, want):
    assert _facts(head, body) == want


# --- the region's own figure after levels above: 按…安排, a bare 为 ---------------------------------------------------

OWN_AFTER_ABOVE = [
    ("banner", "地区生产总值增长目标，自治区确定为6.5%左右，全盟确定为7%左右，我旗按7.5%安排。",
     {("gdp", "target", "2019", "growth", 7.5)}),
    ("banner", "地区生产总值增长目标，全区确定为6.5%左右，全盟确定为7%左右，全旗按7.5%左右安排。",
     {("gdp", "target", "2019", "growth", 7.5)}),
    ("banner", "地区生产总值增长目标，全区确定为6.5%左右，全盟确定为7%左右，全旗为7.5%。",
     {("gdp", "target", "2019", "growth", 7.5)}),
    ("county_t", "地区生产总值增长目标，全省确定为5%左右，全州确定为6%，我县按增长6.5%考虑。",
     {("gdp", "target", "2024", "growth", 6.5)}),
]

KEPT_OWN = [
    # (a verb after the figure that sets nothing: nothing, as the base)
    ("banner", "地区生产总值增长目标，全盟确定为7%左右，我旗按7.5%测算。", set()),
    # (decision 563's levels in turn, 确定为)
    ("banner", "地区生产总值增长目标，全区确定为6.5%左右，全盟确定为7%左右，我旗确定为7.5%。",
     {("gdp", "target", "2019", "growth", 7.5)}),
    # (the levels above only)
    ("county_t", "地区生产总值增长目标，全省确定为5%左右，全州确定为6%。", set()),
]


@pytest.mark.parametrize("head,body,want", OWN_AFTER_ABOVE)
def test_own_figure_by_an_after_levels_above(head, body, want):
    assert _facts(head, body) == want


@pytest.mark.parametrize("head,body,want", KEPT_OWN)
def test_own_figure_kept(head, body, want):
    assert _facts(head, body) == want


# --- a held level, then the plan's goal after a 、 ---------------------------------------------------------------------

HELD_THEN_GOAL = [
    ("banner", "粮食产量稳定在25亿斤以上、2020年达到26亿斤。",
     {("grain_output", "target", "2019", "level", 25), ("grain_output", "goal", "2020", "level", 26)}),
    ("prov_t", "粮食产量稳定在430亿斤以上、到2022年达到440亿斤。",
     {("grain_output", "target", "2020", "level", 430), ("grain_output", "goal", "2022", "level", 440)}),
    ("county_t", "城镇新增就业5000人、2025年达到6000人。",
     {("urban_new_jobs", "target", "2024", "level", 5000), ("urban_new_jobs", "goal", "2025", "level", 6000)}),
]

KEPT_HELD = [
    ("banner", "粮食产量稳定在25亿斤以上，2020年达到26亿斤。",
     {("grain_output", "target", "2019", "level", 25), ("grain_output", "goal", "2020", "level", 26)}),
    # (two figures after a 、 with no year: the first, as the base)
    ("banner", "粮食产量达到25亿斤、26亿斤。", {("grain_output", "target", "2019", "level", 25)}),
]


@pytest.mark.parametrize("head,body,want", HELD_THEN_GOAL)
def test_held_level_then_goal_after_list_mark(head, body, want):
    assert _facts(head, body) == want


@pytest.mark.parametrize("head,body,want", KEPT_HELD)
def test_held_level_kept(head, body, want):
    assert _facts(head, body) == want


# --- a grant after 每, a counter and a body's name ---------------------------------------------------------------------

_TASKS = ("宾川县人民政府工作报告\n——2024年1月9日在宾川县第十八届人民代表大会第四次会议上\n县长　李杰\n"
          "一、2023年工作回顾\n全县地区生产总值增长5%。\n二、2024年重点工作\n{t}\n")


def _pledges(t: str) -> set:
    return {(p.action, p.object, p.value, p.unit) for p in pledges_from(_TASKS, t)}


GRANT_BODIES = [
    ("每所乡镇卫生院补助设备购置资金50万元。", {("补助", "设备购置资金", 50, "万元")}),
    ("每所农村学校补助改造资金30万元。", {("补助", "改造资金", 30, "万元")}),
    ("每家养老机构补助运营经费5万元。", {("补助", "运营经费", 5, "万元")}),
    ("每个社区养老服务中心补助建设资金20万元。", {("补助", "建设资金", 20, "万元")}),
]

KEPT_GRANTS = [
    ("每所乡镇卫生院配备2名全科医生。", set()),  # (a norm for each, no grant)
    ("每所学校配备1名心理健康教师。", set()),
    ("新建乡镇卫生院5所，每所补助200万元。", {("新建", "乡镇卫生院", 5, "所")}),
    ("每个月补助生活费300元。", set()),
    ("每家每户补助500元。", set()),
    ("每所学校补助改造资金30万元。", {("补助", "改造资金", 30, "万元")}),
]


@pytest.mark.parametrize("t,want", GRANT_BODIES)
def test_grant_after_each_counted_body(t, want):
    assert _pledges(t) == want


@pytest.mark.parametrize("t,want", KEPT_GRANTS)
def test_grant_kept(t, want):
    assert _pledges(t) == want


# --- a news page's target list split at ；---------------------------------------------------------------------------

_NEWS = ("天水市政府工作报告（摘要）\n2025-01-20 08:30　来源：天水日报\n\n1月19日，天水市第十八届人民代表大会第五次会议开幕。"
         "市长王刚代表市人民政府作政府工作报告。\n\n{t}\n")


def _news_pledges(t: str) -> set:
    return {(p.action, p.object, p.value, p.unit) for p in pledges_from(_NEWS, t)}


LIST_SPLIT = [
    ("报告提出，2025年全市地区生产总值增长6%左右；城镇新增就业3万人以上。", set()),
    ("报告提出，2025年全市地区生产总值增长6%左右；社会消费品零售总额增长6%，总量达到420亿元；城镇新增就业3万人以上。", set()),
    ("报告提出，今年全省地区生产总值预期增长5.5%；新增城镇就业45万人。", set()),
    # (a task beside the list's pieces stays)
    ("报告提出，今年全市地区生产总值增长6%左右；新建城市公园10个；城镇新增就业3万人以上。", {("新建", "城市公园", 10, "个")}),
]

KEPT_LIST = [
    # (no output's rate before: decision 321's count task stays pledged)
    ("报告提出，今年全市城镇新增就业3万人以上；新建城市公园10个。",
     {("新增", "城镇新增就业", 3, "万人"), ("新建", "城市公园", 10, "个")}),
    # (the output's rate in the same piece: decision 321's reading, as before)
    ("报告提出，今年全市地区生产总值增长6%左右，城镇新增就业3万人以上。", set()),
]


@pytest.mark.parametrize("t,want", LIST_SPLIT)
def test_list_split_at_semicolon_pledges_no_indicator(t, want):
    assert _news_pledges(t) == want


@pytest.mark.parametrize("t,want", KEPT_LIST)
def test_list_split_kept(t, want):
    assert _news_pledges(t) == want


# --- probed harder: 年初, a verb of setting (not an aim word) before the name, the result opening the next sentence --

YEAR_START_SET_THEN_RESULT = [
    ("county", "年初，市政府工作报告提出固定资产投资增长10%。实际增长3.2%。",
     {("fixed_asset_investment", "target", "2022", "growth", 10), ("fixed_asset_investment", "actual", "2022", "growth", 3.2)}),
    ("city", "年初，全市提出固定资产投资增长10%。实际下降3.2%。",
     {("fixed_asset_investment", "target", "2020", "growth", 10), ("fixed_asset_investment", "actual", "2020", "growth", -3.2)}),
    ("prov", "年初，省人代会确定地区生产总值增长7%。全年实际增长6.2%，总量达到420亿元。",
     {("gdp", "target", "2018", "growth", 7), ("gdp", "actual", "2018", "growth", 6.2), ("gdp", "actual", "2018", "level", 420)}),
]

KEPT_YEAR_START_SET = [
    # (年初 glued to the set verb: read on the base already)
    ("county", "年初确定规模以上工业增加值增长9%。实际增长9.5%。",
     {("industrial_va", "target", "2022", "growth", 9), ("industrial_va", "actual", "2022", "growth", 9.5)}),
    # (the next sentence another name's result)
    ("city", "年初，市人代会提出固定资产投资增长10%。全年新增城镇就业6000人。",
     {("fixed_asset_investment", "target", "2020", "growth", 10), ("urban_new_jobs", "actual", "2020", "level", 6000)}),
]


@pytest.mark.parametrize("head,body,want", YEAR_START_SET_THEN_RESULT)
def test_year_start_set_verb_then_result_next(head, body, want):
    assert _facts(head, body) == want


@pytest.mark.parametrize("head,body,want", KEPT_YEAR_START_SET)
def test_year_start_set_verb_kept(head, body, want):
    assert _facts(head, body) == want
