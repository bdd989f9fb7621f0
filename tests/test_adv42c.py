"""The newest rules under attack, blind (adv42c, decision 275): a paper's page head set apart by blank lines in a PDF's
layer (the paper's name over its date, "增（下转第2版）\\n\\n长春日报\\n2023年1月1 2日　星期四\\n第2版　要闻\\n\\n（上接第1版）
长3.1%") lost the figure the page cut; a programme of N years its sentence sets going with no years given anywhere
("实施新一轮开放型经济三年攻坚行动，三年攻坚行动期间进出口总额年均增长10%以上") was dated the five years from the report's
year. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val
from taskdoc import pledges


def _paper(paper: str, city: str, who: str, head_day: str, gap: str, masthead: bool) -> str:
    mast = f"{paper}\n" if masthead else ""
    return (f"{paper}\n2023年1月12日　星期四\n第1版　要闻\n\n政府工作报告\n——2023年1月8日在{city}第十六届人民代表大会第二次会议上\n"
            f"{who}\n\n各位代表：\n一、2022年工作回顾\n全市一般公共预算收入完成451.3亿元，增长3.2%；城镇常住居民人均可支配收入达到44870元，"
            f"增（下转第2版）{gap}{mast}{head_day}　星期四\n第2版　要闻{gap}（上接第1版）长3.1%；农村常住居民人均可支配收入达到20510元，"
            "增长4.6%。\n二、2023年目标任务\n今年主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%。\n")


_CITIES = [("长春日报", "长春市", "长春市市长　王子联"), ("吉林日报", "吉林市", "吉林市市长　王路"),
           ("哈尔滨日报", "哈尔滨市", "哈尔滨市市长　张起翔")]


@pytest.mark.parametrize("head_day", ["2023年1月1 2日", "2023年1月12日", "2023年 1月 12日"])
@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n"])
@pytest.mark.parametrize("masthead", [True, False])
@pytest.mark.parametrize("paper,city,who", _CITIES)
def test_a_paper_head_set_apart_by_blank_lines(head_day, gap, masthead, paper, city, who):
    fs = keys_of(read(_paper(paper, city, who, head_day, gap, masthead)))
    assert val(fs, ("urban_disposable_income", "actual", "2022", "growth")) == (3.1, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2022", "level")) == (44870, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2022", "growth")) == (4.6, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "about")


# near-misses: a date in prose between paragraphs, and a head after a whole sentence, keep their readings
@pytest.mark.parametrize("para", [
    "2022年11月2 6日，长白高铁正式开通运营，全市铁路营业里程达到1150公里。",
    "\n2022年12月1 6日　星期五，全市召开经济工作会议。\n",
])
def test_a_date_in_prose_stays(para):
    text = _paper("长春日报", "长春市", "长春市市长　王子联", "2023年1月12日", "\n", True).replace(
        "二、2023年目标任务", para + "\n粮食总产量达到1150.9万吨。\n二、2023年目标任务")
    fs = keys_of(read(text))
    assert val(fs, ("grain_output", "actual", "2022", "level")) == (1150.9, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2022", "growth")) == (3.1, "eq")


def _report(place: str, who: str, year: int, body: str, review: str = "") -> str:
    return (f"政府工作报告\n——{year}年1月20日在{place}第十六届人民代表大会第四次会议上\n{who}\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{review}全市地区生产总值增长5.9%。\n"
            f"二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长7.5%左右。\n{body}\n")


_PLACES = [("株洲市", "株洲市市长　曹慧泉"), ("宜宾市", "宜宾市市长　张宇"), ("赣州市", "赣州市市长　李克坚")]


@pytest.mark.parametrize("sentence,item", [
    ("实施新一轮开放型经济三年攻坚行动，三年攻坚行动期间进出口总额年均增长10%以上。", "foreign_trade"),
    ("启动数字经济三年行动，三年行动期间全社会研发经费投入年均增长12%。", "rnd_expenditure"),
    ("（二）扩大有效投资。开展项目建设三年攻坚行动，三年攻坚期间固定资产投资年均增长8%。", "fixed_asset_investment"),
])
@pytest.mark.parametrize("place,who", _PLACES)
@pytest.mark.parametrize("year,n", [(2024, 3), (2021, 3), (2026, 3)])
def test_a_programme_set_going_runs_from_the_reports_year(sentence, item, place, who, year, n):
    fs = keys_of(read(_report(place, who, year, sentence,
                              review="我们启动实施制造业高质量发展三年行动（2023—2025年）。")))
    assert (item, "goal", f"{year}-{year + n - 1}", "growth") in fs, sorted(k for k in fs if k[1] == "goal")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")


# near-misses: the programme whose years the report gave, one whose sentence names its end year, and a bare 三年行动期间
# neither set going nor dated keep their readings
@pytest.mark.parametrize("sentence,item,span,review", [
    ("深入推进制造业高质量发展三年行动，三年行动期间规模以上工业增加值年均增长8%以上。", "industrial_va", "2023-2025",
     "我们启动实施制造业高质量发展三年行动（2023—2025年）。"),
    ("三年行动确定了到2026年的目标，三年行动期间进出口总额年均增长9%。", "foreign_trade", "2026", ""),
    ("三年行动期间，进出口总额年均增长9%。", "foreign_trade", "2024-2028", ""),
])
def test_other_programmes_keep_their_span(sentence, item, span, review):
    fs = keys_of(read(_report("株洲市", "株洲市市长　曹慧泉", 2024, sentence, review=review)))
    assert (item, "goal", span, "growth") in fs, sorted(k for k in fs if k[1] == "goal")


# 3. a review's list of last year's targets set before it and closed by 的目标, its last item a level or a share with its
# unit ("年初确定的规模以上工业增加值增长7%左右、城镇新增就业35万人以上的目标如期完成"): every item last year's target, as a
# run closed by a % figure was (the first item was lost to the result's key)
def _review(place: str, who: str, sentence: str) -> str:
    return (f"政府工作报告\n——2025年1月14日在{place}第十四届人民代表大会第四次会议上\n{who}\n各位代表：\n一、2024年工作回顾\n"
            f"过去一年，地区生产总值增长4.2%，规模以上工业增加值增长7.1%，固定资产投资增长3.4%，城镇新增就业36.5万人。{sentence}\n"
            "二、2025年主要目标\n今年主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长7%左右，城镇新增就业35万人以上，"
            "粮食产量稳定在1400万吨以上。\n")


@pytest.mark.parametrize("sentence,item,measure,want", [
    ("年初确定的规模以上工业增加值增长7%左右、城镇新增就业35万人以上的目标如期完成。", "urban_new_jobs", "level", (35, "at_least")),
    ("年初确定的固定资产投资增长6%、粮食产量1350万吨以上的目标全面实现。", "grain_output", "level", (1350, "at_least")),
    ("年初确定的规模以上工业增加值增长7%左右和城镇新增就业35万人的目标顺利完成。", "urban_new_jobs", "level", (35, "eq")),
])
@pytest.mark.parametrize("place,who", [("广西壮族自治区", "自治区主席　韦韬"), ("江西省", "江西省省长　叶建春"),
                                       ("贵州省", "贵州省省长　李炳军")])
def test_a_reviews_list_of_last_years_targets_closed_by_a_level(sentence, item, measure, want, place, who):
    fs = keys_of(read(_review(place, who, sentence)))
    first = "fixed_asset_investment" if "固定资产投资增长6%" in sentence else "industrial_va"
    assert val(fs, (first, "target", "2024", "growth"))[0] in (6, 7)
    assert val(fs, (item, "target", "2024", measure)) == want
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (7.1, "eq")
    assert val(fs, ("industrial_va", "target", "2025", "growth")) == (7, "about")


# near-miss: a list of results with no words that set it keeps its readings
def test_a_list_of_results_stays():
    fs = keys_of(read(_review("江西省", "江西省省长　叶建春", "其中，规模以上工业增加值增长7%左右、城镇新增就业35万人以上的目标任务基本完成。")))
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (7.1, "eq")


# 4. the year's targets restated in its tasks as a 、-run closed by 的目标, or the plan's goals closed by 的规划目标: facts,
# no pledge for any item (as one figure before 的目标 was none)
@pytest.mark.parametrize("body,gone", [
    ("确保实现固定资产投资增长3%左右、社会消费品零售总额增长5%左右的目标。新建5G基站800个。", {3, 5}),
    ("全力完成规模以上工业增加值增长7%、一般公共预算收入增长4%以上的年度目标。新建5G基站800个。", {7, 4}),
    ("要确保“十四五”规划地区生产总值年均增长5.5%左右、研发经费投入强度达到2%的规划目标圆满完成。新建5G基站800个。", {5.5, 2}),
])
@pytest.mark.parametrize("level", ["市", "县"])
def test_a_run_closed_by_the_goals_name_pledges_nothing(body, gone, level):
    ps = pledges(body, level)
    assert not {p for p in ps if p[2] in gone and p[3] == "%"}, ps
    assert ("新建", "5G基站", 800, "个") in ps


# near-misses: a count closed by 的目标 of its own, and a run of tasks with no 的目标, pledge as before
@pytest.mark.parametrize("body,want", [
    ("新建5G基站800个、改造老旧小区50个，实现城镇新增就业1万人以上。", ("改造", "老旧小区", 50, "个")),
    ("全年实施重点项目300个、完成投资500亿元以上。", ("实施", "重点项目", 300, "个")),
])
def test_tasks_without_the_goals_name_pledge(body, want):
    assert want in pledges(body)
