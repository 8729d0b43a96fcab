import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { call, client } from '../../api.js';
import type { Schemas } from '../../api/types.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';

const messages = {
  'zh-CN': {
    title: '渣土运输车辆',
    plate: '车牌号',
    colour: '车牌颜色',
    type: '车辆类型',
    capacity: '核定载质量（吨）',
    terminal: '终端手机号（SIM）',
    terminalId: '终端 ID',
    permit: '核准证',
    permitNumber: '核准证编号',
    validity: '核准证有效期',
    valid: '有效',
    expired: '已过期或未生效',
    registered: '终端已注册',
    unregistered: '终端未注册',
    lastSeen: '最近定位',
    never: '尚无定位',
    carrier: '运输企业',
    add: '登记车辆',
    export: '导出 Excel',
    template: '导入模板',
    save: '保存',
    saved: '车辆已登记',
    search: '车牌或核准证编号',
    empty: '还没有登记车辆。点击「登记车辆」或下载导入模板批量导入；车辆登记后，开具电子联单时才能选用。',
    rejects: 'JT/T 808 网关拒收记录',
    rejectsEmpty: '网关未拒收任何报文。',
    reason: '原因',
    count: '次数',
    lastAt: '最近一次',
    gatewayOff: '本实例未开启 JT/T 808 网关',
    connections: '当前连接数',
  },
  en: {
    title: 'Haulage vehicles',
    plate: 'Plate',
    colour: 'Plate colour',
    type: 'Vehicle type',
    capacity: 'Capacity (t)',
    terminal: 'Terminal number (SIM)',
    terminalId: 'Terminal ID',
    permit: 'Permit',
    permitNumber: 'Permit number',
    validity: 'Permit validity',
    valid: 'Valid',
    expired: 'Expired or not yet valid',
    registered: 'Terminal registered',
    unregistered: 'Terminal not registered',
    lastSeen: 'Last position',
    never: 'No position yet',
    carrier: 'Carrier',
    add: 'Register vehicle',
    export: 'Export Excel',
    template: 'Import template',
    save: 'Save',
    saved: 'Vehicle registered',
    search: 'Plate or permit number',
    empty: 'No vehicles yet. Register one, or download the import template; manifests can only name registered vehicles.',
    rejects: 'JT/T 808 gateway rejects',
    rejectsEmpty: 'The gateway has rejected nothing.',
    reason: 'Reason',
    count: 'Count',
    lastAt: 'Last',
    gatewayOff: 'The JT/T 808 gateway is off on this instance',
    connections: 'Open connections',
  },
};

const colours = {
  'zh-CN': { 1: '蓝', 2: '黄', 3: '黑', 4: '白', 5: '绿', 9: '其他' } as Record<number, string>,
  en: { 1: 'Blue', 2: 'Yellow', 3: 'Black', 4: 'White', 5: 'Green', 9: 'Other' } as Record<number, string>,
};

const reasons: Record<'zh-CN' | 'en', Record<string, string>> = {
  'zh-CN': {
    badEscape: '转义错误',
    truncated: '报文不完整',
    checkCode: '校验码错误',
    bodyLength: '消息体长度不符',
    badPhone: '终端手机号非 BCD',
    badSubpackage: '分包错误',
    tooLarge: '报文超长',
    garbage: '无效字节',
    unknownTerminal: '未登记终端',
    authFailed: '鉴权失败',
    unauthenticated: '未鉴权即上报',
    badBody: '消息体错误',
    encrypted: '不支持的加密',
    unsupported: '不支持的消息',
    storageFailed: '存储失败（未应答，终端将重发）',
  },
  en: {
    badEscape: 'Bad escape',
    truncated: 'Truncated',
    checkCode: 'Bad check code',
    bodyLength: 'Body length mismatch',
    badPhone: 'Terminal number not BCD',
    badSubpackage: 'Bad sub-package',
    tooLarge: 'Oversized',
    garbage: 'Noise bytes',
    unknownTerminal: 'Unregistered terminal',
    authFailed: 'Authentication failed',
    unauthenticated: 'Reported before authentication',
    badBody: 'Bad message body',
    encrypted: 'Unsupported encryption',
    unsupported: 'Unsupported message',
    storageFailed: 'Not stored (not acknowledged; the terminal resends)',
  },
};

type Vehicle = Schemas['Vehicle'];
type Reject = Schemas['TerminalReject'];
type FormValues = {
  plate: string;
  plateColour: 1 | 2 | 3 | 4 | 5 | 9;
  vehicleType: string;
  capacityTonnes: number;
  terminalPhone: string;
  terminalId?: string;
  permitNumber: string;
  validity: [Dayjs, Dayjs];
};

