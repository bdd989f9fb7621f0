"""Analyses over a stored corpus: target scorecards, cross-region comparisons and panels."""
from .compare import compare
from .followthrough import followthrough
from .panel import panel, stata_names, write_panel
from .scorecard import scorecard, verdict

__all__ = ["compare", "followthrough", "panel", "scorecard", "stata_names", "verdict", "write_panel"]
