/**
 * Seed 评价方案. Every figure here that standards.md marks [R-…] carries `recalled: true` and must be
 * confirmed by a domain expert against the official text before go-live; placeholders with no source
 * at all say so in `note`. The engine reads these as data only.
 */
import type { EvaluationElement, EvaluationFormulas, EvaluationItem, EvaluationScheme, IndicatorRule } from './scheme.js';

// ─── Builders (keep the tables below readable) ────────────────────────────────────────────────────

const THREE_GRADES = [
  { code: 'unqualified', label: { zh: '不合格', en: 'Unqualified' }, rank: 0 },
  { code: 'qualified', label: { zh: '合格', en: 'Qualified' }, rank: 1 },
  { code: 'excellent', label: { zh: '优良', en: 'Excellent' }, rank: 2 },
];

function control(id: string, name: string, extra: Partial<EvaluationItem> = {}): EvaluationItem {
  return { id, name, kind: 'control', maxScore: 1, scoring: { mode: 'expert', allowedScores: [0, 1] }, ...extra };
}

// 一般项 scored 0/1/2 (措施不到位/基本到位/到位), standards.md §3a [R-m].
function general(id: string, name: string, extra: Partial<EvaluationItem> = {}): EvaluationItem {
  return { id, name, kind: 'general', maxScore: 2, scoring: { mode: 'expert', allowedScores: [0, 1, 2] }, ...extra };
}

// 优选项 scored 0/1, standards.md §3a [R-m].
function bonus(id: string, name: string, extra: Partial<EvaluationItem> = {}): EvaluationItem {
  return { id, name, kind: 'bonus', maxScore: 1, scoring: { mode: 'expert', allowedScores: [0, 1] }, ...extra };
}

function fromIndicator(indicator: string, unit: string, rule: IndicatorRule): Pick<EvaluationItem, 'scoring'> {
  return { scoring: { mode: 'indicator', indicator, unit, rule } };
}

const GBT50640_FORMULAS: EvaluationFormulas = {
  elementScore: { method: 'generalRatioPlusBonus', generalScale: 100, whenNoApplicableGeneralItems: 'reject' },
  batchScore: { method: 'weightedSum' },
  stageScore: { method: 'meanOfBatches' },
  unitScore: { method: 'weightedSum' },
  rounding: { reportDecimals: 1, compareGradesOn: 'fullPrecision' },
};

// ─── (a) GB/T 50640-2010 建筑工程绿色施工评价标准 ─────────────────────────────────────────────────────

type ElementTemplate = Omit<EvaluationElement, 'items'> & { items: EvaluationItem[] };

/**
 * Element templates, one per 评价要素 (四节一环保). Item texts paraphrase the 2010 standard from memory;
 * the official tables differ per stage and must replace these. Ids are suffixes, prefixed per stage below.
 */
