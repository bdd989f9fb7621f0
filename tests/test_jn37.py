"""A report copied as one run of text (decision 177): its parts' titles run on into their first sentences, after a
stop or after the byline, and the pledges of its plan read though no line break sets a paragraph apart. Hand-made
texts, none copied from the blind sets."""
from __future__ import annotations

from factkeys import pledged, read  # tests/factkeys.py

from planwatch import structure
from planwatch.normalize import normalize

HEAD = "青山县人民政府工作报告\n——2025年1月10日在青山县第五届人民代表大会第三次会议上县长  李明"


def _parts(text: str, year: int) -> list[tuple[str, str]]:
    o = structure.outline(normalize(text), year)
    return [(s.role, s.title) for s in o.sections if s.depth == 1]


REVIEW = ("过去一年，全县地区生产总值达到215.6亿元，增长6.1%。一般公共预算收入完成12.3亿元，增长4.2%。城镇新增就业5200人。"
          + "全年新建高标准农田2.5万亩，改造城镇老旧小区18个，新增公办学位1200个，群众获得感幸福感持续增强。" * 3 +
          "同时，我们也清醒看到，发展不平衡不充分的问题依然突出，我们将采取有力措施认真加以解决。")


# --- a part's title run on into its first sentence, no mark between


def test_a_title_run_on_into_its_sentence_is_cut_before_the_sentence():
    text = (HEAD + "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一、2024年工作回顾" + REVIEW
            + "二、2025年工作安排今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业5000人以上。"
            + "重点做好以下工作：（一）扩大有效投资。全年实施重点项目120个，新开工亿元以上项目45个。"
            + "三、全面加强政府自身建设新征程上，我们将坚持依法行政，自觉接受县人大及其常委会的监督。")
    parts = _parts(text, 2025)
    assert parts == [("review", "2024年工作回顾"), ("tasks", "2025年工作安排"), ("closing", "全面加强政府自身建设")]


def test_a_long_title_whose_sentence_opens_with_a_year_or_a_committee():
    text = (HEAD + "各位代表：现在，我代表县人民政府向大会报告工作。一、2024年工作回顾" + REVIEW
            + "二、“十五五”时期经济社会发展的主要目标任务县委五届九次全会审议通过了建议，描绘了今后五年的发展蓝图。"
            + "三、2025年国民经济和社会发展的重点任务（一）着力扩大内需。新建改造农贸市场8个，新增公共停车泊位1500个。")
    parts = _parts(text, 2025)
    assert [r for r, _ in parts] == ["review", "targets", "tasks"]
    assert parts[1][1] == "“十五五”时期经济社会发展的主要目标任务"
    assert parts[2][1] == "2025年国民经济和社会发展的重点任务"


def test_words_of_the_sentence_do_not_turn_the_part():
    # (the sentence after the title names the targets: the part is the year's work, not a target list)
    text = (HEAD + "各位代表：一、2024年工作回顾" + REVIEW
            + "二、2025年工作安排2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
            + "全年新建高标准农田3万亩，改造城镇老旧小区20个。")
    assert [r for r, _ in _parts(text, 2025)] == ["review", "tasks"]


# --- the first part run on after the byline, no stop before it


def test_the_first_part_after_the_byline():
    text = HEAD + "一、2024年工作回顾" + REVIEW + "二、2025年工作安排今年是“十四五”规划收官之年。全年新建改造农村公路150公里。"
    assert _parts(text, 2025)[0] == ("review", "2024年工作回顾")
    # (a word's 一、 in the opening is no part: "统一、规范")
    t2 = HEAD + "各位代表：我们坚持统一、规范的市场规则，过去一年全县完成各项任务。" + REVIEW + "二、2025年工作安排今年是关键之年。"
    assert all(not t.startswith("规范") for _, t in _parts(t2, 2025))


# --- the year's work announced inside a paragraph


def test_the_years_work_announced_inside_a_paragraph_opens_the_plan():
    text = (HEAD + "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一、2024年工作回顾" + REVIEW + "今年是实施“十四五”规划的收官之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
            + "今年重点抓好以下工作：（一）壮大实体经济。新增规模以上工业企业30家，新建标准厂房20万平方米。"
            + "（二）增进民生福祉。新建改扩建幼儿园6所，新增养老床位400张。")
    # (the turn to the year inside the paragraph opens the plan's part before the bid, decision 180)
    assert _parts(text, 2025) == [("review", "2024年工作回顾"), ("tasks", "今年是实施“十四五”规划的收官之年"), ("tasks", "今年重点抓好以下工作")]
    d = read(text, report_year=2025)
    got = {(o, v) for o, v, _ in pledged(d)}
    assert {("规模以上工业企业", 30), ("养老床位", 400)} <= got
    assert ("城镇新增就业", 5200) not in got and not any(v == 215.6 for _, v in got)


