"""Writes the gold of adv65d from the texts: each fact and pledge by its quote (the n-th match when asked)."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
T = {}
T["adv65d_01_凯里市"] = """凯里市政府常务会议讨论政府工作报告
来源：凯里日报  2024-01-06
本报讯（记者 杨梅）1月5日，凯里市人民政府召开第三十次常务会议，讨论《政府工作报告（送审稿）》。市长吴承军主持会议。
会议指出，2023年，全市地区生产总值完成318.6亿元，增长5.2%；规模以上工业增加值增长7.4%；城镇常住居民人均可支配收入达到43260元，增长4.1%。作为黔东南苗族侗族自治州首府，凯里市要在全州发展中当好排头兵。
会议提出，2024年全市经济预期增长6%左右，一般公共预算收入增长5%，城镇新增就业6000人。全市林下经济在去年增长12%的基础上，今年力争增长10%。全年将改造老旧小区20个，新建城市停车位1500个。
会议强调，修改完善后的报告将提请市十五届人大四次会议审议。
"""
T["adv65d_02_宁夏回族自治区"] = """关于宁夏回族自治区2018年国民经济和社会发展计划执行情况
与2019年计划草案的报告
——2019年1月27日在自治区第十二届人民代表大会第二次会议上
自治区发展和改革委员会主任  马志强
一、2018年计划执行情况
2018年初，自治区十二届人大一次会议确定全区生产总值增长7.5%左右。执行中，全区经济运行总体平稳，一季度增长6.1%，上半年增长6.8%，全年生产总值增长7%。
- 1 -
固定资产投资下降18.2%，社会消费品零售总额增长6.3%。
二、2019年计划草案
表1  2019年主要预期目标
指标 单位 2018年计划 2018年完成 2019年目标
地区生产总值增长 % 7.5左右 7 6.5—7
一般公共预算收入增长 % 5 5.4 4
城镇新增就业 万人 7.5 8.2 7.5
全年生产总值增长6.5%—7%，其中一季度力争增长6%以上、上半年增长6.5%以上，确保实现开门红、双过半。
"""
T["adv65d_03_蒙城县"] = """蒙城县人民政府工作报告
——2021年1月12日在蒙城县第十七届人民代表大会第五次会议上
县长  李建华
一、2020年工作回顾
2020年初，县政府确定地区生产总值增长8%左右。突如其来的疫情打乱了节奏，年中，根据省、市部署，不再设定具体增长目标。一季度全县地区生产总值下降9.6%，二季度增长2.1%，三季度增长4.3%，全年增长3.6%。年初，全县一般公共预算收入力争增长5%。全年实际完成一般公共预算收入21.3亿元，下降3.2%。
二、2021年主要目标
全县地区生产总值增长9%左右，两年平均增长6.3%左右；全年固定资产投资增长10%；城乡居民人均可支配收入分别增长8%、9%。
为实现上述目标，重点抓好以下工作：新建改造农村公路180公里，建成标准化厂房30万平方米，新开工亿元以上项目60个。
"""
META = {
 "adv65d_01_凯里市": dict(region="凯里市", region_code="522601", level="county", parent="黔东南苗族侗族自治州", province="贵州省",
   doc_type="government_work_report", report_year=2024, meeting_date=None, speaker=None),
 "adv65d_02_宁夏回族自治区": dict(region="宁夏回族自治区", region_code="640000", level="province", parent=None, province="宁夏回族自治区",
   doc_type="plan_report", report_year=2019, meeting_date="2019-01-27", speaker="马志强"),
 "adv65d_03_蒙城县": dict(region="蒙城县", region_code="341622", level="county", parent="亳州市", province="安徽省",
   doc_type="government_work_report", report_year=2021, meeting_date="2021-01-12", speaker="李建华"),
}
# (indicator, role, period, measure, value, value_high, unit, qualifier, scope, quote[, nth])
F = {
 "adv65d_01_凯里市": [
  ("gdp","actual","2023","level",318.6,None,"亿元","eq",None,"地区生产总值完成318.6亿元"),
  ("gdp","actual","2023","growth",5.2,None,"%","eq",None,"增长5.2%"),
  ("industrial_va","actual","2023","growth",7.4,None,"%","eq",None,"规模以上工业增加值增长7.4%"),
  ("urban_disposable_income","actual","2023","level",43260,None,"元","eq",None,"城镇常住居民人均可支配收入达到43260元"),
  ("urban_disposable_income","actual","2023","growth",4.1,None,"%","eq",None,"增长4.1%"),
  ("gdp","target","2024","growth",6,None,"%","about",None,"全市经济预期增长6%左右"),
  ("general_budget_revenue","target","2024","growth",5,None,"%","eq",None,"一般公共预算收入增长5%"),
  ("urban_new_jobs","target","2024","level",6000,None,"人","eq",None,"城镇新增就业6000人"),
 ],
 "adv65d_02_宁夏回族自治区": [
  ("gdp","target","2018","growth",7.5,None,"%","about",None,"全区生产总值增长7.5%左右"),
  ("gdp","actual","2018","growth",7,None,"%","eq",None,"全年生产总值增长7%"),
  ("fixed_asset_investment","actual","2018","growth",-18.2,None,"%","eq",None,"固定资产投资下降18.2%"),
  ("retail_sales","actual","2018","growth",6.3,None,"%","eq",None,"社会消费品零售总额增长6.3%"),
  ("gdp","target","2019","growth",6.5,7,"%","range",None,"地区生产总值增长 % 7.5左右 7 6.5—7"),
  ("general_budget_revenue","target","2018","growth",5,None,"%","eq",None,"一般公共预算收入增长 % 5"),
  ("general_budget_revenue","actual","2018","growth",5.4,None,"%","eq",None,"一般公共预算收入增长 % 5 5.4"),
  ("general_budget_revenue","target","2019","growth",4,None,"%","eq",None,"一般公共预算收入增长 % 5 5.4 4"),
  ("urban_new_jobs","target","2018","level",7.5,None,"万人","eq",None,"城镇新增就业 万人 7.5"),
  ("urban_new_jobs","actual","2018","level",8.2,None,"万人","eq",None,"城镇新增就业 万人 7.5 8.2"),
  ("urban_new_jobs","target","2019","level",7.5,None,"万人","eq",None,"城镇新增就业 万人 7.5 8.2 7.5"),
 ],
 "adv65d_03_蒙城县": [
  ("gdp","actual","2020","growth",3.6,None,"%","eq",None,"全年增长3.6%"),
  ("general_budget_revenue","target","2020","growth",5,None,"%","eq",None,"一般公共预算收入力争增长5%"),
  ("general_budget_revenue","actual","2020","level",21.3,None,"亿元","eq",None,"一般公共预算收入21.3亿元"),
  ("general_budget_revenue","actual","2020","growth",-3.2,None,"%","eq",None,"下降3.2%"),
  ("gdp","target","2021","growth",9,None,"%","about",None,"全县地区生产总值增长9%左右"),
  ("gdp","goal","2020-2021","growth",6.3,None,"%","about",None,"两年平均增长6.3%左右"),
  ("fixed_asset_investment","target","2021","growth",10,None,"%","eq",None,"全年固定资产投资增长10%"),
  ("urban_disposable_income","target","2021","growth",8,None,"%","eq",None,"城乡居民人均可支配收入分别增长8%"),
  ("rural_disposable_income","target","2021","growth",9,None,"%","eq",None,"城乡居民人均可支配收入分别增长8%、9%"),
 ],
}
# (action, object, value, value_high, unit, qualifier, period, quote)
P = {
 "adv65d_01_凯里市": [
  ("改造","老旧小区",20,None,"个","eq","2024","改造老旧小区20个"),
  ("新建","城市停车位",1500,None,"个","eq","2024","新建城市停车位1500个"),
 ],
 "adv65d_02_宁夏回族自治区": [],
 "adv65d_03_蒙城县": [
  ("新建改造","农村公路",180,None,"公里","eq","2021","新建改造农村公路180公里"),
  ("建成","标准化厂房",30,None,"万平方米","eq","2021","建成标准化厂房30万平方米"),
  ("新开工","项目",60,None,"个","eq","2021","新开工亿元以上项目60个"),
 ],
}
def span(text, q, n=1):
    i = -1
    for _ in range(n):
        i = text.find(q, i + 1)
        assert i >= 0, q
    return i, i + len(q)
for name, text in T.items():
    doc = name + ".txt"
    (HERE / "texts" / doc).write_text(text, encoding="utf-8")
    facts = []
    for row in F[name]:
        ind, role, per, meas, v, vh, unit, qual, scope, q = row[:10]
        s, e = span(text, q, row[10] if len(row) > 10 else 1)
        assert text[s:e] == q
        facts.append(dict(indicator=ind, role=role, period=per, measure=meas, value=v, value_high=vh, unit=unit,
                          qualifier=qual, scope=scope, quote=q, start=s, end=e, doc=doc))
    pledges = []
    for a, o, v, vh, unit, qual, per, q in P[name]:
        s, e = span(text, q)
        assert text[s:e] == q
        pledges.append(dict(action=a, object=o, value=v, value_high=vh, unit=unit, qualifier=qual, period=per,
                            quote=q, start=s, end=e, doc=doc))
    gold = dict(doc=doc, meta=META[name], facts=facts, pledges=pledges)
    (HERE / "gold" / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name, len(text), len(facts), len(pledges))
