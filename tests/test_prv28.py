"""prv28: provincial reports' reviews, target lists and plan goals, 2016–2020 and 2023–2025 (docs/decisions.md 92)."""
from __future__ import annotations

import pytest

from factkeys import facts, val

HEAD = "政府工作报告\n——{y}年1月20日在某省第十三届人民代表大会第三次会议上\n"
TARGETS = "二、{y}年主要预期目标\n今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%，规模以上工业增加值增长6.5%。\n"


# a figure for each of a kind of place or body, a name between 每个/每家 and the kind ("每个特色小镇", "每家省级开发区"):
# each one's figure, never the region's headline (decision 9 reads 每县/每个乡镇 so; the kind may now be named more fully)
@pytest.mark.parametrize("y, task, key, value", [
    (2017, "力争每个特色小镇三年内完成固定资产投资50亿元左右。", ("fixed_asset_investment", "target", "2017", "level"), 50),
    (2019, "推动每个省级高新区规模以上工业增加值增长12%以上。", ("industrial_va", "target", "2019", "growth"), 12),
    (2024, "引导每家重点外资企业实际利用外资达到3000万美元。", ("fdi", "target", "2024", "level"), 3000),
    (2023, "支持每个县域商业体系示范项目社会消费品零售总额增长20%。", ("retail_sales", "target", "2023", "growth"), 20),
])
def test_a_figure_for_each_kind_of_place_is_not_the_regions(y, task, key, value):
    fs = facts(HEAD.format(y=y) + TARGETS.format(y=y) + "三、重点工作\n（一）扩大有效投资。" + task + "\n", report_year=y)
    assert key not in fs or fs[key].value != value
    # the region's own targets in the same report stay
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6, "about")
    assert val(fs, ("fixed_asset_investment", "target", str(y), "growth")) == (8, "eq")


@pytest.mark.parametrize("sentence, key, value", [
    # a time after 每个 is no kind of place: the region's figure a month is still no headline, but 全省 restated after
    # 每个月 names the region
    ("全年固定资产投资完成8000亿元以上，每个月调度一次。", ("fixed_asset_investment", "target", "2018", "level"), 8000),
    # 每 before a name with no 个/家 and no kind (每年) is left to the rules it had
    ("城镇新增就业每年稳定在60万人以上。", ("urban_new_jobs", "target", "2018", "level"), 60),
])
def test_each_without_a_kind_of_place_keeps_the_figure(sentence, key, value):
    fs = facts(HEAD.format(y=2018) + TARGETS.format(y=2018) + "三、重点工作\n" + sentence + "\n", report_year=2018)
    assert fs[key].value == value


REVIEW = "政府工作报告\n——{y}年1月20日在某省第十三届人民代表大会第三次会议上\n一、{p}年工作回顾\n全省地区生产总值增长6.8%，规模以上工业增加值增长6.1%。\n"


# a group of the province's divisions counted after a list ("昆明、玉溪等8个州（市）", "石家庄、唐山等11个地级市", "和田、
# 喀什等5个地州"): their figures, not the province's (as "16个县市", "皖北六市" already were)
@pytest.mark.parametrize("sentence, key, value", [
    ("呼和浩特、包头等6个城市PM2.5平均浓度下降5%。", ("pm25", "actual", "2018", "growth"), -5),
    ("石家庄、唐山等11个地级市规模以上工业增加值增长7.5%。", ("industrial_va", "actual", "2018", "growth"), 7.5),
    ("和田、喀什等5个地州一般公共预算收入增长10.2%。", ("general_budget_revenue", "actual", "2018", "growth"), 10.2),
    ("大理、丽江等8个州（市）接待游客增长20%。", ("tourist_visits", "actual", "2018", "growth"), 20),
])
def test_a_counted_group_of_the_provinces_divisions_is_a_part(sentence, key, value):
    fs = facts(REVIEW.format(y=2019, p=2018) + sentence + "\n", report_year=2019)
    assert key not in fs or fs[key].value != value
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (6.8, "eq")
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (6.1, "eq")
