"""English pages: what decisions 426, 431, 440 and 447 left (eng59, decision 475): "targets" as a verb before a bare
growth names the economy's growth, and "growth of N percent in <name>" that name's; a task of a list under one "will"
looks ahead as the list's first does, and a number's thousands comma ("1,500") is no clause's mark; a city name two
divisions bear (苏州/宿州 Suzhou) with another province named beside it is the other division's; the report's day told by
a weekday under the page's date line; an English lead's namesake told apart by another place of its province, or left
unsettled with its reason. With look-alikes that must not change. The sentences are written for these tests, not
copied from the set."""
import planwatch
from factkeys import key_values, read

_SUZHOU_AH = ("Suzhou looks ahead\n2018-01-19 | english.ah.gov.cn\n\nSuzhou, a prefecture-level city in northern Anhui "
              "province, released its government work report this week, which set this year's targets.\n\n")
_SIXIAN = ("Sixian sets goals\nXinhua | 2025-01-09\n\nHEFEI, Jan. 9 (Xinhua) -- Sixian county in East China's Anhui "
           "province made public its government work report this week.\n\n")


# --- (a) "targets" as a verb, and a growth written before the name it is of ---

def test_targets_growth_of_around_n_percent_is_the_gdp_target():
    kv = key_values(read(_SUZHOU_AH + "The city targets growth of around 8.5 percent this year.\n", "宿州市.txt"))
    assert kv.get(("gdp", "target", "2018", "growth")) == (8.5, "about")


def test_eyes_growth_with_no_year_is_the_reports_year():
    kv = key_values(read(_SIXIAN + "In 2024, GDP grew 6.1 percent. The county eyes growth of about 6 percent.\n", "泗县.txt"))
    assert kv.get(("gdp", "target", "2025", "growth")) == (6, "about")
    assert kv.get(("gdp", "actual", "2024", "growth")) == (6.1, "eq")


def test_growth_of_n_percent_in_a_name_is_that_names_target():
    kv = key_values(read(_SUZHOU_AH + "This year, the city targets growth of 12 percent in fixed-asset investment.\n",
                         "宿州市.txt"))
    assert kv.get(("fixed_asset_investment", "target", "2018", "growth")) == (12, "eq")
    assert not any(k[0] == "gdp" for k in kv)


