"""An adversarial review of decisions 376 and 378 (adv49b, decision 382): a yearbook's entry restating the year's aims
under a label naming them ("【年度目标】　2020年，…"), a report's tasks naming a later year before 年鉴 ("2022年编纂地方志和
年鉴"), a yearbook quoting the next year's target, an app post's 民生实事 lead line saying the works are done ("民生实事，
件件落地"), 不仅 before a task's verb, and 几年内/数年内/今年起 before a task's figures with a later deadline. With
look-alikes that must not change."""
from factkeys import key_values, pledged, read

_BOOK = "· 52 ·　　枫县年鉴（2021）\n\n政　务\n\n【县政府工作报告】　2020年1月8日，县十七届人大五次会议开幕，县长作工作报告。\n\n"


# --- a yearbook's entry under a label naming the year's targets or tasks ---

def test_yearbook_label_naming_targets_keeps_the_year_s_targets():
    # "【年度目标】　2020年，…增长7%左右" in a yearbook of 2021 on 2020's report: the entry restates the report's targets,
    # no result of 2020 (decision 376 read the report year opening its sentence as gone by, whatever the label)
    kv = key_values(read(_BOOK + "【年度目标】　2020年，全县生产总值增长7%左右，一般公共预算收入增长5%。\n", report_year=2020))
    assert kv[("gdp", "target", "2020", "growth")] == (7, "about")
    assert kv[("general_budget_revenue", "target", "2020", "growth")] == (5, "eq")
    assert ("gdp", "actual", "2020", "growth") not in kv


def test_yearbook_label_naming_tasks_keeps_the_year_s_target():
    # the same under a label of the year's work ("【工作安排】"): the figure is the year's aim
    kv = key_values(read(_BOOK + "【工作安排】　2020年，全县固定资产投资增长10%，新建农村公路120公里。\n", report_year=2020))
    assert kv[("fixed_asset_investment", "target", "2020", "growth")] == (10, "eq")
    assert ("fixed_asset_investment", "actual", "2020", "growth") not in kv


def test_yearbook_labels_of_results_still_tell_the_year_as_gone_by():
    # look-alikes: "【概况】", "【执行情况】" and a field's name only a verb of work makes a task ("【经济发展】") over the
    # report year opening its sentence: the year's results, as decision 376 reads them
    for label in ("概况", "执行情况", "经济发展"):
        kv = key_values(read(_BOOK + f"【{label}】　2020年，全县生产总值132.5亿元，增长3.1%。\n", report_year=2020))
        assert kv[("gdp", "actual", "2020", "growth")] == (3.1, "eq"), label
        assert kv[("gdp", "actual", "2020", "level")] == (132.5, "eq"), label


# --- a yearbook quoting the next year's target ---

def test_yearbook_quotes_the_next_year_s_target():
    # "…会议确定，2021年全县生产总值增长8%左右" in a yearbook of 2021 on 2020's report: the target the next congress
    # set for 2021, no goal of a plan
    kv = key_values(read(_BOOK + "【执行情况】　2020年，全县生产总值132.5亿元，增长3.1%。县十七届人大六次会议确定，"
                         "2021年全县生产总值增长8%左右。\n", report_year=2020))
    assert kv[("gdp", "target", "2021", "growth")] == (8, "about")
    assert ("gdp", "goal", "2021", "growth") not in kv


def test_yearbook_deadline_and_report_stay_goals():
    # look-alikes: a deadline of a plan in the same book ("到2025年") is a goal, and the same sentence in a report (no
    # yearbook) is left as before, a goal of the year it names
    kv = key_values(read(_BOOK + "【执行情况】　2020年，全县生产总值132.5亿元，增长3.1%。到2025年，全县生产总值年均增长"
                         "7%。\n", report_year=2020))
    assert kv[("gdp", "goal", "2025", "growth")] == (7, "eq")
    report = ("政府工作报告\n——2020年1月8日在枫县第十七届人民代表大会第五次会议上\n\n各位代表：\n\n"
              "2019年，全县生产总值126.4亿元，增长6.9%。县委确定，2021年全县生产总值增长8%左右。\n")
    assert ("gdp", "target", "2021", "growth") not in key_values(read(report, report_year=2020))


# --- a report naming a later year before 年鉴 in its tasks ---

_REPORT = ("政府工作报告\n——2021年1月12日在枫县第十七届人民代表大会第五次会议上\n\n各位代表：\n\n"
           "{line}\n2021年，全县生产总值增长7%左右，一般公共预算收入增长6%。\n")


