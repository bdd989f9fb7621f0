"""A report's region, year, type, date and speaker, each with the evidence that decided it.

Every rule here is about a class of documents, not a file: full reports with a title and byline,
news restatements with only a month-day dateline, plan reports, the State Council's report, and
reposts in traditional script with pinyin inserted. A field decided by inference rather than by a
statement carries a note in its evidence (``Metadata.inferred``), e.g. "reviewed year 2020 + 1".
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from . import vocab
from .model import Evidence, Metadata
from .normalize import Normalized
from .regions import NATIONAL_CODE, Region, gazetteer, short_name

HEAD = 1500  # characters of the head that hold the title and byline

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[一二三四五六七八九十\d]{1,3}"

_DOC_TYPES = [
    ("plan_report", re.compile(r"国民经济和社会发展(?:计划|年度计划)|国民经济和社会发展.{0,12}计划(?:执行情况|草案)|经济社会发展计划")),
    ("budget_report", re.compile(r"预算执行情况和.{0,8}预算草案|预算草案的报告|财政预算执行")),
    ("statistical_communique", re.compile(r"统计公报")),
    ("government_work_report", re.compile(r"政\s*府\s*工\s*作\s*报\s*告")),
]
# "在绵阳市游仙区第六届人民代表大会第三次会议上", "在汝州市九届人大一次会议上"
_MEETING = re.compile(r"在\s*(?P<region>[\u4e00-\u9fff]{1,20}?)\s*第?\s*" + _NUM + r"\s*届\s*(?:人民代表大会|人大)")
# news: "三亚市崖州区第二届人民代表大会第七次会议隆重开幕", "广东省十四届人大二次会议在广州开幕"
_SESSION = re.compile(r"(?P<region>[\u4e00-\u9fff]{2,20}?)\s*第?\s*" + _NUM + r"\s*届\s*(?:人民代表大会|人大)\s*(?:常务委员会)?"
                      r"\s*第?\s*" + _NUM + r"\s*次(?:全体)?会议")
_NATIONAL_SESSION = re.compile(r"第?\s*" + _NUM + r"\s*届\s*全国\s*(?:人民代表大会|人大)\s*第?\s*" + _NUM + r"\s*次(?:全体)?会议")
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_MONTH_DAY = re.compile(r"(?<![\d年.])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# a page or article date in web/newspaper chrome: "2018-04-24", "2019年01月28日 星期一", "2022.01.30"
_PUB_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)")
_SPEAKER_TITLE = (r"(?:代理?|副)?(?:省长|市长|区长|县长|州长|旗长|盟长|主席|主任|局长|厅长|秘书长|书记)")
_NAME = r"[\u4e00-\u9fff·]{2,6}"
_SPEAKER = re.compile(
    r"^[ \t]*(?:(?P<org>[\u4e00-\u9fff（）()]{2,30}?(?:人民政府|委员会|发改委|政府|财政局|统计局|财政厅)"
    # "河南省省长 王凯", "郑州市代市长 何雄": the region itself, directly followed by the office
    r"|[\u4e00-\u9fff]{2,20}?[省市区县州旗盟](?=\s*(?:代理?|副)?(?:[省市区县州旗盟]长|主席))|国务院(?=总理))\s*)?"
    r"(?:(?P<title>" + _SPEAKER_TITLE + r"|总理)[ \t\u3000]*(?:\n[ \t\u3000]*)?)?(?P<name>" + _NAME + r")"
    r"[ \t\u3000]*[A-Za-z\d]{0,4}[ \t\u3000]*$", re.M)  # PDF/web residue after the name: "余红胜GG6"
# news: "市长刘洁作政府工作报告", "省长施小琳代表省人民政府作的工作报告", "国务院总理李强作政府工作报告"
_NEWS_SPEAKER = re.compile(r"(?P<title>(?:代理?)?(?:省长|市长|区长|县长|州长|旗长|盟长|主席)|国务院总理|总理)"
                           r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:\d{1,2}日)?(?:在[^，。,\n]{2,30}?上)?"
                           r"(?:代表[^，。,\n]{0,12}?)?(?:向大会)?作(?:的|了)?《?(?:政府)?工作报告")
# "应勇市长作政府工作报告": the name before the office
_NEWS_SPEAKER3 = re.compile(r"(?:^|[，,。：:\s])(?P<name>[\u4e00-\u9fff·]{2,3}?)(?:代理?)?(?:省长|市长|区长|县长|州长|旗长|盟长|主席|总理)"
                            r"(?:\d{1,2}日)?(?:向大会)?作(?:了)?《?政府工作报告", re.M)
# "会上，曹宏伟代表县人民政府向大会作政府工作报告"
_NEWS_SPEAKER2 = re.compile(r"(?:^|[，,。：:\s])(?P<name>[\u4e00-\u9fff·]{2,3})代表[\u4e00-\u9fff]{0,6}?(?:人民政府|政府)"
                            r"(?:向大会)?作(?:的|了)?(?:政府)?工作报告", re.M)
# a page whose line breaks were lost: "…会议上 市人民政府市长 奇·达楞太 各位代表:"
_RUNON_SPEAKER = re.compile(_SPEAKER_TITLE + r"\s+(?P<name>[\u4e00-\u9fff·]{2,6}?)\s+各位代表")
# "马伟在泗阳县第十七届人民代表大会第三次会议上的报告"
_BYLINE_NAME = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fff·]{2,4})在[\u4e00-\u9fff]{0,20}?第?" + _NUM + r"届", re.M)
_ANNIVERSARY = [(re.compile(r"(?:建党|中国共产党成立)\s*(\d{2,3}|[一二三四五六七八九十百]+)\s*周年"), 1921),
                (re.compile(r"(?:新中国成立|中华人民共和国成立|建国)\s*(\d{2,3}|[一二三四五六七八九十百]+)\s*周年"), 1949)]
_SECTION_NO = re.compile(r"[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．](?!\d)")
_LEVEL_OF_WORD = {"全省": "province", "全县": "county", "全旗": "county", "全州": "prefecture", "全盟": "prefecture"}
# pinyin some traditional-script reposts insert (會(huì)), zero-width characters, and spaces between
# two Chinese characters (政 府 工 作 报 告, 李　强): none of them may break a cue
_ERASE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[)）]"
                    r"|[\u200b\u200c\u200d\u2060\ufeff]|(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")


class _View:
    """A string with the erasable characters removed, and the map back to the string it came from."""

    def __init__(self, base: str):
        self.base = base
        parts, self._vstarts, self._bstarts = [], [], []
        pos = vpos = 0
        for m in _ERASE.finditer(base):
            if m.start() > pos:
                parts.append(base[pos:m.start()])
                self._vstarts.append(vpos)
                self._bstarts.append(pos)
                vpos += m.start() - pos
            pos = m.end()
        parts.append(base[pos:])
        self._vstarts.append(vpos)
        self._bstarts.append(pos)
        self.s = "".join(parts)

    def pos(self, i: int) -> int:
        k = bisect.bisect_right(self._vstarts, i) - 1
        return self._bstarts[k] + i - self._vstarts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return (self.pos(start), self.pos(end - 1) + 1) if end > start else (self.pos(start), self.pos(start))


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(w for w in row[1].split("/") if w) for row in vocab.table("meta_cues.tsv") if len(row) >= 2}


def _alt(kind: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_cues()[kind], key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    y = r"(?P<y>(?:19|20)\d{2})\s*年"
    return {
        "national": re.compile(_alt("national")),
        # "我代表县人民政府向大会作工作报告": the opening only a government work report has
        "opening": re.compile(r"代表[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|国务院)[，,、\s]*(?:" + _alt("opening") + ")"),
        # the year whose targets the report sets: "2021年主要预期目标", "2019年，河北经济社会发展的主要预期目标是"
        "target": re.compile(r"(?<![到至—\-~～])" + y + r"(?:[，,]\s*)?(?P<mid>[^\d。；;！!？?：:，,]{0,14}?)(?:"
                             + _alt("target") + ")"),
        # the year a report reviews: "2020年工作回顾", "2020年和“十三五”时期工作回顾", "2021年计划执行情况"
        "review": re.compile(y + r"(?P<mid>[^\d。；;！!？?：:，,]{0,14}?)(?:" + _alt("review") + ")"),
        "review_lead": re.compile(r"(?:回顾|总结|刚刚过去的|过去的)\s*(?:过去的)?\s*" + y),
        "part_year": re.compile(y + r"\s*(?:1|一)\s*(?:[-—~～至到])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"),
        "bare_year": re.compile(r"^[ \t]*(?P<y>(?:19|20)\d{2})[ \t]*$", re.M),
        "this_year": re.compile(r"(?P<w>今|明)年是[^。]{0,40}?十(?P<n>[一二三四五])五[”\"’]?(?:规划)?[^。]{0,12}?"
                                r"(?P<p>开局|起步|收官|决胜|最后一年|第[一二三四五]年)"),
        "year_is": re.compile(y + r"是[^。；]{0,40}?(?:开局|收官|决胜|关键|攻坚)之年"),
    }


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGIT for c in s):
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    from .extract.numbers import cn_simple

    fast = cn_simple(s)  # 十五 without importing cn2an
    if fast is not None:
        return fast if isinstance(fast, int) else None
    try:
        import cn2an

        return int(cn2an.cn2an(s, "smart"))
    except Exception:
        return None


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], int]:
    # full names only: short forms ("汝州") are too ambiguous to find in running text
    names = frozenset(n for n in gazetteer().by_name if len(n) >= 3)
    return names, max(len(n) for n in names)


_SUFFIX = re.compile(r"[省市区县州旗盟]")


def find_names(s: str) -> list[tuple[int, int, str]]:
    """Region names (longest at each end position) and nicknames in s, as (start, end, name).

    A scan over the suffix characters with set look-ups: a regex of ~4000 alternatives is
    twenty times slower on a 30 KB report."""
    names, longest = _names()
    out = []
    last_end = -1
    for m in _SUFFIX.finditer(s):
        e = m.end()
        for k in range(min(longest, e), 2, -1):
            cand = s[e - k:e]
            if cand in names and e - k >= last_end:
                out.append((e - k, e, cand))
                last_end = e
                break
    for nick in vocab.nicknames():
        i = s.find(nick)
        while i >= 0:
            out.append((i, i + len(nick), nick))
            i = s.find(nick, i + 1)
    return out


def detect(text: str, norm: Normalized, hints: dict[str, Any] | None = None, name: str = "",
           overrides: dict[str, Any] | None = None) -> Metadata:
    """Find a report's metadata. ``text`` is the text as read; ``hints`` come from the container."""
    hints = hints or {}
    from .normalize import simplified

    text = simplified(text)  # same offsets as the text as read
    meta = Metadata()
    ev = meta.evidence
    hv = _View(text[:HEAD])
    head = hv.s
    bv = _View(norm.text)
    body = bv.s

    def raw_span(v: _View, start: int, end: int) -> tuple[int, int]:
        s, e = v.span(start, end)
        return norm.to_raw_span(s, e) if v is bv else (s, e)

    # --- title
    title = _title(text, hv, hints)
    if title:
        meta.title = title[0]
        ev["title"] = Evidence(title[0], title[1], *title[2:])

    # --- doc type: the title's words, else the opening only a government work report has, else body words
    opening = _patterns()["opening"].search(body[:3000])
    for source, s in (("title", meta.title or ""), ("hint", str(hints.get("title", ""))), ("filename", name),
                      ("opening", ""), ("body", body[:600])):
        if source == "opening":
            if opening:
                meta.doc_type = "government_work_report"
                ev["doc_type"] = Evidence(meta.doc_type, "body", opening.group(0), *raw_span(bv, *opening.span()))
                break
            continue
        hit = _doc_type(s)
        if hit:
            meta.doc_type = hit[0]
            ev["doc_type"] = Evidence(hit[0], source, hit[1])
            break
    if meta.doc_type is None:
        meta.doc_type = "other"
        ev["doc_type"] = Evidence("other", "derived", "no report title or opening found")

    # --- the byline (or a news lead): meeting, date, speaker
    m = _MEETING.search(head)
    nat = _NATIONAL_SESSION.search(head)
    if nat and m and m.start() < nat.start() < m.end():
        m = None  # "在第十三届全国人民代表大会": the meeting is national, no region in it
    session = m or next((s for s in _SESSION.finditer(head) if "全国" not in s.group("region")), None)
    dm = None
    for d in _DATE.finditer(head):
        anchor = m or session or nat
        if anchor and abs(d.end() - anchor.start()) < 12 or re.match(r"\s*在", head[d.end():d.end() + 3]):
            dm = d
            break
    if dm:
        y, mo, da = _cn_int(dm.group("y")), _cn_int(dm.group("m")), _cn_int(dm.group("d"))
        if y and mo and da and 1 <= mo <= 12 and 1 <= da <= 31:
            meta.meeting_date = f"{y:04d}-{mo:02d}-{da:02d}"
            ev["meeting_date"] = Evidence(meta.meeting_date, "byline", hv.base[slice(*hv.span(*dm.span()))],
                                          *hv.span(*dm.span()))
    month_day = None
    if meta.meeting_date is None:
        month_day = _month_day(head, [x for pat in (_MEETING, _SESSION, _NATIONAL_SESSION) for x in pat.finditer(head)])
    sp = _speaker(hv, m or session or nat)
    if sp:
        meta.speaker, quote, st, en = sp
        ev["speaker"] = Evidence(meta.speaker, "byline", quote, st, en)

    # --- region
    _region(meta, text, bv, hv, m, session, nat, opening, hints, name, raw_span)

    # --- report year, and the year of a month-day dateline
    _year(meta, text, bv, hv, hints, name, raw_span)
    if month_day and meta.report_year:
        mo, da = int(month_day.group("m")), int(month_day.group("d"))
        if 1 <= mo <= 12 and 1 <= da <= 31:
            y = meta.report_year - 1 if mo >= 11 else meta.report_year
            meta.meeting_date = f"{y:04d}-{mo:02d}-{da:02d}"
            s, e = hv.span(*month_day.span())
            ev["meeting_date"] = Evidence(meta.meeting_date, "byline", text[s:e], s, e,
                                          note=f"year not stated: taken from report year {meta.report_year}")

    for k, v in (overrides or {}).items():
        if v is None or not hasattr(meta, k):
            continue
        if k == "report_year":
            v = int(v)
        setattr(meta, k, v)
        ev[k] = Evidence(v, "override", "set by the user")
        if k == "region" and "region_code" not in (overrides or {}):
            _set_region(meta, _resolve(str(v), norm.text), "override", str(v))
    return meta


