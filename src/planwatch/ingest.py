"""Read bytes into text, one reader per format.

Each reader returns :class:`RawText` records: the text *as read* (decoded, nothing else changed)
and hints from the container (title, url, date, columns of a dump). Anything unreadable raises
:class:`IngestError` with a one-line reason.

A dump with some bad records (a line that is not JSON, a short CSV row, a row without text) is
still read: the good records are returned and each bad one is reported with its line number, in
the result's ``problems`` and as an :class:`IngestWarning`.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .lazyre import lazy

MAX_BYTES = int(os.environ.get("PLANWATCH_MAX_BYTES", 50 * 1024 * 1024))
TEXT_COLUMNS = ("full_text", "fulltext", "text", "content", "body", "正文", "全文", "内容", "article")
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
            ".pdf": "pdf", ".docx": "docx", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MIN_CHARS = 20


class IngestError(Exception):
    """A file that cannot be read; ``str(err)`` is the one-line reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class IngestWarning(UserWarning):
    """A bad record inside a file whose other records were read; ``str(w)`` is the one-line reason."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None):
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}")
        self.path, self.reason, self.line = str(path), reason, line


class Records(list):
    """The records read from one file, with ``problems``: the bad records skipped (IngestWarning)."""

    def __init__(self, items=(), problems: list[IngestWarning] | None = None):
        super().__init__(items)
        self.problems: list[IngestWarning] = list(problems or [])


@dataclass
class RawText:
    name: str
    source: str
    format: str
    text: str
    hints: dict[str, Any] = field(default_factory=dict)


def iter_files(paths: list[str | Path]) -> Iterator[Path]:
    """Files under the given paths (directories recursively, hidden files skipped), sorted."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p


