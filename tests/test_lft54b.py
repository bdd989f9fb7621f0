"""What earlier rounds left, one class at a time, blind (lft54b, decision 432): a name's rate set by 按照 and a verb of
setting after it in a review ("居民消费价格涨幅按照3%左右安排，全年实际上涨0.6%": last year's target, its result after); a
title of the year's targets before a lone second part ("2025年主要目标" or "目标2025", then "二、2025年重点工作"): the
year's plan, its allocation pledged; a principle leading an allocation in a targets part's paragraph with no lead turning
the list to the year ("…2%左右。按照“…”的原则，安排…5亿元"). With look-alikes that must not change. The sentences are
written for these tests, not copied from the set."""
from factkeys import key_values, pledged, read


def _doc(text: str, name: str, **meta) -> tuple[dict, set]:
    d = read(text, name, **meta)
    return key_values(d), pledged(d)


# --- (a) a review's rate set by 按照 after its name ---

_REVIEW = "庆阳市2025年政府工作报告（摘要）\n\n2024年，全市地区生产总值增长6.1%。{s}\n\n二、2025年重点工作\n\n新建高标准农田12万亩。\n"


def _review(sentence: str) -> dict:
    return _doc(_REVIEW.format(s=sentence), "庆阳市.txt", region="庆阳市", level="prefecture", report_year=2025)[0]


def test_review_rate_set_by_anzhao_is_last_years_target_and_its_result_follows():
    # "…按照3%左右安排，全年实际上涨0.6%": 2024's target (about 3%), then 2024's result (0.6%), not a result of 3%
    kv = _review("居民消费价格涨幅按照3%左右安排，全年实际上涨0.6%。")
    assert kv.get(("cpi", "target", "2024", "growth")) == (3, "about")
    assert kv.get(("cpi", "actual", "2024", "growth")) == (0.6, "eq")


def test_review_rate_set_with_its_change_word_and_no_result():
    # "全年按照上涨3%左右安排。" alone in the review: last year's target restated, no result
    kv = _review("居民消费价格涨幅全年按照上涨3%左右安排。")
    assert kv.get(("cpi", "target", "2024", "growth")) == (3, "about")
    assert ("cpi", "actual", "2024", "growth") not in kv


def test_review_rate_set_by_an_with_another_verb():
    # 按 and 确定 (cues.tsv arranged_verbs): the same
    kv = _review("固定资产投资年初按增长8%确定，实际增长5.2%。")
    assert kv.get(("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2024", "growth")) == (5.2, "eq")


def test_review_result_counted_by_anzhao_stays_a_result():
    # look-alike: "按照可比价格计算增长6.4%" (no verb of setting after the rate): the result, as before
    kv = _review("规模以上工业增加值按照可比价格计算增长6.4%。")
    assert kv.get(("industrial_va", "actual", "2024", "growth")) == (6.4, "eq")
    assert ("industrial_va", "target", "2024", "growth") not in kv


def test_plan_rate_set_by_anzhao_stays_this_years_target():
    # look-alike: in the year's targets the same wording is the year's target (read so before)
    kv, _ = _doc("庆阳市2025年政府工作报告（摘要）\n\n2024年，全市地区生产总值增长6.1%。\n\n二、2025年主要目标和重点工作\n\n"
                 "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅全年按照上涨2%左右安排。\n",
                 "庆阳市.txt", region="庆阳市", level="prefecture", report_year=2025)
    assert kv.get(("cpi", "target", "2025", "growth")) == (2, "about")
    assert ("cpi", "target", "2024", "growth") not in kv


# --- (b) a title of the year's targets before a lone second part ---

_LONE = ("白银市2025年政府工作报告（摘要）\n\n2024年，全市地区生产总值增长5.8%，一般公共预算收入完成42.6亿元。\n\n{title}\n\n"
         "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。"
         "按照“保基本、兜底线”的原则，安排市级乡村振兴补助资金6亿元。\n\n二、2025年重点工作\n\n新建高标准农田15万亩。\n")


def _lone(title: str) -> tuple[dict, set]:
    return _doc(_LONE.format(title=title), "白银市.txt", region="白银市", level="prefecture", report_year=2025)


