"""Tests of the work of facts._role_period kept per document (a speed change): a short window where no cue
can begin is answered without a scan, the walk of a list's items back to its lead is kept line by line, and
the review cue of a sentence is kept; each with the same answers as the scan or walk done afresh."""
import planwatch
from planwatch.extract import facts

SENTENCES = (
    "2024年主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业5万人以上。",
    "过去五年，全市地区生产总值年均增长6.8%，2021年达到312亿元；城镇化率提高8.5个百分点。",
    "去年全县规模以上工业增加值预计增长7.2%，完成年初确定的目标任务，今年力争增长8%以上。",
    "“十四五”时期，全省经济年均增长5.5%左右，到2025年人均生产总值达到13万元；研发经费投入强度达到3.2%。",
    "一般公共预算收入完成95亿元，高于6%左右的预期目标，执行情况好于预期；已经达到2019年的水平。",
    "2018年，地区生产总值增长8.6%，“十三五”以来年均增长8.9%。今年将确保增长6.5%，报告提出：新增就业2万人。",
)


def test_a_short_window_answers_as_its_scan():
    for text in SENTENCES:
        for strength in ("strong", "local", "weak"):
            for start in range(len(text)):
                for end in range(start, min(len(text), start + facts._SHORT_WINDOW + 2) + 1):
                    facts._CUE_CACHE.clear()
                    got = facts._cues(text, start, end, 2024, strength)
                    facts._CUE_CACHE.clear()
                    assert got == facts._scan_cues(text, start, end, 2024, strength), (text[start:end], strength)


def test_a_window_with_a_cue_is_still_scanned():
    text = "地区生产总值去年增长9.8%，今年预计增长6%。"
    facts._CUE_CACHE.clear()
    assert [c[1] for c in sorted(facts._cues(text, 0, text.index("增长6"), 2024))] == ["actual", "target", "actual"]
    facts._CUE_CACHE.clear()
    assert facts._cues(text, 0, 6, 2024) == []  # (the name alone: no cue)


LIST = ("二、2024年工作安排\n"
        "2024年全市经济社会发展的主要预期目标是：\n"
        "1.地区生产总值增长6%左右。\n"
        "2.一般公共预算收入增长5%。\n"
        "3.城镇新增就业5万人以上。\n"
        "4.居民消费价格涨幅3%左右。\n")


def _leads(text, order):
    out = {}
    facts._CUE_CACHE.clear()
    for ps in order:
        out[ps] = facts._list_lead(text, ps, 2024)
    return out


def test_the_walk_to_a_lead_answers_the_same_in_any_order():
    items = [i + 1 for i, c in enumerate(LIST) if c == "\n" and i + 1 < len(LIST)]
    fresh = {}
    for ps in items:
        facts._CUE_CACHE.clear()
        fresh[ps] = facts._list_lead(LIST, ps, 2024)
    assert _leads(LIST, items) == fresh
    assert _leads(LIST, items[::-1]) == fresh
    assert all(fresh[ps] is not None and fresh[ps][1] == "target" for ps in items[2:])


def test_items_of_a_list_take_their_lead_in_a_report():
    got = {(f.indicator, f.role, f.period, f.measure, f.value)
           for f in planwatch.read_text("XX市政府工作报告\n" + LIST, "x.txt", {"report_year": 2024}).facts}
    assert ("gdp", "target", "2024", "growth", 6.0) in got
    assert ("general_budget_revenue", "target", "2024", "growth", 5.0) in got


def test_a_heading_ends_the_walk():
    text = "主要预期目标是：\n一、2023年工作回顾\n地区生产总值增长5%。\n"
    ps = text.index("地区")
    facts._CUE_CACHE.clear()
    assert facts._list_lead(text, ps, 2024) is None


def test_bullets_under_a_paragraph_take_its_cue_each_time():
    text = ("今后五年，全市经济社会发展的主要目标是\n"
            "——经济实力显著增强，地区生产总值年均增长6%左右。\n"
            "——创新能力明显提升，研发经费投入强度达到3%。\n")
    items = [text.index("——"), text.rindex("——")]
    fresh = {}
    for ps in items:
        facts._CUE_CACHE.clear()
        fresh[ps] = facts._list_lead(text, ps, 2024)
    assert _leads(text, items[::-1]) == fresh
    assert fresh[items[1]] is not None and fresh[items[1]][1] == "goal"


