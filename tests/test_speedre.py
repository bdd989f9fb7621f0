"""Fewer regex scans in extraction (issue 13): what replaces a scan finds what the scan found."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import analysis


def _plain_paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in analysis._PARAGRAPH.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", "\r\n", " ", "一、", "全市生产总值增长5%。", "（一）", "\u3000", "\t", "x"]),
                max_size=20))
def test_paragraph_spans_are_the_line_runs(parts):
    text = "".join(parts)
    assert analysis.paragraph_spans(text) == _plain_paragraphs(text)


def test_paragraph_spans_of_a_report():
    text = ("\n\n政府工作报告\n——2024年1月20日在市第十七届人民代表大会第四次会议上\n\n各位代表：\r\n"
            "一、2023年工作回顾\n全市地区生产总值增长6.5%。\n\n二、2024年主要目标\n  \n预期目标是：生产总值增长6%左右\n")
    spans = analysis.paragraph_spans(text)
    assert spans == _plain_paragraphs(text)
    assert [text[s:e] for s, e in spans][:3] == ["政府工作报告", "——2024年1月20日在市第十七届人民代表大会第四次会议上", "各位代表：\r"]
    assert [text[s:e] for s, e in spans][-2:] == ["  ", "预期目标是：生产总值增长6%左右"]
    assert analysis.paragraph_spans("") == [] and analysis.paragraph_spans("\n\n") == [] and analysis.paragraph_spans("一") == [(0, 1)]
