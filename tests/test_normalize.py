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


# a number alone on its line between two Chinese characters is a page number a page break left
# (a converter may set blank lines above a page's foot: "…社会消\n\n1\n费品…")
LONE_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])([ \t\n]*\n[ \t]*)\d{1,3}(?=[ \t]*\n[ \t\n]*[\u4e00-\u9fff])")


# a superscript footnote mark a converter printed as a plain digit, glued to a figure's unit or %, before a
# qualifier, 和/、 or a clause's mark ("增长7.1%1；"), a line break on one side of it at most (data/noise.txt)
# (not a full stop an OCR read for a decimal point, "0％0。0％": normalize reads "0。0" as 0.0 first, _STOP_POINT)
_FOOTNOTE_NEXT = r"(?:左右|以上|以下|以内|[和、](?!\d{1,2}[号#期座])|[，；;）)]|。(?!\d{1,3}(?:%|％|个百分点|(?:万亿|亿|万)(?:元|美元|人|吨|亩|户)))|,(?! ?\d))"
FOOTNOTE_DIGIT = re.compile(r"(?<=[\d万亿][%元人户家吨亩个])(?:\d\d?(?=\n?" + _FOOTNOTE_NEXT + r")|\n\d\d?(?=" + _FOOTNOTE_NEXT + r"))")


_UNDER_FULL_LINE = re.compile(r"[^\n]{16,}\n[ \t\n]*\d{1,3}[ \t]*\n")


def _clean_raw(s: str) -> str:
    s = FOOTNOTE_DIGIT.sub("", LONE_PAGE_NUMBER.sub(r"\1", _fold(s)))
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
        # (a gap between a table's cells becomes '|')
        # (a full-width comma between digit groups is read as a thousands separator: "0，000" → "0,000")
        # (a half-width point closing a Chinese sentence is read as its full stop: "報告.", trad26; an OCR full stop
        # between digits before a unit as a decimal point: "0。0％", noise25)
        # (a paragraph's indent after a sentence's end, on a line, is read as the line break it stands for: "。  全")
        assert _fold(raw[r]) == ch or (raw[r] == "\r" and ch == "\n") or (ch == "|" and raw[r].isspace()) \
            or (raw[r] == "，" and ch == "," and raw[r - 1:r].isdigit()) \
            or (raw[r] in ".．" and ch == "。") \
            or (raw[r] == "。" and ch == "." and raw[r - 1:r].isdigit()) \
            or (ch == "\n" and raw[r] in " \u3000\u00a0" and raw[r - 1:r] in ("。", "！", "？", "!", "?", ".", "．"))
    # nothing but whitespace and noise is removed (and a line that repeats may be a page's running header)
    lines = [ln.strip() for ln in raw.split("\n") if len(ln.strip()) >= 4]
    # (and a number alone on its line under a full line, 16 characters or more, may be the page's number after its
    # last line, which the model above does not follow: "…全全全0\n0\n全")
    plain = len(set(lines)) == len(lines) and not _UNDER_FULL_LINE.search(raw)
    norm = norm.replace("|", " ")  # (PIECES hold no '|': each is a table's gap)
    if plain:
        # (a half-width point read as a full stop: both sides compared with the stop as the point)
        assert WS.sub("", norm).replace("，", ",").replace("。", ".") == _clean_raw(raw).replace("，", ",").replace("。", ".")
    # any span: the raw slice, cleaned, equals the normalised slice (where no drop depends on the lines
    # around a slice's ends: a page number or a running header)
    if norm:
        s = data.draw(st.integers(0, len(norm) - 1))
        e = data.draw(st.integers(s + 1, len(norm)))
        rs, re_ = n.to_raw_span(s, e)
        assert 0 <= rs < re_ <= len(raw)
        if plain and not LONE_PAGE_NUMBER.search(_fold(raw)) and not FOOTNOTE_DIGIT.search(_fold(raw)):
            assert _clean_raw(raw[rs:re_]).replace("，", ",").replace("。", ".") == WS.sub("", norm[s:e]).replace("，", ",").replace("。", ".")
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



