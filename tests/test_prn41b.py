"""The session's later blind sets as web pages and PDFs print them (prn41b, decision 257): a table printed one cell a
line whose last row's figure a PDF's text layer sets right over the paragraph after the table, no blank line between
("城镇新增就业\n万人\n6.3\n6" over "2024年，全市将实施…"), so the figure ran on into the sentence's opening year ("62024")."""
import pytest

from factkeys import keys_of, read

_ROWS = [("地区生产总值增速", "%", "6.3", "6.5左右", "gdp"), ("固定资产投资增速", "%", "5.1", "8左右", "fixed_asset_investment"),
         ("一般公共预算收入增速", "%", "9.1", "5左右", "general_budget_revenue")]
_LAST = {"urban_new_jobs": ("城镇新增就业", "万人"), "retail_sales": ("社会消费品零售总额增速", "%")}


def _plan_pdf(place: str, year: int, last: str, actual: str, target: str, after: str) -> str:
    """A plan report's PDF layer: lines with no blank line between, the table one cell a line, the paragraph after it."""
    name, unit = _LAST[last]
    cells = ["类别", "指标名称", "单位", f"{year - 1}年完成", f"{year}年目标", "经济发展"]
    for r in _ROWS:
        cells += list(r[:4])
    cells += ["民生福祉", name, unit, actual, target]
    return "\n".join([f"关于{place}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告",
                      f"——{year}年1月10日在{place}人民代表大会上", f"{place}发展和改革委员会",
                      f"一、{year - 1}年计划执行情况",
                      f"{year - 1}年，全市地区生产总值增长6.3%；社会消费品零售总额增长8.2%。",
                      f"二、{year}年国民经济和社会发展主要指标", f"{place}{year}年国民经济和社会发展主要指标"]
                     + cells + [after.format(y=year), f"三、{year}年主要任务",
                                "（一）扩大有效投资。新开工亿元以上项目400个。", "以上报告，请予审议。"]) + "\n"


_AFTER = ["{y}年，全市将实施亿元以上重点项目800个，新建改造农村公路1000公里，",
          "{y}年全市将新建改造农村公路1000公里，实施亿元以上重点项目800个。",
          "2000个以上的重点项目将在今年开工，全市将新建改造农村公路1000公里。"]


@pytest.mark.parametrize("place,year,last,actual,target,value", [
    ("阜阳市", 2024, "urban_new_jobs", "6.3", "6", 6),
    ("南阳市", 2025, "urban_new_jobs", "8.5", "8", 8),
    ("宿州市", 2021, "retail_sales", "10.2", "9", 9),
    ("衡水市", 2026, "retail_sales", "4.6", "5", 5),
])
@pytest.mark.parametrize("after", _AFTER)
def test_a_tables_last_figure_over_a_sentence_stays_the_cells(place, year, last, actual, target, value, after):
    text = _plan_pdf(place, year, last, actual, target, after)
    d = read(text, report_year=year, region=place)
    measure = "level" if last == "urban_new_jobs" else "growth"
    f = keys_of(d).get((last, "target", str(year), measure))
    assert f is not None and f.value == value, (f, text)
    # (and the sentence under the table is read as the year's tasks: its road pledged)
    assert any("农村公路" in p.object and p.value == 1000 for p in d.pledges), [(p.object, p.value) for p in d.pledges]


@pytest.mark.parametrize("head,tail,value", [
    ("全市地区生产总值完成36", "34.2亿元，增长6.3%；一般公共预算收入完成249.6亿元。", 3634.2),
    ("全县地区生产总值达到12", "8.5亿元，增长5.9%；社会消费品零售总额增长6%。", 128.5),
])
def test_a_number_cut_by_a_line_in_prose_still_joins(head, tail, value):
    # (look-alike that must not change: no table's row before the break, the number's rest runs on)
    text = "\n".join(["一、2023年计划执行情况", "2023年，" + head, tail, "二、2024年主要任务"]) + "\n"
    f = keys_of(read(text, report_year=2024)).get(("gdp", "actual", "2023", "level"))
    assert f is not None and f.value == value, f
