"""The printing cases decision 387 left (prn50, decision 393): a narrow PDF layer (15 characters a line) saved inside a
portal's page, whose frame lines (breadcrumb, 发布时间 line, scan prompt) made the layer's lines of one length fewer
than the three in five that tell a narrow page, so a task cut over three lines ("新建乡镇污水处\\n理厂4座…") was lost; and
a news page that sets its paragraphs apart by blank lines and a paragraph's sentences one a line, where the report's
told year ("报告提出，2024年…。") was not carried to the task lines of its own paragraph under it. Sentences written for
these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import pledge_items, read

from planwatch.normalize import narrow_chars, normalize

# a county's report as a phone's PDF layer, 15 characters a line (the lines of no mark a slogan's and a list's)
_LAYER = ["政府工作报告",
          "——2024年1月12日在示例",
          "县第十七届人民代表大会第三次会",
          "议上",
          "示例县人民政府县长　李明",
          "各位代表：",
          "现在，我代表县人民政府向大会报",
          "告工作，请予审议，并请县政协委",
          "员和其他列席人员提出意见。",
          "一、2023年工作回顾",
          "过去一年，全县地区生产总值完成",
          "188.6亿元，增长6.2%；",
          "二、2024年主要预期目标",
          "地区生产总值增长6%左右，规模",
          "以上工业增加值增长7%，一般公",
          "共预算收入增长5%，城镇登记失",
          "业率控制在4.5%以内。",
          "三、2024年重点工作",
          "全年实施重点项目90个。推进城",
          "乡污水治理一体化工程新建乡镇污",
          "水处理厂4座改造雨污管网120",
          "公里，新建高标准农田3万亩。",
          "建设生态宜居美丽县城",
          "打造区域物流集散中心",
          "以上工作，我们将逐项明确责任，",
          "限期完成。"]

# the frame a portal prints around a page it saves: menus, breadcrumb, date line, share buttons, links, footer
_HEAD = ["网站首页", "机构设置", "信息公开", "政策文件", "在线办事", "互动交流", "当前位置：首页 > 政务公开 > 政府文件", "",
         "字号：大 中 小　　发布时间：2024-01-12 09:30　　来源：示例县人民政府办公室　　浏览次数：2087",
         "【打印本页】 【关闭窗口】", ""]
_FOOT = ["", "（编辑：王芳　审核：赵强）", "扫一扫在手机打开当前页", "", "相关链接", "示例县召开全县重点项目建设推进会",
         "上一篇：关于印发示例县优化营商环境若干措施的通知", "下一篇：示例县人民政府关于公布第三批传统村落的通知", "",
         "主办：示例县人民政府办公室　承办：示例县大数据中心", "网站标识码：3400000099　ICP备12345号"]


def _framed(lines: list[str]) -> str:
    return "\n".join(_HEAD + lines + _FOOT) + "\n"


# 1. a narrow layer under a portal's frame is read as the same layer alone: its length found, its cut task joined
# (the frame's lines that the noise patterns leave: the breadcrumb, the date and source line, the scan prompt)
def test_a_narrow_layer_inside_a_portals_frame_keeps_its_length():
    assert narrow_chars("\n".join(_LAYER) + "\n") == 15
    left = ["当前位置：首页 > 政务公开 > 政府文件", "", "发布时间：2024-01-12 09:30　　来源：示例县人民政府办公室", ""] \
        + _LAYER + ["", "扫一扫在手机打开当前页", ""]
    assert narrow_chars("\n".join(left) + "\n") == 15


def test_a_task_cut_over_three_lines_of_a_framed_narrow_layer_is_pledged():
    t = _framed(_LAYER)
    assert "新建乡镇污水处理厂4座改造雨污管网120公里" in normalize(t).text
    d = read(t, "示例县.txt", region="示例县", level="county", report_year=2024)
    assert ("新建", "乡镇污水处理厂", 4, "座") in pledge_items(d)


# look-alike: the layer alone (no frame) read as before, its task pledged too
def test_the_same_layer_alone_reads_as_before():
    d = read("\n".join(_LAYER) + "\n", "示例县.txt", region="示例县", level="county", report_year=2024)
    assert ("新建", "乡镇污水处理厂", 4, "座") in pledge_items(d)


# look-alike: in the framed layer, the slogan's lines and the list's (no mark, no figure) stay apart as in the layer alone
def test_the_framed_layers_slogan_lines_stay_apart():
    text = normalize(_framed(_LAYER)).text
    assert "建设生态宜居美丽县城\n打造区域物流集散中心" in text


# look-alike: a portal's frame around a page of ordinary paragraphs (one a line) finds no narrow layer
def test_a_framed_page_of_whole_paragraphs_is_no_narrow_layer():
    paras = ["政府工作报告", "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。",
             "过去一年，全县地区生产总值完成188.6亿元，增长6.2%。",
             "今年全县地区生产总值增长6%左右，规模以上工业增加值增长7%。",
             "全年实施重点项目90个，新建乡镇污水处理厂4座，改造雨污管网120公里。"]
    assert narrow_chars(_framed(paras)) == 0


# 2. a news page with its paragraphs set apart by blank lines and each paragraph's sentences one a line: the report's
# told year in the paragraph's first line carries to the task lines of the same paragraph
def _news(tells: str, sep_in: str = "\n", year: int = 2024) -> str:
    return ("示例日报　2024-01-11 07:30　来源：示例日报\n\n"
            "示例市两会丨今年全市生产总值预期增长6%左右\n\n"
            "在昨天开幕的市八届人大三次会议上，市长作政府工作报告。" + sep_in
            + "报告回顾了2023年工作：全市地区生产总值增长6.3%，城镇新增就业4.1万人。\n\n"
            + tells + "全市地区生产总值增长6%左右，一般公共预算收入增长5%。" + sep_in
            + "市财政按每人每年300元标准为城乡特困人员增发生活补贴。" + sep_in
            + "全年新建改造城市道路45公里，新建保障性租赁住房2000套，新增公共充电桩800个。\n\n"
            "今天上午，大会举行第二次全体会议。" + sep_in + "代表们表示，要确保全年目标如期完成。\n\n（记者　张丽）\n")


_TASKS = {("新建改造", "城市道路", 45, "公里"), ("新建", "保障性租赁住房", 2000, "套"), ("新增", "公共充电桩", 800, "个")}


def test_a_told_year_carries_over_its_paragraphs_own_lines():
    d = read(_news("报告提出，2024年"), "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert _TASKS <= pledge_items(d)


def test_a_told_this_year_carries_over_its_paragraphs_own_lines():
    d = read(_news("报告明确，今年"), "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert _TASKS <= pledge_items(d)


# look-alike: the same paragraph run as one line (the page's usual way) pledges as before
def test_the_paragraph_run_as_one_line_pledges_as_before():
    d = read(_news("报告提出，2024年", sep_in=""), "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert _TASKS <= pledge_items(d)


# each sentence a paragraph of its own, all set apart alike by one blank line (a page printed one sentence a paragraph):
# the told year goes on to the task paragraph (decision 398; decision 393 had left it, the lead read alone)
def test_sentences_set_apart_alike_carry_the_told_year():
    d = read(_news("报告提出，2024年", sep_in="\n\n"), "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert _TASKS <= pledge_items(d)


# look-alike: the told lead set wider apart than the page's other paragraphs stays alone (decision 190)
def test_a_told_lead_set_wider_apart_stays_alone():
    text = _news("报告提出，2024年", sep_in="\n\n").replace("一般公共预算收入增长5%。\n\n", "一般公共预算收入增长5%。\n\n\n\n")
    d = read(text, "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert not _TASKS & pledge_items(d)


# look-alike: a paragraph's lines told of the past year ("报告回顾，2023年…") carry nothing ahead
def test_a_told_past_year_over_its_lines_pledges_nothing():
    d = read(_news("报告回顾，2023年"), "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert not _TASKS & pledge_items(d)


# look-alike: a page of one-sentence lines with no blank line above the told line (a PDF layer's paragraphs, one a line)
# reads as before: the told lead alone
def test_one_sentence_lines_with_no_blank_line_above_read_as_before():
    t = _news("报告提出，2024年").replace("增长6.3%，城镇新增就业4.1万人。\n\n报告提出", "增长6.3%，城镇新增就业4.1万人。\n报告提出")
    d = read(t, "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert not _TASKS & pledge_items(d)


# look-alike: a line of the paragraph that looks back between the told line and the task line ends the told year
# ("报告回顾，过去一年…" then "新增城镇就业…"), as a paragraph looking back ends a lead's run (tests/test_adv39.py)
def test_a_look_back_line_between_ends_the_told_year():
    t = _news("报告提出，2024年").replace("市财政按每人每年300元标准为城乡特困人员增发生活补贴。",
                                      "报告回顾，过去一年全市改造城镇老旧小区60个。")
    d = read(t, "示例市.txt", region="示例市", level="prefecture", report_year=2024)
    assert not _TASKS & pledge_items(d)
