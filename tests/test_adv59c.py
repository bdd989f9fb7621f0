"""An adversarial review of decisions 462, 467, 469 and 470, blind (adv59c, decision 474): last year's target after 比/较
under its other names ("，较计划控制目标4.2%低1个百分点", "，比目标值95%高…", "，较目标任务的5000人多200人") is that year's
target, the gap after it no change and no bound (多 before the gap's figure is no 以上); a dated title of the year's
targets alone on its line inside a numbered plan part ("二、2024年工作安排" then "2024年主要预期目标", a Word file's text,
its paragraphs double-spaced or not) heads the targets, whose items are no pledges; the grain's area and output run
together (粮食面积产量) or held "双稳定" are both qualitative targets. The look-alikes keep what they gave."""
import pytest


from factkeys import read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str, skip: tuple[str, ...] = ()) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in _doc(text).facts
            if f.indicator not in skip}


_REVIEW = "政府工作报告\n——2020年1月8日在某某区第五届人民代表大会第五次会议上\n一、2019年工作回顾\n2019年，全区"


def _review(sentence: str) -> set[tuple]:
    return _facts(_REVIEW + sentence + "；固定资产投资增长8.1%。\n", skip=("fixed_asset_investment",))


# 1. last year's target after 比/较 under its other names (failed on the base: the target lost, and after 较 the gap
# read as a change of the ratio)
@pytest.mark.parametrize("sentence,facts", [
    ("城镇登记失业率3.2%，较计划控制目标4.2%低1个百分点",
     {("registered_unemployment_rate", "actual", "2019", "share", 3.2, "eq"),
      ("registered_unemployment_rate", "target", "2019", "share", 4.2, "eq")}),
    ("城镇登记失业率3.2%，比计划控制目标4.2%低1个百分点",
     {("registered_unemployment_rate", "actual", "2019", "share", 3.2, "eq"),
      ("registered_unemployment_rate", "target", "2019", "share", 4.2, "eq")}),
    ("城镇登记失业率3.2%，较年度调控目标4.5%低1.3个百分点",
     {("registered_unemployment_rate", "actual", "2019", "share", 3.2, "eq"),
      ("registered_unemployment_rate", "target", "2019", "share", 4.5, "eq")}),
    ("空气质量优良天数比例达到96.7%，比目标值95%高1.7个百分点",
     {("good_air_days", "actual", "2019", "share", 96.7, "eq"), ("good_air_days", "target", "2019", "share", 95, "eq")}),
    ("空气质量优良天数比例达到96.7%，较目标值的95%高1.7个百分点",
     {("good_air_days", "actual", "2019", "share", 96.7, "eq"), ("good_air_days", "target", "2019", "share", 95, "eq")}),
    ("地区生产总值增长9.3%，比预期目标值9%高0.3个百分点",
     {("gdp", "actual", "2019", "growth", 9.3, "eq"), ("gdp", "target", "2019", "growth", 9, "eq")}),
    ("城镇新增就业5200人，较目标任务的5000人多200人",
     {("urban_new_jobs", "actual", "2019", "level", 5200, "eq"), ("urban_new_jobs", "target", "2019", "level", 5000, "eq")}),
])
def test_target_after_compared_other_names(sentence, facts):
    assert _review(sentence) == facts


# 2. 多 right before a figure after the target's: the gap to it, no 以上 (failed on the base: the target at_least)
@pytest.mark.parametrize("sentence,facts", [
    ("实际利用外资1.8亿美元，比预期的1.5亿美元多0.3亿美元",
     {("fdi", "actual", "2019", "level", 1.8, "eq"), ("fdi", "target", "2019", "level", 1.5, "eq")}),
    ("城镇新增就业5200人，比计划的5000人多200人",
     {("urban_new_jobs", "actual", "2019", "level", 5200, "eq"), ("urban_new_jobs", "target", "2019", "level", 5000, "eq")}),
])
def test_amount_gap_after_target_no_bound(sentence, facts):
    assert _review(sentence) == facts


