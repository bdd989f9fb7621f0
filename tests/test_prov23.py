"""Helper prov23: whole provincial work reports of 2017–2024 (西藏 2021, 宁夏 2019, 海南 2023, 天津 2018) read
blind; the classes their errors fell into."""
from __future__ import annotations

import pytest

from factkeys import facts, val, read, pledged  # tests/factkeys.py

REVIEW_2020 = "一、2020年和“十三五”时期工作回顾\n"


# a 共计/累计 total of another figure, in a sentence the one year opens ("一年来，"), sums within that year: the
# figures after it are the year's, not totals over the plan the part's title names
@pytest.mark.parametrize("sent,iid,value", [
    ("一年来，我们出台政策措施36条，减免企业社保费、房租和各类费用共计42亿元，新增贷款投放680亿元。", "new_loans", 680),
    ("一年来，累计减免企业各类费用42亿元，新增贷款投放680亿元。", "new_loans", 680),
    ("一年来，减免企业各类费用共计42亿元，城镇新增就业5.1万人。", "urban_new_jobs", 5.1),
])
def test_a_sum_of_another_figure_in_the_years_sentence_is_that_years(sent, iid, value):
    fs = facts(REVIEW_2020 + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2020", "level"))[0] == value
    assert not any(k[0] == iid and k[2] == "2016-2020" for k in fs)


# look-alikes: the five years named in the sentence, or a 累计 of the figure itself over the five years reviewed
@pytest.mark.parametrize("sent,iid,value", [
    ("五年来，累计减免企业各类费用420亿元，新增贷款投放3680亿元。", "new_loans", 3680),
    ("五年来，城镇新增就业累计24.2万人。", "urban_new_jobs", 24.2),
])
def test_a_sum_in_the_five_years_sentence_stays_theirs(sent, iid, value):
    fs = facts(REVIEW_2020 + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2016-2020", "level"))[0] == value