def read_file(path: str | Path) -> list[RawText]:
    """Read one file; a dump (.csv/.jsonl) gives one record per row."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "no such file")
    if not path.is_file():
        raise IngestError(path, "not a regular file")
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(path, f"unknown file type '{path.suffix or '(none)'}' (known: {', '.join(sorted(set(SUFFIXES)))})")
    try:
        size = path.stat().st_size
        if size == 0:
            raise IngestError(path, "empty file")
        if size > MAX_BYTES:
            raise IngestError(path, f"file too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB limit)")
        data = path.read_bytes()
    except OSError as exc:  # permissions, a vanished file, an I/O error: this file only
        raise IngestError(path, f"cannot read ({exc.strerror or exc.__class__.__name__})") from None
    return read_bytes(data, path.name, fmt, source=str(path))


def read_bytes(data: bytes, name: str, fmt: str | None = None, source: str | None = None) -> Records:
    source = source or name
    fmt = fmt or SUFFIXES.get(Path(name).suffix.lower())
    if fmt is None:
        raise IngestError(source, f"unknown file type '{Path(name).suffix or '(none)'}'")
    if not data:
        raise IngestError(source, "empty file")
    reader = _READERS[fmt]
    records = reader(data, name, source)
    problems = list(getattr(records, "problems", []))
    for r in records:
        r.text = r.text.replace("\x00", "")
    good = [r for r in records if len(r.text.strip()) >= MIN_CHARS]
    if not good:
        first = f" ({problems[0]})" if problems else ""
        raise IngestError(source, f"no text found (empty, or only a few characters){first}")
    for p in problems:
        warnings.warn(p, stacklevel=2)
    return Records(good, problems)


# ---------------------------------------------------------------- text

_BINARY_SIGNATURES = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"MZ",
                      b"\xd0\xcf\x11\xe0", b"Rar!", b"\x1f\x8b", b"7z\xbc\xaf")


def decode(data: bytes, source: str) -> str:
    """Decode text bytes: BOMs, UTF-8, then detection (GB18030/GBK, Big5, UTF-16…)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(_BINARY_SIGNATURES):
        raise IngestError(source, "binary content, not text (wrong extension?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without a BOM has a zero in every other byte for ASCII; binary has zeros anywhere
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
        raise IngestError(source, "binary content, not text")
    try:
        text = data.decode("gb18030")
        if _looks_like_text(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(source, "binary content or unknown text encoding")
    text = str(best)
    if not _looks_like_text(text):
        raise IngestError(source, "binary content or unknown text encoding")
    return text


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF)
    return bad / len(sample) < 0.02


def _read_txt(data: bytes, name: str, source: str) -> list[RawText]:
    return [RawText(name, source, "txt", decode(data, source))]


# ---------------------------------------------------------------- html

def _read_html(data: bytes, name: str, source: str) -> list[RawText]:
    html = decode(data, source)
    return [html_record(html, name, source)]


_BREADCRUMB = lazy(r"^[ \t]*(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：][^\n]{0,120}\n?", re.M)


def html_record(html: str, name: str, source: str) -> RawText:
    """The main text of a web page (trafilatura, with a plain-text fallback)."""
    import trafilatura

    hints: dict[str, Any] = {}
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False) or ""
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        for k in ("title", "date", "url", "sitename"):
            v = getattr(meta, k, None)
            if v:
                hints[k] = v
    if hints.get("date") and not _date_stated(html, str(hints["date"])):
        # the date extractor's guess from any year on a page that gives no date ("上一篇：2022年…" → 2022-01-01)
        del hints["date"]
    if not hints.get("date") and ("日期" in html or "时间" in html):
        # the page's own dated line, which the date extractor does not read in its Chinese form
        # ("发布日期：2017年02月14日", "<span>发布时间：</span><span>2017年2月14日</span>")
        d = _BYLINE_DATE.search(html)
        if d:
            hints["date"] = f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
    site = _site_name(html)
    if site and not hints.get("sitename"):
        hints["sitename"] = site
    flat = None  # the page's text between its tags, made once for both uses below
    if text.strip():
        flat = _flat_html_text(html)
        text = _restore_dropped(text, flat)
    if len(text.strip()) < MIN_CHARS:
        from lxml import html as lhtml

        try:
            tree = lhtml.fromstring(html)
            for bad in tree.xpath("//script|//style|//nav|//header|//footer"):
                bad.drop_tree()
            text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
        except Exception:  # lxml raises several types on broken markup
            text = ""
    if len(text.strip()) < MIN_CHARS:
        # markup too deep for a tree (libxml2 stops at 256 levels; pages nest 10,000 <div>s): read the
        # text between the tags without building one
        text = flat if flat is not None else _flat_html_text(html)
    # breadcrumbs ("当前位置：首页 > 政务公开 > …") are page chrome, not the article; a city's portal may
    # name the county there only ("… > 县区动态 > 平利县"): kept as a hint
    crumb = _BREADCRUMB.search(text) or _BREADCRUMB.search(flat or "")
    if crumb:
        hints["breadcrumb"] = crumb.group().strip()
    text = _BREADCRUMB.sub("", text)
    if hints.get("title") and hints["title"] not in text[:300] and not _OWN_TITLE.match(text):
        text = hints["title"] + "\n\n" + text
    return RawText(name, source, "html", text, hints)


# the report's own title, with its year, on the text's first line ("2023年叙州区政府工作报告"): the page's
# heading above it ("2024年叙州区政府工作报告（全文）", "【2024年两会】…", a page of the next year carrying it) is
# chrome, which would otherwise stand first and join it as one title
_OWN_TITLE = lazy(r"\s*[^\n]{0,30}?(?:19|20)\d{2}\s*年[^\n。，]{0,40}?(?:报告|公报|纲要|草案)[)）]?[ \t]*\n")


