"""What decisions 235–259 left (lft42, decision 266): a plan in words inside a run of last year's plans ("年度计划居民人均
可支配收入增长与经济增长同步，全市居民人均可支配收入达到75190元，增长5.5%；年度计划城镇新增就业15万人，实际新增…") read the
result after it as the plan and gave no qualitative target; a one-cell-a-line table whose name head is wrapped ("指标" over
"名称") was not read; the prose after a table opened by the tasks' label ("全年重点抓好以下工作：…") pledged nothing; an
object named a clause before its count ("开通中欧班列…新线路，全年开行1800列以上") was not pledged; a district by its bare
name with a lead of progress ("闵行区发展势头强劲，地区生产总值增长4.4%") gave the city its figure. Each with look-alikes
that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _plan_report(place: str, year: int, review: str, targets: str = "地区生产总值增长5.5%左右。") -> str:
    return (f"关于{place}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月16日在{place}第十六届人民代表大会第四次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n\n{review}\n\n"
            f"二、{year}年国民经济和社会发展的主要目标\n\n{year}年主要预期目标是：{targets}\n")


_PLACES = [("宁波市", 2024), ("湖南省", 2026), ("绵阳市", 2019), ("江西省", 2022)]


# 1. a plan in words inside a run of last year's plans
@pytest.mark.parametrize("words", ["增长与经济增长同步", "增长与经济增长基本同步", "与经济增长同步"])
@pytest.mark.parametrize("place,year", _PLACES)
def test_a_plan_in_words_in_the_run_is_last_years_target_and_the_figures_after_it_results(place, year, words):
    review = (f"年度计划地区生产总值增长5.5%左右，实际增长6.2%；年度计划居民人均可支配收入{words}，全市居民人均可支配收入"
              f"达到75190元，增长5.5%；年度计划城镇新增就业15万人，实际新增22.3万人。")
    fs = keys_of(read(_plan_report(place, year, review)))
    y = str(year - 1)
    assert val(fs, ("disposable_income", "target", y, "growth")) == (None, "qualitative")
    assert val(fs, ("disposable_income", "actual", y, "level")) == (75190, "eq")
    assert val(fs, ("disposable_income", "actual", y, "growth")) == (5.5, "eq")
    assert ("disposable_income", "target", y, "level") not in fs
    assert val(fs, ("urban_new_jobs", "target", y, "level")) == (15, "eq")
    assert val(fs, ("urban_new_jobs", "actual", y, "level")) == (22.3, "eq")


@pytest.mark.parametrize("place,year", _PLACES[:2])
def test_a_plan_in_words_then_its_estimate_keeps_both(place, year):
    review = ("年度计划地区生产总值增长5%左右，实际增长5.2%；年度计划单位地区生产总值能耗下降完成国家下达任务，预计下降3%；"
              "年度计划城镇调查失业率5.5%左右，实际为5.1%。")
    fs = keys_of(read(_plan_report(place, year, review)))
    y = str(year - 1)
    assert val(fs, ("energy_intensity", "target", y, "growth")) == (None, "qualitative")
    assert val(fs, ("energy_intensity", "actual", y, "growth")) == (-3, "eq")


@pytest.mark.parametrize("place,year", _PLACES[:2])
def test_a_run_of_numeric_plans_before_their_results_stays_the_plans(place, year):
    # (look-alike: decision 258's run, the figures of the plans before a result clause after ；)
    review = ("年度计划一般公共预算收入增长5%，固定资产投资增长6%；实际完成一般公共预算收入172亿元、增长4.2%，固定资产投资"
              "增长3.8%。")
    fs = keys_of(read(_plan_report(place, year, review)))
    y = str(year - 1)
    assert val(fs, ("general_budget_revenue", "target", y, "growth")) == (5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", y, "growth")) == (4.2, "eq")
    assert val(fs, ("fixed_asset_investment", "target", y, "growth")) == (6, "eq")


@pytest.mark.parametrize("place,year", _PLACES[:2])
def test_a_result_with_no_plan_lead_gives_no_qualitative_target(place, year):
    # (look-alike: the same words with no plan's lead: a result in words, no target)
    review = "全市居民人均可支配收入增长与经济增长同步，达到75190元。地区生产总值增长6.2%。"
    fs = keys_of(read(_plan_report(place, year, review)))
    assert ("disposable_income", "target", str(year - 1), "growth") not in fs


# 2. a table one cell a line whose name head is wrapped in two lines
_ROWS = "地区生产总值增速\n%\n5.8\n5.5左右\n规模以上工业增加值增速\n%\n7.7\n6以上\n城镇新增就业\n万人\n94.3\n70以上\n"


def _table_report(head: str, year: int = 2025, place: str = "湖北省") -> str:
    return (f"{place}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n\n{year}年主要预期目标见附表。\n\n"
            f"附表\n{place}{year}年国民经济和社会发展主要指标\n{head}{_ROWS}")


@pytest.mark.parametrize("head", ["指标\n名称\n单位\n{p}年\n完成\n{y}年\n计划\n", "指标\n名称\n单位\n{p}年完成\n{y}年计划\n",
                                  "主要指标\n名称\n单位\n{p}年\n预计\n{y}年\n目标\n"])
@pytest.mark.parametrize("place,year", [("湖北省", 2025), ("绵阳市", 2018), ("江西省", 2026)])
def test_a_wrapped_name_head_reads_the_table(head, place, year):
    fs = keys_of(read(_table_report(head.format(p=year - 1, y=year), year, place)))
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")
    assert val(fs, ("industrial_va", "target", str(year), "growth")) == (6, "at_least")
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (70, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", str(year - 1), "level")) == (94.3, "eq")


# 3. the tasks' label opening the prose after a table
@pytest.mark.parametrize("label", ["全年重点抓好以下工作：", "重点工作：", "重点推进以下工作：", "全年重点推进以下工作："])
def test_the_tasks_label_after_a_table_opens_the_years_tasks(label):
    text = _table_report("指标名称\n单位\n2024年完成\n2025年计划\n") + \
        f"\n— 3 —\n\n{label}实施亿元以上项目6000个以上，新建改造城市燃气管网1500公里，新增高标准农田200万亩。\n"
    objs = {o for o, _, _ in pledged(read(text))}
    assert any("燃气管网" in o for o in objs) and any("高标准农田" in o for o in objs)


def test_prose_after_a_table_with_no_label_stays_unpledged():
    # (look-alike: decision 240's prose under the table's title with no lead of the year's work)
    text = _table_report("指标名称\n单位\n2024年完成\n2025年计划\n") + \
        "\n各市州情况如下：武汉市新建改造城市燃气管网500公里。\n"
    assert not pledged(read(text))


# 4. an object named a clause before its count
_CITY = ("政府工作报告\n——{y}年1月21日在{p}第六届人民代表大会第二次会议上\n\n各位代表：\n\n一、{py}年工作回顾\n\n"
         "全市地区生产总值增长6.1%。\n\n二、{y}年工作安排\n\n重点抓好以下工作：{task}\n")


@pytest.mark.parametrize("task,value", [("开通中欧班列（渝新欧）新线路，全年开行1800列以上。", 1800),
                                        ("推进中欧班列提质扩量，全年开行800列以上。", 800),
                                        ("拓展中欧班列（中豫号）线路，全年开行2800列。", 2800),
                                        ("稳定中亚班列运行，年内开行500列。", 500)])
@pytest.mark.parametrize("place,year", [("重庆市", 2024), ("郑州市", 2023), ("西安市", 2026)])
def test_a_train_named_a_clause_before_its_count_is_pledged(place, year, task, value):
    d = read(_CITY.format(p=place, y=year, py=year - 1, task=task))
    assert any("班列" in o and v == value and u == "列" for o, v, u in pledged(d))


@pytest.mark.parametrize("task", ["推进口岸建设，全年开行1000列以上。", "推进陆港建设，年内开行600列。"])
def test_an_aim_a_clause_before_a_count_names_no_train(task):
    # (look-alike: the clause before names an aim, no thing counted)
    d = read(_CITY.format(p="重庆市", y=2024, py=2023, task=task))
    assert not any(u == "列" for _, _, u in pledged(d))


# 5. a district by its bare name with a lead of progress in the city's or province's report
def _city_report(place: str, year: int, review: str) -> str:
    return (f"政府工作报告\n——{year}年1月23日在{place}第十五届人民代表大会第五次会议上\n\n各位代表：\n\n一、{year - 1}年工作回顾\n\n"
            f"{review}全市生产总值增长1.7%。\n\n二、{year}年主要目标\n\n今年全市生产总值增长6%以上。\n")


@pytest.mark.parametrize("district,place", [("闵行区", "上海市"), ("崇明区", "上海市"), ("天河区", "广州市"),
                                            ("江北区", "重庆市")])
@pytest.mark.parametrize("lead", ["发展势头强劲", "经济持续恢复", "加快发展", "建设提速"])
def test_a_bare_districts_progress_lead_keeps_its_figure(district, place, lead):
    fs = keys_of(read(_city_report(place, 2021, f"{district}{lead}，地区生产总值增长4.4%。")))
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (1.7, "eq")


def test_the_districts_own_report_keeps_its_figure():
    # (look-alike: the district's own report opens the same way)
    text = ("闵行区政府工作报告\n——2021年1月8日在上海市闵行区第七届人民代表大会第五次会议上\n\n各位代表：\n\n"
            "一、2020年工作回顾\n\n闵行区发展势头强劲，地区生产总值增长4.4%。全市生产总值增长1.7%。\n\n二、2021年主要目标\n\n"
            "地区生产总值增长6%左右。\n")
    fs = keys_of(read(text))
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (4.4, "eq")


def test_a_task_verb_before_the_district_leaves_the_region_its_figure():
    # (look-alike: a task's verb before the district: no lead of its progress, the region's figure after it)
    text = ("政府工作报告\n——2021年1月23日在上海市第十五届人民代表大会第五次会议上\n\n一、2020年工作回顾\n\n"
            "推动闵行区发展势头强劲，地区生产总值增长1.7%。\n\n二、2021年主要目标\n\n全市生产总值增长6%以上。\n")
    fs = keys_of(read(text))
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (1.7, "eq")
