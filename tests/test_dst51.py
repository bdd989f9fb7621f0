"""Decision 413 (dst51): district (市辖区) reports of municipalities and sub-provincial cities (丰台区 2019, 嘉定区 2022,
龙岗区 2025). The places a district aids (受援地区, 对口地区, 结对县, 对口帮扶县…) written alone between a verb and a count
of the people or households helped there are where the counted are, not what they are (pledge_places.tsv); those named
with 帮扶 hold no verb (pledge_verbs.tsv nouns); 采购 is a purchase pledged in consumption aid, as 购买 is."""
from __future__ import annotations

import pytest

from taskdoc import pledges


# an aid place before a count of people or households: the people or households after the count are what is counted
# (before the fix: the place was the object, 受援县 | 3.6万名; 结对帮扶地区 was read as the verb 帮扶 and 地区)
@pytest.mark.parametrize("body,pledge", [
    ("帮助受援县3.6万名建档立卡贫困人口稳定脱贫。", ("帮助", "建档立卡贫困人口", 3.6, "万名")),
    ("带动对口地区4200户农户增收。", ("带动", "农户增收", 4200, "户")),
    ("资助结对县860名家庭经济困难学生。", ("资助", "家庭经济困难学生", 860, "名")),
    ("带动结对帮扶地区2600名群众就近就业。", ("带动", "群众就近就业", 2600, "名")),
    ("帮助对口帮扶县1.5万名脱贫人口增收。", ("帮助", "脱贫人口增收", 1.5, "万名")),
])
def test_aid_place_before_a_count_is_no_object(body, pledge):
    got = pledges(body, "区")
    assert pledge in got, got
    assert len(got) == 1, got


# look-alikes that must not change: an aid place right before a thing (not a count) stays part of its name; a place
# after 在 is still left out; 帮扶 still acts before those it helps and is no verb inside 帮扶车间; an aid place that was
# already read as a place; a place of the old list
@pytest.mark.parametrize("body,pledge", [
    ("援建受援地区学校12所。", ("援建", "受援地区学校", 12, "所")),  # (the place names the schools built)
    ("改造受援地区危房300户。", ("改造", "受援地区危房", 300, "户")),  # (what is repaired, named with its place)
    ("在受援地区新建产业园区3个。", ("新建", "产业园区", 3, "个")),  # (a place after 在, the verb after it acts)
    ("帮扶困难群众就业500人。", ("帮扶", "困难群众就业", 500, "人")),  # (帮扶 alone still acts)
    ("新建帮扶车间3个。", ("新建", "帮扶车间", 3, "个")),  # (帮扶 inside a workshop's name)
    ("帮助协作地区2000名农村劳动力转移就业。", ("帮助", "农村劳动力转移就业", 2000, "名")),
    ("帮助贫困地区8000名农民工就业。", ("帮助", "农民工就业", 8000, "名")),  # (a place of the list before)
])
def test_aid_place_look_alikes(body, pledge):
    got = pledges(body, "区")
    assert pledge in got, got
    assert len(got) == 1, got


# 采购 is a purchase pledged in consumption aid (before the fix: no pledge at all)
@pytest.mark.parametrize("body,pledge", [
    ("采购对口地区特色农产品4.2亿元。", ("采购", "对口地区特色农产品", 4.2, "亿元")),
    ("全年采购扶贫产品1.8亿元。", ("采购", "扶贫产品", 1.8, "亿元")),
])
def test_purchase_is_a_verb(body, pledge):
    got = pledges(body, "区")
    assert pledge in got, got


# look-alikes: the amount of purchases named as a noun stays the object of the verb before it; 采购 with no figure
# pledges nothing
@pytest.mark.parametrize("body,expected", [
    ("实现政府采购额20亿元。", {("实现", "政府采购额", 20, "亿元")}),
    ("通过政府采购支持中小企业发展。", set()),
])
def test_purchase_look_alikes(body, expected):
    assert pledges(body, "区") == expected
