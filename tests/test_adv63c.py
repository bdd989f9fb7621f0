"""adv63c (decision 530): an adversarial review of decisions 522, 523 and 525, blind.

- A zone of the region setting its own target ("前湾新区确定的规模以上工业增加值增长目标为10%，全市实际增长8.9%" in 慈溪市's
  report, "经济开发区确定的…" in a county's): the zone's, no target of the region's, and the whole's figure after it its result
  (failed on the base: the zone's 10% the region's target, the result a target too; decision 522's Left).
- A neighbour told with the time of setting glued before its word ("年初邻市余姚确定的…目标为5.5%"): the neighbour's (failed
  on the base: the region's 2023 target, its own after it lost).
- A bracket opening on other regions' names, none the level above's word ("与全市同步（瑞金市安排5%，兴国县安排6%）" in
  于都县's report): their figures, the region's target qualitative, or its own after them (failed on the base: 瑞金市's 5%).
- A past year's target stated whole in a news paragraph ("报告回顾，年初全市确定的…增长目标为6%。"): the sentence after it holds
  the year's results (failed on the base: targets of 2023).
Look-alikes keep their reading (the level above's bracket, the region's own setting, a list's lead 目标是：, 去年为 the
subject of a clause in December, a topic lead over a review, a principle lead ending in the year's targets)."""
import pytest

import planwatch

_CIXI = ("慈溪市人民政府工作报告\n——2024年1月11日在慈溪市第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
         "过去一年，全市城镇新增就业2.6万人。\n{t}\n\n二、2024年主要预期目标\n城镇新增就业2万人以上。\n")
_YUDU = ("于都县人民政府工作报告\n——2025年1月9日在于都县第十八届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
         "过去一年，全县城镇新增就业6120人。{r}\n\n二、2025年主要预期目标\n{t}\n\n三、2025年重点任务\n新建高标准农田6万亩。\n")
_NEWS = ("慈溪市政府工作报告解读：今年经济增长目标6%左右\n2024-01-12 09:30  来源：慈溪日报\n\n"
         "1月11日，慈溪市第十八届人民代表大会第四次会议开幕，市长张东阳代表市政府作工作报告。\n\n{t}\n\n"
         "今年，全市一般公共预算收入增长5%。报告提出，今年将新增托育机构托位1200个。\n")
_SHIYAN = ("关于十堰市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2025年12月26日在十堰市第六届人民代表大会"
           "第六次会议上\n\n一、2025年计划执行情况\n今年以来，全市经济稳中有进。{t}\n\n二、2026年经济社会发展主要目标\n"
           "地区生产总值增长6%左右。\n\n三、2026年重点工作\n新增城市停车泊位8000个。\n")


def _read(page: str, t: str, r: str = ""):
    text = page.format(t=t, r=r)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    i, n = text.index(t), len(t)
    facts = {(f.indicator, f.role, f.period, f.measure, f.value) for f in doc.facts if i <= f.start < i + n}
    pledges = {(p.object, p.value, p.unit) for p in doc.pledges if i <= p.start < i + n}
    return facts, pledges


def _check(facts, want, gone):
    for w in want:
        assert w in facts, (w, facts)
    for g in gone:
        assert g not in facts, (g, facts)


# 1. a zone of the region, or a neighbour with 年初 glued before its word, setting a target
@pytest.mark.parametrize("page, t, want, gone", [
    (_CIXI, "前湾新区确定的规模以上工业增加值增长目标为10%，全市实际增长8.9%。",
     [("industrial_va", "actual", "2023", "growth", 8.9)],
     [("industrial_va", "target", "2023", "growth", 10), ("industrial_va", "target", "2023", "growth", 8.9)]),
    (_CIXI, "年初，前湾新区确定的地区生产总值增长目标为10%，全市确定的目标为6%。",
     [("gdp", "target", "2023", "growth", 6)], [("gdp", "target", "2023", "growth", 10)]),
    (_CIXI, "年初邻市余姚确定的地区生产总值增长目标为5.5%，全市确定的目标为6%。",
     [("gdp", "target", "2023", "growth", 6)], [("gdp", "target", "2023", "growth", 5.5)]),
    (_CIXI, "2023年初邻县余姚确定的一般公共预算收入增长目标为5%，全市实际增长6.1%。",
     [("general_budget_revenue", "actual", "2023", "growth", 6.1)],
     [("general_budget_revenue", "target", "2023", "growth", 5), ("general_budget_revenue", "target", "2023", "growth", 6.1)]),
])
def test_zone_or_neighbour_setting_is_none_of_the_regions(page, t, want, gone):
    facts, _ = _read(page, t)
    _check(facts, want, gone)


def test_development_zone_setting_in_a_countys_review():
    # (decision 522's Left: "经济开发区确定的…目标为15%" read as the county's target)
    text = _YUDU.format(t="地区生产总值增长6.5%左右。", r="经济开发区确定的固定资产投资增长目标为15%，全县实际增长9%。")
    got = {(f.indicator, f.role, f.period, f.value) for f in planwatch.read_text(text, "t.txt").facts}
    assert ("fixed_asset_investment", "actual", "2024", 9) in got, got
    assert ("fixed_asset_investment", "target", "2024", 15) not in got, got


