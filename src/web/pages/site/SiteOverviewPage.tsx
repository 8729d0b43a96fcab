import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Form, Col, InputNumber, Row, Select, Space, Statistic, Switch, Tabs, Tag, Typography } from 'antd';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { AlarmsTable } from './SitePage.js';
import { cst, metricLabels } from './labels.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';

type Site = ResponseOf<'/api/site/overview'>['sites'][number];
type Worst = ResponseOf<'/api/site/overview'>['worstDevices'][number];
type Rule = ItemOf<'/api/site/rules'>;

const messages = {
  'zh-CN': {
    title: '智慧工地总览',
    intro: '各试点项目现场的扬尘、噪声实时状况与告警；点击项目进入其智慧工地页面。',
    sites: '工地现场',
    alarms: '告警',
    rules: '阈值规则',
    project: '项目',
    region: '地区',
    devices: '在线 / 设备',
    pm10: '当前 PM10',
    noise: '当前噪声',
    activeAlarms: '未关闭告警',
    flagged: '可疑数据占比',
    worst: '数据质量最差的设备（近30天）',
    device: '设备',
    checked: '已筛查',
    flaggedN: '可疑',
    rejected: '被拒',
    totalSites: '接入工地',
    totalDevices: '在线设备',
    totalAlarms: '未关闭告警',
    overLimit: '超 {limit}',
    scope: '适用范围',
    national: '全国默认',
    metric: '指标',
    period: '时段',
    all: '全天',
    day: '昼间',
    night: '夜间',
    limit: '限值',
    sustained: '持续（分钟）',
    basis: '依据',
    enabled: '启用',
    saved: '已保存',
    allRegions: '全部地区',
    retention: '数据保留',
    retentionIntro:
      '原始监测数据按周分区存放，超过保留期的整周数据整体删除（最多晚一周）；分钟、小时、日汇总各自设定保留期，留空表示长期保留。修改会记入审计日志。',
    rawDays: '原始数据保留（天）',
    minuteDays: '分钟汇总保留（天）',
    hourDays: '小时汇总保留（天）',
    dayDays: '日汇总保留（天）',
    keep: '长期保留',
    save: '保存',
    partitions: '现有周分区 {count} 个，最早 {oldest}，最新 {newest}',
    readOnly: '仅管理员或部级主管部门可修改保留期。',
  },
  en: {
    title: 'Smart sites overview',
    intro: 'Current dust and noise at every pilot site, with alarms; open a project for its smart-site page.',
    sites: 'Sites',
    alarms: 'Alarms',
    rules: 'Threshold rules',
    project: 'Project',
    region: 'Region',
    devices: 'Online / devices',
    pm10: 'PM10 now',
    noise: 'Noise now',
    activeAlarms: 'Active alarms',
    flagged: 'Flagged share',
    worst: 'Devices with the worst data quality (30 days)',
    device: 'Device',
    checked: 'Screened',
    flaggedN: 'Flagged',
    rejected: 'Rejected',
    totalSites: 'Connected sites',
    totalDevices: 'Devices online',
    totalAlarms: 'Active alarms',
    overLimit: 'over {limit}',
    scope: 'Scope',
    national: 'National default',
    metric: 'Metric',
    period: 'Period',
    all: 'All day',
    day: 'Day',
    night: 'Night',
    limit: 'Limit',
    sustained: 'Sustained (min)',
    basis: 'Basis',
    enabled: 'Enabled',
    saved: 'Saved',
    allRegions: 'All regions',
    retention: 'Data retention',
    retentionIntro:
      'Raw readings are stored in weekly partitions; a whole week is removed once it is past the retention (at most a week late). Minute, hour and day rollups each have their own period; leave it empty to keep them for good. Changes are audited.',
    rawDays: 'Raw readings (days)',
    minuteDays: 'Minute rollups (days)',
    hourDays: 'Hour rollups (days)',
    dayDays: 'Day rollups (days)',
    keep: 'Keep for good',
    save: 'Save',
    partitions: '{count} weekly partitions, oldest {oldest}, newest {newest}',
    readOnly: 'Only an administrator or a ministry regulator can change the retention.',
  },
};

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

