"""News and other pages restating, tracking or discussing a report's figures (nws49, decision 376): a yearbook's entry
written a year after the report, its report year's results opening on that year; a page restating the report's tasks
led by "报告部署重点工作："; an app post's lead lines of two phrases and a comma, their bold lost in the copy ("民生实事，
件件暖心"), and a sub-head naming the year's 民生实事; a progress report's counts of what is done so far ("仅完成…",
"1所主体完工"); an English page's year opening its sentence ("In 2023, …"); a half-year page's target restated by its
word after its figure ("低于3%左右的调控目标"). With look-alikes that must not change."""
from planwatch import structure
from planwatch.normalize import normalize

from factkeys import key_values, pledged, read

# --- a yearbook's entry on a report of the year before the book's ---

_BOOK = ("{head}\n\n【县政府工作报告】　2019年3月2日，县十六届人大四次会议开幕，县长李明作工作报告。报告确定2019年主要预期"
         "目标：生产总值增长7%，一般公共预算收入增长6%。\n\n【执行情况】　2019年，全县生产总值156.2亿元，增长6.4%，未完成"
         "年度目标；一般公共预算收入9.81亿元，增长6.3%。\n")


def test_yearbook_entry_tells_the_report_year_as_gone_by():
    # "枫县年鉴（2020）" over the entry: the book is written after 2019, so "2019年，…156.2亿元" is 2019's result, not
    # a target of the report year (the entry's targets keep their own words)
    kv = key_values(read(_BOOK.format(head="枫县年鉴（2020）"), report_year=2019))
    assert kv[("gdp", "actual", "2019", "level")] == (156.2, "eq")
    assert kv[("gdp", "actual", "2019", "growth")] == (6.4, "eq")
    assert kv[("general_budget_revenue", "actual", "2019", "level")] == (9.81, "eq")
    assert ("gdp", "target", "2019", "level") not in kv
    assert kv[("gdp", "target", "2019", "growth")] == (7, "eq")


def test_yearbook_head_with_the_year_before_the_name():
    # the book's year written first ("2020枫县年鉴") reads the same
    kv = key_values(read(_BOOK.format(head="· 58 ·　2020枫县年鉴"), report_year=2019))
    assert kv[("gdp", "actual", "2019", "growth")] == (6.4, "eq")


def test_no_yearbook_or_one_of_the_report_year_leaves_the_year_ahead():
    # look-alikes: a page with no book's name, and a book named for the report year itself (a reprint of the year's
    # own report): "2019年，…" in a 2019 page is no result of 2019
    for head in ("枫县政府网　>　政务公开", "枫县年鉴（2019）"):
        kv = key_values(read(_BOOK.format(head=head), report_year=2019))
        assert ("gdp", "actual", "2019", "level") not in kv, head
        assert ("gdp", "actual", "2019", "growth") not in kv, head


# --- a page restating the report's tasks with no 的 after the verb ---

def test_report_lays_out_tasks_without_de():
    # "报告部署重点工作：" after the target list (no 的 between the verb and the tasks' name, as "报告部署的重点任务有："
    # has): the tasks it lays out, no more items of the target list
    text = ("岭县2021年政府工作报告摘要\n\n2月3日，岭县十七届人大五次会议开幕。报告回顾2020年工作：全县生产总值98.6亿元，"
            "增长3.9%。报告确定2021年主要预期目标：生产总值增长7%，一般公共预算收入增长6%。报告部署重点工作：新建标准化厂房12万平方米；改造农村公路150公里；新增城镇就业2200人。\n")
    assert {("标准化厂房", 12, "万平方米"), ("农村公路", 150, "公里")} <= pledged(read(text, report_year=2021))


def test_report_sets_targets_without_de_pledges_nothing():
    # look-alike: the same lead naming the targets ("报告确定主要目标：") is the target list, no tasks
    text = ("岭县2021年政府工作报告摘要\n\n2月3日，岭县十七届人大五次会议开幕。报告确定主要目标：全县生产总值增长7%，"
            "一般公共预算收入增长6%，城镇新增就业2200人。\n")
    d = read(text, report_year=2021)
    assert not d.pledges
    assert key_values(d)[("gdp", "target", "2021", "growth")] == (7, "eq")


# --- an app post's lead lines with a comma, and a sub-head naming the year's 民生实事 ---

_POST = ("点击上方蓝字关注我们\n\n划重点！2025年湖区政府工作报告出炉\n\n1月6日，湖区第五届人民代表大会第四次会议开幕。\n\n"
         "今后五年，蓝图已绘就\n到2029年，全区地区生产总值突破900亿元。\n\n{lead}\n新增公办学位1200个；\n新建口袋公园8个；\n"
         "新增城镇就业6000人。\n\n来源：湖区融媒体中心\n")


def test_app_post_lead_line_heads_the_years_list():
    # "实事清单，件件暖心" under a blank line in an app post: a sub-head, no line a page's width cut, and the 实事 it
    # names are the year's tasks (they had been read as the five-year goal's, or joined into the lead and lost)
    d = read(_POST.format(lead="民生实事，件件暖心"), report_year=2025)
    assert {("公办学位", 1200, "个"), ("口袋公园", 8, "个"), ("城镇就业", 6000, "人")} <= pledged(d)
    assert key_values(d)[("urban_new_jobs", "target", "2025", "level")] == (6000, "eq")


