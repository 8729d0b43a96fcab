import type { Messages } from '../../i18n/index.js';
import type { ItemOf } from '../../api/types.js';

export type Factor = ItemOf<'/api/carbon/factors'>;

type K =
  | 'title'
  | 'intro'
  | 'bimLink'
  | 'export'
  | 'sourceBom'
  | 'sourceModel'
  | 'sourceNone'
  | 'total'
  | 'perM2'
  | 'production'
  | 'transport'
  | 'construction'
  | 'quantity'
  | 'byStage'
  | 'byMaterial'
  | 'materialLines'
  | 'material'
  | 'factor'
  | 'factorValue'
  | 'distance'
  | 'assumption'
  | 'recalled'
  | 'basis'
  | 'adoption'
  | 'adopt'
  | 'adoptEdited'
  | 'notAdopted'
  | 'adopted'
  | 'unmapped'
  | 'stage'
  | 'reason'
  | 'elementsUnit'
  | 'noVolume'
  | 'bomTitle'
  | 'bomHelp'
  | 'template'
  | 'importBom'
  | 'bomImported'
  | 'clearBom'
  | 'clearBomConfirm'
  | 'energyTitle'
  | 'month'
  | 'energyFactor'
  | 'add'
  | 'required'
  | 'enteredBy'
  | 'delete'
  | 'libraryTitle'
  | 'libraryIntro'
  | 'kind'
  | 'kindMaterial'
  | 'kindTransport'
  | 'kindEnergy'
  | 'name'
  | 'unit'
  | 'value'
  | 'source'
  | 'confidence'
  | 'revision'
  | 'updated'
  | 'edit'
  | 'save'
  | 'rules'
  | 'pattern'
  | 'ifcClasses'
  | 'region'
  | 'year'
  | 'addGrid'
  | 'note'
  | 'history'
  | 'saved'
  | 'id';

