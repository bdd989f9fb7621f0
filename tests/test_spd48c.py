"""spd48c: a SkippingSet pattern whose heads of three characters cannot all be read is looked for by its heads cut
at the item that cannot be read, not by its first characters; the matches are each pattern's own."""
import re

from planwatch.extract import prefilter as pf


def test_cut_heads_read_up_to_the_unread_item():
    heads = pf.cut_heads(r"(?<!目标)(?:由|从)[\d.]+(?:调整)(?:为|至)|(?:好于|在)预期|年初(?:确定|提出)的", 3)
    assert heads == {"由", "从", "好于预", "在预期", "年初确", "年初提"}
    assert pf.cut_heads(r"(?:年中)?(?:因为?(?!此)|由于)[^，。]{2,16}?调整", 3) == {"年中因", "年中由", "因", "因为", "由于"}
    assert pf.cut_heads(r"[^，]年", 3) is None  # (no first character known: no heads)


def test_skipping_set_same_matches():
    pats = [re.compile(p) for p in (r"(?:由|从)[\d.]+(?:调整)(?:为|至)|(?:好于|在)预期", r"年初(?:确定|提出)的", r"目标[\d.]+%?")]
    ss = pf.SkippingSet(pats)
    text = "年初确定的目标由6.5调整为6%，在预期之内，好于预期，由于、从5调整至4%，年初提出的"
    for s, e in [(0, len(text)), (3, 20), (10, 11), (0, 5), (30, len(text))]:
        want = [[m.span() for m in p.finditer(text, s, e)] for p in pats]
        assert [[m.span() for m in ms] for ms in ss.finditer_each(text, s, e)] == want
        assert ss._index() is not None and "目标" in ss.heads and "由" in ss.heads
        t = pf.head_table(ss.heads)
        assert t is not None
        got = ss._each_at(text, pf.head_places(text, s, e, *t), s, e)
        assert [[m.span() for m in ms] for ms in got] == want
