"""What this hour's rounds left, one class at a time, blind (lft53b, decision 428): an explainer card's change signed alone
on its line under the card's level ("305.2亿元\\n+5.8%", "28740元\\n↑6.6%", "55.1%\\n+1.2个百分点"); a card's sub-head
with its year after the words ("目标2021", "奋斗2021", "重点任务2021"); a principle leading an allocation after the year's
target list ("…以内。按照“…”的原则，安排…资金20亿元"). With look-alikes that must not change. The sentences are written for
these tests, not copied from the set."""
from factkeys import key_values, pledged, read

_CARD = "图说｜2021年武城县政府工作报告\n来源：武城发布　2021-02-03 10:12\n\n"


def _card(body: str) -> tuple[dict, set]:
    d = read(_CARD + body + "\n\n编辑：王丽\n", "武城县.txt", region="武城县", level="county", report_year=2021)
    return key_values(d), pledged(d)


_RESULTS = "2020成绩单\n地区生产总值\n305.2亿元\n+5.8%\n城镇居民人均可支配收入\n28740元\n↑6.6%\n城镇化率\n55.1%\n+1.2个百分点\n"


# --- (a) a card's change signed alone under its level ---

def test_signed_change_under_the_level_is_the_cards_growth():
    # "+5.8%" and "↑6.6%" alone under the level: the card's growth, as "305.2亿元 +5.8%" on one line
    kv, _ = _card(_RESULTS)
    assert kv.get(("gdp", "actual", "2020", "growth")) == (5.8, "eq")
    assert kv.get(("urban_disposable_income", "actual", "2020", "growth")) == (6.6, "eq")
    assert kv.get(("gdp", "actual", "2020", "level")) == (305.2, "eq")


def test_signed_points_under_a_share_is_its_change_in_points():
    # "+1.2个百分点" under a share's card: its change in points
    kv, _ = _card(_RESULTS)
    assert kv.get(("urbanization_rate", "actual", "2020", "pp_change")) == (1.2, "eq")
    assert kv.get(("urbanization_rate", "actual", "2020", "share")) == (55.1, "eq")


def test_signed_change_on_the_levels_line_as_before():
    # look-alike: the change on the level's own line was read before and still is
    kv, _ = _card("2020成绩单\n一般公共预算收入\n18.6亿元 +4.4%\n")
    assert kv.get(("general_budget_revenue", "actual", "2020", "growth")) == (4.4, "eq")


def test_signed_days_under_a_card_give_no_fact():
    # look-alike: a change in days ("+15天") is no fact (facts.md); the next card's figure keeps its own name
    kv, _ = _card("2020成绩单\n空气质量优良天数\n251天\n+15天\n粮食总产量\n48.3万吨\n")
    assert kv.get(("good_air_days", "actual", "2020", "level")) == (251, "eq")
    assert kv.get(("grain_output", "actual", "2020", "level")) == (48.3, "eq")
    assert not any(v == (15, "eq") for v in kv.values())


# --- (c) a sub-head with its year after the words ---

def test_target_head_with_the_year_after_reads_the_years_targets():
    # "目标2021" over target cards after last year's results: 2021's targets, not 2020's results
    kv, _ = _card(_RESULTS + "\n目标2021\n地区生产总值 增长7%左右\n固定资产投资 增长9%\n")
    assert kv.get(("gdp", "target", "2021", "growth")) == (7, "about")
    assert kv.get(("fixed_asset_investment", "target", "2021", "growth")) == (9, "eq")
    assert ("fixed_asset_investment", "actual", "2020", "growth") not in kv


def test_strive_head_with_the_year_after_reads_the_years_targets():
    # "奋斗2021" the same
    kv, _ = _card(_RESULTS + "\n奋斗2021\n一般公共预算收入 增长6%\n城镇新增就业 5200人\n")
    assert kv.get(("general_budget_revenue", "target", "2021", "growth")) == (6, "eq")
    assert kv.get(("urban_new_jobs", "target", "2021", "level")) == (5200, "eq")
    assert ("urban_new_jobs", "actual", "2020", "level") not in kv


def test_year_first_head_as_before():
    # look-alike: "2021目标" (decision 420's) still leads the year's targets
    kv, _ = _card(_RESULTS + "\n2021目标\n地区生产总值 增长7%左右\n")
    assert kv.get(("gdp", "target", "2021", "growth")) == (7, "about")


# --- (d) a principle leading an allocation after the year's target list ---

_GZ = "遵义市2024年政府工作报告（摘要）\n\n2023年，全市地区生产总值增长5.4%。\n\n"


def _gz(body: str) -> set:
    d = read(_GZ + body + "\n", "遵义市.txt", region="遵义市", level="prefecture", report_year=2024)
    return pledged(d)


def test_principle_lead_before_an_allocation_after_figure_first_target():
    # "按照“…”的原则，安排…20亿元" after a list holding "按照增长6%左右安排…预期目标": the allocation a pledge
    got = _gz("今年经济社会发展的主要预期目标是：按照增长6%左右安排全市地区生产总值预期目标，城镇调查失业率控制在5.5%以内。"
              "按照“突出重点、统筹兼顾”的原则，安排市级产业发展资金20亿元，重点支持园区建设。")
    assert ("市级产业发展资金", 20, "亿元") in got


def test_principle_lead_before_an_allocation_after_plain_list():
    # the same after a list of names first; 遵循 as a lead
    got = _gz("今年经济社会发展的主要预期目标是：全市地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。"
              "遵循“保基本、可持续”的原则，安排市级就业补助资金3亿元。")
    assert ("市级就业补助资金", 3, "亿元") in got


def test_principle_with_no_comma_and_no_figure_pledges_nothing():
    # look-alike: "按照“应保尽保”的原则做好…" (no comma after the principle, no figure) stays the list's: no pledge
    got = _gz("今年经济社会发展的主要预期目标是：全市地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。"
              "按照“应保尽保”的原则做好困难群众基本生活保障，城乡居民人均可支配收入增长6%。")
    assert got == set()
