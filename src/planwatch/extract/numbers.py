"""Numbers, units and qualifiers as written in Chinese reports (on normalised text)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocab
from .prefilter import Skipping, find_mark, longest_first, marks, once

_CN_NUM_CHARS = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# bounded runs: with an open "+" a long run of numerals (亿亿亿…) not followed by a unit is
# re-scanned from every position in it (quadratic); no real number is longer than this
_CHINESE = rf"[{_CN_NUM_CHARS}]{{1,24}}(?:点[零〇一二三四五六七八九]{{1,12}})?"


@once
def unit_re() -> str:
    """The units, longest first, as a trie: the plain alternation (longest first) tries each of
    its 53 words in turn after every number; the trie tries the same words in the same order,
    one branch per character."""
    return longest_first(u[0] for u in vocab.units())


@once
def unit_map() -> dict[str, str]:
    units = {alias: norm for alias, norm, _, _ in vocab.units()}
    # (a bilingual page's "5.5 percent", "6 per cent": a %)
    units.update((f"{sp}per{sp2}cent", "%") for sp in ("", " ") for sp2 in ("", " "))
    return units


_PERCENT_WORD = r"[ ]?per[ ]?cent(?![A-Za-z])"
# an indicator's abbreviation a figure may follow with nothing between (a name never goes on with a digit after them)
_ABBREV_BEFORE_FIGURE = ("GDP", "CPI", "PPI")
# an amount in English words after a number ("546.9 billion yuan", "2.1 billion US dollars", "83 billion jin")
_EN_AMOUNT = re.compile(r"(?: (billion|trillion|million))? (yuan|RMB|renminbi|US dollars|U\.S\. ?dollars|dollars|USD|jin)(?![A-Za-z])",
                        re.IGNORECASE)
_EN_AMOUNT_FIRST = frozenset("btmBTMyYrRuUdDjJ")
_EN_SCALE_AFTER = re.compile(r"(?: (billion|trillion|million)(?![A-Za-z]))?", re.IGNORECASE)
_EN_CURRENCY = {"yuan": "元", "rmb": "元", "renminbi": "元", "us dollars": "美元", "u.s. dollars": "美元", "dollars": "美元",
                "usd": "美元", "jin": "斤", "u.s.dollars": "美元"}
# (the number's factor and the unit it is then written in)
_EN_SCALES = {(w, c): (f, o + c) for c in ("元", "美元", "斤")
              for w, f, o in (("", 1, ""), ("million", 100, "万"), ("billion", 10, "亿"), ("trillion", 1, "万亿"))}


_EN_COUNT_SCALES = {"": (1, ""), "million": (100, "万"), "billion": (10, "亿")}


@once
def _en_count_units() -> dict[str, str]:
    """An English count's unit words and the units they are (cues.tsv en_count_units, "tonnes:吨"), by lower case."""
    return {w.split(":", 1)[0].lower(): w.split(":", 1)[1] for w in vocab.cues().get("en_count_units", ()) if ":" in w}


@once
def _en_count_re() -> re.Pattern:
    """After a number, a scale word or none and an English count's unit word (" million tonnes", " mu")."""
    return re.compile(rf"(?: (million|billion))? ({longest_first(_en_count_units()) or '(?!)'})(?![A-Za-z])", re.IGNORECASE)


