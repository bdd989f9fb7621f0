"""The printing cases of the newest blind sets printed eight ways (prn54, decision 433): an infographic's card name alone
repeated under results and targets, one copy beside a page's mark; a 分工方案's items each closed by a note in brackets,
printed as a PDF's layer; a deputy's "他说" set as a paragraph of its own; and the target list's last sentence, its
targets set by their rate first, set as a paragraph of its own. Every sentence here is written for the test; none is
copied from a set."""
from __future__ import annotations

from factkeys import facts, pledge_items, read
from planwatch.normalize import normalize


# --- 1. a card's name alone, repeated, one copy beside a page's mark ---------------------------------------------------

def _cards(mark1: str, mark2: str) -> str:
    return ("一图读懂示例市2023年政府工作报告\n\n示例市人民政府网站 2023-01-16\n\n\n回顾2022\n\n地区生产总值\n\n2150.6亿元\n\n"
            "增长5.2%\n\n一般公共预算收入\n\n" + mark1 + "\n\n132.4亿元\n\n增长4.1%\n\n城镇新增就业\n\n3.2万人\n\n"
            "2023年主要预期目标\n\n地区生产总值\n\n增长6%左右\n\n一般公共预算收入\n\n" + mark2 + "\n\n增长5%\n\n"
            "城镇调查失业率\n\n5.5%以内\n")


_MARKS = ("— 1 —\n政府工作报告", "— 2 —\n政府工作报告")


def test_a_card_name_alone_beside_page_marks_is_no_running_head():
    # "一般公共预算收入" over "— 1 —" and the Word footer's head, under both the results and the targets: the name stays
    t = _cards(*_MARKS)
    assert normalize(t).text.count("一般公共预算收入") == 2
    fs = facts(t, region="示例市", report_year=2023)
    assert fs[("general_budget_revenue", "actual", "2022", "level")].value == 132.4
    assert fs[("general_budget_revenue", "actual", "2022", "growth")].value == 4.1
    assert fs[("general_budget_revenue", "target", "2023", "growth")].value == 5


def test_the_card_pages_head_beside_the_marks_still_goes():
    # look-alike: the Word header's "政府工作报告" beside both marks is the running head, dropped; the marks too
    text = normalize(_cards(*_MARKS)).text
    assert "政府工作报告" not in text.replace("一图读懂示例市2023年政府工作报告", "")
    assert "— 1 —" not in text


def test_a_document_name_line_repeated_beside_marks_still_goes():
    # look-alike: a report's name (no indicator's) repeated beside two page marks inside sentences is a running head
    t = ("示例县2022年政府工作报告\n\n一、2021年工作回顾\n\n全县地区生产总值完成120亿元，增长7%，\n第 1 页\n示例县人民政府\n"
         "一般公共预算收入完成8.2亿元，增长5%。\n\n二、2022年工作安排\n\n地区生产总值增长6.5%左右，\n第 2 页\n示例县人民政府\n"
         "城镇新增就业3000人。\n")
    assert "示例县人民政府" not in normalize(t).text


# --- 2. a 分工方案's items, each closed by a note in brackets, as a PDF's layer ------------------------------------------

_ITEMS = [
    "1．地区生产总值增长6.5%左右。（牵头单位：县发展改革局；配合单位：县统计局）",
    "2．规模以上工业增加值增长8%。（牵头单位：县经济和信息化局；配合单位：县统计局）",
    "3．固定资产投资增长7%以上。（牵头单位：县发展改革局）",
    "4．社会消费品零售总额增长6%。（牵头单位：县商务局）",
    "5．一般公共预算收入增长5%。（牵头单位：县财政局）",
    "6．城乡居民人均可支配收入分别增长5.5%、7%。（牵头单位：县人力资源社会保障局、县农业农村局）",
    "7．全年实施县级重点项目120个、完成投资260亿元，新开工亿元以上项目45个。（牵头单位：县发展改革局；完成时限：2023年12月底）",
    "8．新增规模以上工业企业30户，新培育省级专精特新中小企业12家。（牵头单位：县经济和信息化局；完成时限：2023年12月底）",
    "9．新建高标准农田3.5万亩。（牵头单位：县农业农村局）",
    "10．改造农村危房600户，新改建农村公路150公里。（牵头单位：县住房城乡建设局、县交通运输局；完成时限：持续推进）",
    "11．新增公办学位3000个。（牵头单位：县教育局）",
]


def _layer(items: list[str], width: int = 36) -> str:
    # a PDF's text layer: each paragraph indented by two ideographic spaces, cut every `width` characters, no blank lines
    out = ["示例县人民政府办公室", "关于印发《2023年县政府工作报告重点工作任务分工方案》的通知", "示例县府办〔2023〕3号"]
    for p in items:
        body = "　　" + p
        out += [body[k:k + width] for k in range(0, len(body), width)]
    return "\n".join(out) + "\n"


def test_a_task_cut_by_the_page_width_is_joined_in_a_layer_of_noted_items():
    # item 4's "新开工亿元以上项目45个" is cut by the width between 项 and 目: the lines ending on the notes' close are the
    # items' ends, not the page's cuts, so the page's line length is read and the cut line goes on
    t = _layer(_ITEMS)
    assert "新开工亿元以上项目45个" in normalize(t).text
    assert ("新开工", "亿元以上项目", 45, "个") in pledge_items(read(t, "示例县.txt"))