# a government site names itself in its head and its footer, which the article's text leaves out:
# <meta name="SiteName" content="固始县人民政府">, <title>2019年政府工作报告_固始县人民政府</title>,
# "主办：固始县人民政府办公室"
_SITE_META = lazy(r"<meta\s+(?:name|property)=[\"'](?:SiteName|sitename|og:site_name)[\"']\s+content=[\"']([^\"'<>]{2,40})[\"']", re.I)
_TITLE_TAG = lazy(r"<title[^>]*>([^<]{2,200})</title>", re.I)
# (a county's portal may call itself "中国·平利", "中国平利网": the short name is the site's)
_TITLE_SITE = lazy(r"[_|｜\-—－]\s*(?:([^_|｜\-—－]{2,30}?(?:人民政府|政府)(?:门户网站|网站|网)?)|中国\s*[·•・]?\s*([\u4e00-\u9fff]{2,4}?)(?:门户网站|网站|网)?)\s*$")
# the footer's host or owner, after a party office it may name first ("主办：中共平利县委 平利县人民政府",
# "版权所有：平利县人民政府办公室", "Copyright © 平利县人民政府")
_HOST = lazy(r"(?:主办(?:单位)?\s*[:：]|版权所有\s*[:：]?|[Cc]opyright\s*(?:©|\([Cc]\))?|©)\s*"
             r"(?:中共[\u4e00-\u9fff]{2,20}?委(?:办公室)?[\s、，,]+)?([\u4e00-\u9fff]{2,30}?(?:人民政府|政府))")


# (the label a government page dates itself by, then the date, tags or spaces between)
_BYLINE_DATE = lazy(r"(?:发布|发稿|更新|成文|公开)(?:时间|日期)\s*[:：]?(?:\s|&nbsp;|<[^<>]{0,80}>)*"
                    r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)")


def _date_stated(html: str, date: str) -> bool:
    """Whether the page states this date (2023-01-12 as 2023-01-12, 2023年1月12日, 2023/1/12, 20230112)."""
    m = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", date)
    if not m:
        return False
    y, mo, d = m.groups()
    return re.search(rf"(?<!\d){y}(?:\s*[-/.年]\s*0?{int(mo)}\s*[-/.月]\s*0?{int(d)}|{mo}{d})(?!\d)", html) is not None


def _site_name(html: str) -> str | None:
    """The name a government site gives itself (its meta tag, its title's suffix, its footer's host)."""
    m = _SITE_META.search(html)
    if m:
        return m.group(1).strip()
    t = _TITLE_TAG.search(html)
    if t:
        m = _TITLE_SITE.search(t.group(1).strip())
        if m:
            return m.group(1) or m.group(2)
    m = _HOST.search(html)
    return m.group(1) if m else None


_SPACES = lazy(r"\s+")


def _restore_dropped(text: str, flat_text: str) -> str:
    """Lines trafilatura dropped inside the article it found, put back.

    On some page layouts (a tool bar before the article) it keeps the body but drops a line that
    repeats an earlier one: a report's section heading after its table of contents ("一、2024年工作
    回顾"), which is what tells the review from the plan. The page's own text from the first to the
    last line trafilatura kept (``flat_text``, the text between the page's tags) is the article with
    nothing dropped; it is used when it holds every kept line in order and little else.
    """
    kept = [ln.strip() for ln in text.split("\n") if ln.strip()]
    flat = [ln.strip() for ln in flat_text.split("\n") if ln.strip()]
    if len(kept) < 2 or len(flat) < len(kept):
        return text
    # (lines compared without their spaces: trafilatura writes a run of them, "\u3000\u3000" in a byline, as one)
    kept_keys = [_SPACES.sub("", ln) for ln in kept]
    flat_keys = [_SPACES.sub("", ln) for ln in flat]
    try:
        i = flat_keys.index(kept_keys[0])
        j = len(flat_keys) - 1 - flat_keys[::-1].index(kept_keys[-1])
    except ValueError:
        return text
    region = flat[i:j + 1]
    k = 0
    for key in flat_keys[i:j + 1]:  # every kept line, in order
        if k < len(kept_keys) and key == kept_keys[k]:
            k += 1
    extra = sum(map(len, flat_keys[i:j + 1])) - sum(map(len, kept_keys))
    if k < len(kept) or extra <= 0 or extra > 0.05 * sum(map(len, kept)) + 200:
        return text
    return "\n".join(region)


