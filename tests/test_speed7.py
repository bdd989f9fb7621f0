"""The 分别 gates of _share_respectively and _set_results (a speed change): documents with 分别 still get
changes shared out and set figures' results; documents without it, and one-value groups, keep their own."""
import planwatch

HEAD = "一、2023年工作回顾\n"


def _read(body: str):
    return planwatch.read_text(HEAD + body, "x.txt", {"report_year": 2024}).facts


def _keys(facts):
    return {(f.indicator, f.role, f.measure, f.value) for f in facts}


def test_changes_after_fenbie_go_one_to_each_group():
    got = _keys(_read("全市接待游客850万人次，实现旅游收入72亿元，分别增长15.2%和18.6%。"))
    assert ("tourist_visits", "actual", "growth", 15.2) in got
    assert ("tourism_revenue", "actual", "growth", 18.6) in got


def test_set_figures_and_their_results():
    got = _keys(_read("年初确定的目标是地区生产总值增长6%、一般公共预算收入增长5%，实际分别增长6.3%和5.4%。"))
    assert ("gdp", "target", "growth", 6) in got and ("gdp", "actual", "growth", 6.3) in got
    assert ("general_budget_revenue", "target", "growth", 5) in got
    assert ("general_budget_revenue", "actual", "growth", 5.4) in got


def test_without_fenbie_each_group_keeps_its_own():
    got = _keys(_read("全市接待游客850万人次，增长15.2%；实现旅游收入72亿元，增长18.6%。"))
    assert ("tourist_visits", "actual", "growth", 15.2) in got
    assert ("tourism_revenue", "actual", "growth", 18.6) in got
    assert ("tourist_visits", "actual", "growth", 18.6) not in got
