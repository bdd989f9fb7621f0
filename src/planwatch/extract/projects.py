"""Named projects, parks and programmes with their status (not yet implemented: see issue 4)."""
from __future__ import annotations

from ..model import Metadata, Project
from ..normalize import Normalized
from ..structure import Outline


def extract_projects(norm: Normalized, outline: Outline, meta: Metadata) -> list[Project]:
    return []
