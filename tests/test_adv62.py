"""An adversarial review of decisions 500, 501 and 504, blind (adv62, decision 505). Fixed: (a) a task the region hands
to all its parts at once (“年初市政府向各区镇分解下达一般公共预算收入任务430亿元”, “向所辖8个乡镇下达…任务合计150亿元”)
is its own total, its own target — decision 500 read 向…下达 as a part's figure, and 各区 as a part a figure is per; (b) the
task at its figure after 下达 with the name between (“上级下达我市一般公共预算收入任务430亿元”) is the region's target, as
下达任务 right before the figure was; (c) a region above by its name then its word of setting alone (“：苏州市预期增长6%”,
“：苏州预期增长5.5%” in a county-level city's report, where 市 alone is the city's own) is the level above's plan;
(d) a level's word and 定 before the target word and the name (“市定目标为城镇新增就业4000人”) is that level's when it is
above; (e) last year's target in a sentence that holds this year's (“今年…预期增长3%，去年年初预期目标为增长4%，实际增长
4.6%”) is the year under review's target and result; (f) a yearless target told with its outcome in its own sentence
(“目标为城镇新增就业2.5万人，全区新增2.73万人” on a news page) is the year under review's, its outcome the result. The
look-alikes keep what they gave: one part handed its task (decision 500), each part by 分别, 下达…任务的 a share done, the
city's own 市定 in a county-level city, the county's 县定 and the district's 区定, a comparison with last year's target
that states none, a news page's target of the new year with no outcome."""
import pytest

from factkeys import key_values, read


def _gwr(body: str, region: str = "昆山市", year: int = 2025) -> str:
    return (f"{region}政府工作报告\n——{year}年1月10日在{region}第十七届人民代表大会第五次会议上\n\n一、{year - 1}年工作回顾\n\n"
            f"{body}\n")


def _targets(body: str, region: str = "昆山市", year: int = 2025) -> str:
    return _gwr(f"全市地区生产总值增长5.6%。\n\n二、{year}年主要目标\n\n{body}", region, year)


def _page(body: str) -> str:
    return ("闵行区第七届人民代表大会第四次会议开幕\n发布时间：2024-01-16　来源：闵行区融媒体中心\n\n1月15日，闵行区第七届"
            f"人民代表大会第四次会议开幕，区长王志刚作政府工作报告。\n\n{body}\n")


# (a) the region's task handed to all its parts at once: its own target (failed on the base: lost, or the part 各区's)
@pytest.mark.parametrize("body, region, ind, target, actual", [
    ("全市地区生产总值增长5.6%。年初市政府向各区镇分解下达一般公共预算收入任务430亿元，全市完成441.5亿元。", "昆山市",
     "general_budget_revenue", 430, 441.5),
    ("全区地区生产总值增长6.4%。区政府年初向各街镇分解下达一般公共预算收入任务合计280亿元，全区完成285.6亿元。", "闵行区",
     "general_budget_revenue", 280, 285.6),
    ("全县地区生产总值增长7.2%。年初县政府向所辖8个乡镇下达固定资产投资任务合计150亿元，全县完成158.2亿元。", "正定县",
     "fixed_asset_investment", 150, 158.2),
])
def test_task_handed_to_all_parts_is_the_regions(body, region, ind, target, actual):
    kv = key_values(read(_gwr(body, region)))
    assert kv[(ind, "target", "2024", "level")] == (target, "eq")
    assert kv[(ind, "actual", "2024", "level")] == (actual, "eq")
    assert not any(k[0].startswith("other:") for k in kv), kv


# (a) look-alikes: one part handed its task (decision 500), each part its own by 分别 (passing on both)
@pytest.mark.parametrize("body", [
    "全市地区生产总值增长5.6%。年初市政府向沿江街道下达一般公共预算收入任务43亿元，全市完成441.5亿元。",
    "全市地区生产总值增长5.6%。年初市政府向各区镇分别下达一般公共预算收入任务43亿元。",
])
def test_task_of_a_part_or_of_each_is_not_the_regions(body):
    kv = key_values(read(_gwr(body)))
    assert ("general_budget_revenue", "target", "2024", "level") not in kv, kv


