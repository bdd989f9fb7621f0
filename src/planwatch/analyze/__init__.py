"""Analyses over a stored corpus: target scorecards, cross-region comparisons, escalation and panels."""
from .compare import compare
from .escalation import Escalation, escalation
from .followthrough import followthrough
from .panel import panel, stata_names, write_panel
from .scorecard import scorecard, verdict

__all__ = ["Escalation", "compare", "escalation", "followthrough", "panel", "scorecard", "stata_names", "verdict", "write_panel"]
