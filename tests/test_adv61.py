"""An adversarial review of decisions 474, 477, 478 and 479, blind (adv61, decision 481): after a sector's "X方面，" the
level above's target said with 预期 or 计划 rather than 目标 ("全区预期增长10%，全县实际增长12.6%" in a county of 广西, "全省
预期增长6%，全州实际增长1.8%" in a 自治州), and a target the level above hands down (下达) — the region's own, decision 57 —
after 方面 or a label's colon ("一般公共预算收入方面，上级下达目标4.2亿元，全县完成4.35亿元", "：市下达目标4.2亿元",
"：省下达计划增长10%"). The look-alikes (the level above's 目标/省定目标, the region's own 年初预期)
keep what they gave."""
import pytest

from factkeys import key_values, pledged, read


def _county(body: str, region: str = "龙胜各族自治县", year: int = 2019) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月10日在{region}第十六届人民代表大会第四次会议上\n\n一、{year - 1}年工作"
            f"回顾\n\n{year - 1}年，全县地区生产总值完成78.6亿元，增长6.2%。{body}\n\n二、{year}年主要目标\n\n"
            f"地区生产总值增长7%左右。\n")


def _plan(body: str, region: str = "大理白族自治州") -> str:
    return (f"关于{region}2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n一、2022年国民经济和社会发展计划"
            f"执行情况\n\n{body}\n\n二、2023年计划草案\n\n地区生产总值增长6.5%左右。\n")


TEXTS = {"county": _county, "plan": _plan}


# 1. the level above's target by 预期 or 计划 after 方面, then the region's result (failed on the base: the result lost)
@pytest.mark.parametrize("kind, body, name, value", [
    ("county", "固定资产投资方面，全区预期增长10%，全县实际增长12.6%。", "fixed_asset_investment", 12.6),
    ("county", "规模以上工业增加值方面，全区计划增长7%，我县实际增长8.3%。", "industrial_va", 8.3),
    ("county", "社会消费品零售总额方面，自治区预期增长9%，全县实际增长9.6%。", "retail_sales", 9.6),
    ("plan", "社会消费品零售总额方面，全省预期增长6%，全州实际增长1.8%。", "retail_sales", 1.8),
])
def test_above_aim_by_other_words(kind, body, name, value):
    kv = key_values(read(TEXTS[kind](body)))
    year = "2018" if kind == "county" else "2022"
    assert kv.get((name, "actual", year, "growth")) == (value, "eq")
    assert (name, "target", year, "growth") not in kv


# 2. a target handed down (下达) after 方面 or a label's colon: the region's own target, then its result (failed on the
# base: after 方面 every figure lost, or the target lost; after the colon the target lost)
@pytest.mark.parametrize("kind, body, name, measure, target, actual", [
    ("county", "一般公共预算收入方面，上级下达目标4.2亿元，全县完成4.35亿元，增长5.1%。", "general_budget_revenue", "level", 4.2, 4.35),
    ("county", "固定资产投资方面，上级下达目标增长10%，全县实际增长12.6%。", "fixed_asset_investment", "growth", 10, 12.6),
    ("county", "社会消费品零售总额方面，桂林市下达目标增长9%，全县实际增长9.6%。", "retail_sales", "growth", 9, 9.6),
    ("county", "一般公共预算收入：市下达目标4.2亿元，全县完成4.35亿元，增长5.1%。", "general_budget_revenue", "level", 4.2, 4.35),
    ("plan", "（三）固定资产投资：省下达计划增长10%，全州实际下降12.7%。", "fixed_asset_investment", "growth", 10, -12.7),
])
def test_handed_down_target_is_own(kind, body, name, measure, target, actual):
    kv = key_values(read(TEXTS[kind](body)))
    year = "2018" if kind == "county" else "2022"
    assert kv.get((name, "target", year, measure)) == (target, "eq")
    assert kv.get((name, "actual", year, measure)) == (actual, "eq")


def test_handed_down_budget_keeps_its_growth():
    kv = key_values(read(_county("一般公共预算收入方面，上级下达目标4.2亿元，全县完成4.35亿元，增长5.1%。")))
    assert kv.get(("general_budget_revenue", "actual", "2018", "growth")) == (5.1, "eq")


# look-alikes, the same on the base and after: the level above's 目标 and 省定目标 (no fact), the region's own 年初预期, a
# handed-down target the base read already
@pytest.mark.parametrize("kind, body, name, measure, target, actual", [
    ("county", "规模以上工业增加值方面，全区目标为增长7%，全县实际增长8.3%。", "industrial_va", "growth", None, 8.3),
    ("county", "固定资产投资方面，年初预期增长10%，全县实际增长12.6%。", "fixed_asset_investment", "growth", 10, 12.6),
    ("county", "社会消费品零售总额方面，全市目标为8%，我县实际增长8.7%。", "retail_sales", "growth", None, 8.7),
    ("county", "一般公共预算收入：上级下达目标4.2亿元，全县完成4.35亿元。", "general_budget_revenue", "level", 4.2, 4.35),
    ("plan", "（四）社会消费品零售总额：全省预期增长6%，全州实际增长1.8%。", "retail_sales", "growth", None, 1.8),
    ("plan", "（二）规模以上工业增加值：省定目标增长10%，全州执行增长11.2%。", "industrial_va", "growth", None, 11.2),
])
def test_look_alikes_kept(kind, body, name, measure, target, actual):
    kv = key_values(read(TEXTS[kind](body)))
    year = "2018" if kind == "county" else "2022"
    assert kv.get((name, "target", year, measure)) == ((target, "eq") if target is not None else None)
    assert kv.get((name, "actual", year, measure)) == (actual, "eq")



def _page(body: str) -> str:
    return ("日照：今年集中办好12件民生实事\n\n来源：日照日报　　2024-01-16 07:05\n\n1月15日上午，日照市第二十届人民代表大会第三次"
            "会议开幕。市长李文华代表市人民政府作政府工作报告。\n\n【民生实事】\n\n今年市政府将集中办好12件民生实事。具体包括："
            f"新建城市公园30处。\n\n{body}\n")


# 3. on a news page's 民生实事 paragraphs, a clause last year's words date, not opening the sentence (failed on the base:
# last year's result pledged)
@pytest.mark.parametrize("body, obj", [
    ("市民代表王先生说，他所在的社区去年新增停车位300个。", "停车位"),
    ("据介绍，去年全市新增停车位3000个。", "停车位"),
    ("王先生说，上年社区改造老旧小区12个，很受欢迎。", "老旧小区"),
])
def test_last_years_clause_no_pledge(body, obj):
    assert not any(obj in o for o, _v, _u in pledged(read(_page(body))))
    assert ("城市公园", 30, "处") in pledged(read(_page(body)))


# look-alikes: last year as a change's base or a span's start, a clause of this year after last year's
@pytest.mark.parametrize("body, item", [
    ("在去年基础上，再新增停车位3000个。", ("停车位", 3000, "个")),
    ("去年以来开工的项目要加快建设，新建停车位3000个。", ("停车位", 3000, "个")),
    ("去年已建成停车位1000个，今年再新建停车位3000个。", ("停车位", 3000, "个")),
    ("今年新增停车位2万个，比去年多5000个。", ("停车位", 2, "万个")),
])
def test_this_years_work_beside_last_year_kept(body, item):
    assert item in pledged(read(_page(body)))
