"""adv63e (decision 537): an adversarial review of decisions 530, 534 and 535, blind.

- The region's own name after another region's in a bracket ("一般公共预算收入增长与全市同步（济南市安排5%，历城区安排5.5%）"
  in 历城区's report): the region's own figure its target (failed on the base: the target left qualitative, the bracket's
  figures all dropped as decision 530's other regions').
- A zone the division runs as one government (data/zone_divisions.tsv) naming the report alone ("青岛西海岸新区政府工作报告
  解读…"): the division's report, metadata 黄岛区 (failed on the base: no region), its own setting ("年初西海岸新区确定的…目标为
  8%") the region's, no part's, and its name in a bracket the region's own figure.
Look-alikes keep their reading (another zone's setting, other regions' brackets, the level word in a bracket, a quarter
opening the targets paragraph, 执行中 in a task, two groups of different measures under 分别)."""
import pytest

import planwatch

_LICHENG = ("济南市历城区人民政府工作报告\n——2025年1月8日在济南市历城区第十九届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
            "过去一年，全区城镇新增就业2.6万人。{r}\n\n二、2025年主要预期目标\n{t}\n\n三、2025年重点工作\n新增中小学学位8000个。\n")
_NEWS = ("青岛西海岸新区政府工作报告解读：今年地区生产总值增长7.5%\n2022-01-10 10:15  来源：西海岸新闻网\n\n"
         "1月9日，青岛西海岸新区第三届人民代表大会第一次会议开幕，区长周安代表区政府作工作报告。\n\n报告回顾，{r}\n\n"
         "今年，{t}报告提出，今年将新建5G基站2000个。\n")
_BINYANG = ("宾阳县人民政府工作报告\n——2019年1月15日在宾阳县第十六届人民代表大会第四次会议上\n\n一、2018年工作回顾\n"
            "过去一年，全县地区生产总值增长7.2%。{r}\n\n二、2019年工作安排\n{t}\n")


def _read(page: str, t: str, r: str = ""):
    text = page.format(t=t, r=r)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    i = text.index(t if t else r)
    j = i + len(t if t else r)
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < j}
    pledges = {(p.object, p.value, p.unit) for p in doc.pledges if i <= p.start < j}
    return doc, facts, pledges


# 1. the region's own name in a bracket after another region's (failed on the base)
@pytest.mark.parametrize("t, want, gone", [
    ("一般公共预算收入增长与全市同步（济南市安排5%，历城区安排5.5%）。", 5.5, 5),
    ("固定资产投资增长与全市同步（济南市确定为6%，历城区确定为7%）。", 7, 6),
    ("一般公共预算收入增长快于全市（济南市安排5%，历城安排6%）。", 6, 5),
    ("一般公共预算收入增长与全市同步（市定目标5%，历城区安排5.5%）。", 5.5, 5),
])
def test_own_name_in_bracket(t, want, gone):
    _, facts, _ = _read(_LICHENG, t)
    ind = "fixed_asset_investment" if "固定" in t else "general_budget_revenue"
    assert (ind, "target", "2025", "growth", want) in facts, facts
    assert (ind, "target", "2025", "growth", gone) not in facts


# 1'. look-alikes: other regions' figures only, the level word after them, the region's own before the bracket
@pytest.mark.parametrize("t, want, gone", [
    ("一般公共预算收入增长与全市同步（济南市安排5%，章丘区安排6%）。", None, 5),
    ("一般公共预算收入增长与全市同步（济南市安排5%，全区安排5.5%）。", 5.5, 5),
    ("一般公共预算收入增长6%（济南市安排5%，章丘区安排7%）。", 6, 7),
])
def test_other_names_in_bracket(t, want, gone):
    _, facts, _ = _read(_LICHENG, t)
    assert ("general_budget_revenue", "target", "2025", "growth", want) in facts, facts
    assert ("general_budget_revenue", "target", "2025", "growth", gone) not in facts


# 2. a zone run as one government with the division, naming the report (failed on the base)
def test_zone_division_named_alone_meta():
    doc, _, _ = _read(_NEWS, "城镇新增就业8万人。")
    assert (doc.meta.region, doc.meta.region_code, doc.meta.level, doc.meta.parent) == ("黄岛区", "370211", "county", "青岛市")


@pytest.mark.parametrize("r, want, gone", [
    ("年初西海岸新区确定的地区生产总值增长目标为8%，全区实际增长8.6%。",
     [("gdp", "target", "2021", "growth", 8), ("gdp", "actual", "2021", "growth", 8.6)], []),
    ("年初新区确定的地区生产总值增长目标为8%，实际增长8.6%。",
     [("gdp", "target", "2021", "growth", 8), ("gdp", "actual", "2021", "growth", 8.6)], []),
])
def test_zone_division_own_setting(r, want, gone):
    _, facts, _ = _read(_NEWS, "", r)
    for w in want:
        assert w in facts, (w, facts)


def test_zone_division_name_in_bracket():
    _, facts, _ = _read(_NEWS, "新区一般公共预算收入增长快于全市（青岛市安排6%，西海岸新区安排7%）。")
    assert ("general_budget_revenue", "target", "2022", "growth", 7) in facts, facts
    assert ("general_budget_revenue", "target", "2022", "growth", 6) not in facts


# 2'. look-alike: another zone of the division setting its own target stays a part's (decision 530)
def test_other_zone_setting_kept():
    _, facts, _ = _read(_LICHENG, "", "年初，高新区确定的规模以上工业增加值增长目标为12%，全区实际增长9.4%。")
    assert ("industrial_va", "target", "2024", "growth", 12) not in facts, facts
    assert ("industrial_va", "actual", "2024", "growth", 9.4) in facts, facts


# 3. look-alikes of decisions 534 and 535 the round wrote: read right on the base and after
def test_quarter_opening_targets_paragraph():
    _, facts, _ = _read(_BINYANG, "一季度实现“开门红”，上半年实现“双过半”，全年主要预期目标是：地区生产总值增长7.5%，一般公共预算收入增长5%。")
    assert {("gdp", "target", "2019", "growth", 7.5), ("general_budget_revenue", "target", "2019", "growth", 5)} <= facts, facts


def test_in_execution_task_pledge():
    _, facts, pledges = _read(_BINYANG, "重点抓好以下工作：\n（一）严格财政管理。在预算执行中压减一般性支出5%以上。")
    assert ("一般性支出", 5, "%") in pledges, pledges
    assert not any(f[1] == "actual" for f in facts), facts


def test_two_groups_different_measures():
    _, facts, pledges = _read(_BINYANG, "重点抓好以下工作：\n（二）兜牢民生底线。农村居民人均可支配收入和低保标准分别提高8%和10%。")
    assert ("rural_disposable_income", "target", "2019", "growth", 8) in facts, facts
    assert ("低保标准", 10, "%") in pledges and ("农村居民人均可支配收入", 8, "%") in pledges, pledges
