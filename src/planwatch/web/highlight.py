"""Server-side highlighting: the text as read, cut at every span boundary, with <mark> pieces.

Everything from the document is untrusted: each piece of text goes through :func:`markupsafe.escape`
and only the tags built here are emitted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from ..model import Document

ROLES = ("actual", "target", "goal", "pledge", "project")


@dataclass
class Item:
    key: str  # f3 / p0 / j2: unique in the page, used in element ids
    kind: str  # fact | pledge | project
    role: str  # actual | target | goal | pledge | project (the colour)
    label: str
    detail: str
    quote: str
    section: str
    start: int
    end: int
    extra: dict[str, Any] = field(default_factory=dict)


def _num(v: float | None) -> str:
    if v is None or v != v:
        return ""
    return f"{v:g}"


def _value(value, high, unit, qualifier) -> str:
    v = _num(value)
    if high is not None and high == high:
        v = f"{v}–{_num(high)}"
    q = {"eq": "", "about": "≈", "at_least": "≥", "above": ">", "at_most": "≤", "below": "<"}.get(qualifier or "", "")
    if not v:
        return qualifier or ""
    return f"{q}{v}{unit or ''}"


def items_of(doc: Document, names: dict[str, str] | None = None) -> list[Item]:
    names = names or {}
    out: list[Item] = []
    for i, f in enumerate(doc.facts):
        role = f.role if f.role in ("actual", "target", "goal") else "target"
        out.append(Item(f"f{i}", "fact", role, names.get(f.indicator, f.indicator),
                        f"{f.role} {f.period or '(period unknown)'} {f.measure} "
                        f"{_value(f.value, f.value_high, f.unit, f.qualifier)}".strip()
                        + (f" — {f.note}" if f.note else ""),
                        f.quote, f.section or "", f.start, f.end,
                        {"indicator": f.indicator}))
    for i, p in enumerate(doc.pledges):
        out.append(Item(f"p{i}", "pledge", "pledge", f"{p.action}{p.object}",
                        f"{p.period or ''} {_value(p.value, p.value_high, p.unit, p.qualifier)} {p.category or ''}".strip(),
                        p.quote, p.section or "", p.start, p.end))
    for i, p in enumerate(doc.projects):
        out.append(Item(f"j{i}", "project", "project", p.name,
                        " ".join(x for x in (p.kind, p.status, p.year, p.part) if x),
                        p.quote, p.section or "", p.start, p.end))
    return out


def render(text: str, items: list[Item]) -> Markup:
    """The text with every item's span marked; overlapping spans are split into pieces.

    A piece covered by several spans lists all of them in ``data-items`` and takes the colour of the
    shortest (innermost) one. The first piece of each span carries ``id="hl-<key>"``.
    """
    n = len(text)
    spans = []
    for it in items:
        s, e = max(0, min(n, int(it.start))), max(0, min(n, int(it.end)))
        if e > s:
            spans.append((s, e, it))
    bounds = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    # sweep: spans sorted by start; active set updated at each boundary
    spans.sort(key=lambda x: (x[0], -x[1]))
    out: list[str] = []
    active: list[tuple[int, int, Item]] = []
    j = 0
    started: set[str] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = [x for x in active if x[1] > a]
        while j < len(spans) and spans[j][0] <= a:
            if spans[j][1] > a:
                active.append(spans[j])
            j += 1
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        inner = min(active, key=lambda x: (x[1] - x[0], x[0]))[2]
        keys = " ".join(x[2].key for x in sorted(active, key=lambda x: (x[1] - x[0])))
        first = next((x[2].key for x in active if x[0] == a and x[2].key not in started), None)
        id_attr = ""
        if first is not None:
            started.add(first)
            id_attr = f' id="hl-{first}"'
        extra_ids = [x[2].key for x in active if x[0] == a and x[2].key not in started]
        # a second span starting at the same offset gets an empty anchor so its id exists too
        anchors = "".join(f'<span class="anchor" id="hl-{k}"></span>' for k in extra_ids)
        started.update(extra_ids)
        multi = " multi" if len(active) > 1 else ""
        out.append(f'{anchors}<mark{id_attr} class="hl r-{inner.role}{multi}" data-items="{escape(keys)}" '
                   f'title="{escape(inner.label)}">{piece}</mark>')
    return Markup("".join(out))


def by_section(items: list[Item]) -> list[tuple[str, list[Item]]]:
    groups: dict[str, list[Item]] = {}
    for it in sorted(items, key=lambda x: (x.start, x.end)):
        groups.setdefault(it.section or "(no section)", []).append(it)
    return list(groups.items())