PAGE_HEADER = "安吉县人民政府工作报告"
SENTENCES = ["过去一年，全县地区生产总值增长6.5%，", "一般公共预算收入完成20.3亿元，增长8%。", "社会消费品零售总额增长5%，",
             "城镇居民人均可支配收入增长5.1%。", "固定资产投资增长9%，高于全省平均水平。"]


@settings(max_examples=200, deadline=None)
@given(sentences=st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=12), data=st.data())
def test_running_headers_and_page_marks_inside_sentences_are_dropped(sentences, data):
    """A PDF's page break (a page number, the running header) falling anywhere in the text: the words
    come out whole, and every span maps back onto the text as read, page break included."""
    body = "".join(sentences)
    # a page holds more than a line: breaks at least 20 characters apart
    cuts = []
    for c in sorted(data.draw(st.lists(st.integers(20, len(body) - 1), min_size=1, max_size=4))):
        if c - (cuts[-1] if cuts else 0) >= 20:
            cuts.append(c)
    mark = data.draw(st.sampled_from(["— {} —", "-{}-", "第{}页 共20页", "- {} -"]))
    parts, last = [], 0
    for k, c in enumerate(cuts):
        parts += [body[last:c], "\n" + mark.format(k + 2) + "\n" + PAGE_HEADER + "\n"]
        last = c
    raw = PAGE_HEADER + "\n各位代表：\n" + "".join(parts) + body[last:]
    n = normalize(raw)
    assert n.text.startswith(PAGE_HEADER + "\n各位代表：\n")
    assert WS.sub("", n.text) == PAGE_HEADER + "各位代表：" + body  # the header only as the title
    for sent in set(sentences):  # a sentence a page break fell into is whole again
        assert sent in n.text
        s = n.text.index(sent)
        for a, b in [(s, s + len(sent)), (s + 3, s + len(sent) - 2)]:
            quote, qs, qe = n.quote(a, b)
            assert quote == raw[qs:qe]
            # the raw span is the words with the page breaks that fell inside them
            assert re.sub(r"\n[^\n]*\n" + PAGE_HEADER + "\n", "", quote) == n.text[a:b]


def test_a_repeated_line_outside_a_sentence_is_kept():
    raw = "各位代表：\n一、工作回顾\n全县地区生产总值增长6%。\n重点项目建设\n全县投资增长5%。\n重点项目建设\n全县新开工项目120个。"
    assert normalize(raw).text == raw


def test_a_narrow_column_with_commas_is_joined():
    raw = "过去一年，全县地区生产\n总值增长6.5%，一般公共预算\n收入增长8%，城镇居民人均可支\n配收入增长5%。"
    n = normalize(raw)
    assert n.text == raw.replace("\n", "")
    # a list of short bullets without punctuation stays a list
    bullets = "“十三五”成就:\n生产总值迈上新台阶\n县县通高速如期实现\n城镇化率提高5.5个百分点\n"
    assert normalize(bullets).text == bullets


def test_article_chrome_and_editor_credits_dropped_with_offsets_kept():
    raw = ("【字体：大 中 小】 分享到：微信 微博\n过去一年，全县地区生产总值增长6.5%。责任编辑：王五\n"
           "一般公共预算收入增长8%。 【打印本页】 【关闭窗口】\n（责任编辑：李四 张三）\n[编辑：赵六]")
    n = normalize(raw)
    for word in ("字体", "分享", "责任编辑", "王五", "李四", "张三", "打印", "关闭", "【", "】", "编辑"):
        assert word not in n.text
    s = n.text.index("一般公共预算收入增长8%")
    assert n.quote(s, s + 12)[0] == "一般公共预算收入增长8%"
    # a speech that speaks of editors keeps its words
    assert normalize("培养责任编辑队伍，出版业增加值增长5%。").text == "培养责任编辑队伍，出版业增加值增长5%。"


