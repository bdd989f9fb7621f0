"""One analysis of a document shared by the extractors (facts, pledges, projects): what each of
them would otherwise find again for itself — paragraphs, sentences, numbers — is found once, on
first use, and looked up by position (bisection) afterwards.

Like a spaCy ``Doc``: made once per document by :func:`planwatch.extract.extract`, each component
reads from it and may add what it alone needs (as a cached attribute), never re-scanning the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from ..model import Metadata
from ..normalize import Normalized, figure_lines
from ..structure import Outline
from .prefilter import JointScan, find_mark, first_chars, marks, once, rfind_mark

_PARAGRAPH = re.compile(r"[^\n]+")
# a sentence as the extractors read it: up to a full stop, a semicolon or a line end
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_SENTENCE_END_CHARS = frozenset(first_chars(_SENTENCE_END.pattern))  # (one character looked up, no match tried)
_SENTENCE_ENDS = marks("".join(sorted(_SENTENCE_END_CHARS)))


class Analysis:
    """The normalised text with its outline and metadata, and what is found in it once."""

    def __init__(self, norm: Normalized, outline: Outline, meta: Metadata):
        self.norm = norm
        self.text = norm.text
        self.outline = outline
        self.meta = meta

    @cached_property
    def other_pages(self) -> tuple[tuple[int, int, str], ...]:
        """The other pages quoted under a news copy, after a heading alone on its line (相关阅读, 链接), whose first lines
        name another region than the report's: (start, end, that region's name), in positions of the text."""
        return other_pages(self.norm, self.meta.region or "", self.meta.region_code or "")

    def other_page_at(self, pos: int) -> str | None:
        """The region of the other page (``other_pages``) that holds ``pos``, if any."""
        for s, e, name in self.other_pages:
            if s <= pos < e:
                return name
        return None

    @cached_property
    def figure_lines(self) -> set[int]:
        """``normalize.figure_lines`` of the text, found once for facts and pledges (neither changes the set)."""
        return figure_lines(self.text)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraph_spans(self.text, self.outline.norm_starts if self.outline is not None else None)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return [m.span() for m in _SENTENCE.finditer(self.text)]

    @cached_property
    def project_suffixes(self) -> list[re.Match]:
        """Every kind suffix of a project name ("项目", "产业园"), in text order: no suffix holds a
        sentence or clause end, so what one scan of the text finds in a clause is what a scan of the
        clause would find."""
        from . import projects  # imported on use: projects imports this module

        return projects.suffix_matches(self.text)

    @cached_property
    def _project_suffix_starts(self) -> list[int]:
        return list(map(re.Match.start, self.project_suffixes))  # (the method called by map in C, no lookup at each)

    def project_suffixes_in(self, start: int, end: int) -> list[re.Match]:
        """The kind suffixes that begin in [start, end)."""
        return self.project_suffixes[starts_between(self._project_suffix_starts, start, end)]

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """The sentence (of ``sentences``) that holds position pos, None at a sentence end mark: its
        ends searched for from pos, forward and backward (a few sentences are read, not the whole text split)."""
        text: str = self.text
        n = len(text)
        if not 0 <= pos < n or text[pos] in _SENTENCE_END_CHARS:
            return None
        m = find_mark(text, pos, n, _SENTENCE_ENDS)
        r = rfind_mark(text, 0, pos, _SENTENCE_ENDS)
        return r + 1, (m if m >= 0 else n)  # (r + 1 is 0 where no mark stands before pos)

    def sentences_holding(self, positions: list[int]) -> list[tuple[int, int]]:
        """The sentences that hold any of the (sorted) positions, in text order."""
        out: list[tuple[int, int]] = []
        for p in positions:
            if out and out[-1][0] <= p < out[-1][1]:
                continue  # in the sentence just found
            s = self.sentence_at(p)
            if s is not None:
                out.append(s)
        return out


@once
def _other_page_head() -> tuple[re.Pattern, tuple[str, ...]]:
    """A heading line of another page, matched at a line's start; and the words one of which every heading holds
    (each heading word's first two characters), searched for in the text to find the lines worth trying: the
    heading anchored by ^ in re.M was tried at every character of the text (4 M instructions a report)."""
    from .. import vocab

    words = sorted(vocab.cues().get("other_page_heads", ()), key=lambda w: (-len(w), w))
    heads = "|".join(words) or "(?!)"
    return (re.compile(rf"[ \t]*[【\[〖［]?(?:{heads})[】\]〗］]?[ \t]*(?:[:：]|$)", re.M),
            tuple(sorted({w[:2] for w in words})))


def _other_page_heads(raw: str) -> list[int]:
    """Where the heading lines of other pages (``_other_page_head``) start in raw, in order: the lines whose first word
    (after spaces and one bracket) opens with a heading's first two characters, found by one scan for a line end
    followed by such a word (the engine skips to each line end in a tight loop), each tried with the pattern anchored
    by ^ (re.M). A walk over every line in Python cost 0.5 M instructions a report, and a find of each word 0.45 M."""
    pat, anchors = _other_page_head()
    first, later = _head_opens(anchors)
    out = [0] if first.match(raw) is not None and pat.match(raw, 0) is not None else []
    out += [m.start() + 1 for m in later.finditer(raw) if pat.match(raw, m.start() + 1) is not None]
    return out


@lru_cache(maxsize=4)
def _head_opens(anchors: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """Spaces, one bracket and a heading's first two characters opening the text, and the same after a line end: where
    a heading line may start."""
    word = r"[ \t]*[【\[〖［]?(?:" + "|".join(map(re.escape, anchors)) + ")"
    return re.compile(word), re.compile("\n" + word)


_HEAD_BRACKETS = frozenset("【[〖［")


_OTHER_PAGE_OPEN = "\n 【[〖［:："  # (what may stand before a region's short name opening a line or a title)
_OTHER_PAGE_AFTER = "：:】]〗］政市县区省今去2"  # (and after it: "重庆：", "湘潭市政府工作报告", "【安吉】")


def _first_region(window: str, own: str, code: str, own_mark: str | None = None) -> str | None:
    """The first region ``window`` names, by its full name (重庆市, 安吉县; of three characters or more, or a county), or
    by its short name opening a line or a title (“重庆：”); None where it names the report's own region first (or
    ``own_mark``, where given, to tell that from naming none)."""
    from ..regions import gazetteer, short_name

    g = gazetteer()
    for i in range(len(window) - 1):
        if not "\u4e00" <= window[i] <= "\u9fff":
            continue
        for k in range(min(9, len(window) - i), 1, -1):
            name = window[i:i + k]
            full = name in g.by_name and (k >= 3 or name[-1] == "县")
            short = not full and name in g.by_short and (i == 0 or window[i - 1] in _OTHER_PAGE_OPEN) \
                and window[i + k:i + k + 1] in _OTHER_PAGE_AFTER and window[i + k:i + k + 1] != ""
            if full or short:
                regions = g.by_name.get(name) or g.by_short.get(name) or []
                if own and (name == own or short_name(name) == short_name(own)) or any(r.code == code for r in regions):
                    return own_mark
                return name
    return None


_SENTENCE_END_MARKS = frozenset("。！？!?")


def _item_titles(raw: str, start: int, end: int) -> list[int]:
    """Where the later items of a list of other pages start in raw[start:end]: each line after the first that reads as
    a page's title (4 to 40 characters, no sentence's end) with a line of its summary under it ("2023年江西省政府工作
    报告\n2022年，全省…。\n南昌市2024年政府工作报告\n2023年，全市…"); a list of titles alone has none (the noise
    drops it whole). Not a line a PDF's width cut, the next line ending its sentence in a few words with no comma
    ("…28项达到或超过序时进\n度。15件…", "…新开工6\n0个。"), nor one holding a clause's ； ("…增长7.9%；固定资产投资增长8.4%；
    一般公共\n预算收入完成215亿元，…。"): a page's layer with no blank lines, not a title over its summary (as noise.txt's
    block of related links ends before such a line)."""
    out = []
    ls = raw.find("\n", start, end) + 1
    while 0 < ls < end:
        nl = raw.find("\n", ls, end)
        le = nl if nl >= 0 else end
        line = raw[ls:le].strip()
        if nl >= 0 and 4 <= len(line) <= 40 and _SENTENCE_END_MARKS.isdisjoint(line):
            ne = raw.find("\n", nl + 1, end)
            below = raw[nl + 1:ne if ne >= 0 else end]
            if not _SENTENCE_END_MARKS.isdisjoint(below) and "；" not in line \
                    and not (len(line) >= 16 and _CUT_TAIL.match(below)):
                out.append(ls)
        ls = nl + 1
    return out


# (the rest of a sentence a page's width cut: a few words and its end, no comma; noise.txt's related links use the same)
_CUT_TAIL = re.compile(r"[^\n。！？!?，,]{1,16}[。！？!?]")


_HEAD_DECOR = " \t【】[]〖〗［］◎■□●○◆◇▶►▲△★☆※#＃·•（）()"
_HEAD_STOPS = frozenset("。，,；;：:！？!?")


def _report_head(raw: str, pos: int) -> tuple[int, int] | None:
    """The line holding ``pos`` as (start, end) where it is a heading alone on its line (40 characters at most once its
    brackets and marks are stripped, no stop nor colon): a report's part on a page that carries several."""
    ls = raw.rfind("\n", 0, pos) + 1
    le = raw.find("\n", pos)
    le = len(raw) if le < 0 else le
    line = raw[ls:le].strip(_HEAD_DECOR)
    if len(line) > 40 or not _HEAD_STOPS.isdisjoint(line):  # (a full title: "关于2023年预算执行情况和2024年预算草案的报告（摘要）")
        return None
    return ls, le


