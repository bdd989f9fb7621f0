"""Targets of the level above, handed down, and the region's own, blind (hnd61, decision 493). One reading: a target the
level above hands down (下达) is the one the region was set, its own (decision 57; the kept golds' “完成国家下达任务”), and
the level above's own plan or result is no fact of the region's. Fixed: a task handed down at its figure after a label
(“：上级下达任务52亿元，全州完成53.6亿元”); a handed-down target a result is set against after 比/较/高于 (“，比省下达的
目标5%高0.6个百分点”); the level above's result or plan after a label, then the region's own bare result (“：全省增长4.6%，
全州增长5.1%”, “：全省预期增长7%，全州增长8.4%”); “…方面，省里下达的目标为增长10%，…” read as the region's own, as
after a label's colon. The look-alikes keep what they gave."""
import pytest

from factkeys import key_values, read


def _gwr(body: str, region: str = "湘西土家族苗族自治州", own: str = "州") -> str:
    return (f"{region}政府工作报告\n——2024年1月8日在{region}第十五届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n"
            f"过去一年，全{own}经济运行稳中有进。\n{body}\n\n二、2024年主要目标\n\n地区生产总值增长5.5%左右。\n")


def _plan(body: str, region: str = "金牛区") -> str:
    return (f"关于{region}2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n\n一、2024年计划执行情况\n\n{body}\n\n"
            f"二、2025年计划草案\n\n地区生产总值增长6%左右。\n")


def _jinjiang(body: str) -> str:
    return _gwr(body, "晋江市", "市")


def _kv(text: str) -> dict:
    return key_values(read(text))


# 1. a task handed down (下达任务) at its figure after a label: the region's own target, then its result (failed on the
# base: the target lost, 任务 before a figure no word of setting)
@pytest.mark.parametrize("doc, body, name, year, unit_value, actual", [
    (_gwr, "一般公共预算收入：上级下达任务52亿元，全州完成53.6亿元，增长4.2%。", "general_budget_revenue", "2023", 52, 53.6),
    (_gwr, "城镇新增就业：省下达任务1.8万人，全州完成1.93万人。", "urban_new_jobs", "2023", 1.8, 1.93),
    (_plan, "（六）城镇新增就业：市下达任务2.6万人，全区完成2.75万人，占全市的9.5%。", "urban_new_jobs", "2024", 2.6, 2.75),
])
def test_task_handed_down_at_its_figure(doc, body, name, year, unit_value, actual):
    kv = _kv(doc(body))
    assert kv.get((name, "target", year, "level")) == (unit_value, "eq")
    assert kv.get((name, "actual", year, "level")) == (actual, "eq")


# 1b. look-alike: the part of the task done (下达任务的103.5%) sets no target, and the sentences after it stay results
def test_part_of_a_handed_down_task_done_sets_nothing():
    kv = _kv(_jinjiang("一般公共预算收入完成152.3亿元，完成泉州市下达任务的103.5%。城镇新增就业1.52万人。"
                       "社会消费品零售总额增长6.1%。"))
    assert kv.get(("general_budget_revenue", "actual", "2023", "level")) == (152.3, "eq")
    assert ("general_budget_revenue", "target", "2023", "level") not in kv
    assert kv.get(("urban_new_jobs", "actual", "2023", "level")) == (1.52, "eq")
    assert kv.get(("retail_sales", "actual", "2023", "growth")) == (6.1, "eq")
    assert ("retail_sales", "target", "2024", "growth") not in kv


# 2. a handed-down target the result is set against (比/较/高于 … 下达的): last year's target of the region (failed on the
# base: no target)
@pytest.mark.parametrize("doc, body, name, measure, value", [
    (_gwr, "社会消费品零售总额增长5.6%，比省下达的目标5%高0.6个百分点。", "retail_sales", "growth", 5),
    (_gwr, "社会消费品零售总额增长5.6%，比省下达我州的目标5%高0.6个百分点。", "retail_sales", "growth", 5),
    (_gwr, "社会消费品零售总额增长5.6%，高于省下达的目标5%。", "retail_sales", "growth", 5),
    (_gwr, "一般公共预算收入53.6亿元，较上级下达的任务52亿元多1.6亿元。", "general_budget_revenue", "level", 52),
    (_jinjiang, "全市地区生产总值3391.6亿元，增长5.2%，比泉州市下达的目标5%高0.2个百分点。", "gdp", "growth", 5),
])
def test_handed_down_target_compared(doc, body, name, measure, value):
    kv = _kv(doc(body))
    assert kv.get((name, "target", "2023", measure)) == (value, "eq")
    assert (name, "actual", "2023", measure) in kv


# 2b. look-alikes: the region's own target compared (passes on both), the level above's average (no target)
@pytest.mark.parametrize("body, target", [
    ("社会消费品零售总额增长5.6%，比年初目标5%高0.6个百分点。", 5),
    ("社会消费品零售总额增长5.6%，比预期目标5%高0.6个百分点。", 5),
    ("社会消费品零售总额增长5.6%，比全省平均水平高0.6个百分点。", None),
])
def test_own_target_or_average_compared(body, target):
    kv = _kv(_gwr(body))
    assert kv.get(("retail_sales", "actual", "2023", "growth")) == (5.6, "eq")
    assert kv.get(("retail_sales", "target", "2023", "growth")) == (None if target is None else (target, "eq"))