@lru_cache(maxsize=1)
def _flat_text() -> type:
    """The HTML-to-text parser class, defined on first use: importing html.parser costs 6 ms of
    every start-up, and most reports are not HTML."""
    from html.parser import HTMLParser

    class _FlatText(HTMLParser):
        """Text between tags, in order, without a tree (any nesting depth, linear time)."""

        SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template"}
        BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in self.SKIP:
                self.skip += 1
            elif tag in self.BLOCK:
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in self.SKIP and self.skip:
                self.skip -= 1
            elif tag in self.BLOCK:
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    return _FlatText


def _flat_html_text(html: str) -> str:
    p = _flat_text()()
    p.feed(html)
    p.close()
    return re.sub(r"[ \t]*\n\s*", "\n", "".join(p.parts)).strip()


# ---------------------------------------------------------------- pdf

def _read_pdf(data: bytes, name: str, source: str) -> list[RawText]:
    import pypdfium2 as pdfium

    if not data.startswith(b"%PDF"):
        raise IngestError(source, "not a PDF (no %PDF header)")
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:
        raise IngestError(source, f"broken PDF ({exc})") from None
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            pages.append(tp.get_text_range())
            tp.close()
            page.close()
        title = _pdf_title(pdf)
    except Exception as exc:
        raise IngestError(source, f"broken PDF ({exc})") from None
    finally:
        pdf.close()
    text = "\n".join(p.replace("\r\n", "\n") for p in pages)
    if len(text.strip()) < MIN_CHARS:
        raise IngestError(source, f"PDF has no text layer ({len(pages)} pages; a scan needs OCR first)")
    hints = {"pages": len(pages)}
    if title:
        hints["title"] = title
    return [RawText(name, source, "pdf", text, hints)]


# the name a converter gives the document it printed ("Microsoft Word - 2022年政府工作报告（定稿）.docx")
_PDF_TITLE_NOISE = lazy(r"^\s*(?:Microsoft\s+(?:Word|PowerPoint)\s*-\s*|WPS\s*(?:文字)?\s*-\s*)|\.(?:docx?|wps|pdf)\s*$", re.I)


def _pdf_title(pdf) -> str | None:
    """The title in the PDF's document information, when it names the report in Chinese."""
    try:
        title = (pdf.get_metadata_value("Title") or "").strip()
    except Exception:  # a damaged information dictionary: no title, the text is still read
        return None
    title = _PDF_TITLE_NOISE.sub("", title).strip()
    return title if re.search("[\u4e00-\u9fff]", title) else None


# ---------------------------------------------------------------- docx

def _read_docx(data: bytes, name: str, source: str) -> list[RawText]:
    import docx

    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise IngestError(source, f"broken DOCX ({exc.__class__.__name__})") from None
    parts = list(_docx_lines(d.element.body, d))
    # the first section's page header and footer, which a PDF of the file prints on every page (平利县
    # 第十八届人民代表大会第二次会议文件, XX县人民政府办公室印发): once, above and below the text
    sec = d.sections[0] if len(d.sections) else None
    for where, hf in (((0, sec.first_page_header if sec.different_first_page_header_footer else sec.header),
                       (len(parts), sec.footer)) if sec is not None else ()):
        lines = [t for p in hf.paragraphs if (t := _docx_para(p._p).strip())]
        parts[where:where] = lines if lines and lines[0] not in (parts[:3] if where == 0 else parts[-3:]) else []
    hints = {}
    if d.core_properties.title:
        hints["title"] = d.core_properties.title
    return [RawText(name, source, "docx", "\n".join(parts), hints)]


# a paragraph's runs as Word shows them: those of a tracked insertion (w:ins), a content control (w:sdt), a
# field or a smart tag too, which python-docx's Paragraph.text leaves out; not a tracked deletion's or a
# move's source, nor a text box's (its own paragraphs, anchored in the run)
_DOCX_RUNS = ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent)]"


def _docx_para(p) -> str:
    return "".join(r.text for r in p.xpath(_DOCX_RUNS))


