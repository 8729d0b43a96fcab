import type { Messages } from '../i18n/index.js';

// Labels shared by several pages: roles, organisation kinds, and common words.
export const roleLabels: Messages<'admin' | 'regulator' | 'enterprise' | 'expert' | 'facility' | 'carrier'> = {
  'zh-CN': {
    admin: '系统管理员',
    regulator: '主管部门',
    enterprise: '项目企业',
    expert: '专家',
    facility: '消纳/资源化场所',
    carrier: '运输企业',
  },
  en: {
    admin: 'Administrator',
    regulator: 'Regulator',
    enterprise: 'Enterprise',
    expert: 'Expert',
    facility: 'Disposal facility',
    carrier: 'Carrier',
  },
};

export const organisationKindLabels: Messages<'ministry' | 'authority' | 'enterprise' | 'expert_pool' | 'facility' | 'carrier' | 'other'> =
  {
    'zh-CN': {
      ministry: '住建部',
      authority: '住建主管部门',
      enterprise: '企业',
      expert_pool: '专家库',
      facility: '消纳场/资源化厂',
      carrier: '运输企业',
      other: '其他',
    },
    en: {
      ministry: 'Ministry',
      authority: 'Regional authority',
      enterprise: 'Enterprise',
      expert_pool: 'Expert pool',
      facility: 'Disposal / recycling facility',
      carrier: 'Carrier (transport company)',
      other: 'Other',
    },
  };

export const common: Messages<
  | 'search'
  | 'reset'
  | 'create'
  | 'edit'
  | 'save'
  | 'cancel'
  | 'export'
  | 'actions'
  | 'total'
  | 'all'
  | 'region'
  | 'yes'
  | 'no'
  | 'saved'
  | 'createdAt'
  | 'demo'
  | 'confirm'
  | 'loadFailed'
> = {
  'zh-CN': {
    search: '查询',
    reset: '重置',
    create: '新建',
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    export: '导出 Excel',
    actions: '操作',
    total: '共 {n} 条',
    all: '全部',
    region: '地区',
    yes: '是',
    no: '否',
    saved: '已保存',
    createdAt: '创建时间',
    demo: '演示',
    confirm: '确认',
    loadFailed: '加载失败',
  },
  en: {
    search: 'Search',
    reset: 'Reset',
    create: 'New',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    export: 'Export Excel',
    actions: 'Actions',
    total: '{n} in total',
    all: 'All',
    region: 'Region',
    yes: 'Yes',
    no: 'No',
    saved: 'Saved',
    createdAt: 'Created',
    demo: 'Demo',
    confirm: 'Confirm',
    loadFailed: 'Failed to load',
  },
};
