"""Helper eth29: reports of ethnic autonomous areas and frontier regions (autonomous regions, prefectures and
counties, leagues and banners, Xinjiang and Tibet) of 2016–2025, a blind round: the verbs of their task parts."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py
from taskdoc import pledges  # tests/taskdoc.py


# 完善 before a count of facilities is the action, as 提升 is; with 提升 before it the two act as one
@pytest.mark.parametrize("sent,item", [
    ("完善村级综合服务站120个。", ("完善", "村级综合服务站", 120, "个")),
    ("健全完善基层治理体系，完善社区服务设施30处。", ("完善", "社区服务设施", 30, "处")),
    ("提升完善农村寄递物流站点300个。", ("提升完善", "农村寄递物流站点", 300, "个")),
])
def test_perfect_is_an_action(sent, item):
    assert pledges(sent) == {item}


# a verb inside the name of a relocation or of the 巩固衔接 policy's funds and projects does not act; the verb
# before the name does, and the name is the object whole
@pytest.mark.parametrize("sent,item", [
    ("建成搬迁安置点12个。", ("建成", "搬迁安置点", 12, "个")),
    ("完成抵边搬迁800户。", ("完成", "抵边搬迁", 800, "户")),
    ("安排巩固衔接资金1.5亿元。", ("安排", "巩固衔接资金", 1.5, "亿元")),
    ("实施巩固衔接项目210个。", ("实施", "巩固衔接项目", 210, "个")),
    ("争取中央财政衔接推进乡村振兴补助资金8亿元。", ("争取", "中央财政衔接推进乡村振兴补助资金", 8, "亿元")),
])
def test_verb_inside_a_policy_name_does_not_act(sent, item):
    assert pledges(sent) == {item}


# a base work (种植, 培训) right before the place it is done in (大棚, 温室, 基地) names that place; the verb before acts
@pytest.mark.parametrize("sent,item", [
    ("建设蔬菜种植大棚500座。", ("建设", "蔬菜种植大棚", 500, "座")),
    ("发展食用菌种植温室80栋。", ("发展", "食用菌种植温室", 80, "栋")),
    ("新建中药材种植基地3个。", ("新建", "中药材种植基地", 3, "个")),
])
def test_base_work_before_its_place_names_it(sent, item):
    assert pledges(sent) == {item}


# look-alikes keep their readings: 种植 acting on its own crop's area, 易地扶贫搬迁 of people, 巩固 of a result
@pytest.mark.parametrize("sent,item", [
    ("种植青稞12万亩。", ("种植", "青稞", 12, "万亩")),
    ("实施易地扶贫搬迁1.5万人。", ("实施", "易地扶贫搬迁", 1.5, "万人")),
    ("巩固提升边境小康村28个。", ("巩固提升", "边境小康村", 28, "个")),
])
def test_look_alikes_unchanged(sent, item):
    assert item in pledges(sent)


# 争取 before a name and a bound before the figure strives for the level: the bound acts, as after 推动 or 带动
# ("争取…资金5亿元" with no bound still obtains the funds)
@pytest.mark.parametrize("sent,item", [
    ("争取口岸进出口额达到12亿元。", ("达到", "口岸进出口额", 12, "亿元")),
    ("争取全年旅游收入突破30亿元。", ("突破", "旅游收入", 30, "亿元")),
    ("争取上级资金15亿元以上。", ("争取", "上级资金", 15, "亿元")),
])
def test_strive_for_a_level(sent, item):
    assert item in pledges(sent)


FRONTIER = ("某某旗人民政府工作报告\n——2024年1月10日在某某旗第十七届人民代表大会第四次会议上\n\n"
            "一、2023年工作回顾\n全旗地区生产总值完成88.6亿元，增长6.3%；农牧民人均可支配收入达到21450元，增长8.1%。"
            "兵地经济总量合计达到160亿元。脱贫人口人均纯收入由2020年的9100元提高到2023年的15200元。"
            "牧业年度牲畜存栏达到210万头只，居全盟第2位。\n\n"
            "二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右，农牧民人均可支配收入增长8%以上。\n")


def test_frontier_review_and_targets():
    fs = facts(FRONTIER)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (88.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (21450, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (8, "at_least")
    # the 兵团's and the region's joint total, the poor's income and the herd's rank are no headline facts
    assert ("gdp", "actual", "2023", "rank") not in fs
    assert all(f.value not in (160, 15200, 2) for k, f in fs.items() if not k[0].startswith("other:"))
    assert val(fs, ("other:兵地地区生产总值", "actual", "2023", "level")) == (160, "eq")
