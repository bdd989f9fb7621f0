"""The looks taken before a pattern is tried (a first character, a character every match holds) never turn away a
place or a window where the pattern matches: each gate is a necessary condition of its pattern, so the output is the
same as without it (the 70-report dump was byte-identical; these hold it for any text)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import facts, numbers, pledges, projects
from planwatch.extract.prefilter import find_mark

# the characters the patterns are made of, some digits and marks, and characters none of them holds
_ALPHABET = ("个批项家座条所处一二三若干第十百千0123456789、和及以与全累计实现完成其中年省市县区乡镇村街道社"
             "级国家投资（）()中从由目标预期指标数代表委员机制模式公司集团最大重要知名领先 ，,。；;\n\t　●◆↑"
             "确保力争取努要报告还提出对含包括建设农田亩万元")


# words the patterns are made of, so that drawn strings hold matches often, and single characters between them
_WORDS = ("个", "批", "3", "12", "二", "十", "第", "一批", "一些", "若干", "两个", "国家级", "省级以上", "级", "总投资", "投资额约",
          "力争", "争取", "确保", "努力", "要实现", "人大代表", "政协委员", "表示", "目标是", "预期为", "目标值调整为", "去年",
          "上年", "这一指标", "该数据", "实际完成情况为", "去年的目标是", "（", "(", "2023年", "计划", "预算", "机制", "公司",
          "集团", "其中", "全年", "累计", "实现", "完成", "，", "；", "。", " ", "\n", "高于", "比", "全省", "全国", "最大",
          "知名", "领先", "从", "中", "建设", "农田", "、", "和", "及", "与", "以及", "不低于", "以上", "一、", "第一部分",
          "#", "【", "●", "↑", "8.2万人", "城镇", "地区生产总值", "县", "区", "街道", "全市", "各乡镇", "报告提出")
_TEXTS = st.one_of(st.text(alphabet=_ALPHABET, max_size=16),
                   st.lists(st.sampled_from(_WORDS), max_size=8).map("".join))


def _holds(pattern, s: str) -> bool:
    return pattern.search(s) is not None


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_a_window_a_gate_turns_away_holds_no_match(s):
    # (each gate as the code writes it, on the whole string as its window)
    if _holds(projects._MID_COUNT, s):
        assert find_mark(s, 0, len(s), projects._MID_COUNT_MARKS) >= 0
    if _holds(facts._SEP, s):
        assert find_mark(s, 0, len(s), facts._SEP_MARKS) >= 0
    if _holds(numbers._BEFORE_INSIDE, s):
        assert find_mark(s, 0, len(s), numbers._BEFORE_INSIDE_MARKS) >= 0
    if _holds(pledges._LEVEL_WORD, s):
        assert "级" in s
    if _holds(pledges._BRACKET_WORTH, s):
        assert "投资" in s
    if _holds(pledges._AIM_INSIDE, s):
        # (or the year's own doing: "全年实现…", "2025年将完成…", the pattern's last branch)
        assert "争" in s or "要" in s or "确保" in s or "努力" in s or (
            any(w in s for w in ("今年", "全年", "年内", "年")) and any(w in s for w in ("实现", "完成", "达到")))
    if _holds(pledges._deputy_says(), s):  # (the pattern built from cues.tsv deputy_says, decision 339)
        assert "代表" in s or "委员" in s
    if _holds(facts._TARGET_BETWEEN, s):
        assert "目标" in s or "预期" in s
    if _holds(facts._LAST_YEARS_TARGET_BEFORE, s):
        assert "目标" in s
    if _holds(facts._LAST_YEARS_SAME_BEFORE, s):
        assert "指标" in s or "数" in s
    for bracketed in (facts._ASIDE_YEAR, facts._BRACKET_SET):
        if _holds(bracketed, s):
            assert "（" in s or "(" in s
    if (am := projects._aim_marks()) is not None and _holds(projects._aim_re(), s):
        assert find_mark(s, 0, len(s), am) >= 0


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_a_string_a_first_character_look_turns_away_opens_no_match(s):
    c = s[:1]
    if pledges._LEAD.match(s):
        assert c in pledges._LEAD_FIRST or c.isspace() or c > "\uffff"
    if pledges._LEVEL_PLACE.fullmatch(s):
        assert c in pledges._LEVEL_PLACE_FIRST
    if projects._MECHANISM.match(s):
        assert c in projects._MECHANISM_FIRST
    if facts._PART_HEAD.match(s):
        assert c in facts._PART_HEAD_FIRST or c.isspace()
    if facts._COMPARED_ASIDE.match(s):
        assert c in facts._COMPARED_ASIDE_FIRST
    if s and facts._NO_SUBJECT.fullmatch(s):
        assert c in "全累实完其"
    if pledges._BREAKDOWN_OPEN.match(s):
        assert s.startswith("其中") or c.isspace()
    if facts._then_actual().match(s) or facts._YEAR_FIGURE_AFTER.match(s):
        assert c in "，,；;"
    if pledges._SOURCE.search(s):
        assert s.endswith("中")


def test_every_character_that_opens_a_lead_is_looked_for():
    # (_LEAD_FIRST is read off the pattern with its \s taken out: every character of the basic plane that can open a
    # match is in it or a space)
    tails = ("", "年", "、", "）", ".", "五年", "县", "增", "建")
    missed = [c for c in map(chr, range(0x10000)) if c not in pledges._LEAD_FIRST and not c.isspace()
              and any(pledges._LEAD.match(c + t) for t in tails)]
    assert missed == []


def test_a_figure_line_opens_with_a_space_a_bullet_an_arrow_or_a_digit():
    from planwatch.normalize import FIGURE_HEAD
    for line in ("8.2万人  城镇新增就业", "●150个  实施重点项目", "  6%左右 地区生产总值预期增长", "↑3.1%  增速"):
        assert FIGURE_HEAD.match(line) is not None
        assert line[:1] in facts._FIGURE_LINE_OPENERS or line[:1].isdecimal()
        assert facts._opens_with_figure(line, 3)
    assert not facts._opens_with_figure("城镇新增就业8.2万人", 3)


def test_a_section_paths_answer_is_the_same_asked_again():
    path = "二、今后五年的奋斗目标"
    first = facts._plan_section(path, 2021)
    assert facts._plan_section(path, 2021) is first
    assert first == facts._plan_section_of(path, 2021)
    assert facts._plan_section("二、2021年工作安排", 2021) is False


_ORDER_WORDS = ("近", "逾", "超过", "超", "突破", "接近", "万", "千", "百", "人", "人次", "家", "个", "户", "名", "，", "。", "以上",
                "左右", "\n", "新增", "就业", "吸引", "参加", "1", "近近", "超超过", "超过万", "突破千", "接近百", "近万", "逾千")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_ORDER_WORDS), max_size=10).map("".join), st.integers(0, 3), st.integers(0, 3))
def test_order_counts_are_the_patterns_own_matches(s, a, b):
    # (the counts of one order, "近万人", "逾千家", found by a mark's look and a match at each mark, are finditer's)
    end = max(a, len(s) - b)
    want = [(m.start(), m.end()) for m in pledges._ORDER_COUNT.finditer(s, a, end)]
    i = find_mark(s, a, end, pledges._ORDER_COUNT_MARKS)
    got = [(m.start(), m.end()) for m in pledges._order_counts(s, i, end)] if i >= 0 else []
    assert got == want