@pytest.mark.parametrize("page, t, want, gone", [
    (_CIXI, "全市确定的地区生产总值增长目标为6%，实际增长6.3%。",
     [("gdp", "target", "2023", "growth", 6), ("gdp", "actual", "2023", "growth", 6.3)], []),
    (_CIXI, "年初，邻市余姚确定的地区生产总值增长目标为5.5%，全市确定的目标为6%。",
     [("gdp", "target", "2023", "growth", 6)], [("gdp", "target", "2023", "growth", 5.5)]),
    (_CIXI, "宁波市确定的地区生产总值增长目标为5.5%，全市实际增长6.3%。",
     [("gdp", "actual", "2023", "growth", 6.3)], [("gdp", "target", "2023", "growth", 5.5)]),
])
def test_own_and_above_setting_kept(page, t, want, gone):
    facts, _ = _read(page, t)
    _check(facts, want, gone)


# 2. a bracket opening on other regions' names
@pytest.mark.parametrize("t, want, gone", [
    ("一般公共预算收入增长与全市同步（瑞金市安排5%，兴国县安排6%）。",
     [("general_budget_revenue", "target", "2025", "growth", None)], [("general_budget_revenue", "target", "2025", "growth", 5)]),
    ("一般公共预算收入增长与全市同步（瑞金市5%，兴国县6%）。",
     [("general_budget_revenue", "target", "2025", "growth", None)], [("general_budget_revenue", "target", "2025", "growth", 5)]),
    ("固定资产投资增长快于全市（瑞金市、兴国县分别为7%和6.5%）。",
     [("fixed_asset_investment", "target", "2025", "growth", None)], [("fixed_asset_investment", "target", "2025", "growth", 7)]),
    ("一般公共预算收入增长与全市同步（赣县区安排5%，全县安排6%）。",
     [("general_budget_revenue", "target", "2025", "growth", 6)], [("general_budget_revenue", "target", "2025", "growth", 5)]),
])
def test_bracket_of_other_regions(t, want, gone):
    facts, _ = _read(_YUDU, t)
    _check(facts, want, gone)


@pytest.mark.parametrize("t, want", [
    ("一般公共预算收入增长与全市同步（市定目标5%，全县安排6%）。", ("general_budget_revenue", "target", "2025", "growth", 6)),
    ("一般公共预算收入增长与全市同步（全县安排6%）。", ("general_budget_revenue", "target", "2025", "growth", 6)),
    ("一般公共预算收入增长与全市同步（于都县安排6%）。", ("general_budget_revenue", "target", "2025", "growth", 6)),
    ("一般公共预算收入增长与全市同步（市定目标5%）。", ("general_budget_revenue", "target", "2025", "growth", None)),
    ("地区生产总值增长6.5%左右（赣县区、兴国县分别安排7%和6.5%）。", ("gdp", "target", "2025", "growth", 6.5)),
])
def test_bracket_own_or_above_kept(t, want):
    facts, _ = _read(_YUDU, t)
    assert want in facts, facts


# 3. a past target stated whole, then the year's results, on a news page
@pytest.mark.parametrize("t, want, gone", [
    ("报告回顾，年初全市确定的地区生产总值增长目标为6%。全市地区生产总值增长6.3%，规模以上工业增加值增长8.9%。",
     [("gdp", "target", "2023", "growth", 6), ("gdp", "actual", "2023", "growth", 6.3),
      ("industrial_va", "actual", "2023", "growth", 8.9)], [("industrial_va", "target", "2023", "growth", 8.9)]),
    ("报告回顾，年初邻市余姚确定的地区生产总值增长目标为5.5%。全年地区生产总值增长6.3%，一般公共预算收入完成186.2亿元。",
     [("gdp", "actual", "2023", "growth", 6.3), ("general_budget_revenue", "actual", "2023", "level", 186.2)],
     [("general_budget_revenue", "target", "2023", "level", 186.2)]),
])
def test_past_target_stated_whole_dates_results_after(t, want, gone):
    facts, _ = _read(_NEWS, t)
    _check(facts, want, gone)


def test_past_targets_list_lead_kept():
    facts, _ = _read(_NEWS, "报告回顾，年初确定的主要预期目标是：地区生产总值增长6%。规模以上工业增加值增长7%。")
    assert ("industrial_va", "target", "2023", "growth", 7) in facts, facts


# 4. the shapes the round aimed at that the base already read right
def test_last_year_the_subject_of_a_clause_in_december():
    facts, _ = _read(_SHIYAN, "去年为全市“项目建设攻坚年”，固定资产投资增长12.1%，今年预计增长8.3%。")
    _check(facts, [("fixed_asset_investment", "actual", "2024", "growth", 12.1),
                   ("fixed_asset_investment", "actual", "2025", "growth", 8.3)], [])


def test_topic_lead_over_this_year_in_december_is_review():
    _, pledges = _read(_SHIYAN, "民生方面，今年全市新增城镇就业4.8万人。改造城镇老旧小区136个，新建改造农村公路1100公里。")
    assert not pledges


def test_topic_lead_over_last_year_on_a_news_page_is_review():
    _, pledges = _read(_NEWS, "民生方面，去年全市新增城镇就业2.6万人。新建改造农村公路85公里，改造城镇老旧小区28个。")
    assert not pledges


def test_principle_lead_ending_in_targets():
    facts, pledges = _read(_YUDU, "按照“跳起摸高”的原则安排全年预期目标：地区生产总值增长6.5%左右。按照就业优先的原则，城镇新增就业"
                                  "6000人以上。")
    assert ("gdp", "target", "2025", "growth", 6.5) in facts and ("urban_new_jobs", "target", "2025", "level", 6000) in facts
    assert not pledges
