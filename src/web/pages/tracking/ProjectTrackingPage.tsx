import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import { ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { fmt, type Warning } from './common.js';
import type { ResponseOf } from '../../api/types.js';

type Evidence = ResponseOf<'/api/tracking/projects/{projectId}/evidence', 'post'>;
type ManualData = ResponseOf<'/api/tracking/projects/{projectId}/manual-values'>;
type ManualValue = ManualData['items'][number];

const messages = {
  'zh-CN': {
    title: '指标动态跟踪',
    trends: '月度趋势',
    indicator: '指标',
    shown: '显示指标',
    target: '目标',
    warnings: '预警',
    noWarnings: '当前趋势下各项目标均可达成（或暂无足够数据）',
    latest: '最新值',
    forecast: '预测值',
    due: '到期月份',
    manual: '手工填报指标',
    value: '数值',
    asOf: '数据日期',
    note: '说明',
    evidence: '证明材料',
    upload: '上传证明材料（PDF/PNG/JPEG）',
    submit: '提交',
    saved: '已保存',
    enteredBy: '填报人',
    recompute: '重算快照',
    recomputed: '已重算 {n} 个月',
    noSnapshots: '暂无月度快照：快照在每月结束后自动生成',
    evidenceRequired: '请至少上传一份证明材料',
  },
  en: {
    title: 'Indicator tracking',
    trends: 'Monthly trends',
    indicator: 'Indicator',
    shown: 'Indicators shown',
    target: 'Target',
    warnings: 'Warnings',
    noWarnings: 'On the current trends every target will be met (or there are too few data)',
    latest: 'Latest',
    forecast: 'Forecast',
    due: 'Due',
    manual: 'Indicators entered by hand',
    value: 'Value',
    asOf: 'As of',
    note: 'Note',
    evidence: 'Evidence',
    upload: 'Upload evidence (PDF/PNG/JPEG)',
    submit: 'Submit',
    saved: 'Saved',
    enteredBy: 'Entered by',
    recompute: 'Recompute snapshots',
    recomputed: '{n} months recomputed',
    noSnapshots: 'No monthly snapshots yet: they are made automatically after each month ends',
    evidenceRequired: 'Upload at least one evidence file',
  },
};

export function ProjectTrackingPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [shown, setShown] = useState<string[]>([]);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [form] = Form.useForm<{ indicatorKey: string; value: number; asOf: Dayjs; note?: string }>();
  const trends = useQuery({
    queryKey: ['tracking-trends', id],
    queryFn: () => call(client.GET('/api/tracking/projects/{projectId}/trends', { params: { path: { projectId: id } } })),
  });
  const warnings = useQuery({
    queryKey: ['tracking-project-warnings', id],
    queryFn: () => call(client.GET('/api/tracking/projects/{projectId}/warnings', { params: { path: { projectId: id } } })),
  });
  const manual = useQuery({
    queryKey: ['tracking-manual', id],
    queryFn: () => call(client.GET('/api/tracking/projects/{projectId}/manual-values', { params: { path: { projectId: id } } })),
  });
  const series = trends.data?.series ?? [];
  const withData = series.filter((s) => s.points.some((p) => p.value !== null));
  const visible = shown.length ? series.filter((s) => shown.includes(s.key)) : withData;
  const nameOf = (key: string) =>
    series.find((s) => s.key === key)?.name[lang] ?? manual.data?.definitions.find((d) => d.key === key)?.name[lang] ?? key;

  const recompute = useMutation({
    mutationFn: () => call(client.POST('/api/tracking/projects/{projectId}/snapshots/recompute', { params: { path: { projectId: id } } })),
    onSuccess: (r) => {
      message.success(t('recomputed').replace('{n}', String(r.months)));
      void qc.invalidateQueries({ queryKey: ['tracking-trends', id] });
      void qc.invalidateQueries({ queryKey: ['tracking-project-warnings', id] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.describe() : String(e)),
  });
  const submit = useMutation({
    mutationFn: (v: { indicatorKey: string; value: number; asOf: Dayjs; note?: string }) =>
      call(
        client.POST('/api/tracking/projects/{projectId}/manual-values', {
          params: { path: { projectId: id } },
          body: {
            indicatorKey: v.indicatorKey,
            value: v.value,
            asOf: v.asOf.format('YYYY-MM-DD'),
            note: v.note || null,
            evidenceIds: files.map((f) => (f.response as Evidence | undefined)?.id).filter((x): x is string => !!x),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      form.resetFields();
      setFiles([]);
      void qc.invalidateQueries({ queryKey: ['tracking-manual', id] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.describe() : String(e)),
  });

  return (
    <>
      <ProjectHeader
        projectId={id}
        extra={
          (me?.role === 'admin' || me?.role === 'regulator') && (
            <Button
              icon={<ReloadOutlined />}
              loading={recompute.isPending}
              onClick={() => recompute.mutate()}
              data-testid="tracking-recompute"
            >
              {t('recompute')}
            </Button>
          )
        }
      />
      <Card
        title={t('trends')}
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Select
            mode="multiple"
            allowClear
            size="small"
            maxTagCount={2}
            placeholder={t('shown')}
            style={{ width: 300 }}
            value={shown}
            onChange={setShown}
            options={series.map((s) => ({ value: s.key, label: s.name[lang] }))}
            data-testid="tracking-trend-keys"
          />
        }
      >
        {visible.length === 0 ? (
          <Empty description={t('noSnapshots')} />
        ) : (
          <Row gutter={[16, 16]} data-testid="tracking-trends">
            {visible.map((s) => (
              <Col key={s.key} xs={24} lg={12} xxl={8}>
                <Typography.Text strong>
                  {s.name[lang]} ({s.unit})
                </Typography.Text>
                <EChart
                  height={200}
                  testId={`trend-${s.key}`}
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 48, right: 16, top: 16, bottom: 28 },
                    xAxis: { type: 'category', data: s.points.map((p) => p.month) },
                    yAxis: { type: 'value', scale: true },
                    series: [
                      {
                        type: 'line',
                        data: s.points.map((p) => p.value),
                        connectNulls: false,
                        markLine: s.target
                          ? {
                              symbol: 'none',
                              lineStyle: { type: 'dashed', color: '#f5222d' },
                              label: { formatter: `${t('target')} ${s.target.value}` },
                              data: [{ yAxis: s.target.value }],
                            }
                          : undefined,
                      },
                    ],
                  }}
                />
              </Col>
            ))}
          </Row>
        )}
      </Card>
      <Card title={t('warnings')} size="small" style={{ marginBottom: 16 }}>
        <Table<Warning>
          rowKey="indicatorKey"
          size="small"
          pagination={false}
          loading={warnings.isFetching}
          dataSource={warnings.data?.items ?? []}
          locale={{ emptyText: t('noWarnings') }}
          data-testid="tracking-project-warnings"
          columns={[
            { title: t('indicator'), dataIndex: 'indicatorKey', render: (k: string) => nameOf(k) },
            {
              title: t('target'),
              key: 'target',
              render: (_: unknown, r) => `${r.direction === 'higherIsBetter' ? '≥' : '≤'} ${r.target} ${r.unit}`,
            },
            {
              title: t('latest'),
              key: 'latest',
              render: (_: unknown, r) => (r.latest ? `${fmt(r.latest.value)} (${r.latest.month})` : '—'),
            },
            {
              title: t('forecast'),
              dataIndex: 'forecast',
              render: (v: number | null) => <Typography.Text type="danger">{fmt(v)}</Typography.Text>,
            },
            { title: t('due'), dataIndex: 'dueMonth' },
          ]}
        />
      </Card>
      <Card title={t('manual')} size="small">
        {manual.data?.canEnter && (
          <Form
            form={form}
            layout="inline"
            style={{ marginBottom: 16, rowGap: 8 }}
            onFinish={(v) => (files.some((f) => f.status === 'done') ? submit.mutate(v) : message.error(t('evidenceRequired')))}
            data-testid="manual-form"
          >
            <Form.Item name="indicatorKey" rules={[{ required: true }]}>
              <Select
                placeholder={t('indicator')}
                style={{ width: 220 }}
                options={manual.data.definitions.map((d) => ({ value: d.key, label: `${d.name[lang]} (${d.unit})` }))}
                data-testid="manual-indicator"
              />
            </Form.Item>
            <Form.Item name="value" rules={[{ required: true }]}>
              <InputNumber placeholder={t('value')} style={{ width: 120 }} data-testid="manual-value" />
            </Form.Item>
            <Form.Item name="asOf" rules={[{ required: true }]} initialValue={dayjs()}>
              <DatePicker placeholder={t('asOf')} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="manual-as-of" />
            </Form.Item>
            <Form.Item name="note">
              <Input placeholder={t('note')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item>
              <Upload
                accept=".pdf,.png,.jpg,.jpeg"
                fileList={files}
                onChange={({ fileList }) => setFiles(fileList)}
                customRequest={({ file, onSuccess, onError }) => {
                  call(
                    client.POST('/api/tracking/projects/{projectId}/evidence', {
                      params: { path: { projectId: id } },
                      body: { file: file as Blob },
                      bodySerializer: formData,
                    }),
                  ).then(
                    (a) => onSuccess?.(a),
                    (e: unknown) => {
                      message.error(e instanceof ApiError ? e.describe() : String(e));
                      onError?.(e as Error);
                    },
                  );
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="manual-upload">
                  {t('upload')}
                </Button>
              </Upload>
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="manual-submit">
                {t('submit')}
              </Button>
            </Form.Item>
          </Form>
        )}
        <Table<ManualValue>
          rowKey="id"
          size="small"
          loading={manual.isFetching}
          dataSource={manual.data?.items ?? []}
          data-testid="manual-values"
          columns={[
            { title: t('indicator'), dataIndex: 'indicatorKey', render: (k: string) => nameOf(k) },
            { title: t('value'), dataIndex: 'value', width: 100 },
            { title: t('asOf'), dataIndex: 'asOf', width: 120 },
            { title: t('note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
            {
              title: t('evidence'),
              key: 'evidence',
              render: (_: unknown, r) => (
                <Space orientation="vertical" size={0}>
                  {r.evidence.map((e) => (
                    <a key={e.id} href={`/api/tracking/projects/${id}/evidence/${e.id}`}>
                      {e.fileName}
                    </a>
                  ))}
                </Space>
              ),
            },
            { title: t('enteredBy'), dataIndex: 'enteredByName', width: 120 },
          ]}
        />
      </Card>
    </>
  );
}