def test_year_targets_title_before_a_lone_second_part_is_the_plan():
    # "2025年主要目标" then "二、2025年重点工作": the allocation under the title is the year's (it was read as the review's)
    kv, got = _lone("2025年主要目标")
    assert ("市级乡村振兴补助资金", 6, "亿元") in got
    assert kv.get(("gdp", "target", "2025", "growth")) == (6, "about")
    assert kv.get(("gdp", "actual", "2024", "growth")) == (5.8, "eq")


def test_year_after_targets_title_before_a_lone_second_part_is_the_plan():
    # "目标2025" (decision 428's title with its year after) the same
    kv, got = _lone("目标2025")
    assert ("市级乡村振兴补助资金", 6, "亿元") in got
    assert kv.get(("general_budget_revenue", "actual", "2024", "level")) == (42.6, "eq")


def test_review_title_before_a_lone_second_part_stays_the_review():
    # look-alike: "2024年工作回顾" before "二、…": the review; its allocation last year's, no pledge
    _, got = _doc("白银市2025年政府工作报告（摘要）\n\n2024年工作回顾\n\n2024年，全市地区生产总值增长5.8%。"
                  "按照“保基本、兜底线”的原则，安排市级乡村振兴补助资金5亿元。\n\n二、2025年重点工作\n\n新建高标准农田15万亩。\n",
                  "白银市.txt", region="白银市", level="prefecture", report_year=2025)
    assert ("市级乡村振兴补助资金", 5, "亿元") not in got
    assert ("高标准农田", 15, "万亩") in got


# --- (d) a principle leading an allocation in a targets part's paragraph, no lead turning the list ---

_PLAN = ("关于襄阳市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n2025年国民经济和社会发展计划执行情况\n\n"
         "2025年，全市地区生产总值增长6.2%。{review}\n\n二、2026年国民经济和社会发展的主要目标\n\n{targets}\n\n"
         "三、2026年重点任务\n\n新建5G基站900个。\n")


def _plan(targets: str, review: str = "") -> set:
    return _doc(_PLAN.format(targets=targets, review=review), "襄阳市.txt", region="襄阳市", level="prefecture",
                report_year=2026, doc_type="plan_report")[1]


def test_principle_lead_allocation_in_the_targets_paragraph():
    # "…2%左右。按照“…”的原则，安排…5亿元，统筹安排…1.2亿元。" (no "今年…目标是：" lead): both allocations pledged
    got = _plan("按照增长6%左右安排全市地区生产总值预期目标，居民消费价格涨幅2%左右。按照“项目跟着规划走”的原则，"
                "安排市级预算内基本建设投资5亿元，统筹安排市级科技创新专项资金1.2亿元。")
    assert ("市级预算内基本建设投资", 5, "亿元") in got
    assert ("市级科技创新专项资金", 1.2, "亿元") in got


def test_principle_lead_allocation_after_names_first():
    # the list written names first with its target word, 坚持…要求 as the lead: the same
    got = _plan("全市地区生产总值预期目标为增长6%左右，城镇调查失业率控制在5.5%以内。坚持“尽力而为、量力而行”的要求，安排市级民生实事资金8亿元。")
    assert ("市级民生实事资金", 8, "亿元") in got


def test_principle_with_no_comma_in_the_targets_paragraph_pledges_nothing():
    # look-alike: "按照“应保尽保”的原则做好…" (no comma, no figure of its own): the list's paragraph, no pledge
    got = _plan("全市地区生产总值增长6%左右。按照“应保尽保”的原则做好困难群众基本生活保障，城乡居民人均可支配收入增长6%。")
    assert got == {("5G基站", 900, "个")}


def test_principle_led_allocation_in_the_review_is_no_pledge():
    # look-alike: last year's allocation under the execution's title: no pledge
    got = _plan("全市地区生产总值增长6%左右。", review="按照“资金跟着项目走”的原则，安排市级预算内基本建设投资4.5亿元。")
    assert ("市级预算内基本建设投资", 4.5, "亿元") not in got
