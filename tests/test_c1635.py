"""c1635: whole prefecture-city reports of 2016–2019, blind (decision 132)."""
import pytest

from factkeys import facts, read, val
from planwatch.normalize import normalize


def _report(body: str, year: int):
    head = f"政府工作报告\n——{year}年1月18日在某某市第六届人民代表大会第三次会议上\n市长 王某\n"
    return facts(head + body + "\n", report_year=year, region="某某市", level="prefecture")


# 1. a paragraph opened by the reviewed year said to be a year of some kind ("2015年是…的一年", "…之年"), after a
# review of the five years: its figures are that year's (they had kept the five years' span, and a count's key
# taken by the five years' total lost the year's figure)
@pytest.mark.parametrize("opener", [
    "2015年是我市经济运行极为困难的一年。",
    "2015年是经济下行压力持续加大、企业生产经营异常艰难的一年。",
    "2015年是全市上下顶住压力、稳中求进之年。",
])
def test_the_year_named_as_a_kind_of_year_ends_the_five_years(opener):
    fs = _report("一、“十二五”时期和2015年工作回顾\n“十二五”时期，全市地区生产总值年均增长9.2%，五年城镇新增就业28.6万人。\n"
                 + opener + "面对困难，全市实现地区生产总值1130亿元，增长6.1%；规模以上工业增加值下降1.8%；城镇新增就业5.9万人。",
                 2016)
    assert val(fs, ("gdp", "actual", "2011-2015", "growth")) == (9.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2011-2015", "level")) == (28.6, "eq")
    assert val(fs, ("gdp", "actual", "2015", "growth")) == (6.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2015", "growth")) == (-1.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2015", "level")) == (5.9, "eq")
    assert ("industrial_va", "actual", "2011-2015", "growth") not in fs


def test_a_new_terms_last_year_named_by_its_event():
    fs = _report("一、过去五年工作回顾\n五年来，全市地区生产总值年均增长8.8%，城镇新增就业累计26万人。\n"
                 "2017年是党的十九大胜利召开之年。全市地区生产总值增长7.9%，城镇新增就业5.6万人。", 2018)
    assert val(fs, ("gdp", "actual", "2013-2017", "growth")) == (8.8, "eq")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017", "level")) == (5.6, "eq")


def test_the_report_year_named_as_a_kind_of_year_sets_its_targets():
    # (the same words for the report's own year in its work part: the year's targets, not a result)
    fs = _report("三、2016年工作安排\n2016年是我市全面推进供给侧结构性改革的一年。全市地区生产总值增长7.5%左右，"
                 "固定资产投资增长12%。", 2016)
    assert val(fs, ("gdp", "target", "2016", "growth")) == (7.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2016", "growth")) == (12, "eq")


# 2. a 分别 run whose separators a printing dropped ("7.5%8%10%左右", spec facts.md): the qualifier after the last
# covers the run, as with 、 between (the earlier figures had stayed eq)
@pytest.mark.parametrize("run, qual", [
    ("分别增长6.5%7%9%左右", "about"),
    ("分别增长6.5% 7% 9%左右", "about"),
    ("分别增长6.5%7%9%以上", "at_least"),
])
def test_a_run_without_separators_shares_the_last_qualifier(run, qual):
    fs = _report("二、2017年主要预期目标\n全市地区生产总值、规模以上工业增加值、固定资产投资" + run + "；一般公共预算收入增长5%。",
                 2017)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, qual)
    assert val(fs, ("industrial_va", "target", "2017", "growth")) == (7, qual)
    assert val(fs, ("fixed_asset_investment", "target", "2017", "growth")) == (9, qual)
    assert val(fs, ("general_budget_revenue", "target", "2017", "growth")) == (5, "eq")


