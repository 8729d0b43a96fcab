import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { AlertOutlined, DownloadOutlined, KeyOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, call, client, query } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { EChart, type EChartOption } from '../../components/EChart.js';
import { StopWorkBanner } from '../supervision/StopWorkBanner.js';
import { PageHeader } from '../../components/PageHeader.js';
import { alarmColors, alarmLabels, cst, deviceKindLabels, metricLabels, statusColors, statusLabels } from './labels.js';
import type { ItemOf, QueryOf } from '../../api/types.js';
import { showFieldErrors, validFields } from '../../components/forms.js';
import type { ResponseOf } from '../../api/types.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';

type Latest = Device['latest'][number];
export type CreatedDevice = ResponseOf<'/api/projects/{projectId}/devices', 'post'>;
type Device = ItemOf<'/api/projects/{projectId}/devices'>;
export type Alarm = ItemOf<'/api/site/alarms'>;

const messages = {
  'zh-CN': {
    title: '智慧工地',
    live: '实时监测',
    trends: '趋势分析',
    alarms: '告警处理',
    devices: '设备管理',
    export: '数据导出',
    pm10Rate: 'PM10 超标率（近30天）',
    noiseRate: '噪声超标率（近30天）',
    onlineRate: '设备在线率（近30天）',
    activeAlarms: '未关闭告警',
    noDevices: '该项目尚未登记监测设备',
    lastSeen: '最近上报',
    liveOn: '实时连接',
    liveOff: '连接中断，自动重连中',
    device: '设备',
    metric: '指标',
    range: '时间范围',
    resolution: '粒度',
    raw: '原始数据',
    minute: '分钟均值',
    hour: '小时均值',
    day: '日均值',
    max: '最大值',
    min: '最小值',
    zoomHint: '拖动下方滑块或滚轮缩放，数据自动切换到合适的粒度',
    h6: '近6小时',
    d3: '近3天',
    d30: '近30天',
    y1: '近1年',
    kind: '类型',
    state: '状态',
    opened: '发生时间',
    observed: '监测值',
    limit: '限值',
    ack: '确认',
    close: '关闭',
    closeConfirm: '确认关闭该告警？',
    handledBy: '处理人',
    note: '处理说明',
    system: '系统',
    newDevice: '登记设备',
    name: '名称',
    protocols: '接入方式',
    mn: 'MN 编码',
    pw: 'HJ 212 密码 (PW)',
    metrics: '监测指标',
    location: '安装位置',
    offlineAfter: '离线判定（秒）',
    status: '状态',
    accepted: '已接收',
    rejected: '被拒',
    flagged: '可疑数据占比',
    rotate: '重置令牌',
    rotateConfirm: '重置后旧令牌立即失效，设备需更新配置。确定吗？',
    tokenOnce: '设备令牌（仅显示一次，请立即复制到设备配置中）',
    tokenUsage: 'HTTP：请求头 X-Device-Token；MQTT：用户名为设备 ID，密码为令牌，主题 greenbuild/devices/{设备ID}/readings',
    connectTitle: '设备已登记：请按以下信息配置设备',
    host: '服务器地址',
    hj212Port: 'HJ 212 端口（TCP）',
    mqttPort: 'MQTT 端口',
    mqttTopic: 'MQTT 主题',
    httpUrl: 'HTTP 上报地址',
    deviceId: '设备 ID（MQTT 用户名）',
    token: '设备令牌（仅显示一次）',
    testCommand: '测试命令：发送一条 PM10 读数，随后在设备列表中可见',
    deactivate: '停用',
    activate: '启用',
    format: '格式',
    download: '下载',
    exportHint: '按时间范围导出该项目全部设备的监测数据（流式生成，大范围也可导出）',
    alarmRaised: '新告警：{device} {metric} {value}',
    alarmUpdated: '告警状态更新',
    back: '返回总览',
    rejectsTitle: '被拒数据',
    project: '项目',
    dayCol: '日期',
    reason: '原因',
    count: '次数',
    detail: '最近一次',
  },
  en: {
    title: 'Smart site',
    live: 'Live',
    trends: 'Trends',
    alarms: 'Alarms',
    devices: 'Devices',
    export: 'Export',
    pm10Rate: 'PM10 exceedance (30 days)',
    noiseRate: 'Noise exceedance (30 days)',
    onlineRate: 'Device online rate (30 days)',
    activeAlarms: 'Active alarms',
    noDevices: 'No monitoring devices registered for this project',
    lastSeen: 'Last report',
    liveOn: 'Live',
    liveOff: 'Disconnected, reconnecting',
    device: 'Device',
    metric: 'Metric',
    range: 'Range',
    resolution: 'Resolution',
    raw: 'Raw',
    minute: 'Minute means',
    hour: 'Hourly means',
    day: 'Daily means',
    max: 'Maximum',
    min: 'Minimum',
    zoomHint: 'Drag the slider or scroll to zoom; the data switches to a fitting resolution',
    h6: '6 hours',
    d3: '3 days',
    d30: '30 days',
    y1: '1 year',
    kind: 'Kind',
    state: 'State',
    opened: 'Opened',
    observed: 'Observed',
    limit: 'Limit',
    ack: 'Acknowledge',
    close: 'Close',
    closeConfirm: 'Close this alarm?',
    handledBy: 'Handled by',
    note: 'Note',
    system: 'System',
    newDevice: 'Register device',
    name: 'Name',
    protocols: 'Protocols',
    mn: 'MN',
    pw: 'HJ 212 password (PW)',
    metrics: 'Metrics',
    location: 'Location',
    offlineAfter: 'Offline after (s)',
    status: 'Status',
    accepted: 'Accepted',
    rejected: 'Rejected',
    flagged: 'Flagged share',
    rotate: 'Rotate token',
    rotateConfirm: 'The old token stops working at once and the device must be reconfigured. Continue?',
    tokenOnce: 'Device token (shown once; copy it into the device configuration now)',
    tokenUsage: 'HTTP: header X-Device-Token; MQTT: username = device id, password = token, topic greenbuild/devices/{deviceId}/readings',
    connectTitle: 'Device registered: configure it with these details',
    host: 'Server host',
    hj212Port: 'HJ 212 port (TCP)',
    mqttPort: 'MQTT port',
    mqttTopic: 'MQTT topic',
    httpUrl: 'HTTP upload URL',
    deviceId: 'Device id (MQTT username)',
    token: 'Device token (shown once)',
    testCommand: 'Test command: sends one PM10 reading, which then shows in the device list',
    deactivate: 'Deactivate',
    activate: 'Activate',
    format: 'Format',
    download: 'Download',
    exportHint: 'Exports every device of this project for the range (streamed, so large ranges work)',
    alarmRaised: 'New alarm: {device} {metric} {value}',
    alarmUpdated: 'Alarm updated',
    back: 'Back to overview',
    rejectsTitle: 'Rejected data',
    project: 'Project',
    dayCol: 'Day',
    reason: 'Reason',
    count: 'Count',
    detail: 'Last seen',
  },
};

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
const HOUR = 3_600_000;
const KNOWN_METRICS = [
  'pm10',
  'pm2_5',
  'tsp',
  'noise_leq',
  'noise_la',
  'temperature',
  'humidity',
  'wind_speed',
  'wind_direction',
  'pressure',
  'energy_kwh',
  'water_m3',
];