def test_noise_patterns_one_by_one_drop_what_their_alternation_drops():
    from planwatch.normalize import _noise_re, _noise_res

    text = ("增長(zhǎng)6%（下转第三版）\n— 3 —\n第3页 共20页\n4/20\n【字号：大 中 小】【 打印本页 】分享至：微信 QQ空间\n"
            "下载 打印 全屏 收藏 [责任编辑：王五] 字体缩小字体放大页面缩小页面放大高对比度辅助线恢复正常关闭 (上接第1版)"
            "&nbsp;R&amp;D<b>6%</b>")

    def cover(spans):
        return {i for s, e in spans for i in range(s, e)}

    assert cover(m.span() for p, _ in _noise_res() for m in p.finditer(text)) == cover(
        m.span() for m in _noise_re().finditer(text))
    # (a pattern none of whose first characters is in a text is not searched for: it finds nothing there)
    for p, heads in _noise_res():
        if heads is not None and not any(c in text for c in heads):
            assert p.search(text) is None


def test_a_page_number_alone_inside_a_sentence_is_dropped():
    for mark in ("12", " 12 ", "· 12 ·", "•12•"):
        raw = f"过去一年，全县地区生产总值增长6%，一般公共预算收\n{mark}\n入增长8%。"
        n = normalize(raw)
        assert n.text == "过去一年，全县地区生产总值增长6%，一般公共预算收入增长8%。"
        s = n.text.index("收入增长8%")
        assert n.quote(s, s + 6)[0] == f"收\n{mark}\n入增长8%"
    # a number on its own line that a figure needs stays: "增长\n8\n%", a table's column
    assert "8" in normalize("全县地区生产总值增长\n8\n%，").text
    assert normalize("指标\n2023\n12\n15\n").text.count("12") == 1


def test_a_short_line_that_cuts_an_indicators_name_is_joined():
    raw = "各位代表：\n全县地区生产\n总值增长6.5%。一般公共预\n算收入增长8%。"
    n = normalize(raw)
    assert "全县地区生产总值增长6.5%" in n.text and "一般公共预算收入增长8%" in n.text
    s = n.text.index("地区生产总值")
    assert n.quote(s, s + 6)[0] == "地区生产\n总值"
    # a short title before a sentence stays on its own line
    assert normalize("政府工作报告\n各位代表：").text == "政府工作报告\n各位代表："
    assert normalize("重点项目\n投资完成120亿元。").text == "重点项目\n投资完成120亿元。"



def test_a_short_line_that_cuts_a_unit_after_its_number_is_joined():
    raw = "各位代表：\n新建保障性住房6万平方\n米，浓度降到28微克\n/立方米，新增污水处理能力2万立\n方米/日，建成公路80公\n里。"
    n = normalize(raw)
    for joined in ("6万平方米，", "28微克/立方米，", "2万立方米/日，", "80公里。"):
        assert joined in n.text
    s = n.text.index("28微克")
    assert n.quote(s, s + 8)[0] == "28微克\n/立方米"
    # no number before the cut, or no unit cut: the lines stay apart
    assert normalize("推进2026年\n工作安排").text == "推进2026年\n工作安排"
    assert normalize("一、平方\n米价").text == "一、平方\n米价"
    assert normalize("（三）十大工程\n米粮仓建设").text == "（三）十大工程\n米粮仓建设"

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
    # (a code of capitals goes on into its digits: "PM 2.5平均浓度" names PM2.5, see test_noise.py)
    assert normalize("PM 2.5").text == "PM2.5"


@pytest.mark.parametrize("pinyin", ["(zhǎng)", " ( z h ǎ n g ) ", "\n(zhǎng)", "(zh\nǎng)"])
def test_pinyin_after_a_character_is_dropped_when_spaced_or_broken(pinyin):
    raw = f"一、2023年工作回顧\n全縣生產總值增長{pinyin}6.2%，一般公共預算收入增長{pinyin}4.1%。\n"
    fs = _facts(raw)
    assert fs[("gdp", "actual", "growth")] == (6.2, None, "eq")
    assert fs[("general_budget_revenue", "actual", "growth")] == (4.1, None, "eq")


@pytest.mark.parametrize("word,pinyin", [("總值", "(zǒng zhí)"), ("增長", "（zēng zhǎng）"), ("創新", "( chuàng xīn )"), ("指標", "(zhǐ biāo)")])
def test_a_words_pinyin_of_several_syllables_is_dropped(word, pinyin):
    assert normalize(f"去年全縣地區生產{word}{pinyin}增長6%。").text == normalize(f"去年全縣地區生產{word}增長6%。").text