# (b) the task at its figure after 下达, the receiver or the name between (failed on the base: no target)
@pytest.mark.parametrize("body", [
    "全市地区生产总值增长5.6%。上级下达我市一般公共预算收入任务430亿元，全市完成441.5亿元。",
    "全市地区生产总值增长5.6%。省下达一般公共预算收入任务430亿元，全市完成441.5亿元。",
    "全市地区生产总值增长5.6%。年初市政府下达一般公共预算收入任务430亿元，全市完成441.5亿元。",
])
def test_task_handed_down_at_its_figure_is_the_target(body):
    kv = key_values(read(_gwr(body)))
    assert kv[("general_budget_revenue", "target", "2024", "level")] == (430, "eq")
    assert kv[("general_budget_revenue", "actual", "2024", "level")] == (441.5, "eq")


# (b) look-alike: the share of the task done is no target (passing on both)
def test_share_of_task_done_is_no_target():
    kv = key_values(read(_gwr("全市地区生产总值增长5.6%。一般公共预算收入完成441.5亿元，完成省下达一般公共预算收入任务的"
                              "103%。")))
    assert kv[("general_budget_revenue", "actual", "2024", "level")] == (441.5, "eq")
    assert not any(k[1] == "target" for k in kv), kv


# (c) a region above by its name, then its word of setting alone (failed on the base: the level above's figure the target)
@pytest.mark.parametrize("label", ["苏州市预期增长6%", "苏州预期增长6%", "苏州市年初计划增长6%"])
def test_above_by_name_then_its_plan_word_is_not_the_regions(label):
    kv = key_values(read(_gwr(f"全市地区生产总值增长5.6%。规模以上工业增加值：{label}，全市实际增长7.1%。")))
    assert ("industrial_va", "target", "2024", "growth") not in kv, kv
    assert kv[("industrial_va", "actual", "2024", "growth")] == (7.1, "eq")


# (c) look-alike: 市 alone in a county-level city's report is the city's own (passing on both)
def test_own_city_word_in_county_level_city_keeps_its_target():
    kv = key_values(read(_gwr("全市地区生产总值增长5.6%。固定资产投资：市定目标增长5%，全市实际增长5.8%。")))
    assert kv[("fixed_asset_investment", "target", "2024", "growth")] == (5, "eq")
    assert kv[("fixed_asset_investment", "actual", "2024", "growth")] == (5.8, "eq")


# (d) the level above's word and 定 before the target word and the name (failed on the base: its figure the target)
@pytest.mark.parametrize("region, whole", [("正定县", "全县"), ("闵行区", "全区")])
def test_above_level_sets_before_the_name(region, whole):
    kv = key_values(read(_gwr(f"{whole}地区生产总值增长6.4%。市定目标为城镇新增就业4000人，{whole}新增4350人。", region)))
    assert ("urban_new_jobs", "target", "2024", "level") not in kv, kv
    assert kv[("urban_new_jobs", "actual", "2024", "level")] == (4350, "eq")


_OWN_LEVELS = [("正定县", "县定", "全县"), ("闵行区", "区定", "全区"), ("昆山市", "市定", "全市")]


# (d) look-alikes: the region's own level word before the target word and the name keeps its target (passing on both)
@pytest.mark.parametrize("region, word, whole", _OWN_LEVELS)
def test_own_level_sets_before_the_name(region, word, whole):
    kv = key_values(read(_gwr(f"{whole}地区生产总值增长6.4%。{word}目标为城镇新增就业4000人。", region)))
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (4000, "eq")


