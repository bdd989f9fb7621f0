"""Decision 326 (adv45b): an adversarial review of decisions 317–324. Visitors from inside and outside the region
together (接待省内外游客) are all its visitors; an institution's own report (该行发布的研究报告显示…) goes on with the
commentators' words, and a sentence going on by the institution's kind (该行, 该所) too; an office of the region's
government (市商务局表示…) speaking after a commentator is the region; a kind of institution naming an industry
(银行业金融机构, 银行存款) is no commentator, and a rural credit co-operative by its short kind (农信社, 农商行) is one;
an indicator's count after the lead to the named works or tasks that follows the goal list in its paragraph is pledged;
a bare 安排 goes on only from a budget's figure."""
from __future__ import annotations

import pytest

from factkeys import fact_tuples as _facts, pledge_tuples as _pledges

_NEWS = ("{r}政府工作报告：今年经济增长目标6%左右\n{r}日报　2024-01-20 09:30\n\n1月19日，{r}第十六届人民代表大会第三次会议"
         "开幕。报告提出，2024年全市居民消费价格涨幅3%左右。\n\n{p}\n")
_REPORT = ("政府工作报告\n——2024年1月10日在{r}第十六届人民代表大会第三次会议上\n\n一、2023年工作回顾\n{a}\n\n"
           "二、2024年主要目标和重点工作\n{b}\n")
_PLAN = ("政府工作报告\n——2021年1月8日在{r}第十七届人民代表大会第五次会议上\n\n一、“十三五”时期工作回顾\n全市地区生产总值增长5.2%。\n\n"
         "二、“十四五”时期主要目标\n{b}\n")




# visitors from inside and outside the region together are all its visitors (接待省内外游客 as 接待国内外游客)
@pytest.mark.parametrize("region,review,value,unit", [
    ("湖州市", "全年接待市内外游客1.3亿人次，增长9%。", 1.3, "亿人次"),
    ("九江市", "全年接待省内外游客8600万人次。", 8600, "万人次"),
    ("桐庐县", "全年接待县内外游客2100万人次。", 2100, "万人次"),
])
def test_visitors_inside_and_outside_are_the_regions(region, review, value, unit):
    got = _facts(_REPORT.format(r=region, a=review, b="全市地区生产总值增长6%左右。"))
    assert ("tourist_visits", "actual", "2023", "level", value) in got, got


# look-alike: visitors from outside alone (省外游客, 市外游客) are a part of them, as decision 317 reads them
@pytest.mark.parametrize("review", ["全年接待省外游客3100万人次。", "全年接待市外游客2400万人次。"])
def test_visitors_from_outside_alone_stay_a_part(review):
    got = _facts(_REPORT.format(r="九江市", a=review, b="全市地区生产总值增长6%左右。"))
    assert not any(f[0] == "tourist_visits" for f in got), got


# an institution's own report after its commentator's words (该行发布的研究报告, 某证券研究报告) is theirs, no report of
# the region speaking again: its figure is no target
@pytest.mark.parametrize("para,indicator", [
    ("兴业银行首席经济学家表示，目标稳妥。该行发布的研究报告显示，全市社会消费品零售总额增速可达7%。", "retail_sales"),
    ("浙江大学教授李华表示，目标稳妥。某研究院发布的年度报告显示，今年全市出口增长5%。", "exports"),
    ("中信证券首席经济学家表示，目标稳妥。该所发布报告预计，今年全市固定资产投资增长7%。", "fixed_asset_investment"),
])
def test_an_institutions_own_report_is_no_target(para, indicator):
    got = _facts(_NEWS.format(r="宁波市", p=para))
    assert not any(f[0] == indicator for f in got), got


# look-alikes: the region's report speaking again after the commentator (政府工作报告显示, 报告还说) keeps its figure
@pytest.mark.parametrize("para", [
    "浙江大学教授李华表示，目标稳妥。政府工作报告显示，今年全市出口增长3%。",
    "浙江大学教授李华表示，目标稳妥。报告还说，今年全市出口增长3%。",
])
def test_the_regions_report_speaking_again_keeps_its_figure(para):
    assert ("exports", "target", "2024", "growth", 3) in _facts(_NEWS.format(r="宁波市", p=para))


# an office of the region's government speaking in a later sentence of the commentators' paragraph is the region
@pytest.mark.parametrize("para,fact", [
    ("浙江大学教授李华表示，目标稳妥。市财政局表示，今年全市一般公共预算收入增长5%。",
     ("general_budget_revenue", "target", "2024", "growth", 5)),
    ("中原银行首席经济学家王军表示，制造业韧性较强。市工业和信息化局表示，今年全市规模以上工业增加值力争增长7%左右。",
     ("industrial_va", "target", "2024", "growth", 7)),
])
def test_the_regions_office_after_a_commentator_is_the_region(para, fact):
    assert fact in _facts(_NEWS.format(r="宁波市", p=para))


# look-alikes: a body that is no office of the region's government (海关, a central bank's branch) keeps the
# commentators' run: its figure is theirs
@pytest.mark.parametrize("para,indicator", [
    ("浙江大学教授李华表示，目标稳妥。宁波海关分析，今年全市出口增长3%。", "exports"),
    ("浙江大学教授李华表示，目标稳妥。人民银行宁波市分行指出，今年全市各项贷款余额增长10%。", "loan_balance"),
])
def test_other_bodies_after_a_commentator_stay_theirs(para, indicator):
    assert not any(f[0] == indicator for f in _facts(_NEWS.format(r="宁波市", p=para)))


