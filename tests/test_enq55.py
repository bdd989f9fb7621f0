"""English qualitative targets (enq55, decision 447): an English target with no figure after its indicator's name, in
its clause ("keep consumer prices generally stable", "…income … in step with economic growth", "energy consumption per
unit of GDP will meet the targets set by the provincial government") is the indicator's qualitative target of the
report's year; the urban and rural incomes named together give both; a sentence the country opens is the country's,
not the page's. Look-alikes: the same words in a review, a figure present (grain output stable at above X), another
province's target, the country's. The sentences are written for these tests, not copied from the set."""
from factkeys import key_values, read

_SHANXI = ("Shanxi maps out its year\nXinhua | 2020-01-15\n\nTAIYUAN, Jan. 15 (Xinhua) -- North China's Shanxi "
           "Province will aim for economic growth of around 6.1 percent this year, according to the work report of "
           "the Shanxi provincial government delivered on Tuesday.\n\n")
_WUXI = ("Wuxi's targets for 2024\nenglish.wuxi.gov.cn | 2024-01-20\n\nThe Wuxi municipal government work report, "
         "delivered on January 18, sets the city's main targets for 2024:\n\n")


def _qual(kv, key):
    return kv.get(key) == (None, "qualitative")


# --- the class: an English target in words ---

def test_consumer_prices_kept_generally_stable_is_the_cpi_target():
    kv = key_values(read(_SHANXI + "The province will keep consumer prices basically stable and expand domestic demand.\n",
                         "山西省.txt"))
    assert _qual(kv, ("cpi", "target", "2020", "growth"))


def test_income_in_step_with_economic_growth_in_a_list_item():
    kv = key_values(read(_WUXI + "- GDP growth of around 5 percent;\n- per capita disposable income of residents "
                         "rising in line with economic growth;\n", "无锡市.txt"))
    assert _qual(kv, ("disposable_income", "target", "2024", "growth"))
    assert kv.get(("gdp", "target", "2024", "growth")) == (5, "about")


def test_urban_and_rural_incomes_named_together_give_both():
    kv = key_values(read(_SHANXI + "It will keep the per capita disposable income of urban and rural residents growing "
                         "in step with economic growth.\n", "山西省.txt"))
    assert _qual(kv, ("urban_disposable_income", "target", "2020", "growth"))
    assert _qual(kv, ("rural_disposable_income", "target", "2020", "growth"))


def test_energy_intensity_meets_the_targets_set_above():
    d = read(_SHANXI + "Energy consumption per unit of GDP will meet the targets set by the central government, the "
             "report said.\n", "山西省.txt")
    f = next(f for f in d.facts if f.indicator == "energy_intensity")
    assert (f.role, f.period, f.measure, f.value, f.qualifier) == ("target", "2020", "growth", None, "qualitative")
    assert f.quote.endswith("central government")


def test_energy_intensity_named_inside_the_task():
    kv = key_values(read(_WUXI + "- meet the energy intensity targets assigned by the provincial government.\n",
                         "无锡市.txt"))
    assert _qual(kv, ("energy_intensity", "target", "2024", "growth"))


def test_country_opening_the_sentence_is_not_the_page_s_target():
    kv = key_values(read(_SHANXI + "The country aims to keep prices stable, with the CPI rise at around 3.5 percent.\n",
                         "山西省.txt"))
    assert not any(k[0] == "cpi" for k in kv)


def test_residents_income_growth_keeping_pace_is_the_income_target():
    kv = key_values(read(_SHANXI + "Residents' income growth will keep pace with economic growth, the report said.\n",
                         "山西省.txt"))
    assert _qual(kv, ("disposable_income", "target", "2020", "growth"))


def test_urban_residents_incomes_are_the_urban_income():
    kv = key_values(read(_SHANXI + "In 2019, urban residents' incomes grew 7.1 percent.\n", "山西省.txt"))
    assert kv.get(("urban_disposable_income", "actual", "2019", "growth")) == (7.1, "eq")
    assert not any(k[0] == "disposable_income" for k in kv)

# --- look-alikes that must not change ---

def test_review_in_step_gives_no_target():
    kv = key_values(read(_SHANXI + "Last year, per capita disposable income of residents grew in step with economic "
                         "growth.\n", "山西省.txt"))
    assert not any(k[0] == "disposable_income" and k[1] == "target" for k in kv)


def test_grain_output_stable_at_a_figure_is_numeric():
    kv = key_values(read(_SHANXI + "The province will keep grain output stable at above 13 million tonnes.\n",
                         "山西省.txt"))
    assert kv.get(("grain_output", "target", "2020", "level")) == (1300, "at_least")


def test_another_province_keeping_prices_stable_is_not_the_page_s():
    kv = key_values(read(_SHANXI + "Neighboring Hebei province aims to keep consumer prices generally stable this year.\n",
                         "山西省.txt"))
    assert not any(k[0] == "cpi" for k in kv)


def test_national_cpi_figure_cited_after_china_s():
    kv = key_values(read(_SHANXI + "China's consumer prices rose 2.9 percent in 2019.\n", "山西省.txt"))
    assert not any(k[0] == "cpi" for k in kv)


def test_own_province_opening_the_sentence_keeps_its_cpi_figure():
    # "Central China's"/"North China's <Province>" opening a sentence is the province, not the country
    kv = key_values(read(_SHANXI + "North China's Shanxi Province saw consumer prices rise 2.6 percent in 2019.\n",
                         "山西省.txt"))
    assert kv.get(("cpi", "actual", "2019", "growth")) == (2.6, "eq")


# --- the page's type: a region's own report set against the country's ---

_CITED = ("How Qinghai's goals compare\nqinghai.gov.cn | 2022-03-09\n\nXINING, March 9 -- The State Council's "
          "government work report, delivered on Saturday, set the national growth target at around 5.5 percent.\n\n")


def test_region_s_own_report_after_the_country_s_is_the_page_s():
    d = read(_CITED + "Qinghai's own government work report, delivered in January, set the province's growth target at "
             "around 6 percent for 2022.\n", "青海省.txt")
    assert d.meta.doc_type == "government_work_report"


def test_country_s_report_alone_on_a_province_page_stays_other():
    # look-alike: no report of the province's own named
    d = read(_CITED + "Qinghai officials said the province would follow the national plan.\n", "青海省.txt")
    assert d.meta.doc_type == "other"