# (f) the whole's bare result after it (failed on the base: the result lost, a result's bare verb read only with its
# figure in sight)
@pytest.mark.parametrize("region, word, whole", _OWN_LEVELS)
def test_own_level_target_then_bare_result(region, word, whole):
    kv = key_values(read(_gwr(f"{whole}地区生产总值增长6.4%。{word}目标为城镇新增就业4000人，{whole}新增4350人。", region)))
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (4000, "eq")
    assert kv[("urban_new_jobs", "actual", "2024", "level")] == (4350, "eq")


# (e) last year's target in the sentence of this year's (failed on the base: last year's target and result lost)
@pytest.mark.parametrize("last", ["去年年初预期目标为增长4%", "上年年初预期目标为增长4%", "去年年初计划增长4%",
                                  "去年年初预期增长4%"])
def test_last_years_target_beside_this_years(last):
    kv = key_values(read(_targets(f"今年进出口总额预期增长3%，{last}，实际增长4.6%。")))
    assert kv[("foreign_trade", "target", "2025", "growth")] == (3, "eq")
    assert kv[("foreign_trade", "target", "2024", "growth")] == (4, "eq")
    assert kv[("foreign_trade", "actual", "2024", "growth")] == (4.6, "eq")


# (e) look-alike: a comparison with last year's target that states none (passing on both)
def test_comparison_with_last_years_target_states_none():
    kv = key_values(read(_targets("今年进出口总额预期增长3%，比去年年初预期目标低1个百分点。")))
    assert kv[("foreign_trade", "target", "2025", "growth")] == (3, "eq")
    assert not any(k[0] == "foreign_trade" and k[2] == "2024" for k in kv), kv


# (f) a yearless target, the target word before the name, told with its outcome (failed on the base: the year's
# target of the report year, or its result lost)
@pytest.mark.parametrize("outcome", ["全区新增2.73万人", "全区完成2.73万人"])
def test_target_told_with_its_outcome_on_a_page(outcome):
    kv = key_values(read(_page(f"报告指出，2023年，全区地区生产总值增长6.4%。区定目标为城镇新增就业2.5万人，{outcome}。")))
    assert kv[("urban_new_jobs", "target", "2023", "level")] == (2.5, "eq")
    assert kv[("urban_new_jobs", "actual", "2023", "level")] == (2.73, "eq")
    assert ("urban_new_jobs", "target", "2024", "level") not in kv, kv


def test_target_word_before_the_name_then_bare_result_in_review():
    kv = key_values(read(_gwr("全区地区生产总值增长6.4%。目标为一般公共预算收入增长5%，全区增长7.8%。", "闵行区")))
    assert kv[("general_budget_revenue", "target", "2024", "growth")] == (5, "eq")
    assert kv[("general_budget_revenue", "actual", "2024", "growth")] == (7.8, "eq")


# (f) look-alike: a page's new year's target with no outcome stays the report year's (passing on both)
def test_new_years_target_on_a_page_unchanged():
    kv = key_values(read(_page("报告提出，2024年全区地区生产总值增长5%左右。目标为城镇新增就业2.5万人。")))
    assert kv[("urban_new_jobs", "target", "2024", "level")] == (2.5, "eq")
    assert kv[("gdp", "target", "2024", "growth")] == (5, "about")


# (e) the same words after a 。 on one line, decision 500's Left (failed on the base: last year's target lost)
@pytest.mark.parametrize("body, ind", [
    ("2024年，全区规模以上工业增加值增长5.6%。去年年初预期目标为增长6%。", "industrial_va"),
    ("2025年，全区地区生产总值预期增长5.5%左右。去年年初预期目标为增长6%，全区实际增长5.6%。", "gdp"),
])
def test_last_years_target_after_a_full_stop(body, ind):
    kv = key_values(read("汇川区2025年政府工作报告要点\n\n2025年1月8日，遵义市汇川区第五届人民代表大会第五次会议召开，"
                         f"区长王海峰作政府工作报告。\n\n{body}\n"))
    assert kv[(ind, "target", "2024", "growth")] == (6, "eq")
    assert kv[(ind, "actual", "2024", "growth")] == (5.6, "eq")
