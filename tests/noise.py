"""Noisy printings of a clean report, as reports reach us from PDFs, web pages, newspapers and reposts.

Each kind is a function ``(text, rng) -> noisy text``: traditional script (OpenCC s2t, s2hk, s2tw),
pinyin after characters or words, numbers split by spaces or line breaks, PDF line wrapping, page marks
and running headers, full-width digits and punctuation, invisible characters (no-break and zero-width
spaces, soft hyphens), HTML entities, footnote marks and a newspaper's trailer. The facts, pledges and
metadata read from a noisy printing must be those of the clean text, every quote taken from the noisy
text as read (benchmarks/noise_bench.py measures it over the reports; tests/test_noise.py checks it).
"""
from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import Callable

# the pinyin of characters that reports use often (tone marks as printed), for reposts that gloss them
PINYIN = {
    "增": "zēng", "长": "zhǎng", "生": "shēng", "产": "chǎn", "总": "zǒng", "值": "zhí", "收": "shōu", "入": "rù",
    "发": "fā", "展": "zhǎn", "经": "jīng", "济": "jì", "投": "tóu", "资": "zī", "目": "mù", "标": "biāo",
    "完": "wán", "成": "chéng", "提": "tí", "高": "gāo", "下": "xià", "降": "jiàng", "预": "yù", "算": "suàn",
    "居": "jū", "民": "mín", "消": "xiāo", "费": "fèi", "工": "gōng", "业": "yè", "左": "zuǒ", "右": "yòu",
    "达": "dá", "到": "dào", "重": "zhòng", "行": "xíng", "为": "wéi", "调": "tiáo", "差": "chā", "强": "qiáng",
    "量": "liàng", "实": "shí", "现": "xiàn", "城": "chéng", "镇": "zhèn", "农": "nóng", "村": "cūn",
    "财": "cái", "政": "zhèng", "税": "shuì", "就": "jiù", "新": "xīn", "项": "xiàng", "建": "jiàn",
    "设": "shè", "粮": "liáng", "食": "shí", "人": "rén", "均": "jūn", "支": "zhī", "配": "pèi",
}
# the polyphones a character-by-character gloss marks most ("增長（cháng）": often the wrong reading)
POLYPHONES = {"长": ("zhǎng", "cháng"), "重": ("zhòng", "chóng"), "行": ("xíng", "háng"), "为": ("wéi", "wèi"),
              "调": ("tiáo", "diào"), "发": ("fā", "fà"), "降": ("jiàng", "xiáng"), "差": ("chā", "chà"),
              "强": ("qiáng", "qiǎng"), "量": ("liàng", "liáng"), "处": ("chù", "chǔ"), "种": ("zhǒng", "zhòng")}


@lru_cache(maxsize=None)
def _cc(config: str):
    import opencc

    return opencc.OpenCC(config)


def _convert(text: str, config: str) -> str:
    """OpenCC's conversion, kept only where it keeps the length of each line (a phrase table may not)."""
    cc = _cc(config)
    return "\n".join(c if len(c := cc.convert(ln)) == len(ln) else "".join(
        x if len(x := cc.convert(ch)) == 1 else ch for ch in ln) for ln in text.split("\n"))


def s2t(text: str, rng: random.Random) -> str:
    return _convert(text, "s2t")


def s2hk(text: str, rng: random.Random) -> str:
    return _convert(text, "s2hk")


def s2tw(text: str, rng: random.Random) -> str:
    return _convert(text, "s2tw")


def pinyin_words(text: str, rng: random.Random) -> str:
    """A word's pinyin after it, its syllables spaced: "增长(zēng zhǎng)", "总值（zǒng zhí）"."""
    brackets = rng.choice(["()", "（）"])

    def gloss(m: re.Match) -> str:
        w = m.group(0)
        if rng.random() < 0.35:
            return f"{w}{brackets[0]}{' '.join(PINYIN[c] for c in w)}{brackets[1]}"
        return w

    return re.sub(f"[{''.join(PINYIN)}]{{2}}", gloss, text)


def pinyin_chars(text: str, rng: random.Random) -> str:
    """Traditional script with a polyphone's reading after it: "增長（cháng）", "重(zhòng)要"."""
    trad = s2t(text, rng)
    simp = text
    brackets = rng.choice(["()", "（）"])
    out = []
    for c, t in zip(simp, trad):
        out.append(t)
        if c in POLYPHONES and rng.random() < 0.6:
            out.append(f"{brackets[0]}{rng.choice(POLYPHONES[c])}{brackets[1]}")
    return "".join(out)


_NUMBER = re.compile(r"(?<![\d.])(\d+)(?:\.(\d+))?(%|个百分点|万亿元|亿元|万元|元|万人|万吨|万亩|亿斤|公里|家|个|人|户)?")


