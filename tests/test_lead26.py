"""The lead's fixes of 2026-12-04 (third session): a numbered sub-section whose tasks label ends with a colon and
runs on into its long paragraph ("（二）重点任务：实施…。新增…。") is a section of tasks."""
from planwatch import read_text
from planwatch.structure import _heading

HEAD = "关于沭阳县2019年国民经济和社会发展计划执行情况及2020年计划草案的报告\n一、2019年计划执行情况\n全县地区生产总值增长6.9%。\n二、2020年计划草案\n"
TARGETS = "（一）主要预期目标：地区生产总值增长6.5%左右；一般公共预算收入增长4%；固定资产投资增长8%；城镇登记失业率控制在3%以内。\n"
TASKS = ("（二）重点任务：实施亿元以上重大项目150个，完成投资400亿元。新增规上工业企业80家。新建高标准农田15万亩。"
         "新建10个、改造15个农贸市场。农村劳动力转移就业新增1.2万人。\n")


def test_a_tasks_label_before_a_colon_runs_on_into_its_paragraph():
    doc = read_text(HEAD + TARGETS + TASKS, "plan.txt")
    assert [(s.number, s.title, s.role) for s in doc.sections][-1] == ("（二）", "重点任务", "tasks")
    got = {(p.action, p.object) for p in doc.pledges}
    assert {("新增", "规上工业企业"), ("新建", "高标准农田"), ("改造", "农贸市场")} <= got


def test_the_label_with_a_year_or_a_lead_word_before_it():
    assert _heading("（三）2020年重点任务：" + "实施重点项目150个，完成投资400亿元。" * 3)[2] == "2020年重点任务"
    assert _heading("（二）主要措施：" + "实施重点项目150个，完成投资400亿元。" * 3)[2] == "主要措施"


def test_a_long_numbered_line_without_such_a_label_is_no_section_title():
    # (a task's own words before the colon, "加快项目建设"; a first-level part and a third-level item are read as before)
    line = "（二）加快项目建设：" + "实施重点项目150个，完成投资400亿元。" * 3
    got = _heading(line)
    assert got is None or got[2] != "加快项目建设"
    # (a third-level item keeps its rule: its first 40 characters)
    item = "1.重点任务：" + "实施重点项目150个，完成投资400亿元。" * 3
    assert _heading(item) == (3, "1.", item[2:42])


def test_the_report_named_again_before_its_target_list_turns_to_no_tasks():
    # (主要 is no will-word: "报告提出，今年发展主要预期目标是：" leads the list itself, whose items pledge nothing)
    text = ("【大公報訊】記者張帆北京報道：國務院總理李強作政府工作報告。報告提出，今年發展主要預期目標是：國內生產總值增長5%左右；"
            "城鎮新增就業1200萬人以上，城鎮調查失業率5.5%左右。\n")
    assert read_text(text, "news.txt").pledges == []
    turned = ("國務院總理李強作政府工作報告。報告提出，今年發展主要預期目標是：國內生產總值增長5%左右；城鎮新增就業1200萬人以上。"
              "報告還提出，今年將新建高標準農田4500萬畝。\n")
    assert [(p.action, p.object) for p in read_text(turned, "news.txt").pledges] == [("新建", "高标准农田")]


def test_an_english_sentence_quoting_the_chinese_keeps_its_point():
    # (a bilingual page: the English sentence's point after a bracketed Chinese quote is no Chinese full stop)
    from planwatch.normalize import normalize

    text = ("In 2025, Hainan will build 20,000 new 5G base stations (新建5G基站2万个) and renovate 500 old urban "
            "residential communities (改造城镇老旧小区500个). 全省还将新增义务教育学位3万个。")
    assert "个)." in normalize(text).text or "个）." in normalize(text).text
    assert normalize("今年将新建高标准农田300万亩.").text.endswith("。")


PAGE = ("武汉市江汉区2021年政府工作报告（全文）\n来源：江汉区人民政府网  2021-01-20\n\n"
        "2020年，全区地区生产总值1350亿元，下降6.5%。完成老旧小区改造34个，新增停车泊位1.1万个。\n\n"
        "2021年的主要预期目标是：地区生产总值增长10%以上，社会消费品零售总额增长20%，城镇登记失业率控制在4.5%以内。\n")


def test_a_tasks_label_right_after_the_target_list_of_a_page_without_titles():
    doc = read_text(PAGE + "重点工作：新引进总部企业10家，完成老旧小区改造50个，新增停车泊位5000个。\n", "district.txt")
    assert {(p.action, p.object) for p in doc.pledges} == {("新引进", "总部企业"), ("完成", "老旧小区改造"), ("新增", "停车泊位")}


def test_a_past_years_label_or_a_label_apart_from_the_list_gives_no_tasks():
    # (last year's work, "2020年重点工作：", is a review; a label after another paragraph is no part of the list's turn)
    assert read_text(PAGE + "2020年重点工作：新引进总部企业8家，完成老旧小区改造34个。\n", "district.txt").pledges == []
    apart = PAGE + "全区上下要坚定信心，奋力拼搏。\n重点工作：新引进总部企业10家，完成老旧小区改造50个。\n"
    assert read_text(apart, "district.txt").pledges == []