@pytest.mark.parametrize("raw", ["推进智慧城市(smart city)建设", "增长6%（约 6 percent）", "建设(green energy park)"])
def test_lowercase_words_without_a_tone_mark_are_not_pinyin(raw):
    assert "(" in normalize(raw).text or "（" in normalize(raw).text


def test_uppercase_in_brackets_is_not_pinyin():
    assert "(GDP)" in normalize("地区生产总值(GDP)增长5%").text


@pytest.mark.parametrize("raw, key, want", [
    # a range whose dash opens the next line
    ("二、2024年主要预期目标\n今年经济社会发展的主要预期目标是：全市地区生产总值增长7%\n—7.5%，城镇新增就业5万人。\n",
     ("gdp", "target", "growth"), (7, 7.5, "range")),
    # a line cannot open with a full stop or a comma: the sentence goes on
    ("一、2023年工作回顾\n全年城镇新增就业人数超过3.2万人，农村劳动力转移就业人数达到8.6万人，脱贫攻坚取得决定性胜利\n。全市地区生产总值增长6.1%。\n",
     ("gdp", "actual", "growth"), (6.1, None, "eq")),
    # a number cut after its magnitude, the pinyin after it dropped ("2.62萬(wàn)\n億元")
    ("一、2020年工作回顧\n實(shí)現(xiàn)生產(chǎn)總值2.62萬(wàn)\n億元,增長(zhǎng)2.2%\n",
     ("gdp", "actual", "level"), (2.62, None, "eq")),
    # a line opening with a comma goes on whatever the line before ends with (here a quote)
    ("一、2023年工作回顾\n——经济运行总体平稳。粮食产量实现“二十连丰”\n，城镇新增就业3.1万人，超过全年预期目标。\n"
     "——结构调整积极推进。服务业增加值占地区生产总值比重上升到52.5%。\n",
     ("tertiary_share", "actual", "share"), (52.5, None, "eq")),
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


def test_a_page_cut_after_a_quoted_term_goes_on():
    # the plan's name ends the cut line; the list lead is one sentence, so the items are goals
    raw = ("二、“十四五”时期主要目标任务\n《纲要草案》坚持以新发展理念为指导，实化量化“十四五”\n"
           "时期经济社会发展主要目标和重大任务，这里概述几个方面。\n\n"
           "——推动绿色发展。森林覆盖率达到24.1%，单位地区生产总值能耗降低13.5%。\n")
    assert "实化量化“十四五”时期经济社会" in normalize(raw).text
    fs = _facts(raw, 2021)
    assert fs[("forest_coverage", "goal", "share")] == (24.1, None, "eq")
    # a quote closing a sentence, or a short quoted title, still ends its line
    assert "”\n" in normalize("他说：“要把工作做实。”\n今年全市生产总值增长6%。\n").text
    assert "”\n" in normalize("关于“十四五”\n规划纲要的说明\n").text


def test_a_line_ending_in_percent_does_not_run_into_a_number():
    # one item a line, no punctuation: the next item's amount is not the first item's
    raw = "一、2017年工作回顾\n地方财政收入同口径增长9.1%\n160个市级重点项目完成投资580亿元\n"
    assert "9.1%\n160" in normalize(raw).text
    fs = _facts(raw, 2018)
    assert fs[("general_budget_revenue", "actual", "growth")] == (9.1, None, "eq")
    assert ("general_budget_revenue", "actual", "level") not in fs


@pytest.mark.parametrize("raw", [
    "主要指标\t计量单位\t2024年实际\t2025年计划\n全县生产总值增速\t%\t6.1\t6.5左右\n",    # a Word table
    "主要指标    计量单位    2024年实际    2025年计划\n全县生产总值增速   %   6.1   6.5左右\n",  # a PDF's padding
    "主要指标\n计量单位\n2024年实际\n2025年计划\n全县生产总值增速\n%\n6.1\n6.5左右\n",       # one cell a line
])
def test_table_rows_keep_their_cells_apart(raw):
    n = normalize(raw)
    assert n.text.split("\n")[:2] == ["主要指标|计量单位|2024年实际|2025年计划", "全县生产总值增速|%|6.1|6.5左右"]
    s = n.text.index("6.5左右")
    assert n.quote(s, s + 5)[0] == "6.5左右"


@pytest.mark.parametrize("raw", [
    "政府工作报告    2025年1月8日\n",           # a title padded apart from its date
    "一、\t2024年工作回顾\n",                    # a heading's number and its title
    "全年地区生产总值增长6%，  一般公共预算收入增长5%。\n",  # prose with a wide gap
])
def test_padding_outside_tables_is_only_space(raw):
    assert "|" not in normalize(raw).text


def test_a_header_spaced_wide_keeps_its_words():
    n = normalize("指    标    单  位    2025年目标\n城镇新增就业    万人    1.2\n")
    assert n.text.split("\n")[:2] == ["指标|单位|2025年目标", "城镇新增就业|万人|1.2"]


def test_a_title_padded_apart_from_a_year_is_no_table_row():
    assert "|" not in normalize("2025年国民经济和社会发展计划执行情况    2026年计划草案\n").text


@pytest.mark.parametrize("raw", ["\t二、2025年工作回顾\n", "\t2025年工作回顾\t\n", "第一部分\t\t2026年工作安排\n"])
def test_a_tab_before_a_heading_makes_no_row(raw):
    assert "|" not in normalize(raw).text


def _written_plain(norm, start: int, end: int) -> str:
    """The reference: normalised characters, each gap of only whitespace in the text as read put back, but
    beside a number's point (a justified line's spaced glyphs, "2 . 5")."""
    src = norm.simple if len(norm.simple) == len(norm.raw) else norm.raw
    out, prev = [], None
    for i in range(start, end):
        r = norm.to_raw(i)
        at_point = out and (out[-1] == "." and norm.text[i].isdigit() or out[-1].isdigit() and norm.text[i] == ".")
        if prev is not None and r > prev + 1 and not src[prev + 1:r].strip() and not at_point:
            out.append(src[prev + 1:r])
        out.append(norm.text[i])
        prev = r
    return "".join(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["新建", "高標準", "農田", "长(zhǎng)", " ", "1, 4-丁二醇", "\n", "2.5", "萬畝", "，",
                                 "— 3 —\n", "项目", "（", "）", "P M 2 . 5", "2 .", ". 5"]),
                min_size=1, max_size=14),
       st.integers(0, 40), st.integers(0, 40))