def _month_day(head: str, sessions: list) -> re.Match | None:
    """A news dateline without a year: "2月3日，XX区第八届人民代表大会第五次会议开幕", "长沙1月25日电",
    or a line that opens with the date ("1月21日，南县召开…")."""
    for anchor in sorted(sessions, key=lambda x: x.start()):
        for md in _MONTH_DAY.finditer(head, max(0, anchor.start() - 40), anchor.start() + 1):
            if 0 <= anchor.start() - md.end() <= 8:  # "2月3日，", "1月20日上午，", "1月9日，在"
                return md
    for md in _MONTH_DAY.finditer(head[:800]):
        after = head[md.end():md.end() + 4]
        if after.startswith(("电", "消息")) or (re.match(r"[上下]?午?[，,]", after)
                                     and re.match(r"\s*$", head[max(0, md.start() - 8):md.start()].split("\n")[-1])):
            return md
    return None


def _title(text: str, hv: _View, hints: dict[str, Any]) -> tuple[str, str, str, int, int] | tuple | None:
    """(title, source, quote as read, start, end) of the first head line that names a report type."""
    pos = 0
    for line in hv.s.splitlines(keepends=True):
        s = line.strip().strip("#* ").strip()
        # a title is a short line, not a sentence of a news lead nor a numbered section heading
        if s and _doc_type(s) and len(s) <= 80 and "。" not in s and not _SECTION_NO.match(s):
            vs = hv.s.find(s, pos)
            start, end = hv.span(vs, vs + len(s))
            return s, "title", text[start:end], start, end
        pos += len(line)
    if hints.get("title"):
        return str(hints["title"]), "hint", str(hints["title"])
    return None