def test_growth_in_a_name_with_the_reports_year_in_another_clause():
    kv = key_values(read(_SIXIAN + "The county targets growth of 7 percent in rural residents' per capita disposable "
                         "income and will keep the surveyed urban unemployment rate at around 5.5 percent in 2025.\n",
                         "泗县.txt"))
    assert kv.get(("rural_disposable_income", "target", "2025", "growth")) == (7, "eq")
    assert kv.get(("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "about")


def test_another_places_targets_growth_is_not_the_pages():
    # look-alike: a neighbour's target, named by its English name opening the sentence
    kv = key_values(read(_SUZHOU_AH + "Neighboring Huaibei targets growth of 7.5 percent this year.\n", "宿州市.txt"))
    assert not any(k[0] == "gdp" for k in kv)


# --- (b) English tasks with counts: the list under one "will", and the thousands comma ---

def test_a_list_of_tasks_under_one_will_is_the_years():
    d = read(_SIXIAN + "Sixian will renovate 1,500 old residential compounds, build 300 5G base stations and create "
             "6,000 new urban jobs.\n", "泗县.txt")
    assert key_values(d).get(("urban_new_jobs", "target", "2025", "level")) == (6000, "eq")


def test_a_thousands_comma_is_no_clause_mark():
    kv = key_values(read(_SIXIAN + "Sixian will build 1,500 roads and create 6, 000 new urban jobs.\n", "泗县.txt"))
    assert kv.get(("urban_new_jobs", "target", "2025", "level")) == (6000, "eq")


def test_last_years_tasks_with_counts_stay_results():
    # look-alike: the same list in the past tense, its year named: the year's results, as before
    kv = key_values(read(_SIXIAN + "In 2024, the county renovated 1,500 old residential compounds, built 300 5G base "
                         "stations and created 6,000 new urban jobs.\n", "泗县.txt"))
    assert kv.get(("urban_new_jobs", "actual", "2024", "level")) == (6000, "eq")
    assert ("urban_new_jobs", "target", "2025", "level") not in kv


def test_english_tasks_are_not_pledged():
    # look-alike: an English page's tasks are no pledges (the kept golds), before and after
    d = read(_SIXIAN + "Sixian will build 2,000 5G base stations and renovate 1,500 old residential compounds.\n", "泗县.txt")
    assert not d.pledges


# --- (c) a name two divisions bear: the province named beside it ---

def test_suzhou_in_jiangsu_on_suzhou_anhuis_page_is_anothers():
    kv = key_values(read(_SUZHOU_AH + "Suzhou in Jiangsu province reported GDP growth of 7.1 percent in 2017.\n", "宿州市.txt"))
    assert ("gdp", "actual", "2017", "growth") not in kv


def test_in_suzhou_of_jiangsu_on_a_county_page_is_anothers():
    kv = key_values(read(_SIXIAN + "In Suzhou, an eastern city of Jiangsu, GDP grew 6 percent in 2024.\n", "泗县.txt"))
    assert ("gdp", "actual", "2024", "growth") not in kv


def test_the_pages_own_suzhou_keeps_its_figure():
    # look-alike: the page's own name, nothing beside it, or its own province beside it
    kv = key_values(read(_SUZHOU_AH + "Suzhou's GDP grew 8.4 percent in 2017. Suzhou in Anhui province saw fixed-asset "
                         "investment grow 13 percent in 2017.\n", "宿州市.txt"))
    assert kv.get(("gdp", "actual", "2017", "growth")) == (8.4, "eq")
    assert kv.get(("fixed_asset_investment", "actual", "2017", "growth")) == (13, "eq")


# --- (d) the report's day told by a weekday, the year in the date line ---

def test_delivered_on_a_weekday_under_the_date_line():
    d = read("Suzhou targets growth\n2018-01-19 | english.ah.gov.cn\n\nSuzhou, a city in northern Anhui province, "
             "targets economic growth of around 8.5 percent in 2018, according to the municipal government work report "
             "delivered on Tuesday.\n", "宿州市.txt")
    assert d.meta.meeting_date == "2018-01-16"


def test_delivered_by_the_governor_at_the_session_on_a_weekday():
    d = read("Henan sets growth target\nXinhua | 2019-01-22\n\nZHENGZHOU, Jan. 22 (Xinhua) -- The province will aim for "
             "growth of about 7.5 percent, according to the government work report delivered by the governor at the "
             "second session of the 13th Henan Provincial People's Congress on Monday.\n", "河南省.txt")
    assert d.meta.meeting_date == "2019-01-21"


def test_released_on_a_weekday_states_no_delivery():
    # look-alike: a report released on a weekday (the kept golds leave its day null), before and after
    d = read("Changshu aims for growth\nUpdated: 2022-01-14 | chinadaily.com.cn\n\nChangshu, a county-level city in "
             "Jiangsu province, targets growth of around 6 percent, according to the city's government work report "
             "released on Wednesday.\n", "常熟市.txt")
    assert d.meta.meeting_date is None


def test_the_countrys_report_on_a_weekday_is_not_the_pages_day():
    # look-alike: the State Council's report cited on a province's page
    d = read("Gansu eyes growth\ngansu.gov.cn | Updated: 2021-03-08\n\nLANZHOU, March 8 -- The State Council's "
             "government work report, delivered on Friday, set China's growth target at above 6 percent. Gansu's own "
             "report set its target at around 6.5 percent.\n", "甘肃省.txt")
    assert d.meta.meeting_date is None


# --- (e) an English lead's namesake: another place of its province, or left unsettled ---

def test_lead_namesake_told_apart_by_a_neighbour_of_its_province():
    d = planwatch.read_text("Suzhou sets goals\n2018-01-19 | english.ah.gov.cn\n\nSuzhou, a prefecture-level city that "
                            "borders Huaibei, targets economic growth of around 8.5 percent in 2018, according to the "
                            "municipal government work report.\n", "page.txt")
    assert (d.meta.region, d.meta.province) == ("宿州市", "安徽省")


def test_lead_namesake_with_nothing_to_tell_is_left_unsettled_with_its_reason():
    d = planwatch.read_text("Suzhou sets goals\n2023-01-16 | portal\n\nSuzhou's municipal government work report, "
                            "submitted to the annual session of the city's people's congress on Sunday, laid out this "
                            "year's targets for the city.\n", "page.txt")
    assert d.meta.region is None and d.meta.level == "prefecture"
    assert "2 divisions of this name" in d.meta.evidence["region"].note


def test_lead_namesake_with_its_province_is_as_before():
    # look-alike: the province named in the lead decides, as decision 440 read it
    d = planwatch.read_text("Suzhou sets goals\n2023-01-16 | portal\n\nSuzhou, a city in East China's Jiangsu province, "
                            "expects economic growth of around 5 percent this year, according to its work report.\n",
                            "page.txt")
    assert d.meta.region == "苏州市"
