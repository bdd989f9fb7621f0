"""The lead's changes of the session of 2026-12-03 (evening): one rule where two overlapped."""
import planwatch


def _facts(sentence: str, title: str = "凯里市人民政府工作报告\n"):
    d = planwatch.read_text(title + sentence, "x.txt")
    return [(f.indicator, f.role, f.value, f.qualifier, f.quote) for f in d.facts]


def test_what_the_level_above_hands_down_named_by_a_long_name_is_a_qualitative_target():
    fs = _facts("2024年主要预期目标是：地区生产总值增长6%左右，确保完成黔东南苗族侗族自治州下达的节能减排任务。")
    assert ("energy_intensity", "target", None, "qualitative", "完成黔东南苗族侗族自治州下达的节能减排") in fs


def test_several_levels_above_joined():
    fs = _facts("今年主要预期目标：地区生产总值增长6%，完成省、苏州市下达的节能减排目标任务。", "昆山市人民政府工作报告\n")
    assert ("energy_intensity", "target", None, "qualitative", "完成省、苏州市下达的节能减排") in fs


def test_a_bare_completion_of_something_else_is_no_target():
    fs = _facts("今年主要预期目标：地区生产总值增长6%，完成城镇登记失业率统计制度改革。")
    assert [f[0] for f in fs] == ["gdp"]


def test_handed_down_words_away_from_the_name_do_not_qualify_it():
    # the words end before another word, not right before the name: no qualitative target of the name
    fs = _facts("今年主要预期目标：地区生产总值增长6%，完成省下达的任务和单位地区生产总值能耗统计工作。")
    assert not [f for f in fs if f[0] == "energy_intensity"]


def test_energy_saving_named_as_jieneng_jianghao_is_energy_intensity():
    fs = _facts("2024年主要预期目标是：地区生产总值增长6%左右，完成市下达的节能降耗目标任务。")
    assert ("energy_intensity", "target", None, "qualitative", "完成市下达的节能降耗") in fs


def test_energy_saving_works_counted_are_no_indicator_figure():
    d = planwatch.read_text("凯里市人民政府工作报告\n今年要实施节能降耗改造项目12个。", "x.txt")
    assert not d.facts
    assert [(p.action, p.object, p.value) for p in d.pledges] == [("实施", "节能降耗改造项目", 12)]


def test_the_coordination_patterns_keep_their_index_of_heads_and_the_joint_scan():
    # a pattern that may begin anywhere (one opening with [\d.]+) makes its whole set scan each pattern on its own,
    # and leaves the joint scan with projects unbuilt: slower on every report (39.1 against 33.5 M instructions a
    # whole report, compiled), and a run of digits read once from each of its digits (a 3 MB line took minutes)
    from planwatch.extract import analysis, facts

    assert facts._alias_table()[1]._index() is not None
    assert analysis.joint_scan() is not None
    # (nor is one tried at every number of a report: a pattern headed by digits cost 2–3 % of extraction)
    assert not [h for h in facts._alias_table()[1].heads if h[0].isdigit()]


def test_last_year_s_target_after_this_year_s_bare_figure_is_read_from_the_number_s_first_digit():
    d = planwatch.read_text("新华社北京3月5日电\n2025年政府工作报告提出，5%左右的目标比去年设定的5.5%的预期目标低了半个百分点。", "x.txt")
    assert any(f.indicator == "gdp" and f.role == "target" and f.value == 5.5 for f in d.facts)
    d = planwatch.read_text("地区生产总值增长" + "1" * 20000 + "%左右的目标比去年设定的5.5%的预期目标低。", "x.txt")
    assert d is not None  # (read in linear time: a run of digits is tried from its first digit only)
