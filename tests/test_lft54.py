"""English pages: the report's type and year from an English lead, and English counts (lft54, decision 431): a local
government's work report named by its level or region in a lead looking ahead ("the work report of the Shaanxi provincial
government", "Wuxi's municipal government work report", "the government work report of Cixi city"); a figure looked
ahead to in a lead naming no year is the target of the page's year; counts in English units and before their nouns
("12.3 million tonnes", "more than 1.1 million new urban jobs", "35 million tourist visits"); a change closing its
sentence after a dated level ("…in 2022, up 2.8 percent."); another city opening a sentence the text as read has joined
to the paragraph before. With look-alikes that must not change. The sentences are written for these tests, not copied
from the set."""
from factkeys import key_values, read


def _doc(text: str, name: str, **meta):
    return read(text, name, **meta)


_SHAANXI = ("Shaanxi eyes steady growth\nXinhua | 2023-01-16\n\nXI'AN, Jan. 16 (Xinhua) -- Northwest China's Shaanxi "
            "Province will aim for growth of around 5.5 percent this year, according to the work report of the Shaanxi "
            "provincial government released on Monday.\n\n")
_WUXI = ("Wuxi's targets for the year\nUpdated: 2022-01-20 | english.wuxi.gov.cn\n\nWuxi's municipal government work "
         "report, submitted to the city's people's congress on Wednesday, set this year's targets for the city.\n\n")
_CIXI = ("Cixi charts its course\nChina Daily | Updated: 2021-02-05 10:20\n\nCixi city, a manufacturing hub in East China's "
         "Zhejiang province, expects its economy to grow by more than 6 percent, according to the government work report of "
         "Cixi city released on Thursday.\n\n")


# --- the report's type from an English lead naming it in other words ---

def test_work_report_of_the_named_provincial_government():
    d = _doc(_SHAANXI + "Shaanxi's GDP grew 4.3 percent in 2022.\n", "陕西省.txt")
    assert d.meta.doc_type == "government_work_report"


def test_municipal_government_work_report_after_a_possessive():
    d = _doc(_WUXI + "The city aims to grow its GDP by around 5 percent.\n", "无锡市.txt")
    assert d.meta.doc_type == "government_work_report"


def test_government_work_report_of_a_county_level_city():
    d = _doc(_CIXI + "Cixi's GDP reached 253 billion yuan in 2020.\n", "慈溪市.txt")
    assert d.meta.doc_type == "government_work_report"


def test_statistics_page_citing_the_provincial_report_stays_other():
    # look-alike: last year's figures cited from the report, no sentence looking ahead (decision 403's kept case)
    d = _doc("Hainan's economy in 2020\nUpdated: 2021-01-28\n\nHainan's GDP grew 3.5 percent in 2020, according to "
             "the provincial government work report.\n\nRetail sales fell 1.2 percent.\n", "海南省.txt")
    assert d.meta.doc_type == "other"


def test_premiers_report_cited_on_a_province_page_stays_other():
    # look-alike: the country's report named, the Premier its speaker, on a page whose lead names a province
    d = _doc("Yunnan grows\nXinhua | 2023-03-06\n\nKUNMING, March 6 (Xinhua) -- Yunnan Province saw its GDP grow 4.3 "
             "percent in 2022, a day after the government work report delivered by Premier Li Keqiang set this year's "
             "national target at around 5 percent.\n", "云南省.txt")
    assert d.meta.doc_type == "other"


# --- the year from the page's date when the lead names none ---

def test_lead_looking_ahead_with_no_year_is_the_years_target():
    kv = key_values(_doc(_CIXI, "慈溪市.txt"))
    assert kv.get(("gdp", "target", "2021", "growth")) == (6, "at_least")


def test_sentence_naming_its_year_keeps_its_result():
    # look-alike: a figure looked back on in a sentence naming its year is that year's result, not the page's target
    kv = key_values(_doc(_CIXI + "Cixi's foreign trade is estimated to have grown 3 percent in 2020.\n", "慈溪市.txt"))
    assert kv.get(("foreign_trade", "actual", "2020", "growth")) == (3, "eq")
    assert ("foreign_trade", "target", "2021", "growth") not in kv


# --- English counts ---

def test_million_tonnes_of_grain():
    kv = key_values(_doc(_SHAANXI + "Grain output reached 12.8 million tonnes in 2022.\n", "陕西省.txt"))
    assert kv.get(("grain_output", "actual", "2022", "level")) == (1280, "eq")


def test_jobs_counted_before_their_noun():
    d = _doc(_SHAANXI + "This year, the province plans to create more than 450,000 new urban jobs.\n", "陕西省.txt")
    f = next(f for f in d.facts if f.indicator == "urban_new_jobs")
    assert (f.role, f.period, f.value, f.unit, f.qualifier) == ("target", "2023", 450000, "人", "at_least")


def test_million_visits_counted_before_their_noun():
    d = _doc(_SHAANXI + "The province received 35 million tourist visits in 2022.\n", "陕西省.txt")
    f = next(f for f in d.facts if f.indicator == "tourist_visits")
    assert (f.role, f.period, f.value, f.unit) == ("actual", "2022", 3500, "万人次")


def test_farmland_in_mu_gives_no_fact():
    # look-alike: a count of no taxonomy indicator stays out, and the yuan amount keeps its unit
    kv = key_values(_doc(_SHAANXI + "The province will build over 500,000 mu of high-standard farmland this year.\n",
                         "陕西省.txt"))
    assert not any(k[0] in ("grain_output", "grain_area", "urban_new_jobs") for k in kv)


# --- the change after a dated level, closing its sentence ---

def test_change_closing_the_sentence_after_a_dated_level():
    kv = key_values(_doc(_WUXI + "Wuxi's GDP totaled 1.49 trillion yuan in 2021, up 8.8 percent.\n", "无锡市.txt"))
    assert kv.get(("gdp", "actual", "2021", "level")) == (1.49, "eq")
    assert kv.get(("gdp", "actual", "2021", "growth")) == (8.8, "eq")


# --- another city opening a sentence joined to the paragraph before ---

def test_neighbouring_city_in_an_apposition_after_a_paragraph():
    kv = key_values(_doc(_WUXI + "Wuxi's retail sales of consumer goods rose 4 percent in 2021.\n\nChangzhou, a "
                         "neighboring city, reported GDP growth of 9.1 percent in 2021.\n", "无锡市.txt"))
    assert kv.get(("retail_sales", "actual", "2021", "growth")) == (4, "eq")
    assert ("gdp", "actual", "2021", "growth") not in kv


def test_own_city_opening_a_joined_paragraph_keeps_its_figure():
    # look-alike: the page's own city opening the next paragraph keeps its figure
    kv = key_values(_doc(_WUXI + "Retail sales of consumer goods rose 4 percent in 2021.\n\nWuxi, the host city, "
                         "reported GDP growth of 8.8 percent in 2021.\n", "无锡市.txt"))
    assert kv.get(("gdp", "actual", "2021", "growth")) == (8.8, "eq")


def test_share_in_percent_is_no_growth():
    # look-alike: a rate's percent is its share, not a change
    kv = key_values(_doc(_WUXI + "The surveyed urban unemployment rate will be kept within 5 percent.\n", "无锡市.txt"))
    assert kv.get(("urban_unemployment_rate", "target", "2022", "share")) == (5, "at_most")
