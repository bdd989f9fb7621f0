"""Whole provincial reports of 2026, long, blind (lng40b, decision 231): a review mixing the plan period's averages and
totals into the year's theme paragraphs (“增长5.5%，“十四五”时期年均增长5.8%”, “8.2万人，五年累计新增40.6万人”), whose
sentences and paragraphs after the aside are still the year's; and a stock the year's part states only by its gain
(“新增国家高新技术企业5100家”) restated by its total in the five-year review (“高新技术企业数量从2.2万家增加到4.9万家”)."""
import pytest

from factkeys import facts


def _report(place, body, year=2026):
    return (f"政府工作报告\n——{year}年1月20日在{place}第十四届人民代表大会第五次会议上\n"
            f"一、{year - 1}年和“十四五”时期工作回顾\n"
            f"　　{year - 1}年是“十四五”规划的收官之年。过去一年，我们迎难而上，经济社会发展稳中有进。\n"
            f"{body}\n二、{year}年政府工作安排\n　　今年主要预期目标是：地区生产总值增长5%左右。\n")


# 1. a plan period's average or total right after the year's own figure, in a theme paragraph: an aside, the
# figures after it (its sentence's line and the paragraphs after) are the year's
@pytest.mark.parametrize("aside", [
    "增长5.5%，“十四五”时期年均增长5.8%。",
    "增长5.5%，“十四五”期间年均增长5.8%。",
    "增长5.5%，“十四五”时期年均增长5.8%；",
    "增长5.5%，“十三五”时期年均增长5.8%。",
    "增长5.5%，“十四五”以来年均增长5.8%。",
    "增长5.5%，“十四五”期间累计增长31%。",
])
@pytest.mark.parametrize("place", ["宁夏回族自治区", "青海省", "西藏自治区"])
def test_a_plan_average_after_the_years_growth_is_an_aside(aside, place):
    body = (f"　　经济实力稳步提升。全区地区生产总值达到5580亿元，{aside}规模以上工业增加值增长8.6%，"
            "社会消费品零售总额增长4.3%。\n　　民生福祉不断增进。农村居民人均可支配收入1.94万元、增长6.8%。")
    fs = facts(_report(place, body))
    # (the closed 十三五 named before its average is that plan's, 2016-2020: decision 437)
    assert ("gdp", "actual", "2016-2020" if "十三五" in aside else "2021-2025", "growth") in fs
    for ind in ("industrial_va", "retail_sales", "rural_disposable_income"):
        assert (ind, "actual", "2025", "growth") in fs, ind
        assert (ind, "actual", "2021-2025", "growth") not in fs, ind


@pytest.mark.parametrize("count,unit", [("8.2万人", "万人"), ("52000人", "人")])
def test_a_five_year_total_after_the_years_count_is_an_aside(count, unit):
    body = (f"　　经济实力稳步提升。全区地区生产总值达到5580亿元，增长5.5%。城镇新增就业{count}，五年累计新增40.6万人；"
            "城镇调查失业率5.1%。居民消费价格上涨0.3%。\n"
            "　　乡村振兴扎实推进。城镇居民人均可支配收入4.5万元、增长4.2%。")
    fs = facts(_report("宁夏回族自治区", body))
    assert fs[("urban_new_jobs", "actual", "2025", "level")].unit == unit
    assert fs[("urban_new_jobs", "actual", "2021-2025", "level")].value == 40.6
    assert ("cpi", "actual", "2025", "growth") in fs
    assert ("urban_disposable_income", "actual", "2025", "growth") in fs


@pytest.mark.parametrize("body", [
    # (near-misses that must not change: a line opening on the span, a span sentence of its own, the span's own
    # figure before the plan's words)
    "　　五年来，全区地区生产总值增长30%，年均增长5.8%。规模以上工业增加值增长45%。",
    "　　“十四五”时期，全区地区生产总值年均增长5.8%。规模以上工业增加值增长45%。",
    "　　五年来，城镇新增就业累计40.6万人，“十四五”时期年均增长5.8%。规模以上工业增加值增长45%。",
])
def test_a_span_that_opens_its_line_still_frames_the_figures_after_it(body):
    fs = facts(_report("宁夏回族自治区", body))
    assert ("industrial_va", "actual", "2021-2025", "growth") in fs
    assert ("industrial_va", "actual", "2025", "growth") not in fs


# 2. a stock's gain in the year's part, then its total in the five-year review: the total is the stock's level
@pytest.mark.parametrize("gain,total,value,unit", [
    ("新增国家高新技术企业5100家", "高新技术企业数量从2.2万家增加到4.9万家", 4.9, "万家"),
    ("新认定高新技术企业820家", "高新技术企业总数达到3600家", 3600, "家"),
    ("新增高新技术企业300家", "高新技术企业数量突破1800家", 1800, "家"),
])
@pytest.mark.parametrize("place", ["浙江省", "湖南省"])
def test_a_stock_restated_by_its_total_replaces_its_gain(gain, total, value, unit, place):
    body = (f"　　一年来，我们主要做了以下工作：\n　　（二）创新能力持续增强。研发投入强度达到3.32%，{gain}。\n"
            f"　　各位代表，过去五年极不平凡。\n　　——创新能力实现新跃升。{total}，区域创新能力居全国前列。")
    f = facts(_report(place, body))[("high_tech_enterprises", "actual", "2025", "level")]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("later", [
    # (near-misses: a part of the stock named after the gain, a later gain) keep the first statement
    "其中国家级高新技术企业达到1200家",
    "今年又新增高新技术企业200家",
])
def test_a_later_part_or_gain_does_not_replace_the_gain(later):
    body = (f"　　一年来，我们主要做了以下工作：\n　　（二）创新能力持续增强。新增高新技术企业300家。\n"
            f"　　各位代表，过去五年极不平凡。\n　　——创新能力实现新跃升。{later}。")
    f = facts(_report("湖南省", body))[("high_tech_enterprises", "actual", "2025", "level")]
    assert f.value == 300
