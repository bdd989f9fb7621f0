"""换届-year reports of cities and counties (2017, 2022, and the same shapes in 2027; branch turn17): a review
of the past five years and of last year, the next five years' goals and this year's targets, in the orders
and headings they come in. Each class with the documents that must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _year(text: str):
    return planwatch.read_text(text, "t.txt").meta.report_year


# 1. an undated report whose review opens on "2016年是本届政府任期的最后一年。" (or "…“十三五”开局之年。"), the
# year's figures in the next sentence of the paragraph: the reviewed year, the report the next year's (not the
# year named); "规模以上工业增加值" in those figures is no target floor (以上)
@pytest.mark.parametrize("lead,year", [
    ("2016年是本届政府任期的最后一年。", 2017),
    ("2021年是本届政府任期的最后一年。", 2022),
    ("2026年是本届政府任期的最后一年。", 2027),
    ("2016年是“十三五”开局之年。", 2017),
    ("2021年是“十四五”开局之年，也是本届政府任期的最后一年。", 2022),
])
def test_year_named_then_its_results_in_the_next_sentence(lead, year):
    text = ("凤阳县政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n过去的五年，我们坚持发展第一要务。\n"
            + lead + "全县实现地区生产总值192.8亿元，增长8.9%；规模以上工业增加值增长9.5%；固定资产投资218.6亿元，增长13.8%。\n"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长9%左右。\n")
    assert _year(text) == year


@pytest.mark.parametrize("lead,year", [
    # the year named, its targets in the next sentence: that year's report
    ("2021年是本届政府任期的最后一年。全县地区生产总值增长8%左右，规模以上工业增加值增长9%以上。", 2021),
    ("2027年是“十五五”规划承上启下的关键之年。全市生产总值增长5.5%左右；一般公共预算收入增长5%以上。", 2027),
    # a next sentence in another paragraph is not the year's
    ("2026年是“十五五”开局之年。\n今年全县地区生产总值增长6%左右，一般公共预算收入增长5%以上。", 2026),
])
def test_year_named_then_targets_is_that_years(lead, year):
    text = "凤阳县政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n" + lead + "\n"
    assert _year(text) == year


def _report(region: str, year: int, body: str) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月12日在{region}第五届人民代表大会第一次会议上\n各位代表：\n"
            f"现在，我代表{region}人民政府，向大会报告工作，请予审议。\n" + body)


# 2. under a part on last year and the five years ("一、2016年和过去五年工作回顾"), a paragraph that opens on the
# year ("2016年，…", or a sentence that only names it, "2016年是本届政府任期的最后一年。") gives that year's
# figures, counts too ("城镇新增就业7.9万人", "全年城镇新增就业6.12万人"); a count after "五年来" stays the five
# years', and "2015年是“十二五”收官之年。过去五年，…" opens the five years
@pytest.mark.parametrize("year,opening", [
    (2017, "{p}年，全市上下团结一心、攻坚克难。初步核算，全市地区生产总值完成2403.94亿元，增长12%。减少农村贫困人口16.4万人，"),
    (2017, "{p}年是本届政府任期的最后一年。全市实现地区生产总值2403.94亿元，增长12%；规模以上工业增加值增长10.1%。全年"),
    (2022, "{p}年是“十四五”开局之年。全市地区生产总值增长9.2%；规上工业增加值增长13.9%。"),
    (2027, "{p}年是本届政府任期的最后一年。全市地区生产总值增长5.6%；规上工业增加值增长6.9%。全市新增市场主体4.2万户，"),
])
def test_year_paragraph_counts_under_a_five_year_part(year, opening):
    p = year - 1
    text = _report("遵义市", year, f"一、{p}年和过去五年工作回顾\n" + opening.format(p=p) + "城镇新增就业7.9万人。\n"
                   "五年来，全市经济实现量质齐升。地区生产总值年均增长9.9%，累计新增城镇就业37.3万人。\n"
                   f"二、今后五年奋斗目标\n三、{year}年工作安排\n今年的主要预期目标是：地区生产总值增长7%左右。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", str(p), "level")) == (7.9, "eq")
    assert val(fs, ("urban_new_jobs", "actual", f"{p - 4}-{p}", "level")) == (37.3, "eq")
    assert val(fs, ("gdp", "actual", f"{p - 4}-{p}", "growth")) == (9.9, "eq")


def test_year_named_then_five_years_opened():
    # (the national report of 2016's shape: the year named, then "过去五年，" opening the span's figures)
    text = _report("遵义市", 2016, "一、2015年工作回顾\n2015年，全市地区生产总值增长10.5%。\n"
                   "2015年是“十二五”收官之年。过去五年，我市发展成就显著。一是经济持续较快发展。地区生产总值年均增长12.5%。"
                   "单位生产总值能耗下降18.2%，城镇新增就业35万人。\n二、2016年工作安排\n今年的主要预期目标是：地区生产总值增长9%左右。\n")
    fs = facts(text)
    assert val(fs, ("energy_intensity", "actual", "2011-2015", "growth")) == (-18.2, "eq")
    assert val(fs, ("gdp", "actual", "2011-2015", "growth")) == (12.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2011-2015", "level")) == (35, "eq")


# 3. a report that numbers no part (a county's speech that runs on), the year's work announced by a line led by the
# targets it serves ("实现今年的目标，我们将着力抓好以下工作：", "围绕上述目标，重点做好以下工作："): the tasks after the
# line give pledges, the review, the goals and the target list before it none; a review's "主要做了以下工作" opens
# no plan
_RUN_ON = ("凤阳县政府工作报告\n——{y}年1月10日在凤阳县第十八届人民代表大会第一次会议上\n各位代表：\n"
           "现在，我代表县人民政府，向大会报告工作，请予审议。\n"
           "过去的五年，全县地区生产总值年均增长10.1%；五年累计完成固定资产投资783亿元，新建改造农村道路1680公里。\n"
           "{p}年，全县实现地区生产总值192.8亿元，增长8.9%；新增规模以上工业企业18户。\n"
           "今后五年，主要目标是：地区生产总值年均增长9%以上，到{e}年突破300亿元。\n"
           "今年全县经济社会发展的主要预期目标是：地区生产总值增长9%左右；粮食总产量稳定在58万吨以上。\n"
           "{lead}\n坚持工业强县不动摇。全年实施亿元以上工业项目60个，新增规模以上工业企业20户。\n"
           "加快推进农业现代化。新建高标准农田8万亩，培育家庭农场100家、农民专业合作社50家。\n")


@pytest.mark.parametrize("y", [2017, 2022, 2027])
@pytest.mark.parametrize("lead", ["实现今年的目标，我们将着力抓好以下工作：", "围绕上述目标，重点做好以下工作：",
                                  "为完成全年目标任务，重点抓好以下几个方面工作："])
def test_run_on_report_tasks_announced_by_their_targets(y, lead):
    text = _RUN_ON.format(y=y, p=y - 1, e=y + 4, lead=lead)
    doc = planwatch.read_text(text, "t.txt")
    got = sorted((p.object, p.value, p.period) for p in doc.pledges)
    assert got == sorted([("亿元以上工业项目", 60, str(y)), ("规模以上工业企业", 20, str(y)), ("高标准农田", 8, str(y)),
                          ("家庭农场", 100, str(y)), ("农民专业合作社", 50, str(y))])
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}
    assert val(fs, ("gdp", "actual", str(y - 1), "growth")) == (8.9, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (9, "about")
    assert val(fs, ("gdp", "goal", f"{y}-{y + 4}", "growth")) == (9, "at_least")


def test_review_list_of_work_done_opens_no_plan():
    text = ("凤阳县政府工作报告\n——2022年1月10日在凤阳县第十八届人民代表大会第一次会议上\n各位代表：\n"
            "现在，我代表县人民政府，向大会报告工作，请予审议。\n过去一年，围绕年初目标，我们主要做了以下工作：\n"
            "坚持工业强县不动摇。全年实施亿元以上工业项目58个，新增规模以上工业企业18户。\n"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长9%左右。\n")
    assert planwatch.read_text(text, "t.txt").pledges == []


def test_numbered_report_keeps_its_parts_under_a_led_announcement():
    text = ("宝丰县人民政府工作报告\n——2022年1月10日在宝丰县第十七届人民代表大会第一次会议上\n各位代表：\n"
            "一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.1%。\n三、2022年工作安排\n"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n"
            "实现上述工作目标，要稳字当头、稳中求进，重点做好以下七个方面的工作：\n"
            "（一）加快推进产业转型。新增规上工业企业3家以上，引进亿元以上项目18个。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert {p.object for p in doc.pledges} == {"规上工业企业", "亿元以上项目"}
    assert all(s.path.startswith(("一、", "三、")) for s in doc.sections)


# 4. a part on the next five years alone ("二、今后五年目标任务"), its paragraph opened by them ("今后五年，我们将…"),
# then "主要预期目标是：…": the items are the plan's goals (a share too, "研发投入占比达到4%", and a qualitative
# "…与经济增长基本同步"), not this year's targets; a part that names the year, or "今年…主要预期目标是" in the
# paragraph, keeps them this year's
_KUNSHAN = ("昆山市人民政府工作报告\n——{y}年1月6日在昆山市第十八届人民代表大会第一次会议上\n各位代表：\n"
            "一、{p}年工作回顾\n地区生产总值达到4748.1亿元，增长9.2%。\n{part}\n{para}\n")


@pytest.mark.parametrize("y", [2022, 2027])
@pytest.mark.parametrize("part,lead", [
    ("二、今后五年目标任务", "今后五年，我们将以“争当县域高质量发展的全国标杆”为目标定位。主要预期目标是："),
    ("二、今后五年的奋斗目标", "今后五年，全市经济社会发展的主要预期目标是："),
])
def test_expected_targets_of_the_five_years_part_are_goals(y, part, lead):
    para = (lead + "地区生产总值年均增长6%左右；研发投入占比达到4%；全体居民人均可支配收入增长与经济增长基本同步。\n"
            f"三、{y}年工作安排\n今年全市经济社会发展的主要预期目标为：地区生产总值增长6%左右；研发投入占比提高到3.7%。")
    fs = facts(_KUNSHAN.format(y=y, p=y - 1, part=part, para=para))
    span = f"{y}-{y + 4}"
    assert val(fs, ("rnd_intensity", "goal", span, "share")) == (4, "eq")
    assert val(fs, ("gdp", "goal", span, "growth")) == (6, "about")
    assert fs[("disposable_income", "goal", span, "growth")].qualifier == "qualitative"
    assert val(fs, ("rnd_intensity", "target", str(y), "share")) == (3.7, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6, "about")


@pytest.mark.parametrize("part,para", [
    ("二、今后五年目标任务和{y}年工作安排", "今后五年，我们将以“争当全国标杆”为目标定位。主要预期目标是：地区生产总值增长6%左右；研发投入占比达到3.7%。"),
    ("二、{y}年工作安排", "{y}年是本届政府的开局之年。主要预期目标是：地区生产总值增长6%左右；研发投入占比达到3.7%。"),
    ("二、今后五年目标任务", "今后五年，我们将以“争当全国标杆”为目标定位。今年是开局之年，主要预期目标是：地区生产总值增长6%左右；研发投入占比达到3.7%。"),
])
def test_expected_targets_naming_the_year_stay_the_years(part, para):
    y = 2022
    fs = facts(_KUNSHAN.format(y=y, p=y - 1, part=part.format(y=y), para=para.format(y=y)))
    assert val(fs, ("rnd_intensity", "target", str(y), "share")) == (3.7, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6, "about")
    assert not any(k[1] == "goal" for k in fs)


# 5. a doubling reached, in the review of the five years ("地区生产总值比2016年翻一番的目标提前实现", "提前实现…比2016年
# 翻一番目标"): growth over the years since the base, not last year's target (a rate after it keeps the key); a
# doubling still short of its goal ("…翻一番的目标仍有差距") is left as it was
@pytest.mark.parametrize("y", [2022, 2027])
def test_doubling_reached_in_the_review(y):
    b = y - 6
    head = (f"昆山市人民政府工作报告\n——{y}年1月6日在昆山市第十八届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n")
    tail = f"\n二、{y}年工作安排\n今年的主要预期目标是：地区生产总值增长6%左右。\n"
    fs = facts(head + f"回顾过去五年，全市地区生产总值比{b}年翻一番的目标提前实现，年均增长7.1%，一般公共预算收入年均增长7.7%。" + tail)
    span = f"{b + 1}-{y - 1}"
    assert val(fs, ("gdp", "actual", span, "growth")) == (7.1, "eq")
    assert not any(k[1] == "target" and k[2] == str(y - 1) for k in fs)
    fs = facts(head + f"五年来，我们提前实现地区生产总值比{b}年翻一番目标，一般公共预算收入年均增长7.7%。" + tail)
    assert val(fs, ("gdp", "actual", span, "growth")) == (100, "eq")
    assert not any(k[1] == "target" and k[2] == str(y - 1) for k in fs)
    fs = facts(head + f"五年来，全市城乡居民人均可支配收入比{b}年翻一番的目标如期实现。" + tail)
    assert val(fs, ("urban_disposable_income", "actual", span, "growth")) == (100, "eq")
    assert val(fs, ("rural_disposable_income", "actual", span, "growth")) == (100, "eq")


def test_doubling_goal_ahead_is_untouched():
    # (a goal set, not reached: "到2035年…比2020年翻一番以上" is a goal of 2035; the review's "增长6%的目标" stays last
    # year's target)
    text = ("宜宾市人民政府工作报告\n——2022年1月18日在宜宾市第六届人民代表大会第一次会议上\n各位代表：\n一、过去五年和2021年工作回顾\n"
            "2021年，全市地区生产总值增长9.2%，实现了增长8%的目标。\n二、今后五年的目标任务\n"
            "到2035年，地区生产总值和城乡居民人均收入比2020年翻一番以上。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "goal", "2035", "growth")) == (100, "at_least")
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (9.2, "eq")


# 6. "本届政府任期的五年，…" in the review (the outgoing government's term): the five years reviewed, counts too;
# "新一届政府任期的五年" ahead and "本届政府任期内" in the goals stay goals
def test_term_of_this_government_reviewed():
    text = ("凤阳县人民政府工作报告\n——2017年1月10日在凤阳县第十七届人民代表大会第一次会议上\n各位代表：\n一、2016年工作回顾\n"
            "2016年，全县地区生产总值增长8.9%，城镇新增就业4630人。\n本届政府任期的五年，全县地区生产总值年均增长10.1%，"
            "城镇新增就业2.3万人，农村劳动力转移就业4.5万人。\n二、2017年工作安排\n今年的主要预期目标是：地区生产总值增长9%左右。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2016", "level")) == (4630, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2012-2016", "level")) == (2.3, "eq")
    assert val(fs, ("rural_labor_transfer", "actual", "2012-2016", "level")) == (4.5, "eq")


@pytest.mark.parametrize("goal,key,value", [
    ("新一届政府任期的五年，全县地区生产总值年均增长7%以上，城镇新增就业2万人。", ("urban_new_jobs", "goal", "2022-2026", "level"), (2, "eq")),
    ("本届政府任期内，全县地区生产总值突破300亿元。", ("gdp", "goal", "2022-2026", "level"), (300, "at_least")),
])
def test_term_ahead_stays_a_goal(goal, key, value):
    text = ("凤阳县人民政府工作报告\n——2022年1月10日在凤阳县第十八届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "五年来，全县地区生产总值年均增长8.1%。\n二、今后五年目标任务\n" + goal + "\n三、2022年工作安排\n今年的主要预期目标是：地区生产总值增长7.5%左右。\n")
    assert val(facts(text), key) == value


# 7. the place the air is measured in ("中心城区空气质量优良天数比例…，PM2.5平均浓度…") is no subject of a figure of
# another kind after it in the sentence ("森林覆盖率提高到50.2%" is the region's); a park's figures, or the core's
# own economy, keep their subject
_REVIEW_2022 = ("宜宾市人民政府工作报告\n——2022年1月18日在宜宾市第六届人民代表大会第一次会议上\n各位代表：\n"
                "一、过去五年工作回顾\n五年来，{s}\n二、2022年工作安排\n今年的主要预期目标是：地区生产总值增长8%以上。\n")


@pytest.mark.parametrize("s,key,value", [
    ("中心城区空气质量优良天数比例达到88.5%，PM2.5平均浓度下降到36微克/立方米，森林覆盖率提高到50.2%。",
     ("forest_coverage", "actual", "2021", "share"), (50.2, "eq")),
    ("市区空气质量优良天数达到312天，常住人口城镇化率达到58.6%。", ("urbanization_rate", "actual", "2021", "share"), (58.6, "eq")),
])
def test_air_scope_does_not_carry_to_other_figures(s, key, value):
    fs = facts(_REVIEW_2022.format(s=s))
    assert val(fs, key) == value
    assert not any(k[0] in ("good_air_days", "pm25") for k in fs)  # (the core's air: not the region's)


@pytest.mark.parametrize("s,absent", [
    ("高新区地区生产总值年均增长12%，规上工业增加值年均增长15%，森林覆盖率达到30%。", "forest_coverage"),
    ("中心城区地区生产总值达到800亿元，一般公共预算收入达到60亿元。", "general_budget_revenue"),
])
def test_other_subjects_still_carry(s, absent):
    fs = facts(_REVIEW_2022.format(s=s))
    assert not any(k[0] == absent for k in fs)


# 8. pledges of a 换届 year's tasks: "五年来新增停车位8万个，今年新增停车位2万个" (the years gone by, then this
# year's: the second is a pledge, the first none); "本届政府任期内新建农村公路1万公里" is for the term's five years
def _pledges(text):
    return sorted((p.object, p.value, p.period) for p in planwatch.read_text(text, "t.txt").pledges)


_TASKS = ("{r}人民政府工作报告\n——{y}年1月12日在{r}第二十届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
          "五年来，全市地区生产总值年均增长6.1%。\n二、{y}年工作安排\n今年的主要预期目标是：生产总值增长6%以上。\n（一）建设宜居城市。{s}\n")


@pytest.mark.parametrize("y", [2017, 2022, 2027])
def test_years_gone_by_then_this_years_pledge(y):
    s = "去年改造老旧小区280个，今年再改造城镇老旧小区320个；五年来新增停车位8万个，今年新增停车位2万个。"
    assert _pledges(_TASKS.format(r="临沂市", y=y, s=s)) == sorted([("城镇老旧小区", 320, str(y)), ("停车位", 2, str(y))])


@pytest.mark.parametrize("y", [2017, 2022])
def test_term_pledge_spans_the_term(y):
    s = f"今年完成易地扶贫搬迁5.6万人；本届政府任期内新建农村“组组通”公路1万公里。"
    assert _pledges(_TASKS.format(r="遵义市", y=y, s=s)) == [("农村“组组通”公路", 1, f"{y}-{y + 4}"), ("易地扶贫搬迁", 5.6, str(y))]


def test_term_pledge_look_alikes():
    # (a span named keeps its years; the years gone by alone give no pledge)
    s = "“十四五”期间累计新建高标准农田80万亩；五年来新增停车位8万个。"
    assert _pledges(_TASKS.format(r="临沂市", y=2022, s=s)) == [("高标准农田", 80, "2021-2025")]


# 9. the goals as a list of "——" items under a lead whose paragraph opens on the five years ahead ("今后五年，我们将
# 奋力建设区域中心城市。主要目标是："), in a part naming this year too ("二、今后五年和2022年工作安排"): every item
# is the plan's goal (not only those with 年均), and this year's target list after it keeps its keys; a lead naming
# this year ("…。今年主要目标是：") leads this year's targets
_MIXED = ("宁乡市人民政府工作报告\n——{y}年1月10日在宁乡市第十八届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
          "五年来，全市地区生产总值年均增长7.2%。\n二、今后五年和{y}年工作安排\n{lead}\n——经济实力迈上新台阶。地区生产总值年均增长6%左右。\n"
          "——城乡融合发展。常住人口城镇化率达到70%。\n——创新能力增强。研发经费投入强度达到2.8%。\n{targets}")
_TARGETS = "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，研发经费投入强度达到2.2%。\n"


@pytest.mark.parametrize("y", [2022, 2027])
@pytest.mark.parametrize("lead", ["今后五年，我们将奋力建设区域中心城市。主要目标是：",
                                  "今后五年，我们将以“争当全国标杆”为目标定位。主要预期目标是："])
def test_goal_items_under_a_five_year_lead(y, lead):
    fs = facts(_MIXED.format(y=y, lead=lead, targets=_TARGETS))
    span = f"{y}-{y + 4}"
    assert val(fs, ("urbanization_rate", "goal", span, "share")) == (70, "eq")
    assert val(fs, ("rnd_intensity", "goal", span, "share")) == (2.8, "eq")
    assert val(fs, ("rnd_intensity", "target", str(y), "share")) == (2.2, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6.5, "about")


@pytest.mark.parametrize("lead", ["今后五年，我们将奋力建设区域中心城市。今年主要目标是：",
                                  "今后五年，我们将奋力建设区域中心城市。2022年的主要目标是："])
def test_items_under_a_lead_naming_the_year_are_targets(lead):
    fs = facts(_MIXED.format(y=2022, lead=lead, targets=""))
    assert val(fs, ("urbanization_rate", "target", "2022", "share")) == (70, "eq")
    assert val(fs, ("rnd_intensity", "target", "2022", "share")) == (2.8, "eq")


# 10. a run of years ("连续两年") dates a level held only in its own clause: "…连续三年居全省县域前10位；…，税收占比
# 稳定在80%以上" holds over the five years reviewed, "粮食产量连续两年稳定在46万吨以上" over its two
def test_held_run_in_its_own_clause_only():
    text = ("寿光市人民政府工作报告\n——2022年1月8日在寿光市第十九届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "五年来，全市地区生产总值年均增长6.2%，连续三年居全省县域前10位；一般公共预算收入达到101.3亿元，税收占比稳定在80%以上。"
            "粮食产量连续两年稳定在46万吨以上，蔬菜播种面积稳定在60万亩。\n二、2022年工作安排\n今年的主要预期目标是：地区生产总值增长6.5%左右。\n")
    fs = facts(text)
    assert val(fs, ("tax_revenue_share", "actual", "2017-2021", "share")) == (80, "at_least")
    assert val(fs, ("grain_output", "actual", "2020-2021", "level")) == (46, "at_least")


# 11. a five-year total, then last year's in the next clause ("累计完成固定资产投资1.06万亿元，2021年完成2400亿元"):
# both facts (the total over the span, the year's level), not the year's alone; a milestone then the year's level
# ("突破200亿元，2021年达到223.8亿元") stays one fact, the level stated
@pytest.mark.parametrize("y", [2017, 2022, 2027])
@pytest.mark.parametrize("s,key_span,v_span,key_year,v_year", [
    ("累计完成固定资产投资1.06万亿元，{p}年完成2400亿元。", "fixed_asset_investment", 1.06, "fixed_asset_investment", 2400),
    ("固定资产投资累计完成1.06万亿元，{p}年完成2400亿元。", "fixed_asset_investment", 1.06, "fixed_asset_investment", 2400),
    ("累计新增城镇就业27.8万人，{p}年新增5.8万人。", "urban_new_jobs", 27.8, "urban_new_jobs", 5.8),
])
def test_total_then_last_years_level(y, s, key_span, v_span, key_year, v_year):
    p = y - 1
    fs = facts(_REVIEW_2022.replace("2022", str(y)).format(s=s.format(p=p)))
    assert val(fs, (key_span, "actual", f"{p - 4}-{p}", "level")) == (v_span, "eq")
    assert val(fs, (key_year, "actual", str(p), "level")) == (v_year, "eq")


def test_milestone_then_level_stays_one():
    fs = facts(_REVIEW_2022.format(s="一般公共预算收入突破200亿元，2021年达到223.8亿元。"))
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (223.8, "eq")
    assert [k for k in fs if k[0] == "general_budget_revenue"] == [("general_budget_revenue", "actual", "2021", "level")]


# 12. a five-year total, then last year's figure in a clause a year opens, the name said again ("五年累计实际利用外资
# 28亿美元，2016年实际利用外资6.5亿美元"): the year's level, not a second total lost to the first's key; a list a
# 累计 leads ("累计城镇新增就业52万人，农村劳动力转移就业30万人") stays the span's
@pytest.mark.parametrize("y", [2017, 2022, 2027])
def test_year_clause_after_a_total(y):
    p = y - 1
    s = (f"五年累计实际利用外资28亿美元，{p}年实际利用外资6.5亿美元，增长13.5%。五年累计城镇新增就业52万人，"
         f"{p}年城镇新增就业10.6万人，城镇登记失业率3.1%。累计引进项目64个，农村劳动力转移就业30万人。")
    fs = facts(_REVIEW_2022.replace("2022", str(y)).format(s=s))
    span = f"{p - 4}-{p}"
    assert val(fs, ("fdi", "actual", span, "level")) == (28, "eq")
    assert val(fs, ("fdi", "actual", str(p), "level")) == (6.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", span, "level")) == (52, "eq")
    assert val(fs, ("urban_new_jobs", "actual", str(p), "level")) == (10.6, "eq")
    assert val(fs, ("rural_labor_transfer", "actual", span, "level")) == (30, "eq")


# 13. "其中2021年…" after a five-year total or average names last year's part of it: "累计完成固定资产投资1.06万亿元，
# 其中2021年完成2400亿元" gives both levels, "年均增长8.3%，其中2021年增长9.2%" both growths; another indicator
# after 其中 is its own ("其中2021年工业投资增长15%")
@pytest.mark.parametrize("y", [2022, 2027])
def test_last_years_part_of_a_total(y):
    p = y - 1
    span = f"{p - 4}-{p}"
    fs = facts(_REVIEW_2022.replace("2022", str(y)).format(s=f"累计完成固定资产投资1.06万亿元，其中{p}年完成2400亿元。"))
    assert val(fs, ("fixed_asset_investment", "actual", span, "level")) == (1.06, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", str(p), "level")) == (2400, "eq")
    fs = facts(_REVIEW_2022.replace("2022", str(y)).format(s=f"地区生产总值年均增长8.3%，其中{p}年增长9.2%。"))
    assert val(fs, ("gdp", "actual", span, "growth")) == (8.3, "eq")
    assert val(fs, ("gdp", "actual", str(p), "growth")) == (9.2, "eq")
    fs = facts(_REVIEW_2022.replace("2022", str(y)).format(s=f"累计完成固定资产投资1.06万亿元，其中{p}年工业投资增长15%。"))
    assert val(fs, ("fixed_asset_investment", "actual", span, "level")) == (1.06, "eq")
    assert [k for k in fs if k[0] == "fixed_asset_investment"] == [("fixed_asset_investment", "actual", span, "level")]


# 14. a level held through the five years reviewed is a bound ("森林覆盖率稳定在62.5%以上", "粮食产量稳定在800亿斤
# 以上"); an exact figure ("森林覆盖率稳定在76.2%") is the state the years end in, last year's
@pytest.mark.parametrize("y", [2017, 2022, 2027])
def test_exact_figure_held_is_the_end_years(y):
    p = y - 1
    s = "森林覆盖率稳定在76.2%，粮食产量稳定在800亿斤以上，城镇调查失业率保持在5%左右。"
    fs = facts(_REVIEW_2022.replace("2022", str(y)).format(s=s))
    assert val(fs, ("forest_coverage", "actual", str(p), "share")) == (76.2, "eq")
    assert val(fs, ("grain_output", "actual", f"{p - 4}-{p}", "level")) == (800, "at_least")
    assert val(fs, ("urban_unemployment_rate", "actual", f"{p - 4}-{p}", "share")) == (5, "about")


# 15. an undated report whose review opens on the five years ("五年来，全市地区生产总值由2016年的695.2亿元增加到
# 2021年的915.6亿元"): the five years from their base to their last year, the report the next year's; not a
# from-to ahead ("今后五年，…由2022年的…增加到2027年的…"), nor over ten years, nor outside a five years' paragraph
_UNDATED = "寿光市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去五年工作回顾\n{s}\n今年的主要预期目标是：地区生产总值增长6.5%左右。\n"


@pytest.mark.parametrize("y", [2017, 2022, 2027])
@pytest.mark.parametrize("lead", ["五年来，", "过去五年，", "本届政府任期的五年，"])
def test_undated_five_years_from_to(y, lead):
    s = f"{lead}全市地区生产总值由{y - 6}年的695.2亿元增加到{y - 1}年的915.6亿元，年均增长6.2%。"
    assert _year(_UNDATED.format(s=s)) == y


@pytest.mark.parametrize("s", [
    "今后五年，全市地区生产总值由2022年的915.6亿元增加到2027年的1200亿元。",
    "十年来，全市地区生产总值由2011年的500亿元增加到2021年的915.6亿元。",
    "（一）综合实力明显增强。全市地区生产总值由2016年的695.2亿元增加到2021年的915.6亿元。",
    "五年来，全市地区生产总值由2017年的720亿元增加到2021年的915.6亿元。",
])
def test_undated_from_to_look_alikes(s):
    assert _year(_UNDATED.format(s=s)) is None


@pytest.mark.parametrize("y", [2022, 2027])
def test_undated_five_years_level_reached(y):
    s = f"过去五年，全市地区生产总值年均增长8.3%，{y - 1}年达到3148.1亿元。去年，全市地区生产总值增长9.2%。"
    assert _year(_UNDATED.format(s=s)) == y


@pytest.mark.parametrize("s", [
    "今后五年，全市地区生产总值年均增长7.5%，2026年达到5000亿元。",
    "过去五年，我们攻坚克难。今后五年，全市地区生产总值年均增长7.5%，2026年达到5000亿元。",
])
def test_undated_level_ahead_names_no_year(s):
    assert _year(_UNDATED.format(s=s).replace("一、过去五年工作回顾\n", "")) is None


# 16. the term's yearly-average goal restated in the five years' review of a 换届 year ("五年来，…年均增长9.6%，超额完成
# 市四届人大一次会议确定的年均增长9%的目标"): the goal of the five years, not last year's target; a paragraph on one
# year keeps its restated target as before
@pytest.mark.parametrize("y", [2017, 2022, 2027])
def test_terms_average_goal_restated(y):
    p = y - 1
    text = (f"赣州市人民政府工作报告\n——{y}年1月8日在赣州市第五届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            f"五年来，全市生产总值年均增长9.6%，超额完成市四届人大一次会议确定的年均增长9%的目标。{p}年，全市生产总值增长9.5%，"
            f"完成年初确定的增长9%的目标。\n二、{y}年工作安排\n今年的主要预期目标是：生产总值增长9%左右。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "goal", f"{p - 4}-{p}", "growth")) == (9, "eq")
    assert val(fs, ("gdp", "target", str(p), "growth")) == (9, "eq")
    assert val(fs, ("gdp", "actual", f"{p - 4}-{p}", "growth")) == (9.6, "eq")


# 17. years named in the clauses after a five-year average ("年均增长6.5%，其中2019年增长7.1%、2020年增长3.2%"): each
# figure its own clause's year, not last year's
def test_years_inside_the_clause_after_an_average():
    fs = facts(_REVIEW_2022.format(s="全市地区生产总值年均增长6.5%，其中2019年增长7.1%、2020年增长3.2%。"))
    assert val(fs, ("gdp", "actual", "2017-2021", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (7.1, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.2, "eq")
    assert ("gdp", "actual", "2021", "growth") not in fs


def test_since_a_year_after_qizhong_keeps_the_total():
    # (self-review: "其中2019年以来完成6000亿元" is a span since that year, not a year's part of the total: the total stays)
    fs = facts(_REVIEW_2022.format(s="累计完成固定资产投资1.06万亿元，其中2019年以来完成6000亿元。"))
    assert val(fs, ("fixed_asset_investment", "actual", "2017-2021", "level")) == (1.06, "eq")
    assert ("fixed_asset_investment", "actual", "2021", "level") not in fs


def test_year_named_then_five_years_in_one_paragraph():
    # (self-review of 2: the year named opens the paragraph, "五年来" then opens the five years' figures)
    text = ("宜宾市人民政府工作报告\n——2022年1月18日在宜宾市第六届人民代表大会第一次会议上\n各位代表：\n一、2021年和过去五年工作回顾\n"
            "2021年是“十四五”开局之年，也是本届政府任期的最后一年。全市城镇新增就业5.8万人。五年来，全市城镇新增就业27.8万人，"
            "农村劳动力转移就业45万人。\n二、2022年工作安排\n今年的主要预期目标是：地区生产总值增长8%以上。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (5.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (27.8, "eq")
    assert val(fs, ("rural_labor_transfer", "actual", "2017-2021", "level")) == (45, "eq")
