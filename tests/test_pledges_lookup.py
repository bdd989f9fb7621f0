"""Look-up helpers of pledges/projects that replace a plain scan: the same answers as the plain version."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.extract import numbers, pledges

ALIASES = [a for a, _, _ in pledges.objects()]


def plain_object_norm(obj: str) -> tuple[str | None, str | None]:
    """The vocabulary read in order: the first alias (longest first) that obj contains."""
    for alias, norm, cat in pledges.objects():
        if alias in obj:
            return norm, cat
    return None, None


def test_object_norm_longest_alias_wins():
    assert pledges.object_norm("城镇新增就业") == plain_object_norm("城镇新增就业")
    assert pledges.object_norm("某某某") == (None, None)
    assert pledges.object_norm("") == (None, None)
    assert not pledges._known("某某某") and pledges._known("某某" + ALIASES[0])


objects_text = st.lists(st.sampled_from(ALIASES) | st.text("新建改造城区道路高标准农田就业资金", max_size=3),
                        max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(objects_text)
def test_object_norm_as_plain_scan(obj):
    assert pledges.object_norm(obj) == plain_object_norm(obj)
    assert pledges._known(obj) == (plain_object_norm(obj) != (None, None))


def spans(matches):
    out = []
    for m in matches:
        d = m.groupdict()
        first = d.pop("first", None)  # _qty_scan_re's first character: put back into its number
        if first is not None and d.get("pct") is None:  # (a share written out: the reference matches 百 outside its group)
            d["num" if d["unit"] is not None else "cn"] = first + d["num" if d["unit"] is not None else "cn"]
        out.append((m.span(), d))
    return out


def test_qty_matches_skips_only_what_cannot_match():
    text = "新建12.5公里道路，一二三四个，改造三十个小区，2023131个，共1,200万元，十二万亩"
    assert spans(pledges._qty_matches(text, 0, len(text))) == spans(pledges._qty_re().finditer(text))
    long_run = "一" * 30 + "个"  # a numeral run longer than the pattern's 24: tried again inside it
    assert spans(pledges._qty_matches(long_run, 0, len(long_run))) == spans(pledges._qty_re().finditer(long_run))
    assert [m.start() for m in pledges._qty_matches(long_run, 0, len(long_run))] == [6]


qty_text = st.lists(st.sampled_from(["一", "二", "十", "百", "万", "亿", "两", "零", "1", "2", "0", ".", ",", "、",
                                     "个", "万元", "亿元", "公里", "%", "座", "新建", "项目", "年", "第", "٣"]),
                    max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(qty_text, st.data())
def test_qty_matches_as_finditer(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert spans(pledges._qty_matches(text, start, end)) == spans(pledges._qty_re().finditer(text, start, end))


def plain_pieces(text, cs, ce, quants):
    out, start = [], cs
    for i in range(cs, ce):
        if text[i] == "、" and any(start <= q.start and q.end <= i for q in quants):
            out.append((start, i))
            start = i + 1
    out.append((start, ce))
    return out


@settings(max_examples=200, deadline=None)
@given(st.text("、A1", max_size=20), st.data())
def test_pieces_as_char_loop(text, data):
    cs = data.draw(st.integers(0, len(text)))
    ce = data.draw(st.integers(cs, len(text)))
    qs = [pledges._Q(1, None, "个", i, i + 1) for i, ch in enumerate(text) if ch == "1"]
    assert pledges._pieces(text, cs, ce, qs) == plain_pieces(text, cs, ce, qs)


def plain_strip(obj: str, lead: bool = True) -> str:
    obj = obj.strip(" 、，,")
    for pat in (pledges._COMPARE, pledges._FROM):
        m = pat.search(obj)
        if m:
            obj = obj[:m.start()]
    obj = pledges._CURRENT.sub("", obj)
    if lead:
        obj = pledges._LEAD.sub("", obj)
    prev = None
    while prev != obj:
        prev = obj
        obj = pledges._TRAIL.sub("", obj).strip(" 、")
    return obj


def test_strip_trailing_words_and_marks():
    assert pledges._strip("全年城区道路等、") == "城区道路"
    assert pledges._strip("城区道路、 ") == plain_strip("城区道路、 ") == "城区道路"
    assert pledges._strip("道路建设任务\n") == plain_strip("道路建设任务\n")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["道路", "等", "的", "建设", "任务", "、", " ", "\n", "以上", "均", "为", "新建", "比去年",
                                 "16%的", "从", "1", "，", "较上年", "与2020年", "同比", "由", "到", "对", "确保", "全年",
                                 "比"]), max_size=10).map("".join), st.booleans())
def test_strip_as_plain(obj, lead):
    assert pledges._strip(obj, lead) == plain_strip(obj, lead)


def plain_sentences_holding(an, positions):
    from bisect import bisect_right

    st, out = [s for s, _ in an.sentences], []
    for p in positions:
        i = bisect_right(st, p) - 1
        if i >= 0 and p < an.sentences[i][1] and (not out or out[-1] != an.sentences[i]):
            out.append(an.sentences[i])
    return out


def analysis_of(text):
    from types import SimpleNamespace

    from planwatch.extract.analysis import Analysis

    return Analysis(SimpleNamespace(text=text), None, None)


def test_sentence_at():
    an = analysis_of("一是新建。二是改造；\n三是")
    assert an.sentence_at(0) == (0, 4) and an.sentence_at(4) is None and an.sentence_at(6) == (5, 9)
    assert an.sentence_at(11) == (11, 13) and an.sentence_at(13) is None and an.sentence_at(-1) is None


@settings(max_examples=300, deadline=None)
@given(st.text("新建。；;!\n项目", max_size=30), st.data())
def test_sentences_holding_as_sentence_list(text, data):
    positions = sorted(data.draw(st.lists(st.integers(-2, len(text) + 2), max_size=12)))
    an = analysis_of(text)
    assert an.sentences_holding(positions) == plain_sentences_holding(an, positions)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2021年", "2030年", "年", "20", "——", " ", "\u3000", "。", "！", "？", "；", "全县", "以来",
                                 "底", "新建"]), max_size=12).map("".join))
def test_year_lead_finds_every_past_lead(para):
    # the guard before the paragraph's full sentences are read: every sentence _PAST_LEAD opens is found
    if any(pledges._PAST_LEAD.match(m.group(0)) for m in pledges._FULL_SENTENCE.finditer(para)):
        assert pledges._YEAR_LEAD.search(para)


@given(st.text(" \t\u3000\n,.a新", max_size=8))
def test_split_tells_a_space(raw):
    # the guard before a name's spaces are removed
    assert (raw.split() != [raw]) == (raw == "" or any(c.isspace() for c in raw))
    if raw.split() == [raw]:
        assert numbers._SPACE_NOT_AFTER_ASCII_PUNCT.sub("", raw) == raw


def test_list_hits_one_value():
    text = "粮食、油料等产量均增长5%，新建道路10公里"
    qs = pledges._quantities(text, 0, len(text))
    vs = pledges._verbs_in(text, 0, len(text))
    cut = text.index("，")
    listed = pledges._list_hits(text, 0, cut, [q for q in qs if q.end <= cut], [v for v in vs if v.end <= cut])
    assert len(listed) == 2  # "均" before the verb: one value for each item, not the one-value exit
    assert pledges._list_hits(text, cut + 1, len(text), [q for q in qs if q.start > cut],
                              [v for v in vs if v.start > cut]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["2021年", "2030年", "20", "年", "。", " ", "——", "新建"]), max_size=10).map("".join))
def test_year_any_before_year_lead(para):
    # _YEAR_LEAD is searched only where _YEAR_ANY finds a year
    if pledges._YEAR_LEAD.search(para):
        assert pledges._YEAR_ANY.search(para)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2021年", "2030年", "年", "20", "——", "—", " ", "\u3000", "\n", "。", "！", "?", "；",
                                 "全县", "以来", "底", "新建"]), max_size=12).map("".join))
def test_year_leads_answers_as_the_year_lead_pattern(para):
    assert pledges._year_leads(para) == bool(pledges._YEAR_LEAD.search(para))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["今年", "年内", "2025年", "到2025年", "要", "主要", "需要", "将", "力争", "计划", "拟",
                                 "安排", "年", "到", "新建", "2021", "全县", "。"]), max_size=10).map("".join))
def test_plan_cue_found_where_the_full_pattern_is(sentence):
    assert (pledges._PLAN_CUE_FOUND.search(sentence) is not None) == (pledges._PLAN_CUE.search(sentence) is not None)
    assert [m.group(1) for m in pledges._DATED.finditer(sentence)] == \
        re.findall(pledges._DATED.pattern.pattern, sentence)


def plain_qualifier(text, q, before_from):
    qual, qend = numbers.qualifier(text, numbers.Quantity(q.value, q.value_high, q.unit, q.start, q.end, ""), before_from)
    if qual == "eq" and q.more:
        qual = "at_least"
    elif qual == "eq" and re.search(r"(?:约|近|大约|接近)$", text[max(before_from, q.start - 2):q.start]) \
            and text[max(before_from, q.start - 2):q.start].rstrip("\n")[-2:] not in pledges._NOT_ABOUT:
        qual = "about"  # (not a word that ends with 约 or 近: "节约5个", "签约15个")
    elif qual == "eq" and "至少" in text[max(before_from, q.start - 6):q.start]:
        qual = "at_least"
    return qual, qend


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["约", "近", "大约", "接近", "节约", "至少", "不少于", "\n", "新建", "以上", "左右", "多",
                                 "5个", "10亿元", "3-5个", "300余个", "，"]), max_size=10).map("".join), st.data())
def test_qualifier_as_plain(text, data):
    # the quantity itself handed to numbers.qualifier, 约/近 read from the last character before it
    for q in pledges._quantities(text, 0, len(text)):
        before_from = data.draw(st.integers(0, q.start))
        assert pledges._qualifier(text, q, before_from) == plain_qualifier(text, q, before_from)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["0", "1", "7", "9", "00", "2023", "1,200", ".5", "-", "至", "余", "多"]), min_size=1,
                max_size=8).map("".join), st.sampled_from(["个", "万元", "亿元", "公里", "%"]))
def test_integer_quantities_read_as_parse_number(num, unit):
    text = "新建" + num + unit
    for q in pledges._quantities(text, 0, len(text)):
        m = pledges._qty_re().match(text, q.start)
        plain = numbers.clean(numbers.parse_number(m.group("num")))
        assert q.value == plain and type(q.value) is type(plain)


_SENTENCE_PIECES = ["新建", "改造", "达到", "提高到", "完成", "学校", "道路", "3所", "5条", "10%", "20个", "，", "、", "：", "；",
                    "（", "）", "约", "分别", "和", "等", "项目", "均", "要", "预计", "一所", "人", "的"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=24))
def test_verbs_read_from_the_quantities_clauses_as_from_the_whole_sentence(pieces):
    # the verbs of the clauses before the first quantity and after the last change no pledge
    from planwatch import metadata, structure
    from planwatch.extract.analysis import Analysis
    from planwatch.normalize import normalize

    text = "二、2022年工作安排\n" + "".join(pieces) + "。\n"
    norm = normalize(text)
    meta = metadata.detect(text, norm, {}, "t.txt", None)
    outline = structure.outline(norm, meta.report_year)
    got = pledges.scan(norm, outline, meta, an=Analysis(norm, outline, meta))
    saved = pledges._verbs_hold_no_separator
    pledges._verbs_hold_no_separator = lambda: False  # the whole sentence scanned
    try:
        want = pledges.scan(norm, outline, meta, an=Analysis(norm, outline, meta))
    finally:
        pledges._verbs_hold_no_separator = saved
    assert got == want


def test_qty_matches_as_finditer_with_points_and_shares():
    # (session 20: a Chinese numeral with a decimal point, a share written out)
    for text in ["新建高标准农田二点五万亩，一点一滴", "达到百分之八十一以上，百分之百，百分之95，三分之一个", "五点三个，两点一线"]:
        for start in range(len(text)):
            assert spans(pledges._qty_matches(text, start, len(text))) == spans(pledges._qty_re().finditer(text, start))
