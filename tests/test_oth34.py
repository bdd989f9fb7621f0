"""Budget reports and statistical communiqués (oth34): a budget's growth over last year's budget, and the functional
classes of a budget's spending stated with no verb (docs/decisions.md 126)."""
from factkeys import facts, read, val


def test_growth_over_last_years_budget_is_this_years():
    """'比上年年初预算增长' in a budget draft: last year's budget is the base, the growth is the draft year's."""
    t = ("二、2023年预算草案\n全市一般公共预算支出安排412.6亿元，比上年年初预算增长3.8%。"
         "全县政府性基金预算支出安排18亿元，较去年年初预算增长2%。"
         "市本级一般公共预算收入安排96亿元，比上年预算增长4.1%。")
    fs = facts(t, report_year=2023, doc_type="budget_report")
    assert val(fs, ("general_budget_expenditure", "target", "2023", "growth")) == (3.8, "eq")
    assert ("general_budget_expenditure", "target", "2022", "growth") not in fs


def test_over_this_years_budget_stays_no_fact():
    """'比年初预算增长5%' after a result is how far it passed the budget, no growth; '比上年增长' still is."""
    t = ("一、2022年预算执行情况\n全县一般公共预算收入完成25.3亿元，比年初预算增长5%，比上年增长8%。")
    fs = facts(t, report_year=2023, doc_type="budget_report")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (8, "eq")


def test_functional_spending_items_are_allocations():
    """A draft's list of spending by function, no verb before each: 安排, one pledge per class."""
    t = ("二、2024年预算草案\n市本级一般公共预算支出安排305亿元。主要支出项目安排如下：\n"
         "（一）卫生健康支出38.2亿元，增长6.1%。\n（二）城乡社区支出51.7亿元。\n"
         "（三）节能环保支出9.6亿元，主要用于大气污染防治。\n")
    d = read(t, report_year=2024, doc_type="budget_report")
    got = {(p.action, p.object, p.value, p.unit) for p in d.pledges}
    assert ("安排", "卫生健康支出", 38.2, "亿元") in got
    assert ("安排", "城乡社区支出", 51.7, "亿元") in got
    assert ("安排", "节能环保支出", 9.6, "亿元") in got


def test_functional_spending_in_review_is_no_pledge():
    """Last year's spending by function in the execution part is a result, not a pledge."""
    t = ("一、2023年预算执行情况\n全市教育支出62.4亿元，增长4.3%；农林水支出21.5亿元，增长2.2%。\n")
    d = read(t, report_year=2024, doc_type="budget_report")
    assert not [p for p in d.pledges if p.object.endswith("支出")]


def test_budget_table_completion_column_is_no_figure():
    """A budget execution table's "完成预算%" / "为调整预算%" column is how much of the budget was met: no target, and
    the growth column after it is the result's, not a target's."""
    t = ("一、2022年预算执行情况\n单位：万元\n项目\t年初预算\t执行数\t完成预算%\t比上年增长%\n"
         "一般公共预算收入\t86000\t88120\t102.5\t4.6\n\n"
         "二、2023年预算草案\n全区一般公共预算收入预期增长5%。\n")
    fs = facts(t, report_year=2023, doc_type="budget_report")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (4.6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")
    assert ("general_budget_revenue", "target", "2023", "level") not in fs
    t2 = ("项目\t调整预算数\t决算数\t为调整预算%\t增长%\n一般公共预算支出\t410200\t402300\t98.1\t3.3\n")
    fs2 = facts(t2, report_year=2023, doc_type="budget_report")
    assert all(f.value != 98.1 for f in fs2.values())


def test_table_last_number_not_joined_to_next_paragraph():
    """A table's last cell then a blank line and a paragraph opening with a year: two numbers, not 6.92020."""
    t = ("项目\t年初预算\t执行数\t比上年增长%\n一般公共预算支出\t325000\t384600\t6.9\n\n"
         "2020年，全县落实减税降费政策，全年新增减税降费1.36亿元。\n")
    fs = facts(t, report_year=2021, doc_type="budget_report")
    assert val(fs, ("general_budget_expenditure", "actual", "2020", "growth")) == (6.9, "eq")
    t2 = ("指标\t2023年完成\t增长%\n地区生产总值（亿元）\t412.6\t5.8\n\n2024年，全市经济运行总体平稳。\n")
    fs2 = facts(t2, report_year=2024)
    assert val(fs2, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")


def test_budget_byline_office_named_by_level_alone():
    """A budget report's byline names the finance bureau by its level alone ("县财政局局长　杨　帆"): its head speaks."""
    import planwatch
    for line, name in (("县财政局局长　杨　帆", "杨帆"), ("州财政局局长 罗光明", "罗光明")):
        t = ("关于2023年预算执行情况和2024年预算草案的报告\n"
             "——2024年1月10日在黔东南苗族侗族自治州第十五届人民代表大会第三次会议上\n" + line + "\n各位代表：\n")
        m = planwatch.read_text(t, "x.txt").meta
        assert (m.doc_type, m.speaker, m.meeting_date) == ("budget_report", name, "2024-01-10")
    # (an office alone is still no speaker)
    t = "关于2023年预算执行情况和2024年预算草案的报告\n——2024年1月10日在某县第十届人民代表大会第三次会议上\n县财政局\n各位代表：\n"
    assert planwatch.read_text(t, "x.txt").meta.speaker is None


def test_budget_word_before_allocation_verb_leaves_the_object():
    """"X预算安排Y": 预算 labels the amount, the object is X (经费, 支出, 资金); a whole budget keeps its name."""
    t = ("二、2024年预算草案\n区本级“三公”经费预算安排0.35亿元。卫生健康支出预算安排12.4亿元。"
         "乡村振兴衔接资金预算安排3亿元。\n")
    d = read(t, report_year=2024, doc_type="budget_report")
    got = {(p.object, p.value) for p in d.pledges}
    assert {("区本级“三公”经费", 0.35), ("卫生健康支出", 12.4), ("乡村振兴衔接资金", 3)} <= got