def _doc_type(s: str) -> tuple[str, str] | None:
    for dt, pat in _DOC_TYPES:
        mm = pat.search(s)
        if mm:
            return dt, mm.group(0)
    return None


def _speaker(hv: _View, anchor) -> tuple[str, str, int, int] | None:
    """The speaker: a byline line (office and name), else a news lead (市长XXX作政府工作报告)."""
    head = hv.s
    cands = []
    for x in _SPEAKER.finditer(head):
        if "报告" in x.group(0) or "会议" in x.group(0) or re.search(r"代表|总理|[省市区县州旗盟]长|主席", x.group("name")):
            continue
        if not (x.group("org") or x.group("title")):
            # a bare name is a speaker only on the line right after the byline ("哈 熱")
            if anchor is None or not re.fullmatch(r"[^\n]*\n\s*", head[anchor.end():x.start("name")]):
                continue
        cands.append(x)
        break
    for pat in (_NEWS_SPEAKER, _NEWS_SPEAKER2, _NEWS_SPEAKER3, _BYLINE_NAME, _RUNON_SPEAKER):
        x = pat.search(head)
        if x:
            cands.append(x)
    if not cands:
        return None
    x = min(cands, key=lambda c: c.start("name"))
    s, e = hv.span(x.start("name"), x.end("name"))
    return x.group("name"), hv.base[s:e].strip(), s, e


