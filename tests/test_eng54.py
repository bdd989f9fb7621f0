"""English pages: what decisions 426 and 431 left (eng54, decision 440): the text as read keeps an English plural's
possessive apart from the next word ("residents' per capita") and a headline ending on its year apart from the date line
under it ("…in 2021" over "2021-01-20 | …"); "economic growth" names GDP, but not as what another figure keeps pace with;
"R&D spending accounted for N percent of GDP" is the R&D intensity, a share of another whole is not; county-level
divisions have English names (region_en.tsv, derived from the gazetteer): another county's figures are not the page's,
and an English lead naming a county-level city gives the page's region. With look-alikes that must not change. The
sentences are written for these tests, not copied from the set."""
from factkeys import key_values, read

_NINGXIANG = ("Ningxiang looks ahead\nUpdated: 2023-01-12 | english.changsha.gov.cn\n\nNingxiang, a county-level city "
              "under Changsha in Central China's Hunan province, released its government work report on Wednesday, "
              "which set this year's targets.\n\n")
_HUBEI = "Hubei sets targets\nXinhua | 2021-01-25\n\nWUHAN, Jan. 25 (Xinhua) -- Hubei will aim for growth this year.\n\n"


# --- (a) the text as read keeps English word boundaries ---

def test_plural_possessive_keeps_its_space_urban_income():
    kv = key_values(read(_NINGXIANG + "In 2022, urban residents' per capita disposable income grew 5.1 percent.\n",
                         "宁乡市.txt"))
    assert kv.get(("urban_disposable_income", "actual", "2022", "growth")) == (5.1, "eq")
    assert ("disposable_income", "actual", "2022", "growth") not in kv


def test_plural_possessive_keeps_its_space_rural_income_level():
    d = read(_HUBEI + "Rural residents' per capita disposable income reached 16,300 yuan in 2020.\n", "湖北省.txt")
    f = next(f for f in d.facts if f.indicator.endswith("disposable_income"))
    assert (f.indicator, f.role, f.period, f.value, f.unit) == ("rural_disposable_income", "actual", "2020", 16300, "元")


def test_possessive_of_a_singular_is_as_before():
    # look-alike: no possessive, "of residents": the residents' income, before and after
    kv = key_values(read(_HUBEI + "The per capita disposable income of residents grew 4 percent in 2020.\n", "湖北省.txt"))
    assert kv.get(("disposable_income", "actual", "2020", "growth")) == (4, "eq")


def test_headline_ending_on_its_year_over_the_date_line():
    d = read("Lanxi maps out its growth in 2021\n2021-01-20 | Zhejiang Channel\n\nLanxi, a county-level city in "
             "Zhejiang province, expects its economy to grow by about 7 percent, according to the city's government "
             "work report.\n", "兰溪市.txt")
    assert d.meta.report_year == 2021


# --- (b) economic growth as GDP's name ---

def test_economic_growth_of_around_n_percent_is_the_gdp_target():
    kv = key_values(read(_HUBEI.replace("will aim for growth this year", "will aim for economic growth of above 10 "
                                                                        "percent this year"), "湖北省.txt"))
    assert kv.get(("gdp", "target", "2021", "growth")) == (10, "at_least")


def test_economic_growth_slowed_is_the_years_result():
    kv = key_values(read(_HUBEI + "In 2020, economic growth slowed to minus 5 percent.\n"
                         "Economic growth slowed to 3.9 percent in 2019.\n", "湖北省.txt"))
    assert kv.get(("gdp", "actual", "2019", "growth")) == (3.9, "eq")
    assert not any(k[0] == "gdp" and k[1] == "target" for k in kv)


def test_in_line_with_economic_growth_gives_no_gdp_figure():
    # look-alike: the economy as what incomes keep pace with; its figure is no GDP target of its own
    kv = key_values(read(_HUBEI + "Residents' incomes will grow in line with economic growth of 6 percent.\n", "湖北省.txt"))
    assert not any(k[0] == "gdp" for k in kv)


def test_national_economic_growth_target_cited_gives_no_fact():
    # look-alike: the country's target on a province's page
    kv = key_values(read(_HUBEI + "China set its economic growth target at above 6 percent for 2021.\n", "湖北省.txt"))
    assert not any(k[0] == "gdp" for k in kv)


# --- (c) R&D spending's share of GDP ---

def test_rnd_spending_share_of_gdp_is_the_intensity():
    d = read(_HUBEI + "In 2020, R&D spending accounted for 2.3 percent of the province's GDP.\n", "湖北省.txt")
    f = next(f for f in d.facts if f.indicator == "rnd_intensity")
    assert (f.role, f.period, f.measure, f.value, f.unit) == ("actual", "2020", "share", 2.3, "%")


def test_rnd_spending_share_of_another_whole_is_no_intensity():
    # look-alike: the province's R&D spending as a share of the country's, not of GDP
    kv = key_values(read(_HUBEI + "In 2020, R&D spending accounted for 4.1 percent of the national total.\n", "湖北省.txt"))
    assert not any(k[0] == "rnd_intensity" for k in kv)


# --- (d) county-level divisions in English ---

def test_another_county_level_citys_figure_is_not_the_pages():
    kv = key_values(read(_NINGXIANG + "Liuyang, another county-level city under Changsha, saw its GDP grow 8 percent "
                                      "in 2022.\n", "宁乡市.txt"))
    assert ("gdp", "actual", "2022", "growth") not in kv


def test_own_county_level_city_keeps_its_figure():
    # look-alike: the page's own city opening the sentence keeps its figure
    kv = key_values(read(_NINGXIANG + "Ningxiang saw its GDP grow 5 percent in 2022.\n", "宁乡市.txt"))
    assert kv.get(("gdp", "actual", "2022", "growth")) == (5, "eq")


def test_region_from_an_english_lead_naming_a_county_level_city():
    d = read(_NINGXIANG, "page.txt")
    assert (d.meta.region, d.meta.level, d.meta.parent, d.meta.province) == ("宁乡市", "county", "长沙市", "湖南省")


def test_region_from_an_english_lead_naming_a_county():
    d = read("Changxing sets goals\n2024-01-10 | Zhejiang Channel\n\nChangxing county in Zhejiang province aims to grow "
             "its economy by about 6 percent this year, according to the county's government work report.\n", "page.txt")
    assert (d.meta.region, d.meta.region_code) == ("长兴县", "330522")


def test_namesake_told_apart_by_its_province():
    # 义乌 and 伊吾 are both Yiwu in pinyin: the province named in the lead decides
    d = read("Yiwu looks ahead\n2022-01-12 | China Daily\n\nYiwu, a county-level city in East China's Zhejiang province, "
             "expects its foreign trade to grow by about 10 percent, according to its government work report.\n", "page.txt")
    assert d.meta.region == "义乌市"


def test_region_from_an_english_lead_after_a_wire_dateline():
    d = read("Yunnan aims high\nXinhua | 2022-01-20\n\nKUNMING, Jan. 20 (Xinhua) -- Yunnan Province will aim for "
             "economic growth of around 7 percent this year.\n", "page.txt")
    assert d.meta.region == "云南省"


def test_xinhua_dateline_is_no_other_county():
    # look-alike: 新化县's pinyin is the agency's name; the dateline before a county's own figure names no other county
    kv = key_values(read("Lankao grows\nXinhua | 2022-01-20\n\nLANKAO, Jan. 20 (Xinhua) -- The county's GDP grew 5 "
                         "percent in 2021.\n", "兰考县.txt"))
    assert kv.get(("gdp", "actual", "2021", "growth")) == (5, "eq")
