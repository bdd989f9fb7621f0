"""A report's region, year, type, date and speaker, each with the evidence that decided it."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from . import vocab
from .model import Evidence, Metadata
from .normalize import Normalized
from .regions import Region, gazetteer

HEAD = 1500  # characters of the head that hold the title and byline

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_DOC_TYPES = [
    ("plan_report", re.compile(r"国民经济和社会发展(?:计划|年度计划)|国民经济和社会发展.{0,12}计划(?:执行情况|草案)|经济社会发展计划")),
    ("budget_report", re.compile(r"预算执行情况和.{0,8}预算草案|预算草案的报告|财政预算执行")),
    ("statistical_communique", re.compile(r"统计公报")),
    ("government_work_report", re.compile(r"政\s*府\s*工\s*作\s*报\s*告")),
]
_MEETING = re.compile(r"在\s*(?P<region>[\u4e00-\u9fff]{2,20}?)\s*第?\s*[一二三四五六七八九十\d]{1,3}\s*届\s*(?:人民代表大会|人大)")
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_SPEAKER_TITLE = (r"(?:代理?|副)?(?:省长|市长|区长|县长|州长|旗长|盟长|主席|主任|局长|厅长|秘书长|书记)")
_SPEAKER = re.compile(
    r"^[ \t]*(?P<org>[\u4e00-\u9fff（）()]{2,30}?(?:人民政府|委员会|发改委|政府|财政局|统计局|财政厅)"
    # "河南省省长 王凯", "郑州市代市长 何雄": the region itself, directly followed by the office
    r"|[\u4e00-\u9fff]{2,20}?[省市区县州旗盟](?=\s*(?:代理?|副)?(?:[省市区县州旗盟]长|主席)))\s*"
    r"(?P<title>" + _SPEAKER_TITLE + r")?\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*$", re.M)
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_ANNIVERSARY = [(re.compile(r"(?:建党|中国共产党成立)\s*(\d{2,3}|[一二三四五六七八九十百]+)\s*周年"), 1921),
                (re.compile(r"(?:新中国成立|中华人民共和国成立|建国)\s*(\d{2,3}|[一二三四五六七八九十百]+)\s*周年"), 1949)]
_LEVEL_WORDS = {"全省": "province", "全区": None, "全市": None, "全县": "county", "全州": "prefecture",
                "全旗": "county", "全盟": "prefecture"}
_YEAR_PLAN = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:经济社会发展|国民经济和社会发展|政府工作|工作安排|重点工作|主要预期目标|的?主要目标|工作总体要求|总体要求)")


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGIT for c in s):
        return int("".join(str(_CN_DIGIT[c]) for c in s))
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
    head = text[:HEAD]
    ntext = norm.text

    # --- title
    title = _title(text, hints)
    if title:
        meta.title = title[0]
        ev["title"] = Evidence(title[0], title[1], title[0], *title[2:])

    # --- doc type
    for source, s, off in (("title", meta.title or "", None), ("hint", str(hints.get("title", "")), None),
                           ("filename", name, None), ("body", ntext[:600], 0)):
        hit = _doc_type(s)
        if hit:
            meta.doc_type = hit[0]
            ev["doc_type"] = Evidence(hit[0], source, hit[1])
            break
    if meta.doc_type is None:
        meta.doc_type = "other"
        ev["doc_type"] = Evidence("other", "derived", "no report title found")

    # --- meeting date and speaker (byline)
    m = _MEETING.search(head)
    dm = None
    for d in _DATE.finditer(head):
        if m and abs(d.end() - m.start()) < 12 or re.match(r"\s*在", head[d.end():d.end() + 3]):
            dm = d
            break
    if dm:
        y, mo, da = _cn_int(dm.group("y")), _cn_int(dm.group("m")), _cn_int(dm.group("d"))
        if y and mo and da and 1 <= mo <= 12 and 1 <= da <= 31:
            meta.meeting_date = f"{y:04d}-{mo:02d}-{da:02d}"
            ev["meeting_date"] = Evidence(meta.meeting_date, "byline", dm.group(0), dm.start(), dm.end())
    sp = next((x for x in _SPEAKER.finditer(head) if "报告" not in x.group(0) and "会议" not in x.group(0)), None)
    if sp:
        meta.speaker = sp.group("name")
        ev["speaker"] = Evidence(meta.speaker, "byline", sp.group(0).strip(), sp.start("name"), sp.end("name"))

    # --- region
    _region(meta, text, ntext, head, m, sp, hints, name)

    # --- report year
    _year(meta, text, ntext, hints, name)

    for k, v in (overrides or {}).items():
        if v is None or not hasattr(meta, k):
            continue
        if k == "report_year":
            v = int(v)
        setattr(meta, k, v)
        ev[k] = Evidence(v, "override", "set by the user")
        if k == "region" and "region_code" not in (overrides or {}):
            _set_region(meta, _resolve(str(v), ntext), "override", str(v))
    return meta


def _title(text: str, hints: dict[str, Any]) -> tuple[str, str, int, int] | None:
    pos = 0
    for line in text[:HEAD].splitlines(keepends=True):
        s = line.strip().strip("#* ").strip()
        if s and _doc_type(s) and len(s) <= 80:
            start = text.find(s, pos)
            return s, "title", start, start + len(s)
        pos += len(line)
    if hints.get("title"):
        return str(hints["title"]), "hint", None, None
    return None


def _doc_type(s: str) -> tuple[str, str] | None:
    for dt, pat in _DOC_TYPES:
        mm = pat.search(s)
        if mm:
            return dt, mm.group(0)
    return None


def _set_region(meta: Metadata, region: Region | None, source: str, quote: str, start=None, end=None) -> None:
    if region is None:
        return
    g = gazetteer()
    meta.region, meta.region_code, meta.level = region.name, region.code, region.level
    parent = g.get(region.parent_code)
    prov = g.get(region.province_code)
    meta.parent = parent.name if parent else None
    meta.province = prov.name if prov else None
    meta.evidence["region"] = Evidence(region.name, source, quote, start, end)
    meta.evidence["region_code"] = Evidence(region.code, "derived", f"GB/T 2260 {region.code}"
                                            + ("" if region.current else " (historical name)"))


def _resolve(name: str, ntext: str) -> Region | None:
    """The region a name refers to; among namesakes, the one whose parent the text names most."""
    g = gazetteer()
    if name in vocab.nicknames():
        return g.get(vocab.nicknames()[name][1])
    cands = g.lookup(name)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]

    def support(r: Region) -> tuple[int, int]:
        score = 0
        for code in (r.parent_code, r.province_code):
            p = g.get(code)
            if p:
                from .regions import short_name

                score += ntext.count(p.name) * 3 + ntext.count(short_name(p.name))
        return score, r.current

    return max(cands, key=support)


def _region(meta: Metadata, text: str, ntext: str, head: str, meeting, speaker, hints, name) -> None:
    scores: Counter[str] = Counter()
    first: dict[str, tuple[str, str, int | None, int | None]] = {}

    def vote(nm: str, weight: float, source: str, quote: str, start=None, end=None):
        r = _resolve(nm, ntext)
        if r is None:
            return
        scores[r.code] += weight
        if r.code not in first or weight >= 5:
            if r.code not in first or first[r.code][0] in ("body",):
                first[r.code] = (source, quote, start, end)

    if meeting:
        nm = meeting.group("region")
        nm = re.sub(r"^(?:中国|中共)", "", nm)
        vote(_longest_name(nm) or nm, 20, "byline", meeting.group(0), meeting.start("region"), meeting.end("region"))
    if speaker:
        org = speaker.group("org")
        nm = _longest_name(org)
        if nm:
            vote(nm, 10, "byline", speaker.group(0).strip(), speaker.start("org"), speaker.end("org"))
    if meta.title:
        nm = _longest_name(meta.title)
        if nm:
            st = meta.evidence["title"].start
            vote(nm, 12, "title", meta.title, st, st + len(meta.title) if st is not None else None)
    for key in ("region", "city", "county", "district", "province", "地区", "城市", "省份", "地市"):
        v = hints.get(key)
        if isinstance(v, str) and v.strip():
            nm = _longest_name(v) or v.strip()
            vote(nm, 8 if key not in ("province", "省份") else 2, "hint", f"{key}={v}")
    fn = _longest_name(name)
    if fn:
        vote(fn, 6, "filename", name)
    # the body: 中共XX市委, nicknames, and plain mentions
    for mm in re.finditer(r"中共([\u4e00-\u9fff]{2,10}?[省市区县州旗盟])委", ntext):
        vote(mm.group(1), 4, "body", mm.group(0))
    counts = Counter(nm for _, _, nm in find_names(ntext))
    for nm, c in counts.most_common(8):
        vote(nm, min(c, 5) * 0.8, "body", f"{nm} ×{c}")
    if not scores:
        return
    # the level word the report uses for itself (全市/全县/全区/全省) breaks close calls
    lw = Counter(w for w in re.findall(r"全(?:省|市|县|区|州|旗|盟)", ntext))
    g = gazetteer()
    for code in list(scores):
        r = g.get(code)
        word = "全" + (r.name[-1] if r.name[-1] in "省市县区州旗盟" else "")
        if lw and word == lw.most_common(1)[0][0]:
            scores[code] += 3
    code, _ = scores.most_common(1)[0]
    src = first.get(code, ("body", "", None, None))
    _set_region(meta, g.get(code), *src)


def _longest_name(s: str) -> str | None:
    """The longest region name (or nickname) found in s."""
    best = None
    for _, _, nm in find_names(s):
        if best is None or len(nm) > len(best):
            best = nm
    return best


def _year(meta: Metadata, text: str, ntext: str, hints: dict[str, Any], name: str) -> None:
    ev = meta.evidence
    if meta.meeting_date:
        y, mo = int(meta.meeting_date[:4]), int(meta.meeting_date[5:7])
        meta.report_year = y + 1 if mo >= 11 else y
        ev["report_year"] = Evidence(meta.report_year, "byline", f"delivered {meta.meeting_date}")
        return
    if meta.title:
        years = [int(y) for y in _TITLE_YEAR.findall(meta.title)]
        if years:
            meta.report_year = max(years)
            ev["report_year"] = Evidence(meta.report_year, "title", meta.title)
            return
    mm = _YEAR_PLAN.search(ntext[:20000])
    if mm:
        # "2025年工作总体要求和主要目标", "2024年经济社会发展的主要任务"; a review section names the
        # previous year with 执行情况/工作回顾, which this pattern does not take
        years = Counter(int(x.group(1)) for x in _YEAR_PLAN.finditer(ntext))
        meta.report_year = max(years)
        ev["report_year"] = Evidence(meta.report_year, "body", mm.group(0))
        return
    for key in ("year", "report_year", "年份", "date", "publish_date", "发布日期", "时间"):
        v = hints.get(key)
        if v:
            y = re.search(r"(?:19|20)\d{2}", str(v))
            if y:
                yy = int(y.group(0))
                mo = re.search(r"(?:19|20)\d{2}\D(\d{1,2})", str(v))
                if key not in ("year", "report_year", "年份") and mo and int(mo.group(1)) >= 11:
                    yy += 1
                meta.report_year = yy
                ev["report_year"] = Evidence(yy, "hint", f"{key}={v}")
                return
    fy = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
    if fy:
        meta.report_year = int(fy.group(1))
        ev["report_year"] = Evidence(meta.report_year, "filename", name)
        return
    for pat, base in _ANNIVERSARY:
        mm = pat.search(ntext)
        if mm:
            n = _cn_int(mm.group(1))
            if n:
                meta.report_year = base + n
                ev["report_year"] = Evidence(meta.report_year, "body", mm.group(0))
                return
    dm = re.search(r"(?:时间|日期|发布时间)\s*[:：]\s*((?:19|20)\d{2})[-/年.](\d{1,2})", text[:HEAD])
    if dm:
        y, mo = int(dm.group(1)), int(dm.group(2))
        meta.report_year = y + 1 if mo >= 11 else y
        ev["report_year"] = Evidence(meta.report_year, "byline", dm.group(0))
