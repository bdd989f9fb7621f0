"""This session's blind sets printed as PDFs' text layers print them (prn44, decision 314): a width's cut or a page's break
inside the national congress's name, between a card's name and its sentence, after a numbered item's comma, between an
amount's 元 and 人民币, inside a Hong Kong page's 按年, and inside a 【链接】 line. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val

# ---------------------------------------------------------------- the congress's name cut by a line's end


def _national(session: str, year: int) -> str:
    return (f"【大公报讯】记者张帅北京报道：国务院总理5日在{session}上作政府工作报告。报告提出，今年经济增长预期目标设定为"
            f"5%左右，城镇新增就业1200万人以上。\n回顾过去一年，报告指出，国内生产总值增长5.2%。\n")


@pytest.mark.parametrize("session,year", [
    ("十三届全国人\n大四次会议", 2021),
    ("十三届全\n国人大四次会议", 2021),
    ("十四届全国人大二次\n会议", 2024),
    ("第十四届全国人民代\n表大会第二次会议", 2024),
    ("第十二届全国人民代表大\n会第五次会议", 2017),
])
def test_national_session_cut_by_a_line(session, year):
    d = read(_national(session, year))
    assert (d.meta.level, d.meta.report_year) == ("national", year)
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (5.0, "about")


# (a control, read before too: a byline's local session cut by a line, as _SESSION reads its words apart)
@pytest.mark.parametrize("region,code,session,year", [
    ("安康市", "610900", "第五届人民代\n表大会第四次会议", 2020),
    ("宜宾市", "511500", "第五届人\n大第五次会议", 2021),
])
def test_byline_session_cut_by_a_line(region, code, session, year):
    text = (f"{region}人民政府工作报告\n——{year}年1月10日在{region}{session}上\n{region}人民政府市长　王某某\n"
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n")
    d = read(text)
    assert (d.meta.region_code, d.meta.report_year, d.meta.meeting_date) == (code, year, f"{year}-01-10")


def test_national_session_in_passing_stays_local():
    # (a local report naming the national congress in passing, its words cut by a line: no national report)
    text = ("内蒙古新闻网讯 习近平总书记3月5日参加十三届全国人\n大二次会议内蒙古代表团审议。\n"
            "呼和浩特市第十五届人民代表大会第三次会议1月10日开幕，市长作政府工作报告。报告提出，2019年地区生产总值增长7%左右。\n")
    d = read(text)
    assert d.meta.level != "national" and d.meta.region == "呼和浩特市"


# ---------------------------------------------------------------- a card's name at a page's foot


def _card_page(region: str, year: int, label: str, sentence: str, brk: str) -> str:
    head = f"一图读懂｜{region}{year}年目标任务这样定"
    return (f"{head}\n来源：{region}发布　{year}-01-16 18:30\n【地区生产总值】\n{year - 1}年完成2812.6亿元，增长4.9%。\n"
            f"{year}年预期目标为增长5.5%左右。\n【城镇调查失业率】\n{year}年控制在5.5%以内。\n{label}"
            + brk.format(head=head) + f"{sentence}\n【{year}年重点任务】\n新建改造农村公路800公里；\n")


# (a page's break as the PDF layers set it: a mark under a blank line, the next page's running head or none)
_PAGE_BREAKS = ["\n\n第 1 页\n\n{head}\n", "\n\n— 1 —\n\n{head}\n", "\n\n- 1 -\n\n"]


@pytest.mark.parametrize("brk", _PAGE_BREAKS)
@pytest.mark.parametrize("region,year", [("吉安市", 2025), ("赣州市", 2024), ("宜春市", 2023)])
@pytest.mark.parametrize("label,words,key", [
    ("【单位生产总值能耗】", "完成省下达任务。", ("energy_intensity", "growth")),
    ("【居民人均可支配收入】", "预期增长与经济增长同步。", ("disposable_income", "growth")),
    ("【单位地区生产总值二氧化碳排放】", "完成省下达任务。", ("carbon_intensity", "growth")),
])
def test_card_words_past_a_page_break(label, words, key, region, year, brk):
    text = _card_page(region, year, label, f"{year}年{words}", brk)
    fs = keys_of(read(text, region=region, report_year=year))
    assert fs[(key[0], "target", str(year), key[1])].qualifier == "qualitative"


@pytest.mark.parametrize("brk", _PAGE_BREAKS)
def test_card_head_naming_nothing_past_a_page_break(brk):
    # (a head naming no indicator over a page's break: its sentence's figures stay as the plain page reads them)
    text = _card_page("吉安市", 2025, "【关键数据】", "2025年完成省下达任务。", brk)
    plain = _card_page("吉安市", 2025, "【关键数据】", "2025年完成省下达任务。", "\n")
    got = {k for k in keys_of(read(text, region="吉安市", report_year=2025)) if k[0] == "energy_intensity"}
    assert got == {k for k in keys_of(read(plain, region="吉安市", report_year=2025)) if k[0] == "energy_intensity"}


# ---------------------------------------------------------------- a numbered item's line hung on its comma


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
@pytest.mark.parametrize("region,year,item,key,want", [
    ("府谷县", 2025, "5.地方财政收入：年度计划增长5%，预计完成92.4亿元，\n下降8.6%。其中，税收收入占比达到83.5%。",
     ("general_budget_revenue", "actual", "2024", "growth"), (-8.6, "eq")),
    ("神木市", 2024, "3.社会消费品零售总额：年度计划增长7%，预计完成196.8亿元，\n增长5.2%，低于计划1.8个百分点。",
     ("retail_sales", "actual", "2023", "growth"), (5.2, "eq")),
    ("米脂县", 2021, "4.地方财政收入：年度计划增长8%，预计完成15.6亿元，\n增长2.1%，低于计划5.9个百分点。",
     ("general_budget_revenue", "actual", "2020", "growth"), (2.1, "eq")),
])
def test_item_line_hung_on_its_comma(indent, region, year, item, key, want):
    text = (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year - 1}年计划执行情况\n{indent}1.地区生产总值：年度计划增长6%，预计增长4.6%。\n{indent}{item}\n")
    assert val(keys_of(read(text, region=region, report_year=year)), key) == want


def test_title_ending_on_a_comma_stays_a_title():
    # (a theme's title of no figure cut after its comma is no item's figures: nothing read from it either way)
    text = ("二、2024年工作安排\n（一）聚焦产业升级，\n加快建设现代化产业体系。全年新建5G基站1000个。\n")
    d = read(text, region="榆林市", report_year=2024)
    assert [(p.action, p.value, p.object) for p in d.pledges] == [("新建", 1000.0, "5G基站")]


# ---------------------------------------------------------------- 人民币 on the line under its amount


@pytest.mark.parametrize("line", [
    "今年赤字率拟按3%安排，赤字规模4.06万亿元\n人民币，比去年年初预算增加1800亿元；拟安排地方政府专项债券3.9万亿元。",
    "今年赤字率擬按3%安排，赤字規模4.06萬億元\n人民幣，比去年年初預算增加1800億元；擬安排地方政府專項債券3.9萬億元。",
    "今年赤字率擬按3%安排，赤字規模4.06萬億元人民\n幣，比去年年初預算增加1800億元；擬安排地方政府專項債券3.9萬億元。",
    "今年赤字率拟按3%安排，赤字规模4.06万亿元人\n民币，比去年年初预算增加1800亿元；拟安排地方政府专项债券3.9万亿元。",
])
def test_renminbi_on_the_next_line(line):
    text = ("【明報專訊】國務院總理5日在十四屆全國人大二次會議上作政府工作報告。\n" + line + "\n")
    d = read(text)
    objs = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("赤字规模", 4.06, "万亿元") in objs and not any("人民币" in o for o, _, _ in objs)


# ---------------------------------------------------------------- 按年 cut by a line's end


@pytest.mark.parametrize("cut", ["按\n年增長5.2%", "按年增\n長5.2%", "按年\n增長5.2%"])
def test_hong_kong_year_on_year_cut_by_a_line(cut):
    text = ("【明報專訊】國務院總理5日在十四屆全國人大二次會議上作政府工作報告。報告回顧，去年內地國內生產總值超過126萬億元人民幣，"
            + cut + "，增速在全球主要經濟體中名列前茅。\n今年經濟增長預期目標為5%左右。\n")
    assert val(keys_of(read(text)), ("gdp", "actual", "2023", "growth")) == (5.2, "eq")


def test_year_plan_word_cut_stays_a_plan():
    # (按年度計劃 cut by a line is no 同比: the plan's growth as read whole)
    whole = keys_of(read("國務院總理5日在十四屆全國人大二次會議上作政府工作報告。報告說，各項工作按年度計劃推進，"
                         "今年經濟增長預期目標為5%左右。\n"))
    cut = keys_of(read("國務院總理5日在十四屆全國人大二次會議上作政府工作報告。報告說，各項工作按\n年度計劃推進，"
                       "今年經濟增長預期目標為5%左右。\n"))
    assert set(whole) == set(cut) and val(cut, ("gdp", "target", "2024", "growth")) == (5.0, "about")


# ---------------------------------------------------------------- a 【链接】 line cut by the page's width


@pytest.mark.parametrize("label", ["【链接】", "【相关】"])
@pytest.mark.parametrize("cut", ["，新增城\n镇就业28万人", "，新\n增城镇就业28万人", "，新增城镇就业\n28万人"])
def test_link_line_cut_by_the_width(label, cut):
    text = ("江夏区政府工作报告解读\n2026年，全区将新建改造农贸市场10个，新增停车泊位6000个。\n"
            f"{label}武汉市政府工作报告：今年全市地区生产总值增长5.5%左右{cut}\n（编辑：胡敏　审核：张涛）\n")
    d = read(text, region="江夏区", report_year=2026)
    assert {(p.object, p.value) for p in d.pledges} == {("农贸市场", 10.0), ("停车泊位", 6000.0)}