def split_numbers(text: str, rng: random.Random, breaks: bool = True) -> str:
    """Numbers split as a PDF's text layer or a typesetter splits them: "8. 5%", "6 %", "37.68 亿元",
    "12\\n000万元" (a line break between the digits), "2 024年" (never: a year is set whole)."""

    def split(m: re.Match) -> str:
        whole, frac, unit = m.group(1), m.group(2), m.group(3) or ""
        if text[m.end():m.end() + 1] == "年" and not unit:
            return m.group(0)  # a year
        r = rng.random()
        if frac and r < 0.3:
            num = f"{whole}. {frac}"
        elif frac and r < 0.4 and breaks:
            num = f"{whole}.\n{frac}"
        elif len(whole) >= 4 and r < 0.6:
            k = rng.randint(1, len(whole) - 1)
            num = f"{whole[:k]}{rng.choice([chr(10), ' '] if breaks else [' '])}{whole[k:]}" + (f".{frac}" if frac else "")
        else:
            num = whole + (f".{frac}" if frac else "")
        if unit and rng.random() < 0.5:
            return f"{num} {unit}"
        return num + unit

    return _NUMBER.sub(split, text)


def _wrap(text: str, rng: random.Random, lo: int = 30, hi: int = 40) -> list[str]:
    """The paragraphs cut into lines of lo-hi characters wherever they fall (no hyphen, nothing dropped);
    an empty string stands for each paragraph's end."""
    lines: list[str] = []
    for para in text.split("\n"):
        while len(para) > hi:
            w = rng.randint(lo, hi)
            lines.append(para[:w])
            para = para[w:]
        lines.append(para)
        lines.append("")
    return lines


def pdf_wrap(text: str, rng: random.Random) -> str:
    """A PDF's text layer: lines cut at 30-40 characters inside words, numbers and sentences."""
    return "\n".join(ln for ln in _wrap(text, rng) if ln != "") + "\n"


def page_marks(text: str, rng: random.Random) -> str:
    """A PDF's pages: lines cut at 30-40 characters, and every 25-35 lines (inside a sentence as often as
    not) a page number and the running header: "- 3 -", "—3—", "第3页 共12页", "政府工作报告"."""
    lines = [ln for ln in _wrap(text, rng) if ln != ""]
    total = len(lines) // 30 + 1
    style = rng.choice(["- {p} -", "—{p}—", "— {p} —", "第{p}页 共{n}页", "-{p}-", "{p}"])
    # the running header: the document's title (a report's own name, never another kind's)
    title = next((ln.strip().lstrip("#* ").rstrip("* ") for ln in text.split("\n") if ln.strip()), "")
    header = title if 4 <= len(title) <= 30 and title[-1] not in "：:。，" else \
        "政府工作报告" if "政府工作报告" in text[:300] else None
    out, page, left = [], 1, rng.randint(25, 35)
    for ln in lines:
        out.append(ln)
        left -= 1
        if left == 0:
            out.append(style.format(p=page, n=total))
            page += 1
            if header:
                out.append(header)
            left = rng.randint(25, 35)
    return "\n".join(out) + "\n"


# ASCII forms a full-width printing sets wide (not the comma: a full-width one is the Chinese comma,
# which no report puts inside 39,175)
_FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.:;()-+~/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def fullwidth(text: str, rng: random.Random) -> str:
    """Digits, letters and punctuation full-width ("８．５％", "ＧＤＰ"), spaces ideographic."""
    return "".join(_FW.get(c, "\u3000" if c == " " else c) for c in text)


_INVISIBLE = ["\u200b", "\u00ad", "\ufeff", "\u200c", "\u200d", "\u2060"]


def invisible(text: str, rng: random.Random) -> str:
    """Zero-width spaces, soft hyphens and word joiners anywhere (inside numbers and words too); no-break
    spaces between a number and its unit and at a paragraph's start."""
    out = []
    n = len(text)
    for i, c in enumerate(text):
        out.append(c)
        if c == "\n":
            # (a paragraph's indent, not one where a line break cuts a number or a sentence)
            if (i == 0 or text[i - 1] in "。！？：；!?:;）)】\n" or not text[i - 1].isdigit() and text[i + 1:i + 2] == "#") \
                    and rng.random() < 0.5:
                out.append("\u00a0\u00a0")
            continue
        nxt = text[i + 1] if i + 1 < n else "\n"
        if nxt == "\n":
            continue
        if c.isdigit() and (nxt == "%" or "\u4e00" <= nxt <= "\u9fff") and rng.random() < 0.2:
            out.append("\u00a0")
        elif rng.random() < 0.04:
            out.append(rng.choice(_INVISIBLE))
    return "".join(out)


_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "·": "&middot;",
             "…": "&hellip;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "≥": "&ge;", "≤": "&le;", "×": "&times;"}


