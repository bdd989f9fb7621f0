"""An adversarial review of decisions 350 and 356 on printed pages (adv47e, decision 360): a news page's deputy's turn
headed by the name and the bare title after it ("钱国良代表："), its later first-person sentence on a line of its own; a
line in the region's own first person ("我县今年…") right under a deputy's turn, the page's voice and no deputy's; a
figure whose clause opens on a past year's 以来 ("2021年以来，累计新增…") in the year's targets, a result over the years
since. With look-alikes that must not change."""
from factkeys import key_values, pledge_items, read


def _news(body: str) -> str:
    return ("代表热议政府工作报告\n发布时间：2023-02-08　来源：德清新闻网\n\n"
            "2月7日，出席县十七届人大三次会议的代表们分组审议政府工作报告。报告提出，今年全县新建农村公路80公里。\n"
            + body)


# --- a deputy's turn headed by the name and the bare title ---

def test_titled_name_turn_first_person_line_is_the_deputys():
    # "沈建华代表：" heads a deputy's turn as "县人大代表沈建华：" does; the first-person line under it is their words
    d = read(_news("沈建华代表：我建议加大农村公路养护力度。\n我们村今年准备修缮村道5公里。\n"))
    assert ("修缮", "村道", 5, "公里") not in pledge_items(d)
    assert ("新建", "农村公路", 80, "公里") in pledge_items(d)


def test_member_titled_name_turn_own_plan_is_not_pledged():
    # the same with a member of the CPPCC, "王芳委员：", and the deputy's own plan in the turn itself
    d = read(_news("王芳委员：我们企业今年计划新建厂房3栋。\n"))
    assert ("新建", "厂房", 3, "栋") not in pledge_items(d)


def test_titled_name_turn_citing_the_report_keeps_the_reports_figure():
    # look-alike: the turn citing the report's own words ("报告提出…") keeps the report's figure
    d = read(_news("沈建华代表：报告提出今年新建城市书房12家，我非常赞同。\n"))
    assert ("新建", "城市书房", 12, "家") in pledge_items(d)


def test_address_to_the_deputies_is_no_turn():
    # look-alike: "各位代表：" on its own line is the report's address, not a deputy named "各位"; "我们将…" under it is
    # the government's own plan
    d = read("德清县人民政府工作报告\n——2023年1月10日在德清县第十七届人民代表大会第三次会议上\n\n"
             "今年全县地区生产总值增长7%左右。\n各位代表：\n我们将新建口袋公园12个，改造老旧小区30个。\n")
    assert ("新建", "口袋公园", 12, "个") in pledge_items(d)


# --- a region's own first person under a deputy's turn ---

def test_region_first_person_under_a_turn_is_the_pages_own():
    # "我县今年将…" right under a deputy's turn, no blank line between: the county's (the page's) voice, pledged
    d = read(_news("县人大代表沈建华：我提了一份关于养老服务的建议。\n我县今年将新建共富工坊40家。\n"))
    assert ("新建", "共富工坊", 40, "家") in pledge_items(d)


def test_personal_first_person_under_a_turn_stays_the_deputys():
    # look-alike: "我们村…" right under the same turn is still the deputy's words (decision 356)
    d = read(_news("县人大代表沈建华：我提了一份关于养老服务的建议。\n我们村今年也计划新建老年食堂1个。\n"))
    assert ("新建", "老年食堂", 1, "个") not in pledge_items(d)


# --- a past year's 以来 in the year's targets ---

_REPORT = "2024年鄂州市政府工作报告\n今年主要预期目标是：地区生产总值增长6.5%左右。{}\n今年重点抓好以下工作：新增城区停车泊位3000个。\n"


def test_past_year_since_in_targets_is_a_result_over_the_years():
    # "2021年以来，累计新增…" among 2024's targets: the years 2021-2023, a result, no 2024 target
    kv = key_values(read(_REPORT.format("2021年以来，累计新增市场主体5.6万户。")))
    assert kv.get(("market_entities", "actual", "2021-2023", "level")) == (5.6, "eq")
    assert ("market_entities", "target", "2024", "level") not in kv


def test_past_year_since_average_growth_is_no_goal():
    # the same with an average growth: a result over 2021-2023, not a goal for the five years ahead
    kv = key_values(read(_REPORT.format("2021年以来，全市地区生产总值年均增长6.1%。")))
    assert kv.get(("gdp", "actual", "2021-2023", "growth")) == (6.1, "eq")


def test_report_year_since_stays_the_years_own():
    # look-alike: "2024年以来" in 2024's report names no past span; the part's reading stands (a target)
    kv = key_values(read(_REPORT.format("2024年以来，全市新增市场主体0.6万户。")))
    assert ("market_entities", "actual", "2021-2023", "level") not in kv
    assert kv.get(("market_entities", "target", "2024", "level")) == (0.6, "eq")


def test_since_year_as_a_record_dates_nothing():
    # look-alike: "为2019年以来最高" compares, it opens no span; the target stays the year's
    kv = key_values(read(_REPORT.format("").replace("6.5%左右。", "6.5%左右，增速为2019年以来最高。")))
    assert kv.get(("gdp", "target", "2024", "growth")) == (6.5, "about")