def test_a_past_years_work_announced_is_no_plan():
    o = structure.outline(normalize(
        HEAD + "各位代表：" + "过去一年，全县上下团结奋斗，经济社会保持平稳发展，主要指标好于预期，各项事业取得新的进展。" * 4
        + "2024年，我们着力抓好以下工作：一是稳住工业增长。新增规模以上工业企业25家，新建标准厂房18万平方米。"
        + "二是改善民生。新增城镇就业5200人，新建幼儿园4所。"), 2025)
    assert all(s.role != "tasks" for s in o.sections)


# --- numbered parts whose words name no part, going on the numbers before them


def test_topic_parts_going_on_the_numbers_are_parts():
    body = "".join(f"{n}、{t}去年{x}，今年{y}。" for n, t, x, y in [
        ("一", "经济发展", "全县地区生产总值增长6.1%", "增长6%左右"),
        ("二", "产业与创新", "规模以上工业增加值增长7.2%", "新增高新技术企业30家"),
        ("三", "城乡建设", "常住人口城镇化率达到61%", "新建改造城市道路12条")])
    o = structure.outline(normalize(HEAD + "各位代表：" + "过去一年，全县上下团结奋斗，各项事业取得新的进展。" * 8
                                    + "现将去年主要指标完成情况和今年工作安排报告如下。" + body + "以上报告，请予审议。"), 2025)
    assert [s.number for s in o.sections if s.depth == 1] == ["一、", "二、", "三、"]
    assert [s.title for s in o.sections if s.depth == 1] == ["经济发展", "产业与创新", "城乡建设"]


def test_items_out_of_the_sequence_are_no_parts():
    # (a "三、" after "一、" with no "二、", and a "五、" in a sentence: no topic part)
    o = structure.outline(normalize(HEAD + "各位代表：现将今年工作安排报告如下。一、经济发展今年全县地区生产总值增长6%左右。"
                                    + "目标是三、四年内完成。三、城乡建设今年新建改造城市道路12条。五、其他工作按计划推进。"
                                    + "以上报告，请予审议。" * 20), 2025)
    assert [s.number for s in o.sections if s.depth == 1] == ["一、"]


# --- paragraphs of a run-on line


def test_a_run_on_line_is_read_as_its_sentences_where_a_part_opens_in_it():
    from planwatch.extract.analysis import paragraph_spans

    line = "过去一年，全县完成各项任务。" * 20 + "二、2025年工作安排今年的主要预期目标是：增长6%。新建学校3所。"
    k = line.index("二、")
    spans = paragraph_spans(line, [k])
    assert (k, line.index("。", k) + 1) in spans and spans[-1] == (len(line) - 7, len(line))
    assert paragraph_spans(line, []) == [(0, len(line))]  # (no part inside: one paragraph, as it was)
    two = paragraph_spans(line + "\n" + line, [len(line) + 1 + k])
    assert two[0] == (0, len(line)) and two[-1] == (2 * len(line) + 1 - 7, 2 * len(line) + 1)
    assert paragraph_spans("  " + line, [2]) == [(0, len(line) + 2)]  # (a heading indented at its line's start: no run-on)


def test_a_bid_inside_a_page_of_no_part_leaves_the_targets_before_it():
    # (no titled part: the text before the bid is in no part, its targets read by their cue words, not as last year's)
    from factkeys import keys_of

    text = (HEAD + "各位代表：一年来，我们认真落实各项决策部署，经受住了多重困难挑战的考验，发展质量和效益稳步提升。" * 3
            + "2024年，全县地区生产总值增长6.5%。今年全县不提出地区生产总值增长具体目标，把工作重点放在稳就业、保民生上。"
            + "城镇新增就业力争达到8000人，城镇调查失业率控制在5.5%以内。做好今年工作，要突出抓好以下几点：一是壮大实体经济，"
            + "新增规模以上工业企业25家；二是改善民生，新建幼儿园4所。")
    ks = keys_of(read(text, report_year=2025))
    assert ("urban_new_jobs", "target", "2025", "level") in ks
    assert ("urban_new_jobs", "actual", "2024", "level") not in ks
