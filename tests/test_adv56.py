"""An adversarial review of decisions 445, 446, 447 and 450 (adv56, decision 452). Two classes broke:
- a sentence the country opens whose later clause turns to the page's own division ("China's economy grew 6.7 percent in
  2016, and Sichuan's GDP grew 7.7 percent…" on 四川省's page): the clause is the page's (facts._en_national_sentence);
- last year's result framed as the base of the year's work by 继…之后 ("继2018年12.3万人全部脱贫之后，确保剩余6.2万人全部
  脱贫"): a result, no pledge, as "在…的基础上" was (pledges._past_base_re, cues past_base_opens/past_base_closes).
Look-alikes keep what they gave: the country's own clause, another province's clause, the year's 全部脱贫, this year's
建成 after last year's. The sentences are written for these tests, not copied from the set."""
import sys
from pathlib import Path

import pytest

from factkeys import key_values, read

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_lft55 import _keys  # noqa: E402  (a county's 2019 report around the tasks sentence)

_SICHUAN = ("Sichuan sets its 2017 targets\nchinadaily.com.cn | 2017-01-20\n\nCHENGDU - Sichuan province aims for "
            "economic growth of around 7.5 percent in 2017, according to the provincial government work report "
            "delivered on Thursday.\n")


def _kv(sentence: str):
    return key_values(read(_SICHUAN + sentence + "\n", "四川省.txt"))


# --- 1. the country opens the sentence, the page's division takes a later clause (failed on the base: none) ---

@pytest.mark.parametrize("sentence, key, want", [
    ("China's economy grew 6.7 percent in 2016, and Sichuan's GDP grew 7.7 percent over the same period.",
     ("gdp", "actual", "2016", "growth"), (7.7, "eq")),
    ("China's economy grew 6.7 percent last year, while Sichuan's GDP grew 7.7 percent to 3.27 trillion yuan.",
     ("gdp", "actual", "2016", "level"), (3.27, "eq")),
    ("The country aims to keep consumer prices generally stable, and the province's consumer prices will rise "
     "around 3 percent this year.", ("cpi", "target", "2017", "growth"), (3, "about")),
])
def test_the_page_s_clause_in_a_sentence_the_country_opens(sentence, key, want):
    assert _kv(sentence).get(key) == want


# look-alikes (passing on both): the country's clause alone, another province's clause after the country's
def test_the_country_s_figure_stays_the_country_s():
    kv = _kv("China's economy grew 6.7 percent in 2016, and its consumer prices rose 2 percent.")
    assert not any(k[0] in ("gdp", "cpi") and k[1] == "actual" for k in kv)


def test_another_province_after_the_country_is_no_fact_of_the_page():
    kv = _kv("China's economy grew 6.7 percent in 2016, and Guizhou's GDP grew 10.5 percent.")
    assert ("gdp", "actual", "2016", "growth") not in kv


# --- 2. last year's result as the base of the year's work, 继…之后 (failed on the base: a pledge of it) ---

@pytest.mark.parametrize("body", [
    "继2018年12.3万人全部脱贫之后，确保剩余1.6万户6.2万人全部脱贫。",
    "继2018年12.3万人脱贫之后，确保剩余6.2万人脱贫。",
    "继去年1230人全部脱贫之后，确保剩余6.2万人全部脱贫。",
])
def test_last_year_s_result_after_ji_is_no_pledge(body):
    keys = _keys(body)
    assert {k[2] for k in keys} == {6.2}, keys
    assert ("脱贫", "脱贫", 6.2, "万人", "2019") in keys


# look-alikes (passing on both): the base by 在…基础上, last year's 建成 then this year's, the year's own 全部脱贫
@pytest.mark.parametrize("body, want", [
    ("在2018年1.2万人全部脱贫的基础上，确保剩余6200人全部脱贫。", {("脱贫", "脱贫", 6200, "人", "2019")}),
    ("2018年建成农村公路1260公里，今年建成农村公路800公里。", {("建成", "农村公路", 800, "公里", "2019")}),
    ("确保剩余1600户6200人全部脱贫，205个贫困村全部退出。",
     {("脱贫", "脱贫", 6200, "人", "2019"), ("退出", "贫困村", 205, "个", "2019")}),
])
def test_look_alikes_keep_their_pledges(body, want):
    assert _keys(body) == want


# --- the round's three texts: metadata and the facts the classes reach ---

_SET = Path(__file__).resolve().parent.parent / "benchmarks" / "blind" / "adv56" / "texts"


def test_the_round_s_pages():
    d = read((_SET / "adv56_03_四川省.txt").read_text(encoding="utf-8"), "adv56_03_四川省.txt")
    assert (d.meta.region, d.meta.report_year, d.meta.doc_type) == ("四川省", 2017, "government_work_report")
    assert key_values(d).get(("gdp", "actual", "2016", "growth")) == (7.7, "eq")
    d = read((_SET / "adv56_01_定西市.txt").read_text(encoding="utf-8"), "adv56_01_定西市.txt")
    assert {p.value for p in d.pledges if p.action == "脱贫"} == {6.2}
