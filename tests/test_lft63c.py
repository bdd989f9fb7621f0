"""lft63c (decision 532): what this hour's rounds left (decisions 522, 523, 525, 528), one class at a time, blind.

- The region's own target set by 确定为 (no 目标) after a neighbour's, a zone's or the level above's target ("相邻的扶风县确定的…增长目标为6%，我县
  确定为6.5%"): its target for the year reviewed (failed on the base: read as its result).
- A zone inside the region setting its own target ("县经济开发区确定的固定资产投资增长目标为15%"): the zone's figure, never the
  region's headline (failed on the base: the county's target).
- A card's change and its rank on one line ("+5.6%，居全省第3位"): both read, and the card block closes before the prose
  after it (failed on the base: both lost, and the prose ran into the card).
- A news page's paragraph opening on the plan ahead after a results' sub-head ("【数说2025】" then "报告提出，“十五五”时期，
  …"): the page's turn to the years ahead, its works pledged (failed on the base: all the page's pledges lost).
- 今年 right after a name under a plan's span ("“十五五”时期，…能耗今年下降2.5%，五年累计下降13%"): 2.5 the year's target, 13
  the plan's goal (failed on the base: 2.5 the goal, 13 lost and pledged as "五年").
- A year-led target list: its comparison with last year's target ("，比去年目标提高1个百分点") and its items split at ；
  on a news page are the list's, no pledges (failed on the base: pledged).
- Under the plan's goals, a clause opening on an act by a later year ("到2025年，全区建成5G基站3000个") is a pledge
  (failed on the base: none); a state reached ("规模以上工业企业达到450家") stays the goal's.
Look-alikes keep their reading."""
import pytest

import planwatch

_MEI = ("眉县人民政府工作报告\n——2024年1月16日在眉县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
        "过去一年，全县规模以上工业增加值增长8.1%。\n{t}\n\n二、2024年主要预期目标\n城镇新增就业3000人以上。\n\n"
        "三、2024年重点任务\n新建高标准农田3.5万亩。\n")
_NEWS = ("平凉市政府工作报告解读\n来源：平凉日报　发布时间：2026-01-21 08:30\n\n"
         "1月20日，平凉市第九届人民代表大会第六次会议开幕，市长李文杰代表市人民政府作政府工作报告。\n\n{t}\n")
_GOALS = ("平凉市人民政府工作报告\n——2026年1月20日在平凉市第九届人民代表大会第六次会议上\n\n一、2025年工作回顾\n"
          "过去一年，全市地区生产总值增长5.6%。\n\n二、“十五五”时期主要目标\n{t}\n\n三、2026年主要预期目标和重点工作\n{r}\n")
_CARDS = "【数说2025】\n地区生产总值\n812.6亿元\n{a}\n一般公共预算收入\n45.3亿元\n{b}\n\n"


def _read(page: str, t: str, r: str = "新建学校5所。"):
    text = page.format(t=t, r=r)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    pledges = {(p.object, p.value, p.unit) for p in doc.pledges}
    return facts, pledges, {(p.object, p.value): p.period for p in doc.pledges}


# 1. the region's own target by 确定为 after another's target
@pytest.mark.parametrize("t, want, gone", [
    ("年初，相邻的扶风县确定的地区生产总值增长目标为6%，我县确定为6.5%，实际增长略低于预期。",
     ("gdp", "target", "2023", "growth", 6.5), ("gdp", "actual", "2023", "growth", 6.5)),
    ("年初，相邻的扶风县确定的地区生产总值增长目标为6%，全县确定为6.5%。",
     ("gdp", "target", "2023", "growth", 6.5), ("gdp", "actual", "2023", "growth", 6.5)),
    ("年初，赣州经开区确定的地区生产总值增长目标为8%，我县确定为7.5%，实际增长低于预期。",
     ("gdp", "target", "2023", "growth", 7.5), ("gdp", "target", "2023", "growth", 8)),
    ("全市确定的地区生产总值增长目标为6%，我县确定为6.5%。",  # (after the level above's too)
     ("gdp", "target", "2023", "growth", 6.5), ("gdp", "actual", "2023", "growth", 6.5)),
    ("扶风县确定的固定资产投资增长目标为10%，我县安排为12%。",
     ("fixed_asset_investment", "target", "2023", "growth", 12), ("fixed_asset_investment", "actual", "2023", "growth", 12)),
])
def test_own_target_set_by_queding_wei_after_anothers(t, want, gone):
    facts, _, _ = _read(_MEI, t)
    assert want in facts and gone not in facts


