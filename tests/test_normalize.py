"""Normalisation: every kept character maps back to the text as read."""
from __future__ import annotations

import re

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planwatch.normalize import _convert_traditional, _drop, _fold, compose, normalize, simplified

CHROME = "字体缩小字体放大页面缩小页面放大高对比度辅助线恢复正常关闭"
NOISE = ["(上接第一版)", "（下转第三版）", CHROME]
# simplified characters only (so the traditional-to-simplified step leaves them alone)
HAN = list("全市地区生产总值增长城镇化率年月日经济发展稳中向好人民收入达到以上左右")
PIECES = HAN + list("0123456789") + list("０１２３４５６７８９") + [
    " ", "  ", "\n", "\n\n", "\u3000", "％", "%", ".", "，", "。", "、", "一、"] + NOISE
WS = re.compile(r"\s+")


def _clean_raw(s: str) -> str:
    s = _fold(s)
    for n in NOISE:
        s = s.replace(_fold(n), "")
    return WS.sub("", s)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(PIECES), max_size=80), data=st.data())
def test_spans_map_back(parts, data):
    raw = "".join(parts)
    n = normalize(raw)
    norm = n.text
    # character by character: monotonic, in bounds, same character after folding
    prev = -1
    for i, ch in enumerate(norm):
        r = n.to_raw(i)
        assert 0 <= r < len(raw)
        assert r > prev
        prev = r
        assert _fold(raw[r]) == ch or (raw[r] == "\r" and ch == "\n")
    # nothing but whitespace and noise is removed
    assert WS.sub("", norm) == _clean_raw(raw)
    # any span: the raw slice, cleaned, equals the normalised slice
    if norm:
        s = data.draw(st.integers(0, len(norm) - 1))
        e = data.draw(st.integers(s + 1, len(norm)))
        rs, re_ = n.to_raw_span(s, e)
        assert 0 <= rs < re_ <= len(raw)
        assert _clean_raw(raw[rs:re_]) == WS.sub("", norm[s:e])
        quote, qs, qe = n.quote(s, e)
        assert quote == raw[qs:qe] and (qs, qe) == (rs, re_)


def _spans():
    return st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=8).map(
        lambda xs: [(a, a + k) for a, k in xs])


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab c", max_size=40), first=_spans(), second=_spans(), third=_spans())
def test_composed_map_is_the_stages_one_after_another(text, first, second, third):
    # the plain version: each position walked back through every stage, the last one first
    stages = []
    for spans in (first, second, third):
        text, stage = _drop(text, [(min(a, len(text)), min(b, len(text))) for a, b in spans])
        stages.append(stage)
    composed = compose(compose(stages[2], stages[1]), stages[0])
    for pos in range(-2, len(text) + 3):
        plain = pos
        for stage in reversed(stages):
            plain = stage.back(plain)
        assert composed.back(pos) == plain


def test_composed_map_by_hand():
    # "a bc d" without spaces is "abcd"; then "b" dropped: "acd"
    text, first = _drop("a bc d", [(1, 2), (4, 5)])
    assert text == "abcd"
    text, second = _drop(text, [(1, 2)])
    assert text == "acd"
    both = compose(second, first)
    assert [both.back(i) for i in range(3)] == [0, 3, 5]
    assert both.back(3) == 6 and both.back(-1) == -1  # past the end: the last run goes on


def test_spaces_inside_numbers_and_units():
    n = normalize("全市地区生产总值增长 8.2 %，")
    assert n.text == "全市地区生产总值增长8.2%，"
    s = n.text.index("8.2%")
    assert n.quote(s, s + 4)[0] == "8.2 %"


def test_broken_line_inside_a_word_is_joined():
    raw = "2021年，全市经济运行稳中有进、稳中向好，常住人口城镇\n\n化率达到55.2%，比上年提高1.1个百分点。"
    n = normalize(raw)
    assert "城镇化率达到55.2%" in n.text
    s = n.text.index("城镇化率")
    assert n.quote(s, s + 4)[0] == "城镇\n\n化率"


def test_heading_line_not_joined():
    n = normalize("一、2021年执行情况\n\n2021年，全市地区生产总值增长6.3%。")
    assert n.text.startswith("一、2021年执行情况\n\n2021年，全市")


def test_sentence_end_not_joined():
    n = normalize("全市地区生产总值增长6.3%，高于全省平均水平1.2个百分点。\n\n规模以上工业增加值增长7.1%。")
    assert "百分点。\n\n规模以上" in n.text


def test_page_marks_dropped():
    raw = "经济运行持续恢复(下转第三版)向好，全年增长6%。"
    n = normalize(raw)
    assert n.text == "经济运行持续恢复向好，全年增长6%。"
    s = n.text.index("恢复向好")
    assert n.quote(s, s + 4)[0] == "恢复(下转第三版)向好"


def test_web_chrome_dropped():
    n = normalize(CHROME + "\n漯河市2024年国民经济和社会发展计划")
    assert CHROME not in n.text
    assert "漯河市2024年国民经济和社会发展计划" in n.text


def test_full_width_digits_and_percent():
    raw = "增长１２３％以上"
    n = normalize(raw)
    assert n.text == "增长123%以上"
    assert len(n.text) == len(raw)
    assert n.to_raw(2) == 2 and raw[n.to_raw(5)] == "％"


def test_chinese_punctuation_kept():
    assert normalize("增长6%，达到（预期）目标：好！").text == "增长6%，达到（预期）目标：好！"


