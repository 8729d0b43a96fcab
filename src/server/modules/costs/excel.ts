import ExcelJS from 'exceljs';
import type { ProjectRef } from '../projects/index.js';
import { benefitKinds, type BenefitKind } from './tables.js';
import type { projectCosts } from './store.js';
import { chinaTimeValue, DATE_TIME_FORMAT } from '../../platform/spreadsheet.js';

/** The fixed column layout costing-rule work (计价依据) reads: one row per measure, the same columns in every export. */
export const COST_ITEM_COLUMNS = [
  '序号',
  '专业',
  '措施',
  '单位',
  '数量',
  '常规做法单价(元)',
  '绿色做法单价(元)',
  '增量单价(元)',
  '增量合价(元)',
  '处置费节约(元)',
  '节材效益(元)',
  '节能效益(元)',
  '节水效益(元)',
  '减碳效益(元)',
  '减碳量(tCO2e)',
  '效益合计(元)',
  '净效益(元)',
  '效益数据来源',
  '备注',
] as const;

export const BENEFIT_COLUMNS = [
  '措施序号',
  '措施',
  '效益类别',
  '数量',
  '单位',
  '单价(元/单位)',
  '金额(元)',
  '来源',
  '指标',
  '指标值',
  '指标单位',
  '基准值',
  '取数时间（北京时间）',
  '备注',
] as const;

const kindLabels: Record<BenefitKind, string> = {
  disposal: '处置费节约',
  materials: '节材',
  energy: '节能',
  water: '节水',
  carbon: '减碳',
};
const MONEY = '#,##0.00';

/** The project's cost items as an .xlsx workbook: 增量成本清单 (one row per measure) and 效益明细 (one row per benefit). */
export async function costWorkbook(
  project: ProjectRef,
  data: Awaited<ReturnType<typeof projectCosts>>,
  regionName: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenBuild 绿色建造试点管理平台';
  wb.created = new Date();
  const ws = wb.addWorksheet('增量成本清单', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.mergeCells(1, 1, 1, COST_ITEM_COLUMNS.length);
  ws.getCell(1, 1).value = '绿色建造增量成本与效益清单';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = ['项目编号', project.code, '项目名称', project.name, '地区', regionName, '建筑面积(m²)', project.floorAreaM2 ?? ''];
  ws.getRow(3).values = [
    '说明',
    '增量单价 = 绿色做法单价 − 常规做法单价；增量合价 = 数量 × 增量单价；效益按数量 × 单价计，来源为“指标”的数值取自平台监测数据',
  ];
  const header = ws.getRow(4);
  header.values = [...COST_ITEM_COLUMNS];
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F5E9' } };
    c.border = { bottom: { style: 'thin' } };
  });

  data.measures.forEach((m, i) => {
    const sources = [...new Set(m.benefits.map((b) => (b.source === 'indicator' ? `指标 ${b.indicatorKey}` : '手工填报')))].join('；');
    ws.addRow([
      i + 1,
      m.discipline,
      m.name,
      m.unit,
      m.quantity,
      m.baselineUnitPrice,
      m.greenUnitPrice,
      m.incrementalUnitPrice,
      m.incrementalCost,
      ...benefitKinds.map((k) => m.benefitByKind[k]),
      m.carbonTonnes,
      m.benefitValue,
      m.net,
      sources,
      m.note ?? '',
    ]);
  });
  const t = data.totals;
  const total = ws.addRow([
    '合计',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    t.incrementalCost,
    ...benefitKinds.map((k) => t.benefitByKind[k]),
    t.carbonTonnes,
    t.benefitValue,
    t.net,
    '',
    '',
  ]);
  total.font = { bold: true };
  const perM2 = ws.addRow([
    '每平方米',
    '',
    '',
    '元/m²',
    '',
    '',
    '',
    '',
    t.incrementalCostPerM2 ?? '',
    '',
    '',
    '',
    '',
    '',
    t.carbonKgPerM2,
    t.benefitPerM2 ?? '',
    '',
    '',
    '',
  ]);
  // This row's carbon figure is per m² in kg, not the column's tCO2e: a number whose format shows its own unit.
  perM2.getCell(15).numFmt = '0.00" kgCO2e/m²"';
  for (const col of [6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17]) ws.getColumn(col).numFmt = MONEY;
  ws.columns.forEach((c, i) => (c.width = [6, 10, 34, 8, 10][i] ?? 14));

  const bs = wb.addWorksheet('效益明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  bs.addRow([...BENEFIT_COLUMNS]).font = { bold: true };
  data.measures.forEach((m, i) => {
    for (const b of m.benefits) {
      const s = b.indicatorSnapshot;
      bs.addRow([
        i + 1,
        m.name,
        kindLabels[b.kind],
        b.quantity,
        b.unit,
        b.unitValue ?? '',
        b.value ?? '',
        b.source === 'indicator' ? '指标' : '手工',
        b.indicatorKey ?? '',
        s?.value ?? '',
        s?.unit ?? '',
        s?.baseline ?? '',
        chinaTimeValue(s?.asOf),
        b.note ?? '',
      ]);
    }
  });
  bs.columns.forEach((c, i) => (c.width = [8, 34, 10, 12, 8, 14, 14, 8, 22][i] ?? 14));
  bs.getColumn(BENEFIT_COLUMNS.indexOf('取数时间（北京时间）') + 1).numFmt = DATE_TIME_FORMAT;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