def _names_any(raw: str, words: tuple[str, ...]) -> bool:
    """Whether any of WORDS is in RAW: each place of a word's last character found (a one-character find, far quicker
    than a scan for each word; the words end with 告, rare in a report) and the words ending there looked at."""
    n = max(map(len, words), default=0)
    for c in {w[-1] for w in words}:
        ending = tuple(w for w in words if w[-1] == c)
        i = raw.find(c)
        while i >= 0:
            if raw.endswith(ending, max(0, i + 1 - n), i + 1):
                return True
            i = raw.find(c, i + 1)
    return False


def _wrapped_from(raw: str, ls: int) -> int:
    """The start of the line right above the line at ``ls`` where that line goes on into it, a head line a page's width
    cut (no blank line between, 20 characters or more, its last character no mark that ends a line: "…审议政府工作报告和");
    -1 otherwise (a short line over a heading, "XX市人民政府", "附件2", is no line the width cut)."""
    above = raw.rfind("\n", 0, ls - 1) + 1
    line = raw[above:ls - 1].strip(" \t\u3000\r")
    if not line or line[-1] in _LINE_END_MARKS:
        return -1
    if len(line) >= 20:
        return above
    # (or a narrow page's, its lines fewer than 20 characters: the line over it cut as long, no mark at its end either,
    # "12.3%。全市财政收支情况由市财\n政局在《关于鹤壁市2017年预算执\n行情况与2018年预算草案的报告》"; decision 358)
    if len(line) < 12 or above == 0:
        return -1
    up = raw.rfind("\n", 0, above - 1) + 1
    prev = raw[up:above - 1].strip(" \t\u3000\r")
    return above if prev and prev[-1] not in _LINE_END_MARKS and abs(len(prev) - len(line)) <= 1 else -1