# a number with its unit: "534.57亿元", "8.2%", "6%-6.5%", "6-6.5%", "百分之八", "一千二百万元", "1,200万人"
# (a range's dash may be doubled or a horizontal bar, as Word and PDFs print it: "6%——6.5%", "6%―6.5%";
# no range runs to a year: "增长7%——2017年以来最高")
@once
def quantity_re() -> re.Pattern:
    u = unit_re()
    return re.compile(
        rf"(?P<pct_cn>百分之(?P<pct_num>{_CHINESE}|{_ARABIC})"
        # (a range written out: "百分之六到百分之六点五", "百分之六至六点五")
        rf"(?:(?:——|[-—–~～至到])(?:百分之)?(?P<pct_num2>{_CHINESE}|{_ARABIC})(?![%{_CN_NUM_CHARS}\d.年月日天]|{u}))?)"
        rf"|(?P<num>(?<![\d.])-?(?:{_ARABIC}))(?:(?P<mult>[百千])(?=[多余]?(?:{u})))?(?:(?P<more>[多余])(?={u}))?(?:(?P<ord>[万亿])(?P<more2>[多余])(?=[亿美元家人户个吨斤亩]))?(?P<unit1>%|{u}|{_PERCENT_WORD})?(?:\s*(?P<dash>——|――|--|[-—–~～至到―])\s*(?!(?:19|20)\d\d年)(?P<num2>{_ARABIC})(?P<unit2>%|{u})?)?"
        # (余/多 between the numerals and the unit, as after digits: "四百余亿元", "三千多万元", "二十余万人")
        # (or ending on 万/亿 with the unit's word left out, its clause closing, or the span read: "生产总值三千五百亿，",
        # read as a bare figure before its order, as "1200亿，" is)
        rf"|(?P<cn>{_CHINESE})(?:(?P<cn_more>[余多])?(?P<unit3>%|{u})|(?<=[万亿])(?=[，,。；;、\n]|以上|左右|$))"
        # (tenths, as Hong Kong and Taiwan pages write a change or a share: "增长两成", "逾三成", "八成以上"; not
        # "一成不变", "三五成群", "统一成立"; and the share of spending a report says it uses: "支出的七成用于民生")
        rf"|(?<![{_CN_NUM_CHARS}])(?P<tenth>[一两二三四五六七八九])成(?=以上|左右|多|用于|投向|[，,。；;、）)\s]|$)"
    )


@once
def _quantity_scan() -> Skipping:
    """``quantity_re`` tried only where a number can begin (it opens with a lookbehind and an
    alternation of groups: ``re`` would try it at every character)."""
    return Skipping(quantity_re(), re.compile(rf"[\d\-百{_CN_NUM_CHARS}]"))


@dataclass(slots=True)  # (made for every number: slots make and read them faster)
class Quantity:
    value: float
    value_high: float | None
    unit: str | None  # normalised unit, or None for a bare number
    start: int
    end: int
    text: str
    more: bool = False  # "1300多亿美元": more than the number


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_TENS = re.compile("([一二三四五六七八九]?)十([一二三四五六七八九]?)")
_CN_UNITS = frozenset("百千万亿")
# what an order word alone multiplies by ("近万人", "1千亿美元", "突破百亿元")
ORDERS = {"百": 100, "千": 1000, "万": 10000}
_VAGUE_ORDER = frozenset("十百千万")
_NOT_A_NUMBER = object()


def cn_simple(s: str):
    """cn2an's "smart" reading of the Chinese numerals reports use most, without importing cn2an (0.15 s
    at start-up): a digit (两 too), digits read one by one (一一, 二〇二三), tens (十, 十五, 二十, 四十八),
    and bare units (万, 千亿), which are not numbers (``_NOT_A_NUMBER``). None for any other form, which
    cn2an reads (tests/test_parallel.py checks these forms against cn2an)."""
    if s == "两":
        return 2
    if s and all(c in _CN_DIGITS for c in s) and (len(s) == 1 or s[0] not in "零〇"):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    m = _CN_TENS.fullmatch(s)
    if m:
        return _CN_DIGITS.get(m.group(1), 1) * 10 + _CN_DIGITS.get(m.group(2), 0)
    if s and all(c in _CN_UNITS for c in s):
        return _NOT_A_NUMBER
    return None


def parse_number(s: str) -> float | None:
    s = s.replace(",", "")
    try:
        v = float(s)
    except ValueError:
        fast = cn_simple(s)
        if fast is _NOT_A_NUMBER:
            return None
        if fast is not None:
            return float(fast)
        try:
            import cn2an

            v = float(cn2an.cn2an(s, "smart"))
        except Exception:
            return None
    return v if math.isfinite(v) else None  # a 400-digit run is not a number (and would overflow)


def clean(v: float) -> float:
    """An integral value as an int (6.0 → 6)."""
    return int(v) if math.isfinite(v) and v == int(v) and abs(v) < 1e15 else v


# (nor inside a decimal a PDF's line broke: "PM2.\n5平均浓度" is PM2.5平均浓度)
_SPACE_NOT_AFTER_ASCII_PUNCT = re.compile(r"(?<![,;:.])\s+|(?<=\d\.)\s+(?=\d)")


