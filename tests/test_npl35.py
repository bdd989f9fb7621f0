"""Session npl35: the national plan report, the budget report's national figures and the State Council's targets
restated in other texts, blind round — a briefing's lead that names the plan a State Council body presented, the
budget's bare 赤字, a 专栏 box restating the target or goal list, and a ratio's result as the year's average."""
from __future__ import annotations

from factkeys import facts, pledged, read, val  # tests/factkeys.py

PLAN_HEAD = ("关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
             "——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国家发展和改革委员会\n\n"
             "各位代表：\n受国务院委托，现将计划执行情况与计划草案提请审议。\n\n"
             "一、2023年国民经济和社会发展计划执行情况\n国内生产总值126万亿元，增长5.2%。\n\n")


def test_briefing_on_the_plan_a_national_body_presents_is_national():
    # (no 受国务院委托, no 我国 twice: the body before the congress's session, the plan or budget it approved after it)
    for lead in ("3月12日，国务院新闻办公室举行新闻发布会，国家发展改革委副主任介绍十四届全国人大三次会议审查批准的"
                 "2025年国民经济和社会发展计划有关情况。",
                 "国新办今天举行发布会，财政部副部长解读十四届全国人大二次会议批准的2024年中央和地方预算。"):
        d = read("【权威发布】解读今年目标\n\n" + lead + "\n今年城镇新增就业目标1200万人以上，城镇调查失业率平均为5.2%。\n")
        assert (d.meta.region, d.meta.level) == ("中华人民共和国", "national"), lead


def test_a_provinces_body_presenting_its_own_plan_stays_the_province():
    d = read("河南省发展改革委主任介绍河南省十四届人大二次会议审查批准的2024年国民经济和社会发展计划有关情况。"
             "全省生产总值增长5%左右。\n")
    assert d.meta.region == "河南省"


def test_the_budgets_bare_deficit_is_the_years_allocation():
    budget = ("关于2024年中央和地方预算执行情况与2025年中央和地方预算草案的报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n"
              "财政部\n\n受国务院委托，现将预算草案提请审议。\n\n一、2024年中央和地方预算执行情况\n"
              "全国一般公共预算收入219702亿元，增长1.3%。收支相抵，赤字40600亿元，与预算持平。\n\n"
              "二、2025年中央和地方预算草案\n全国一般公共预算支出297470亿元，增长4.4%。收支总量相抵，赤字56600亿元，"
              "比2024年年初预算增加16000亿元。\n")
    p = pledged(read(budget))
    assert ("赤字", 56600, "亿元") in p
    assert ("赤字", 40600, "亿元") not in p  # (last year's, in the review)


def test_a_box_restating_the_target_list_gives_facts_not_pledges():
    text = (PLAN_HEAD + "二、2024年经济社会发展主要预期目标\n主要预期目标是：国内生产总值增长5%左右。\n\n"
            "专栏2  2024年国民经济和社会发展主要预期目标\n国内生产总值增长：5%左右\n城镇新增就业：1200万人以上\n"
            "新增高标准农田：4500万亩\n\n"
            "三、2024年主要任务\n新增高标准农田4500万亩。\n\n"
            "专栏3  2024年重大工程\n新建5G基站60万个以上。\n")
    d = read(text)
    p = pledged(d)
    assert not [x for x in p if x[0].endswith("就业")]
    assert ("5G基站", 60, "万个") in p  # (a box of projects is read)
    assert sum(1 for x in d.pledges if x.object.endswith("高标准农田")) == 1  # (the task's, not the box's)
    fs = facts(text)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1200, "at_least")


def test_a_box_of_the_plans_main_indicators_gives_no_pledges():
    text = (PLAN_HEAD + "二、2024年经济社会发展主要预期目标\n国内生产总值增长5%左右。\n"
            "专栏1：“十四五”规划主要指标（节选）\n——民生福祉：每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n"
            "——安全保障：粮食综合生产能力达到6.5亿吨以上。\n\n三、2024年主要任务\n新建改建农村公路15万公里。\n")
    p = pledged(read(text))
    assert ("农村公路", 15, "万公里") in p
    assert not [x for x in p if "托位" in x[0] or "粮食" in x[0]]


def test_a_ratios_result_as_the_years_average_after_its_target():
    for item, got in (("——城镇调查失业率：预期目标5.5%左右，全年平均为5.2%；", 5.2),
                      ("城镇调查失业率目标控制在5.5%以内，实际平均5.1%。", 5.1)):
        fs = facts(PLAN_HEAD.replace("国内生产总值126万亿元，增长5.2%。", item))
        assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (got, "eq"), item
        assert fs[("urban_unemployment_rate", "target", "2023", "share")].value == 5.5, item


def test_a_page_on_the_countrys_figures_alone_is_national():
    # (no byline, no 我国: 国内生产总值 and 全国, never 地区生产总值 nor 我省/全市)
    for body in ("国务院新闻办公室今天举行发布会，国家统计局负责人介绍2025年国民经济运行情况。初步核算，全年国内生产总值"
                 "1400000亿元，增长5%。全国城镇调查失业率平均值为5.2%。全年全国粮食总产量71000万吨。",
                 "数据显示，去年国内生产总值增长5.2%，全国居民人均可支配收入实际增长6.1%，全国规模以上工业增加值增长4.6%。",
                 "财政部今天发布，1—12月全国一般公共预算收入216000亿元，同比增长6%；全国一般公共预算支出275000亿元。"):
        d = read("国民经济运行情况\n\n" + body + "\n")
        assert (d.meta.region, d.meta.level) == ("中华人民共和国", "national"), body
    d = read("某某日报讯 国内生产总值增长5.2%，全国、全省经济稳中向好。全市地区生产总值增长6%，高于全国平均水平。\n")
    assert d.meta.region != "中华人民共和国"


