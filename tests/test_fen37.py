"""Session fen37: the documents a government issues after its report is adopted — the notice dividing the report's
targets and tasks among offices (重点工作任务分工/目标任务分解方案) and the 民生实事 lists and their 完成情况 reviews."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read  # tests/factkeys.py

NOTICE = ("某某县人民政府关于分解落实2018年县政府工作报告目标任务的通知\n\n各乡镇人民政府，县政府各部门：\n"
          "　　现将县政府工作报告确定的目标任务分解如下，请认真抓好落实。\n\n")


# 1. a notice's first part titled for the indicators it hands out ("一、主要经济指标"): its "名称：完成X" items are the
# year's targets, not last year's results
def test_a_notice_of_main_indicators_hands_out_targets():
    d = read(NOTICE + "　　一、主要经济指标\n　　1．地区生产总值：完成138亿元，增长7%。\n　　责任单位：县发改局\n"
             "　　2．规模以上工业增加值：完成42亿元，增长8.5%。\n　　责任单位：县工信局\n"
             "　　二、重点工作任务\n　　3．新建高标准农田2万亩。\n　　牵头单位：县农业农村局\n", "n.txt")
    fs = keys_of(d)
    assert (fs[("gdp", "target", "2018", "level")].value, fs[("gdp", "target", "2018", "growth")].value) == (138, 7)
    assert fs[("industrial_va", "target", "2018", "level")].value == 42
    assert not any(f.role == "actual" for f in d.facts)
    assert {(o, v) for o, v, _ in pledged(d)} == {("高标准农田", 2)}


def test_a_notice_of_main_development_targets_as_a_table_pledges_none_of_them():
    d = read(NOTICE + "一、主要经济社会发展目标\n序号 | 目标任务 | 牵头单位 | 完成时限\n"
             "1 | 地区生产总值增长7.5% | 县发改委 | 2018年12月\n2 | 固定资产投资增长12% | 县发改委 | 2018年12月\n"
             "二、重点工作任务\n序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 新建农村公路120公里 | 县交通局 | 2018年11月\n", "n.txt")
    fs = keys_of(d)
    assert fs[("gdp", "target", "2018", "growth")].value == 7.5
    assert fs[("fixed_asset_investment", "target", "2018", "growth")].value == 12
    assert {(o, v) for o, v, _ in pledged(d)} == {("农村公路", 120)}


# look-alike: the indicators' part of a review, named by its year or under the review, stays results
def test_the_main_indicators_of_a_review_stay_results():
    d = read("某某县人民政府工作报告\n——2018年1月10日在某某县第十七届人民代表大会第二次会议上\n\n"
             "一、2017年工作回顾\n（一）主要经济指标。地区生产总值完成128亿元，增长7.2%。\n\n"
             "二、2018年工作安排\n全县经济社会发展的主要预期目标是：地区生产总值增长7%。\n", "r.txt")
    fs = keys_of(d)
    assert fs[("gdp", "actual", "2017", "level")].value == 128
    assert fs[("gdp", "target", "2018", "growth")].value == 7


# 2. a document titled as the account of a past year's work done ("关于2021年…民生实事完成情况的通报"), issued the
# next year: its items are that year's results, no pledges, up to a paragraph the issuing year opens
REVIEW = ("某某市人民政府关于2021年市政府十件民生实事完成情况的通报\n\n各县（市、区）人民政府，市政府各部门：\n"
          "　　2021年，市政府十件民生实事全部完成。现将有关情况通报如下：\n"
          "　　一、学前教育扩容。新建改扩建公办幼儿园15所，新增学位4500个。\n"
          "　　二、城市道路建设。新建改造城市道路24条，全市城镇新增就业4.2万人。\n"
          "　　三、养老服务提升。建成社区养老服务中心30个，新增养老床位800张。\n"
          "{tail}\n某某市人民政府\n2022年1月20日\n")


def test_an_account_of_last_years_livelihood_projects_pledges_none_of_them():
    d = read(REVIEW.format(tail="　　2022年，市政府将继续办好民生实事，计划新建城市书房20个。"), "r.txt")
    assert d.meta.report_year == 2022
    assert pledged(d) == {("城市书房", 20, "个")}
    assert all(p.period == "2022" for p in d.pledges)
    fs = keys_of(d)
    assert fs[("urban_new_jobs", "actual", "2021", "level")].value == 4.2
    assert not any(f.role == "target" for f in d.facts)


def test_an_account_whose_last_part_is_the_work_ahead_keeps_its_tasks():
    d = read(REVIEW.format(tail="　　四、下一步工作打算\n　　新建口袋公园12个，改造老旧小区40个。"), "r.txt")
    assert pledged(d) == {("口袋公园", 12, "个"), ("老旧小区", 40, "个")}


# look-alike: a title naming the past year's account and the issuing year's list is no account alone
def test_an_account_with_this_years_list_keeps_the_list():
    d = read("某某县人民政府关于2021年民生实事完成情况及2022年民生实事安排的报告\n\n"
             "一、2021年民生实事完成情况\n新建公办幼儿园6所。\n\n二、2022年民生实事安排\n新建农村公路80公里，新增养老床位300张。\n",
             "r.txt", report_year=2022)
    assert pledged(d) == {("农村公路", 80, "公里"), ("养老床位", 300, "张")}


# 3. a notice's numbered item under a task's sub-section that restates three indicators' figures is the task's, pledged
TASKS = ("某某市人民政府关于印发2025年市政府工作报告重点工作任务分工方案的通知\n\n一、重点工作任务\n（三）加快科技创新\n"
         "　　7．{item}（牵头单位：市科技局；责任单位：各县区政府；完成时限：2025年12月底）\n"
         "　　8．新建省级以上研发平台20个。（牵头单位：市科技局；完成时限：2025年12月底）\n")


def test_an_item_under_a_task_restating_three_indicators_is_pledged():
    d = read(TASKS.format(item="高新技术企业达到500家，技术合同成交额突破30亿元，全社会研发经费投入强度达到2.2%。"), "n.txt")
    assert {("高新技术企业", 500, "家"), ("技术合同成交额", 30, "亿元"), ("研发平台", 20, "个")} <= {
        (o.replace("省级以上", ""), v, u) for o, v, u in pledged(d)}
    assert any(o.endswith("研发经费投入强度") and v == 2.2 for o, v, _ in pledged(d))


# look-alikes: a run of rates alone, or one naming the economy's output, stays the target list's form
def test_an_item_of_rates_alone_or_of_output_stays_no_pledge():
    d = read(TASKS.format(item="规模以上工业增加值增长8%，工业投资增长10%，全社会研发经费投入增长12%。"), "n.txt")
    assert {o for o, _, _ in pledged(d)} == {"省级以上研发平台"}
    d = read(TASKS.format(item="地区生产总值增长6%，高新技术企业达到500家，技术合同成交额突破30亿元。"), "n.txt")
    assert not any(v in (6, 500, 30) for _, v, _ in pledged(d))


# 4. a 民生实事 list's items opening with 开展 or 稳定和 are the year's tasks as the items before them are
LIST = ("某某县人民政府关于印发2024年县政府十件民生实事实施方案的通知\n\n"
        "　　一、实施教育扩容工程\n　　新建公办幼儿园3所，新增学位900个。\n　　牵头单位：县教育局\n\n"
        "　　二、{title}\n　　城镇新增就业3200人，开展职业技能培训5000人次。\n　　牵头单位：县人社局\n\n某某县人民政府\n2024年2月1日\n")


def test_items_opening_with_kaizhan_or_wending_are_tasks():
    for title in ("稳定和扩大就业", "开展就业帮扶行动"):
        d = read(LIST.format(title=title), "n.txt")
        fs = keys_of(d)
        assert fs[("urban_new_jobs", "target", "2024", "level")].value == 3200, title
        assert ("职业技能培训", 5000, "人次") in pledged(d)


# look-alike: under a review's part an item opening with 开展 stays the review's
def test_an_item_opening_with_kaizhan_under_the_review_stays_a_result():
    d = read("某某县人民政府工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n\n"
             "一、2023年工作回顾\n（三）开展就业帮扶，民生保障有力。城镇新增就业3100人。\n\n"
             "二、2024年工作安排\n（一）稳定和扩大就业。城镇新增就业3200人。\n", "r.txt")
    fs = keys_of(d)
    assert fs[("urban_new_jobs", "actual", "2023", "level")].value == 3100
    assert fs[("urban_new_jobs", "target", "2024", "level")].value == 3200


# 5. metadata: a 民生实事 notice's or account's title is the document's title, other; an account of a whole year's work
# done is issued when the year is out (report_year the next), as a communiqué is
def _title_meta(title: str):
    return read(title + "\n\n各县（市、区）人民政府，市政府各部门：\n　　现将有关事项通知如下。\n"
                "　　一、新建公办幼儿园10所。\n", "m.txt").meta


def test_livelihood_project_titles():
    m = _title_meta("某某市人民政府关于印发2022年市政府十件民生实事项目实施方案的通知")
    assert (m.doc_type, m.report_year, m.title) == ("other", 2022, "某某市人民政府关于印发2022年市政府十件民生实事项目实施方案的通知")
    m = _title_meta("某某区人民政府关于2022年区十件民生实事完成情况的通报")
    assert (m.doc_type, m.report_year) == ("other", 2023)
    m = _title_meta("关于2021年县政府民生实事项目办理情况的报告")
    assert m.report_year == 2022
    m = _title_meta("某某县人民政府关于印发2023年县政府十件民生实事项目的通知")
    assert (m.doc_type, m.report_year) == ("other", 2023)


# look-alikes: an account of the year so far, of two years, or a report listing them keep their own year or type
@pytest.mark.parametrize("title, year, dt", [
    ("某某市人民政府关于2022年上半年十件民生实事进展情况的通报", 2022, "other"),
    ("某某市人民政府关于2022年民生实事完成情况和2023年民生实事项目的报告", 2023, "other"),
    ("某某市2023年政府工作报告（附2023年十件民生实事项目）", 2023, "government_work_report"),
])
def test_livelihood_titles_that_are_no_account(title, year, dt):
    m = _title_meta(title)
    assert (m.report_year, m.doc_type) == (year, dt)


# 6. a figure in brackets right after 目标任务 is the target the result before it was measured against: last year's
@pytest.mark.parametrize("done", ["完成目标任务（5000人）的104%", "完成年度目标任务（5000人）的104%"])
def test_a_bracketed_target_after_mubiao_renwu(done):
    fs = keys_of(read("某某县人民政府工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n\n"
                      f"一、2023年工作回顾\n（五）民生保障有力。城镇新增就业5200人，{done}。\n\n"
                      "二、2024年工作安排\n主要预期目标是：城镇新增就业5000人。\n", "r.txt"))
    assert fs[("urban_new_jobs", "actual", "2023", "level")].value == 5200
    assert fs[("urban_new_jobs", "target", "2023", "level")].value == 5000
    assert fs[("urban_new_jobs", "target", "2024", "level")].value == 5000


# look-alike: an account's short item whose words name 年度目标任务 stays the account's, not this year's tasks
def test_an_accounts_item_naming_the_years_target_stays_a_result():
    d = read(REVIEW.format(tail="　　四、就业帮扶。全市城镇新增就业4.5万人，完成年度目标任务的113%。"), "r.txt")
    fs = keys_of(d)
    assert fs[("urban_new_jobs", "actual", "2021", "level")].value == 4.2
    assert not any(f.role == "target" for f in d.facts)
    assert not d.pledges


# 7. a task table's head (序号|工作任务|牵头单位|完成时限) ends the preamble: a year or 去年 in it dates none of the rows
@pytest.mark.parametrize("pre", ["2024年，全市地区生产总值增长5.6%。", "去年全市经济运行稳中向好。"])
def test_a_task_tables_head_ends_the_preamble(pre):
    fs = keys_of(read("某某市人民政府办公厅关于印发2025年政府工作报告重点工作任务分解方案的通知\n\n各区县人民政府：\n"
                      f"　　现将方案印发给你们。{pre}\n\n序号\t重点任务\t牵头单位\t完成时限\n"
                      "1\t地区生产总值增长6%左右\t市发展改革委\t2025年12月底\n"
                      "2\t规模以上工业增加值增长8%\t市工业和信息化局\t2025年12月底\n", "n.txt"))
    assert fs[("gdp", "target", "2025", "growth")].value == 6
    assert fs[("industrial_va", "target", "2025", "growth")].value == 8



# look-alike: the preamble's own figure keeps its year
def test_the_preambles_figure_keeps_its_year():
    fs = keys_of(read("某某市人民政府办公厅关于印发2025年政府工作报告重点工作任务分解方案的通知\n\n各区县人民政府：\n"
                      "　　2024年，全市地区生产总值增长5.6%。现将方案印发给你们。\n\n序号\t重点任务\t牵头单位\t完成时限\n"
                      "1\t地区生产总值增长6%左右\t市发展改革委\t2025年12月底\n", "n.txt"))
    assert fs[("gdp", "actual", "2024", "growth")].value == 5.6
    assert fs[("gdp", "target", "2025", "growth")].value == 6


# 8. an account's label of the year's target ("年度目标：", "目标任务：") before its result: last year's target, not this year's
ACCOUNT = ("关于2023年市政府民生实事办理情况的报告\n——2023年12月26日在某某市第九届人民代表大会常务委员会第十六次会议上\n\n"
           "　　一、具体项目完成情况\n　　（一）教育惠民。{label}新建公办幼儿园8所，城镇新增就业2.6万人。"
           "完成情况：新建公办幼儿园9所，城镇新增就业2.9万人。\n　　二、下一步工作打算\n　　2024年，计划新建城市书房12个。\n")


@pytest.mark.parametrize("label", ["年度目标：", "年度目标任务：", "目标任务："])
def test_an_accounts_target_label(label):
    d = read(ACCOUNT.format(label=label), "a.txt")
    assert d.meta.report_year == 2024
    fs = keys_of(d)
    assert fs[("urban_new_jobs", "target", "2023", "level")].value == 2.6
    assert fs[("urban_new_jobs", "actual", "2023", "level")].value == 2.9
    assert ("urban_new_jobs", "target", "2024", "level") not in fs
    assert pledged(d) == {("城市书房", 12, "个")}


# look-alike: the same label in a notice's task part is this year's target
def test_a_target_label_in_a_notice_is_this_years():
    fs = keys_of(read("某某市人民政府关于印发2024年市政府工作报告重点工作任务分工方案的通知\n\n一、重点工作任务\n"
                      "（一）稳定就业\n目标任务：城镇新增就业2.6万人。（牵头单位：市人社局）\n", "n.txt"))
    assert fs[("urban_new_jobs", "target", "2024", "level")].value == 2.6


# 9. notices that hand the report's tasks down or list them, and accounts of them, are not the report
@pytest.mark.parametrize("title, dt, year", [
    ("某某县人民政府关于下达2024年县政府工作报告目标任务的通知", "other", 2024),
    ("关于印发《2025年政府工作报告》重点工作责任清单的通知", "other", 2025),
    ("某某市2024年政府工作报告重点任务清单", "other", 2024),
    ("关于落实2023年《政府工作报告》重点工作的通知", "other", 2023),
    ("关于2023年政府工作报告重点工作任务落实情况的通报", "other", 2024),
    # look-alikes: the report, its summary, a news title on it
    ("某某市2024年政府工作报告", "government_work_report", 2024),
    ("某某县人民政府2023年工作报告暨2024年工作安排", "government_work_report", 2024),
])
def test_task_notice_and_account_titles(title, dt, year):
    m = _title_meta(title)
    assert (m.doc_type, m.report_year) == (dt, year)


# 10. an account of the report's tasks: an item restating a target, then its result after 完成情况：; a part on the tasks'
# 落实情况 is the account's, no pledges
ACC = ("某某县人民政府办公室关于2022年政府工作报告重点工作任务落实情况的通报\n\n各乡镇人民政府，县政府各部门：\n"
       "　　现将落实情况通报如下：\n　　一、主要目标完成情况\n"
       "　　1．规模以上工业增加值增长8%。完成情况：全县规模以上工业增加值增长8.6%。\n"
       "　　2．城镇新增就业3000人。执行情况：城镇新增就业3260人。\n"
       "　　二、重点任务落实情况\n　　3．新建农村公路80公里。完成情况：已建成农村公路85公里。\n\n某某县人民政府办公室\n2023年1月10日\n")


def test_an_account_of_the_reports_tasks():
    d = read(ACC, "a.txt")
    assert (d.meta.doc_type, d.meta.report_year) == ("other", 2023)
    fs = keys_of(d)
    assert (fs[("industrial_va", "target", "2022", "growth")].value, fs[("industrial_va", "actual", "2022", "growth")].value) == (8, 8.6)
    assert (fs[("urban_new_jobs", "target", "2022", "level")].value, fs[("urban_new_jobs", "actual", "2022", "level")].value) == (3000, 3260)
    assert not d.pledges


# look-alike: a task's deadline label (完成时限：) after it in a notice leaves it this year's task
def test_a_deadline_label_is_no_account():
    d = read("某某县人民政府关于印发2023年县政府工作报告重点工作任务分工方案的通知\n\n一、重点工作任务\n（一）稳定就业\n"
             "　　1．城镇新增就业3000人。完成时限：2023年12月底。\n　　2．新建农村公路80公里。完成时限：2023年11月底。\n", "n.txt")
    assert keys_of(d)[("urban_new_jobs", "target", "2023", "level")].value == 3000
    assert ("农村公路", 80, "公里") in pledged(d)


# 11. a notice's next item run on after the last one's office in brackets: its number is no part of the object
def test_an_inline_item_number_after_an_office_note():
    d = read("某某市人民政府关于印发2023年市政府工作报告重点工作任务分工方案的通知\n\n一、重点工作\n"
             "（一）惠民生。1．新增公办学位6000个。（市教育局牵头）2．城镇老旧小区改造完成120个。（市住建局牵头）"
             "3、公共停车泊位新增5000个。（市城管局牵头）\n", "n.txt")
    got = pledged(d)
    assert ("公共停车泊位", 5000, "个") in got
    assert any(o.startswith("城镇老旧小区") and v == 120 for o, v, _ in got)
    assert not any(o[:1].isdigit() for o, _, _ in got)


# look-alike: a number that names the thing (a line's number) stays in the object
def test_a_number_naming_the_thing_stays():
    d = read("某某市人民政府关于印发2023年市政府工作报告重点工作任务分工方案的通知\n\n一、重点工作\n"
             "（一）畅交通。1．新建公交站台50座。（市交通局牵头）1号线二期站点新建8座。（市轨道办牵头）\n", "n.txt")
    assert any(o.startswith("1号线") and v == 8 for o, v, _ in pledged(d))


# 12. a notice's office in 【】 opening an item is no part of the object counted after it
def test_an_office_in_brackets_opening_an_item():
    d = read("某某区人民政府办公室关于印发2026年区政府工作报告重点任务清单的通知\n\n一、重点任务\n"
             "　　1.【区住建局】老旧小区改造完成45个。\n　　2.【牵头单位：区商务局、区统计局】社会消费品零售总额增长5%，"
             "新建农贸市场4个。\n", "n.txt")
    got = pledged(d)
    assert any(o.startswith("老旧小区") and v == 45 for o, v, _ in got)
    assert not any("局" in o or "【" in o for o, _, _ in got)


# look-alike: a name in 【】 that is no office stays the object
def test_a_name_in_brackets_stays():
    d = read("某某区人民政府办公室关于印发2026年区政府工作报告重点任务清单的通知\n\n一、重点任务\n"
             "　　1.【城市书房】建成10个。\n", "n.txt")
    assert any("城市书房" in o and v == 10 for o, v, _ in pledged(d))
