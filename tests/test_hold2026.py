"""Full provincial reports of 2026 written by hand (branch hold2026): the classes they showed, each with
excerpts in several wordings and the look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def report(head: str, body: str, prov: str = "安徽省") -> str:
    return (f"政府工作报告\n——2026年1月20日在{prov}第十四届人民代表大会第五次会议上\n各位代表：\n"
            f"{head}\n{body}\n三、2026年工作安排\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")


# 1. A level or ratio held (稳定在, 保持在) through the five years reviewed is the span's, not the last year's
@pytest.mark.parametrize("head,body,key,expected", [
    ("一、过去五年工作回顾", "过去五年，全省粮食产量稳定在800亿斤以上。",
     ("grain_output", "actual", "2021-2025", "level"), (800, "at_least")),
    ("一、过去五年和2025年工作回顾", "五年来，粮食产量连续五年稳定在1300亿斤以上，城镇新增就业累计580万人。",
     ("grain_output", "actual", "2021-2025", "level"), (1300, "at_least")),
    ("一、2025年和“十四五”时期工作回顾", "2025年全省经济平稳增长。\n“十四五”时期，全区森林覆盖率稳定在62.5%以上，"
     "空气质量优良天数比率保持在93%以上。", ("forest_coverage", "actual", "2021-2025", "share"), (62.5, "at_least")),
    ("一、2025年和“十四五”时期工作回顾", "2025年全省经济平稳增长。\n“十四五”时期，全区森林覆盖率稳定在62.5%以上，"
     "空气质量优良天数比率保持在93%以上。", ("good_air_days", "actual", "2021-2025", "share"), (93, "at_least")),
    ("一、“十四五”时期发展成就", "五年来，城镇调查失业率保持在5.5%以内，居民消费价格涨幅稳定在2%左右。",
     ("urban_unemployment_rate", "actual", "2021-2025", "share"), (5.5, "at_most")),
    # "五年平均": an average over the five years
    ("一、过去五年工作回顾", "过去五年，全市地区生产总值年均增长6%，空气质量优良天数五年平均达到330天。",
     ("good_air_days", "actual", "2021-2025", "level"), (330, "eq")),
])
def test_level_held_through_five_years(head, body, key, expected):
    fs = facts(report(head, body))
    assert val(fs, key) == expected
    assert (key[0], "actual", "2025", key[3]) not in fs


@pytest.mark.parametrize("head,body,key,expected", [
    ("一、2025年工作回顾", "2025年，全省粮食产量稳定在800亿斤以上，地区生产总值增长5.5%。",
     ("grain_output", "actual", "2025", "level"), (800, "at_least")),
    ("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n2025年，全省粮食产量稳定在1345亿斤，"
     "森林覆盖率保持在30%以上。", ("grain_output", "actual", "2025", "level"), (1345, "eq")),
    ("一、过去五年和2025年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。\n2025年，全省粮食产量稳定在1345亿斤，"
     "森林覆盖率保持在30%以上。", ("forest_coverage", "actual", "2025", "share"), (30, "at_least")),
    ("一、2025年工作回顾", "一年来，城镇调查失业率保持在5.5%以内。",
     ("urban_unemployment_rate", "actual", "2025", "share"), (5.5, "at_most")),
    # reached at the end of the years, not held: the last year's
    ("一、过去五年工作回顾", "五年来，常住人口城镇化率达到62%，森林覆盖率提高到35%。",
     ("urbanization_rate", "actual", "2025", "share"), (62, "eq")),
])
def test_level_of_one_year_or_reached_stays_the_years(head, body, key, expected):
    fs = facts(report(head, body))
    assert val(fs, key) == expected


def test_held_level_leaves_the_years_figure_its_key():
    # the five-year floor does not take the key of the year's own output stated after it
    fs = facts(report("一、过去五年和2025年工作回顾",
                      "过去五年，粮食产量连续五年稳定在1300亿斤以上。\n2025年，全省生产总值增长5.6%，粮食总产量1345亿斤。"))
    assert val(fs, ("grain_output", "actual", "2021-2025", "level")) == (1300, "at_least")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (1345, "eq")


def test_held_level_in_the_targets_stays_a_target():
    fs = facts(report("一、过去五年工作回顾", "过去五年，全省地区生产总值年均增长5.1%。").replace(
        "地区生产总值增长5%左右。", "地区生产总值增长5%左右，粮食产量稳定在1300亿斤以上。"))
    assert val(fs, ("grain_output", "target", "2026", "level")) == (1300, "at_least")
