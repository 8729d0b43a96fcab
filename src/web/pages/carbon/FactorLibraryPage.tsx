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
const CONFIDENCE_COLOUR: Record<string, string> = {
  verified: 'green',
  'recalled-high': 'blue',
  'recalled-medium': 'gold',
  'recalled-low': 'red',
};

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
  const factors = useQuery({
    queryKey: ['carbon-factors', kind],
    queryFn: () => call(client.GET('/api/carbon/factors', { params: { query: { kind } } })),
  });
  const rules = useQuery({ queryKey: ['carbon-rules'], queryFn: () => call(client.GET('/api/carbon/rules')) });
  const save = async (v: { value: number; source: string; confidence: Factor['confidence']; note?: string }) => {
    try {
      await call(client.PATCH('/api/carbon/factors/{id}', { params: { path: { id: editing!.id } }, body: { ...v, note: v.note || null } }));
      message.success(t('saved'));
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['carbon-factors'] });
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  const addGrid = async (v: {
    id: string;
    region: string;
    year: number;
    value: number;
    source: string;
    confidence: Factor['confidence'];
  }) => {
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
                    { title: t('unit'), value: (f) => f.unit },
                    { title: t('value'), value: (f) => f.value },
                    { title: t('source'), value: (f) => f.source },
                    { title: t('confidence'), value: (f) => f.confidence },
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
            { title: t('unit'), dataIndex: 'unit', width: 70 },
            {
              title: t('confidence'),
              dataIndex: 'confidence',
              width: 130,
              render: (v: string) => <Tag color={CONFIDENCE_COLOUR[v]}>{v}</Tag>,
            },
            { title: t('source'), dataIndex: 'source', ellipsis: true },
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
                        onClick={() => (
                          setEditing(f),
                          form.setFieldsValue({ value: f.value, source: f.source, confidence: f.confidence, note: f.note })
                        )}
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
            { title: t('pattern'), dataIndex: 'pattern', render: (v) => (v ? <Typography.Text code>{v}</Typography.Text> : '—') },
            { title: t('ifcClasses'), dataIndex: 'ifcClasses', render: (v: string[] | null) => v?.join(', ') ?? '—' },
            { title: t('factor'), dataIndex: 'factorId', render: (v, r) => v ?? <Tag color="red">{r.reason}</Tag> },
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
            <Select options={Object.keys(CONFIDENCE_COLOUR).map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="note" label={t('note')}>
            <Input />
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
            <Select options={Object.keys(CONFIDENCE_COLOUR).map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