# look-alikes (passing on the base and after): a target already read, a gap with no target's figure, the ratio's own
# change against last year or a named year, the level above's average
@pytest.mark.parametrize("sentence,facts", [
    ("地区生产总值增长9.3%，比年初计划目标9%高0.3个百分点",
     {("gdp", "actual", "2019", "growth", 9.3, "eq"), ("gdp", "target", "2019", "growth", 9, "eq")}),
    ("规模以上工业增加值增长10.2%，较年初预期目标高出1.2个百分点", {("industrial_va", "actual", "2019", "growth", 10.2, "eq")}),
    ("地区生产总值增长9.3%，比全市平均水平高0.6个百分点", {("gdp", "actual", "2019", "growth", 9.3, "eq")}),
    ("常住人口城镇化率达到72.5%，比上年提高1.3个百分点",
     {("urbanization_rate", "actual", "2019", "share", 72.5, "eq"), ("urbanization_rate", "actual", "2019", "pp_change", 1.3, "eq")}),
    ("森林覆盖率达到61.2%，较2018年提高0.8个百分点",
     {("forest_coverage", "actual", "2019", "share", 61.2, "eq"), ("forest_coverage", "actual", "2019", "pp_change", 0.8, "eq")}),
    ("城镇登记失业率3.2%，较上年下降0.3个百分点",
     {("registered_unemployment_rate", "actual", "2019", "share", 3.2, "eq"),
      ("registered_unemployment_rate", "actual", "2019", "pp_change", -0.3, "eq")}),
])
def test_compared_lookalikes(sentence, facts):
    assert _review(sentence) == facts


def test_more_after_unit_still_at_least():
    # (多 closing the figure, no figure after it: more than the amount, as before)
    assert ("urban_new_jobs", "target", "2024", "level", 5000, "at_least") in _facts(
        "政府工作报告\n二、2024年工作安排\n2024年主要预期目标是：地区生产总值增长7%左右，城镇新增就业5000人多。\n")


_PLAN = ("政府工作报告\n——2024年1月9日在某某市第十届人民代表大会第四次会议上\n一、2023年工作回顾\n"
         "2023年，全市地区生产总值增长6.9%。\n二、2024年工作安排\n{title}\n地区生产总值增长7%左右\n规模以上工业增加值增长8%\n"
         "固定资产投资增长10%\n城镇新增就业5000人以上\n（一）抓项目扩投资。全年实施亿元以上项目120个。\n")


def _plan(title: str, double: bool = False):
    text = _PLAN.format(title=title)
    return _doc(text.replace("\n", "\n\n") if double else text)


# 3. a dated title of the year's targets alone on its line inside the numbered plan part (failed on the base: the items
# pledged as tasks)
@pytest.mark.parametrize("title,double", [
    ("2024年主要预期目标", False), ("2024年主要预期目标", True), ("今年主要预期目标", False), ("2024年主要目标", True),
])
def test_targets_title_inside_plan_part(title, double):
    doc = _plan(title, double)
    assert [p.quote for p in doc.pledges] == ["实施亿元以上项目120个"]
    got = {(f.indicator, f.role, f.period, f.value, f.qualifier) for f in doc.facts}
    assert {("industrial_va", "target", "2024", 8, "eq"), ("urban_new_jobs", "target", "2024", 5000, "at_least"),
            ("gdp", "target", "2024", 7, "about")} <= got


# look-alikes: the title numbered, or ending on its colon (passing on the base and after)
@pytest.mark.parametrize("title", ["（一）2024年主要预期目标", "2024年主要预期目标："])
def test_targets_title_lookalikes(title):
    doc = _plan(title)
    assert [p.quote for p in doc.pledges] == ["实施亿元以上项目120个"]
    assert ("urban_new_jobs", "target", "2024", 5000, "at_least") in {
        (f.indicator, f.role, f.period, f.value, f.qualifier) for f in doc.facts}


_LIST = ("政府工作报告\n三、2021年主要预期目标和重点工作\n2021年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；"
         "{item}；城镇新增就业30万人以上。\n")
_GRAIN_BOTH = {("grain_area", "target", "2021", "level", None, "qualitative"),
               ("grain_output", "target", "2021", "level", None, "qualitative")}


# 4. the grain's two names run together, or held "双稳定" (failed on the base: the area alone, or nothing)
@pytest.mark.parametrize("item", ["粮食面积产量保持稳定", "稳定粮食播种面积产量", "粮食面积和产量“双稳定”", "粮食播种面积和产量双稳定"])
def test_grain_pair_qualitative(item):
    assert _facts(_LIST.format(item=item), skip=("gdp", "urban_new_jobs")) == _GRAIN_BOTH


# look-alikes (passing on the base and after): the pair with its word between, the output alone, a firm's pair in a review
@pytest.mark.parametrize("item,facts", [
    ("粮食面积和产量稳中有增", _GRAIN_BOTH),
    ("粮食产量保持稳定", {("grain_output", "target", "2021", "level", None, "qualitative")}),
    ("粮食播种面积稳定在3800万亩以上", {("grain_area", "target", "2021", "level", 3800, "at_least")}),
])
def test_grain_lookalikes(item, facts):
    assert _facts(_LIST.format(item=item), skip=("gdp", "urban_new_jobs")) == facts


def test_firm_pair_in_review_no_fact():
    assert _facts(_REVIEW + "规模以上工业企业营业收入和利润总额实现“双增长”，固定资产投资增长8.1%。\n",
                  skip=("fixed_asset_investment",)) == set()
