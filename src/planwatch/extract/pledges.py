"""Pledges: quantified commitments in a report's plan part (not yet implemented: see issue 4)."""
from __future__ import annotations

from ..model import Metadata, Pledge
from ..normalize import Normalized
from ..structure import Outline


def extract_pledges(norm: Normalized, outline: Outline, meta: Metadata) -> list[Pledge]:
    return []
