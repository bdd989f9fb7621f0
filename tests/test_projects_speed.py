"""The project vocabulary patterns, shaped as tries for speed, find what the plain alternations
(the words longest first) found."""
import re

import pytest

from planwatch.extract import projects as J

_TEXTS = [
    "加快建设临港物流园区、城东产业园和高新区科技园区，推进G210国道兴山至宜昌段改造工程。",
    "开工建设抽水蓄能电站项目、工业园区污水处理厂和示范区综合体，建成投产3条生产线。",
    "启动实施城区排涝改造工程，全线贯通沿江高速公路，年内建成通车快速通道和快速路各1条。",
    "谋划储备重点项目120个，新开工产业带项目和示范园项目，推动文旅小镇、院区和码头建成投用。",
]


def _plain(kind: str) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in J._vocab()[kind]))


@pytest.mark.parametrize("kind, pattern", [("suffix", J._suffix_re), ("status", J._status_re),
                                           ("follow", J._follow_re), ("stop", J._stop_lead_re),
                                           ("generic", J._generic_re)])
def test_trie_finds_what_the_alternation_found(kind, pattern):
    plain, trie = _plain(kind), pattern()
    words = J._vocab()[kind]
    texts = _TEXTS + ["".join(words), "、".join(words), "和".join(reversed(words))]
    for t in texts:
        assert [m.span() for m in trie.finditer(t)] == [m.span() for m in plain.finditer(t)]
        for i in range(len(t)):
            a, b = trie.match(t, i), plain.match(t, i)
            assert (a and a.span()) == (b and b.span())
    for w in words:
        assert trie.fullmatch(w) and trie.fullmatch(w + w[-1]) is None or plain.fullmatch(w + w[-1])


def test_suffix_pattern_is_a_trie():
    # "产业园区" and "产业园" share one branch: the scan tries one branch per character, not each word
    assert "产业园区|" not in J._suffix_re().pattern and "产业" in J._suffix_re().pattern


# --- the kinds and the phases found as two scans (suffix_matches) ---

_PHASE_TEXTS = [
    "加快宁德时代四期、中伟新材料二期建设，推动华润电力二期和国能三期项目开工。",
    "临港产业园二期和物流园区三期建成投用；城北污水处理厂一期扩建工程分三期实施，第二期年内完工。",
    "一是实施高标准农田建设二期，二是推进老旧小区改造二期，三是建成地铁1号线一期工程。",
    "全市一二三产业协调发展，一季度生产总值增长5.2%，中心城区七期安置房、八期棚改项目竣工。",
    "期末存款余额增长8%，期间新开工项目120个，五期工程和六期工程同步推进。",
]


def test_suffix_matches_are_the_whole_scan():
    words = list(J._vocab()["suffix"]) + list(J._vocab().get("phase", ()))
    texts = _PHASE_TEXTS + ["".join(words), "、".join(words), "期".join(words), "".join(reversed(words)),
                            "十期一期期二期二期期", "", "期", "一期"]
    for t in texts:
        assert [(m.span(), m.group(0)) for m in J.suffix_matches(t)] == \
            [(m.span(), m.group(0)) for m in J._suffix_re().finditer(t)]


def test_suffix_matches_find_the_phases_where_their_last_character_stands():
    t = "推动华润电力二期和国能三期项目开工，分三期实施。"
    assert [m.group(0) for m in J.suffix_matches(t)] == ["二期", "三期", "项目", "三期"]
    assert J._split_scan() is not None  # (the phases of the vocabulary all end with 期)


def _patched_vocab(monkeypatch, suffix, phase):
    v = dict(J._vocab())
    v["suffix"], v["phase"] = suffix, phase
    for f in (J._split_scan, J._suffix_re, J._scan_re):
        f.cache_clear()
    monkeypatch.setattr(J, "_vocab", lambda: v)


@pytest.fixture
def _restore_caches():
    yield
    for f in (J._split_scan, J._suffix_re, J._scan_re):
        f.cache_clear()


def test_a_kind_overlapping_a_phase_is_scanned_whole(monkeypatch, _restore_caches):
    # a kind that ends with a phase's first character ("十一" before "一期"): the two scans overlap, the
    # whole pattern decides ("十一" first, no phase after it)
    _patched_vocab(monkeypatch, ("项目", "十一"), ("一期", "二期"))
    assert J._split_scan() is not None
    t = "第十一期项目和二期项目"
    assert [(m.span(), m.group(0)) for m in J.suffix_matches(t)] == \
        [(m.span(), m.group(0)) for m in J._suffix_re().finditer(t)] == \
        [((1, 3), "十一"), ((4, 6), "项目"), ((7, 9), "二期"), ((9, 11), "项目")]


def test_phases_not_ending_alike_are_scanned_with_the_kinds(monkeypatch, _restore_caches):
    _patched_vocab(monkeypatch, ("项目", "工程"), ("一期", "二标段"))
    assert J._split_scan() is None
    t = "一期工程和二标段项目"
    assert [m.group(0) for m in J.suffix_matches(t)] == ["一期", "工程", "二标段", "项目"]
    # nor a phase's last character written inside a kind
    _patched_vocab(monkeypatch, ("项目", "期货中心"), ("一期", "二期"))
    assert J._split_scan() is None