def test_the_same_items_unwrapped_read_as_before():
    # look-alike: one item a line, nothing cut
    t = "示例县人民政府办公室\n2023年县政府工作报告重点工作任务分工方案\n" + "\n".join(_ITEMS) + "\n"
    items = pledge_items(read(t, "示例县.txt"))
    assert ("新开工", "亿元以上项目", 45, "个") in items
    assert ("新建", "高标准农田", 3.5, "万亩") in items


def test_a_layer_of_items_with_no_notes_reads_as_before():
    # look-alike: the same items, no notes, each its sentence alone: the cut item goes on as before
    t = _layer([p[:p.index("（")] for p in _ITEMS])
    assert "新开工亿元以上项目45个" in normalize(t).text


# --- 3. a deputy's "他说" set as a paragraph of its own -------------------------------------------------------------

def _turns(lines: list[str]) -> str:
    return ("代表热议政府工作报告\n来源：示例县融媒体中心　2024-01-20 09:30\n\n"
            "　　1月19日，示例县第十八届人民代表大会第三次会议举行分组审议。\n"
            "　　报告提出，今年全县新建高标准农田1.2万亩，改造农村公路90公里。\n" + "\n".join(lines) + "\n")


def test_a_deputys_he_says_opening_its_own_paragraph_is_their_words():
    # one sentence a line: the deputy told in the line above, "他说" opening the next, his village's plan is no pledge
    d = read(_turns(["　　县人大代表、某镇某村党支部书记刘强表示，报告提出的目标实在。",
                     "他说，村里今年计划新建共享菜园2个，带动农户增收。"]), "示例县.txt")
    items = pledge_items(d)
    assert not any(i[1] == "共享菜园" for i in items)
    assert ("新建", "高标准农田", 1.2, "万亩") in items


def test_she_says_under_a_members_line_is_theirs_too():
    d = read(_turns(["　　县政协委员、某企业负责人王芳认为，报告务实。", "她说，企业今年计划新建生产线3条。"]), "示例县.txt")
    assert not any(i[1] == "生产线" for i in pledge_items(d))


def test_he_says_under_the_heads_line_is_the_reports():
    # look-alike: the line above tells the county head answering a deputy (代表 as a word, no deputy's title): his words
    # are the government's, pledged
    d = read(_turns(["　　会上，县长张伟在回应代表关切时说，今年将新增普惠托位200个。",
                     "他说，全县还将新建城乡社区嵌入式服务设施12处。"]), "示例县.txt")
    items = pledge_items(d)
    assert any(i[1].endswith("嵌入式服务设施") and i[2] == 12 for i in items)


def test_he_says_within_the_deputys_paragraph_reads_as_before():
    # look-alike: the page's paragraphs whole (decision 425's form)
    d = read(_turns(["　　县人大代表、某镇某村党支部书记刘强表示，报告提出的目标实在。他说，村里今年计划新建共享菜园2个。"]), "示例县.txt")
    assert not any(i[1] == "共享菜园" for i in pledge_items(d))


# --- 4. the target list's last sentence, its targets set by their rate, as a paragraph of its own ----------------------

def _targets(second: str) -> str:
    return ("示例市2024年政府工作报告（摘要）\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5.1%。\n\n"
            "二、2024年目标任务\n\n2024目标\n\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内。"
            "\n\n" + second + "\n\n围绕2024目标任务，重点抓好以下工作：新开工亿元以上项目150个，改造老旧小区80个。\n")


_ADDED = "同时，按照增长6%左右安排固定资产投资预期目标，按照每人每年1800元安排城乡居民医保财政补助。"


def test_a_list_sentence_set_apart_with_a_standard_pledges_nothing():
    # one sentence a paragraph: "同时，按照增长6%左右安排…预期目标，…按照每人每年1800元安排…财政补助。" is the list's
    d = read(_targets(_ADDED), "示例市.txt", region="示例市", report_year=2024)
    items = pledge_items(d)
    assert not any(i[2] == 1800 for i in items)
    assert ("新开工", "亿元以上项目", 150, "个") in items


def test_the_list_sentence_set_apart_keeps_its_target():
    fs = facts(_targets(_ADDED), region="示例市", report_year=2024)
    assert fs[("fixed_asset_investment", "target", "2024", "growth")].value == 6


def test_a_task_sentence_set_apart_after_the_list_is_still_pledged():
    # look-alike: a task after the list, opening on its verb, not on a target set by its rate
    d = read(_targets("同时，新建城市口袋公园30个，新增停车泊位5000个。"), "示例市.txt", region="示例市", report_year=2024)
    items = pledge_items(d)
    assert ("新建", "城市口袋公园", 30, "个") in items


def test_the_list_sentence_in_the_lists_paragraph_reads_as_before():
    # look-alike: the sentence inside the list's paragraph (the plain page)
    t = _targets("").replace("以内。\n\n\n\n", "以内。" + _ADDED + "\n\n")
    assert _ADDED in t
    assert not any(i[2] == 1800 for i in pledge_items(read(t, "示例市.txt", region="示例市", report_year=2024)))
