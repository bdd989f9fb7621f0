"""The project kinds and the coordination set's places found in one walk over a report (prefilter.JointScan):
the same matches as each side's own scan (WordScan.finditer, SkippingSet.finditer_each over the whole
text), on random strings built from the words, the heads and noise, and on report sentences with the
real vocabularies."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import analysis, facts, projects
from planwatch.extract.prefilter import JointScan, SkippingSet, WordScan


def _spans(it):
    return [(m.start(), m.end(), m.group(0), m.lastgroup) for m in it]


KINDS = ["项目", "工程", "段", "标段", "中心", "产业园", "产业园区", "园区", "大桥", "城区", "城市", "一期"]
# heads that share first characters (产, 城, 一, 中) and pairs (城市, 产业) with the kinds
SETS = [r"城(?:乡|镇)(?:居民)?(?:和|、)(?:农村|乡村)", r"产业(?:增加值|投资)(?=增长)", r"一(?:产|二三产业)",
        r"(?<![比较])上年", r"中心城区(?:常住)?人口", r"(?P<c9>城市(?:建成区)?绿化覆盖率)"]
NOISE = ["，", "、", "建设", "居民", "增长", "农村", "比", "上", "年", "产业", "园", "中", "城", "一", "心", "大",
         "人口", "增加值", "8.5%", "\n", "二三", "常住"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(KINDS + NOISE), max_size=40),
       st.lists(st.sampled_from(KINDS), min_size=1, max_size=len(KINDS), unique=True),
       st.lists(st.sampled_from(SETS), min_size=1, max_size=len(SETS), unique=True))
def test_one_walk_finds_what_the_two_scans_find(parts, words, sets):
    text = "".join(parts)
    ws, ss = WordScan(words), SkippingSet([re.compile(p) for p in sets])
    joint = JointScan.make(WordScan(words), SkippingSet([re.compile(p) for p in sets]))
    if joint is None:  # (only where a side is not read by pairs: a word of one character alone)
        assert all(len(w) == 1 for w in words)
        return
    # (asked in either order: the walk is made once for the text and read by both)
    if len(parts) % 2:
        assert _spans(joint.words_in(text)) == _spans(ws.finditer(text))
    each = joint.each_in(text)
    assert [_spans(ms) for ms in each] == [_spans(ms) for ms in ss.finditer_each(text, 0, len(text))]
    assert _spans(joint.words_in(text)) == _spans(ws.finditer(text))


def test_report_sentences_with_the_real_vocabularies():
    joint = analysis.joint_scan()
    assert joint is not None
    kinds, comp = projects._split_scan()[0], facts._alias_table()[1]
    texts = [
        "城镇和农村居民人均可支配收入分别增长5.1%和6.8%，中心城区污水处理厂项目建成投用。",
        "第一、二、三产业增加值分别增长3.5%、7.2%和6.1%。推进临港产业园区、物流园区建设，实施G15沈海高速温州段改扩建工程。",
        "全年接待游客1.2亿人次、实现旅游总收入1500亿元；存贷款余额分别增长9%、11%。黄河大桥、科技馆和体育中心开工建设。",
        "城乡居民人均可支配收入增长与经济增长同步，城镇新增就业5万人。",
        "地铁3号线二期、5号线东延段建设加快，一产、二产、三产增加值分别增长4%、6%、7%。",
        "", "段", "产业", "全市经济平稳运行。", "城镇、农村居民",
    ]
    for text in texts:
        t = "".join(text)  # (a new object: the walk is made again for it)
        assert _spans(joint.words_in(t)) == _spans(kinds.finditer(t)), t
        assert [_spans(ms) for ms in joint.each_in(t)] == [_spans(ms) for ms in comp.finditer_each(t, 0, len(t))], t
    # the first sentence has both sides: a word and a head at the same character (中心城区 / 城镇)
    t = texts[0]
    assert [m.group(0) for m in joint.words_in(t)] == [m.group(0) for m in kinds.finditer(t)] and joint.words_in(t)
    assert any(joint.each_in(t))


def test_no_joint_walk_where_a_side_is_not_read_by_pairs():
    pats = [re.compile(r"[一二]"), re.compile(r"上年")]  # a head of one character: the set is found by a trie
    assert JointScan.make(WordScan(["项目"]), SkippingSet(pats)) is None
    assert JointScan.make(WordScan(["段"]), SkippingSet([re.compile(r"上年")])) is None  # no word of two characters
    assert JointScan.make(WordScan(["项目", "段"]), SkippingSet([re.compile(r"上年")])) is not None


def test_the_walk_is_made_again_for_another_text():
    joint = JointScan.make(WordScan(["项目", "工程"]), SkippingSet([re.compile(r"(?<!比)上年")]))
    a, b = "上年项目", "工程比上年"
    assert [m.group(0) for m in joint.words_in(a)] == ["项目"] and [m.span() for ms in joint.each_in(a) for m in ms] == [(0, 2)]
    assert [m.group(0) for m in joint.words_in(b)] == ["工程"] and [list(ms) for ms in joint.each_in(b)] == [[]]
    assert [m.group(0) for m in joint.words_in(a)] == ["项目"]


def test_the_joint_walk_follows_the_kinds_read_again(monkeypatch):
    # (a vocabulary read again, as the tests that patch it do: the walk is made of the new scan)
    v = dict(projects._vocab())
    v["suffix"], v["phase"] = ("项目", "十一"), ("一期", "二期")
    try:
        projects._split_scan.cache_clear()
        projects._suffix_re.cache_clear()
        projects._scan_re.cache_clear()
        monkeypatch.setattr(projects, "_vocab", lambda: v)
        t = "第十一期项目和二期项目"
        assert [m.group(0) for m in projects.suffix_matches(t)] == ["十一", "项目", "二期", "项目"]
        assert analysis.joint_scan().words is projects._split_scan()[0]
    finally:
        monkeypatch.undo()
        projects._split_scan.cache_clear()
        projects._suffix_re.cache_clear()
        projects._scan_re.cache_clear()
    assert analysis.joint_scan().words is projects._split_scan()[0]


def test_the_kept_walk_is_one_tuple_of_the_text_and_its_result():
    # (replaced whole: a thread that walks another text meanwhile never hands this text that text's walk)
    joint = JointScan.make(WordScan(["项目", "工程"]), SkippingSet([re.compile(r"上年")]))
    a = "上年项目"
    joint.words_in(a)
    text, (words, places) = joint._last
    assert text is a and [m.group(0) for m in words] == ["项目"] and places == [0]
