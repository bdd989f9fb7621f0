"""A made-up report of a city or county around one task-section sentence, for the pledge and project tests:
the sentence stands in the year's plan after a short review, and every quote is checked against the text."""
from __future__ import annotations

import planwatch

PLAN = "二、2024年工作安排\n（一）扩大有效投资\n"


def head(level: str = "市") -> str:
    return f"某某{level}政府工作报告\n——2024年1月10日在某某{level}第十届人民代表大会第三次会议上\n\n"


def task_doc(body: str, level: str = "市"):
    review = f"一、2023年工作回顾\n过去一年，全{level}地区生产总值增长5.2%。\n\n"
    doc = planwatch.read_text(head(level) + review + PLAN + body + "\n", "t.txt")
    for item in (*doc.pledges, *doc.projects):
        assert doc.text[item.start:item.end] == item.quote
    return doc


def pledges(body: str, level: str = "市") -> set[tuple[str, str, float, str]]:
    return {(p.action, p.object, p.value, p.unit) for p in task_doc(body, level).pledges}


def names(body: str, level: str = "市") -> set[str]:
    """The names of the projects of the year's plan."""
    return {j.name for j in task_doc(body, level).projects if j.part == "plan"}


def pledge_values(text: str, year: int) -> list[tuple]:
    """The (value, unit) of every pledge of a whole report TEXT of YEAR, sorted; every quote checked."""
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": year})
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return sorted((p.value, p.unit) for p in doc.pledges)


def report(level: str, year: int, body: str, title: str | None = None) -> str:
    """A whole report of a county or city: its title, the congress line, the opening, then ``body``."""
    t = title or f"某某{level}人民政府工作报告"
    return (f"{t}\n——{year}年1月12日在某某{level}第十届人民代表大会第三次会议上\n\n各位代表：\n"
            f"现在，我代表{level}人民政府向大会报告工作，请予审议。\n\n" + body)


def read(text: str):
    """The document read from ``text``, every quote checked against it."""
    doc = planwatch.read_text(text, "t.txt")
    for item in (*doc.facts, *doc.pledges, *doc.projects):
        assert text[item.start:item.end] == item.quote
    return doc


def role_at(doc, needle: str) -> str | None:
    """The role of the deepest section holding the first ``needle``."""
    pos = doc.text.find(needle)
    best = None
    for s in doc.sections:
        if s.start <= pos < s.end and (best is None or s.depth >= best.depth):
            best = s
    return best.role if best else None


def text_pledges(text: str) -> set[tuple[str, float, str]]:
    """The (object, value, unit) of every pledge of a whole report's text, every quote checked against it."""
    doc = planwatch.read_text(text, "t.txt")
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


def meta(text: str):
    """The metadata planwatch reads from TEXT alone."""
    return planwatch.read_text(text, "t.txt").meta


def delivered_report(title: str, who: str, year: int, lead: str = "") -> str:
    """A short report under TITLE delivered by WHO (its review of year - 1, its targets for year), LEAD before
    the review's first sentence."""
    return (f"{title}\n\n各位代表：\n　　现在，我代表{who}向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"　　{lead}过去一年，全{who[0]}实现地区生产总值286.5亿元，增长7.2%。\n二、{year}年主要目标\n　　地区生产总值增长7%左右。\n")


def year_pledges(text: str, year: int):
    """The pledges of a whole made-up report read with its year set, each quote and value checked."""
    doc = planwatch.read_text(text, "t.txt", overrides=dict(report_year=year))
    for p in doc.pledges:  # provenance, always
        assert text[p.start:p.end] == p.quote and p.value > 0
    return doc.pledges


def keys(ps):
    """(object, value, unit) of each pledge."""
    return {(p.object, p.value, p.unit) for p in ps}


def by_key(ps):
    return {(p.object, p.value, p.unit): p for p in ps}
