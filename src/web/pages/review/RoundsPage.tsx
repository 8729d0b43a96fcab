import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App as AntApp, Badge, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { roundStatusLabels, type Round } from './types.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '申报批次',
    newRound: '新建批次',
    editRound: '编辑批次与评分标准',
    roundTitle: '批次名称',
    status: '状态',
    closesOn: '截止日期',
    applications: '申报数',
    criteria: '评分标准',
    criterion: '评分项',
    maxScore: '满分',
    addCriterion: '添加评分项',
    open: '开放申报',
    close: '截止申报',
    reopen: '重新开放',
    total: '满分合计 {n}',
  },
  en: {
    title: 'Application rounds',
    newRound: 'New round',
    editRound: 'Edit round and criteria',
    roundTitle: 'Round',
    status: 'Status',
    closesOn: 'Closes on',
    applications: 'Applications',
    criteria: 'Scoring criteria',
    criterion: 'Criterion',
    maxScore: 'Max score',
    addCriterion: 'Add criterion',
    open: 'Open',
    close: 'Close',
    reopen: 'Reopen',
    total: 'Total {n}',
  },
};

export function RoundsPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const regions = useRegions();
  const { message } = AntApp.useApp();
  const q = useQuery({ queryKey: ['rounds'], queryFn: () => call(client.GET('/api/rounds')) });
  const [editing, setEditing] = useState<Round | 'new' | null>(null);

  async function step(r: Round, action: 'open' | 'close') {
    try {
      await call(client.POST(action === 'open' ? '/api/rounds/{id}/open' : '/api/rounds/{id}/close', { params: { path: { id: r.id } } }));
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-round">
            {t('newRound')}
          </Button>
        }
      />
      <Card>
        <Table<Round>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items}
          pagination={false}
          expandable={{
            expandedRowRender: (r) => (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={r.criteria}
                columns={[
                  { title: '#', dataIndex: 'seq', width: 50 },
                  { title: t('criterion'), dataIndex: 'name' },
                  { title: '', dataIndex: 'description' },
                  { title: t('maxScore'), dataIndex: 'maxScore', width: 80 },
                ]}
              />
            ),
          }}
          columns={[
            { title: t('roundTitle'), dataIndex: 'title' },
            { title: c('region'), dataIndex: 'regionCode', width: 90, render: (v: string) => regions.name(v) },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 110,
              render: (s: Round['status']) => (
                <Badge status={s === 'open' ? 'processing' : s === 'closed' ? 'default' : 'warning'} text={roundStatusLabels[lang][s]} />
              ),
            },
            { title: t('closesOn'), dataIndex: 'closesOn', width: 110 },
            { title: t('applications'), dataIndex: 'applications', width: 80, align: 'right' },
            { title: t('criteria'), key: 'criteria', width: 120, render: (_: unknown, r) => t('total', { n: r.maxTotal }) },
            {
              title: c('actions'),
              key: 'a',
              width: 220,
              render: (_: unknown, r) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(r)}>
                    {c('edit')}
                  </Button>
                  {r.status !== 'open' ? (
                    <Button size="small" type="primary" onClick={() => step(r, 'open')} data-testid={`open-round-${r.id}`}>
                      {r.status === 'draft' ? t('open') : t('reopen')}
                    </Button>
                  ) : (
                    <Button size="small" onClick={() => step(r, 'close')}>
                      {t('close')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <RoundForm
          round={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => (setEditing(null), message.success(c('saved')), void q.refetch())}
        />
      )}
    </>
  );
}

function RoundForm({ round, onClose, onSaved }: { round: Round | null; onClose(): void; onSaved(): void }) {
  const t = useT(messages);
  const c = useT(common);
  const { me } = useAuth();
  const regions = useRegions();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    const body = { title: v.title, closesOn: v.closesOn ? v.closesOn.format('YYYY-MM-DD') : null, criteria: v.criteria };
    setSaving(true);
    try {
      if (round) await call(client.PATCH('/api/rounds/{id}', { params: { path: { id: round.id } }, body: body }));
      else
        await call(
          client.POST('/api/rounds', {
            body: { ...body, regionCode: v.regionCode, criteria: v.criteria?.length ? v.criteria : undefined },
          }),
        );
      onSaved();
    } catch (e) {
      if (e instanceof ApiError)
        form.setFields(
          e.details.map((d) => ({
            name: d.path ? d.path.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)) : 'title',
            errors: [d.message],
          })),
        );
    } finally {
      setSaving(false);
    }
  }
  const initial = round
    ? {
        title: round.title,
        closesOn: round.closesOn ? dayjs(round.closesOn) : null,
        criteria: round.criteria.map(({ name, description, maxScore }) => ({ name, description, maxScore })),
        regionCode: round.regionCode,
      }
    : { regionCode: me?.regionCode ?? undefined, criteria: [] };
  return (
    <Modal
      open
      width={720}
      title={round ? t('editRound') : t('newRound')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okText={c('save')}
      cancelText={c('cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="title" label={t('roundTitle')} rules={[{ required: true, min: 2 }]}>
          <Input data-testid="round-title" />
        </Form.Item>
        <Space>
          <Form.Item name="regionCode" label={c('region')} rules={[{ required: true }]}>
            <Select style={{ width: 160 }} options={regions.options} disabled={!!round || !!me?.regionCode} />
          </Form.Item>
          <Form.Item name="closesOn" label={t('closesOn')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('criterion')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']}>
                    <Input placeholder="说明" style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'maxScore']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={1000} placeholder={t('maxScore')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ maxScore: 10 })} icon={<PlusOutlined />}>
                {t('addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
