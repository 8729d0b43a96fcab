// The 装配率计算表 as evaluators present it: items by group with requirement, ratio, source, score; then Q1–Q4, P,
// the 3.0.3 recognition, the 5.0.1/5.0.2 grade and the reasons.
import { publicBasis } from '../../../domain/standards/index.js';
import ExcelJS from 'exceljs';
import type { PrefabRatioResult, ScoreTable } from '../../../domain/prefab/index.js';
import type { PrefabInputs } from './tables.js';
import { chinaTimeValue, DATE_TIME_FORMAT, PERCENT_FORMAT, roundAsDisplayed } from '../../platform/spreadsheet.js';

const pct = (r: number) => `${Math.round(r * 1000) / 10}%`;

export function requirementText(table: ScoreTable, itemId: string, lang: 'zh-CN' | 'en'): { requirement: string; points: string } {
  if (itemId === 'fullDecoration')
    return { requirement: lang === 'en' ? 'mandatory' : '—（必选）', points: String(table.fullDecoration.score) };
  const item = table.items.find((i) => i.item === itemId)!;
  const s = item.scoring;
  if (s.kind === 'fixed') return { requirement: `${itemId} ≥ ${pct(s.lower)}`, points: String(s.score) };
  return { requirement: `${pct(s.lower)} ≤ ${itemId} ≤ ${pct(s.upper)}`, points: `${s.scoreLower}–${s.scoreUpper}*` };
}

export async function calculationSheet(opts: {
  lang: 'zh-CN' | 'en';
  projectName: string;
  projectCode: string;
  table: ScoreTable;
  inputs: PrefabInputs | null;
  result: PrefabRatioResult;
  savedAt: string | null;
}): Promise<Buffer> {
  const { lang, table, result } = opts;
  const en = lang === 'en';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenBuild';
  const ws = wb.addWorksheet(en ? 'Prefabrication ratio' : '装配率计算表');
  ws.columns = [
    { key: 'group', width: 22 },
    { key: 'item', width: 36 },
    { key: 'requirement', width: 22 },
    { key: 'points', width: 10 },
    { key: 'ratio', width: 10 },
    { key: 'source', width: 22 },
    { key: 'score', width: 10 },
    { key: 'note', width: 46 },
  ];
  const title = ws.addRow([
    en
      ? `Prefabrication ratio (GB/T 51129-2017) — ${opts.projectName} (${opts.projectCode})`
      : `装配率计算表（GB/T 51129-2017）— ${opts.projectName}（${opts.projectCode}）`,
  ]);
  title.font = { bold: true, size: 14 };
  ws.mergeCells(title.number, 1, title.number, 8);
  ws.addRow([
    en
      ? `Score table ${table.id} v${table.version}; basis: ${publicBasis(table.source)}`
      : `评分表 ${table.id} v${table.version}；依据：${publicBasis(table.source)}`,
  ]);
  if (opts.savedAt) {
    const saved = ws.addRow([en ? 'Inputs saved (China time)' : '输入保存于（北京时间）', chinaTimeValue(opts.savedAt)]);
    saved.getCell(2).numFmt = DATE_TIME_FORMAT;
    saved.getCell(2).alignment = { horizontal: 'left' };
  }
  ws.addRow([]);
  const header = ws.addRow(
    en
      ? ['Group', 'Item', 'Requirement', 'Points', 'Ratio', 'Source', 'Score', 'Note']
      : ['评价项目', '评价要求', '评价指标', '分值', '比例', '数据来源', '得分', '说明'],
  );
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F3EC' } }));

  const groupName = (g: string) => {
    const group = table.groups.find((x) => x.id === g)!;
    return `${g} ${en ? group.nameEn : group.nameZh} (${en ? 'max' : '满分'} ${group.max}, ${en ? 'min' : '最低'} ${group.minimum})`;
  };
  const sourceText = (id: string) => {
    const e = opts.inputs?.[id as keyof PrefabInputs];
    if (!e) return '';
    const base = e.source === 'model' ? (en ? 'BIM model' : 'BIM 模型') : en ? 'entered' : '手工填报';
    return e.numerator !== null && e.denominator !== null ? `${base} ${e.numerator}/${e.denominator}` : base;
  };
  for (const g of table.groups) {
    for (const it of result.items.filter((i) => i.group === g.id)) {
      const def = it.item === 'fullDecoration' ? null : table.items.find((x) => x.item === it.item)!;
      const name =
        it.item === 'fullDecoration' ? (en ? table.fullDecoration.nameEn : table.fullDecoration.nameZh) : en ? def!.nameEn : def!.nameZh;
      const req = requirementText(table, it.item, lang);
      ws
        .addRow({
          group: groupName(g.id),
          item: name,
          requirement: req.requirement,
          points: /^\d+(\.\d+)?$/.test(req.points) ? Number(req.points) : req.points,
          // A ratio is a number formatted as a percentage (1 decimal, as the page shows it), so the sheet can compute with it.
          ratio:
            it.item === 'fullDecoration'
              ? result.items.find((x) => x.item === 'fullDecoration')!.score > 0
                ? en
                  ? 'yes'
                  : '是'
                : en
                  ? 'no'
                  : '否'
              : it.applicable
                ? roundAsDisplayed(it.ratio!, 3)
                : en
                  ? 'n/a'
                  : '不适用',
          source: it.item === 'fullDecoration' ? '' : sourceText(it.item),
          score: it.score,
          note: it.note,
        })
        .getCell('ratio').numFmt = PERCENT_FORMAT;
    }
    const sub = ws.addRow({ group: groupName(g.id), item: en ? `${g.id} subtotal` : `${g.id} 小计`, score: result[g.id] });
    sub.font = { bold: true };
  }
  ws.addRow([]);
  const line = (label: string, value: string | number, numFmt?: string) => {
    const r = ws.addRow({ group: label, item: value });
    r.getCell(1).font = { bold: true };
    if (numFmt) {
      r.getCell(2).numFmt = numFmt;
      r.getCell(2).alignment = { horizontal: 'left' };
    }
  };
  // Scores and P as numbers (P and the assessed figure as percentages), one per row, so they can be referenced.
  line('Q1', result.Q1);
  line('Q2', result.Q2);
  line('Q3', result.Q3);
  line(en ? 'Q4 (items not present)' : 'Q4（缺少的评价项分值）', result.Q4);
  line(en ? 'P = (Q1+Q2+Q3)/(100−Q4)' : 'P = (Q1+Q2+Q3)/(100−Q4)', roundAsDisplayed(result.P / 100, 4)!, PERCENT_FORMAT);
  line(en ? 'Assessed (rounded)' : '认定用整数百分比', roundAsDisplayed(result.assessedPercent / 100, 2)!, '0%');
  line(en ? 'Recognised (3.0.3)' : '认定为装配式建筑（3.0.3）', result.recognised ? (en ? 'yes' : '是') : en ? 'no' : '否');
  line(en ? 'Grade (5.0.2)' : '评价等级（5.0.2）', result.grade ?? (en ? 'not graded' : '不评级'));
  for (const r of result.reasons) line(`${r.clause}`, r.message);
  ws.addRow([]);
  ws.addRow([en ? '* interpolated linearly between the range ends, 1 decimal' : '* 在区间内线性插值，保留 1 位小数']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