# look-alike: its result after another's target (read on the base too)
@pytest.mark.parametrize("t, want", [
    ("年初，扶风县确定的地区生产总值增长目标为6%，我县实际增长6.8%。", ("gdp", "actual", "2023", "growth", 6.8)),
])
def test_own_result_kept(t, want):
    facts, _, _ = _read(_MEI, t)
    assert want in facts


# 2. a zone's own target is no target of the region's
@pytest.mark.parametrize("t, gone", [
    ("县经济开发区确定的固定资产投资增长目标为15%，全县固定资产投资实际增长9.3%。",
     ("fixed_asset_investment", "target", "2023", "growth", 15)),
    ("区商贸物流园确定的社会消费品零售总额增长目标为12%。", ("retail_sales", "target", "2023", "growth", 12)),
    ("高新区年初确定的规模以上工业增加值增长目标为15%，全县增长8.1%。", ("industrial_va", "target", "2023", "growth", 15)),
])
def test_zones_target_is_not_the_regions(t, gone):
    facts, _, _ = _read(_MEI, t)
    assert gone not in facts
    assert not any(f[0] == gone[0] and f[1] == "target" for f in facts)


# look-alike: the region's own target set early in the year is its target (both)
def test_year_start_target_kept():
    facts, _, _ = _read(_MEI, "年初确定的固定资产投资增长目标为10%，实际增长9.3%。")
    assert ("fixed_asset_investment", "target", "2023", "growth", 10) in facts
    assert ("fixed_asset_investment", "actual", "2023", "growth", 9.3) in facts


# 3. a card's change and rank on one line
@pytest.mark.parametrize("a, b", [
    ("+5.6%，居全省第3位", "+6.2%，居全省第4位"),
    ("+5.6%，增速居全省第3位", "+6.2%，排名全省第4位"),
])
def test_card_change_and_rank_on_one_line(a, b):
    facts, _, _ = _read(_NEWS, _CARDS.format(a=a, b=b) + "今年，全市将新建改造农村公路500公里。")
    assert ("gdp", "actual", "2025", "growth", 5.6) in facts
    assert ("gdp", "actual", "2025", "rank", 3) in facts
    assert ("general_budget_revenue", "actual", "2025", "growth", 6.2) in facts
    assert ("general_budget_revenue", "actual", "2025", "rank", 4) in facts


# look-alike: the rank on the line under the change (decision 525's form; both)
def test_card_rank_under_change_kept():
    facts, _, _ = _read(_NEWS, _CARDS.format(a="+5.6%\n增速居全省第3位", b="+6.2%\n增速居全省第4位"))
    assert ("gdp", "actual", "2025", "rank", 3) in facts and ("gdp", "actual", "2025", "growth", 5.6) in facts


# 4. a news page's turn to the plan ahead after a results' sub-head and its cards
def test_news_turn_to_plan_ahead_after_results_cards():
    t = (_CARDS.format(a="+5.6%", b="+6.2%") + "报告提出，“十五五”时期，全市地区生产总值年均增长6%左右。今后五年，全市将新建改造城市"
         "道路300公里。\n\n今年全市一般公共预算收入增长5%。全年将新建改造农村公路500公里，改造城镇老旧小区90个。")
    facts, pledges, periods = _read(_NEWS, t)
    assert ("城市道路", 300, "公里") in pledges and periods[("城市道路", 300)] == "2026-2030"
    assert ("农村公路", 500, "公里") in pledges and ("城镇老旧小区", 90, "个") in pledges
    assert ("gdp", "goal", "2026-2030", "growth", 6) in facts


# look-alike: a paragraph on the plan gone under the sub-head stays the results' (both)
def test_news_plan_gone_after_results_cards_no_pledge():
    t = _CARDS.format(a="+5.6%", b="+6.2%") + "“十四五”时期，全市累计新建学校50所，地区生产总值年均增长5.8%。"
    facts, pledges, _ = _read(_NEWS, t)
    assert ("学校", 50, "所") not in pledges


# 5. 今年 right after a name under a plan's span
@pytest.mark.parametrize("page, t, y, span", [
    (_GOALS, "“十五五”时期，全市地区生产总值年均增长6%左右，单位地区生产总值能耗今年下降2.5%，五年累计下降13%。", "2026",
     "2026-2030"),
    (_GOALS, "单位地区生产总值能耗今年下降2.5%，五年累计下降13%。", "2026", "2026-2030"),
    (_NEWS, "报告提出，“十五五”时期，全市单位地区生产总值能耗今年下降2.5%，五年累计下降13%。", "2026", "2026-2030"),
])
def test_this_year_after_name_under_plan_span(page, t, y, span):
    facts, pledges, _ = _read(page, t)
    assert ("energy_intensity", "target", y, "growth", -2.5) in facts
    assert ("energy_intensity", "goal", span, "growth", -13) in facts
    assert not any(p[1] == 13 for p in pledges)