def test_bracketed_livelihood_head_is_the_years_tasks():
    d = read(_POST.format(lead="【民生实事】"), report_year=2025)
    assert ("口袋公园", 8, "个") in pledged(d)
    assert ("urban_new_jobs", "goal", "2025-2029", "level") not in key_values(d)


def test_livelihood_head_saying_done_is_a_review():
    # look-alikes: a head saying the 实事 are done names no year's list, and an account of last year's is the review's:
    # the works under them are last year's, no tasks
    for lead in ("【民生实事全面完成】", "【2024年民生实事完成情况】"):
        text = ("湖区2025年政府工作报告解读\n\n1月6日，湖区第五届人民代表大会第四次会议开幕。\n\n【2024年成绩单】\n"
                "全区地区生产总值增长5.6%。\n\n" + lead + "\n去年新建口袋公园6个，新增公办学位900个。\n")
        assert not read(text, report_year=2025).pledges, lead


def test_short_comma_line_outside_an_app_post_still_joins():
    # look-alike: a page with no app's marks, a paragraph's first line cut short under a blank line ("今年以来，全市上下"
    # over its rest): still one sentence
    text = "湖区经济运行简况\n\n今年以来，全市上下\n坚持稳中求进，经济运行平稳。\n"
    assert "今年以来，全市上下坚持稳中求进" in normalize(text).text


def test_app_post_lead_line_stays_on_its_own():
    text = "点击上方蓝字关注我们\n\n民生实事，件件暖心\n新增公办学位1200个；\n"
    assert "件件暖心\n新增" in normalize(text).text


# --- a progress report's counts of what is done so far ---

_PROGRESS = ("关于2022年县政府十件民生实事项目推进情况的通报\n\n各乡镇人民政府：\n现将有关情况通报如下：\n"
             "1.新建乡镇卫生院4所。{a}\n2.新建村级养老服务站20个。{b}\n")


def test_progress_counts_are_no_tasks():
    # "仅完成主体工程3个", "2所主体完工": how far the works have got, not the year's tasks (the items' own counts are)
    d = read(_PROGRESS.format(a="2所已投用，2所主体完工。", b="进度滞后，仅完成主体工程3个。"), report_year=2022)
    assert pledged(d) == {("乡镇卫生院", 4, "所"), ("村级养老服务站", 20, "个")}


def test_task_count_after_a_progress_word_elsewhere_is_kept():
    # look-alike: a task's own count with no progress word right before its verb stays a task
    d = read(_PROGRESS.format(a="年内确保全部建成。", b="其中新建农村幸福院8个。"), report_year=2022)
    assert ("村级养老服务站", 20, "个") in pledged(d)
    assert ("乡镇卫生院", 4, "所") in pledged(d)


# --- an English page's year opening its sentence ---

_EN = ("Linzhou sets 2024 GDP growth target at around 5.5%\n临州今年GDP预期增长5.5%左右\n\n"
       "{year}, the city's GDP reached 312.5 billion yuan, up 5.8 percent.\n")


def test_english_year_opening_a_sentence_dates_its_figures():
    # "In 2023, the city's GDP reached…" after a Chinese headline's 今年/预期: 2023's result, no target of 2024
    kv = key_values(read(_EN.format(year="In 2023"), report_year=2024))
    assert kv[("gdp", "actual", "2023", "level")] == (3125, "eq")
    assert kv[("gdp", "actual", "2023", "growth")] == (5.8, "eq")
    assert ("gdp", "target", "2024", "level") not in kv


def test_english_report_year_stays_the_target():
    # look-alike: the report's own year so written ("For 2024, …") still sets the year's target
    text = "Linzhou 2024 government work report\n\nFor 2024, the city aims for GDP growth of around 5.5 percent.\n"
    assert key_values(read(text, report_year=2024))[("gdp", "target", "2024", "growth")] == (5.5, "about")


# --- a half-year page's target restated by its word after its figure ---

_HALF = ("2024年上半年全市国民经济和社会发展计划执行情况\n\n一、主要指标完成情况\n上半年，全市地区生产总值增长5.6%。"
         "居民消费价格上涨0.3%，低于{t}的调控目标。规模以上工业增加值增长7.1%。\n")


def test_half_year_target_named_after_its_figure_is_the_years():
    kv = key_values(read(_HALF.format(t="3%左右"), report_year=2024))
    assert kv[("cpi", "target", "2024", "growth")] == (3, "about")
    # (the half's own figures stay no facts of the year)
    assert ("cpi", "actual", "2024", "growth") not in kv and ("cpi", "actual", "2023", "growth") not in kv
    assert ("industrial_va", "actual", "2024", "growth") not in kv


def test_half_year_target_of_last_year_stays_last_years():
    # look-alike: a target named as last year's ("低于去年3%的调控目标") is not made this year's
    kv = key_values(read(_HALF.format(t="去年3%"), report_year=2024))
    assert ("cpi", "target", "2024", "growth") not in kv
