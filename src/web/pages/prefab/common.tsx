import { Alert, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { EChart } from '../../components/EChart.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export const ITEM_IDS = ['q1a', 'q1b', 'q2a', 'q2b', 'q2c', 'q2d', 'q3a', 'q3b', 'q3c', 'q3d'] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export type ScoreTable = TableInfo['data'];
export type TableInfo = ItemOf<'/api/prefab/score-tables'>;
export type PrefabResult = ResponseOf<'/api/prefab-ratio/calculate', 'post'>;

export const prefabMessages = {
  'zh-CN': {
    group: '评价项目',
    item: '评价项',
    requirement: '评价要求',
    points: '分值',
    ratio: '比例',
    source: '数据来源',
    score: '得分',
    note: '说明',
    notApplicable: '不适用（计入 Q4）',
    P: '装配率 P',
    recognised: '认定为装配式建筑',
    grade: '评价等级',
    noGrade: '不评级',
    yes: '是',
    no: '否',
    assessed: '认定用 {n}%（四舍五入取整）',
    fullDecoration: '全装修',
    table: '评分表',
    reasons: '未认定 / 未评级的原因',
    model: 'BIM 模型',
    manual: '手工填报',
    formula: 'P = (Q1 + Q2 + Q3) / (100 − Q4) × 100%',
    subtotal: '小计',
  },
  en: {
    group: 'Group',
    item: 'Item',
    requirement: 'Requirement',
    points: 'Points',
    ratio: 'Ratio',
    source: 'Source',
    score: 'Score',
    note: 'Note',
    notApplicable: 'Not applicable (to Q4)',
    P: 'Prefabrication ratio P',
    recognised: 'Recognised as prefabricated',
    grade: 'Grade',
    noGrade: 'Not graded',
    yes: 'Yes',
    no: 'No',
    assessed: 'Assessed at {n}% (rounded half-up)',
    fullDecoration: 'Full fit-out',
    table: 'Score table',
    reasons: 'Why not recognised / graded',
    model: 'BIM model',
    manual: 'Entered',
    formula: 'P = (Q1 + Q2 + Q3) / (100 − Q4) × 100%',
    subtotal: 'subtotal',
  },
};

const pct = (r: number) => `${Math.round(r * 1000) / 10}%`;

export function requirement(table: ScoreTable, id: string): { requirement: string; points: string } {
  if (id === 'fullDecoration') return { requirement: '—', points: String(table.fullDecoration.score) };
  const s = table.items.find((i) => i.item === id)!.scoring;
  if (s.kind === 'fixed') return { requirement: `${id} ≥ ${pct(s.lower)}`, points: String(s.score) };
  return { requirement: `${pct(s.lower)} ≤ ${id} ≤ ${pct(s.upper)}`, points: `${s.scoreLower}–${s.scoreUpper}` };
}

export function useScoreTables() {
  return useQuery({ queryKey: ['prefab-score-tables'], queryFn: () => call(client.GET('/api/prefab/score-tables')), staleTime: 60_000 });
}

export const gradeColour = (g: string | null) => (g === 'AAA' ? 'gold' : g === 'AA' ? 'green' : g === 'A' ? 'blue' : 'default');

/** P as a gauge with the 50 / 60 / 76 / 91 thresholds of 3.0.3 and 5.0.2. */
export function PGauge({ P }: { P: number }) {
  return (
    <EChart
      height={220}
      testId="p-gauge"
      option={{
        series: [
          {
            type: 'gauge',
            min: 0,
            max: 100,
            startAngle: 200,
            endAngle: -20,
            axisLine: {
              lineStyle: {
                width: 14,
                color: [
                  [0.5, '#d9d9d9'],
                  [0.6, '#faad14'],
                  [0.755, '#1677ff'],
                  [0.905, '#52c41a'],
                  [1, '#d4b106'],
                ],
              },
            },
            pointer: { width: 5 },
            axisTick: { show: false },
            splitLine: { length: 10 },
            axisLabel: { show: false },
            detail: { valueAnimation: false, formatter: '{value}%', fontSize: 22, offsetCenter: [0, '60%'] },
            data: [{ value: P }],
          },
        ],
      }}
    />
  );
}

/** The calculation sheet as evaluators present it, with the result beside it. */
export function PrefabSheet({
  table,
  result,
  sources,
}: {
  table: ScoreTable;
  result: PrefabResult;
  sources?: Partial<
    Record<ItemId, { source: 'model' | 'manual'; numerator: number | null; denominator: number | null; note: string | null }>
  >;
}) {
  const t = useT(prefabMessages);
  const { lang } = useLanguage();
  const en = lang === 'en';
  const groupName = (g: string) => {
    const x = table.groups.find((y) => y.id === g)!;
    return `${g} ${en ? x.nameEn : x.nameZh}（≥ ${x.minimum} / ${x.max}）`;
  };
  const rows = table.groups.flatMap((g) => [
    ...result.items
      .filter((i) => i.group === g.id)
      .map((i) => {
        const def = table.items.find((x) => x.item === i.item);
        const name =
          i.item === 'fullDecoration' ? (en ? table.fullDecoration.nameEn : table.fullDecoration.nameZh) : en ? def!.nameEn : def!.nameZh;
        return {
          key: `${g.id}-${i.item}`,
          group: groupName(g.id),
          name,
          ...requirement(table, i.item),
          i,
          subtotal: null as number | null,
        };
      }),
    {
      key: `${g.id}-sum`,
      group: groupName(g.id),
      name: `${g.id} ${t('subtotal')}`,
      requirement: '',
      points: String(g.max),
      i: null,
      subtotal: result[g.id],
    },
  ]);
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <PGauge P={result.P} />
        </Col>
        <Col xs={24} md={16}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="prefab-result">
            <Descriptions.Item label="Q1 / Q2 / Q3 / Q4">
              {result.Q1} / {result.Q2} / {result.Q3} / {result.Q4}
            </Descriptions.Item>
            <Descriptions.Item label={t('P')}>
              <Typography.Text strong>{result.P}%</Typography.Text>{' '}
              <Typography.Text type="secondary">{t('assessed', { n: result.assessedPercent })}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('recognised')}>
              {result.recognised ? <Tag color="green">{t('yes')}</Tag> : <Tag color="red">{t('no')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('grade')}>
              <Tag color={gradeColour(result.grade)} style={{ fontSize: 16, padding: '2px 10px' }} data-testid="prefab-grade">
                {result.grade ?? t('noGrade')}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('table')} span={2}>
              {table.id} v{table.version} · {t('formula')}
            </Descriptions.Item>
          </Descriptions>
          {result.reasons.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('reasons')}
              description={result.reasons.map((r) => `${r.clause}：${r.message}`).join('\n')}
              style={{ whiteSpace: 'pre-line', marginTop: 12 }}
            />
          )}
        </Col>
      </Row>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        data-testid="prefab-sheet"
        dataSource={rows}
        columns={[
          {
            title: t('group'),
            dataIndex: 'group',
            width: 200,
            onCell: (_r, idx) => {
              const r = rows[idx!]!;
              const first = rows.findIndex((x) => x.group === r.group);
              return { rowSpan: first === idx ? rows.filter((x) => x.group === r.group).length : 0 };
            },
          },
          { title: t('item'), dataIndex: 'name', width: 260, render: (v: string, r) => (r.subtotal !== null ? <b>{v}</b> : v) },
          { title: t('requirement'), dataIndex: 'requirement', width: 150 },
          { title: t('points'), dataIndex: 'points', width: 70 },
          {
            title: t('ratio'),
            key: 'ratio',
            width: 110,
            render: (_: unknown, r) =>
              !r.i ? (
                ''
              ) : r.i.item === 'fullDecoration' ? (
                r.i.score > 0 ? (
                  t('yes')
                ) : (
                  t('no')
                )
              ) : r.i.applicable ? (
                pct(r.i.ratio!)
              ) : (
                <Tag>{t('notApplicable')}</Tag>
              ),
          },
          ...(sources
            ? [
                {
                  title: t('source'),
                  key: 'source',
                  width: 150,
                  render: (_: unknown, r: (typeof rows)[number]) => {
                    const s = r.i && r.i.item !== 'fullDecoration' ? sources?.[r.i.item as ItemId] : undefined;
                    if (!s) return '';
                    return (
                      <Tag color={s.source === 'model' ? 'purple' : 'default'} title={s.note ?? undefined}>
                        {s.source === 'model' ? t('model') : t('manual')}
                        {s.numerator !== null && s.denominator !== null ? ` ${s.numerator}/${s.denominator}` : ''}
                      </Tag>
                    );
                  },
                },
              ]
            : []),
          {
            title: t('score'),
            key: 'score',
            width: 70,
            render: (_: unknown, r) => (r.subtotal !== null ? <b>{r.subtotal}</b> : r.i?.score),
          },
        ]}
      />
    </>
  );
}
