"""Last session's later sets printed eight ways (prn65, decision 569: tsk64, stl64b, adv64c, adv64d, lft64b, new64,
adv64e, adv64f). Fixed, as classes of printed pages:
- a page setting each sentence a paragraph, a news page with no parts: the region's own aim after the level above's
  target, its name left out ("…。\n\n年初，渭南市确定的地区生产总值增长目标为7%。\n\n全县力争增长7.5%。\n\n全年实际增长6.8%。"):
  the year reviewed's target, as in one paragraph (not the report year's), and the 全年实际 sentence after it no pledge;
- the same page: a zone's target under the year's target list, a paragraph of its own ("…主要预期目标是：…。\n\n高新区
  地区生产总值增长10%以上。"): the list's own item, no pledge, as in the list's paragraph;
- a PDF layer's space table whose row a number split left two cells wider than its header ("实际使用外资 亿元 1 5 8 6.2",
  "城镇居民人均可支配收入 元 4 7 860 4.9", a thousand set apart and split again): read by the rows above's sizes, the
  table going on under it (the row ended the table, and every row under it was lost).
The look-alikes keep what they gave: the paragraph whole, an aim with no level above's target before it, a zone's task
under the list, a table's rows read whole."""
import pytest

from factkeys import keys_of, read

_NEWS = ("{county}政府工作报告解读：砥砺奋进 再创佳绩\n2023-01-10 09:30　来源：{county}融媒体中心\n\n"
         "1月9日，{county}第十九届人民代表大会第二次会议开幕，县长{mayor}代表县人民政府作政府工作报告。\n\n")
_REVIEW = ("报告提出，2022年全县一般公共预算收入完成{rev}亿元，增长{rg}%。{sep}年初，{city}确定的地区生产总值增长目标为{above}%。"
           "{sep}{own}力争增长{aim}%。{sep}全年实际增长{actual}%。")
_AIMS = "\n\n报告提出，2023年全县主要预期目标是：地区生产总值增长{t}%左右，固定资产投资增长9%。全年将新建改造农村公路150公里。"
_CASES = [dict(county="岐山县", mayor="李明", city="宝鸡市", rev="8.6", rg="7.2", above="6.5", own="全县", aim="7", actual="6.2", t="6.5"),
          dict(county="洛川县", mayor="王刚", city="延安市", rev="12.4", rg="9.5", above="7", own="我县", aim="8", actual="7.4", t="7.5")]


def _news(c: dict, sep: str) -> str:
    return _NEWS.format(**c) + _REVIEW.format(sep=sep, **c) + _AIMS.format(**c)


# 1. the own aim after the level above's target, each sentence a paragraph (failed on the base: the aim read as the
# report year's target, the year's own target lost behind it, and 全年实际增长 pledged)
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("c", _CASES)
def test_own_aim_a_paragraph_is_the_year_reviewed(sep, c):
    d = read(_news(c, sep))
    k = keys_of(d)
    assert k[("gdp", "target", "2022", "growth")].value == float(c["aim"])
    assert k[("gdp", "actual", "2022", "growth")].value == float(c["actual"])
    assert k[("gdp", "target", "2023", "growth")].value == float(c["t"])
    assert not any("实际" in p.quote for p in d.pledges)
    assert any(p.value == 150 for p in d.pledges)


# look-alikes (passing on both): the paragraph whole; an aim with no level above's target before it stays this year's
@pytest.mark.parametrize("c", _CASES)
def test_own_aim_one_paragraph_as_before(c):
    d = read(_news(c, ""))
    k = keys_of(d)
    assert k[("gdp", "target", "2022", "growth")].value == float(c["aim"])
    assert not any("实际" in p.quote for p in d.pledges)


def test_aim_alone_after_this_year_stays_this_years():
    c = _CASES[0]
    text = _NEWS.format(**c) + "报告提出，2023年全县将聚焦高质量发展。\n\n全县力争地区生产总值增长7%。\n\n新建改造农村公路150公里。"
    k = keys_of(read(text))
    assert k[("gdp", "target", "2023", "growth")].value == 7