export function VehiclesPage() {
  const t = useT(messages);
  const { me } = useAuth();
  const { lang } = useLanguage();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const qc = useQueryClient();
  const vehicles = useQuery({
    queryKey: ['haulage-vehicles', q],
    queryFn: () => call(client.GET('/api/haulage/vehicles', { params: { query: { q: q || undefined } } })),
  });
  const rejects = useQuery({
    queryKey: ['haulage-rejects'],
    queryFn: () => call(client.GET('/api/haulage/gateway/rejects')),
    refetchInterval: 10_000,
  });
  const canWrite = me?.role === 'carrier';
  const create = useMutation({
    mutationFn: (v: FormValues) =>
      call(
        client.POST('/api/haulage/vehicles', {
          body: {
            plate: v.plate,
            plateColour: v.plateColour,
            vehicleType: v.vehicleType,
            capacityTonnes: v.capacityTonnes,
            terminalPhone: v.terminalPhone,
            terminalId: v.terminalId || null,
            permitNumber: v.permitNumber,
            permitValidFrom: v.validity[0].format('YYYY-MM-DD'),
            permitValidTo: v.validity[1].format('YYYY-MM-DD'),
          },
        }),
      ),
    onSuccess: () => {
      void message.success(t('saved'));
      setOpen(false);
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['haulage-vehicles'] });
    },
    onError: (e: Error) => void message.error(e.message),
  });
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Space wrap>
            <Input.Search allowClear placeholder={t('search')} onSearch={setQ} style={{ width: 220 }} />
            <Button href="/api/haulage/vehicles.xlsx">{t('export')}</Button>
            <Button href="/api/haulage/vehicles/template.xlsx">{t('template')}</Button>
            {canWrite ? (
              <Button type="primary" onClick={() => setOpen(true)}>
                {t('add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        <Table<Vehicle>
          rowKey="id"
          loading={vehicles.isLoading}
          dataSource={vehicles.data}
          pagination={{ pageSize: 20 }}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t('empty')} /> }}
          columns={[
            { title: t('plate'), dataIndex: 'plate', width: 110 },
            { title: t('colour'), dataIndex: 'plateColour', width: 80, render: (c: number) => colours[lang][c] ?? c },
            { title: t('carrier'), dataIndex: 'carrierName', ellipsis: true },
            { title: t('type'), dataIndex: 'vehicleType', width: 120 },
            { title: t('capacity'), dataIndex: 'capacityTonnes', width: 110, align: 'right' },
            {
              title: t('terminal'),
              dataIndex: 'terminalPhone',
              width: 170,
              render: (v: string, r) => (
                <Space direction="vertical" size={0}>
                  {v}
                  <Tag color={r.terminalRegistered ? 'green' : 'default'}>{r.terminalRegistered ? t('registered') : t('unregistered')}</Tag>
                </Space>
              ),
            },
            {
              title: t('validity'),
              dataIndex: 'permitValidTo',
              width: 210,
              render: (_v: string, r) => (
                <Space direction="vertical" size={0}>
                  {r.permitNumber}
                  <span>
                    {r.permitValidFrom} ~ {r.permitValidTo}{' '}
                    <Tag color={r.permitValid ? 'green' : 'red'}>{r.permitValid ? t('valid') : t('expired')}</Tag>
                  </span>
                </Space>
              ),
            },
            {
              title: t('lastSeen'),
              dataIndex: 'lastPosition',
              width: 170,
              render: (p: Vehicle['lastPosition']) =>
                p ? new Date(p.time).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : t('never'),
            },
          ]}
        />
      </Card>
      <Card
        title={t('rejects')}
        style={{ marginTop: 16 }}
        extra={rejects.data ? (rejects.data.listening ? `${t('connections')}: ${rejects.data.openConnections}` : t('gatewayOff')) : null}
      >
        <Table<Reject>
          rowKey={(r) => `${r.terminalPhone}:${r.reason}`}
          size="small"
          loading={rejects.isLoading}
          dataSource={rejects.data?.rejects}
          pagination={{ pageSize: 10 }}
          locale={{ emptyText: <Empty description={t('rejectsEmpty')} /> }}
          columns={[
            { title: t('terminal'), dataIndex: 'terminalPhone', render: (v: string, r) => `${v || '—'}${r.plate ? `（${r.plate}）` : ''}` },
            { title: t('reason'), dataIndex: 'reason', render: (v: string) => reasons[lang][v] ?? v },
            { title: t('count'), dataIndex: 'count', align: 'right', width: 90 },
            {
              title: t('lastAt'),
              dataIndex: 'lastAt',
              width: 180,
              render: (v: string) => new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
            },
          ]}
        />
      </Card>
      <Modal
        open={open}
        title={t('add')}
        okText={t('save')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
      >
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={(v) => create.mutate(v)}
          initialValues={{ plateColour: 2, vehicleType: '重型自卸货车' }}
        >
          <Form.Item name="plate" label={t('plate')} rules={[{ required: true }]}>
            <Input placeholder="湘A12345" />
          </Form.Item>
          <Form.Item name="plateColour" label={t('colour')} rules={[{ required: true }]}>
            <Select options={Object.entries(colours[lang]).map(([value, label]) => ({ value: Number(value), label }))} />
          </Form.Item>
          <Form.Item name="vehicleType" label={t('type')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="capacityTonnes" label={t('capacity')} rules={[{ required: true }]}>
            <InputNumber min={0.1} max={200} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="terminalPhone" label={t('terminal')} rules={[{ required: true }]}>
            <Input inputMode="numeric" />
          </Form.Item>
          <Form.Item name="terminalId" label={t('terminalId')}>
            <Input />
          </Form.Item>
          <Form.Item name="permitNumber" label={t('permitNumber')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="validity" label={t('validity')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
