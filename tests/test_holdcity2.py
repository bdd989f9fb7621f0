"""Complete county and city government work reports of 2017–2025 (branch holdcity2): the review, the year's
targets, the tasks and the closing part on the government's own work, in heading styles of many provinces.
Each class with the documents that must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _head(region: str, year: int, day: int = 8) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月{day}日在{region}第十七届人民代表大会第三次会议上\n各位代表：\n"
            f"现在，我代表{region}人民政府，向大会报告工作，请予审议。\n")


from taskdoc import text_pledges as _pledges  # noqa: E402


# 1. an unnumbered title of the year's plan ("2024年工作安排", "2019年主要工作") and, some paragraphs under it,
# the target list ("今年全县…主要预期目标是：…"): the list does not open a part of its own (a targets part
# that swallowed the tasks: the items' figures of an indicator were dropped as pledges); and the tasks' items
# after the list are the year's, whatever part they are in (the walk back to their lead went over the list's
# line up to the review's title: "城镇新增就业2000人" was read as last year's result)
@pytest.mark.parametrize("region,year,plan_title,turn", [
    ("休宁县", 2024, "2024年工作安排", "2024年是实施“十四五”规划的关键一年。"),
    ("嵩县", 2019, "2019年主要工作", "今年是新中国成立70周年。"),
    ("海西蒙古族藏族自治州", 2023, "2023年工作安排", "今年是全面贯彻落实党的二十大精神的开局之年。"),
    ("祁门县", 2023, None, None),  # no title over the list: the list's paragraph opens the plan's part
])
def test_target_paragraph_under_an_unnumbered_plan_title(region, year, plan_title, turn):
    plan = f"{plan_title}\n{turn}\n" if plan_title else ""
    text = (_head(region, year) + f"过去一年工作回顾\n{year - 1}年，全县地区生产总值增长6.1%。城镇新增就业2100人。\n" + plan
            + "今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
            "1.扩大有效投资。实施重点项目80个，完成投资60亿元以上。\n"
            "2.增进民生福祉。城镇新增就业2000人以上，新增养老床位200张。\n"
            "政府自身建设\n坚持依法行政，严格落实中央八项规定精神。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", str(year - 1), "level")) == (2100, "eq")
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (2000, "at_least")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6.5, "about")
    ps = _pledges(text)
    assert {("城镇新增就业", 2000, "人"), ("养老床位", 200, "张"), ("重点项目", 80, "个")} <= ps
    # the target list's items are facts, not pledges
    assert not any(p[1] in (6.5, 5) for p in ps)


def test_review_lines_after_a_review_title_stay_last_years():
    # look-alike: a line of the review that states last year's figures, under the review's title, after
    # a line naming last year's targets (not 今年): its figures are results
    text = (_head("嵩县", 2019) + "2018年工作回顾\n2018年主要预期目标是：生产总值增长8%。\n生产总值增长7.8%。\n"
            "城镇新增就业4800人。\n2019年主要工作\n今年全县经济社会发展主要预期目标：生产总值增长8%。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "actual", "2018", "level")) == (4800, "eq")
    assert ("urban_new_jobs", "target", "2019", "level") not in fs


# 2. a part titled for a plan's goals and this year's work ("二、“十四五”时期主要目标和2021年工作安排",
# "二、今后五年奋斗目标和2022年重点工作"): its sub-sections that name no plan are this year's tasks — their
# figures were the plan's goals (2021-2025) and their indicators' figures were lost as pledges
def _plan_and_year(region: str, y: int, top: str, goals: str, subs: str) -> str:
    return (_head(region, y, 12) + f"一、过去五年工作回顾\n五年来，全县地区生产总值年均增长6.2%，{y - 1}年达到210.5亿元。"
            f"{y - 1}年城镇新增就业5200人。\n二、{top}\n{goals}\n{y}年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，"
            "一般公共预算收入增长6%。\n" + subs + "三、加强政府自身建设\n严格落实中央八项规定精神，政府带头过紧日子。\n")


_SUBS = "（一）扩大有效投资。实施重点项目60个，实际使用外资1.5亿美元。\n（二）办好民生实事。城镇新增就业5500人，新增养老床位300张。\n"
_SUBS_LONG = ("（一）扩大有效投资。围绕补短板、强弱项，实施重点项目60个，实际使用外资1.5亿美元，加快推进县人民医院改扩建、城区排水防涝工程等项目建设。\n"
              "（二）办好民生实事。坚持尽力而为、量力而行，城镇新增就业5500人，新增养老床位300张，持续改善群众生活品质。\n")


@pytest.mark.parametrize("region,y,top,goals,subs", [
    ("琼中黎族苗族自治县", 2021, "“十四五”时期主要目标和2021年工作安排", "今后五年，全县地区生产总值年均增长7%左右。", _SUBS),
    ("永靖县", 2022, "今后五年奋斗目标和2022年重点工作", "今后五年，全县地区生产总值年均增长6.5%以上，到2026年城镇化率达到55%。", _SUBS_LONG),
    ("沁源县", 2026, "“十五五”时期主要目标和2026年重点任务", "“十五五”时期，全县地区生产总值年均增长5.5%左右。", _SUBS),
])
def test_sub_sections_of_a_plan_and_year_part_are_the_years_tasks(region, y, top, goals, subs):
    text = _plan_and_year(region, y, top, goals, subs)
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "target", str(y), "level")) == (5500, "eq")
    assert val(fs, ("fdi", "target", str(y), "level")) == (1.5, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (7, "about")
    assert not any(k[1] == "goal" and k[0] in ("urban_new_jobs", "fdi") for k in fs)
    assert any(k[:2] == ("gdp", "goal") for k in fs)  # the plan's own goal stays
    doc = planwatch.read_text(text, "t.txt")
    assert {("城镇新增就业", 5500, "人"), ("外资", 1.5, "亿美元")} <= {(p.object, p.value, p.unit) for p in doc.pledges}
    assert {p.period for p in doc.pledges} == {str(y)}


def test_plan_part_and_its_goal_sub_section_stay_the_plans():
    # look-alikes: the plan's own part (no year), and a sub-section titled for the plan under a combined part
    fs = facts(_plan_and_year("沁源县", 2021, "“十四五”时期主要目标任务", "“十四五”时期，全县地区生产总值年均增长6%左右。",
                              "（一）加快建设现代化产业体系。城镇新增就业5500人，新增养老床位300张。\n"))
    assert ("urban_new_jobs", "target", "2021", "level") not in fs
    text = (_head("琼中黎族苗族自治县", 2021) + "一、“十三五”时期工作回顾\n五年来，全县地区生产总值年均增长6.2%。\n"
            "二、“十四五”时期主要目标和2021年工作安排\n（一）“十四五”时期主要目标\n地区生产总值年均增长7%左右，城镇新增就业2.5万人。\n"
            "（二）2021年工作安排\n今年全县主要预期目标是：地区生产总值增长8%左右。\n1.扩大有效投资。实施重点项目60个，城镇新增就业5500人。\n")
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "goal", "2021-2025", "level")) == (2.5, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (5500, "eq")


# 3. a sub-section's title run on into a long paragraph ("（一）扩大有效投资。围绕补短板、强弱项，实施…") is a
# sub-section as a short one is: its first sentence its title (it was body text of the part, so the
# pledges under it took the part's category, and the part's role and plan)
def test_long_sub_section_paragraph_is_a_section():
    text = (_head("永靖县", 2022) + "一、2021年工作回顾\n全县地区生产总值增长7.1%。\n二、2022年重点工作\n"
            "（一）加快推进城乡建设。坚持以人为核心推进新型城镇化，新建改造城市道路18条，改造老旧小区56个，新增停车位3000个，"
            "持续提升城市功能品质，让群众生活更方便、更舒心、更美好。\n"
            "（二）持续保障和改善民生。坚持尽力而为、量力而行，新建、改扩建幼儿园20所，新增学位6000个，办好人民满意的教育。\n")
    doc = planwatch.read_text(text, "t.txt")
    titles = [s.title for s in doc.sections]
    assert "加快推进城乡建设" in titles and any(t.startswith("持续保障和改善民生") for t in titles)
    cats = {p.object: p.category for p in doc.pledges}
    assert cats["城市道路"] == "城建" and cats["幼儿园"] == "民生"
    # a long numbered paragraph whose first sentence is no title (a figure in it) stays body text
    doc = planwatch.read_text(_head("永靖县", 2022) + "一、2021年工作回顾\n（一）全县地区生产总值增长7.1%。规模以上工业增加值增长8.2%，"
                              "固定资产投资增长10.3%，社会消费品零售总额增长9.5%，一般公共预算收入增长6.6%，城乡居民收入稳步增长。\n", "t.txt")
    assert [s.depth for s in doc.sections] == [1]


# 4. a kind of tourism before the name ("医疗旅游人数", "康养旅游收入", "红色旅游人次"): a sector's figure, not
# the region's tourist visits or tourism revenue (a look-alike: 全域旅游 is the whole region's)
@pytest.mark.parametrize("sentence", ["博鳌乐城国际医疗旅游先行区接待医疗旅游人数增长73.5%。", "全市接待康养旅游人数增长20%。",
                                      "红色旅游人次达到120万人次。", "研学旅游人数突破50万人次。", "实现康养旅游收入12亿元。",
                                      "邮轮旅游人次增长30%。"])
def test_a_kind_of_tourism_is_not_the_regions(sentence):
    fs = facts(f"一、2020年工作回顾\n{sentence}\n", report_year=2021)
    assert not any(k[0] in ("tourist_visits", "tourism_revenue") for k in fs)


def test_tourism_figures_of_the_region_stay():
    fs = facts("一、2020年工作回顾\n接待游客人数655.8万人次，旅游人数增长15%，医疗旅游收入增长35%，旅游总收入60.3亿元。全域旅游人次增长12%。\n",
               report_year=2021)
    assert val(fs, ("tourist_visits", "actual", "2020", "level")) == (655.8, "eq")
    assert val(fs, ("tourist_visits", "actual", "2020", "growth")) == (15, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2020", "level")) == (60.3, "eq")
    assert ("tourism_revenue", "actual", "2020", "growth") not in fs


# 5. parts numbered 第X部分 over headings numbered 一、二、 ("第一部分 2018年工作回顾" / "一、项目建设成果丰硕"): the
# headings are within the parts — they were parts beside them, so a review's item with no words of a
# role was no part's (its figures became pledges, the plan's items lost theirs)
_PARTS = ("开原市政府工作报告\n——2019年1月15日在开原市第十七届人民代表大会第三次会议上\n各位代表：\n"
          "第一部分 2018年工作回顾\n2018年，全市地区生产总值实现186.3亿元，同比增长5.6%。\n一、项目建设成果丰硕\n实施亿元以上项目46个。\n"
          "二、对外开放步伐加快\n实际利用外资1.2亿美元，外贸进出口总额增长8%。\n三、民生保障有力\n城镇新增就业4260人，城镇登记失业率3.1%。\n"
          "第二部分 2019年工作安排\n今年主要预期目标是：地区生产总值增长6%。\n一、全力抓项目\n实施亿元以上项目50个。\n二、扩大开放\n"
          "实际利用外资1.5亿美元。\n第三部分 加强政府自身建设\n坚持依法行政。去年办理人大代表建议86件。\n")


def test_numbered_headings_within_parts_numbered_bu_fen():
    doc = planwatch.read_text(_PARTS, "t.txt")
    assert [(s.depth, s.role) for s in doc.sections] == [(1, "review"), (2, "review"), (2, "review"), (2, "review"),
                                                         (1, "tasks"), (2, "tasks"), (2, "tasks"), (1, "closing")]
    assert {(p.object, p.value) for p in doc.pledges} == {("亿元以上项目", 50), ("外资", 1.5)}
    fs = facts(_PARTS)
    assert val(fs, ("fdi", "actual", "2018", "level")) == (1.2, "eq")
    assert val(fs, ("fdi", "target", "2019", "level")) == (1.5, "eq")


def test_headings_without_bu_fen_parts_stay_parts():
    # (the parts' titles left unnumbered, "2018年工作回顾", "2019年工作安排": the items numbered 一、二、 after each
    # are within it, as under 第X部分 — branch leftp4; before, the items were parts of their own and the plan's
    # items, of no part's role, lost their pledges)
    text = _PARTS.replace("第一部分 ", "").replace("第二部分 ", "").replace("第三部分 ", "")
    doc = planwatch.read_text(text, "t.txt")
    assert [(s.depth, s.role) for s in doc.sections] == [(1, "review"), (2, "review"), (2, "review"), (2, "review"),
                                                         (1, "tasks"), (2, "tasks"), (2, "tasks")]
    assert {(p.object, p.value) for p in doc.pledges} == {("亿元以上项目", 50), ("外资", 1.5)}


# 6. 策划/谋划 a project pipeline ("全年策划生成项目100个以上", "策划包装项目200个"): a pledge, the verb whole
@pytest.mark.parametrize("sentence,action,obj,value", [
    ("全年策划生成项目100个以上，实施省市重点项目68个。", "策划生成", "项目", 100),
    ("全年谋划生成项目120个，总投资500亿元。", "谋划生成", "项目", 120),
    ("策划包装项目200个以上。", "策划包装", "项目", 200),
])
def test_planning_projects_is_a_pledge(sentence, action, obj, value):
    from taskdoc import task_doc  # tests/taskdoc.py
    got = {(p.action, p.object, p.value) for p in task_doc(sentence, "区").pledges}
    assert (action, obj, value) in got
    # in the review, last year's
    text = _head("丰泽区", 2024) + f"一、2023年工作回顾\n{sentence.replace('全年', '去年')}\n二、2024年工作安排\n今年全区主要预期目标是：地区生产总值增长6%左右。\n"
    assert not planwatch.read_text(text, "t.txt").pledges


# 7. 后续 (follow-up), 后备 (reserve) and 后劲 after a verb are no "after the work is done" ("项目建成后可带动就业2000人"):
# "完成易地扶贫搬迁后续扶持1200户", "培育后备上市企业10家" are pledges (the clause was skipped, the verb dropped)
@pytest.mark.parametrize("sentence,obj,value", [
    ("完成易地扶贫搬迁后续扶持1200户。", "易地扶贫搬迁后续扶持", 1200),
    ("培育后备上市企业10家。", "后备上市企业", 10),
    ("新增后备上市企业8家，实施产业扶贫项目30个。", "后备上市企业", 8),
])
def test_follow_up_and_reserve_are_no_time_after(sentence, obj, value):
    from taskdoc import pledges
    assert any(o == obj and v == value for _, o, v, _ in pledges(sentence, "县"))


@pytest.mark.parametrize("sentence", ["项目建成后可带动就业2000人。", "园区建成后年产值可达50亿元。"])
def test_what_follows_a_work_done_stays_no_pledge(sentence):
    from taskdoc import pledges
    assert not pledges(sentence, "县")


# 8. the closing part on the government's own work, titled without 自身建设 ("三、坚持自我革命，建设人民满意政府",
# "三、锤炼过硬作风，当好人民公仆", "四、建设法治政府、廉洁政府"): it is the closing part (not a task part of the
# economy); after the year's tasks its counts ahead are pledges as the tasks' are (decision 59, prov22)
_CLOSE = "坚持依法行政，严格落实中央八项规定精神。全年清理拖欠企业账款1.2亿元，政务服务事项网上可办率达到98%以上。\n"


@pytest.mark.parametrize("title", ["坚持自我革命，建设人民满意政府", "锤炼过硬作风，当好人民公仆", "建设法治政府、廉洁政府",
                                   "全面提升政府效能", "建设人民满意的服务型政府"])
def test_closing_part_titles(title):
    text = (_head("民勤县", 2024, 9) + "一、踔厉奋发，过去一年发展取得新成效\n全县地区生产总值增长5.2%。\n"
            "二、锚定目标，奋力谱写高质量发展新篇章\n今年全县主要预期目标是：地区生产总值增长6%左右。\n"
            f"（一）扩大有效投资。实施重点项目80个，新建高标准农田3万亩。\n三、{title}\n" + _CLOSE)
    doc = planwatch.read_text(text, "t.txt")
    assert doc.sections[-1].role == "closing"
    assert {(p.object, p.value) for p in doc.pledges} == {("重点项目", 80), ("高标准农田", 3), ("拖欠企业账款", 1.2),
                                                         ("政务服务事项网上可办率", 98)}


def test_plan_part_titles_stay_the_plans():
    # look-alikes: a plan part's title and a task's sub-title that speak of 作风 or 效能 stay the plan's
    text = (_head("民勤县", 2024, 9) + "一、2023年工作回顾\n全县地区生产总值增长5.2%。\n二、2024年工作安排\n"
            "（一）转变作风，优化营商环境。新增市场主体3000户。\n（二）提升行政效能。实施重点项目80个。\n三、加强政府自身建设\n" + _CLOSE)
    doc = planwatch.read_text(text, "t.txt")
    assert [s.role for s in doc.sections] == ["review", "tasks", "tasks", "tasks", "closing"]
    assert {(p.object, p.value) for p in doc.pledges} == {("市场主体", 3000), ("重点项目", 80), ("拖欠企业账款", 1.2),
                                                         ("政务服务事项网上可办率", 98)}


# 9. the grain's output in 吨 cut short to 总产量/产量 right after its area in one sentence ("粮食播种面积稳定在85万亩、
# 总产量35万吨以上"): grain_output (in 斤 it was read already; in 吨 it was lost); not after another name
@pytest.mark.parametrize("review", ["粮食播种面积稳定在85.2万亩，总产量达到35.6万吨。", "粮食种植面积85.2万亩、总产量35.6万吨，实现“二十连丰”。"])
def test_grain_output_in_tons_after_its_area(review):
    text = (_head("民勤县", 2024) + f"一、2023年工作回顾\n{review}\n二、2024年工作安排\n今年全县主要预期目标是：地区生产总值增长6%左右。\n"
            "（一）稳定粮食生产。确保粮食播种面积稳定在85万亩、总产量35万吨以上。\n")
    fs = facts(text)
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (35.6, "eq")
    assert val(fs, ("grain_area", "actual", "2023", "level")) == (85.2, "eq")
    assert val(fs, ("grain_output", "target", "2024", "level")) == (35, "at_least")


def test_output_in_tons_after_another_name_is_not_grain():
    fs = facts(_head("民勤县", 2024) + "一、2023年工作回顾\n煤炭产能达到1200万吨，产量达到980万吨。粮食播种面积86万亩。原煤产量达到980万吨。\n")
    assert not any(k[0] == "grain_output" for k in fs)


# 10. what a stock gained, then its total in the same sentence ("新增高新技术企业15家，高新技术企业总数达到120家",
# "新增市场主体1.2万户，市场主体总量达到8.6万户"): the total is the stock's level (the first figure, the gain, kept the key)
@pytest.mark.parametrize("sentence,iid,total", [
    ("新增高新技术企业15家，高新技术企业总数达到120家。", "high_tech_enterprises", 120),
    ("新认定高新技术企业26家、总数达到118家。", "high_tech_enterprises", 118),
    ("新增市场主体1.2万户，市场主体总量达到8.6万户。", "market_entities", 8.6),
    ("高新技术企业总数达到120家，新增15家。", "high_tech_enterprises", 120),
])
def test_a_stocks_total_after_its_gain(sentence, iid, total):
    fs = facts(_head("民勤县", 2024) + f"一、2023年工作回顾\n{sentence}\n二、2024年工作安排\n今年全县主要预期目标是：地区生产总值增长6%左右。\n")
    assert val(fs, (iid, "actual", "2023", "level")) == (total, "eq")


def test_a_gain_alone_stays_and_its_total_in_another_sentence_is_the_level():
    # (decisions 226 and 231: a total named as such, 总数/总量 …达到, is the stock's level wherever it stands; the gain
    # stands only where no total is named)
    fs = facts(_head("民勤县", 2024) + "一、2023年工作回顾\n新增高新技术企业15家。高新技术企业总数达到120家。新增市场主体1.2万户，增长12%。\n")
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (120, "eq")
    assert val(fs, ("market_entities", "actual", "2023", "level")) == (1.2, "eq")


# 11. a share's change in points, then its level in a clause with no name ("常住人口城镇化率提高1.2个百分点，达到58%"):
# the level is a pledge of that share (the clause named nothing, the pledge was lost); not in the target list
@pytest.mark.parametrize("sentence,obj,value", [
    ("常住人口城镇化率提高1.2个百分点，达到58%。", "常住人口城镇化率", 58),
    ("确保森林覆盖率提高0.5个百分点，达到42%。", "森林覆盖率", 42),
    ("服务业增加值占地区生产总值比重提高1个百分点、达到52%以上。", "服务业增加值占地区生产总值比重", 52),
])
def test_a_shares_level_after_its_change_in_points(sentence, obj, value):
    from taskdoc import pledges
    assert any(o == obj and v == value and u == "%" for _, o, v, u in pledges(sentence, "县"))


def test_a_shares_level_in_the_target_list_is_no_pledge():
    from taskdoc import pledges
    assert not pledges("今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，常住人口城镇化率提高1.2个百分点、达到58%。", "县")
    assert pledges("常住人口城镇化率提高1.2个百分点，新建5G基站300个。", "县") == {("新建", "5G基站", 300, "个")}


# 12. a size written as a grade ("10万吨级油库", "5000吨级泊位", "30万千瓦级电站") is no count pledged (it gave
# "推动 中石化 10万吨"); the count of what is graded stays
def test_a_size_grade_is_no_pledge():
    from taskdoc import pledges
    assert pledges("开工建设投资5亿元以上项目10个，推动中石化10万吨级油库等项目落地。", "县") == {
        ("开工建设", "投资5亿元以上项目", 10, "个")}
    assert not pledges("推进30万千瓦级抽水蓄能电站建设。", "县")
    assert ("建成", "5000吨级泊位", 2, "个") in pledges("建成5000吨级泊位2个，港口吞吐量达到800万吨。", "县")
    assert ("新建", "10千伏线路", 50, "公里") in pledges("新建10千伏线路50公里。", "县")
