"""The rules of decisions 207, 208 and 209 at their edges, blind (adv40, decision 210): a news page's target list told by
the report ("报告提出，今年…主要预期目标是：") and its tasks after a clause of purpose ("围绕这些目标，全年新建…"); a plan's
item name closed by its stop over a bare rate on the next line ("（一）地区生产总值。\\n\\n增长7.5%左右。"); the year's
民生实事 set bare on its line under a targets line; and a topic clause after an earlier task of its sentence
("…完成改造24万套，城市黑臭水体治理方面，完成整治20条")."""
import pytest

from factkeys import keys_of, pledged, read, val


# 1. a news page set as one paragraph: the target list's sentence opens on who tells it (报告提出，今年…), and the
# tasks after the list may open on a clause of purpose naming the targets back (围绕这些目标，) before their verb
_NEWS = ("本报讯 {year}年1月9日，{place}第五届人民代表大会第三次会议开幕。报告指出，{past}年全市地区生产总值完成358.6亿元，"
         "增长4.2%。{tells}今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%，"
         "粮食产量稳定在75万吨以上。{more}{purpose}全年新建高标准农田12万亩，改造城镇老旧小区45个。")


@pytest.mark.parametrize("tells", ["报告提出，", "报告还提出，", "报告明确，", "会议提出，", ""])
@pytest.mark.parametrize("purpose", ["围绕这些目标，", "为实现上述目标，", "围绕上述目标任务，", ""])
@pytest.mark.parametrize("more", ["", "确保城镇调查失业率控制在5.5%以内。"])
@pytest.mark.parametrize("year,place", [(2023, "固原市"), (2020, "天水市")])
def test_a_told_target_list_then_tasks_after_a_clause_of_purpose(tells, purpose, more, year, place):
    if not tells and not purpose:
        pytest.skip("decision 207's own case")
    text = _NEWS.format(year=year, past=year - 1, place=place, tells=tells, purpose=purpose, more=more)
    d = read(text, report_year=year)
    assert {("高标准农田", 12, "万亩"), ("城镇老旧小区", 45, "个")} <= pledged(d)
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6.5, "about")
    assert ("gdp", "actual", str(year - 1), "level") in fs


@pytest.mark.parametrize("text", [
    # (look-alikes that must not change: a past year's list, the year so far, a purpose with no action after it,
    # a speaker by name, a sentence looking back after the purpose)
    _NEWS.format(year=2023, past=2022, place="固原市", tells="报告提出，", purpose="围绕这些目标，", more="")
    .replace("今年全市经济社会发展的主要预期目标", "2022年全市经济社会发展的主要预期目标"),
    _NEWS.format(year=2023, past=2022, place="固原市", tells="报告指出，", purpose="围绕这些目标，", more="")
    .replace("今年全市经济社会发展的主要预期目标", "今年以来全市经济社会发展的主要预期目标"),
    _NEWS.format(year=2023, past=2022, place="固原市", tells="报告提出，", purpose="为实现上述目标，", more="")
    .replace("全年新建高标准农田12万亩，改造城镇老旧小区45个。", "城镇新增就业1.2万人以上。"),
    _NEWS.format(year=2023, past=2022, place="固原市", tells="市长称，", purpose="围绕这些目标，", more=""),
    _NEWS.format(year=2023, past=2022, place="固原市", tells="报告提出，", purpose="围绕这些目标，", more="")
    .replace("全年新建高标准农田12万亩，改造城镇老旧小区45个。", "报告回顾，去年新建高标准农田12万亩。"),
])
def test_no_tasks_where_the_list_is_not_the_years_or_nothing_is_done(text):
    assert not pledged(read(text, report_year=2023))


