"""adv64 (decision 541): an adversarial review of decisions 532, 533 and 538, blind.

- Those each given an amount, totalled after it (“每村安排村级集体经济发展资金50万元，共60个村”, “…（合计60个村）”): the funds
  are the pledge, the total of villages or households whom they are for is none (failed on the base: a pledge “安排 村 60个”).
- A news page's “报告提出，去年…；…”: the report telling last year's results, every ；-piece of it (failed on the base: the
  pieces after the first read as this year's targets and pledged).
- A news page's “报告提出，今年…” after a results sub-head and its cards: the page's turn to the year (failed on the base:
  its tasks pledged nothing).
Look-alikes keep their reading: the region's own setting body (县委县政府确定的…), the region's own bracket (（全县分别为…）),
其中 before a real indicator, 兆 figures of a traditional page, a count after 共 that is no total of those each given."""
import pytest

import planwatch

_REPORT = ("攸县人民政府工作报告\n——2023年1月9日在攸县第十八届人民代表大会第二次会议上\n县长  刘建军\n\n一、2022年工作回顾\n"
           "2022年，全县地区生产总值完成415.6亿元，增长5.3%。{r}\n\n二、2023年主要预期目标和重点工作\n"
           "2023年全县经济社会发展主要预期目标是：{g}\n重点抓好以下工作：{t}\n")
_PAGE = ("长安区政府工作报告解读\n2021-01-13 09:40　来源：长安融媒\n\n"
         "1月12日，石家庄市长安区第十六届人民代表大会第六次会议开幕，区长刘建波作政府工作报告。\n\n{body}\n")
_CARDS = "【数说2020】\n地区生产总值\n586.3亿元\n+3.6%，居全市第3位\n\n"


def _doc(text: str):
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return doc


def _facts(text: str):
    return {(f.indicator, f.role, f.period, f.measure, f.value) for f in _doc(text).facts
            if not f.indicator.startswith("other:")}


def _pledges(text: str):
    return {(p.object, p.value, p.unit, p.period) for p in _doc(text).pledges}


def _report(r: str = "", g: str = "地区生产总值增长6.5%左右。", t: str = "新建农村公路150公里。") -> str:
    return _REPORT.format(r=r, g=g, t=t)


# 1. a total of those each given an amount (failed on the base)
@pytest.mark.parametrize("t, want", [
    ("每村安排村级集体经济发展资金50万元，共60个村；新建农村公路150公里。",
     {("村级集体经济发展资金", 50, "万元", "2023"), ("农村公路", 150, "公里", "2023")}),
    ("为每村安排村级集体经济发展资金50万元，合计60个村；新建农村公路150公里。",
     {("村级集体经济发展资金", 50, "万元", "2023"), ("农村公路", 150, "公里", "2023")}),
    ("每户安排产业奖补资金5000元，共1200户；新建农村公路150公里。",
     {("产业奖补资金", 5000, "元", "2023"), ("农村公路", 150, "公里", "2023")}),
    ("每村安排村级集体经济发展资金50万元（共60个村）；新建农村公路150公里。",
     {("村级集体经济发展资金", 50, "万元", "2023"), ("农村公路", 150, "公里", "2023")}),
])
def test_total_of_those_each_given_no_pledge(t, want):
    assert _pledges(_report(t=t)) == want


# 1'. look-alikes: a total after 共 with no 每 before it, a count before 每, the amount alone (pass on both)
@pytest.mark.parametrize("t, want", [
    ("新建学校5所，共3000个学位；新建农村公路150公里。",
     {("学校", 5, "所", "2023"), ("学位", 3000, "个", "2023"), ("农村公路", 150, "公里", "2023")}),
    ("为60个贫困村每村安排村集体经济发展资金50万元；新建农村公路150公里。",
     {("村集体经济发展资金", 50, "万元", "2023"), ("农村公路", 150, "公里", "2023")}),
    ("改造120户农村危房，每户补助2万元；新建农村公路150公里。",
     {("农村危房", 120, "户", "2023"), ("农村公路", 150, "公里", "2023")}),
])
def test_counts_kept(t, want):
    assert _pledges(_report(t=t)) == want


