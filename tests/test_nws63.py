"""News pages in traditional characters restating a mainland report (nws63, decision 533): Taiwan's and Hong Kong's 兆 for
the mainland's 万亿 in a grain output (“糧食產量1.3兆斤以上”) and in a pledge's unit (“赤字規模4.06兆元” is 4.06 万亿元, as the
facts already read it), the currency's name after an amount's magnitude (“達90兆人民幣”, “3079億人民幣”), 可支配所得 for
可支配收入, and 升幅 before a change's figure. Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledge_items, read

_HEAD = ("【大公報訊】記者何寧北京報道：十四屆全國人大二次會議2024年3月5日上午在人民大會堂開幕，國務院總理李強作政府"
         "工作報告。")
_FUJIAN = ("（中央社記者台北26日電）中國大陸福建省第十三屆人民代表大會第四次會議25日在福州開幕，福建省長王寧作政府工作報告。")


def _national(body: str):
    return read(_HEAD + body + "\n")


def _fujian(body: str):
    return read(_FUJIAN + body + "\n")


def test_grain_output_in_zhao_jin():
    kv = key_values(_national("報告回顧，去年糧食產量1.39兆斤。報告提出，今年主要預期目標是：國內生產總值增長5%左右；"
                              "糧食產量1.3兆斤以上。"))
    assert kv[("grain_output", "actual", "2023", "level")] == (1.39, "eq")
    assert kv[("grain_output", "target", "2024", "level")] == (1.3, "at_least")
    f = {(x.indicator, x.role): x for x in _national("報告提出，今年糧食產量1.3兆斤以上。").facts}
    assert f[("grain_output", "target")].unit == "万亿斤"


def test_amount_with_renminbi_after_its_magnitude():
    d = _national("報告指出，去年國內生產總值達126兆人民幣，年增5.2%；財政收入21.7兆人民幣。")
    kv = key_values(d)
    assert kv[("gdp", "actual", "2023", "level")] == (126, "eq")
    assert kv[("gdp", "actual", "2023", "growth")] == (5.2, "eq")
    assert kv[("general_budget_revenue", "actual", "2023", "level")] == (21.7, "eq")
    assert {f.unit for f in d.facts if f.measure == "level"} == {"万亿元"}
    kv = key_values(_fujian("報告指出，2020年福建地方一般公共預算收入3079億人民幣。"))
    assert kv[("general_budget_revenue", "actual", "2020", "level")] == (3079, "eq")


def test_pledge_in_zhao_takes_the_mainland_unit():
    got = pledge_items(_national("報告表示，今年赤字率擬按3%安排，赤字規模4.06兆元；擬安排地方政府專項債券3.9兆人民幣；"
                                 "今年將新開工改造城鎮老舊小區5萬個。"))
    assert ("安排", "赤字规模", 4.06, "万亿元") in got
    assert any(o == "地方政府专项债券" and v == 3.9 and u == "万亿元" for _a, o, v, u in got), got
    assert ("新开工改造", "城镇老旧小区", 5, "万个") in got


def test_disposable_income_written_suode():
    kv = key_values(_fujian("報告指出，2020年城鎮居民人均可支配所得年增3.5%，農村居民人均可支配所得年增6.7%。報告提出，"
                            "2021年地區生產總值成長6.5%以上；居民可支配所得增長與經濟增長基本同步。"))
    assert kv[("urban_disposable_income", "actual", "2020", "growth")] == (3.5, "eq")
    assert kv[("rural_disposable_income", "actual", "2020", "growth")] == (6.7, "eq")
    assert kv[("disposable_income", "target", "2021", "growth")] == (None, "qualitative")


def test_rise_word_before_the_figure():
    kv = key_values(_national("報告指，去年國內生產總值逾126萬億元，升幅5.2%；貨物進出口總額41.8萬億元，跌幅0.2%。"))
    assert kv[("gdp", "actual", "2023", "growth")] == (5.2, "eq")
    assert kv[("foreign_trade", "actual", "2023", "growth")] == (-0.2, "eq")  # (跌幅 read on the base too)


def test_look_alikes_unchanged():
    # (the same on the base: 兆瓦 of power is a unit of its own, 兆元 in a fact was already 万亿元, the CPI's 升幅 was read)
    d = _national("報告指出，去年國內生產總值超過126兆元。報告提出，今年居民消費價格升幅3%左右。"
                  "今年將新增光伏裝機容量2000兆瓦。")
    kv = key_values(d)
    assert kv[("gdp", "actual", "2023", "level")] == (126, "at_least")
    assert kv[("cpi", "target", "2024", "growth")] == (3, "about")
    assert ("新增", "光伏装机容量", 2000, "兆瓦") in pledge_items(d)