# 2. a plan report's target list one item a sentence, the item's name closed by its stop on its line and a bare rate or
# bound on the next (across a blank line or not): the figure is the name's target
_PLAN = ("关于{place}{past}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
         "——{year}年1月16日在{place}第十四届人民代表大会第三次会议上\n二、{year}年主要预期目标\n")


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n\n"])
@pytest.mark.parametrize("mark", ["（一）", "1.", "1、"])
@pytest.mark.parametrize("name,line,key,want", [
    ("地区生产总值", "增长7.5%左右。", ("gdp", "growth"), (7.5, "about")),
    ("固定资产投资", "增长12%。", ("fixed_asset_investment", "growth"), (12, "eq")),
    ("居民消费价格", "上涨3%左右。", ("cpi", "growth"), (3, "about")),
    ("城镇调查失业率", "控制在5.5%以内。", ("urban_unemployment_rate", "share"), (5.5, "at_most")),
    ("粮食产量", "稳定在50万吨以上。", ("grain_output", "level"), (50, "at_least")),
])
@pytest.mark.parametrize("year,place", [(2018, "柳州市"), (2024, "遵义市")])
def test_a_bare_rate_under_its_stopped_item_name(gap, mark, name, line, key, want, year, place):
    text = _PLAN.format(place=place, past=year - 1, year=year) + f"{mark}{name}。{gap}{line}\n"
    fs = keys_of(read(text))
    assert val(fs, (key[0], "target", str(year), key[1])) == want


@pytest.mark.parametrize("body", [
    # (look-alikes that must not change: another name's figure under the item, a 数读 caption with no stop over a figure
    # of its own kind, a name closed by its stop over a sentence going on past its figure)
    "（一）固定资产投资。\n\n房地产开发投资下降5.2%。\n",
    "（四）工业。\n\n汽车产量增长12.3%。\n",
])
def test_a_name_over_another_names_figure_gets_none(body):
    fs = keys_of(read(_PLAN.format(place="柳州市", past=2017, year=2018) + body))
    assert ("fixed_asset_investment", "target", "2018", "growth") not in fs
    assert ("industrial_va", "target", "2018", "growth") not in fs


# 3. a line of targets joined by ；, its last item bare and qualitative, then the year's 民生实事 set bare on its line:
# its rows are tasks, one naming an indicator too (decision 208 left "新增城镇就业1.8万人" unpledged there)
@pytest.mark.parametrize("title", ["民生实事", "十件民生实事", "2026年民生实事", "重点民生实事项目"])
@pytest.mark.parametrize("rows", [
    "新增城镇就业1.1万人，新建城市社区嵌入式服务设施15个。",
    "新建城市社区嵌入式服务设施15个。\n新增城镇就业1.1万人。",
])
@pytest.mark.parametrize("line", [
    "地区生产总值增长6.5%左右；一般公共预算收入增长5%；居民收入增长与经济增长同步",
    "地区生产总值增长6.5%左右；城镇调查失业率5.5%以内",
])
def test_the_years_minsheng_title_under_a_targets_line(title, rows, line):
    text = ("金堂县2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n"
            "——2026年1月8日在金堂县第十九届人民代表大会第六次会议上\n二、2026年主要预期目标\n"
            f"{line}\n{title}\n{rows}\n")
    d = read(text)
    assert {("城镇就业", 1.1, "万人"), ("城市社区嵌入式服务设施", 15, "个")} <= pledged(d)
    assert val(keys_of(d), ("urban_new_jobs", "target", "2026", "level")) == (1.1, "eq")


def test_a_minsheng_title_that_goes_on_is_no_label():
    # (a look-alike that must not change: the title's words opening a sentence of the targets line's paragraph)
    text = ("金堂县2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n"
            "——2026年1月8日在金堂县第十九届人民代表大会第六次会议上\n二、2026年主要预期目标\n"
            "地区生产总值增长6.5%左右；城镇新增就业1.1万人。\n民生实事投入占一般公共预算支出的比重保持在75%以上。\n")
    assert not pledged(read(text))