# 2. a zone's target under the list, a paragraph of its own (failed on the base: pledged)
_CITY = ("{city}政府工作报告\n——2023年1月12日在{city}第十届人民代表大会第二次会议上\n\n二、2023年主要目标任务\n"
         "今年全市经济社会发展的主要预期目标是：地区生产总值增长{g}%左右，一般公共预算收入增长5%，城镇新增就业2.5万人。"
         "{sep}{zone}地区生产总值增长{zg}%以上。{sep}重点做好以下工作：实施重大项目{n}个，新建公办幼儿园8所。")


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("city,zone,g,zg,n", [("株洲市", "株洲经开区", "6.5", "10", "260"), ("九江市", "九江高新区", "6", "9", "320"),
                                          ("宜宾市", "临港开发区", "7", "12", "180")])
def test_zone_target_under_list_no_pledge(sep, city, zone, g, zg, n):
    d = read(_CITY.format(city=city, zone=zone, g=g, zg=zg, n=n, sep=sep))
    assert not any("地区生产总值" in p.quote for p in d.pledges)
    assert any(p.value == float(n) for p in d.pledges)


# look-alikes (passing on both): in the list's paragraph; a zone's task under the list stays pledged
def test_zone_target_in_list_paragraph_as_before():
    d = read(_CITY.format(city="株洲市", zone="株洲经开区", g="6.5", zg="10", n="260", sep=""))
    assert not any("地区生产总值" in p.quote for p in d.pledges)


def test_zone_task_under_list_pledged():
    text = _CITY.format(city="九江市", zone="九江高新区", g="6", zg="9", n="320", sep="\n\n").replace(
        "九江高新区地区生产总值增长9%以上。", "九江高新区新建标准厂房20万平方米。")
    d = read(text)
    assert any(p.value == 20 and "标准厂房" in p.quote for p in d.pledges)


# 3. a space table's row two cells wider than its header (failed on the base: the table ended at it, the rows under it lost)
_TABLE = ("关于{city}2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月15日在{city}第六届人民代表大会第四次会议上\n"
          "一、2023年计划执行情况\n主要指标完成情况如下：\n指标 单位 2023年完成 比上年增长（%）\n"
          "地区生产总值 亿元 1850.2 5.6\n一般公共预算收入 亿元 120.5 4.1\n固定资产投资 亿元 760.3 6.3\n{row}\n"
          "城镇居民人均可支配收入 元 {income} 5.2\n二、2024年计划草案\n2024年主要预期目标：地区生产总值增长5.5%左右。\n")


@pytest.mark.parametrize("city,row,income", [
    ("上饶市", "社会消费品零售总额 亿元 8 4 1 5.8", "41 250"),
    ("吉安市", "社会消费品零售总额 亿元 6 9 2 6.1", "41 250"),
    ("赣州市", "社会消费品零售总额 亿元 912.4 5.8", "4 1 250"),
    ("宜春市", "社会消费品零售总额 亿元 912.4 5.8", "41 2 50"),
])
def test_table_row_two_cells_wider(city, row, income):
    k = keys_of(read(_TABLE.format(city=city, row=row, income=income)))
    assert k[("urban_disposable_income", "actual", "2023", "level")].value == 41250
    assert k[("urban_disposable_income", "actual", "2023", "growth")].value == 5.2
    assert k[("retail_sales", "actual", "2023", "level")].value in (841, 692, 912.4)


# look-alikes (passing on both): the rows whole; one cell wider as before
@pytest.mark.parametrize("row,retail", [("社会消费品零售总额 亿元 841 5.8", 841), ("社会消费品零售总额 亿元 84 1 5.8", 841)])
def test_table_rows_as_before(row, retail):
    k = keys_of(read(_TABLE.format(city="抚州市", row=row, income="41 250")))
    assert k[("retail_sales", "actual", "2023", "level")].value == retail
    assert k[("urban_disposable_income", "actual", "2023", "level")].value == 41250