def test_the_central_governments_own_spending_is_an_allocation():
    budget = ("关于2025年中央和地方预算执行情况与2026年中央和地方预算草案的报告\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n"
              "财政部\n\n一、2025年中央和地方预算执行情况\n中央本级支出42000亿元，增长7%。\n\n"
              "二、2026年中央和地方预算草案\n中央一般公共预算收入预计为105000亿元。中央本级支出44500亿元，增长6%。\n")
    p = pledged(read(budget))
    assert ("中央本级支出", 44500, "亿元") in p
    assert ("中央本级支出", 42000, "亿元") not in p


BOX_HEAD = ("关于2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告\n"
            "——2020年5月22日在第十三届全国人民代表大会第三次会议上\n国家发展和改革委员会\n\n"
            "一、2019年国民经济和社会发展计划执行情况\n专栏1  2019年主要指标完成情况\n")
BOX_TAIL = "\n\n二、2020年经济社会发展主要预期目标\n城镇新增就业900万人以上。\n"


def test_a_boxs_labelled_rows_set_one_a_line_are_rows_not_a_cut_sentence():
    rows = ("居民消费价格涨幅：预期目标3%左右，执行结果2.9%\n城镇新增就业：预期目标1100万人以上，执行结果1352万人\n"
            "城镇调查失业率：预期目标5.5%左右，执行结果5.2%")
    fs = facts(BOX_HEAD + rows + BOX_TAIL)
    assert val(fs, ("urban_new_jobs", "target", "2019", "level")) == (1100, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", "2019", "level")) == (1352, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2019", "share")) == (5.2, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2020", "level")) == (900, "at_least")


def test_a_bare_range_in_a_cell_takes_the_brackets_unit():
    for row, lo, hi in (("国内生产总值增长（%）：预期目标6—6.5，执行结果6.1", 6, 6.5),
                        ("居民消费价格涨幅（%）：计划2～3，完成2.9", 2, 3)):
        fs = facts(BOX_HEAD + row + BOX_TAIL)
        ind = "gdp" if row.startswith("国内") else "cpi"
        assert val(fs, (ind, "target", "2019", "growth")) == (lo, hi, "range"), row
        assert fs[(ind, "actual", "2019", "growth")].value in (6.1, 2.9), row


def test_a_news_lead_on_the_report_submitted_to_the_national_congress_is_national():
    # (the dateline's city is where the congress meets, not whose figures these are)
    for lead in ("新华社北京3月5日电 5日提请十四届全国人大二次会议审查的计划报告，明确了今年经济社会发展的主要预期目标。",
                 "本报北京3月5日电 今天提请十四届全国人大三次会议审查的预算报告提出，今年赤字率拟按4%左右安排。"):
        d = read("一组数字读懂报告\n\n" + lead + "\n今年国内生产总值增长预期目标为5%左右。\n")
        assert (d.meta.region, d.meta.level) == ("中华人民共和国", "national"), lead


def test_a_local_report_following_the_plan_the_congress_approved_stays_local():
    d = read("河北省2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n——2025年1月在河北省第十四届人民代表大会第三次会议上\n\n"
             "一、2024年计划执行情况\n认真落实十四届全国人大二次会议批准的计划和省人大批准的计划，全省生产总值增长5.4%。\n")
    assert d.meta.region == "河北省"


def test_an_intensitys_target_restated_after_a_fall_short_is_a_cut():
    # (a rise's target stays a rise: "工业增加值下降2.6%，低于3%左右的预期目标")
    for item, ind, v in (("单位国内生产总值能耗下降2.6%，未完成3%左右的预期目标。", "energy_intensity", -3),
                         ("单位国内生产总值二氧化碳排放降低3.1%，低于3.9%的年度目标。", "carbon_intensity", -3.9),
                         ("规模以上工业增加值下降2.6%，低于3%左右的预期目标。", "industrial_va", 3)):
        fs = facts(PLAN_HEAD.replace("国内生产总值126万亿元，增长5.2%。", item))
        assert fs[(ind, "target", "2023", "growth")].value == v, item


def test_the_national_congresss_own_press_conference_is_national():
    # (no 国内生产总值: the ministers' answers on the year's figures; the session dates it)
    for head in ("十四届全国人大三次会议举行经济主题记者会\n\n3月6日下午，国家发展改革委主任、财政部部长回答中外记者提问。\n",
                 "十四届全国人大三次会议举行记者会 外交部长答记者问\n\n"):
        d = read(head + "国家发展改革委主任：今年把经济增长预期目标定在5%左右，是综合研判的结果。\n")
        assert (d.meta.region, d.meta.report_year) == ("中华人民共和国", 2025), head


def test_the_countrys_news_filed_from_the_capital_is_not_the_capitals():
    for lead in ("新华社北京3月6日电 今年国内生产总值增长预期目标定在5%左右，与去年持平。",
                 "本报北京3月5日电 2025年国内生产总值增长预期目标为5%左右，城镇新增就业1200万人以上。"):
        d = read("权威解读丨今年经济增长目标这样定\n\n" + lead + "\n")
        assert d.meta.region == "中华人民共和国", lead
    # (the city's own news keeps its dateline: 地区生产总值, 全市)
    d = read("北京日报讯\n\n本报北京1月15日电 全市地区生产总值增长5.2%，今年预期增长5%左右。\n")
    assert d.meta.region == "北京市"
