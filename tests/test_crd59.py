"""One reading of a page set double (decision 476): decisions 462's and 471's stages merged into one, the first of
normalize. A card page a converter sets double with Windows line ends, a minus change under its level among its cards:
read as the page set line under line (462's stage skipped a CR LF page; 471's, later, stood after the minus change's
reading). Sentences written for these tests."""
from factkeys import key_values, read

_CARDS = ("2021年成绩单\n地区生产总值\n612.4亿元\n+3.9%\n一般公共预算收入\n48.2亿元\n-2.6%\n"
          "+7.4%\n规上工业增加值增速\n常住人口城镇化率\n63.5%\n+0.8个百分点\n\n2021年全县经济稳中向好，民生持续改善。"
          "\n\n2022年主要预期目标\n地区生产总值 增长6%以上\n城镇新增就业 9000人")


def _page(body: str, end: str) -> dict:
    head = "一图读懂｜2022年德清县政府工作报告\n来源：德清县发布　2022-02-09 18:30\n\n"
    t = (head + body + "\n\n编辑：周宁\n").replace("\n", end)
    return key_values(read(t, "德清县.txt", region="德清县", level="county", report_year=2022))


def test_card_page_set_double_with_crlf_keeps_its_minus_change():
    kv = _page(_CARDS.replace("\n", "\n\n"), "\r\n")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (3.9, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-2.6, "eq")
    assert kv.get(("urbanization_rate", "actual", "2021", "pp_change")) == (0.8, "eq")


def test_look_alike_card_page_set_single_with_crlf_as_before():
    kv = _page(_CARDS, "\r\n")
    assert kv.get(("general_budget_revenue", "actual", "2021", "growth")) == (-2.6, "eq")
    assert kv.get(("urbanization_rate", "actual", "2021", "pp_change")) == (0.8, "eq")
