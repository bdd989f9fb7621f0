import json, sys
def F(ind, role, period, measure, value, unit, qual, quote, vh=None, scope=None, after=None):
    return dict(indicator=ind, role=role, period=period, measure=measure, value=value, value_high=vh, unit=unit,
                qualifier=qual, scope=scope, quote=quote, _after=after)
def P(action, obj, value, unit, qual, period, quote, vh=None):
    return dict(action=action, object=obj, value=value, value_high=vh, unit=unit, qualifier=qual, period=period, quote=quote)
def O(*a, **k):
    p = P(*a, **k); p["optional"] = True; return p
docs = {
"adv65c_01_利川市": (dict(region="利川市", region_code="422802", level="county", parent="恩施土家族苗族自治州", province="湖北省",
   doc_type="government_work_report", report_year=2023, meeting_date="2023-01-10", speaker="田勇"), [
  F("gdp","actual","2022","growth",5.2,"%","eq","地区生产总值增长5.2%"),
  F("gdp","actual","2022","level",236,"亿元","eq","总量达到236亿元"),
  F("general_budget_revenue","actual","2022","level",11.3,"亿元","eq","一般公共预算收入完成11.3亿元"),
  F("general_budget_revenue","actual","2022","growth",6.1,"%","eq","增长6.1%"),
  F("industrial_va","target","2022","growth",10,"%","eq","规模以上工业增加值增长10%"),
  F("industrial_va","actual","2022","growth",8.7,"%","eq","实际增长8.7%"),
  F("gdp","target","2023","growth",7.5,"%","eq","全市确定为7.5%"),
  F("general_budget_revenue","target","2023","growth",6,"%","eq","一般公共预算收入增长6%"),
  F("urban_new_jobs","target","2023","level",6000,"人","at_least","城镇新增就业6000人以上"),
 ], [
  P("补助","基础设施建设资金",30,"万元","eq","2023","每村补助基础设施建设资金30万元"),
  P("补助","设备购置资金",50,"万元","eq","2023","每所乡镇卫生院补助设备购置资金50万元"),
  P("新改建","农村公路",300,"公里","eq","2023","新改建农村公路300公里"),
  P("新增","规上工业企业",20,"家","eq","2023","新增规上工业企业20家"),
  O("奖励","每家奖励",10,"万元","eq","2023","每家奖励10万元"),
 ]),
"adv65c_02_天水市": (dict(region="天水市", region_code="620500", level="prefecture", parent="甘肃省", province="甘肃省",
   doc_type="government_work_report", report_year=2025, meeting_date="2025-01-19", speaker="王刚"), [
  F("gdp","actual","2024","growth",5.6,"%","eq","地区生产总值增长5.6%"),
  F("gdp","actual","2024","level",890,"亿元","eq","总量达到890亿元"),
  F("general_budget_revenue","actual","2024","growth",5.1,"%","eq","一般公共预算收入增长5.1%"),
  F("fixed_asset_investment","target","2024","growth",8,"%","eq","固定资产投资增长8%"),
  F("fixed_asset_investment","actual","2024","growth",6.2,"%","eq","全年实际增长6.2%"),
  F("urban_new_jobs","actual","2024","level",3.2,"万人","eq","城镇新增就业3.2万人"),
  F("gdp","target","2025","growth",6,"%","about","地区生产总值增长6%左右"),
  F("retail_sales","target","2025","growth",6,"%","eq","社会消费品零售总额增长6%"),
  F("retail_sales","target","2025","level",420,"亿元","eq","总量达到420亿元"),
  F("urban_new_jobs","target","2025","level",3,"万人","at_least","城镇新增就业3万人以上"),
  F("urbanization_rate","target","2025","share",56.5,"%","eq","常住人口城镇化率达到56.5%"),
 ], [
  P("新建","城市公园",10,"个","eq","2025","新建城市公园10个"),
  P("新增","养老床位",1500,"张","eq","2025","新增养老床位1500张"),
  O("配备","心理健康教师",1,"名","eq","2025","每校配备心理健康教师1名"),
 ]),
"adv65c_03_科尔沁右翼前旗": (dict(region="科尔沁右翼前旗", region_code="152221", level="county", parent="兴安盟", province="内蒙古自治区",
   doc_type="government_work_report", report_year=2019, meeting_date="2019-01-08", speaker="包文华"), [
  F("gdp","actual","2018","growth",7.6,"%","eq","地区生产总值增长7.6%"),
  F("gdp","actual","2018","level",128,"亿元","eq","总量达到128亿元"),
  F("gdp","actual","2018","rank",2,"位","eq","总量居全盟第二位",scope="全盟"),
  F("general_budget_revenue","target","2018","growth",6,"%","eq","一般公共预算收入增长6%"),
  F("general_budget_revenue","actual","2018","level",5.2,"亿元","eq","实际完成5.2亿元"),
  F("general_budget_revenue","actual","2018","growth",6.5,"%","eq","增长6.5%"),
  F("urban_new_jobs","actual","2018","level",2100,"人","eq","城镇新增就业2100人"),
  F("grain_output","actual","2018","level",25.6,"亿斤","eq","粮食产量达到\n25.6亿斤"),
  F("gdp","target","2019","growth",7.5,"%","eq","我旗按7.5%安排"),
  F("urban_disposable_income","target","2019","growth",None,"%","qualitative","城乡居民人均可支配收入增长与经济增长同步"),
  F("rural_disposable_income","target","2019","growth",None,"%","qualitative","城乡居民人均可支配收入增长与经济增长同步"),
  F("urban_disposable_income","goal","2016-2020","growth",7,"%","eq","年均增长7%"),
  F("rural_disposable_income","goal","2016-2020","growth",7,"%","eq","年均增长7%"),
  F("grain_output","target","2019","level",25,"亿斤","at_least","粮食产量稳定在25亿斤以上"),
  F("grain_output","goal","2020","level",26,"亿斤","eq","2020年达到26亿斤"),
 ], [
  P("补助","集体经济发展资金",20,"万元","eq","2019","每嘎查补助集体经济发展资金20万元"),
  P("新建","标准化卫生室",30,"个","eq","2019","新建标准化\n卫生室30个"),
  P("补助","建设资金",8,"万元","eq","2019","每个补助建设资金8万元"),
  P("建设","高标准农田",15,"万亩","eq","2019","建设高标准农田15万亩"),
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
