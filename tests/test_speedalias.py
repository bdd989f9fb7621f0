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
    assert F._alias_table()[0].pattern.pattern.startswith("[")  # (the alias table uses it)


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


# --- the third character read before the branch (longest_first_by_pairs(..., third=True)) ---

def test_the_alias_table_reads_the_third_character():
    lit = F._alias_table()[0]
    words = _vocabulary()
    seconds_of_two = {w[1] for w in words if len(w) == 2}
    assert seconds_of_two  # (一产, 出口, 物价: words of two keep their place by the look behind)
    assert "(?<=[" in lit.pattern.pattern.split(")(?:", 1)[0]


@pytest.mark.parametrize("text", [
    # places where a name's first two characters stand and the third is not a name's ("经济发展", "社会事业")
    "坚持以经济建设为中心，经济发展稳中向好，经济增长5.2%，社会事业全面进步，社会消费品零售总额增长6%。",
    "服务水平不断提升，服务业增加值增长7.1%；市场活力增强，市场主体达到45万户；国家级园区3个。",
    # a name of two characters at every place it can stand: before a third that begins no name, at a
    # window's end, before a mark
    "出口增长8%，进出口总额增长5.1%，出口。出口",
    "全年物价保持稳定，物价",
    "三产增加值增长6%，一产、二产分别增长3%、5%，社零总额，固投增长4%，高企数量达到800家，三产",
    # names glued to each other and to their own beginnings
    "国国内生产总值全全社会固定资产投资城镇城镇化率居民居民人均可支配收入经济经",
])
def test_the_third_character_pattern_finds_the_trie_s_names(text):
    words = _vocabulary()
    new = re.compile(longest_first_by_pairs(words, third=True))
    assert _spans(new, text) == _spans(re.compile(longest_first(words)), text)
    for end in range(len(text) + 1):  # (a window cut anywhere: the look ahead reads no further than its end)
        assert [m.span() for m in new.finditer(text, 0, end)] == [m.span() for m in re.compile(longest_first(words)).finditer(text, 0, end)]


def test_the_third_character_pattern_on_names_glued_cut_and_nested():
    words = _vocabulary()
    old, new = re.compile(longest_first(words)), re.compile(longest_first_by_pairs(words, third=True))
    pieces = words + [w[:k] for w in words for k in range(1, len(w))] + list("的国全，。1发展事业水平")
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert _spans(new, text) == _spans(old, text), text


@pytest.mark.parametrize("words,text", [
    (["ab", "abcd", "abc", "xbq", "bq"], "xabcdxbqabce abx ab abq"),  # (a word of two beside longer ones)
    (["abc", "xbd"], "abd xbc abc xbd ab"),  # (no word of two: the third character alone)
    (["ab", "xy"], "ab xy axy"),  # (only words of two: no third character to read)
    (["a&b", "a-", "]x", "^y", "a-]z"], "a&b a- ]x ^y a& a-]z a-]"),  # (characters a class must escape)
    (["国内生产总值", "内生", "生产总值"], "国内生产总值内生生产总值国内生产"),
])
def test_the_third_character_pattern_on_small_vocabularies(words, text):
    new = re.compile(longest_first_by_pairs(words, third=True))
    assert _spans(new, text) == _spans(re.compile(longest_first(words)), text)


def test_the_third_character_pattern_on_the_reports():
    """The alias table's matches are the plain trie's on the bundled reports, whole and in windows."""
    from pathlib import Path

    words = _vocabulary()
    old = re.compile(longest_first(words))
    lit = F._alias_table()[0]
    for path in sorted(Path(__file__).resolve().parents[1].joinpath("examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _spans(lit, text) == _spans(old, text), path.name
