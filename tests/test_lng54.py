"""Whole reports, long, blind (lng54, decision 437): a 换届 report of 2017 whose review of its five years (2012-2016)
names the closed 十二五 (2011-2015) — a plan's end named as the base of a comparison ("“十二五”末与“十一五”末相比，…年均
增长10.4%": the base's year, no span ending in it) and a closed plan named between a name and its yearly average
("…规模以上工业增加值“十二五”期间年均增长10.4%": the plan's years, not the five reviewed). With look-alikes that must
not change. The sentences are written for these tests, not copied from the set."""
from factkeys import key_values, read

_HEAD = ("涧西区政府工作报告\n——2017年1月6日在洛阳市涧西区第十六届人民代表大会第一次会议上\n\n一、2016年和过去五年工作回顾\n"
         "2016年，全区地区生产总值完成268.5亿元，增长8.3%。\n过去五年，全区一般公共预算收入年均增长9.7%。{s}\n\n"
         "二、2017年工作安排\n地区生产总值增长7.5%左右。\n")


def _kv(sentence: str, head: str = _HEAD) -> dict:
    return key_values(read(head.format(s=sentence), "涧西区.txt", region="涧西区", level="county", report_year=2017))


def _periods(kv: dict, indicator: str, measure: str = "growth") -> dict:
    return {k[2]: v for k, v in kv.items() if k[0] == indicator and k[1] == "actual" and k[3] == measure}


# --- a plan's end named as a comparison's base ---

def test_plan_end_base_after_the_plans_own_end_gives_the_plan():
    # "“十二五”末与“十一五”末相比": over 2011-2015 (the base 2010; the span the 十二五's end), not 2020-2022 (the base's
    # end read as the span's, the years running backwards)
    kv = _kv("“十二五”规划确定的主要目标任务全面完成，“十二五”末与“十一五”末相比，全区规模以上工业增加值年均增长10.4%，"
             "服务业增加值占生产总值比重由38.6%提高到45.2%。")
    assert _periods(kv, "industrial_va") == {"2011-2015": (10.4, "eq")}
    assert _periods(kv, "tertiary_share", "share") == {"2015": (45.2, "eq")}


def test_plan_end_base_alone_is_the_base_year():
    # "与“十一五”末相比" alone: the years since the base up to the year reviewed, as "与2010年相比" reads
    kv = _kv("与“十一五”末相比，全区规模以上工业增加值年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2016": (10.4, "eq")}


def test_plan_end_base_with_tong():
    # 同 … 相比 (cues.tsv plan_base_opens, plan_base_closes): the same
    kv = _kv("“十二五”末同“十一五”末相比，全区规模以上工业增加值年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2015": (10.4, "eq")}


def test_look_alike_base_year_by_number_unchanged():
    # look-alike: "与2010年相比" (a year's number): 2011-2016, as before
    kv = _kv("与2010年相比，全区规模以上工业增加值年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2016": (10.4, "eq")}


def test_look_alike_plan_end_reached_unchanged():
    # look-alike: "到“十二五”末，…达到90.5%" (the plan's end reached, no comparison): 2015's level, as before
    kv = _kv("到“十二五”末，全区常住人口城镇化率达到90.5%。")
    assert _periods(kv, "urbanization_rate", "share") == {"2015": (90.5, "eq")}


# --- a closed plan named between the name and its yearly average ---

def test_plan_between_name_and_average_in_a_review_of_other_five_years():
    kv = _kv("全区规模以上工业增加值“十二五”期间年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2015": (10.4, "eq")}


def test_plan_between_name_and_average_after_the_plan_done():
    # after "“十二五”规划…全面完成，" (a clause about the plan itself) and with 时期
    kv = _kv("“十二五”规划确定的主要目标任务全面完成，全区规模以上工业增加值“十二五”时期年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2015": (10.4, "eq")}


def test_plan_average_of_a_pair():
    # a pair's later value too: "年均分别增长10.1%和12.5%"
    kv = _kv("城镇和农村居民人均可支配收入“十二五”期间年均分别增长10.1%和12.5%。")
    assert _periods(kv, "urban_disposable_income") == {"2011-2015": (10.1, "eq")}
    assert _periods(kv, "rural_disposable_income") == {"2011-2015": (12.5, "eq")}


def test_plan_average_as_the_aside_after_a_level():
    # "达到120亿元，“十二五”期间年均增长10.4%" (decision 231's aside, the name left out): the plan's years
    kv = _kv("全区规模以上工业增加值达到120亿元，“十二五”期间年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2015": (10.4, "eq")}


def test_look_alike_plan_before_the_name_unchanged():
    # look-alike: "“十二五”期间，全区…年均增长10.4%" (the plan leading the clause): 2011-2015, as before
    kv = _kv("“十二五”期间，全区规模以上工业增加值年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2011-2015": (10.4, "eq")}


def test_look_alike_five_years_average_unchanged():
    # look-alike: the five years' own average, no plan named: 2012-2016, as before
    kv = _kv("全区规模以上工业增加值年均增长10.4%。")
    assert _periods(kv, "industrial_va") == {"2012-2016": (10.4, "eq")}


def test_look_alike_plan_under_way_average_is_a_goal():
    # look-alike: the 十三五 under way named before the average in the plan part: its goal over 2016-2020, as before
    kv = _kv("", head=_HEAD.replace("地区生产总值增长7.5%左右。", "“十三五”时期，全区地区生产总值年均增长8%左右。"))
    assert kv.get(("gdp", "goal", "2016-2020", "growth")) == (8, "about")