# 2. the report telling last year's results on a news page (failed on the base: the second piece this year's target)
@pytest.mark.parametrize("cards", ["", "【回眸2020】\n"])
def test_report_tells_last_year(cards):
    text = _PAGE.format(body=cards + "报告提出，去年全区地区生产总值完成586.3亿元，增长3.6%；一般公共预算收入完成31.2亿元，增长3.8%。")
    facts = _facts(text)
    assert ("general_budget_revenue", "actual", "2020", "level", 31.2) in facts
    assert ("general_budget_revenue", "actual", "2020", "growth", 3.8) in facts
    assert not any(f[1] == "target" for f in facts)
    assert _pledges(text) == set()


# 2'. look-alikes: the report telling this year's after last year's, and 报告显示 (pass on both)
def test_report_tells_this_year_after_last():
    text = _PAGE.format(body="报告提出，去年全区城镇新增就业8600人，今年将新增城镇就业9000人。\n\n报告提出，今年全区一般公共预算收入增长5%。")
    facts = _facts(text)
    assert ("urban_new_jobs", "actual", "2020", "level", 8600) in facts
    assert ("general_budget_revenue", "target", "2021", "growth", 5) in facts


# 3. the report's year after the cards of a results sub-head (failed on the base: no pledge)
def test_teller_turns_to_year_after_cards():
    text = _PAGE.format(body=_CARDS + "报告提出，今年全区新建改造老旧小区45个，新增停车位3000个。")
    assert _pledges(text) == {("老旧小区", 45, "个", "2021"), ("停车位", 3000, "个", "2021")}
    assert ("gdp", "actual", "2020", "rank", 3) in _facts(text)


# 3'. look-alike: a teller on the plan gone, in the cards' paragraph after (pass on both)
def test_teller_on_plan_gone_stays_review():
    text = _PAGE.format(body=_CARDS + "报告提出，“十三五”时期全区地区生产总值年均增长6.2%，去年新建改造老旧小区30个。")
    assert _pledges(text) == set()
    assert ("gdp", "actual", "2016-2020", "growth", 6.2) in _facts(text)


# 4. the rules of decisions 532, 533 and 538 the round tried and found holding (pass on both)
@pytest.mark.parametrize("r, want", [
    ("年初县委县政府确定的固定资产投资增长目标为12%，全县实际增长10.5%。",
     {("fixed_asset_investment", "target", "2022", "growth", 12), ("fixed_asset_investment", "actual", "2022", "growth", 10.5)}),
    ("县委经济工作会议确定的固定资产投资增长目标为12%，全县实际增长10.5%。",
     {("fixed_asset_investment", "target", "2022", "growth", 12), ("fixed_asset_investment", "actual", "2022", "growth", 10.5)}),
    ("其中第二产业增加值增长6.8%。", {("secondary_industry_va", "actual", "2022", "growth", 6.8)}),
    ("城乡居民人均可支配收入稳步增长（全县分别为5.6%、7.2%）。",
     {("urban_disposable_income", "actual", "2022", "growth", 5.6), ("rural_disposable_income", "actual", "2022", "growth", 7.2)}),
])
def test_own_body_bracket_and_part_hold(r, want):
    assert want <= _facts(_report(r=r))


def test_traditional_trillions_hold():
    text = ("蘇州全年GDP達2.67兆\n\n【香港商報訊】記者徐文蘇州報道：蘇州市第十七屆人民代表大會第四次會議14日開幕，市長吳慶文作政府工作報告。"
            "報告指出，2024年蘇州全年地區生產總值突破2.67兆元，增長6%；進出口總額逾2.6兆人民幣。\n\n"
            "報告提出，今年蘇州主要預期目標是：地區生產總值增長5.5%左右；進出口總額穩定在2.5兆元以上。\n")
    facts = {(f.indicator, f.role, f.period, f.measure, f.value, f.unit) for f in _doc(text).facts}
    assert {("gdp", "actual", "2024", "level", 2.67, "万亿元"), ("foreign_trade", "actual", "2024", "level", 2.6, "万亿元"),
            ("foreign_trade", "target", "2025", "level", 2.5, "万亿元")} <= facts