def test_names_as_written_keep_the_text_s_spaces(parts, a, b):
    norm = normalize("".join(parts))
    n = len(norm.text)
    start, end = sorted((min(a, n), min(b, n)))
    assert norm.written(start, end) == _written_plain(norm, start, end)


@pytest.mark.parametrize("header", ["沭阳县人民政府公报 2019 年第 1 期", "2019年沭阳县人民政府工作报告", "政府工作报告"])
def test_a_running_header_seen_once_beside_a_page_mark_inside_a_sentence_is_dropped(header):
    # an excerpt may hold one page break: its header (with a year that would date what follows) goes
    raw = f"2018年，全县一般公共预算收入63.5亿元，增长10.2%；全社会\n— 2 —\n{header}\n固定资产投资增长8.9%。"
    assert normalize(raw).text == "2018年，全县一般公共预算收入63.5亿元，增长10.2%；全社会固定资产投资增长8.9%。"


def test_a_line_beside_a_page_mark_that_is_no_header_is_kept():
    for raw in ["全县地区生产总值增长6%。\n— 2 —\n二、2019年工作安排\n今年目标是增长7%。",       # a heading after a sentence's end
                "过去一年，全县实现了\n— 2 —\n县人民政府工作报告提出的\n各项目标任务。",       # a line of the text itself
                "全县工作\n— 2 —\n稳中有进，民生改善。"]:
        assert "工作报告提出" in normalize(raw).text or "二、2019年" in normalize(raw).text or "稳中有进" in normalize(raw).text


