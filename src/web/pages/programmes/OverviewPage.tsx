import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import { statusLabels, statusOrder } from '../projects/labels.js';
import { ProgrammeTimeline, RepresentativenessPanel } from './shared.js';

const messages = {
  'zh-CN': {
    title: '三地试点对比',
    compare: '各地区项目状态',
    pilots: '试点项目',
    total: '登记项目',
    phase: '当前阶段',
    overdue: '逾期节点',
    milestones: '节点完成',
    overdueList: '逾期：',
  },
  en: {
    title: 'Regions side by side',
    compare: 'Projects by status and region',
    pilots: 'Pilots',
    total: 'Registered',
    phase: 'Current phase',
    overdue: 'Overdue',
    milestones: 'Milestones done',
    overdueList: 'Overdue: ',
  },
};

export function OverviewPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const q = useQuery({ queryKey: ['overview'], queryFn: () => call(client.GET('/api/programmes/overview')) });
  const items = q.data?.items ?? [];
  const option = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: statusOrder.map((s) => statusLabels[lang][s]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: items.map((r) => ({
        name: r.regionName,
        type: 'bar',
        label: { show: true, position: 'top', fontSize: 10 },
        data: statusOrder.map((s) => r.byStatus[s] ?? 0),
      })),
    }),
    [items, lang],
  );
  return (
    <>
      <PageHeader title={t('title')} />
      <Card title={t('compare')} style={{ marginBottom: 16 }} loading={q.isLoading}>
        <EChart option={option} height={260} testId="overview-chart" />
      </Card>
      <Row gutter={[16, 16]}>
        {items.map((r) => (
          <Col key={r.regionCode} xs={24} lg={24 / Math.min(items.length, 3)}>
            <Card
              title={r.regionName}
              data-testid={`region-${r.regionCode}`}
              extra={
                r.representativeness.warnings.length ? (
                  <Tag color="warning">⚠ {r.representativeness.warnings.length}</Tag>
                ) : (
                  <Tag color="success">✓</Tag>
                )
              }
            >
              <Row gutter={8}>
                <Col span={8}>
                  <Statistic title={t('pilots')} value={r.pilots} styles={{ content: { color: '#389e0d' } }} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('total')} value={r.totalProjects} />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t('overdue')}
                    value={r.overdueMilestones.length}
                    styles={{ content: { color: r.overdueMilestones.length ? '#cf1322' : undefined } }}
                  />
                </Col>
              </Row>
              <Space style={{ margin: '8px 0' }} wrap>
                <Tag color="processing">
                  {t('phase')}：{r.currentPhase ?? '—'}
                </Tag>
                <Tag>
                  {t('milestones')} {r.milestonesDone}/{r.milestonesTotal}
                </Tag>
              </Space>
              {r.overdueMilestones.length > 0 && (
                <Typography.Paragraph type="danger" style={{ fontSize: 12 }}>
                  {t('overdueList')}
                  {r.overdueMilestones.map((m) => `${m.title}（${m.dueOn}）`).join('；')}
                </Typography.Paragraph>
              )}
              <ProgrammeTimeline programme={{ phases: r.phases, milestones: r.overdueMilestones }} height={170} />
              <RepresentativenessPanel panel={r.representativeness} compact />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