def _docx_lines(parent, d) -> Iterator[str]:
    """The lines of a body or a table cell: paragraphs and tables in the order they stand (a table of
    targets under its lead line), a block content control's inside. A table row's cells are split by
    tabs, a cell merged over several columns in each (a year over 完成 and 增速); a table that frames
    the text (one column, or a cell holding paragraphs of prose: a red-head document's layout) gives
    its cells' own lines, once each."""
    import docx.table

    for el in parent.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield _docx_para(el)
        elif tag == "sdt":
            for content in el.iterchildren("{*}sdtContent"):
                yield from _docx_lines(content, d)
        elif tag == "tbl":
            table = docx.table.Table(el, d)
            for row in table.rows:
                cells = row.cells
                texts = ["\n".join(_docx_para(p) for p in c._tc.iterchildren("{*}p")) for c in cells]
                if len(cells) == 1 or any(len(t) > 200 and t.count("\n") >= 2 for t in texts):
                    seen = set()
                    for c in cells:
                        if id(c._tc) not in seen:
                            seen.add(id(c._tc))
                            yield from _docx_lines(c._tc, d)
                else:
                    yield "\t".join(t.replace("\n", " ") for t in texts)


# ---------------------------------------------------------------- dumps

def _text_column(columns: list[str], source: str) -> str:
    low = {c.lower().strip(): c for c in columns if c}
    for cand in TEXT_COLUMNS:
        if cand in low:
            return low[cand]
    raise IngestError(source, f"no full-text column (looked for {', '.join(TEXT_COLUMNS)}; found {', '.join(columns)[:200]})")


def _dump_records(rows: list[tuple[int, dict[str, Any]]], name: str, source: str,
                  problems: list[IngestWarning]) -> Records:
    """Records from (line, row) pairs; rows without text are reported, not silently dropped."""
    if not rows:
        if problems:
            raise IngestError(source, f"no readable rows ({problems[0].reason}, line {problems[0].line})")
        raise IngestError(source, "no rows")
    columns: list[str] = []
    for _, row in rows:
        columns += [k for k in row if k not in columns]
    col = _text_column(columns, source)
    out = []
    for i, (line, row) in enumerate(rows, 1):
        text = row.get(col)
        if not isinstance(text, str) or len(text.strip()) < MIN_CHARS:
            problems.append(IngestWarning(source, f"no text in column '{col}'", line))
            continue
        hints = {k: v for k, v in row.items() if k != col and v not in (None, "")}
        rid = hints.get("id") or hints.get("doc") or i
        out.append(RawText(f"{name}#{rid}", f"{source}#{i}", "dump", text, hints))
    return Records(out, problems)


def _read_csv(data: bytes, name: str, source: str) -> Records:
    text = decode(data, source)
    csv.field_size_limit(MAX_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[IngestWarning] = []
    header: list[str] | None = None
    line = 1
    while True:
        start = line  # a quoted field may span lines: a row is reported at its first line
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # the rest of the file cannot be split into rows: keep what came before
            problems.append(IngestWarning(source, f"broken CSV, rest of file skipped ({exc})", reader.line_num))
            break
        line = reader.line_num + 1
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append(IngestWarning(
                source, f"{'short' if len(cells) < len(header) else 'long'} row: {len(cells)} fields, "
                        f"the header has {len(header)}", start))
            continue
        rows.append((start, dict(zip(header, cells))))
    if header is None:
        raise IngestError(source, "no rows")
    return _dump_records(rows, name, source, problems)


def _read_jsonl(data: bytes, name: str, source: str) -> Records:
    text = decode(data, source)
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[IngestWarning] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            problems.append(IngestWarning(source, f"not JSON ({msg})", n))
            continue
        if isinstance(obj, dict):
            rows.append((n, obj))
        else:
            problems.append(IngestWarning(source, f"a JSON {type(obj).__name__}, not an object", n))
    return _dump_records(rows, name, source, problems)


_READERS = {"txt": _read_txt, "html": _read_html, "pdf": _read_pdf, "docx": _read_docx,
            "csv": _read_csv, "jsonl": _read_jsonl}