# 3. after a label, the level above's result or plan, then the region's own bare result (failed on the base: the level
# above's figure read as the region's, or the region's lost)
@pytest.mark.parametrize("doc, body, name, year, value", [
    (_gwr, "地区生产总值：全省增长4.6%，全州增长5.1%，总量达到785.3亿元。", "gdp", "2023", 5.1),
    (_gwr, "规模以上工业增加值：全省预期增长7%，全州增长8.4%。", "industrial_va", "2023", 8.4),
    (_plan, "（七）城镇居民人均可支配收入：全市增长4.9%，全区增长5.2%。", "urban_disposable_income", "2024", 5.2),
])
def test_own_result_after_the_level_aboves(doc, body, name, year, value):
    kv = _kv(doc(body))
    assert kv.get((name, "actual", year, "growth")) == (value, "eq")
    assert (name, "target", year, "growth") not in kv


def test_own_level_after_the_level_aboves_result():
    kv = _kv(_gwr("地区生产总值：全省增长4.6%，全州增长5.1%，总量达到785.3亿元。"))
    assert kv.get(("gdp", "actual", "2023", "level")) == (785.3, "eq")


# 3b. look-alikes (pass on both): the region's result named 实际, the level above's after 方面, the district's own plan
@pytest.mark.parametrize("doc, body, name, year, target, actual", [
    (_gwr, "规模以上工业增加值：全省预期增长7%，全州实际增长8.4%。", "industrial_va", "2023", None, 8.4),
    (_gwr, "规模以上工业增加值方面，全省增长6%，全州增长8.4%。", "industrial_va", "2023", None, 8.4),
    (_plan, "（二）固定资产投资：全区计划增长8%，全区实际增长9.1%。", "fixed_asset_investment", "2024", 8, 9.1),
    (_plan, "（五）规模以上工业增加值：区定目标增长5%，全区实际增长4.6%。", "industrial_va", "2024", 5, 4.6),
])
def test_kept_label_readings(doc, body, name, year, target, actual):
    kv = _kv(doc(body))
    assert kv.get((name, "actual", year, "growth")) == (actual, "eq")
    assert kv.get((name, "target", year, "growth")) == (None if target is None else (target, "eq"))


# 4. one reading of 下达的目标 after 方面: the region's own, as after a label's colon (failed on the base: no target)
def test_handed_down_target_after_a_sector():
    kv = _kv(_gwr("固定资产投资方面，省里下达的目标为增长10%，全州实际增长9.6%。"))
    assert kv.get(("fixed_asset_investment", "target", "2023", "growth")) == (10, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2023", "growth")) == (9.6, "eq")


# 4b. look-alike (passes on both): the level above's own target by 确定 after 方面, no fact of the region's
def test_level_aboves_own_target_after_a_sector():
    kv = _kv(_gwr("规模以上工业增加值方面，湖南省确定的目标为增长8%，全州实际增长8.9%。"))
    assert kv.get(("industrial_va", "actual", "2023", "growth")) == (8.9, "eq")
    assert ("industrial_va", "target", "2023", "growth") not in kv


# 5. a district's own whole after 方面, its plan then its result (failed on the base: nothing read)
def test_district_own_plan_after_a_sector():
    kv = _kv(_plan("（二）固定资产投资方面，全区计划增长8%，全区实际增长9.1%。"))
    assert kv.get(("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2024", "growth")) == (9.1, "eq")


# 5b. look-alike (passes on both): 全区 in a county of 广西 is the autonomous region's plan, no target of the county's
def test_autonomous_regions_plan_after_a_sector():
    kv = _kv(_gwr("规模以上工业增加值方面，全区计划增长7%，全县实际增长8.3%。", "龙胜各族自治县", "县"))
    assert kv.get(("industrial_va", "actual", "2023", "growth")) == (8.3, "eq")
    assert ("industrial_va", "target", "2023", "growth") not in kv


# 6. the region's own figure set after the handed-down one is a target, no pledge of "为" (failed on the base: a pledge
# 增长 7% of 为); look-alike (passes on both): a count set in the tasks still pledges
def _plan_part(body: str) -> str:
    return _plan("（一）地区生产总值：市下达目标增长6%，全区实际增长6.3%。").replace(
        "地区生产总值增长6%左右。", "2025年主要预期目标：\n地区生产总值：增长6%左右。\n" + body)


def test_own_figure_set_after_the_handed_down_no_pledge():
    d = read(_plan_part("市下达我区的社会消费品零售总额增长目标为6%，我区确定为增长7%。\n重点工作：改造老旧小区60个。"))
    assert key_values(d).get(("retail_sales", "target", "2025", "growth")) == (7, "eq")
    assert not any(p.object in ("为", "是") for p in d.pledges)
    assert {(p.object, p.value) for p in d.pledges} >= {("老旧小区", 60)}
