"""cln43: decisions 291 and 292 (a town opening its sentence) read one vocabulary, cues.tsv town_not_names, of the words
that end in 镇, 乡 or 街道 yet name no town: a name ending in one after two characters or more is no town in either rule
(facts._town_lead's honour or progress, facts._town_subject's own counted work), and one character before a word of two
is a town's name in both (柳城镇, 朱集镇, 清水乡). Before, each rule kept its own list and they disagreed."""
import pytest

from factkeys import facts


def _review(year: int, sent: str) -> str:
    """A county report's review line holding the sentence, then the year's targets."""
    return (f"一、{year - 1}年工作回顾\n{year - 1}年，全县一般公共预算收入增长3%。{sent}\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长7%左右。\n")


def _keys(sent: str, year: int = 2024, region: str = "博罗县") -> dict:
    return facts(_review(year, sent), region=region, level="county", report_year=year)


def _regions(fs: dict, ind: str, measure: str, year: int = 2023) -> bool:
    return (ind, "actual", str(year), measure) in fs


# a generic word ending in 镇/乡 after two characters or more opening its sentence: no town, the county's figure,
# whichever rule reads the sentence (the lead of progress or honour, or the place's own counted work)
@pytest.mark.parametrize("sent,ind,measure", [
    # decision 291's words, now in the vocabulary 292's rule reads
    ("工业重镇建设提速，规模以上工业增加值增长9%。", "industrial_va", "growth"),
    ("千年名镇加快发展，实现旅游总收入56亿元。", "tourism_revenue", "level"),
    ("商贸强镇建设加快，社会消费品零售总额增长8%。", "retail_sales", "growth"),
    # decision 292's words, now in the pattern 291's rule reads
    ("江南水乡完成旅游投资12亿元，旅游总收入增长15%。", "tourism_revenue", "growth"),
    ("中国脐橙之乡新建果园1.2万亩，农村居民人均可支配收入增长7.2%。", "rural_disposable_income", "growth"),
    ("中心集镇完成投资8亿元，固定资产投资增长12%。", "fixed_asset_investment", "growth"),
    # near-misses that already read so: the county's
    ("新型城镇化加快推进，常住人口城镇化率达到58.6%。", "urbanization_rate", "share"),
    ("小城镇建设提速，城镇新增就业5600人。", "urban_new_jobs", "level"),
    ("特色小镇新建项目12个，固定资产投资增长10%。", "fixed_asset_investment", "growth"),
])
def test_a_word_of_no_town_leaves_the_figure_the_regions(sent, ind, measure):
    assert _regions(_keys(sent), ind, measure)


# a town's name of one character before a word of two (城镇, 集镇, 水乡): a town, in either rule
@pytest.mark.parametrize("sent,town,ind,measure", [
    # 292's lead: 集镇, 城镇 and 水乡 ended the name and dropped the town
    ("朱集镇入选全国千强镇，实现地区生产总值86亿元。", "朱集镇", "gdp", "level"),
    ("柳城镇综合实力持续提升，一般公共预算收入突破5亿元。", "柳城镇", "general_budget_revenue", "level"),
    ("清水乡获评省级生态乡镇，实现旅游总收入3亿元。", "清水乡", "tourism_revenue", "level"),
    # 291's own work, as before
    ("朱集镇新建高标准农田1.2万亩，粮食总产量达到5万吨。", "朱集镇", "grain_output", "level"),
    ("柳城镇实现工业总产值52亿元，规模以上工业增加值增长9.8%。", "柳城镇", "industrial_va", "growth"),
])
def test_a_one_character_name_before_a_word_of_two_is_a_town(sent, town, ind, measure):
    fs = _keys(sent)
    assert not _regions(fs, ind, measure)
    assert any(k[0].startswith("other:" + town) for k in fs)


def test_both_rules_read_one_vocabulary():
    """The property: every two-character word of town_not_names bars its first character before a town's kind in
    _town_subject, as the whole word ends a name in _town_lead."""
    from planwatch import vocab
    from planwatch.extract import facts as f
    words = vocab.cues()["town_not_names"]
    assert set(f._town_not_names()) == set(words)
    for w in words:
        assert f._names_no_town("工业" + w)
        if len(w) == 2 and w[1] in "镇乡":
            assert w[0] in f._town_not_heads()
            assert f._town_subject().match("工业" + w + "完成投资8亿元，") is None
            assert not f._names_no_town("朱" + w)