def test_report_naming_a_later_year_before_yearbook_is_no_yearbook():
    # "2022年编纂出版地方志和年鉴" in the head of a 2021 report: a date and a task, no book of 2022; the report year
    # opening its sentence stays the year's target
    kv = key_values(read(_REPORT.format(line="2022年编纂出版地方志和年鉴，启动县志续修。"), report_year=2021))
    assert kv[("gdp", "target", "2021", "growth")] == (7, "about")
    assert ("gdp", "actual", "2021", "growth") not in kv


def test_yearbook_with_the_year_before_its_name_is_still_one():
    # look-alikes: the edition's year right before the name ("2022年鉴", "2022枫县年鉴") makes the page a yearbook's
    for head in ("· 12 ·　2022年鉴", "· 12 ·　2022枫县年鉴"):
        text = head + "\n\n【执行情况】　2021年，全县生产总值增长7.3%。\n"
        kv = key_values(read(text, report_year=2021))
        assert kv[("gdp", "actual", "2021", "growth")] == (7.3, "eq"), head


# --- an app post's 民生实事 lead line saying the works are done ---

_POST = ("点击上方蓝字关注我们\n\n一图读懂2025年枫县政府工作报告\n\n过去一年，成绩单亮眼\n全县生产总值增长5.6%。\n\n"
         "{lead}\n新建幼儿园4所，改造老旧小区26个。\n\n今年目标，稳中求进\n生产总值增长6%左右。\n\n阅读原文\n")


def test_app_post_done_list_lead_pledges_nothing():
    # "民生实事，件件落地" / "民生实事，交出答卷" under the review's lead: last year's works, told as done, no tasks
    for lead in ("民生实事，件件落地", "民生实事，交出答卷"):
        d = read(_POST.format(lead=lead), report_year=2025)
        assert not d.pledges, lead


def test_app_post_year_list_lead_still_leads_the_tasks():
    # look-alike: "民生实事，件件暖心" (no word saying done) is the year's list, as decision 376 reads it
    d = read(_POST.format(lead="民生实事，件件暖心"), report_year=2025)
    assert {("幼儿园", 4, "所"), ("老旧小区", 26, "个")} <= pledged(d)


# --- 不仅 before a task's verb ---

_TASKS = "政府工作报告\n——2024年1月12日在枫县第十七届人民代表大会第三次会议上\n\n各位代表：\n\n二、2024年主要工作\n{body}\n"


def test_bujin_before_a_verb_is_no_progress_word():
    # "今年不仅新建幼儿园5所，还要…": 不仅 joins two tasks, the 仅 in it says nothing done so far
    d = read(_TASKS.format(body="今年不仅新建幼儿园5所，还要改扩建中小学3所。"), report_year=2024)
    assert ("幼儿园", 5, "所") in pledged(d)


def test_jin_alone_still_tells_progress():
    # look-alike: "仅完成…" and "已建成…" in an account of progress pledge nothing, as decision 376 reads them
    d = read(_TASKS.format(body="目前，全县已建成5G基站800个，乡镇卫生院改造进度滞后，仅完成3个。今年新建村卫生室20个。"),
             report_year=2024)
    got = pledged(d)
    assert ("村卫生室", 20, "个") in got
    assert not any(v in (800, 3) for _, v, _ in got)


# --- years before a task's figures that are not the report's own, before a later deadline ---

def _periods(body: str) -> dict:
    return {(p.object, p.value): p.period for p in read(_TASKS.format(body=body), report_year=2024).pledges}


def test_uncounted_years_before_figures_are_not_the_report_year():
    # "未来几年内…，到2026年…", "数年内…，到2027年…": years ahead not counted, no 年内 of the report's year (decision 378
    # read them as 2024's); the later year is the figures' deadline, as "三年内…" is
    p = _periods("未来几年内新建村级养老服务站60个，到2026年实现全覆盖。数年内改造农村公路500公里，到2027年全部完成。")
    assert p[("村级养老服务站", 60)] == "2026"
    assert p[("农村公路", 500)] == "2027"


def test_from_this_year_names_a_span():
    # "从今年起实施三年行动，新建…120个，到2026年实现全覆盖" in 2024: the figures of the years from this one to 2026
    p = _periods("从今年起实施三年行动，新建村级养老服务站120个，到2026年实现全覆盖。")
    assert p[("村级养老服务站", 120)] == "2024-2026"


def test_this_year_words_still_date_figures_before_a_deadline():
    # look-alikes (decision 378's reading kept): "年内…，到2026年…" and "今年…，到2026年…" are the report year's
    p = _periods("年内新建幼儿园3所，到2026年实现乡镇全覆盖。确保今年改造老旧小区12个，到2026年全部完成改造。")
    assert p[("幼儿园", 3)] == "2024"
    assert p[("老旧小区", 12)] == "2024"