# look-alike: the sum first, this year's after it (decision 523's reading; both)
def test_sum_first_then_this_year_kept():
    facts, _, _ = _read(_GOALS, "“十五五”时期，单位地区生产总值能耗五年累计下降13%，今年下降2.5%。")
    assert ("energy_intensity", "target", "2026", "growth", -2.5) in facts
    assert ("energy_intensity", "goal", "2026-2030", "growth", -13) in facts


# 6. a year-led target list: the comparison with last year's target, and its items split at ；
@pytest.mark.parametrize("page, t, r", [
    (_GOALS, "“十五五”时期，全市地区生产总值年均增长6%左右。",
     "今年全市地区生产总值增长目标确定为5.5%左右，比去年目标提高1个百分点；一般公共预算收入增长5%；城镇新增就业3.2万人。"),
    (_GOALS, "“十五五”时期，全市地区生产总值年均增长6%左右。",
     "今年地区生产总值增长目标确定为5.5%左右，比上年目标降低0.5个百分点；一般公共预算收入增长4%。"),
    (_NEWS, "今年全市地区生产总值增长目标确定为5.5%左右；一般公共预算收入增长5%；城镇新增就业3.2万人。全年将新建改造农村公路"
     "500公里。", ""),
])
def test_year_led_list_items_no_pledges(page, t, r):
    _, pledges, _ = _read(page, t, r)
    assert not any(o in ("一般公共预算收入", "城镇新增就业") for o, _, _ in pledges)


# look-alike: a task among the ；-pieces keeps its pledge, and so does a sentence of tasks (both)
@pytest.mark.parametrize("t, want", [
    ("今年全市地区生产总值增长6%；新建学校5所；城镇新增就业3.2万人。", ("学校", 5, "所")),
    ("今年全市新建学校5所；新建改造农村公路300公里。", ("农村公路", 300, "公里")),
])
def test_task_among_pieces_kept(t, want):
    _, pledges, _ = _read(_NEWS, t)
    assert want in pledges


# 7. an act by a later year under the plan's goals: lft63c's reading (decision 532, the spec's "a quantified commitment in a
# report's plan part", kept golds pledging "到“十五五”末建成…") was withdrawn at the merge — it contradicts the earlier
# decisions held by test_p2634 and test_adv44c (a goals part's sentence opened by the plan's end year pledges nothing, its
# 全年 clauses no year's pledge); left for a round that settles the two readings against the kept golds. Strict: a fix
# that pledges these makes them pass and this mark fail.
# (decision 532's (g), withdrawn at the merge, reinstated by decision 540, which settled it against test_p2634 and
# test_adv44c: a goals part's clause opening on an act is a pledge by its year; the states reached stay goals)
@pytest.mark.parametrize("t, want, period", [
    ("今后五年，全市新建改造城市道路120公里；到2030年，全市建成5G基站3000个。", ("5G基站", 3000, "个"), "2030"),
    ("到2030年，全市建成5G基站2万个，新建高标准农田60万亩。", ("高标准农田", 60, "万亩"), "2030"),
    ("到2030年，全市建成5G基站2万个，规模以上工业企业达到450家。", ("5G基站", 2, "万个"), "2030"),
])
def test_act_by_later_year_in_goals_part_pledged(t, want, period):
    _, pledges, periods = _read(_GOALS, t)
    assert want in pledges and periods[want[:2]] == period
    assert not any(o.startswith("规模以上工业企业") for o, _, _ in pledges)


# look-alike: states reached by the plan's end year stay goals (tests/test_long16.py's reading; both)
def test_states_by_later_year_no_pledge():
    facts, pledges, _ = _read(_GOALS, "到2030年，铁基新材料产业产值力争突破600亿元，规模以上工业企业达到450家，高新技术企业达到"
                              "200家。")
    assert not pledges - {("学校", 5, "所")}
    assert ("high_tech_enterprises", "goal", "2030", "level", 200) in facts


# look-alike: targets restated as a task item's ；-pieces, no year's word opening them, stay pledges (dst44; both)
def test_task_item_restating_targets_kept():
    page = _GOALS.replace("三、2026年主要预期目标和重点工作", "三、2026年重点工作")
    _, pledges, _ = _read(page, "“十五五”时期，全市地区生产总值年均增长6%左右。",
                          "（六）深化改革开放。实际利用外资1.2亿美元；进出口总额增长10%；新增市场主体2.5万户。")
    assert ("进出口总额", 10, "%") in pledges and ("市场主体", 2.5, "万户") in pledges