_SPACE_AFTER_ASCII_PUNCT = re.compile(r"(?<=[,;:.])\s+")


def squeeze_spaces(raw: str) -> str:
    """A name as the text as read writes it, without the spaces of its layout (kept only after
    ASCII punctuation, as one space: "1, 4-丁二醇", also where a PDF's line broke there: "1,\n4-丁二醇")."""
    if raw.split() == [raw]:  # (split: any space)
        return raw
    return _SPACE_AFTER_ASCII_PUNCT.sub(" ", _SPACE_NOT_AFTER_ASCII_PUNCT.sub("", raw))


def quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number (with its unit, range) in text[start:end]."""
    out = []
    units = unit_map()
    for m in _quantity_scan().finditer(text, start, len(text) if end is None else end):
        # (every group read at once: one call, not one per name)
        pct_cn, pct_num, pct_num2, num, mult, more, order, _, u1, _, num2, u2, cn, cn_more, u3, tenth = m.groups()
        if tenth:
            out.append(Quantity(_CN_DIGITS.get(tenth, 2) * 10, None, "%", m.start(), m.end(), m.group(0)))
        elif pct_cn:
            v = parse_number(pct_num)
            if v is None:
                continue
            v2 = parse_number(pct_num2) if pct_num2 else None
            if v2 is not None and v2 > v:
                out.append(Quantity(clean(v), clean(v2), "%", m.start(), m.end(), m.group(0)))
                continue
            e = m.end("pct_num")  # (no range: what follows is read on its own)
            out.append(Quantity(clean(v), None, "%", m.start(), e, text[m.start():e]))
            if pct_num2:
                out += quantities(text, m.start("pct_num2") - (3 if text.startswith("百分之", m.start("pct_num2") - 3) else 0), m.end())
        elif num:
            s = m.start()
            # a digit glued to a preceding letter is part of a name ("PM2.5", "5G", "G20"); not after an
            # indicator's abbreviation, whose space before its figure normalising dropped ("GDP 60012.97亿元")
            if s > 0 and text[s - 1].isascii() and text[s - 1].isalpha() \
                    and not (text.startswith(_ABBREV_BEFORE_FIGURE, s - 3)
                             and not (s > 3 and text[s - 4].isascii() and text[s - 4].isalpha())):
                continue
            v = parse_number(num)
            if v is None:
                continue
            if num2 and (u2 or u1) and (not u1 or not u2 or u1 == u2):
                v2 = parse_number(num2)
                unit = units.get(u2 or u1, u2 or u1)
                if v2 is not None and v2 > v:
                    out.append(Quantity(clean(v), clean(v2), unit, s, m.end(), m.group(0)))
                    continue
            # no range: the second number (if any) is read on its own
            e = m.end("unit1") if u1 else m.end("num")
            if order:
                # "1.2万余家", "30亿多美元", "2万多亿元": the order of the number, 余/多, then the rest of its unit
                u1 = order + u1 if u1 and order + u1 in units else None
                e = m.end("unit1") if u1 else m.end("num")
            unit = units.get(u1, u1) if u1 else None
            if not u1 and text[e:e + 1] == " " and text[e + 1:e + 2] in _EN_AMOUNT_FIRST \
                    and (en := _EN_AMOUNT.match(text, e)) is not None:
                # a bilingual page's amount in English words: "546.9 billion yuan" is 5469 亿元, "12.6 trillion
                # yuan" 12.6 万亿元, "2.1 billion US dollars" 21 亿美元, "49,327 yuan" 49327 元
                scale, unit = _EN_SCALES[((en.group(1) or "").lower(), _EN_CURRENCY.get(en.group(2).lower(), "元"))]
                out.append(Quantity(clean(round(v * scale, 6)), None, unit, s, en.end(), text[s:en.end()]))
                continue
            if not u1 and text[e:e + 1] == " " and text[e + 1:e + 2] in _EN_AMOUNT_FIRST \
                    and (en := _en_count_re().match(text, e)) is not None:
                # an English count in its unit word: "30.1 million tonnes" is 3010 万吨, "500,000 mu" 500000 亩
                # (cues.tsv en_count_units, decision 431)
                f, o = _EN_COUNT_SCALES[(en.group(1) or "").lower()]
                unit = o + _en_count_units()[en.group(2).lower()]
                out.append(Quantity(clean(round(v * f, 6)), None, unit, s, en.end(), text[s:en.end()]))
                continue
            if not u1 and s > 0 and text[s - 1] == "$" and (en := _EN_SCALE_AFTER.match(text, e)) is not None:
                # "$2.1 billion", "US$3.78 billion": dollars written before the number (the quote keeps the sign)
                scale, unit = _EN_SCALES[((en.group(1) or "").lower(), "美元")]
                out.append(Quantity(clean(round(v * scale, 6)), None, unit, s - 1, en.end(), text[s - 1:en.end()]))
                continue
            if mult and u1 and not u1.endswith("元") and mult + u1 in units:
                # "1234.5千公顷": a unit of its own (a communiqué's sown area), kept as written, not 1234500 公顷
                unit = units[mult + u1]
            elif mult and u1:
                v *= ORDERS[mult]  # "1千亿美元": 1000 亿美元
            if unit and s > 0 and (text[s - 1] in _RANGE_DASHES or num[0] == "-") and out and out[-1].unit is None \
                    and (low := _low_end(text, out[-1], s + (num[0] == "-"), unit, abs(v))) is not None:
                # "城镇新增就业1.2万—1.5万人", "5000万—1亿元", "1500万-1800万人次" (the hyphen no minus): a range
                # whose low end carries its own order (万/亿) and leaves out the unit's word, in the high end's unit
                p = out.pop()
                out.append(Quantity(low, clean(abs(v)), unit, p.start, e, text[p.start:e]))
                continue
            if unit == "%" and s > 4 and text[s - 1] == " " and out and out[-1].unit is None and out[-1].value < v \
                    and _en_range_word(text, out[-1].end, s) and not _en_from_before(text, out[-1].start):
                # "GDP is expected to grow 7 to 7.5 percent": an English range, its low end bare before the word joining
                # it to the high end's percent (cues.tsv en_range_words; decision 403); not "from 5 to 7 percent" (a
                # change from one level to another: its start is read on its own, as before)
                p = out.pop()
                out.append(Quantity(p.value, clean(v), unit, p.start, e, text[p.start:e]))
                continue
            out.append(Quantity(clean(v), None, unit, s, e, text[s:e], bool(more or (u1 and order))))
            if num2:
                out += quantities(text, m.start("num2"), m.end())
        else:
            # "十四五", "一批", "两个" are not quantities; only numerals followed by a unit count
            if u3 is None:
                order = "万亿" if cn.endswith("万亿") else cn[-1]
                v = parse_number(cn[:-len(order)]) if len(cn) > len(order) else None
                if v is not None:
                    e = m.end() - len(order)
                    out.append(Quantity(clean(v), None, None, m.start(), e, text[m.start():e]))
                continue
            v = parse_number(cn)
            if v is None or cn in ("万", "亿", "千", "百", "十"):
                continue
            # "数十亿元", "几百家", "数万人": an order after 数/几 counts some of it, no number ("总数十二万户" is 12 万户)
            if cn[0] in _VAGUE_ORDER and m.start() > 0 and text[m.start() - 1] in "数几" \
                    and (len(cn) == 1 or cn[1] not in _CN_DIGITS):
                continue
            u = u3
            # "一百二十万吨" is 120 万吨, as an Arabic "120万吨" would be read
            if len(cn) > 1 and cn[-1] in "万亿" and (cn[-1] + u) in units:
                v2 = parse_number(cn[:-1])
                if v2 is not None:
                    v, u = v2, cn[-1] + u
            out.append(Quantity(clean(v), None, units.get(u, u), m.start(), m.end(), m.group(0), cn_more is not None))
    return out


_RANGE_DASHES = frozenset("-—–―~～至到")


@once
def _en_range_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = vocab.cues()
    words = "|".join(map(re.escape, c.get("en_range_words", ()))) or "(?!)"
    before = "|".join(map(re.escape, c.get("en_range_not_after", ()))) or "(?!)"
    return re.compile(rf" (?:{words}) "), re.compile(rf"(?<![A-Za-z])(?:{before}) $", re.IGNORECASE)


def _en_range_word(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is only an English range's joining word between its two ends (" to ")."""
    return _en_range_rx()[0].fullmatch(text, a, b) is not None


