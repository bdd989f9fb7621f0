"""Extraction: indicator facts, pledges and projects, each grounded to a span of the text as read."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..metadata import others_report, policy_address
from ..model import Fact, Metadata, Pledge, Project
from ..normalize import Normalized
from ..structure import Outline
from .analysis import Analysis
from . import facts as _facts
from . import pledges as _pledges
from . import projects as _projects


@dataclass
class Result:
    facts: list[Fact] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)


def extract(norm: Normalized, outline: Outline, meta: Metadata) -> Result:
    if policy_address(meta):
        # (a chief executive's policy address, or a page of a region that delivers no report of the mainland's kinds:
        # 本地生产总值 and 失业率 are no indicators of the taxonomy, its plans no report's pledges)
        return Result(facts=[], pledges=[], projects=[])
    an = Analysis(norm, outline, meta)  # found once, read by every extractor
    # (another body's report, a court's, a procuratorate's, a standing committee's or a political consultative
    # conference's: the region's figures it restates are facts, its own plans no government's pledges or projects)
    others = others_report(meta)
    return Result(
        facts=_facts.extract_facts(norm, outline, meta, an),
        pledges=[] if others else _pledges.extract_pledges(norm, outline, meta, an),
        projects=[] if others else _projects.extract_projects(norm, outline, meta, an),
    )