const GBT50640_2010_ELEMENTS: ElementTemplate[] = [
  {
    id: 'environment',
    name: '环境保护',
    weight: 0.3,
    recalled: true,
    items: [
      control('c1', '现场施工标牌应包括环境保护内容'),
      control('c2', '施工现场应在醒目位置设环境保护标识'),
      general('g1', '扬尘控制：运送土方、垃圾等物料的车辆封闭或遮盖，现场道路及加工区硬化并洒水降尘'),
      general('g2', '噪声与振动控制：采用低噪声设备和工艺，场界噪声满足 GB 12523 限值'),
      general('g3', '光污染与水污染控制：夜间照明加设灯罩，污水经沉淀处理后排放'),
      general('g4', '建筑垃圾控制：制定减量计划，分类收集、集中堆放并及时清运'),
      bonus('b1', '施工作业面设置隔声设施'),
      bonus('b2', '现场设置噪声、扬尘监测点并实施动态监测'),
      // The "> 50%" example is verified (standards.md §3a [V] junhk.com), hence the strict bound.
      bonus('b3', '建筑垃圾回收再利用率 > 50%', {
        ...fromIndicator('waste.recyclingRate', '%', {
          type: 'threshold',
          direction: 'higherIsBetter',
          steps: [[50, 1]],
          inclusive: false,
        }),
        recalled: false,
        note: 'standards.md §3a [V] example 优选项',
      }),
    ],
  },
  {
    id: 'materials',
    name: '节材与材料资源利用',
    weight: 0.2,
    recalled: true,
    items: [
      control('c1', '应根据就地取材的原则进行材料选择并有实施记录'),
      control('c2', '应有健全的机械保养、限额领料、建筑垃圾再生利用等制度'),
      general('g1', '材料进场按计划进行并有台账，码放整齐、保管制度健全'),
      general('g2', '结构材料：使用预拌混凝土和预拌砂浆，钢筋集中加工、优化下料'),
      general('g3', '周转材料：模板、脚手架等重复使用，提高周转次数'),
      general('g4', '装饰装修材料：贴面类材料施工前进行总体排版，减少切割损耗'),
      bonus('b1', '主要建材损耗率比定额损耗率降低 30%', { recalled: true, note: 'standards.md §3a [R-m]' }),
      bonus('b2', '采用管件合一的脚手架和支撑体系'),
      bonus('b3', '采用工具式模板和新型模板材料（铝合金、塑料等）'),
    ],
  },
  {
    id: 'water',
    name: '节水与水资源利用',
    weight: 0.2,
    recalled: true,
    items: [
      control('c1', '签订分包或劳务合同时，将节水指标纳入合同条款'),
      control('c2', '有施工用水计量考核记录'),
      general('g1', '办公区、生活区生活用水采用节水器具'),
      general('g2', '混凝土养护采用覆盖、包裹或喷涂养护液等节水工艺'),
      general('g3', '施工现场生产、生活用水分区计量'),
      general('g4', '现场设置雨水、基坑降水收集利用设施'),
      bonus('b1', '建立基坑降水再利用的收集处理系统'),
      bonus('b2', '设置雨水收集与中水回用系统'),
      bonus('b3', '非传统水源用于喷洒路面、绿化浇灌和车辆冲洗'),
    ],
  },
  {
    id: 'energy',
    name: '节能与能源利用',
    weight: 0.2,
    recalled: true,
    items: [
      control('c1', '对施工现场的生产、生活、办公和主要耗能施工设备设有节能控制措施'),
      control('c2', '对主要耗能施工设备定期进行耗能计量核算'),
      general('g1', '临时设施采用节能材料，墙体、屋面使用隔热性能好的材料'),
      general('g2', '选用高效节能施工机械，设备功率与负载相匹配'),
      general('g3', '施工和生活区照明采用节能灯具'),
      general('g4', '设定施工用电控制指标，定期计量、核算、对比分析'),
      bonus('b1', '根据当地气候和自然资源条件，合理利用太阳能或其他可再生能源'),
      bonus('b2', '临时用电设备采用自动控制装置'),
      bonus('b3', '对主要耗能设备实施能耗在线监测'),
    ],
  },
  {
    id: 'land',
    name: '节地与土地资源保护',
    weight: 0.1,
    recalled: true,
    items: [
      control('c1', '施工场地布置合理并实施动态管理'),
      control('c2', '施工临时用地有审批用地手续'),
      general('g1', '施工总平面布置紧凑，减少临时用地'),
      general('g2', '在经批准的临时用地范围内组织施工'),
      general('g3', '合理设计场内交通道路，临时道路与原有及永久道路兼顾'),
      general('g4', '施工前调查周边地下管线和建筑物并制定保护方案'),
      bonus('b1', '临时办公和生活用房采用可重复使用的装配式结构'),
      bonus('b2', '对施工中发现的地下文物资源进行有效保护并及时报告'),
      bonus('b3', '地下水位控制对相邻地表和建筑物无有害影响'),
    ],
  },
];

// Stamps the element templates into a stage with stage-prefixed item ids (item ids are scheme-unique).
function gbt50640Stage(id: string, name: string, weight: number): EvaluationScheme['stages'][number] {
  return {
    id,
    name,
    weight,
    recalled: true,
    note: 'standards.md §3a 单位工程 stage weight [R-m]',
    elements: GBT50640_2010_ELEMENTS.map((e) => ({
      ...e,
      note: 'standards.md §3a 批次 element weight [R-m]',
      // Item texts are recalled unless the template says otherwise (only the [V] 垃圾 > 50% example).
      items: e.items.map((item) => ({ ...item, id: `${id}.${e.id}.${item.id}`, recalled: item.recalled ?? true })),
    })),
  };
}