def _en_from_before(text: str, at: int) -> bool:
    """Whether an English word naming a change's start stands right before the number at ``at`` ("from 5 to 7 percent")."""
    return _en_range_rx()[1].search(text, max(0, at - 12), at) is not None
_LOW_ORDER = re.compile(r"(万亿|万|亿)(\D{0,3}?)\s*(?:——|――|[-—–―~～至到])\s*")
_ORDER_FACTORS = {"万亿": 1e12, "万": 1e4, "亿": 1e8}


def _low_end(text: str, low: Quantity, s: int, unit: str, high: float) -> float | None:
    """The value, in ``unit``, of a range's low end written bare before its order and a dash ("1.2万—", "5000万元至")
    ending at s, where the high end after it is ``high`` ``unit`` and the word after the order is the unit's rest;
    None where the words between are no such low end or the two ends make no range."""
    m = _LOW_ORDER.fullmatch(text, low.end, s)
    if m is None:
        return None
    o2 = next((o for o in ("万亿", "万", "亿") if unit.startswith(o)), None)
    if o2 is None or not unit.endswith(m.group(2)) or (m.group(2) and unit[len(o2):] != m.group(2)):
        return None
    v = clean(round(low.value * _ORDER_FACTORS[m.group(1)] / _ORDER_FACTORS[o2], 6))
    return v if v < high else None