def test_a_running_header_opening_with_a_year_repeats_and_goes():
    # its digits made it look like a markdown heading ('#'), which is never a header
    page = "\n— {} —\n2019年沭阳县人民政府工作报告\n"
    raw = "各位代表：\n全县地区生产总值增长7.2%，一般" + page.format(2) + "公共预算收入增长10%，全社会" + page.format(3) + "固定资产投资增长8.9%。"
    assert normalize(raw).text == "各位代表：\n全县地区生产总值增长7.2%，一般公共预算收入增长10%，全社会固定资产投资增长8.9%。"


def test_lines_that_repeat_with_no_page_mark_and_name_no_document_are_kept():
    raw = "地区生产总值\n285.6亿元\n增长5.2%\n一般公共预算收入\n12.8亿元\n增长9.3%\n今年目标\n地区生产总值\n增长6%\n"
    text = normalize(raw).text
    assert text.count("地区生产总值") == 2 and "285.6亿元增长5.2%" in text and text.count("增长") == 3


@pytest.mark.parametrize("raw, joined", [
    ("全省城镇化率提高5.5个百分\n点\n关中平原城市群建设加快推进", "全省城镇化率提高5.5个百分点\n关中平原城市群建设加快推进"),
    ("PM2.5浓度降至32微克/立\n方米\n全县", "PM2.5浓度降至32微克/立方米\n全县"),
    ("接待游客520万人\n次\n旅游收入48亿元", "接待游客520万人次\n旅游收入48亿元"),
])
def test_a_short_line_cut_inside_a_unit_goes_on(raw, joined):
    assert normalize(raw).text == joined


@pytest.mark.parametrize("raw, joined", [
    ("分别增长7%7.2%\n7%，居全省第4、第5、第5位", "分别增长7%7.2%7%，居全省第4、第5、第5位"),  # values without separators
    ("居全省第4、第\n5、第5位", "居全省第4、第5、第5位"),                                  # an ordinal, no numbered line
    ("居全省第4、第\n5、第5位;税占比\n70.6%、居全省第4位", "居全省第4、第5、第5位;税占比70.6%、居全省第4位"),  # nor after it
    ("增长9.1%\n160个重点项目完成投资580亿元", "增长9.1%\n160个重点项目完成投资580亿元"),    # one item a line
])
def test_a_pdf_cut_inside_a_list_of_values_or_ranks(raw, joined):
    assert normalize(raw).text == joined


@pytest.mark.parametrize("raw, joined", [
    ("空气质量优良率提升至70.4%，PM\n10、PM2.5平均浓度分别下降19.4%、22.6%",
     "空气质量优良率提升至70.4%，PM10、PM2.5平均浓度分别下降19.4%、22.6%"),          # a name of letters and digits
    ("**项目招商成果丰硕。\n**深化招商图谱，开展系列招商活动，累计引\n进项目64个。",
     "**项目招商成果丰硕。\n**深化招商图谱，开展系列招商活动，累计引进项目64个。"),      # a bold run's close, no heading
    ("**（一）坚持项目为王**\n全年实施重点项目120个。", "**（一）坚持项目为王**\n全年实施重点项目120个。"),
])
def test_a_pdf_cut_inside_a_letter_name_or_after_a_bold_runs_close(raw, joined):
    assert normalize(raw).text == joined


def test_the_line_a_range_goes_on_into_is_no_bullet():
    raw = "主要预期目标是:地区生产总值增长7%\n—7.5%,研发投入比重达到2.65%,一般公共预算收入同口\n径增长5%左右,固定资产投资增长7.5%左右"
    assert normalize(raw).text == raw.replace("\n", "")
    bullets = "主要目标：\n——地区生产总值增长7%\n——一般公共预算收入增长5%"
    assert normalize(bullets).text == bullets


@pytest.mark.parametrize("raw,rows", [
    # a PDF's text layer that keeps one space between cells
    ("指标名称 单位 2025年预计 2026年目标\n地区生产总值增长 % 5.6 5左右\n城镇新增就业 万人 1.1 1以上\n",
     ["指标名称|单位|2025年预计|2026年目标", "地区生产总值增长|%|5.6|5左右", "城镇新增就业|万人|1.1|1以上"]),
    # a category on its own line between the rows, one cell fewer under a 类别 head
    ("类别 指标 2020年 2025年 属性\n经济发展\n森林覆盖率（%） 58.7 60 约束性\n",
     ["类别|指标|2020年|2025年|属性", "经济发展", "森林覆盖率（%）|58.7|60|约束性"]),
])
def test_a_table_with_one_space_between_cells(raw, rows):
    assert normalize(raw).text.split("\n")[:len(rows)] == rows


