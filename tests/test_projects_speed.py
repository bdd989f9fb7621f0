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