@once
def _qual_words() -> dict[str, tuple[str, ...]]:
    c = vocab.cues()
    return {"about": c.get("about", ()), "at_least": c.get("at_least", ()), "at_most": c.get("at_most", ())}


_AFTER_LEAST = ("以上", "及以上", "或以上", "或更高", "或更多", "多")  # ("增长6%或更高")
_AFTER_MOST = ("以内", "以下", "之内", "及以下", "或以下", "或更低")
_BEFORE_LEAST = ("不低于", "不少于", "超过", "突破", "高于", "多于", "逾", "超", "迈上", "跨上", "登上", "迈入", "跨越",
                 "站上", "跃上", "跨过", "越过", "迈过", "跨入", "冲破", "≥", "≧", ">", "＞")  # (a table's signs too)
# (what before 破 makes it another word, not a level passed: 打破/攻破/击破/爆破/看破 a record, a case; 突破/冲破 are
# read as words of their own)
_BROKEN_BY = frozenset("打攻击爆看识侦")
_BEFORE_ABOUT = ("近", "约", "接近", "将近", "大约", "约为", "约达")  # ("约为1234亿元", a Hong Kong page's "約達")
_NOT_ABOUT = ("节约", "集约", "制约", "签约", "履约", "合约", "违约", "预约", "特约", "公约", "最近", "附近", "邻近", "临近")
_BEFORE_MOST = ("控制在", "不超过", "不高于", "低于", "少于", "控制到", "≤", "≦", "<", "＜")


@once
def _after_words() -> tuple[str, ...]:
    """Every word after a figure that qualifies it."""
    return tuple(_qual_words()["about"]) + _AFTER_LEAST + _AFTER_MOST


# a unit's other name in brackets right after a figure's unit ("1000列（班）", "6万套（间）")
_UNIT_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")


# a rate's base written between a bound and its figure ("不低于每人每年3500元", "不少于户均2万元")
_PER_BASE_END = re.compile(r"(?:每人每年|每人每月|每户每年|每人|每户|每亩|户均|人均|亩均)$")
_PER_BASE_LAST = frozenset("年月人户亩均")