export const gbt50640_2010Scheme: EvaluationScheme = {
  id: 'gbt50640-2010',
  version: 1,
  name: '建筑工程绿色施工评价（GB/T 50640-2010）',
  standard: 'GB/T 50640-2010',
  recalled: true,
  note: 'Formulas and weights standards.md §3a [R-m]; grade thresholds [R-l]; item texts recalled. Bonus cap: none stated in standards.md.',
  grades: THREE_GRADES,
  stages: [
    gbt50640Stage('foundation', '地基与基础工程', 0.3),
    gbt50640Stage('structure', '结构工程', 0.5),
    gbt50640Stage('finishingMep', '装饰装修与机电安装工程', 0.2),
  ],
  gradeRules: [
    {
      grade: 'excellent',
      recalled: true,
      note: 'standards.md §3a 优良 [R-l]',
      conditions: [
        { type: 'allControlItemsPassed' },
        { type: 'unitScoreAtLeast', min: 80 },
        { type: 'stageScoreAtLeast', stageId: 'structure', min: 80 },
        { type: 'bonusItemsScoredPerElement', min: 2, scope: 'unit' },
      ],
    },
    {
      grade: 'qualified',
      recalled: true,
      note: 'standards.md §3a 合格 [R-l]',
      conditions: [
        { type: 'allControlItemsPassed' },
        { type: 'unitScoreAtLeast', min: 60 },
        { type: 'stageScoreAtLeast', stageId: 'structure', min: 60 },
        { type: 'bonusItemsScoredPerElement', min: 1, scope: 'unit' },
      ],
    },
  ],
  formulas: GBT50640_FORMULAS,
};

// ─── (b) 绿色建造试点 pilot scheme (策划 → 设计 → 施工 → 交付, 绿色建造技术导则 ch. 4–7) ──────────────

const PLACEHOLDER = 'placeholder: no official pilot scoring table exists (standards.md §1, gap 6); confirm with the 试点主管部门';

