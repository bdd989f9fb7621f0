"""Live blogs of a report's delivery (liv54, decision 439): the head's bare task lines in entries after the year's
target list are the year's pledges whatever the blog's clock ("09:33", "【09:33】", "9时40分") and though a byline or a
caption sets a blank line or a line of its own among the entries; a department's official answering a netizen gives no
pledge of the report unless the answer cites the report. Sentences written for these tests, with look-alikes that
must not change."""
from __future__ import annotations

from planwatch.normalize import normalize

from factkeys import key_values, pledged, read

_HEAD = "图文直播｜某市人大会议开幕\n2023-01-08 08:50　来源：某网\n\n"
_OPEN = "{t}市长陈立代表市人民政府作政府工作报告。\n"
_TARGETS = "{t}陈立：2023年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内。\n"


def _blog(clock: str, *lines: str) -> str:
    """A live blog whose entries open on the clock style given ("{}" is the minutes' place)."""
    out = [_HEAD, _OPEN.format(t=clock.format("05")), _TARGETS.format(t=clock.format("20"))]
    out += [clock.format(f"{30 + i}") + line + "\n" for i, line in enumerate(lines)]
    return "".join(out)


_PLAIN, _BRACKET, _WORDS = "09:{}　", "【09:{}】", "9时{}分　"


# --- (1) the head's bare task lines after the target list, on a blog with a blank line (429 left them) ---

def test_bare_head_lines_after_targets_are_pledged_with_plain_clock():
    t = _blog(_PLAIN, "陈立：新建城市口袋公园30个，改造老旧小区45个。", "陈立：新增普惠性托位900个。")
    got = pledged(read(t, report_year=2023))
    assert {("城市口袋公园", 30, "个"), ("老旧小区", 45, "个"), ("普惠性托位", 900, "个")} <= got


def test_bare_head_lines_after_targets_are_pledged_with_bracketed_clock():
    t = _blog(_BRACKET, "陈立：新建城市口袋公园30个，改造老旧小区45个。")
    assert "陈立：新建" not in normalize(t).text  # (the head's label dropped, as after "09:30　")
    assert {("城市口袋公园", 30, "个"), ("老旧小区", 45, "个")} <= pledged(read(t, report_year=2023))


def test_bare_head_lines_after_targets_are_pledged_with_clock_in_words():
    t = _blog(_WORDS, "陈立：新建城市口袋公园30个。", "陈立：开工建设保障性住房1200套。")
    assert "9时31分" not in normalize(t).text
    assert {("城市口袋公园", 30, "个"), ("保障性住房", 1200, "套")} <= pledged(read(t, report_year=2023))


def test_look_alike_bare_lines_after_a_review_line_stay_results():
    # look-alike: the line above is last year's figures, no turn to the year: the bare line under it is what was done
    t = (_HEAD + _OPEN.format(t="09:05　") + "09:12　陈立：2022年全市地区生产总值完成850亿元，增长4.1%。\n"
         "09:18　陈立：新建城市口袋公园26个，改造老旧小区38个。\n")
    got = pledged(read(t, report_year=2023))
    assert ("城市口袋公园", 26, "个") not in got and ("老旧小区", 38, "个") not in got


def test_look_alike_bare_lines_after_an_earlier_years_list_stay_unpledged():
    # look-alike: a list of last year's targets restated (2022 on a 2023 blog): no turn to the report's year
    t = (_HEAD + _OPEN.format(t="09:05　") + "09:12　陈立：2022年全市主要预期目标是地区生产总值增长6.5%左右。\n"
         "09:18　陈立：新建城市口袋公园26个。\n")
    assert ("城市口袋公园", 26, "个") not in pledged(read(t, report_year=2023))


def test_blog_target_list_figures_stay_targets():
    t = _blog(_BRACKET, "陈立：新建城市口袋公园30个。")
    kv = key_values(read(t, report_year=2023))
    assert kv.get(("gdp", "target", "2023", "growth")) == (6, "about")
    assert kv.get(("registered_unemployment_rate", "target", "2023", "share")) == (4.5, "at_most")


# --- (2) a photo's caption or credit between entries: no sentence runs into it or out of it ---

def test_caption_above_the_target_list_keeps_its_line_and_the_tasks_pledged():
    t = (_HEAD + _OPEN.format(t="09:05　") + "图为大会现场。马丽 摄\n" + _TARGETS.format(t="09:20　")
         + "09:30　陈立：新建城市口袋公园30个。\n")
    assert "摄2023年" not in normalize(t).text.replace(" ", "")
    assert ("城市口袋公园", 30, "个") in pledged(read(t, report_year=2023))


def test_credit_line_in_brackets_is_not_joined_to_the_entry_under_it():
    t = (_HEAD + _OPEN.format(t="09:05　") + "（摄影：谭亮）\n" + _TARGETS.format(t="09:20　")
         + "09:30　陈立：改造老旧小区45个。\n")
    assert "谭亮）2023" not in normalize(t).text.replace(" ", "").replace("\u3000", "")
    assert ("老旧小区", 45, "个") in pledged(read(t, report_year=2023))


def test_look_alike_line_cut_before_a_picture_word_is_joined_as_before():
    # look-alike: a PDF layer's line cut inside a sentence, the next line opening on 图 (no 图为) and one holding 摄影 in
    # a word: no caption, the cut lines are joined as before
    t = ("某市2023年政府工作报告\n\n2023年主要预期目标是：地区生产总值增长6%左右。全年新建城市\n图书馆分馆15个，"
         "建设摄影\n主题公园2个。\n")
    text = normalize(t).text
    assert "城市图书馆分馆15个" in text and "摄影主题公园" in text


# --- (3) a department's official answering a netizen: no pledge of the report unless citing it ---

def test_officials_answer_to_a_netizen_pledges_nothing():
    t = _blog(_PLAIN, "陈立：新建城市口袋公园30个。") + (
        "10:30　网友提问：城区内涝怎么解决？市住建局局长彭伟答：去年我们改造雨污管网22公里。接下来，我们计划新建排涝泵站4座。\n")
    got = pledged(read(t, report_year=2023))
    assert ("排涝泵站", 4, "座") not in got
    assert ("城市口袋公园", 30, "个") in got


def test_officials_answer_with_plan_words_on_a_province_blog_pledges_nothing():
    t = ("图文直播：某省人大会议开幕\n2025-01-16 08:45　来源：某网\n\n09:04 省长赵明远代表省人民政府作政府工作报告。\n"
         "10:55 网友提问：农村饮水安全如何保障？省水利厅厅长张宏答：今年，我们计划再建设水源工程12处。\n")
    assert ("水源工程", 12, "处") not in pledged(read(t, report_year=2025))


def test_look_alike_officials_answer_citing_the_report_is_a_pledge():
    t = _blog(_PLAIN, "陈立：新建城市口袋公园30个。") + (
        "10:42　网友提问：农田今年怎么建？市农业农村局局长刘敏答：按照政府工作报告的部署，今年将建设高效节水灌溉工程5万亩。\n")
    assert ("高效节水灌溉工程", 5, "万亩") in pledged(read(t, report_year=2023))


def test_look_alike_heads_own_answer_to_a_netizen_is_a_pledge():
    # look-alike: the head of the government answers: the report's speaker's own plan, as before
    t = _blog(_PLAIN, "陈立：新建城市口袋公园30个。") + (
        "10:30　网友提问：城区内涝怎么解决？市长陈立答：今年将新建排涝泵站4座。\n")
    assert ("排涝泵站", 4, "座") in pledged(read(t, report_year=2023))
