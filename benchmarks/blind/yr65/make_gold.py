import json, os
B='/work/wt-yr65/benchmarks/blind/yr65'
os.makedirs(B+'/texts',exist_ok=True); os.makedirs(B+'/gold',exist_ok=True)
docs=[]
# ---------- 1 荆门市 2021
t1='''荆门市人民政府工作报告
——2021年1月19日在荆门市第九届人民代表大会第六次会议上
市长　孙兴国

各位代表：
　　一、2020年工作回顾
　　突如其来的新冠肺炎疫情打乱了经济运行节奏，年初确定的地区生产总值增长7.5%左右的目标，年中调整为不设具体增长目标、努力实现正增长。一季度全市地区生产总值下降36.2%，上半年下降17.5%，前三季度下降8.3%，四季度由负转正，全年下降4.6%，总量达到1928.7亿元。规模以上工业增加值下降3.1%；固定资产投资增长0.8%，实现由负转正；受疫情冲击，社会消费品零售总额下降19.2%；一般公共预算收入完成81.6亿元，下降24.5%；城镇常住居民人均可支配收入36120元，下降1.6%。
　　二、2021年主要预期目标
　　今年全市经济社会发展的主要预期目标是：地区生产总值增长10%以上，与2019年相比两年平均增长5%左右；一般公共预算收入增长18%；固定资产投资增长12%；社会消费品零售总额增长22%；城镇新增就业4万人；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。
　　三、重点工作
　　全年实施亿元以上重点项目320个；新建5G基站2500个；改造城镇老旧小区196个；新建农村公路600公里。
'''
f1=[
 ('gdp','actual','2020','growth',-4.6,'eq','全年下降4.6%'),
 ('gdp','actual','2020','level',1928.7,'eq','总量达到1928.7亿元'),
 ('industrial_va','actual','2020','growth',-3.1,'eq','规模以上工业增加值下降3.1%'),
 ('fixed_asset_investment','actual','2020','growth',0.8,'eq','固定资产投资增长0.8%'),
 ('retail_sales','actual','2020','growth',-19.2,'eq','社会消费品零售总额下降19.2%'),
 ('general_budget_revenue','actual','2020','level',81.6,'eq','一般公共预算收入完成81.6亿元'),
 ('general_budget_revenue','actual','2020','growth',-24.5,'eq','一般公共预算收入完成81.6亿元，下降24.5%'),
 ('urban_disposable_income','actual','2020','level',36120,'eq','城镇常住居民人均可支配收入36120元'),
 ('urban_disposable_income','actual','2020','growth',-1.6,'eq','城镇常住居民人均可支配收入36120元，下降1.6%'),
 ('gdp','target','2021','growth',10,'at_least','地区生产总值增长10%以上'),
 ('gdp','goal','2020-2021','growth',5,'about','两年平均增长5%左右'),
 ('general_budget_revenue','target','2021','growth',18,'eq','一般公共预算收入增长18%'),
 ('fixed_asset_investment','target','2021','growth',12,'eq','固定资产投资增长12%'),
 ('retail_sales','target','2021','growth',22,'eq','社会消费品零售总额增长22%'),
 ('urban_new_jobs','target','2021','level',4,'eq','城镇新增就业4万人'),
 ('urban_unemployment_rate','target','2021','share',5.5,'at_most','城镇调查失业率控制在5.5%以内'),
 ('cpi','target','2021','growth',3,'about','居民消费价格涨幅3%左右'),
]
p1=[('实施','重点项目',320,'个','eq','2021','实施亿元以上重点项目320个'),
    ('新建','5G基站',2500,'个','eq','2021','新建5G基站2500个'),
    ('改造','城镇老旧小区',196,'个','eq','2021','改造城镇老旧小区196个'),
    ('新建','农村公路',600,'公里','eq','2021','新建农村公路600公里')]
