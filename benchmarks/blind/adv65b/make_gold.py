import json, sys
def F(ind, role, period, measure, value, unit, qual, quote, vh=None, scope=None, after=None):
    return dict(indicator=ind, role=role, period=period, measure=measure, value=value, value_high=vh, unit=unit,
                qualifier=qual, scope=scope, quote=quote, _after=after)
def P(action, obj, value, unit, qual, period, quote, vh=None):
    return dict(action=action, object=obj, value=value, value_high=vh, unit=unit, qualifier=qual, period=period, quote=quote)
docs = {
"adv65b_01_福建省": (dict(region="福建省", region_code="350000", level="province", parent=None, province="福建省",
   doc_type="plan_report", report_year=2021, meeting_date="2021-01-27", speaker=None), [
  F("gdp","actual","2020","level",43903.9,"亿元","eq","地区生产总值43903.9亿元"),
  F("gdp","actual","2020","growth",3.3,"%","eq","地区生产总值43903.9亿元，增长3.3%"),
  F("general_budget_revenue","target","2020","growth",4,"%","eq","一般公共预算收入年初预期增长4%"),
  F("general_budget_revenue","actual","2020","level",3079,"亿元","eq","实际完成3079亿元"),
  F("general_budget_revenue","actual","2020","growth",0.9,"%","eq","增长0.9%"),
  F("foreign_trade","actual","2020","growth",2.2,"%","eq","进出口总额增长2.2%"),
  F("foreign_trade","actual","2020","level",14035,"亿元","eq","总量达到14035亿元"),
  F("gdp","target","2021","growth",7,"%","about","地区生产总值增长7%左右"),
  F("gdp","goal","2021-2025","growth",6,"%","at_least","年均增长6%以上"),
  F("general_budget_revenue","target","2021","growth",5,"%","eq","一般公共预算收入增长5%"),
  F("industrial_va","target","2021","growth",7.5,"%","eq","规模以上工业增加值增长7.5%"),
  F("urbanization_rate","target","2021","share",69.5,"%","eq","常住人口城镇化率达到69.5%"),
  F("urbanization_rate","goal","2025","share",71,"%","eq","到2025年达到71%"),
  F("rnd_intensity","target","2021","share",1.8,"%","eq","研发经费投入强度达到1.8%"),
  F("rnd_intensity","goal","2025","share",2.2,"%","eq","“十四五”末达到2.2%"),
  F("urban_new_jobs","target","2021","level",40,"万人","eq","城镇新增就业40万人"),
  F("urban_new_jobs","goal","2021-2025","level",200,"万人","at_least","五年累计200万人以上"),
  F("urban_unemployment_rate","target","2021","share",5.5,"%","at_most","城镇调查失业率控制在5.5%以内"),
  F("energy_intensity","target","2021","growth",None,"%","qualitative","单位地区生产总值能耗完成国家下达目标任务"),
 ], [
  P("安排","省重点项目",1500,"个","eq","2021","安排省重点项目1500个"),
  P("完成","年度投资",5000,"亿元","at_least","2021","完成年度投资5000亿元以上"),
  P("新建","5G基站",2,"万个","eq","2021","新建5G基站2万个"),
  P("改造","城镇老旧小区",1000,"个","eq","2021","改造城镇老旧小区1000个"),
 ]),
"adv65b_02_河南省": (dict(region="河南省", region_code="410000", level="province", parent=None, province="河南省",
   doc_type="government_work_report", report_year=2026, meeting_date="2026-01-25", speaker="王凯"), [
  F("gdp","actual","2025","growth",5.6,"%","eq","地区生产总值增长5.6%"),
  F("gdp","actual","2025","level",6.6,"万亿元","at_least","总量突破6.6万亿元"),
  F("retail_sales","actual","2025","growth",5.1,"%","eq","社会消费品零售总额增长5.1%"),
  F("retail_sales","actual","2025","level",2.8,"万亿元","eq","总量达到2.8万亿元"),
  F("disposable_income","target","2025","growth",5.5,"%","eq","居民人均可支配收入增长5.5%"),
  F("disposable_income","actual","2025","growth",5.8,"%","eq","实际增长5.8%"),
  F("urban_new_jobs","actual","2025","level",115,"万人","eq","城镇新增就业115万人"),
  F("gdp","target","2026","growth",5.5,"%","about","地区生产总值增长5.5%左右"),
  F("gdp","goal","2030","level",8.5,"万亿元","at_least","到2030年突破8.5万亿元"),
  F("general_budget_revenue","target","2026","growth",4,"%","eq","一般公共预算收入增长4%"),
  F("industrial_va","target","2026","growth",6.5,"%","eq","规模以上工业增加值增长6.5%"),
  F("industrial_va","goal","2026-2030","growth",6,"%","eq","年均增长6%"),
  F("fixed_asset_investment","target","2026","growth",5,"%","eq","固定资产投资增长5%"),
  F("disposable_income","target","2026","growth",None,"%","qualitative","居民人均可支配收入增长与经济增长同步"),
  F("disposable_income","goal","2026-2030","growth",5.5,"%","about","年均增长5.5%左右"),
  F("urbanization_rate","target","2026","pp_change",1,"个百分点","eq","常住人口城镇化率提高1个百分点"),
  F("urbanization_rate","goal","2030","share",65,"%","at_least","到2030年达到65%以上"),
  F("grain_output","target","2026","level",1300,"亿斤","at_least","粮食产量稳定在1300亿斤以上"),
 ], [
  P("新建","高标准农田",500,"万亩","eq","2026","新建高标准农田500万亩"),
  P("新增","城镇学位",10,"万个","eq","2026","新增城镇学位10万个"),
 ]),
"adv65b_03_绵阳市": (dict(region="绵阳市", region_code="510700", level="prefecture", parent="四川省", province="四川省",
   doc_type="government_work_report", report_year=2026, meeting_date="2026-01-16", speaker="王林"), [
  F("gdp","actual","2025","growth",6.1,"%","eq","地区生产总值增长6.1%"),
  F("industrial_va","actual","2025","growth",8.5,"%","eq","规模以上工业增加值增长8.5%"),
  F("industrial_va","actual","2025","level",1500,"亿元","at_least","总量突破1500亿元"),
  F("fixed_asset_investment","target","2025","growth",8,"%","eq","固定资产投资计划增长8%"),
  F("fixed_asset_investment","actual","2025","growth",6.5,"%","eq","实际增长6.5%"),
  F("gdp","target","2026","growth",6,"%","about","地区生产总值增长6%左右"),
  F("general_budget_revenue","target","2026","growth",5,"%","eq","一般公共预算收入增长5%"),
  F("retail_sales","target","2026","growth",6,"%","eq","社会消费品零售总额增长6%"),
  F("retail_sales","goal","2030","level",2500,"亿元","at_least","到2030年突破2500亿元"),
  F("urban_new_jobs","target","2026","level",5,"万人","at_least","城镇新增就业5万人以上"),
 ], [
  P("新建","城市社区养老服务综合体",10,"个","eq","2026","新建城市社区养老服务综合体10个"),
  P("新增","公共停车位",1,"万个","eq","2026","新增公共停车位1万个"),
 ]),
}
for name,(meta,facts,pledges) in docs.items():
    text = open(f"texts/{name}.txt", encoding="utf-8").read()
    doc = name + ".txt"; pos = 0
    for x in facts + pledges:
        x.pop("_after", None)
        i = text.find(x["quote"], pos)
        if i < 0: i = text.find(x["quote"])
        assert i >= 0, x["quote"]
        x["start"], x["end"], x["doc"] = i, i + len(x["quote"]), doc
        assert text[x["start"]:x["end"]] == x["quote"]
        pos = i
    json.dump(dict(doc=doc, meta=meta, facts=facts, pledges=pledges), open(f"gold/{name}.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
    print(name, len(facts), len(pledges))
