"""lft64 (decision 543): what the last rounds left, one class at a time, blind.

- The year's estimate a sentence of its own after a part of the year's figure (“前三季度，地区生产总值增长6.1%。预计全年增长
  6.4%。”; the spec: 预计 figures are `actual`): the year's result (failed on the base: no fact of the year).
- The region's own target set by 确定为 in the sentence after a neighbour's or the level above's (“鄂托克旗确定的地区生产总值
  增长目标为7%。我旗确定为6.5%左右。”): the region's target (failed on the base: lost, or read as the year's result).
- The level above's figure set in a clause of its own after the region's words, then the region's (“一般公共预算收入增长与全省
  同步，省定目标为7%，全市安排8%”): the region's 8% (failed on the base: the qualitative words only, or nothing).
- A bare growth target after its reasons, the region's whole word before it (“综合考虑各方面因素，建议今年全省的增长目标定为8%
  左右。…城镇新增就业70万人以上，…”): the economy's target opening the year's target list, its items no pledges (failed on the
  base: the items pledged).
- 消費者物價指數 (a Hong Kong or Taiwan page's word for CPI) before its bracketed code: the quote opens on the name (failed
  on the base: “CPI）漲幅3%左右”).
Look-alikes keep their reading: the year's own figure before an estimate, the comma's form, an aim by 力争, the region's own
figure before the level above's, the bracket's form, a sector's growth target."""
import pytest

from factkeys import read

_HEADS = {
    "review": "杭锦旗人民政府工作报告\n——2020年1月9日在杭锦旗第十七届人民代表大会第五次会议上\n\n一、2019年工作回顾\n",
    "targets": "杭锦旗人民政府工作报告\n——2020年1月9日在杭锦旗第十七届人民代表大会第五次会议上\n\n二、2020年主要预期目标\n",
    "city": "许昌市人民政府工作报告\n——2017年1月11日在许昌市第七届人民代表大会第二次会议上\n\n二、2017年主要目标\n",
    "province": "湖南省政府工作报告\n——2018年1月28日在湖南省第十三届人民代表大会第一次会议上\n\n二、2018年工作安排\n",
    "hk": ("河北省政府工作報告發布\n2023年01月13日  來源：大公報\n\n【大公報訊】河北省第十四屆人民代表大會第一次會議2023年1月12日"
           "在石家莊開幕。報告提出，今年全省主要預期目標是："),
}


def _read(head: str, body: str):
    return read(_HEADS[head] + body + "\n", "t.txt")


def _facts(head: str, body: str) -> set:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in _read(head, body).facts
            if not f.indicator.startswith("other:")}


ESTIMATES = [
    ("前三季度，地区生产总值增长6.1%。预计全年增长6.4%，一般公共预算收入完成15.2亿元。",
     ("gdp", "actual", "2019", "growth", 6.4, "eq")),
    ("上半年，社会消费品零售总额增长5.2%。预计全年增长6%。", ("retail_sales", "actual", "2019", "growth", 6, "eq")),
    ("前三季度，全旗规模以上工业增加值完成30亿元，增长8.1%。预计全年增长7.5%左右。",
     ("industrial_va", "actual", "2019", "growth", 7.5, "about")),
]


@pytest.mark.parametrize("body,fact", ESTIMATES)
def test_the_years_estimate_after_a_parts_figure_is_the_years_result(body, fact):
    got = _facts("review", body)
    assert fact in got
    assert not any(f[:4] == fact[:4] and f[4] != fact[4] for f in got)  # (the part's figure is no year's)


OWN_SET = [
    ("targets", "相邻的鄂托克旗确定的地区生产总值增长目标为7%。我旗确定为6.5%左右。一般公共预算收入增长6%。",
     ("gdp", "target", "2020", "growth", 6.5, "about")),
    ("targets", "鄂托克旗确定的固定资产投资增长目标为10%。我旗确定为增长12%。",
     ("fixed_asset_investment", "target", "2020", "growth", 12, "eq")),
    ("review", "鄂托克旗确定的地区生产总值增长目标为7%。我旗确定为6.5%。全年实际增长6.8%。",
     ("gdp", "target", "2019", "growth", 6.5, "eq")),
]