@pytest.mark.parametrize("raw", [
    "指标 单位 说明\n各项指标均达到预期，全年完成 37.68 亿元。\n",    # prose under a header-like line
    "一般公共预算收入完成 37.68 亿元，增长 6.8%\n城镇新增就业 1.2 万人\n",  # spaces around figures in prose
    "项目 计划 完成\n全年 共实施 重点项目 120 个\n",                   # a row with more cells than the header
])
def test_one_space_makes_no_table_without_a_header_and_rows_that_fit(raw):
    assert "|" not in normalize(raw).text


def test_a_rows_serial_number_is_not_joined_to_the_figure_ending_the_row_above():
    raw = "序号\t指标\t单位\t2026年目标\n1\t规模以上工业增加值增长\t%\t8\n2\t社会消费品零售总额增长\t%\t6\n"
    assert normalize(raw).text.split("\n")[1:3] == ["1|规模以上工业增加值增长|%|8", "2|社会消费品零售总额增长|%|6"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(PIECES), max_size=60), data=st.data())
def test_span_map_is_to_raw_of_both_ends(parts, data):
    # to_raw_span reads the map of both ends at once: what to_raw gives for the first character and
    # after the last (a page's noise, spaces and page numbers dropped between them)
    n = normalize("".join(parts))
    if not n.text:
        return
    s = data.draw(st.integers(0, len(n.text) - 1))
    e = data.draw(st.integers(s + 1, len(n.text)))
    assert n.to_raw_span(s, e) == (n.to_raw(s), n.to_raw(e - 1) + 1)


def test_span_map_of_a_report_with_noise_dropped():
    raw = "（上接第一版）今年新建学校\n 12 \n所，改造老旧小区300个。" + CHROME + "全年新增就业5万人。"
    n = normalize(raw)
    for s in range(len(n.text)):
        for e in range(s + 1, len(n.text) + 1):
            assert n.to_raw_span(s, e) == (n.to_raw(s), n.to_raw(e - 1) + 1)
    k = n.text.index("300个")
    assert n.quote(k, k + 4)[0] == "300个"


def test_a_sentence_cut_twice_at_the_same_place_by_a_page_is_no_running_head():
    """A line that repeats beside page marks but holds a clause mark ("…完成20.3亿元，增长8") is the text cut at the
    same place twice (a sentence the text repeats), not a page's running head: it stays (hypothesis found it)."""
    header = "安吉县人民政府工作报告"
    s = "一般公共预算收入完成20.3亿元，增长8%。"
    body, parts, last = s * 3, [], 0
    for k, c in enumerate([20, 44, 64]):
        parts += [body[last:c], f"\n— {k + 2} —\n{header}\n"]
        last = c
    raw = header + "\n各位代表：\n" + "".join(parts) + body[last:]
    assert WS.sub("", normalize(raw).text) == header + "各位代表：" + body


def test_a_page_number_under_a_blank_line_inside_a_cut_sentence_is_dropped():
    # (hypothesis found "全\n\n0\n全": the reference above and normalize agree on it)
    n = normalize("全年社会消\n\n1\n费品零售总额增长5%\n")
    assert "1" not in n.text and "费品零售总额增长5%" in n.text
    assert normalize("全\n\n0\n全").text.replace("\n", "") == "全全"


def test_a_digit_glued_after_a_percent_before_a_comma_is_a_footnote_mark():
    # (hypothesis found "0％0，": the reference above and normalize agree on it)
    assert normalize("增长7.1%1；").text == "增长7.1%；"
    assert normalize("0％0，").text == "0%，"
    assert normalize("分别增长7%7.2%7%。").text == "分别增长7%7.2%7%。"  # a glued list's values are no marks