def _set_region(meta: Metadata, region: Region | None, source: str, quote: str, start=None, end=None,
                note: str | None = None) -> None:
    if region is None:
        return
    g = gazetteer()
    meta.region, meta.region_code, meta.level = region.name, region.code, region.level
    parent = g.get(region.parent_code)
    prov = g.get(region.province_code)
    meta.parent = parent.name if parent else None
    meta.province = prov.name if prov else None
    meta.evidence["region"] = Evidence(region.name, source, quote, start, end, note=note)
    meta.evidence["region_code"] = Evidence(region.code, "derived", f"GB/T 2260 {region.code}"
                                            + ("" if region.current else " (historical name)"))


def _support(r: Region, ntext: str, context: set[str] = frozenset()) -> tuple[int, int, int]:
    """How well a namesake fits: its ancestors among the names around it, then in the whole text."""
    g = gazetteer()
    near = sum(1 for code in (r.parent_code, r.province_code) if code and code in context)
    score = 0
    for code in {r.parent_code, r.province_code} - {None, NATIONAL_CODE}:
        p = g.get(code)
        if p:
            score += ntext.count(p.name) * 3 + ntext.count(short_name(p.name))
    return near, score, r.current


def _resolve(name: str, ntext: str, context: set[str] = frozenset()) -> Region | None:
    """The region a name refers to; among namesakes, the one whose parent is named nearby or most."""
    g = gazetteer()
    if name in vocab.nicknames():
        return g.get(vocab.nicknames()[name][1])
    cands = g.lookup(name)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    return max(cands, key=lambda r: _support(r, ntext, context))


