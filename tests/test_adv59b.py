"""An adversarial review of decisions 460, 461, 463 and 465, blind (adv59b, decision 472): a plan report's result said
with 执行完成 after its plan ("计划增长7%，执行完成78.2亿元，增长9.6%"); a level above's plan or target opening a labelled
clause in a district's report ("社会消费品零售总额：全市计划增长9.5%，全区执行增长10.2%", "居民收入：省里确定的目标为增长8%，
全市实际增长8.1%，…") — no fact of the region's, the region's own result after it read; a target handed down by the level
above's place name, then the region's own aim ("唐山市下达的…目标为4%，全市力争下降4.5%" in a county-level city's report);
a year after a figure's 、 opening another name's figure ("年均增长6.5%左右、2021年一般公共预算收入达到70亿元"); a bound
kept under a 目标任务 title ("◆ 城镇调查失业率控制在5.5%以内"), a target, no pledge. The look-alikes keep what they gave."""
import pytest

from factkeys import key_values, pledged, read


def _plan(body: str, region: str = "历城区") -> str:
    return (f"关于{region}2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n\n"
            f"一、2018年计划执行情况\n2018年，主要指标完成情况如下：\n{body}\n")


def _review(body: str, region: str = "历城区") -> str:
    return f"{region}人民政府工作报告\n\n一、2018年工作回顾\n2018年，经济平稳发展。{body}\n"


def _plan_year(body: str, region: str = "迁安市") -> str:
    return (f"{region}人民政府工作报告\n——2017年1月5日在{region}第十七届人民代表大会第一次会议上\n\n二、2017年工作安排\n"
            f"今年经济社会发展的主要预期目标是：地区生产总值增长7%。{body}\n")


# 1. a plan report's result said with 执行完成/执行达到 after its plan (failed on the base: the result dropped)
@pytest.mark.parametrize("body, key, value", [
    ("一般公共预算收入：计划增长7%，执行完成78.2亿元，增长9.6%。", ("general_budget_revenue", "actual", "2018", "level"), 78.2),
    ("一般公共预算收入：计划增长7%，执行完成78.2亿元，增长9.6%。", ("general_budget_revenue", "actual", "2018", "growth"), 9.6),
    ("一般公共预算收入计划增长7%，执行完成78.2亿元，增长9.6%。", ("general_budget_revenue", "actual", "2018", "level"), 78.2),
])
def test_executed_result_after_plan(body, key, value):
    kv = key_values(read(_plan(body)))
    assert kv[key] == (value, "eq")
    assert kv[("general_budget_revenue", "target", "2018", "growth")] == (7, "eq")


def test_actual_result_after_plan_kept():
    kv = key_values(read(_plan("一般公共预算收入：计划增长7%，实际完成78.2亿元，增长9.6%。")))
    assert kv[("general_budget_revenue", "actual", "2018", "level")] == (78.2, "eq")


# 2. a level above's plan or target opening a labelled clause in a district's report, then the region's result (failed
# on the base: the city's plan read as the district's result or target, the district's own result dropped)
@pytest.mark.parametrize("body, iid, value", [
    ("社会消费品零售总额：全市计划增长9.5%，全区执行增长10.2%。", "retail_sales", 10.2),
    ("地区生产总值：省里确定的目标为增长7%，全市实际增长7.4%，全区实际增长8.3%。", "gdp", 8.3),
    ("社会消费品零售总额：全省目标为增长9.5%，全区实际增长10.2%。", "retail_sales", 10.2),
])
def test_above_plan_in_label_then_own_result(body, iid, value):
    kv = key_values(read(_plan(body)))
    assert kv.get((iid, "actual", "2018", "growth")) == (value, "eq")
    assert (iid, "target", "2018", "growth") not in kv


def test_above_target_in_label_no_target_of_own():
    kv = key_values(read(_review("居民收入：省里确定的目标为增长8%，全市实际增长8.1%，我区居民人均可支配收入增长8.4%。")))
    assert ("disposable_income", "target", "2018", "growth") not in kv
    assert kv[("disposable_income", "actual", "2018", "growth")] == (8.4, "eq")


