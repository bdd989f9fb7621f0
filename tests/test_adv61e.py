"""An adversarial review of decisions 493, 497, 498 and 499, blind (adv61e, decision 500). Fixed: (a) a task the region
hands down to a part of it (“年初区政府向沿江街道下达一般公共预算收入任务2.5亿元”, “其中向宛水街道下达固定资产投资任务
30亿元”) is the part's figure, no fact of the region's — decision 493 read 下达任务 at its figure as the region's own,
which holds where the region is the receiver; (c) a part's or another body's share of the region's own whole
(“今年全市改造城镇老旧小区60个，其中宣威城区承担42个”, “…其中各乡镇承担18个”) is no pledge — decision 499 read the
share by the region's own name as the region's; (b) last year's target a paragraph of its own in the new year's report,
its year named (“…预期增长5.5%左右。\\n\\n去年年初预期目标为增长6%，全区实际增长5.6%。”) is the year under review's
target and result, as decision 498's “年初预期目标为…” paragraph is. The look-alikes keep what they gave: a task handed
down to the region (省向我市下达, 省下达任务 at its figure), the region's own target handed down to its towns at its
figure (“将城镇新增就业1.2万人的目标任务分解下达到各街道”), 年初 alone, 去年年初 opening a paragraph of no plan, the
region's own share by its name or word (其中宣威承担, 其中我市承担), 承担 with its object after it."""
import pytest

from factkeys import key_values, pledge_items, read


def _gwr(body: str, region: str = "麒麟区", year: int = 2025) -> str:
    return (f"{region}政府工作报告\n——{year}年1月10日在{region}第三届人民代表大会第五次会议上\n\n一、{year - 1}年工作回顾\n\n"
            f"{body}\n")


def _page(body: str, region: str = "汇川区") -> str:
    return (f"{region}2025年政府工作报告要点\n\n2025年1月8日，遵义市{region}第五届人民代表大会第五次会议召开，区长王海峰"
            f"作政府工作报告。\n\n{body}\n")


# (a) the region hands a part of it its quota: the part's figure (failed on the base: the region's target or result)
@pytest.mark.parametrize("body, ind", [
    ("全区地区生产总值增长5.2%。年初区政府向沿江街道下达一般公共预算收入任务2.5亿元，沿江街道完成2.7亿元；全区一般公共预算"
     "收入完成21.3亿元。", "general_budget_revenue"),
    ("全区地区生产总值增长5.2%。区政府将目标任务分解下达到各街道，其中向宛水街道下达固定资产投资任务30亿元。",
     "fixed_asset_investment"),
    ("全区地区生产总值增长5.2%。年初向经开区下达规模以上工业增加值任务80亿元，经开区完成82亿元。", "industrial_va"),
])
def test_quota_handed_to_a_part_is_not_the_regions(body, ind):
    kv = key_values(read(_gwr(body)))
    assert not any(k[0] == ind and v[0] in (2.5, 2.7, 30, 80, 82) for k, v in kv.items()), kv
    if ind == "general_budget_revenue":
        assert kv[(ind, "actual", "2024", "level")] == (21.3, "eq")


# (a) look-alikes: the region the receiver, its own target handed on at its figure (passing on both)
def test_quota_handed_to_the_region_stays_its_target():
    kv = key_values(read(_gwr("一般公共预算收入：上级下达任务52亿元，全区完成53.6亿元。")))
    assert kv[("general_budget_revenue", "target", "2024", "level")] == (52, "eq")
    assert kv[("general_budget_revenue", "actual", "2024", "level")] == (53.6, "eq")


def test_own_target_handed_on_to_towns_stays_the_regions():
    kv = key_values(read(_gwr("全区地区生产总值增长5.2%。\n\n二、2025年工作安排\n\n主要预期目标：地区生产总值增长6%左右，"
                              "城镇新增就业1.2万人，目标任务分解下达到各街道。")))
    assert kv[("urban_new_jobs", "target", "2025", "level")] == (1.2, "eq")
    assert kv[("gdp", "target", "2025", "growth")] == (6, "about")


