"""A PDF's text layer hard-wrapped by count (wrp37, decision 172): lines cut after a fixed number of characters, inside
numbers, names and headings, and a page mark between blank lines every so many lines, read as the text unwrapped."""
from factkeys import facts, pledged, read, val

from planwatch.normalize import normalize


def wrap(text: str, width: int) -> str:
    """Each paragraph cut after every ``width`` characters, as a converter that counts characters prints a page."""
    out = []
    for para in text.split("\n"):
        while len(para) > width:
            out.append(para[:width])
            para = para[width:]
        out.append(para)
    return "\n".join(out)


# a five-year plan's goals, one sentence over the page's lines, a line ending on a semicolon
GOALS_A = ("过去一年，全区地区生产总值完成836.5亿元，增长5.2%；一般公共预算收入完成61.3亿元，增长3.8%；城乡居民人均可支配收入"
           "分别增长4.6%和6.9%。\n今后五年，是全区奋力推进中国式现代化建设的关键时期。区第十三次党代会提出了今后五年的奋斗目标，"
           "政府工作的主要目标是：到2030年，全区地区生产总值年均增长6%左右；一般公共预算收入年均增长5%以上；全社会研发经费投入"
           "强度达到3.1%；常住人口城镇化率达到72%；城乡居民人均可支配收入年均增长6.5%左右。")
GOALS_B = ("2025年，全县实现地区生产总值412.8亿元，增长5.6%；规模以上工业增加值增长8.1%；城镇常住居民人均可支配收入达到51230元。\n"
           "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。县委十五届九次全会提出了“十五五”时期的主要目标："
           "到2030年，全县地区生产总值突破550亿元；全社会研发经费投入强度达到3.5%；常住人口城镇化率达到68%；森林覆盖率保持在61%"
           "以上；城镇新增就业累计2.5万人以上。")


