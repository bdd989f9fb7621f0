"""Adversarial review of decisions 416, 417, 419 and 420, blind (adv53b, decision 425): a goal met 已提前 before the
plan's goal in brackets ("，已提前实现“十三五”规划目标（55%）"), a price's rise written 上涨 in a plan's target whose
figure stands before its name ("按照上涨3%左右确定居民消费价格涨幅目标"), and a pronoun's turn after a head of government
told between it and the deputy ("…李娟表示，…。会上，王浩在回应代表关切时说，…。他说，全县还将新建…": the head's, the
report's). With look-alikes that must not change. The sentences are written for these tests, not copied from the set."""
from factkeys import key_values, pledged, read

_GWR = "平江县2020年政府工作报告\n\n——2020年1月8日在平江县第十七届人民代表大会第五次会议上\n\n一、2019年工作回顾\n\n"
_PLAN = ("关于衢州市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n\n"
         "——2022年1月12日在衢州市第八届人民代表大会第二次会议上\n\n二、2022年主要目标\n\n")
_NEWS = ("德清县第十七届人大五次会议开幕\n德清新闻网讯 1月6日上午，德清县第十七届人民代表大会第五次会议开幕。县长沈明代表县人民政府"
         "作政府工作报告。\n")


def _gwr(body: str) -> dict:
    return key_values(read(_GWR + body + "\n", "平江县.txt", region="平江县", level="county", report_year=2020))


def _plan(body: str) -> dict:
    return key_values(read(_PLAN + body + "\n", "衢州市.txt", region="衢州市", level="prefecture", report_year=2022,
                           doc_type="plan_report"))


def _news(body: str) -> set:
    return pledged(read(_NEWS + body + "\n", "德清县.txt", region="德清县", level="county", report_year=2024))


# --- a goal met 已提前 (or 已经提前) before the plan's goal in brackets ---

def test_goal_in_brackets_after_already_early():
    # "，已提前实现“十三五”规划目标（56%）": 已 before 提前 reads as 提前实现 does, the goal of the same name
    kv = _gwr("过去四年，全县常住人口城镇化率达到57.4%，已提前实现“十三五”规划目标（56%）。")
    assert kv.get(("urbanization_rate", "goal", "2016-2020", "share")) == (56, "eq")


def test_goal_in_brackets_after_already_been_early():
    # 已经提前完成 before the plan: the goal as after 提前完成
    kv = _gwr("过去四年，全县森林覆盖率达到63.5%，已经提前完成“十三五”规划目标（62%）。")
    assert kv.get(("forest_coverage", "goal", "2016-2020", "share")) == (62, "eq")


def test_early_goal_met_with_no_figure_gives_no_goal():
    # look-alike: met early with no figure of the goal, another name's figure later: no goal, the result kept
    kv = _gwr("过去四年，全县森林覆盖率达到63.5%，已提前实现“十三五”规划目标，湿地保护率达到52%。")
    assert kv.get(("forest_coverage", "actual", "2019", "share")) == (63.5, "eq")
    assert not any(k[1] == "goal" for k in kv)


def test_early_task_done_is_not_carried():
    # look-alike: 已提前完成 a task of its own, no plan after it: the share's name is not carried to its count
    kv = _gwr("过去四年，全县森林覆盖率达到63.5%，已提前完成全年植树造林任务8万亩。")
    assert kv.get(("forest_coverage", "actual", "2019", "share")) == (63.5, "eq")
    assert not any(k[1] == "goal" for k in kv) and len([k for k in kv if k[0] == "forest_coverage"]) == 1


# --- a price's rise written 上涨 before its name, after 按照 ---

def test_arranged_price_rise_target():
    # "按照上涨3%左右确定居民消费价格涨幅目标": a price's rise, the CPI's target, about
    kv = _plan("按照上涨3%左右确定居民消费价格涨幅目标，按照增长7%左右安排地区生产总值预期目标。")
    assert kv.get(("cpi", "target", "2022", "growth")) == (3, "about")
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "about")


def test_arranged_price_rise_with_expected_target():
    # the same with 安排 and 预期目标 after the name
    kv = _plan("按照上涨2.5%左右安排居民消费价格涨幅预期目标。")
    assert kv.get(("cpi", "target", "2022", "growth")) == (2.5, "about")


def test_arranged_rise_without_target_word_gives_nothing():
    # look-alike: 上涨 with no 目标 after the name (a standard raised, no target named): no fact
    kv = _plan("按照上涨5%安排城乡居民最低生活保障标准。")
    assert not kv


def test_arranged_fall_keeps_its_sign():
    # look-alike: 下降 as before, its figure negative
    kv = _plan("按照下降3%左右安排单位地区生产总值能耗目标。")
    assert kv.get(("energy_intensity", "target", "2022", "growth")) == (-3, "about")


# --- a pronoun's turn after a head told between it and the deputy ---

def test_pronoun_after_head_named_is_the_heads():
    # the deputy told, then the head by the name the page gave him (县长沈明), then 他说: the head's words, pledged
    ps = _news("　　县人大代表、武康街道某社区党委书记王丽表示，报告很接地气。会上，沈明在回应代表关切时说，今年将新增普惠托位"
               "200个。他说，全县还将新建城乡社区食堂15个。")
    assert ("城乡社区食堂", 15, "个") in ps
    assert ("普惠托位", 200, "个") in ps


def test_pronoun_after_head_titled_is_the_heads():
    # the head told by his title alone after the deputy: the pronoun is his too
    ps = _news("　　县人大代表、新市镇某村党委书记张华表示，报告提出的目标振奋人心。随后，县长在代表团审议时表示，今年全县将新增"
               "城镇就业5000人。他还说，全县将改造农村公路80公里。")
    assert ("农村公路", 80, "公里") in ps


def test_pronoun_after_deputy_alone_stays_the_deputys():
    # look-alike (decision 420's): no head told after the deputy: the pronoun is the deputy's, her village's plan no pledge
    ps = _news("　　县人大代表、新市镇某村党委书记张华表示，报告提出的目标振奋人心。她说，村里今年计划新建民宿集群2个。")
    assert not any(o == "民宿集群" for o, _, _ in ps)


def test_head_named_inside_deputys_words_keeps_the_deputy():
    # look-alike: the head named inside the deputy's own sentence (no telling of his after it): the pronoun is the deputy's
    ps = _news("　　县人大代表、新市镇某村党委书记张华表示，沈明县长的报告振奋人心。她说，村里今年计划新建民宿集群2个。")
    assert not any(o == "民宿集群" for o, _, _ in ps)


def test_deputy_head_between_keeps_the_deputy():
    # look-alike: a deputy head (副县长) told between: no head of government's turn, the pronoun stays the deputy's
    ps = _news("　　县人大代表、新市镇某村党委书记张华表示，报告提出的目标振奋人心。副县长李强在旁听时说，会认真吸纳意见。"
               "他说，村里今年计划新建民宿集群2个。")
    assert not any(o == "民宿集群" for o, _, _ in ps)