_LINE_END_MARKS = frozenset("。！？；：:!?;”」』】）)")


def _other_report_parts(raw: str) -> list[tuple[int, int, str]]:
    """The parts of a page carrying several of a region's reports that are another report's (预算报告, 人大常委会, 法院,
    检察院…): from such a report's heading line, after a heading of the work or plan report (so that a budget report
    read alone keeps its own figures), to the next report's heading line or the text's end, named by the heading."""
    from .. import vocab

    others = tuple(vocab.cues().get("other_report_heads", ()))
    if not _names_any(raw, others):  # (most texts name no such report: no line is looked at)
        return []
    heads: dict[tuple[int, bool], str] = {}  # (a heading line's start, whether the work's or plan's) -> its word
    for own, words in ((True, vocab.cues().get("own_report_heads", ())), (False, others)):
        for w in words:
            i = raw.find(w)
            while i >= 0:
                if (h := _report_head(raw, i)) is not None:
                    heads.setdefault((h[0], own), w)
                i = raw.find(w, i + len(w))
    order = sorted(heads)
    out = []
    seen_own = False
    for k, (ls, own) in enumerate(order):
        if own:
            seen_own = True
        elif (ls, True) in heads:  # (a head line naming the work's or plan's report too lists the session's reports:
            continue  # "…开幕 审议政府工作报告和计划、预算报告", no other report's part)
        elif ls and _wrapped_from(raw, ls) >= 0:
            # (so does one a page's width wrapped, its last words on the next line: "…开幕 审议政府工作报告和\n计划、
            # 预算报告", "…开幕 审议政府工作报\n告和计划、预算报告", the work's report cut: a line's tail, no heading)
            continue
        elif seen_own and not (out and out[-1][1] > ls):
            end = next((h[0] for h in order[k + 1:] if h[0] > ls and h[1]), len(raw))
            out.append((ls, end, heads[(ls, own)]))  # (the part named by its report's word: other:预算报告一般公共预算收入)
    return out


