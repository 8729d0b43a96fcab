import { useMemo } from 'react';
import { Alert, Col, Empty, Row, Space, Tag } from 'antd';
import { useLanguage, useT } from '../../i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { categoryLabels, label, structureLabels, useLabels } from '../projects/labels.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export type Rules = Panel['rules'];
export type Phase = Programme['phases'][number];
export type Milestone = Programme['milestones'][number];
export type Programme = ResponseOf<'/api/programmes/{regionCode}'>;
export type Warning = Panel['warnings'][number];
export type Panel = ResponseOf<'/api/programmes/{regionCode}/representativeness'>;
export type RegionSummary = ItemOf<'/api/programmes/overview'>;

export const milestoneStatusLabels = {
  'zh-CN': { planned: '未开始', in_progress: '进行中', done: '已完成' },
  en: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
};

const messages = {
  'zh-CN': {
    too_few_projects: '入选项目 {count} 个，少于要求的 {min} 个',
    few_structure_types: '结构类型仅 {count} 种，少于要求的 {min} 种',
    few_use_types: '使用性质仅 {count} 种，少于要求的 {min} 种',
    low_renewal_share: '城市更新项目占比 {share}%，低于要求的 {min}%',
    missing_category: '缺少“{category}”类项目',
    ok: '入选项目满足代表性要求',
    category: '工程类别',
    structure: '结构类型',
    use: '使用性质',
    renewal: '城市更新 {n} 个（{share}%）',
    selected: '入选及后续状态项目 {n} 个',
    rules: '规则：≥{minProjects} 个项目，≥{minStructureTypes} 种结构，≥{minUseTypes} 种用途，城市更新 ≥{share}%',
    milestone: '节点',
    today: '今天',
    other: '其他',
  },
  en: {
    too_few_projects: '{count} selected projects, fewer than the required {min}',
    few_structure_types: 'Only {count} structure types, fewer than {min}',
    few_use_types: 'Only {count} uses, fewer than {min}',
    low_renewal_share: 'Urban renewal share {share}% is below {min}%',
    missing_category: 'No "{category}" project',
    ok: 'The selected set meets the representativeness rules',
    category: 'Category',
    structure: 'Structure',
    use: 'Use',
    renewal: 'Urban renewal: {n} ({share}%)',
    selected: '{n} selected (or later) projects',
    rules: 'Rules: ≥{minProjects} projects, ≥{minStructureTypes} structures, ≥{minUseTypes} uses, renewal ≥{share}%',
    milestone: 'Milestone',
    today: 'Today',
    other: 'Other',
  },
};

const pct = (x: number) => Math.round(x * 1000) / 10;

/** The warnings of a representativeness panel as sentences. */
export function useWarningText() {
  const t = useT(messages);
  const { lang } = useLanguage();
  return (w: Warning) => {
    const key = w.code as keyof (typeof messages)['zh-CN'];
    return t(key, {
      count: w.count ?? 0,
      min: w.code === 'low_renewal_share' ? pct(w.min ?? 0) : (w.min ?? 0),
      share: pct(w.share ?? 0),
      category: label(categoryLabels[lang], w.category ?? ''),
    });
  };
}

function pie(title: string, data: Record<string, number>, labels: Record<string, string>) {
  return {
    title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        top: 20,
        label: { formatter: '{b} {c}', fontSize: 11 },
        data: Object.entries(data).map(([k, v]) => ({ name: labels[k] ?? k, value: v })),
      },
    ],
  };
}

/** The live representativeness panel: breakdowns of the selected set and the warnings under the region's rules. */
export function RepresentativenessPanel({ panel, compact = false }: { panel: Panel; compact?: boolean }) {
  const t = useT(messages);
  const { lang } = useLanguage();
  const warn = useWarningText();
  const charts = useMemo(
    () => [
      pie(t('category'), panel.byCategory, categoryLabels[lang]),
      pie(t('structure'), panel.byStructure, structureLabels[lang]),
      pie(t('use'), panel.byUse, useLabels[lang]),
    ],
    [panel, lang, t],
  );
  return (
    <div data-testid={`representativeness-${panel.regionCode}`}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color="green">{t('selected', { n: panel.total })}</Tag>
        <Tag color="orange">{t('renewal', { n: panel.renewal, share: pct(panel.renewalShare) })}</Tag>
        {!compact && (
          <Tag>
            {t('rules', {
              minProjects: panel.rules.minProjects,
              minStructureTypes: panel.rules.minStructureTypes,
              minUseTypes: panel.rules.minUseTypes,
              share: pct(panel.rules.minRenewalShare),
            })}
          </Tag>
        )}
      </Space>
      {panel.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          title={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {panel.warnings.map((w, i) => (
                <li key={i}>{warn(w)}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 8 }}
        />
      ) : (
        <Alert type="success" showIcon title={t('ok')} style={{ marginBottom: 8 }} />
      )}
      {panel.total ? (
        <Row gutter={8}>
          {charts.map((o, i) => (
            <Col key={i} xs={24} md={compact ? 24 : 8}>
              <EChart option={o} height={compact ? 180 : 220} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty />
      )}
    </div>
  );
}

/** Phases as bands on a time axis, milestones as points (red when overdue), and a line at today. */
export function ProgrammeTimeline({ programme, height = 260 }: { programme: Pick<Programme, 'phases' | 'milestones'>; height?: number }) {
  const t = useT(messages);
  const { lang } = useLanguage();
  const option = useMemo(() => {
    const rows = [...programme.phases.map((p) => p.name), t('other')];
    const rowOf = (m: Milestone) => {
      const i = programme.phases.findIndex((p) => p.id === m.phaseId);
      return i >= 0 ? i : rows.length - 1;
    };
    const colour = (m: Milestone) =>
      m.overdue ? '#cf1322' : m.status === 'done' ? '#389e0d' : m.status === 'in_progress' ? '#fa8c16' : '#8c8c8c';
    const today = new Date().toISOString().slice(0, 10);
    // The axis spans the phases, every milestone and today, whatever subset of milestones is shown.
    const dates = [...programme.phases.flatMap((p) => [p.startsOn, p.endsOn]), ...programme.milestones.map((m) => m.dueOn), today].sort();
    return {
      grid: { left: 90, right: 30, top: 30, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { name: string; value: [string, number]; status: string } }) =>
          `${p.data.name}<br/>${p.data.value[0]} · ${p.data.status}`,
      },
      xAxis: { type: 'time', min: dates[0], max: dates.at(-1) },
      yAxis: { type: 'category', data: rows, inverse: true },
      series: [
        {
          type: 'scatter',
          symbolSize: 14,
          data: programme.milestones.map((m) => ({
            name: m.title,
            value: [m.dueOn, rowOf(m)],
            status: milestoneStatusLabels[lang][m.status] + (m.overdue ? ' ⚠' : ''),
            itemStyle: { color: colour(m) },
            symbol: m.overdue ? 'triangle' : 'circle',
          })),
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(56,158,13,0.08)', borderColor: 'rgba(56,158,13,0.35)', borderWidth: 1 },
            label: { position: 'insideTop', color: '#389e0d' },
            data: programme.phases.map((p) => [{ name: p.name, xAxis: p.startsOn }, { xAxis: p.endsOn }]),
          },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#1677ff', type: 'dashed' },
            label: { formatter: t('today') },
            data: [{ xAxis: today }],
          },
        },
      ],
    };
  }, [programme, lang, t]);
  return <EChart option={option} height={height} testId="programme-timeline" />;
}
