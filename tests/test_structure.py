

def test_section_lookup_by_piece_equals_the_walk_at_every_position():
    from pathlib import Path

    from planwatch import metadata, structure
    from planwatch.normalize import normalize

    for p in sorted((Path(__file__).resolve().parent.parent / "examples").rglob("*.txt"))[:6]:
        raw = p.read_text(encoding="utf-8")
        norm = normalize(raw)
        outline = structure.outline(norm, metadata.detect(raw, norm, {}, p.name, None).report_year)
        for pos in range(-1, len(norm.text) + 2, 3):
            assert outline.at(pos) is outline._deepest(pos)
        for b in outline.norm_starts + outline.norm_ends:
            for pos in (b - 1, b, b + 1):
                assert outline.at(pos) is outline._deepest(pos)


import pytest  # noqa: E402

from planwatch import structure  # noqa: E402
from planwatch.normalize import normalize  # noqa: E402


@pytest.mark.parametrize("title,role", [
    ("2024年的工作", "review"), ("2024年主要工作", "review"), ("关于2024年工作", "review"), ("2024年工作", "review"),
    ("2024年工作回顾和2025年工作安排", "review"),  # both years: the first part's words decide
    ("2025年的主要任务", "tasks"), ("今年的主要工作", "tasks"), ("全力以赴抓好今年各项工作", "tasks"),
    ("今后五年的目标任务", "tasks"), ("“十五五”时期奋斗目标", "tasks"),
    # reviews named by their results or their years, without 回顾
    ("“十四五”时期发展成效", "review"), ("砥砺奋进的五年", "review"), ("“十四五”以来的主要工作", "review"),
    ("“十四五”规划实施情况", "review"), ("着力提升工作成效", "tasks"),
    # a target-list item whose aside names last year says nothing itself: it keeps its part's role
    ("地区生产总值增长5%左右（2024年增长5.3%）。", None),
])
def test_dated_and_plain_headings_take_their_part(title, role):
    assert structure._role(title, 2025) == role


def test_a_part_titled_by_its_results_is_the_review():
    # a slogan for the first part, without a year or 回顾: its words state results, though 发展 and 提升 are in them
    text = ("一、砥砺奋进，高质量发展取得新成效\n（一）经济运行稳中有进。\n二、锚定目标，奋力开创新局面\n"
            "三、经济运行稳中向好，发展质效持续提升\n四、推动高质量发展取得新突破\n（一）创新能力显著提升\n")
    assert [r for _, r in roles(text, 2026)] == ["review", "review", "tasks", "review", "tasks", "tasks"]
    # a sub-section's words do not turn its part around ("（一）高质量发展取得新突破" among the plan's goals)
    assert [r for _, r in roles("二、今后五年的奋斗目标\n（一）高质量发展取得新突破\n", 2026)] == ["tasks", "tasks"]


def test_a_part_titled_by_a_result_set_as_an_aim_is_the_plan():
    # a verb of aim in the result's clause (确保, 奋力实现, 努力让, 推动) sets the result as this year's aim;
    # one in a clause before it ("砥砺奋进推动发展，…") leaves the title a statement of results
    text = ("一、砥砺奋进推动发展，县域经济迈上新台阶\n二、真抓实干，确保经济运行稳中向好\n"
            "三、乘势而上，奋力实现乡村振兴新突破\n四、勇毅前行，努力让群众生活迈出新步伐\n五、城乡面貌焕然一新\n")
    assert [r for _, r in roles(text, 2026)] == ["review", "tasks", "tasks", "tasks", "review"]


def roles(text: str, year: int = 2025) -> list[tuple[str, str]]:
    o = structure.outline(normalize(text), year)
    return [(s.title.split("。")[0], s.role) for s in o.sections]


def test_a_page_starting_inside_a_part_takes_its_role_from_the_titles():
    # an excerpt of the review: no part heading, sub-headings that state how things went
    text = ("（一）工业经济稳中有进。全县工业增加值增长7%。\n（二）城乡面貌焕然一新。新建道路12公里。\n"
            "（三）社会事业全面进步。新增学位800个。\n")
    assert [r for _, r in roles(text)] == ["review", "review", "review"]
    # an excerpt of the plan: sub-headings that call for action
    text = "（一）加快建设现代化产业体系。工业增加值增长7%。\n（二）城乡建设。\n（三）着力保障民生。\n"
    assert [r for _, r in roles(text)] == ["tasks", "tasks", "tasks"]
    # a title that says neither takes the part of the nearest one that does, before it or after it
    text = "（一）工业经济。增长7%。\n（二）城乡面貌焕然一新。\n（三）生态环境。\n（四）社会事业提质增效。\n"
    assert [r for _, r in roles(text)] == ["review"] * 4
    text = "（一）工业经济。\n（二）城乡建设。\n"
    assert [r for _, r in roles(text)] == ["tasks", "tasks"]