def test_crlf():
    raw = "一、回顾\r\n全市地区生产总值增长6%，规模以上工业增加值增长7%。\r\n"
    n = normalize(raw)
    assert "\r" not in n.text
    s = n.text.index("增长6%")
    assert n.quote(s, s + 4)[0] == "增长6%"


TRAD = ("關於平頂山市2022年國民經濟和社會發展計劃執行情況與2023年計劃草案的報告。過去一年，全市經濟發展穩中向好，"
        "這是全市人民團結奮鬥的結果，各項事業取得新進展，對外開放水準不斷提高。")


def test_traditional_converted_with_same_offsets():
    conv = _convert_traditional(TRAD)
    assert len(conv) == len(TRAD)
    assert "国民经济和社会发展计划" in conv
    assert "这是全市人民团结奋斗的结果" in conv
    n = normalize(TRAD)
    assert "国民经济和社会发展计划执行情况" in n.text
    s = n.text.index("国民经济和社会发展计划")
    quote = n.quote(s, s + 11)[0]
    assert quote == "國民經濟和社會發展計劃"  # the quote is the text as read
    assert simplified(TRAD) == conv


def test_simplified_text_untouched():
    s = "关于国民经济和社会发展计划执行情况的报告，全市经济发展稳中向好。"
    assert _convert_traditional(s) == s



# ---------------------------------------------------------------- print and web noise, by class
# (hand-written; each sentence goes through the whole pipeline and its quote must be the text as read)

def _facts(raw: str, year: int = 2024) -> dict[tuple, tuple]:
    import planwatch

    doc = planwatch.read_text(raw, "t.txt", overrides=dict(report_year=year))
    out = {}
    for f in doc.facts:
        assert raw[f.start:f.end] == f.quote
        out[(f.indicator, f.role, f.measure)] = (f.value, f.value_high, f.qualifier)
    return out


def test_spaced_glyphs_with_latin_letters_are_read():
    raw = "一、2023年工作回顾\n全 市 G D P 增 长 5 . 5 % ， 万 元 G D P 能 耗 下 降 3 % ， P M 2 . 5 平 均 浓 度 3 2 微 克 / 立 方 米 。\n"
    fs = _facts(raw)
    assert fs[("gdp", "actual", "growth")] == (5.5, None, "eq")
    assert fs[("energy_intensity", "actual", "growth")] == (-3, None, "eq")
    assert normalize("R&D expenditure 3%").text == "R&D expenditure 3%"  # Latin words keep their space
    assert normalize("PM 2.5").text == "PM 2.5"


@pytest.mark.parametrize("pinyin", ["(zhǎng)", " ( z h ǎ n g ) ", "\n(zhǎng)", "(zh\nǎng)"])
def test_pinyin_after_a_character_is_dropped_when_spaced_or_broken(pinyin):
    raw = f"一、2023年工作回顧\n全縣生產總值增長{pinyin}6.2%，一般公共預算收入增長{pinyin}4.1%。\n"
    fs = _facts(raw)
    assert fs[("gdp", "actual", "growth")] == (6.2, None, "eq")
    assert fs[("general_budget_revenue", "actual", "growth")] == (4.1, None, "eq")


def test_uppercase_in_brackets_is_not_pinyin():
    assert "(GDP)" in normalize("地区生产总值(GDP)增长5%").text


@pytest.mark.parametrize("raw, key, want", [
    # a range whose dash opens the next line
    ("二、2024年主要预期目标\n今年经济社会发展的主要预期目标是：全市地区生产总值增长7%\n—7.5%，城镇新增就业5万人。\n",
     ("gdp", "target", "growth"), (7, 7.5, "range")),
    # a line cannot open with a full stop or a comma: the sentence goes on
    ("一、2023年工作回顾\n全年城镇新增就业人数超过3.2万人，农村劳动力转移就业人数达到8.6万人，脱贫攻坚取得决定性胜利\n。全市地区生产总值增长6.1%。\n",
     ("gdp", "actual", "growth"), (6.1, None, "eq")),
    # a short line holding a comma is a sentence cut, not a title
    ("一、2023年工作回顾\n外贸出口106.6亿元，增\n长-\n9.7%；全市地区生产总值增长6.1%。\n",
     ("exports", "actual", "growth"), (-9.7, None, "eq")),
])
def test_sentences_cut_by_the_page(raw, key, want):
    assert _facts(raw)[key] == want


def test_short_tail_of_a_cut_line_goes_on():
    # the middle line is short only once its pinyin is dropped; it continues a full line
    raw = ("一、2019年工作回顧\n過去一年，較好完成了市七屆人大四次會議確定的目標任務。全\n"
           "年預(yù)計(jì)實(shí)現(xiàn)生產(chǎn)總\n值702.5億元，同比增長6.5%。\n")
    assert _facts(raw, 2020)[("gdp", "actual", "level")] == (702.5, None, "eq")


def test_bullet_lines_without_punctuation_stay_apart():
    # one item per line, no punctuation: a rank on a later line is not the earlier indicator's
    raw = ("一、过去五年工作回顾\n城镇化率提高5.5个百分点\n关中平原城市群建设加快推进\n综合保税区数量居全国第6位\n")
    fs = _facts(raw, 2021)
    assert not any(k[0] == "urbanization_rate" and k[2] == "rank" for k in fs)
