"""Adversarial review of branch leftf5's rules (branch review24): look-alikes where a rule must not fire — a
target met stated with 今年 in the review of a plan report drafted late in the year (no revision: the year
reviewed's target, not the report year's), …; with the shapes the rules are for kept."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def late_plan(review: str) -> str:
    """A plan report with no date, its review of 2023 calling that year 今年 (drafted in December)."""
    return ("关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
            f"{review}\n二、2024年计划草案\n2024年主要预期目标：地区生产总值增长5%左右。\n")


# a target of the year reviewed restated in its review ("好于年初预期的5%") is that year's, with 今年 before it:
# only a revision's figure (调整为) outside a review is the report year's own
@pytest.mark.parametrize("review,key,v", [
    ("今年全市地区生产总值预计增长5.5%，好于年初预期的5%。", ("gdp", "target", "2023", "growth"), (5, "eq")),
    ("今年，全市规模以上工业增加值预计增长7.2%，高于预期的6.5%。", ("industrial_va", "target", "2023", "growth"), (6.5, "at_least")),
    ("今年全市固定资产投资预计增长8%，好于预期的6%。", ("fixed_asset_investment", "target", "2023", "growth"), (6, "eq")),
])
def test_this_year_in_a_review_not_the_report_year(review, key, v):
    fs = facts(late_plan(review), report_year=2024)
    assert val(fs, key) == v
    assert fs.get((key[0], "target", "2024", key[3]), None) is None or fs[(key[0], "target", "2024", key[3])].value != v[0]
