import type { Messages } from '../../i18n/index.js';
import type { QualityRecord } from './ProjectQualityPage.js';

export type QualityKind = QualityRecord['kind'];
export type QualityResult = NonNullable<QualityRecord['result']>;

export const qualityKinds: QualityKind[] = [
  'material_inspection',
  'component_production',
  'component_installation',
  'concealed_acceptance',
  'stage_acceptance',
  'completion_acceptance',
  'test_report',
];
export const componentKinds: QualityKind[] = ['component_production', 'component_installation'];

export const kindLabels: Messages<QualityKind> = {
  'zh-CN': {
    material_inspection: '材料进场检验',
    component_production: '构件生产',
    component_installation: '构件安装',
    concealed_acceptance: '隐蔽工程验收',
    stage_acceptance: '分部/阶段验收',
    completion_acceptance: '竣工验收',
    test_report: '检测报告',
  },
  en: {
    material_inspection: 'Material entry inspection',
    component_production: 'Component production',
    component_installation: 'Component installation',
    concealed_acceptance: 'Concealed-works acceptance',
    stage_acceptance: 'Stage acceptance',
    completion_acceptance: 'Completion acceptance',
    test_report: 'Test report',
  },
};

export const resultLabels: Messages<QualityResult> = {
  'zh-CN': { pass: '合格', fail: '不合格', rectify: '整改后复验' },
  en: { pass: 'Pass', fail: 'Fail', rectify: 'Re-inspect after rectification' },
};
export const resultColors: Record<QualityResult, string> = { pass: 'green', fail: 'red', rectify: 'orange' };
