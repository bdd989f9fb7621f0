"""adv63 (decision 522): an adversarial review of decisions 512, 517 and 520, blind.

- Another region's target by its full name in 县/旗/区 before its verb of setting ("相邻的开鲁县确定的地区生产总值增长目标为6%"
  in 扎鲁特旗's report, "江北区确定的…" in 渝北区's), or by a neighbour's word and its short name ("邻县开鲁确定的…"): the
  neighbour's, no target of the region's; the region's own figure after it keeps its role (failed on the base: the
  neighbour's 6% was the region's target, and "，全旗实际增长8.5%" after it a target too).
- The region's own setting said with 的 after a target set elsewhere ("…目标为6%，全旗确定的目标为6.5%"): its target (failed
  on the base: lost).
- A span of years ending in the report's year in the year's tasks ("2024年至2026年，全市累计改造城镇老旧小区600个" in 2026):
  the span's plan, pledged as "2024—2026年" is (failed on the base: read as years gone by, as lft62d's "2020年至2022年" in
  2023 rightly is).
Look-alikes keep their reading."""
import pytest

import planwatch

_QIAN = ("扎鲁特旗人民政府工作报告\n——2024年1月8日在扎鲁特旗第十七届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
         "过去一年，全旗规模以上工业增加值增长11.5%。\n{t}\n\n二、2024年主要预期目标\n城镇新增就业2000人以上。\n\n"
         "三、2024年重点任务\n新建高标准农田15万亩。\n")
_YUBEI = ("渝北区政府工作报告\n——2025年1月8日在重庆市渝北区第十九届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
          "2024年，全区规模以上工业增加值增长7.1%。\n{t}\n\n二、2025年主要目标\n城镇新增就业2.5万人。\n\n三、2025年重点工作\n"
          "新增城市停车位1.2万个。\n")
_QUJING = ("曲靖市政府工作报告\n——2026年1月13日在曲靖市第七届人民代表大会第六次会议上\n\n一、2025年工作回顾\n"
           "2025年，全市地区生产总值增长5.8%。{r}\n\n二、2026年主要目标\n地区生产总值增长6%左右。\n\n三、2026年重点工作\n{t}\n")


def _read(page: str, t: str, r: str = ""):
    text = page.format(t=t, r=r)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    i, n = (text.index(t), len(t)) if t else (text.index(r), len(r))
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < i + n}
    pledges = {(p.object, p.value, p.unit) for p in doc.pledges if i <= p.start < i + n}
    return facts, pledges


# 1. another region's target by its full name (县/旗/区) or a neighbour's word, then the region's own figure
@pytest.mark.parametrize("page, t, want, gone", [
    (_QIAN, "年初，相邻的开鲁县确定的地区生产总值增长目标为6%，全旗确定的目标为6.5%，实际增长好于预期。",
     [("gdp", "target", "2023", "growth", 6.5)], [("gdp", "target", "2023", "growth", 6)]),
    (_QIAN, "开鲁县确定的固定资产投资增长目标为6%，全旗实际增长8.5%。",
     [("fixed_asset_investment", "actual", "2023", "growth", 8.5)],
     [("fixed_asset_investment", "target", "2023", "growth", 6), ("fixed_asset_investment", "target", "2023", "growth", 8.5)]),
    (_QIAN, "阿鲁科尔沁旗确定的固定资产投资增长目标为9%，全旗力争增长10%。",
     [("fixed_asset_investment", "target", "2023", "growth", 10)], [("fixed_asset_investment", "target", "2023", "growth", 9)]),
    (_QIAN, "邻县开鲁确定的地区生产总值增长目标为6%，全旗确定的目标为6.5%。",
     [("gdp", "target", "2023", "growth", 6.5)], [("gdp", "target", "2023", "growth", 6)]),
    (_QIAN, "邻县开鲁确定的固定资产投资增长目标为6%，全旗实际增长8.5%。",
     [("fixed_asset_investment", "actual", "2023", "growth", 8.5)], [("fixed_asset_investment", "target", "2023", "growth", 6)]),
    (_YUBEI, "江北区确定的固定资产投资增长目标为9%，全区实际增长10.5%。",
     [("fixed_asset_investment", "actual", "2024", "growth", 10.5)], [("fixed_asset_investment", "target", "2024", "growth", 9)]),
    (_YUBEI, "邻近的九龙坡区确定的一般公共预算收入增长目标为5%，全区实际增长6%。",
     [("general_budget_revenue", "actual", "2024", "growth", 6)], [("general_budget_revenue", "target", "2024", "growth", 5)]),
    (_YUBEI, "邻区江北确定的固定资产投资增长目标为9%，全区实际增长10.5%。",
     [("fixed_asset_investment", "actual", "2024", "growth", 10.5)], [("fixed_asset_investment", "target", "2024", "growth", 9)]),
])
def test_neighbours_target_is_none_of_the_regions(page, t, want, gone):
    facts, _ = _read(page, t)
    for w in want:
        assert w in facts
    for g in gone:
        assert g not in facts