def test_text_before_the_second_part_that_sets_work_is_the_review():
    body = "全区上下团结奋斗，经济社会发展取得新成效。" * 30  # a page opening inside part one, no review words
    o = structure.outline(normalize(body + "\n二、2025年工作安排\n全区地区生产总值增长6%左右。\n"), 2025)
    assert o.leading_role == "review"
    # before a later part, or before a part that is not the plan, the page's part is not known so
    o = structure.outline(normalize(body + "\n三、加快建设现代化产业体系\n"), 2025)
    assert o.leading_role == "tasks"
    o = structure.outline(normalize("各位代表：\n二、民生事业全面进步\n"), 2025)
    assert o.leading_role == "other"


def test_text_before_sub_headings_that_say_their_part_is_in_that_part():
    body = "全县上下团结奋斗，各项事业取得新成效。" * 30
    o = structure.outline(normalize(body + "\n（二）工业经济稳中有进。\n（三）城乡建设。\n"), 2025)
    assert o.leading_role == "review" and [s.role for s in o.sections] == ["review", "review"]
    o = structure.outline(normalize(body + "\n（二）加快发展现代农业。\n"), 2025)
    assert o.leading_role == "tasks"


from hypothesis import given, settings, strategies as st  # noqa: E402

_LINES = ["一、2024年工作回顾", "二、2025年工作安排", "（一）工业经济稳中有进。全县工业增加值增长7%。", "（二）加快建设现代化产业体系",
          "（三）城乡建设", "1.民生事业全面进步", "【回眸2024】", "【资料图】", "第二部分 今后五年的目标任务",
          "全县地区生产总值增长6%。", "各位代表：", "——经济实力迈上新台阶。", "三、加强政府自身建设",
          "一、2024年工作回顾 " + "全县上下团结奋斗，取得新成效。" * 6]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=25))
def test_any_arrangement_of_headings_gives_parts_and_consistent_lookups(lines):
    text = "\n".join(lines) + "\n"
    o = structure.outline(normalize(text), 2025)
    roles = {"review", "targets", "requirements", "closing", "tasks", "other"}
    assert o.leading_role in roles and all(s.role in roles for s in o.sections)
    for s in o.sections:
        assert 0 <= s.start < s.end <= len(text)
    for pos in range(0, len(o.sections) and max(o.norm_ends) + 1, 7):
        assert o.at(pos) is o._deepest(pos)


@pytest.mark.parametrize("title, role", [
    # ("今年目标" names the year's targets: a targets part, its figures this year's targets and its indicator lines
    # no pledges, tests/test_news13.py; branch news13)
    ("新的一年", "tasks"), ("展望新一年", "tasks"), ("今年目标", "targets"), ("今年这样干", "tasks"),
    ("今年以来", None),  # the months gone of this year: no part of the report
    ("过去一年", "review"), ("奋斗的一年", "review"),
])
def test_a_news_pages_sub_heads_for_the_year_ahead(title, role):
    assert structure._role(title, 2024) == role
    for mark in ("◆", "【"):
        head = mark + title + ("】" if mark == "【" else "")
        n = normalize("过去一年，全县地区生产总值增长5%。\n" + head + "\n全县地区生产总值增长6.5%。\n")
        secs = structure.outline(n, 2024).sections
        assert [s.role for s in secs if s.title == title] == ([role] if role else [])


def test_the_opening_before_the_first_part_is_no_part():
    # the speaker's opening sums up last year before "一、": a page cut after a semicolon leaves its
    # last items on a line of their own, which must not become this year's tasks
    opening = ("各位代表：\n现将全县2023年计划执行情况及2024年计划草案报告如下，请予审议。\n2023年是全面贯彻党的二十大精神的开局之年，"
               + "面对复杂局面，我们坚持稳中求进，经济社会发展呈现总体平稳、稳中有进的良好态势。" * 10
               + "2023年，全县地区生产总值增长5.1%；一般公共预算收入增长9%；\n进出口总额增长12%；农村居民人均可支配收入增长7.1%。\n")
    text = opening + "一、2023年计划执行情况\n全县粮食产量52万吨。\n"
    outline = structure.outline(normalize(text), 2024)
    assert outline.leading_role == "other"
    doc = __import__("planwatch").read_text(text, "t.txt", overrides=dict(report_year=2024))
    roles = {(f.indicator, f.role, f.period) for f in doc.facts}
    assert ("foreign_trade", "actual", "2023") in roles and ("rural_disposable_income", "actual", "2023") in roles
