import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Progress, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import { statusColors, statusLabels, statusOrder } from '../projects/labels.js';
import { milestoneStatusLabels, RepresentativenessPanel, type Milestone } from './shared.js';

const messages = {
  'zh-CN': {
    title: '监管看板',
    total: '登记项目',
    pilots: '试点项目（入选及以后）',
    currentPhase: '当前阶段',
    overdueCount: '逾期节点',
    byStatus: '项目状态分布',
    phases: '阶段进度',
    timeElapsed: '时间进度',
    milestones: '节点完成 {done}/{total}',
    overdue: '逾期工作节点',
    milestone: '节点',
    owner: '责任单位',
    dueOn: '完成时限',
    status: '状态',
    daysLate: '逾期天数',
    representativeness: '入选项目代表性',
    none: '无逾期节点',
    viewProjects: '查看项目',
    stateDone: '已结束',
    stateCurrent: '进行中',
    stateUpcoming: '未开始',
  },
  en: {
    title: 'Regulator dashboard',
    total: 'Registered projects',
    pilots: 'Pilots (selected or later)',
    currentPhase: 'Current phase',
    overdueCount: 'Overdue milestones',
    byStatus: 'Projects by status',
    phases: 'Phase progress',
    timeElapsed: 'Time elapsed',
    milestones: 'Milestones {done}/{total}',
    overdue: 'Overdue milestones',
    milestone: 'Milestone',
    owner: 'Owner',
    dueOn: 'Due',
    status: 'Status',
    daysLate: 'Days late',
    representativeness: 'Representativeness',
    none: 'No overdue milestones',
    viewProjects: 'Projects',
    stateDone: 'Ended',
    stateCurrent: 'Current',
    stateUpcoming: 'Upcoming',
  },
};

export function DashboardPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const [region, setRegion] = useState<string | undefined>(me?.regionCode ?? undefined);
  useEffect(() => {
    if (!region && regions.regions.length) setRegion('hunan');
  }, [region, regions.regions.length]);
  const q = useQuery({
    queryKey: ['dashboard', region],
    queryFn: () => call(client.GET('/api/programmes/{regionCode}/dashboard', { params: { path: { regionCode: region! } } })),
    enabled: !!region,
  });
  const d = q.data;
  const statusChart = useMemo(
    () =>
      d && {
        grid: { left: 40, right: 20, top: 20, bottom: 30 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: statusOrder.map((s) => statusLabels[lang][s]) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            barWidth: '50%',
            label: { show: true, position: 'top' },
            data: statusOrder.map((s) => ({
              value: d.byStatus[s] ?? 0,
              itemStyle: {
                color: {
                  default: '#bfbfbf',
                  processing: '#1677ff',
                  green: '#52c41a',
                  red: '#ff4d4f',
                  blue: '#2f54eb',
                  cyan: '#13c2c2',
                  purple: '#722ed1',
                }[statusColors[s]],
              },
            })),
          },
        ],
      },
    [d, lang],
  );
  const today = Date.now();
  return (
    <>
      <PageHeader
        title={`${t('title')}${d ? ` · ${d.regionName}` : ''}`}
        extra={!me?.regionCode && <Select value={region} onChange={setRegion} options={regions.options} style={{ width: 140 }} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card loading={!d}>
            <Statistic title={t('total')} value={d?.totalProjects} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={!d}>
            <Statistic title={t('pilots')} value={d?.pilots} styles={{ content: { color: '#389e0d' } }} data-testid="dashboard-pilots" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={!d}>
            <Statistic title={t('currentPhase')} value={d?.currentPhase ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={!d}>
            <Statistic
              title={t('overdueCount')}
              value={d?.overdueMilestones.length}
              styles={{ content: { color: d?.overdueMilestones.length ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('byStatus')} extra={<Link to="/projects">{t('viewProjects')}</Link>}>
            {statusChart && <EChart option={statusChart} height={260} testId="status-chart" />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('phases')} loading={!d}>
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              {d?.phases.map((p) => (
                <div key={p.seq}>
                  <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                    <Typography.Text strong>
                      {p.name}{' '}
                      <Tag color={p.state === 'current' ? 'processing' : p.state === 'done' ? 'default' : 'gold'}>
                        {t(p.state === 'done' ? 'stateDone' : p.state === 'current' ? 'stateCurrent' : 'stateUpcoming')}
                      </Tag>
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {p.startsOn} ~ {p.endsOn}
                    </Typography.Text>
                  </Space>
                  <Progress percent={Math.round(p.elapsed * 100)} size="small" format={(v) => `${t('timeElapsed')} ${v}%`} />
                  <Progress
                    percent={p.milestonesTotal ? Math.round((p.milestonesDone / p.milestonesTotal) * 100) : 0}
                    size="small"
                    strokeColor="#389e0d"
                    format={() => t('milestones', { done: p.milestonesDone, total: p.milestonesTotal })}
                  />
                </div>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overdue')}>
            <Table<Milestone>
              rowKey="id"
              size="small"
              pagination={false}
              locale={{ emptyText: t('none') }}
              dataSource={d?.overdueMilestones}
              data-testid="overdue-milestones"
              columns={[
                { title: t('milestone'), dataIndex: 'title' },
                { title: t('owner'), dataIndex: 'owner', ellipsis: true },
                { title: t('dueOn'), dataIndex: 'dueOn', width: 105 },
                {
                  title: t('daysLate'),
                  key: 'late',
                  width: 80,
                  align: 'right',
                  render: (_: unknown, m) => (
                    <Typography.Text type="danger">{Math.floor((today - Date.parse(m.dueOn)) / 86_400_000)}</Typography.Text>
                  ),
                },
                { title: t('status'), dataIndex: 'status', width: 80, render: (s: Milestone['status']) => milestoneStatusLabels[lang][s] },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('representativeness')} loading={!d}>
            {d && <RepresentativenessPanel panel={d.representativeness} compact />}
          </Card>
        </Col>
      </Row>
    </>
  );
}