def test_review_cue_kept_answers_as_afresh():
    text = ("过去五年，全县地区生产总值年均增长7%。一般公共预算收入年均增长5%。\n"
            "2023年，城镇居民人均可支配收入增长6%。农村居民人均可支配收入增长8%。\n")
    stops = [i + 1 for i, c in enumerate(text) if c in "。\n"]
    for ps in (0, text.index("2023")):
        for pos in stops:
            if pos <= ps:
                continue
            facts._CUE_CACHE.clear()
            first = facts._review_cue(text, ps, pos, 2024)
            assert facts._review_cue(text, ps, pos, 2024) == first
            facts._CUE_CACHE.clear()
            assert facts._review_cue(text, ps, pos, 2024) == first


def test_sentences_after_a_lead_colon_in_its_paragraph_take_its_cue():
    for colon in ("：", ":"):
        text = (f"XX县政府工作报告\n三、做好今年工作\n今年经济社会发展的主要预期目标是{colon}地区生产总值增长5.5%左右。"
                "城镇新增就业5000人以上。一般公共预算收入增长4%。\n")
        got = {(f.indicator, f.role, f.period, f.value)
               for f in planwatch.read_text(text, "x.txt", {"report_year": 2024}).facts}
        assert ("urban_new_jobs", "target", "2024", 5000.0) in got, colon
        assert ("general_budget_revenue", "target", "2024", 4.0) in got, colon


def _fresh_bounds(text, pos):
    facts._BOUNDS[0] = (None,)
    return facts._bounds(text, pos)


def test_bounds_kept_for_a_sentence_answer_as_afresh():
    long_run = "地区生产总值增长5%，" * 120  # a run-on text: no stop for over 1000 characters
    texts = ("\n".join(SENTENCES), LIST, long_run + "。" + long_run, "。" * 3 + long_run + "\n今年增长6%；明年增长7%。")
    for text in texts:
        forward = []
        facts._BOUNDS[0] = (None,)
        for pos in range(len(text)):
            forward.append(facts._bounds(text, pos))
        for pos in range(0, len(text), 7):
            assert forward[pos] == _fresh_bounds(text, pos), pos
        facts._BOUNDS[0] = (None,)
        for pos in range(len(text) - 1, -1, -3):  # (backwards too)
            facts._BOUNDS[0] = (None,)
            facts._bounds(text, min(len(text) - 1, pos + 5))  # (the answer kept from a figure after it)
            assert facts._bounds(text, pos) == _fresh_bounds(text, pos), pos


def test_semi_stops_are_the_characters_of_the_mark_set():
    # the string other rules test one character against, and the set _after_mark finds: the same characters
    table, pattern = facts._SEMI_STOP_MARKS
    assert set(facts._SEMI_STOPS) == {chr(c) for c in range(0x10000) if table[c]}
    assert set(facts._SEMI_STOPS) == {c for c in map(chr, range(0x10000)) if pattern.match(c)}


def test_a_clause_summed_in_a_sentence_after_a_semicolon_or_an_ascii_stop():
    for mark in ("；", "!", "?", "。"):
        text = (f"XX县政府工作报告\n一、过去五年工作回顾\n五年来，全县经济持续向好{mark}累计完成固定资产投资500亿元，"
                "新增城镇就业2.5万人。\n")
        got = {(f.indicator, f.role, f.period, f.value)
               for f in planwatch.read_text(text, "x.txt", {"report_year": 2024}).facts}
        facts._BOUNDS[0] = (None,)
        again = {(f.indicator, f.role, f.period, f.value)
                 for f in planwatch.read_text(text, "x.txt", {"report_year": 2024}).facts}
        assert got == again, mark
        assert any(p == "2019-2023" and v == 500.0 for _, _, p, v in got), (mark, got)