def qualifier(text: str, q: Quantity, before_from: int) -> tuple[str, int]:
    """The qualifier of quantity q and where the quantity's phrase ends (after 左右/以上…)."""
    end = q.end  # (read once: an attribute read costs a look-up)
    if q.value_high is not None:
        return "range", end
    if q.more:
        return "at_least", end
    after = text[end:end + 3]
    k = end
    if after[:1] in "（(" and (um := _UNIT_NOTE.match(text, end)) is not None:
        # "开行1000列（班）以上", "筹建6万套（间）以上": the unit's other name in brackets, the qualifier after it
        k = um.end()
        after = text[k:k + 3]
    if after.startswith(_after_words()):  # (most figures have none: one test, not one per word)
        for w in _qual_words()["about"]:
            if after.startswith(w):
                return "about", k + len(w)
        for w in _AFTER_LEAST:
            # (not 多 before a figure: the gap to the figure just compared, "比预期的1.5亿美元多0.3亿美元", decision 474)
            if after.startswith(w) and not (w == "多" and (after[1:2] in "个项家" or after[1:2].isdigit())):
                return "at_least", k + len(w)
        for w in _AFTER_MOST:
            if after.startswith(w):
                return "at_most", k + len(w)
    start = q.start
    before = text[max(before_from, start - 6):start]
    # "近900亿元", "约1.2万人", "接近800亿元": about (but 节约15%, 最近…: another word's end)
    if before.endswith(_BEFORE_ABOUT) and not before.endswith(_NOT_ABOUT):
        return "about", end
    if before.endswith("破") and before[-2:-1] not in _BROKEN_BY:
        return "at_least", end  # "农牧区劳动力转移就业累计破500万人次", "年营收破百亿元": 突破 written short
    if before.endswith(_about_changes()) and not before[:len(before) - len(_trailing_change(before)) + 1].endswith(_NOT_ABOUT):
        # "进出口总额约增长5%", "约下降2.1%": 约 written before the change's verb, not before the figure, is about as
        # "增长约5%" is (cues.tsv about_before_change; not 节约/集约… before the verb)
        return "about", end
    if not before.endswith(_BEFORE_WORDS) and not (find_mark(before, 0, len(before), _BEFORE_INSIDE_MARKS) >= 0
                                                   and _BEFORE_INSIDE.search(before)):
        # (on a bilingual page, an English word before or after the figure: "around 5.5%", "3% or so")
        # (a space between a Chinese unit and the word after it is dropped: "6万人or more")
        if (b := before[-1:]) in _ENGLISH_BEFORE_LAST or b.isascii() and b.isalpha() or text[end:end + 1] in _ENGLISH_AFTER_FIRST:
            return _english_qualifier(text, start, end, before_from)
        return "eq", end  # most figures: no cue before (one test instead of one per cue)
    if before[-1:] in _PER_BASE_LAST and (pm := _PER_BASE_END.search(before)) is not None:
        # "不低于每人每年3500元": the rate's base between the cue and the figure; the cue is read before it (not 低于)
        cut = start - len(pm.group(0))
        before = text[max(before_from, cut - 6):cut]
    # longest cue first, so that 不少于 is not read as 少于
    for w, qual in _BEFORE:
        if before.endswith(w) or (len(w) >= 2 and w in before):
            if not before.endswith(w) and before[-1:] in _TARGET_NAME_LAST \
                    and _compared_target().search(before, before.rfind(w) + len(w)) is not None:
                # "，高于预期的5%", "超过年度计划10%": the cue compares a result with the target named after it, the
                # figure is that target as set, with no bound of its own (cues.tsv compared_target)
                return "eq", end
            return qual, end
    return "eq", end


@once
def _about_changes() -> tuple[str, ...]:
    """A change's verb with 约 before it, the whole written before the figure (cues.tsv about_before_change)."""
    return tuple(sorted(vocab.cues().get("about_before_change", ()), key=len, reverse=True))


def _trailing_change(before: str) -> str:
    """The about_before_change phrase ``before`` ends with (the longest), "" if none."""
    return next((w for w in _about_changes() if before.endswith(w)), "")


_TARGET_NAME_LAST = frozenset("的期标划值")  # (the last character of the words naming a target before its figure)


@once
def _compared_target() -> re.Pattern:
    """The words naming the target a result is compared with, between the comparison word and the figure
    (cues.tsv compared_target: 预期, 年初预期的, 目标…)."""
    words = vocab.cues().get("compared_target", ("预期",))
    return re.compile(rf"(?:{'|'.join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))})的?$")


@once
def _english_qualifiers() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """The English qualifiers (cues.tsv about_en, at_least_en, at_most_en): those written before a figure, ending the
    words before it; those written after it ("or so", "or more"), opening the words after it; word -> qualifier."""
    c = vocab.cues()
    kinds = {w: k[:-3] for k in ("about_en", "at_least_en", "at_most_en") for w in c.get(k, ())}
    after = [w for w in kinds if w.startswith(("or ", "and "))]
    before = [w for w in kinds if w not in after]
    return (re.compile(rf"(?<![A-Za-z])({longest_first(before)})[ \t]*(?:of[ \t]+)?$", re.I),
            re.compile(rf"[ \t]*({longest_first(after)})(?![A-Za-z])", re.I), kinds)


