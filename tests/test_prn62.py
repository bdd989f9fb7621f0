"""The last session's final sets printed eight ways (prn62, decision 510). Fixed, each as a class of printed pages:
- a card page set treble — two blank lines after every line, a converter's blank paragraph beside the page's own —
  read as a page set double is (a card's name, its level and its change, "地区生产总值\\n\\n\\n2200.5亿元\\n\\n\\n+6.1%");
- a card's figure split by a PDF's kerning ("+6 .1%", "+0. 8个百分点", "2200 .5亿元") on a page set double;
- a portal's nav bar, links and footer, line under line, around a card page set double;
- a page's mark that passes for a figure ("- 8 -"), its running head under it, inside a table's row printed one cell a
  line: the row's last cell is after the break, the mark no cell;
- a plan's chapter heading right under a box's table (its last row, then a PDF's page mark or nothing, the blank line
  that parted them gone): the box ends there, the chapter's pledges are read;
- a news page's dateline, "2025年1月8日，…第五次会议召开", a paragraph of its own under its headline (a PDF's layer): the
  meeting's date, no year looking ahead, so a result told after the year's review is no pledge.
The look-alikes keep what they gave: the card page set single and double, a prose page set treble, a page mark with
no running head, a true dash cell, a dateline "在…会议上", a plan's sentence dated to a day."""
import pytest

from factkeys import fact_items, pledged, read

_CARDS = [("地区生产总值", "2200.5亿元", "+6.1%"), ("一般公共预算收入", "125.3亿元", "+8.2%"),
          ("社会消费品零售总额", "960.4亿元", "+9.0%"), ("城镇常住居民人均可支配收入", "45210元", "+5.6%")]


def _card_page(gap: str, cards=_CARDS, head: str = "", foot: str = "") -> str:
    lines = ["一图读懂｜2024年荆门市政府工作报告", "2024-01-12 09:30　来源：荆门发布", "【2023年发展成就】"]
    for c in cards:
        lines += list(c)
    lines += ["【2024年主要预期目标】", "地区生产总值增长", "6.5%左右", "城镇新增就业", "4.5万人以上"]
    return head + gap.join(lines) + "\n" + foot


_WANT = {("gdp", "actual", "2023", "growth", 6.1), ("general_budget_revenue", "actual", "2023", "growth", 8.2),
         ("retail_sales", "actual", "2023", "growth", 9.0), ("urban_disposable_income", "actual", "2023", "growth", 5.6)}
_LEVELS = {("gdp", "actual", "2023", "level", 2200.5), ("general_budget_revenue", "actual", "2023", "level", 125.3)}


# 1. a card page set treble (failed on the base: each card's change lost, a line too far from its name)
@pytest.mark.parametrize("gap", ["\n\n\n", "\n\n\u3000\n", "\r\n\r\n\r\n"])
def test_treble_set_cards_read_whole(gap):
    got = fact_items(read(_card_page(gap)))
    assert _WANT | _LEVELS <= got, sorted(got)


# 2. a card's figure kerned on a page set double (failed on the base: the card's change lost)
@pytest.mark.parametrize("old, new, key", [
    ("+6.1%", "+6 .1%", ("gdp", "actual", "2023", "growth", 6.1)),
    ("+8.2%", "+8. 2%", ("general_budget_revenue", "actual", "2023", "growth", 8.2)),
    ("2200.5亿元", "2200 .5亿元", ("gdp", "actual", "2023", "growth", 6.1)),
    ("960.4亿元", "96 0.4亿元", ("retail_sales", "actual", "2023", "growth", 9.0)),
])
def test_kerned_card_figure_read(old, new, key):
    got = fact_items(read(_card_page("\n\n").replace(old, new)))
    assert key in got, sorted(got)


_NAV = "网站首页\n机构设置\n信息公开\n政策文件\n在线办事\n互动交流\n当前位置：首页 > 政务公开 > 政府文件\n\n"
_FOOT = ("\n（编辑：周敏　审核：陈刚）\n扫一扫在手机打开当前页\n\n相关链接\n荆门市召开全市项目建设推进会\n"
         "荆门市举行2023年度总结表彰大会\n上一篇：关于印发荆门市优化营商环境若干措施的通知\n"
         "下一篇：荆门市人民政府关于公布第二批历史文化街区的通知\n主办：荆门市人民政府办公室　承办：荆门市大数据中心\n")


# 3. a portal's chrome around a card page set double (failed on the base: the page not read as set double)
def test_portal_chrome_round_double_set_cards():
    got = fact_items(read(_card_page("\n\n", head=_NAV, foot=_FOOT)))
    assert _WANT | _LEVELS <= got, sorted(got)


# 4. look-alikes (passing on both): the card page set single and double, with no chrome
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_single_and_double_set_cards_kept(gap):
    got = fact_items(read(_card_page(gap)))
    assert _WANT | _LEVELS <= got, sorted(got)


def test_prose_page_set_treble_kept():
    paras = ["荆门市2024年政府工作报告", "一、2023年工作回顾", "过去一年，全市地区生产总值增长6.1%，达到2200.5亿元。",
             "一般公共预算收入完成125.3亿元，增长8.2%。", "社会消费品零售总额增长9.0%。",
             "二、2024年主要目标", "地区生产总值增长6.5%左右。", "城镇新增就业4.5万人以上。",
             "三、2024年重点工作", "新建改造农村公路300公里。", "改造城镇老旧小区80个。"]
    for gap in ("\n\n", "\n\n\n"):
        d = read(gap.join(paras) + "\n")
        got = fact_items(d)
        assert {("gdp", "actual", "2023", "growth", 6.1), ("gdp", "target", "2024", "growth", 6.5),
                ("general_budget_revenue", "actual", "2023", "level", 125.3)} <= got, sorted(got)
        assert ("农村公路", 300, "公里") in pledged(d)