# (b) last year's target, a paragraph of its own with its year named (failed on the base: target and result lost)
@pytest.mark.parametrize("lead", ["去年年初预期目标为增长6%", "上年年初预期目标为增长6%"])
def test_last_years_plan_a_paragraph_of_its_own(lead):
    kv = key_values(read(_page(f"2025年，全区地区生产总值预期增长5.5%左右。\n\n{lead}，全区实际增长5.6%。")))
    assert kv[("gdp", "target", "2025", "growth")] == (5.5, "about")
    assert kv[("gdp", "target", "2024", "growth")] == (6, "eq")
    assert kv[("gdp", "actual", "2024", "growth")] == (5.6, "eq")


@pytest.mark.parametrize("lead", ["上年年初预期目标为增长7%", "去年年初目标为增长7%"])
def test_last_years_plan_after_the_result_paragraph(lead):
    kv = key_values(read(_page(f"2024年，全区规模以上工业增加值增长7.2%。\n\n{lead}。")))
    assert kv[("industrial_va", "actual", "2024", "growth")] == (7.2, "eq")
    assert kv[("industrial_va", "target", "2024", "growth")] == (7, "eq")


# (b) look-alikes: 年初 alone (decision 498), 去年年初 opening a paragraph of no plan, a paragraph before of two names
def test_plan_at_the_years_start_alone_unchanged():
    kv = key_values(read(_page("2024年，全区规模以上工业增加值增长7.2%。\n\n年初预期目标为增长7%。")))
    assert kv[("industrial_va", "target", "2024", "growth")] == (7, "eq")


def test_last_years_start_with_no_plan_gives_no_target():
    kv = key_values(read(_page("2024年，全区规模以上工业增加值增长7.2%。\n\n去年年初，全区开工项目120个。")))
    assert not any(k[1] == "target" for k in kv), kv


def test_two_names_before_leave_last_years_plan_unread():
    kv = key_values(read(_page("2025年，全区地区生产总值预期增长5.5%左右，一般公共预算收入增长4%。\n\n去年年初预期目标为"
                               "增长6%，全区实际增长5.6%。")))
    assert ("gdp", "target", "2024", "growth") not in kv and kv[("gdp", "target", "2025", "growth")] == (5.5, "about")


# (c) a part's or another body's share of the region's own whole pledged before it: no pledge (failed on the base: the
# share pledged with the sharer, or the whole's object, as its own)
def _xuanwei(tasks: str) -> set:
    return pledge_items(read(_gwr(f"全市地区生产总值增长4.8%。\n\n二、2024年工作安排\n\n{tasks}", "宣威市", 2024)))


@pytest.mark.parametrize("tasks, whole, part", [
    ("今年全市改造城镇老旧小区60个，其中宣威城区承担42个，其余由各乡镇承担。", ("改造", "城镇老旧小区", 60, "个"), 42),
    ("今年全市改造城镇老旧小区60个，其中各乡镇承担18个。", ("改造", "城镇老旧小区", 60, "个"), 18),
    ("新建学校3所，其中宣威一中承担1所。", ("新建", "学校", 3, "所"), 1),
])
def test_part_share_of_own_whole_no_pledge(tasks, whole, part):
    got = _xuanwei(tasks)
    assert whole in got and not any(v == part for _, _, v, _ in got), got


# (c) look-alikes: the region's own share by its name or word (decision 499), 承担 with its object after it
@pytest.mark.parametrize("tasks, item", [
    ("全省新增高标准农田400万亩，其中宣威承担12万亩。", ("新增", "高标准农田", 12, "万亩")),
    ("全省新增高标准农田400万亩，其中我市承担12万亩。", ("新增", "高标准农田", 12, "万亩")),
    ("承担国家重点研发项目5项，新建学校3所。", ("承担", "国家重点研发项目", 5, "项")),
])
def test_own_share_and_share_verb_with_object_kept(tasks, item):
    got = _xuanwei(tasks)
    assert item in got and not any(v == 400 for _, _, v, _ in got), got
