"""Whole district reports of 2016–2020, blind (dst43, decision 291): the spending a district names by what it is used
for (“全年用于民生的财政支出58.7亿元，占一般公共预算支出的比重达到76.8%”) was read as the general budget's spending and
lost the livelihood share; a township, 街道 or 商圈 opening its sentence with a figure of its own (“双浦镇完成农村土地流转
1.2万亩，粮食播种面积稳定在1.5万亩”) left the subjectless clauses after it to the district. Each with look-alikes that
must not change."""
import pytest

from factkeys import keys_of, read

DISTRICTS = [("杭州市西湖区", 2016, "第十五届人民代表大会第五次会议"), ("青岛市黄岛区", 2018, "第二届人民代表大会第一次会议"),
             ("长沙市岳麓区", 2020, "第十七届人民代表大会第五次会议"), ("成都市锦江区", 2017, "第十八届人民代表大会第一次会议")]


def _report(place: str, year: int, congress: str, review: str, plan: str = "") -> str:
    return (f"政府工作报告\n——{year}年1月8日在{place}{congress}上\n{place[3:]}人民政府区长　王 明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n全区实现地区生产总值860亿元，增长8.2%。\n{review}\n"
            f"二、{year}年工作安排\n今年全区经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n{plan}\n"
            "各位代表，让我们凝心聚力，奋发有为！\n")


# 1. the spending named by what it is used for
@pytest.mark.parametrize("place,year,congress", DISTRICTS)
@pytest.mark.parametrize("name", ["用于民生的财政支出", "用于民生领域的财政支出", "用于民生方面的财政支出", "用于民生事业的财政支出",
                                  "用于保障和改善民生的财政支出", "用于民生的一般公共预算支出"])
def test_spending_used_for_livelihood_is_livelihood_spending(place, year, congress, name):
    d = read(_report(place, year, congress, f"全年{name}58.7亿元，占一般公共预算支出的比重达到76.8%。"))
    fs, p = keys_of(d), str(year - 1)
    assert fs[("livelihood_expenditure", "actual", p, "level")].value == 58.7
    assert fs[("livelihood_expenditure", "actual", p, "share")].value == 76.8
    assert ("general_budget_expenditure", "actual", p, "level") not in fs


@pytest.mark.parametrize("sentence,ind,value", [
    ("全年财政支出72亿元，增长6%。", "general_budget_expenditure", 72),
    ("一般公共预算支出72亿元，其中民生支出58亿元。", "general_budget_expenditure", 72),
    ("财政用于民生的支出58.7亿元。", "livelihood_expenditure", 58.7),
])
def test_spending_by_its_own_name_unchanged(sentence, ind, value):
    fs = keys_of(read(_report("杭州市西湖区", 2016, "第十五届人民代表大会第五次会议", sentence)))
    assert fs[(ind, "actual", "2015", "level")].value == value


# 2. a township or 街道 opening its sentence with a figure of its own
TOWN_CLAUSES = [
    ("双浦镇完成农村土地流转1.2万亩，粮食播种面积稳定在1.5万亩。", "grain_area", "level"),
    ("中和镇、新兴镇完成土地整理2.1万亩，粮食播种面积稳定在4.2万亩。", "grain_area", "level"),
    ("朱集镇新建高标准农田1.2万亩，粮食总产量达到5万吨。", "grain_output", "level"),
    ("柳城镇实现工业总产值52亿元，规模以上工业增加值增长9.8%。", "industrial_va", "growth"),
    ("太和镇、人和镇完成征地拆迁3000亩，固定资产投资增长20%。", "fixed_asset_investment", "growth"),
    ("牛市口街道集聚文创企业420家，社会消费品零售总额增长12.3%。", "retail_sales", "growth"),
    ("莲花镇新建精品民宿120家，旅游总收入增长15%。", "tourism_revenue", "growth"),
    # a business district (商圈, 街区) of a central district
    ("南京西路商圈实现商品销售额2800亿元，社会消费品零售总额增长6.2%。", "retail_sales", "growth"),
    ("春熙路商圈实现销售额1500亿元，社会消费品零售总额完成460亿元。", "retail_sales", "level"),
]


@pytest.mark.parametrize("place,year,congress", DISTRICTS)
@pytest.mark.parametrize("clause,ind,measure", TOWN_CLAUSES)
def test_a_townships_later_clauses_are_its_own(place, year, congress, clause, ind, measure):
    fs = keys_of(read(_report(place, year, congress, clause)))
    assert (ind, "actual", str(year - 1), measure) not in fs
    assert fs[("gdp", "actual", str(year - 1), "growth")].value == 8.2


@pytest.mark.parametrize("clause", ["2016年，柳城镇实现工业总产值52亿元，规模以上工业增加值增长9.8%。",
                                    "三墩镇实现财政总收入12.6亿元，增长15.3%；双浦镇完成农村土地流转1.2万亩，粮食播种面积稳定在1.5万亩。"])
def test_a_townships_clauses_after_a_year_or_another_town(clause):
    fs = keys_of(read(_report("杭州市西湖区", 2017, "第十五届人民代表大会第六次会议", clause)))
    assert ("industrial_va", "actual", "2016", "growth") not in fs
    assert ("grain_area", "actual", "2016", "level") not in fs


@pytest.mark.parametrize("clause,ind,measure,value", [
    # the district's own word after the town's clause
    ("东光街道完成背街小巷改造20条，全区城镇新增就业1.2万人。", "urban_new_jobs", "level", 1.2),
    ("双浦镇完成农村土地流转1.2万亩，全区粮食播种面积稳定在1.5万亩。", "grain_area", "level", 1.5),
    # the region's urban side, no township
    ("新增城镇就业1.5万人，城镇登记失业率2.5%。", "registered_unemployment_rate", "share", 2.5),
    # a year in the town's clause is no figure of its own
    ("双桥镇2018年获评国家卫生镇，城镇居民人均可支配收入增长8.2%。", "urban_disposable_income", "growth", 8.2),
    # a task's verb before the town: the region works on it
    ("推进道口古镇申报国家4A级景区，全年接待游客达到300万人次。", "tourist_visits", "level", 300),
    # a business district after a task's verb, or the district's 商圈 at large
    ("打造春熙路国际商圈，社会消费品零售总额完成1020亿元。", "retail_sales", "level", 1020),
    ("全区商圈实现营业收入800亿元，社会消费品零售总额增长10%。", "retail_sales", "growth", 10),
    # 城乡 and 乡村 are no townships
    ("城乡统筹完成投资12亿元，农村居民人均可支配收入增长9%。", "rural_disposable_income", "growth", 9),
])
def test_the_districts_own_figures_unchanged(clause, ind, measure, value):
    fs = keys_of(read(_report("广州市白云区", 2019, "第十六届人民代表大会第四次会议", clause)))
    assert fs[(ind, "actual", "2018", measure)].value == value


def test_a_towns_honour_leading_its_sentence_gives_the_figure_after_to_the_town():
    # (decision 292's town lead, merged beside this round: an honour of the town's, then a name and its figure after
    # the comma, is the town's sentence; the district keeps nothing from it)
    fs = keys_of(read(_report("广州市白云区", 2019, "第十六届人民代表大会第四次会议",
                              "双桥镇获评省级卫生镇，城镇居民人均可支配收入增长8.2%。")))
    assert ("urban_disposable_income", "actual", "2018", "growth") not in fs