def other_pages(norm: Normalized, own: str, code: str) -> tuple[tuple[int, int, str], ...]:
    """``Analysis.other_pages``: found in the text as read (the list of links under a heading is noise, dropped from the
    normalised text), each page running to the next such heading or the text's end (a page has its own region only).
    (Read in simplified characters: a traditional page's 預算報告 and 相關閱讀 are the same headings.)"""
    raw = norm.plain
    if not own:
        return ()
    heads = _other_page_heads(raw)
    out = [(_text_pos(norm, s), _text_pos(norm, e) if e < len(raw) else len(norm.text), name)
           for s, e, name in _other_report_parts(raw)]
    if not heads:
        return tuple(out)
    for j, h in enumerate(heads):
        end = heads[j + 1] if j + 1 < len(heads) else len(raw)
        body = raw.find("\n", h) + 1 or end  # (the heading's line: a title may follow it on the same line after a colon)
        colon = max(raw.rfind("：", h, body), raw.rfind(":", h, body))
        start = colon + 1 if colon > h else body
        name = _first_region(raw[start:min(end, start + 80)].lstrip(), own, code)
        # each later item of the list with a summary under its title is a page of its own: the region it names first
        # (the one before it's where it names none)
        items = _item_titles(raw, start, end)
        if not items:
            if name is not None:
                out.append((_text_pos(norm, h), _text_pos(norm, end) if end < len(raw) else len(norm.text), name))
            continue
        cuts = [h, *items, end]
        names = [name]
        for k, it in enumerate(items):
            nk = _first_region(raw[it:min(cuts[k + 2], it + 80)], own, code, "")
            names.append(names[-1] if nk is None else nk or None)
        for k, nk in enumerate(names):
            if nk is not None:
                e = cuts[k + 1]
                out.append((_text_pos(norm, cuts[k]), _text_pos(norm, e) if e < len(raw) else len(norm.text), nk))
    return tuple(out)


