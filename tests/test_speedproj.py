"""Tests of the shared analysis (a speed change of analysis.Analysis.sentence_at: an end mark looked up
as a character, no match tried): the same sentences and paragraphs as the patterns give, on report
text with blank lines, tables and a last line with no line end."""
import re

import planwatch
from planwatch.extract import analysis
from planwatch.extract.analysis import Analysis

TEXTS = (
    "政府工作报告\n\n——2024年1月15日在市第十七届人民代表大会第四次会议上\n\n各位代表：\n"
    "现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n"
    "全市地区生产总值增长5.8%；一般公共预算收入增长6.1%！城北物流园一期建成投用。\n",
    "\n\n（一）坚持项目为王。全年实施重点项目320个，完成投资1200亿元\n\n\n"
    "| 指标 | 目标 |\n| 地区生产总值增长 | 6%左右 |\n2.县城集中供热项目：总投资3.2亿元，年内建成投用",
    "我县规模以上工业增加值增长9.8%?今年要在此基础上增长6%以上;固定资产投资增长8%\r\n"
    "社会消费品零售总额增长7%！\n\u3000\u3000居民消费价格涨幅控制在3%左右。\n",
    "", "\n", "\n\n\n", "单独一行没有换行", "𠀀𠀁宁德时代四期\n\n𠀂项目",
)

_PARAGRAPH = re.compile(r"[^\n]+")


class _Text:  # what Analysis reads of a Normalized: its text
    def __init__(self, text):
        self.text = text


def test_paragraphs_are_the_runs_between_line_ends():
    for t in TEXTS:
        assert Analysis(_Text(t), None, None).paragraphs == [m.span() for m in _PARAGRAPH.finditer(t)], t


def _sentence_at_by_patterns(t, pos):
    end = analysis._SENTENCE_END
    if not 0 <= pos < len(t) or end.match(t, pos):
        return None
    m = end.search(t, pos)
    starts = [x.end() for x in end.finditer(t, 0, pos)]
    return (starts[-1] if starts else 0), (m.start() if m else len(t))


def test_sentence_at_answers_as_the_patterns():
    for t in TEXTS:
        an = Analysis(_Text(t), None, None)
        for pos in range(-1, len(t) + 1):
            assert an.sentence_at(pos) == _sentence_at_by_patterns(t, pos), (t, pos)


def test_sentence_end_marks_are_the_pattern_class():
    assert analysis._SENTENCE_END_CHARS == frozenset("。！？!?；;\n")
    for ch in analysis._SENTENCE_END_CHARS:
        assert analysis._SENTENCE_END.fullmatch(ch)


def test_projects_and_pledges_read_the_same_sentences():
    text = TEXTS[1].replace("|", "")
    doc = planwatch.read_text("各位代表：\n" + text, "x.txt")
    names = [p.name for p in doc.projects]
    assert "县城集中供热项目" in names
