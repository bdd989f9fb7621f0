"""The newest rules (decisions 171-178) under attack, blind (adv38, decision 179): a report copied as one run of text
whose title line stands before the run (the title is no lead of the tasks' list, the review does not date them); a list
item that opens with a figure after a line ending in a unit ("…5000人\n5、65岁以上…", no footnote mark); an item number
before such an item's object; a second part's share with its object left out ("…，嘉定镇新增不少于3家")."""
from planwatch.normalize import normalize

from factkeys import facts, read, val

# a plan report copied as one run, its title line kept and the run opening with the meeting's dash ("——2021年…", read
# as a bullet led by the title line, which names last year's 执行情况): the tasks part's figures are the year's targets
RUN_PLAN = ("关于某某市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
            "——2021年1月20日在某某市第八届人民代表大会第五次会议上　某某市发展和改革委员会主任　李某"
            "各位代表：受市人民政府委托，现将计划执行情况与计划草案报告如下。一、2020年国民经济和社会发展计划执行情况"
            "2020年，全市地区生产总值完成1520.3亿元，增长4.1%；规模以上工业增加值增长5.2%；固定资产投资增长8.6%；"
            "社会消费品零售总额610.4亿元，下降2.3%；一般公共预算收入98.6亿元，增长1.9%；城镇、农村居民人均可支配收入"
            "分别为36210元、15320元，增长4.8%、7.6%；城镇登记失业率3.2%。全年实施省市重点项目260个，完成投资980亿元。"
            "二、2021年经济社会发展的主要目标2021年全市经济社会发展主要预期目标为：地区生产总值增长8%左右；规模以上工业"
            "增加值增长9%；固定资产投资增长10%；一般公共预算收入增长6%。三、2021年重点工作（一）扩大有效投资。实施省市"
            "重点项目300个，完成投资1100亿元以上，全年固定资产投资达到1350亿元。（二）保障改善民生。城镇新增就业3.8万人，"
            "新建农村公路800公里。")

# a county's plan report copied as one run: its tasks' counts after the review and the targets' colon
RUN_GWR = ("关于某某县2021年国民经济和社会发展计划执行情况与2022年计划的报告\n"
           "——2022年1月8日在某某县第十七届人民代表大会第一次会议上　县发展和改革局局长　王某各位代表：现将计划执行情况报告"
           "如下，请予审议。一、2021年计划执行情况2021年，全县地区生产总值完成210.6亿元，增长7.9%；一般公共预算收入11.8亿元，"
           "增长9.2%；规模以上工业增加值增长10.1%；社会消费品零售总额88.5亿元，增长12.3%；城镇、农村居民人均可支配收入分别"
           "达到35260元、16870元，增长8.1%、10.2%；全年新增市场主体5200户。我们坚持项目为王，全年实施重点项目126个，完成"
           "投资158亿元，新培育规上工业企业18家，改造老旧小区21个，新建城市停车位1200个。二、2022年计划安排主要预期目标是："
           "地区生产总值增长7.5%左右，一般公共预算收入增长6%。重点抓好以下工作：（一）做强工业。新增规模以上工业企业20家。"
           "（二）保障民生。城镇新增就业4500人，新建改扩建中小学校6所。全年新增市场主体6000户。")