@pytest.mark.parametrize("head,body,fact", OWN_SET)
def test_the_regions_own_target_set_after_anothers_sentence(head, body, fact):
    got = _facts(head, body)
    assert fact in got
    assert not any(f[:2] == ("gdp", "actual") and f[4] == 6.5 for f in got)


ABOVE_CLAUSE = [
    "固定资产投资增长13%；一般公共预算收入增长与全省同步，省定目标为7%，全市安排8%；城镇新增就业6万人以上。",
    "一般公共预算收入增长，省定目标7%，全市安排8%。",
]


@pytest.mark.parametrize("body", ABOVE_CLAUSE)
def test_the_level_aboves_clause_then_the_regions_own_figure(body):
    got = {f for f in _facts("city", body) if f[0] == "general_budget_revenue"}
    assert got == {("general_budget_revenue", "target", "2017", "growth", 8, "eq")}


BARE_GROWTH = [
    "今年政府工作的总体要求是，全面贯彻党的十九大精神，坚持稳中求进工作总基调。综合考虑各方面因素，建议今年全省的增长目标定为"
    "8%左右。地方一般公共预算收入增长6%；城镇新增就业70万人以上，城镇登记失业率控制在4.5%以内。",
    "综合考虑各方面因素，建议全省的增长目标定为8%左右。地方一般公共预算收入增长6%；城镇新增就业70万人以上。",
]


@pytest.mark.parametrize("body", BARE_GROWTH)
def test_a_bare_growth_target_after_its_reasons_opens_the_target_list(body):
    doc = _read("province", body)
    assert ("gdp", "target", "2018", "growth", 8) in {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    assert ("urban_new_jobs", "target", "2018", "level", 70) in {
        (f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts}
    assert not doc.pledges


def test_a_hong_kong_pages_cpi_name_before_its_code_opens_the_quote():
    doc = _read("hk", "經濟增長「5%左右」，消費者物價指數（CPI）漲幅3%左右。")
    cpi = [f for f in doc.facts if f.indicator == "cpi"]
    assert [(f.role, f.period, f.value, f.qualifier, f.quote) for f in cpi] == [
        ("target", "2023", 3, "about", "消費者物價指數（CPI）漲幅3%左右")]


# look-alikes: the same on the base and after
KEPT = [
    ("review", "地区生产总值完成98亿元，增长6.1%。预计全年增长6.4%，一般公共预算收入完成15.2亿元。",
     ("gdp", "actual", "2019", "growth", 6.1, "eq")),
    ("review", "前三季度，地区生产总值增长6.1%，预计全年增长6.4%。", ("gdp", "actual", "2019", "growth", 6.4, "eq")),
    ("targets", "鄂尔多斯市确定的地区生产总值增长目标为7%。全旗力争增长7.5%。", ("gdp", "target", "2020", "growth", 7.5, "eq")),
    ("city", "一般公共预算收入增长6%，省定目标为7%，全市安排8%。", ("general_budget_revenue", "target", "2017", "growth", 6, "eq")),
    ("city", "一般公共预算收入增长与全省同步（省定目标为7%，全市安排8%）。",
     ("general_budget_revenue", "target", "2017", "growth", 8, "eq")),
    ("city", "一般公共预算收入增长与全省同步。", ("general_budget_revenue", "target", "2017", "growth", None, "qualitative")),
    ("hk", "GDP增長目標定於「5%左右」，居民消費價格指數（CPI）漲幅3%左右。", ("cpi", "target", "2023", "growth", 3, "about")),
]


@pytest.mark.parametrize("head,body,fact", KEPT)
def test_look_alikes_keep_their_reading(head, body, fact):
    got = _facts(head, body)
    assert fact in got
    assert not any(f[:4] == fact[:4] and f != fact for f in got)


def test_a_sectors_growth_target_set_leads_no_list():
    doc = _read("city", "综合考虑各方面因素，全市工业增长目标定为10%。新增规模以上工业企业50户；新建标准化厂房20万平方米。")
    assert {(p.object, p.value, p.unit) for p in doc.pledges} == {("规模以上工业企业", 50, "户"), ("标准化厂房", 20, "万平方米")}
