"""Review of the rules merged from branch holdcity2 (branch review16): look-alikes where those rules must not
fire — a review's item titled for the targets met, a plan's goals sub-section under a part of the plan's goals
and this year's work, a task part titled for the government's efficiency before the closing part."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _head(region: str, year: int, day: int = 15) -> str:
    return (f"{region}人民政府工作报告\n——{year}年1月{day}日在{region}第十七届人民代表大会第四次会议上\n各位代表：\n"
            f"现在，我代表{region}人民政府，向大会报告工作，请予审议。\n")


# 1. a review's item run on into its paragraph and titled for the targets met ("（一）主要预期目标较好完成。全年
# 地区生产总值…"): last year's results — it was read as a targets sub-section, its figures this year's targets
# (and the year's own target list after them lost as the same keys)
@pytest.mark.parametrize("region,y,title", [
    ("莱西市", 2024, "主要预期目标较好完成"),
    ("武功县", 2019, "主要经济指标好于预期"),
    ("红河哈尼族彝族自治州", 2023, "年度目标任务圆满完成"),
    ("宁乡市", 2021, "主要目标任务全面完成"),
])
def test_review_item_of_targets_met_is_the_review(region, y, title):
    text = (_head(region, y) + f"一、{y - 1}年工作回顾\n过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新成效。\n"
            f"（一）{title}。全年地区生产总值达到2350亿元，增长5.8%；一般公共预算收入完成186亿元，增长8.1%；城镇新增就业4.2万人，"
            "居民人均可支配收入增长6.3%。\n（二）坚持项目为王，有效投资持续扩大。实施省市重点项目286个，完成投资1250亿元，固定资产投资增长7.2%。\n"
            f"二、{y}年工作安排\n今年政府工作的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长6%，城镇新增就业4万人以上。\n"
            "（一）扩大有效投资。围绕产业升级、城市更新、民生补短板，实施重点项目300个以上，完成投资1300亿元，固定资产投资增长8%。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", str(y - 1), "growth")) == (5.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", str(y - 1), "level")) == (4.2, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", str(y), "level")) == (4, "at_least")
    assert ("disposable_income", "target", str(y), "growth") not in fs


@pytest.mark.parametrize("title", ["主要预期目标", "确保全年目标任务圆满完成", "坚定不移推动目标任务完成"])
def test_targets_sub_section_or_an_aim_stays_the_plans(title):
    # look-alikes: the year's targets sub-section, and an aim to meet them, in the plan's part
    text = (_head("莱西市", 2024) + "一、2023年工作回顾\n全年地区生产总值增长5.2%。\n二、2024年工作安排\n"
            f"（一）{title}。综合考虑各方面因素，全市地区生产总值增长6%左右，一般公共预算收入增长6%，城镇新增就业4万人以上，"
            "居民人均可支配收入增长6.5%，城镇调查失业率控制在5.5%以内。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (4, "at_least")


# 2. a sub-section titled for goals and naming no year ("（二）经济社会发展目标。…常住人口城镇化率达到60%") under
# "二、“十四五”时期主要目标和2021年工作安排": the plan's goals, not this year's tasks
@pytest.mark.parametrize("region,y,top,sub", [
    ("琼中黎族苗族自治县", 2021, "“十四五”时期主要目标和2021年工作安排", "经济社会发展目标"),
    ("永靖县", 2022, "今后五年奋斗目标和2022年重点工作", "主要发展指标"),
])
def test_goals_sub_section_of_a_plan_and_year_part_is_the_plans(region, y, top, sub):
    text = (_head(region, y) + "一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.2%。\n"
            f"二、{top}\n（一）{sub}。综合考虑各方面因素，地区生产总值年均增长7%左右，规模以上工业增加值年均增长8%，"
            "常住人口城镇化率达到60%，单位地区生产总值能耗下降完成上级下达任务。\n"
            f"（二）{y}年主要预期目标\n地区生产总值增长8%左右，一般公共预算收入增长5%。\n"
            "（三）扩大有效投资。围绕补短板、强弱项，实施重点项目60个，实际使用外资1.5亿美元，新增规模以上工业企业20家。\n")
    fs = facts(text)
    assert ("urbanization_rate", "target", str(y), "share") not in fs
    assert any(k[:2] == ("urbanization_rate", "goal") for k in fs)
    assert val(fs, ("gdp", "target", str(y), "growth")) == (8, "about")
    assert val(fs, ("fdi", "target", str(y), "level")) == (1.5, "eq")  # the year's tasks stay this year's
    doc = planwatch.read_text(text, "t.txt")
    assert not any(p.unit == "%" and p.value == 60 for p in doc.pledges)


# 3. a top-level part titled in words a task part uses too ("五、深化“放管服”改革，提升政府效能", "六、推进法治政府建设，
# 加强社会治理") before the closing part ("七、全面加强政府自身建设"): the plan's tasks — it was the closing part,
# its figures lost as pledges (and 新增市场主体 read as last year's)
def test_task_part_on_government_efficiency_before_the_closing_part():
    text = (_head("宜城市", 2017) + "一、过去五年工作回顾\n五年来，全市地区生产总值年均增长8.5%。\n二、2017年主要目标任务\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n三、加快产业转型升级\n新增规模以上工业企业50家。\n"
            "四、深化“放管服”改革，提升政府效能\n政务服务事项网上可办率达到95%，新增市场主体2万户。\n"
            "五、推进法治政府建设，加强社会治理\n新建社区综合服务中心30个，培训网格员2000人。\n"
            "六、全面加强政府自身建设\n严格落实中央八项规定精神，一般性支出压减5%。\n")
    fs = facts(text)
    assert val(fs, ("market_entities", "target", "2017", "level")) == (2, "eq")
    doc = planwatch.read_text(text, "t.txt")
    got = {(p.value, p.unit) for p in doc.pledges}
    assert {(95, "%"), (2, "万户"), (30, "个"), (2000, "人")} <= got
    assert [s.role for s in doc.sections if s.depth == 1][-1] == "closing"


@pytest.mark.parametrize("closing", ["坚持自我革命，建设人民满意政府", "全面提升政府效能", "建设法治政府、廉洁政府"])
def test_closing_part_in_new_words_stays_closing_when_last(closing):
    # look-alike: the same words titling the last part are the closing part (whose commitments for the year after
    # the tasks are pledged as the tasks' are: decision 59)
    text = (_head("宜城市", 2024) + "一、2023年工作回顾\n全年地区生产总值增长5.2%。\n二、2024年工作安排\n"
            "今年全市主要预期目标是：地区生产总值增长6%左右。\n（一）扩大有效投资。实施重点项目300个以上。\n"
            f"三、{closing}\n严格落实中央八项规定精神，一般性支出压减5%。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert [s.role for s in doc.sections if s.depth == 1][-1] == "closing"
    assert [(p.action, p.value, p.unit) for p in doc.pledges if p.unit == "%"] == [("压减", 5, "%")]


# 4. what a stock gained, then a part of that gain in its sentence ("新增高新技术企业15家，其中国家级高新技术企业8家"):
# the part is no total of the stock — it replaced the figure as the stock's level; a total stated so stays
@pytest.mark.parametrize("sentence,total", [
    ("新增高新技术企业15家，其中国家级高新技术企业8家。", 15),
    ("新增高新技术企业15家，其中高新技术企业达到8家的乡镇3个。", 15),
    ("新增高新技术企业15家，省级高新技术企业达到40家。", 15),
    ("新增高新技术企业12家，高新技术企业产值增长18%。", 12),
    ("新增高新技术企业15家，其中国家级8家，高新技术企业总数达到120家。", 120),
    ("新认定高新技术企业26家、总数达到118家。", 118),
])
def test_a_part_of_a_stocks_gain_is_no_total(sentence, total):
    fs = facts(_head("民勤县", 2024) + f"一、2023年工作回顾\n{sentence}\n二、2024年工作安排\n今年全县主要预期目标是：地区生产总值增长6%左右。\n")
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (total, "eq")


# 5. a sub-section titled for the year's targets under a part of the year's work ("第二部分 2019年工作安排 >
# 一、主要预期目标", now one level down; "二、2019年工作安排 > （一）主要预期目标"): its indicators' figures are the
# target list (facts), not pledges — the part's 工作安排 turned the whole path to tasks (and so are its other items: branch leftp5)
@pytest.mark.parametrize("body", [
    "第一部分 2018年工作回顾\n一、项目建设实现新突破\n全年实施重点项目150个。\n第二部分 2019年工作安排\n一、主要预期目标\n"
    "地区生产总值增长7%左右，城镇新增就业3万人以上，新增养老床位500张。\n二、重点工作\n（一）办好民生实事。新增养老床位600张。\n",
    "一、2018年工作回顾\n全年地区生产总值增长7.1%。\n二、2019年工作安排\n（一）主要预期目标\n"
    "地区生产总值增长7%左右，城镇新增就业3万人以上，新增养老床位500张。\n（二）重点工作\n新增养老床位600张。\n",
])
def test_targets_sub_section_under_the_years_work_gives_no_indicator_pledges(body):
    text = _head("平度市", 2019) + body
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")
    assert val(fs, ("urban_new_jobs", "target", "2019", "level")) == (3, "at_least")
    got = {(p.value, p.unit) for p in planwatch.read_text(text, "t.txt").pledges}
    assert (7, "%") not in got and (3, "万人") not in got
    # no item of the year's target list is a pledge, a count that names no indicator neither (the spec: "the items of
    # the 主要预期目标 list are indicator facts, not pledges", as test_pledges has it for a list led by "主要预期目标是：");
    # the same count stated again as a task is one
    assert (500, "张") not in got and (600, "张") in got


def test_tasks_sub_section_under_a_targets_and_tasks_title_stays_tasks():
    # look-alike: "二、2022年目标任务和重点工作 > （一）扩大有效投资" is the year's tasks
    text = (_head("永靖县", 2022) + "一、2021年工作回顾\n全县地区生产总值增长7.1%。\n二、2022年目标任务和重点工作\n"
            "今年全县主要预期目标是：地区生产总值增长7%左右。\n（一）扩大有效投资。实施重点项目60个，城镇新增就业5500人。\n")
    got = {(p.value, p.unit) for p in planwatch.read_text(text, "t.txt").pledges}
    assert {(60, "个"), (5500, "人")} <= got


def test_task_sub_section_naming_a_target_word_stays_the_years_tasks():
    # look-alike of 2: a task sub-section that names 目标 in its call ("（一）锚定目标抓项目") is this year's tasks
    text = (_head("琼中黎族苗族自治县", 2021) + "一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.2%。\n"
            "二、“十四五”时期主要目标和2021年工作安排\n今后五年，全县地区生产总值年均增长7%左右。\n"
            "（一）锚定目标抓项目。围绕补短板、强弱项，实施重点项目60个，实际使用外资1.5亿美元，新增规模以上工业企业20家。\n")
    fs = facts(text)
    assert val(fs, ("fdi", "target", "2021", "level")) == (1.5, "eq")
    assert {p.period for p in planwatch.read_text(text, "t.txt").pledges} == {"2021"}


# 6. the grain's output cut short to 产量/总产量 is read only in the clause right after the grain's area: after
# another crop's or a livestock's clause in between, the 产量 is theirs ("…85万亩，茶叶种植面积12万亩、产量1.5万吨")
@pytest.mark.parametrize("sentence,output", [
    ("粮食播种面积稳定在85万亩、总产量35万吨以上。", (35, "at_least")),
    ("粮食种植面积稳定在52.3万亩，总产量达到21.6万吨。", (21.6, "eq")),
    ("粮食播种面积稳定在85万亩以上，总产量稳定在35万吨。", (35, "eq")),
    ("粮食播种面积稳定在85万亩，生猪出栏30万头、产量3万吨。", None),
    ("粮食播种面积稳定在85万亩，茶叶种植面积12万亩、产量1.5万吨。", None),
    ("粮食播种面积稳定在120万亩以上，蔬菜播种面积30万亩、总产量60万吨。", None),
])
def test_grain_output_cut_short_only_right_after_its_area(sentence, output):
    fs = facts(_head("岷县", 2024) + f"一、2023年工作回顾\n{sentence}\n二、2024年工作安排\n今年全县主要预期目标是：地区生产总值增长6%左右。\n")
    key = ("grain_output", "actual", "2023", "level")
    assert (val(fs, key) if output else key not in fs) == (output or True)


# 7. "第一部分 2018年工作回顾" then "二、2019年工作安排": a report numbering its parts two ways (one 第X部分, its next
# part 二、) — the 二、 is the part beside it, not an item within it (the plan was read as the review, its pledges lost)
def test_one_part_numbered_di_yi_bu_fen_then_parts_numbered_er():
    text = (_head("某某市", 2019) + "第一部分 2018年工作回顾\n全年地区生产总值增长7.1%，城镇新增就业3.2万人。\n二、2019年工作安排\n"
            "今年主要预期目标是：地区生产总值增长7%左右，城镇新增就业3万人以上。\n（一）扩大有效投资。实施重点项目160个。\n"
            "三、加强政府自身建设\n严格落实中央八项规定精神。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert [(s.depth, s.role) for s in doc.sections if s.title.startswith(("2019", "加强"))] == [(1, "tasks"), (1, "closing")]
    assert (160, "个") in {(p.value, p.unit) for p in doc.pledges}


def test_parts_numbered_di_x_bu_fen_hold_their_items():
    # the rule's own class: 第一部分/第二部分 with 一、二、 items within
    text = (_head("某某市", 2019) + "第一部分 2018年工作回顾\n一、项目建设实现新突破\n全年实施重点项目150个。\n"
            "第二部分 2019年工作安排\n一、主要预期目标\n地区生产总值增长7%左右。\n二、重点工作\n（一）办好民生实事。新增养老床位600张。\n")
    doc = planwatch.read_text(text, "t.txt")
    assert {s.title: s.depth for s in doc.sections}["重点工作"] == 2


# 8. an unnumbered title of a plan period's goals ("今后五年奋斗目标") and after it the turn to this year ("2022年是…。
# 今年全县…主要预期目标是：…"): the turn opens this year's part — under the period's title the year's tasks were
# read as the period's goals (实际使用外资 a goal for 2022-2026) and lost as pledges
@pytest.mark.parametrize("title", ["今后五年奋斗目标", "“十四五”时期主要目标任务"])
def test_turn_to_the_year_after_a_plan_periods_title_opens_the_years_part(title):
    text = (_head("永靖县", 2022) + "过去五年工作回顾\n五年来，全县地区生产总值年均增长6.8%，2021年达到215亿元。\n"
            f"{title}\n今后五年，全县地区生产总值年均增长6.5%以上，到2026年城镇化率达到55%。\n"
            "2022年是党的二十大召开之年，做好今年工作意义重大。今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，"
            "一般公共预算收入增长6%，城镇新增就业5000人以上。\n（一）扩大有效投资。实施重点项目60个，实际使用外资1.5亿美元。\n")
    fs = facts(text)
    assert val(fs, ("fdi", "target", "2022", "level")) == (1.5, "eq")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026", "share")) == (55, "eq")
    assert (1.5, "亿美元") in {(p.value, p.unit) for p in planwatch.read_text(text, "t.txt").pledges}


# 9. a targets title with no year under the review's part ("一、2023年国民经济和社会发展计划执行情况 > （一）主要指标。
# 全市地区生产总值完成2350亿元…", run on or on its own line): how last year's targets went — it turned the
# sub-section to targets and its results into this year's targets
@pytest.mark.parametrize("sub", ["（一）主要指标。全市", "（一）主要指标\n全市", "（一）主要经济指标完成良好。全市"])
def test_targets_title_under_the_review_is_the_review(sub):
    text = ("关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月16日在某某市第十六届人民代表大会第四次会议上\n"
            f"各位代表：\n一、2023年国民经济和社会发展计划执行情况\n{sub}地区生产总值完成2350亿元，增长5.6%；一般公共预算收入186亿元，"
            "增长8.1%；城镇新增就业4.2万人。\n（二）工业经济提质增效。规模以上工业增加值增长7.1%。\n"
            "二、2024年国民经济和社会发展主要目标\n地区生产总值增长6%左右，一般公共预算收入增长6%，城镇新增就业4万人以上。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (4.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (4, "at_least")


def test_this_years_targets_title_under_a_combined_part_stays_targets():
    # look-alike: a part of the review and the plan together, its sub-section titled for this year's targets
    text = (_head("某某县", 2024) + "一、2023年工作回顾和2024年工作安排\n全县地区生产总值增长5.2%。\n"
            "（一）2024年主要预期目标\n地区生产总值增长6%左右，城镇新增就业5000人以上。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5000, "at_least")
