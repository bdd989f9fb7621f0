"""Extraction: indicator facts, pledges and projects, each grounded to a span of the text as read."""
from __future__ import annotations

from dataclasses import dataclass, field

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
    an = Analysis(norm, outline, meta)  # found once, read by every extractor
    return Result(
        facts=_facts.extract_facts(norm, outline, meta, an),
        pledges=_pledges.extract_pledges(norm, outline, meta, an),
        projects=_projects.extract_projects(norm, outline, meta, an),
    )
