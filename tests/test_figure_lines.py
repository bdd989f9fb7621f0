"""Scans written as searches for a literal character (a line break, a full stop), not a pattern tried at every
character: the 数读 page's figure lines (normalize.figure_heads, figure_lines) found by a search for a line break before a
figure, as a test of every line would find them: the same places on random pages of figure, caption and prose lines."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch import normalize as N

LINES = ["6.5%左右", "1.5万人以上  城镇新增就业", "5.1%", " 3.2万亿元", "\t150个  实施重点项目", "●150个  实施重点项目",
         "今年地区生产总值预期增长目标", "2023年地区生产总值增速", "2024年 目标", "1.加快产业升级", "8.2万人丨城镇新增就业",
         "全市生产总值增长6%。", "", "  ", "↑5.2%", "12", "3月  重点工作", "5 年 来", "地区生产总值", "285.6亿元"]


def _heads_by_lines(text: str) -> dict[int, int]:
    every = re.compile("^" + N._FIGURE_HEAD, re.M)
    out = {m.start(): m.end() for m in every.finditer(text)}
    return out if len(out) >= 2 else {}


def _two_by_lines(text: str) -> bool:
    return sum(1 for line in text.split("\n")
               if line.lstrip(" \t")[:1] in N._FIGURE_FIRST and N.VALUE_LINE.fullmatch(line)) >= 2


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14), st.sampled_from(["", "\n", " "]))
def test_figure_lines_found_as_by_every_line(lines, lead):
    text = lead + "\n".join(lines)
    heads = N.figure_heads(text)
    assert heads == _heads_by_lines(text) and list(heads) == sorted(heads)
    assert N._two_value_lines(text) == _two_by_lines(text)


def test_a_page_of_figures_before_captions():
    text = "1.5万人以上  城镇新增就业\n6%左右 地区生产总值预期增长\n今年将继续推进。"
    assert N.figure_heads(text) == {0: text.index("城镇"), text.index("6%"): text.index("地区")}
    assert N.figure_lines("6.5%左右\n今年地区生产总值预期增长目标\n5.1%\n2023年地区生产总值增速") == {0, 22}


EN = ["a", "z", "A", "Z", ".", " ", "5", "增长", "percent", "GDP", "U.S", "Jan", "\n", "。", "2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(EN), max_size=20), st.integers(0, 60), st.integers(0, 60))
def test_an_english_sentence_end_found_at_its_full_stops(parts, a, b):
    from planwatch.extract import facts as F

    text = "".join(parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    m = F._EN_SENTENCE_END.search(text, lo, hi)
    assert F._en_sentence_end(text, lo, hi) == (m.start() if m else -1)


# a five-year review's paragraph openings (facts._part_openers): at each line or sentence start found by a search
# for 。 or a line break, as the pattern anchored by ^ or a look-behind finds them searched from lo to hi
OPENER_PIECES = ["。", "\n", " ", "\t", "过去五年", "五年来", "一年来，", "过去一年", "2022年是", "2021年，", "“十四五”以来",
                 "回顾五年", "全市", "增长6%", "近五年", "这五年", "我们", "刚刚过去的一年"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(OPENER_PIECES), max_size=16), st.data())
def test_part_openers_as_the_anchored_pattern(pieces, data):
    from planwatch.extract import facts as F

    text = "".join(pieces)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    anchored = re.compile(r"(?:^|(?<=[。\n]))" + F._PART_OPENER_AT.pattern, re.M)
    want = [(m.start(), m.end(), m.group("five")) for m in anchored.finditer(text, lo, hi)]
    assert [(m.start(), m.end(), m.group("five")) for m in F._part_openers(text, lo, hi)] == want


# a sentence's clauses (numbers.clauses) where no bracket or thousands comma can hide a separator: the runs between
# separators found from one to the next by find_mark, as the repeated class [^seps]+ finds them
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="，,：:;；|、增长6%。\n 𠀀", max_size=30), st.sampled_from(["，,：:;；", "，,：:;；|", "，；", "、"]), st.data())
def test_clause_runs_as_the_class_finds_them(text, seps, data):
    from planwatch.extract import numbers

    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    want = [m.span() for m in re.compile("[^" + re.escape(seps) + "]+").finditer(text, s, e)]
    if "," not in seps or text.find(",", s, e) < 0:
        assert numbers.clauses(text, s, e, seps) == want


# the heading lines of other pages quoted under a news copy (analysis._other_page_heads): the lines holding a
# heading's first two characters, tried at their start, as the heading anchored by ^ (re.M) finds them
HEAD_PIECES = ["相关阅读", "相关", "链接", "【相关阅读】", "延伸阅读：", "新闻链接", "\n", "\n", " ", "\t", "：", "重庆：今年增长5%",
               "相关部门", "阅读", "推荐阅读 ", "更多阅读:", "背景链接】", "[链接]"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HEAD_PIECES), max_size=14))
def test_other_page_heads_as_the_anchored_pattern(pieces):
    from planwatch import vocab
    from planwatch.extract import analysis as A

    raw = "".join(pieces)
    heads = "|".join(sorted(vocab.cues().get("other_page_heads", ()), key=len, reverse=True))
    anchored = re.compile(rf"^[ \t]*[【\[〖［]?(?:{heads})[】\]〗］]?[ \t]*(?:[:：]|$)", re.M)
    assert A._other_page_heads(raw) == [m.start() for m in anchored.finditer(raw)]
