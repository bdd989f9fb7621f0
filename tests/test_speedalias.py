"""The mention path's region tables built once (issue 13, speed): the divisions below a region come
from an index by parent, not from a scan of every region at each call."""
from __future__ import annotations

import copy

from planwatch.regions import NATIONAL_CODE, Gazetteer, gazetteer


def _scan(g: Gazetteer, code: str | None) -> list:
    """What ``children`` gave when it read every region at each call."""
    if code == NATIONAL_CODE:
        return [r for r in g.by_code.values() if r.level == "province" and r.current]
    return [r for r in g.by_code.values() if r.parent_code == code and r.current]


def test_children_are_those_of_a_scan_for_every_region_in_order():
    g = gazetteer()
    codes = list(g.by_code) + [NATIONAL_CODE, "999999", None]
    for code in codes:
        assert g.children(code) == _scan(g, code), code
    assert {r.name for r in g.children("420000")} >= {"武汉市", "襄阳市", "宜昌市", "神农架林区"}
    assert all(r.current for r in g.children("130500"))  # (a renamed district's old name is not a child)


def test_children_are_read_from_an_index_and_handed_out_as_copies():
    g = copy.copy(gazetteer())
    g.__dict__.pop("_kids", None)
    first = g.children("430200")  # 株洲市's districts, counties and 醴陵市
    assert "醴陵市" in {r.name for r in first}

    class NoScan(dict):
        def values(self):
            raise AssertionError("children() scanned every region")

    g.by_code = NoScan(g.by_code)
    assert g.children("430200") == first
    assert {r.name for r in g.children("430000")} >= {"长沙市", "株洲市"}
    first.clear()  # (a caller's list is its own)
    assert g.children("430200")


# --- the indicator names read by their first two characters (prefilter.longest_first_by_pairs) ---

import random
import re

import pytest

from planwatch.extract import facts as F
from planwatch.extract.prefilter import longest_first, longest_first_by_pairs


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _vocabulary() -> list[str]:
    return sorted(a for a in F._alias_table()[2] if not (a[0] == "c" and a[1:].isdigit()))


@pytest.mark.parametrize("text", [
    "全年地区生产总值增长5.2%，一般公共预算收入增长6.1%，社会消费品零售总额增长7%。",
    "全市实现地区生产总值3500亿元，规模以上工业增加值增长8.5%，城镇居民人均可支配收入5.2万元。",
    "国内生产总值增长5%左右；居民消费价格涨幅3%左右；城镇新增就业1200万人以上。",
    "单位地区生产总值能耗下降3%，单位国内生产总值二氧化碳排放降低，粮食播种面积和产量稳定。",
    "外贸进出口总额增长4.1%，实际使用外资12亿美元，R&D经费投入强度达到2.5%。",
    "全国全社会研发经费投入强度，国国内生产总值，全全社会固定资产投资增长",  # (a name right after its own first character)
])
def test_the_pair_pattern_finds_the_trie_s_names(text):
    words = _vocabulary()
    assert _spans(F._alias_table()[0], text) == _spans(re.compile(longest_first(words)), text)
    assert F._alias_table()[0].pattern.startswith("[")  # (the alias table uses it)


def test_the_pair_pattern_on_names_glued_cut_and_nested():
    words = _vocabulary()
    old, new = re.compile(longest_first(words)), re.compile(longest_first_by_pairs(words))
    pieces = words + [w[:k] for w in words for k in range(1, len(w))] + list("的国全，。1")
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert _spans(new, text) == _spans(old, text), text


@pytest.mark.parametrize("words,text", [
    (["ab", "abcd", "abc", "xbq", "bq"], "xabcdxbqabce abx"),  # (a second character shared by two firsts)
    (["a&b", "a-", "]x", "^y"], "a&b a- ]x ^y a&"),  # (characters a class must escape)
    (["国内生产总值", "内生"], "国内生产总值内生"),
])
def test_the_pair_pattern_on_small_vocabularies(words, text):
    assert _spans(re.compile(longest_first_by_pairs(words)), text) == _spans(re.compile(longest_first(words)), text)


def test_one_character_words_keep_the_trie():
    assert longest_first_by_pairs(["国", "国内"]) == longest_first(["国", "国内"])
    assert longest_first_by_pairs([]) == longest_first([])
