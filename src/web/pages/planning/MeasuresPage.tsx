import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import type { QueryOf } from '../../api/types.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { aspectLabels, aspects, stageLabels, stages, type Measure, type Stage } from './labels.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '绿色策划措施库',
    add: '新增措施',
    editTitle: '修改措施',
    code: '编号',
    codeHint: '留空自动编号',
    aspect: '方面',
    titleCol: '措施',
    description: '说明',
    source: '依据',
    stage: '默认阶段',
    scope: '适用范围',
    national: '全国',
    active: '启用',
    inactive: '已停用',
    showInactive: '显示已停用',
    keyword: '关键词',
    exportCsv: '导出',
    saved: '已保存',
  },
  en: {
    title: 'Measure library',
    add: 'Add measure',
    editTitle: 'Edit measure',
    code: 'Code',
    codeHint: 'Leave empty to number automatically',
    aspect: 'Aspect',
    titleCol: 'Measure',
    description: 'Description',
    source: 'Source',
    stage: 'Default stage',
    scope: 'Scope',
    national: 'National',
    active: 'Active',
    inactive: 'Retired',
    showInactive: 'Show retired',
    keyword: 'Keyword',
    exportCsv: 'Export',
    saved: 'Saved',
  },
};

/** 措施库: national defaults (from the pilot plan's tasks) plus each region's own measures; regulators maintain their region's. */
export function MeasuresPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const qc = useQueryClient();
  const { message, notification } = AntApp.useApp();
  const [aspect, setAspect] = useState<QueryOf<'/api/planning/measures'>['aspect']>();
  const [region, setRegion] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [inactive, setInactive] = useState(false);
  const [editing, setEditing] = useState<Measure | 'new' | null>(null);
  const [form] = Form.useForm();
  const manager = me?.role === 'admin' || me?.role === 'regulator';
  const key = ['planning', 'measures', 'admin', aspect, region, q, inactive];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      call(
        client.GET('/api/planning/measures', {
          params: { query: { aspect, regionCode: region, q, includeInactive: inactive ? '1' : undefined } },
        }),
      ),
  });
  const canEdit = (m: Measure) => manager && (me?.role === 'admin' || !me?.regionCode || m.regionCode === me.regionCode);

  const open = (m: Measure | 'new') => {
    form.resetFields();
    if (m !== 'new') form.setFieldsValue(m);
    else form.setFieldsValue({ regionCode: me?.regionCode ?? null });
    setEditing(m);
  };
  const save = async () => {
    const v = await validFields(form);
    if (!v) return;
    try {
      if (editing === 'new') await call(client.POST('/api/planning/measures', { body: { ...v, code: v.code || undefined } }));
      else if (editing)
        await call(
          client.PATCH('/api/planning/measures/{id}', {
            params: { path: { id: editing.id } },
            body: {
              aspect: v.aspect,
              title: v.title,
              description: v.description || null,
              source: v.source || null,
              defaultStage: v.defaultStage ?? null,
            },
          }),
        );
      message.success(t('saved'));
      setEditing(null);
      qc.invalidateQueries({ queryKey: ['planning', 'measures'] });
    } catch (e) {
      notification.error({ message: e instanceof ApiError ? e.describe() : String(e) });
    }
  };
  const toggle = async (m: Measure, active: boolean) => {
    try {
      await call(client.PATCH('/api/planning/measures/{id}', { params: { path: { id: m.id } }, body: { active } }));
      qc.invalidateQueries({ queryKey: ['planning', 'measures'] });
    } catch (e) {
      notification.error({ message: e instanceof ApiError ? e.describe() : String(e) });
    }
  };

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  `措施库-${dayjs().format('YYYY-MM-DD')}.csv`,
                  [
                    { title: t('code'), value: (m: Measure) => m.code },
                    { title: t('aspect'), value: (m) => aspectLabels[lang][m.aspect] },
                    { title: t('titleCol'), value: (m) => m.title },
                    { title: t('description'), value: (m) => m.description },
                    { title: t('source'), value: (m) => m.source },
                    { title: t('stage'), value: (m) => (m.defaultStage ? stageLabels[lang][m.defaultStage as Stage] : '') },
                    { title: t('scope'), value: (m) => (m.regionCode ? regions.name(m.regionCode) : t('national')) },
                    { title: t('active'), value: (m) => (m.active ? c('yes') : c('no')) },
                  ],
                  items,
                )
              }
            >
              {t('exportCsv')}
            </Button>
            {manager && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="measure-add">
                {t('add')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('aspect')}
            style={{ width: 140 }}
            value={aspect}
            onChange={setAspect}
            options={aspects.map((a) => ({ value: a, label: aspectLabels[lang][a] }))}
          />
          {!me?.regionCode && (
            <Select
              allowClear
              placeholder={c('region')}
              style={{ width: 140 }}
              value={region}
              onChange={setRegion}
              options={regions.options}
            />
          )}
          <Input.Search allowClear placeholder={t('keyword')} style={{ width: 220 }} onSearch={setQ} />
          <Space>
            <Switch size="small" checked={inactive} onChange={setInactive} />
            {t('showInactive')}
          </Space>
        </Space>
        <Table<Measure>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          pagination={{ pageSize: 50, showTotal: (n) => c('total', { n }) }}
          data-testid="measures-table"
          columns={[
            { title: t('code'), dataIndex: 'code', width: 130 },
            { title: t('aspect'), dataIndex: 'aspect', width: 100, render: (a: Measure['aspect']) => aspectLabels[lang][a] },
            {
              title: t('titleCol'),
              dataIndex: 'title',
              render: (v: string, m) => (
                <>
                  {v} {!m.active && <Tag>{t('inactive')}</Tag>}
                  <div style={{ color: '#888', fontSize: 12 }}>{m.description}</div>
                </>
              ),
            },
            { title: t('source'), dataIndex: 'source', width: 220 },
            {
              title: t('stage'),
              dataIndex: 'defaultStage',
              width: 90,
              render: (s: Measure['defaultStage']) => (s ? stageLabels[lang][s as Stage] : '—'),
            },
            {
              title: t('scope'),
              dataIndex: 'regionCode',
              width: 100,
              render: (r: string | null) => (r ? <Tag color="blue">{regions.name(r)}</Tag> : <Tag>{t('national')}</Tag>),
            },
            {
              title: c('actions'),
              key: 'ops',
              width: 150,
              render: (_: unknown, m) =>
                canEdit(m) ? (
                  <Space>
                    <Button size="small" onClick={() => open(m)}>
                      {c('edit')}
                    </Button>
                    <Switch size="small" checked={m.active} onChange={(v) => toggle(m, v)} />
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('add') : t('editTitle')}
        onCancel={() => setEditing(null)}
        onOk={save}
        okButtonProps={{ 'data-testid': 'measure-save' } as never}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical">
          {editing === 'new' && (
            <Space align="start" wrap>
              <Form.Item name="regionCode" label={t('scope')}>
                <Select
                  style={{ width: 160 }}
                  disabled={!!me?.regionCode}
                  allowClear
                  placeholder={t('national')}
                  options={regions.options}
                />
              </Form.Item>
              <Form.Item name="code" label={t('code')} extra={t('codeHint')}>
                <Input style={{ width: 180 }} maxLength={40} />
              </Form.Item>
            </Space>
          )}
          <Form.Item name="aspect" label={t('aspect')} rules={[{ required: true }]}>
            <Select options={aspects.map((a) => ({ value: a, label: aspectLabels[lang][a] }))} />
          </Form.Item>
          <Form.Item name="title" label={t('titleCol')} rules={[{ required: true }]}>
            <Input maxLength={200} data-testid="measure-title" />
          </Form.Item>
          <Form.Item name="description" label={t('description')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="source" label={t('source')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="defaultStage" label={t('stage')}>
            <Select allowClear options={stages.map((s) => ({ value: s, label: stageLabels[lang][s] }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
