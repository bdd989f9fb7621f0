"""What this session's rounds left, one class at a time, blind (lft61d, decision 501). Fixed: (c) a level above named by
one character opening a clause (“：省预期增长7%” in a 州's report, “…方面，区定目标增长7%” in a county of 广西, “：州预期…” in a
county-level city of a 州) or by its short name before its verb of setting (“：广西确定的目标为增长9%”, “贵港确定的…”) sets no
target of the region's, and the result after it is the region's; (b) the whole's bare verb of a result (全县增长, 全市新增,
全县完成) after the year's target, handed down or not, is the region's result. The look-alikes keep what they gave: the
region's own name before 确定, a district's 区定 (its own), a city's own 市预期, 全区 in a county of 广西 (the autonomous
region's)."""
import pytest

from factkeys import key_values, read

_HEAD = {
    "恩施州": "恩施州2024年政府工作报告\n——2024年1月16日在恩施土家族苗族自治州第九届人民代表大会第四次会议上\n",
    "平南县": "平南县人民政府工作报告\n——2024年1月12日在平南县第十七届人民代表大会第四次会议上\n",
    "醴陵市": "醴陵市政府工作报告\n——2024年1月8日在醴陵市第十八届人民代表大会第四次会议上\n",
    "吉首市": "吉首市政府工作报告\n——2024年1月9日在吉首市第十七届人民代表大会第四次会议上\n",
    "天心区": "天心区政府工作报告\n——2024年1月9日在长沙市天心区第十八届人民代表大会第四次会议上\n",
    "株洲市": "株洲市政府工作报告\n——2024年1月6日在株洲市第十六届人民代表大会第四次会议上\n",
}


def _review(region: str, body: str) -> dict:
    return key_values(read(_HEAD[region] + "\n一、2023年工作回顾\n" + body + "\n\n二、2024年工作安排\n今年将新建城市书房6个。\n"))


# 1. one character of the level above, then its word of setting (failed on the base: the level's figure read as the
# region's target, or the result after it lost)
@pytest.mark.parametrize("region, body, key, own", [
    ("恩施州", "规模以上工业增加值：省预期增长7%，全州实际增长8.4%。", "industrial_va", 8.4),
    ("恩施州", "社会消费品零售总额：省预期增长6.5%，全州增长7.3%。", "retail_sales", 7.3),
    ("平南县", "规模以上工业增加值方面，区定目标增长7%，全县实际增长8.2%。", "industrial_va", 8.2),
    ("吉首市", "固定资产投资：州预期增长9%，全市实际增长10.1%。", "fixed_asset_investment", 10.1),
    ("株洲市", "社会消费品零售总额：省预期增长6%，全市增长7.1%。", "retail_sales", 7.1),
])
def test_level_above_by_one_character(region, body, key, own):
    kv = _review(region, body)
    assert (key, "target", "2023", "growth") not in kv and kv.get((key, "actual", "2023", "growth"), (None,))[0] == own, kv


# 2. a region above by its short name before 确定 (failed on the base: read as the county's own target)
@pytest.mark.parametrize("region, body", [
    ("平南县", "固定资产投资：广西确定的目标为增长9%，全县实际增长10.4%。"),
    ("平南县", "固定资产投资：贵港确定的目标为增长9%，全县实际增长10.4%。"),
])
def test_region_above_by_short_name(region, body):
    kv = _review(region, body)
    assert ("fixed_asset_investment", "target", "2023", "growth") not in kv
    assert kv[("fixed_asset_investment", "actual", "2023", "growth")][0] == 10.4


# 3. the whole's bare result after the year's target (failed on the base: the result lost, or the target read as it)
@pytest.mark.parametrize("region, body, key, measure, target, result", [
    ("醴陵市", "株洲市下达的城镇新增就业目标为6000人，全市新增6800人。", "urban_new_jobs", "level", 6000, 6800),
    ("平南县", "社会消费品零售总额：贵港市下达目标增长6%，全县增长6.9%。", "retail_sales", "growth", 6, 6.9),
    ("平南县", "社会消费品零售总额：年初目标增长6%，全县增长6.9%。", "retail_sales", "growth", 6, 6.9),
])
def test_whole_bare_result_after_target(region, body, key, measure, target, result):
    kv = _review(region, body)
    assert kv[(key, "target", "2023", measure)][0] == target and kv[(key, "actual", "2023", measure)][0] == result, kv


# 4. look-alikes (passing on both)
def test_own_name_before_queding_is_own_target():
    kv = _review("平南县", "固定资产投资：平南确定的目标为增长9%，全县实际增长10.4%。")
    assert kv[("fixed_asset_investment", "target", "2023", "growth")][0] == 9
    assert kv[("fixed_asset_investment", "actual", "2023", "growth")][0] == 10.4


def test_handed_down_with_shiji_unchanged():
    kv = _review("平南县", "社会消费品零售总额：贵港市下达的目标为增长6%，全县实际增长6.9%。")
    assert kv[("retail_sales", "target", "2023", "growth")][0] == 6 and kv[("retail_sales", "actual", "2023", "growth")][0] == 6.9


def test_whole_of_the_autonomous_region_in_a_county():
    # (全区 in a county of 广西 is the autonomous region: its result is no county's)
    kv = _review("平南县", "规模以上工业增加值：区定目标增长7%，全区实际增长8.2%。")
    assert ("industrial_va", "actual", "2023", "growth") not in kv and ("industrial_va", "target", "2023", "growth") not in kv


@pytest.mark.parametrize("region, body, key", [
    ("天心区", "规模以上工业增加值：区定目标增长7%，全区实际增长8.2%。", "industrial_va"),  # (a district's 区定: its own)
    ("株洲市", "固定资产投资：市预期增长7%，全市实际增长8.2%。", "fixed_asset_investment"),  # (a city's own 市预期)
])
def test_own_level_character_keeps_own_target(region, body, key):
    kv = _review(region, body)
    assert kv[(key, "target", "2023", "growth")][0] == 7 and kv[(key, "actual", "2023", "growth")][0] == 8.2
