-- National default checklists (region_code null), one per topic. They are data: a regulator copies and edits them for the
-- region in the app. The items paraphrase the pilot plan's 严格过程管控 and the usual site-inspection points; the clause
-- references are indicative and should be confirmed by the regional authority before use.
insert into supervision_templates (id, region_code, topic, name, items) values
('00000000-0000-4000-a000-000000000601', null, 'quality', '质量监督检查表（全国默认）', '[
  {"key":"q1","text":"原材料、构配件进场验收及见证取样送检记录完整","basis":"GB 50300 质量验收统一标准"},
  {"key":"q2","text":"钢筋、预埋件等隐蔽工程验收记录齐全并附影像","basis":"GB 50204"},
  {"key":"q3","text":"混凝土强度检测、试块留置与养护符合要求","basis":"GB 50204"},
  {"key":"q4","text":"装配式构件进场验收，套筒灌浆饱满度检测记录","basis":"GB/T 51231"},
  {"key":"q5","text":"质量问题整改闭合，质量管理资料与进度同步","basis":"试点方案 五（四）"}
]'::jsonb),
('00000000-0000-4000-a000-000000000602', null, 'safety', '安全监督检查表（全国默认）', '[
  {"key":"s1","text":"危大工程专项施工方案编制、论证与按方案实施","basis":"住建部令第37号"},
  {"key":"s2","text":"临边、洞口防护到位，安全网完好","basis":"JGJ 80"},
  {"key":"s3","text":"起重机械设备验收、使用登记与定期检查","basis":"JGJ 196"},
  {"key":"s4","text":"施工用电三级配电、两级保护","basis":"JGJ 46"},
  {"key":"s5","text":"安全教育培训与安全技术交底记录","basis":"JGJ 59"}
]'::jsonb),
('00000000-0000-4000-a000-000000000603', null, 'green_construction', '绿色施工监督检查表（全国默认）', '[
  {"key":"g1","text":"绿色施工专项方案已审批并有实施记录","basis":"GB/T 50640"},
  {"key":"g2","text":"扬尘控制：围挡、喷淋、裸土覆盖、车辆冲洗","basis":"GB/T 50640 环境保护"},
  {"key":"g3","text":"噪声控制：夜间施工许可与降噪措施","basis":"GB 12523"},
  {"key":"g4","text":"节水：非传统水源利用与用水分区计量","basis":"GB/T 50640 节水"},
  {"key":"g5","text":"节能：临时用电分项计量、节能灯具与设备","basis":"GB/T 50640 节能"},
  {"key":"g6","text":"节材：材料损耗率控制、周转材料与工具式模板","basis":"GB/T 50640 节材"}
]'::jsonb),
('00000000-0000-4000-a000-000000000604', null, 'waste', '建筑垃圾减量化检查表（全国默认）', '[
  {"key":"w1","text":"施工现场建筑垃圾减量化专项方案已编制","basis":"建质〔2020〕46号"},
  {"key":"w2","text":"工程渣土、工程泥浆、工程垃圾、拆除垃圾分类收集与存放","basis":"施工现场建筑垃圾减量化指导手册"},
  {"key":"w3","text":"排放量台账与运输电子联单完整","basis":"建质〔2020〕46号"},
  {"key":"w4","text":"就地处置与资源化利用措施落实","basis":"施工现场建筑垃圾减量化指导手册"}
]'::jsonb),
('00000000-0000-4000-a000-000000000605', null, 'smart_site', '智慧工地检查表（全国默认）', '[
  {"key":"m1","text":"扬尘、噪声在线监测设备在线并联网上传","basis":"HJ 212-2017"},
  {"key":"m2","text":"视频监控覆盖出入口及主要作业面","basis":"试点方案 三（四）"},
  {"key":"m3","text":"作业人员实名制考勤","basis":"建筑工人实名制管理办法"},
  {"key":"m4","text":"BIM 模型与施工进度、质量记录同步","basis":"试点方案 三（四）"},
  {"key":"m5","text":"塔吊、施工升降机安全监控系统运行","basis":"试点方案 三（四）"}
]'::jsonb)
on conflict (id) do nothing;