def test_a_run_whose_first_has_its_own_qualifier_keeps_the_others_own():
    # (only a bare figure takes the last one's: "6.5%左右8%" leaves 8% as written)
    fs = _report("二、2017年主要预期目标\n全市地区生产总值、固定资产投资分别增长6.5%左右8%。", 2017)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (6.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2017", "growth")) == (8, "eq")


# 3. last year's targets restated in the review after the year and a comma and who set them ("2018年，我们确定的主要
# 目标是…"): last year's targets (the target word after 确定的 is no cue of its own: the figure had been the result)
@pytest.mark.parametrize("lead", ["2017年，我们确定的主要目标是", "2017年，全市确定的主要预期目标是：", "2017年，我们提出的发展目标为"])
def test_last_years_target_after_the_year_and_who_set_it(lead):
    fs = _report("一、2017年工作回顾\n" + lead + "地区生产总值增长8.5%，城镇新增就业4万人。全市地区生产总值实际增长7.9%，"
                 "城镇新增就业4.3万人。", 2018)
    assert val(fs, ("gdp", "target", "2017", "growth")) == (8.5, "eq")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (7.9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017", "level")) == (4.3, "eq")


def test_the_report_years_targets_after_the_year_and_who_set_them():
    fs = _report("二、2018年工作安排\n2018年，我们确定的主要目标是：地区生产总值增长7.5%左右，城镇新增就业4万人。", 2018)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2018", "level")) == (4, "eq")


# 4. a web page's report, one paragraph a line between blank lines, under numbered titles of one width (two phrases of
# seven characters, the usual shape): the titles are the only lines that end with no stop, so their width passed for a
# converter's page width and every title was joined to the paragraph under it (an item opening that paragraph took the
# title's words into its object)
_TITLES = ["（一）坚持项目为王，持续扩大有效投资", "（二）坚持创新驱动，加快产业转型升级", "（三）坚持城乡融合，全面推进乡村振兴",
           "（四）坚持生态优先，加快建设美丽家园", "（五）坚持改革开放，持续激发发展活力", "（六）坚持人民至上，持续增进民生福祉"]
_ITEMS = ["全年实施重点项目300个，完成投资460亿元。", "新增高新技术企业30家，新增规模以上工业企业45家。",
          "新建高标准农田5万亩，新改建农村公路320公里。", "森林覆盖率达到61%，完成造林绿化6万亩。",
          "全年引进市外资金增长10%。", "全年民生支出占一般公共预算支出比重保持在80%以上。"]


def _web_page(titles, items):
    return ("政府工作报告\n\n——2019年1月20日在某某市第五届人民代表大会第四次会议上\n\n市长 王某\n\n二、2019年工作安排\n\n"
            + "\n\n".join(t + "\n\n" + i for t, i in zip(titles, items)) + "\n")


def test_titles_of_one_width_on_a_web_page_stay_lines():
    text = normalize(_web_page(_TITLES, _ITEMS)).text
    for t in _TITLES:
        assert t + "\n" in text


def test_an_item_under_a_title_of_one_width_keeps_its_own_object():
    d = read(_web_page(_TITLES, _ITEMS), report_year=2019, region="某某市", level="prefecture")
    objs = {p.object: p for p in d.pledges}
    assert "民生支出占一般公共预算支出比重" in objs and objs["民生支出占一般公共预算支出比重"].value == 80
    assert "重点项目" in objs
    assert not any("福祉" in o or "有效投资" in o for o in objs)


def test_titles_with_figures_in_them_still_leave_a_page_cut():
    # (a converter's page cuts numbered items as wide as the page, their figures in them: the width stays found, the
    # items go on; only titles with no figure and no sentence's end are no evidence of a page)
    lines = ["1.地区生产总值增长6%左右，规模以上工业增加值增长7%，固定", "资产投资增长8%；",
             "2.城镇新增就业1万人以上，城镇登记失业率控制在3%以内，居民", "消费价格涨幅3%左右；",
             "3.粮食总产量稳定在63万吨以上，粮食播种面积稳定在120万亩以", "上；",
             "4.一般公共预算收入增长5%，社会消费品零售总额增长7%，进出", "口总额增长6%；",
             "5.单位地区生产总值能耗下降完成省下达目标，森林覆盖率达到", "45%；",
             "6.常住人口城镇化率提高1个百分点，实际利用外资增长5%，研发", "经费投入强度达到2%。"]
    fs = facts("二、2024年主要预期目标\n" + "\n".join(lines) + "\n", report_year=2024)
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("grain_area", "target", "2024", "level")) == (120, "at_least")
    assert val(fs, ("rnd_intensity", "target", "2024", "share")) == (2, "eq")