def html_entities(text: str, rng: random.Random) -> str:
    """Text copied from a page's source: quotes and dashes as named entities, &nbsp; between a number
    and its unit, &#12288; indents."""
    out = []
    n = len(text)
    for i, c in enumerate(text):
        if c in _ENTITIES and rng.random() < 0.7:
            out.append(_ENTITIES[c])
            continue
        out.append(c)
        if c == "\n" and rng.random() < 0.5:
            out.append("&#12288;&#12288;")
        elif c.isdigit() and i + 1 < n and "\u4e00" <= text[i + 1] <= "\u9fff" and rng.random() < 0.2:
            out.append(rng.choice(["&nbsp;", "&ensp;", "&#160;"]))
    return "".join(out)


def footnotes(text: str, rng: random.Random) -> str:
    """Footnote marks after words and figures ("地区生产总值①增长", "增长5.2%[1]", "收入²"), the notes
    themselves at the end."""
    marks = rng.choice([["①", "②", "③", "④", "⑤"], ["[1]", "[2]", "[3]", "[4]", "[5]"],
                        ["¹", "²", "³", "⁴", "⁵"], ["［1］", "［2］", "［3］"], ["(注1)", "(注2)"]])
    k = 0

    def mark(m: re.Match) -> str:
        nonlocal k
        if rng.random() < 0.15:
            k += 1
            return m.group(0) + marks[(k - 1) % len(marks)]
        return m.group(0)

    body = re.sub(r"(?<=[^\n])(?:总值|收入|投资|%|比重|万元|亿元|目标)(?=[，。；、增下同比提])", mark, text)
    if not k:
        return body
    notes = "\n".join(f"{marks[i % len(marks)]}按可比价格计算。" if i % 2 == 0 else f"{marks[i % len(marks)]}数据来源于统计部门。"
                      for i in range(min(k, len(marks))))
    return body.rstrip("\n") + "\n注：\n" + notes + "\n"


_PAPERS = ["湖南日报", "四川日报", "大众日报", "河北日报", "浙江日报", "南方日报", "新华日报", "贵州日报"]
_NAMES = ["张三", "李四", "王五", "刘洋", "陈静", "赵敏"]


def trailer(text: str, rng: random.Random) -> str:
    """A newspaper or repost's trailer after the report: "来源：湖南日报　责任编辑：张三" and the like."""
    paper, name, name2 = rng.choice(_PAPERS), rng.choice(_NAMES), rng.choice(_NAMES)
    tail = rng.choice([
        f"来源：{paper}\n责任编辑：{name}",
        f"来源：{paper}　　责任编辑：{name}",
        f"（来源：{paper}）\n【责任编辑：{name}】",
        f"来源：{paper} 编辑：{name} 审核：{name2}",
        f"[责任编辑：{name}]\n\n【纠错】",
        f"来源：{paper}\n作者：记者 {name} {name2}\n责任编辑：{name}",
    ])
    return text.rstrip("\n") + "\n\n" + tail + "\n"


def mixed(text: str, rng: random.Random) -> str:
    """Several at once, as a traditional-script repost of a PDF: s2t, numbers split, page marks, footnotes,
    full-width digits, invisible characters."""
    # (the page's indents and invisible characters before the PDF's lines are cut: a cut line is not indented)
    # (numbers split by spaces only: the PDF's lines are cut after, and a number cut twice leaves a line of two
    # digits no page has)
    for f in (footnotes, lambda t, r: split_numbers(t, r, breaks=False), s2t, fullwidth, invisible, page_marks, trailer):
        if f in (s2t, fullwidth) and rng.random() < 0.5:
            continue
        text = f(text, rng)
    return text


KINDS: dict[str, Callable[[str, random.Random], str]] = {
    "s2t": s2t, "s2hk": s2hk, "s2tw": s2tw, "pinyin_words": pinyin_words, "pinyin_chars": pinyin_chars,
    "split_numbers": split_numbers, "pdf_wrap": pdf_wrap, "page_marks": page_marks, "fullwidth": fullwidth,
    "invisible": invisible, "html_entities": html_entities, "footnotes": footnotes, "trailer": trailer,
    "mixed": mixed,
}


def keys(text: str, name: str = "t.txt") -> dict[str, set]:
    """What must not change under noise: the facts (indicator, role, period, measure, value, value_high,
    qualifier), the pledges (category, action, object, value, unit) and the metadata; every quote is
    checked against ``text`` as read (AssertionError otherwise)."""
    from planwatch.api import process
    from planwatch.ingest import RawText

    d = process(RawText(name, name, "txt", text))
    bad = [(x.quote, x.start, x.end) for x in (*d.facts, *d.pledges) if text[x.start:x.end] != x.quote]
    m = d.meta
    return {
        "facts": {(f.indicator, f.role, f.period, f.measure, f.value, f.value_high, f.qualifier) for f in d.facts},
        "pledges": {(p.category, p.action, p.object, p.value, p.unit) for p in d.pledges},
        "meta": {(k, getattr(m, k)) for k in ("region", "region_code", "level", "doc_type", "report_year")},
        "bad_quotes": set(bad),
    }
