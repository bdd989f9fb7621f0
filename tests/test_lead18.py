"""Joined relief words (plan15's holdout: "为企业减负降本100亿元以上") are a whole work, as 减负 and 减税降费 are: the amount
of relief pledged, the work its own object."""
from __future__ import annotations

import pytest

import planwatch

TASKS = "二、2025年重点工作\n（一）稳增长。"


def _pledges(sentence: str) -> list[tuple[str, str, float, str, str]]:
    d = planwatch.read_text(TASKS + sentence, "x.txt")
    return [(p.action, p.object, p.value, p.unit, p.qualifier) for p in d.pledges]


@pytest.mark.parametrize("sentence,want", [
    ("为企业减负降本100亿元以上。", ("减负降本", "减负降本", 100, "亿元", "at_least")),
    ("全年为企业降本减负80亿元。", ("降本减负", "降本减负", 80, "亿元", "eq")),
    ("为企业减负100亿元以上。", ("减负", "减负", 100, "亿元", "at_least")),  # (as before)
])
def test_joined_relief_words_are_a_whole_work(sentence, want):
    assert _pledges(sentence) == [want]


def test_relief_words_without_an_amount_pledge_nothing_of_their_own():
    # ("推动企业降本减负" names a policy, the count after it is another work's)
    assert _pledges("推动企业降本减负，新建厂房10万平方米。") == [("新建", "厂房", 10, "万平方米", "eq")]
