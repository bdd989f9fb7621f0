"""What decisions 260–280 left, blind (lft42b, decision 281): an explainer's card whose last year's result is written
with 实际 between 去年 and its verb ("社会消费品零售总额：去年实际完成1246亿元，增长1.8%。今年预期目标为增长8%") lost last
year's figures and gave its growth to this year; thresholds of money joined by 、 ("新增集体经济年收入30万元以上、经营性
收入15万元以上的村500个") pledged the first threshold and lost the count; 过境 (a border port's trains passing in the year,
"全年过境中欧班列2500列") pledged nothing. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _card_page(city: str, year: int, card: str) -> str:
    return (f"【两会数说】一组数字读懂{city}政府工作报告\n{city}日报　{year}年1月12日\n\n"
            f"1月11日，{city}第十六届人民代表大会第四次会议开幕，市长作政府工作报告。\n\n{card}\n\n责任编辑：陈静\n")


# (city, year, card, indicator, last year's level or None, last year's growth, this year's growth)
_CARDS = [
    ("九江市", 2024, "社会消费品零售总额：去年实际完成1436亿元，增长6.8%。今年预期目标为增长7%。", "retail_sales", 1436, 6.8, 7),
    ("宿迁市", 2020, "一般公共预算收入：去年实际完成232.1亿元，增长3.8%。今年预期增长3%。", "general_budget_revenue", 232.1, 3.8, 3),
    ("曲靖市", 2023, "地区生产总值：去年实际实现3936亿元，增长4.1%。今年目标定为增长7%。", "gdp", 3936, 4.1, 7),
    ("邯郸市", 2021, "固定资产投资：去年实际增长3.2%。今年预期增长8%。", "fixed_asset_investment", None, 3.2, 8),
    ("绵阳市", 2022, "社会消费品零售总额：去年全年实际完成1580亿元，增长9.6%。今年预期增长8%。", "retail_sales", 1580, 9.6, 8),
]


@pytest.mark.parametrize("city,year,card,ind,level,growth,target", _CARDS)
def test_card_last_year_with_shiji_is_last_years_result(city, year, card, ind, level, growth, target):
    d = read(_card_page(city, year, card))
    assert d.meta.report_year == year
    fs = keys_of(d)
    last, this = str(year - 1), str(year)
    assert val(fs, (ind, "actual", last, "growth")) == (growth, "eq")
    if level is not None:
        assert val(fs, (ind, "actual", last, "level")) == (level, "eq")
    assert val(fs, (ind, "target", this, "growth")) == (target, "eq")


# look-alikes read right before: no 实际, or no colon between the name and 去年
@pytest.mark.parametrize("card", [
    "社会消费品零售总额：去年完成1436亿元，增长6.8%。今年预期目标为增长7%。",
    "社会消费品零售总额去年实际完成1436亿元，增长6.8%，今年预期增长7%。",
])
def test_card_look_alikes_unchanged(card):
    fs = keys_of(read(_card_page("九江市", 2024, card)))
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (7, "eq")


def _tasks(county: str, year: int, task: str) -> str:
    return (f"{county}人民政府工作报告\n——{year}年1月5日在{county}第十八届人民代表大会第一次会议上\n\n"
            f"二、今年工作安排\n（一）壮大村级集体经济。{task}\n")


def _pledged(d):
    return {(p.action, p.value, p.unit) for p in d.pledges}


@pytest.mark.parametrize("county,year,task,count", [
    ("宁都县", 2022, "新增集体经济年收入20万元以上、经营性收入10万元以上的村30个。", 30),
    ("平江县", 2026, "实施强村工程，新增村级集体经济年收入50万元以上、经营性收入20万元以上的村15个。", 15),
    ("丰都县", 2019, "培育集体经济年收入10万元以上、经营性收入5万元以上的行政村120个。", 120),
    ("临洮县", 2023, "新增年收入10万元以上、20万元以上的村各50个。", 50),
])
def test_thresholds_joined_by_dun_pick_out_the_villages(county, year, task, count):
    d = read(_tasks(county, year, task))
    got = _pledged(d)
    assert any(v == count and u == "个" for _, v, u in got), got
    assert not any(u.endswith("元") for _, _, u in got), got  # (no threshold pledged)
    p = next(p for p in d.pledges if p.value == count)
    assert p.object.endswith("村")


@pytest.mark.parametrize("task,want", [
    ("发放稳岗补贴1.5亿元以上、购房补贴3000万元以上。", {("发放", 1.5, "亿元"), ("发放", 3000, "万元")}),
    ("完成投资20亿元以上、新开工项目15个。", {("完成", 20, "亿元"), ("新开工", 15, "个")}),
    ("新增集体经济年收入20万元以上的村30个。", {("新增", 30, "个")}),
])
def test_lists_of_amounts_unchanged(task, want):
    assert _pledged(read(_tasks("宁都县", 2022, task))) == want


def _port(city: str, year: int, task: str) -> str:
    return (f"{city}政府工作报告\n——{year}年1月6日在{city}第十六届人民代表大会第二次会议上\n\n"
            f"二、{year}年工作安排\n（一）扩大对外开放。{task}\n")


@pytest.mark.parametrize("city,year,task,obj,value,qual", [
    ("满洲里市", 2023, "推动中欧班列扩量增效，全年过境中欧班列2500列。", "中欧班列", 2500, "eq"),
    ("绥芬河市", 2021, "全年过境中欧班列1500列。", "中欧班列", 1500, "eq"),
    ("阿拉山口市", 2025, "全年过境中欧（中亚）班列7500列以上。", "中欧（中亚）班列", 7500, "at_least"),
    ("二连浩特市", 2019, "力争全年过境中蒙俄班列1200列。", "中蒙俄班列", 1200, "eq"),
])
def test_trains_passing_a_border_port(city, year, task, obj, value, qual):
    d = read(_port(city, year, task))
    assert [(p.action, p.object, p.value, p.unit, p.qualifier) for p in d.pledges] == [("过境", obj, value, "列", qual)]


@pytest.mark.parametrize("task,want", [
    ("过境货运量达到1200万吨。", ("达到", "过境货运量", 1200, "万吨")),
    ("新开通过境运输线路3条。", ("新开通", "过境运输线路", 3, "条")),
    ("全年开行中欧班列300列。", ("开行", "中欧班列", 300, "列")),
])
def test_words_of_passing_that_name_a_thing(task, want):
    d = read(_port("满洲里市", 2023, task))
    assert [(p.action, p.object, p.value, p.unit) for p in d.pledges] == [want]