_DEPTH = {"national": 0, "province": 1, "prefecture": 2, "county": 3}


def _specific(seg: str, ntext: str) -> tuple[str, Region] | None:
    """The most specific region named in a byline or title segment.

    "绵阳市游仙区" is 游仙区 (inside the parent named first); "(福建省)2021年三明市…" is 三明市."""
    seg = re.sub(r"^(?:中国|中共)", "", seg)
    names = [nm for _, _, nm in find_names(seg)]
    if not names and gazetteer().lookup(seg):
        names = [seg]  # a two-character name such as 蠡县, or a short name
    if not names:
        return None
    g = gazetteer()
    context = {r.code for nm in names for r in (g.lookup(nm) or [])}
    best = None
    for nm in names:
        r = _resolve(nm, ntext, context)
        if r is None:
            continue
        key = (_DEPTH.get(r.level, 0), r.code in context and any(
            c in context for c in (r.parent_code, r.province_code) if c and c != r.code), len(nm))
        if best is None or key > best[0]:
            best = (key, nm, r)
    return (best[1], best[2]) if best else None


def _short_mentions(ntext: str, suffix: str | None) -> Counter[str]:
    """Mentions of two-character full names (南县) and of short names (黎平) of regions ending in
    ``suffix``; each counted only at the start of a clause, where a place name stands as a subject,
    so that 湖南县域 is not 南县 and 新兴产业 is not 新兴县."""
    g = gazetteer()
    out: Counter[str] = Counter()
    for mm in re.finditer(r"(?:^|[，,。；;：:、\s（(“\"])([\u4e00-\u9fff]{2,3})", ntext, re.M):
        w = mm.group(1)
        for cand in (w, w[:2]):
            if cand in g.by_name and len(cand) == 2:
                out[cand] += 1
                break
            if suffix and cand in g.by_short and any(r.name.endswith(suffix) for r in g.by_short[cand]):
                out[cand] += 1
                break
    return out


