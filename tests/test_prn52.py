"""The printing cases of the last session's newest blind sets printed eight ways (prn52, decision 417): a live blog's
clock time after a paragraph's indent, a page of one paragraph a line with no blank line, a deputy's turn set one
sentence a paragraph, a review's reason and result on a line of their own, and a post's sub-head with a reading aid's
pinyin. Every sentence here is written for the test; none is copied from a set."""
from __future__ import annotations

from factkeys import facts, pledge_items, read
from planwatch.normalize import normalize


# --- 1. a live blog's clock time after a paragraph's indent (a PDF's or a Windows page's "　　09:52　…") ---------------

def _live(indent: str) -> str:
    lines = ["图文直播｜示例省十四届人大二次会议开幕",
             "2024-01-20 08:40　示例网",
             "08:55　主持人：各位网友，早上好！示例省第十四届人民代表大会第二次会议今天上午开幕。",
             "09:03　省长张明代表省人民政府作政府工作报告。",
             "09:40　张明：今年要新建改造农村公路4000公里，改造城镇老旧小区1500个。",
             "09:48　张明：新增普惠托位1.5万个，建设保障性租赁住房2万套。"]
    return "".join(indent + ln + "\n" for ln in lines)


def test_an_indented_live_blogs_clock_time_is_dropped_and_the_line_pledges():
    # the time after a full-width indent is the post's, as it is at the line's start: the line opens on its verb
    d = read(_live("\u3000\u3000"), "示例省.txt")
    items = pledge_items(d)
    assert ("新增", "普惠托位", 1.5, "万个") in items
    assert ("建设", "保障性租赁住房", 2, "万套") in items
    assert "09:48" not in normalize(_live("\u3000\u3000")).text


def test_a_live_blogs_time_after_two_half_width_spaces_is_dropped_too():
    assert "09:48" not in normalize(_live("  ")).text


def test_the_unindented_live_blog_reads_as_before():
    # look-alike: the same page with no indent (the rule's first form) pledges the same
    assert ("新增", "普惠托位", 1.5, "万个") in pledge_items(read(_live(""), "示例省.txt"))


def test_a_clock_time_inside_an_indented_sentence_stays():
    # look-alike: a time inside the sentence (not opening its line) is the sentence's own words
    t = "\u3000\u3000会议于09:30开幕，省长张明作政府工作报告。\n"
    assert "09:30" in normalize(t).text


# --- 2. a page of one paragraph a line, no blank line anywhere above the task --------------------------------------

_BODY = ["1月10日上午，示例市示例区第三届人民代表大会第三次会议开幕，区长王强作政府工作报告。",
         "报告回顾，去年全区地区生产总值增长5.1%，总量达到1260亿元。",
         "报告提出，今年全区地区生产总值增长6%左右，一般公共预算收入增长5%。",
         "全区将新建改扩建中小学8所。",
         "新增公共停车泊位2600个，改造老旧小区35个。",
         "建成美丽乡村示范村12个。"]
_HEAD = ["示例区政府工作报告：今年GDP预期增长6%左右", "2024-01-11 08:10　来源：示例发布"]
_TASKS = {("新增", "公共停车泊位", 2600, "个"), ("改造", "老旧小区", 35, "个"), ("建成", "美丽乡村示范村", 12, "个")}


def test_one_paragraph_a_line_with_no_blank_line_carries_the_told_year():
    # each paragraph one line, no blank line on the page (a PDF layer's lines joined): as evenly apart as the page
    # setting each paragraph one blank line apart, the will's tasks after the told line are the year's
    d = read("\n".join(_HEAD + _BODY) + "\n", "示例区.txt")
    assert _TASKS <= pledge_items(d)


def test_the_same_page_indented_carries_it_too():
    # (each paragraph opening on a full-width indent, as a PDF's layer prints them)
    d = read("".join("\u3000\u3000" + ln + "\n" for ln in _HEAD + _BODY), "示例区.txt")
    assert _TASKS <= pledge_items(d)


def test_the_page_set_one_blank_line_apart_reads_as_before():
    # look-alike: the page whose paragraphs are one blank line apart (decision 398) pledges as before
    d = read("\n\n".join(_HEAD + _BODY) + "\n", "示例区.txt")
    assert _TASKS <= pledge_items(d)


def test_a_told_past_year_on_a_page_of_no_blank_line_carries_nothing():
    # look-alike: the told line looks back ("报告回顾，2023年…"): nothing of the lines under it is the year's
    body = [ln.replace("报告提出，今年", "报告回顾，2023年") for ln in _BODY if not ln.startswith("全区将")]
    d = read("\n".join(_HEAD + body) + "\n", "示例区.txt")
    assert not _TASKS & pledge_items(d)


# --- 3. a deputy's turn set one sentence a paragraph, blank lines between -------------------------------------------