# 4. a topic clause after an earlier task of the same sentence, then a verb whose only object is the work itself:
# the topic right before names what is counted, not the earlier task's object
@pytest.mark.parametrize("first", ["棚户区改造方面，完成改造24万套，", "易地扶贫搬迁方面，完成搬迁75万人，",
                                   "新建改造农村公路500公里，"])
@pytest.mark.parametrize("topic,verb,n,unit,obj", [
    ("城市黑臭水体治理方面，", "完成整治", 20, "条", "城市黑臭水体治理"),
    ("农村危房改造方面，", "完成改造", 15, "万户", "农村危房改造"),
    ("在老旧小区方面，", "年内完成改造", 85, "个", "老旧小区"),
])
@pytest.mark.parametrize("year,place", [(2017, "贵州省"), (2022, "云南省")])
def test_a_second_topic_names_its_bare_work(first, topic, verb, n, unit, obj, year, place):
    text = (f"政府工作报告\n——{year}年1月14日在{place}第十二届人民代表大会第六次会议上\n二、{year}年重点工作\n"
            f"（三）改善城乡人居环境。{first}{topic}{verb}{n}{unit}。\n")
    assert (obj, n, unit) in pledged(read(text))


@pytest.mark.parametrize("body,want", [
    # (look-alikes that must not change: an object after the verb in the second task, a clause that is no topic)
    ("棚户区改造方面，完成改造24万套，城市更新方面，完成老旧管网改造120公里。", ("老旧管网改造", 120, "公里")),
    ("棚户区改造方面，完成改造24万套，养老服务方面，新增养老床位5000张。", ("养老床位", 5000, "张")),
])
def test_a_second_topics_object_after_the_verb_stays(body, want):
    text = "政府工作报告\n——2017年1月14日在贵州省第十二届人民代表大会第六次会议上\n二、2017年重点工作\n" + body + "\n"
    assert want in pledged(read(text))


# 5. a budget revised with its own growth written with its base (调整后较上年, 调整后同比, 较上年): the growth is the
# revision's, the year's target, and the result after it the result (decision 207 read 调整后 and 比上年 only)
@pytest.mark.parametrize("growth,want", [
    ("调整后较上年下降1.2%", -1.2), ("调整后比去年下降1.2%", -1.2), ("调整后同比增长1.2%", 1.2),
    ("调整后较去年增长2.6%", 2.6), ("较上年下降1.2%", -1.2),
])
@pytest.mark.parametrize("result", ["\n全年完成一般公共预算收入12.1亿元，增长1.3%。", "\n实际完成12.1亿元，增长1.3%。", ""])
@pytest.mark.parametrize("year,place", [(2022, "武冈市"), (2020, "临海市")])
def test_a_revised_budgets_growth_with_its_base(growth, want, result, year, place):
    text = (f"关于{place}{year - 1}年预算执行情况和{year}年预算草案的报告\n——{year}年1月5日在{place}第十八届人民代表大会第一次"
            f"会议上\n一、{year - 1}年预算执行情况\n一般公共预算收入预算调整为11.8亿元，{growth}。{result}\n")
    fs = keys_of(read(text))
    assert val(fs, ("general_budget_revenue", "target", str(year - 1), "growth")) == (want, "eq")
    if result:
        assert val(fs, ("general_budget_revenue", "actual", str(year - 1), "growth")) == (1.3, "eq")
    else:
        assert ("general_budget_revenue", "actual", str(year - 1), "growth") not in fs


def test_a_results_own_growth_after_its_base_stays_the_result():
    # (a look-alike that must not change: the result's own growth with its base, after the revision's sentence)
    text = ("关于武冈市2021年预算执行情况和2022年预算草案的报告\n——2022年1月5日在武冈市第十八届人民代表大会第一次会议上\n"
            "一、2021年预算执行情况\n一般公共预算收入预算调整为11.8亿元。全年完成一般公共预算收入12.1亿元，较上年增长1.3%。\n")
    fs = keys_of(read(text))
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (1.3, "eq")
    assert ("general_budget_revenue", "target", "2021", "growth") not in fs
