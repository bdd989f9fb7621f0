"""Indicator facts (placeholder while the rules are written)."""
from __future__ import annotations


def extract_facts(norm, outline, meta):
    return []