def _region(meta: Metadata, text: str, bv: _View, hv: _View, meeting, session, nat, opening, hints, name,
            raw_span) -> None:
    ntext = bv.s
    head = hv.s
    g = gazetteer()
    scores: Counter[str] = Counter()
    first: dict[str, tuple[str, str, int | None, int | None]] = {}

    def vote(r: Region | None, weight: float, source: str, quote: str, start=None, end=None):
        if r is None:
            return
        scores[r.code] += weight
        if r.code not in first or first[r.code][0] == "body" and source != "body":
            first[r.code] = (source, quote, start, end)

    def vote_seg(seg: str, weight: float, source: str, quote: str, start=None, end=None):
        hit = _specific(seg, ntext)
        if hit:
            vote(hit[1], weight, source, quote, start, end)

    # the State Council's report: its own opening (我代表国务院) or the national congress in the byline
    nat_hit = _patterns()["national"].search(ntext[:3000])
    decisive = set()  # regions voted for by a statement rather than by counting mentions
    if nat_hit:
        vote(g.get(NATIONAL_CODE), 30, "body", nat_hit.group(0), *raw_span(bv, *nat_hit.span()))
        decisive.add(NATIONAL_CODE)
    if nat and not meeting:
        vote(g.get(NATIONAL_CODE), 20, "byline", nat.group(0), *hv.span(*nat.span()))
    anonymous = None  # "在县第十八届人民代表大会…": the level, but no name
    if session:
        seg = session.group("region")
        if len(seg) == 1 and seg in "省市区县州旗盟":
            anonymous = seg
        else:
            vote_seg(seg, 20 if session is meeting else 16, "byline", session.group(0).strip(),
                     *hv.span(session.start("region"), session.end("region")))
    sev = meta.evidence.get("speaker")
    if sev is not None and sev.start is not None:
        # the office before the name, on its line or the line above ("国务院总理\n李克强")
        before = re.sub(r"[ \t\u3000]", "", text[max(0, sev.start - 40):sev.start]).rstrip("\n")
        lead = before.split("\n")[-1] or (before.split("\n")[-2] if "\n" in before else "")
        if "总理" in lead:
            vote(g.get(NATIONAL_CODE), 15, "byline", lead)
        else:
            org = re.sub(_SPEAKER_TITLE + ".*", "", lead)
            if len(org) >= 2:
                vote_seg(org, 10, "byline", lead)
    if meta.title:
        st = meta.evidence["title"].start
        vote_seg(meta.title, 12, "title", meta.evidence["title"].quote, st, meta.evidence["title"].end)
    for key in ("region", "city", "county", "district", "province", "地区", "城市", "省份", "地市"):
        v = hints.get(key)
        if isinstance(v, str) and v.strip():
            hit = _specific(v.strip(), ntext)
            r = hit[1] if hit else _resolve(v.strip(), ntext)
            vote(r, 8 if key not in ("province", "省份") else 2, "hint", f"{key}={v}")
    vote_seg(name, 6, "filename", name)
    # the body: 中共XX市委, nicknames, and plain mentions
    for mm in re.finditer(r"中共([\u4e00-\u9fff]{2,10}?[省市区县州旗盟])委", ntext):
        vote(_resolve(mm.group(1), ntext), 4, "body", mm.group(0), *raw_span(bv, *mm.span()))
    counts = Counter(nm for _, _, nm in find_names(ntext))
    for nm, c in counts.most_common(8):
        vote(_resolve(nm, ntext), min(c, 5) * 0.8, "body", f"{nm} ×{c}")
    # two-character names (南县) and, after an anonymous byline, short names (黎平): only when the
    # region's parent or province is named too, so that a common word is not taken for a place
    for nm, c in _short_mentions(ntext, anonymous).most_common(5):
        if c < 2:
            break
        r = _resolve(nm, ntext)
        if r is None or (anonymous and not r.name.endswith(anonymous)):
            continue
        if _support(r, ntext)[1] > 0:
            vote(r, min(c, 5) * (1.6 if anonymous else 0.8), "body", f"{nm} ×{c}")
    # the level word the report uses for itself (全市/全县/全区/全省) breaks close calls
    lw = Counter(w for w in re.findall(r"全(?:省|市|县|区|州|旗|盟)", ntext))
    own = lw.most_common(1)[0][0] if lw else None
    if not scores:
        level = _LEVEL_OF_WORD.get(own or "") or {"县": "county", "旗": "county", "州": "prefecture",
                                                    "盟": "prefecture", "省": "province"}.get(anonymous or "")
        if level:
            meta.level = level
            meta.evidence["level"] = Evidence(level, "body", own or anonymous or "",
                                              note="region not found: level from the report's own level word")
        return
    for code in list(scores):
        r = g.get(code)
        word = "全" + (r.name[-1] if r.name[-1] in "省市县区州旗盟" else "")
        if own and word == own:
            scores[code] += 3
        if anonymous and r.name.endswith(anonymous):
            scores[code] += 3
    # a region inside another voted region, with real votes of its own, is the report's (游仙区 in 绵阳市)
    code, top = scores.most_common(1)[0]
    for c, s in scores.most_common():
        r = g.get(c)
        if c != code and s >= 6 and code in (r.parent_code, r.province_code) and s >= top / 3 \
                and first.get(c, ("body",))[0] != "body":
            code = c
            break
    src = first.get(code, ("body", "", None, None))
    strong = code in decisive or first.get(code, ("body",))[0] != "body"
    _set_region(meta, g.get(code), *src, note=None if strong else "inferred from body mentions (low confidence)")


