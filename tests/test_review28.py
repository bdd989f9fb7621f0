"""Review of branch leftp5's rules on unseen wordings (review28): the state's works named with no kind word are
projects only where something is done to them (a follow word after them or their list, or a verb of building right
before them), not where they are only joined, used or drawn on; and the look-alikes of the other leftp5 rules."""
from __future__ import annotations

import pytest

from taskdoc import names


# --- the state's works named with no kind word ---

@pytest.mark.parametrize("level, body, want", [
    # only joined, used or drawn on: no project
    ("市", "主动对接西部陆海新通道，发展通道经济。", set()),
    ("市", "用好平陆运河、西部陆海新通道等战略机遇，发展临港产业。", set()),
    ("市", "充分依托平陆运河和西部陆海新通道，发展向海经济。", set()),
    ("市", "推动西部陆海新通道和中欧班列协同发展。", set()),
    ("市", "发挥西部陆海新通道、长江黄金水道优势，建设内陆开放高地。", set()),
    ("省", "融入西部陆海新通道，拓展东盟市场。", set()),
    ("省", "积极参与西部陆海新通道，扩大对外开放。", set()),
    # something done to them, after them, their list, or right before them
    ("省", "平陆运河、西部陆海新通道加快建设。", {"平陆运河", "西部陆海新通道"}),
    ("省", "全力推进平陆运河，年内完成投资200亿元。", {"平陆运河"}),
    ("省", "积极配合南水北调、引江济淮等国家重大水利工程建设。", {"南水北调", "引江济淮"}),
    ("省", "支持引江补汉、滇中引水等重大工程。", {"引江补汉", "滇中引水"}),
    ("省", "确保引江济淮通水。", {"引江济淮"}),
    ("省", "推进南水北调东线二期、引江济淮二期建设。", {"南水北调东线二期", "引江济淮二期"}),
])
def test_named_works_only_where_something_is_done_to_them(level, body, want):
    assert names(body, level) == want
