import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { call, client, query } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import { useRegions } from '../../components/regions.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { fmt, gradeColor, type RankingRow } from './labels.js';

const messages = {
  'zh-CN': {
    title: '评价排名',
    region: '地区',
    rank: '排名',
    project: '项目',
    score: '得分',
    grade: '等级',
    none: '未评价',
    provisional: '暂定',
    final: '最终评价',
    evaluations: '已关闭评价',
    last: '最近评价',
    export: '导出',
    reports: '报告',
    summaryPdf: '区域总结报告 PDF',
    summaryXlsx: '区域总结报告 Excel',
    summary: '总结评估与政策建议',
    chart: '项目得分',
  },
  en: {
    title: 'Evaluation ranking',
    region: 'Region',
    rank: 'Rank',
    project: 'Project',
    score: 'Score',
    grade: 'Grade',
    none: 'Not evaluated',
    provisional: 'Provisional',
    final: 'Final',
    evaluations: 'Closed evaluations',
    last: 'Last evaluated',
    export: 'Export',
    reports: 'Reports',
    summaryPdf: 'Regional summary PDF',
    summaryXlsx: 'Regional summary Excel',
    summary: 'Summary & policy recommendations',
    chart: 'Project scores',
  },
};

/** /evaluation/ranking — the region's pilot projects by score, with their reports. */
export function RankingPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const [picked, setPicked] = useState<string | undefined>();
  const region = me?.regionCode ?? picked ?? regions.regions[0]?.code;
  const q = useQuery({
    queryKey: ['evaluation', 'ranking', region],
    queryFn: () => call(client.GET('/api/evaluation/ranking', { params: { query: { region } } })),
    enabled: !!region,
  });
  const rows = q.data?.items ?? [];
  const scored = rows.filter((r) => r.score !== null);
  const gradeText = (r: RankingRow) => (r.grade ? (lang === 'en' ? r.grade.en : r.grade.zh) : t('none'));
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            {!me?.regionCode && (
              <Select style={{ width: 140 }} value={region} options={regions.options} onChange={setPicked} data-testid="ranking-region" />
            )}
            <Button icon={<FilePdfOutlined />} href={`/api/evaluation/regions/${region}/summary.pdf`} download data-testid="summary-pdf">
              {t('summaryPdf')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              href={`/api/evaluation/regions/${region}/summary.xlsx`}
              download
              data-testid="summary-xlsx"
            >
              {t('summaryXlsx')}
            </Button>
            <Link to={`/evaluation/summary${query({ region })}`}>
              <Button data-testid="summary-link">{t('summary')}</Button>
            </Link>
            <Button
              onClick={() =>
                downloadCsv(
                  `evaluation-ranking-${region}.csv`,
                  [
                    { title: t('rank'), value: (r: RankingRow) => r.rank ?? '' },
                    { title: t('project'), value: (r) => `${r.name}（${r.code}）` },
                    { title: t('score'), value: (r) => r.reportedScore ?? '' },
                    { title: t('grade'), value: (r) => gradeText(r) },
                    { title: t('provisional'), value: (r) => (r.provisional ? '✓' : '') },
                    { title: t('evaluations'), value: (r) => r.closedEvaluations },
                  ],
                  rows,
                )
              }
            >
              {t('export')}
            </Button>
          </>
        }
      />
      <Card size="small" title={t('chart')} style={{ marginBottom: 16 }}>
        <EChart
          testId="ranking-chart"
          height={Math.max(200, scored.length * 28 + 60)}
          option={{
            grid: { left: 200, right: 40, top: 10, bottom: 30 },
            xAxis: { type: 'value', max: 100 },
            yAxis: { type: 'category', inverse: true, data: scored.map((r) => r.name), axisLabel: { width: 190, overflow: 'truncate' } },
            tooltip: { trigger: 'axis' },
            series: [
              {
                type: 'bar',
                data: scored.map((r) => ({
                  value: r.reportedScore,
                  itemStyle: { color: r.grade && r.grade.rank >= 2 ? '#389e0d' : r.grade && r.grade.rank === 1 ? '#1677ff' : '#cf1322' },
                })),
                label: { show: true, position: 'right' },
              },
            ],
          }}
        />
      </Card>
      <Table<RankingRow>
        data-testid="ranking-table"
        rowKey="projectId"
        size="small"
        loading={q.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('rank'), dataIndex: 'rank', width: 60, render: (v: number | null) => v ?? '—' },
          {
            title: t('project'),
            render: (_: unknown, r) => (
              <Link to={`/projects/${r.projectId}/evaluations`} data-testid={`ranking-project-${r.code}`}>{`${r.name}（${r.code}）`}</Link>
            ),
          },
          {
            title: t('score'),
            dataIndex: 'reportedScore',
            width: 80,
            align: 'right',
            render: (v: number | null) => fmt(v),
            sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
          },
          {
            title: t('grade'),
            width: 160,
            render: (_: unknown, r) => (
              <Space size={2}>
                <Tag color={gradeColor(r.grade?.rank)} data-testid={`ranking-grade-${r.code}`}>
                  {gradeText(r)}
                </Tag>
                {r.provisional && <Tag color="orange">{t('provisional')}</Tag>}
                {r.source === 'final' && <Tag color="purple">{t('final')}</Tag>}
              </Space>
            ),
            filters: [...new Set(rows.map((r) => gradeText(r)))].map((g) => ({ text: g, value: g })),
            onFilter: (v, r) => gradeText(r) === v,
          },
          { title: t('evaluations'), dataIndex: 'closedEvaluations', width: 100, align: 'right' },
          { title: t('last'), dataIndex: 'lastEvaluatedOn', width: 110 },
          {
            title: t('reports'),
            width: 120,
            render: (_: unknown, r) => (
              <Space size={2}>
                <Button
                  size="small"
                  icon={<FilePdfOutlined />}
                  href={`/api/evaluation/projects/${r.projectId}/report.pdf`}
                  download
                  data-testid={`ranking-pdf-${r.code}`}
                />
                <Button
                  size="small"
                  icon={<FileExcelOutlined />}
                  href={`/api/evaluation/projects/${r.projectId}/report.xlsx`}
                  download
                  data-testid={`ranking-xlsx-${r.code}`}
                />
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
