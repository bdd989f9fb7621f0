"""Faster forms of fact extraction's steps against the plain ones they replace, on random
inputs built from the words they look for and noise."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import facts


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["：", ":", "如下", "以下", "。", "*", " ", "\t", "\u3000", "\n", "目标", "如", "下", "以", "，"]),
                max_size=8))
def test_a_lead_line_end_is_read_as_the_pattern_reads_it(parts):
    line = "今年主要预期目标" + "".join(parts)
    assert facts._ends_lead(line) == (facts._LEAD_END.search(line) is not None)


def test_a_lead_line_ends_with_a_colon_or_as_follows():
    assert facts._ends_lead("主要预期目标是：** ")
    assert facts._ends_lead("具体安排如下。")
    assert not facts._ends_lead("主要预期目标是：地区生产总值增长6%")