m1=dict(region='荆门市',region_code='420800',level='prefecture',parent='湖北省',province='湖北省',doc_type='government_work_report',report_year=2021,meeting_date='2021-01-19',speaker='孙兴国')
docs.append(('yr65_01_荆门市',t1,m1,f1,p1))
# ---------- 2 寻乌县 2022
t2='''寻乌县人民政府工作报告
——2022年1月6日在寻乌县第十八届人民代表大会第一次会议上
县长　刘春华

　　一、2021年工作回顾
　　过去一年，我们坚持疫情防控和经济社会发展两手抓，经济运行稳中加固。全县地区生产总值完成172.4亿元，增长9.1%，比2019年增长13.6%，两年平均增长6.5%；规模以上工业增加值增长10.8%，两年平均增长7.2%；固定资产投资增长11.5%；疫情之下消费加快回暖，社会消费品零售总额完成58.3亿元，增长14.6%，恢复到疫情前水平；一般公共预算收入10.2亿元，增长7.4%；城乡居民人均可支配收入分别增长8.6%、10.3%。
　　二、2022年主要预期目标
　　今年经济社会发展的主要预期目标是：地区生产总值增长8%左右，力争两年平均增长8.5%；规模以上工业增加值增长9%以上；固定资产投资增长10%；一般公共预算收入增长6%；城乡居民人均可支配收入增长与经济增长基本同步；单位生产总值能耗下降完成市下达任务。
　　三、重点工作
　　新开工亿元以上项目50个；新建标准厂房30万平方米；改造提升农村公路150公里，新增城镇就业2800人。
'''
f2=[
 ('gdp','actual','2021','level',172.4,'eq','地区生产总值完成172.4亿元'),
 ('gdp','actual','2021','growth',9.1,'eq','地区生产总值完成172.4亿元，增长9.1%'),
 ('gdp','actual','2020-2021','growth',13.6,'eq','比2019年增长13.6%'),
 ('industrial_va','actual','2021','growth',10.8,'eq','规模以上工业增加值增长10.8%'),
 ('industrial_va','actual','2020-2021','growth',7.2,'eq','两年平均增长7.2%'),
 ('fixed_asset_investment','actual','2021','growth',11.5,'eq','固定资产投资增长11.5%'),
 ('retail_sales','actual','2021','level',58.3,'eq','社会消费品零售总额完成58.3亿元'),
 ('retail_sales','actual','2021','growth',14.6,'eq','社会消费品零售总额完成58.3亿元，增长14.6%'),
 ('general_budget_revenue','actual','2021','level',10.2,'eq','一般公共预算收入10.2亿元'),
 ('general_budget_revenue','actual','2021','growth',7.4,'eq','一般公共预算收入10.2亿元，增长7.4%'),
 ('urban_disposable_income','actual','2021','growth',8.6,'eq','城乡居民人均可支配收入分别增长8.6%'),
 ('rural_disposable_income','actual','2021','growth',10.3,'eq','城乡居民人均可支配收入分别增长8.6%、10.3%'),
 ('gdp','target','2022','growth',8,'about','地区生产总值增长8%左右'),
 ('gdp','goal','2021-2022','growth',8.5,'eq','力争两年平均增长8.5%'),
 ('industrial_va','target','2022','growth',9,'at_least','规模以上工业增加值增长9%以上'),
 ('fixed_asset_investment','target','2022','growth',10,'eq','固定资产投资增长10%'),
 ('general_budget_revenue','target','2022','growth',6,'eq','一般公共预算收入增长6%'),
 ('urban_disposable_income','target','2022','growth',None,'qualitative','城乡居民人均可支配收入增长与经济增长基本同步'),
 ('rural_disposable_income','target','2022','growth',None,'qualitative','城乡居民人均可支配收入增长与经济增长基本同步'),
 ('energy_intensity','target','2022','growth',None,'qualitative','单位生产总值能耗下降完成市下达任务'),
 ('disposable_income','target','2022','growth',None,'qualitative','城乡居民人均可支配收入增长与经济增长基本同步','opt'),
 ('urban_new_jobs','target','2022','level',2800,'eq','新增城镇就业2800人'),
]
p2=[('新开工','项目',50,'个','eq','2022','新开工亿元以上项目50个'),
    ('新建','标准厂房',30,'万平方米','eq','2022','新建标准厂房30万平方米'),
    ('改造提升','农村公路',150,'公里','eq','2022','改造提升农村公路150公里'),
    ('新增','城镇就业',2800,'人','eq','2022','新增城镇就业2800人')]