export const carbonMessages: Messages<K> = {
  'zh-CN': {
    title: '隐含碳排放',
    intro:
      '按《建筑碳排放计算标准》GB/T 51366-2019 计算建材生产（C_sc）、建材运输（C_ys）和建造阶段（C_JZ）碳排放；默认运距混凝土 40 km、其他材料 500 km。',
    bimLink: 'BIM 模型',
    export: '导出计算书',
    sourceBom: '材料数量来自导入的材料清单（Excel）',
    sourceModel: '材料数量来自 BIM 模型 v{version}（{file}）',
    sourceNone: '尚无材料数据：上传 BIM 模型或导入材料清单',
    total: '碳排放合计',
    perM2: '单位建筑面积',
    production: '建材生产',
    transport: '建材运输',
    construction: '建造',
    quantity: '数量',
    byStage: '按阶段',
    byMaterial: '按材料（前 10）',
    materialLines: '材料明细',
    material: '材料',
    factor: '排放因子',
    factorValue: '因子值',
    distance: '运距',
    assumption: '假设',
    recalled: '待核实',
    unmapped: '未计入的数量（{n} 项）',
    stage: '阶段',
    reason: '原因',
    elementsUnit: '个构件',
    noVolume: '模型中没有体积',
    bomTitle: '材料清单（无模型项目）',
    bomHelp: 'Excel 表头需包含“材料名称”“数量”“单位”，可选“IFC类别”“因子编号”“运距”“运输方式”。导入后替换现有清单，并优先于模型数量。',
    template: '下载模板',
    importBom: '导入材料清单',
    bomImported: '已导入 {n} 行',
    clearBom: '清除清单（改用模型）',
    clearBomConfirm: '清除材料清单后将改用 BIM 模型计算，确定吗？',
    energyTitle: '施工能耗（建造阶段）',
    month: '月份',
    energyFactor: '能源 / 电网因子',
    add: '添加',
    required: '必填',
    enteredBy: '录入人',
    delete: '删除',
    libraryTitle: '碳排放因子库',
    libraryIntro:
      '种子数据来自 GB/T 51366-2019 附录 D/E 及公布的电网排放因子；每个因子注明来源与可信度。管理员修订因子会生成新版本，历史结果可按日期复算。',
    kind: '类型',
    kindMaterial: '建材',
    kindTransport: '运输',
    kindEnergy: '能源 / 电网',
    name: '名称',
    unit: '单位',
    value: '因子值 kgCO₂e',
    source: '来源',
    basis: '依据',
    adoption: '本地区采用',
    adopt: '采用',
    adoptEdited: '修改后采用',
    notAdopted: '默认值，待采用',
    adopted: '已采用',
    confidence: '可信度',
    revision: '版本',
    updated: '更新',
    edit: '修订',
    save: '保存',
    rules: '材料映射规则（按顺序匹配）',
    pattern: '名称正则',
    ifcClasses: 'IFC 类别',
    region: '地区',
    year: '年份',
    addGrid: '新增电网因子',
    note: '备注',
    history: '历史版本',
    saved: '已保存',
    id: '编号',
  },
  en: {
    title: 'Embodied carbon',
    intro:
      'Per GB/T 51366-2019: material production (C_sc), transport (C_ys) and construction (C_JZ). Default distances: concrete 40 km, other materials 500 km.',
    bimLink: 'BIM model',
    export: 'Export calculation',
    sourceBom: 'Material quantities come from the imported bill of materials (Excel)',
    sourceModel: 'Material quantities come from BIM model v{version} ({file})',
    sourceNone: 'No material data yet: upload a BIM model or import a bill of materials',
    total: 'Total emissions',
    perM2: 'Per m² floor area',
    production: 'Production',
    transport: 'Transport',
    construction: 'Construction',
    quantity: 'Quantity',
    byStage: 'By stage',
    byMaterial: 'By material (top 10)',
    materialLines: 'Material lines',
    material: 'Material',
    factor: 'Factor',
    factorValue: 'Factor value',
    distance: 'Distance',
    assumption: 'Assumption',
    recalled: 'to confirm',
    unmapped: 'Quantities not counted ({n})',
    stage: 'Stage',
    reason: 'Reason',
    elementsUnit: 'elements',
    noVolume: 'no volume in the model',
    bomTitle: 'Bill of materials (projects without a model)',
    bomHelp:
      'The Excel header needs Material, Quantity and Unit; optional IFC class, Factor id, Distance, Transport mode. An import replaces the current bill and takes precedence over the model.',
    template: 'Download template',
    importBom: 'Import bill of materials',
    bomImported: '{n} lines imported',
    clearBom: 'Remove bill (use the model)',
    clearBomConfirm: 'Remove the bill of materials and use the BIM model instead?',
    energyTitle: 'Construction energy',
    month: 'Month',
    energyFactor: 'Energy / grid factor',
    add: 'Add',
    required: 'Required',
    enteredBy: 'Entered by',
    delete: 'Delete',
    libraryTitle: 'Emission factor library',
    libraryIntro:
      'Seeded from GB/T 51366-2019 Appendices D/E and published grid factors; every factor states its source and confidence. Admin revisions create new versions, so past results can be recomputed as of a date.',
    kind: 'Kind',
    kindMaterial: 'Material',
    kindTransport: 'Transport',
    kindEnergy: 'Energy / grid',
    name: 'Name',
    unit: 'Unit',
    value: 'Value kgCO₂e',
    source: 'Source',
    basis: 'Basis',
    adoption: 'Adopted for the region',
    adopt: 'Adopt',
    adoptEdited: 'Edit and adopt',
    notAdopted: 'Default, not yet adopted',
    adopted: 'Adopted',
    confidence: 'Confidence',
    revision: 'Revision',
    updated: 'Updated',
    edit: 'Revise',
    save: 'Save',
    rules: 'Material mapping rules (first match wins)',
    pattern: 'Name pattern',
    ifcClasses: 'IFC classes',
    region: 'Region',
    year: 'Year',
    addGrid: 'Add grid factor',
    note: 'Note',
    history: 'History',
    saved: 'Saved',
    id: 'Id',
  },
};
