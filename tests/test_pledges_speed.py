"""Speed-shaped patterns of the pledge scanner remove what the plain patterns removed."""
import re

from hypothesis import given, settings, strategies as st

from planwatch.extract import pledges

_PLAIN_TRAIL = re.compile(rf"(?:{pledges._TRAIL_WORDS})+$")
_WORDS = [re.sub(r"\(\?<!.\)", "", w) for w in pledges._TRAIL_WORDS.split("|")]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + list("级商学校新建个\n 、") + ["省级", "幼儿园", "高标准农田"]), max_size=8))
def test_trail_words_removed_as_the_plain_alternation_removes_them(pieces):
    obj = "".join(pieces)
    assert pledges._TRAIL.sub("", obj) == _PLAIN_TRAIL.sub("", obj)


def test_trail_of_real_objects():
    for obj, want in [("老旧小区改造任务", "老旧小区"), ("省级以上", "省级以上"), ("高标准农田建设", "高标准农田"),
                      ("学校的建设", "学校"), ("城镇新增就业10万人以上", "城镇新增就业10万人"), ("农村公路等", "农村公路")]:
        assert pledges._TRAIL.sub("", obj) == want == _PLAIN_TRAIL.sub("", obj)


def test_trail_words_are_a_trie():
    # "每人每年|每人每月|每年|每月" share one branch: each place of an object tries one branch per character
    assert "每人每年|每人每月" not in pledges._TRAIL.pattern
