"""The records that flow through planwatch: documents, sections, facts, pledges, projects."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

META_FIELDS = ("region", "region_code", "level", "parent", "province", "doc_type", "report_year",
               "meeting_date", "speaker", "title")


def _as_dict(item: Any) -> dict[str, Any]:
    """dataclasses.asdict for a flat record (its fields hold plain values): the same dict, without
    asdict's recursive deep copy, which cost more than storing the record."""
    names = _FIELD_NAMES.get(type(item))
    if names is None:
        names = _FIELD_NAMES[type(item)] = tuple(f.name for f in fields(item))
    return {n: getattr(item, n) for n in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass
class Evidence:
    """Why a metadata field has its value: where it was found and the words that decided it."""

    value: Any
    source: str  # title | byline | body | filename | hint | override | derived
    quote: str = ""
    start: int | None = None
    end: int | None = None
    note: str | None = None  # set when the value is inferred rather than stated: how it was inferred


@dataclass
class Metadata:
    region: str | None = None
    region_code: str | None = None
    level: str | None = None
    parent: str | None = None
    province: str | None = None
    doc_type: str | None = None
    report_year: int | None = None
    meeting_date: str | None = None
    speaker: str | None = None
    title: str | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)
    zone: str | None = None  # a zone's own report (成都高新区, 苏州工业园区): the zone, the region left empty
    # a page on several regions' figures ("广东提出…，江苏提出…"): the regions it names alike, the region left empty
    several: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in META_FIELDS}

    @property
    def inferred(self) -> dict[str, str]:
        """The fields that were inferred rather than stated, with how: {"report_year": "reviewed year 2020 + 1"}."""
        return {k: e.note for k, e in self.evidence.items() if e.note}


@dataclass(slots=True)
class Section:
    id: int
    parent: int | None
    depth: int
    number: str
    title: str
    role: str  # review | requirements | targets | tasks | closing | other
    start: int  # offsets into the text as read
    end: int
    path: str  # "一、2021年…执行情况 > （一）…"

    def as_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Fact:
    indicator: str
    role: str
    period: str
    measure: str
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str
    scope: str | None
    quote: str
    start: int
    end: int
    section: str = ""
    confidence: float = 0.9
    note: str | None = None  # why the fact is less sure than its confidence says ("report year not found")

    def as_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Pledge:
    action: str
    object: str
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str
    period: str
    quote: str
    start: int
    end: int
    object_norm: str | None = None
    category: str | None = None
    section: str = ""

    def as_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Project:
    name: str
    kind: str  # 项目, 产业园, 工程, 基地, 中心…
    status: str | None  # 谋划, 开工, 建成, 投产, 竣工, 投用…
    year: str | None
    part: str  # review | plan
    quote: str
    start: int
    end: int
    section: str = ""

    def as_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass
class Document:
    """One report: its text as read, metadata, structure and everything extracted from it."""

    id: str
    name: str
    source: str
    format: str
    text: str  # the text as read: decoded, nothing else changed
    meta: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    hints: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        # short on purpose: the text (often 30 KB) and the item lists would flood a console
        m = self.meta
        return (f"<Document {self.id} {self.name!r}: {m.region or '?'} {m.report_year or '?'} {m.doc_type or '?'}, "
                f"{len(self.text)} chars, {len(self.facts)} facts, {len(self.pledges)} pledges, "
                f"{len(self.projects)} projects>")

    def document_line(self) -> dict[str, Any]:
        return {"kind": "document", "doc": self.name, **self.meta.as_dict(), "inferred": self.meta.inferred}

    def lines(self) -> list[dict[str, Any]]:
        """The interchange format of spec/facts.md: a document line, then facts, pledges, projects."""
        out = [self.document_line()]
        # a fact's note goes out only where there is one: most facts have none
        out += [{"kind": "fact", "doc": self.name, **{k: v for k, v in f.as_dict().items() if k != "note" or v}}
                for f in self.facts]
        out += [{"kind": "pledge", "doc": self.name, **p.as_dict()} for p in self.pledges]
        # a project's own kind (项目, 产业园…) goes out as project_kind: "kind" names the line's type
        out += [{"kind": "project", "doc": self.name,
                 **{("project_kind" if k == "kind" else k): v for k, v in p.as_dict().items()}}
                for p in self.projects]
        return out