# the banking industry named in a report's review (银行业金融机构, 银行存款) is no commentator: the clauses after it
# keep their figures
def test_the_banking_industry_is_no_commentator():
    got = _facts(_REPORT.format(r="宁德市", a="全市银行业金融机构本外币贷款余额预计增长12%，存款余额预计增长9%。",
                                b="全市地区生产总值增长6%左右。"))
    assert ("deposit_balance", "actual", "2023", "growth", 9) in got, got
    assert ("loan_balance", "actual", "2023", "growth", 12) in got, got


# look-alike: a bank by its name forecasting on a news page is still a commentator
def test_a_bank_forecasting_is_still_a_commentator():
    got = _facts(_NEWS.format(r="宁德市", p="渣打银行预计，今年全市存款余额增长9%，贷款余额增长11%。"))
    assert not any(f[0] in ("deposit_balance", "loan_balance") for f in got), got


# a rural credit co-operative or bank by its short kind forecasting in a paragraph of its own is a commentator
@pytest.mark.parametrize("para", [
    "福建师范大学教授李华表示，目标稳妥。\n\n省农信社预计，今年全市各项贷款余额增长12%。",
    "市农商行表示，今年全市各项贷款余额有望增长12%。",
])
def test_a_credit_cooperative_is_a_commentator(para):
    assert not any(f[0] == "loan_balance" for f in _facts(_NEWS.format(r="宁德市", p=para)))


# look-alike: the rural bank in a report's own task keeps the task's pledge
def test_a_rural_bank_in_a_task_keeps_the_pledge():
    got = _pledges(_REPORT.format(r="宁德市", a="全市地区生产总值增长5.2%。",
                                  b="重点抓好以下工作：引导县农商银行增加涉农贷款30亿元，新建农村公路120公里。"))
    assert ("涉农贷款", 30, "亿元") in got and ("农村公路", 120, "公里") in got, got


# an indicator's count after the lead to the named works that follows the goal list in its paragraph is a task too
def test_an_indicators_count_in_the_named_works_is_pledged():
    got = _pledges(_PLAN.format(r="佛山市", b="今后五年的主要目标是：地区生产总值年均增长6%以上。围绕上述目标，重点实施三大工程："
                                           "一是产业提升工程，新增高新技术企业1500家；二是民生保障工程，新增公办学位3万个。"))
    assert ("高新技术企业", 1500, "家") in got and ("公办学位", 3, "万个") in got, got


# look-alike: the same count in the goal list itself is a goal (a fact), no pledge
def test_an_indicators_count_in_the_goal_list_stays_a_goal():
    got = _pledges(_PLAN.format(r="佛山市", b="今后五年的主要目标是：地区生产总值年均增长6%以上，新增高新技术企业1500家。"
                                           "围绕上述目标，重点实施三大工程：一是民生保障工程，新增公办学位3万个。"))
    assert ("高新技术企业", 1500, "家") not in got and ("公办学位", 3, "万个") in got, got


# a bare 安排 after a figure in 元 that is no budget's (a resident's income) does not go on with it
def test_a_bare_allocation_after_an_income_is_no_level():
    got = _facts(_REPORT.format(r="宁德市", a="全市一般公共预算收入增长5.2%。",
                                b="今年主要预期目标是：城乡居民人均可支配收入增长6%，安排3亿元。"))
    assert not any(f[3] == "level" and f[0].endswith("disposable_income") for f in got), got


# look-alike: the budget's revenue and its bare 安排 (decision 323) keep the level
def test_a_bare_allocation_after_the_revenue_keeps_the_level():
    got = _facts(_REPORT.format(r="宁德市", a="全市一般公共预算收入增长5.2%。",
                                b="一般公共预算收入预期增长7%，安排62.7亿元；安排3亿元用于乡村振兴。"))
    assert ("general_budget_revenue", "target", "2024", "level", 62.7) in got, got


_GOALS_AND_YEAR = ("政府工作报告\n——2021年1月8日在宁德市第五届人民代表大会第七次会议上\n\n一、“十三五”时期工作回顾\n"
                   "全市地区生产总值增长5.2%。\n\n二、“十四五”时期主要目标和2021年工作\n今后五年，全市地区生产总值年均增长7%以上。\n{x}\n")


# the year's work labelled 工作重点 with its year (the words of 重点工作 turned) opens the year's tasks in a part on the
# plan's goals and the year's work, as "2021年工作：" does (decision 319): an indicator's count there is pledged too
def test_the_years_work_priorities_label_opens_tasks():
    got = _pledges(_GOALS_AND_YEAR.format(x="2021年工作重点：全年新增城镇就业1.5万人，新建农村公路200公里。"))
    assert ("城镇就业", 1.5, "万人") in got and ("农村公路", 200, "公里") in got, got


# look-alikes: the targets named after it (工作重点目标), and a past year's label, open no tasks
@pytest.mark.parametrize("label", ["2021年工作重点目标：", "2020年工作重点："])
def test_a_priorities_label_of_targets_or_a_past_year_opens_no_tasks(label):
    got = _pledges(_GOALS_AND_YEAR.format(x=label + "全年新增城镇就业1.5万人，新建农村公路200公里。"))
    assert ("城镇就业", 1.5, "万人") not in got, got