# look-alikes: the region's own plan in the label (全区 in a district's, 全市 in a county-level city's report)
@pytest.mark.parametrize("body, region", [
    ("社会消费品零售总额：全区计划增长9.5%，执行增长10.2%。", "历城区"),
    ("社会消费品零售总额：全市计划增长9.5%，执行增长10.2%。", "迁安市"),
    ("社会消费品零售总额：计划增长9.5%，执行增长10.2%。", "历城区"),
])
def test_own_plan_in_label_kept(body, region):
    kv = key_values(read(_plan(body, region)))
    assert kv[("retail_sales", "target", "2018", "growth")] == (9.5, "eq")
    assert kv[("retail_sales", "actual", "2018", "growth")] == (10.2, "eq")


# 3. a target handed down by the level above's place name, then the region's own aim (failed on the base: the handed
# figure kept as the region's)
@pytest.mark.parametrize("body", [
    "唐山市下达的单位生产总值能耗下降目标为4%，全市力争下降4.5%。",
    "唐山市下达的单位生产总值能耗下降目标为4%，我市力争下降4.5%。",
])
def test_place_handed_target_then_own(body):
    kv = key_values(read(_plan_year(body)))
    assert kv[("energy_intensity", "target", "2017", "growth")] == (-4.5, "eq")


@pytest.mark.parametrize("body", [
    "唐山市下达的单位生产总值能耗下降目标为4%。",  # handed down alone: the region's (decisions 21, 102)
    "迁安市确定的单位生产总值能耗下降目标为4%，全市力争下降4.5%。",  # the region's own name: no level above
])
def test_handed_alone_or_own_name_kept(body):
    kv = key_values(read(_plan_year(body)))
    assert kv[("energy_intensity", "target", "2017", "growth")] == (-4, "eq")


# 4. a year after a figure's 、 opening another name's figure (failed on the base: dated by the plan's span)
@pytest.mark.parametrize("body, key, value", [
    ("今后五年，全市地区生产总值年均增长6.5%左右、2021年一般公共预算收入达到70亿元。",
     ("general_budget_revenue", "goal", "2021", "level"), 70),
    ("今后五年，全市常住人口城镇化率年均提高1个百分点、2021年研发投入强度达到2.5%。",
     ("rnd_intensity", "goal", "2021", "share"), 2.5),
])
def test_year_after_figures_list_mark(body, key, value):
    text = ("迁安市人民政府工作报告\n——2017年1月5日在迁安市第十七届人民代表大会第一次会议上\n\n二、今后五年的目标\n"
            + body + "\n")
    kv = key_values(read(text))
    assert kv[key] == (value, "eq")


def test_list_of_years_kept():
    kv = key_values(read(_review("2015年、2016年全区一般公共预算收入分别增长3%、3.2%。")))
    assert kv[("general_budget_revenue", "actual", "2015", "growth")] == (3, "eq")
    assert kv[("general_budget_revenue", "actual", "2016", "growth")] == (3.2, "eq")


# 5. a bound kept under a 目标任务 title, set with a mark: the year's target, no pledge (failed on the base: pledged)
@pytest.mark.parametrize("mark", ["◆ ", "- ", "● "])
def test_bound_under_targets_tasks_title(mark):
    d = read("一图读懂｜2023年芜湖市政府工作报告\n\n【2023年目标任务】\n"
             f"{mark}地区生产总值增长6.5%左右\n{mark}城镇调查失业率控制在5.5%以内\n{mark}新建5G基站2500个\n")
    assert key_values(d)[("urban_unemployment_rate", "target", "2023", "share")] == (5.5, "at_most")
    assert pledged(d) == {("5G基站", 2500, "个")}


def test_bound_in_tasks_part_pledged():
    d = read("芜湖市政府工作报告\n\n三、2023年重点工作\n（一）稳定就业。城镇调查失业率控制在5.5%以内，新增城镇就业6万人。\n")
    assert ("城镇调查失业率", 5.5, "%") in pledged(d)
