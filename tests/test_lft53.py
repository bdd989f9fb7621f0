"""English pages: the names of regions and of indicators (lft53, decision 426): another division named in English in a
figure's clause or opening its sentence ("Nanjing saw its GDP grow…", "…, and the city of Suzhou reported…") is that
division's figure, not the page's; the English names of the headline indicators not yet in indicators.tsv ("Exports",
"fiscal revenue", "per capita disposable income"), with the guards of their parts ("exports of high-tech products",
"exports to ASEAN", "high-tech exports"); the English names table derived from the gazetteer with pypinyin. With
look-alikes that must not change. The sentences are written for these tests, not copied from the set."""
from factkeys import key_values, read

from planwatch import vocab

_EN = ("Jiangsu sets growth target\nXinhua | 2017-01-16\n\nNANJING, Jan. 16 (Xinhua) -- East China's Jiangsu Province "
       "has set its GDP growth target at around 7.5 percent for 2017, according to a government work report delivered on "
       "Sunday.\n\n")
_CITY = ("Xi'an eyes growth\nUpdated: 2021-01-20\n\nThe city of Xi'an aims to grow its economy by around 7 percent in "
         "2021, according to the municipal government work report.\n\n")


def _en(body: str) -> dict:
    return key_values(read(_EN + body + "\n", "江苏省.txt", region="江苏省", level="province", report_year=2017))


def _city(body: str) -> dict:
    return key_values(read(_CITY + body + "\n", "西安市.txt", region="西安市", level="prefecture", report_year=2021))


# --- another division named in English ---

def test_other_city_opening_sentence_is_not_the_province():
    # "Nanjing saw its GDP grow 8 percent in 2016.": Nanjing's figure on Jiangsu's page, not the province's
    kv = _en("Nanjing saw its GDP grow 8 percent in 2016.")
    assert ("gdp", "actual", "2016", "growth") not in kv


def test_other_city_in_clause_after_comma():
    # "…, and the city of Suzhou reported general public budget revenue of…": Suzhou's, the clause names it
    kv = _en("Jiangsu's GDP grew 7.8 percent in 2016, and the city of Suzhou reported general public budget revenue "
             "of 173 billion yuan.")
    assert kv.get(("gdp", "actual", "2016", "growth")) == (7.8, "eq")
    assert ("general_budget_revenue", "actual", "2016", "level") not in kv


def test_province_above_on_a_city_page():
    # "Shaanxi Province's GDP grew 2.2 percent" on Xi'an's page: the province's, not the city's
    kv = _city("Shaanxi Province's GDP grew 2.2 percent in 2020, and Xi'an's foreign trade rose 6.5 percent.")
    assert ("gdp", "actual", "2020", "growth") not in kv


def test_own_name_keeps_its_figure():
    # look-alike: the page's own division named in English ("Jiangsu's GDP", "Xi'an's foreign trade") keeps its figure
    kv = _city("Xi'an's GDP grew 5.2 percent in 2020, and Xi'an's foreign trade rose 6.5 percent.")
    assert kv.get(("gdp", "actual", "2020", "growth")) == (5.2, "eq")
    assert kv.get(("foreign_trade", "actual", "2020", "growth")) == (6.5, "eq")


def test_region_above_in_an_apposition_is_no_subject():
    # look-alike: "Xi'an, capital of Shaanxi Province, …" — the province named inside the sentence, not opening it, nor
    # in the figure's clause: the city's own figure
    kv = _city("Xi'an, the capital city in the northwest, saw its retail sales of consumer goods rise 3.6 percent in 2020.")
    assert kv.get(("retail_sales", "actual", "2020", "growth")) == (3.6, "eq")


# --- English indicator names and their parts ---

def test_exports_alone():
    # "Exports grew 9.5 percent in 2016.": the region's exports
    kv = _en("Exports grew 9.5 percent in 2016.")
    assert kv.get(("exports", "actual", "2016", "growth")) == (9.5, "eq")


def test_exports_of_a_kind_is_a_part():
    # look-alike: "exports of high-tech products", "exports to ASEAN", "high-tech exports": a part of the exports
    for s in ("Exports of high-tech products fell 4.1 percent in 2016.", "Exports to ASEAN rose 18 percent in 2016.",
              "High-tech exports rose 12 percent in 2016."):
        assert ("exports", "actual", "2016", "growth") not in _en(s), s


def test_imports_are_no_trade_total():
    # look-alike: "Imports dropped 4.2 percent": no indicator of the taxonomy (not foreign trade, not exports)
    kv = _en("Imports dropped 4.2 percent in 2016.")
    assert not any(k[0] in ("exports", "foreign_trade") for k in kv)


def test_per_capita_disposable_income_bare():
    # "The per capita disposable income of residents"/"Per capita disposable income grew …": all residents'
    kv = _en("Per capita disposable income grew 8.6 percent in 2016.")
    assert kv.get(("disposable_income", "actual", "2016", "growth")) == (8.6, "eq")


def test_urban_income_stays_urban():
    # look-alike: the longer name wins, "…of urban residents": the urban income, not all residents'
    kv = _en("Per capita disposable income of urban residents grew 8 percent in 2016.")
    assert kv.get(("urban_disposable_income", "actual", "2016", "growth")) == (8, "eq")
    assert ("disposable_income", "actual", "2016", "growth") not in kv


def test_fiscal_revenue_is_the_total():
    # "Fiscal revenue reached 1,020 billion yuan in 2016": a local report's bare 财政收入, the total (spec)
    kv = _en("Fiscal revenue grew 5.3 percent in 2016.")
    assert kv.get(("fiscal_total_revenue", "actual", "2016", "growth")) == (5.3, "eq")


# --- the names table ---

def test_region_en_table_is_derived_and_tells_namesakes():
    # Shaanxi (陕西) and Shanxi (山西) kept apart; Xi'an with its apostrophe; the autonomous region's English name
    rows = {r[1]: r[2] for r in vocab.table("region_en.tsv")}
    assert rows["陕西省"] == "Shaanxi" and rows["山西省"] == "Shanxi"
    assert rows["西安市"] == "Xi'an" and rows["成都市"] == "Chengdu"
    assert "Inner Mongolia" in rows["内蒙古自治区"].split("/")


# --- an English figure of a part of the year ---

def test_relative_clause_of_the_first_half_gives_way_to_the_year():
    # "Exports, which fell 3 percent in the first half, grew 1.5 percent in 2016.": the half's figure is no year's, the
    # change after the clause the year's result
    kv = _en("Exports, which fell 3 percent in the first half, grew 1.5 percent in 2016.")
    assert kv.get(("exports", "actual", "2016", "growth")) == (1.5, "eq")


def test_first_three_quarters_alone_gives_nothing():
    # "Retail sales of consumer goods rose 10.2 percent in the first three quarters.": a part of the year, no fact
    kv = _en("Retail sales of consumer goods rose 10.2 percent in the first three quarters.")
    assert not any(k[0] == "retail_sales" and k[1] == "actual" for k in kv)


def test_first_half_of_another_clause_is_not_the_figures():
    # look-alike: the part of the year in the next clause, after a comma, is not the figure's time
    kv = _en("Retail sales of consumer goods rose 10.9 percent in 2016, after slowing in the first half.")
    assert kv.get(("retail_sales", "actual", "2016", "growth")) == (10.9, "eq")
