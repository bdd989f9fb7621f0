"""The 2026-12-06 speed pass spd47 (docs/benchmarks.md): pledges' cheap tests that decide before the dear ones give the
same answers as the dear ones alone."""
from __future__ import annotations

import pytest

from helpers import example_texts as _texts
from planwatch.extract import pledges


def _acts(text: str) -> bool:
    return pledges._body_acts_written(text) and pledges._other_body_acts().search(text) is not None


@pytest.mark.parametrize("text", [
    "会议还书面审查了市人大常委会工作报告，市人大常委会今年将开展执法检查6项。",
    "市政协今年要组织委员视察10次。",
    "市法院将审结案件1万件。",
    "人民检察院还将开展专项监督。",
    "市人大常务委员会拟制定地方性法规2件。",
    "县监委计划立案30件。",
    "政协委员建议新建口袋公园50个。",  # (a member, not the body acting)
    "常委会工作报告", "法院", "", "人大常委会将",  # (no word after 将: no match)
])
def test_a_written_body_act_decides_as_the_search(text):
    assert _acts(text) == (pledges._other_body_acts().search(text) is not None)


def test_the_examples_decide_as_the_search():
    for t in _texts():
        assert _acts(t) == (pledges._other_body_acts().search(t) is not None)
        assert _acts(t + "\n市政协今年将开展调研10次。") is True


def test_every_body_word_ends_with_a_kept_one():
    words = pledges.vocab.cues()["other_body_acts"]
    kept = pledges._body_words()
    assert all(any(w.endswith(k) for k in kept) for w in words)