m2=dict(region='寻乌县',region_code='360734',level='county',parent='赣州市',province='江西省',doc_type='government_work_report',report_year=2022,meeting_date='2022-01-06',speaker='刘春华')
docs.append(('yr65_02_寻乌县',t2,m2,f2,p2))
# ---------- 3 陕西省 plan report 2022
t3='''关于陕西省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告
——2022年1月22日在陕西省第十三届人民代表大会第六次会议上
陕西省发展和改革委员会主任　王琳

一、2021年计划执行情况
　　2021年初，省十三届人大五次会议确定全省生产总值增长6.5%以上。面对西安疫情等多重冲击，全省经济保持恢复态势。初步核算，全省生产总值29800.9亿元，增长6.3%，两年平均增长4.9%；一季度增长14.6%，前三季度增长8.2%。规模以上工业增加值增长7.6%；固定资产投资下降3.1%；社会消费品零售总额增长6.7%；进出口总额增长25.9%；地方一般公共预算收入增长21.3%；居民消费价格上涨1.5%。
二、2022年经济社会发展主要目标
　　综合考虑疫情影响和基数因素，2022年主要预期目标建议为：全省生产总值增长6%以上；规模以上工业增加值增长7%；固定资产投资增长7%；社会消费品零售总额增长7%；地方一般公共预算收入增长5%；城镇新增就业40万人以上；城镇调查失业率5.5%以内；居民消费价格涨幅3%左右；粮食产量稳定在1270万吨以上。
三、2022年重点任务
　　实施省级重点项目600个；新建改造农村公路6000公里。
'''
f3=[
 ('gdp','target','2021','growth',6.5,'at_least','全省生产总值增长6.5%以上'),
 ('gdp','actual','2021','level',29800.9,'eq','全省生产总值29800.9亿元'),
 ('gdp','actual','2021','growth',6.3,'eq','全省生产总值29800.9亿元，增长6.3%'),
 ('gdp','actual','2020-2021','growth',4.9,'eq','两年平均增长4.9%'),
 ('industrial_va','actual','2021','growth',7.6,'eq','规模以上工业增加值增长7.6%'),
 ('fixed_asset_investment','actual','2021','growth',-3.1,'eq','固定资产投资下降3.1%'),
 ('retail_sales','actual','2021','growth',6.7,'eq','社会消费品零售总额增长6.7%'),
 ('foreign_trade','actual','2021','growth',25.9,'eq','进出口总额增长25.9%'),
 ('general_budget_revenue','actual','2021','growth',21.3,'eq','地方一般公共预算收入增长21.3%'),
 ('cpi','actual','2021','growth',1.5,'eq','居民消费价格上涨1.5%'),
 ('gdp','target','2022','growth',6,'at_least','全省生产总值增长6%以上'),
 ('industrial_va','target','2022','growth',7,'eq','规模以上工业增加值增长7%'),
 ('fixed_asset_investment','target','2022','growth',7,'eq','固定资产投资增长7%'),
 ('retail_sales','target','2022','growth',7,'eq','社会消费品零售总额增长7%'),
 ('general_budget_revenue','target','2022','growth',5,'eq','地方一般公共预算收入增长5%'),
 ('urban_new_jobs','target','2022','level',40,'at_least','城镇新增就业40万人以上'),
 ('urban_unemployment_rate','target','2022','share',5.5,'at_most','城镇调查失业率5.5%以内'),
 ('cpi','target','2022','growth',3,'about','居民消费价格涨幅3%左右'),
 ('grain_output','target','2022','level',1270,'at_least','粮食产量稳定在1270万吨以上'),
]
p3=[('实施','省级重点项目',600,'个','eq','2022','实施省级重点项目600个'),
    ('新建改造','农村公路',6000,'公里','eq','2022','新建改造农村公路6000公里')]