def _year(meta: Metadata, text: str, bv: _View, hv: _View, hints: dict[str, Any], name: str, raw_span) -> None:
    ev = meta.evidence
    if meta.meeting_date:
        y, mo = int(meta.meeting_date[:4]), int(meta.meeting_date[5:7])
        meta.report_year = y + 1 if mo >= 11 else y
        ev["report_year"] = Evidence(meta.report_year, "byline", f"delivered {meta.meeting_date}",
                                     note="delivered in November/December: next year" if mo >= 11 else None)
        return
    if meta.title:
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", meta.title)]
        if years:
            meta.report_year = max(years)
            ev["report_year"] = Evidence(meta.report_year, "title", meta.title)
            return
    for key in ("year", "report_year", "年份"):
        y = re.search(r"(?:19|20)\d{2}", str(hints.get(key) or ""))
        if y:
            meta.report_year = int(y.group(0))
            ev["report_year"] = Evidence(meta.report_year, "hint", f"{key}={hints[key]}")
            return
    strong, weak = _year_votes(bv, hv, raw_span)
    for votes in (strong, None, weak):
        if votes is None:  # between the content and the weak signals: the container's dates and the file name
            for key in ("date", "publish_date", "发布日期", "时间"):
                v = hints.get(key)
                y = re.search(r"((?:19|20)\d{2})\D(\d{1,2})", str(v or ""))
                if y:
                    yy = int(y.group(1)) + (1 if int(y.group(2)) >= 11 else 0)
                    meta.report_year = yy
                    ev["report_year"] = Evidence(yy, "hint", f"{key}={v}")
                    return
            fy = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
            if fy:
                meta.report_year = int(fy.group(1))
                ev["report_year"] = Evidence(meta.report_year, "filename", name)
                return
            continue
        if votes:
            year = max(votes, key=lambda y: (votes[y][0], y))
            _, quote, start, end, note = votes[year][1]
            meta.report_year = year
            ev["report_year"] = Evidence(year, "body", quote, start, end, note=note)
            return