/** Live readings and alarm changes over Server-Sent Events. */
function useLive(projectId: string, onAlarm: (a: Alarm) => void) {
  const [values, setValues] = useState<Record<string, Latest>>({});
  const [connected, setConnected] = useState(false);
  const alarmRef = useRef(onAlarm);
  alarmRef.current = onAlarm;
  useEffect(() => {
    const es = new EventSource(`/api/site/live?projectId=${projectId}`);
    es.addEventListener('hello', () => setConnected(true));
    es.onerror = () => setConnected(false);
    es.addEventListener('readings', (e) => {
      const items = JSON.parse((e as MessageEvent).data) as Array<{ d: string; m: string; t: string; v: number; f: string }>;
      setValues((prev) => {
        const next = { ...prev };
        for (const i of items) {
          const key = `${i.d}|${i.m}`;
          if (!next[key] || next[key].time <= i.t) next[key] = { metric: i.m, time: i.t, value: i.v, flag: i.f };
        }
        return next;
      });
    });
    es.addEventListener('alarm', (e) => alarmRef.current(JSON.parse((e as MessageEvent).data) as Alarm));
    return () => es.close();
  }, [projectId]);
  return { values, connected };
}

function LiveTiles({ devices, live }: { devices: Device[]; live: Record<string, Latest> }) {
  const t = useT(messages);
  const ml = useT(metricLabels);
  const st = useT(statusLabels);
  if (!devices.length) return <Empty description={t('noDevices')} />;
  return (
    <Row gutter={[16, 16]}>
      {devices.map((d) => {
        const latest = new Map(d.latest.map((l) => [l.metric, l]));
        let heard = false;
        for (const [key, v] of Object.entries(live)) {
          if (!key.startsWith(`${d.id}|`)) continue;
          latest.set(v.metric, v);
          heard = true;
        }
        // A reading pushed just now means the device is online, whatever the last summary said.
        const status = heard && d.active ? 'online' : d.status;
        const metrics = [...latest.values()].sort((a, b) => KNOWN_METRICS.indexOf(a.metric) - KNOWN_METRICS.indexOf(b.metric));
        const seen = metrics.reduce<string | null>((m, l) => (!m || l.time > m ? l.time : m), d.lastSeenAt);
        return (
          <Col key={d.id} xs={24} md={12} xl={8}>
            <Card
              size="small"
              data-testid={`tile-${d.id}`}
              title={
                <Space>
                  {d.name}
                  <Tag color={statusColors[status]}>{st(status)}</Tag>
                </Space>
              }
              extra={<Typography.Text type="secondary">{cst(seen)}</Typography.Text>}
            >
              {metrics.length ? (
                <Row gutter={[8, 8]}>
                  {metrics.map((m) => (
                    <Col span={12} key={m.metric}>
                      <Statistic
                        title={ml(m.metric)}
                        value={m.value}
                        precision={1}
                        valueStyle={{ fontSize: 20, color: m.flag !== 'N' ? '#d48806' : undefined }}
                        suffix={m.flag !== 'N' ? <Tag>{m.flag}</Tag> : null}
                      />
                    </Col>
                  ))}
                </Row>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

function Trends({ devices }: { devices: Device[] }) {
  const t = useT(messages);
  const ml = useT(metricLabels);
  const [deviceId, setDeviceId] = useState<string | undefined>(devices[0]?.id);
  const device = devices.find((d) => d.id === deviceId);
  const metricOptions = useMemo(() => {
    const set = new Set([...(device?.metrics ?? []), ...(device?.latest.map((l) => l.metric) ?? [])]);
    return [...set].sort((a, b) => KNOWN_METRICS.indexOf(a) - KNOWN_METRICS.indexOf(b));
  }, [device]);
  const [metric, setMetric] = useState<string | undefined>();
  const activeMetric = metric && metricOptions.includes(metric) ? metric : metricOptions[0];
  const [range, setRange] = useState<[number, number]>(() => [Date.now() - 3 * 24 * HOUR, Date.now()]);
  const q = useQuery({
    queryKey: ['site-readings', deviceId, activeMetric, range],
    enabled: !!deviceId && !!activeMetric,
    queryFn: () =>
      call(
        client.GET('/api/devices/{deviceId}/readings', {
          params: {
            path: { deviceId: deviceId! },
            query: { metric: activeMetric!, from: new Date(range[0]).toISOString(), to: new Date(range[1]).toISOString() },
          },
        }),
      ),
  });
  const zoomTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const option: EChartOption = useMemo(() => {
    const items = q.data?.items ?? [];
    const withBand = items.some((i) => i.min !== undefined && i.min !== null);
    return {
      grid: { left: 56, right: 24, top: 32, bottom: 72 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (typeof v === 'number' ? v.toFixed(1) : v) },
      legend: { top: 0 },
      xAxis: { type: 'time', min: range[0], max: range[1] },
      yAxis: { type: 'value', name: ml(activeMetric ?? ''), scale: true },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 24, bottom: 16 }],
      series: [
        { name: ml(activeMetric ?? ''), type: 'line', showSymbol: items.length < 200, data: items.map((i) => [i.time, i.value]) },
        ...(withBand
          ? [
              { name: t('max'), type: 'line', lineStyle: { opacity: 0.3 }, symbol: 'none', data: items.map((i) => [i.time, i.max]) },
              { name: t('min'), type: 'line', lineStyle: { opacity: 0.3 }, symbol: 'none', data: items.map((i) => [i.time, i.min]) },
            ]
          : []),
      ],
    };
  }, [q.data, range, activeMetric, ml, t]);
  const onEvents = useMemo(
    () => ({
      datazoom: (e: { start?: number; end?: number; batch?: Array<{ start: number; end: number }> }) => {
        const z = e.batch?.[0] ?? e;
        if (z.start === undefined || z.end === undefined || (z.start === 0 && z.end === 100)) return;
        const [a, b] = range;
        const next: [number, number] = [a + ((b - a) * z.start) / 100, a + ((b - a) * z.end) / 100];
        clearTimeout(zoomTimer.current);
        // Reload the visible window at the resolution that fits it once the user stops zooming.
        zoomTimer.current = setTimeout(() => setRange(next), 400);
      },
    }),
    [range],
  );
  const preset = (ms: number) => setRange([Date.now() - ms, Date.now()]);
  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 220 }}
          value={deviceId}
          onChange={setDeviceId}
          options={devices.map((d) => ({ value: d.id, label: d.name }))}
          placeholder={t('device')}
          data-testid="trend-device"
        />
        <Select
          style={{ width: 200 }}
          value={activeMetric}
          onChange={setMetric}
          options={metricOptions.map((m) => ({ value: m, label: ml(m) }))}
          placeholder={t('metric')}
        />
        <Button onClick={() => preset(6 * HOUR)}>{t('h6')}</Button>
        <Button onClick={() => preset(3 * 24 * HOUR)}>{t('d3')}</Button>
        <Button onClick={() => preset(30 * 24 * HOUR)}>{t('d30')}</Button>
        <Button onClick={() => preset(365 * 24 * HOUR)}>{t('y1')}</Button>
        <Tag color="blue" data-testid="trend-resolution">
          {t('resolution')}: {q.data ? t(q.data.resolution as 'raw') : '…'}
        </Tag>
        <Typography.Text type="secondary">
          {cst(new Date(range[0]).toISOString(), false)} — {cst(new Date(range[1]).toISOString(), false)}
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('zoomHint')}
      </Typography.Paragraph>
      <EChart option={option} height={360} onEvents={onEvents} testId="trend-chart" />
    </Card>
  );
}

function AlarmsTable({ projectId, onChanged, showProject = false }: { projectId?: string; onChanged?: () => void; showProject?: boolean }) {
  const t = useT(messages);
  const al = useT(alarmLabels);
  const ml = useT(metricLabels);
  const { message } = AntApp.useApp();
  const [params] = useSearchParams();
  const [state, setState] = useState<NonNullable<QueryOf<'/api/site/alarms'>['state']> | 'all'>(
    (params.get('alarmState') as NonNullable<QueryOf<'/api/site/alarms'>['state']> | null) ?? 'active',
  );
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['site-alarms', projectId ?? 'all', state, page],
    queryFn: () =>
      call(
        projectId
          ? client.GET('/api/projects/{projectId}/site/alarms', {
              params: { path: { projectId }, query: { state: state === 'all' ? undefined : state, page, pageSize: 20 } },
            })
          : client.GET('/api/site/alarms', { params: { query: { state: state === 'all' ? undefined : state, page, pageSize: 20 } } }),
      ),
    refetchInterval: 15_000,
  });
  const act = async (a: Alarm, action: 'acknowledge' | 'close') => {
    try {
      await call(
        client.POST(action === 'acknowledge' ? '/api/site/alarms/{id}/acknowledge' : '/api/site/alarms/{id}/close', {
          params: { path: { id: a.id } },
          body: {},
        }),
      );
      message.success(t('alarmUpdated'));
      void q.refetch();
      onChanged?.();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  };
  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={state}
        onChange={(v) => {
          setState(v as typeof state);
          setPage(1);
        }}
        options={[
          { value: 'active', label: `${al('open')} / ${al('acknowledged')}` },
          { value: 'closed', label: al('closed') },
          { value: 'all', label: '∑' },
        ]}
      />
      <ResponsiveTable<Alarm>
        rowKey="id"
        size="middle"
        data-testid="alarms-table"
        loading={q.isFetching}
        dataSource={q.data?.items}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('opened'), dataIndex: 'openedAt', render: (v: string) => cst(v) },
          ...(showProject
            ? [
                {
                  title: t('project'),
                  dataIndex: 'projectName',
                  render: (v: string, a: Alarm) => <Link to={`/projects/${a.projectId}/site`}>{v}</Link>,
                },
              ]
            : []),
          { title: t('device'), dataIndex: 'deviceName' },
          {
            title: t('kind'),
            dataIndex: 'kind',
            render: (k: Alarm['kind']) => <Tag color={k === 'offline' ? 'default' : 'volcano'}>{al(k)}</Tag>,
          },
          { title: t('metric'), dataIndex: 'metric', render: (m: string | null) => (m ? ml(m) : '—') },
          { title: t('observed'), dataIndex: 'observedValue', render: (v: number | null) => (v === null ? '—' : v.toFixed(1)) },
          { title: t('limit'), dataIndex: 'limitValue', render: (v: number | null) => (v === null ? '—' : v) },
          { title: t('state'), dataIndex: 'state', render: (s: Alarm['state']) => <Tag color={alarmColors[s]}>{al(s)}</Tag> },
          {
            title: t('handledBy'),
            key: 'by',
            render: (_: unknown, a) => (
              <Space direction="vertical" size={0}>
                {a.acknowledgedBy && (
                  <span>
                    {al('acknowledged')}：{a.acknowledgedBy} {cst(a.acknowledgedAt, false)}
                  </span>
                )}
                {a.closedAt && (
                  <span>
                    {al('closed')}：{a.closedBy ?? t('system')} {cst(a.closedAt, false)}
                  </span>
                )}
                {a.note && (
                  <Typography.Text type="secondary">
                    {['cleared', 'back_online', 'rule_not_in_force'].includes(a.note) ? al(a.note as 'cleared') : a.note}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, a) => (
              <Space>
                {a.state === 'open' && (
                  <Button size="small" type="primary" onClick={() => void act(a, 'acknowledge')}>
                    {t('ack')}
                  </Button>
                )}
                {a.state !== 'closed' && (
                  <Popconfirm title={t('closeConfirm')} onConfirm={() => act(a, 'close')}>
                    <Button size="small">{t('close')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
export { AlarmsTable };

function DeviceManagement({
  projectId,
  devices,
  canManage,
  onChanged,
}: {
  projectId: string;
  devices: Device[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const kl = useT(deviceKindLabels);
  const st = useT(statusLabels);
  const ml = useT(metricLabels);
  const { message, modal } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const protocolsWatch = Form.useWatch('protocols', form) as string[] | undefined;
  const [rejectsFor, setRejectsFor] = useState<Device | null>(null);
  const [connection, setConnection] = useState<(CreatedDevice & { hj212Password: string | null }) | null>(null);
  const rejects = useQuery({
    queryKey: ['rejects', rejectsFor?.id],
    enabled: !!rejectsFor,
    queryFn: () => call(client.GET('/api/devices/{deviceId}/rejects', { params: { path: { deviceId: rejectsFor!.id } } })),
  });
  const showToken = (token: string) =>
    modal.success({
      title: t('tokenOnce'),
      width: 620,
      content: (
        <>
          <Typography.Paragraph copyable code data-testid="device-token" style={{ wordBreak: 'break-all' }}>
            {token}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('tokenUsage')}</Typography.Paragraph>
        </>
      ),
    });
  async function create() {
    const v = await validFields(form);
    if (!v) return;
    try {
      const res = await call(
        client.POST('/api/projects/{projectId}/devices', {
          params: { path: { projectId } },
          body: { ...v, mn: v.mn || null, hj212Password: v.hj212Password || null, location: v.location || null, metrics: v.metrics ?? [] },
        }),
      );
      setOpen(false);
      form.resetFields();
      onChanged();
      setConnection({ ...res, hj212Password: v.hj212Password || null });
    } catch (e) {
      // A bad MN or password is drawn under its field; only a problem no field shows becomes a toast.
      const rest = showFieldErrors(form, e, ['name', 'kind', 'protocols', 'mn', 'hj212Password', 'metrics', 'location', 'offlineAfterS']);
      if (rest) message.error(rest);
    }
  }
  return (
    <Card
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-device">
            {t('newDevice')}
          </Button>
        )
      }
    >
      <ResponsiveTable<Device>
        rowKey="id"
        size="middle"
        dataSource={devices}
        pagination={false}
        columns={[
          { title: t('name'), dataIndex: 'name' },
          { title: t('kind'), dataIndex: 'kind', render: (k: Device['kind']) => kl(k) },
          { title: t('protocols'), dataIndex: 'protocols', render: (p: string[]) => p.map((x) => <Tag key={x}>{x.toUpperCase()}</Tag>) },
          { title: t('mn'), dataIndex: 'mn', render: (v: string | null) => v ?? '—' },
          { title: t('location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: Device['status']) => (
              <Badge status={s === 'online' ? 'success' : s === 'offline' ? 'error' : 'default'} text={st(s)} />
            ),
          },
          { title: t('lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => cst(v) },
          { title: t('accepted'), dataIndex: 'acceptedCount' },
          {
            title: t('rejected'),
            dataIndex: 'rejectedCount',
            render: (n: number, d) =>
              n > 0 ? (
                <Button type="link" size="small" danger onClick={() => setRejectsFor(d)}>
                  {n}
                </Button>
              ) : (
                0
              ),
          },
          {
            title: t('flagged'),
            key: 'q',
            render: (_: unknown, d) =>
              d.quality?.share === null || !d.quality ? (
                '—'
              ) : (
                <Tag color={d.quality.share! > 0.1 ? 'orange' : 'green'}>{pct(d.quality.share)}</Tag>
              ),
          },
          {
            title: '',
            key: 'a',
            render: (_: unknown, d) =>
              canManage && (
                <Space>
                  {d.tokenPrefix && (
                    <Popconfirm
                      title={t('rotateConfirm')}
                      onConfirm={async () => {
                        const res = await call(
                          client.POST('/api/projects/{projectId}/devices/{deviceId}/token', {
                            params: { path: { projectId, deviceId: d.id } },
                          }),
                        );
                        onChanged();
                        showToken(res.token);
                      }}
                    >
                      <Button size="small" icon={<KeyOutlined />}>
                        {t('rotate')}
                      </Button>
                    </Popconfirm>
                  )}
                  <Button
                    size="small"
                    onClick={async () => {
                      await call(
                        client.PATCH('/api/projects/{projectId}/devices/{deviceId}', {
                          params: { path: { projectId, deviceId: d.id } },
                          body: { active: !d.active },
                        }),
                      );
                      onChanged();
                    }}
                  >
                    {d.active ? t('deactivate') : t('activate')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal open={!!connection} title={t('connectTitle')} width={680} footer={null} onCancel={() => setConnection(null)} destroyOnHidden>
        {connection && (
          <div data-testid="device-connection">
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('host')}>
                <Typography.Text copyable>{connection.connection.host}</Typography.Text>
              </Descriptions.Item>
              {connection.connection.hj212Port !== null && (
                <>
                  <Descriptions.Item label={t('hj212Port')}>{connection.connection.hj212Port}</Descriptions.Item>
                  <Descriptions.Item label={t('mn')}>
                    <Typography.Text copyable>{connection.device.mn}</Typography.Text>
                  </Descriptions.Item>
                  {connection.hj212Password && (
                    <Descriptions.Item label={t('pw')}>
                      <Typography.Text copyable>{connection.hj212Password}</Typography.Text>
                    </Descriptions.Item>
                  )}
                </>
              )}
              {connection.connection.mqttPort !== null && (
                <>
                  <Descriptions.Item label={t('mqttPort')}>{connection.connection.mqttPort}</Descriptions.Item>
                  <Descriptions.Item label={t('deviceId')}>
                    <Typography.Text copyable>{connection.device.id}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('mqttTopic')}>
                    <Typography.Text copyable>{connection.connection.mqttTopic}</Typography.Text>
                  </Descriptions.Item>
                </>
              )}
              {connection.connection.httpUrl && (
                <Descriptions.Item label={t('httpUrl')}>
                  <Typography.Text copyable>{connection.connection.httpUrl}</Typography.Text>
                </Descriptions.Item>
              )}
              {connection.token && (
                <Descriptions.Item label={t('token')}>
                  <Typography.Text copyable code data-testid="device-token" style={{ wordBreak: 'break-all' }}>
                    {connection.token}
                  </Typography.Text>
                </Descriptions.Item>
              )}
            </Descriptions>
            {connection.connection.testCommands.map((c) => (
              <div key={c.protocol} style={{ marginTop: 12 }}>
                <Typography.Text type="secondary">
                  {t('testCommand')}（{c.protocol === 'hj212' ? 'HJ 212' : c.protocol.toUpperCase()}）
                </Typography.Text>
                <Typography.Paragraph
                  copyable
                  code
                  data-testid={`test-command-${c.protocol}`}
                  style={{ wordBreak: 'break-all', marginTop: 4 }}
                >
                  {c.command}
                </Typography.Paragraph>
              </div>
            ))}
          </div>
        )}
      </Modal>
      <Modal open={open} title={t('newDevice')} onOk={create} onCancel={() => setOpen(false)} width={620}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'dust_noise', protocols: ['hj212'], offlineAfterS: 900, metrics: ['pm10', 'pm2_5', 'noise_leq'] }}
        >
          <Form.Item name="name" label={t('name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
            <Select options={Object.keys(deviceKindLabels['zh-CN']).map((k) => ({ value: k, label: kl(k as Device['kind']) }))} />
          </Form.Item>
          <Form.Item name="protocols" label={t('protocols')} rules={[{ required: true }]}>
            <Checkbox.Group
              options={[
                { value: 'hj212', label: 'HJ 212 (TCP)' },
                { value: 'mqtt', label: 'MQTT' },
                { value: 'http', label: 'HTTP' },
              ]}
            />
          </Form.Item>
          {protocolsWatch?.includes('hj212') && (
            <Space.Compact block>
              <Form.Item name="mn" label={t('mn')} rules={[{ required: true }]} style={{ flex: 2 }}>
                <Input placeholder="010000A8900016F000169DC0" />
              </Form.Item>
              <Form.Item name="hj212Password" label={t('pw')} rules={[{ required: true }]} style={{ flex: 1, marginLeft: 8 }}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Space.Compact>
          )}
          <Form.Item name="metrics" label={t('metrics')}>
            <Select mode="tags" options={KNOWN_METRICS.map((m) => ({ value: m, label: ml(m) }))} />
          </Form.Item>
          <Form.Item name="location" label={t('location')}>
            <Input />
          </Form.Item>
          <Form.Item name="offlineAfterS" label={t('offlineAfter')}>
            <InputNumber min={60} max={604800} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!rejectsFor}
        title={`${t('rejectsTitle')} · ${rejectsFor?.name ?? ''}`}
        footer={null}
        onCancel={() => setRejectsFor(null)}
        width={760}
      >
        <ResponsiveTable
          rowKey={(r) => `${r.day}|${r.source}|${r.reason}`}
          size="small"
          dataSource={rejects.data?.items}
          pagination={false}
          columns={[
            { title: t('dayCol'), dataIndex: 'day' },
            { title: t('protocols'), dataIndex: 'source' },
            { title: t('reason'), dataIndex: 'reason' },
            { title: t('count'), dataIndex: 'count' },
            { title: t('detail'), dataIndex: 'lastDetail' },
          ]}
        />
      </Modal>
    </Card>
  );
}

function ExportPanel({ projectId }: { projectId: string }) {
  const t = useT(messages);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(7, 'day').startOf('day'), dayjs()]);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [resolution, setResolution] = useState<'raw' | 'minute' | 'hour' | 'day'>('hour');
  const url = `/api/projects/${projectId}/site/export${query({ from: range[0].toISOString(), to: range[1].toISOString(), format, resolution })}`;
  return (
    <Card>
      <Alert type="info" showIcon message={t('exportHint')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('range')}>
          <DatePicker.RangePicker showTime value={range} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
        </Descriptions.Item>
        <Descriptions.Item label={t('resolution')}>
          <Segmented
            value={resolution}
            onChange={(v) => setResolution(v as 'raw')}
            options={(['raw', 'minute', 'hour', 'day'] as const).map((r) => ({ value: r, label: t(r) }))}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('format')}>
          <Segmented
            value={format}
            onChange={(v) => setFormat(v as 'csv')}
            options={[
              { value: 'xlsx', label: 'Excel' },
              { value: 'csv', label: 'CSV' },
            ]}
          />
        </Descriptions.Item>
      </Descriptions>
      <Button type="primary" icon={<DownloadOutlined />} href={url} style={{ marginTop: 16 }} data-testid="export-download">
        {t('download')}
      </Button>
    </Card>
  );
}

export function SitePage() {
  const t = useT(messages);
  const ml = useT(metricLabels);
  const { projectId = '' } = useParams();
  const qc = useQueryClient();
  const { notification } = AntApp.useApp();
  const summary = useQuery({
    queryKey: ['site', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/site', { params: { path: { projectId } } })),
    refetchInterval: 30_000,
  });
  const deviceName = (id: string) => summary.data?.devices.find((d) => d.id === id)?.name ?? '';
  const { values, connected } = useLive(projectId, (a) => {
    if (a.state === 'open') {
      notification.warning({
        key: a.id,
        icon: <AlertOutlined style={{ color: '#cf1322' }} />,
        message: t('alarmRaised', {
          device: deviceName(a.deviceId),
          metric: a.metric ? ml(a.metric) : '',
          value: a.observedValue?.toFixed(1) ?? '',
        }),
      });
    }
    void qc.invalidateQueries({ queryKey: ['site-alarms', projectId] });
    void summary.refetch();
  });
  if (summary.error)
    return <Alert type="error" message={summary.error instanceof ApiError ? summary.error.describe() : String(summary.error)} />;
  const s = summary.data;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {t('title')} · {s?.project.name ?? ''}
            <Badge
              status={connected ? 'processing' : 'default'}
              text={
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {connected ? t('liveOn') : t('liveOff')}
                </Typography.Text>
              }
            />
          </Space>
        }
        extra={
          <>
            <Link to="/site">{t('back')}</Link>
            <Button icon={<ReloadOutlined />} onClick={() => void summary.refetch()} />
          </>
        }
      />
      <StopWorkBanner projectId={projectId} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('pm10Rate')} value={pct(s?.indicators.pm10ExceedanceRate)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('noiseRate')} value={pct(s?.indicators.noiseExceedanceRate)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('onlineRate')} value={pct(s?.indicators.deviceOnlineRate)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('activeAlarms')}
              value={s?.activeAlarms ?? 0}
              valueStyle={{ color: s?.activeAlarms ? '#cf1322' : undefined }}
              data-testid="active-alarms"
            />
          </Card>
        </Col>
      </Row>
      <Tabs
        items={[
          { key: 'live', label: t('live'), children: <LiveTiles devices={s?.devices ?? []} live={values} /> },
          { key: 'trends', label: t('trends'), children: s ? <Trends devices={s.devices} /> : null },
          {
            key: 'alarms',
            label: t('alarms'),
            children: (
              <Card>
                <AlarmsTable projectId={projectId} onChanged={() => void summary.refetch()} />
              </Card>
            ),
          },
          {
            key: 'devices',
            label: t('devices'),
            children: (
              <DeviceManagement
                projectId={projectId}
                devices={s?.devices ?? []}
                canManage={!!s?.canManage}
                onChanged={() => void summary.refetch()}
              />
            ),
          },
          { key: 'export', label: t('export'), children: <ExportPanel projectId={projectId} /> },
        ]}
      />
    </>
  );
}