_TABLE = ("荆门市2024年国民经济和社会发展计划\n附表：主要指标\n指标\n单位\n2023年计划\n2023年预计\n2024年计划\n"
          "地区生产总值增长\n%\n7\n6.1\n6.5\n城镇新增就业\n万人\n4.5\n4.8\n4.5\n森林覆盖率\n%\n43.1\n43.1\n{tail}"
          "二、2024年主要任务\n（一）扩大有效投资。全年安排市重点项目300个。\n")


# 5. a page's mark passing for a figure, the running head under it, inside a row (failed on the base: -8 read)
@pytest.mark.parametrize("brk", ["- 8 -\n荆门市人民代表大会常务委员会公报\n", "-8-\n荆门市人民代表大会常务委员会公报\n"])
def test_page_mark_with_head_inside_cell_row(brk):
    got = fact_items(read(_TABLE.format(tail=brk + "43.5\n")))
    assert ("forest_coverage", "target", "2024", "share", 43.5) in got, sorted(got)
    assert not any(v == -8 for *_, v in got)


# 6. look-alikes (passing on both): the mark alone, the marks of dashes or dots with their head, no break
@pytest.mark.parametrize("brk", ["", "- 8 -\n", "— 8 —\n荆门市人民代表大会常务委员会公报\n", "·8·\n荆门市人民代表大会常务委员会公报\n"])
def test_page_mark_inside_row_kept(brk):
    got = fact_items(read(_TABLE.format(tail=brk + "43.5\n")))
    assert ("forest_coverage", "target", "2024", "share", 43.5) in got, sorted(got)


_NEWS = ("{date}，荆门市东宝区第五届人民代表大会第五次会议召开，区长李明作政府工作报告。\n"
         "2024年，全区规模以上工业增加值增长7.2%。\n年初预期目标为增长7%。\n"
         "全区一般公共预算收入完成15.3亿元，同口径增长3.2%。\n2025年，全区地区生产总值预期增长5.5%左右。\n"
         "今年将新建中小学4所，新增学位3600个。\n")


# 7. a dateline a paragraph of its own (failed on the base: the result after the year's target pledged)
@pytest.mark.parametrize("date", ["2025年1月8日", "2025年01月08日", "2025年2月20日"])
def test_dateline_opening_is_no_look_ahead(date):
    got = pledged(read(_NEWS.format(date=date)))
    assert not any(o == "一般公共预算收入" for o, _, _ in got), got
    assert ("中小学", 4, "所") in got


# 8. look-alikes (passing on both): the headline over it, a dateline "在…会议上", a plan's sentence dated to a day
def test_dateline_look_alikes_kept():
    assert not any(o == "一般公共预算收入" for o, _, _ in pledged(read(
        "东宝区2025年政府工作报告要点\n\n" + _NEWS.format(date="2025年1月8日"))))
    assert not any(o == "一般公共预算收入" for o, _, _ in pledged(read(
        "——2025年1月8日在荆门市东宝区第五届人民代表大会第五次会议上\n" + _NEWS.split("\n", 1)[1])))
    got = pledged(read("东宝区2025年政府工作报告\n一、2025年重点工作\n2025年6月30日前，新建中小学4所。\n"))
    assert ("中小学", 4, "所") in got


_BOX = ("荆门市国民经济和社会发展第十五个五年规划纲要\n（2026年1月9日荆门市第十届人民代表大会第六次会议通过）\n\n"
        "第二章　“十五五”时期主要目标\n地区生产总值年均增长6%左右；城镇新增就业累计20万人以上。\n\n"
        "专栏1　“十五五”时期经济社会发展主要指标\n类别\t指标\t单位\t2025年\t2030年\t属性\n"
        "经济发展\t地区生产总值\t亿元\t2400\t3200\t预期性\n绿色低碳\t森林覆盖率\t%\t43.1\t＞44\t约束性\n{brk}"
        "{head}\n“十五五”期间，新增省级未来乡村30个，改造提升农村供水管网500公里，培育农创客2000名。\n")


# 9. a chapter's heading right under a box's last row (failed on the base: the chapter read as the box's, no pledge)
@pytest.mark.parametrize("brk", ["", "- 3 -\n", "\n- 3 -\n\n", "第 3 页\n"])
@pytest.mark.parametrize("head", ["第六章　全面推进乡村振兴", "第三节　全面推进乡村振兴"])
def test_chapter_under_box_ends_it(brk, head):
    got = pledged(read(_BOX.format(brk=brk, head=head)))
    assert {("省级未来乡村", 30, "个"), ("农村供水管网", 500, "公里")} <= got, got


# 10. look-alike (passing on both): the blank line between the box and the chapter, as the plain text has it
def test_box_parted_by_blank_line_kept():
    got = pledged(read(_BOX.format(brk="\n", head="第六章　全面推进乡村振兴")))
    assert {("省级未来乡村", 30, "个"), ("农村供水管网", 500, "公里")} <= got, got
