"""Indicator names as reports across the country write them: each class of name seen missing or
misread on hand-written reports of provinces, cities and counties (2016–2026), with the look-alikes
that must not take the indicator's name."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2023年工作回顾\n2023年，"


def review(sentence: str) -> dict:
    return facts(REVIEW + sentence + "\n", report_year=2024)


def ids(fs) -> set[str]:
    return {k[0] for k in fs if not k[0].startswith("other:")}


# 1. 可支配收入 without 人均 ("城镇居民可支配收入、农村居民可支配收入分别达到41380元、16860元")
@pytest.mark.parametrize("name,iid", [
    ("城镇居民可支配收入", "urban_disposable_income"), ("城镇常住居民可支配收入", "urban_disposable_income"),
    ("城市居民可支配收入", "urban_disposable_income"), ("农村居民可支配收入", "rural_disposable_income"),
    ("农村常住居民可支配收入", "rural_disposable_income"), ("农民可支配收入", "rural_disposable_income"),
    ("农牧民可支配收入", "rural_disposable_income"), ("全体居民可支配收入", "disposable_income"),
    ("全市居民可支配收入", "disposable_income"),
])
def test_disposable_income_without_per_capita(name, iid):
    fs = review(f"{name}达到32860元，增长6.2%。")
    assert val(fs, (iid, "actual", "2023", "level")) == (32860, "eq")
    assert val(fs, (iid, "actual", "2023", "growth")) == (6.2, "eq")


def test_disposable_income_without_per_capita_pair():
    fs = review("城镇居民可支配收入、农村居民可支配收入分别达到41380元、16860元，分别增长4.9%和6.6%。")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (41380, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (16860, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (6.6, "eq")


@pytest.mark.parametrize("sentence", [
    "易地搬迁群众可支配收入增长12.6%。", "脱贫户农村居民可支配收入增长14.2%。",
    "库区移民居民可支配收入达到15200元。",
])
def test_disposable_income_of_a_group_is_not_the_regions(sentence):
    assert not ids(review(sentence)) & {"disposable_income", "urban_disposable_income", "rural_disposable_income"}


# 2. 引进市外到位资金 (Sichuan's wording of the funds brought in from outside the region)
@pytest.mark.parametrize("name", ["引进市外到位资金", "引进省外到位资金", "市外到位资金", "县外到位资金"])
def test_funds_from_outside_the_region(name):
    fs = review(f"{name}98.6亿元，增长11%。")
    assert val(fs, ("domestic_investment_inflow", "actual", "2023", "level")) == (98.6, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2023", "growth")) == (11, "eq")


# 3. R&D spending named R&D经费/研发经费, and its share of GDP ("R&D经费占GDP比重达到6.5%")
@pytest.mark.parametrize("sentence,value", [
    ("R&D经费占GDP比重达到2.45%。", 2.45), ("研发经费占地区生产总值比重达到1.6%。", 1.6),
    ("全社会R&D经费占地区生产总值的比重为2.1%。", 2.1),
])
def test_rnd_spending_share_of_gdp_is_intensity(sentence, value):
    fs = review(sentence)
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (value, "eq")
    assert "rnd_expenditure" not in ids(fs)


def test_rnd_spending_named_short():
    fs = review("全社会R&D经费达到56亿元，研发经费增长12%。")
    assert val(fs, ("rnd_expenditure", "actual", "2023", "level")) == (56, "eq")


@pytest.mark.parametrize("sentence", [
    "安排研发经费补助3000万元。", "规上工业企业研发经费支出增长25%。", "企业研发经费占营业收入比重达到2.1%。",
    "高校研发经费投入增长8.6%。", "兑现研发经费后补助1.2亿元。",
])
def test_rnd_spending_of_firms_or_grants_is_not_the_regions(sentence):
    assert not ids(review(sentence)) & {"rnd_expenditure", "rnd_intensity"}


# 4. a sector's visitors named through 旅游接待 ("乡村旅游接待游客560万人次")
@pytest.mark.parametrize("sentence", [
    "乡村旅游接待游客560万人次。", "红色旅游接待游客320万人次。", "入境旅游接待人数增长35%。",
    "乡村旅游接待量突破1000万人次。",
])
def test_sector_tourism_visits_are_not_the_regions(sentence):
    assert "tourist_visits" not in ids(review(sentence))


@pytest.mark.parametrize("sentence,value", [
    ("全年旅游接待人次达到860万人次。", 860), ("旅游接待3200万人次。", 3200), ("接待游客量达到1500万人次。", 1500),
])
def test_region_tourism_visits(sentence, value):
    assert val(review(sentence), ("tourist_visits", "actual", "2023", "level")) == (value, "eq")


# 5. "(GDP)" inside the name of an intensity ("单位地区生产总值(GDP)能耗下降3.1%"): the intensity, not GDP
@pytest.mark.parametrize("sentence,key,value", [
    ("单位地区生产总值(GDP)能耗下降3.1%。", "energy_intensity", -3.1),
    ("单位生产总值（GDP）能耗下降2.9%。", "energy_intensity", -2.9),
    ("单位地区生产总值（GDP）能源消耗降低3.2%。", "energy_intensity", -3.2),
    ("单位地区生产总值(GDP)二氧化碳排放下降4.2%。", "carbon_intensity", -4.2),
])
def test_gdp_in_brackets_inside_an_intensity(sentence, key, value):
    fs = review(sentence)
    assert val(fs, (key, "actual", "2023", "growth")) == (value, "eq")
    assert "gdp" not in ids(fs)


@pytest.mark.parametrize("sentence", ["单位地区生产总值(GDP)用水量下降5%。", "单位GDP建设用地使用面积下降6%。",
                                      "单位地区生产总值建设用地面积下降5.2%。"])
def test_per_unit_of_gdp_is_no_gdp(sentence):
    assert "gdp" not in ids(review(sentence))


@pytest.mark.parametrize("sentence,value", [("地区生产总值(GDP)350.2亿元，增长6.3%。", 6.3), ("全县生产总值（GDP）增长6.1%。", 6.1)])
def test_gdp_with_its_abbreviation_still_gdp(sentence, value):
    assert val(review(sentence), ("gdp", "actual", "2023", "growth")) == (value, "eq")


# 6. 工业性投资 (a common county wording of industrial investment)
def test_industrial_investment_named_industrial_kind():
    fs = review("工业性投资增长16.3%，完成86.5亿元。")
    assert val(fs, ("industrial_investment", "actual", "2023", "growth")) == (16.3, "eq")
    assert "fixed_asset_investment" not in ids(fs)


# 7. the firms applying for the high-tech title are not the high-tech firms
@pytest.mark.parametrize("sentence", ["新增高新技术企业申报数达到420家。", "高新技术企业培育库入库企业达到180家。"])
def test_high_tech_applicants_are_not_high_tech_firms(sentence):
    assert "high_tech_enterprises" not in ids(review(sentence))


def test_high_tech_firms_counted():
    assert val(review("高新技术企业达到560家，实现产值增长15%。"), ("high_tech_enterprises", "actual", "2023", "level")) == (560, "eq")


# 8. older and regional wordings of the same indicators
@pytest.mark.parametrize("sentence,key,value", [
    ("粮食作物播种面积稳定在52万亩。", ("grain_area", "actual", "2023", "level"), 52),
    ("粮食面积稳定在86万亩。", ("grain_area", "actual", "2023", "level"), 86),
    ("粮食年产量稳定在35.6万吨。", ("grain_output", "actual", "2023", "level"), 35.6),
    ("税收比重达到76%。", ("tax_revenue_share", "actual", "2023", "share"), 76),
    ("农民年人均纯收入达到9860元。", ("rural_disposable_income", "actual", "2023", "level"), 9860),
    ("农民人均年纯收入10230元。", ("rural_disposable_income", "actual", "2023", "level"), 10230),
    ("城镇居民年人均可支配收入26800元。", ("urban_disposable_income", "actual", "2023", "level"), 26800),
    ("全市消费价格指数上涨1.5%。", ("cpi", "actual", "2023", "growth"), 1.5),
    ("AQI优良率达到89.3%。", ("good_air_days", "actual", "2023", "share"), 89.3),
    ("游客量突破1020万人次。", ("tourist_visits", "actual", "2023", "level"), 1020),
    ("旅游业综合收入达到96.3亿元。", ("tourism_revenue", "actual", "2023", "level"), 96.3),
])
def test_older_and_regional_wordings(sentence, key, value):
    assert val(review(sentence), key)[0] == value


def test_yearly_urban_income_is_not_the_all_residents_income():
    assert "disposable_income" not in ids(review("城镇居民年人均可支配收入26800元。"))


@pytest.mark.parametrize("sentence,iid", [
    ("出口交货值增长12.6%。", "exports"), ("规上工业出口交货值增长12.6%。", "exports"),
    ("过夜游客量增长15%。", "tourist_visits"), ("景区游客量突破500万人次。", "tourist_visits"),
    ("入境游客量增长30%。", "tourist_visits"), ("乡村旅游业综合收入增长20%。", "tourism_revenue"),
    ("扩大粮食播种面积3万亩。", "grain_area"), ("增加粮食面积2.5万亩。", "grain_area"),
    ("调减粮食作物种植面积1.2万亩。", "grain_area"), ("工业生产者出厂价格指数下降2.1%。", "cpi"),
])
def test_look_alikes_of_older_wordings(sentence, iid):
    assert iid not in ids(review(sentence))


def test_grain_area_after_its_change():
    assert val(review("粮食播种面积增加3万亩，达到120万亩。"), ("grain_area", "actual", "2023", "level")) == (120, "eq")


# 9. names short of a word or in another register
@pytest.mark.parametrize("sentence,key,value", [
    ("社会商品零售总额36.2亿元。", ("retail_sales", "actual", "2023", "level"), 36.2),
    ("外资实际到位3200万美元。", ("fdi", "actual", "2023", "level"), 3200),
    ("城镇人均可支配收入28600元。", ("urban_disposable_income", "actual", "2023", "level"), 28600),
    ("农村人均可支配收入12600元。", ("rural_disposable_income", "actual", "2023", "level"), 12600),
    ("农村人均纯收入8900元。", ("rural_disposable_income", "actual", "2023", "level"), 8900),
    ("新增劳动力转移就业2万人。", ("rural_labor_transfer", "actual", "2023", "level"), 2),
    ("R&D占GDP比重达到2.4%。", ("rnd_intensity", "actual", "2023", "share"), 2.4),
    ("能源消费强度下降3%。", ("energy_intensity", "actual", "2023", "growth"), -3),
    ("碳强度下降4%。", ("carbon_intensity", "actual", "2023", "growth"), -4),
    ("PM₂.₅平均浓度28微克/立方米。", ("pm25", "actual", "2023", "level"), 28),
    ("民生类支出45.6亿元。", ("livelihood_expenditure", "actual", "2023", "level"), 45.6),
    ("用于民生领域的支出占比80%。", ("livelihood_expenditure", "actual", "2023", "share"), 80),
    ("民生方面支出32.1亿元。", ("livelihood_expenditure", "actual", "2023", "level"), 32.1),
])
def test_names_short_of_a_word(sentence, key, value):
    assert val(review(sentence), key)[0] == value


def test_rural_income_without_residents_is_not_all_residents():
    assert "disposable_income" not in ids(review("农村人均可支配收入12600元。"))


@pytest.mark.parametrize("sentence,iid", [
    ("脱贫劳动力转移就业3.6万人。", "rural_labor_transfer"), ("有组织劳动力转移就业5000人。", "rural_labor_transfer"),
    ("城镇劳动力转移就业3万人。", "rural_labor_transfer"), ("开展劳动力转移就业技能培训2万人次。", "rural_labor_transfer"),
    ("服务业税收占比达到52%。", "tax_revenue_share"), ("工业税收占比下降到38%。", "tax_revenue_share"),
    ("能源消费总量控制在1200万吨标准煤以内。", "energy_intensity"),
])
def test_look_alikes_of_short_names(sentence, iid):
    assert iid not in ids(review(sentence))


def test_tax_share_of_the_budget_revenue_still_read():
    fs = review("一般公共预算收入完成56亿元，其中税收收入占比75.4%。")
    assert val(fs, ("tax_revenue_share", "actual", "2023", "share")) == (75.4, "eq")


# 10. contracted foreign capital is not the foreign capital used (实际利用外资)
@pytest.mark.parametrize("sentence,value", [
    ("合同外资12亿美元，实到外资5.6亿美元。", 5.6), ("合同利用外资3.2亿美元，实际利用外资1.5亿美元。", 1.5),
    ("新设外资项目86个，合同外资12亿美元，实际使用外资4.5亿美元。", 4.5),
])
def test_contracted_foreign_capital_is_not_fdi(sentence, value):
    assert val(review(sentence), ("fdi", "actual", "2023", "level")) == (value, "eq")


@pytest.mark.parametrize("sentence", ["吸引合同外资3.2亿美元。", "签约利用外资项目12个，协议利用外资8亿美元。"])
def test_contracted_foreign_capital_alone_gives_no_fdi(sentence):
    assert "fdi" not in ids(review(sentence))


# 11. 二三产业 without the pause mark
@pytest.mark.parametrize("sentence", ["二三产业增加值分别增长7.1%和6.2%。", "二三产业分别增长7.1%、6.2%。"])
def test_second_and_third_industries_unseparated(sentence):
    fs = review(sentence)
    assert val(fs, ("secondary_industry_va", "actual", "2023", "growth")) == (7.1, "eq")
    assert val(fs, ("tertiary_industry_va", "actual", "2023", "growth")) == (6.2, "eq")


@pytest.mark.parametrize("sentence", ["一二三产业融合发展示范园达到12个。", "二三产业融合项目投资增长15%。"])
def test_industry_fusion_is_no_value_added(sentence):
    assert not ids(review(sentence)) & {"primary_industry_va", "secondary_industry_va", "tertiary_industry_va"}


# 12. 优良率 opening a clause: the air's, unless its sentence is about water (mention_guards.tsv's fourth column)
@pytest.mark.parametrize("sentence", [
    "地表水考核断面14个，优良率100%。", "国考断面水质稳定达标，优良率达到92.9%。",
    "饮用水水源地水质达标率100%，优良率保持100%。", "近岸海域水质持续改善，优良率达到85.6%。",
])
def test_good_rate_after_water_is_not_air(sentence):
    assert "good_air_days" not in ids(review(sentence))


@pytest.mark.parametrize("sentence,value", [
    ("空气质量优良天数达到321天，优良率87.9%。", 87.9), ("空气质量持续改善，优良率达到93.2%。", 93.2),
    ("PM2.5平均浓度32微克/立方米，优良率90.1%。", 90.1),
])
def test_good_rate_after_air_is_air(sentence, value):
    assert val(review(sentence), ("good_air_days", "actual", "2023", "share")) == (value, "eq")


def test_water_sentence_before_does_not_reach_the_next_sentence():
    fs = review("国考断面水质全部达标。空气质量持续改善，优良率达到93.2%。")
    assert val(fs, ("good_air_days", "actual", "2023", "share")) == (93.2, "eq")


# 13. the year's investment plan, and people added, are no figures of investment or population
@pytest.mark.parametrize("sentence,iid", [
    ("全年投资计划完成率达到105%。", "fixed_asset_investment"), ("全社会投资目标完成率达到102%。", "fixed_asset_investment"),
    ("新增常住人口2.3万人。", "population"), ("净增常住人口1.1万人。", "population"),
])
def test_plans_and_increments_are_not_levels(sentence, iid):
    assert iid not in ids(review(sentence))


@pytest.mark.parametrize("sentence,key,value", [
    ("全年投资增长8%。", ("fixed_asset_investment", "actual", "2023", "growth"), 8),
    ("年末常住人口86.5万人，比上年增加0.6万人。", ("population", "actual", "2023", "level"), 86.5),
])
def test_investment_and_population_still_read(sentence, key, value):
    assert val(review(sentence), key)[0] == value


# 14. firms' or a sector's R&D intensity, and firms groomed for the high-tech title
@pytest.mark.parametrize("sentence,iid", [
    ("规上工业企业研发投入强度达到1.8%。", "rnd_intensity"), ("高新技术企业研发投入强度达到4.2%。", "rnd_intensity"),
    ("制造业研发投入强度1.5%。", "rnd_intensity"), ("企业R&D经费投入强度达到1.6%。", "rnd_intensity"),
    ("高企培育入库企业达到300家。", "high_tech_enterprises"),
])
def test_firms_rnd_intensity_and_groomed_firms(sentence, iid):
    assert iid not in ids(review(sentence))


def test_region_rnd_intensity_beside_the_firms():
    fs = review("全社会研发投入强度达到2.6%，其中规上工业企业研发投入强度1.9%。")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.6, "eq")


def test_high_tech_firms_abbreviated():
    assert val(review("高企总数达到860家。"), ("high_tech_enterprises", "actual", "2023", "level")) == (860, "eq")


# 15. a part's forest cover, a sector's productivity, people from elsewhere
@pytest.mark.parametrize("sentence,iid", [
    ("城市森林覆盖率达到28%。", "forest_coverage"), ("建成区森林覆盖率达到22.5%。", "forest_coverage"),
    ("工业全员劳动生产率增长8%。", "labor_productivity"), ("外来常住人口达到56万人。", "population"),
])
def test_parts_sectors_and_newcomers(sentence, iid):
    assert iid not in ids(review(sentence))


@pytest.mark.parametrize("sentence,key,value", [
    ("全市森林覆盖率达到62.5%。", ("forest_coverage", "actual", "2023", "share"), 62.5),
    ("全员劳动生产率达到15.6万元/人。", ("labor_productivity", "actual", "2023", "level"), 15.6),
])
def test_region_forest_and_productivity_still_read(sentence, key, value):
    assert val(review(sentence), key)[0] == value


# 16. an item of a plan report's indicator list headed by the name with its growth's word
PLAN = "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n（一）主要指标完成情况\n"


@pytest.mark.parametrize("item,iid,target,result", [
    ("2.规上工业增加值增速。年度目标8%，预计完成8.5%。", "industrial_va", 8, 8.5),
    ("3.社零额增速。年度目标7%，预计6.1%。", "retail_sales", 7, 6.1),
    ("4.固定资产投资增长率。年度目标为增长10%，预计增长8.3%。", "fixed_asset_investment", 10, 8.3),
    ("（五）一般公共预算收入增幅。年度目标6%，预计增长6.5%。", "general_budget_revenue", 6, 6.5),
])
def test_item_headed_by_name_and_growth_word(item, iid, target, result):
    fs = facts(PLAN + item + "\n", report_year=2024)
    assert val(fs, (iid, "target", "2023", "growth"))[0] == target
    assert val(fs, (iid, "actual", "2023", "growth"))[0] == result


@pytest.mark.parametrize("item,iid", [
    ("2.规上工业增加值增速。章贡区增长9.6%，南康区增长8.1%。", "industrial_va"),
    ("（二）固定资产投资增速。房地产开发投资下降5%。", "fixed_asset_investment"),
])
def test_item_head_with_growth_word_followed_by_others_figures(item, iid):
    assert iid not in ids(facts(PLAN + item + "\n", report_year=2024))


# 17. a threshold that sorts places ("地区生产总值超过100亿元的县有5个"): no figure of the region
@pytest.mark.parametrize("sentence", [
    "地区生产总值超过100亿元的县有5个。", "GDP超千亿元的县（市、区）达到6个。", "一般公共预算收入过亿元乡镇达到5个。",
    "全县地区生产总值超过10亿元的镇达到3个。", "社会消费品零售总额超50亿元的区县有4个。",
])
def test_threshold_of_places_is_no_figure(sentence):
    assert not ids(facts("赣州市政府工作报告\n" + REVIEW + sentence + "\n", report_year=2024))


def test_region_figure_beside_a_threshold_of_places():
    fs = facts("赣州市政府工作报告\n" + REVIEW + "全市地区生产总值达到3000亿元，其中超过300亿元的县区有4个。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3000, "eq")


@pytest.mark.parametrize("sentence,key,value", [
    ("经济总量突破千亿元。", ("gdp", "actual", "2023", "level"), 1000),  # (in 亿元, the spec's unit: decision 572)
    ("一般公共预算收入突破百亿元大关。", ("general_budget_revenue", "actual", "2023", "level"), 100),
])
def test_round_orders_still_read(sentence, key, value):
    assert val(review(sentence), key)[0] == value


# 18. one run of figures of different kinds after 分别, one for each name ("分别达到2.1%、320家")
@pytest.mark.parametrize("sentence,expected", [
    ("研发投入强度、高新技术企业数量分别达到2.1%、320家。",
     {("rnd_intensity", "actual", "2023", "share"): 2.1, ("high_tech_enterprises", "actual", "2023", "level"): 320}),
    ("空气质量优良天数比例、PM2.5平均浓度分别为90%、28微克/立方米。",
     {("good_air_days", "actual", "2023", "share"): 90, ("pm25", "actual", "2023", "level"): 28}),
    ("研发投入、技术合同成交额分别增长15%、20%。",
     {("rnd_expenditure", "actual", "2023", "growth"): 15, ("tech_contract_value", "actual", "2023", "growth"): 20}),
])
def test_mixed_kinds_after_respectively(sentence, expected):
    fs = review(sentence)
    for key, value in expected.items():
        assert val(fs, key)[0] == value


def test_respectively_with_a_shared_change_keeps_its_reading():
    fs = review("城乡居民人均可支配收入分别达到52000元和26000元，均增长6%。")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (52000, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (26000, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (6, "eq")


@pytest.mark.parametrize("sentence", ["企业研发投入增长20%。", "加大研发投入，新增研发机构12家。",
                                      "规上工业企业研发投入占营业收入比重达到1.8%。"])
def test_bare_rnd_investment_look_alikes(sentence):
    assert not ids(review(sentence)) & {"rnd_expenditure", "rnd_intensity"}


# 19. a qualitative target set by the region above named by its name ("完成株洲市下达的目标任务")
TARGETS = "二、2021年主要预期目标\n今年主要预期目标是："


@pytest.mark.parametrize("sentence", ["单位GDP能耗完成株洲市下达的目标任务。", "单位GDP能耗完成赣州市下达的年度目标。"])
def test_qualitative_target_set_by_a_named_region(sentence):
    fs = facts("醴陵市政府工作报告\n" + TARGETS + sentence + "\n", report_year=2021)
    assert val(fs, ("energy_intensity", "target", "2021", "growth")) == (None, "qualitative")


# 20. the year's average of a ratio ("城镇调查失业率平均5.2%") is the ratio, not a gap to an average elsewhere
@pytest.mark.parametrize("sentence,value", [("城镇调查失业率平均5.2%。", 5.2), ("城镇调查失业率全年平均5.3%。", 5.3),
                                            ("城镇调查失业率平均为5.2%。", 5.2)])
def test_yearly_average_of_a_ratio(sentence, value):
    assert val(review(sentence), ("urban_unemployment_rate", "actual", "2023", "share")) == (value, "eq")


@pytest.mark.parametrize("sentence", ["规上工业增加值增速比全省平均高0.5%。", "城镇调查失业率比全国平均5.2%低0.3个百分点。"])
def test_gap_to_another_average_still_no_figure(sentence):
    fs = review(sentence)
    assert all(f.value not in (0.5, 5.2) for f in fs.values())


# 21. a facility's yearly capacity, the jobless helped, a grant named after the contracts
@pytest.mark.parametrize("sentence,iid", [
    ("年接待游客100万人次的文旅综合体建成开业。", "tourist_visits"),
    ("新增城镇就业困难人员就业1200人。", "urban_new_jobs"),
    ("技术合同成交额奖补资金3000万元。", "tech_contract_value"),
])
def test_facilities_helped_people_and_grants(sentence, iid):
    assert iid not in ids(review(sentence))


def test_threshold_first_characters_stay_few():
    from planwatch.extract import facts as fx
    assert len(fx._THRESHOLD_FIRST) < 40  # (a gate, not every character)


# self-review: look-alikes of the rules above (over-firing found and narrowed)
@pytest.mark.parametrize("sentence,key,value", [
    ("高新技术企业培育成效明显，总数达到560家。", ("high_tech_enterprises", "actual", "2023", "level"), 560),
    ("高企培育成效明显，总数达到320家。", ("high_tech_enterprises", "actual", "2023", "level"), 320),
    ("粮食播种面积增加，达到120万亩。", ("grain_area", "actual", "2023", "level"), 120),
    ("签约项目实际利用外资3.5亿美元。", ("fdi", "actual", "2023", "level"), 3.5),
    ("水环境质量持续改善。空气质量优良率达到90.2%。", ("good_air_days", "actual", "2023", "share"), 90.2),
    ("现代产业体系加快构建，研发投入强度达到2.5%。", ("rnd_intensity", "actual", "2023", "share"), 2.5),
    ("创建国家森林城市，森林覆盖率达到65.3%。", ("forest_coverage", "actual", "2023", "share"), 65.3),
    ("全员劳动生产率达到16.2万元/人，工业全员劳动生产率达到28万元/人。", ("labor_productivity", "actual", "2023", "level"), 16.2),
    ("全县地区生产总值达到320亿元，乡镇经济加快发展。", ("gdp", "actual", "2023", "level"), 320),
    ("城镇新增就业、城镇登记失业率分别为6000人、3.5%。", ("registered_unemployment_rate", "actual", "2023", "share"), 3.5),
    ("居民消费价格平均上涨1.8%。", ("cpi", "actual", "2023", "growth"), 1.8),
    ("城镇新增就业1.2万人，帮扶就业困难人员再就业2300人。", ("urban_new_jobs", "actual", "2023", "level"), 1.2),
])
def test_review_rules_still_read_the_region(sentence, key, value):
    assert val(review(sentence), key)[0] == value


@pytest.mark.parametrize("sentence,iid", [
    ("城镇居民可支配收入与农村居民可支配收入之比为2.1。", "urban_disposable_income"),
    ("易地扶贫搬迁户农民可支配收入增长11%。", "rural_disposable_income"),
    ("引进市外到位资金项目达到86个。", "domestic_investment_inflow"),
    ("财政研发经费补助增长20%。", "rnd_expenditure"), ("企业研发经费加计扣除额达到12亿元。", "rnd_expenditure"),
    ("日均游客量达到5万人次。", "tourist_visits"), ("景区最大游客量控制在3万人次。", "tourist_visits"),
    ("春节假日接待游客56万人次。", "tourist_visits"),
    ("农村劳动力转移就业率达到85%。", "rural_labor_transfer"),
    ("签约外资项目12个，协议利用外资8.6亿美元。", "fdi"),
    ("湖库水质优良率达到80%。", "good_air_days"), ("流域水质断面全部达标，优良率100%。", "good_air_days"),
    ("城镇调查失业率低于全省平均0.3%。", "urban_unemployment_rate"),
])
def test_review_look_alikes(sentence, iid):
    assert iid not in ids(review(sentence))


# 22. a kind of firm's industry, a sector's investment, the rural price level, the rural retail (a sweep of
# sector words before the headline names)
@pytest.mark.parametrize("sentence,iid", [
    ("全市民营规上工业增加值增长9.1%。", "industrial_va"), ("国有控股规上工业增加值增长6.2%。", "industrial_va"),
    ("高技术制造业规上工业增加值增长12%。", "industrial_va"),
    ("服务业固定资产投资增长10.2%。", "fixed_asset_investment"), ("交通固定资产投资完成120亿元。", "fixed_asset_investment"),
    ("制造业固定资产投资增长12%。", "fixed_asset_investment"),
    ("农村居民消费价格上涨1.8%。", "cpi"), ("乡村社会消费品零售总额增长8.1%。", "retail_sales"),
])
def test_sector_before_headline_name(sentence, iid):
    assert iid not in ids(review(sentence))


@pytest.mark.parametrize("sentence,key,value", [
    ("全市规上工业增加值增长8.2%。", ("industrial_va", "actual", "2023", "growth"), 8.2),
    ("全社会固定资产投资增长8%。", ("fixed_asset_investment", "actual", "2023", "growth"), 8),
    ("城乡居民消费价格上涨1.5%。", ("cpi", "actual", "2023", "growth"), 1.5),
    ("工业固定资产投资增长15%。", ("industrial_investment", "actual", "2023", "growth"), 15),
])
def test_headline_names_without_a_sector(sentence, key, value):
    assert val(review(sentence), key)[0] == value


# 23. households' or firms' balances are parts of the banks' balances
@pytest.mark.parametrize("sentence,iid", [
    ("住户贷款余额增长8%。", "loan_balance"), ("非金融企业贷款余额增长12%。", "loan_balance"),
    ("企业存款余额增长6%。", "deposit_balance"),
])
def test_households_and_firms_balances(sentence, iid):
    assert iid not in ids(review(sentence))


@pytest.mark.parametrize("sentence,key,value", [
    ("金融机构本外币贷款余额增长10%。", ("loan_balance", "actual", "2023", "growth"), 10),
    ("本外币存款余额达到980亿元。", ("deposit_balance", "actual", "2023", "level"), 980),
])
def test_all_currency_balances_still_read(sentence, key, value):
    assert val(review(sentence), key)[0] == value


# 24. the urban share of the population named as such is the urbanization rate
@pytest.mark.parametrize("sentence,measure,value", [
    ("城镇人口占比达到79.4%。", "share", 79.4), ("城镇人口比重达到55.2%。", "share", 55.2),
    ("城镇人口占总人口的比重达到61.3%。", "share", 61.3), ("城镇人口占总人口比重提高1.1个百分点。", "pp_change", 1.1),
])
def test_urban_population_share(sentence, measure, value):
    assert val(review(sentence), ("urbanization_rate", "actual", "2023", measure))[0] == value


@pytest.mark.parametrize("sentence", ["农村人口占比下降到40%。", "城镇人口占全省比重达到8%。"])
def test_urban_population_share_look_alikes(sentence):
    assert "urbanization_rate" not in ids(review(sentence))


# 25. a rank after a share moved to its ratio indicator is the ratio's rank
def test_rank_after_a_moved_share():
    fs = review("R&D经费占GDP比重达到6.5%，继续位居全省第一。")
    assert val(fs, ("rnd_intensity", "actual", "2023", "rank"))[0] == 1
    assert ("rnd_expenditure", "actual", "2023", "rank") not in fs


def test_rank_before_the_share_stays_with_the_flow():
    fs = review("服务业增加值增长5.1%，居全省第2位，占生产总值比重达到52.3%。")
    assert val(fs, ("tertiary_industry_va", "actual", "2023", "rank"))[0] == 2
    assert val(fs, ("tertiary_share", "actual", "2023", "share"))[0] == 52.3


# 26. (found on the held-out documents, after their score was recorded) goods exports named as such
@pytest.mark.parametrize("sentence,key,value", [
    ("货物贸易出口增长4%。", ("exports", "actual", "2023", "growth"), 4),
    ("货物出口额达到120亿元。", ("exports", "actual", "2023", "level"), 120),
])
def test_goods_exports(sentence, key, value):
    assert val(review(sentence), key)[0] == value


@pytest.mark.parametrize("sentence", ["服务贸易出口增长12%。", "农产品货物出口增长5%。", "对美货物出口下降8%。"])
def test_goods_exports_look_alikes(sentence):
    assert "exports" not in ids(review(sentence))


# 27. labour productivity named without 全员 ("全社会劳动生产率", a clause opening with 劳动生产率)
@pytest.mark.parametrize("sentence,key,value", [
    ("全社会劳动生产率达到15.2万元/人。", ("labor_productivity", "actual", "2023", "level"), 15.2),
    ("社会劳动生产率增长6.8%。", ("labor_productivity", "actual", "2023", "growth"), 6.8),
    ("全县地区生产总值增长6%，规上工业增加值增长8%，劳动生产率提高到13.6万元/人。",
     ("labor_productivity", "actual", "2023", "level"), 13.6),
    ("工业经济稳步增长，全员劳动生产率达到16万元/人。", ("labor_productivity", "actual", "2023", "level"), 16),
])
def test_labour_productivity_names(sentence, key, value):
    assert val(review(sentence), key)[0] == value


@pytest.mark.parametrize("sentence", ["工业劳动生产率达到30万元/人。", "农业现代化水平提升，劳动生产率提高12%。",
                                      "规上工业企业效益改善，劳动生产率达到45万元/人。", "农业劳动生产率提高12%。"])
def test_sector_labour_productivity(sentence):
    assert "labor_productivity" not in ids(review(sentence))


# 28. high-tech firms abbreviated 国高企 / 高新企业 (Zhejiang's and Jiangsu's shorthand)
@pytest.mark.parametrize("sentence,value", [("国高企数量达到520家。", 520), ("有效国高企达到1200家。", 1200), ("高新企业达到86家。", 86)])
def test_high_tech_firms_shorthand(sentence, value):
    assert val(review(sentence), ("high_tech_enterprises", "actual", "2023", "level"))[0] == value


@pytest.mark.parametrize("sentence", ["高新区企业达到860家。", "高新企业培育库入库企业120家。"])
def test_high_tech_shorthand_look_alikes(sentence):
    assert "high_tech_enterprises" not in ids(review(sentence))


# 29. funds from outside stated as 省外资金实际到位; labour sent out as 农村劳动力输出
@pytest.mark.parametrize("sentence,key,value", [
    ("省外资金实际到位120亿元。", ("domestic_investment_inflow", "actual", "2023", "level"), 120),
    ("农村劳动力输出56万人。", ("rural_labor_transfer", "actual", "2023", "level"), 56),
    ("农村劳动力转移输出97.6万人。", ("rural_labor_transfer", "actual", "2023", "level"), 97.6),
])
def test_funds_in_and_labour_out(sentence, key, value):
    assert val(review(sentence), key)[0] == value


def test_labour_out_training_is_no_count():
    assert "rural_labor_transfer" not in ids(review("农村劳动力输出培训1.2万人次。"))


@pytest.mark.parametrize("sentence", ["高新企业孵化器达到12家。", "高新技术企业孵化器达到8家。", "高新技术企业协会会员达到300家。"])
def test_incubators_are_not_high_tech_firms(sentence):
    assert "high_tech_enterprises" not in ids(review(sentence))


def test_growth_rank_after_a_moved_share_stays_with_the_flow():
    fs = review("研发经费投入增长15%，占地区生产总值比重达到2.5%，增速居全省第1位。")
    assert val(fs, ("rnd_expenditure", "actual", "2023", "rank"))[0] == 1
    assert ("rnd_intensity", "actual", "2023", "rank") not in fs


@pytest.mark.parametrize("sentence,iid", [("一般贸易出口增长15%。", "exports"), ("城镇人口占全市比重达到45%。", "urbanization_rate")])
def test_more_look_alikes_of_new_names(sentence, iid):
    assert iid not in ids(review(sentence))


# self-review sweep of the new names with part and sector words before them
@pytest.mark.parametrize("sentence,iid", [("农村消费价格指数上涨1.2%。", "cpi"), ("工业碳排放强度下降5%。", "carbon_intensity"),
                                          ("高新区研发投入增长20%。", "rnd_expenditure"), ("中心城区城镇人口占比达到85%。", "urbanization_rate"),
                                          ("开发区货物出口增长12%。", "exports")])
def test_parts_and_sectors_before_new_names(sentence, iid):
    assert iid not in ids(facts("赣州市政府工作报告\n" + REVIEW + sentence + "\n", report_year=2024))


def test_carbon_intensity_of_the_region_still_read():
    assert val(review("碳排放强度下降3.8%。"), ("carbon_intensity", "actual", "2023", "growth"))[0] == -3.8
