"""Branch stc22: the State Council's report of 2020 and 2020's local reports, read whole (withheld growth targets,
the 2019 review's target range, fiscal cuts), with the look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val


def nat(review: str, plan: str) -> str:
    return ("政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n国务院总理　李克强\n各位代表：\n"
            f"一、2019年和今年以来工作回顾\n{review}\n二、2020年发展主要目标和下一步工作总体部署\n{plan}\n")


def city(review: str, plan: str, tail: str = "") -> str:
    return ("政府工作报告\n——2020年5月12日在孝感市第九届人民代表大会第五次会议上\n代市长　吴海峰\n各位代表：\n"
            f"一、2019年工作回顾\n{review}\n二、2020年目标任务\n{plan}\n三、2020年重点工作\n（一）抓好农业生产。新建高标准农田20万亩。\n{tail}")


G = "gdp"


# 1. Grain counted in 亿吨 (the State Council's "粮食产量6.64亿吨") is the grain output, its unit as written
@pytest.mark.parametrize("sent,value", [
    ("——发展质量稳步提升。粮食产量6.64亿吨，连续五年稳定在6.5亿吨以上。", 6.64),
    ("全年粮食总产量达到6.58亿吨，增长0.9%。", 6.58),
])
def test_grain_in_yi_tons(sent, value):
    fs = facts(nat(sent, "城镇新增就业900万人以上。"), report_year=2020)
    assert val(fs, ("grain_output", "actual", "2019", "level")) == (value, "eq")
    assert fs[("grain_output", "actual", "2019", "level")].unit == "亿吨"


def test_capacity_in_yi_tons_stays_no_grain():
    fs = facts(nat("退出煤炭产能1.5亿吨以上，钢铁产能5000万吨。", "城镇新增就业900万人以上。"), report_year=2020)
    assert not any(k[0] == "grain_output" for k in fs)
    d = read(city("全市地区生产总值增长7.8%。", "城镇新增就业3.5万人以上。", "今年要退出煤炭产能1.5亿吨左右。"), "c.txt",
             report_year=2020)
    assert ("煤炭产能", 1.5, "亿吨") in pledged(d)


# 2. Last year's target named as the range the result stayed in ("处于6%—6.5%的预期目标区间"): last year's target
@pytest.mark.parametrize("sent", [
    "经济增长6.1%，处于6%—6.5%的预期目标区间，就业、物价等主要指标符合预期。",
    "国内生产总值增长6.1%，处在6%—6.5%的预期目标区间内。",
])
def test_result_within_target_range(sent):
    fs = facts(nat(sent, "城镇新增就业900万人以上。"), report_year=2020)
    assert val(fs, (G, "actual", "2019", "growth")) == (6.1, "eq")
    assert val(fs, (G, "target", "2019", "growth")) == (6, 6.5, "range")
    assert (G, "target", "2020", "growth") not in fs


@pytest.mark.parametrize("sent", [
    "经济增长6.1%，处于合理区间。",
    "全市地区生产总值增长7.8%，处于全省第3位。",
])
def test_in_words_is_no_target(sent):
    fs = facts(nat(sent, "城镇新增就业900万人以上。"), report_year=2020)
    assert val(fs, (G, "actual", "2019", "growth"))[0] in (6.1, 7.8)
    assert not any(k[1] == "target" and k[2] == "2019" for k in fs)


# 3. A target set at the year's start, then withdrawn (2020: "不设定具体增长目标"): the figure first set is no target
# (docs/decisions.md 1, a target revised to words); what is said after the withdrawal is the target
WITHDRAWN = ("年初，市委经济工作会议提出了全市地区生产总值增长7.5%左右的预期目标。疫情发生后，原定目标已难以实现。"
             "综合考虑疫情影响，今年全市地区生产总值不设定具体增长目标，力争全年经济增速好于全省平均水平。"
             "其他主要预期目标是：城镇新增就业3.5万人以上。")


def test_withdrawn_target_gives_way_to_the_words_after_it():
    fs = facts(city("全市地区生产总值增长7.8%。", WITHDRAWN), report_year=2020)
    assert val(fs, (G, "target", "2020", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (3.5, "at_least")
    assert val(fs, (G, "actual", "2019", "growth")) == (7.8, "eq")


@pytest.mark.parametrize("plan", [
    "年初确定地区生产总值增长7.5%左右的预期目标。受疫情影响，今年不再设定具体增长目标。城镇新增就业3.5万人以上。",
    "年初提出经济增长7%左右。疫情发生后，我们没有提出全年经济增长具体目标。城镇新增就业3.5万人以上。",
])
def test_withdrawn_target_alone_leaves_no_figure(plan):
    fs = facts(city("全市地区生产总值增长7.8%。", plan), report_year=2020)
    assert (G, "target", "2020", "growth") not in fs
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (3.5, "at_least")


@pytest.mark.parametrize("plan", [
    # the withdrawal of last year's target, told after this year's
    "今年主要预期目标是：地区生产总值增长6%，城镇新增就业3.5万人以上。需要说明的是，去年我们没有提出全年经济增长具体目标。",
    # another indicator's target withdrawn
    "今年主要预期目标是：地区生产总值增长6%，城镇调查失业率5.5%左右，不设定具体的就业目标。",
    # the parts' targets withdrawn right after the region's own
    "今年主要预期目标是：地区生产总值增长6%，城镇新增就业3.5万人以上。对各县市区不设定具体增长目标，实行分类考核。",
    # a withdrawal far after the target (another part)
    "今年主要预期目标是：地区生产总值增长6%。" + "围绕上述目标，重点抓好产业、项目、民生等各项工作，推动高质量发展。" * 12
    + "各县市区不设定具体增长目标。",
])
def test_look_alikes_of_a_withdrawal_keep_the_target(plan):
    fs = facts(city("全市地区生产总值增长7.8%。", plan), report_year=2020)
    assert val(fs, (G, "target", "2020", "growth")) == (6, "eq")


# 4. 所…的 makes a verb an attribute: "14亿人口所形成的超大规模内需市场" pledges nothing
def test_suo_de_verb_is_no_action():
    d = read(nat("经济增长6.1%。", "有包括4亿多中等收入群体在内的14亿人口所形成的超大规模内需市场。今年新建高标准农田8000万亩，"
                 "所新建的高标准农田要确保质量。派出所新建办公用房3处。"), "n2020.txt", report_year=2020)
    got = pledged(d)
    assert not any(v == 14 for _, v, _ in got)
    assert ("高标准农田", 8000, "万亩") in got
    assert ("办公用房", 3, "处") in got


# 5. Fiscal cuts: 非急需非刚性支出 is a fiscal object in the year's targets and policies part, and the government's
# own part pledges its fiscal cuts (the spec's fiscal allocations wherever they stand in the plan part)
def test_nonessential_spending_cut_in_the_policies_part():
    d = read(nat("经济增长6.1%。", "城镇新增就业900万人以上，城镇调查失业率6%左右。\n积极的财政政策要更加积极有为。各级政府必须真正过"
                 "紧日子，中央本级支出安排负增长，其中非急需非刚性支出压减50%以上。"), "n2020.txt", report_year=2020)
    assert ("非急需非刚性支出", 50, "%") in pledged(d)


# the government's own part after the year's tasks pledges its commitments for the year, a fiscal cut too (decision 59:
# the spec's "fiscal allocations wherever they stand in the plan part"); last year's cut reviewed in it, nothing
@pytest.mark.parametrize("tail,more", [
    ("四、加强政府自身建设\n政府系统要带头过紧日子，一般性支出压减10%以上，把更多资金用于民生和发展急需。",
     {("一般性支出", 10, "%")}),
    # last year's cut, reviewed in the government's own part
    ("四、加强政府自身建设\n过去一年，一般性支出压减10%，三公经费下降5%。", set()),
    # counted work of the government's own
    ("四、加强政府自身建设\n精简会议文件30%以上，办理人大代表建议和政协提案800件。",
     {("会议文件", 30, "%"), ("人大代表建议和政协提案", 800, "件")}),
])
def test_governments_own_part_pledges_its_commitments(tail, more):
    d = read(city("全市地区生产总值增长7.8%。", "主要预期目标是：城镇新增就业3.5万人以上。", tail), "c.txt", report_year=2020)
    assert pledged(d) == {("高标准农田", 20, "万亩")} | more


# 6. A verb before 资本金 names the capital, the verb before it acts ("增加国家铁路建设资本金1000亿元", as "建设资金")
def test_capital_named_by_the_work_before_it():
    d = read(city("全市地区生产总值增长7.8%。", "主要预期目标是：城镇新增就业3.5万人以上。",
                  "增加国家铁路建设资本金1000亿元。新建资本金管理平台2个。"), "c.txt", report_year=2020)
    acts = {(p.action, p.object, p.value) for p in d.pledges}
    assert ("增加", "国家铁路建设资本金", 1000) in acts
    assert ("新建", "资本金管理平台", 2) in acts


# 7. A verb right after 未 is a status not yet reached, naming the noun ("52个未摘帽贫困县", "未脱贫人口"): no action
def test_status_not_reached_is_no_action():
    d = read(city("全市地区生产总值增长7.8%。", "主要预期目标是：城镇新增就业3.5万人以上。",
                  "对52个未摘帽贫困县实施挂牌督战。对300个未达标村实施整治。确保1.2万未脱贫人口全部脱贫。"), "c.txt",
             report_year=2020)
    objs = {p.value: p.object for p in d.pledges}
    assert objs[52].startswith("未摘帽贫困县")
    assert objs[300] == "未达标村"
    assert objs[1.2] == "未脱贫人口"
    # look-alike: a status not yet reached before a count's own verb leaves that verb acting ("尚未开工的项目…全部开工")
    d = read(city("全市地区生产总值增长7.8%。", "主要预期目标是：城镇新增就业3.5万人以上。",
                  "推动去年尚未开工的项目全部开工，新开工项目120个。"), "c.txt", report_year=2020)
    assert ("新开工", "项目", 120) in {(p.action, p.object, p.value) for p in d.pledges}


def county(plan: str, tasks: str = "（一）全力抓项目扩投资。新开工亿元以上项目30个。") -> str:
    return ("政府工作报告\n——2020年6月2日在崇阳县第十七届人民代表大会第五次会议上\n县长　刘明华\n各位代表：\n"
            "一、2019年及今年以来工作回顾\n全县地区生产总值完成205.6亿元，增长8.1%，高于8%的预期目标。\n"
            f"二、2020年主要目标和重点工作\n{plan}\n围绕上述目标，重点抓好以下工作：\n{tasks}\n")


REVISED_LEADS = ["综合考虑疫情影响和各方面因素，对年初拟定的主要预期目标作出调整：", "今年主要预期目标调整为：",
                 "综合考虑疫情影响，年初确定的主要预期目标调整如下：", "经研究，对今年主要预期目标进行调整：",
                 "2020年主要预期目标调整如下："]


# 8. The year's target list revised in the year (2020): its lead names the revision ("主要预期目标调整如下："); its items
# are targets, no pledges, and an item revised "由8%调整为3%左右" is this year's target (docs/decisions.md 1)
@pytest.mark.parametrize("lead", REVISED_LEADS)
def test_revised_target_list(lead):
    text = county(lead + "地区生产总值增长由8%调整为3%左右；规模以上工业增加值增长4%左右；城镇新增就业4000人以上。")
    fs = facts(text, report_year=2020)
    assert val(fs, (G, "target", "2020", "growth")) == (3, "about")
    assert val(fs, (G, "target", "2019", "growth")) == (8, "eq")
    assert val(fs, ("industrial_va", "target", "2020", "growth")) == (4, "about")
    assert pledged(read(text, "a.txt", report_year=2020)) == {("亿元以上项目", 30, "个")}


@pytest.mark.parametrize("plan,year", [
    # a past year's revision told in the plan part stays that year's
    ("2019年地区生产总值增长由8%调整为6%，实际增长6.2%。今年主要预期目标是：规模以上工业增加值增长4%左右。", "2019"),
    ("去年地区生产总值增长由8%调整为6%。今年主要预期目标是：规模以上工业增加值增长4%左右。", "2019"),
])
def test_past_revision_in_the_plan_part_stays_past(plan, year):
    fs = facts(county(plan), report_year=2020)
    assert fs[(G, "target", year, "growth")].value == 6
    assert (G, "target", "2020", "growth") not in fs


@pytest.mark.parametrize("task", ["将重点项目年度计划调整为：新开工项目30个，竣工项目20个。",
                                  "年度目标调整为：新开工项目30个，竣工项目20个。"])
def test_adjusted_task_is_no_target_list(task):
    # look-alike: a task's counts revised (not the year's expected or main targets) stay pledges
    d = read(county("今年主要预期目标是：地区生产总值增长3%左右。", "（一）全力抓项目扩投资。" + task), "a.txt", report_year=2020)
    assert {v for _, v, _ in pledged(d)} == {30, 20}


# 9. A part's number alone on its line, its title after a page's break (the State Council's PDF printing: "六、\n\u200b\n决胜…")
# is one title: the part keeps its role, its figures their pledges and targets
PRINTED = ("\u200b\n\n政府工作报\n告\n\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n\n国务院总理\n\u3000李克强\n\n"
           "各位代表：\n\n一、2019年工作回顾\n\n经济增长6.1%。\n\n二、2020年工作任务\n\n（一）稳就业。今年高职院校扩招200万人。\n\n")


@pytest.mark.parametrize("cut", ["三、\n\u200b\n决胜全面建成小康社会，决战脱贫攻坚\n\n（一）努力稳定粮食生产。",
                                 "三、决胜全面建成小康社会，决战脱贫攻坚\n\n（一）\n\u200b\n努力稳定粮食生产。"])
def test_number_alone_before_a_page_break(cut):
    text = PRINTED + cut + "稳定粮食播种面积和产量，粮食产量保持在1.3万亿斤以上。新建高标准农田8000万亩。\n"
    d = read(text, "n2020.txt")
    assert ("高标准农田", 8000, "万亩") in pledged(d)
    assert val(facts(text), ("grain_output", "target", "2020", "level")) == (1.3, "at_least")
    assert [s.role for s in d.sections if s.depth == 1] == ["review", "tasks", "tasks"]


def test_numbers_alone_in_a_row_stay_apart():
    # look-alike: a number alone over another numbered line is no title of that line's
    text = PRINTED + "三、决胜全面建成小康社会\n\n（一）\n（二）努力稳定粮食生产。新建高标准农田8000万亩。\n"
    d = read(text, "n2020.txt")
    assert ("高标准农田", 8000, "万亩") in pledged(d)
    assert any(s.title.startswith("努力稳定粮食生产") for s in d.sections)


# 10. A verb inside a centre's or a platform's name is part of the object, the verb before it acts
# ("建设市级应急物资储备中心1个" builds the centre; it stores nothing)
def test_verb_inside_a_centres_name():
    d = read(city("全市地区生产总值增长7.8%。", "主要预期目标是：城镇新增就业3.5万人以上。",
                  "建设市级应急物资储备中心1个，建成创业孵化平台3个，新建农产品检测中心5个。"), "c.txt", report_year=2020)
    acts = {(p.action, p.object, p.value) for p in d.pledges}
    assert {("建设", "市级应急物资储备中心", 1), ("建成", "创业孵化平台", 3), ("新建", "农产品检测中心", 5)} <= acts
    # look-alike: a centre's own work counted after its name keeps its verb
    d = read(city("全市地区生产总值增长7.8%。", "主要预期目标是：城镇新增就业3.5万人以上。", "培训中心开展培训2000人次。"), "c.txt",
             report_year=2020)
    assert ("开展培训", 2000) in {(p.action, p.value) for p in d.pledges}


# 11. In the plan part of a report delivered in its year, a bracket naming the figure first set (“（年初预期为7.5%）”)
# after the year's target is the revised target's origin: no target of any year (docs/decisions.md 1); in the review
# a bracketed plan stays last year's target (docs/decisions.md 22)
@pytest.mark.parametrize("item", ["地区生产总值增长3%左右（年初预期为7.5%）", "地区生产总值增长3%左右（年初目标7.5%）"])
def test_original_target_in_a_bracket(item):
    fs = facts(county(f"今年主要预期目标是：{item}，规模以上工业增加值增长4%左右。"), report_year=2020)
    assert val(fs, (G, "target", "2020", "growth")) == (3, "about")
    assert val(fs, (G, "target", "2019", "growth")) == (8, "eq")  # (the review's "高于8%的预期目标")
    fs = facts(county(f"今年主要预期目标是：{item}，规模以上工业增加值增长4%左右。").replace("，高于8%的预期目标", ""), report_year=2020)
    assert val(fs, (G, "target", "2020", "growth")) == (3, "about")
    assert (G, "target", "2019", "growth") not in fs


def test_bracketed_plan_in_the_review_stays_last_years():
    text = county("今年主要预期目标是：规模以上工业增加值增长4%左右。").replace("，高于8%的预期目标", "（计划7.5%）")
    fs = facts(text, report_year=2020)
    assert val(fs, (G, "target", "2019", "growth")) == (7.5, "eq")


# 12. An indicator's target revised in a sentence of its own ("地区生产总值增长目标由7.5%调整为3%左右") is a fact, no pledge
@pytest.mark.parametrize("plan", ["受疫情影响，地区生产总值增长目标由7.5%调整为3%左右。",
                                  "我们将地区生产总值增长目标由7.5%调整为3%左右。"])
def test_revised_target_sentence_pledges_nothing(plan):
    text = county(plan)
    assert val(facts(text, report_year=2020), (G, "target", "2020", "growth")) == (3, "about")
    assert pledged(read(text, "a.txt", report_year=2020)) == {("亿元以上项目", 30, "个")}


# 13. (seen in the holdout, fixed after it was scored) A paragraph opening on its view of the year ("从全年看，") after one
# on the plan's five years ends the five years' frame: its figures are the year's
NAT26 = ("政府工作报告\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n国务院总理　李强\n一、2025年工作回顾\n"
         "过去一年，经济运行总体平稳。国内生产总值增长5%。\n各位代表！“十四五”时期是我国发展进程中极不寻常、极不平凡的五年。"
         "“十四五”规划确定的主要目标任务全面完成。\n{p}城镇居民人均可支配收入实际增长4.4%，农村居民人均可支配收入实际增长6.3%。\n"
         "二、2026年工作任务\n今年新建高标准农田4500万亩。\n")


@pytest.mark.parametrize("lead,period", [
    ("从全年看，主要经济指标稳中有进。", "2025"), ("从全年情况来看，", "2025"),
    # look-alike: the five years named again keep their frame
    ("五年来，", "2021-2025"),
])
def test_view_of_the_year_ends_the_plans_frame(lead, period):
    fs = facts(NAT26.format(p=lead))
    assert val(fs, ("urban_disposable_income", "actual", period, "growth")) == (4.4, "eq")
    assert val(fs, ("rural_disposable_income", "actual", period, "growth")) == (6.3, "eq")
