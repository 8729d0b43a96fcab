-- 绿色策划 (issue 9): a measure library per region and one versioned plan per project covering the five integrated
-- aspects (绿色设计, 绿色建材, 绿色生产, 绿色施工, 绿色交付). A version's targets and picked measures are kept as one
-- JSON document so an approved version is an immutable snapshot; a change after approval is a new version.

create table planning_measures (
  id uuid primary key,
  region_code text references regions(code),          -- null = national default
  aspect text not null check (aspect in ('design','materials','production','construction','delivery')),
  code text not null,
  title text not null,
  description text,
  source text,                                          -- the plan task or document it comes from
  default_stage text check (default_stage in ('planning','design','production','construction','acceptance','delivery')),
  active boolean not null default true,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index planning_measures_code_uq on planning_measures (coalesce(region_code, ''), code);
create index planning_measures_region_idx on planning_measures (region_code, aspect);

create table planning_plans (
  id uuid primary key,
  project_id uuid not null unique references projects(id) on delete restrict,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  is_demo boolean not null default false
);

create table planning_plan_versions (
  id uuid primary key,
  plan_id uuid not null references planning_plans(id) on delete cascade,
  version integer not null check (version >= 1),
  status text not null check (status in ('draft','submitted','returned','approved','superseded')),
  content jsonb not null,
  created_by uuid references users(id),
  created_by_name text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  reviewed_by uuid references users(id),
  reviewed_by_name text,
  reviewed_at timestamptz,
  review_comment text,
  approved_at timestamptz,
  is_demo boolean not null default false,
  unique (plan_id, version)
);
-- At most one version in the workflow and one current approved version per plan.
create unique index planning_versions_working_uq on planning_plan_versions (plan_id) where status in ('draft','submitted','returned');
create unique index planning_versions_approved_uq on planning_plan_versions (plan_id) where status = 'approved';

-- National defaults, worded after the tasks of the pilot plan (绿色建造试点工作方案 三、试点任务) and 绿色建造技术导则.
insert into planning_measures (id, region_code, aspect, code, title, description, source, default_stage) values
  ('8a1f0000-0000-4000-8000-000000000101', null, 'design', 'CN-DES-01', '开展项目绿色策划统筹', '编制绿色策划方案，对绿色设计、绿色建材选用、绿色生产、绿色施工、绿色交付进行一体化统筹，明确目标、路径、责任主体和进度', '试点任务（二）开展项目绿色策划统筹', 'planning'),
  ('8a1f0000-0000-4000-8000-000000000102', null, 'design', 'CN-DES-02', 'BIM 正向协同设计', '全专业基于统一 BIM 模型协同设计，模型在设计、生产、施工阶段传递并集成应用', '试点任务（四）推动信息技术集成应用', 'design'),
  ('8a1f0000-0000-4000-8000-000000000103', null, 'design', 'CN-DES-03', '标准化设计：模数协调与少规格多组合', '执行模数协调和构件选型标准，优先选用本地区标准部品构件库构件，采用少规格、多组合设计方法', '试点任务（五）推广工程标准化设计', 'design'),
  ('8a1f0000-0000-4000-8000-000000000104', null, 'design', 'CN-DES-04', '模块化设计', '住宅、公共建筑和工业建筑推进模块化设计，实现标准化和多样化的统一', '试点任务（五）推广工程标准化设计', 'design'),
  ('8a1f0000-0000-4000-8000-000000000105', null, 'design', 'CN-DES-05', '建筑、结构、机电、装修一体化设计', '装修与主体结构、机电管线一体化设计，减少后期拆改', '绿色建造技术导则 5 绿色设计', 'design'),
  ('8a1f0000-0000-4000-8000-000000000106', null, 'design', 'CN-DES-06', '采用工程总承包或全过程工程咨询', '采用工程总承包、全过程工程咨询等集约化组织管理模式，促进设计、生产、施工深度融合', '试点任务（六）采用新型组织管理模式', 'planning'),
  ('8a1f0000-0000-4000-8000-000000000107', null, 'design', 'CN-DES-07', '建筑垃圾减量化设计', '设计阶段优化方案、统筹土方平衡，从源头减少施工现场建筑垃圾', '试点任务（三）推进建筑垃圾减量化', 'design'),
  ('8a1f0000-0000-4000-8000-000000000201', null, 'materials', 'CN-MAT-01', '选用绿色建材认证产品', '优先选用获得绿色建材产品认证（标识）的建材，明确应用比例', '试点任务（二）绿色建材选用', 'design'),
  ('8a1f0000-0000-4000-8000-000000000202', null, 'materials', 'CN-MAT-02', '使用建筑垃圾资源化再生产品', '在路基、垫层、非承重墙体等部位使用再生骨料、再生砖等资源化产品', '试点任务（三）推进建筑垃圾减量化', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000203', null, 'materials', 'CN-MAT-03', '高强钢筋与高性能混凝土', '受力钢筋采用 HRB400 及以上高强钢筋，推广高性能混凝土，降低材料用量', '绿色建造技术导则 绿色建材', 'design'),
  ('8a1f0000-0000-4000-8000-000000000204', null, 'materials', 'CN-MAT-04', '就地取材与预拌混凝土、预拌砂浆', '优先选用本地生产的建材，全面使用预拌混凝土和预拌砂浆', '绿色建造技术导则 绿色建材', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000205', null, 'materials', 'CN-MAT-05', '建材碳排放核算', '按 GB/T 51366 核算建材生产及运输阶段碳排放，比选低碳建材方案', 'GB/T 51366 建筑碳排放计算标准', 'design'),
  ('8a1f0000-0000-4000-8000-000000000301', null, 'production', 'CN-PRD-01', '预制构件工厂化生产', '主要构件在工厂标准化生产，提高装配率', '试点任务（五）推广工程标准化设计', 'production'),
  ('8a1f0000-0000-4000-8000-000000000302', null, 'production', 'CN-PRD-02', '构件质量可追溯', '构件赋唯一编号和二维码，生产、进场、安装记录写入质量追溯日志', '试点任务（四）实现工程质量可追溯', 'production'),
  ('8a1f0000-0000-4000-8000-000000000303', null, 'production', 'CN-PRD-03', '选用标准部品构件库构件', '构件规格从本地区标准部品构件库选用，提升构件标准化率', '试点任务（五）统筹建立本地区标准部品构件库', 'production'),
  ('8a1f0000-0000-4000-8000-000000000304', null, 'production', 'CN-PRD-04', '智能生产线与建筑机器人', '构件生产采用智能生产线，推广钢筋加工、焊接等机器人', '试点任务（四）推动智能装备设备应用', 'production'),
  ('8a1f0000-0000-4000-8000-000000000305', null, 'production', 'CN-PRD-05', '接入建筑产业互联网平台', '生产、运输、安装数据接入建筑产业互联网平台，实现数据采集、交互和共享', '试点任务（七）引导建立建筑产业互联网平台', 'production'),
  ('8a1f0000-0000-4000-8000-000000000401', null, 'construction', 'CN-CON-01', '编制建筑垃圾减量化专项方案', '明确施工现场建筑垃圾排放量目标（新建建筑不高于 300 t/万m²，不含工程渣土、泥浆）和减量措施', '试点任务（三）推进建筑垃圾减量化', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000402', null, 'construction', 'CN-CON-02', '建筑垃圾分类收集与现场资源化利用', '施工现场分类收集、分类存放，就地资源化利用，提高资源化利用率', '试点任务（三）推进建筑垃圾减量化', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000403', null, 'construction', 'CN-CON-03', '建筑垃圾电子联单管理', '建筑垃圾运输处置实行电子联单，全程可追溯', '试点任务（三）推进建筑垃圾减量化', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000404', null, 'construction', 'CN-CON-04', '建设智慧工地', '扬尘、噪声在线监测并联网，视频监控，以 5G、物联网等技术实现施工现场智能化管理', '试点任务（四）推动智慧工地建设', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000405', null, 'construction', 'CN-CON-05', '扬尘与噪声控制', '落实围挡、覆盖、冲洗、湿法作业等扬尘防治措施，夜间施工噪声控制', '绿色建造技术导则 6 绿色施工', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000406', null, 'construction', 'CN-CON-06', '装配式施工与装配化装修', '预制构件装配化施工，推广装配化装修和干法作业', '绿色建造技术导则 6 绿色施工', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000407', null, 'construction', 'CN-CON-07', '周转材料与工具化设施', '采用铝合金模板、工具式支撑、可周转临时设施，减少材料损耗', '城乡建设领域碳达峰实施方案（材料损耗率下降）', 'construction'),
  ('8a1f0000-0000-4000-8000-000000000501', null, 'delivery', 'CN-DEL-01', '数字化交付', '交付 BIM 竣工模型及其数据，与实体工程一并移交', '绿色建造技术导则 7 绿色交付', 'delivery'),
  ('8a1f0000-0000-4000-8000-000000000502', null, 'delivery', 'CN-DEL-02', '综合效能调适', '竣工前对暖通空调、给排水、电气等系统进行综合效能调适', '绿色建造技术导则 7 绿色交付', 'acceptance'),
  ('8a1f0000-0000-4000-8000-000000000503', null, 'delivery', 'CN-DEL-03', '编制绿色建筑使用说明书', '向使用者交付绿色建筑使用说明书和运维手册', '绿色建造技术导则 7 绿色交付', 'delivery'),
  ('8a1f0000-0000-4000-8000-000000000504', null, 'delivery', 'CN-DEL-04', '质量追溯资料完整移交', '工程质量追溯记录及验证方式随工程移交', '试点任务（四）实现工程质量可追溯', 'delivery'),
  ('8a1f0000-0000-4000-8000-000000000505', null, 'delivery', 'CN-DEL-05', '总结可复制推广经验', '项目完成后评估绿色建造成效，总结成熟做法报送经验做法库', '实施步骤（三）总结评估阶段', 'delivery');