# 2. the region's own setting said with 的 after the level above's target
def test_own_setting_with_de_after_above():
    facts, _ = _read(_QIAN, "通辽市确定的地区生产总值增长目标为6%，全旗确定的目标为6.5%。")
    assert ("gdp", "target", "2023", "growth", 6.5) in facts
    assert ("gdp", "target", "2023", "growth", 6) not in facts


# look-alikes: the level above's, the region's own by its word or name, a part of the region
@pytest.mark.parametrize("page, t, want", [
    (_QIAN, "通辽市确定的固定资产投资增长目标为9%，全旗实际增长10.5%。",
     {("fixed_asset_investment", "actual", "2023", "growth", 10.5)}),
    (_QIAN, "全旗确定的固定资产投资增长目标为6%，实际增长8.5%。",
     {("fixed_asset_investment", "target", "2023", "growth", 6), ("fixed_asset_investment", "actual", "2023", "growth", 8.5)}),
    (_QIAN, "扎鲁特旗确定的固定资产投资增长目标为6%，实际增长8.5%。",
     {("fixed_asset_investment", "target", "2023", "growth", 6), ("fixed_asset_investment", "actual", "2023", "growth", 8.5)}),
    (_YUBEI, "区确定的固定资产投资增长目标为9%，全区实际增长10.5%。",
     {("fixed_asset_investment", "target", "2024", "growth", 9), ("fixed_asset_investment", "actual", "2024", "growth", 10.5)}),
    (_QUJING, "宣威市确定的固定资产投资增长目标为9%，全市实际增长10.5%。",
     {("other:宣威市固定资产投资", "target", "2025", "growth", 9), ("fixed_asset_investment", "actual", "2025", "growth", 10.5)}),
])
def test_own_and_above_setters_kept(page, t, want):
    if page is _QUJING:
        facts, _ = _read(page, "", t)
    else:
        facts, _ = _read(page, t)
    assert facts == want


# 3. a span ending in the report's year in the year's tasks: the span's plan
@pytest.mark.parametrize("t, want", [
    ("2024年至2026年，全市累计改造城镇老旧小区600个。", {("城镇老旧小区", 600, "个")}),
    ("2024年至2026年，全市实施城市更新三年行动，累计改造城镇老旧小区600个，今年改造220个。",
     {("城镇老旧小区", 600, "个"), ("城镇老旧小区", 220, "个")}),
])
def test_span_ending_in_report_year_pledged(t, want):
    _, pledges = _read(_QUJING, t)
    assert want <= pledges


# look-alikes: a span ended before the report's year (the years gone by), one written with a dash
@pytest.mark.parametrize("t, want, gone", [
    ("2023年至2025年，全市累计改造城镇老旧小区600个，今年改造220个。", {("城镇老旧小区", 220, "个")}, ("城镇老旧小区", 600, "个")),
    ("2024年至2025年，全市累计改造城镇老旧小区400个。", set(), ("城镇老旧小区", 400, "个")),
    ("2024—2026年，全市改造城镇老旧小区600个。", {("城镇老旧小区", 600, "个")}, None),
])
def test_span_look_alikes(t, want, gone):
    _, pledges = _read(_QUJING, t)
    assert want <= pledges
    assert gone is None or gone not in pledges


def test_past_span_in_review_no_pledge():
    _, pledges = _read(_QUJING, "", "2023年至2025年，全市累计建成高标准农田180万亩。")
    assert pledges == set()