m3=dict(region='陕西省',region_code='610000',level='province',parent=None,province='陕西省',doc_type='plan_report',report_year=2022,meeting_date='2022-01-22',speaker='王琳')
docs.append(('yr65_03_陕西省',t3,m3,f3,p3))
# ---------- 4 宜宾市 2023 news page
t4='''宜宾市政府工作报告发布 今年GDP增长目标6%以上
来源：宜宾新闻网　　2023-01-10 09:12

　　1月9日，宜宾市第六届人民代表大会第三次会议开幕，市长张正红作政府工作报告。
　　报告显示，2022年，面对疫情多点散发等超预期因素冲击，全市地区生产总值达到3427.8亿元，增长4.1%，比2019年增长18.6%，三年平均增长5.9%，增速居全省第3位。受疫情影响，一季度社会消费品零售总额一度下降6.8%，全年增长1.2%；规模以上工业增加值增长7.3%，从三年平均看，年均增长8.1%；一般公共预算收入完成226.5亿元，扣除留抵退税因素后增长8.6%。
　　报告提出，2023年全市经济社会发展主要预期目标为：地区生产总值增长6%以上；规模以上工业增加值增长8%；固定资产投资增长10%；社会消费品零售总额增长8%左右；居民人均可支配收入增长与经济增长同步。
　　今年，宜宾将新开工重大项目200个，新增规模以上工业企业100户。（记者　李娜）
'''
f4=[
 ('gdp','actual','2022','level',3427.8,'eq','地区生产总值达到3427.8亿元'),
 ('gdp','actual','2022','growth',4.1,'eq','地区生产总值达到3427.8亿元，增长4.1%'),
 ('gdp','actual','2020-2022','growth',18.6,'eq','比2019年增长18.6%'),
 ('gdp','actual','2022','rank',3,'eq','增速居全省第3位','opt'),
 ('gdp','actual','2020-2022','rank',3,'eq','增速居全省第3位','opt'),  # gold correction (decision 168: optional for either period)
 ('retail_sales','actual','2022','growth',1.2,'eq','全年增长1.2%'),
 ('industrial_va','actual','2022','growth',7.3,'eq','规模以上工业增加值增长7.3%'),
 ('industrial_va','actual','2020-2022','growth',8.1,'eq','年均增长8.1%'),
 ('general_budget_revenue','actual','2022','level',226.5,'eq','一般公共预算收入完成226.5亿元'),
 ('general_budget_revenue','actual','2022','growth',8.6,'eq','扣除留抵退税因素后增长8.6%'),
 ('gdp','target','2023','growth',6,'at_least','地区生产总值增长6%以上'),
 ('industrial_va','target','2023','growth',8,'eq','规模以上工业增加值增长8%'),
 ('fixed_asset_investment','target','2023','growth',10,'eq','固定资产投资增长10%'),
 ('retail_sales','target','2023','growth',8,'about','社会消费品零售总额增长8%左右'),
 ('disposable_income','target','2023','growth',None,'qualitative','居民人均可支配收入增长与经济增长同步'),
]
p4=[('新开工','重大项目',200,'个','eq','2023','新开工重大项目200个'),
    ('新增','规模以上工业企业',100,'户','eq','2023','新增规模以上工业企业100户')]
m4=dict(region='宜宾市',region_code='511500',level='prefecture',parent='四川省',province='四川省',doc_type='government_work_report',report_year=2023,meeting_date='2023-01-09',speaker='张正红')
docs.append(('yr65_04_宜宾市',t4,m4,f4,p4))

def find(t,q,after=0):
    i=t.find(q,after); assert i>=0,q; return i
for name,t,m,F,P in docs:
    doc=name+'.txt'
    facts=[];pl=[]
    for ind,role,per,meas,v,ql,q,*o in F:
        s=find(t,q)
        if ql=='qualitative': u=None
        elif meas in('growth','share'): u='%'
        elif meas=='rank': u='位'
        else: u=next(x for x in ['万吨','亿元','万人','元','人'] if q.rstrip('以上').endswith(x))
        d=dict(indicator=ind,role=role,period=per,measure=meas,value=v,value_high=None,
          unit=u,qualifier=ql,scope=('全省' if meas=='rank' else None),quote=q)
        if o: d['optional']=True
        d.update(start=s,end=s+len(q),doc=doc)
        facts.append(d)
    for a,o,v,u,ql,per,q in P:
        s=find(t,q)
        pl.append(dict(action=a,object=o,value=v,value_high=None,unit=u,qualifier=ql,period=per,quote=q,start=s,end=s+len(q),doc=doc))
    open(f'{B}/texts/{doc}','w').write(t)
    json.dump(dict(doc=doc,meta=m,facts=facts,pledges=pl),open(f'{B}/gold/{name}.json','w'),ensure_ascii=False,indent=1)
    print(doc,len(t),len(facts),len(pl))
