"""WeChat public-account and app posts about a report (wx37, decision 165): pictographs that mark sub-heads and set
lines apart, image placeholders and box rules, a dated 奋斗目标, topic sub-heads named by a verb of work, credit lines."""
from factkeys import facts, read, val
from planwatch.normalize import normalize


def _pledged(d):
    return {(p.object, p.value, p.unit, p.period) for p in d.pledges}


# --- a pictograph opening a short title is the post's sub-head; a line it opens is no cut sentence's rest -------------

COUNTY = ("点击蓝字 关注我们\n\n开阳县2025年政府工作报告｜速览\n\n1月8日，开阳县第十八届人民代表大会第五次会议开幕。"
          "报告干货来了↓\n\n📊 2024年成绩单\n\n🔹地区生产总值 ➡ 236.4亿元 ⬆ 增长5.6%\n🔹固定资产投资 ⬆ 增长3.2%\n\n"
          "🎯 2025年目标\n\n✅地区生产总值增长6%左右\n✅固定资产投资增长5%\n\n📌 2025年这样干\n\n"
          "2️⃣ 交通建设\n新建农村公路150公里，改造危桥12座\n\n3️⃣ 民生保障\n新增公办学位2400个\n")


def test_pictograph_heads_make_parts():
    d = read(COUNTY)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "actual", "2024", "level")) == (236.4, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2025", "growth")) == (5, "eq")
    # the tasks under "📌 2025年这样干", past a topic line a keycap opens, are the year's pledges
    got = _pledged(d)
    assert ("农村公路", 150, "公里", "2025") in got
    assert ("危桥", 12, "座", "2025") in got
    assert ("公办学位", 2400, "个", "2025") in got
    # the target list's items are facts, no pledges
    assert not any(p.object.startswith("地区生产总值") for p in d.pledges)


def test_pictograph_line_not_joined_to_the_line_above():
    text = "划重点👇\n\n🚩 2022年主要预期目标\n地区生产总值增长6.5%\n"
    lines = normalize(text).text.split("\n")
    assert "◆2022年主要预期目标" in lines  # (the flag read as the sub-head's mark, on a line of its own)
    text2 = "一起来看↓\n2023年十件民生实事\n"
    assert "2023年十件民生实事" in normalize(text2).text.split("\n")


def test_keycap_item_is_no_heading():
    # a keycap numbers an item: a qualitative target after it stays the list's, no part of its own
    text = ("陇县2022年政府工作报告要点\n\n🎯 2022年主要预期目标\n\n1️⃣ 地区生产总值增长6.5%左右\n"
            "2️⃣ 城乡居民收入增长与经济增长基本同步\n3️⃣ 城镇登记失业率控制在4.5%以内\n")
    fs = facts(text)
    assert val(fs, ("registered_unemployment_rate", "target", "2022", "share")) == (4.5, "at_most")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (6.5, "about")


def test_report_title_after_pictograph_is_no_part():
    assert "◆" not in normalize("🔴 图解｜2023年宁强县政府工作报告\n").text


# --- image placeholders and box rules are no text -------------------------------------------------------------------

def test_image_placeholder_is_dropped_and_is_no_page_mark():
    # the placeholder between an infographic's cards is no page mark: the cards' repeated "增长X%" lines stay
    text = ("南沙区2024年政府工作报告数读\n\n█ 2023年成绩单\n\n地区生产总值\n2,252.6\n亿元\n增长4.1%\n\n[图片]\n\n"
            "一般公共预算收入\n88.5\n亿元\n增长4.1%\n\n【图片】\n\n社会消费品零售总额\n612.3亿元\n增长6.0%\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (4.1, "eq")
    assert "图片" not in normalize(text).text


def test_box_rule_does_not_run_into_the_heading():
    text = "━━━━━━━━━━\n💡 2021年为民办实事\n━━━━━━━━━━\n\n新建乡镇卫生院3所\n"
    t = normalize(text).text
    assert "━" not in t and "◆2021年为民办实事" in t.split("\n")


# --- the year's 奋斗目标 as a post titles it is the year's targets ------------------------------------------------------

def test_dated_fendou_targets_are_targets_not_pledges():
    text = ("石泉县2021年政府工作报告\n\n【2020年·石泉答卷】\n\n地区生产总值增长4.1%\n\n【2021年·奋斗目标】\n\n"
            "▪地区生产总值增长7%\n▪一般公共预算收入增长6%\n▪城镇新增就业1500人\n\n【2021年·重点工作】\n\n新建通村公路80公里\n")
    d = read(text)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "eq")
    objs = {p.object for p in d.pledges}
    assert "通村公路" in objs
    assert not any(o.startswith(("地区生产总值", "一般公共预算收入")) for o in objs)
    text2 = "鹤山市2024年政府工作报告\n\n**2024年 奋斗目标**\n\n地区生产总值增长5.5%\n固定资产投资增长8%\n"
    assert not any(p.object.startswith("地区生产总值") for p in read(text2).pledges)


# --- a topic sub-head named only by a verb of work is the topic of the part it stands in ---------------------------

def test_weak_marked_topic_stays_in_the_review():
    text = ("碑林区2023年政府工作报告一图速览\n\n**2022年 碑林答卷**\n\n◆ 经济总量\n全区地区生产总值1180.2亿元，增长3.1%。\n\n"
            "◆ 产业发展\n规上工业增加值增长5.2%；服务业增加值增长2.8%。\n\n◆ 城市建设\n固定资产投资增长4.4%。\n\n"
            "**2023年 奋斗目标**\n\n地区生产总值增长5.5%\n")
    fs = facts(text)
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (5.2, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (4.4, "eq")
    assert ("fixed_asset_investment", "target", "2023", "growth") not in fs
    assert val(fs, ("gdp", "target", "2023", "growth")) == (5.5, "eq")


# --- a marked dated sub-head leads no list above it -------------------------------------------------------------------

def test_marked_dated_head_ends_the_walk_to_a_lead():
    # (the target list's last item, "完成…目标任务", had been read as the lead of the list under the next sub-head, a
    # result's words: its 城镇新增就业 last year's)
    for last in ("完成自治区下达的能耗双控目标任务", "完成自治区下达的节能减排目标任务"):
        text = ("吴忠市2022年政府工作报告\n\n📊 2021年成绩单\n\n地区生产总值增长6.1%\n\n🎯 2022年目标\n\n▪ 地区生产总值增长6.5%\n"
                f"▪ {last}\n\n✅ 2022年民生实事\n\n1️⃣ 新建城市公共停车位6000个\n2️⃣ 新增城镇就业1.8万人\n")
        fs = facts(text)
        assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (1.8, "eq")
        assert ("urban_new_jobs", "actual", "2021", "level") not in fs


# --- a marked name over its level's verb is one item --------------------------------------------------------------

def test_marked_name_over_level_verb():
    text = ("准格尔旗2023年政府工作报告数读\n\n📊 2022年成绩单\n\n🌾 粮食产量\n突破12亿斤\n\n🏭 高新技术企业\n总数达86家\n")
    fs = facts(text)
    assert val(fs, ("grain_output", "actual", "2022", "level")) == (12, "at_least")
    assert val(fs, ("high_tech_enterprises", "actual", "2022", "level")) == (86, "eq")


# --- an app post's credit lines and head name its outlet, no project ---------------------------------------------------

def test_credit_lines_make_no_project():
    text = ("安康市2023年政府工作报告\n\n2023年，新建安康至岚皋高速公路。\n\n设计：安康日报社全媒体中心\n出品：汉滨区融媒体中心\n")
    names = {p.name for p in read(text).projects}
    assert not any("全媒体中心" in n or "融媒体中心" in n for n in names)


def test_wechat_head_chrome_dropped():
    t = normalize("汉阴发布\n2023-01-09 19:20 发表于陕西\n\n原创 汉阴县融媒体中心\n").text
    assert "发表于" not in t and "原创" not in t


# --- a post's sub-head of a year, a comma and a few words -----------------------------------------------------------

def test_year_comma_sub_heads():
    for mark in ("🔥 ", "◆"):
        text = (f"都昌县2024年政府工作报告来了\n\n1月10日，都昌县第十八届人民代表大会第四次会议开幕。\n\n{mark}2023，我们这样走过\n\n"
                f"全县地区生产总值增长4.8%，一般公共预算收入增长3.3%。\n\n{mark}2024，目标这样定\n\n地区生产总值增长5.5%左右\n"
                f"一般公共预算收入增长3%\n\n{mark}2024，重点这样抓！\n\n新建城市停车位1200个\n改造农村公路90公里\n")
        d = read(text)
        fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
        assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.8, "eq"), mark
        assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "eq"), mark
        got = _pledged(d)
        assert ("城市停车位", 1200, "个", "2024") in got and ("农村公路", 90, "公里", "2024") in got, mark
        assert not any(p.object.startswith("地区生产总值") for p in d.pledges), mark


# --- a pictograph before a related-links or comments label leaves the label whole -------------------------------------

def test_pictograph_before_related_label():
    text = ("南丰县2024年政府工作报告速览\n\n🎯 2024年目标\n\n地区生产总值增长5.5%左右\n\n📌往期推荐\n"
            "2023年南丰县政府工作报告：固定资产投资增长9%左右\n\n💬 精选留言\n希望今年新建停车位5000个\n")
    d = read(text)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert not any(f.indicator == "fixed_asset_investment" for f in d.facts)
    assert not any("停车位" in p.object for p in d.pledges)
