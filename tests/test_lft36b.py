"""What this morning's rounds left, blind (lft36b; docs/decisions.md 160)."""
import pytest

from factkeys import facts, val

_CITY = "政府工作报告\n——2022年1月10日在某某市第十届人民代表大会第一次会议上\n\n一、2021年工作回顾\n"
_CITY_KEYS = dict(report_year=2022, region="某某市", level="prefecture")


def _city(body: str):
    return facts(_CITY + body + "\n", **_CITY_KEYS)


# 1. a holiday named before a comma opening the sentence: its visitors and spending are the holiday's, not the
# year's; a 全年 after it in the sentence turns back to the year's
@pytest.mark.parametrize("body, level, revenue", [
    ("中秋国庆双节期间，全市接待游客56.2万人次，实现旅游收入3.1亿元。全年接待游客680万人次，旅游总收入61.5亿元。", 680, 61.5),
    ("“五一”小长假期间，全市共接待游客45万人次，增长12%。全年接待游客520万人次，增长9%。", 520, None),
    ("春节假期期间，全市接待游客12万人次，全年接待游客260万人次，旅游总收入21亿元。", 260, 21),
])
def test_a_holiday_before_a_comma_is_no_figure_of_the_year(body, level, revenue):
    fs = _city(body)
    assert val(fs, ("tourist_visits", "actual", "2021", "level")) == (level, "eq")
    if revenue is not None:
        assert val(fs, ("tourism_revenue", "actual", "2021", "level")) == (revenue, "eq")
    if "增长9%" in body:
        assert val(fs, ("tourist_visits", "actual", "2021", "growth")) == (9, "eq")


def test_a_holiday_alone_gives_no_figure_of_the_year():
    fs = _city("“十一”黄金周期间，全市接待游客45万人次，实现旅游收入3.2亿元。")
    assert ("tourist_visits", "actual", "2021", "level") not in fs
    assert ("tourism_revenue", "actual", "2021", "level") not in fs


# 2. the level above's figure of the same name after the region's, then the region's place: the place is its rank
@pytest.mark.parametrize("body, key, place, scope", [
    ("全市规模以上工业增加值增长9.2%，全省为8.1%，我市增速居全省第2位。",
     ("industrial_va", "actual", "2021", "rank"), 2, "全省"),
    ("社会消费品零售总额512.3亿元，增长13.5%，全省平均为12.6%，增幅位列全省第6位。",
     ("retail_sales", "actual", "2021", "rank"), 6, "全省"),
    ("全市进出口总额86.2亿美元，增长21%，全国为21.4%，我市排名全省第9位。",
     ("foreign_trade", "actual", "2021", "rank"), 9, "全省"),
])
def test_a_place_after_the_level_above_s_figure_is_the_region_s_rank(body, key, place, scope):
    fs = _city(body)
    assert val(fs, key) == (place, "eq")
    assert fs[key].scope == scope
    growth = key[:3] + ("growth",)
    assert fs[growth].value not in (8.1, 12.6, 21.4)  # (the level above's figure is no fact of the region's)
