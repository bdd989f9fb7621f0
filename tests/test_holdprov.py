"""Provincial government work reports of 2016–2020 and the State Council's of 2016–2019 (branch holdprov): the
classes excerpts of such reports showed, each in several wordings, with look-alikes that must not change."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def report(prov: str, year: int, review: str, plan: str) -> str:
    return (f"政府工作报告\n——{year}年1月20日在{prov}第十二届人民代表大会第五次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年主要预期目标和重点工作\n{plan}\n")


def plan_pledges(prov: str, year: int, plan: str) -> set[tuple[str, str, float, str, str]]:
    text = report(prov, year, "过去一年，全省地区生产总值增长7.1%。", "三、重点工作\n" + plan)
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit, p.qualifier) for p in doc.pledges}


def objects(ps) -> dict[tuple[float, str], str]:
    return {(v, u): o for _, o, v, u, _ in ps}


# 1. "研究与试验发展经费支出相当于生产总值的2.57%": R&D intensity written with 相当于 and no 比重
@pytest.mark.parametrize("year,review,plan,key,want", [
    (2019, "全年研究与试验发展经费支出相当于生产总值的2.57%。", "今年主要预期目标是：生产总值增长6.5%左右。",
     ("rnd_intensity", "actual", "2018", "share"), (2.57, "eq")),
    (2019, "全年生产总值增长7.1%。", "今年主要预期目标是：生产总值增长6.5%左右，研究与试验发展经费支出相当于生产总值的2.7%。",
     ("rnd_intensity", "target", "2019", "share"), (2.7, "eq")),
    (2018, "全社会研发经费支出相当于地区生产总值的2.4%，比上年提高0.1个百分点。", "今年主要预期目标是：地区生产总值增长7%。",
     ("rnd_intensity", "actual", "2017", "share"), (2.4, "eq")),
    (2016, "全省生产总值增长8.3%。", "“十三五”时期主要目标是：地区生产总值年均增长7%，研究与开发经费投入相当于地区生产总值的2.5%。",
     ("rnd_intensity", "goal", "2016-2020", "share"), (2.5, "eq")),
])
def test_rnd_spending_equal_to_a_share_of_gdp(year, review, plan, key, want):
    assert val(facts(report("浙江省", year, review, plan)), key) == want


@pytest.mark.parametrize("review", [
    "财政性教育经费支出相当于生产总值的4%。",  # (education, not R&D)
    "研发经费支出增长12%，相当于地区生产总值增速的两倍。",  # (a multiple of a growth rate)
])
def test_other_spending_equal_to_gdp_is_no_rnd_intensity(review):
    fs = facts(report("浙江省", 2018, review, "今年主要预期目标是：地区生产总值增长7%。"))
    assert not any(k[0] == "rnd_intensity" for k in fs)


# 2. "31个大城市城镇调查失业率", "70个大中城市": the country's big cities are a part of it, not the whole
def national(review: str) -> str:
    return ("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理\n各位代表：\n"
            f"一、2016年工作回顾\n{review}\n二、2017年工作总体部署\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。\n")


@pytest.mark.parametrize("review,absent,kept", [
    ("城镇新增就业1314万人，31个大城市城镇调查失业率降到5%以下。",
     ("urban_unemployment_rate", "actual", "2016", "share"), ("urban_new_jobs", "actual", "2016", "level")),
    ("居民消费价格上涨2%，70个大中城市新建商品住宅价格涨幅回落，大城市居民消费价格上涨2.5%。",
     None, ("cpi", "actual", "2016", "growth")),
])
def test_big_cities_are_a_part_of_the_country(review, absent, kept):
    fs = facts(national(review))
    assert kept in fs
    if absent:
        assert absent not in fs
    if kept[0] == "cpi":
        assert val(fs, kept) == (2, "eq")


def test_the_national_unemployment_rate_beside_the_big_cities_is_kept():
    fs = facts(national("城镇调查失业率稳定在5%左右，31个大城市城镇调查失业率保持在5%以下。"))
    assert val(fs, ("urban_unemployment_rate", "actual", "2016", "share")) == (5, "about")


def test_a_provinces_prefecture_cities_still_count():
    text = report("辽宁省", 2018, "全省地区生产总值增长4.2%。", "三、重点工作\n地级城市空气质量优良天数比例达到80%以上。")
    assert val(facts(text), ("good_air_days", "target", "2018", "share")) == (80, "at_least")


# 3. People counted with no unit word and a qualifier before them: "实现30万以上农村贫困人口脱贫"
@pytest.mark.parametrize("plan,want", [
    ("今年实现30万以上农村贫困人口脱贫，500个贫困村退出。", ("农村贫困人口", 30, "万人", "at_least")),
    ("今年实现100万以上农村贫困人口脱贫、1500个贫困村出列。", ("农村贫困人口", 100, "万人", "at_least")),
    ("通过产业扶贫带动5万以上贫困群众增收。", ("贫困群众增收", 5, "万人", "at_least")),
    ("全年转移就业20万左右农村劳动力。", ("农村劳动力", 20, "万人", "about")),
])
def test_bare_people_after_a_qualifier(plan, want):
    ps = plan_pledges("云南省", 2018, plan)
    assert any((o, v, u, q) == want for _, o, v, u, q in ps), ps


def test_bare_people_in_the_review_are_no_pledge():
    text = report("云南省", 2018, "全年实现18.1万以上贫困人口脱贫。", "三、重点工作\n新建农村公路1000公里。")
    assert {p.value for p in planwatch.read_text(text, "t.txt").pledges} == {1000}


# 4. A size before 及以下/及以上 names a class of the counted things ("10蒸吨及以下燃煤锅炉"), not a count
@pytest.mark.parametrize("plan,want", [
    ("淘汰10吨及以下燃煤锅炉800台。", (800, "台")),
    ("淘汰10蒸吨及以下燃煤小锅炉800台。", (800, "台")),
    ("淘汰每小时10蒸吨及以下燃煤锅炉800台。", (800, "台")),
    ("淘汰35蒸吨以下燃煤锅炉2000蒸吨。", (2000, "蒸吨")),
])
def test_threshold_with_and_below(plan, want):
    ps = plan_pledges("河北省", 2018, plan)
    assert {(v, u) for _, _, v, u, _ in ps} == {want}, ps
    assert "锅炉" in objects(ps)[want]


def test_threshold_and_above_of_money():
    ps = plan_pledges("河北省", 2018, "培育主营业务收入10亿元及以上企业20家。")
    assert {(v, u) for _, _, v, u, _ in ps} == {(20, "家")}, ps


# 5. 蒸吨 is a unit of boilers' capacity
@pytest.mark.parametrize("plan,want", [
    ("完成燃煤锅炉改燃并网1.2万蒸吨，PM2.5年均浓度下降10%左右。", ("燃煤锅炉改燃并网", 1.2, "万蒸吨")),
    ("全年淘汰燃煤锅炉3000蒸吨。", ("燃煤锅炉", 3000, "蒸吨")),
])
def test_steam_tons(plan, want):
    ps = plan_pledges("天津市", 2017, plan)
    assert any((o, v, u) == want for _, o, v, u, _ in ps), ps


# 6. 疏解 (moving out of the capital) is an action
@pytest.mark.parametrize("plan,want", [
    ("再疏解一般制造业企业500家。", ("一般制造业企业", 500, "家")),
    ("持续疏解非首都功能，再疏解一般制造业企业300家，疏解提升市场和物流中心100个。", ("一般制造业企业", 300, "家")),
])
def test_move_out_is_an_action(plan, want):
    ps = plan_pledges("北京市", 2018, plan)
    assert any((o, v, u) == want for _, o, v, u, _ in ps), ps


def test_move_out_without_count_is_no_pledge():
    assert plan_pledges("北京市", 2018, "有序疏解非首都功能，推动疏解整治促提升专项行动。") == set()


# 7. "最后3个贫困县全部摘帽": 最后 (the last ones) opens the clause, it is not the object
@pytest.mark.parametrize("plan,want", [
    ("确保剩余5万贫困人口全部脱贫，最后3个贫困县全部摘帽。", ("贫困县", 3, "个")),
    ("确保剩余1.88万贫困人口全部脱贫、最后1个贫困县摘帽。", ("贫困县", 1, "个")),
    ("最后12个贫困村全部出列。", ("贫困村", 12, "个")),
])
def test_the_last_ones_open_the_clause(plan, want):
    ps = plan_pledges("宁夏回族自治区", 2020, plan)
    assert any((o, v, u) == want for _, o, v, u, _ in ps), ps
    assert not any(o.startswith("最后") or o == "最后" for _, o, _, _, _ in ps)


def test_the_last_mile_is_no_lead():
    ps = plan_pledges("宁夏回族自治区", 2020, "打通服务群众最后一公里，新建便民服务中心20个。")
    assert {(o, v, u) for _, o, v, u, _ in ps} == {("便民服务中心", 20, "个")}


# 8. A verb with 到/至 states the level reached ("城乡建设用地规模减少到2860平方公里左右"), 去化 (selling off housing
# stock) acts, and 重量箱 counts flat glass
@pytest.mark.parametrize("plan,want", [
    ("城乡建设用地规模减少到2860平方公里左右。", ("减少到", "城乡建设用地规模", 2860, "平方公里", "about")),
    ("全市燃煤总量压减到500万吨以内。", ("压减到", "燃煤总量", 500, "万吨", "at_most")),
    ("力争农村贫困人口由50万人减少到20万人。", ("减少到", "农村贫困人口", 20, "万人", "eq")),
    ("工程建设项目审批时间减至100个工作日。", ("减至", "工程建设项目审批时间", 100, "个工作日", "eq")),
    ("积极消化房地产库存，全年去化商品住房1000万平方米。", ("去化", "商品住房", 1000, "万平方米", "eq")),
    ("今年压减水泥产能200万吨、平板玻璃产能300万重量箱。", ("压减", "平板玻璃产能", 300, "万重量箱", "eq")),
])
def test_level_verbs_destocking_and_glass(plan, want):
    ps = plan_pledges("北京市", 2018, plan)
    assert want in ps, ps
    assert not any(o in ("到", "至") for _, o, _, _, _ in ps)


def test_levels_reached_in_the_review_are_no_pledge():
    text = report("北京市", 2018, "全市燃煤总量压减到600万吨以内，城乡建设用地减少到2900平方公里。",
                  "三、重点工作\n新增城市绿地700公顷。")
    assert {p.value for p in planwatch.read_text(text, "t.txt").pledges} == {700}


# 9. A place held through the five years reviewed ("经济总量稳居世界第二位", "连续五年居全国第一位") is the span's;
# one reached ("跃居") or held for fewer years is the last year's. A place's number never takes a year's digits.
def five_years(year: int, body: str, prov: str = "黑龙江省") -> str:
    return (f"政府工作报告\n——{year}年1月28日在{prov}第十二届人民代表大会第五次会议上\n"
            f"一、过去五年工作回顾\n{body}\n二、{year}年主要预期目标\n今年主要预期目标是：地区生产总值增长6.5%左右。\n")


@pytest.mark.parametrize("year,body,key,want", [
    (2016, "五年来，全省粮食总产量连续五年居全国第一位，2015年达到1260亿斤。",
     ("grain_output", "actual", "2011-2015", "rank"), 1),
    (2016, "“十二五”时期，国内生产总值年均增长7.8%，经济总量稳居世界第二位。",
     ("gdp", "actual", "2011-2015", "rank"), 2),
    (2018, "过去五年，全区地区生产总值年均增长8.7%，经济总量稳居西北五省区第二位。",
     ("gdp", "actual", "2013-2017", "rank"), 2),
])
def test_a_place_held_through_the_five_years(year, body, key, want):
    fs = facts(five_years(year, body))
    assert val(fs, key) == (want, "eq")
    assert not any(k[0] == key[0] and k[3] == "rank" and k[2] == str(year - 1) for k in fs)


@pytest.mark.parametrize("year,body,key", [
    (2018, "五年来，全社会研发投入年均增长11%，规模跃居世界第二位。", ("rnd_expenditure", "actual", "2017", "rank")),
    (2018, "过去五年，技术合同成交额连续三年位居全省第一。", ("tech_contract_value", "actual", "2017", "rank")),
    (2017, "2016年，全省地区生产总值增长10.5%，增速稳居全国第2位。", ("gdp", "actual", "2016", "rank")),
])
def test_a_place_reached_is_the_last_years(year, body, key):
    assert key in facts(five_years(year, body))


def test_a_places_number_takes_no_digits_of_the_year_after_it():
    fs = facts(five_years(2016, "五年来，全省粮食总产量连续五年居全国第一位，2015年达到1260亿斤。"))
    f = fs[("grain_output", "actual", "2011-2015", "rank")]
    assert f.quote.endswith("第一位")
    assert val(fs, ("grain_output", "actual", "2015", "level")) == (1260, "eq")


# 10. A task named before a modal and the verb that carries it out ("农村危房改造要再完成190万户") is the object,
# as it is right before that verb; it is not the object of the pledge before it
@pytest.mark.parametrize("plan,want", [
    ("今年要再完成棚户区住房改造600万套，农村危房改造要再完成190万户。", ("农村危房改造", 190, "万户")),
    ("农村危房改造要完成190万户。", ("农村危房改造", 190, "万户")),
    ("城镇老旧小区改造力争完成50个，棚户区改造确保完成3000套。", ("城镇老旧小区改造", 50, "个")),
    ("城镇老旧小区改造力争完成50个，棚户区改造确保完成3000套。", ("棚户区改造", 3000, "套")),
])
def test_task_named_before_a_modal(plan, want):
    ps = plan_pledges("湖北省", 2017, plan)
    assert any((o, v, u) == want for _, o, v, u, _ in ps), ps


def test_task_before_a_modal_keeps_the_first_pledge():
    ps = plan_pledges("湖北省", 2017, "今年要再完成棚户区住房改造600万套，农村危房改造要再完成190万户。")
    assert objects(ps)[(600, "万套")] == "棚户区住房改造"


def test_a_bare_verb_before_a_modal_names_no_task():
    assert plan_pledges("湖北省", 2017, "改造要完成120个。") == set()


# 11. In a five-year review, what a stock gained ("新增市场主体120万户", the gain in the indicator's own name) and
# what was added up to a count ("农村劳动力转移就业新增达到540万人") add up over the span; a stock reached does not
@pytest.mark.parametrize("year,body,key,want", [
    (2018, "过去五年，新增市场主体120万户。", ("market_entities", "actual", "2013-2017", "level"), 120),
    (2018, "过去五年，高新技术企业达到3000家，新增市场主体120万户。", ("market_entities", "actual", "2013-2017", "level"), 120),
    (2016, "民生福祉持续改善。五年累计城镇新增就业704万人，农村劳动力转移就业新增达到540万人。",
     ("rural_labor_transfer", "actual", "2011-2015", "level"), 540),
])
def test_gains_over_five_years_add_up(year, body, key, want):
    assert val(facts(five_years(year, body)), key) == (want, "eq")


@pytest.mark.parametrize("year,body,key", [
    (2018, "过去五年，高新技术企业达到3000家，新增市场主体120万户。", ("high_tech_enterprises", "actual", "2017", "level")),
    (2016, "五年累计城镇新增就业704万人，农村劳动力转移就业总量达到2876万人。", ("rural_labor_transfer", "actual", "2015", "level")),
    (2018, "2017年，全省新增市场主体12万户，增长10%。", ("market_entities", "actual", "2017", "level")),
])
def test_stocks_reached_and_one_years_gain_keep_their_year(year, body, key):
    assert key in facts(five_years(year, body))


# 12. "要稳定粮食产量" in the year's tasks is a qualitative target of a stock (grain); not said of a flow
# ("稳定经济增长" is a policy), not in the review, and a number stated after it is the target
def national_plan(year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年3月5日在第十三届全国人民代表大会第二次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n国内生产总值增长6.6%。\n三、{year}年政府工作任务\n{body}\n")


@pytest.mark.parametrize("body,key", [
    ("抓好农业特别是粮食生产。要稳定粮食产量，优化品种结构。", ("grain_output", "target", "2019", "level")),
    ("坚持提质导向，稳定和优化粮食生产。加快消化粮食库存。", ("grain_output", "target", "2019", "level")),
    ("稳定粮食播种面积，调减籽粒玉米种植面积1000万亩。", ("grain_area", "target", "2019", "level")),
])
def test_a_stock_kept_stable_is_a_qualitative_target(body, key):
    assert val(facts(national_plan(2019, body)), key) == (None, "qualitative")


def test_a_number_after_the_stable_stock_is_the_target():
    fs = facts(national_plan(2019, "稳定粮食生产，粮食总产量稳定在1.3万亿斤以上。"))
    assert val(fs, ("grain_output", "target", "2019", "level")) == (1.3, "at_least")


def test_stable_growth_is_no_target():
    fs = facts(national_plan(2019, "着力稳定经济增长，稳定就业。"))
    assert not any(k[0] == "gdp" and k[1] == "target" for k in fs)


def test_a_stable_stock_in_the_review_is_no_fact():
    text = ("政府工作报告\n——2018年1月25日在吉林省第十三届人民代表大会第一次会议上\n一、2017年工作回顾\n"
            "稳定粮食生产，粮食总产量达到700亿斤。\n二、2018年主要预期目标\n今年主要预期目标是：地区生产总值增长6%左右。\n")
    fs = facts(text)
    assert val(fs, ("grain_output", "actual", "2017", "level")) == (700, "eq")
    assert not any(k[0] == "grain_output" and k[1] == "target" for k in fs)


# 13. 引导 (guiding people or funds) is an action that brings about what follows it
@pytest.mark.parametrize("plan,want", [
    ("完成约1亿人居住的棚户区和城中村改造，引导约1亿人在中西部地区就近城镇化。", ("引导", 1, "亿人")),
    ("引导农民工返乡创业5万人。", ("引导", 5, "万人")),
])
def test_guide_is_an_action(plan, want):
    ps = plan_pledges("河南省", 2016, plan)
    assert any((a, v, u) == want for a, _, v, u, _ in ps), ps
    assert not any(o == "引导" for _, o, _, _, _ in ps)


# 14. A verb inside the name of funds ("救助补助资金", "奖补资金") names them; the allocating verb before acts
@pytest.mark.parametrize("plan,want", [
    ("中央财政安排城乡医疗救助补助资金160亿元，增长9.6%。", ("安排", "城乡医疗救助补助资金", 160, "亿元")),
    ("省级财政安排困难群众救助补助资金50亿元。", ("安排", "困难群众救助补助资金", 50, "亿元")),
])
def test_funds_named_with_a_verb(plan, want):
    ps = plan_pledges("河南省", 2016, plan)
    assert any((a, o, v, u) == want for a, o, v, u, _ in ps), ps


def test_relief_counted_in_people_keeps_its_work():
    ps = plan_pledges("河南省", 2016, "实施临时救助5万人次，发放临时救助资金2亿元。")
    assert objects(ps)[(5, "万人次")] == "临时救助" and objects(ps)[(2, "亿元")] == "临时救助资金"


# 15. A Chinese numeral counts the things a status closing its clause is said of ("确保三个贫困县脱贫摘帽、
# 120个贫困村退出"), as an Arabic one does; not a slogan's number, nor a named set ("八项行动的落实落地")
@pytest.mark.parametrize("plan,want", [
    ("确保三个贫困县脱贫摘帽、120个贫困村退出。", {("贫困县", 3, "个"), ("贫困村", 120, "个")}),
    ("确保120个贫困村退出、三个贫困县脱贫摘帽。", {("贫困县", 3, "个"), ("贫困村", 120, "个")}),
    ("力促发泡陶瓷新材料等三个项目建成投用。", {("项目", 3, "个")}),
])
def test_chinese_numeral_before_a_status(plan, want):
    ps = plan_pledges("贵州省", 2019, plan)
    assert {(o, v, u) for _, o, v, u, _ in ps} == want, ps


@pytest.mark.parametrize("plan", [
    "坚持“三个代表”重要思想，增强“四个意识”，坚定“四个自信”，做到“两个维护”。",
    "抓好支持高质量共建“一带一路”八项行动的落实落地。",
    "实施“三个一批”项目建成投产。",
])
def test_chinese_numeral_of_a_slogan_is_no_count(plan):
    assert plan_pledges("贵州省", 2019, plan) == set()


# 16. "年均增长9.5%，高于“十二五”规划确定的8%的目标": a plan's goal the result is set against is that plan's goal
# (its span), not last year's target; a year's own target ("高于年初确定的7%") and an unnamed 规划 keep the year
@pytest.mark.parametrize("year,body,key,want", [
    (2016, "五年来，全省生产总值年均增长9.5%，高于“十二五”规划确定的8%的目标。", ("gdp", "goal", "2011-2015", "growth"), 8),
    (2016, "五年来，全省生产总值年均增长9.5%，高于“十二五”规划确定的年均增长8%的目标。", ("gdp", "goal", "2011-2015", "growth"), 8),
    (2017, "2016年，全省地区生产总值增长7.5%，高于年初确定的7%的预期目标。", ("gdp", "target", "2016", "growth"), 7),
    # (the plan under way, unnamed, is still a plan: its goal spans the plan's years, not the year reviewed)
    (2017, "2016年，全省生产总值增长7.6%，高于规划确定的7%的目标。", ("gdp", "goal", "2016-2020", "growth"), 7),
])
def test_a_plans_goal_restated_in_the_review(year, body, key, want):
    fs = facts(five_years(year, body))
    assert val(fs, key) == (want, "eq")
    if key[1] == "goal":
        assert (key[0], "target", str(year - 1), key[3]) not in fs


# 17. A target named with the change it is of ("高于7%的增长目标", "7.5%的年均增长目标", "6%的年度预期增长目标")
@pytest.mark.parametrize("year,body,key,want", [
    (2017, "2016年，全省生产总值增长7.6%，高于7%的增长目标。", ("gdp", "target", "2016", "growth"), 7),
    (2017, "2016年，一般公共预算收入增长7.2%，超过6%的年度预期增长目标。", ("general_budget_revenue", "target", "2016", "growth"), 6),
    (2018, "2017年，全省生产总值增长8%，高于“十三五”规划确定的7.5%的年均增长目标。", ("gdp", "goal", "2016-2020", "growth"), 7.5),
])
def test_a_growth_target_named_after_its_figure(year, body, key, want):
    fs = facts(five_years(year, body))
    assert val(fs, key) == (want, "eq")
    assert ("gdp", "actual", str(year - 1), "growth") in fs or key[0] != "gdp"


def test_a_rate_before_growth_without_target_is_a_result():
    fs = facts(five_years(2017, "2016年，全省生产总值实现了7.6%的增长。"))
    assert ("gdp", "target", "2016", "growth") not in fs