function RulesTable() {
  const t = useT(messages);
  const ml = useT(metricLabels);
  const regions = useRegions();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const q = useQuery({ queryKey: ['site-rules'], queryFn: () => call(client.GET('/api/site/rules')) });
  const canEdit = (r: Rule) => me?.role === 'admin' || (me?.role === 'regulator' && !!r.regionCode && r.regionCode === me.regionCode);
  const save = async (r: Rule, change: Partial<Rule>) => {
    try {
      await call(client.PATCH('/api/site/rules/{id}', { params: { path: { id: r.id } }, body: change }));
      message.success(t('saved'));
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  };
  return (
    <ResponsiveTable<Rule>
      rowKey="id"
      size="middle"
      loading={q.isFetching}
      dataSource={q.data?.items}
      pagination={false}
      columns={[
        {
          title: t('scope'),
          key: 'scope',
          render: (_: unknown, r) =>
            r.projectId ? <Tag>{t('project')}</Tag> : r.regionCode ? regions.name(r.regionCode) : <Tag color="blue">{t('national')}</Tag>,
        },
        { title: t('metric'), dataIndex: 'metric', render: (m: string) => ml(m) },
        { title: t('period'), dataIndex: 'period', render: (p: Rule['period']) => t(p) },
        {
          title: t('limit'),
          dataIndex: 'limitValue',
          render: (v: number, r) =>
            canEdit(r) ? (
              <InputNumber
                size="small"
                defaultValue={v}
                onBlur={(e) => Number(e.target.value) !== v && void save(r, { limitValue: Number(e.target.value) })}
              />
            ) : (
              v
            ),
        },
        {
          title: t('sustained'),
          dataIndex: 'sustainedMinutes',
          render: (v: number, r) =>
            canEdit(r) ? (
              <InputNumber
                size="small"
                min={0}
                max={1440}
                defaultValue={v}
                onBlur={(e) => Number(e.target.value) !== v && void save(r, { sustainedMinutes: Number(e.target.value) })}
              />
            ) : (
              v
            ),
        },
        {
          title: t('basis'),
          dataIndex: 'basis',
          render: (b: string | null) => <Typography.Text type="secondary">{b ?? '—'}</Typography.Text>,
        },
        {
          title: t('enabled'),
          dataIndex: 'enabled',
          render: (v: boolean, r) => (
            <Switch size="small" checked={v} disabled={!canEdit(r)} onChange={(c) => void save(r, { enabled: c })} />
          ),
        },
      ]}
    />
  );
}

type Retention = ResponseOf<'/api/site/retention'>;

function RetentionPanel() {
  const t = useT(messages);
  const { message } = AntApp.useApp();
  const q = useQuery({ queryKey: ['site-retention'], queryFn: () => call(client.GET('/api/site/retention')) });
  const [saving, setSaving] = useState(false);
  const r = q.data;
  if (!r) return <Card loading={q.isLoading} />;
  const day = (iso: string | null) => (iso ? cst(iso).slice(0, 10) : '—');
  const save = async (v: Pick<Retention, 'rawDays' | 'minuteDays' | 'hourDays' | 'dayDays'>) => {
    setSaving(true);
    try {
      const body = { rawDays: v.rawDays, minuteDays: v.minuteDays ?? null, hourDays: v.hourDays ?? null, dayDays: v.dayDays ?? null };
      await call(client.PUT('/api/site/retention', { body }));
      message.success(t('saved'));
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('retentionIntro')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('partitions', { count: r.partitions.count, oldest: day(r.partitions.oldest), newest: day(r.partitions.newest) })}
      </Typography.Paragraph>
      {!r.canEdit && <Typography.Paragraph type="warning">{t('readOnly')}</Typography.Paragraph>}
      <Form layout="vertical" initialValues={r} onFinish={(v) => void save(v)} disabled={!r.canEdit} style={{ maxWidth: 360 }}>
        <Form.Item name="rawDays" label={t('rawDays')} rules={[{ required: true }]}>
          <InputNumber min={14} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {(['minuteDays', 'hourDays', 'dayDays'] as const).map((k) => (
          <Form.Item key={k} name={k} label={t(k)}>
            <InputNumber min={1} max={36500} precision={0} placeholder={t('keep')} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        {r.canEdit && (
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('save')}
          </Button>
        )}
      </Form>
    </Space>
  );
}

export function SiteOverviewPage() {
  const [searchParams] = useSearchParams();
  const t = useT(messages);
  const regions = useRegions();
  const { me } = useAuth();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const q = useQuery({
    queryKey: ['site-overview', regionCode],
    queryFn: () => call(client.GET('/api/site/overview', { params: { query: { regionCode } } })),
    refetchInterval: 30_000,
  });
  const sites = q.data?.sites ?? [];
  const manyRegions = me?.role === 'admin' || (me?.role === 'regulator' && !me.regionCode);
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          manyRegions && (
            <Select
              allowClear
              placeholder={t('allRegions')}
              style={{ width: 160 }}
              value={regionCode}
              onChange={setRegionCode}
              options={regions.options}
            />
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
      </PageHeader>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('totalSites')} value={sites.length} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic
              title={t('totalDevices')}
              value={`${sites.reduce((n, s) => n + s.online, 0)} / ${sites.reduce((n, s) => n + s.devices, 0)}`}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic
              title={t('totalAlarms')}
              value={sites.reduce((n, s) => n + s.activeAlarms, 0)}
              valueStyle={{ color: sites.some((s) => s.activeAlarms) ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
      </Row>
      <Tabs
        defaultActiveKey={searchParams.get('alarmState') ? 'alarms' : 'sites'}
        items={[
          {
            key: 'sites',
            label: t('sites'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }} size={16}>
                <Card>
                  <ResponsiveTable<Site>
                    rowKey="projectId"
                    size="middle"
                    loading={q.isFetching}
                    dataSource={sites}
                    pagination={{ pageSize: 20 }}
                    data-testid="sites-table"
                    columns={[
                      {
                        title: t('project'),
                        dataIndex: 'projectName',
                        render: (n: string, s) => <Link to={`/projects/${s.projectId}/site`}>{n}</Link>,
                      },
                      {
                        title: t('region'),
                        dataIndex: 'regionCode',
                        render: (c: string) => regions.name(c),
                        filters: regions.options.map((o) => ({ text: o.label, value: o.value })),
                        onFilter: (v, s) => s.regionCode === v,
                      },
                      { title: t('devices'), key: 'd', render: (_: unknown, s) => `${s.online} / ${s.devices}` },
                      {
                        title: t('pm10'),
                        dataIndex: 'pm10',
                        sorter: (a, b) => (a.pm10?.value ?? -1) - (b.pm10?.value ?? -1),
                        render: (v: Site['pm10']) =>
                          v ? (
                            <span title={cst(v.time)}>
                              <Tag color={v.value > 150 ? 'red' : v.value > 75 ? 'orange' : 'green'}>{v.value.toFixed(0)} µg/m³</Tag>
                            </span>
                          ) : (
                            '—'
                          ),
                      },
                      {
                        title: t('noise'),
                        dataIndex: 'noise',
                        sorter: (a, b) => (a.noise?.value ?? -1) - (b.noise?.value ?? -1),
                        render: (v: Site['noise']) =>
                          v ? (
                            <span title={cst(v.time)}>
                              <Tag color={v.value > 70 ? 'red' : v.value > 55 ? 'orange' : 'green'}>{v.value.toFixed(1)} dB(A)</Tag>
                            </span>
                          ) : (
                            '—'
                          ),
                      },
                      {
                        title: t('activeAlarms'),
                        dataIndex: 'activeAlarms',
                        sorter: (a, b) => a.activeAlarms - b.activeAlarms,
                        render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
                      },
                      { title: t('flagged'), dataIndex: 'flaggedShare', render: pct },
                    ]}
                  />
                </Card>
                <Card title={t('worst')}>
                  <ResponsiveTable<Worst>
                    rowKey="deviceId"
                    size="small"
                    pagination={false}
                    dataSource={q.data?.worstDevices}
                    columns={[
                      { title: t('device'), dataIndex: 'deviceName' },
                      {
                        title: t('project'),
                        dataIndex: 'projectName',
                        render: (n: string, w) => <Link to={`/projects/${w.projectId}/site`}>{n}</Link>,
                      },
                      { title: t('checked'), dataIndex: 'checked' },
                      { title: t('flaggedN'), dataIndex: 'flagged' },
                      {
                        title: t('flagged'),
                        dataIndex: 'share',
                        render: (v: number) => <Tag color={v > 0.1 ? 'orange' : 'green'}>{pct(v)}</Tag>,
                      },
                      { title: t('rejected'), dataIndex: 'rejected' },
                    ]}
                  />
                </Card>
              </Space>
            ),
          },
          {
            key: 'alarms',
            label: t('alarms'),
            children: (
              <Card>
                <AlarmsTable showProject />
              </Card>
            ),
          },
          {
            key: 'rules',
            label: t('rules'),
            children: (
              <Card>
                <RulesTable />
              </Card>
            ),
          },
          ...(me?.role === 'admin' || me?.role === 'regulator'
            ? [
                {
                  key: 'retention',
                  label: t('retention'),
                  children: (
                    <Card>
                      <RetentionPanel />
                    </Card>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