def test_goals_over_a_line_a_semicolon_ends_stay_the_plans():
    text = wrap(GOALS_A, 33)
    assert "年均增长6%左右；一般公共预算收入年均增长5%以上；\n" in text  # (the page's line ends on the semicolon)
    fs = facts("某区2026年政府工作报告\n\n" + text, region="某区", level="district", report_year=2026)
    assert val(fs, ("rnd_intensity", "goal", "2030", "share")) == (3.1, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (72, "eq")
    assert ("urbanization_rate", "goal", "2026-2030", "share") not in fs


def test_goals_of_levels_over_a_line_a_semicolon_ends():
    text = wrap(GOALS_B, 25)
    assert "全社会研发经费投入强度达到3.5%；\n" in text
    fs = facts("某县2026年政府工作报告\n\n" + text, region="某县", level="county", report_year=2026)
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (68, "eq")
    assert ("forest_coverage", "goal", "2030", "share") in fs
    assert ("forest_coverage", "goal", "2026-2030", "share") not in fs
    assert ("urban_new_jobs", "goal", "2026-2030", "level") not in fs


# a short line of a semicolon's list, no page's full line, is not joined: a list one item a line stays apart
def test_a_short_line_a_semicolon_ends_is_no_cut():
    text = wrap(GOALS_B, 25).replace("全社会研发经费投入强度达到3.5%；\n", "全社会研发经费投入强度达到3.5%；\n\n")
    n = normalize("某县2026年政府工作报告\n\n" + text + "\n主要任务：\n稳就业；\n促消费；\n扩投资。")
    assert "稳就业；\n促消费；" in n.text


# a plan report's numbered items, each cut by the page's count of characters (digits in it: narrower in cells)
ITEMS = ("一、2025年国民经济和社会发展计划执行情况\n"
         "今年以来，全市上下认真落实市人大批准的年度计划，主要指标完成情况如下：\n"
         "1.地区生产总值：年初计划增长6%，预计增长5.4%，未完成计划。\n"
         "2.一般公共预算收入：年初计划增长5%，预计完成86.2亿元，增长5.3%，完成计划。\n"
         "3.城镇和农村居民人均可支配收入：年初计划分别增长6%和7.5%，预计分别达到48350元和23610元，增长5.1%和6.8%，未完成计划。\n"
         "4.居民消费价格涨幅：年初计划3%左右，预计上涨0.6%，完成计划。\n"
         "5.节能减排：单位地区生产总值能耗预计下降3.2%，完成省下达的下降2.8%的年度任务。")


def test_numbered_items_cut_by_count_go_on():
    text = wrap(ITEMS, 34)
    assert "3.城镇和农村居民人均可支配收入：年初计划分别增长6%和7.5%，预\n" in text
    fs = facts("某市2025年计划执行情况与2026年计划草案的报告\n\n" + text, region="某市", level="prefecture", report_year=2026)
    assert val(fs, ("urban_disposable_income", "actual", "2025", "level")) == (48350, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "level")) == (23610, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (6.8, "eq")


def test_numbered_items_cut_by_count_at_another_width():
    text = wrap(ITEMS, 28)
    fs = facts("某市2025年计划执行情况与2026年计划草案的报告\n\n" + text, region="某市", level="prefecture", report_year=2026)
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (5.1, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2025", "growth")) == (7.5, "eq")
    assert val(fs, ("energy_intensity", "target", "2025", "growth")) == (-2.8, "eq")


# a figure cut from its unit of more characters (微克/立方米, 公顷) at a numbered item's line end
def test_a_figure_cut_from_its_unit_of_air_or_land():
    n = normalize("今年主要预期目标：\n3.PM2.5平均浓度控制在32\n微克/立方米以内；\n4.新增造林面积1.6万\n公顷。\n")
    assert "控制在32微克/立方米以内" in n.text
    assert "1.6万公顷" in n.text


def test_a_target_cut_from_its_unit_is_read():
    fs = facts("某市2025年政府工作报告\n\n今年主要预期目标：\n1.地区生产总值增长5.5%左右；\n2.PM2.5平均浓度控制在32\n"
               "微克/立方米以内；\n3.城镇新增就业2万人。\n", region="某市", level="prefecture", report_year=2025)
    assert val(fs, ("pm25", "target", "2025", "level")) == (32, "at_most")


def test_a_year_over_a_word_of_a_unit_stays_apart():
    n = normalize("2026年主要目标\n微克级检测实验室建成投用。\n")
    assert "目标\n微克" in n.text


# an infographic's figures, one a line over their captions, a page mark beside one of them: no running head of a page
CARD = """图解：2025年某县政府工作报告
某县融媒体中心  2025-01-16

2024年成绩单

356.2亿元
地区生产总值

5.8%
地区生产总值增长

21.4亿元
一般公共预算收入

4.9%
一般公共预算收入增长

- 2 -

6.3%
城镇居民人均可支配收入增长

7.6%
农村居民人均可支配收入增长
"""


def test_figures_alone_beside_a_page_mark_are_no_running_head():
    fs = facts(CARD, region="某县", level="county", report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.8, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (4.9, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2024", "growth")) == (7.6, "eq")


CHANGES = """数说2025年某区政府工作报告

地区生产总值
412.5亿元
增长6.1%

一般公共预算收入
38.7亿元
增长4.2%

- 2 -

城镇居民人均可支配收入
61230元
增长5.3%
"""


def test_changes_alone_beside_a_page_mark_are_no_running_head():
    n = normalize(CHANGES)
    assert "增长6.1%" in n.text and "增长4.2%" in n.text and "增长5.3%" in n.text
    # (a running head, words that name the document, beside the same mark still goes)
    n = normalize("今年全区地区生产总值增长\n\n- 2 -\n\n某区人民政府工作报告\n6%左右，城镇新增就业1万人。\n"
                  "一般公共预算收入\n\n- 3 -\n\n某区人民政府工作报告\n增长4%。\n")
    assert "某区人民政府工作报告" not in n.text


# a list of ten works, numbered one a line as a page's margin numbers are, a page's break between two of them
WORKS = "2025年民生实事\n" + "\n".join([
    "1 新建改扩建幼儿园6所", "2 改造农村危旧房800户", "3 新建农村公路150公里", "4 新增城镇就业2000人",
    "5 开展免费健康体检12000人次", "6 新建村级卫生室20个", "7 新建城市公园8个",
    "\n- 2 -\n", "8 培训农村劳动力5000人", "9 新建公共停车位1500个", "10 改造老旧小区25个"]) + "\n"


def test_numbered_works_over_a_page_break_are_read_apart():
    n = normalize(WORKS)
    # (each item on a line of its own; its number stays as a short list's mark, decision 207: a list whose lines open on
    # an action's verb is no margin)
    lines = [ln.lstrip("0123456789 ") for ln in n.text.split("\n")]
    assert "新建农村公路150公里" in lines and "新建城市公园8个" in lines and "培训农村劳动力5000人" in lines


def test_numbered_works_over_a_page_break_make_pledges():
    d = read(WORKS, region="某县", level="county", report_year=2025)
    objs = {o for o, _, _ in pledged(d)}
    assert any("幼儿园" in o for o in objs)
    assert any("停车位" in o for o in objs)


# a table printed one cell a line, a page's mark between blank lines between two of its rows
TABLE = """表1  2025年主要指标完成情况
指标
单位
2025年计划
2025年预计
地区生产总值增长
%
6
5.6
规模以上工业增加值增长
%
7
7.4
固定资产投资增长
%
6
-3.2

- 2 -

社会消费品零售总额增长
%
6.5
5.9
一般公共预算收入增长
%
5
4.1
"""


def test_table_rows_over_a_page_break_stay_rows():
    fs = facts("某市2025年计划执行情况与2026年计划草案的报告\n\n" + TABLE, region="某市", level="prefecture",
               report_year=2026)
    assert val(fs, ("retail_sales", "target", "2025", "growth")) == (6.5, "eq")
    assert val(fs, ("retail_sales", "actual", "2025", "growth")) == (5.9, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (4.1, "eq")


def test_table_rows_over_a_page_mark_alone_stay_rows():
    fs = facts("某市2025年计划执行情况与2026年计划草案的报告\n\n" + TABLE.replace("\n\n- 2 -\n\n", "\n— 2 —\n"),
               region="某市", level="prefecture", report_year=2026)
    assert val(fs, ("retail_sales", "actual", "2025", "growth")) == (5.9, "eq")


# a related link's heading line that the page width cut after a comma, its sentence going on below: the targets stay
LINK = ("上半年全市经济运行总体平稳，主要指标增速好于预期。下一步，全市将全力抓项目、稳工业、促消费，确保完成全年目标任务。\n\n"
        "相关链接：今年1月，市十七届人大二次会议确定2025年全市经济社会发展主要预期目标为：地区生产总值增长6%，规模以上工业增加值增长"
        "7.5%，固定资产投资增长8%，社会消费品零售总额增长6.5%。\n\n（责任编辑：王芳）")


def test_a_related_link_cut_by_the_page_width_stays_text():
    fs = facts("某市上半年经济运行情况\n\n" + wrap(LINK, 36), region="某市", level="prefecture", report_year=2025)
    assert val(fs, ("industrial_va", "target", "2025", "growth")) == (7.5, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2025", "growth")) == (8, "eq")


def test_related_links_stop_before_a_cut_paragraph():
    text = ("监制：王强  编辑：李华\n\n推荐阅读\n◆ 2025年某市两会｜十件民生实事定了！\n◆ 代表委员热议政府工作报告\n\n"
            "【代表委员热议】\n" + wrap("市人大代表、某镇党委书记：报告提出的项目建设目标，让我们基层干部干劲更足。去年我们镇引进项目"
                                   "12个，今年要确保开工15个以上。", 30) + "\n")
    n = normalize(text)
    assert "报告提出的项目建设目标，让我们基层干部干劲更足" in n.text
    assert "十件民生实事定了" not in n.text


# a news page whose lead, cut by the page's width, names a report on a line of its own: no title of the page
def _press(lead: str, width: int) -> str:
    return ("新闻发布会实录：解读2025年全省主要预期目标\n\n2025-02-18 10:30  来源：某省人民政府网\n\n" + wrap(lead, width) + "\n")


def test_a_cut_line_of_a_lead_naming_the_plan_is_no_title():
    d = read(_press("2月18日，省政府新闻办公室举行新闻发布会，省发展改革委主任介绍省十四届人大三次会议审查批准的2025年国民经济和社会"
                    "发展计划有关情况，并答记者问。今年全省地区生产总值增长5.5%左右，城镇新增就业70万人以上。", 35))
    assert d.meta.doc_type != "plan_report"
    assert not (d.meta.title or "").startswith("届人大")


def test_a_cut_line_of_a_lead_naming_the_budget_is_no_title():
    d = read(_press("2月19日，市政府新闻办举行新闻发布会，市财政局局长介绍市十七届人大三次会议审查批准的关于某市2024年预算执行情况"
                    "和2025年预算草案的报告有关情况，并回答记者提问。今年全市一般公共预算收入增长5%。", 36))
    assert d.meta.doc_type != "budget_report"


def test_a_title_wrapped_over_two_lines_is_still_the_title():
    d = read("关于某县2024年国民经济和社会发展计划执行情况\n与2025年计划草案的报告\n\n——2025年1月8日在某县第十八届人民代表大会"
             "第五次会议上\n\n各位代表：\n受县人民政府委托，现将计划执行情况报告如下，请予审议。\n")
    assert d.meta.doc_type == "plan_report"


# a 数读 page's item, its figure first, whose sentence the page's width cut inside its change's word
SHU = """数读2026年某省政府工作报告
一起通过数字读报告。

【成绩单】
6.2万亿元：2025年全省地区生产总值达到6.2万亿元，比上年增
长5.4%。
412万人：2025年全省城镇新增就业41.2万人。
3.1%：2025年全省单位地区生产总值能耗比上年下
降3.1%。
5.6%：2025年全省规模以上工业增加值增长5.6%。
"""


def test_a_change_word_cut_on_a_figure_page_goes_on():
    n = normalize(SHU)
    assert "比上年增长5.4%" in n.text
    assert "比上年下降3.1%" in n.text


def test_a_change_word_cut_on_a_figure_page_is_read():
    fs = facts(SHU, region="某省", level="province", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")
    assert val(fs, ("energy_intensity", "actual", "2025", "growth")) == (-3.1, "eq")


# a book title's close mark that the page's width set at a line's start ("《纲要\n》"): the line goes on
def test_a_title_mark_closing_a_line_goes_on():
    n = normalize("空气质量优良天数比例为83.6%，低于《纲要\n》88%的目标。\n")
    assert "低于《纲要》88%的目标" in n.text


def test_a_goal_after_a_cut_title_mark_is_read():
    fs = facts("某区“十三五”规划纲要实施中期评估报告\n\n森林覆盖率达到38.2%，距《纲要》提出的目标尚有差距；空气质量优良天数比例为"
               "83.6%，低于《纲要\n》提出的90%的目标。\n", region="某区", level="district", report_year=2018)
    assert ("good_air_days", "goal", "2016-2020", "share") in fs or ("good_air_days", "goal", "2020", "share") in fs
