# the gls64 probe list (decision 561): 44 one- or two-sentence paragraphs, each with the facts it must give; writes texts/ and gold/ beside it
import json,os,shutil
B=os.path.dirname(os.path.abspath(__file__))+'/'
H="政府工作报告\n——2026年1月21日在甘肃省第十四届人民代表大会第五次会议上\n甘肃省省长　任振鹤\n\n各位代表：\n"
M={'region':'甘肃省','region_code':'620000','level':'province','parent':None,'province':'甘肃省','doc_type':'government_work_report','report_year':2026,'meeting_date':'2026-01-21','speaker':'任振鹤'}
G='goal';T='target';A='actual';P='2026-2030';R='2021-2025'
P_=[
# A: year's target first, then the plan's average, one sentence
("今年全省地区生产总值增长5%左右，“十五五”期间年均增长5%以上。",[('gdp',T,'2026','growth',5,'%','about','地区生产总值增长5%左右'),('gdp',G,P,'growth',5,'%','at_least','“十五五”期间年均增长5%以上')]),
("全年地区生产总值增长5.5%以上，“十五五”时期年均增长5.5%左右。",[('gdp',T,'2026','growth',5.5,'%','at_least','地区生产总值增长5.5%以上'),('gdp',G,P,'growth',5.5,'%','about','“十五五”时期年均增长5.5%左右')]),
("今年一般公共预算收入增长4%，“十五五”期间年均增长4.5%。",[('general_budget_revenue',T,'2026','growth',4,'%','eq','一般公共预算收入增长4%'),('general_budget_revenue',G,P,'growth',4.5,'%','eq','“十五五”期间年均增长4.5%')]),
("今年固定资产投资增长6%左右，今后五年年均增长7%。",[('fixed_asset_investment',T,'2026','growth',6,'%','about','固定资产投资增长6%左右'),('fixed_asset_investment',G,P,'growth',7,'%','eq','今后五年年均增长7%')]),
("今年城乡居民人均可支配收入增长6%，“十五五”期间年均增长6.5%左右。",[('urban_disposable_income',T,'2026','growth',6,'%','eq','城乡居民人均可支配收入增长6%'),('rural_disposable_income',T,'2026','growth',6,'%','eq','城乡居民人均可支配收入增长6%'),('urban_disposable_income',G,P,'growth',6.5,'%','about','“十五五”期间年均增长6.5%左右'),('rural_disposable_income',G,P,'growth',6.5,'%','about','“十五五”期间年均增长6.5%左右')]),
("今年规模以上工业增加值增长7%，“十五五”期间年均增长8%以上。",[('industrial_va',T,'2026','growth',7,'%','eq','规模以上工业增加值增长7%'),('industrial_va',G,P,'growth',8,'%','at_least','“十五五”期间年均增长8%以上')]),
("今年社会消费品零售总额增长5%，“十五五”期间年均增长6%左右，到2030年突破6000亿元。",[('retail_sales',T,'2026','growth',5,'%','eq','社会消费品零售总额增长5%'),('retail_sales',G,P,'growth',6,'%','about','“十五五”期间年均增长6%左右'),('retail_sales',G,'2030','level',6000,'亿元','at_least','到2030年突破6000亿元')]),
("今年全社会研发经费投入强度达到2%，“十五五”末达到2.5%。",[('rnd_intensity',T,'2026','share',2,'%','eq','研发经费投入强度达到2%'),('rnd_intensity',G,'2030','share',2.5,'%','eq','“十五五”末达到2.5%')]),
("今年常住人口城镇化率达到57%，到“十五五”末提高到60%左右。",[('urbanization_rate',T,'2026','share',57,'%','eq','常住人口城镇化率达到57%'),('urbanization_rate',G,'2030','share',60,'%','about','到“十五五”末提高到60%左右')]),
("今年进出口总额增长8%，“十五五”期间年均增长10%左右。",[('foreign_trade',T,'2026','growth',8,'%','eq','进出口总额增长8%'),('foreign_trade',G,P,'growth',10,'%','about','“十五五”期间年均增长10%左右')]),
# B: goal list whose items name 2026 too
("“十五五”时期的主要目标是：地区生产总值年均增长5.5%左右，2026年增长5.5%以上。",[('gdp',G,P,'growth',5.5,'%','about','地区生产总值年均增长5.5%左右'),('gdp',T,'2026','growth',5.5,'%','at_least','2026年增长5.5%以上')]),
("“十五五”时期的主要目标是：粮食产量2026年稳定在250亿斤以上，到2030年达到260亿斤。",[('grain_output',T,'2026','level',250,'亿斤','at_least','粮食产量2026年稳定在250亿斤以上'),('grain_output',G,'2030','level',260,'亿斤','eq','到2030年达到260亿斤')]),
("今后五年的主要目标是：常住人口城镇化率2026年达到57%，到2030年达到60%。",[('urbanization_rate',T,'2026','share',57,'%','eq','常住人口城镇化率2026年达到57%'),('urbanization_rate',G,'2030','share',60,'%','eq','到2030年达到60%')]),
("今后五年的主要目标是：森林覆盖率2026年达到11.5%，2030年达到12.5%。",[('forest_coverage',T,'2026','share',11.5,'%','eq','森林覆盖率2026年达到11.5%'),('forest_coverage',G,'2030','share',12.5,'%','eq','2030年达到12.5%')]),
("“十五五”时期的主要目标是：2026年全社会研发经费投入强度达到2%，到2030年达到2.5%。",[('rnd_intensity',T,'2026','share',2,'%','eq','2026年全社会研发经费投入强度达到2%'),('rnd_intensity',G,'2030','share',2.5,'%','eq','到2030年达到2.5%')]),
("“十五五”时期的主要目标是：城镇新增就业2026年30万人以上，五年累计150万人以上。",[('urban_new_jobs',T,'2026','level',30,'万人','at_least','城镇新增就业2026年30万人以上'),('urban_new_jobs',G,P,'level',150,'万人','at_least','五年累计150万人以上')]),
("“十五五”时期的主要目标是：空气质量优良天数比率2026年达到90%，到2030年稳定在92%以上。",[('good_air_days',T,'2026','share',90,'%','eq','空气质量优良天数比率2026年达到90%'),('good_air_days',G,'2030','share',92,'%','at_least','到2030年稳定在92%以上')]),
("今后五年的主要目标是：一般公共预算收入2026年增长4%，“十五五”期间年均增长5%。",[('general_budget_revenue',T,'2026','growth',4,'%','eq','一般公共预算收入2026年增长4%'),('general_budget_revenue',G,P,'growth',5,'%','eq','“十五五”期间年均增长5%')]),
("“十五五”时期的主要目标是：粮食产量到2030年达到260亿斤，2026年稳定在250亿斤以上。",[('grain_output',G,'2030','level',260,'亿斤','eq','粮食产量到2030年达到260亿斤'),('grain_output',T,'2026','level',250,'亿斤','at_least','2026年稳定在250亿斤以上')]),
("今后五年的主要目标是：居民人均可支配收入2026年增长6%，年均增长6%左右。",[('disposable_income',T,'2026','growth',6,'%','eq','居民人均可支配收入2026年增长6%'),('disposable_income',G,P,'growth',6,'%','about','年均增长6%左右')]),
# C: the 十四五 review's averages right before the 2026 targets, no heading
("“十四五”时期，全省地区生产总值年均增长5.8%。今年全省地区生产总值增长5.5%左右。",[('gdp',A,R,'growth',5.8,'%','eq','地区生产总值年均增长5.8%'),('gdp',T,'2026','growth',5.5,'%','about','全省地区生产总值增长5.5%左右')]),
("五年来，一般公共预算收入年均增长6.2%。今年一般公共预算收入增长4%。",[('general_budget_revenue',A,R,'growth',6.2,'%','eq','一般公共预算收入年均增长6.2%'),('general_budget_revenue',T,'2026','growth',4,'%','eq','今年一般公共预算收入增长4%')]),
("过去五年，全省固定资产投资年均增长7.1%，城镇新增就业累计160万人。今年固定资产投资增长6%，城镇新增就业32万人以上。",[('fixed_asset_investment',A,R,'growth',7.1,'%','eq','固定资产投资年均增长7.1%'),('urban_new_jobs',A,R,'level',160,'万人','eq','城镇新增就业累计160万人'),('fixed_asset_investment',T,'2026','growth',6,'%','eq','固定资产投资增长6%'),('urban_new_jobs',T,'2026','level',32,'万人','at_least','城镇新增就业32万人以上')]),
("“十四五”期间，居民人均可支配收入年均增长7.2%，单位地区生产总值能耗累计下降13.5%。今年居民人均可支配收入增长6%左右。",[('disposable_income',A,R,'growth',7.2,'%','eq','居民人均可支配收入年均增长7.2%'),('energy_intensity',A,R,'growth',-13.5,'%','eq','单位地区生产总值能耗累计下降13.5%'),('disposable_income',T,'2026','growth',6,'%','about','居民人均可支配收入增长6%左右')]),
("“十四五”时期全省地区生产总值年均增长5.9%，今年全省地区生产总值增长5.5%以上。",[('gdp',A,R,'growth',5.9,'%','eq','地区生产总值年均增长5.9%'),('gdp',T,'2026','growth',5.5,'%','at_least','地区生产总值增长5.5%以上')]),
("五年来，社会消费品零售总额年均增长6.5%，进出口总额年均增长9.8%。今年社会消费品零售总额增长5%，进出口总额增长6%。",[('retail_sales',A,R,'growth',6.5,'%','eq','社会消费品零售总额年均增长6.5%'),('foreign_trade',A,R,'growth',9.8,'%','eq','进出口总额年均增长9.8%'),('retail_sales',T,'2026','growth',5,'%','eq','社会消费品零售总额增长5%'),('foreign_trade',T,'2026','growth',6,'%','eq','进出口总额增长6%')]),
("“十四五”时期，规模以上工业增加值年均增长8.3%。今年规模以上工业增加值增长7%左右。",[('industrial_va',A,R,'growth',8.3,'%','eq','规模以上工业增加值年均增长8.3%'),('industrial_va',T,'2026','growth',7,'%','about','今年规模以上工业增加值增长7%左右')]),
("五年累计城镇新增就业158万人，城镇调查失业率控制在5.5%以内。今年城镇新增就业31万人，城镇调查失业率5.5%左右。",[('urban_new_jobs',A,R,'level',158,'万人','eq','五年累计城镇新增就业158万人'),('urban_new_jobs',T,'2026','level',31,'万人','eq','今年城镇新增就业31万人'),('urban_unemployment_rate',T,'2026','share',5.5,'%','about','城镇调查失业率5.5%左右'),('urban_unemployment_rate',A,R,'share',5.5,'%','at_most','城镇调查失业率控制在5.5%以内')]),
("2025年，全省地区生产总值增长5.6%，“十四五”时期年均增长5.8%。2026年全省地区生产总值增长5.5%左右。",[('gdp',A,'2025','growth',5.6,'%','eq','全省地区生产总值增长5.6%'),('gdp',A,R,'growth',5.8,'%','eq','“十四五”时期年均增长5.8%'),('gdp',T,'2026','growth',5.5,'%','about','2026年全省地区生产总值增长5.5%左右')]),
("“十四五”时期，全省粮食产量年均达到245亿斤。今年粮食产量稳定在250亿斤以上。",[('grain_output',A,R,'level',245,'亿斤','eq','粮食产量年均达到245亿斤'),('grain_output',T,'2026','level',250,'亿斤','at_least','粮食产量稳定在250亿斤以上')]),
# D: 锚定/对标 the 十五五 goals in a target sentence
("锚定“十五五”目标，今年全省地区生产总值增长5.5%左右。",[('gdp',T,'2026','growth',5.5,'%','about','地区生产总值增长5.5%左右')]),
("对标“十五五”规划目标，今年一般公共预算收入增长4%。",[('general_budget_revenue',T,'2026','growth',4,'%','eq','一般公共预算收入增长4%')]),
("锚定“十五五”时期年均增长5.5%的目标，今年全省地区生产总值增长5.5%以上。",[('gdp',T,'2026','growth',5.5,'%','at_least','地区生产总值增长5.5%以上')]),
("对标“十五五”末研发经费投入强度达到2.5%的目标，今年全社会研发经费投入强度达到2%。",[('rnd_intensity',G,'2030','share',2.5,'%','eq','“十五五”末研发经费投入强度达到2.5%'),('rnd_intensity',T,'2026','share',2,'%','eq','全社会研发经费投入强度达到2%')]),
("锚定到2030年城镇化率达到60%的目标，今年常住人口城镇化率提高到57%。",[('urbanization_rate',G,'2030','share',60,'%','eq','到2030年城镇化率达到60%'),('urbanization_rate',T,'2026','share',57,'%','eq','常住人口城镇化率提高到57%')]),
("今年主要预期目标是：对标“十五五”目标，地区生产总值增长5.5%，固定资产投资增长6%。",[('gdp',T,'2026','growth',5.5,'%','eq','地区生产总值增长5.5%'),('fixed_asset_investment',T,'2026','growth',6,'%','eq','固定资产投资增长6%')]),
("锚定“十五五”目标任务，今年城镇新增就业30万人以上，城镇调查失业率5.5%左右。",[('urban_new_jobs',T,'2026','level',30,'万人','at_least','城镇新增就业30万人以上'),('urban_unemployment_rate',T,'2026','share',5.5,'%','about','城镇调查失业率5.5%左右')]),
("对标“十五五”规划纲要，今年居民人均可支配收入增长6%，居民消费价格涨幅2%左右。",[('disposable_income',T,'2026','growth',6,'%','eq','居民人均可支配收入增长6%'),('cpi',T,'2026','growth',2,'%','about','居民消费价格涨幅2%左右')]),
("锚定“十五五”目标，统筹考虑各方面因素，今年全省地区生产总值增长5%左右，与“十五五”年均增速基本衔接。",[('gdp',T,'2026','growth',5,'%','about','地区生产总值增长5%左右')]),
("对标“十五五”目标，2026年全省规模以上工业增加值增长7%以上。",[('industrial_va',T,'2026','growth',7,'%','at_least','规模以上工业增加值增长7%以上')]),
# E: look-alikes that must stay goals / actuals
("“十五五”时期，全省地区生产总值年均增长5.5%左右。",[('gdp',G,P,'growth',5.5,'%','about','地区生产总值年均增长5.5%左右')]),
("到2030年，全省地区生产总值突破1.8万亿元，常住人口城镇化率达到60%。",[('gdp',G,'2030','level',1.8,'万亿元','at_least','全省地区生产总值突破1.8万亿元'),('urbanization_rate',G,'2030','share',60,'%','eq','常住人口城镇化率达到60%')]),
("今后五年，粮食产量稳定在250亿斤以上，森林覆盖率达到12.5%。",[('grain_output',G,P,'level',250,'亿斤','at_least','粮食产量稳定在250亿斤以上'),('forest_coverage',G,P,'share',12.5,'%','eq','森林覆盖率达到12.5%')]),
("2025年，全省粮食产量达到248亿斤，常住人口城镇化率达到56.2%。",[('grain_output',A,'2025','level',248,'亿斤','eq','全省粮食产量达到248亿斤'),('urbanization_rate',A,'2025','share',56.2,'%','eq','常住人口城镇化率达到56.2%')]),
]
for d in ('texts','gold'): shutil.rmtree(B+d,ignore_errors=True); os.makedirs(B+d)
for i,(para,facts) in enumerate(P_,1):
    name='probe_%02d_甘肃省'%i; text=H+para+'\n'
    out=[];keys=set()
    for ind,role,per,meas,val,unit,q,quote in facts:
        k=(ind,role,per,meas); assert k not in keys,k; keys.add(k)
        s=text.find(quote); assert s>=0,(i,quote)
        out.append(dict(indicator=ind,role=role,period=per,measure=meas,value=val,value_high=None,unit=unit,qualifier=q,scope=None,quote=quote,start=s,end=s+len(quote)))
    open(B+'texts/'+name+'.txt','w').write(text)
    json.dump(dict(doc=name+'.txt',meta=M,facts=out,pledges=[]),open(B+'gold/'+name+'.json','w'),ensure_ascii=False,indent=1)
print(len(P_))