def test_a_run_on_plan_reports_tasks_are_the_years_targets():
    fs = facts(RUN_PLAN)
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (3.8, "eq")
    assert ("urban_new_jobs", "actual", "2020", "level") not in fs
    assert val(fs, ("gdp", "target", "2021", "growth")) == (8, "about")
    assert val(fs, ("gdp", "actual", "2020", "level")) == (1520.3, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2021", "level")) == (1350, "eq")


def test_a_run_on_work_reports_tasks_are_the_years_targets():
    fs = facts(RUN_GWR)
    assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (4500, "eq")
    assert ("urban_new_jobs", "actual", "2021", "level") not in fs
    assert val(fs, ("gdp", "actual", "2021", "level")) == (210.6, "eq")
    assert val(fs, ("market_entities", "actual", "2021", "level")) == (5200, "eq")
    assert val(fs, ("market_entities", "target", "2022", "level")) == (6000, "eq")


def test_the_same_report_with_its_lines_reads_the_same():
    lines = RUN_PLAN.replace("。", "。\n").replace("执行情况2020年", "执行情况\n2020年").replace("主要目标2021年", "主要目标\n2021年")
    fs = facts(lines.replace("重点工作（一）", "重点工作\n（一）"))
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (3.8, "eq")


ITEMS = """今年，集中财力办好十件民生实事：
1、改造城镇老旧小区18个
2、新增城镇就业3200人，农村劳动力转移就业5000人
3、65岁以上老年人免费健康体检8.2万人次
4、新建村级综合服务站10个
5、100个行政村实现通客车
6、改造农村危房300户
7、3岁以下婴幼儿托位新增500个
"""


def test_an_item_opening_with_a_figure_keeps_its_number():
    text = normalize(ITEMS).text
    assert "\n3、65岁以上" in text and "\n5、100个行政村" in text and "\n7、3岁以下" in text


def test_a_mark_before_the_pairs_next_value_is_still_dropped():
    assert "76512元、46830元" in normalize("城乡居民人均可支配收入分别达到76512元\n1、46830元，增长7%").text
    assert "2.6万户、3.1万户" in normalize("两地分别完成改造2.6万户\n2、3.1万户，提前完成任务").text


def test_the_item_number_is_no_part_of_an_object_opening_with_a_figure():
    d = read("各位代表：\n二、2025年工作安排\n" + ITEMS, region="惠水县", level="county", report_year=2025)
    objs = {p.object: p for p in d.pledges}
    assert not any(o.startswith(("3、", "7、", "5、")) for o in objs)
    elder = next(p for p in d.pledges if p.value == 8.2)
    assert elder.action != "转移就业" and elder.object.startswith("65岁以上老年人")
    care = next(p for p in d.pledges if p.value == 500)
    assert care.object.startswith("3岁以下婴幼儿")


def test_a_list_of_locants_after_a_number_is_kept():
    d = read("各位代表：\n二、2025年工作安排\n8、1、2号线新建站点12个\n", region="某市", level="prefecture", report_year=2025)
    assert all(not p.object.startswith("2号线") or p.value == 12 for p in d.pledges)


def test_a_second_parts_share_counts_the_object_left_out():
    d = read("各位代表：\n二、2023年工作安排\n（一）推进工业倍增。大塘埠镇新增规上工业企业不少于5家，嘉定镇新增不少于3家。"
             "南康区新增规上工业企业10家，赣县区新增12家。", region="信丰县", level="county", report_year=2023)
    got = {(p.object, p.value) for p in d.pledges}
    assert ("规上工业企业", 3) in got and ("规上工业企业", 12) in got
    assert not any(o in ("嘉定镇", "赣县区") for o, _ in got)


def test_an_object_before_the_verb_after_another_object_is_its_own():
    d = read("各位代表：\n二、2023年工作安排\n（一）创建卫生村镇。新增省级卫生村20个，省级卫生乡镇新增5个。",
             region="信丰县", level="county", report_year=2023)
    assert ("省级卫生乡镇", 5) in {(p.object, p.value) for p in d.pledges}


def _parts(text):
    return [(s.number, s.role) for s in read(text).sections if s.depth == 1]


RUN_NUMERALS = ("某某县人民政府工作报告\n"
                "——2024年1月12日在某某县第十八届人民代表大会第四次会议上各位代表：现在，我代表县人民政府，向大会报告工作，请予"
                "审议。一、2023年工作回顾2023年，全县地区生产总值完成286.4亿元，增长6.2%。二、三产业增加值分别增长7.1%、6.5%；"
                "一般公共预算收入15.6亿元，增长7.3%；规模以上工业增加值增长8.4%；固定资产投资增长9.1%；社会消费品零售总额"
                "102.3亿元，增长6.8%；城乡居民人均可支配收入分别达到43210元、21560元，增长5.2%和7.4%。三、四季度经济持续回升"
                "向好，全年新增市场主体6200户。二、2024年工作安排全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，"
                "一般公共预算收入增长5%，规模以上工业增加值增长8%。重点抓好以下工作：（一）做强产业。新增规上工业企业15家。"
                "（二）改善民生。城镇新增就业3500人，改造老旧小区10个。三、四、五星级酒店新增2家，新建5G基站800个。"
                "四、加强政府自身建设我们将坚持依法行政，建设人民满意的政府。")


def test_numerals_listed_at_a_sentences_start_open_no_part():
    # (二、三产业 and 三、四季度 after part 一, 三、四、五星级 after part 二: each goes on the parts' numbers, and is none)
    assert _parts(RUN_NUMERALS) == [("一、", "review"), ("二、", "tasks"), ("四、", "closing")]
    d = read(RUN_NUMERALS)
    assert {("5G基站", 800), ("规上工业企业", 15)} <= {(p.object, p.value) for p in d.pledges}
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("secondary_industry_va", "actual", "2023", "growth")) == (7.1, "eq")
    assert val(fs, ("market_entities", "actual", "2023", "level")) == (6200, "eq")


def test_a_part_going_on_the_numbers_still_opens():
    text = RUN_NUMERALS.replace("三、四、五星级酒店新增2家，新建5G基站800个。四、加强政府自身建设",
                                "新建5G基站800个。三、政府建设我们将坚持依法行政")
    assert _parts(text)[-1][0] == "三、"


def test_a_page_cut_after_a_count_still_goes_on():
    # (a sentence a page cut right after a count goes on where the next line opens with no task's verb or a mark)
    text = normalize("2022年，全县完成造林绿化2.3万亩，新建改造城区道路21\n条，全县地区生产总值完成210亿元\n，增长6%。").text
    assert "道路21条，" in text and "210亿元，增长6%" in text