_ENGLISH_AFTER_FIRST = frozenset(" \toaOA")  # (what the words after a figure open with: a space, "or", "and")
_ENGLISH_BEFORE_LAST = frozenset(" \t:(")  # (what may stand right before a figure after an English word, besides a letter)


def _english_qualifier(text: str, start: int, end: int, before_from: int) -> tuple[str, int]:
    """The qualifier an English word gives a figure ("around 5.5%" about, "within 5.5%" at_most, "3% or so" about)."""
    before_re, after_re, kinds = _english_qualifiers()
    if (m := after_re.match(text, end)) is not None:
        return kinds[m.group(1).lower()], m.end()
    if (m := before_re.search(text, max(before_from, start - 24), start)) is not None:
        return kinds[m.group(1).lower()], end
    return "eq", end


_BEFORE = sorted([(w, "at_least") for w in _BEFORE_LEAST] + [(w, "at_most") for w in _BEFORE_MOST],
                 key=lambda x: -len(x[0]))
_BEFORE_WORDS = tuple(w for w, _ in _BEFORE)
_BEFORE_INSIDE = re.compile("|".join(re.escape(w) for w, _ in _BEFORE if len(w) >= 2))
_BEFORE_INSIDE_MARKS = marks("".join(sorted({w[0] for w, _ in _BEFORE if len(w) >= 2})))  # (a window with none: no search)


def clauses(text: str, s: int, e: int, seps: str) -> list[tuple[int, int]]:
    """Non-empty clauses of text[s:e] split at ``seps``; a separator inside brackets
    ("（1,4-丁二醇）") or a thousands separator ("1,200个") does not end a clause."""
    if seps and text.find("（", s, e) < 0 and text.find("(", s, e) < 0 and ("," not in seps or text.find(",", s, e) < 0):
        # (no bracket opens and no comma may be a thousands separator: every separator ends a clause,
        # the clauses are the runs between them, found from one separator to the next by find_mark, a loop in C
        # compiled: a class repeated over the text tested each character in re)
        ms, out, p = _seps_marks(seps), [], s
        while p < e:
            q = find_mark(text, p, e, ms)
            if q < 0:
                out.append((p, e))
                break
            if q > p:
                out.append((p, q))
            p = q + 1
        return out
    spans, start, depth = [], s, 0
    for m in _clause_marks(seps).finditer(text, s, e):  # only brackets and separators matter
        i = m.start()
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0 and not (ch == "," and i > 0 and text[i - 1].isdecimal() and _THOUSANDS.match(text, i - 1)):
            if i > start:
                spans.append((start, i))
            start = i + 1
    if e > start:
        spans.append((start, e))
    return spans


def first_clause(text: str, s: int, e: int, seps: str) -> tuple[int, int] | None:
    """``clauses(text, s, e, seps)``'s first clause, or None where it finds none: the same two paths and rules,
    stopping at the first clause's end where ``clauses`` splits all of text[s:e] (a reader of a paragraph's first
    clause paid for every clause of a long paragraph; spd65)."""
    if seps and text.find("（", s, e) < 0 and text.find("(", s, e) < 0 and ("," not in seps or text.find(",", s, e) < 0):
        ms, p = _seps_marks(seps), s
        while p < e:
            q = find_mark(text, p, e, ms)
            if q < 0:
                return (p, e)
            if q > p:
                return (p, q)
            p = q + 1
        return None
    start, depth = s, 0
    for m in _clause_marks(seps).finditer(text, s, e):
        i = m.start()
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0 and not (ch == "," and i > 0 and text[i - 1].isdecimal() and _THOUSANDS.match(text, i - 1)):
            if i > start:
                return (start, i)
            start = i + 1
    if e > start:
        return (start, e)
    return None


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


@lru_cache(maxsize=32)
def _clause_marks(seps: str) -> re.Pattern:
    return re.compile("[（()）" + re.escape(seps) + "]")


@lru_cache(maxsize=32)
def _seps_marks(seps: str) -> tuple:
    return marks(seps)
