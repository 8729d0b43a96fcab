import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Form, Input, InputNumber, Modal, Segmented, Select, Table, Tag, Typography } from 'antd';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { carbonMessages, type Factor } from './common.js';
import type { ItemOf } from '../../api/types.js';

type Rule = ItemOf<'/api/carbon/rules'>;
type Adoption = ItemOf<'/api/defaults/adoptions'>;
// Kept for the administrator's maintenance form only; users see the basis (依据), never these.
const CONFIDENCES = ['verified', 'recalled-high', 'recalled-medium', 'recalled-low'] as const;
type Confidence = (typeof CONFIDENCES)[number];
/** Units as printed: m3 → m³, m2 → m². */
export const unitLabel = (u: string) => u.replace(/m3\b/g, 'm³').replace(/m2\b/g, 'm²');

/** The factor library: everyone reads it; admins revise factors (new revision each time) and add grid factors. */
export function FactorLibraryPage() {
  const t = useT(carbonMessages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [kind, setKind] = useState<Factor['kind']>('material');
  const [editing, setEditing] = useState<Factor | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  const [gridForm] = Form.useForm();
  const isAdmin = me?.role === 'admin';
  // A regional regulator adopts defaults for its region; the ministry and admins read every region's decisions.
  const region = me?.role === 'regulator' ? (me.regionCode ?? null) : null;
  const [adopting, setAdopting] = useState<Factor | null>(null);
  const [adoptForm] = Form.useForm();
  const adoptions = useQuery({
    queryKey: ['default-adoptions', 'carbon_factor', region],
    queryFn: () =>
      call(
        client.GET('/api/defaults/adoptions', { params: { query: { kind: 'carbon_factor', ...(region ? { regionCode: region } : {}) } } }),
      ),
  });
  const adoptionsOf = (id: string): Adoption[] => (adoptions.data?.items ?? []).filter((a) => a.key === id);
  const adopt = async (f: Factor, value: number | null) => {
    try {
      await call(client.POST('/api/defaults/adoptions', { body: { kind: 'carbon_factor', key: f.id, value } }));
      message.success(t('adopted'));
      setAdopting(null);
      await qc.invalidateQueries({ queryKey: ['default-adoptions'] });
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  const factors = useQuery({
    queryKey: ['carbon-factors', kind],
    queryFn: () => call(client.GET('/api/carbon/factors', { params: { query: { kind } } })),
  });
  const rules = useQuery({ queryKey: ['carbon-rules'], queryFn: () => call(client.GET('/api/carbon/rules')) });
  const save = async (v: { value: number; source: string; confidence: Confidence; note?: string }) => {
    try {
      await call(client.PATCH('/api/carbon/factors/{id}', { params: { path: { id: editing!.id } }, body: { ...v, note: v.note || null } }));
      message.success(t('saved'));
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['carbon-factors'] });
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  const addGrid = async (v: { id: string; region: string; year: number; value: number; source: string; confidence: Confidence }) => {
    try {
      await call(
        client.POST('/api/carbon/factors', {
          body: {
            ...v,
            kind: 'energy',
            carrier: 'electricity',
            unit: 'kWh',
            nameZh: `电网排放因子 ${v.region} ${v.year}`,
            nameEn: `Grid factor ${v.region} ${v.year}`,
          },
        }),
      );
      setAdding(false);
      gridForm.resetFields();
      await qc.invalidateQueries({ queryKey: ['carbon-factors'] });
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  const rows = factors.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('libraryTitle')}
        extra={
          <>
            <Button
              onClick={() =>
                downloadCsv<Factor>(
                  `carbon-factors-${kind}.csv`,
                  [
                    { title: t('id'), value: (f) => f.id },
                    { title: t('name'), value: (f) => (lang === 'en' ? f.nameEn : f.nameZh) },
                    { title: t('unit'), value: (f) => unitLabel(f.unit) },
                    { title: t('value'), value: (f) => f.value },
                    { title: t('basis'), value: (f) => f.basis },
                    {
                      title: t('adoption'),
                      value: (f) =>
                        adoptionsOf(f.id)
                          .map((a) => a.label)
                          .join('；') || t('notAdopted'),
                    },
                    { title: t('revision'), value: (f) => f.revision },
                  ],
                  rows,
                )
              }
            >
              CSV
            </Button>
            {isAdmin && kind === 'energy' && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('addGrid')}
              </Button>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('libraryIntro')}
        </Typography.Paragraph>
      </PageHeader>
      <Segmented<Factor['kind']>
        style={{ marginBottom: 12 }}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'material', label: t('kindMaterial') },
          { value: 'transport', label: t('kindTransport') },
          { value: 'energy', label: t('kindEnergy') },
        ]}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Table<Factor>
          rowKey="id"
          size="small"
          loading={factors.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            { title: t('id'), dataIndex: 'id', width: 200 },
            { title: t('name'), key: 'name', render: (_, f) => (lang === 'en' ? f.nameEn : f.nameZh) },
            ...(kind === 'energy'
              ? [
                  { title: t('region'), dataIndex: 'region', width: 80 },
                  { title: t('year'), dataIndex: 'year', width: 70 },
                ]
              : []),
            { title: t('value'), dataIndex: 'value', align: 'right' as const, width: 110 },
            { title: t('unit'), dataIndex: 'unit', width: 70, render: (v: string) => unitLabel(v) },
            { title: t('basis'), dataIndex: 'basis', ellipsis: true },
            {
              title: t('adoption'),
              key: 'adoption',
              render: (_: unknown, f: Factor) => {
                const list = adoptionsOf(f.id);
                return (
                  <>
                    {list.length ? (
                      list.map((a) => (
                        <Tag key={a.id} color="green" style={{ whiteSpace: 'normal' }}>
                          {a.label}
                        </Tag>
                      ))
                    ) : (
                      <Typography.Text type="secondary">{t('notAdopted')}</Typography.Text>
                    )}
                    {region && (
                      <Button size="small" type="link" onClick={() => (setAdopting(f), adoptForm.setFieldsValue({ value: f.value }))}>
                        {t('adopt')}
                      </Button>
                    )}
                  </>
                );
              },
            },
            { title: t('revision'), dataIndex: 'revision', width: 70, render: (v: number) => `r${v}` },
            ...(isAdmin
              ? [
                  {
                    title: '',
                    key: 'edit',
                    width: 70,
                    render: (_: unknown, f: Factor) => (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => (setEditing(f), form.setFieldsValue({ value: f.value, source: f.basis }))}
                      >
                        {t('edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('rules')}>
        <Table<Rule>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rules.data?.items ?? []}
          columns={[
            { title: '#', dataIndex: 'position', width: 60 },
            { title: t('id'), dataIndex: 'id', width: 170 },
            // The matching expression is the administrator's business; everyone else sees what it maps to.
            ...(isAdmin
              ? [
                  {
                    title: t('pattern'),
                    dataIndex: 'pattern',
                    render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : '—'),
                  },
                ]
              : []),
            { title: t('ifcClasses'), dataIndex: 'ifcClasses', render: (v: string[] | null) => v?.join(', ') ?? '—' },
            { title: t('factor'), dataIndex: 'factorId', render: (v, r) => v ?? <Tag color="orange">{r.reason}</Tag> },
            { title: t('assumption'), dataIndex: 'assumption', ellipsis: true },
          ]}
        />
      </Card>
      <Modal
        open={!!editing}
        title={`${t('edit')} ${editing?.id ?? ''}`}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('save')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="value" label={`${t('value')} / ${editing?.unit ?? ''}`} rules={[{ required: true, message: t('required') }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="source" label={t('source')} rules={[{ required: true, message: t('required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="confidence" label={t('confidence')} rules={[{ required: true, message: t('required') }]}>
            <Select options={CONFIDENCES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="note" label={t('note')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!adopting}
        title={`${t('adopt')} ${adopting ? (lang === 'en' ? adopting.nameEn : adopting.nameZh) : ''}`}
        onCancel={() => setAdopting(null)}
        footer={[
          <Button key="cancel" onClick={() => setAdopting(null)}>
            {lang === 'en' ? 'Cancel' : '取消'}
          </Button>,
          <Button key="edited" onClick={() => void adopt(adopting!, adoptForm.getFieldValue('value') as number)}>
            {t('adoptEdited')}
          </Button>,
          <Button key="adopt" type="primary" onClick={() => void adopt(adopting!, null)}>
            {t('adopt')}
          </Button>,
        ]}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('basis')}：{adopting?.basis}
        </Typography.Paragraph>
        <Form form={adoptForm} layout="vertical">
          <Form.Item name="value" label={`${t('value')} / ${unitLabel(adopting?.unit ?? '')}`}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={adding}
        title={t('addGrid')}
        onCancel={() => setAdding(false)}
        onOk={() => gridForm.submit()}
        okText={t('save')}
        destroyOnHidden
      >
        <Form form={gridForm} layout="vertical" onFinish={addGrid} initialValues={{ confidence: 'verified' }}>
          <Form.Item name="id" label={t('id')} rules={[{ required: true, message: t('required') }]}>
            <Input placeholder="grid-hunan-2023" />
          </Form.Item>
          <Form.Item name="region" label={t('region')} rules={[{ required: true, message: t('required') }]}>
            <Input placeholder="hunan / CN" />
          </Form.Item>
          <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('required') }]}>
            <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="value" label={`${t('value')} / kWh`} rules={[{ required: true, message: t('required') }]}>
            <InputNumber min={0} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="source" label={t('source')} rules={[{ required: true, message: t('required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="confidence" label={t('confidence')}>
            <Select options={CONFIDENCES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