def _text_pos(norm: Normalized, raw_pos: int) -> int:
    """The first position of the normalised text whose source is at or after ``raw_pos`` (the map back is monotone)."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.to_raw(mid) < raw_pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def paragraph_spans(text: str, parts: list[int] | None = None) -> list[tuple[int, int]]:
    """The spans of ``_PARAGRAPH.finditer(text)`` (the runs of characters between line ends, none empty),
    found by ``str.find`` of each line end: ``re`` tests a class at every character of the text, the
    find skips to the next line end in C. A run-on line (one that a section of ``parts``, the outline's starts, opens
    inside after a sentence's end) is cut into its sentences (``_run_on_paragraphs``)."""
    out: list[tuple[int, int]] = []
    n, i = len(text), 0
    while i < n:
        j = text.find("\n", i)
        if j < 0:
            j = n
        if parts and (k := bisect_right(parts, i)) < len(parts) and parts[k] < j and _opens_inside(text, parts, k, j):
            out.extend(_run_on_paragraphs(text, i, j))
        elif j > i:
            out.append((i, j))
        i = j + 1
    return out


def _opens_inside(text: str, parts: list[int], k: int, j: int) -> bool:
    """Whether a section of ``parts`` from the k-th on opens before ``j`` right after a sentence's end: a heading run on
    after its paragraph ("…全力破解。二、2022年工作安排今年…"), not one indented at its line's start."""
    while k < len(parts) and parts[k] < j:
        if text[parts[k] - 1] in "。！？!?":
            return True
        k += 1
    return False


def _run_on_paragraphs(text: str, i: int, j: int) -> list[tuple[int, int]]:
    """The paragraphs of a run-on line [i, j) (a part opens inside it: a page set in one paragraph, or a copy that lost
    its line breaks): its sentences, each up to its full stop, so that a target
    list ("主要预期目标是：…；…。") ends where its sentence ends and the tasks after it are read, as on their own lines; found
    by ``str.find`` of each stop (a sentence at a time, no scan of each character in Python)."""
    out: list[tuple[int, int]] = []
    while i < j:
        k = text.find("。", i, j)
        e = j if k < 0 else k + 1
        if e > i:
            out.append((i, e))
        i = e
    return out


def starts_between(starts: list[int], start: int, end: int) -> slice:
    """The slice of a sorted list of positions that fall in [start, end)."""
    return slice(bisect_left(starts, start), bisect_left(starts, end))


# --- pledges/projects ---


class _Any:
    """Holds every character: the openers of a pattern whose first characters are not known."""

    def __contains__(self, ch: object) -> bool:
        return True


@lru_cache(maxsize=64)
def openers(pattern: str) -> frozenset[str] | _Any:
    """The characters a match of ``pattern`` can begin with, for a look at one character before a
    call of ``match`` (which costs as much as a few dozen such looks); where they are not known, a
    set that holds every character. ``\\d`` stands for the decimal digits of the basic plane only: where
    a pattern reads it, a character beyond U+FFFF must be tried too."""
    found = None if "\\\\" in pattern else first_chars(pattern.replace("\\d", "0"))  # (\\\\d is no digit class)
    if not found:
        return _Any()
    if "\\d" in pattern:  # ("0" stood for \\d: every decimal digit, a literal 0 among them)
        found += _bmp_digits()
    return frozenset(found)


@once
def _bmp_digits() -> str:
    return "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())



_JOINT: list = [None, None, None]  # the kinds' scan and the coordination set it was made of, and the joint scan


def joint_scan() -> JointScan | None:
    """The coordination set's places (facts) and the project kinds (projects) found in one walk over a
    report (``prefilter.JointScan``), or None where they cannot be (each side then scans on its own).
    Made again when either side's own scan is (their vocabularies read again)."""
    from . import facts, projects  # imported on use: both import this module

    split = projects._split_scan()
    if split is None:
        return None
    comp = facts._alias_table()[1]
    if _JOINT[0] is not split[0] or _JOINT[1] is not comp:
        _JOINT[:] = [split[0], comp, JointScan.make(split[0], comp)]
    return _JOINT[2]