def _year_votes(bv: _View, hv: _View, raw_span):
    """Votes for the report year from what the text says, as {year: [weight, (first evidence)]}.

    Strong: the target year ("2021年主要预期目标"), the reviewed year + 1 ("回顾2020年", "2020年工作回顾",
    "2023年1至11月"), "今年是“十四五”开局之年". Weak: a page date in the chrome, "2025年是…之年", an
    anniversary (建党100周年)."""
    p = _patterns()
    body = bv.s
    not_target = _cues()["not_target"]
    strong: dict[int, list] = {}
    weak: dict[int, list] = {}

    def add(votes, year, weight, v, mm, note, group=0):
        s, e = raw_span(v, mm.start(group), mm.end(group))
        cur = votes.setdefault(year, [0, (year, mm.group(group), s, e, note)])
        cur[0] += weight

    n = Counter()
    for mm in p["target"].finditer(body):
        after = body[mm.end():mm.end() + 4]
        if any(w in mm.group("mid") + mm.group(0)[-4:] + after for w in not_target) or after.startswith(("执行", "完成")):
            continue
        if n["t"] < 3:
            n["t"] += 1
            add(strong, int(mm.group("y")), 3, bv, mm, f"target year stated: {mm.group(0)}")
    for key in ("review", "review_lead", "part_year"):
        for mm in p[key].finditer(body):
            y = int(mm.group("y"))
            if n[key] < 3:
                n[key] += 1
                add(strong, y + 1, 3, bv, mm, f"reviewed year {y} + 1")
    for mm in p["this_year"].finditer(body):
        start = 1966 + 5 * (10 + "一二三四五".index(mm.group("n")) + 1 - 3)  # 十一五 began in 2006
        ph = mm.group("p")
        off = 0 if ph in ("开局", "起步") else 4 if ph in ("收官", "决胜", "最后一年") else "一二三四五".index(ph[1])
        add(strong, start + off, 4, bv, mm, f"{mm.group('w')}年 is year {off + 1} of the five-year plan")
    # a year standing alone as a heading right after "过去一年…" reviews that year (解读 layouts); read
    # in the head as read, as normalisation may drop a lone number as a page mark
    for mm in p["bare_year"].finditer(hv.s):
        if re.search(r"过去(?:的)?一年|一年来", hv.s[max(0, mm.start() - 300):mm.start()]):
            y = int(mm.group("y"))
            add(strong, y + 1, 3, hv, mm, f"reviewed year {y} + 1 (heading after 过去一年)", "y")
    for mm in p["year_is"].finditer(body):
        add(weak, int(mm.group("y")), 1, bv, mm, "the year named as …之年")
    for mm in _PUB_DATE.finditer(hv.s[:400]):
        y, mo = int(mm.group(1)), int(mm.group(2))
        if 1 <= mo <= 12:
            add(weak, y + 1 if mo >= 11 else y, 2, hv, mm, f"page date {mm.group(0)}"
                + (": November/December, next year" if mo >= 11 else ""))
            break
    for pat, base in _ANNIVERSARY:
        mm = pat.search(body)
        if mm:
            k = _cn_int(mm.group(1))
            if k:
                add(weak, base + k, 1, bv, mm, f"anniversary: {mm.group(0)}")
    return strong, weak