def _interview(after: str) -> str:
    return ("【两会声音】县人大代表赵红梅：报告让我们更有信心\n来源：示例县融媒体中心　2024-02-22 18:00\n\n"
            "2月21日，示例县第十八届人民代表大会第四次会议开幕，县长钱立作政府工作报告。\n\n"
            "会议间隙，记者采访了县人大代表、某镇某村党支部书记赵红梅。\n\n"
            "记者：今年的目标您怎么看？\n\n"
            "赵红梅：报告提出，今年全县新建高标准农田2.8万亩，改造农村危房260户。\n\n"
            "记者：您今年带来了哪些建议？\n\n"
            "赵红梅：我建议全县再新建8个农产品冷链仓储点。\n\n" + after + "\n\n（编辑：周婷）\n")


def test_a_first_person_paragraph_after_a_turn_across_a_blank_line_is_the_deputys():
    # her next sentence set as a paragraph of its own: her village's plan, no pledge of the report's
    items = pledge_items(read(_interview("我们村也打算今年流转土地600亩种植茶叶，力争村集体经济收入增长15%。"), "示例县.txt"))
    assert not any(i[1] in ("土地", "村集体经济收入") for i in items)
    assert ("新建", "高标准农田", 2.8, "万亩") in items  # (the report she cites: the report's)


def test_the_pages_own_words_after_a_turn_across_a_blank_line_still_pledge():
    # look-alike: the page's own voice after her turn (no first person) telling the report's plan: pledged
    items = pledge_items(read(_interview("据了解，今年全县还将新建口袋公园9个。"), "示例县.txt"))
    assert ("新建", "口袋公园", 9, "个") in items


def test_the_regions_voice_after_a_turn_across_a_blank_line_still_pledges():
    # look-alike: "我县将…" is the region's (the page's) voice, not hers
    items = pledge_items(read(_interview("我县将新建村级综合服务中心18个。"), "示例县.txt"))
    assert ("新建", "村级综合服务中心", 18, "个") in items


# --- 4. a review's reason and result on a line of their own, under the sentence setting the target -----------------

_SET = "市九届人大三次会议确定，全年地区生产总值增长8%左右。"
_RESULT = "受外部需求持续减弱影响，全年实际增长6.4%，低于预期。"


def test_a_reason_then_result_on_the_next_line_is_the_targets_result():
    fs = facts("2024年示例市政府工作报告\n\n一、2023年工作回顾\n\n" + _SET + "\n" + _RESULT + "\n",
               region="示例市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.4
    assert fs[("gdp", "target", "2023", "growth")].value == 8


def test_a_reason_then_result_after_a_blank_line_is_the_targets_result():
    # (a page setting each sentence a paragraph)
    fs = facts("2024年示例市政府工作报告\n\n一、2023年工作回顾\n\n" + _SET + "\n\n" + _RESULT + "\n",
               region="示例市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.4


def test_a_reason_then_result_after_another_names_figure_on_the_next_line_carries_nothing():
    # look-alike (decision 412): the sentence above opens on another name's figure: no one name goes on
    t = ("2024年示例市政府工作报告\n\n一、2023年工作回顾\n\n年初确定固定资产投资增长12%，地区生产总值增长8%左右。\n"
         + _RESULT + "\n")
    fs = facts(t, region="示例市", report_year=2024)
    assert not any(f.value == 6.4 for f in fs.values())


# --- 5. a post's sub-head under a pictograph, with a reading aid's pinyin in it --------------------------------------

def _post(head: str) -> str:
    return ("一图读懂｜示例区2024年政府工作报告\n来源：示例发布　2024-01-15\n\n"
            "1月14日，示例区第三届人民代表大会第四次会议开幕，区长孙杰作政府工作报告。\n\n"
            "🎯划重点：2024年主要预期目标\n1️⃣地区生产总值(shēng chǎn zǒng zhí)增长5.5%左右；\n2️⃣一般公共预算收入增长4%。\n\n"
            + head + "\n5️⃣新增公办学位(xué wèi)8000个；\n6️⃣新增城镇(chéng zhèn)就业(jiù yè)1.8万人；\n7️⃣改造老旧小区40个。\n")


def test_a_sub_head_with_a_reading_under_a_pictograph_is_a_sub_head():
    # "🏠划重点：今年这些民生(mín shēng)实事" read as "◆今年这些民生实事", as without the reading: the jobs item under it
    # is a pledge as well as a target
    t = _post("🏠划重点：今年这些民生(mín shēng)实事")
    assert "◆今年这些民生实事" in normalize(t).text
    assert ("新增", "城镇就业", 1.8, "万人") in pledge_items(read(t, "示例区.txt"))


def test_the_sub_head_without_a_reading_reads_as_before():
    # look-alike: the same sub-head with no reading
    t = _post("🏠划重点：今年这些民生实事")
    assert "◆今年这些民生实事" in normalize(t).text
    assert ("新增", "城镇就业", 1.8, "万人") in pledge_items(read(t, "示例区.txt"))


def test_a_pictographs_sentence_with_a_reading_is_no_sub_head():
    # look-alike: a pictograph before a sentence with a figure (a reading in it) is no sub-head, readings left out or not
    t = _post("📈地区生产总值(shēng chǎn zǒng zhí)增长5.5%左右，居民收入增长与经济增长同步。")
    assert "◆地区生产总值" not in normalize(t).text
