"""The newest rules under attack, blind (adv41b, decision 245): last year's target list restated in the review, led by
the region and 经济社会发展 ("2018年全市经济社会发展主要预期目标：", "年初确定的全县…", "去年全区…"), is last year's;
prose after a plan table under a numbered targets part's title pledges its tasks as under the table's own title."""
import pytest

from factkeys import keys_of, pledged, read


def work_report(region: str, year: int, body: str) -> str:
    return f"{region}人民政府工作报告\n——{year}年1月15日在{region}第四届人民代表大会第三次会议上\n\n{body}"


# 1. last year's target list in the review, its lead naming the region and 经济社会发展 without a comma
PLACES = [("庆阳市", 2019), ("河北省", 2021), ("安吉县", 2025), ("武侯区", 2017)]
PAST_LEADS = ["{p}年{w}经济社会发展主要预期目标：", "{p}年{w}经济社会发展的主要预期目标是：", "{p}年{w}经济社会发展主要预期目标为：",
              "年初确定的{w}经济社会发展主要预期目标：", "年初提出的{w}经济社会发展的主要预期目标是：",
              "去年{w}经济社会发展主要预期目标：", "上年{w}经济社会发展的主要预期目标为："]
THIS_LEADS = ["{y}年{w}经济社会发展主要预期目标：", "今年{w}经济社会发展的主要预期目标是："]


def reviewed_list(region, year, past_lead, this_lead):
    w, p = "全" + region[-1], year - 1
    return work_report(region, year, (
        f"一、{p}年工作回顾\n\n{past_lead.format(p=p, w=w)}地区生产总值增长8%，固定资产投资增长10%，一般公共预算收入增长6%。"
        f"一年来，{w}地区生产总值增长8.5%，一般公共预算收入增长9.2%。\n\n二、{year}年工作安排\n\n"
        f"{this_lead.format(y=year, w=w)}地区生产总值增长7%左右，固定资产投资增长9%，一般公共预算收入增长5%。"
        "全年实施重点项目300个，新建改造农村公路1200公里。\n"))


@pytest.mark.parametrize("region,year", PLACES)
@pytest.mark.parametrize("past_lead", PAST_LEADS)
def test_last_years_list_in_the_review_is_last_years(region, year, past_lead):
    ks = keys_of(read(reviewed_list(region, year, past_lead, THIS_LEADS[0])))
    p = str(year - 1)
    assert ks[("fixed_asset_investment", "target", p, "growth")].value == 10, sorted(ks)
    assert ks[("gdp", "target", p, "growth")].value == 8
    assert ks[("gdp", "actual", p, "growth")].value == 8.5
    assert ks[("fixed_asset_investment", "target", str(year), "growth")].value == 9
    assert ks[("gdp", "target", str(year), "growth")].value == 7


@pytest.mark.parametrize("region,year", PLACES)
@pytest.mark.parametrize("this_lead", THIS_LEADS)
def test_this_years_list_so_led_stays_this_years(region, year, this_lead):
    # near-miss: the same wording over the year's own list (and a past list led with a comma, read before) is unchanged
    ks = keys_of(read(reviewed_list(region, year, "{p}年，{w}经济社会发展主要预期目标：", this_lead)))
    assert ks[("general_budget_revenue", "target", str(year), "growth")].value == 5
    assert ks[("general_budget_revenue", "target", str(year - 1), "growth")].value == 6
    assert ("重点项目", 300, "个") in pledged(read(reviewed_list(region, year, "{p}年，{w}经济社会发展主要预期目标：", this_lead)))


@pytest.mark.parametrize("region,year", PLACES)
def test_a_past_list_met_without_a_colon_leads_nothing(region, year):
    # near-miss: "2018年全市经济社会发展主要预期目标全面完成，地区生产总值增长8.5%": no lead, the result stays a result
    w, p = "全" + region[-1], year - 1
    body = (f"一、{p}年工作回顾\n\n{p}年{w}经济社会发展主要预期目标全面完成，地区生产总值增长8.5%，固定资产投资增长10.2%。\n\n"
            f"二、{year}年工作安排\n\n{year}年{w}经济社会发展主要预期目标：地区生产总值增长7%左右。\n")
    ks = keys_of(read(work_report(region, year, body)))
    assert ks[("fixed_asset_investment", "actual", str(p), "growth")].value == 10.2
    assert ("fixed_asset_investment", "target", str(p), "growth") not in ks


# 2. a plan table one cell a line under a numbered part's title for the year's indicators, then prose of the year's tasks
TABLE_PLACES = [("阜阳市", 2024), ("常德市", 2022), ("南平市", 2026)]
PART_TITLES = ["二、{y}年国民经济和社会发展主要指标", "二、{y}年主要预期目标", "二、{y}年经济社会发展主要目标"]


def plan_report(r, y, title, after):
    p = y - 1
    return (f"关于{r}{p}年国民经济和社会发展计划执行情况与{y}年计划草案的报告\n——{y}年1月10日在{r}第六届人民代表大会第四次会议上\n\n"
            f"一、{p}年计划执行情况\n\n{p}年，全市地区生产总值完成3634.2亿元，增长6.3%。\n\n{title.format(y=y)}\n\n"
            f"{r}{y}年国民经济和社会发展主要指标\n类别\n指标名称\n单位\n{p}年完成\n{y}年目标\n经济发展\n地区生产总值增速\n%\n6.3\n6.5左右\n"
            f"一般公共预算收入增速\n%\n9.1\n5左右\n民生福祉\n城镇新增就业\n万人\n6.3\n6\n\n{after}\n\n"
            f"三、{y}年主要任务\n\n（一）扩大有效投资。新开工亿元以上项目400个。\n")


@pytest.mark.parametrize("r,y", TABLE_PLACES)
@pytest.mark.parametrize("title", PART_TITLES)
@pytest.mark.parametrize("jobs", [6, 5])
def test_prose_after_a_table_in_a_numbered_targets_part_pledges(r, y, title, jobs):
    after = f"{y}年，全市将实施亿元以上重点项目800个，新建改造农村公路1000公里，新增城镇就业{jobs}万人。"
    d = read(plan_report(r, y, title, after))
    got = pledged(d)
    assert ("城镇就业", jobs, "万人") in got, got
    assert ("亿元以上重点项目", 800, "个") in got
    assert not any(o in ("地区生产总值", "一般公共预算收入") for o, _, _ in got)  # (the rows)
    assert keys_of(d)[("gdp", "target", str(y), "growth")].value == 6.5


@pytest.mark.parametrize("r,y", TABLE_PLACES)
@pytest.mark.parametrize("title", PART_TITLES)
def test_a_weighing_paragraph_after_the_table_pledges_nothing(r, y, title):
    # near-miss: the paragraph after the rows weighs the targets, restating one: no pledge
    after = "上述目标，综合考虑了发展需要和现实条件。地区生产总值增长6.5%左右，与“十五五”规划目标相衔接。"
    got = pledged(read(plan_report(r, y, title, after)))
    assert not any(o in ("地区生产总值", "一般公共预算收入", "城镇新增就业") for o, _, _ in got), got
    assert ("亿元以上项目", 400, "个") in got