export const greenConstructionPilotScheme: EvaluationScheme = {
  id: 'green-construction-pilot',
  version: 1,
  name: '绿色建造试点项目评价',
  standard: '绿色建造技术导则（试行）建办质〔2021〕9号',
  recalled: true,
  note: `Stage structure from the 导则 chapters [R-h]; all weights and grade thresholds are ${PLACEHOLDER}. Rates are in % (0–100).`,
  grades: THREE_GRADES,
  stages: [
    {
      id: 'planning',
      name: '绿色策划',
      weight: 0.15,
      recalled: true,
      note: PLACEHOLDER,
      elements: [
        {
          id: 'targets',
          name: '目标策划',
          weight: 0.5,
          recalled: true,
          items: [
            control('planning.targets.c1', '编制绿色建造策划方案并经建设单位批准'),
            general('planning.targets.g1', '明确节能、节水、节材、节地和环境保护目标'),
            general('planning.targets.g2', '设定建筑垃圾减量和碳排放控制目标'),
            bonus('planning.targets.b1', '目标值优于《城乡建设领域碳达峰实施方案》相关要求'),
          ],
        },
        {
          id: 'delivery-model',
          name: '实施策划',
          weight: 0.5,
          recalled: true,
          items: [
            general('planning.model.g1', '建造方式策划：装配式建筑、智能建造'),
            general('planning.model.g2', '组织方式策划：工程总承包、全过程工程咨询、建筑师负责制'),
            general('planning.model.g3', '绿色建材选用策划'),
            bonus('planning.model.b1', '采用工程总承包与全过程工程咨询组合模式'),
          ],
        },
      ],
    },
    {
      id: 'design',
      name: '绿色设计',
      weight: 0.25,
      recalled: true,
      note: PLACEHOLDER,
      elements: [
        {
          id: 'collaboration',
          name: '协同与标准化设计',
          weight: 0.5,
          recalled: true,
          items: [
            general('design.collab.g1', '全专业 BIM 协同设计覆盖率', {
              ...fromIndicator('bim.coverage', '%', { type: 'linear', from: [60, 0], to: [100, 2] }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            general('design.collab.g2', '部品部件标准化率（少规格、多组合）', {
              ...fromIndicator('prefab.standardisationRate', '%', { type: 'linear', from: [50, 0], to: [80, 2] }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            general('design.collab.g3', '平面、层高等主要尺寸符合 GB/T 50002 模数协调'),
            bonus('design.collab.b1', '建立企业或项目级部品部件库'),
          ],
        },
        {
          id: 'industrialisation',
          name: '装配化与低碳设计',
          weight: 0.5,
          recalled: true,
          items: [
            control('design.ind.c1', '施工图阶段按 GB/T 51366 完成建筑碳排放计算'),
            // 50% = 认定为装配式建筑, 60/76/91% = A/AA/AAA (GB/T 51129 3.0.3, 5.0.2, standards.md §4 [V]).
            {
              id: 'design.ind.g1',
              name: '装配率（GB/T 51129）',
              kind: 'general',
              maxScore: 4,
              ...fromIndicator('prefab.ratio', '%', {
                type: 'threshold',
                direction: 'higherIsBetter',
                steps: [
                  [50, 1],
                  [60, 2],
                  [76, 3],
                  [91, 4],
                ],
              }),
              note: 'bounds from GB/T 51129 (standards.md §4 [V]); the 1–4 scores are a placeholder',
            },
            general('design.ind.g2', '单位面积建材隐含碳排放', {
              ...fromIndicator('carbon.embodiedPerM2', 'kgCO2e/m²', {
                type: 'threshold',
                direction: 'lowerIsBetter',
                steps: [
                  [600, 1],
                  [450, 2],
                ],
              }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            bonus('design.ind.b1', '装配率达到 AAA 级（≥ 91%）', {
              ...fromIndicator('prefab.ratio', '%', { type: 'threshold', direction: 'higherIsBetter', steps: [[91, 1]] }),
              note: 'GB/T 51129 5.0.2 (standards.md §4 [V])',
            }),
          ],
        },
      ],
    },
    {
      id: 'construction',
      name: '绿色施工',
      weight: 0.4,
      recalled: true,
      note: PLACEHOLDER,
      elements: [
        {
          id: 'environment',
          name: '环境保护',
          weight: 0.35,
          recalled: true,
          items: [
            control('construction.env.c1', '扬尘、噪声在线监测设备按要求安装并联网'),
            general('construction.env.g1', 'PM10 超标时长占比', {
              ...fromIndicator('site.pm10ExceedanceRate', '%', {
                type: 'threshold',
                direction: 'lowerIsBetter',
                steps: [
                  [5, 1],
                  [1, 2],
                ],
              }),
              recalled: true,
              note: `${PLACEHOLDER}; alarm limits themselves are per-region config (standards.md §8 [R-l])`,
            }),
            general('construction.env.g2', '场界噪声超标时长占比（GB 12523 昼 70 / 夜 55 dB(A)）', {
              ...fromIndicator('site.noiseExceedanceRate', '%', {
                type: 'threshold',
                direction: 'lowerIsBetter',
                steps: [
                  [5, 1],
                  [1, 2],
                ],
              }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            general('construction.env.g3', '光、水、土壤污染防治措施落实'),
            bonus('construction.env.b1', '扬尘监测与喷淋、雾炮设备联动'),
          ],
        },
        {
          id: 'resources',
          name: '资源节约与建筑垃圾减量',
          weight: 0.45,
          recalled: true,
          items: [
            control('construction.res.c1', '编制施工现场建筑垃圾减量化专项方案'),
            // 300 / 200 t/万m² = 2025 targets for conventional / 装配式 buildings (standards.md §2 [V]).
            general('construction.res.g1', '建筑垃圾排放强度（不含工程渣土、工程泥浆）', {
              ...fromIndicator('waste.intensity', 't/万m²', {
                type: 'threshold',
                direction: 'lowerIsBetter',
                steps: [
                  [300, 1],
                  [200, 2],
                ],
              }),
              note: 'bounds standards.md §2 [V]; scores 1/2 a placeholder',
            }),
            // 30% Jiangsu 2025 再利用率, 55% 2030 资源化利用率 (standards.md §2 [V]).
            general('construction.res.g2', '建筑垃圾资源化利用率', {
              ...fromIndicator('waste.recyclingRate', '%', { type: 'linear', from: [30, 0], to: [55, 2] }),
              note: 'end points standards.md §2 [V]',
            }),
            general('construction.res.g3', '建筑垃圾运输联单确认率', {
              ...fromIndicator('waste.manifestConfirmationRate', '%', {
                type: 'threshold',
                direction: 'higherIsBetter',
                steps: [
                  [90, 1],
                  [100, 2],
                ],
              }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            general('construction.res.g4', '节材、节水、节能措施落实'),
            bonus('construction.res.b1', '建筑垃圾就地资源化处置'),
          ],
        },
        {
          id: 'smart-site',
          name: '信息化与智慧工地',
          weight: 0.2,
          recalled: true,
          items: [
            general('construction.smart.g1', '智慧工地设备在线率', {
              ...fromIndicator('site.deviceOnlineRate', '%', { type: 'linear', from: [80, 0], to: [98, 2] }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            general('construction.smart.g2', 'BIM 施工模拟与深化设计应用'),
            bonus('construction.smart.b1', '应用建筑机器人或智能建造设备'),
          ],
        },
      ],
    },
    {
      id: 'delivery',
      name: '绿色交付',
      weight: 0.2,
      recalled: true,
      note: PLACEHOLDER,
      elements: [
        {
          id: 'commissioning',
          name: '综合效能调适',
          weight: 0.4,
          recalled: true,
          items: [
            control('delivery.comm.c1', '完成综合效能调适并形成调适报告'),
            general('delivery.comm.g1', '质量验收台账核验占比', {
              ...fromIndicator('quality.ledgerVerifiedShare', '%', { type: 'linear', from: [80, 0], to: [100, 2] }),
              recalled: true,
              note: PLACEHOLDER,
            }),
            general('delivery.comm.g2', '编制绿色建筑使用说明书'),
          ],
        },
        {
          id: 'digital-delivery',
          name: '数字化交付',
          weight: 0.6,
          recalled: true,
          items: [
            control('delivery.digital.c1', '交付 BIM 竣工模型'),
            general('delivery.digital.g1', '竣工模型与实体一致性核查'),
            general('delivery.digital.g2', '运维手册与设备资料数字化'),
            bonus('delivery.digital.b1', '交付数据接入运维平台或城市信息模型（CIM）平台'),
          ],
        },
      ],
    },
  ],
  gradeRules: [
    {
      grade: 'excellent',
      recalled: true,
      note: PLACEHOLDER,
      conditions: [
        { type: 'allControlItemsPassed' },
        { type: 'unitScoreAtLeast', min: 80 },
        { type: 'stageScoreAtLeast', stageId: 'construction', min: 80 },
        { type: 'bonusItemsScoredPerElement', min: 1, scope: 'unit' },
      ],
    },
    {
      grade: 'qualified',
      recalled: true,
      note: PLACEHOLDER,
      conditions: [
        { type: 'allControlItemsPassed' },
        { type: 'unitScoreAtLeast', min: 60 },
        { type: 'stageScoreAtLeast', stageId: 'construction', min: 60 },
      ],
    },
  ],
  formulas: {
    ...GBT50640_FORMULAS,
    // Some pilot elements (e.g. 综合效能调适) may not apply to every project type.
    elementScore: { method: 'generalRatioPlusBonus', generalScale: 100, bonusCap: 5, whenNoApplicableGeneralItems: 'excludeElement' },
  },
};

// ─── (c) Hunan-style custom scheme (four grades) ──────────────────────────────────────────────────

const EXAMPLE = 'example of a provincial custom scheme, not an official 湖南 document';

// Elements follow the recalled GB/T 50640-2023 grouping (standards.md §3b [R-l]).
function hunanElements(stage: string): EvaluationElement[] {
  return [
    {
      id: 'environment',
      name: '环境保护',
      weight: 0.35,
      recalled: true,
      items: [
        control(`${stage}.env.c1`, '扬尘、噪声在线监测设备安装并接入主管部门平台'),
        general(`${stage}.env.g1`, 'PM10 超标时长占比', {
          ...fromIndicator('site.pm10ExceedanceRate', '%', {
            type: 'threshold',
            direction: 'lowerIsBetter',
            steps: [
              [5, 1],
              [1, 2],
            ],
          }),
          recalled: true,
          note: EXAMPLE,
        }),
        general(`${stage}.env.g2`, '场界噪声超标时长占比', {
          ...fromIndicator('site.noiseExceedanceRate', '%', {
            type: 'threshold',
            direction: 'lowerIsBetter',
            steps: [
              [5, 1],
              [1, 2],
            ],
          }),
          recalled: true,
          note: EXAMPLE,
        }),
        general(`${stage}.env.g3`, '污水、光污染控制措施落实'),
        bonus(`${stage}.env.b1`, '雾炮、喷淋与扬尘监测联动', { maxScore: 2, scoring: { mode: 'expert', allowedScores: [0, 1, 2] } }),
        bonus(`${stage}.env.b2`, '施工围挡绿化或降噪屏障', { maxScore: 2, scoring: { mode: 'expert', allowedScores: [0, 1, 2] } }),
      ],
    },
    {
      id: 'resources',
      name: '资源节约',
      weight: 0.45,
      recalled: true,
      items: [
        control(`${stage}.res.c1`, '编制建筑垃圾减量化专项方案'),
        general(`${stage}.res.g1`, '建筑垃圾排放强度', {
          ...fromIndicator('waste.intensity', 't/万m²', {
            type: 'threshold',
            direction: 'lowerIsBetter',
            steps: [
              [300, 1],
              [200, 2],
            ],
          }),
        }),
        general(`${stage}.res.g2`, '建筑垃圾资源化利用率', {
          ...fromIndicator('waste.recyclingRate', '%', { type: 'linear', from: [30, 0], to: [55, 2] }),
        }),
        general(`${stage}.res.g3`, '节水、节能措施落实'),
        bonus(`${stage}.res.b1`, '再生骨料或再生建材应用', { maxScore: 2, scoring: { mode: 'expert', allowedScores: [0, 1, 2] } }),
        bonus(`${stage}.res.b2`, '装配率 ≥ 60%（A 级）', {
          maxScore: 2,
          ...fromIndicator('prefab.ratio', '%', { type: 'threshold', direction: 'higherIsBetter', steps: [[60, 2]] }),
        }),
      ],
    },
    {
      id: 'people',
      name: '人力资源节约与保护',
      weight: 0.2,
      recalled: true,
      items: [
        control(`${stage}.people.c1`, '按规定配备劳动防护用品'),
        general(`${stage}.people.g1`, '职业健康体检与档案'),
        general(`${stage}.people.g2`, '生活区卫生、饮水和休息设施'),
        general(`${stage}.people.g3`, '岗前安全与绿色施工教育培训'),
        bonus(`${stage}.people.b1`, '实名制与智能安全帽管理', { maxScore: 2, scoring: { mode: 'expert', allowedScores: [0, 1, 2] } }),
        bonus(`${stage}.people.b2`, '现场设置医务室和应急预案', { maxScore: 2, scoring: { mode: 'expert', allowedScores: [0, 1, 2] } }),
      ],
    },
  ];
}

export const hunanExampleScheme: EvaluationScheme = {
  id: 'hunan-example',
  version: 1,
  name: '湖南省绿色施工评价（示例自定义方案）',
  standard: 'GB/T 50640 (local variant, example)',
  recalled: true,
  note: `${EXAMPLE}. Four grades; all weights and thresholds are illustrative.`,
  grades: [
    { code: 'unqualified', label: { zh: '不合格', en: 'Unqualified' }, rank: 0 },
    { code: 'qualified', label: { zh: '合格', en: 'Qualified' }, rank: 1 },
    { code: 'good', label: { zh: '良好', en: 'Good' }, rank: 2 },
    { code: 'outstanding', label: { zh: '优秀', en: 'Outstanding' }, rank: 3 },
  ],
  stages: [
    { id: 'foundation', name: '地基与基础工程', weight: 0.3, recalled: true, note: EXAMPLE, elements: hunanElements('foundation') },
    { id: 'mainStructure', name: '主体结构工程', weight: 0.5, recalled: true, note: EXAMPLE, elements: hunanElements('mainStructure') },
    {
      id: 'finishingMep',
      name: '装饰装修与机电安装工程',
      weight: 0.2,
      recalled: true,
      note: EXAMPLE,
      elements: hunanElements('finishingMep'),
    },
  ],
  gradeRules: [
    {
      grade: 'outstanding',
      recalled: true,
      note: EXAMPLE,
      conditions: [
        { type: 'allControlItemsPassed' },
        { type: 'unitScoreAtLeast', min: 85 },
        { type: 'stageScoreAtLeast', stageId: 'mainStructure', min: 85 },
        { type: 'everyElementScoreAtLeast', min: 70 },
        { type: 'bonusItemsScoredPerElement', min: 2, scope: 'unit' },
      ],
    },
    {
      grade: 'good',
      recalled: true,
      note: EXAMPLE,
      conditions: [
        { type: 'allControlItemsPassed' },
        { type: 'unitScoreAtLeast', min: 75 },
        { type: 'stageScoreAtLeast', stageId: 'mainStructure', min: 70 },
        { type: 'bonusItemsScoredPerElement', min: 1, scope: 'unit' },
      ],
    },
    {
      grade: 'qualified',
      recalled: true,
      note: EXAMPLE,
      conditions: [{ type: 'allControlItemsPassed' }, { type: 'unitScoreAtLeast', min: 60 }],
    },
  ],
  formulas: {
    ...GBT50640_FORMULAS,
    elementScore: { method: 'generalRatioPlusBonus', generalScale: 100, bonusCap: 3, whenNoApplicableGeneralItems: 'reject' },
  },
};

/** All seed schemes, for loading into the scheme table. */
export const evaluationSchemeSeeds: readonly EvaluationScheme[] = [gbt50640_2010Scheme, greenConstructionPilotScheme, hunanExampleScheme];
