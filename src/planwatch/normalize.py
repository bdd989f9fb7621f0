"""Clean a document's text for extraction while keeping a map back to the text as read.

Every character of the normalised text comes from exactly one character of the text as read
(characters are only kept, dropped or swapped one for one), so a span found in the
normalised copy maps back exactly: ``raw[to_raw_span(s, e)]`` is the source of ``norm[s:e]``.
"""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import vocab
from .lazyre import lazy, once

# full-width ASCII variants (digits, letters, ％．，etc.) and ideographic space, one for one
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0xA0] = 0x20
# the typesetter's spaces (en, em, thin, hair, narrow no-break…) a PDF or a page sets between a number and its unit
for _c in (*range(0x2000, 0x200B), 0x202F, 0x205F):
    _FULLWIDTH[_c] = 0x20
# the other characters that end a line as converters print them, read as a line break one for one: pdftotext's form
# feed at each page's end ("…地区生产\n\f—2—\n总值"), Word's manual line break as a vertical tab ("…分别达到\v76512元"),
# Unicode's line and paragraph separators and NEL (the page marks and the joining of cut lines then read them as lines)
for _c in (0x0B, 0x0C, 0x85, 0x2028, 0x2029):
    _FULLWIDTH[_c] = 0x0A
# a soft hyphen (a web page's hyphenation hint, anywhere inside a word or a number) is invisible: read as the
# zero-width space the later steps drop
_FULLWIDTH[0xAD] = 0x200B
# keep Chinese punctuation that the rules rely on as written
for ch in "，：；！？（）":
    _FULLWIDTH.pop(ord(ch), None)
_FULLWIDTH[ord("．")] = ord(".")
_FULLWIDTH[0x2014] = 0x2014  # keep em dash
# the minus sign (U+2212) a typeset page or a PDF writes before a fall ("增长−6.5%", "−0.2%") is the hyphen-minus the
# figures are read with, as the full-width one is
_FULLWIDTH[0x2212] = ord("-")
# the small form variants a Big5 or a Hong Kong page sets ("增長6﹒5﹪左右﹔", "一﹑", "目標是﹕"), read as the marks the
# rules rely on: the Chinese comma, enumeration comma, semicolon, colon and brackets, and the half-width point and %
for _r, _h in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹪﹣﹢", "，、.；：？！（）%-+"):
    _FULLWIDTH[ord(_r)] = ord(_h)
# a PDF's text layer that gives a radical's code for the character its font drew ("地区⽣产总值增⻓6.5%", "⼀般公共预
# 算收⼊"): each Kangxi radical read as the ideograph it stands for (Unicode's compatibility mapping), and the simplified
# radicals of the supplement, which Unicode maps to nothing, as theirs (the radicals that are characters of their own)
for _c in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)):  # (and the compatibility ideographs: 北 for 北)
    if len(_n := unicodedata.normalize("NFKC", chr(_c))) == 1:
        _FULLWIDTH[_c] = ord(_n)
for _r, _h in zip("⺁⺇⺝⺟⺠⺧⺩⺫⺬⺮⺯⻁⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻡⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻳",
                  "厂几月母民牛王目示竹糸虎西见角贝车長长门雨青韦页风飞食首马骨鬼鱼鸟卤麦黄齐齿龟"):
    _FULLWIDTH[ord(_r)] = ord(_h)


class _Stage:
    """A piecewise map from one text to the text it was made from."""

    __slots__ = ("starts", "origins")

    def __init__(self, starts: list[int], origins: list[int]):
        self.starts = starts   # start of each kept run in the new text
        self.origins = origins  # where that run starts in the old text

    def back(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos
        return self.origins[i] + (pos - self.starts[i])


def compose(outer: _Stage, inner: _Stage) -> _Stage:
    """One stage for ``inner.back(outer.back(pos))``: each run of ``outer`` cut where a run of
    ``inner`` starts inside it (both begin at 0, as ``_drop`` makes them; the last run goes on)."""
    starts: list[int] = []
    origins: list[int] = []
    in_starts, in_origins = inner.starts, inner.origins
    out_starts = outer.starts
    last = len(out_starts) - 1
    for k, o in enumerate(outer.origins):
        s = out_starts[k]
        end = o + (out_starts[k + 1] - s) if k < last else None  # where the run ends in the middle text
        j = bisect_right(in_starts, o) - 1
        starts.append(s)
        origins.append(in_origins[j] + (o - in_starts[j]))
        for j in range(j + 1, len(in_starts)):
            if end is not None and in_starts[j] >= end:
                break
            starts.append(s + (in_starts[j] - o))
            origins.append(in_origins[j])
    return _Stage(starts, origins)


def _drop(text: str, spans: list[tuple[int, int]]) -> tuple[str, _Stage]:
    """Delete the given (sorted, possibly overlapping) spans."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts, starts, origins = [], [], []
    prev, n = 0, 0
    for s, e in merged:
        if s > prev:
            starts.append(n)
            origins.append(prev)
            parts.append(text[prev:s])
            n += s - prev
        prev = e
    if prev < len(text) or not starts:
        starts.append(n)
        origins.append(prev)
        parts.append(text[prev:])
    return "".join(parts), _Stage(starts, origins)


@dataclass
class Normalized:
    """Normalised text plus the map back to the text as read."""

    raw: str
    text: str
    _stages: list[_Stage] = field(default_factory=list, repr=False)
    simple: str = field(default="", repr=False)  # simplified(raw), kept for the metadata to read
    # an HTML entity read as its character ("&ldquo;" as “): the raw position of its '&' -> the entity's end,
    # so that a span ending on that character takes the whole entity
    wide: dict[int, int] = field(default_factory=dict, repr=False)
    # the text as ``normalize`` left it, its years in Chinese numerals already in digits (``digit_years`` of it is
    # itself): facts reads ``text`` so while it is still that object, without searching the whole text again
    years_done: str | None = field(default=None, repr=False, compare=False)

    @property
    def plain(self) -> str:
        """The text as read in simplified characters, one for one (the offsets of ``raw``): what a reader of the page's
        chrome (its headings of other reports, its dateline, its related links) matches its simplified words in."""
        return self.simple if len(self.simple) == len(self.raw) else self.raw

    @cached_property
    def _map(self) -> _Stage | None:
        """The stages as one map (made on first use: one bisection per position, not one per stage)."""
        composed = None
        for st in reversed(self._stages):
            if st.starts == [0] and st.origins == [0]:
                continue  # nothing was dropped in this stage
            composed = st if composed is None else compose(composed, st)
        return composed

    def to_raw(self, pos: int) -> int:
        """Map the position of a character of ``text`` to that of its source character."""
        return pos if self._map is None else self._map.back(pos)

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            p = self.to_raw(start) if start < len(self.text) else len(self.raw)
            return p, p
        m = self._map
        if m is None:
            return start, end
        # (``to_raw`` of both ends, written out: one call, not four, for every quote and name)
        starts, origins = m.starts, m.origins
        i = bisect_right(starts, start) - 1
        j = bisect_right(starts, end - 1, i if i > 0 else 0) - 1
        last = end - 1 if j < 0 else origins[j] + end - 1 - starts[j]
        return (start if i < 0 else origins[i] + start - starts[i]), (self.wide.get(last, last + 1) if self.wide else last + 1)

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        rs, re_ = self.to_raw_span(start, end)
        return self.raw[rs:re_], rs, re_

    def written(self, start: int, end: int) -> str:
        """A name at a span of ``text`` to store and search: as normalised (simplified script,
        half-width forms, no pinyin or page marks: 高標準農田 gives 高标准农田), with the spaces the
        text as read has between its characters put back ("1, 4-丁二醇", "2.5 1"), but beside a number's point, whose
        glyphs a justified line spaced ("P M 2 . 5" gives "P M 2.5": the pledge reads the object PM2.5 by its own rule)."""
        rs, re_ = self.to_raw_span(start, end)
        if re_ - rs == end - start:
            return self.text[start:end]  # nothing was dropped inside (most names): the same characters
        src = self.simple if len(self.simple) == len(self.raw) else self.raw
        out, prev = [], None
        for i in range(start, end):
            r = self.to_raw(i)
            if prev is not None and r > prev + 1 and not src[prev + 1:r].strip() \
                    and not (out[-1] == "." and self.text[i].isdigit() or out[-1].isdigit() and self.text[i] == "."):
                out.append(src[prev + 1:r])
            out.append(self.text[i])
            prev = r
        return "".join(out)


@lru_cache(maxsize=1)
def _noise_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in vocab.noise_patterns()), re.M)


@lru_cache(maxsize=1)
def _noise_res() -> tuple[tuple[re.Pattern, str | None], ...]:
    """The noise patterns one by one: each that begins with a literal or a class is searched for by
    the engine's fast skip, where their alternation is tried at every character (twice as slow).
    With each, the few characters (a dozen at most) its matches begin with, if known: a pattern none of whose first
    characters is in a text is not searched for at all (a test for a character is a fast scan)."""
    from .extract.prefilter import first_chars

    out = []
    for p in vocab.noise_patterns():
        heads = first_chars(p)
        out.append((re.compile(p, re.M), heads if heads and len(heads) <= 12 and not any(c.isspace() for c in heads) else None))
    return tuple(out)


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    # (Hong Kong's variants read as well: s2hk prints 卫 as 衞, which plain t2s keeps)
    return opencc.OpenCC("hk2s")


# (and the commonest traditional-only characters of a plan's task sentences: a short news brief set in traditional
# characters, "今年要新建改造燃氣管網60公里，新建5G基站1000個。", shows few of the report words above)
_TRAD_HINT = lazy("[報屆會議顧總億預們國經濟發這會對學與業產區縣務實將為歲標設計劃項場開長鄉鎮農達別萬稅費價規員"
                  "個時進動體點現電機網氣條間從來還過關積極環鐵邊質資類興處]")

# spaces that PDF/web extraction puts inside numbers, between numbers and units, between
# Chinese characters; a space between two Latin letters or digits-and-letters is kept
_SPACE = lazy(r"[ \t\u00a0\u3000\u200b\ufeff]+")
PADDED_PART = r"(?:(?:PART|Part|part)[ \t\u3000.．]*)?0[1-9](?:[ \t\u3000]+|[、．｜|][ \t\u3000]*)?(?=[^\d\s%％月日号时点年、．.｜|\-/:：]|(?:19|20)\d\d年)"
_HEADING = lazy(
    r"^\s*(?:#{1,6}|\*\*|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[章节部分篇]|——|—|附件|附表"
    # an infographic's zero-padded part number before its title ("01 数说2023", "PART 02 2024年主要预期目标"), not a date's
    # month or day cut from its year ("…2024-\n02-20", "\n02月")
    r"|" + PADDED_PART + ")"
)
# a 数读 list's item line: its figure (unit and qualifier after it), a dash, then words, not a range's other end ("6%——7%")
_FIGURE_DASH_ITEM = lazy(r"[\d.]+[ \t]*[^\s\d—，,。；;：:]{0,5}[ \t]*——(?![\d.])")
# a news page's sub-head: a topic of a few characters and a colon, then a short summary with no full stop
# ("财政：一般公共预算收入增长2%", "GDP：目标5%，去年定的是5.5%", "数字4：9%", "第三组数字：8%", "关键词一：稳")
TOPIC_HEAD = lazy(r"[ \t\u3000]*【?[\u4e00-\u9fffA-Za-z0-9]{1,7}[：:】][^。；;！？!?]{1,24}$")
# an explainer page's numbered heading ("数字4：9%", "第三组数字：8%", "关键词一：", "【看点2】"; facts.py reads it too)
# (a bar or a mark may open it: "▍关键词一：稳", "■看点2：…")
EXPLAINER_HEAD_PATTERN = (r"(?:[▍▌▎■◆●▲★▶►◎][ \t\u3000]*)?【?(?:第[一二三四五六七八九十]{1,3}组)?(?:关键)?(?:数字|关键词|看点)"
                          r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[：:】]")
_EXPLAINER_HEAD = lazy(r"[ \t\u3000]*" + EXPLAINER_HEAD_PATTERN)
# what opens the line under an infographic's marked name ("◎全省地区生产总值\n   6.8万亿元  增长5.6%", "◎居民消费价格\n上涨0.3%"):
# its figure, or its change
# (or a level's verb before it, as under an unmarked name, _HOLD_OPENS: "🌾 粮食产量\n突破40亿斤", the pictograph read as ◆)
# (and a change by an arrow: "✅ 单位GDP能耗\n↓3.2%", the pictograph read as ◆; or by its rate's word: "◆居民消费价格\n涨幅3%左右")
_FIGURE_UNDER_NAME = lazy(r"[ \t\u3000]*(?:[↑↓]?[ \t]*\d|(?:同比|比上年|较上年)?(?:分别)?(?:增长|下降|上涨|提高|降低|涨幅|增幅|增速)[ \t]*\d"
                          r"|(?:达到?|总[数量]达|突破|超过|完成|实现|控制在|稳定在|保持在|年均增长|累计)[ \t]*\d)")
_TITLE_MARKS = frozenset("◆■●▲★◇□▶►◎")  # (the marks _MARKED_TITLE opens with)
# the change word that may open a target in words under its name ("增长与经济增长同步", "降低完成国家下达目标任务")
_QUAL_CHANGE = lazy(r"[ \t\u3000]*(?:同比|比上年|较上年)?(?:增长|下降|上涨|提高|降低|涨幅)?[ \t\u3000]*")


def _qualitative_under_name(text: str, e: int) -> bool:
    """Whether the line at ``e`` opens with a qualitative target's words (``qualitative_line``'s, after a change word
    of the name above): under an infographic's marked name it is that item's target, as a figure would be."""
    k = _QUAL_CHANGE.match(text, e).end()
    return qualitative_line().match(text, k) is not None
# a post's sub-head of a year, a comma and a few words ("2023，我们这样走过", "2024，目标这样定", "2024，我们这样干！")
# (or of a few words before the comma, no figure: "成绩单，请查收", "答卷，请您审阅")
COMMA_TITLE = r"(?:(?:19|20)\d\d年?|[^，,。；;：:%！？!?、（()）\d\s]{2,5})[，,][^，,。；;：:%！？!?、（()）\d\s]{2,14}[！!]?"
_MARKED_TITLE = lazy(r"\s*[◆■●▲★◇□▶►◎]\s*(?:[^，,。；;：:%！？!?]{2,20}|" + COMMA_TITLE + ")$")
# a news page's sub-head, alone on its line or leading it with a colon: "关键词 展望2024", "回顾2023："
# a news lead's mark opening a line: the paper's or the agency's name and its word (本报讯, 遵义日报讯, 新华社西宁1月26日电,
# 人民网长沙1月15日电, 华龙网-新重庆客户端 1月3日讯)
_NEWS_LEAD = lazy(r"[ \t\u3000]*(?:本报|[\u4e00-\u9fff·\-]{1,12}?(?:日报|晚报|时报|都市报|商报|网|社|台|客户端|融媒体?中心|新闻))"
                  r"[ \t\u3000]*(?:[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日[ \t\u3000]*(?:讯|电)|讯)")  # (电 after a date only)
# (a review's sub-head may name last year by its word: "回顾去年", "盘点过去一年")
NEWS_HEAD = lazy(r"\s*(?:关键词[:：]?\s*)?((?:回顾|回眸|回望|盘点|展望|聚焦|锚定|数说|数读|数看)\s*(?:(?:19|20)\d{2}年?|(?<=[顾眸望点])(?:去年|过去一年)))\s*(?:[:：]|$)")
# the head of a block of notes under a table or at a report's end, alone or before its first item ("注：",
# "说明:", "注：①按可比价格计算。", "注：1.数据为快报数"): its own line, its items no parts of the report
# (an endnote's mark in square brackets too, "注释：\n[1] …", "〔1〕", as a paper's notes number them)
NOTES_HEAD = lazy(r"[ \t\u3000]*(?:注|注释|说明|备注|附注)[ \t]*[:：][ \t]*(?:(?=\n)|\Z|[①-⑳]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]"
                  r"|[\[［〔]\d{1,2}[\]］〕])")
_NOTE_ITEM = lazy(r"\n[ \t]*(?:[①-⑳]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[\[［〔]\d{1,2}[\]］〕])")
# an item's or a part's number and nothing else ("六、", "（二）", "3.")
_NUMBER_ALONE = lazy(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])[ \t\u3000]*")
_NO_JOIN_END = set("。！？；：:”」』!?;】")
# (the marks a typesetter hangs past a line's width, 避头尾; of those, the ones a line cut inside a sentence ends on)
_HANGING_MARKS = frozenset("，、）》")
# a part's title on a line of its own with no number ("“十四五”时期和2025年工作回顾", "“十五五”时期经济社会发展的
# 主要目标"): the outline makes it a part where the report numbers none (a short line: a paragraph's first line cut by
# the page width is longer)
# a sub-head of a year's results, its year first ("2023年成绩单", "2023经济社会发展成绩单"): the review's part (facts.py
# reads it as a heading, no lead of the rows under it, as "回顾2023" is)
# (or its main results, "2025年主要成绩", an infographic's block of cards under it, decision 347)
# a card's sub-head that names the year after its words, the year bare at the line's end ("目标2023", "奋斗2019",
# "奋斗目标2026", "重点任务2019"; decision 428): the year's targets (目标, 奋斗) or tasks, as "2023年目标" names them
YEAR_AFTER_HEAD = r"(?:(?:主要|奋斗|预期|发展|主要预期)?目标(?:任务)?|奋斗|(?:重点|主要)任务|重点工作)[ \t\u3000]?(?:19|20)\d{2}年?"
_YEAR_AFTER_LINE = lazy(YEAR_AFTER_HEAD)
RESULTS_HEAD = r"(?:19|20)\d{2}年?[^。，,；;：:！？!?%|\d\n]{0,12}(?:成绩单|主要成绩)"
_PLAIN_PART_ENDS = {"回顾", "成就", "安排", "工作", "任务", "目标", "情况", "草案", "要求", "思路", "打算", "重点", "部署", "绩单",
                    "成绩"}
# (not a review's sub-head on targets met: "超额完成年度主要目标", "全面完成年度目标任务", "实现了…奋斗目标"; but
# "坚决完成全年各项目标任务" is a plan's)
PLAIN_PART_TITLE = lazy(r"(?!(?:(?!确保|力争|努力|奋力|坚决|全力)[^\n])*(?:(?:全面|圆满|超额|顺利|较好|胜利|如期|基本|提前)(?:完成|实现)"
                        r"|(?:完成|实现|达到|达成)了|超额|好于|高于))"
                        # (a year's plan part named by a year or 今年 first: "2024年工作打算", "今年主要工作",
                        # "2024年工作思路", "2024年计划安排"; a review's part title alone swallowed it)
                        # ("今年工作安排", "今年重点工作": 今年 alone is too short a head for the words below)
                        # (and a card's sub-head of the year's targets, its 年 dropped or no word before 目标: "2023目标",
                        # "2023年目标", "2025奋斗目标", "2024重点任务"; decision 420)
                        r"(?:(?:(?:19|20)\d{2}年?|今年|明年)[^。，,；;：:！？!?%|\d]{0,16}(?:工作思路|工作打算|工作重点|主要工作|计划安排|工作部署"
                        r"|工作安排|重点工作|主要任务|重点任务|工作任务|目标任务|预期目标|主要目标)|(?:19|20)\d{2}年?(?:奋斗|发展)?目标|"
                        r"(?:(?:19|20)\d{2}年[^。，,；;：:！？!?%|]{0,24}|[^。，,；;：:！？!?%\d\s|][^。，,；;：:！？!?%|]{2,28})(?:工作回顾|发展成就|主要成就|工作安排|重点工作|主要任务"
                        r"|重点任务|目标任务|预期目标|主要目标|奋斗目标|执行情况|完成情况|计划草案|总体要求)"
                        # (an infographic's block of last year's results under its year: "2023年成绩单", "2023经济社会发展成绩单")
                        # (and such a sub-head with its year after the words, bare: "目标2023", "奋斗2019", "奋斗目标2023",
                        # "重点任务2019"; decision 428)
                        r"|" + YEAR_AFTER_HEAD + r"|" + RESULTS_HEAD + ")")

# an annex's label alone on its line ("附件", "附件1", "附件二：", "附表", "附表2"), or before its title on the line ("附件1：")
ANNEX_LABEL = lazy(r"附(?:件|表)[ \t]*[\d一二三四五六七八九十]{0,3}[ \t]*[：:]?[ \t]*")
# an appendix's label before a part's title ("附：2024年主要指标完成情况" after the tasks: the review, appended)
APPENDIX_LEAD = lazy(r"附(?:件\d{0,2}|录)?[ \t]*[：:][ \t]*")


# an appendix's dated list of the year's projects for the people ("附件：2026年市政府民生实事项目", "附：2025年十件民生实事")
# (the place named before the year too: "宁都县2024年十件民生实事", "黔东南州2023年民生实事项目")
APPENDIX_LIST = lazy(r"(?:[\u4e00-\u9fff]{1,10}?[省市县区州旗盟])?(?:19|20)\d{2}年[^。，,；;：:！？!?%|\d]{0,16}(?:实事|实事项目|民生工程|惠民工程)")


def plain_part_title(st: str) -> bool:
    """Whether the stripped line st is a part's title with no number (PLAIN_PART_TITLE), an appendix's label
    ("附：") allowed before it (and after the label, a dated list of the year's 民生实事: its own part)."""
    k = m.end() if st[:1] == "附" and (m := APPENDIX_LEAD.match(st)) is not None else 0
    # (and, with no label, a dated list of the year's 民生实事 titled alone: "2021年十大民生实事（部分）")
    return PLAIN_PART_TITLE.fullmatch(st, k) is not None or ("实事" in st or "工程" in st) \
        and APPENDIX_LIST.fullmatch(st, k, len(st) - 4 if st.endswith("（部分）") else len(st)) is not None


# a digest's item stating a whole figure on its line ("●地区生产总值2694.2亿元，增长6.8%", "规上工业增加值增长8.1%"):
# it closes what is above as a paragraph does, so the dated title under it ("2022年奋斗目标") is a part (a bare
# figure set above its caption, "5000人", is no such item)
STATED_ITEM = lazy(r"[◆■●▲★◇□▶►◎•▪][^\n]*\d[^\n]*|[\u4e00-\u9fff][^。\n]*?\d(?:[.．]\d+)?[ \t]*(?:%|[\u4e00-\u9fff]{1,3})?"
                   r"(?:左右|以上|以内|以下)?")  # (its bound after the unit: "城镇调查失业率控制在5.5%以内")
# a title that dates its part ("2023年主要预期目标", "今年目标任务"), under such an item: kept apart from it
_DATED_TITLE_FIRST = "12今明"
_ITEM_BULLETS = "◆■●▲★◇□▶►◎•▪"
_DATED_TITLE = lazy(r"(?:(?:19|20)\d{2}年|今年|明年)")


# a paragraph that turns to the year ahead or the plan ("2024年是…", "今年是…", "今后五年…", "新的一年…"): a short
# line without a stop before it, after a full paragraph, is a title ("凝心聚力 奋勇争先 全力推动高质量发展")
PROSE_MARK = lazy(r"[。，,；;：:！？!?%]")
# a line of its own announcing the year's work ("今年重点抓好以下工作：", "2024年，全县将重点抓好以下几个方面工作："): the
# plan's part opens there, numbered parts or not
# (or led by the targets it serves: "实现今年的目标，我们将着力抓好以下工作：", "围绕上述目标，重点做好以下工作：",
# "围绕实现上述目标，…", "对照上述目标，…";
# not a review's "主要做了以下工作")
# (or led by the year's work it is about: "做好今年工作，重点抓好以下几个方面：", "做好2024年政府工作，我们要重点抓好以下八个方面：")
ANNOUNCE_PLAN = lazy(r"[ \t\u3000]*(?:(?:(?:19|20)\d{2}年|今年|今后一年"
                     r"|(?:为了?|围绕)?(?:实现|完成|围绕|落实|对照)好?(?:今年|全年|上述|以上|这些)[^。\n，,：:]{0,8}?目标(?:任务)?[，,]"
                     r"|(?:做好|抓好)(?:今年|全年|(?:19|20)\d{2}年)[^。\n，,：:]{0,6}?工作[，,])"
                     # (the work counted or named as the tasks: "突出抓好六个方面工作：", "聚焦以下重点任务：", "今年政府工作的主要任务是：")
                     r"[^。\n]{0,14}(?:(?:抓好|做好)(?:以下|[两三四五六七八九十]个)|聚焦以下|(?:主要|重点)任务是)"
                     # (or the work bid with no lead before it: "重点抓好以下几个方面：", "着力做好以下工作：")
                     r"|(?:重点|着力|突出|全力|切实|扎实)(?:抓好|做好)(?:以下|[两三四五六七八九十]个))"
                     # (ending with a colon, or a full stop: "重点做好以下几个方面工作。")
                     r"[^。\n：:]{0,10}[：:。][ \t\u3000]*")
TURN_TO_PLAN = lazy(r"[ \t\u3000]*(?:(?:19|20)\d{2}年是|今年是|今后五年|未来五年|新的一年|今年[^。\n]{0,20}主要预期目标|做好(?:19|20)\d{2}年"
                   # (the year's work announced: "今年重点抓好以下工作：", "2024年，我们将重点抓好以下几个方面工作：")
                   r"|(?:(?:19|20)\d{2}年|今年|今后一年)[^。\n]{0,12}抓好以下)")


@lru_cache(maxsize=1)
def _japanese_forms() -> tuple[dict[int, int], re.Pattern]:
    """The Japanese forms of characters (jp_variants.tsv) to their simplified ones, and a pattern that finds them."""
    rows = [r for r in vocab.table("jp_variants.tsv") if len(r) >= 2 and len(r[0]) == 1 and len(r[1]) == 1]
    return {ord(r[0]): ord(r[1]) for r in rows}, re.compile("[" + "".join(r[0] for r in rows) + "]")


def _convert_japanese(text: str) -> str:
    """A scan read by an OCR set to Japanese prints its forms for Chinese characters (生産総値増長): read as the
    simplified ones, one for one, where three or more stand in the text's head (no Chinese text uses them)."""
    table, pattern = _japanese_forms()
    found = 0
    for _ in pattern.finditer(text, 0, 20000):
        found += 1
        if found >= 3:
            return text.translate(table)
    return text


def _convert_traditional(text: str) -> str:
    # these characters never occur in simplified text, so a few are enough to tell
    if len(_TRAD_HINT.findall(text[:20000])) < 3:
        return text
    cc = _t2s()
    if cc is None:
        return text
    out = []
    for line in text.splitlines(keepends=True):
        conv = cc.convert(line)
        if len(conv) != len(line):  # phrase conversion changed the length: go char by char
            conv = "".join(c2 if len(c2 := cc.convert(c)) == 1 else c for c in line)
        out.append(conv)
    return "".join(out).translate(_left_variants())


@lru_cache(maxsize=1)
def _left_variants() -> dict[int, int]:
    """The variant characters OpenCC leaves as written (char_variants.tsv's Chinese rows: Hong Kong's standard glyph
    吿 for 告, 峯, 滙…), read as their standard one for one in a converted text: "政府工作報吿" is a report."""
    return {ord(r[0]): ord(r[1]) for r in vocab.table("char_variants.tsv")
            if len(r) >= 2 and len(r[0]) == 1 == len(r[1]) and "\u3400" <= r[0] <= "\u9fff"}


# (and 依次, the mainland's own other word for 分别 before a pair's or a list's values, read as 分别 wherever written)
_SIMPLIFIED_HEADS = ("按年", "依次")


@lru_cache(maxsize=1)
def _regional_words() -> tuple[re.Pattern | None, dict[str, str], tuple[str, ...] | None]:
    """Hong Kong, Macao and Taiwan wording and its mainland form of the same length (regional_words.tsv), and the
    two characters every pattern opens with (None where one does not open with two plain characters)."""
    pats, std, heads = [], {}, set()
    for row in vocab.table("regional_words.tsv"):
        if len(row) >= 2 and row[1]:
            pats.append(f"(?P<w{len(pats)}>{row[0]})")
            std[f"w{len(pats) - 1}"] = row[1]
            head = row[0][:2]
            heads.add(head if len(head) == 2 and all("\u4e00" <= c <= "\u9fff" for c in head) else "")
    return (re.compile("|".join(pats)) if pats else None), std, (None if "" in heads else tuple(heads))


def _regional(text: str, converted: bool = True) -> str:
    """``text`` with a Hong Kong or Taiwan page's wording read as the mainland's ("按年增长5.2%" as 同比增长), one
    character for one; a match whose mainland form is not as long is left as written. ``converted``: whether the
    text was written in traditional characters (a page in simplified ones is looked at only for 按年, the one word
    of them such pages print in simplified characters too, and 依次, not for each of the Taiwan words: a scan each;
    a word with no two characters to open on, a page's 指 for 说, is looked for in a traditional one alone)."""
    pat, std, heads = _regional_words()
    if pat is None or not any(h in text for h in _SIMPLIFIED_HEADS) \
            and (not converted or heads is not None and not any(h in text for h in heads)):
        return text  # (most texts have none)
    chars = None
    for m in pat.finditer(text):
        word = std[m.lastgroup]
        if len(word) != m.end() - m.start():
            continue
        if chars is None:
            chars = list(text)
        chars[m.start():m.end()] = word
    return "".join(chars) if chars is not None else text


def _lone(text: str, i: int) -> bool:
    """The ASCII letter or digit at ``i`` stands alone: no letter or digit touches it."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(text) and text[j].isascii() and text[j].isalnum():
            return False
    return True


_CODE_END = lazy(r"(?<![A-Za-z&])[A-Z]{2,4}$")


_YEAR_AFTER = lazy(r"(?:19|20)\d\d年")  # (a year after a figure's space: another cell's)


def _inner_drops(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """By the start of its line once ``spans`` (sorted, apart, none over a line's end) are dropped, how many characters
    they drop inside a line, neither at its start (an indent) nor at its end: a layer's line-length count may hold them."""
    out: dict[int, int] = {}
    gone, ls, ls_gone = 0, -1, 0
    for s, e in spans:
        a = text.rfind("\n", 0, s) + 1
        if a != ls:
            ls, ls_gone = a, gone  # (every span before this line's first is before its start)
        if s > a and e < len(text) and text[e] != "\n":
            out[a - ls_gone] = out.get(a - ls_gone, 0) + e - s
        gone += e - s
    return out


def _space_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    n = len(text)
    # (the gap between a figure and its caption on a 数读 page's line is kept: it says where the item's words start)
    gaps = set(figure_heads(text).values())
    for m in _SPACE.finditer(text):
        s, e = m.span()
        if e in gaps:
            continue
        a = text[s - 1] if s > 0 else "\n"
        b = text[e] if e < n else "\n"
        # keep spaces between Latin words ("R&D expenditure", "PM 2.5" is rare enough), but not
        # between the lone letters of spaced glyphs ("G D P", "P M 2 . 5")
        # (nor between a figure and a year, a flattened row's cells: "完成 -5.6 2025年计划 8" is not "-5.62025";
        # a number a PDF split, "800 0亿元", "1 286.5亿元", is one: a year is never split)
        if ((a.isascii() and a.isalpha() and b.isascii() and b.isalnum()) or (a.isdigit() and b.isascii() and b.isalpha())
                or (a.isdigit() and b.isdigit() and _YEAR_AFTER.match(text, e))) \
                and not (_lone(text, s - 1) and _lone(text, e)) \
                and not ("A" <= a <= "Z" and b.isdigit() and _CODE_END.search(text, max(0, s - 5), s)):
            continue  # (but a code of capitals goes on into its digits: "PM 2.5", "PM 10", "CPI 3%")
        if a in "'\u2019" and s > 1 and text[s - 2].isascii() and text[s - 2].isalpha() and b.isascii() and b.isalpha():
            continue  # (an English plural's possessive ends a word: "residents' per capita", not "residents'per")
        spans.append((s, e))
    return spans


# a short title that ends with a year ("数说2023", "回眸2023", "2023"), over a 数读 page's first figure: no number
# cut in two (a figure's own line ends with a verb or a name before its digits: "总量达到2023")
# (nor a quantity's name right before: "全县户籍人口2031\n56人", "粮食总产量2035\n00吨", a narrow column's cut)
# a paragraph opened by its year and the clause or the words that year dates ("2018年，全市…", "2018年全市地区生产总值…",
# "2018年以来"): no figure's tail under a short line
_YEAR_OPENS_PARA = lazy(r"(?:19|20)\d\d年(?:[，,]|以来|是|全[省市县区州旗盟])")
_YEAR_TITLE = lazy(r"[^\d，,。；;：:、%]{0,8}(?<![到达为至破超过成现长值额入计约近口量数产积])(?:19|20)\d\d")
# the words an item's figure follows, and a figure with its unit opening the next line
_FIGURE_VERBS = ("增长", "下降", "提高", "降低", "达到", "控制在", "稳定在", "保持在", "涨幅", "突破", "超过")
_FIGURE_OPENS = lazy(r"\d+(?:\.\d+)?[ ]?(?:%|％|个百分点|(?:万亿|亿|万|千)?(?:元|美元|吨|斤|人|户|家|个|亩))")
# a line that is only a number's integer part and point, its decimals and unit opening the next ("8.\n1%")
_CUT_NUMBER_BEFORE = set("和及与、至到为了长达约近超破")  # (the words a figure follows: "增长7.9%和", "增长了")
_CUT_POINT_LINE = lazy(r"\d{1,4}\.\n\d{1,3}(?:%|％|个百分点|(?:万亿|亿|万)?元)")
_NUMBER_GOES_ON = lazy(r"[\d.%％]|(?:万亿|亿|万|千)?(?:元|美元|吨|斤|人|户|家|个|亩|公里|平方米|千瓦)|个百分点"
                        r"|(?:微克|毫克)/|(?:万|亿)?(?:立方米|公顷|辆|套)")


@lru_cache(maxsize=1)
def _name_halves() -> dict[str, tuple[str, ...]]:
    """The indicator names and aliases, and the longer units ("5.5个百分\n点"), cut at each place:
    first half -> the second halves."""
    units = [u[0] for u in vocab.units()]
    names = {a.lstrip("^") for ind in vocab.indicators().values() for a in (ind.name, *ind.aliases, *units)}
    return _halves(a for a in names if len(a) >= 3 and all("\u4e00" <= c <= "\u9fff" or c == "/" for c in a))


def _halves(words) -> dict[str, tuple[str, ...]]:
    """Each word cut at each place: first half -> the second halves."""
    out: dict[str, set[str]] = {}
    for a in words:
        for j in range(1, len(a)):
            out.setdefault(a[:j], set()).add(a[j:])
    return {k: tuple(v) for k, v in out.items()}


def _name_over_figure(text: str, line_start: int, s: int, e: int) -> bool:
    """Whether the line ending at ``s`` is a sentence's line that ends on an indicator's name, no clause mark after it,
    and the line at ``e`` opens with its figure ("…增长7.3%；城镇居民人均可支配收入" over "　　32150元，增长7.9%"): a stray
    paragraph mark inside the sentence that a document's first-line indent set apart, no paragraph of its own (none
    opens on a bare figure); not a sub-head naming the indicator over its text."""
    if _FIGURE_UNDER_NAME.match(text, e) is None or not _CLAUSE_MARK.search(text, line_start, s) \
            or _HEADING.match(text, line_start) is not None:
        return False
    return any(m.end() == s for m in _indicator_names().finditer(text, max(line_start, s - 16), s))


def _breaks_a_name(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` cuts an indicator's name ("地区生产\n总值")."""
    halves = _name_halves()
    for j in range(1, min(len(before), 12) + 1):
        for rest in halves.get(before[-j:], ()):
            if after.startswith(rest):
                return True
    return False


@lru_cache(maxsize=1)
def _unit_halves() -> dict[str, tuple[str, ...]]:
    """The units of facts and pledges cut at each place ("平方" -> "米", "微克" -> "/立方米")."""
    return _halves({u[0] for u in vocab.units()} | {c[0] for c in vocab.table("pledge_units.tsv") if c and c[0]})


_CUT_UNIT = lazy(r"\d(?:万亿|亿|万|千)?(\D{1,4})$")
# a figure and its unit, then the first half of its bound ending a line ("…增长6.5%以", "…8%左", "…5万人以"); the half
# that must open the next line for each (以上/以下/以内, 左右), decision 348
_BOUND_CUT = lazy(r"\d(?:%|％|个百分点|(?:万亿|亿|万|千)?[\u4e00-\u9fff]{1,2})?[以左]$")
_BOUND_REST = {"以": "上下内", "左": "右"}


def _cuts_a_unit(before: str, after: str) -> bool:
    """Whether a line break falls inside the unit after a number ("60万平方\n米", "28微克\n/立方米")."""
    m = _CUT_UNIT.search(before[-8:])
    if not m:
        return False
    head = m.group(1)
    # (the head may follow a magnitude or be a unit's own: "60万平方" -> "平方", "万平方")
    return any(after.startswith(rest) for h in {head, head.lstrip("万亿千")} - {""} for rest in _unit_halves().get(h, ()))


# a line that is only a figure ("6.5%左右", "720亿元", "↑5.1%", a range "4.5%—5%"): a 数读 page sets each figure above its caption
# (a fall written with its sign, "−5.2%\n单位生产总值能耗", is one as "↓5.2%" is: decision 456)
VALUE_LINE = lazy(r"[ \t]*(?:[↑↓▲▼]|[+＋−－-](?=\d))?[ \t]*\d[\d.,]*(?:%?[—～~－-]{1,2}\d[\d.,]*)?[ \t]*(?:%|个百分点|(?:万亿|亿|万|千)?[\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff]{1,3})?)?"
                  r"(?:左右|以上|以内|以下)?[ \t]*(?:↑[ \t]*)?")  # (a rise's arrow after it too: "5.2%↑"; "4.8%↓" is not read as a fall)
# a place in a ranking alone on its line, its field maybe before it ("第3位", "全省第2名"): a rank card's figure
_RANK_LINE = lazy(r"[ \t\u3000]*[\u4e00-\u9fff]{0,4}?第\d{1,3}[位名][ \t\u3000]*")
# a rank alone on its line that names the whole it ranks in ("增速居全市第2位", "全省第5位", "排名全国第12位"): under a
# card's signed change, that card's rank; a rank card's bare place ("第3位\n全省排名") names no whole before 第
_PLACED_RANK_LINE = lazy(r"[ \t\u3000]*(?:增速|增幅|总量|排名|位次)?[居列排位]?[列于名次]?全[国省市州区县盟旗]第\d{1,3}[位名][ \t\u3000\r]*")
_MAGNITUDE_END = lazy(r"\d(?:万亿|亿|万|千|百)$")  # "2.62万\n亿元": the number's unit goes on too
_RANGE_GOES_ON = lazy(r"[-—–－~～]\s*\d")
_ANY_DIGIT = lazy(r"\d")
_CLAUSE_MARK = lazy(r"[，,、；;]")
_SENTENCE_END_LAST = "。！？!?）)↓"  # (the marks a line ending a sentence ends on: "…看得见！）", "…速览↓↓")
# what may open a bare item's line before its indicator's name (a space, the region's word: "全县", "全年"; the urban and
# rural pair, no alias of one name)
_ITEM_OPENS = lazy(r"[ \t\u3000]*(?:全[省市县区州旗盟]|全年)?(?=城乡居民|[^\d\s])")
# an indicator's name (its unit in brackets) and a colon opening a line: "城镇新增就业（万人）：", "国内生产总值增长："
# (a card's row: a mark, a label, a colon and a short figure ending the line: "●城镇新增就业：6万人以上", "◆增速：6%左右")
_MARKED_ROW = lazy(r"[ \t\u3000]*[◆■●▲★◇□▶►◎][ \t\u3000]*[^\n：:。，,；;、\d]{2,16}[：:][ \t\u3000]*[^\n：:。，,；;\d]{0,6}\d[\d.]*[ \t\u3000]*(?:%|[\u4e00-\u9fff]{1,4})?(?:左右|以上|以内|以下)?[ \t\u3000]*")
_LABELLED_ROW = lazy(r"[ \t\u3000]*(?:——|－|-|·|•)?[^\n：:。，,；;、\d]{2,24}[：:]")
# (a line that opens with these goes on with the one above: "增长5%\n和6%"; and 的, which opens no item nor sentence: "…由
# 2010年的826.3亿元增加到2015年\n的1516.2亿元")
_ITEM_GOES_ON = frozenset("和及与并或以左至到的")
# (nor a line of the figure's change alone: "社会消费品零售总额 25590.1亿元\n增长 6%" on an infographic, news15)
_CHANGE_LINE = lazy(r"[ \t\u3000]*(?:同比|比上年|较上年)?(?:增长|下降|增速|增幅|提高|降低|上涨|回落)[ \t\u3000]*[↑↓\-−]?\d")
_SUBHEAD_MARKS = frozenset("■▍▌▎◆【")  # (a sub-head's mark opening its line: "■今后五年")
# a change in a figure's place, nothing else on its line ("年均增长6%以上\n地区生产总值", "增长6.5%左右\n地区生产总值")
_CHANGE_FIGURE_LINE = lazy(r"[ \t\u3000]*(?:年均|同比)?(?:增长|下降)[ \t\u3000]*\d[\d.]*%(?:左右|以上|以内)?[ \t\u3000]*")


@lru_cache(maxsize=1)
def _item_unit_end() -> re.Pattern:
    """A count or an amount and its unit ending a line ("6000人次", "15个", "5万头以上"; not a rate: a target's list of
    rates one a line is set so by a news page, its items no actions)."""
    units = {u for u in {u[0] for u in vocab.units()} | {c[0] for c in vocab.table("pledge_units.tsv") if c and c[0]}
             if u and not any(c in u for c in "%％‰/") and "百分点" not in u}
    # (one order whatever the hash seed: the compiled-pattern cache keys on the pattern)
    alt = "|".join(map(re.escape, sorted((u for u in units if u), key=lambda u: (-len(u), u))))
    return re.compile(r"\d(?:万亿|亿|万|千)?(?:" + alt + r")(?:左右|以上|以内)?[ \t\u3000]*$")


@lru_cache(maxsize=1)
def _item_cut_ends() -> tuple[str, ...]:
    """The words a numbered item's line cannot end on (cues.tsv ``item_cut_ends``)."""
    return vocab.cues().get("item_cut_ends", ())


def _qualitative_ends() -> tuple[str, ...]:
    """The words a qualitative target ends on (cues.tsv ``qualitative``: "同步", "省下达任务"…)."""
    return vocab.cues().get("qualitative", ())


def _figure_cut_ends() -> tuple[str, ...]:
    """The words a figure or its change must follow (cues.tsv ``item_cut_before_figure``: "分别", "预计", "同比"…)."""
    return vocab.cues().get("item_cut_before_figure", ())


# a web page's chrome line: a byline's or a page's label and its colon, or a date in figures, opening the line
_CHROME_FIRST = frozenset("来信稿发日编责作审浏阅点12")
_CHROME_LINE = lazy(r"[ \t\u3000]*(?:(?:来源|信息来源|稿件来源|稿源|发布时间|发布日期|日期|编辑|责任编辑|作者|审核|责编|浏览次数|阅读量?|点击数?|点击量)"
                    r"[：:]|(?:19|20)\d{2}(?:-\d{2}-\d{2}|[-/.]\d{1,2}[-/.]\d{1,2}(?![\d年])))")  # (a time may follow, spaces dropped)


# a lead line of two short phrases and a comma ("过去一年，成绩单亮眼", "民生实事，件件暖心"), no figure, no stop
_COMMA_LEAD = lazy(r"[ \t\u3000]*" + COMMA_TITLE + r"[ \t\u3000]*")


_LINE_END_MARKS = "。，、；：！？”’）》」』,.;:!?)"  # (the closing marks a page hangs past its width)


def _full_width_line(text: str, ls: int, le: int) -> bool:
    """Whether the line at ``ls``..``le`` is as wide as the widest of the three lines above it and the three below
    (their closing marks left out, which a page hangs past its width; one character less): a line the page's width
    cut, no lead its writer set apart."""
    n = len(text[ls:le].strip(" \t\u3000"))
    around = text[max(0, ls - 160):ls].split("\n")[-4:-1] + text[le + 1:le + 160].split("\n")[:3]
    w = max((len(x.strip(" \t\u3000").rstrip(_LINE_END_MARKS)) for x in around), default=0)
    return w >= 10 and n >= w - 1


@lru_cache(maxsize=8)
def _app_post_re() -> re.Pattern:
    """The marks of a post copied from a messaging app's public account (cues.tsv ``app_post_marks``: 点击上方蓝字,
    阅读原文…): a page its writer set line by line."""
    words = sorted(vocab.cues().get("app_post_marks", ()), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or r"(?!)")


def _app_post(text: str) -> bool:
    return _app_post_re().search(text) is not None


def _chrome_line(line: str) -> bool:
    """Whether ``line`` is a web page's byline, source or date line: it opens on such a label or a date in figures and
    holds no clause's mark."""
    return _CHROME_LINE.match(line) is not None and not _CHROME_PROSE.search(line)


@lru_cache(maxsize=1)
def _photo_caption_re() -> re.Pattern:
    """A photo's caption or credit alone on its line (cues.tsv caption_opens, "图为会议现场。（记者 李俊 摄）", or a bracketed
    credit of caption_credits, "（摄影：谭亮）")."""
    cues = vocab.cues()
    opens = "|".join(map(re.escape, cues.get("caption_opens", ()))) or "(?!)"
    credits = "|".join(map(re.escape, cues.get("caption_credits", ()))) or "(?!)"
    return re.compile(r"[ \t\u3000]*(?:(?:" + opens + r")[^\n]{0,60}|[（(][^（）()\n]{0,12}(?:" + credits
                      + r")[^（）()\n]{0,8}[）)])[ \t\u3000]*")


def _photo_caption(line: str) -> bool:
    """Whether ``line`` is a photo's caption or credit (``_photo_caption_re``): a live blog's or a news page's line between
    entries, no sentence runs into it or out of it (its credit's "摄）" had joined the next entry's words; decision 439)."""
    return _photo_caption_re().fullmatch(line) is not None


_CHROME_PROSE = lazy(r"[。，,；;！？!?]")


def _count_item(line: str) -> bool:
    """Whether ``line`` is an item that ends in a count and its unit ("新建村级卫生室15个"), no sentence's end in it (its
    unit's bracketed note read with it: "新增牛羊养殖规模5万头（只）")."""
    if "。" in line or (u := _item_unit_end().search(line, max(0, len(line) - 12))) is None:
        return False
    core = line.strip()
    if core.endswith("）") and "（" in u.group(0):
        core = core[:core.rfind("（")]
    return STATED_ITEM.fullmatch(core) is not None


@lru_cache(maxsize=1)
def _item_verb() -> re.Pattern:
    """A pledge's action verb (pledge_verbs.tsv: an action's or a whole work's, two characters or more) opening a line, or
    the words a task's item opens on (cues.tsv task_title_open, two characters or more: "持续深化农村改革，新培育…")."""
    words = {r[0] for r in vocab.table("pledge_verbs.tsv") if len(r) >= 2 and r[1] in ("action", "whole") and len(r[0]) >= 2}
    words |= {w for w in vocab.cues().get("task_title_open", ()) if len(w) >= 2}
    # (one order whatever the hash seed: the compiled-pattern cache keys on the pattern)
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) + ")")


# an item's number opening its line, a digit or two and a space or none before its words ("1 新建改扩建公办幼儿园4所"; the
# space may be dropped before the lines are joined)
_SPACED_NUMBER = lazy(r"[ \t\u3000]*(\d{1,2})[ \t\u3000]*(?=[\u4e00-\u9fff])")


def _opens_with_name(text: str, pos: int) -> bool:
    """Whether an indicator's name (or the urban and rural pair's words) opens the line at ``pos``."""
    m = _ITEM_OPENS.match(text, pos)
    return m is not None and (text.startswith("城乡居民", m.end()) or _indicator_names().match(text, m.end()) is not None)


# a bare task line: words, then its count and unit at the end, no mark (a card page's "新建改造城市道路100公里")
_COUNT_LINE = lazy(r"[ \t\u3000]*[\u4e00-\u9fff][^\n，,。；;：:！？]{1,30}?\d[\d.]*[万亿千百]?[\u4e00-\u9fff]{1,3}[ \t\u3000]*")


# an item's label alone on its line, a name and its colon ("地区生产总值：", "城镇新增就业:"): a PDF's layer or a phone
# card sets the label and its figure on lines of their own (decision 398)
_LABEL_ALONE = lazy(r"[ \t\u3000]*[^\n：:。，,；;、！？\d]{2,20}[：:][ \t\u3000]*")


def _label_over_figure(text: str, ls: int, le: int, e: int) -> bool:
    """Whether the line ``text[ls:le]`` is an indicator's label alone, its name and a colon, and the line at ``e`` under
    it opens on its figure (a number, or a change's word before one: "增长9.1%"; or a level's verb before it, as under a
    card's marked name: "粮食产量：\n稳定在50万吨以上"), or on a target in words where a figure would stand (cues.tsv
    qualitative, a change word allowed before it: "居民人均可支配收入：\n与经济增长基本同步"; decision 402)."""
    return _LABEL_ALONE.fullmatch(text, ls, le) is not None and _opens_with_name(text, ls) \
        and (text[e:e + 1].isdigit() or _CHANGE_LINE.match(text, e) is not None or _FIGURE_UNDER_NAME.match(text, e) is not None
             or _qualitative_under_name(text, e))


def _bare_item_line(line: str) -> bool:
    """Whether ``line`` is an item set bare (no mark in it) that opens with an indicator's name."""
    # (not an infographic's "name｜figure" line, whose change may stand on the next line: "地区生产总值｜3120.6亿元\n同比增长｜6.1%")
    return "。" not in line and not _CLAUSE_MARK.search(line) and "|" not in line and "｜" not in line \
        and not line.endswith(tuple(_NO_JOIN_END)) and _opens_with_name(line, 0)


def _led_item_line(line: str) -> bool:
    """Whether ``line`` ends in a bare item stated with its figure after its last comma, the words before it a lead with
    no figure but a year's, no sentence's or ；-clause's end in it ("到2030年，地区生产总值突破3000亿元", "展望“十五五”，
    森林覆盖率达到35%"; not two items set apart by a comma, "生产总值增长9%左右,规模以上工业增加值增长12%左右")."""
    if "。" in line or "；" in line or ";" in line:
        return False
    c = max(line.rfind("，"), line.rfind(","))
    last = line[c + 1:]
    if _LEAD_FIGURE.search(_LEAD_YEAR.sub("", line[:c])) is None:
        return _bare_item_line(last) and STATED_ITEM.fullmatch(last.strip().removesuffix(_STEP_END)) is not None
    # (or an item, then its level by a year of its own: "地区生产总值年均增长6%左右，到2030年突破3000亿元")
    first = line[:c]
    return "，" not in first and "," not in first and _bare_item_line(first) and STATED_ITEM.fullmatch(first.strip()) is not None \
        and _OWN_YEAR_LEVEL.fullmatch(last) is not None
_LEAD_YEAR = lazy(r"(?:19|20)\d{2}[ \t]*年")  # (a year's figures in a row's lead: "到2030年", "展望 2030 年")
_LEAD_FIGURE = lazy(r"\d")
_OWN_YEAR_LEVEL = lazy(r"[ \t\u3000]*(?:力争|确保|争取)?(?:到|至)(?:19|20)\d{2}[ \t]*年[^\d，,。；;\n]{1,8}\d[\d.]*[ \t]*"
                       r"(?:%|[\u4e00-\u9fff]{1,4})(?:左右|以上|台阶)?[ \t\u3000]*")
_STEP_END = "台阶"  # (a level's step to reach ending its row: "…，到2030年迈上3000亿元台阶")


_BOLD_CLOSED = lazy(r"\s*\*\*(?![^\n]*\*\*)[^\n]*[，,、；;]")
_GLUED_PCTS = lazy(r"\d%\d+(?:\.\d+)?%$")
_BAR_NAME = lazy(r"[ \t\u3000]*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,19}[ \t\u3000]*")
_BAR_FIGURE = lazy(r"[ \t\u3000]*(?:同比|比上年|较上年|分别)?(?:增长|下降|提高|降低)?[ \t\u3000]*[\d.]+[^|\n]{0,12}$")


@lru_cache(maxsize=1)
def _change_opens() -> re.Pattern:
    """A change opening a line under its indicator's name, after the words of its basis (cues.tsv ``change_opens_basis``:
    "同比增长", "同口径增长5%", "按可比口径增长7%" on a 一图读懂 card, decision 354)."""
    alt = "|".join(map(re.escape, sorted(vocab.cues()["change_opens_basis"], key=lambda w: (-len(w), w))))
    return re.compile(r"(?:" + alt + r")?(?:增长|下降|提高|降低)")


# a bound opening the line under an indicator's name on an infographic ("城镇调查失业率\n控制在5.5%以内")
_HOLD_OPENS = ("控制在", "稳定在", "保持在", "与经济增长",  # (and a qualitative target: "居民人均可支配收入\n与经济增长基本同步")
               "达", "总数达", "总量达", "突破", "超过",  # (a stock's level: "高新技术企业\n总数达1604家", liv34)
               "完成", "实现",  # (a flow's amount under its name: "一般公共预算收入\n完成100.8亿元\n下降12.5%", tu36)
               "年均", "累计")  # (a span's figure under its name: "地区生产总值\n年均增长8.2%", "城镇新增就业\n累计28.6万人")
# (and any target in words, _qualitative_under_name: "进出口\n促稳提质", "单位地区生产总值能耗\n完成国家下达任务")
# a rank on the line under an infographic's name and figure ("粮食产量\n149.5亿斤\n居全区第一"): the item's, no title under it
_RANK_OPENS = ("居全", "位居全", "居第", "位居第")


# a title's or a news headline's last words, and what opens the line under it (structure: a title or a
# byline's date closes the head as a paragraph does, so that an unnumbered part's title may follow)
# the last character of an item stated with its figure: a unit's, a percent's or a bound's ("5.5%以内", "1.1万人")
_BOUND_LAST = frozenset("%％内上右下元人户个吨亩")
# the notes on a printing that close a title ("…工作报告（摘要）"; not 草案, which a news sentence cut after it may hold)
_TITLE_NOTES = tuple(f"{o}{w}{c}" for w in ("摘要", "全文", "节选", "摘登", "要点") for o, c in (("（", "）"), ("(", ")")))
HEADLINE_END = lazy(r"(?:报告|公报|纲要|草案|开幕|闭幕|召开|举行)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[ \t\u3000]*$")
_HEADLINE_LAST = frozenset("告报要案幕开行）) \t\u3000")  # (its last character: most lines are let through at once)
_HEADLINE_NEXT = lazy(r"[ \t\u3000]*(?:(?:19|20)\d{2}[ \t]*年|各位代表)")
HEAD_LINE = lazy(r"[ \t\u3000]*(?:[（(—－-]{0,2}[ \t]*(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*[）)]?"
                  r"|[—－-]{1,2}[^。，,；;\n]{4,60}会议上|(?:代理?|副)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席)[ \t\u3000]*[\u4e00-\u9fff·]{2,4})[ \t\u3000]*")
_FIGURE_FIRST = set("0123456789↑↓▲▼")
# no figure but a year, or a change after the name ("全县地区生产总值\n增长6.9%" under the figure, its lines joined)
# (or in points, a share's: "常住人口城镇化率\n提高1.5个百分点" is its card's change as "增长8.3%" is, the run going on to the
# next card's figure, "−5.2%\n单位生产总值能耗"; lft63b)
_CAPTION = lazy(r"[^\d。；;！？!?]*(?:(?:19|20)\d\d年[^\d。；;！？!?]*)*(?:[，,]?(?:同比)?(?:(?:增长|下降)\d[\d.]*%"
                r"|(?:提高|降低|下降|上升)\d[\d.]*个百分点))?")


_ARROW_FIGURE = lazy(r"[↑↓+＋][ \t]*\d")  # (a change by an arrow opening a line: "↓3.2%")
# (a line that is no caption only for a digit in it, "PM2.5平均浓度": the names' pattern is tried on such a line alone,
# the others, "…。", fail the caption whatever names they hold)
_DIGIT = lazy(r"\d")
# (or with a minus sign right before a digit, as VALUE_LINE takes it: "-2.1%\n规模以上工业增加值", decision 458)
_FIGURE_LINE_FIRST = lazy(r"[ \t]*(?:[0-9↑↓▲▼]|[−－-]\d)")  # (a line opening with one of _FIGURE_FIRST)
# (the same after a line break; a "+" for _second_change_over_name, decision 457)
_FIGURE_LINE_OPEN = lazy(r"\n[ \t]*(?:[0-9↑↓▲▼+＋]|[−－-]\d)")
# a caption naming only a change against last year ("较上年提高", "比上年增长"), under a signed change in a figure-first run
_CHANGE_ONLY_CAPTION = lazy(r"[ \t\u3000]*(?:比上年|较上年|同比)(?:增长|下降|提高|降低)[ \t\u3000\r]*")


def _change_only_under(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` is a caption naming only a change against last year (``_CHANGE_ONLY_CAPTION``)."""
    le = text.find("\n", ls)
    return ls <= len(text) and _CHANGE_ONLY_CAPTION.fullmatch(text, ls, le if le >= 0 else len(text)) is not None


def _two_value_lines(text: str) -> bool:
    """Whether two lines of text or more are only a figure (``VALUE_LINE``)."""
    n = 0
    first = [0] if _FIGURE_LINE_FIRST.match(text) else []
    for s in first + [m.start() + 1 for m in _FIGURE_LINE_OPEN.finditer(text)]:
        e = text.find("\n", s)
        if VALUE_LINE.fullmatch(text, s, e if e >= 0 else len(text)) or e > s and (
                _second_change_over_name(text, s, e)
                or _SIGNED_CHANGE_LINE.fullmatch(text, s, e) is not None and _change_only_under(text, e + 1)):
            n += 1
            if n == 2:
                return True
    return False


@lru_cache(maxsize=1)
def credit_line() -> re.Pattern:
    """An infographic's or a page's credit line ("图片来源：山西日报  制图：王小丽", "设计：…"; cues.tsv credit_line): it closes
    the block above it as a paragraph's end does, so a dated title under it ("2024年重点任务") opens a part."""
    words = sorted(vocab.cues().get("credit_line", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*[（(]?(?:" + "|".join(map(re.escape, words)) + r")[ \t\u3000]*[：:]")


@lru_cache(maxsize=1)
def qualitative_line() -> re.Pattern:
    """A line that is only a qualitative target's words ("与经济增长同步", "完成省下达任务"): on a 数读 page it stands
    where a figure stands, above its caption."""
    words = sorted(vocab.cues().get("qualitative", ()), key=len, reverse=True)
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, words)) + r")(?:的?(?:目标任务|任务|目标|指标))?[ \t\u3000]*")


_LINE_NUMBER = lazy(r"\d[\d.,]*")


def _restates_figure(line: str, figure: str) -> bool:
    """Whether ``line`` is an infographic's caption that states again, in a clause or two, the number of the figure
    line above it ("5.1%\n全国城镇调查失业率平均为5.1%"): a caption for the page's turns, as a bare name is (no
    sentence's end in it, the same number as a whole, not a part of a longer one)."""
    if len(line) > 40 or "。" in line:
        return False
    lead = len(line) - len(line.lstrip(" \t\u3000"))
    if not _opens_with_name(line, lead + 2 if line.startswith("全国", lead) else lead):  # ("全国城镇调查失业率…")
        return False
    m = _LINE_NUMBER.search(figure)
    if m is None:
        return False
    return any(x.group() == m.group() for x in _LINE_NUMBER.finditer(line))


# a line of a change in points only, opening on its sign or arrow ("+0.6个百分点", "↑0.9个百分点", "-0.2个百分点"): under a
# share card's caption, that card's change (here left out of the turns; read by facts._points_under, decision 460)
SIGNED_POINTS_LINE = re.compile(r"[ \t\u3000]*([+＋↑▲]|[\-−－↓▼])[ \t]*(\d[\d.]*)[ \t]*(个百分点)[ \t\u3000]*")


def figure_lines(text: str) -> set[int]:
    """Where the lines that are only a figure start, on a 数读 page that sets each figure above its
    caption ("6.5%左右\n今年地区生产总值预期增长目标\n5.1%\n2023年地区生产总值增速"): a run of figure and
    caption lines by turns, at least two of each, that opens with a figure (an infographic that names
    first, "地区生产总值\n285.6亿元\n一般公共预算收入\n20亿元", opens with a caption)."""
    runs, lone = figure_line_sets(text)
    return runs | lone


def figure_line_sets(text: str) -> tuple[set[int], set[int]]:
    """``figure_lines`` in two: the lines of runs of figures and captions by turns, and those of cards setting their
    figure first on a page whose other cards name first (``_lone_figure_cards``): a level's change signed alone under
    it is joined to it in the first (decision 428), not in the second (adv61b)."""
    # (a run holds two lines that are only a figure: most texts have none, and a line must open
    # with a digit or an arrow to be one: such lines are found by a search for a line break before one)
    if not _two_value_lines(text):
        return set(), set()
    rows = text.split("\n")
    lines, pos = [], 0
    rows_prev = ""  # (the last line kept)
    for line in rows:
        if line.strip():
            kind = "V" if VALUE_LINE.fullmatch(line) or line[-1:] in "位名" and _RANK_LINE.fullmatch(line) \
                else "C" if len(line) <= 40 and _CAPTION.fullmatch(line) else "O"  # (a rank card's place, "第3位\n全省
            # 排名", is its card's figure: the turns go on past it, and its caption runs into no next card's figure)
            if kind == "V" and line[-1:] in "位名" and lines and lines[-1][1] == "V" and lines[-1][2] + 1 == pos \
                    and _RANK_LINE.fullmatch(line) and not VALUE_LINE.fullmatch(line):
                kind = "O"  # (a place right under a card's figure, "地区生产总值\n312.5亿元\n+4.1%\n全省第5位", is that card's
                # rank: no figure of the next card set first)
            elif kind == "C" and credit_line().match(line):
                kind = "O"  # (a page's credit line under the last card, "（编辑：李晓明　审核：张伟）" after an html page's
                # cards, closes the block: no caption, so the cards that name first are not read as a run figure first)
            elif kind == "C" and len(line) <= 16 and qualitative_line().fullmatch(line):
                kind = "V"  # ("与经济增长同步\n居民收入增长\n3%左右\n居民消费价格涨幅": words in a figure's place keep the turns)
            elif kind == "O" and len(line) <= 20 and _DIGIT.search(line) is not None \
                    and (bare := _indicator_names().sub("", line)) != line and _CAPTION.fullmatch(bare):
                kind = "C"  # (a name that holds digits is a caption too: "PM2.5平均浓度\n37微克/立方米", a page that names first)
            elif kind == "O" and lines and lines[-1][1] == "V" and _restates_figure(line, rows_prev):
                kind = "C"  # (a caption restating the figure above it: "114.4万亿元\n国内生产总值达到114.4万亿元，增长8.1%")
            elif kind == "C" and lines and lines[-1][1] == "V" and len(line) <= 6 and rows_prev[-1:].isdigit() \
                    and (u := _NUMBER_GOES_ON.match(line)) is not None and u.end() == len(line.rstrip()):
                pos += len(line) + 1  # (a big figure's unit on a line of its own, "2011.8\n亿元": the figure's, no caption)
                continue
            elif kind == "C" and _CHANGE_LINE.match(line):
                # a change alone on its line is no caption: under a figure's caption it is that item's ("4741.1亿元\n地区
                # 生产总值\n增长5.9%\n1321.8亿元\n…"), left out of the turns; under a figure it ends the run (a page that
                # names first: "农村居民人均可支配收入\n28317元\n增长7.5%\n1.3万\n城镇新增就业")
                if len(lines) >= 2 and lines[-1][1] == "C" and lines[-2][1] == "V":
                    pos += len(line) + 1
                    continue
                kind = "O"
            elif kind == "V" and len(lines) >= 2 and lines[-1][1] == "C" and lines[-2][1] == "V" \
                    and SIGNED_POINTS_LINE.fullmatch(line) and not _change_only_under(text, pos + len(line) + 1):
                # a signed change in points under a share card's caption ("58.3%\n常住人口城镇化率\n↑0.9个百分点"): that
                # card's change (facts._points_under), not the next card's figure first, left out of the turns (decision 460)
                pos += len(line) + 1
                continue
            elif kind == "O" and lines and _second_change_over_name(text, pos, pos + len(line)):
                kind = "V"  # (a change under the card above's change, over the next card's name: that card's figure first)
            elif kind == "O" and len(lines) >= 2 and lines[-1][1] == "C" and lines[-2][1] == "V" \
                    and _SIGNED_CHANGE_LINE.fullmatch(line) is not None \
                    and _change_only_under(text, pos + len(line) + 1):
                # (a signed change in a run of figures first over a caption of the change's words only, "3.35%\n研发经费
                # 投入强度\n+0.21个百分点\n较上年提高": the share's own change as a card; over a name, "+0.6个百分点\n
                # 空气质量优良天数\n358天", it stays no figure of that name's)
                kind = "V"
            elif kind == "O" and (not lines or lines[-1][1] == "O" or lines[-1][1] == "C"
                                  and (lines[-1][2] + 1 < pos or text[lines[-1][0]:lines[-1][0] + 1] in _SUBHEAD_MARKS)
                                  and not _names_indicator(text, lines[-1][0], lines[-1][2])) \
                    and _CHANGE_FIGURE_LINE.fullmatch(line):
                # (under prose or a heading (a blank line after it, or a sub-head's mark: "▍今后五年"), not under a figure
                # or a name: it opens the run as a figure does)
                kind = "V"
            lines.append((pos, kind, pos + len(line)))
            rows_prev = line.rstrip()
        pos += len(line) + 1
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][1] == "VC"[(j - i) % 2]:
            j += 1
        if j > i + 1 and _change_under_named_level(text, lines, i):
            # (the named card's change opens no run: the turns are read again from the block after the next blank line,
            # "…亿元\n↓8.7%\n\n【工业和绿色发展】\n-2.1%\n规模以上工业增加值…", a block setting its figures first)
            i = next((k for k in range(i + 1, j) if lines[k][0] - lines[k - 1][2] > 1), j)
            continue
        # (after a line that names an indicator the page names first: "地区生产总值\n285.6亿元\n…"; or after a
        # caption right above the first figure, each pair a block of its own between blank lines, the page's items
        # caption first: "新增规模以上工业企业\n150家\n\n新建高标准农田\n18万亩")
        # (one card right under a run of figures before their captions on one line, "3%左右｜居民消费价格涨幅\n\n8000亿元\n
        # 2025年地区生产总值": the page's figures come first there too)
        if (j - i >= 4 or j - i == 2 and i and lines[i - 1][1] == "O" and FIGURE_HEAD.match(text, lines[i - 1][0]) is not None) \
                and not (i and lines[i - 1][1] == "C" and (_names_indicator(text, lines[i - 1][0], lines[i][0])
                                                                   or _caption_first(lines, i - 1, j))):
            out.update(lines[k][0] for k in range(i, j, 2))
        i = max(j, i + 1)
    return out, _lone_figure_cards(text, lines)


def _card_name_at(text: str, line: tuple[int, str, int]) -> bool:
    """Whether the line is a card's name: a caption naming an indicator, or a line opening on one that the joins made
    one with its figure ("一般公共预算收入+9.6%")."""
    s, kind, e = line
    return kind == "C" and _names_indicator(text, s, e) \
        or kind == "O" and _indicator_names().match(text, s + _lead_blank(text, s)) is not None


def _lead_blank(text: str, s: int) -> int:
    return len(text[s:s + 8]) - len(text[s:s + 8].lstrip(" \t\u3000"))


def _lone_figure_cards(text: str, lines: list[tuple[int, str, int]]) -> set[int]:
    """The figures of cards that set their figure first (its change maybe under it) on a page whose other cards name
    first, where the card's name has no figure of its own under it, another name right under it ("6.5%以上\n地区生产总值
    增长\n规上工业增加值增长\n8%左右", "44178元\n+6.8%\n城镇常住居民人均可支配收入\n农村常住居民人均可支配收入\n22290元"):
    no run of turns holds one card, and a name under a name is no card named first. The figure is not the card's above:
    not under a name (that name's own), nor under a figure that is not a whole card's (a name, then its figure; a level
    then a rate is a level and its change). The change between is the card's (both lines are returned)."""
    out: set[int] = set()
    for i in range(len(lines) - 2):
        s, kind, e = lines[i]
        if kind != "V" or text[s:e].lstrip(" \t\u3000")[:1] in _SIGNED_FIRST:
            continue
        k = i + 2 if lines[i + 1][1] == "V" and _SIGNED_CHANGE_LINE.fullmatch(text, lines[i + 1][0], lines[i + 1][2]) \
            and "%" not in text[s:e] else i + 1
        if k + 1 >= len(lines) or lines[k][1] != "C" or lines[k + 1][1] == "V" \
                or not _names_indicator(text, lines[k][0], lines[k][2]) \
                or _indicator_names().match(text, lines[k + 1][0] + _lead_blank(text, lines[k + 1][0])) is None:
            continue  # (the name under it may be a card named first on one line: "规上工业增加值增长8%左右")
        if i and lines[i - 1][1] == "C" and _names_indicator(text, lines[i - 1][0], lines[i - 1][2]) \
                and not qualitative_item(text[lines[i - 1][0]:lines[i - 1][2]]):
            continue  # (that name's own figure; but a name and its target in words, "居民收入增长与经济增长同步", is whole)
        if i and lines[i - 1][1] == "V" and not (
                i >= 2 and _card_name_at(text, lines[i - 2])
                and ("%" in text[lines[i - 1][0]:lines[i - 1][2]] or "%" not in text[s:e])
                or i >= 3 and lines[i - 2][1] == "V" and _card_name_at(text, lines[i - 3])):
            continue  # (a whole card above: its name, then its figure, or its figure and its change in either order)
        out.add(s)
        if k == i + 2:
            out.add(lines[i + 1][0])
    return out | _figure_change_name_run(text, lines)


def _figure_change_name_run(text: str, lines: list[tuple[int, str, int]]) -> set[int]:
    """The figures and changes of a run of cards each set figure, signed change, name ("【2022年发展成就】\n5502.7亿元\n
    +5.2%\n地区生产总值\n44178元\n+6.8%\n城镇常住居民人均可支配收入"), two cards or more, the run opening the page or
    under a line that names no indicator (a heading): a page that names first opens on its name ("地区生产总值\n5502.7亿元
    \n+5.2%\n一般公共预算收入\n…"), the same turns one line on (decision 428's cards, left as they were read)."""
    out: set[int] = set()
    i = 0
    while i + 5 < len(lines):
        if i and _card_name_at(text, lines[i - 1]) or lines[i - 1][1] == "V" and i:
            i += 1
            continue
        j = i
        while j + 2 < len(lines) and lines[j][1] == "V" and text[lines[j][0]:lines[j][2]].lstrip(" \t\u3000")[:1] not in _SIGNED_FIRST \
                and _SIGNED_CHANGE_LINE.fullmatch(text, lines[j + 1][0], lines[j + 1][2]) \
                and lines[j + 2][1] == "C" and _names_indicator(text, lines[j + 2][0], lines[j + 2][2]):
            j += 3
        if j - i >= 6:
            out.update(lines[k][0] for k in range(i, j) if lines[k][1] == "V")
        i = max(j, i + 1)
    return out


# a line that opens with a figure and then, after a gap of spaces (or a bar), its caption ("8.2万人  城镇新增就业", "6%左右 地区生产总值
#预期增长", "●150个  实施重点项目"): a 数读 page that sets each figure before its caption on one line (no year: "2024年 目标")
# (the unit right after the number, no date's: not a spaced PDF's "5 年 来", "3月  重点工作")
# (or a bar or a colon between: "1.2万人丨城镇新增就业", "5%左右｜地区生产总值增长" (its full-width bar read as "|"), "1200万人以上：城镇新增就业目标"; a range's two ends too,
# "4.5%—5%：国内生产总值增长目标"; the caption may open on its year, "2026年国内生产总值增长目标")
_FIGURE_HEAD = (r"[ \t\u3000]*(?:[◆■●▲★◇□▶►◎•▪·][ \t\u3000]*)?(?!(?:19|20)\d\d[ \t]*年)[↑↓]?\d[\d.,]*(?![年月日时点])"
                r"(?:%?[—～~－-]{1,2}\d[\d.,]*)?"
                r"(?:%|个百分点|(?:万亿|亿|万|千)?[\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff]{1,3})?)(?:左右|以上|以内|以下)?"
                r"(?:[ \t\u3000]+|[ \t\u3000]*[丨|：:][ \t\u3000]*)(?=[\u4e00-\u9fff]|(?:19|20)\d\d年)"
                r"(?!(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|上涨)[ \t\u3000]*[↑↓\-−]?\d)")  # (an amount and its change,
# "31650元  增长4.9%", is no figure and its caption)
FIGURE_HEAD = lazy("^" + _FIGURE_HEAD, re.M)
# the same after a line break: a pattern opening on a literal character is searched by skipping to it (a "^" is
# tried at every character)
_FIGURE_HEAD_AFTER_BREAK = lazy("\n(" + _FIGURE_HEAD + ")")


def figure_heads(text: str) -> dict[int, int]:
    """Where the lines that open with a figure before their caption on the same line start -> where the caption
    starts ("1.5万人以上  城镇新增就业"): a page of such lines, at least two of them (one such line is as likely prose)."""
    first = FIGURE_HEAD.match(text)
    out = {0: first.end()} if first is not None else {}
    out.update((m.start(1), m.end()) for m in _FIGURE_HEAD_AFTER_BREAK.finditer(text))
    if len(out) < 2:
        return {}
    if "同步" in text or "下达" in text or "稳定" in text:
        # (on such a page a target in words stands where a figure stands: "与经济增长同步  居民人均可支配收入增长")
        out.update((m.start(1), m.end()) for m in _qualitative_head().finditer(text))
    return out


@lru_cache(maxsize=1)
def _qualitative_head() -> re.Pattern:
    """A line that opens with a qualitative target's words, then a gap (spaces, a bar, a colon) and a caption."""
    return re.compile(r"\n(" + qualitative_line().pattern.removesuffix(r"[ \t\u3000]*")
                      + r"(?:[ \t\u3000]+|[ \t\u3000]*[丨|：:][ \t\u3000]*))(?=[\u4e00-\u9fff])")


def _change_under_named_level(text: str, lines: list[tuple[int, str, int]], i: int) -> bool:
    """Whether the run's first figure, lines[i], is a change alone right under a level that is right under an
    indicator's name ("地区生产总值\n770.8亿元\n+4.1%\n固定资产投资\n+6.3%"): that card's change (decision 428), the page
    names first, and the change-only cards after it ("固定资产投资\n+6.3%") are named first too, no figure-first run
    (a second change under it, "…亿元\n-1.9%\n+10.3%\n规上工业增加值", still opens one: decision 457)."""
    if i < 2 or lines[i - 1][1] != "V" or lines[i - 2][1] != "C":
        return False
    (ns, _, ne), (ls, _, le), (s, _, e) = lines[i - 2], lines[i - 1], lines[i]
    return ls == ne + 1 and s == le + 1 \
        and (_CHANGE_ALONE.fullmatch(text, s, e) is not None or _SIGNED_COUNT_ALONE.fullmatch(text, s, e) is not None) \
        and _CHANGE_ALONE.fullmatch(text, ls, le) is None and _names_indicator(text, ns, ne)


# a card's signed change in its count's own unit alone on its line ("251天\n+15天", "3.2万人\n+0.4万人"): the sign makes it
# the card's change as a signed % is, now that a plus opens a figure line (decision 478)
_SIGNED_COUNT_ALONE = lazy(r"[ \t\u3000]*[+＋↑↓\-－−][ \t\u3000]*\d+(?:[.．]\d+)?[ \t\u3000]*(?:万|亿)?[\u4e00-\u9fff][ \t\u3000]*")


def _caption_first(lines: list[tuple[int, str, int]], a: int, b: int) -> bool:
    """Whether the caption and figure lines lines[a:b] (a caption first) pair each caption with the figure
    under it: no blank line inside a pair, one between every two pairs."""
    return all((lines[k + 1][0] - lines[k][2] > 1) == ((k - a) % 2 == 1) for k in range(a, b - 1))


@lru_cache(maxsize=1)
def _indicator_names() -> re.Pattern:
    names = {a.lstrip("^") for ind in vocab.indicators().values() for a in (ind.name, *ind.aliases)}
    # (longest first, then by the name: the same pattern whatever the set's order, so the regex cache finds it)
    return re.compile("|".join(sorted(map(re.escape, (n for n in names if len(n) >= 2)), key=lambda n: (-len(n), n))))


def qualitative_item(line: str) -> bool:
    """Whether ``line`` (a marked line's words) is an indicator's name and its target in words ("单位地区生产总值能耗降低
    完成国家下达目标任务", "居民收入 增长与经济增长同步"): an infographic's item, no sub-head of the page."""
    m = _ITEM_OPENS.match(line)
    n = _indicator_names().match(line, m.end()) if m is not None else None
    return n is not None and _qualitative_under_name(line, n.end())


def _names_indicator(text: str, start: int, end: int) -> bool:
    return _indicator_names().search(text, start, end) is not None


@lru_cache(maxsize=1)
def _work_opens() -> re.Pattern:
    """A marked line opening with an action verb of pledge_verbs.tsv after its mark ("◆新建高标准农田", "★改造城镇老旧小区");
    a digit in it only as a name's, before a Latin letter ("◆新建5G基站", "◆建设4K超高清演播室"), no figure."""
    words = [r[0] for r in vocab.table("pledge_verbs.tsv") if len(r) >= 2 and r[0] and r[1] == "action"]
    return re.compile(r"\s*[◆■●▲★◇□▶►◎]\s*(?:" + "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
                      + r")(?:\d+[A-Za-z]|[^\d]){2,16}$")


def _names_work(text: str, start: int, end: int, nxt: int) -> bool:
    """Whether the marked line text[start:end] names a work by its action and what it counts, no figure in it, and the
    line at ``nxt`` is a count alone ("◆新建高标准农田\n40万亩"): an infographic's task card, its count under its name."""
    k = text.find("\n", nxt)
    return _work_opens().fullmatch(text, start, end) is not None \
        and VALUE_LINE.fullmatch(text, nxt, k if k >= 0 else len(text)) is not None and text[nxt:nxt + 1].isdigit()


def _column_line(line: str, nxt: str) -> bool:
    """Whether ``line`` is as wide as the line after it, ``nxt``, which goes on (a narrow page's column: "我们紧扣
    年初确定的主要目标\n持续用力，规上工业增加值增\n…"), so cut by the page width, whatever its last words."""
    nxt = nxt.rstrip()
    if not nxt:
        return False
    if abs(len(nxt) - len(line.rstrip())) <= 1 and nxt[-1] not in _NO_JOIN_END:
        return True
    # (as wide in half cells, a digit one: "全市经济社会发展主要预期目标\n是：地区生产总值增长6.5%左右；", its last mark
    # hanging past the column)
    wide, width = _half_cells(nxt), _half_cells(line.rstrip())
    return len(nxt) >= 8 and (abs(wide - width) <= 1 or nxt[-1] in _NO_JOIN_END and abs(wide - 2 - width) <= 1)


_ITEM_NUMBER_LINE = lazy(r"[ \t\u3000]*\d{1,2}\.[ \t\u3000]*")
# (the item's percentage: a whole one of two digits or more, "100%", "95%以上"; a number's one-digit fraction is
# a number cut by the page, under a digest's title too: "主要预期目标\n6.\n5%左右", "主要经济指标\n12.\n5%")
_ITEM_PERCENT = lazy(r"\d{2,}(?:\.\d+)?%")
_PLAIN_TITLE_LINE = lazy(r"[^\d。，,；;：:！？!?%]{2,30}")


def _item_number_alone(text: str, line: str, line_start: int) -> bool:
    """Whether ``line`` (not joined to the line above) is only an item's number ("2.") after a full sentence or a
    short title ("…80公里。\n2.\n100%的行政村…", "十件民生实事\n1.\n100%…"): the item's number, not a number cut
    twice by the page ("增长7.9%和\n8.\n1%", whose first cut joined the line to the one above)."""
    if not _ITEM_NUMBER_LINE.fullmatch(line):
        return False
    k = line_start - 1
    while k > 0 and text[k - 1] in " \t\u3000\n":
        k -= 1
    if k <= 0 or text[k - 1] in _NO_JOIN_END:
        return True
    # (a title, not an indicator's name over its figure cut twice: "粮食总产量\n5.\n6亿斤")
    a = text.rfind("\n", 0, k) + 1
    return _PLAIN_TITLE_LINE.fullmatch(text[a:k].strip()) is not None and not _names_indicator(text, a, k)


# a note in brackets on the figure before it, closed on a clause's or an item's mark ("（按可比口径）；", "（不含土地出让收入），",
# "（下同）。"): no heading's number ("（一）", "（3）") is so closed, and no paragraph opens on one
_BRACKET_NOTE_OPENS = lazy(r"[（(](?![一二三四五六七八九十百\d]{1,3}[）)])[^（()）\n。；;]{1,20}[）)][，,；;。、]")


def _opens_words(text: str, e: int) -> bool:
    """Whether the line at ``e`` opens with a word or a figure, not a heading's number ("二、", "（三）", "1.")."""
    return text[e:e + 1].isalnum() and not _HEADING.match(text[e:e + 12])


def _half_cells(line: str) -> int:
    """A line's width in half cells: a Chinese character (or a full-width form) two, an ASCII character one."""
    n = len(line)
    return 2 * n - (3 * n - len(line.encode("utf-8", "surrogatepass"))) // 2


def _cells_as_set(line: str, at: int, indented: set[int] | frozenset[int]) -> int:
    """The width (in half cells) of the line at ``at`` as the page set it: a paragraph's indent (dropped, ``indented``
    holds where it opened a line) is two full-width cells."""
    return _half_cells(line.strip()) + (4 if at in indented else 0)


def column_width(text: str, indented: set[int] | frozenset[int] = frozenset()) -> int:
    """The width (in half cells) of a newspaper's narrow column that cuts the text's lines (8 to 17 characters a line,
    a half-width digit half a cell), where most lines are that wide; 0 for any other text. ``indented``: the starts of
    the lines a paragraph's indent (dropped) opened, two full-width cells narrower."""
    counts: dict[int, int] = {}
    cut: dict[int, int] = {}  # of them, the lines that end inside a sentence (no stop, no colon)
    prose: dict[int, int] = {}  # ...and those that hold a clause's mark (prose: not a list of names, one a line)
    n = 0
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        line = line.strip()
        if line:
            n += 1
            if len(line) <= 40:
                w = _cells_as_set(line, at, indented)
                counts[w] = counts.get(w, 0) + 1
                if line[-1] not in _NO_JOIN_END:
                    cut[w] = cut.get(w, 0) + 1
                if _PROSE_MARKS.search(line):
                    prose[w] = prose.get(w, 0) + 1
    if not counts:
        return 0
    mode = max(counts, key=counts.get)
    # (the column's lines all as wide, a half cell less where an odd number of half-width characters leaves one
    # empty; most of them cut inside a sentence: not a digest's short items, one a line, of about one width)
    near = counts[mode] + counts.get(mode - 1, 0)
    return mode if 16 <= mode <= 34 and near >= 6 and near >= 0.5 * n and cut.get(mode, 0) + cut.get(mode - 1, 0) >= 0.8 * near \
        and prose.get(mode, 0) + prose.get(mode - 1, 0) >= 0.3 * near else 0


_PROSE_MARKS = lazy(r"[，、；。,;]")
_NAME_CUT_TAIL = lazy(r"[，；,;][^\d，；,;。：:%）)]{2,16}$")  # (the next clause, its name with no figure yet)
# the rest of a sentence alone on its line: a few words, a figure or not, and its stop, no clause mark ("目标。", "天数达到240天。")
_SENTENCE_TAIL = lazy(r"[^\s，,；;：:。！？!?、（）()“”]{1,14}[。；;]")
# (an amount with its unit or its %, "2.5万亩", "80公里", "6.5%": no year's, month's, day's or session's number)
_AMOUNT_IN = lazy(r"\d(?:\.\d+)?[万亿]?(?:%|[^\d.年月日号届次期\s，、；。,;])")
_NARROW_REST_MARK = lazy(r"[，、；。：,;:！？!?]")  # (a sentence's mark: the line under a narrow page's line goes on it)
_FIGURE_IN = lazy(r"\d(?:\.\d+)?(?:%|个百分点|(?:万亿|亿|万)?元)")  # (a figure with its unit, not a year: an item's, no title's)


def _frame_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a line of a portal's frame that the noise patterns leave, no line of the copy: a
    byline's or a page's label, or a date, opening it (``_chrome_line``: "发布时间：2018-01-10 10:11　来源：…"), or a
    breadcrumb's label or a prompt to scan or share (cues.tsv frame_line_opens: "当前位置：首页>政务公开>政府文件",
    "扫一扫在手机打开当前页"), with no sentence's mark. A narrow layer saved inside a portal's page keeps them around its
    lines: counted among the layer's lines cut inside a sentence, they made its lines of one length fewer than the three
    in five that tell the layer (narrow_chars, decision 393). (page_chars and page_width still count them: a frame line is
    seldom of a page's width, and there it only adds to the six cut lines those ask for — a news lead's few lines under
    its dateline read their width so, tests/test_prn47b.py.)"""
    if line[:1] in _CHROME_FIRST and _chrome_line(line):
        return True
    return line.startswith(_frame_line_opens()) and _CHROME_PROSE.search(line) is None


@lru_cache(maxsize=1)
def _frame_line_opens() -> tuple[str, ...]:
    return vocab.cues().get("frame_line_opens", ())


def _cut_line_widths(text: str, width, heads: dict[int, int] | None = None, shortest: int = 12,
                     marked: dict[int, int] | None = None, frame: bool = False) -> tuple[dict[int, int], int]:
    """Of a text's lines that end inside a sentence (``shortest``–60 characters, no stop or colon at their end), how many
    are of each ``width(line, at)`` (the line stripped, at its start), and how many there are; with ``heads``, of each
    width how many are numbered titles (no figure, no sentence's end) counted into it; with ``marked``, how many hold a
    clause's mark inside (before their last character); with ``frame``, a portal's frame line (``_frame_line``) not
    counted."""
    counts: dict[int, int] = {}
    n = 0
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        end = at + len(line.rstrip()) - 1
        line = line.strip()
        if shortest <= len(line) <= 60 and line[-1] not in _NO_JOIN_END and not (frame and _frame_line(line)) \
                and not (line[-1] in "）)" and _note_closes(text, end)):
            n += 1
            w = width(line, at)
            counts[w] = counts.get(w, 0) + 1
            if marked is not None and _PROSE.search(line[:-1]) is not None:
                marked[w] = marked.get(w, 0) + 1
            if heads is not None and (hm := _HEADING.match(line)) is not None and "。" not in line \
                    and _ANY_DIGIT.search(line, hm.end()) is None:
                heads[w] = heads.get(w, 0) + 1
    return counts, n


def _note_closes(text: str, end: int) -> bool:
    """Whether the bracket closing at ``end`` opened right after a sentence's end, on its line or one above ("…增长7%左右。
    （牵头单位：市发展改革委；配合单位：市" over "统计局）"): a task's note closing its paragraph, as a stop does, no line a
    page's width cut inside a sentence (a 分工方案 printed as a PDF's layer, each item closed so; decision 433)."""
    o = max(text.rfind("（", max(0, end - 120), end), text.rfind("(", max(0, end - 120), end))
    return o > 0 and text[o - 1] in "。！？；" and text.find("）", o, end) < 0 and text.find(")", o, end) < 0


def page_width(text: str, indented: set[int] | frozenset[int] = frozenset()) -> int:
    """The width (in half cells) of a page's lines as a PDF converter prints them, each line the page's width but a
    paragraph's last, where most lines that end inside a sentence (no stop, no colon) are that wide (a half cell less
    where a full-width glyph did not fit); 0 for any other text (a web page's paragraphs, one a line). ``indented`` as
    for column_width."""
    heads: dict[int, int] = {}  # (of them, the numbered titles: no figure, no sentence's end)
    counts, n = _cut_line_widths(text, lambda line, at: _cells_as_set(line, at, indented), heads)
    if n < 6:
        return 0
    mode = max(counts, key=counts.get)
    if counts.get(mode + 1):  # (the mode is the width less a half cell: a line's full width is the larger)
        mode += 1
    near = counts[mode] + counts.get(mode - 1, 0)
    # (a page's width cuts its prose lines: where most lines of the width are numbered headings, a web page's paragraphs
    # one a line under titles of one length, “（六）保障改善民生，增进人民福祉”, no converter's page cut them)
    return mode if mode >= 32 and near >= 0.4 * n and heads.get(mode, 0) + heads.get(mode - 1, 0) <= 0.5 * near else 0


def _full_by_count(line: str, at: int, indented: set[int] | frozenset[int], chars: int) -> bool:
    """Whether ``line`` (at ``at``) is as long as a page's lines that a converter cut by count (``chars``, of
    page_chars; 0: none)."""
    return bool(chars) and len(line.strip()) + (2 if at in indented else 0) == chars


def page_chars(text: str, indented: set[int] | frozenset[int] = frozenset()) -> int:
    """The length (in characters) of a page's lines as a converter that cuts them by count prints them, every line that
    ends inside a sentence as long (a half-width digit a character as a Chinese one is): 0 for any other text (a web
    page's paragraphs, one a line; a page cut by its width in cells, whose lines with digits hold more characters).
    ``indented`` as for column_width: a paragraph's indent (dropped) two characters."""
    counts, n = _cut_line_widths(text, lambda line, at: len(line) + (2 if at in indented else 0))
    if n < 6:
        return 0
    mode = max(counts, key=counts.get)
    if mode >= 20 and counts[mode] < 0.6 * n and counts.get(mode + 1):
        # (a typesetter hangs a closing mark past the count, "…全州地区生产总值完成885.1亿元，" a character longer than
        # the page's lines: such a line is one of them)
        def width(line: str, at: int) -> int:
            w = len(line) + (2 if at in indented else 0)
            return w - 1 if w == mode + 1 and line[-1] in _HANGING_MARKS else w
        counts, n = _cut_line_widths(text, width)
    return mode if mode >= 20 and counts[mode] >= 0.6 * n else _indent_four_chars(text, indented)


def _indent_four_chars(text: str, indented: set[int] | frozenset[int]) -> int:
    """page_chars of a layer whose paragraphs open four characters into the page's count, not the two read (an indent typed
    in the text and the page's own, "　　　　今年是…": a Word file's "　　" inside a style that indents too): its flush lines
    that end inside a sentence, six or more, three in five of one count (20 or more), and its first lines that end so, a
    clause's mark inside, three or more and three in five four characters shorter; 0 otherwise (prn63b: with the first
    lines read two short, neither count made three in five, so no line that a semicolon ends was read as the page's)."""
    if not indented:
        return 0
    marked: dict[int, int] = {}
    # (a first line's count negative, apart from the flush lines': one pass over the lines)
    counts, _ = _cut_line_widths(text, lambda line, at: -len(line) if at in indented else len(line), None, 12, marked)
    flush = {w: k for w, k in counts.items() if w > 0}
    firsts = sum(k for w, k in marked.items() if w < 0)
    if sum(flush.values()) < 6 or firsts < 3:
        return 0
    mode = max(flush, key=flush.get)
    return mode if mode >= 20 and flush[mode] >= 0.6 * sum(flush.values()) and marked.get(4 - mode, 0) >= 0.6 * firsts \
        else 0


def few_cuts_chars(text: str, indented: set[int] | frozenset[int] = frozenset(), inner: dict | None = None) -> int:
    """The length (in characters) of a short page's lines as a converter that cuts them by count prints them, where too few
    lines end inside a sentence for page_chars (fewer than six) but three or more of those that a clause's mark is inside
    (a sentence's lines, no numbered title's), three in four of them, are of one length, 24 characters or more (the others
    a character or two short: a figure and its "%" go down to the next line together); 0 otherwise. ``inner``: by a
    line's start, the spaces dropped inside it ("提高1. 2个百分点"); such a line counts at the width the lines without
    any give, with its spaces or without (a space typed in the text takes a place of the count, a kerning gap a layer
    reads as a space takes none)."""
    widths: dict[int, int] = {}
    spaced: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        st = line.strip()
        if 12 <= len(st) <= 60 and st[-1] not in _NO_JOIN_END and _CLAUSE_MARK.search(st[:-1]) is not None \
                and _HEADING.match(st) is None:
            w = len(st) + (2 if at in indented else 0)
            if inner and inner.get(at):
                spaced.append((w, w + inner[at]))
            else:
                widths[w] = widths.get(w, 0) + 1
    for w, ws in spaced:
        w = ws if widths.get(ws, 0) > widths.get(w, 0) else w
        widths[w] = widths.get(w, 0) + 1
    if not widths:
        return 0
    w = max(widths, key=widths.get)
    n = sum(widths.values())
    return w if n < 6 and widths[w] >= 3 and widths[w] >= 0.75 * n and w >= 24 \
        and all(w - 2 <= x <= w for x in widths) else 0


def narrow_chars(text: str, indented: set[int] | frozenset[int] = frozenset()) -> int:
    """The length (in characters, 10 to 19) of a narrow page's lines as a converter that cuts them by count prints them
    (a booklet's or a phone's PDF layer: "重点抓好以下工作：新开工亿元以\n上项目150个，…"), where six or more lines end inside
    a sentence (no stop, no colon at their end), three in five of those (10 to 60 characters) are of one length, and a
    third of that length's lines hold a clause's mark inside (a sentence's lines, no list of names or titles one a line);
    0 otherwise. page_chars reads 20 characters and more; column_width counts cells, which a line's half-width digits
    make narrower than the page's count. ``indented`` as for column_width."""
    prose: dict[int, int] = {}
    # (a portal's frame lines around a layer saved in its page not counted: decision 393)
    widths, n = _cut_line_widths(text, lambda line, at: len(line) + (2 if at in indented else 0), None, 10, prose, True)
    if n < 6:
        return 0
    w = max(widths, key=widths.get)
    return w if 10 <= w <= 19 and widths[w] >= 6 and widths[w] >= 0.6 * n and prose.get(w, 0) >= 0.3 * widths[w] else 0


_DIGIT_IN_LINE = re.compile(r"\d")


def _narrow_rest(text: str, start: int, width: int = 0) -> bool:
    """Whether the line at ``start``, under a narrow page's line of its count with no clause mark, is the rest of that
    line's sentence: it holds a mark ("目标是：地区生产总值增长7.5", "的主要目标是：…", "上项目150个，…"), and is no
    address to the deputies ("各位代表："). A line with no mark at all (a list's next name, a slogan's next line, "第五
    次会议上" under a byline) is read as before the narrow page's rule, apart — unless it is itself a cut line of the
    page's count (``width``) holding a figure whose own next line holds a mark: a sentence over three lines whose middle
    line has none ("…新建乡镇自" / "来水厂3座铺设供水管网260公" / "里，…", decision 374; a slogan's or a list's lines hold
    no figure)."""
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line.startswith(vocab.cues().get("deputy_address", ())) and line[-1:] in "：:" and len(line) <= 8:
        return False
    if _NARROW_REST_MARK.search(line) is not None:
        return True
    return width > 0 and end >= 0 and len(line) == width and _DIGIT_IN_LINE.search(line) is not None \
        and _narrow_rest(text, end + 1) and _under_way(text, start, width)


def _under_way(text: str, start: int, width: int) -> bool:
    """Whether the line over the line above ``start`` is a sentence's line of the page's count (``width``) that goes on:
    it holds a mark and ends on no stop ("新增规模以上工业企业30家。实" over "施城乡供水一体化工程新建乡镇自"), so the line
    above ``start`` is a sentence's middle, not a slogan's or a heading's line over a task's first (decision 374)."""
    a = text.rfind("\n", 0, max(0, start - 1)) + 1  # (the line above start)
    if a <= 0:
        return False
    b = text.rfind("\n", 0, a - 1) + 1
    line = text[b:a - 1].strip()
    return len(line) == width and line[-1:] not in "。！？!?" and _NARROW_REST_MARK.search(line) is not None


def _full_or_hung(text: str, line: str, line_start: int, indented, page, column, chars):
    """``_as_page_line`` of ``line``, or of it less its last mark, which may hang past the width (a typesetter keeps a
    closing mark on the line it closes): (full, page, column, chars)."""
    full, page, column, chars = _as_page_line(text, line, line_start, indented, page, column, chars)
    if not full:
        full, page, column, chars = _as_page_line(text, line[:-1], line_start, indented, page, column, chars)
    return full, page, column, chars


def _as_page_line(text: str, line: str, at: int, indented, page, column, chars) -> tuple[bool, int, int, int]:
    """(whether ``line``, at ``at``, is as wide as a page's lines — in cells, a narrow column's width standing for the
    page's, or in characters —, page, column, chars): the page's width, the column's and its lines' length in characters
    found where first asked (None: not yet) and handed back, so that a text's are found once."""
    if page is None:
        if column is None:
            column = column_width(text, indented)
        page = page_width(text, indented) or column
    if chars is None:
        chars = page_chars(text, indented)
    full = bool(page) and 0 <= page - _cells_as_set(line, at, indented) <= 1 or _full_by_count(line, at, indented, chars)
    return full, page, column, chars


# a paragraph's indent opening a line (two spaces to eight: an ideographic space is folded to one; a wider one is a
# layout's, a centred title's or a right column's line alone)
_INDENT = lazy(r"^[ \t]{2,8}(?=\S)", re.M)


def _indented_starts(text: str, drops: list[tuple[int, int]]) -> set[int]:
    """Where the lines that a paragraph's indent opens start once the spaces ``drops`` (sorted) are dropped: a line that
    opens with a wider indent than the next line's (a PDF converter's first line of a paragraph, the lines after it
    flush; not a page's margin, which every line has)."""
    out: list[int] = []  # (sorted: in the text's order)
    flush: list[int] = []
    n = len(text)
    for m in _INDENT.finditer(text):
        p = m.end()
        nl = text.find("\n", p)
        if nl < 0:
            break
        q = ls = nl + 1  # (the next line that holds text: a page's foot may have left blank lines between)
        while q < n and text[q] in " \t\n":
            if text[q] == "\n":
                ls = q + 1
            q += 1
        if q >= n:
            continue
        if q - ls >= p - m.start():
            # (a paragraph of one line, the next as indented, under a flush line of text: "…居民收\n入增长与经济增长同步\n
            # 　　民生实事\n　　新增城镇就业…", where the layer's paragraphs are shown to open on an indent)
            ps = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
            if m.start() > 0 and ps < m.start() - 1 and text[ps] not in " \t\n":
                flush.append(p)
            continue
        out.append(p)
    return _after_drops(sorted(out + flush) if out else out, drops)


def _after_drops(positions: list[int], drops: list[tuple[int, int]]) -> set[int]:
    """Where the characters at ``positions`` (sorted, none dropped) stand once ``drops`` (sorted) are dropped."""
    out: set[int] = set()
    k, dropped, nd = 0, 0, len(drops)
    for p in positions:
        while k < nd and drops[k][1] <= p:
            dropped += drops[k][1] - drops[k][0]
            k += 1
        out.add(p - dropped)
    return out


# a page set in two columns that a converter printed across both, line by line (pdftotext): a column's line, a gap of three
# spaces or more, the other column's line
_COLUMN_GAP = lazy(r"(?<=\S)[ \t]{3,}(?=\S)")


def _hans(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def _two_columns(text: str) -> tuple[list[int], list[int]]:
    """(gaps, pieces) of the pages set in two columns: the first space of each gap between the columns (read as a line
    break), and where each column's piece of a line starts (and each line of one column under them), which no break
    joins to the line before: read across, two columns' halves would make one sentence (a wrong figure, "建成区绿化覆盖
    三是…PM2.5平均率达到43.6%"); kept apart, a column's sentence the page cut gives no figure, and none is made up.
    A block opens with two lines whose prose (six Chinese characters or more a side, two in the second; a clause's mark in
    each column) one gap parts at the same place
    (the same character or the same half cell, give or take two: a converter's layout is approximate); its lines go on
    while one gap parts them there, or one column's line stands alone."""
    gaps: list[int] = []
    pieces: list[int] = []
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    cols: list[tuple[int, int, int, int, int] | None] = []  # (gap start, gap end, its half cell, Chinese left, right)
    for line in lines:
        col = None
        if len(line) >= 8 and ("   " in line or "\t" in line):
            found = list(_COLUMN_GAP.finditer(line))
            if len(found) == 1:
                g = found[0]
                col = (g.start(), g.end(), _half_cells(line[:g.end()]), _hans(line[:g.start()]), _hans(line[g.end():]))
        cols.append(col)

    def aligned(a, b) -> bool:
        return abs(a[1] - b[1]) <= 2 or abs(a[2] - b[2]) <= 2

    i, n = 0, len(lines)
    while i + 1 < n:
        a, b = cols[i], cols[i + 1]
        if a is None or b is None or min(a[3], a[4]) < 6 or min(b[3], b[4]) < 2 or not aligned(a, b) \
                or not (_PROSE_MARKS.search(lines[i], 0, a[0]) or _PROSE_MARKS.search(lines[i + 1], 0, b[0])) \
                or not (_PROSE_MARKS.search(lines[i], a[1]) or _PROSE_MARKS.search(lines[i + 1], b[1])):
            i += 1  # (prose on both sides, a clause's mark in each column: a table's names and values have none)
            continue
        j = i
        last = ""  # the column the line before ended in: a line of the same column goes on from it
        while j < n:
            line = lines[j]
            c = cols[j]
            lead = len(line) - len(line.lstrip(" \t"))
            if c is not None and c[3] and c[4] and aligned(a, c):
                gaps.append(starts[j] + c[0])
                if j > i:
                    pieces.append(starts[j] + lead)
                pieces.append(starts[j] + c[1])
                last = "right"
            elif line.strip() and lead >= a[1] - 2:  # the right column's line alone
                if last != "right":
                    pieces.append(starts[j] + lead)
                last = "right"
            elif line.strip() and len(line.rstrip()) <= a[0] and j > i:  # the left column's line alone
                if last != "left":
                    pieces.append(starts[j] + lead)
                last = "left"
            else:
                break
            j += 1
        i = j
    return gaps, pieces


def _bar_pair(line: str) -> bool:
    """Whether ``line`` is an infographic's "name｜figure" line: two cells, words then a figure (or a change and a figure)."""
    k = line.find("|")
    return k > 0 and line.find("|", k + 1) < 0 and _BAR_NAME.fullmatch(line, 0, k) is not None \
        and _BAR_FIGURE.match(line, k + 1) is not None


def _change_row_follows(text: str, e: int) -> bool:
    """Whether the line at ``e`` is an infographic's change line ("同比增长｜6.1%"), or a "name｜figure" line right over
    one that opens with 分别 ("分别增长｜4.6%、5.9%")."""
    le = text.find("\n", e)
    line = text[e:le if le >= 0 else len(text)]
    if not _bar_pair(line):
        return False
    k = line.find("|")
    if _change_opens().fullmatch(line, 0, k):
        return True
    if le < 0 or text.startswith("\n", le + 1):
        return False
    le2 = text.find("\n", le + 1)
    nxt = text[le + 1:le2 if le2 >= 0 else len(text)]
    return nxt.startswith("分别") and _bar_pair(nxt) and _change_opens().fullmatch(nxt, 0, nxt.find("|")) is not None


# a card's head, an indicator's name in brackets alone on its line ("【地区生产总值】"), and the card's sentence under it,
# opening on the year it dates (去年/上年/今年, a year: "去年完成4401.1亿元", "今年预期增长6.5%左右")
_CARD_HEAD_LINE = lazy(r"[ \t\u3000]*【[\u4e00-\u9fff、和及与（）()]{2,20}】[ \t\u3000]*")
_CARD_BODY = lazy(r"[ \t\u3000]*(?:去年|上年|今年|(?:19|20)\d\d年)")
# the line ends a page's break leaves where its mark and running head were dropped: four to eight, as the facts'
# ``_page_break_left`` reads them (a layout's blank line between paragraphs is one)
_PAGE_BREAK_LEFT_MIN, _PAGE_BREAK_LEFT_MAX = 4, 8
# an explainer card's change signed alone on its line under the card's level ("412.6亿元\n+6.3%", "31265元\n↑7.4%",
# "52.4%\n+1.6个百分点"; decision 428): the level's line goes on into it as "26.8亿元 +5.1%" on one line is read, and the
# card ends after it (the next card's name opens a line of its own); a change in days or an amount ("236天\n+12天") is
# no such line (no fact, facts.md)
_SIGNED_FIRST = frozenset("+＋↑↓")
_YEAR_AFTER_FIRST = frozenset("目主奋预发重")  # (the first characters of YEAR_AFTER_HEAD's words)


def _prose_paragraph(text: str, e: int) -> bool:
    """Whether the line at ``e`` opens a paragraph of prose: a sentence of its own, a clause mark in its first 40
    characters, not a figure's rest (a bound, a joining word, a mark that closes)."""
    line = text[e:e + 40].split("\n", 1)[0]
    return len(line) >= 8 and line[:1] not in _ITEM_GOES_ON and not line.startswith(("左右", "以上", "以内", "以下")) \
        and "\u4e00" <= line[:1] <= "\u9fff" and _PROSE.search(line) is not None


# (a card's change may carry its rank on its own line after a comma, "+4.1%，居全市第2位": the rank the line under it would
# hold, _PLACED_RANK_LINE's words, the line still the card's change; lft63c)
_SIGNED_CHANGE_LINE = lazy(r"[ \t\u3000]*[+＋↑↓][ \t\u3000]*\d+(?:[.．]\d+)?[ \t\u3000]*(?:%|％|个百分点)"
                           r"(?:[，,][ \t\u3000]*(?:增速|增幅|总量|排名|位次)?[居列排位]?[列于名次]?全[国省市州区县盟旗]第\d{1,3}[位名])?"
                           r"[ \t\u3000]*(?=\n|$)")
_LEVEL_LINE_END = lazy(r"\d(?:[.．]\d+)?[ \t\u3000]*(?:%|％|[\u4e00-\u9fff]{1,3})[ \t\u3000]*$")


@once
def _change_in_line() -> re.Pattern[str]:
    """A change already on the level's line ("增长4.1%", "+5.1%"; cues.tsv growth_verb, or a sign): the signed line under
    it is the next card's figure, its name after it ("增长4.1%\n↑8.9%\n规上工业增加值增速"), not this card's change."""
    words = "|".join(map(re.escape, vocab.cues().get("growth_verb", ()))) or "(?!)"
    return re.compile(rf"{words}|[+＋↑↓]")


# (the line's end may be a Windows \r\n, its indent full-width: a card page printed so, decision 442; the figure's digits
# split by a space, a PDF's kerning, "-2. 1%", decision 462)
_MINUS_CHANGE_LINE = lazy(r"\n[ \t\u3000]*([-－−])(?=[ \t\u3000]*\d(?: ?[\d.．])*[ \t\u3000]*(?:%|％|个百分点)[ \t\u3000\r]*(?:\n|$))")


# a card's change alone on its line, unsigned ("6.8%"), or signed (decision 441)
_CHANGE_ALONE = lazy(r"[ \t\u3000]*[+＋↑↓\-－−]?[ \t\u3000]*\d+(?:[.．]\d+)?[ \t\u3000]*(?:%|％|个百分点)[ \t\u3000]*")


def rate_card_at(text: str, e: int) -> bool:
    """Whether the line at ``e`` is only a change ("6.8%", "+8.1%") over a rate's name with no figure and none under it
    ("农村居民人均可支配收入增速"; ``_rate_name_under``): a card that sets its figure first among cards that name first,
    its own, neither the change of the level above nor the name's words run on (decision 441; 430's left)."""
    le = text.find("\n", e)
    return le > e and _CHANGE_ALONE.fullmatch(text, e, le) is not None \
        and (_rate_name_under(text, e) or _second_change_over_name(text, e, le))


# a line that ends on a change, alone or after its card's name and level ("地区生产总值13070.2亿元↓1.9%", joined)
_ENDS_ON_CHANGE = lazy(r".*?[+＋↑↓▲▼\-－−][ \t\u3000]*\d+(?:[.．]\d+)?[ \t\u3000]*(?:%|％)[ \t\u3000]*")


def _second_change_over_name(text: str, e: int, le: int) -> bool:
    """Whether the signed change at ``e`` (``le`` its line's end) stands right under a line ending on another change (alone, or a whole card's) and
    over a name with no figure ("…\n13070.2亿元\n-1.9%\n+10.3%\n规上工业增加值\n71.2%\n常住人口城镇化率"): the card above has its
    change, so this one is the next card's, its figure first though its name lacks a rate's word (decision 457); one
    change alone under a level ("1403.2亿元\n+4.1%\n一般公共预算收入") stays the level's."""
    if text[e:le].lstrip(" \t\u3000")[:1] not in ("+", "＋", "↑") or e < 2:
        return False
    above = text.rfind("\n", 0, e - 1) + 1
    if _ENDS_ON_CHANGE.fullmatch(text, above, e - 1) is None:
        return False
    name = text[le + 1:text.find("\n", le + 1) % (len(text) + 1)].strip()
    return 0 < len(name) <= 20 and not any(c.isdigit() for c in name)


def _line_over_break(text: str, end: int) -> str:
    """The line of text ending at ``end`` (its \r aside), or, where that is a page's break (its mark, the running head
    by it, blank lines: "152.3亿元\n- 2 -\n博罗县人民代表大会常务委员会公报\n-12.4%", a Word file's footer and header
    between a card's level and its change), the line over the break (decision 462)."""
    marked, passed = False, False
    for _ in range(5):
        ls = text.rfind("\n", 0, end) + 1
        line = text[ls:end].rstrip("\r")
        st = line.strip()
        mark = _is_mark(st)
        if st and not mark and not (len(st) <= 30 and _header_words().search(st) and not _ANY_DIGIT.search(st)):
            return line if marked or not passed else ""  # (a blank line alone between them sets the card apart)
        marked, passed = marked or mark, True
        if ls == 0:
            break
        end = ls - 1
    return ""


def _card_name_line(line: str) -> bool:
    """Whether ``line`` is a card's name alone: short, no figure, no clause's mark, an indicator's name in it ("社会消费品
    零售总额" over "-1.8%": the card's fall, as under its level; a figure-first page's "-2.1%" under the card above's
    name is kept apart as its arrow is, by figure_lines). A reading-aid page's pinyin in the name ("社会消费（xiāo fèi）品
    零售总额"), dropped only later in ``normalize``, is read without it here: the name is the card's as the page's reader
    reads it (decision 484)."""
    st = line.strip()
    if _TONE_MARK.search(st) is not None:
        st = _without_readings(st)
    return 0 < len(st) <= 16 and _ANY_DIGIT.search(st) is None and _CLAUSE_MARK.search(st) is None \
        and _indicator_names().search(st) is not None


def _block_names_first(text: str, at: int) -> bool:
    """Whether the block of lines holding the line break ``at`` (its lines up to a blank line or the text's start, a
    bracketed or marked head aside: "【2020年成绩单】") opens on a name, not a figure: its cards name first ("地区生产总值\n
    770.8亿元\n+4.1%\n社会消费品零售总额\n-1.8%"); a block opening on a figure sets its figures first ("【工业和绿色发展】\n
    -2.1%\n规模以上工业增加值\n-3.4%\n单位生产总值能耗": the minus is the next card's, adv58)."""
    b = text.rfind("\n\n", 0, at)
    first = ""
    for line in text[b + 2 if b >= 0 else 0:at].split("\n"):
        st = line.strip()
        if st and not (st[:1] in "【[◆■●▲★" or st[-1:] in "】]"):
            first = st
            break
    return bool(first) and VALUE_LINE.fullmatch(first) is None and not first[:1] in "+＋↑↓-－−"


def _card_minus_as_fall(text: str) -> str:
    """A card's change signed with a minus alone on its line under the level ("41.6亿元\n-3.2%"): the fall the card's
    arrow writes ("↓3.2%"), one character for one, so decision 428's join reads it as the card's change (a minus after a
    level on one line was read as a range's dash, "41.6亿元-3.2%"; decision 430)."""
    chars = None
    for m in _MINUS_CHANGE_LINE.finditer(text):
        above = _line_over_break(text, m.start())
        if _LEVEL_LINE_END.search(above) and _change_in_line().search(above) is None \
                or _card_name_line(above) and _block_names_first(text, m.start()):
            chars = chars or list(text)
            chars[m.start(1)] = "↓"
    return "".join(chars) if chars else text


# a line break inside an English sentence a PDF's width cut at a space ("…GDP reached 160.9 billion\nyuan, up\n8.4
# percent"): after a word, a figure or a comma, before a word in lower case or a figure (a date opening the line aside:
# "…growth this year\n2022-01-10 | …" is a headline over its date line; opening on its break, the scan tries the
# look-behind at line breaks alone, test_spd49a); a space may stand before the break, a layer's converter keeping it or
# Word's soft break typed after it ("…the registered urban \vunemployment rate": the break read as the zero-width space
# the invisible characters' drop removes, "urban unemployment", an indicator's name whole)
_EN_WRAP = lazy(r"\n(?:(?<=[A-Za-z0-9,%']\n)|(?<=[A-Za-z0-9,%'] \n))(?=[a-z]|(?:(?<=[A-Za-z,]\n)|(?<=[A-Za-z,] \n))\d(?!\d\d\d[-/.]\d))")
_CJK = lazy(r"[\u4e00-\u9fff]")


def _english_wraps(text: str) -> str:
    """An English page's paragraphs wrapped at spaces by a PDF's width read as one line each: a break inside a sentence
    of English is the space it stood for, one character for one (dropped, "billion\nyuan" would read "billionyuan";
    decision 484). The line above is English prose: 40 characters or more, 20 letters or more, no Chinese. Not where
    three in four of the lines so cut or more are of one length (four or more): a converter cutting by count, inside
    words ("i\nn 2018"), whose breaks the joins drop as before; a layer wrapped at spaces makes lines of a few lengths
    (each as long as its words let it: five in nine of one length in a page cut at 60, decision 494)."""
    cuts = []
    for m in _EN_WRAP.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(line) >= 40 and sum(c.isascii() and c.isalpha() for c in line) >= 20 and _CJK.search(line) is None:
            cuts.append((m.start(), len(line)))
    lengths = [n for _, n in cuts]
    if not cuts or len(cuts) >= 4 and max(map(lengths.count, set(lengths))) * 4 >= len(cuts) * 3:
        return text
    chars = list(text)
    for k, _ in cuts:
        chars[k] = "\u200b" if text[k - 1] == " " else " "
    return "".join(chars)


# a card's line: short, no clause mark nor sentence's end ("地区生产总值", "777.6亿元", "+4.3%", "2020年成绩单"); a space
# inside its figure is a PDF's kerning, not a gap between words ("+7 .5%", "+0. 9个百分点", "2 5公里": decision 510)
_CARD_LINE = lazy(r"[ \t\u3000]*(?:[^\s，,、；;。：:！？!?]|(?<=\d) (?=[\d.])|(?<=\d\.) (?=\d)){1,24}[ \t\u3000\r]*")
# (a page set double: of the breaks between two lines of text, this many or more over one blank line, four in five)
_DOUBLE_SET_MIN = 8


def _double_set_card_breaks(text: str) -> list[tuple[int, int]]:
    """A page set double — a blank line after every line: a Word file's paragraphs as its converter gives them, a
    portal's page saved with a blank line after each <p> — read as the page printed it, line under line, where its lines
    are a card's ("地区生产总值\n\n777.6亿元\n\n+4.3%" is one card, as "地区生产总值\n777.6亿元\n+4.3%" is; decisions 428,
    430, 441 ask the level, its change and its name a line apart). One reading, the first stage of ``normalize`` (before
    ``_card_minus_as_fall`` reads a minus change under its level, before the \r and the soft breaks; decision 476,
    merging 462's and 471's): the page is set double where, of the gaps between two lines of text, eight or more are one
    blank line and four in five (a page's mark and running head make the rest; a CR LF page's blank lines are its \r
    alone). On such a page the blank line between two card lines (``_CARD_LINE``: 24 characters at most, no clause mark,
    no sentence's end; a digit on one side) goes, one for each gap ("\n\n\n", two blank lines, keeps one). And on a card
    page whose own lines (a page's mark and the running head right under it aside) stand apart once its cards are so
    joined — eight or more, seven in ten short with no sentence's or clause's mark 。，；！？, three or more a figure alone
    (``_card_figure_line``), one in ten at most next to another (labels over their figures ending on a colon,
    "地区生产总值：\n\n4180.2"; or a page the count above leaves unset, a soft break's line among its few gaps) —
    the blank line after every line goes, a run of two keeping one (decision 471's reading). Kept:
    a prose page set double (a clause mark on one side, or no digit), a heading's gap; a news page of short sentences one
    a paragraph, a bracketed card's sentences ("【地区生产总值】\n\n去年完成…。"), a news page's bare task lines set apart
    (decision 297's run; the page not set double, or no figure alone), a page set line under line."""
    if "\n\n" not in text and "\n\r\n" not in text:
        return []
    lines = text.split("\n")
    starts, k = [], 0
    for ln in lines:
        starts.append(k)
        k += len(ln) + 1
    bare = [ln.strip() for ln in lines]
    full = [i for i, ln in enumerate(bare) if ln]
    pairs = list(zip(full, full[1:]))
    gaps = [b - a for a, b in pairs]
    # (the page's gap: one blank line, or two where more lines are so set — a converter's blank line after each paragraph
    # beside a page's own blank paragraphs, "地区生产总值\n\n\n5502.7亿元\n\n\n+5.2%", read as one; decision 510)
    g = 3 if gaps.count(3) > gaps.count(2) else 2
    one = gaps.count(g)
    # (lines set line under line count between the first and the last figure alone only: a portal's nav bar, links and
    # footer, saved around a page set double, are set so and are no part of its body; decision 510)
    figs = [i for i in full if _card_figure_line(bare[i])]
    lo, hi = (figs[0], figs[-1]) if figs else (0, len(lines))
    under = sum(1 for a, b in pairs if b == a + 1 and lo <= a and b <= hi)
    out, joined = [], set()
    if one >= _DOUBLE_SET_MIN and under * 4 <= one:
        for a, b in pairs:
            if b - a < g or not (_CARD_LINE.fullmatch(lines[a]) and _CARD_LINE.fullmatch(lines[b])):
                continue
            if any(c.isdigit() for c in lines[a] + lines[b]):  # (a figure on one side: a card's, no two headings)
                out.append((starts[a + 1], starts[a + g]))
                joined.add(b)
    # (a card page: its own lines, a page's mark and the running head right under it aside, the page's break)
    turn = {i for i in full if any(c.isdigit() for c in bare[i]) and _is_mark(bare[i])}
    own = [i for i in full if i not in turn and i - 1 not in turn]
    filled = len(own)
    if filled < 8 or sum(1 for a, b in zip(own, own[1:]) if b == a + 1 or b == a + g and b in joined) * 10 > filled \
            or sum(1 for i in own if len(bare[i]) <= _CARD_LINE_MAX and not _SENTENCE_MARK_IN.search(bare[i])) * 10 \
            < filled * 7 or sum(1 for i in own if _card_figure_line(bare[i])) < 3:
        return out
    # (its lines stand apart though its cards' are joined: the page's gap after every line goes, a longer run keeps one)
    return [(starts[a + 1], starts[a + 1 + r]) for a in full
            if (r := _blank_run(bare, a + 1, g - 1)) and a + 1 + r < len(lines)]


def _blank_run(bare: list[str], k: int, most: int) -> int:
    """The number of blank lines from ``k`` on, ``most`` at most."""
    r = 0
    while r < most and k + r < len(bare) and not bare[k + r]:
        r += 1
    return r


# (a card page's line: a name, a figure, a change, a task's short row, no sentence; seven in ten of its lines are so)
_CARD_LINE_MAX = 24
# (a short sentence, "报告指出，2020年，全县地区生产总值增长4.1%。", a news page's paragraph, is no card's line)
_SENTENCE_MARK_IN = lazy(r"[。，；！？]")


def _rate_name_under(text: str, e: int) -> bool:
    """Whether the line under the signed change at ``e`` names a rate and holds no figure, none under it either
    ("+7.5%\n规上工业增加值增速\n\n"): the change is the next card's, its name under it, not the level's above (cues.tsv
    rate_words; decision 430); a rate's name over its own figure ("+6.3%\n规上工业增加值增速\n+7.1%") is the next card,
    named first, and the change the level's."""
    a = text.find("\n", e)
    if a < 0:
        return False
    b = text.find("\n", a + 1) % (len(text) + 1)
    name = text[a + 1:b].strip()
    if not name or any(c.isdigit() for c in name) or not name.endswith(tuple(vocab.cues().get("rate_words", ()))):
        return False
    under = text[b + 1:text.find("\n", b + 1) % (len(text) + 1)].lstrip(" \t\u3000")
    # (a sentence opening on its year under the name, "2020年，面对…", no blank line between them as a PDF's layer prints
    # them, is no figure of the name's; decision 442)
    return not under or _YEAR_OPENING.match(under) is not None \
        or not (under[0].isdigit() or under[0] in _SIGNED_FIRST or under[0] in "-－−")


_YEAR_OPENING = lazy(r"(?:19|20)\d\d年[，,]")


def _card_last_line(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` ends a card: a figure alone ("45万人以上", "−5.2%"), or a name under one ("−5.2%\n单位
    生产总值能耗"), so a title under it opens the next block though no blank line parts them (a PDF's layer)."""
    le = text.find("\n", ls) % (len(text) + 1)
    if VALUE_LINE.fullmatch(text, ls, le) is not None:
        return True
    if ls < 2 or text[ls - 2] == "\n" or any(c.isdigit() for c in text[ls:le]):
        return False
    return VALUE_LINE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1) is not None


@lru_cache(maxsize=1)
def _growth_verbs() -> tuple[str, ...]:
    return vocab.cues().get("growth_verb", ())


def _dated_title_at(text: str, e: int) -> bool:
    """Whether the line at ``e`` is a part's title dated by its year first ("2017年主要预期目标", "2024年重点任务")."""
    title = text[e:text.find("\n", e) % (len(text) + 1)].strip()
    return len(title) <= 26 and title[-2:] in _PLAIN_PART_ENDS and _DATED_TITLE.match(title) is not None \
        and PLAIN_PART_TITLE.fullmatch(title) is not None


@once
def _place_head_re() -> re.Pattern[str]:
    """A line opening on a place and a colon: a name of two to nine characters ending on a kind of place (cues.tsv
    digest_place_ends: 高新区, 经开区, 新区, 镇, 街道, 县, 市, 区…), a bullet or a dash maybe before it."""
    ends = sorted(vocab.cues().get("digest_place_ends", ()), key=lambda w: (-len(w), w))
    return re.compile(r"[ \t\u3000]*(?:[■◆●▲★·•]|——?)?[\u4e00-\u9fff]{1,8}(?:" + "|".join(map(re.escape, ends)) + r")[：:]")


def _place_head_line(line: str) -> bool:
    """Whether the line opens on a place heading it ("三江新区：", "待补镇："), not on the whole's word (全市：, 我县：)."""
    return line[:1] not in "全我本各" and _place_head_re().match(line) is not None


# a card's figure with its unit or %, alone on its line ("179.3亿元", "8%左右", "5.5万人以上"; not a date's "2023年", nor
# a table's bare cell "7.5左右"): two such lines one under the other are two cards' figures, no sentence cut between them
_UNIT_FIGURE_LINE = lazy(r"[ \t\u3000]*(?:[↑↓▲▼]|[+＋−－-](?=\d))?[ \t]*\d[\d.,]*(?:%?[—～~－-]{1,2}\d[\d.,]*)?[ \t]*"
                         r"(?:%|％|个百分点|(?:万亿|亿|万|千)?(?![年月日号时])[\u4e00-\u9fff]{1,2})(?:左右|以上|以内|以下)?[ \t\u3000\r]*")


def _figure_under_figure(prev_line: str) -> bool:
    """Whether ``prev_line`` is a card's figure with its unit alone (``_UNIT_FIGURE_LINE``): on a card page set line
    under line (a PDF's layer, or a page set double once its blank lines are read, decision 476), a figure alone under it
    opens the next card as it does under a blank line ("…\n179.3亿元\n44178元\n+6.8%\n城镇常住居民人均可支配收入",
    "规上工业增加值增长\n8%左右\n10%\n固定资产投资增长"; the caller asks the next line to be a figure alone too)."""
    return prev_line[-1:] not in "。，；" and _UNIT_FIGURE_LINE.fullmatch(prev_line) is not None


def _join_spans(text: str, indented: set[int] | frozenset[int] = frozenset(),
                apart: set[int] | frozenset[int] = frozenset(), inner: dict | None = None) -> list[tuple[int, int]]:
    """Line breaks inside a sentence (PDF columns, newspaper pages): drop them. ``indented``: the starts of lines a
    paragraph's indent opened (dropped before), which are that much narrower than the page's or the column's lines;
    ``apart``: the starts of lines no break joins (the pieces of a page set in two columns); ``inner``: by a line's start,
    the spaces dropped inside it (``_inner_drops``)."""
    spans = []
    cut_end = -1
    column = None  # a narrow column's width, in half cells (0: none), found where a short line first asks for it
    page = None  # the width of a converter's page lines (0: none), found where a numbered line first asks for it
    bars = "|" in text  # (a table's rows: most texts have none)
    captions = "图" in text or "摄" in text  # (a photo's caption or credit line: most texts have none)
    runs, lone = figure_line_sets(text)
    figures = runs | lone
    heads = figure_heads(text)
    value_page = None  # (whether two lines or more are a figure alone: found where a line first asks)
    chars = None  # (the page's lines' length in characters, where a converter cut them by count: found where asked)
    few = None  # (the same of a short page, few_cuts_chars: found where asked)
    narrow = None  # (the same of a narrow page, 10 to 19 characters a line, narrow_chars: found where asked)
    for m in re.finditer(r"\n+", text):
        s, e = m.span()
        if s == 0 or e >= len(text) or e in apart:
            continue
        prev = text[s - 1]
        line_start = text.rfind("\n", 0, s) + 1
        prev_line = text[line_start:s]
        if not (spans and spans[-1][1] == line_start):
            run_start = line_start  # where the line that the breaks joined so far starts
            number_cut = False  # whether a break inside a number joined it
        if (prev_line.lstrip()[:1] in _CHROME_FIRST and _chrome_line(prev_line)) \
                or (text[e:e + 1] in _CHROME_FIRST and _chrome_line(text[e:text.find("\n", e) % (len(text) + 1)])) \
                or captions and (_photo_caption(prev_line) or _photo_caption(text[e:text.find("\n", e) % (len(text) + 1)])):
            continue  # a web page's byline, source or date line ("来源：长治日报　　2021-02-23 09:15", "浏览次数：1268"): no
            # sentence runs into it or out of it (its date's figures had run into the lead's: "…：12681月5日上午")
        if e - s == 1 and text[e:e + 1] in _SIGNED_FIRST and _SIGNED_CHANGE_LINE.match(text, e) \
                and _LEVEL_LINE_END.search(prev_line) and _change_in_line().search(prev_line) is None \
                and not _rate_name_under(text, e) and e not in lone:  # (a figure-first card's change, _lone_figure_cards)
            spans.append((s, e))  # a card's level over its change signed alone ("412.6亿元\n+6.3%"): one row, as the
            continue  # two are read on one line (decision 428)
        if e - s == 1 and (text[e:e + 1].isdigit() and _LEVEL_LINE_END.search(prev_line) and rate_card_at(text, e)
                           or prev_line[:1].isdigit() and rate_card_at(text, line_start)):
            continue  # a figure-first card among cards that name first ("10.3万吨\n6.8%\n农村居民人均可支配收入增速"): the
            # level above runs into none of it, nor its figure into its name (decision 441)
        if e - s == 1 and prev_line.lstrip()[:1] in _SIGNED_FIRST and _SIGNED_CHANGE_LINE.fullmatch(prev_line):
            if _PLACED_RANK_LINE.fullmatch(text, e, text.find("\n", e) % (len(text) + 1)) is not None:
                spans.append((s, e))  # its card's rank under it, the whole it ranks in named ("+4.1%\n增速居全市第2位",
                continue  # "+4.6%\n全省第5位"): one row, as "增长4.1%\n增速居全市第2位" joins (lft63b)
            continue  # the signed change closes its card: the next card's name runs into none of it (decision 428)
        if text[e:e + 1] in _YEAR_AFTER_FIRST \
                and _YEAR_AFTER_LINE.fullmatch(text[e:text.find("\n", e) % (len(text) + 1)].strip()):
            continue  # a card's sub-head with its year after its words under a blank line ("\n\n重点工作2021"): no line
            # above runs into it, a long card's words or a slogan's ("奋斗2021 出彩巩义"; decision 430); nor under a
            # line break alone, a PDF's layer printing no blank line (decision 442)
        if e - s >= 2 and (prev in "%％" and (VALUE_LINE.fullmatch(prev_line) or _CHANGE_FIGURE_LINE.fullmatch(prev_line))
                           or prev in "位名" and _SIGNED_CHANGE_LINE.fullmatch(prev_line) is not None) \
                and _prose_paragraph(text, e):  # (or a card's change with its rank on its line, "+6.2%，居全省第4位": lft63c)
            continue  # a card's rate alone on its line, a blank line, then a paragraph of prose ("城镇调查失业率\n4.8%\n\n
            # 全省10%以上的增长目标超额完成，…"): the card ends there, its name runs into none of the paragraph's figures
            # (decision 438; a figure's bound or rest on the next line, "6.5%\n\n左右", opens no sentence: joined as before)
        if e - s <= 2 and prev in "：:" and _label_over_figure(text, line_start, s, e):
            spans.append((s, e))  # a label alone over its figure ("城镇新增就业：\n3\n万人以上", "居民人均可支配收入：\n4.2\n
            continue  # 万元", a PDF's layer): one item, as "城镇新增就业：3万人以上" (decision 398); so too over a Word file's
            # blank paragraph between them ("城镇新增就业：\n\n7200\n\n人", decision 405)
        if e - s <= 2 and prev not in "，,、：:" and (ne := text.find("\n", e)) > e \
                and (fe := ne + 1 if text[ne + 1:ne + 2] != "\n" else ne + 2 if text[ne + 2:ne + 3] != "\n" else -1) > ne \
                and text[ne - 1:ne] in "：:" and _label_over_figure(text, e, ne, fe):
            continue  # the next item's label alone over its figure ("…亿元，增长6.3%\n一般公共预算收入：\n318.4\n亿元"): the
            # item above ends there, its figure runs into no label (decision 398; a blank paragraph between, decision 405)
        # a number broken over lines ("74.4\n万亿元", "3158\n6元") is joined whatever the line, but
        # for two rows of a table ("…|8" over "3|社会消费品零售总额|…": a row's serial number), and for a table's
        # last row and the paragraph after its blank line ("…|384600|6.9" then "\n\n2020年，全县…": the table ended), or
        # after no blank line where the next line is a sentence (a PDF's layer: "城镇新增就业|万人|6.3|6" over "2024年，
        # 全市将实施…，"; a cell's rest that a line cut is short and holds no clause mark)
        if (prev.isdigit() or prev == "." and not (run_start == line_start and _ITEM_PERCENT.match(text, e)
                                              and _item_number_alone(text, prev_line, line_start))
                or prev in "万亿千百" and _MAGNITUDE_END.search(text, max(0, s - 12), s)) \
                and _NUMBER_GOES_ON.match(text, e) \
                and not (bars and "|" in prev_line and (e - s >= 2 or "|" in (nxt := text[e:text.find("\n", e) % (len(text) + 1)])
                                                        or len(nxt) >= 8 and _PROSE.search(nxt))):
            if prev.isdigit() and len(prev_line) <= 14 and text[e:e + 1].isdigit() and _YEAR_TITLE.fullmatch(prev_line.strip()) \
                    and not _names_indicator(text, line_start, s - 4):
                continue  # "数说2023" over a 数读 page's first figure ("6.5%"): a title, no number cut in two
            if prev.isdigit() and prev_line.lstrip()[:1] == "附" and ANNEX_LABEL.fullmatch(prev_line.strip()):
                continue  # "附件1" over its title "2020年全县…主要预期目标": an annex's number, no number cut in two
            spans.append((s, e))
            number_cut = True
            continue
        if _cuts_a_unit(prev_line, text[e:e + 8]) and not (bars and "|" in prev_line):
            spans.append((s, e))  # a unit cut after its number ("60万平方\n米", "28微克\n/立方米")
            continue
        if text[e:e + 1] in "是为" and text[e + 1:e + 2] in "：:" and "\u4e00" <= prev <= "\u9fff" and not _CLAUSE_MARK.search(prev_line):
            spans.append((s, e))  # a lead cut before its copula and colon ("…主要预期目标\n是：地区生产总值…"): no title's next
            continue  # line opens on 是： (decision 348)
        if prev in "以左" and text[e:e + 1] and text[e:e + 1] in _BOUND_REST[prev] and _BOUND_CUT.search(prev_line) is not None:
            spans.append((s, e))  # a figure's bound cut in two ("增长6.5%以\n上；", "增长8%左\n右"), whatever the line's width:
            continue  # no line ends on a figure and 以 or 左 with the bound's other half opening the next (decision 348)
        if text[e:e + 1] in "-+" and text[e + 1:e + 2].isdigit() and prev_line.endswith(_growth_verbs()) \
                and _CLAUSE_MARK.search(prev_line):
            spans.append((s, e))  # a sentence's change word over its figure signed ("…亿元，其中出口总额增长\n-2.6%", a PDF's
            continue  # width cut before the sign): one clause, no list's dash opening a line (decision 471; a card's name
            # over a signed change, "规上工业增加值增速\n+7.1%", holds no clause mark: read by the card rules as before)
        if prev in "增下提降" and text[e:e + 1] in "长降高低" and (text[e + 1:e + 2].isdigit() or text[e + 1:e + 2] in "了到至"):
            spans.append((s, e))  # a change's word cut before its figure ("比上年增\n长5%", "下\n降2.1%"), whatever the line
            continue
        if prev.isascii() and prev.isalpha() and text[e:e + 1].isdigit():
            spans.append((s, e))  # a name of letters and digits cut ("PM\n10、PM2.5"), no numbered line
            continue
        if prev == "第" and (text[e:e + 1].isdigit() or text[e:e + 1] in "一二三四五六七八九十"):
            spans.append((s, e))  # an ordinal cut from its number ("居全省第4、第\n5、第5位"), no numbered line
            continue
        if text[e:e + 1] in "）)」』”’》〉】。，、；：！？,;!?":
            # a line cannot open with a closing mark or a comma, whatever ends the line before:
            # "（PM\n2.5\n）", "实现“十二连增”\n，居民消费价格…", a book title's close ("低于《纲要\n》88%的目标")
            spans.append((s, e))
            continue
        if run_start == line_start and _bare_item_line(prev_line) and text[e:e + 1] not in _ITEM_GOES_ON \
                and (STATED_ITEM.fullmatch(prev_line.strip()) or _opens_with_name(text, e)) \
                and not _CHANGE_LINE.match(text, e):
            continue  # a list set one bare item a line, each opening with its indicator ("一般公共预算收入增长5%\n研发经费投入
            # 强度达到4%\n报告提出，…", "…增长与经济增长同步\n研发…"): no line cut inside a sentence (a cut line holds a
            # clause mark, or does not open with a name, or stops short of its figure: "全县地区生产总值实现\n285亿元")
        if (prev_line[-1:] in _BOUND_LAST or prev_line.endswith(_STEP_END)) and ("，" in text[run_start:s] or "," in text[run_start:s]) \
                and _led_item_line(text[run_start:s].replace("\n", "")) and text[e:e + 1] not in _ITEM_GOES_ON and not _CHANGE_LINE.match(text, e) \
                and _bare_item_line(nxt := text[e:text.find("\n", e) % (len(text) + 1)]) and STATED_ITEM.fullmatch(nxt.strip()):
            continue  # a card's row led by a time or a clause, its item bare after the comma, over a bare item row ("到2030年，
            # 地区生产总值突破3000亿元\n一般公共预算收入年均增长3%", decision 345): each row an item of its own, so the year
            # leading the first row dates that row alone (not a sentence cut by a page, whose lines hold their marks; the
            # row's change under its figure joined to it first: "…突破3000亿元\n年均增长6%左右\n森林覆盖率达到35%")
        if e - s >= 2 and run_start == line_start and _bare_item_line(prev_line) and text[e:e + 1] not in _ITEM_GOES_ON \
                and (STATED_ITEM.fullmatch(prev_line.strip()) or prev_line.rstrip().endswith("个百分点")) \
                and line_start >= 2 and _bare_item_line(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]):
            continue  # the last row of a table of the year's targets set one bare item a line, a blank line under it
            # ("…粮食产量　614亿斤以上\n常住人口城镇化率提高　0.8个百分点" then "\n\n重点任务：新建…"; decision 342): the
            # table ends there, no sentence runs on into the paragraph after the blank line
        if e - s >= 2 and run_start == line_start and _COUNT_LINE.fullmatch(prev_line) \
                and line_start >= 3 and text[line_start - 2] == "\n" and _COUNT_LINE.fullmatch(
                    text, text.rfind("\n", 0, line_start - 2) + 1, line_start - 2) is not None:
            continue  # the last of a run of bare task lines set apart by blank lines ("新增停车泊位2万个\n\n新建中小学、
            # 幼儿园50所\n\n报告说，…"): as the lines before it, an item of its own; no sentence runs on into the prose
        if e - s == 1 and ("：" in prev_line or ":" in prev_line) and _LABELLED_ROW.match(prev_line) \
                and _LABELLED_ROW.match(text, e) and _opens_with_name(text, e) and _opens_with_name(prev_line, 0):
            continue  # a box's rows, each an indicator's name and a colon, set one a line with no mark at its end
            # ("居民消费价格涨幅：预期目标3%左右，执行结果2.9%\n城镇新增就业：预期目标1100万人以上，执行结果1352万人"):
            # no sentence cut by a page
        if e - s == 1 and ("：" in prev_line[:12] or ":" in prev_line[:12]) and _ANY_DIGIT.search(prev_line) \
                and _place_head_line(prev_line) and _place_head_line(text[e:e + 12]):
            continue  # a news page's lines of its zones or towns, each opening on its place and a colon with no mark at its
            # end ("遂宁高新区：规上工业增加值增长12.6%\n遂宁经开区：…"): each line its place's, no sentence cut by a page
        if e - s == 1 and prev_line.lstrip()[:1] in _TITLE_MARKS and text[e:e + 1] not in _TITLE_MARKS \
                and _MARKED_ROW.fullmatch(prev_line) is not None:
            continue  # a 速览 card's last row, a mark, a label and its figure with no mark at its end ("●新建城市道路：50条"
            # over "市人大代表…说，去年全县…"): the card ends there, no sentence runs on into the prose under it
        if (e - s <= 2 or _PAGE_BREAK_LEFT_MIN <= e - s <= _PAGE_BREAK_LEFT_MAX) and prev == "】" \
                and _CARD_HEAD_LINE.fullmatch(prev_line) and _CARD_BODY.match(text, e) and _names_indicator(text, line_start, s):
            # (past a page's break too, the line ends its mark and running head left when dropped: "【单位生产总值能耗】\n\n
            # 第 1 页\n\n一图读懂｜…\n2025年完成省下达任务。", the card's name at a page's foot, its sentence on the next page)
            spans.append((s, e))  # a card's bracketed name alone on its line over its sentences ("【地区生产总值】\n\n
            # 去年完成4401.1亿元，增长1.9%。", a phone page): the card's one sentence, as "【地区生产总值】去年…" (not a
            # head naming no indicator, "【关键数据】", nor one over a sentence not of a year: "【看点】\n报告提出…")
            continue
        if (line_start < 2 or text[line_start - 2] == "\n" or text[line_start - 2] in _SENTENCE_END_LAST) \
                and len(prev_line) <= 18 and ("，" in prev_line or "," in prev_line) \
                and _COMMA_LEAD.fullmatch(prev_line) is not None and _app_post(text) \
                and not (line_start >= 2 and text[line_start - 2] in _SENTENCE_END_LAST and _full_width_line(text, line_start, s)):
            continue  # an app post's lead line, its bold lost in the copy, alone under a blank line ("民生实事，件件暖心"
            # over "新增公办学位3000个；"): the writer set it apart, no page's width cut a sentence there (decision 376)
            # (or under a line ending a sentence, the post printed with no blank lines, a PDF's layer, "…3.2%。\n民生实事，
            # 件件暖心\n今年新建…", and over blank lines, a Word file's paragraphs: decision 387)
            # (not a line as wide as the page's lines round it, a phone page's width cut: "记者了解到，今年全区还将新增普惠托"
            # over "育托位600个，…", a paragraph's first line under the last of the one above; decision 388)
        if (line_start < 2 or text[line_start - 2] == "\n") and (e - s >= 2 or _EXPLAINER_HEAD.match(prev_line)) \
                and TOPIC_HEAD.match(prev_line):
            continue  # a news page's sub-head alone between blank lines, a topic and a colon ("财政：一般公共预算收入增长2%",
            # "GDP：目标5%，去年定的是5.5%"), or an explainer's numbered one over its text ("数字4：9%", "第三组数字：8%"): a
            # summary of the paragraph under it, no sentence cut by a page
        if e - s == 1 and prev_line.lstrip()[:1] in _TITLE_MARKS \
                and (_FIGURE_UNDER_NAME.match(text, e) or _qualitative_under_name(text, e)) \
                and _MARKED_TITLE.match(prev_line) and (_names_indicator(text, line_start, s) or _names_work(text, line_start, s, e)):
            spans.append((s, e))  # an infographic's marked name over its figure ("◎全省地区生产总值\n   6.8万亿元  增长5.6%",
            # indented or not), or over a target in words ("◆居民人均可支配收入\n增长与经济增长同步"): one item, no sub-head
            continue
        if e in indented and not (e - s == 1 and len(prev_line.strip()) >= 10
                                  and (_breaks_a_name(prev_line.strip(), text[e:e + 12])
                                       or _name_over_figure(text, line_start, s, e))):
            continue  # a paragraph's indent opens the line (a converter's page: "…发展的主要目标\n　　综合考虑…"), but for
            # the cuts above, which no paragraph opens with (a number's, a unit's, a closing mark's), nor the rest of an
            # indicator's name cut at a full line's end ("…社会消费品零\n    售总额增长9%": a scan's line set indented),
            # nor the figure of a name a sentence's line ends on ("…；城镇居民人均可支配收入\n　　32150元，增长7.9%")
        if ("讯" in (lead := text[e:e + 24]) or "电" in lead) and _NEWS_LEAD.match(lead):
            continue  # a news lead opens its line: the headline above it is no sentence it goes on ("今年遵义GDP目标增长6%\n
            # 遵义日报讯…", "…\n新华社西宁1月26日电", "…\n本报讯（记者…）")
        if prev in _HEADLINE_LAST and HEADLINE_END.search(prev_line) and _HEADLINE_NEXT.match(text, e) \
                and not _CLAUSE_MARK.search(prev_line) and "。" not in prev_line or HEAD_LINE.fullmatch(prev_line):
            continue  # a title or a news headline over its date, the year's first line or the salutation
        if prev in "）)" and prev_line.endswith(_TITLE_NOTES) and HEADLINE_END.search(prev_line) \
                and not _CLAUSE_MARK.search(prev_line) and "。" not in prev_line:
            continue  # a title closed by a note on its printing ("2021年自治区政府工作报告（摘要）" over "过去一年，…"):
            # no sentence goes on past it, whatever opens the next line
            # ("XX县政府工作报告\n2019年1月10日…", "…会议隆重开幕\n2019年1月10日上午，…"); a line that is
            # only the delivery's date, the byline or the speaker ("2019年1月10日\n2018年工作回顾")
        if figures and (e in figures or line_start in figures or (line_start and text.rfind("\n", 0, line_start - 1) + 1 in figures
                                                                  and not _CHANGE_LINE.match(text, e))
                        or line_start > 1 and _CHANGE_LINE.match(text, line_start)
                        and (cap := text.rfind("\n", 0, line_start - 1) + 1) > 1 and text.rfind("\n", 0, cap - 1) + 1 in figures):
            continue  # a 数读 page: "6.5%左右\n地区生产总值预期增长目标\n5.1%\n…": each figure opens its item
            # (and its caption ends it: "5.1%\n城镇调查失业率\n2024年主要预期目标\n6%左右…"; but for the item's change
            # under its caption, "4741.1亿元\n地区生产总值\n增长5.9%", read with the caption as the lines below are, and
            # ending the item as the caption would: "…\n增长5.9%\n1321.8亿元"; "…\n增长6.2%\n规上工业增加值\n增长8.7%")
        if heads and (e in heads or line_start in heads):
            continue  # "520.3亿元  地区生产总值\n9.8%  规上工业增加值增长": each line a figure and its caption, an item
        if (e - s >= 2 or _figure_under_figure(prev_line)) and text[e:e + 1].isdigit() and _ANY_DIGIT.search(prev_line) \
                and not ("\u4e00" <= prev <= "\u9fff" and "。" in prev_line) \
                and VALUE_LINE.fullmatch(text, e, k if (k := text.find("\n", e)) >= 0 else len(text)) \
                and (value_page := _two_value_lines(text) if value_page is None else value_page):
            continue  # a 数读 page whose captions restate their figure ("3.6%以上\n今年赤字率拟按3.6%以上安排\n\n1万亿元\n…"):
            # a figure alone after a blank line opens the next item; a caption with a figure of its own is no cut sentence
            # (but not under a paragraph of prose, a full stop inside it, that ends on a word: "…好于市场预期。一般公共预算收入
            # 完成" over "308.1" over "亿元，增长9.2%。", a Word file's blank paragraph between each line: the sentence's
            # figure, cut from it; a caption is one short line; decision 395)
        if bars and e - s == 1 and _bar_pair(prev_line) and _change_row_follows(text, e):
            spans.append((s, e))  # an infographic's "name｜figure" lines, then its change on a line of its own ("地区生产
            # 总值｜3120.6亿元\n同比增长｜6.1%"; "…｜89560元\n…｜62180元\n分别增长｜4.6%、5.9%"): one item, no table's rows
            continue
        if bars and ("|" in prev_line or "|" in text[e:text.find("\n", e)]):
            if "|" not in prev_line and len(prev_line.strip()) <= 14 and not _PROSE.search(prev_line) \
                    and _breaks_a_name(prev_line.strip(), text[e:e + 12]):
                spans.append((s, e))  # a row's name cell wrapped by a PDF ("城镇居民人均可支配收\n入增长|%|7|…")
            continue  # a table's rows (cells split by '|') stay apart, and apart from the text around
        if _MARKED_TITLE.match(text, line_start, s) or (prev.isdigit() or prev == "年") and NEWS_HEAD.match(text, line_start, s) \
                or text[e:e + 1] in "关回盘展聚锚数" and NEWS_HEAD.match(text, e, text.find("\n", e) % (len(text) + 1)):
            continue  # a news page's sub-head ("◆回眸2025", "关键词 展望2026", "回顾去年"), though it ends with a digit
        if prev in "；;" and _opens_words(text, e):
            # (a narrow column's full line that a semicolon ends, hanging past the width, goes on: "2021年，全区实现地区生产
            # 总值1356.4亿元，增长8.1%；\n一般公共预算收入87.3亿元…", one sentence dated by its first words)
            if column is None:
                column = column_width(text, indented)
            if column and 0 <= column + 2 - _cells_as_set(prev_line, line_start, indented) <= 1:
                spans.append((s, e))
                continue
            # (and so does a page's full line that a semicolon ends, as wide as the page's lines in cells or, a converter
            # that counts characters, in characters: "…主要预期目标为：经济增长5.5%左右；一般公共预算收入同口径增长5%；\n规上工业
            # 增加值增长6.5%；…", the list of targets one sentence over the page's lines)
            if len(prev_line) >= 24 and "：" not in text[e:text.find("\n", e) % (len(text) + 1)][:12]:
                full, page, column, chars = _as_page_line(text, prev_line, line_start, indented, page, column, chars)
                if full:
                    spans.append((s, e))
                    continue
        if prev in "：:" and prev_line.count("（") + prev_line.count("(") > prev_line.count("）") + prev_line.count(")") \
                and text[e:e + 1] not in "（(" and not _HEADING.match(text, e):
            spans.append((s, e))  # a colon inside a bracket left open: its note goes on ("…增长12.8%（年度目标：\n增长8%）。")
            continue
        if prev in "；;" and len(prev_line.strip()) >= 20:
            # a page's line that ends on a list's semicolon, as wide as the page's lines (or a mark wider: a typesetter
            # keeps a closing mark on the line it closes), goes on where the next line opens no item, heading or bullet
            # ("…城镇新增就业26万人；\n居民消费价格涨幅3%左右；…", "…增长6.1%；\n— 1 —\n农村常住居民…"): a PDF's width cut it
            ne = text.find("\n", e)
            nxt_line = text[e:ne if ne >= 0 else len(text)]
            if nxt_line.strip() and nxt_line.lstrip()[:1] not in _ITEM_BULLETS and not _HEADING.match(nxt_line) \
                    and not _NOTE_ITEM_LINE.match(nxt_line) and not TURN_TO_PLAN.match(nxt_line):
                full, page, column, chars = _full_or_hung(text, prev_line, line_start, indented, page, column, chars)
                if not full and not chars:
                    # (a short page's layer, too few lines cut inside a sentence to tell its lines' length by count, whose
                    # lines cut inside a clause are all of one length: "…今年增长5.5%左右；" that long, its mark hung past it)
                    if few is None:
                        few = few_cuts_chars(text, indented, inner)
                    w = len(prev_line.strip()) - 1 + (2 if line_start in indented else 0)
                    full = bool(few) and few in (w, w + (inner.get(line_start, 0) if inner else 0))
                if full:
                    spans.append((s, e))
                    continue
        if prev in "。！？：" and run_start in indented and e - s == 1 and e not in indented and len(prev_line.strip()) >= 20 \
                and _opens_words(text, e) and not _HEADING.match(text, e) and text[e:e + 1] not in _ITEM_BULLETS:
            # a page's full line that a sentence's end closes (or hangs past the width: a typesetter keeps "。" on the line
            # it closes), in a paragraph that opened on an indent, over a line that opens on none: the paragraph goes on ("…确保城镇调查失业率控制在5.5%以内。\n围绕这些目标，全年新建…"; its next paragraph would be indented)
            full, page, column, chars = _full_or_hung(text, prev_line, line_start, indented, page, column, chars)
            if full:
                spans.append((s, e))
                continue
        if prev in _NO_JOIN_END or prev == "*" or prev == "#":
            # a closing quote ends a line mid-sentence when a page cut falls after a quoted term
            # ("…为指导，实化量化“十四五”\n时期…"): the line goes on if it is long, holds a clause mark
            # and the quote does not close a sentence
            # (in a narrow column, a line as wide as the column that a quoted term's close ends goes on too: "培\n育国家级专精
            # 特新“小巨人”\n企业5家")
            if not (prev in "”」』" and text[s - 2:s - 1] not in _NO_JOIN_END
                    # (or a stop: the quoted term opens the line's next sentence, "…1200户以上。培育国家级专精特新“小巨人”\n企业100家")
                    and (len(prev_line.strip()) >= 16 and (_CLAUSE_MARK.search(prev_line) or "。" in prev_line)
                         or len(prev_line.strip()) >= 8 and _opens_words(text, e)
                         and (column := column_width(text, indented) if column is None else column)
                         and abs(column - _cells_as_set(prev_line, line_start, indented)) <= 2)):
                continue
        if prev in "）)" and text[s - 2:s - 1] in _NO_JOIN_END and text[s - 2:s - 1] not in "：:”」』】":
            continue  # a note in brackets closing on its sentence's end ("（以上数据为全区口径。）"): the line is a paragraph
        if (prev.isdigit() or prev == "%") and _RANGE_GOES_ON.match(text, e):
            spans.append((s, e))  # "增长7%\n—7.5%": a range, not a dash opening a line
            continue
        if prev == "%" and text[e:e + 1].isdigit() and not _GLUED_PCTS.search(prev_line):
            continue  # no number goes on after its %: one item a line ("增长9.1%\n160个重点项目…"), but
            # a list of values without separators does ("分别增长7%7.2%\n7%")
        # (nor is a line the one above went on into: "增长7%\n—7.5%,…", "居全省第4、第\n5、第5位;…税占比")
        if len(prev_line) <= 8 and "\u4e00" <= text[e:e + 1] <= "\u9fff" and _NUMBER_ALONE.fullmatch(prev_line) \
                and _opens_words(text, e):
            # (a word, not a figure: "1.\n95%以上的行政村…" is an item's number over its figure, kept apart)
            spans.append((s, e))  # a part's number alone on its line, its title after a page's break ("六、\n\u200b\n决胜…")
            continue
        if _HEADING.match(prev_line) and len(prev_line) < 60 and "。" not in prev_line and not _BOLD_CLOSED.match(prev_line) \
                and not (spans and spans[-1][1] == line_start):
            # (but a numbered item as wide as the page's lines, cut by the page's width inside its sentence, goes on: "8.城镇
            # 新增就业1万人以上，城镇登记失业率控制在\n3%以内；", "二、2024年国民经济和社会发展的\n主要目标" in a narrow column;
            # not a part's title, "…的主要任务", nor over a numbered line)
            if prev_line.endswith(_FIGURE_VERBS) and _FIGURE_OPENS.match(text, e):
                # a numbered item cut between its change word and its figure, whatever its width (a narrow column, a
                # page's break: "1.地区生产总值增长\n7.5%以上；"): no item ends on the word its figure follows
                spans.append((s, e))
                continue
            if _FIGURE_OPENS.match(text, e) and _NAME_CUT_TAIL.search(prev_line) and _FIGURE_IN.search(prev_line):
                # a numbered item's line of figures cut between its next clause's name and that name's figure ("5.…
                # 增长8.9%；农村居民人均可支配收入\n14260元，增长10.1%"), whatever its width: no title holds a clause and
                # a figure (a 数读 caption alone on its line, over the next item's figure, holds none)
                spans.append((s, e))
                continue
            if prev_line.endswith(_figure_cut_ends()) and (_CHANGE_LINE.match(text, e) or _FIGURE_OPENS.match(text, e)):
                # a numbered item cut after a word its change or figure must follow ("2.城乡居民收入：城镇、农村居民人均可
                # 支配收入分别\n增长5.2%和6.8%"), a figure on the line or not, whatever its width: no title ends on 分别
                spans.append((s, e))
                continue
            # (a title's last words, "…的主要任务", end no line that holds a clause and a figure: "——新建高标准农田2.5万
            # 亩，改造农村公路80公里，铺排重点" over "项目60个…" is a bullet's sentence the page's width cut after 重点)
            if _half_cells(prev_line) < 20 or prev_line[-2:] in _PLAIN_PART_ENDS \
                    and not (_CLAUSE_MARK.search(prev_line) and _AMOUNT_IN.search(prev_line)) \
                    or not (_opens_words(text, e) or _FIGURE_IN.search(prev_line) and _BRACKET_NOTE_OPENS.match(text, e)):
                # (a line that opens on a note in brackets on the figure before, closed on the item's mark, goes on from a
                # full line: "5.财政总收入增长7%，地方一般公共预算收入增长6.5%\n（按可比口径）；" — no heading's number in it)
                continue
            if prev_line.endswith(_item_cut_ends()) and ("，" in prev_line or "；" in prev_line) and _FIGURE_IN.search(prev_line):
                # an item's sentence, its figures and clauses on the line, cut after a word no item ends on ("…1—11月增长
                # 4.2%，预计\n全年增长4.5%。"), whatever the page's width (no title holds a clause and a figure)
                spans.append((s, e))
                continue
            if ("，" in prev_line or "；" in prev_line) and _FIGURE_IN.search(prev_line) \
                    and _SENTENCE_TAIL.fullmatch(text, e, text.find("\n", e) % (len(text) + 1)):
                # an item's sentence, its figures and clauses on the line, cut after any word, its short rest the last
                # line of its paragraph ("…城镇登记失业率3.6%，低于4.2%的控制\n目标。", "…，空气质量优良\n天数达到240天。"):
                # no title holds a clause and a figure, and no paragraph under a title is a few words and a stop
                spans.append((s, e))
                continue
            full, page, column, chars = _as_page_line(text, prev_line, line_start, indented, page, column, chars)
            if not full:
                continue
        if run_start != line_start and s - run_start < 60 and _HEADING.match(head := text[run_start:s]) \
                and "。" not in head and not _BOLD_CLOSED.match(head) \
                and (number_cut or (column := column_width(text, indented) if column is None else column)
                     and _cells_as_set(prev_line, line_start, indented) < column - 1):
            # (and a heading a narrow column cut, its short tail ending it: "二、2024年经济社会发展主要目\n标和总体要求\n今年是…")
            continue  # a heading whose number a break cut ("三、202\n2年工作安排"): joined, it is still a heading  # a heading; a bullet that holds a full sentence ("——…。…（PM") goes on, and so does
            # a line that only opens with the close of a bold run cut on the line above ("**深化…，累计引")
        if len(prev_line) <= 27 and (prev_line[-2:] in _PLAIN_PART_ENDS or prev_line[-1:].isdigit()
                                     and _YEAR_AFTER_LINE.fullmatch(prev_line.strip()) is not None) \
                and plain_part_title(prev_line.strip()) \
                and (line_start < 2 or text[line_start - 2] in _NO_JOIN_END or text[line_start - 2] == "\n"
                     # (a card's sub-head with its year after, which no line above runs into: a line of its own
                     # however its page prints the line above, a PDF's layer with no blank line; decision 442)
                     or prev_line[-1:].isdigit()
                     or prev_line.lstrip()[:1] in _DATED_TITLE_FIRST and _DATED_TITLE.match(prev_line.lstrip())
                     and STATED_ITEM.fullmatch(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip())):
            # a part's title after a full paragraph or a blank line, not a line cut by the page width (but a line as
            # wide as the next, which goes on, is a narrow column's)
            # (or right under a target card's item, dated first or last: "地区生产总值 增长7%左右" over "重点任务2022" and
            # its task cards, decision 438, as over "2022年重点任务")
            # (a line that opens with a bullet opens an item: "2024年主要预期目标\n●地区生产总值增长7%" is no column)
            # (nor a line that is a whole bare item, an indicator and its figure: "2021年主要预期目标\n地区生产总值 增长7%
            # 以上", a card's first target under its dated title, as wide by chance; decision 441 — a dated title only: "今年
            # 以来\n新建5G基站2万个" runs on as before, the year so far's)
            nxt = text[e:text.find("\n", e) % (len(text) + 1)]
            if text[e:e + 1] not in _ITEM_BULLETS and _column_line(prev_line, nxt) \
                    and not (_bare_item_line(nxt) and STATED_ITEM.fullmatch(nxt.strip()) and _dated_title_at(text, line_start)):
                spans.append((s, e))
            continue
        if text[e:e + 1] in _DATED_TITLE_FIRST and _DATED_TITLE.match(text, e) \
                and len(title := text[e:text.find("\n", e) % (len(text) + 1)].strip()) <= 26 and title[-2:] in _PLAIN_PART_ENDS \
                and PLAIN_PART_TITLE.fullmatch(title) and (STATED_ITEM.fullmatch(prev_line.strip()) or run_start != line_start
                                                           and STATED_ITEM.fullmatch(text[run_start:s].replace("\n", "").strip())
                                                           or ("：" in prev_line or ":" in prev_line) and credit_line().match(prev_line)
                                                           or year_clause_opens().match(prev_line.strip())
                                                           and figure_unit_ends().search(prev_line)):
            continue  # "城镇新增就业5000人\n2023年主要预期目标": a digest's dated title under an item, not its words (nor under
            # an infographic's credit line, "（来源：山西日报）\n\n2024年重点任务")
            # (nor under a card's row of a year and its figure, "2025年完成2160亿元\n\n2025年主要成绩", decision 347)
        if text[e:e + 1] in _DATED_TITLE_FIRST and _dated_title_at(text, e) \
                and len(prev_line.strip()) < 16 and not _CLAUSE_MARK.search(prev_line) and "。" not in prev_line \
                and (e - s >= 2 or _card_last_line(text, line_start)):
            continue  # a dated title under a blank line and a card's short line, its name or its figure ("−5.2%\n单位生产总值
            # 能耗\n\n2017年主要预期目标"): the cards' block ends there, as 428's "\n\n重点工作2021" (decision 441); so under
            # a line break alone where that line ends a card, a PDF's layer printing no blank line (decision 462)
        if (prev_line.endswith(_qualitative_ends()) or ("；" in prev_line or ";" in prev_line) and prev_line[-1:] in _BOUND_LAST
                and STATED_ITEM.fullmatch(prev_line, max(prev_line.rfind("；"), prev_line.rfind(";")) + 1) is not None) \
                and _bare_item_line(prev_line[max(prev_line.rfind("；"), prev_line.rfind(";")) + 1:]) \
                and len(title := text[e:text.find("\n", e) % (len(text) + 1)].strip()) <= 26 \
                and (plain_part_title(title) or title in vocab.cues().get("bare_block_titles", ())):
            continue  # a list's last item a qualitative target, set bare ("城乡居民人均可支配收入增长与经济增长同步"), then the
            # next block's title ("2022年十件民生实事", "今年重点任务"): an item ends on those words as on its figure
            # (so does the last of items a line joins by ；, "…增长5%；居民收入增长与经济增长基本同步\n重点工作", and one
            # ending on its figure there, "…增长6.5%左右；城镇调查失业率5.5%以内\n民生实事")
        if len(prev_line) <= 34 and (line_start < 2 or text[line_start - 2] in _NO_JOIN_END) and TURN_TO_PLAN.match(text, e) \
                and not PROSE_MARK.search(prev_line):
            continue  # a title over the turn to the year's plan, not a line cut by the page width
        if text[e:e + 1] in "注说备附" and (nh := NOTES_HEAD.match(text, e)) \
                and (len(prev_line.strip()) < 16 or prev in "。；;" or nh.group()[-1] not in ":： \t"
                     or _NOTE_ITEM.match(text, nh.end())):
            continue  # a block of notes after a table or the report ("2024\n注：\n①按可比价格计算。"), after a
            # short line or a full one (an excerpt cut mid-sentence) where an item opens the next line
        nxt = text[e : e + 12]
        if nxt[:1].isdigit() and _CUT_POINT_LINE.match(nxt) and (
                prev in _CUT_NUMBER_BEFORE or len(prev_line.strip()) >= 16 or _CLAUSE_MARK.search(prev_line)
                or _names_indicator(text, line_start, s)):
            spans.append((s, e))  # a number cut twice, its point alone on a line ("增长7.9%和\n8.\n1%"): no heading "8."
            continue  # (not under a short title: "十件民生实事\n1.\n100%的行政村…", an item's number)
        if _HEADING.match(nxt) or nxt.startswith(("——", "#", "*", "-", "|")):
            continue
        if nxt[:1].isdigit() and _FIGURE_DASH_ITEM.match(text, e):
            continue  # a 数读 list's item, its figure then a dash and its words ("3%左右——居民消费价格涨幅3%左右"),
            # opens its line: no cut of the line above ("同步——居民人均可支配收入增长与经济增长同步")
        first = nxt[:1]
        if first.isdigit() and (nm := _SPACED_NUMBER.match(text, e)) is not None \
                and ((rm := _SPACED_NUMBER.match(text, run_start)) is not None and int(nm.group(1)) == int(rm.group(1)) + 1
                     or nm.group(1) == "1" and not (prev.isdigit() or prev in "%.") and _item_verb().match(text, nm.end())) \
                and (_item_verb().match(text, nm.end()) or _count_item(text[nm.end():text.find("\n", e) % (len(text) + 1)])):
            continue  # a list numbered by a digit and a space, no stop ("1 新建…4所\n2 新建…"): the next number opens the next item
            # (and the first item, "1 新建…", opens its own line under a title of no stop, "2025年十件民生实事")
            # (or one whose action follows who it is for, "7 为全县65周岁以上老年人免费健康体检2.6万人次", its line ending on a
            # count: a cut inside an amount, "…幼儿园\n2所", "…学位\n1080个", holds no count after its number)
        if first in "↑↓+＋" and _ARROW_FIGURE.match(nxt) and len(prev_line.strip()) < 16 and not _CLAUSE_MARK.search(prev_line) \
                and _names_indicator(text, line_start, s):
            spans.append((s, e))  # an infographic's name over its change by an arrow ("单位GDP能耗\n↓3.2%"; a 数读 page's
            continue  # figure that opens the next item, "地区生产总值\n↑8.9%\n规上工业增加值增速", is kept apart above)
        if not (first.isalnum() or first in "%“‘(（、，,."):
            continue
        if ("\u4e00" <= prev <= "\u9fff" or prev == "）") and run_start == line_start and _count_item(prev_line) \
                and _count_item(text[e:text.find("\n", e) % (len(text) + 1)]) \
                and (_item_verb().match(text, e) or _count_item(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
                     or _count_item(text[(k := text.find("\n", e) % (len(text) + 1)) + 1:text.find("\n", k + 1) % (len(text) + 1)])):
            # a list of pledges set one a line, unmarked, each an action's count ("免费开展“两癌”筛查6000人次\n新建村级卫生室
            # 15个"): a count and its unit go on with no action's verb after them (no sentence runs "6000人次新建…"), and a
            # page's cut falls at a count's end on three lines running by chance only; so the line ends an item, but for
            # a line as wide as a page's lines, which the page cut where it fell
            full, page, column, chars = _as_page_line(text, prev_line, line_start, indented, page, column, chars)
            if not full:
                continue
        # a short line that ends without punctuation is a title or a byline, unless a number is
        # being broken (“9%\n以上”, “42.\n5”), it holds a comma ("外贸出口106.6亿元，增\n长"), it
        # goes on from a full line cut by the page width ("…任务。全\n年预计实现生产总\n值", short only
        # once the pinyin after each character is dropped), or the break cuts an indicator's name
        # (a narrow column: "全县地区生产\n总值增长6.5%"; a list of short bullets does none of these)
        # (an infographic's lines go on too: "地区生产总值\n285.6亿元\n增长5.2%", a change opening the line)
        # (a full stop inside the line is prose too: a narrow column's first line, short by its indent, "（一）坚定不移抓工业
        # 强县。实施\n工业项目60个"; a title or a byline holds none)
        if (len(prev_line.strip()) < 16 and not (prev.isdigit() or prev in "%." or first == "%" or first.isdigit() and not (
                # (a paragraph its year and the clause that year dates open, under a byline or a title: "宁乡市人民政府市长\n
                # 　　2018年，全市…" opens the report, no figure under a name; a narrow column's cut, "由\n2018年的…", goes on)
                _YEAR_OPENS_PARA.match(text, e)))
                and not _CLAUSE_MARK.search(prev_line) and "。" not in prev_line and cut_end != line_start
                and not _breaks_a_name(prev_line, nxt) and not _change_opens().match(nxt)
                and not ((nxt.startswith(_HOLD_OPENS) or _qualitative_under_name(text, e)) and _names_indicator(text, line_start, s))
                and not (nxt.startswith(_RANK_OPENS) and _names_indicator(text, run_start, s))):
            # (but a line as wide as a narrow column, whose width most lines have, is cut by the column's width)
            if column is None:
                column = column_width(text, indented)
            if not column or not 0 <= column - _cells_as_set(prev_line, line_start, indented) <= 1:
                # (nor one as long, in characters, as a narrow page's lines that a converter cut by count: "重点抓好以下
                # 工作：新开工亿元以\n上项目150个，…" on a page of 15 characters a line, its digits narrower in cells)
                if narrow is None:
                    narrow = narrow_chars(text, indented)
                # (and only into a sentence's rest, a line holding a mark: a list's names one a line, a slogan's lines,
                # a byline over "各位代表：" are lines of the page's count by chance, "汉寿高新区标准厂房三期建设工程" over
                # "沧浪河综合治理与生态修复工程" two names)
                if not narrow or len(prev_line.strip()) + (2 if line_start in indented else 0) != narrow \
                        or not _narrow_rest(text, e, narrow):
                    continue
        if year_row_opens().match(text, e) and figure_unit_ends().search(prev_line):
            continue  # a line ending on a figure's unit over a line opening on a year ("五年合计完成固定资产
            # 投资5680亿元\n2025年为1210亿元", a card's rows): no sentence runs from a unit into a year with no mark
            # (decisions 346 and 348; a year led by 其中, decision 353)
        if turn_year_opens().match(text, e) and figure_unit_ends().search(prev_line):
            continue  # a line ending on a figure's unit over a line opening on the year ahead ("全市地区生产总值完成430.5亿元
            # \n增长6.8%\n今年江山还将", a transcript's result then its caption of the year's will): no sentence runs from a
            # unit into 今年 with no mark (cues.tsv unit_line_turns, decision 371)
        spans.append((s, e))
        if len(prev_line.strip()) >= 16:
            cut_end = e
    return _rank_lines_joined(text, spans)


def _rank_lines_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the breaks they keep before a place alone on its line under a line ending on a change ("+8.1%\n
    全省第2位", "地区生产总值增长8.1%\n增速居全市第2位") dropped too: that change's rank, as a card's "增长8.1%\n全省第2位"
    under its level is read (lft63). Added after the joins are found, so that no join of theirs reads otherwise."""
    if "第" not in text:
        return spans
    joined = set(spans)
    extra = []
    for m in _PLACE_LINE_END.finditer(text):  # (found by its 第, then its line and the line above read)
        ls = text.rfind("\n", 0, m.start()) + 1
        if ls and (ls - 1, ls) not in joined and _CARD_RANK_LINE.fullmatch(text, ls, m.end()) is not None \
                and _CHANGE_LINE_END.search(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1) is not None:
            extra.append((ls - 1, ls))
    return sorted(spans + extra) if extra else spans


# a place ending its line ("第2位"); the whole line a place, maybe with its rate's or total's word and a verb ("全省第2位",
# "增速居全市第2位", "总量位列全省第3位"); a line ending on a change ("增长8.1%", "+8.1%")
_PLACE_LINE_END = lazy(r"第\d{1,3}[位名][ \t\u3000]*(?=\n|$)")
_CARD_RANK_LINE = lazy(r"[ \t\u3000]*(?:增速|增幅|总量|规模)?(?:位居|居|位列|排名|排)?[\u4e00-\u9fff]{0,4}?第\d{1,3}[位名][ \t\u3000]*")
_CHANGE_LINE_END = lazy(r"(?:增长|下降|增速|增幅|[+＋↑↓])[ \t\u3000]*\d[\d.]*[ \t\u3000]*[%％][ \t\u3000]*$")


@lru_cache(maxsize=1)
def figure_unit_ends() -> re.Pattern:
    """A figure's unit ending a line (cues.tsv ``line_end_units``, after a magnitude or not; a percentage or 个百分点),
    decision 346."""
    alt = "|".join(map(re.escape, sorted(vocab.cues()["line_end_units"], key=lambda w: (-len(w), w))))
    return re.compile(r"\d(?:[万亿千百]*(?:" + alt + r")|[%％]|个百分点)\s*$")




@lru_cache(maxsize=1)
def turn_year_opens() -> re.Pattern:
    """A line opening on the year ahead's word (cues.tsv ``unit_line_turns``: 今年, 明年, 新的一年), decision 371."""
    words = sorted(vocab.cues().get("unit_line_turns", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")") if words else re.compile(r"(?!)")



@lru_cache(maxsize=1)
def year_clause_opens() -> re.Pattern:
    """A year glued to its clause's verb (cues.tsv card_year_row_verbs: 为, 达到, 完成, 新增…) or a comma (decision 347).
    (Kept apart from ``year_row_opens``, which takes any year: this one tells a card's row of a year and its figure from a
    dated title, "2025年完成2160亿元" over "2025年主要成绩", which any year opening the line would not.)"""
    verbs = sorted(vocab.cues().get("card_year_row_verbs", ()), key=lambda w: (-len(w), w))
    return re.compile(r"(?:19|20)\d\d年(?:" + "|".join(map(re.escape, verbs)) + r"|[，,])")


def year_row_open() -> str:
    """The pattern of a card's row opening on its year, a lead of cues.tsv year_row_leads (其中) before it or none: "2025年",
    "其中2022年", "其中，2022年" (not "2025年的", "2025年度的": a sentence runs from a unit into a year with no mark only as
    "…的" does). One pattern for the line join here and for extract.facts' row under a total (facts._year_row_re)."""
    leads = "|".join(map(re.escape, sorted(vocab.cues().get("year_row_leads", ()), key=lambda w: (-len(w), w))))
    return (r"(?:(?:" + leads + r")[，,]?)?" if leads else "") + r"(?:19|20)\d\d年(?!的|度的)"


@lru_cache(maxsize=1)
def year_row_opens() -> re.Pattern:
    """A line opening on a year, bare or led by 其中 (``year_row_open``): under a line ending on a figure's unit, a card's
    next row ("五年累计完成固定资产投资2860亿元\n2025年当年2350亿元", "…\n其中2022年完成610亿元"). Decision 346 asked for
    the year's verb or a comma after it; decision 348 takes any year, decision 353 one led by 其中 (one pattern since)."""
    return re.compile(year_row_open())


_GAP_IN_LINE = lazy(r"\S(?:\t|  )[ \t]*\S")  # a gap between two cells, or only a wide space
_CELL_GAP = lazy(r"\t[ \t]*| {2,}[ \t]*")
_TAB_GAP = lazy(r" *\t *")  # each tab a gap: an empty cell stays one
_HAN = lazy(r"[\u4e00-\u9fff]")
_SERIAL = lazy(r"\d{1,3}")
# a 民生实事 table as a web page's copy prints it, one space (an ideographic one, read as a space) between its cells: a
# header line opening with 序号 ("序号 项目名称 主要内容 牵头单位"), then rows numbered on from 1 ("3 长者饭堂 新建长者饭堂40
# 个，服务长者50万人次 区民政局"), prose cells too, as a Word table's
_SERIAL_HEAD = lazy(r"^[ \t]*序号(?: [^\s\d]{2,8}){2,}[ \t]*$", re.M)
_SERIAL_ROW = lazy(r"[ \t]*(\d{1,3}) [^\s][^\n]*")
# the same table a Word or web page's copy prints one cell a line: 序号 and two to five short heads, each a line
# ("序号", "实事项目", "目标任务"), then rows of as many lines, each opening on its number
_SERIAL_HEAD_LINES = lazy(r"^[ \t]*序号[ \t]*\n((?:[ \t]*[^\s\d][^\n]{1,9}\n){2,5})(?=[ \t]*1[ \t]*\n)", re.M)

_LONE_HAN = lazy(r"[\u4e00-\u9fff](?: |$)")
# (no year, no column of months so far: "1-11月", "1-11月完成" as facts.py's _FIGURE reads a head)
# (a plan table's five-year total in 〔〕 is a figure too: "〔12.5〕")
_FIGURE_CELL = lazy(r"[-—－+~≥≤<>〔]?\s*(?!(?:19|20)\d\d[ \t]?年|1[-—–~～至]1?\d月(?:$|[^\d%％]))\d|[-—－/]+$|[(（]?(?:%|％)")
_PROSE = lazy(r"[。；;，,：:！？]")
# (a word's reading in brackets, a tone mark in it: "(shēng chǎn zǒng zhí)", "（zēng zhǎng）")
_READING = lazy(r"[(（](?=[^)）\n]{0,120}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[ A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑɡ]{1,120}[)）]")


@lru_cache(maxsize=1)
def _table_words() -> tuple[tuple[str, ...], re.Pattern]:
    """The words that open a table's header (指标, 项目) and the pattern of its other cells (a year,
    单位, 目标, 完成…), from cues.tsv."""
    c = vocab.cues()
    heads = c.get("table_name_head", ())
    words = [re.escape(w) for k in ("table_name_head", "table_unit_head", "table_other_head", "table_actual", "table_target",
                                        "table_growth_head", "table_change_head")
             for w in c.get(k, ())]
    # (and a value column's head, a communiqué's 产量（万吨） over its products, as a whole cell with its unit: a prose
    # line under a table holds such a word, "经济总量偏小", and is no cell)
    values = "|".join(re.escape(w) for w in c.get("table_value_head", ()))
    # (a column of months so far, "1-11月", stands beside the year's in a plan report's table)
    return heads, re.compile(r"(?:19|20)\d\d|十[一二三四五六]五|^1[-—–~～至]1?\d月$|"
                             + (rf"^(?:{values})(?:[（(][^（）()]{{1,8}}[）)])?$|" if values else "") + "|".join(words))


@lru_cache(maxsize=1)
def _head_line() -> re.Pattern:
    """A line that is only the head of a table's names (指标, "指    标")."""
    heads = _table_words()[0]
    return re.compile(r"^[ \t]*(?:" + "|".join(r"[ \t]*".join(map(re.escape, h)) for h in heads) + r")[ \t]*$", re.M)


def _is_row(cells: list[str], tabs: bool) -> bool:
    """Cells of a table row: short, no sentence, not a heading; a header (指标 | 单位 | 2026年目标, or
    a second header row: 预计完成 | 预期目标) or a row with a figure after its name. Runs of spaces split
    a row of figures only in threes or more (a PDF line pads a title and a date apart too); tabs
    are a Word table's."""
    filled = [c for c in cells if c]
    if len(filled) < 2 or _HEADING.match(filled[0]):
        return False  # (a tab before a heading makes no row)
    if tabs and len(filled) >= 3 and _SERIAL.fullmatch(filled[0]):
        return True  # a numbered row of a Word table (序号 | 项目 | 主要内容 | 责任单位), prose cells too
    if len(filled) >= 3 and _SERIAL.fullmatch(filled[0]) and not any(len(c) > 40 or _PROSE.search(c) for c in filled):
        return True  # a numbered row of a PDF's table, cells apart by runs of spaces ("1  学前教育  新建幼儿园3所  12月"):
        # no prose cell (a numbered item's words hold a comma or a stop)
    # (a sub-row opens with 其中：, "其中：城镇居民 | 元 | 45100": no sentence for that colon; a reading-aid page's pinyin
    # after a name's words, "一般公共预算收入(yī bān gōng gòng yù suàn shōu rù)增长", counts for none of its length: the noise
    # step drops it, decision 369)
    if any(len(_READING.sub("", c) if "(" in c or "（" in c else c) > 40
           or _PROSE.search(c, 3 if c.startswith(("其中：", "其中:")) else 0) for c in cells):
        return False  # (nor a tab before a paragraph)
    heads, head_cell = _table_words()
    if all(head_cell.search(c.replace(" ", "")) and (tabs or len(c) <= 10) for c in cells if c) and any(cells):
        return True  # (a second header row's corner cell is empty; a long title padded apart is none)
    return (tabs or len(cells) >= 3) and (cells[0].replace(" ", "") in heads or any(_FIGURE_CELL.match(c) for c in cells[1:]))


@lru_cache(maxsize=1)
def _spaced_words() -> frozenset[str]:
    """A header's words longer than two that a PDF may space wide ("指  标  名  称", "计  划  目  标"), from cues.tsv."""
    c = vocab.cues()
    return frozenset(w for k in ("table_name_head", "table_unit_head", "table_other_head", "table_actual", "table_target")
                     for w in c.get(k, ()) if len(w) > 2)


def _spaced_word(line: str, at: int) -> int:
    """How many lone characters from ``at`` on, each set apart by a gap, make one header word: the
    longest run that is a word of more than two ("指  标  名  称  单  位" is 指标名称, then 单位), else two."""
    chars, pos = [line[at]], at
    while len(chars) < 6:
        g = _CELL_GAP.match(line, pos + 1)
        if g is None or not _LONE_HAN.match(line, g.end()):
            break
        pos = g.end()
        chars.append(line[pos])
    words = _spaced_words()
    return next((k for k in range(len(chars), 2, -1) if "".join(chars[:k]) in words), 2)


def _split_cells(line: str) -> tuple[list[str], list[int]]:
    """The cells of a line and where each gap between two starts: a line with tabs splits at tabs
    only; else at runs of spaces, but not between two lone characters ("指    标", "单  位": a
    two-character word of a header spaced wide, the gap stays a space)."""
    tabs = "\t" in line
    cells, starts, cut, last, inside = [], [], 0, -1, 0
    for g in (_TAB_GAP if tabs else _CELL_GAP).finditer(line):
        if inside:
            inside -= 1  # (a gap inside a header's word of more than two, "指  标  名  称")
            continue
        if not tabs and g.start() - cut == 1 and last != cut and _HAN.match(line, cut) \
                and _LONE_HAN.match(line, g.end()):
            last = cut  # (a word of two: the next lone character starts a cell again)
            inside = _spaced_word(line, cut) - 2
            continue
        cells.append(line[cut:g.start()])
        starts.append(g.start())
        cut = g.end()
    cells.append(line[cut:])
    return cells, starts


# a row's name cell and, one space after it, the next cell: the PDF's text layer left one space where a long name
# fills its column ("城镇常住居民人均可支配收入增长（%） 9", "城镇新增就业 万人"); the next cell a figure, a bracketed
# total, a dash for no figure, or a unit (units.tsv)
_NAME_THEN_CELL = lazy(r"([^\s\d][^\n]*?[^\s\d.．]) ([-—－+]?\d+(?:\.\d+)?(?:左右|以上|以内|以下)?|〔\d+(?:\.\d+)?〕|[-—－]{1,2}|\S{1,8})")


@lru_cache(maxsize=1)
def _unit_cells() -> frozenset[str]:
    """The units a table's unit column holds, as written and bracketed ("万人", "（%）"), from units.tsv."""
    return frozenset(w for a, _, _, _ in vocab.units() for w in (a, f"（{a}）", f"({a})"))


def _narrow_gap(cells: list[str], starts: list[int], line: str) -> tuple[list[str], list[int]]:
    """A row's cells split by runs of spaces with its name cell split once more where one space sets the next cell
    apart (_NAME_THEN_CELL): the name cell first, or second after a serial number; only in a row of three cells or
    more, so that the row's figures are not read one column to the left. A header's name head is split from the
    header word after it ("指标名称 单位", "指标 2025年计划"); a name that names a year stays whole, and so does a name
    whose word after the space is no unit nor figure ("地区生产总值 增长（%）")."""
    if len(cells) < 3:
        return cells, starts
    i = 1 if _SERIAL.fullmatch(cells[0]) else 0
    m = _NAME_THEN_CELL.fullmatch(cells[i])
    if m is None or len(_HAN.findall(m.group(1))) < 2 or re.search(r"(?:19|20)\d\d", m.group(1)):
        return cells, starts
    nxt = m.group(2)
    heads, head_cell = _table_words()
    if m.group(1) in heads:  # a header's name head: split only before a header's word ("指标名称 单位", "指标 2025年计划")
        if not head_cell.search(nxt):
            return cells, starts
    elif not (nxt[0].isdigit() or nxt[0] in "-—－+〔" or unicodedata.normalize("NFKC", nxt) in _unit_cells()
              or nxt in _unit_cells()):
        return cells, starts
    at = (starts[i - 1] + len(line[starts[i - 1]:]) - len(line[starts[i - 1]:].lstrip(" \t")) if i else 0) + m.end(1)
    return cells[:i] + [m.group(1), nxt] + cells[i + 1:], starts[:i] + [at] + starts[i:]


def _table_cells(text: str, cuts: list[tuple[int, int]] | None = None) -> str:
    """The text with the cells of each table row split by '|', one character for one (the first of the
    gap between two cells swapped), so that no later step runs a row's cells together ("5.5   5左右"
    read as "5.55左右"): lines of cells split by tabs (a Word table) or by runs of spaces (a PDF's
    text layer), and a table printed one cell a line under its header line (指标, 单位, 2026年目标…)."""
    swaps: list[int] = []
    joins: list[int] = []  # the line breaks inside a header's cell (read as a space)
    if "\t" in text or "  " in text:
        done = -1
        for g in _GAP_IN_LINE.finditer(text):
            if g.start() < done:
                continue  # a line already read
            ls = text.rfind("\n", 0, g.start()) + 1
            done = text.find("\n", g.end())
            done = len(text) if done < 0 else done
            line = text[ls:done]
            stripped = line.strip(" \r") if "\t" in line else line.strip()  # (a tab opens an empty cell)
            lead = len(line) - len(line.lstrip(" \r" if "\t" in line else None))
            cells, starts = _split_cells(stripped)
            if "\t" not in line and " " in stripped:
                cells, starts = _narrow_gap(cells, starts, stripped)
            if len(cells) >= 2 and _is_row(cells, "\t" in line):
                swaps += [ls + lead + g for g in starts]
    heads, head_cell = _table_words()
    if "年\n" in text:
        joins += _wrapped_head(text, head_cell)
    if h := _head_line().search(text):
        inner: list[int] = []
        paged: list[tuple[int, int]] = []
        found = _cell_lines(text, heads, head_cell, inner, paged)
        if text.startswith("\n", h.end() + 1):  # (a blank line under the head: each cell a paragraph?)
            spaced_inner: list[int] = []
            spaced_paged: list[tuple[int, int]] = []
            spaced = _spaced_cell_lines(text, heads, head_cell, spaced_inner, spaced_paged)
            if spaced:  # (read with its blank lines, such a table passes for rows of empty cells)
                found, inner, paged = spaced, spaced_inner, spaced_paged
        swaps += found
        joins += inner
        if cuts is not None:
            cuts += paged
    if " " in text:
        swaps += _space_rows(text, heads, head_cell)
    if "序号" in text:
        swaps += _serial_rows(text)
    if "：" in text or ":" in text:
        swaps += _label_rows(text)
        if "指标" in text:
            swaps += _record_lines(text, head_cell)
    if not swaps:
        return text
    chars = list(text)
    for i in swaps:
        chars[i] = "|"
    for i in joins:
        chars[i] = " "
    if text.count("指标") >= 2:
        for i in _side_by_side(text, sorted(set(swaps)), heads):
            chars[i] = "\n"
    return "".join(chars)


def _side_by_side(text: str, swaps: list[int], heads: tuple[str, ...]) -> list[int]:
    """The gaps between the two halves of a table printed side by side to save a page's width (“指标 | 目标 | 指标 | 目标”,
    then two rows in each line): the gap before the second half's name, on the header and each row as wide under it, so
    that each half reads as a row of its own (one character for one: the gap becomes a line break)."""
    out: list[int] = []
    by_line: dict[int, list[int]] = {}
    for i in swaps:
        by_line.setdefault(text.rfind("\n", 0, i) + 1, []).append(i)
    width, last = 0, -2
    for ls in sorted(by_line):
        gaps = by_line[ls]
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        bounds = [ls - 1, *gaps, le]
        cells = [text[a + 1:b].strip() for a, b in zip(bounds, bounds[1:])]
        n = len(cells)
        if n >= 4 and n % 2 == 0 and cells[:n // 2] == cells[n // 2:] and cells[0] in heads:
            width = n  # the header: its heads twice over
        elif not (width and ls == last + 1 and n == width and cells[0] and cells[n // 2]):
            width = 0  # (a row of another width, or a line between: the table has ended)
            continue
        out.append(gaps[n // 2 - 1])
        last = le
    return out


def _serial_rows(text: str) -> list[int]:
    """The spaces between the cells of the header and the rows of each table of ``_SERIAL_HEAD``: a row holds three
    cells or more, no two spaces together, and the next number; two rows at least."""
    out: list[int] = []
    for h in _SERIAL_HEAD.finditer(text):
        spans, pos = [(text.find("序号", h.start()), h.end())], h.end() + 1
        while (m := _SERIAL_ROW.match(text, pos)) is not None and int(m.group(1)) == len(spans):
            cell = text[m.start(1):m.end()]
            if cell.count(" ") < 2 or "  " in cell:
                break
            spans.append((m.start(1), m.end()))
            pos = m.end() + 1
        if len(spans) < 3:
            continue
        for s, e in spans:
            k = text.find(" ", s, e)
            while k >= 0:
                out.append(k)
                k = text.find(" ", k + 1, e)
    if "序号\n" in text:
        out += _serial_cell_lines(text)
    return out


def _serial_cell_lines(text: str) -> list[int]:
    """The line breaks inside the header and the rows of each table of ``_SERIAL_HEAD_LINES``: a row is its number
    (the next one) and one non-empty line for each head after 序号; two rows at least. Read as one line each, the
    rows are a Word table's, so that a project's name ending in a verb (老旧小区改造) lends it to no cell after it."""
    out: list[int] = []
    for h in _SERIAL_HEAD_LINES.finditer(text):
        k = h.group(1).count("\n") + 1  # the cells of a row, its number's included
        breaks, pos, n = [h.start(1) - 1] + [i for i in range(h.start(1), h.end(1) - 1) if text[i] == "\n"], h.end(1), 1
        rows: list[int] = []
        while True:
            cut = [pos]
            for _ in range(k):
                e = text.find("\n", cut[-1])
                if e < 0:
                    e = len(text)
                cut.append(e + 1)
            cells = [text[a:b - 1].strip() for a, b in zip(cut, cut[1:])]
            if cells[0] != str(n) or not all(cells[1:]) or any(_SERIAL.fullmatch(c) for c in cells[1:]):
                break
            rows += [c - 1 for c in cut[1:-1]]
            pos, n = cut[-1], n + 1
            if pos > len(text):
                break
        if n > 2:
            out += breaks + rows
    return out


_YEAR_LINE_END = lazy(r"(?:19|20)\d\d[ \t]?年[ \t]*(?=\r?\n)")
_ANY_YEAR = lazy(r"(?:19|20)\d\d")


def _head_cells(line: str, head_cell: re.Pattern) -> list[str]:
    """The cells of a line that holds only a table's header words (a year, 单位, 计划…), else none."""
    cells = [c.strip() for c in _split_cells(line.strip())[0] if c.strip()]
    return cells if all(len(c) <= 10 and head_cell.search(c.replace(" ", "")) for c in cells) else []


def _wrapped_head(text: str, head_cell: re.Pattern) -> list[int]:
    """The line breaks inside the cells of a header whose every cell a PDF's text layer wrapped after its year,
    the rest of each cell opening the next line ("指标名称    单位    2023年" / "计划    2023年" / "预计完成    2024年" /
    "目标    指标属性"): a header line ending in its only bare year, lines of a word and the next bare year, and a
    line opening with a word; each break joins a year to what its column holds. A header line with two years
    or more over a second header row ("2023年    2024年" over "计划    预计完成    计划") is none: the years span
    the columns under them."""
    out: list[int] = []
    done = -1
    for m in _YEAR_LINE_END.finditer(text):
        if m.start() < done:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        cells = _head_cells(text[ls:m.end()], head_cell)
        if len(cells) < 2 or sum(1 for c in cells if _YEAR_CELL.fullmatch(c)) != 1 or not _YEAR_CELL.fullmatch(cells[-1]):
            continue
        breaks, nl = [text.index("\n", m.end())], text.index("\n", m.end())
        while True:
            end = text.find("\n", nl + 1)
            end = len(text) if end < 0 else end
            cells = _head_cells(text[nl + 1:end], head_cell)
            if not cells or _ANY_YEAR.search(cells[0]):
                breaks = []  # (a line that goes on no cell: no wrapped header)
                break
            if len(cells) == 2 and _YEAR_CELL.fullmatch(cells[1]) and end < len(text):
                breaks.append(end)  # a word, then the next column's year
                nl = end
                continue
            break  # the last line: a word (and the cells after the years')
        if len(breaks) >= 2:
            out += breaks
            done = nl
    return out


# a record of one indicator printed one labelled cell a line, under a line naming it ("指标名称：地区生产总值增长" over
# "单位：%", "2022年计划：7左右", "2022年预计完成：4.2", "2023年计划：6.5左右")
_RECORD_HEAD = lazy(r"^[ \t\u3000]*指标(?:名称)?[ \t\u3000]*[：:][ \t\u3000]*[^\s\d：:|，,。；;][^\n：:|，,。；;]{1,28}$", re.M)
_RECORD_CELL = lazy(r"[ \t\u3000]*((?:19|20)\d\d[ \t]?年)?([^\s\d：:|，,。；;]{1,8})[：:][ \t\u3000]*[^\s：:|，,。；;][^\n：:|。；;]{0,23}")


def _record_lines(text: str, head_cell: re.Pattern) -> list[int]:
    """The line breaks inside records of one indicator printed one labelled cell a line: after a line naming the
    indicator (指标名称：…), the lines of a header word or a year and its figure (单位：%, 2022年计划：7左右,
    2022年预计完成：4.2): each break read as a cell's gap, the record one row of cells (as "城镇新增就业（万人）　计划：3.5
    完成：3.8" is), not one sentence run on into the next line's figure. Two such lines at least, one with a figure."""
    out: list[int] = []
    for h in _RECORD_HEAD.finditer(text):
        breaks, nl, figured = [], h.end(), False
        while nl < len(text) and text[nl] == "\n":
            end = text.find("\n", nl + 1)
            end = len(text) if end < 0 else end
            c = _RECORD_CELL.fullmatch(text, nl + 1, end)
            if c is None or not (c.group(1) or head_cell.search(c.group(2))) or c.group(2).startswith("指标"):
                break  # (the next record's name line opens a row of its own)
            breaks.append(nl)
            figured = figured or any(ch.isdigit() for ch in text[c.end(2):end])
            nl = end
        if len(breaks) >= 2 and figured:
            out += breaks
    return out


# a row of labelled cells on its line: a name, then two cells or more set apart by a gap (a wide space, a tab,
# an ideographic space), each a label and its figure ("地区生产总值增长（%）　计划：7　完成：6.1　2024年目标：6左右")
_LABEL_ROW = lazy(r"^[ \t\u3000]*[^\s\d。；;，,：:|]{2,30}(?:[ \t\u3000]+(?:(?:19|20)\d\d年)?[^\s\d。；;，,：:|]{1,8}[：:][ \t]*"
                  r"[-—－]?\d[\d.]*[^\s\d。；;，,：:|]{0,4}){2,}[ \t\u3000]*$", re.M)
_LABEL_GAP = lazy(r"[ \t\u3000]+")


def _label_rows(text: str) -> list[int]:
    """The gaps between the cells of rows of labelled cells, each row on its line and naming an indicator, no
    header over them ("城镇新增就业（万人）　计划：3.5　完成：3.8"): cells, as a table's, not one sentence with the
    next row's."""
    out: list[int] = []
    for m in _LABEL_ROW.finditer(text):
        lead = len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
        if _names_indicator(text, m.start() + lead, m.end()):
            out += [g.start() for g in _LABEL_GAP.finditer(text, m.start() + lead, m.end()) if g.end() < m.end()]
    return out


@lru_cache(maxsize=1)
def _space_head() -> re.Pattern:
    """A line that may be a table's header with its cells split by single spaces: a name head first (group 1), after
    the line's indent or none (a page whose every paragraph is indented, "　　序号 指标 单位 2021年", its rows indented as
    well: the indent is no cell, decision 411)."""
    heads = sorted(_table_words()[0], key=len, reverse=True)
    return re.compile(r"^[ \t\u3000]*((?:" + "|".join(map(re.escape, heads)) + r") [^\n\t]+)$", re.M)


_QUALIFIER_CELLS = frozenset(("以上", "以下", "以内", "左右"))  # (a figure's qualifier, never a cell of its own)
_FIGURE_END = frozenset("0123456789%％")


def _space_split(line: str) -> list[str]:
    """A row's cells split by one space, a qualifier after a figure kept in the figure's cell ("5 以上", "2 左右":
    a PDF's text layer set the qualifier apart)."""
    out: list[str] = []
    for p in line.split(" "):
        if out and p in _QUALIFIER_CELLS and out[-1][-1:] in _FIGURE_END:
            out[-1] += " " + p
        else:
            out.append(p)
    return out


# a figure whose thousands a statistical table sets apart by a space ("粮食 2 764.33 1.3", as a yearbook prints it): one cell
# (not from the digits right after a figure cut at its point, "10 12. 1 121.0", "10 13. 4 134.0": they are that figure's)
_GROUPED_FIGURE = lazy(r"(?:(?<= )|^)(?<!\d\. )\d{1,3}(?: \d{3})+(?:\.\d+)?(?= |$)")


def _grouped_gaps(line: str) -> frozenset[int]:
    """The spaces inside the figures of ``line`` whose thousands are set apart (_GROUPED_FIGURE)."""
    return frozenset(m.start() + i for m in _GROUPED_FIGURE.finditer(line) for i, ch in enumerate(m.group()) if ch == " ")


_SPLIT_FIGURE_PART = lazy(r"\d+(?:\.\d*)?")
_POINT_OPENS = lazy(r"\.\d+")
_WHOLE_FIGURE = lazy(r"\d+(?:\.\d+)?")


def _split_figure_gap(line: str) -> frozenset[int]:
    """The space inside a figure that a page's printing split in a row of cells split by single spaces ("1085. 7": a
    cell ending on its point, the digits after it in the next; "19 6.2": the one pair of figure cells side by side that
    reads as one figure, "196.2", where "6.2 7.3" read as one holds two points): that space, else none (two such pairs,
    "12 3 4.5", tell nothing; decision 411). Not where the name cell is the one split ("一般公共预算 收入 亿元 16 7.4":
    ``_split_name_gap``, the space between its words, decision 415)."""
    parts = line.split(" ")
    if (named := _split_name_gap(parts)) >= 0:
        return frozenset((named,))
    gaps, at = [], 0
    for a, b in zip(parts, parts[1:]):
        at += len(a)
        if _WHOLE_FIGURE.fullmatch(a) and "." not in a and _POINT_OPENS.fullmatch(b):
            # (a cell of digits before one opening on its point, "7 2 .8 40.0": the figure cut before its point, as
            # "1085. 7" after it — no table's cell opens so; the pair before it, "7 2", is two cells)
            return frozenset((at,))
        if _SPLIT_FIGURE_PART.fullmatch(a) and _SPLIT_FIGURE_PART.fullmatch(b) and not b.endswith("."):
            if a.endswith("."):
                return frozenset((at,))
            if _WHOLE_FIGURE.fullmatch(a + b):
                gaps.append(at)
        at += 1
    return frozenset(gaps) if len(gaps) == 1 else frozenset()


def _row_figures(line: str, gaps: frozenset[int]) -> list[float | None]:
    """The cells of a row of single-space cells, the spaces at ``gaps`` read inside a figure: each cell's figure, or
    None for a cell that is no plain figure (a name, a unit, a qualified figure)."""
    cells = _space_split("".join("_" if i in gaps else ch for i, ch in enumerate(line)))
    return [float(c.replace("_", "")) if _WHOLE_FIGURE.fullmatch(c.replace("_", "")) else None for c in cells]


def _gap_by_columns(line: str, rows: list, extra: int = 1) -> frozenset[int]:
    """In a row one cell wider than its header where two or more pairs of figure cells side by side each read as one
    figure ("固定资产投资增速 10 1 2.1 121.0": 101 and 2.1, or 10 and 12.1; ``_split_figure_gap`` reads none), the space
    of the reading whose figures stand nearest, in ratio, to the same columns' figures in the rows above (two or more of
    the same width read): a PDF's kerning splits a figure anywhere, but a table's column holds figures of one kind and
    size. The best reading must be three times nearer in all than each other (a factor 3 on the log scale), else none.
    With ``extra`` 2, a row two cells wider (a figure split twice, or two figures each once, where no one reading is
    sure: "实际使用外资 亿元 1 5 8 6.2" — 158 and 6.2, 15 and 86.2, or 1 and 586.2; "元 4 7 860 4.9", a thousand set apart
    and the layer's kerning): the two spaces of the nearest reading the same way, each joined cell a figure (prn65)."""
    parts = line.split(" ")
    gaps, at = [], 0
    for a, b in zip(parts, parts[1:]):
        at += len(a)
        if _SPLIT_FIGURE_PART.fullmatch(a) and _SPLIT_FIGURE_PART.fullmatch(b) and _WHOLE_FIGURE.fullmatch(a + b):
            gaps.append(at)
        at += 1
    if extra == 1:
        readings = [frozenset((g,)) for g in gaps]
    else:
        readings = [frozenset((g, h)) for k, g in enumerate(gaps) for h in gaps[k + 1:]]
        readings = [r for r in readings if all(
            _WHOLE_FIGURE.fullmatch(c.replace("_", "")) for c in _space_split("".join("_" if i in r else ch for i, ch in enumerate(line)))
            if "_" in c)]
    if len(readings) < 2:
        return frozenset()
    width = len(parts) - extra
    above = []
    for r in rows:
        if len(r) == 3:
            figs = _row_figures(r[1], r[2])
            if len(figs) == width:
                above.append(figs)
    if len(above) < 2:
        return frozenset()
    scores: list[tuple[float, int, frozenset[int]]] = []
    for n, rd in enumerate(readings):
        score = 0.0
        for j, v in enumerate(_row_figures(line, rd)):
            col = sorted([f[j] for f in above if f[j] is not None and f[j] > 0])
            if v is not None and v > 0 and col:
                score += abs(math.log(v / col[len(col) // 2]))
        scores.append((score, n, rd))
    scores.sort(key=lambda t: (t[0], t[1]))
    return scores[0][2] if scores[1][0] - scores[0][0] >= math.log(3) else frozenset()


_CUT_AT_POINT = lazy(r"\d+\. \d+(?![\d.])|(?<![\d.])\d+ \.\d+")


def _point_split_gaps(line: str, extra: int) -> frozenset[int]:
    """The spaces inside the figures that a page's printing split each at its point in a row of cells split by single
    spaces, the row ``extra`` cells wider than its header ("一般公共预算支出 52. 0 3. 5 55. 5 54.9", three more): a cell
    ending on its point before a cell of digits, or a cell of digits before one opening on its point ("3 .5") — no cell
    of a table ends or opens so, so each such space is a figure's own, whatever the others' — where there are exactly
    ``extra`` of them (fewer leave the row to the readings of one split figure, ``_split_figure_gap(s)``)."""
    gaps = [m.start() + m.group().index(" ") for m in _CUT_AT_POINT.finditer(line)]
    return frozenset(gaps) if len(gaps) == extra >= 2 else frozenset()


def _point_then_split_gaps(line: str, extra: int) -> frozenset[int]:
    """The spaces inside the figures of a row ``extra`` cells wider than its header where all but one are cut at their
    points (``_CUT_AT_POINT``: each such space a figure's own, whatever the others') and the one left is the split figure
    that ``_split_figure_gap`` reads in the row with those joined ("一般公共预算收入 亿元 6 2. 5 63. 8", three more: "62.5"
    and "63.8", a layer's kerning splitting a figure already cut at its point); else none. Two left tell one figure split
    twice from two split once ("4 5.2 4 7.6"), and "45.2 4 7.6" reads as 45.24 or as 47.6: neither is read."""
    cut = [m.start() + m.group().index(" ") for m in _CUT_AT_POINT.finditer(line)]
    if not cut or extra - len(cut) != 1:
        return frozenset()
    kept = [i for i in range(len(line)) if i not in cut]  # (the joined row's places in the line)
    more = _split_figure_gap("".join(line[i] for i in kept))
    return frozenset(cut) | frozenset(kept[j] for j in more) if more else frozenset()


def _split_figure_gaps(line: str, extra: int) -> frozenset[int]:
    """The spaces inside the one figure that a page's printing split twice or more in a row of cells split by single spaces,
    the row ``extra`` cells wider than its header ("1 地区生产总值 亿元 3 1 2. 6 7.9": a PDF's kerning set each glyph
    apart): the one run of ``extra`` + 1 figure cells side by side that reads as one figure ("312.6"; "1 2. 6 7.9" holds
    two points), else none (two such runs tell nothing; decision 424). ``extra`` is 2 or 3 only: a row wider still is no
    figure split but another table."""
    if not 2 <= extra <= 3:
        return frozenset()
    parts = line.split(" ")
    starts, at = [], 0
    for p in parts:
        starts.append(at)
        at += len(p) + 1
    found: frozenset[int] = frozenset()
    for k in range(len(parts) - extra):
        run = parts[k:k + extra + 1]
        if all(_SPLIT_FIGURE_PART.fullmatch(p) for p in run) and _WHOLE_FIGURE.fullmatch("".join(run)) \
                and all(len(p) <= 3 for p in run):
            if found:
                return frozenset()
            found = frozenset(starts[k + j] - 1 for j in range(1, extra + 1))
    return found


def _split_name_gap(parts: list[str]) -> int:
    """In a row of single-space cells with one cell more than its header's, the space inside the name cell that a page's
    printing split ("2 一般公共预算 收入 亿元 16 7.4", "规模以上 工业增加值 % 8.6 8.1"): two cells of words side by side
    before the row's first figure (after its serial number), the second no unit: that space's place in the line, else -1.
    The two figures after them stay two ("16 7.4" is no 167.4: the extra cell is the name's; decision 415). Not a unit
    after the name ("一般公共预算收入 亿元 19 6.2 7.3": the figure is the split one, decision 411), nor two such pairs."""
    at, found = 0, -1
    for k, (a, b) in enumerate(zip(parts, parts[1:])):
        at += len(a)
        if any(ch.isdigit() for ch in a) and k > 0 or any(ch.isdigit() for ch in b):
            break
        if _WRAPPED_NAME_LINE.fullmatch(a) and _WRAPPED_NAME_LINE.fullmatch(b) and not _UNIT_LINE_CELL.fullmatch(b) \
                and b not in _unit_cells():
            if found >= 0:
                return -1
            found = at
        at += 1
    return found


def _qualifier_next(line: str, i: int) -> bool:
    """Whether the space at ``i`` sets a qualifier apart from the figure before it (_space_split)."""
    return line[i - 1:i] in _FIGURE_END and line[i + 1:i + 3] in _QUALIFIER_CELLS and line[i + 3:i + 4] in ("", " ")


def _space_rows(text: str, heads: tuple[str, ...], head_cell: re.Pattern) -> list[int]:
    """The spaces between the cells of a table whose cells a PDF's text layer split by one space:
    a header line of header words only (指标名称 单位 2025年计划 2025年预计, three cells or more,
    opening with a name head), then the rows under it with as many cells (one fewer: a category
    cell spanning rows printed once) and a figure after the name; a one-cell line between rows (a
    category: 经济发展, 一、经济发展) is passed over. One space inside prose never opens such a run. A row's indent (a
    sub-row, " 稻谷 1883.76 0.6" under "粮食 2764.33 1.3", its ideographic spaces made plain) opens no cell."""
    out: list[int] = []
    for h in _space_head().finditer(text):
        cells = h.group(1).split(" ")
        if len(cells) < 3 or "  " in h.group(1) or not all(c and len(c) <= 10 and head_cell.search(c) for c in cells):
            continue
        rows, pos, wider = [], h.end() + 1, 0
        # (a table set double, a blank line after the header and after each row: a Word file's paragraphs as its converter
        # gives them; one blank line between rows is passed over where one stands right under the header, prn63)
        double = text.startswith("\n", pos) and not text.startswith("\n", pos + 1)
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if double and end == pos and not text.startswith("\n", pos + 1) and (rows or pos == h.end() + 1):
                pos += 1
                continue
            # (the row read from after its indent)
            at0 = pos + len(text[pos:end]) - len(text[pos:end].lstrip(" "))
            line = text[at0:end]
            if rows and (not line or _is_mark(line)) and (skip := _page_break_skip(text, pos)) > pos:
                # "— 4 —" between two rows of a PDF layer's table: the table goes on past the page's break (its mark,
                # the blank lines and the running head around it, dropped later); its rows after it are cells too, not
                # figures run together ("一般公共预算收入 31.5 32.2 33.8" read as "31.532.233.8"; decision 491)
                pos = skip
                continue
            row = _space_split(line)
            grouped: frozenset[int] = frozenset()
            if len(row) > len(cells) + wider and " " in line and (grouped := _grouped_gaps(line)):
                # (more cells than the header's where a figure's thousands are set apart: read each such figure as one)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            if len(row) > len(cells) + wider + 1 and not grouped \
                    and (grouped := _point_split_gaps(line, len(row) - len(cells) - wider)):
                # (several figures each split at its point, "52. 0 3. 5 55. 5": each read as one)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            if len(row) > len(cells) + wider + 1 and not grouped \
                    and (grouped := _point_then_split_gaps(line, len(row) - len(cells) - wider)):
                # (figures split at their points and one figure split elsewhere too, "6 2. 5 63. 8": each read as one)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            if len(row) == len(cells) + wider + 1 and not grouped and (grouped := _split_figure_gap(line)):
                # (one cell more than the header's where a figure is split by a space, "1085. 7", "19 6.2": read as one)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            elif len(row) == len(cells) + wider + 1 and not grouped and (grouped := _gap_by_columns(line, rows)):
                # (two pairs of figure cells that each read as one, "10 1 2.1" — 101 and 2.1, or 10 and 12.1: the reading
                # whose figures are of the rows above's size, column by column; the row ended the table on the base)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            elif len(row) > len(cells) + wider + 1 and not grouped \
                    and (grouped := _split_figure_gaps(line, len(row) - len(cells) - wider)):
                # (two cells more or three where one figure is split twice or three times, "3 1 2. 6": read as one)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            elif len(row) == len(cells) + wider + 2 and not grouped and (grouped := _gap_by_columns(line, rows, 2)):
                # (two cells more where no one figure's run is sure, "1 5 8 6.2": the reading of the rows above's size, as
                # for one cell more; the row ended the table before, prn65)
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            elif len(row) == len(cells) + wider + 1 and grouped and len(_space_split(line)) == len(cells) + wider + 2 \
                    and (by_cols := _gap_by_columns(line, rows, 2)):
                # (a thousand set apart and a figure split by the layer's kerning too, "4 7 860 4.9": the thousand's
                # reading leaves a cell more; the line read whole by the columns instead, prn65)
                grouped = by_cols
                row = _space_split("".join("_" if i in grouped else ch for i, ch in enumerate(line)))
            if line and len(row) < len(cells) - 1 and end < len(text) and not any(ch.isdigit() for ch in row[0]):
                # "规模以上工业增加值增长 %" over "8 9.1 8": a row whose figures a PDF's text layer put on
                # the line after its name (and unit): the break between them parts two cells
                nend = text.find("\n", end + 1)
                nend = len(text) if nend < 0 else nend
                figs = _space_split(text[end + 1:nend])
                if len(cells) - 1 <= len(row) + len(figs) <= len(cells) + wider and all(c and _FIGURE_CELL.match(c) for c in figs) \
                        and "  " not in text[end + 1:nend] and _is_row(row + figs, False):
                    rows += [(at0, line), (end + 1, text[end + 1:nend])]
                    out.append(end)
                    pos = nend + 1
                    continue
            if len(row) == 1 and line and len(line) <= 12 and not _PROSE.search(line) and not any(ch.isdigit() for ch in line):
                pos = end + 1
                continue
            if not rows and len(row) >= 2 and all(c and len(c) <= 10 and head_cell.search(c) for c in row):
                # a second header row ("计划 预计完成 计划目标" under years that span its columns): the
                # rows may be as much wider than the first
                rows.append((at0, line))
                wider += 1
                pos = end + 1
                continue
            if "  " in line or "\t" in line or not len(cells) - 1 <= len(row) <= len(cells) + wider \
                    or not _is_row(row, False):
                break
            rows.append((at0, line, grouped))
            pos = end + 1
        if rows:
            for at, line, *g in [(h.start(1), h.group(1))] + rows:
                out += [at + i for i, ch in enumerate(line) if ch == " " and not _qualifier_next(line, i)
                        and not (g and i in g[0])]
    return out


_YEAR_CELL = lazy(r"(?:19|20)\d\d[ \t]?年?")
_WRAPPED_NAME_LINE = lazy(r"[\u4e00-\u9fff（）()]{2,16}")  # (a part of a name cell: no figure, no mark)
_UNIT_LINE_CELL = lazy(r"[万亿千百]?(?:元|人|户|家|个|吨|亩|人次|平方米|公里|千瓦时?|美元|斤|公斤|项|所|座|张|天|位|标准煤|立方米|元/人|人/年)")


def _name_rest(line: str, nxt: str) -> bool:
    """Whether ``nxt`` can be the rest of a name cell that ``line`` begins: words that are no unit, one
    character too ("地区生产总" over "值", "新能源汽车保有" over "量": the cell was a character too narrow); a
    one-character unit only where it ends an indicator's name cut at the line's end (the row's reading then
    decides between the two: a unit cell, "辆" under "新能源汽车保有量", reads better as a cell)."""
    if _UNIT_LINE_CELL.fullmatch(nxt):
        tail = line[-12:]
        return len(nxt) == 1 and any(m.start() < len(tail) < m.end() for m in _indicator_names().finditer(tail + nxt))
    return _WRAPPED_NAME_LINE.fullmatch(nxt) is not None or len(nxt) == 1 and _HAN.match(nxt) is not None


@lru_cache(maxsize=1)
def _tail_heads() -> frozenset[str]:
    """Heads over a column of no figures that close a header row after its years (cues.tsv table_tail_head)."""
    return frozenset(vocab.cues().get("table_tail_head", ()))


def _page_break_skip(text: str, pos: int) -> int:
    """The start of the first line past a page's break that opens at ``pos`` (``_past_page_break``), ``pos`` where
    no mark stands there."""
    lines = text[pos:pos + 600].split("\n")[:10]
    q = _past_page_break(lines, 0)
    return pos + sum(len(ln) + 1 for ln in lines[:q]) if 0 < q < len(lines) else pos


def _past_page_break(lines: list[str], r: int) -> int:
    """The first line at ``r`` or after it past a page's break, a page mark and the blank lines around it ("", "- 2 -",
    ""), and the running head or foot beside the mark that names the document ("第 1 页", "2020年巩义市政府工作报告");
    ``r`` where no mark stands there (blank lines alone part two tables)."""
    q, mark, head = r, False, False
    while q < len(lines) and q - r < 6 and (not lines[q].strip() or _is_mark(lines[q])
                                           or not head and _page_head_line(lines[q])):
        head = head or bool(lines[q].strip()) and not _is_mark(lines[q])
        mark = mark or _is_mark(lines[q])
        q += 1
    # (the next page's running head under its mark, "— 1 —" then "政府工作报告" or "湖州市2026年政府工作报告": the
    # table's cells are read before the heads go, and a head names the document, it is no row's cell)
    if mark and q < len(lines) and 4 <= len(h := lines[q].strip()) <= 40 and _header_words().search(h) \
            and not _CLAUSE_MARK.search(h):
        q += 1
        while q < len(lines) and not lines[q].strip():
            q += 1
    return q if mark else r


def _page_break_points(text: str, spans: list[tuple[int, int]], heads: list[tuple[int, int]]) -> list[int]:
    """Where the dropped spans that are a page's break stand (sorted): a whole line that is a page mark ("— 1 —",
    "- 2 -") or a running head or foot (``_running_header_spans``), the line's own text all of the span."""
    out = []
    keyed = set(heads)
    for s, e in spans:
        if (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n") \
                and ((s, e) in keyed or _is_mark(text[s:e])):
            out.append(s)
    return sorted(out)


_NEWLINE_RUN = lazy(r"\n(?:[ \t\u3000]*\n)*")


def _page_gap_spans(text: str, points: list[int]) -> list[tuple[int, int]]:
    """The blank lines a dropped page's break left between two lines of text (decision 405: "…左右。\n\n— 1 —\n
    2019年…政府工作报告\n\n\n一般…" read "…左右。\n\n\n\n\n\n一般…", "一般公共预算收入：\n- 2 -\n…公报\n318.4" read
    "…收入：\n\n\n318.4"): the line breaks there beyond the text's commonest run of them (its paragraphs' own gap, one
    break on a page of no blank lines), so that the page's break reads as the page's other gaps do."""
    runs: dict[int, int] = {}
    for m in _NEWLINE_RUN.finditer(text):
        c = m.group().count("\n")
        runs[c] = runs.get(c, 0) + 1
    if not runs:
        return []
    gap = max(runs, key=lambda c: (runs[c], -c))
    out = []
    n = len(text)
    for p in points:
        a = b = min(p, n)
        while a > 0 and text[a - 1] in " \t\u3000\n":
            a -= 1
        while b < n and text[b] in " \t\u3000\n":
            b += 1
        if a == 0 or b == n or text.count("\n", a, b) <= gap:
            continue
        k, kept, keep = a, 0, 1 if _card_lines_around(text, a, b) else gap
        while kept < keep:
            k = text.index("\n", k) + 1
            kept += 1
        last = text.rfind("\n", a, b) + 1
        if last > k:
            out.append((k, last))
    return sorted(set(out))


def _card_lines_around(text: str, a: int, b: int) -> bool:
    """Whether the page's break between ``a`` (the end of the text above it) and ``b`` (the start of the text under it)
    stands inside a card set line under line: the lines on both sides card lines (``_CARD_LINE``, a figure on one side),
    one of them set line under line with the line on its far side ("地区生产总值\n312.5亿元\n- 1 -\n…公报\n\n+4.1%\n增速居全市第2位" in
    a Word file's text whose cards the page's double setting joined): the break is read as the card's own line break, not
    the page's paragraph gap, which would set the card's change apart from its level (prn63)."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b) % (len(text) + 1)
    above, under = text[ls:a], text[b:le]
    if not (_CARD_LINE.fullmatch(above) and _CARD_LINE.fullmatch(under)) \
            or not any(c.isdigit() for c in above + under):
        return False
    # (the card's other line right above it or right under it, no blank line between: a card set line under line; the
    # card's last line may close the block, a blank line under it)
    return ls >= 2 and text[ls - 2] != "\n" or text[le:le + 1] == "\n" and text[le + 1:le + 2] not in ("\n", "")


def _page_head_line(line: str) -> bool:
    """Whether ``line`` may be a page's running head or foot between a table's rows: a short line naming the document
    ("2020年巩义市政府工作报告", "长兴县人民政府公报"), no clause mark in it, no figure alone."""
    t = line.strip()
    return 4 <= len(t) <= 40 and _DOC_WORDS.search(t) is not None and not _CLAUSE_MARK.search(t) \
        and "。" not in t and not _FIGURE_CELL.match(t)


def _head_cell_line(c: str, head_cell: re.Pattern) -> bool:
    """Whether the line ``c`` (stripped) may be a header's cell of a table printed one cell a line (a year, 单位, 目标…)."""
    return len(c) <= 16 and head_cell.search(c.replace(" ", "")) is not None and not _FIGURE_CELL.match(c)


def _header_page_breaks(lines: list[str], heads: tuple[str, ...], head_cell: re.Pattern) -> list[tuple[int, int]]:
    """The page's breaks inside the header of a table printed one cell a line ("指标名称", "单位", "2023年计划", "2023年执行",
    then "— 2 —" and the running head, then "完成情况": a page's foot cut the header's cells): (j, q), the break's first
    line and the header's cell past it, where a header cell stands right above the break (the header's own line or one
    of its cells) and one right under it. A break between the header and its first row is read by ``_cell_lines``."""
    out = []
    for i, ln in enumerate(lines):
        if ln.replace(" ", "").strip() not in heads:
            continue
        j = i + 1
        while j < len(lines) and _head_cell_line(lines[j].strip(), head_cell):
            j += 1
        if j > i + 1 and j < len(lines) and (q := _past_page_break(lines, j)) > j and q < len(lines) \
                and _head_cell_line(lines[q].strip(), head_cell):
            out.append((j, q))
    return out


def _cell_lines(text: str, heads: tuple[str, ...], head_cell: re.Pattern, joins: list[int],
                paged_cuts: list[tuple[int, int]] | None = None) -> list[int]:
    """The line breaks inside the rows of a table printed one cell a line: after a header line (指标)
    the header cells (a year, 单位, 目标…; a second header row may follow: 预计完成, 预期目标), then
    rows of k lines, each a name and figures after it; the breaks inside each row. The header's
    length and k are those under which the rows read best ("一般公共预算收入" under "2026年预算数"
    could pass for one more header cell; read so, the rows after it do not fit).
    paged_cuts (where given): the spans of a page's break inside a row ("90" then "", "— 1 —", "", the running head, then the
    row's last cell "预期性"), to be dropped so that the row is one line; the break before the span is the cells' gap."""
    lines = text.split("\n")
    ends, pos = [], 0
    for ln in lines:
        pos += len(ln)
        ends.append(pos)  # where each line's break stands
        pos += 1
    # (a page's break inside the header: its lines left out of the table's lines, each line's break where it stands in
    # the text, and the break dropped as a row's is where the table reads; keyed by the line under it once left out)
    head_breaks: dict[int, tuple[int, int]] = {}
    if paged_cuts is not None:
        for j, q in reversed(_header_page_breaks(lines, heads, head_cell)):
            span = (ends[j - 1] + 1, ends[q - 1] + 1 + len(lines[q]) - len(lines[q].lstrip()))
            del lines[j:q]
            del ends[j:q]
            head_breaks = {(k - (q - j) if k > j else k): v for k, v in head_breaks.items()}
            head_breaks[j] = span

    def name_at(row: list[str]) -> tuple[int, int]:
        """Where a row's name stands (-1: no row: a heading ("—" is a figure), no figure after the first
        cell that is not one) and how well the row reads: its figures after the name, less two for each longer
        word there (a unit, "—" or "7以上" fit; a name read out of step does not)."""
        named = [j for j, c in enumerate(row) if c and not _FIGURE_CELL.match(c)]
        if not named or not _is_row(row, True) or any(len(c) > 2 and _HEADING.match(c) for c in row[1:]):
            return -1, 0
        after = row[named[0] + 1:]
        fit = sum(1 if _FIGURE_CELL.match(c) else -2 if len(c) > 4 else 0 for c in after)
        return (named[0], fit) if any(_FIGURE_CELL.match(c) for c in after) else (-1, 0)

    def page_inside(r: int, k: int, at: int | None) -> tuple[int, int, int]:
        """A page's break inside the row at r (decision 405): the first line j of the row's k lines that opens a page's
        break (blank lines, a page mark, a running head) and the line q past it, where the row read with the break left
        out, and the next row after it, read better than the row read straight (its last cells the break's blank lines)
        and the next row after the break, and the row's fit so read; (-1, -1, 0) where not. A row opening on the break
        (its first line blank, a mark or a running head) is no row cut: the walk passes over such a break before a row."""
        if not lines[r].strip() or _is_mark(lines[r]) or _page_head_line(lines[r]):
            return -1, -1, 0
        for j in range(r + 1, r + k):
            if lines[j].strip() and not _is_mark(lines[j]) and not _page_head_line(lines[j]):
                continue
            q = _past_page_break(lines, j)
            if q <= j or q + k - (j - r) > len(lines):
                return -1, -1, 0
            rest = k - (j - r)
            spliced = name_at([c.strip() for c in lines[r:j] + lines[q:q + rest]])
            if spliced[0] < 0 or at not in (None, spliced[0]):
                return -1, -1, 0
            nxt = name_at([c.strip() for c in lines[q + rest:q + rest + k]]) if q + rest + k <= len(lines) else (-1, 0)
            straight = name_at([c.strip() for c in lines[r:r + k]])
            q2 = _past_page_break(lines, r + k) if r + k < len(lines) else r + k
            after = name_at([c.strip() for c in lines[q2:q2 + k]]) if q2 + k <= len(lines) else (-1, 0)
            # (read straight, a row holding the page's mark or its running head as a cell is no row: the spliced one reads;
            # a mark that passes for a figure, "- 8 -" as "-8" with the running head under it, is still the page's mark,
            # never a cell: decision 510)
            ok = straight[0] >= 0 and at in (None, straight[0]) and q > r + k and not _is_mark(lines[j])
            if not ok or spliced[1] + (nxt[1] if nxt[0] == spliced[0] else 0) \
                    > straight[1] + (after[1] if after[0] == straight[0] else 0):
                return j, q, spliced[1]
            return -1, -1, 0
        return -1, -1, 0

    out: list[int] = []
    done = -1  # the last line of the table read so far
    for i, ln in enumerate(lines):
        if i <= done or ln.replace(" ", "").strip() not in heads:
            continue
        def head(j: int) -> bool:
            return _head_cell_line(lines[j].strip() if j < len(lines) else "-", head_cell)
        # the name's head cell wrapped in two lines ("指标" over "名称": a PDF's text layer in a narrow column), the two one
        # of the heads (table_name_head) and the second no head cell of its own: one cell, joined as a year's is below
        split = i + 1 < len(lines) and not head(i + 1) \
            and (ln.strip() + lines[i + 1].strip()).replace(" ", "") in heads
        most = 2 if split else 1
        # (an empty line between header cells: an empty corner cell of a second header row)
        while i + most < len(lines) and (head(i + most) or not lines[i + most].strip() and head(i + most + 1)):
            most += 1
        # (how well the rows read, header length, k, the rows' first lines, wrapped names, the last cut of a row whose
        # name after its serial number took two lines)
        best: tuple = (0, 0, 0, [], [], [], 0, {})
        for hd in range(2, most + 1):
            for k in range(2, hd + 1):
                rows, wrapped, serial_rows, r, at, score, cats = [], [], [], i + hd, None, 0, 0
                paged: dict[int, tuple[int, int]] = {}  # (a row a page's break cuts: its first line's j and q)
                # each row's name in the same column (a wrong k reads names and figures out of step)
                while r + k <= len(lines):
                    if paged_cuts is not None and (pg := page_inside(r, k, at))[0] >= 0:
                        # a page's break inside a row ("…86.2", "90", then "— 1 —" and the running head, then "预期性",
                        # the row's last cell, as a PDF's text layer cuts a table one cell a line at the page's foot)
                        paged[r] = (pg[0], pg[1])
                        rows.append(r)
                        at = name_at([c.strip() for c in lines[r:pg[0]] + lines[pg[1]:pg[1] + k - (pg[0] - r)]])[0]
                        r, score = pg[1] + k - (pg[0] - r), score + pg[2]
                        continue
                    n = name_at([c.strip() for c in lines[r:r + k]])
                    if r + k < len(lines) and _CATEGORY_CELL.fullmatch(lines[r].strip()) and not head(r) \
                            and (cat := name_at([x.strip() for x in lines[r + 1:r + k + 1]]))[0] >= 0 and at in (None, cat[0]) \
                            and _category_line(lines[r].strip(), lines[r + 1 + cat[0]].strip()):
                        # "经济发展" between two rows (a category cell spanning them, printed once): no cell of
                        # the row under it (its serial number first or not), whose name alone names the
                        # indicator; its line stays apart
                        r, cats = r + 1, cats + 1
                        continue
                    if (rows or r == i + hd) and r + k < len(lines) \
                            and (_is_mark(lines[r]) or not lines[r].strip() or _page_head_line(lines[r])) \
                            and (q := _past_page_break(lines, r)) > r and q + k <= len(lines) \
                            and ((cat := name_at([x.strip() for x in lines[q:q + k]]))[0] >= 0 and at in (None, cat[0])
                                 or q + k < len(lines) and _CATEGORY_CELL.fullmatch(lines[q].strip()) and not head(q)
                                 and (cat := name_at([x.strip() for x in lines[q + 1:q + k + 1]]))[0] >= 0
                                 and at in (None, cat[0]) and _category_line(lines[q].strip(), lines[q + 1 + cat[0]].strip())):
                        # a page's mark between two rows ("— 12 —", blank lines around it or not), or before a category's
                        # line over the next row ("经济发展", read above): the table goes on; so too between the header
                        # and the first row (a header printed at a page's foot, its rows on the next page)
                        r = q
                        continue
                    if r + k < len(lines) and _WRAPPED_NAME_LINE.fullmatch(lines[r].strip()) and not head(r) \
                            and _name_rest(lines[r].strip(), lines[r + 1].strip()) \
                            and (w := name_at([lines[r].strip() + lines[r + 1].strip()] + [c.strip() for c in lines[r + 2:r + k + 1]]))[0] == 0 \
                            and at in (None, 0) and w[1] > n[1]:
                        # "城镇常住居民人均" over "可支配收入增长": a name cell a PDF's text layer wrapped in
                        # two lines, the row's figures after it
                        wrapped.append(r)
                        r += 1
                        n = w
                    elif r + k + 1 < len(lines) and at in (None, 1) and _SERIAL.fullmatch(lines[r].strip()) \
                            and _WRAPPED_NAME_LINE.fullmatch(lines[r + 1].strip()) \
                            and _name_rest(lines[r + 1].strip(), lines[r + 2].strip()) \
                            and (w := name_at([lines[r].strip(), lines[r + 1].strip() + lines[r + 2].strip()]
                                              + [c.strip() for c in lines[r + 3:r + k + 1]]))[0] == 1 and w[1] > n[1]:
                        # (the same after the row's serial number: "1", "地区生产总" over "值增长", its figures)
                        wrapped.append(r + 1)
                        serial_rows.append(r + k - 1)
                        rows.append(r)
                        r, at, score = r + k + 1, 1, score + w[1]
                        continue
                    elif n[0] < 0 or at not in (None, n[0]):
                        break
                    rows.append(r)
                    r, at, score = r + k, n[0], score + n[1]
                if rows and score > best[0]:
                    best = (score, hd, k, rows, wrapped, serial_rows, cats, paged)
        _, hd, k, rows, wrapped, serial_rows, cats, paged = best
        joins += [ends[r] for r in wrapped]
        if rows:
            if paged_cuts is not None:
                paged_cuts += [span for k, span in head_breaks.items() if i < k < i + hd]
            # the header: one row of k cells, rows of k, or a row of k-1 under the cells over it (a
            # year spanning two columns; the corner cell empty)
            cuts = [i, i + hd] if hd == k else list(range(i, i + hd, k)) + [i + hd] if hd >= 2 * k \
                else [i, i + hd - k + 1, i + hd]
            head_joined = False  # (a head's year joined to the word under it: one row, read so)
            cat_head = cats > 0 and hd == k + 1 and lines[i].replace(" ", "").strip() in vocab.cues().get("table_category_head", ())
            if cat_head:
                # "类别, 指标, 单位, 2020年, 2025年, 年均增长, 属性" over rows of six under their category's own line
                # ("经济发展", the cell spanning its rows printed once): one header row, its first cell over no cell of
                # the rows (not "2025年" and "年均增长" read as one cell wrapped)
                cuts = [i, i + hd]
            elif k < hd < 2 * k:
                # one row of k cells, some wrapped in two lines: a year over what its column holds
                # ("2025年" then "预计完成", as a PDF's text layer gives a cell too narrow for both)
                # (a line opening with its own year is a cell of its own: "2021年" over "计划 | 完成" beside
                # "2022年预期目标", the head of two rows, read below)
                wraps = [i] * split + [j for j in range(i + 1, i + hd - 1) if _YEAR_CELL.fullmatch(lines[j].strip())
                                       and not _YEAR_CELL.match(lines[j + 1].strip()) and lines[j + 1].strip()]
                if hd - len(wraps) == k:
                    cuts = [i, i + hd]
                    joins += [ends[j] for j in wraps]
                    head_joined = bool(wraps)
            years = [j for j in range(i, i + hd) if _YEAR_CELL.fullmatch(lines[j].strip())]
            # (a year's head naming its column on its own, "2022年预期目标", spans both rows beside the bare years:
            # one column of its own, no cell under it)
            own = [j for j in range(i, i + hd) if _YEAR_CELL.match(lines[j].strip()) and j not in years]
            if years and own and not head_joined and sorted(years + own) == list(range(years[0], years[0] + len(years) + len(own))):
                years = sorted(years + own)
            if k < hd and len(years) >= 2 and not cat_head and years == list(range(years[0], years[0] + len(years))) \
                    and (years[0] - i) + (i + hd - years[-1] - 1) + sum(j in own for j in years) == k:
                # "指标, 单位, 2023年, 2024年" over "计划, 预计完成, 计划目标": the years span the columns
                # under them (each year's own), the heads before them stand over the names and units
                # (a head of no figures after the years, "指标属性", closes the first row: table_tail_head)
                first_end = years[-1] + 1
                while first_end < i + hd - 1 and lines[first_end].strip() in _tail_heads():
                    first_end += 1
                cuts = [i, first_end, i + hd]
            for a, b in zip(cuts, cuts[1:]):
                out += [e for e in ends[a:b - 1] if e not in joins]
            last = -1
            for r in rows:
                if r in paged and paged_cuts is not None:
                    j, q = paged[r]
                    out += ends[r:j] + ends[q:q + k - (j - r) - 1]
                    paged_cuts.append((ends[j - 1] + 1, ends[q - 1] + 1 + len(lines[q]) - len(lines[q].lstrip())))
                    last = q + k - (j - r) - 1
                else:
                    out += ends[r:r + k - 1]
                    last = r + k - 1
            out += [ends[r] for r in serial_rows]  # (the row's last break: its name took two lines)
            done = max(last, max(serial_rows, default=-1) + 1)
    return out


def _spaced_cell_lines(text: str, heads: tuple[str, ...], head_cell: re.Pattern, joins: list[int],
                       paged_cuts: list[tuple[int, int]] | None = None) -> list[int]:
    """A table printed one cell a line with a blank line after each cell (a web page's table read as text, each
    cell a paragraph): read as ``_cell_lines`` reads it with the blank lines left out. Inside a row the breaks
    are its cells' gaps and the blank lines' breaks spaces; between two rows one blank line's break stays."""
    breaks = [m.start() for m in re.finditer(r"\n", text)]  # the break after each line
    lines = text.split("\n")
    full = [j for j, ln in enumerate(lines) if ln.strip()]
    inner: list[int] = []
    paged: list[tuple[int, int]] = []
    cuts = _cell_lines("\n".join(lines[j] for j in full), heads, head_cell, inner, paged)
    if not cuts:
        return []
    at, pos = {}, 0
    kept: list[int] = []  # where each kept line opens in the lines kept, and in the text
    opens: list[int] = []
    for n, j in enumerate(full):
        kept.append(pos)
        opens.append(breaks[j - 1] + 1 if j else 0)
        pos += len(lines[j])
        at[pos] = n  # the break after the n-th line kept
        pos += 1
    if paged_cuts is not None:
        # (a page's break inside a row or the header, "— 3 —" and the running head: dropped from the mark's line to the
        # cell past it, the blank lines around it with it; a span opens on a line's start and ends in a line's indent)
        for a, b in paged:
            la, lb = bisect_right(kept, a) - 1, bisect_right(kept, b) - 1
            paged_cuts.append((opens[la], opens[lb] + b - kept[lb]))
    cut_at = {at[c] for c in cuts}
    in_cell = {at[c] for c in inner}
    rows = sorted(cut_at | in_cell)
    out = []
    for n in range(rows[0], min(rows[-1] + 2, len(full) - 1)):
        a, b = full[n], full[n + 1]
        if n in cut_at or n in in_cell:
            (out if n in cut_at else joins).append(breaks[a])
            joins += breaks[a + 1:b]
        elif n <= rows[-1] + 1 and b - a > 1:
            joins += breaks[a:b - 1]  # (a row's end: the blank line's own break ends it)
    return out


_CATEGORY_CELL = lazy(r"(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)])?[\u4e00-\u9fff]{2,10}")


def _category_line(line: str, nxt: str) -> bool:
    """A category's cell alone on its line over a row ("经济发展", "一、民生福祉" over "地区生产总值增长"): words
    that name no indicator, the name on the next line naming one by itself (not "全社会" over "研发经费投入",
    a name cut in two)."""
    if not _CATEGORY_CELL.fullmatch(line) or _indicator_names().search(line) is not None:
        return False
    m = _indicator_names().search(line + nxt)
    return m is not None and m.start() >= len(line)


_DIGITS = lazy(r"\d+")
_DOC_WORDS = lazy(r"报告|公报|政府|纲要|草案|日报|晚报|人大|人民代表大会|年鉴")  # (a yearbook's reprint: "郸城年鉴（2019）")
# (a congress's document line, the head of every other page of its PDF: "宜昌市第七届人民代表大会第六次会议文件",
# "市十七届人大四次会议文件（1）", "…会议参阅材料之二")
# (a page's foot giving its date, its issuer's name before it or not: "2019年1月", "郸城县人民政府办公室 2019年1月印发"; on a
# line's key, each run of digits is one 0)
_FOOT_DATE = lazy(r"(?:[\u4e00-\u9fff]{2,16}[ \t\u3000]*)?\d+[ \t]*年[ \t]*\d+[ \t]*月(?:[ \t]*\d+[ \t]*日)?(?:印发|编印|印)?$")
# (a report's name may bear its note in brackets, "…预算草案的报告（摘要）": meta_cues.tsv report_version; decision 395)
@once
def _header_words() -> re.Pattern:
    notes = sorted((w for row in vocab.table("meta_cues.tsv") if row[:1] == ["report_version"] for w in row[1].split("/") if w),
                   key=lambda w: (-len(w), w))
    return re.compile(r"(?:报告(?:[（(](?:" + "|".join(map(re.escape, notes)) + r")[）)])?|公报|人民政府|年鉴(?:[ \t]*[(（]?[ \t]*\d+)?"
                      r"|第\s*\d+\s*期|(?:会议|参阅)(?:文件|材料)(?:之[一二三四五六七八九十]{1,2}|[(（]\d{1,2}[)）])?)[)）]?$")


def _is_mark(line: str) -> bool:
    """A line that is only a page mark or other noise ("— 3 —", "第3页 共20页")."""
    s = line.strip()
    return bool(s) and _noise_re().fullmatch(s) is not None


def _figure_key(k: str) -> bool:
    """Whether a line's key (its digits read as 0) is a figure alone, a value and its unit ("0.0%", "0亿元", "0.0万人以上"),
    or its change ("增长0.0%", "同比下降0.0%"), not a page's number, a year or a date; and so a card's figure under its year
    ("0年完成0.0亿元", "0年达到0元", "0年增长0.0%": an infographic's cards, two of them alike, one beside a page's mark in a
    Word file's text or a PDF's, decision 369), not a head's year, "0年政府工作报告", "0年第0期"."""
    if k.startswith("0年") and (m := _YEAR_CARD.match(k)).end() < len(k):
        k = k[m.end():]
    if len(k) > 1 and k[0] in "+＋-－−":
        k = k[1:]  # (a card's change signed alone on its line, "+0.0%", "-0.0%", as its arrow's "↑0.0%"; decision 442)
    return not k.isdigit() and k[-1] not in "年月日页期版号" and (k[0].isdigit() or k[0] in "↑↓▲▼同比增下提降") \
        and VALUE_LINE.fullmatch(k, _CHANGE_WORD.match(k).end()) is not None


_CHANGE_WORD = lazy(r"(?:同比|比上年)?(?:增长|下降|提高|降低|增|降)?")
# (nor an infographic's card of one line, a name then its figure and the figure's unit, "新增就业 0.0万人", "社会消费品零售总额
# 增长0.0%": the same card under the results and the targets, one of them beside a page's mark in a PDF's or a Word
# file's text, is no running head, which names the document and holds no figure with a unit; decision 424)
_NAMED_FIGURE_KEY = lazy(r"[\u4e00-\u9fffA-Za-z（）()]{2,30}[ \t]*(?:同比|比上年)?(?:增长|下降|提高|降低)?[ \t]*0[0.]*"
                         r"(?:%|个百分点|(?:万亿|亿|万|千)[\u4e00-\u9fff]{1,2}|[元人户个家亩吨件所处])(?:左右|以上|以内|以下)?")
_YEAR_CARD = lazy(r"0年(?:底|末)?(?:全年)?(?:完成|达到|实现|为|累计|共)?")


def _running_header_spans(text: str) -> list[tuple[int, int]]:
    """A page's running header or footer ("安吉县人民政府工作报告", "政府工作报告（第3页）"): a short
    line, the same on two pages or more (page numbers aside), one copy of which stands next to a page
    mark or between a line that does not end a sentence and one that goes on. All its copies go but
    one opening the document (the title); a line that only repeats (a heading) is kept."""
    lines = text.split("\n")
    keys = [_DIGITS.sub("0", ln.strip()) if 4 <= len(ln) <= 60 else "" for ln in lines]
    # (a head longer than a short line's 60 characters where it is the text's own title, whole, as its first lines give it
    # wrapped or not: a page's title printed over each page, "江西省人民代表大会财政经济委员会关于江西省2016年国民经济和社会
    # 发展计划执行情况与2017年国民经济和社会发展计划草案的审查结果报告", 68 characters; decision 395)
    top, opening = "", 0  # (the first lines joined, up to 100 characters; how many lines that took)
    while opening < len(lines) and len(top) <= 100:
        top += lines[opening].strip()
        opening += 1
    for i in range(opening, len(lines)):
        if 60 < len(ln := lines[i]) <= 100 and len(st := ln.strip()) > 60 and top.startswith(st):
            keys[i] = _DIGITS.sub("0", st)
    if "年鉴" in text:
        # (a yearbook's reprint: its column's name heads every other page, "特载", "特　载　37", "特载 · 37 ·"; keyed as
        # the yearbook's so that it is a head where it cuts a sentence)
        cols = _yearbook_columns()
        for i, ln in enumerate(lines):
            if 2 <= len(ln) <= 20 and (w := _EDGE_MARK.sub("", ln.strip()).replace(" ", "").replace("\u3000", "")) in cols:
                keys[i] = "年鉴·" + w
    # (a head and its page's number on one line, "安吉县人民政府工作报告  — 3 —", "3 安吉县人民政府工作报告": the name is the
    # key, the number a page mark beside it)
    edged = set()
    for i, k in enumerate(keys):
        # (a page's number, three digits at most: not a year, "2024 政府工作报告" a title)
        if k and "0" in k and (k[0] in _EDGE_FIRST or k[-1] in _EDGE_LAST) \
                and (bare := _EDGE_MARK.sub("", line := lines[i].strip())) != line \
                and len(bare) >= 4 and (_DOC_WORDS.search(bare) or _FOOT_DATE.match(bare)):  # (a table's row, "地区生产总值 6", is no head)
            keys[i] = _DIGITS.sub("0", bare)
            edged.add(i)
    # (not a numbered list's items, "1 政府工作报告\n2 计划报告", nor with blank lines between them: a head stands
    # alone between the text's lines)
    for i in [i for i in edged if _next_text_line(lines, i, -1) in edged or _next_text_line(lines, i, 1) in edged]:
        edged.discard(i)
        keys[i] = ""
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    # (nor a line with a clause mark: a page cut at the same place of a sentence the text repeats, "…完成20.3亿元，增长8",
    # is text; a running head names the document, it has no clauses)
    # (nor a figure alone on its line, "0.0%", "0.0亿元": an infographic's figures, one a line, of which one stands beside a
    # page mark, are no running head, which has words)
    # (nor a line a card's mark opens, "◆城镇新增就业" over its figure under both the results and the targets of an
    # infographic: a running head names the document, it bears no item's mark)
    # (nor an indicator's name alone, a card's name over its figure, "居民人均可支配收入" under both the results and the
    # targets of an infographic, one copy beside a page's mark in a Word file's text or a PDF's: a running head names the
    # document, no indicator; decision 433)
    # (nor a table's header row, "指标|单位|2021年预计完成|2022年计划", that a PDF repeats over the table's part on the next
    # page: the table's head, its first copy needed to read the table)
    repeated = {k for k, c in counts.items() if c >= 2 and k[-1] not in _NO_JOIN_END and k[-1] not in "，,、"
                and "。" not in k and not _HEADING.match(k) and not _CLAUSE_MARK.search(k) and not _figure_key(k)
                and not _NAMED_FIGURE_KEY.fullmatch(k) and not _indicator_names().fullmatch(k)
                and k[0] not in _TITLE_MARKS and not ("|" in k and _table_head_row(k))}
    # an excerpt may hold one page break: a line naming the report or its bulletin ("XX县人民政府公报
    # 2019年第1期") seen once, but beside a page mark inside a sentence, is the header too
    once = {k for k, c in counts.items() if c == 1 and (_header_words().search(k) or _FOOT_DATE.match(k)) and not _CLAUSE_MARK.search(k)
            and "。" not in k and not _HEADING.match(k)}
    once |= {k for k in counts if k.startswith("年鉴·")}  # (a yearbook's column: a head wherever it cuts a sentence)
    if not repeated and not once:
        return []
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    found: dict[str, list[int]] = {}
    numbers: dict[str, list[int]] = {}  # the page numbers alone on their lines beside a head's copies
    proven = set()
    for i, k in enumerate(keys):
        if k not in repeated and k not in once or _is_mark(lines[i]):
            continue
        mark = i in edged
        j = i - 1  # the lines around it, blank lines and page marks aside
        while j >= 0 and (not lines[j].strip() or _is_mark(lines[j])):
            mark = mark or bool(lines[j].strip())
            j -= 1
        before = lines[j].rstrip() if j >= 0 else ""
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or _is_mark(lines[j])):
            mark = mark or bool(lines[j].strip())
            j += 1
        after, ja = (lines[j].lstrip() if j < len(lines) else ""), j
        if not before:
            continue  # the first line of a document is its title, whatever pages repeat it
        found.setdefault(k, []).append(i)
        # a page's number alone on its line beside a head that names the document, under a page's full last line
        # or over the next page's text ("…城镇新增就\n3\n四川省政府工作报告\n业80万人…"): the page mark a PDF's
        # text layer gives without its dashes
        if not mark and _DOC_WORDS.search(k):
            b = _page_number_beside(lines, i, -1)
            if b is not None and len(lines[b].strip()) < 16:
                b = None
            # (a number under the head: a full line over the head, not a list's item "1\n政府工作报告\n2\n计划报告")
            a = _page_number_beside(lines, i, 1) if b is not None or len(before.strip()) >= 16 else None
            if b is not None:
                mark, before = True, lines[b].rstrip()
                numbers.setdefault(k, []).append(b + 1)
            if a is not None:
                mark, after, ja = True, lines[a].lstrip(), a
                numbers.setdefault(k, []).append(a - 1)
        # (a number cut before its decimal point by the page, "增长5\n第 1 页\n…\n.5%左右", goes on too)
        goes_on = after and before[-1] not in _NO_JOIN_END and (after[0].isalnum() or after[0] in "%，、"
                                                                or after[0] == "." and before[-1].isdigit())
        # (with no page mark beside it, a line that repeats must name the document: an infographic's
        # lines repeat too — "地区生产总值", "增长5.2%" — inside what goes on)
        # (beside a page mark, a clause that a page ends goes on too: "固定资产投资增长10%；\n第5页 共20页\n安徽省政府工作报告\n
        # 社会消费品零售总额增长7.5%；")
        # (and, beside a page's mark between two full sentences, a line that ends on the report's or its bulletin's name,
        # the text under it prose that goes on, "…年初预算为52.3亿元。\n第 1 页\n2021年蒙城县政府工作报告\n执行中因…调整为
        # 58.6亿元。": no second document's title, which a byline, the opening or a heading follows)
        if k in once and mark and (goes_on or after and before[-1] in "；;，,：:" and (after[0].isalnum() or after[0] in "%，、")
                                   or after and before[-1] in "。！？" and after[0] not in "—-" and not after.startswith("各位")
                                   and (_next_item(before, after) or not _HEADING.match(after)
                                        and _paragraph_end(lines, ja) in "。；;" and _CLAUSE_MARK.search(after))
                                   # (or a card's bracketed name at the page's foot, its dated sentence under the next page's
                                   # head: "【城镇调查失业率】\n\n第 1 页\n\n2022年伊金霍洛旗政府工作报告\n2022年控制在5%以内。",
                                   # decision 329; the head's year is no card's sentence)
                                   or after and _CARD_HEAD_LINE.fullmatch(before) is not None and _CARD_BODY.match(after) is not None
                                   # (or an infographic's next section's year head under it, after a sentence's end:
                                   # "…就业1.1万人。\n— 1 —\n巩义市人民代表大会常务委员会公报\n目标任务2021", decision 428's
                                   # sub-head, which no second document's title has under it; decision 442)
                                   or after and before[-1] in "。！？"
                                   and _YEAR_AFTER_LINE.fullmatch(after.strip()) is not None
                                   # (or between two cards' figures, an infographic's page turned inside its cards:
                                   # "+4.6%\n第 1 页\n政府工作报告\n+0.4个百分点", decision 471; no title stands so)
                                   or after and _card_figure_line(before) and _card_figure_line(after)) \
                or k in repeated and (mark or goes_on and (_DOC_WORDS.search(k) or _FOOT_DATE.match(k))) \
                or goes_on and k.startswith("年鉴·") and len(before.strip()) >= 16:  # (under a page's full last line)
            proven.add(k)
    return sorted((starts[i], starts[i] + len(lines[i])) for k in proven for i in found[k] + numbers.get(k, []))


_ITEM_NUMBER = lazy(r"[ \t\u3000]*([（(]?)([一二三四五六七八九十]{1,3}|\d{1,2})([）)]|、|[.．])")
_CN_NUMBERS = "一二三四五六七八九十"


def _next_item(before: str, after: str) -> bool:
    """Whether ``after`` opens on the item that follows the one ``before`` opens, numbered alike ("（一）地区生产总值：增长
    6%左右。" over a page's break, "（二）固定资产投资：增长8%。" under it): a list going on over the page, which no
    second document's title breaks (a title is followed by its byline, the opening or a first heading)."""
    b, a = _ITEM_NUMBER.match(before), _ITEM_NUMBER.match(after)
    if b is None or a is None or (b.group(1), b.group(3)) != (a.group(1), a.group(3)):
        return False
    n = _item_number(b.group(2))
    return n > 0 and _item_number(a.group(2)) == n + 1


def _item_number(x: str) -> int:
    """An item's number in digits or one Chinese numeral (一 to 十), -1 for longer numerals (十一: not read)."""
    return int(x) if x.isdigit() else (_CN_NUMBERS.index(x) + 1 if len(x) == 1 else -1)


def _card_figure_line(line: str) -> bool:
    """A card's figure or its signed change alone on its line ("94560元", "+4.6%", "+0.4个百分点")."""
    return VALUE_LINE.fullmatch(line) is not None or _SIGNED_CHANGE_LINE.fullmatch(line) is not None


def _paragraph_end(lines: list[str], j: int) -> str:
    """The last character of the paragraph line ``j`` opens: its line, and the lines under it while each ends on no
    sentence's or clause's mark — a Word file's soft break (\\v, read as a line break) or a PDF's width cut the paragraph
    ("全年重点做好以下工作：开工建设重点项目120个；新增市场主\\v体2万户；…10个。" ends on "。", decision 471); "" if none."""
    end = ""
    while j < len(lines) and (ln := lines[j].rstrip()):
        end = ln[-1]
        if end in _NO_JOIN_END or end in "，,、":
            break
        j += 1
    return end


def _table_head_row(line: str) -> bool:
    """A table's header row split by bars, its first cell a name column's head (指标, 指标名称, 项目; cues.tsv)."""
    return line.strip(" |").split("|", 1)[0].strip(" \u3000*") in vocab.cues().get("table_name_head", ())


@lru_cache(maxsize=1)
def _yearbook_columns() -> frozenset[str]:
    return frozenset(vocab.cues().get("yearbook_column", ()))


_EDGE_MARK = lazy(r"^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*页|\d{1,3})\s+"
                  r"|\s+(?:[-—–－]\s*\d{1,3}\s*[-—–－]|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3})$")


def _next_text_line(lines: list[str], i: int, step: int) -> int:
    """The index of the first line that is not blank from line ``i`` on the side ``step`` (-1 if none)."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else -1
_EDGE_FIRST = frozenset("-—–－·•第0")
_EDGE_LAST = frozenset("-—–－·•页0")
_PAGE_NUMBER_LINE = lazy(r"[ \t]*\d{1,3}[ \t]*")


def _page_number_beside(lines: list[str], i: int, step: int) -> int | None:
    """Where the text goes on past a page number alone on its line next to line ``i`` (blank lines aside), on the
    side ``step``; None if no such number stands there."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    if not (0 <= j < len(lines)) or not _PAGE_NUMBER_LINE.fullmatch(lines[j]):
        return None
    j += step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else None


_NOTES_LINE = lazy(r"^[ \t\u3000]*[*＊※]?[ \t]*(?:注|注释|说明|备注|附注)[ \t]*(?:\d{1,2}|[①-⑳])?[ \t]*[:：]", re.M)
# a note of one line, its items not numbered ("注：固定资产投资按新口径计算增长5.2%。", "*注：按2020年价格计算，人均生产总值
# 为8.6万元。", "注1：…"), ended with a stop: it explains a figure and states none of the report's own
_NOTE_ONE_LINE = lazy(r"[ \t]*[*＊※]?[ \t]*(?:注|注释|说明|备注|附注)[ \t]*(?:\d{1,2}|[①-⑳])?[ \t]*[:：][^\n]{2,300}[。.][ \t]*$",
                      re.M)
_NOTE_ITEM_LINE = lazy(r"[ \t\u3000]*(?:([①-⑳])|(\d{1,2})[.、．](?!\d)|(\d{1,2})[.．](?=(?:19|20)\d\d年)|[（(](\d{1,2})[）)]"
                       r"|[\[［〔](\d{1,2})[\]］〕])")
# an item's mark inside the head's line ("注：①…。②…。", "注：1.…；2.…。"), its style and number as a line's
_NOTE_ITEM_IN = lazy(r"([①-⑳])|(?<![\d.．])(\d{1,2})[.、．](?!\d)|(?<![\d.．])(\d{1,2})[.．](?=(?:19|20)\d\d年)|[（(](\d{1,2})[）)]"
                     r"|[\[［〔](\d{1,2})[\]］〕]")


def _note_item(m: re.Match) -> tuple[int, int]:
    """An item mark's style (circled, digits, digits before a year, bracketed, square-bracketed) and number."""
    if m.group(1):
        return 0, ord(m.group(1)) - 0x245F
    g = 2 if m.group(2) else 3 if m.group(3) else 4 if m.group(4) else 5
    return (1 if g < 4 else 2 if g == 4 else 3), int(m.group(g))


def _notes_spans(text: str) -> list[tuple[int, int]]:
    """A block of notes under a table or at a report's end ("注：\n1.地区生产总值增速按可比价格计算；\n2.一般公共预算收入
    增长7.1%为同口径增速。", "注：①…。②…。"): its head and the item lines after it, which explain the figures and state none
    of the report's own (read, "同口径增长7.1%" would be a fact); the block ends at the first line that is no item."""
    spans = []
    for m in _NOTES_LINE.finditer(text):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        # (items after it, on its line or the next; under a paragraph's end, a blank line or a short line: not a word
        # a page cut before its last character, "密切关\n注：\n市场变化。")
        a = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
        above = text[a:m.start()].strip()
        # (a table's row above it, its cells split by tabs, bars or runs of spaces, is no sentence a page cut; a note
        # there that names some rows' unit, "注：进出口总额单位为亿美元。", is the table's to read, decision 134)
        cut_above = above and above[-1] not in _NO_JOIN_END and len(above) >= 16 \
            and not (("\t" in above or "|" in above or "  " in above) and "单位" not in text[m.start():end])
        if not (nh := NOTES_HEAD.match(text, m.start())):
            if not cut_above and _NOTE_ONE_LINE.match(text, m.start(), end):
                spans.append((m.start(), end))
            continue
        if nh.group()[-1] in ":： \t" and not _NOTE_ITEM_LINE.match(text, end + 1) or cut_above:
            continue
        # (its items numbered on from the head's: the report's own list after the notes, "1.扩大有效投资。…" under
        # "注：①…。②…。" or under "注：\n1.…\n2.…", opens a count of its own)
        last = None
        for im in _NOTE_ITEM_IN.finditer(text, m.end(), end):
            style, k = _note_item(im)
            if last is None or style == last[0] and k == last[1] + 1:
                last = style, k
        def next_item(at: int) -> bool:
            return (im := _NOTE_ITEM_LINE.match(text, at)) is not None and (last is None or _note_item(im) == (last[0], last[1] + 1))

        while end < len(text):
            if next_item(end + 1):
                last = _note_item(_NOTE_ITEM_LINE.match(text, end + 1))
                nxt = text.find("\n", end + 1)
                end = len(text) if nxt < 0 else nxt
            elif (apart := _sentence_set_apart(text, end, next_item)) is not None \
                    or (apart := _cut_line_goes_on(text, end, next_item)) is not None:
                end = apart
            elif (b := _over_page_break(text, end)) is not None and next_item(b):
                end = b - 1  # (the next note on the next page, past its mark and running head)
            else:
                break
        spans.append((m.start(), end))
    return spans


_HEAD_MARKS = lazy(r"[，,。；;：:、！？!?]")


def _over_page_break(text: str, end: int) -> int | None:
    """Where the text goes on past a page's break after the line ending at ``end``: blank lines, a page's mark alone on
    its line, and the next page's running head after it (a short line of no clause mark, "2021年宁夏回族自治区政府工作
    报告", with a line under it); None where no page's mark stands there."""
    n, b, mark = len(text), end, False
    while b < n:
        e = text.find("\n", b + 1)
        e = n if e < 0 else e
        line = text[b + 1:e]
        if line.strip() and not _PAGE_MARK_ALONE.fullmatch(line + "\n"):
            break
        mark = mark or bool(line.strip())
        b = e
    if not mark or b >= n:
        return None
    e = text.find("\n", b + 1)
    line = text[b + 1:e] if e >= 0 else ""
    if e >= 0 and len(line.strip()) <= 40 and not _HEAD_MARKS.search(line) and not _HEADING.match(line) \
            and not _NOTE_ITEM_LINE.match(line) and not _GLOSSARY_ITEM.match(line) and text[e + 1:e + 2].strip():
        return e + 1  # (a running head: the text goes on under it)
    return b + 1


def _cut_line_goes_on(text: str, end: int, goes_on) -> int | None:
    """Where a note's or a definition's line that a PDF's width cut goes on ("[1] 全国国内生产总值增长6.9%，东北三省平均
    增长4.8\n%。", "2.地方政府专项债券：…。2019年\n新增专项债券额度2.15万亿元。"): the line ending at ``end``, 16 characters
    or more, ends with no stop, and the line under it (past a page's mark and the blank lines around it, not past blank
    lines alone) is no wider (the rest of a cut paragraph, not the report's next paragraph on a line of its own), no next
    item (``goes_on``), no heading and no turn to the year's plan; the end of that line, None for anything else."""
    a = text.rfind("\n", 0, end) + 1
    width = end - a
    line = text[a:end].strip()
    # (a point after a digit is a figure's, cut by the width: "…增长4.\n9%，…")
    if len(line) < 16 or line[-1] in _NOTE_END_STOPS and not (line[-1] == "." and line[-2].isdigit()) or line[-1] in "：:":
        return None
    n, b, blank, mark = len(text), end, False, False
    while b < n:
        e = text.find("\n", b + 1)
        e = n if e < 0 else e
        nxt = text[b + 1:e]
        if not nxt.strip():
            blank = True
        elif _PAGE_MARK_ALONE.fullmatch(nxt + "\n"):
            mark = True
        else:
            break
        b = e
    under = text[b + 1:e]
    if b >= n or blank and not mark or len(under.strip()) > width + 4 or goes_on(b + 1) or _HEADING.match(under) \
            or TURN_TO_PLAN.match(under):
        return None
    return e


def _sentence_set_apart(text: str, end: int, goes_on) -> int | None:
    """Where a note's or a definition's sentence set apart on a line of its own ends (the line's end), when the item
    ending at ``end`` ends with a stop and the text ends after the line or ``goes_on`` (its next item) there: a page
    that sets each sentence apart ("[2] 扣除留抵退税因素后…增长13.6%。\n\n全国一般公共预算收入20.37万亿元。", "2.地方政府专项
    债券：…。\n2019年新增专项债券额度2.15万亿元。\n3.…"); None for anything else (the report going on after its notes)."""
    k = end
    while k > 0 and text[k - 1] in "\n \t\u3000":
        k -= 1
    if text[k - 1:k] not in _GLOSSARY_STOPS:
        return None
    n = len(text)
    a = end
    while a < n and text[a] in "\n \t\u3000":
        a += 1
    e = text.find("\n", a)
    e = n if e < 0 else e
    line = text[a:e].rstrip()
    if a >= n or len(line) > 120 or line[-1:] not in _GLOSSARY_STOPS or _NOTE_ITEM_LINE.match(line) or _HEADING.match(line) \
            or TURN_TO_PLAN.match(line):
        # (a line that turns to the year's plan, "今年全市经济社会发展的主要预期目标是：…。", "2024年是…。", is the report going
        # on after its notes, not a note's second sentence)
        return None
    b = e
    while b < n and text[b] in "\n \t\u3000":
        b += 1
    return e if b >= n or goes_on(b) else None


# a glossary's head on a line of its own, at a report's end or after a part ("名词解释", "附件：名词解释", "【名词解释】",
# "有关名词解释：", "名词解释：1.四上企业：…"): its definitions' thresholds ("年主营业务收入2000万元及以上") state nothing
_GLOSSARY_HEAD = lazy(r"^[ \t\u3000]*【?(?:附(?:件\d{0,2}|录)?[ \t]*[：:][ \t]*)?(?:有关|相关|部分|本报告)?(?:名词|术语|用语)"
                      r"(?:解释|注释|说明)】?[ \t]*(?:[：:][^\n]*)?$", re.M)
# a definition's line: a numbered item, or a term of a few words and its colon or 是指 ("专精特新企业：省级标准为…",
# "“四上”企业是指…")
_GLOSSARY_ITEM = lazy(r"[ \t\u3000]*(?:[①-⑳]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[^\n，,。；;：:、]{2,24}?(?:[：:]|是指|系指))")


# a box's label alone on its line inside the report ("【相关链接】", "知识链接："), a term's definition under it ("高标准农田
# 建设亩均投入：按照省里规定，…亩均财政投入不低于1500元。"): a glossary of one definition, which ends with a stop (a news
# page's list of other pages' titles under the label, with no stop, is noise.txt's)
_LINK_BOX_HEAD = lazy(r"^[ \t\u3000]*[【\[〖［]?(?:相关链接|知识链接|小贴士)[】\]〗］]?[ \t]*[:：]?[ \t]*$", re.M)
# (a box of knowledge on one line, "知识链接：专精特新企业认定标准为…不低于3%。"; not 相关链接 with a sentence after it, a news
# page's summary of the report, "相关链接：今年1月…确定…目标为：…", which is kept)
_KNOWLEDGE_LINE = lazy(r"^[ \t\u3000]*[【\[〖［]?(?:知识链接|小贴士)[】\]〗］]?[ \t]*[:：][^\n]+$", re.M)
# (a character's test first: a test for one character is a fast scan, a word's is not)
_LINK_BOX_WORDS = (("链", "链接"), ("贴", "小贴士"))
_LINK_BOX_ITEM = lazy(r"[ \t\u3000]*[^\n，,。；;：:、]{2,24}?(?:[：:]|是指|系指)[^\n]*[。；;][ \t]*$")


def _glossary_spans(text: str, heads: bool = True) -> list[tuple[int, int]]:
    """A glossary: its head and the definitions under it, each an item or the run-on of one cut by the page (a line
    after one that ends with no stop); it ends at the first other line (a part's title: "三、2024年工作安排")."""
    spans = []
    found = list(_GLOSSARY_HEAD.finditer(text)) if heads else []
    if any(c in text and w in text for c, w in _LINK_BOX_WORDS):
        spans += [m.span() for m in _KNOWLEDGE_LINE.finditer(text)]
        for m in _LINK_BOX_HEAD.finditer(text):
            nxt = m.end() + 1
            while text.startswith("\n", nxt):
                nxt += 1
            e = text.find("\n", nxt)
            e = len(text) if e < 0 else e
            if nxt < len(text) and _LINK_BOX_ITEM.fullmatch(text, nxt, e):
                spans.append((m.start(), e))  # (one definition a box: a task's "重点项目：…" under it is the report's)
    for m in found:
        end = m.end()
        open_end = text[end - 1:end] not in _GLOSSARY_STOPS
        semi = 0  # (the width of a line that ends on its semicolon, its definition going on: below)
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt]
            if not line.strip():
                end = nxt  # (a blank line between items)
                continue
            if _PAGE_MARK_ALONE.fullmatch(line + "\n"):
                # (a page's mark, and the next page's running head under it)
                b = _over_page_break(text, end)
                end = nxt if b is None else b - 1
                continue
            # (a term after a dash, "——“两新”：大规模设备更新和消费品以旧换新。", is an item, not a part's heading)
            # (a definition goes on after its semicolon where a PDF's width or page cut it, "“六稳”是稳就业、…稳预期；" over
            # "“六保”是保居民就业…": on a line no wider, no turn to the year's plan)
            goes = open_end or semi and len(line.strip()) <= semi + 4 and not TURN_TO_PLAN.match(line)
            if not (goes or _GLOSSARY_ITEM.match(line)) or _HEADING.match(line) and not (
                    _NOTE_ITEM_LINE.match(line) or line.lstrip()[:1] == "—" and _GLOSSARY_ITEM.match(line)):
                # (a definition's sentence set apart on its own line, the next definition or the text's end after it)
                if (apart := _sentence_set_apart(text, end, lambda at: _GLOSSARY_ITEM.match(text, at) is not None
                                                 and not _HEADING.match(text, at))) is not None:
                    end, open_end, semi = apart, False, 0
                    continue
                break
            end = nxt
            open_end = line.rstrip()[-1:] not in _GLOSSARY_STOPS
            semi = len(line) if line.rstrip()[-1:] in "；;" and len(line.strip()) >= 16 else 0
        spans.append((m.start(), end))
    return spans


_GLOSSARY_STOPS = set("。；;！？!?")


# a page's foot and the next page's head left inside a line, where a copy from a PDF viewer read the layer's line breaks
# as nothing: "…突破650 - 1 - 关于…的报告0家", "规模以上工— 2 —  业增加值", "外资2. 第3页 衢州市人民政府工作报告5亿美元".
# A number between dashes (spaced when a hyphen: "2024-1-16" is a date), or 第3页 with its 共20页 or the document's title
# beside it; the title (its first line) is the running head when it stands right after or before the mark.
_INLINE_MARK = lazy(r"[-—–－][ \t]?\d{1,3}[ \t]?[-—–－]|第[ \t]?\d{1,3}[ \t]?页(?:[ \t]*共[ \t]?\d{1,3}[ \t]?页)?")
_DASHES = "-—–－"


def _inline_page_spans(text: str) -> list[tuple[int, int]]:
    marks = []
    for m in _INLINE_MARK.finditer(text):
        s, e = m.span()
        if s == 0 or e >= len(text) or text[s - 1] == "\n" or text[e] == "\n":
            continue  # (a mark at a line's edge: the lines' own rules read it)
        b, a = text[s - 1], text[e]
        if b in _DASHES or a in _DASHES or a.isdigit() or b.isdigit() and text[s] != "第":
            continue  # (a run of dashes, a date or a range: "2024-1-16", "3—5—")
        if text[s] in "-–" and not (b in " \t" and a in " \t"):
            continue
        lo, hi = s, e
        while hi < len(text) and text[hi] in " \t":
            hi += 1
        while lo > 0 and text[lo - 1] in " \t":
            lo -= 1
        marks.append((m, lo, hi))
    if not marks:
        return []
    first = text.lstrip()
    first = first[:first.find("\n")].strip() if "\n" in first else first.strip()
    heads = [first] if 4 <= len(first) <= 60 and "。" not in first else []
    # (a head that is not the first line, "…会议文件", "政府工作报告": the words that stand beside every mark of two or more)
    after = before = ""
    if len(marks) >= 2:
        afters = [text[hi:hi + 60].split("\n", 1)[0] for _, _, hi in marks]
        befores = [text[max(0, lo - 60):lo].rsplit("\n", 1)[-1] for _, lo, _ in marks]
        after = _common(afters, 1).strip()
        before = _common(befores, -1).strip()
        after = after if len(after) >= 4 and _DOC_WORDS.search(after) else ""
        before = before if len(before) >= 4 and _DOC_WORDS.search(before) else ""
    spans: list[tuple[int, int]] = []
    for m, lo, hi in marks:
        headed = False
        # (a head seen once, beside the one mark of an excerpt, set off by a space: a run of words naming the document,
        # "…人民代表大会第五次会议文件", "…政府工作报告")
        nxt = _WORD_RUN.match(text, hi)
        prv = _WORD_RUN_BACK.search(text, max(0, lo - 41), lo)
        once_after = nxt.group() if nxt and _header_words().search(nxt.group()) and nxt.end() < len(text) \
            and text[nxt.end()] in " \t" else ""
        once_before = prv.group() if prv and _header_words().search(prv.group()) and prv.start() > 0 \
            and text[prv.start() - 1] in " \t" else ""
        for h in (*heads, after, once_after):
            if h and text.startswith(h, hi):
                hi, headed = hi + len(h), True
                while hi < len(text) and text[hi] in " \t":
                    hi += 1
                break
        for h in (*heads, before, once_before):
            if not headed and h and text.endswith(h, 0, lo):
                lo, headed = lo - len(h), True
                while lo > 0 and text[lo - 1] in " \t":
                    lo -= 1
                break
        if text[m.start()] == "第" and not headed and "共" not in m.group():
            continue  # ("详见第3页"): prose
        if lo == 0 or hi >= len(text) or text[lo - 1] == "\n" or text[hi] == "\n":
            continue
        spans.append((lo, hi))
    return spans


_WORD_RUN = lazy(r"[^\s，,。；;：:]{4,40}")
_WORD_RUN_BACK = lazy(r"[^\s，,。；;：:]{4,40}$")


def _common(texts: list[str], step: int) -> str:
    """The longest prefix (step 1) or suffix (step -1) the texts share."""
    n = min(len(t) for t in texts)
    k = 0
    while k < n and all(t[k if step > 0 else -1 - k] == texts[0][k if step > 0 else -1 - k] for t in texts):
        k += 1
    return texts[0][:k] if step > 0 else texts[0][len(texts[0]) - k:]


# the numbers a draft prints in its margin, one before every line and counting on ("12 总基调，经济社会发展…", "13 亿元，
# 增长6.8%…"; a blank line numbered too, a page mark between two numbered lines, the count started again on a new page):
# on eight lines or more that count on one by one, most of them prose (a Chinese line with no space inside: not a table's
# rows, whose serials stand before cells parted by spaces), each number and the spaces after it go; the lines are then
# read as a PDF's cut lines are. A short numbered list ("1 新建…\n2 新增…") stays.
_MARGIN_NUMBER = lazy(r"^[ \t]*(\d{1,4})(?:[ \t]+|(?=\n)|\Z)", re.M)
_INNER_SPACE = lazy(r"\S\s+\S")


def _only_marks_between(text: str, a: int, b: int, gap: int) -> bool:
    """Whether the lines between two numbered lines (``a``, the first one's number's end, to ``b``, the next one's start,
    ``gap`` lines apart) are, blank lines and page marks aside ("\n\n- 2 -\n\n"), two at most: a page's break between
    them, as the line numbers go on over it."""
    if gap > 12:
        return False
    lines = text[a:b].split("\n")[1:-1]
    return sum(1 for ln in lines if ln.strip() and not _is_mark(ln)) <= 2


def _margin_number_spans(text: str) -> list[tuple[int, int]]:
    chain: list[tuple[int, int, bool, bool]] = []  # (start, end, prose, action) of each number of the chain being read
    spans: list[tuple[int, int]] = []
    last_n = last_line = last_end = -10

    def settle():
        # (a list of ten things to do numbered by a digit and a space, "1 新建…\n2 改造…\n…\n10 新增…", each line an
        # item opening on its action's verb, is no margin: a margin's numbers fall on lines a page's width cut anywhere)
        if len(chain) >= 8 and sum(1 for c in chain if c[2]) * 5 >= len(chain) * 3 \
                and sum(1 for c in chain if c[3]) * 2 < len(chain):
            spans.extend((a, b) for a, b, _, _ in chain)

    line = 0
    pos = 0
    for m in _MARGIN_NUMBER.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        n = int(m.group(1))
        le = text.find("\n", m.end())
        rest = text[m.end():len(text) if le < 0 else le].strip()
        prose = bool(rest) and _HAN_CHAR.search(rest) is not None and not _INNER_SPACE.search(rest)
        if not (n == last_n + 1 and (line - last_line <= 3 or _only_marks_between(text, last_end, m.start(), line - last_line))):
            settle()
            chain = []
        # (an item opens on its verb whatever figure of it a PDF's layer split by a space: "3 为全市6 0周岁以上…", "2 改造城镇
        # 老旧小区3 6个" are items, though not prose by _INNER_SPACE)
        chain.append((m.start(), m.end(), prose or not rest, bool(rest) and _item_verb().match(text, m.end()) is not None))
        last_n, last_line, last_end = n, line, m.end()
    settle()
    return spans


# a paper's head line at a page's top where a report printed in a newspaper goes on from the page before: its date and
# weekday, its page's name and number ("2023年2月11日　星期五　要闻　5", "4　要闻　2023年2月11日 星期六"), after a line the page cut
# (or a 下转 mark) and before the text that goes on (or an 上接 mark): the line goes. A paper's masthead over the text (no
# cut line above it) stays for the metadata.
# (a day or month of two digits cut by a space in a PDF's layer, "2021年1月2 9日", is the same date)
_PAPER_DAY = lazy(r"(?:19|20)\d\d[ \t]?年[ \t]?\d(?:[ \t]?\d)?[ \t]?月[ \t]?\d(?:[ \t]?\d)?[ \t]?日[ \t\u3000]*(?:(?:星期|周)[一二三四五六日天]"
                  r"|第[ \t]?\d{1,2}[ \t]?版)")
# (a head line that names its page, "荆门日报　2025年1月15日　第3版", is a page's head between two whole paragraphs too)
_PAPER_EDITION = lazy(r"第[ \t]?\d{1,2}[ \t]?版")
# a line of a page's number and name alone ("第3版　要闻", "要闻　第3版", "第3版")
_EDITION_LINE = lazy(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{1,6}[ \t\u3000]+)?第[ \t]?\d{1,2}[ \t]?版(?:[ \t\u3000]+[\u4e00-\u9fff]{1,6})?[ \t\u3000]*")
_TURN_MARK = lazy(r"[(（][ \t]*[上下][接转]第?[一二三四五六七八九十0-9]+[ \t]*版[ \t]*[)）]")
# (a 下转 mark that ends the text over a head and an 上接 mark that opens the text under it, a layer's line break or a
# page's indent anywhere in either: "完成投（下转第4版）", "年均分（\n下转第2版）", "　　（上接第3版）资1300亿元")
_TURN_DOWN_END = lazy(r"[(（]\s*下\s*转\s*第?\s*[一二三四五六七八九十0-9]+\s*版\s*[)）][ \t\u3000\n]*\Z")
_TURN_UP = lazy(r"[ \t\u3000\n]*[(（]\s*上\s*接\s*第?\s*[一二三四五六七八九十0-9]+\s*版\s*[)）]")


def _turned_over(text: str, ls: int, le: int, nb: int) -> tuple[int, int] | None:
    """The span from the line break after a 下转 mark to an 上接 mark, a head's lines (``ls``..``le``) between, where the
    word the page cut goes on over them (the text before the 下转 mark ends on no stop): the paper's own marks say the
    sentence runs on, so the breaks and a page's indent around its head go with the head ("年均分（下转第2版）\n…\n
    　　（上接第1版）别增长" reads "年均分别增长"; a blank line or an indent there read as a paragraph's end)."""
    pb = ls - 1  # (over the head, a page's mark and blank lines as under it)
    while pb > 0 and text[pb - 1] == "\n":
        pb -= 1
    if pb < ls - 1 and _is_mark(text[(k := text.rfind("\n", 0, pb) + 1):pb]):
        pb = k
    down = _TURN_DOWN_END.search(text, max(0, pb - 24), pb)
    up = _TURN_UP.match(text, nb)  # (from the head's end, or from the page's mark under it)
    if down is None or up is None:
        return None
    k = down.start()
    while k > 0 and text[k - 1] in " \t\u3000":
        k -= 1
    # (the mark set down on a line of its own under the cut line, "…年均分\n（下转第2版）": from that line's end)
    at = k - 1 if k > 1 and text[k - 1] == "\n" else text.index("\n", down.start())
    if at == k - 1:
        k -= 1
        while k > 0 and text[k - 1] in " \t\u3000":
            k -= 1
    if k == 0 or text[k - 1] == "\n" or text[k - 1] in _NO_JOIN_END:
        return None
    return at, up.start() + len(up.group()) - len(up.group().lstrip(" \t\u3000\n"))


def _paper_head_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PAPER_DAY.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        line = text[ls:le]
        if ls == 0 or le >= len(text) or len(line.strip()) > 40 or _PROSE.search(line):
            continue
        # (the page's name and number on a line of their own right under or over the date's, "2026年2月3日　星期二\n第3版
        # 　要闻": one head of two lines, both go)
        if "版" not in line:
            ne = text.find("\n", le + 1)
            if ne >= 0 and _EDITION_LINE.fullmatch(text, le + 1, ne):
                le = ne
            elif ls >= 2 and _EDITION_LINE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1):
                ls = text.rfind("\n", 0, ls - 1) + 1
            line = text[ls:le]
        # (the lines around it, a 下转/上接 mark aside; a PDF's layer sets the head apart by blank lines, "增（下转第2版）\n\n
        # 长春日报\n2023年1月1 2日　星期四\n第2版　要闻\n\n（上接第1版）长3.1%": they are passed, and go with the head)
        pe = ls - 1
        blank = 0
        while pe > 0 and blank < 2 and text[pe - 1] == "\n":
            pe, blank = pe - 1, blank + 1
        ps = text.rfind("\n", 0, pe) + 1
        before = _TURN_MARK.sub("", text[ps:pe]).rstrip()
        # (a printed page's own break may fall right under the paper's head: blank lines and its page mark, "\n\n- 6 -\n\n",
        # stand between the head and the text it goes on with)
        nb = le
        while nb + 1 < len(text) and text[nb + 1] == "\n":
            nb += 1
        k = text.find("\n", nb + 1)
        if nb > le and k >= 0 and _is_mark(text[nb + 1:k]):
            nb = k
            while nb + 1 < len(text) and text[nb + 1] == "\n":
                nb += 1
        ne = text.find("\n", nb + 1)
        up = _TURN_UP.match(text, nb)  # (an 上接 mark a line cut, "（上接第1\n版）", is one mark)
        after = text[up.end():len(text) if (ne := text.find("\n", up.end())) < 0 else ne].lstrip() if up is not None \
            else _TURN_MARK.sub("", text[nb + 1:len(text) if ne < 0 else ne]).lstrip()
        if len(before) < 8 and ps > 0:  # (the mark's own line, or the paper's name over the date: the text over it)
            pe2 = ps - 1
            while pe2 > 0 and blank < 4 and text[pe2 - 1] == "\n":
                pe2, blank = pe2 - 1, blank + 1
            before = text[text.rfind("\n", 0, pe2) + 1:pe2].rstrip() if pe2 > 0 else ""
            if blank and before:
                pe = pe2
        if not after and ne >= 0:
            ne2 = text.find("\n", ne + 1)
            after = text[ne + 1:len(text) if ne2 < 0 else ne2].lstrip()
            if blank:
                # (blank lines under the head too: passed to the text that goes on, its 上接 mark aside)
                while not after and ne2 >= 0 and ne2 - le < 4:
                    ne, ne2 = ne2, text.find("\n", ne2 + 1)
                    after = text[ne + 1:len(text) if ne2 < 0 else ne2].lstrip()
                after = _TURN_MARK.sub("", after).lstrip()
                le = ne
        if before and after and (before[-1] not in _NO_JOIN_END or before[-1] in "。！？；" and _PAPER_EDITION.search(line)) \
                and (after[0].isalnum() or after[0] in "%，、"):
            spans.append(_turned_over(text, ls, le, nb) or ((pe + 1, max(le, nb)) if blank else (ls, le)))
    return spans


_LONE_NUMBER = lazy(r"\n[ \t]*\d{1,3}[ \t]*(?=\n)")
_HAN_CHAR = lazy(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _lone_figure_units() -> tuple[str, ...]:
    """What opens the line after a number alone on its line when that number is a figure cut from its unit, not a page
    number (cues.tsv ``lone_figure_units``: %, 个百分点, 亿元, 万人…; decision 380): read as a page number, the words
    before would be left with a unit and no figure ("增长%左右")."""
    return tuple(sorted(vocab.cues().get("lone_figure_units", ()), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _lone_figure_tails() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The bounds a figure's unit may carry (左右, 以上…) and the words joining a list's figures (和, 及…), cues.tsv
    ``lone_figure_bounds`` and ``lone_figure_joins``."""
    c = vocab.cues()
    return c.get("lone_figure_bounds", ()), c.get("lone_figure_joins", ())


def _unit_ends_clause(text: str, at: int) -> bool:
    """Whether the unit opening the line at ``at`` ends a figure's clause: a bound may follow it, then no character
    of a word (Chinese, a letter, a digit) but a list's joining word before a digit ("%，", "万人以上；", "%和12%"),
    where a unit word opening a name reads on ("万元地区生产总值能耗", "万元GDP能耗", "亿元以上项目"): decision 388."""
    k = at + next(len(u) for u in _lone_figure_units() if text.startswith(u, at))
    bounds, joins = _lone_figure_tails()
    k += next((len(w) for w in bounds if text.startswith(w, k)), 0)
    c = text[k:k + 1]
    if not c or not c.isalnum():
        return True  # (a mark, a space or the text's end; not a letter, "万元GDP能耗…")
    j = next((len(w) for w in joins if text.startswith(w, k)), 0)
    return j > 0 and text[k + j:k + j + 1].isdigit()


def _page_number_spans(text: str) -> list[tuple[int, int]]:
    """A page number alone on its line where a page break cut a sentence between two Chinese
    characters ("一般公共预算收\n12\n入增长8%"); read into the sentence it would be a figure. Where
    the break cut a number or fell before one ("分别达到41\n3\n256元", "增长7.2\n3\n%", "达到\n3\n41256元",
    "41256元、\n3\n19873元") or a Latin term ("P\n3\nM2.5"), under a
    full line of text (the page's last: not a column of figures, "5.2\n3\n6.0")."""
    spans = []
    for m in _LONE_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        nxt = e + 1
        while nxt < len(text) and text[nxt] in " \t\n":
            nxt += 1
        if s == 0 or nxt >= len(text):
            continue
        last = s - 1  # (the text before it: a converter sets a blank line above a page's foot, "…社会消\n\n1\n费品…")
        while last > 0 and text[last] in " \t\n":
            last -= 1
        b, a = text[last], text[nxt]
        if not (b.isdigit() or b in ".．") and text.startswith(_lone_figure_units(), nxt) \
                and (b not in "，、；：,;:" or _unit_ends_clause(text, nxt)):
            continue  # the figure itself, its unit cut onto the next line ("增长\n6\n%左右", "达到\n12\n亿元"); after a
            # clause's mark only where the unit ends the figure's clause ("分别增长8.3%、\n9\n%，", decision 388): a page
            # number over a line a unit word opens is kept out ("…3.5%左右；\n19\n万元地区生产总值能耗…", decision 385)
        han_b, han_a = _HAN_CHAR.match(b) is not None, _HAN_CHAR.match(a) is not None
        if han_b and han_a:
            spans.append((s + 1, e))
        elif (han_b or b.isdigit() or b in ".%，、；：,;:“（(") and (han_a or a.isdigit() or a in ".%“（(《，、；：,;:") \
                or b.isascii() and b.isalpha() and a.isascii() and a.isalnum():  # (or a Latin term: "P\n3\nM2.5")
            line = text[text.rfind("\n", 0, last) + 1:last + 1]
            if len(line.strip()) >= 16 and "|" not in line:
                spans.append((s + 1, e))
    return spans


_HAS_FULLWIDTH = lazy("[" + "".join(re.escape(chr(c)) for c in _FULLWIDTH if _FULLWIDTH[c] != c) + "]")


def _fold(text: str) -> str:
    # one replace per distinct character present (mostly the ideographic space of indented
    # paragraphs): str.translate with a table looks up every character, five times slower
    for c in set(_HAS_FULLWIDTH.findall(text)):
        text = text.replace(c, chr(_FULLWIDTH[ord(c)]))
    return text


# (a zero typed as the letter O or the digit 0 among the numerals, "二Ｏ一九年", "二0二三年", as old Big5 pages and
# converters leave 〇: the full-width letters are folded to O and o before this reads them)
_CN_YEAR = lazy("(?:二[〇零○O0o]|一九)[〇零○O0o一二三四五六七八九]{2}(?=年)")
_CN_YEAR_DIGITS = str.maketrans("〇零○O0o一二三四五六七八九", "000000123456789")


def digit_years(text: str) -> str:
    """The text with years written in Chinese numerals ("二〇二四年", "到二〇三〇年") in digits, one
    for one: the same length, so every offset (and the quotes, taken from the text as read) stays."""
    # (every such year starts with one of these pairs: 零 alone is mostly 零售, and the pattern's
    # search reads every 一 and 二 of the text; a pair is looked for only where its rarer second
    # character stands, as a search for one character is many times cheaper than for two)
    if not (("〇" in text and "二〇" in text) or ("○" in text and "二○" in text)
            or ("零" in text and "二零" in text) or ("九" in text and "一九" in text)
            or "二O" in text or "二0" in text or "二o" in text):
        return text
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_YEAR_DIGITS), text)


# an HTML entity left in text copied from a page's source: "&ldquo;", "&mdash;", "&#12288;", "&#x3000;"
_ENTITY = lazy(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def _entities(text: str) -> tuple[str, dict[int, int]]:
    """The text with each HTML entity read as its character, one for one: its '&' swapped for that
    character (folded as _fold folds: "&#12288;" a space), the rest for zero-width spaces, which the
    metadata's views erase and normalize drops; and where each entity read begins and ends."""
    import html

    chars: list[str] | None = None
    wide: dict[int, int] = {}
    for m in _ENTITY.finditer(text):
        ch = html.unescape(m.group())
        if len(ch) != 1 or ch == m.group():
            continue  # not an entity ("&abc;" as written) or one of two characters
        if chars is None:
            chars = list(text)
        s, e = m.span()
        chars[s] = chr(_FULLWIDTH.get(ord(ch), ord(ch)))
        chars[s + 1:e] = "\u200b" * (e - s - 1)
        wide[s] = e
    return ("".join(chars) if chars is not None else text), wide


# a table's tags left in text copied from a page's source ("<tr><td>地区生产总值增长</td><td>%</td><td>7左右</td></tr>"):
# the tags go (read as zero-width spaces, as an entity's tail is), the end of a cell that another follows as a tab, one
# for one: the row reads as a Word table's copy ("地区生产总值增长\t%\t7左右"), every offset kept
_CELL_TAG = lazy(r"<(/?)(?i:t[dhr]|table|tbody|thead|tfoot|caption)\b[^<>\n]{0,200}>")
_NEXT_CELL = lazy(r"[ \t]*<(?i:t[dh])\b")


def _cell_tags(text: str) -> str:
    chars: list[str] | None = None
    for m in _CELL_TAG.finditer(text):
        if chars is None:
            chars = list(text)
        s, e = m.span()
        tab = m.group(1) and m.group()[2:4].lower() in ("td", "th") and _NEXT_CELL.match(text, e) is not None
        chars[s:e] = ("\t" if tab else "\u200b") + "\u200b" * (e - s - 1)
    return "".join(chars) if chars is not None else text


# a tag that breaks a line (br, p, div) inside a line of text copied from a page's source whose paragraphs such tags part
# ("…重点工作<br/>今年主要预期目标是：…。<br/>（一）…", "…。</p><p>（一）…"): read as the line break it makes, one for one
# (its '<' a line break, the rest zero-width spaces). Only on a line holding two such runs of tags or more (edges
# counted): one alone inside a line ("地区生产总值<br>增长6%", "文中使用<p>标签表示段落") stays as written, and a run at a
# line's start or end is left to the noise patterns, which drop it.
_BREAK_TAGS = lazy(r"(?:</?(?i:p|br|div)\b[^<>\n]{0,120}>[ \t]*)+")


def _break_tags(text: str) -> str:
    chars: list[str] | None = None
    line_end, runs, inner = -1, 0, []
    for m in _BREAK_TAGS.finditer(text):
        s, e = m.span()
        if s > line_end:  # (a new line: settle the last one's)
            if runs >= 2 and inner:
                chars = chars if chars is not None else list(text)
                for a, b in inner:
                    chars[a:b] = "\n" + "\u200b" * (b - a - 1)
            ls = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", s)
            line_end = len(text) if line_end < 0 else line_end
            runs, inner = 0, []
        runs += 1
        if text[ls:s].strip() and text[e:line_end].strip():
            inner.append((s, e))
    if runs >= 2 and inner:
        chars = chars if chars is not None else list(text)
        for a, b in inner:
            chars[a:b] = "\n" + "\u200b" * (b - a - 1)
    return "".join(chars) if chars is not None else text


# a full-width comma between digit groups, as a full-width printing sets a thousands separator
# ("１，６２０．５亿元", "39，175元"): searched from the comma (a literal: the scan skips to each), the
# digits before it read in code
# (a PDF's line break may fall after the comma or after a group, the figure's unit on the next line: "游客1，\n052万人次",
# "老旧小区5，000\n个")
# (five groups more at most: a figure has no more, and an unbounded run would have each comma scan the rest of a long
# run of groups, quadratic in it)
_WIDE_THOUSANDS = lazy(r"，(?=\n?\d{3}(?:[，,]\n?\d{3}){0,5}(?:\n(?=%|(?:万亿|亿|万|千)?(?:元|美元|吨|斤|人|户|家|个|亩|公里|平方米|千瓦|所|条|套|张|辆|台)))?(?![\d，,、；;。：:）)\s]|[，,](?!\d)|$))")


def _thousands(text: str) -> str:
    """The text with each full-width comma that separates thousands read as ',', one for one: the
    group before it one to three digits (or a group itself: "1，234，567"), not after a decimal point
    or a longer number ("2019，2020"); the group after it three digits, then the figure goes on (its
    unit, a decimal point), not a list's next item ("分别为5，120、"). A comma after a number in prose
    ("增长7%，620家") has no digit right before it, and one before a year or a longer number none
    after it. An ordinal's number is no thousands ("排名全省第3，126个重点项目…": a rank, then a count)."""
    cuts = []
    for m in _WIDE_THOUSANDS.finditer(text):
        i = m.start()
        j = i
        while j > 0 and text[j - 1].isdigit() and i - j < 4:
            j -= 1
        if 1 <= i - j <= 3 and (j == 0 or text[j - 1] not in ".．第" and not text[j - 1].isdigit()
                                 or text[j - 1] in "，," and cuts and cuts[-1] == j - 1):
            cuts.append(i)
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = ","
    return "".join(chars)


# a scanned page's text layer (OCR) reads a figure's 0 as the letter O (o, 〇) and its 1 as l (I), and 亿 after a figure as 乙
# ("2O23年", "增长1O.5%", "l32.5亿元", "45O亿元", "6O0 O人", "1286乙元"): each read as the digit or the character it stands
# for, one for one. Only inside a figure: a run of digits and such letters (one space at most between two, as OCR sets
# them, or a line break: "总数达到l0\n48家", "增长 l.2\n%") that holds a digit, with no Latin letter before or after it ("O2O", "H1N1", "CO2", "PM2.5" stay), and a unit,
# %, or a date's 年月日 after it (one space between allowed), or a year itself ("2O21—2O25", not in a path: "/2O21/");
# 乙 only before 元, 美元, 人…
# (a scan's hint first: a confusable letter beside a digit, searched from the letters, which Chinese text has few of;
# or after a figure's point, its last digit: "失业率3.O%", "增长6.I%")
_OCR_HINT = lazy(r"[OolI〇○乙](?:(?<=\d[OolI〇○乙])|(?<=\d[ \n][OolI〇○乙])|(?<=\d\.[OolI〇○])|(?=[ \n]?\d))")
_OCR_RUN = lazy(r"[0-9OolI〇○](?:[ \n]?[0-9OolI〇○.])*")
_OCR_DIGIT = {"O": "0", "o": "0", "〇": "0", "○": "0", "l": "1", "I": "1"}
_OCR_UNIT_FIRST = frozenset("%‰年月日万亿千百元个家人户亩吨公米项所处条套座场次天位倍辆台张名")
_OCR_YI_NEXT = ("元", "美元", "人", "吨", "斤", "公斤", "立方米", "平方米", "千瓦", "度")


def _ocr_digits(text: str) -> str:
    chars: list[str] | None = None  # (each letter read as its digit one for one: the length kept)
    for m in _OCR_RUN.finditer(text):
        s, e = m.span()
        run = m.group()
        if s and text[s - 1].isascii() and text[s - 1].isalpha():
            continue
        j = e + 1 if text[e:e + 1] in (" ", "\n") else e
        after = text[j:j + 1]
        if after.isascii() and after.isalpha():
            continue
        letters = [k for k, c in enumerate(run) if c in _OCR_DIGIT]
        yi = after == "乙" and text.startswith(_OCR_YI_NEXT, j + 1)
        if not (yi or letters) or not any("0" <= c <= "9" for c in run):
            continue
        fixed = "".join(_OCR_DIGIT.get(c, c) for c in run)
        if not (yi or after in _OCR_UNIT_FIRST or _ANY_YEAR.fullmatch(fixed) and not (after.isascii() and after.strip())):
            continue
        if chars is None:
            chars = list(text)
        for k in letters:
            chars[s + k] = fixed[k]
        if yi:
            chars[j] = "亿"
    return "".join(chars) if chars is not None else text


def _simplified(raw: str) -> tuple[str, dict[int, int], bool]:
    """The text as read, entities read, forms folded and the script converted (one for one); the entities' map; and
    whether the text was written in traditional characters."""
    text, wide = _entities(raw) if "&" in raw else (raw, {})
    if "<" in text:
        if "<t" in text or "<T" in text:
            text = _cell_tags(text)
        text = _break_tags(text)
    text = _fold(text)
    # (the script first: the OCR digits are told by the unit after them, 亿 or 万, and a traditional page writes 億, 萬)
    pre = _convert_japanese(text)
    conv = _convert_traditional(pre)
    text = conv
    if _OCR_HINT.search(text):
        text = _ocr_digits(text)
    if "，" in text:
        text = _thousands(text)
    text = _regional(text, conv is not pre)
    if "「" in text or "『" in text:
        text = text.translate(_CORNER_QUOTES)
    if "▍" in text or "▌" in text or "▎" in text:
        text = text.translate(_BLOCK_MARKS)
    return text, wide, conv is not pre


# a Hong Kong or Taiwan page's corner quotes ("「十二五」時期", "建成「口袋公園」60個", "『一件事』"): read as the
# mainland's double quotation marks, one for one, which the readers of plans, targets and pledge objects look for
# (『』 too: a page may quote with them alone, "實現了『經濟增長6.5%以上』的年度目標", where ‘’ would name no target)
_CORNER_QUOTES = str.maketrans("「」『』", "“”“”")
# (a clause's mark, then Word's soft line break: the paragraph going on)
_SOFT_BREAK_AFTER_MARK = lazy(r"[，、；,;]\x0b")
# a web page's bar before a sub-head ("▍过去五年", "▌2024年目标"): read as the ■ that marks a sub-head, one for one
_BLOCK_MARKS = str.maketrans("▍▌▎", "■■■")


def simplified(raw: str) -> str:
    """The text as read with HTML entities read, full-width forms folded and traditional characters
    converted: same length, same offsets (for reading titles and bylines, where spaces matter)."""
    return _simplified(raw)[0]


# invisible characters: zero-width spaces and joiners, word joiners, byte-order marks (and soft hyphens and
# the tails of HTML entities, which simplified() reads as zero-width spaces), inside words and numbers
_TONE_MARK = lazy("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")  # (a pinyin's tone mark: a reading aid's page, decision 411)


@once
def _reading_res() -> tuple[re.Pattern, ...]:
    """The noise patterns of a word's reading in pinyin (noise.txt: those naming a tone mark)."""
    return tuple(re.compile(p, re.M) for p in vocab.noise_patterns() if "ǎ" in p)


def _without_readings(s: str) -> str:
    """``s`` with a reading aid's pinyin glosses dropped (noise.txt's patterns naming a tone mark, ``_reading_res``)."""
    for p in _reading_res():
        s = p.sub("", s)
    return s


_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = lazy(f"[{_INVISIBLE_CHARS}]+")
# the pictographs a WeChat repost sets before its paragraphs, headings and sentences ("👉三、2023年工作安排", "📈地区生产总值
# 增长6.8%", "✅新建高标准农田2.5万亩"), their variation selectors and keycaps ("1️⃣"): dropped as the invisible characters are
# (the pictographs, the miscellaneous symbols and dingbats, ❤ ⚡ ✅ ➡, but not the marks that head items, ★ ☆ ◆ ▲ ●,
# which the structure reads, nor the dingbats' circled numbers ❶ ➀ ➊ that number them)
_EMOJI = lazy("[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u26FF\u2700-\u2775\u2794-\u27BF\u2B05-\u2B07\u2B1B\u2B1C"
              "\u2B50\u2B55\uFE0F]+|[0-9#*]\uFE0F?\u20E3")
# an app post's placeholder for an image or a video, as a copy from WeChat or a news app leaves it ("[图片]", "【视频】"):
# no words of the post (kept, it ran into the heading under it, "[图片]2024年目标"); not a page mark beside a line that
# repeats, as the noise patterns are (an infographic's "增长5.2%" lines)
_APP_PLACEHOLDER = lazy(r"[\[［【](?:图片|视频|动图|表情)[\]］】]")
# a page's own foot (来源：…, 编辑：…, 审核：…), then a label of other pages' titles alone on its line (cues.tsv
# foot_link_labels: 推荐阅读, 精彩推荐, 猜你喜欢…) and the titles under it, one sentence a line, no blank line between,
# whatever mark ends them ("推荐阅读\n绵阳2025年新增经营主体8.2万户。"): other pages, below the page's end; the foot
# kept (its date is the page's); noise.txt's related-links rule keeps a line with 。 where no foot stands above the
# label (adv65b; decision 562's 往期 labels are a post's own anywhere)
_FOOT_WORDS = r"(?:来源|稿源|出处|编辑|责任编辑|责编|审核|监制|校对|编审|终审|排版|美编)[ \t]*[:：][^\n]*\n"
_FOOT_LINE = r"[ \t]*" + _FOOT_WORDS


@once
def _foot_links_re() -> re.Pattern:
    labels = "|".join(map(re.escape, sorted(vocab.cues()["foot_link_labels"], key=len, reverse=True)))
    marks = r"[◆▼▲▶►◀◁▷■●/／—–-]"
    return re.compile(
        _FOOT_WORDS + r"(?:[ \t]*\n|" + _FOOT_LINE + r")*"
        r"([ \t]*(?:◆[ \t]*)?[【\[〖［]?(?:" + marks + r"[ \t]*){0,3}(?:" + labels + r")[】\]〗］]?(?:[ \t]*" + marks
        + r"){0,3}[ \t]*[:：]?[ \t]*(?:\n(?!" + _FOOT_LINE + r")(?:[^\n。！？]{1,40}[！？!?](?=\S)){0,2}[^\n。！？]{1,60}"
        r"[。！？!?]?[ \t]*(?=\n|\Z))+)")


def _foot_links_spans(text: str) -> list[tuple[int, int]]:
    """The spans of other pages' titles under a label right below the page's own foot (``_foot_links_re``: opening on
    the foot's word, which re skips to, test_spd49a; the word opens its line, white space or a bracket before it)."""
    if "来源" not in text and "编辑" not in text and "审核" not in text and "责编" not in text:
        return []
    out = []
    for m in _foot_links_re().finditer(text):
        i = m.start() - 1
        while i >= 0 and text[i] in " \t\u3000（(【[":
            i -= 1
        if i < 0 or text[i] == "\n":
            out.append(m.span(1))
    return out


# an arrow pointing down to what follows at a line's end ("一起来看↓", "↓↓↓", "▼"): the post's lead over its next block
_DOWN_ARROW_END = lazy(r"[↓▼][ \t]*\n")


# the words of a short title after an app post's pictograph ("📊 2023年成绩单", "🎯 2024年目标", "📌 2024年重点抓好这些事"):
# no clause, no figure but a year, no part's number ("👉三、2023年工作安排" keeps its own)
# (a short topic, "城市建设", or a dated title, "2024年重点抓好这些事"; not an item's words, "完成省下达的能耗双控目标任务")
# (or a year and a comma before a few words: "🔥 2023，我们这样走过", "🔥 2024，我们这样干！")
_APP_TITLE = lazy(r"[ \t\u3000]*(?:[^，,。；;：:！？!?%、（()）\d\s]{2,10}|[^，,。；;：:！？!?%、（()）\d\n]{0,12}(?:19|20)\d\d年?"
                  r"[^，,。；;：:！？!?%、（()）\d\n]{0,16}|" + COMMA_TITLE + r")[ \t\u3000]*(?=\n|$)")


# a post's label word and a colon before a sub-head's title ("🎯划重点：2022年主要预期目标", "📌关键词：民生实事"; cues.tsv
# post_head_labels): the title read after it, as if the pictograph opened it (decision 407)
@once
def _post_label_re() -> re.Pattern:
    words = "|".join(map(re.escape, vocab.cues().get("post_head_labels", ())))
    return re.compile(r"[ \t\u3000]*(?:" + words + r")[ \t\u3000]*[：:][ \t\u3000]*")


def _post_label_end(text: str, at: int) -> int:
    """Where a sub-head's title begins after the pictograph ending at ``at``: past a post's label and its colon
    (``_post_label_re``), else at ``at``."""
    m = _post_label_re().match(text, at)
    return m.end() if m is not None else at


def _pictograph_heads(text: str, pictographs: list[re.Match], readings: list[tuple[int, int]] | None = None) -> set[int]:
    """Where a pictograph opens a line of a short title: the post's sub-head, marked as ◆ marks one (the mark read in
    the pictograph's place, one for one), so that the outline reads it as it reads "◆2024年目标" (its words decide); a
    keycap ("1️⃣") numbers an item, and a title naming a report ("🔴 一图读懂｜2022年…政府工作报告") is the post's own.
    readings: the spans of a reading aid's pinyin, dropped with the first drops: the title is read without them
    ("🏠划重点：今年这些民生(mín shēng)实事" as "今年这些民生实事", decision 417)."""
    out = set()
    for m in pictographs:
        s = m.start()
        if text[s] not in "0123456789#*" and (s == 0 or text[s - 1] == "\n" or (ls := text.rfind("\n", 0, s) + 1) < s and text[ls:s].isspace()):
            e = m.end()
            if readings and (le := _line_end(text, e)) > e and any(a < le and b > e for a, b in readings):
                # (the title's line with its readings left out, read alone)
                line = "".join(text[max(p, e):q] for p, q in _kept_between(readings, e, le))
                a = _APP_TITLE.match(line, _post_label_end(line, 0))
            else:
                a = _APP_TITLE.match(text, _post_label_end(text, e))
            if a is not None and a.group().strip() and HEADLINE_END.search(a.group()) is None:
                out.add(s)
    return out


def _line_end(text: str, at: int) -> int:
    """The end of the line at ``at`` (its line break, or the text's end)."""
    le = text.find("\n", at)
    return le if le >= 0 else len(text)


def _kept_between(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of [lo, hi) that none of ``spans`` covers, in order."""
    out, at = [], lo
    for a, b in sorted(spans):
        if b <= at or a >= hi:
            continue
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < hi:
        out.append((at, hi))
    return out


def _set_apart(text: str, pictographs: list[re.Match]) -> list[int]:
    """The starts of the lines an app post set apart by hand: a line a pictograph opens (a bullet, a heading's icon:
    "📊 2023年成绩单", "1️⃣ 城市建设") and the line after one a pictograph or a down arrow ends ("划重点👇", "一起来看↓").
    No page's width cut a line there, so the break is no cut inside a sentence (but a figure opening the next line
    goes on from its name: "单位GDP能耗📉\n3.2%"; a year opening it is a dated title's: "一起来看↓\n2023年十件民生实事")."""
    out: list[int] = []
    n = len(text)
    ends: list[int] = []
    for m in pictographs:
        s, e = m.span()
        ls = text.rfind("\n", 0, s) + 1
        while e < n and text[e] in " \t\u3000":
            e += 1
        if (ls == s or text[ls:s].isspace()) and e < n and text[e] != "\n":
            out.append(s if text[s] == "◆" else e)  # (a sub-head's mark read in the pictograph's place opens the line)
        elif e < n and text[e] == "\n":
            ends.append(e)
    if "↓" in text or "▼" in text:
        ends += [m.end() - 1 for m in _DOWN_ARROW_END.finditer(text)]
    for e in ends:
        while e < n and text[e] in " \t\u3000\n":
            e += 1
        if e < n and (not text[e].isdigit() or _DATED_TITLE.match(text, e) is not None):
            out.append(e)
    return sorted(set(out))


def _forward(stage: _Stage, positions: list[int]) -> list[int]:
    """Where the kept characters at ``positions`` (sorted) of the text before ``stage`` stand after it."""
    starts, origins = stage.starts, stage.origins
    out = []
    for p in positions:
        i = bisect_right(origins, p) - 1
        q = starts[i] + p - origins[i] if i >= 0 else 0
        out.append(min(q, starts[i + 1]) if 0 <= i < len(starts) - 1 else q)
    return out


# an English gloss of two words or more in brackets right after a Chinese word
# (its first word may hold a digit: "（5G base stations）"), between the words and their figure (elsewhere it is kept:
# "推进智慧城市(smart city)建设")
_ENGLISH_GLOSS = lazy(r"[（(](?<=[\u4e00-\u9fff][（(])[0-9]{0,3}[A-Za-z][A-Za-z'’&.,/\-]*(?:[ ]+[A-Za-z'’&.,/\-]+){1,8}[ ]*[)）](?=\d)")


# the currency named beside an amount in yuan, as Hong Kong and Macao pages write it ("5.9万亿元人民币", "人民币1.2万亿元"):
# the amount read as if it were not there (the quote keeps it); not a name that holds it ("人民币贷款余额")
# a definition in brackets inside a sentence, an aside the sentence reads on without: the statistics' threshold a name
# is counted with ("规模以上工业增加值（年主营业务收入2000万元及以上工业企业）增长9.6%", "（计划总投资500万元以上）"),
# or what a name means ("高新技术企业（指通过国家认定的企业，下同）达到500家")
_DEFINITION_WORDS = ("主营业务收入", "营业收入", "计划总投资")
# (the measure may come later in it: "（规模以上工业企业统计起点为年主营业务收入2000万元）")
_DEFINITION_BRACKET = lazy(r"[（(][^（）()\n]{0,24}?(?:年主营业务收入|主营业务收入|年营业收入|营业收入|计划总投资)[^（）()\n]{0,30}?\d"
                           r"[^（）()\n]{0,24}[）)]|[（(]指(?![标导数南引出])[^（）()\n]{2,60}[）)]")
# a note in brackets opening with its label ("（注：地区生产总值为初步核算数，…，下同）", "（注：为2018年统计年报数据）",
# "（相关链接：…每亩补助标准不低于1500元。）"): its figures, years and standards are the note's, not the sentence's
_NOTE_BRACKET = lazy(r"[（(〔](?:注(?:\d{1,2}|[①-⑳])?|附注|备注|说明|相关链接|知识链接|名词解释)[ \t]*[:：]"
                     r"(?:[^（）()〔〕\n]|[（(][^（）()\n]*[）)]){1,200}[）)〕]")
# a figure's price basis in brackets naming the base year ("2310亿元（按2020年价格计算）", "（2020年不变价）"): an aside
# whose year is the prices', which dated the clauses after it
_BASIS_BRACKET = lazy(r"[（(](?:[按以][ \t]?)?(?:19|20)\d\d年(?:不变价|可比价|价格|现价|价)[^（）()\n]{0,16}[）)]")
_BASIS_HINT = lazy(r"年(?:不变|可比|现)?价")
# a bracket after a figure that gives a superior's quota for it ("粮食播种面积稳定在120万亩以上（国家下达我市任务为118万亩）"):
# an aside, whose figure had replaced the target's and been pledged (last year's figure so given, "（去年为9%）", is a fact
# of last year, decision of review23)
_COMPARED_BRACKET = lazy(r"[（(](?<=[\d%元人户家吨亩个所条座里上下内右][（(])(?:国家|省|市|上级)[^（）()\n，,。；;]{0,12}?"
                         r"(?:下达|任务|目标|额度|指标)[^（）()\n，,。；;]{0,8}?为[约近]?\d[\d.]*[^（）()\n，,。；;]{0,8}[）)]")
_COMPARED_HINT = lazy(r"为[约近]?\d")
# the currency named after an amount ("赤字规模4.06万亿元人民币，…") or before one: dropped, the amount read as written
# (and a PDF's width cut after the amount's 元 or inside the word: "…4.06万亿元\n人民币，比去年…", "…万亿元人民\n币，", the
# break with it)
_RENMINBI = lazy(r"(?<=\d元|[万亿千百]元)\n?人\n?民\n?币(?![\u4e00-\u9fff])|人民币(?=[\d约逾近])")
_RENMINBI_CUT = ("人民币", "人民\n币", "人\n民币")  # (the words' tests gating the search)


# a live blog's or a transcript's line headed by the head of the government by name, a colon after ("王正谱：今年要新建…",
# "09:52　省长王正谱：…"), the page having named them with their title ("省长王正谱代表省人民政府作政府工作报告"): the
# report's words as its reader reads them, the label dropped and the line read from its words, as a line with no label
# (cues.tsv head_titles; the clock time's digits may be split by a space, "09:2 6", as noise.txt's clock time, decision
# 424). A deputy's, a host's or an official's turn ("李春华：", "主持人：", "李智远：") keeps its label:
# their own words (pledges.py's turns).
@once
def _head_label_re() -> re.Pattern:
    titles = "|".join(map(re.escape, vocab.cues().get("head_titles", ())))
    # (the clock time also bracketed or in words, "【09:33】李文荣：", "9时40分　陈志刚：", noise.txt's; decision 439; its digits
    # split by a space too, "【09:3 7】", "9时3 1分", as the colon's clock's, decision 451)
    return re.compile(r"^[ \t\u3000]*(?:\d(?: ?\d)?[:：][0-5] ?\d[ \t\u3000]+|【[ \t]*\d(?: ?\d)?[:：][0-5] ?\d[ \t]*】[ \t\u3000]*"
                      r"|\d(?: ?\d)?时(?:[0-5] ?)?\d分[ \t\u3000]*)?((?:" + titles + r")?([\u4e00-\u9fff]{2,4}?)[：:])"
                      r"(?![ \t\u3000]*[“\"])", re.M)


def _head_label_spans(text: str) -> list[tuple[int, int]]:
    """The labels of the head of the government's lines (``_head_label_re``): a name before its colon that the page names
    with a title of the head's somewhere (the label's own title or another place's: "省长王正谱")."""
    titles = vocab.cues().get("head_titles", ())
    out = []
    for m in _head_label_re().finditer(text):
        name = m.group(2)
        if any(_head_titled(text, t + name) for t in titles):
            out.append(m.span(1))
    return out


def _head_titled(text: str, titled: str) -> bool:
    """Whether ``titled`` (a head's title and a name, "市长刘超") stands in the text as the head's own, not as a deputy's
    office ending on the same title ("副市长刘超", cues.tsv head_title_deputy; decision 414) nor a deputy's office
    (``_in_deputy_intro``)."""
    deputy = vocab.cues().get("head_title_deputy", ())
    i = text.find(titled)
    while i >= 0:
        if not (i > 0 and any(text.endswith(w, 0, i) for w in deputy)) and not _in_deputy_intro(text, i):
            return True
        i = text.find(titled, i + 1)
    return False


def _in_deputy_intro(text: str, i: int) -> bool:
    """Whether the title at ``i`` is the office of a deputy or a member introduced in its clause (cues.tsv deputy_intro,
    "地区人大代表、加格达奇区区长张敏在分组审议时发言"): a lower government's head speaking as a deputy on its city's page
    (decision 429)."""
    cs = max(text.rfind(c, 0, i) for c in "，,。；;：:\n")
    return any(text.find(w, cs + 1, i) >= 0 for w in vocab.cues().get("deputy_intro", ()))


# a sentence's end, then a paragraph's indent (two spaces or more) before its first word, on the line: a page copied
# without its paragraph breaks, the indents kept
_INLINE_PARA = lazy(r"[。！？!?][ \u3000\u00a0]{2,}(?=[\u4e00-\u9fff“\d])")
# a part's or an item's number after a sentence's end and a space, inside a line (the break before it lost): "一、",
# "（二）", "3." before the words of its title (not a figure: "。 2.5万亩", "。 10、20年"; not numerals in a row: "。 一、二季度")
# ("二、2024年主要目标": a part's title may open with its year)
_INLINE_HEAD = lazy(r"[。！？!?：:][ \u3000\u00a0]+(?=(?:[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[（(][一二三四五六七八九十]{1,3}[）)])[\u4e00-\u9fff“\d]"
                    r"|\d{1,2}[.．、](?!\d)[\u4e00-\u9fff“])")


_TITLE_THEN_TEXT = (r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                    r"[^\s。，；：,;:！？!?]{2,30}[ \u3000\u00a0](?=[^\n]{20,}?。)")
_HEAD_THEN_TEXT = lazy(_TITLE_THEN_TEXT)
_LINE_HEAD_THEN_TEXT = lazy("^" + _TITLE_THEN_TEXT, re.M)


# a middle dot set as a figure's decimal point, as a typeset or scanned page prints it ("增长8·4%", "完成2351·7亿元",
# "提高1・2个百分点"): read as the point, one for one, where a digit stands before it and a short fraction with a
# figure's unit after it; an event's date stays ("7·20特大暴雨", "3·15"), and a page mark ("·5·")
_MID_DOT_POINT = lazy(r"[·・∙](?<=\d[·・∙])(?=\d{1,3}[ \t]?(?:%|％|‰|个百分点|倍|(?:万亿|亿|万|千)?(?:元|美元|吨|斤|公斤|人次|人|户|家|个|亩|公里|平方米|千瓦|标箱)))")


# a scan's OCR reading a figure's decimal point as a full stop ("增长8。4%", "完成2351。7亿元"): read as the point, one for
# one, where a digit stands before it and a fraction of three digits at most with a percentage or an amount in 万 or 亿
# after it (no sentence opens so); a rank's number before it ("第8。4家…") and a sentence opening with a count stay
_STOP_POINT = lazy(r"。(?<=\d。)(?<!第\d。)(?<!第\d\d。)(?=\d{1,3}(?:%|％|个百分点|(?:万亿|亿|万)(?:元|美元|人|吨|亩|户)))")


# a page set with half-width punctuation (a Macau or Hong Kong paper's web copy, "…省長王新偉作政府工作報告.", "新建高標準農
# 田300萬畝."): a half-width point after a Chinese character, a percent or a closing quote or bracket, with no digit or
# point after it, is a full stop, read one for one as "。" (a decimal point stands between digits, an item's number
# "1." after a digit, a web address's point after a Latin letter: none is read so)
# (a year or a date opening the next sentence may follow it: "…作政府工作报告.2023年,黄冈市经济…")
_HALF_STOP = lazy(r"\.(?<=[\u4e00-\u9fff%」』”）)]\.)(?:(?![\d.．A-Za-z])|(?=(?:19|20)\d\d年|\d{1,2}月\d{1,2}日))")
HALF_STOP = _HALF_STOP  # (the metadata's title test reads a line's sentences by it)
_ITEM_NUMERALS = frozenset("一二三四五六七八九十（）() \t\u3000")
# an old Big5 page's or a half-width converter's part number with a comma for its 、 ("一,过去五年工作回顾",
# "二,今后五年目标和2017年主要任务", "二,2017年工作安排"), alone from its line's start before its title's first
# character or year: read as "、", one for one, so that the part is a part ("一,二月份…", numerals after it, stays)
_HALF_COMMA_PART = lazy(r"^([ \t\u3000]*[一二三四五六七八九十]{1,3}),(?=[\u4e00-\u9fff“\"「]|(?:19|20)\d\d年)(?![一二三四五六七八九十两])", re.M)


def _half_stop(m: re.Match) -> str:
    """A half-width point that ends a sentence, as the full stop; a part's or an item's number before it, alone from its
    line's start ("一.工作回顾", "（二）.扩大投资"), keeps its point (the number's mark)."""
    text = m.string
    i = m.start()
    ls = text.rfind("\n", max(0, i - 7), i) + 1  # (a bounded look back: a page of one long line is read in linear time)
    if (ls > 0 or i <= 7) and i - ls <= 6 and all(c in _ITEM_NUMERALS for c in text[ls:i]):
        return "."
    if _ENGLISH_WORDS.search(text, max(0, i - 80), i) is not None:
        # a bilingual page's English sentence that quotes the Chinese ("…will build 20,000 new 5G base stations
        # (新建5G基站2万个)."): its point is English, the sentence is read as before
        return "."
    return "。"


_ENGLISH_WORDS = lazy(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")


# a hyphen at a line's end between two digits ("接待游客426-\n0万人次", "粮食总产量达到3-\n54.1万吨"): a range's where
# nothing says otherwise (decision 79: "增长6-\n6.5%"), a PDF's hyphenation where the page shows it hyphenates, by a hyphen
# after a point or between two characters (the noise patterns drop those) or by one no range can be, its second number
# below its first ("426-\n0", not a date's month "2024-\n1-16" nor a span's year "2016-\n2020年"): then each is joined
_LINE_END_DIGIT_HYPHEN = lazy(r"[-‐](?<=\d[-‐])(?=\n[ \t]*\d)")
_HYPHENATION_SHOWN = lazy(r"[-‐](?:(?<=\.[-‐])(?=\n[ \t]*\d)|(?<=[\u4e00-\u9fff][-‐])(?=\n[ \t]*[\u4e00-\u9fff]))")
_NUMBER_BEFORE = lazy(r"(?<![\d.\-‐/／])\d+(?:\.\d+)?$")
_NUMBER_AFTER = lazy(r"\n[ \t]*(\d+(?:\.\d+)?)([-‐/／.月年日号]?)")


def _digit_hyphen_spans(text: str, shown: bool) -> list[tuple[int, int]]:
    """The line-end hyphens between digits to drop as hyphenation (empty where the page shows none)."""
    found = []
    for m in _LINE_END_DIGIT_HYPHEN.finditer(text):
        i = m.start()
        a = _NUMBER_BEFORE.search(text, max(0, i - 24), i)
        b = _NUMBER_AFTER.match(text, i + 1)
        if a is None or b is None:
            continue
        x, y = a.group(), b.group(1)
        if len(x) == 4 and x[:2] in ("19", "20") and (len(y) == 4 and y[:2] in ("19", "20") or len(y) <= 2 and b.group(2)):
            continue  # a span of years, a date
        if "." in x and "." in y:
            continue  # two numbers with a point each: no number cut in two
        found.append((i, float(y) < float(x)))
    if not (shown or any(below for _, below in found)):
        return []
    return [(i, i + 1) for i, _ in found]


# a page's footnote at its foot, above its page mark, where the page break cut a sentence, whose circled mark the text
# set earlier after a word ("…规模以上工业增加值①增\n①规模以上工业：年主营业务收入2000万元及以上的工业企业。\n— 3 —\n长8.1%"):
# the note goes, its figures with it (noise.txt drops a note with no figure; one with a figure may be a list's item set
# at a page's foot, "①新建高标准农田5万亩。", and stays where no mark in the text calls for it); a blank line may stand
# above it, and the note may run on over three more lines
_PAGE_MARK_LINE = (r"[ \t]*(?:[-—–－─━~][ \t]*\d{1,3}[ \t]*[-—–－─━~]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*共[ \t]*\d{1,3}[ \t]*页)?"
                   r"|\d{1,3})[ \t]*(?:\n|$)")
_NOTE_MARK_USED = lazy(r"[①-⑳](?<=[\u4e00-\u9fff%）)”][①-⑳])")
_NOTE_AT_FOOT = lazy(r"[①-⑳](?:(?<=[^\s。！？；：:;!?]\n[①-⑳])|(?<=[^\s。！？；：:;!?]\n\n[①-⑳]))[^\n]*"
                     r"(?:\n(?!" + _PAGE_MARK_LINE + r")[^\n]+){0,3}(?=\n(?:[ \t]*\n)?" + _PAGE_MARK_LINE + ")")


# a footnote set right under the paragraph whose words carry its mark ("…实施500万元以上工业项目200个⑤，…\n⑤ 含续建项目
# 120个。", "…增长5.8%[1]，…\n[1] 含开发区320亿元。", "…3万亩※，…\n※其中…1.2万亩。"), the notes of one paragraph one
# under another: the note's figures are no list's items (a list's marks follow no word in the line above)
_NOTE_LINE = lazy(r"^[ \t\u3000]*(?:([①-⑳])|[\[［〔](\d{1,2})[\]］〕]|([*＊※])(?![*＊]))[^\n]{2,200}$", re.M)
_BRACKET_MARK_USED = lazy(r"[\[［〔](?<=[\u4e00-\u9fff%）)”][\[［〔])(\d{1,2})[\]］〕]")
# (one star: "**…**" is a page's bold, Markdown's)
_NOTE_LINE_MARKS = ("[", "［", "〔", "*", "＊", "※")
_STAR_MARK_USED = lazy(r"[*＊※](?<=[\u4e00-\u9fff%）)”][*＊※])(?![*＊])")
# what may stand after a report's endnotes, or a part's set at its end: an annex ("附件1", "附表", "附：…"), a glossary's
# head, the next part's title ("二、2016年工作安排", "第三部分"), or the issuing office's line with its date ("…人民政府办公室
# 2022年1月6日印发")
_AFTER_END_NOTES = lazy(r"[ \t\u3000]*(?:附(?:件|表|录|[ \t]*[:：])|【?(?:有关|相关)?(?:名词|术语)(?:解释|注释|说明)"
                        r"|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)"
                        r"|[^\n]{2,30}(?:办公室|办公厅)[ \t\u3000]+(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:印发|印)?[ \t\u3000]*$")
_NOTE_END_STOPS = set("。；;.！？!?")
_PAGE_MARK_ALONE = lazy(_PAGE_MARK_LINE)


def _end_note_spans(text: str, starts: list[re.Match]) -> list[tuple[int, int]]:
    """A report's endnotes, or a part's at its end: a run of note lines numbered from 1 (circled or in square brackets),
    each mark set in the text above after a word or figure ("…增长4.5%[1]，…"), that nothing of the report follows but
    blank lines, page marks, a note's line cut by the page, an annex, a glossary or the next part's title; read, their
    national figures and figures on another basis were the year's targets and pledges (a head over them, "注释：", is
    _notes_spans')."""
    spans = []
    last_note = [0, 0]  # (by style, circled or bracketed: where the last note line before ended)
    for m in starts:
        num = ord(m.group(1)) - 0x245F if m.group(1) else int(m.group(2)) if m.group(2) else 0
        circled = bool(m.group(1))
        lo, last_note[circled] = last_note[circled], m.end()
        if num != 1 or spans and m.start() < spans[-1][1]:
            continue
        # (the marks set since the notes before: a list numbered ① at a part's end after footnotes ① of the review is
        # no note)
        used = {u.group() for u in _NOTE_MARK_USED.finditer(text, lo, m.start())} if circled else \
            {int(u.group(1)) for u in _BRACKET_MARK_USED.finditer(text, lo, m.start())}
        k, at, open_end, end = 1, m.end(), m.group().rstrip()[-1:] not in _NOTE_END_STOPS, m.end()
        ok = (chr(0x245F + 1) if circled else 1) in used
        while ok and at < len(text):
            nxt = text.find("\n", at + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[at + 1:nxt]
            if not line.strip() or _PAGE_MARK_ALONE.fullmatch(line + "\n"):
                at = nxt
                continue
            if _AFTER_END_NOTES.match(line):
                break
            lm = _NOTE_LINE.match(line)
            if lm is not None and (lm.group(1) if circled else lm.group(2)):
                n = ord(lm.group(1)) - 0x245F if circled else int(lm.group(2))
                ok = n == k + 1 and (lm.group(1) if circled else n) in used
                k, open_end = n, line.rstrip()[-1:] not in _NOTE_END_STOPS
            elif open_end:
                open_end = line.rstrip()[-1:] not in _NOTE_END_STOPS  # (a note's line cut by the page)
            else:
                ok = False  # (the report goes on: a list's items, not its notes)
            at = end = nxt
        if ok:
            spans.append((m.start(), end))
    return spans


def _foot_note_spans(text: str) -> list[tuple[int, int]]:
    """The footnotes at a page's foot that cut a sentence, their marks set in the text before them, and those under the
    paragraph that set their marks."""
    first: dict[str, int] = {}
    for m in _NOTE_MARK_USED.finditer(text):
        first.setdefault(m.group(), m.start())
    spans = [m.span() for m in _NOTE_AT_FOOT.finditer(text) if first.get(text[m.start()], m.start()) < m.start()] \
        if first else []
    marked = []  # (the note lines of circled or bracketed marks: a report's endnotes among them, _end_note_spans)
    for m in _NOTE_LINE.finditer(text):
        circled = m.group(1)
        if not m.group(3):
            marked.append(m)
        if circled and first.get(circled, m.start()) >= m.start():
            continue
        a = m.start()
        for _ in range(8):  # (the paragraph above, over blank lines and the notes before this one)
            b = text.rfind("\n", 0, max(0, a - 1)) + 1
            if b >= a:
                break
            if text[b:a].strip() and not _NOTE_LINE.match(text, b, a - 1):
                if circled:
                    hit = any(u.group() == circled for u in _NOTE_MARK_USED.finditer(text, b, a))
                elif m.group(3):
                    hit = any(u.group() == m.group(3) for u in _STAR_MARK_USED.finditer(text, b, a))
                else:
                    hit = any(int(u.group(1)) == int(m.group(2)) for u in _BRACKET_MARK_USED.finditer(text, b, a))
                if hit:
                    spans.append(m.span())
                break
            a = b
    return spans + _end_note_spans(text, marked) if marked else spans


@lru_cache(maxsize=1)
def _joint_verb_re() -> re.Pattern | None:
    """A bracketed pledge verb of pledge_verbs.tsv whose bracket holds two verbs' first characters ("新（改扩）建"),
    written with 、 between them as county reports write it ("新（改、扩）建学校8所")."""
    alts = set()
    for row in vocab.table("pledge_verbs.tsv"):
        w = row[0] if row else ""
        if (m := re.fullmatch(r"(\w+)([（(])(\w{2,})([）)])(\w+)", w)) is not None:
            alts.add(re.escape(m.group(1) + m.group(2)) + "、".join(m.group(3)) + re.escape(m.group(4) + m.group(5)))
    return re.compile("|".join(sorted(alts, key=lambda w: (-len(w), w)))) if alts else None


def _joint_verb_drops(text: str) -> list[tuple[int, int]]:
    """The 、 inside such a verb's bracket, dropped (mapped) so that the verb reads as the vocabulary writes it: a
    clause mark there had split the verb, and the pledge took the action of the clause before."""
    pat = _joint_verb_re()
    if pat is None:
        return []
    return [(k, k + 1) for m in pat.finditer(text) for k in range(m.start(), m.end()) if text[k] == "、"]


# (a Windows line end, or one a second conversion doubled, "\r\r\n": a CR LF text saved again in a Windows text mode; one
# line end, not a blank line after each)
_CR_LF = lazy(r"\r+(?=\n)")


def _cr_spaces(m: re.Match) -> str:
    return " " * len(m.group())  # (one for one)


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` (the text as read) for extraction."""
    text, wide, converted = _simplified(raw)
    simple = text
    if "·" in text or "・" in text or "∙" in text:
        text = _MID_DOT_POINT.sub(".", text)
    text = _STOP_POINT.sub(".", text)
    text = _HALF_STOP.sub(_half_stop, text)
    stages: list[_Stage] = []
    if double := _double_set_card_breaks(text):  # (a page set double, its cards read as set single; decisions 462, 471, 476)
        text, st = _drop(text, double)
        stages.append(st)
    # (no literal test first: the line may be indented, its full-width indent read as spaces by now; decision 442)
    text = _card_minus_as_fall(text)
    text = _english_wraps(text)  # (one for one: an English page a PDF's width wrapped, decision 484)
    if "一," in text or "二," in text:  # (a test for the first parts' numbers so written: most texts have none)
        text = _HALF_COMMA_PART.sub(r"\1、", text)
    drops: list[tuple[int, int]] = []
    if "\r" in text:
        # \r\n to \n as a drop of the \r (the offsets stay mapped), a lone \r to \n one for one
        drops += [(m.start(), m.end()) for m in _CR_LF.finditer(text)]
    if "\x0b" in raw and len(raw) == len(text) + sum(e - s for s, e in double):
        # a Word file's soft line break (Shift+Enter, a converter's \v) after a clause's mark, inside a paragraph: the
        # paragraph goes on ("…居民消费价格涨幅3%左右；\v粮食产量稳定在300万吨以上；…" is one list of targets, decision 369);
        # dropped, where a line break after "；" would set the rest apart (a \v elsewhere is read as a line break as before)
        soft = [m.start() + 1 for m in _SOFT_BREAK_AFTER_MARK.finditer(raw)]
        drops += [(k, k + 1) for k in (_forward(stages[0], soft) if double else soft)]  # (past the blank lines dropped)
    if "）建" in text or ")建" in text:  # (新（改、扩）建: a literal test first, most texts have none)
        drops += _joint_verb_drops(text)
    if any(c in text for c in _INVISIBLE_CHARS):  # (a test for a character is a fast scan; most texts have none)
        drops += [m.span() for m in _INVISIBLE.finditer(text)]
    readings: list[tuple[int, int]] = []
    if _TONE_MARK.search(text) is not None:
        # a reading-aid page's pinyin ("社会（shè huì）消费品零售总额"): dropped here, before a table's cells are read, by the
        # noise patterns of readings (noise.txt, those with a tone mark), not after with the rest of the noise — read with
        # its spaces, a row split by single spaces has cells too many and a header cell too long, and the table is no table
        # (decision 411); the noise step finds nothing more of it (and a post's sub-head is read without them below)
        readings = [m.span() for p in _reading_res() for m in p.finditer(text)]
        drops += readings
    # (one search of the pattern itself: a test of the text's largest character before it took longer than the search)
    pictographs = list(_EMOJI.finditer(text))
    # (the pictographs' lines read as the text will be, one for one: a Windows line end's \r, dropped below, is no
    # character before the line's end — "📌 今年要干这些事\r\n" is a sub-head as "📌 今年要干这些事\n" is —, a lone \r a line end)
    seen = _CR_LF.sub(_cr_spaces, text).replace("\r", "\n") if pictographs and "\r" in text else text
    if heads := _pictograph_heads(seen, pictographs, readings) if pictographs else None:
        chars = list(text)
        for s in heads:
            chars[s] = "◆"
        cr = seen is not text
        text = "".join(chars)
        seen = _CR_LF.sub(_cr_spaces, text).replace("\r", "\n") if cr else text
        drops += [(m.start() + 1, m.end()) if m.start() in heads else m.span() for m in pictographs]
        # (and a post's label before the title, "🎯划重点：2022年…": the sub-head read as "◆2022年…")
        drops += [(m.end(), e) for m in pictographs if m.start() in heads and (e := _post_label_end(text, m.end())) > m.end()]
    else:
        drops += [m.span() for m in pictographs]
    marks = _set_apart(seen, pictographs) if pictographs or "↓" in text or "▼" in text else []
    if drops:
        text, st = _drop(text, drops)
        stages.append(st)
        if marks:
            marks = _forward(st, marks)
    if "\r" in text:
        text = text.replace("\r", "\n")
    # a table's cells split by '|' (one for one: no stage) before a lone 序号 passes for a page number
    page_cuts: list[tuple[int, int]] = []  # (a page's break inside a table's row printed one cell a line, decision 405)
    text = _table_cells(text, page_cuts)
    # web chrome and page marks, and the running headers of the pages
    heads_spans = _running_header_spans(text)
    spans = [m.span() for p, heads in _noise_res() if heads is None or any(c in text for c in heads)
             for m in p.finditer(text)] + heads_spans \
        + _page_number_spans(text) + _inline_page_spans(text) + _margin_number_spans(text) + page_cuts \
        + (_paper_head_spans(text) if "星期" in text or "周" in text or "版" in text else []) + (_notes_spans(text) if "注" in text or "说明" in text else []) \
        + (_foot_note_spans(text) if "\n①" in text or "\n②" in text or "\n③" in text
           or any(c in text and "\n" + c in text for c in _NOTE_LINE_MARKS) else [])
    if ("名词" in text or "术语" in text or "用语" in text) and ("解释" in text or "注释" in text or "说明" in text):
        spans += _glossary_spans(text)
    elif any(c in text and w in text for c, w in _LINK_BOX_WORDS):
        spans += _glossary_spans(text, heads=False)
    # (an English gloss in brackets after Chinese words, before their figure, "改造城镇老旧小区（old residential communities）
    # 120个": a bilingual page's aside, the words and their figure read as if it were not there)
    spans += [m.span() for m in _ENGLISH_GLOSS.finditer(text)]
    if "（指" in text or "(指" in text or any(w in text for w in _DEFINITION_WORDS):
        spans += [m.span() for m in _DEFINITION_BRACKET.finditer(text)]
    if "注" in text or "说" in text or "链" in text:  # (（名词解释：…） is read where one of these is in the text: "解" is in most)
        spans += [m.span() for m in _NOTE_BRACKET.finditer(text)]
    if "价" in text and _BASIS_HINT.search(text) is not None:  # (a search for the words is faster than tests for each)
        spans += [m.span() for m in _BASIS_BRACKET.finditer(text)]
    if "为" in text and _COMPARED_HINT.search(text) is not None:
        spans += [m.span() for m in _COMPARED_BRACKET.finditer(text)]
    if any(w in text for w in _RENMINBI_CUT):
        spans += [m.span() for m in _RENMINBI.finditer(text)]
    if ("：" in text or ":" in text) and any(t in text for t in vocab.cues().get("head_titles", ())):
        spans += _head_label_spans(text)
    if "图片" in text or "视频" in text:
        spans += [m.span() for m in _APP_PLACEHOLDER.finditer(text)]
    spans += _foot_links_spans(text)
    hyphens = "-\n" in text or "‐\n" in text
    shown = hyphens and _HYPHENATION_SHOWN.search(text) is not None
    if spans:
        # (where a page's break stood: a page mark's or a running head's whole line dropped, decision 405)
        breaks = _page_break_points(text, spans, heads_spans)
        text, st = _drop(text, spans)
        stages.append(st)
        if marks:
            marks = _forward(st, marks)
        if breaks and (extra := _page_gap_spans(text, _forward(st, breaks))):
            text, st = _drop(text, extra)
            stages.append(st)
            if marks:
                marks = _forward(st, marks)
    if hyphens and (cut := _digit_hyphen_spans(text, shown)):
        text, st = _drop(text, cut)
        stages.append(st)
        if marks:
            marks = _forward(st, marks)
    gaps, pieces = _two_columns(text) if "   " in text or "\t" in text else ((), ())
    if gaps:  # (each gap's first space read as a line break, one for one)
        chars = list(text)
        for g in gaps:
            chars[g] = "\n"
        text = "".join(chars)
    if " " in text:
        # a page copied without its paragraph breaks ("…表示衷心的感谢！ 二、2023年工作安排 今年…"): a space between a
        # sentence's end and a part's or an item's number read as the line break it stands for, one for one
        heads = [m.start() + 1 for m in _INLINE_HEAD.finditer(text)]
        # (and a paragraph's indent after a sentence's end, "…生产生活。　　2022年是…": the paragraph break it stands for)
        paras = [m.start() + 1 for m in _INLINE_PARA.finditer(text)] if "  " in text else []
        if heads:
            chars = list(text)
            for h in heads:
                chars[h] = "\n"
            # (and so, in such a page, the space after a part's title that the text runs on from: "二、2023年工作安排 今年…")
            n = len(text)
            for h in heads:
                while h < n and text[h] in " \u3000\u00a0":
                    h += 1
                if (m := _HEAD_THEN_TEXT.match(text, h)) is not None:
                    chars[m.end() - 1] = "\n"
            for m in _LINE_HEAD_THEN_TEXT.finditer(text):
                chars[m.end() - 1] = "\n"
            text = "".join(chars)
        if paras:
            chars = list(text)
            for h in paras:
                if chars[h] != "\n":  # (not a part's heading, its break made above)
                    chars[h] = "\n"
            text = "".join(chars)
    sp = _space_spans(text)
    indented = _indented_starts(text, sp) if "  " in text else frozenset()
    apart = _after_drops(sorted(set(pieces) | set(marks)) if marks else pieces, sp) if pieces or marks else frozenset()
    inner = _inner_drops(text, sp) if sp else None
    text, st = _drop(text, sp)
    stages.append(st)
    text, st = _drop(text, _join_spans(text, indented, apart, inner))
    stages.append(st)
    # a Hong Kong or Taiwan word that a PDF's width, a page's break or a space cut ("人民币，按\n年增长5.2%", "按年增\n长
    # 5.2%"), read as the mainland's once the lines are joined, one for one (_regional's test of its words gates the scan)
    text = _regional(text, converted)
    # years in Chinese numerals ("到二〇二五年", "二○二四年工作安排") in digits, one for one, for every reader of the text (the
    # facts read them so already; the outline's titles, the pledges' years and the objects before them too: "到二〇二五年
    # 累计建成5G基站1万个"), once the lines are joined as written (a signature's "二〇二三年一月" is no figure going on)
    text = digit_years(text)
    return Normalized(raw=raw, text=text, _stages=stages, simple=simple, wide=wide, years_done=text)
