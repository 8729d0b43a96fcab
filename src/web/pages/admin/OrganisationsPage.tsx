import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common, organisationKindLabels } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import type { ItemOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';

type OrganisationKind = Organisation['kind'];
type Organisation = ItemOf<'/api/organisations'>;

const messages = {
  'zh-CN': {
    title: '单位管理',
    name: '单位名称',
    kind: '单位类型',
    creditCode: '统一社会信用代码',
    newOrg: '新建单位',
    editOrg: '编辑单位',
    keyword: '单位名称',
  },
  en: {
    title: 'Organisations',
    name: 'Name',
    kind: 'Kind',
    creditCode: 'Unified social credit code',
    newOrg: 'New organisation',
    editOrg: 'Edit organisation',
    keyword: 'Name',
  },
};

export function OrganisationsPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const regions = useRegions();
  const list = useList('/api/organisations', {});
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const isAdmin = me?.role === 'admin';
  const kindOptions = Object.entries(organisationKindLabels[lang]).map(([value, label]) => ({ value, label }));

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
                  'organisations.csv',
                  [
                    { title: t('name'), value: (o: Organisation) => o.name },
                    { title: t('kind'), value: (o) => organisationKindLabels[lang][o.kind] },
                    { title: c('region'), value: (o) => regions.name(o.regionCode) },
                    { title: t('creditCode'), value: (o) => o.creditCode },
                  ],
                  list.data?.items ?? [],
                )
              }
            >
              CSV
            </Button>
            {isAdmin && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('newOrg')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Form layout="inline" onFinish={(v) => list.search(v)} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="q">
            <Input placeholder={t('keyword')} allowClear />
          </Form.Item>
          <Form.Item name="kind">
            <Select placeholder={t('kind')} allowClear style={{ width: 180 }} options={kindOptions} />
          </Form.Item>
          <Form.Item name="regionCode">
            <Select placeholder={c('region')} allowClear style={{ width: 140 }} options={regions.options} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {c('search')}
          </Button>
        </Form>
        <Table<Organisation>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items}
          loading={list.loading}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            {
              title: t('name'),
              dataIndex: 'name',
              render: (v: string, o) => (
                <Space>
                  {v}
                  {o.isDemo && <Tag>{c('demo')}</Tag>}
                </Space>
              ),
            },
            { title: t('kind'), dataIndex: 'kind', render: (k: OrganisationKind) => organisationKindLabels[lang][k] },
            { title: c('region'), dataIndex: 'regionCode', render: (r: string | null) => regions.name(r) },
            { title: t('creditCode'), dataIndex: 'creditCode' },
            ...(isAdmin
              ? [
                  {
                    title: c('actions'),
                    key: 'a',
                    render: (_: unknown, o: Organisation) => (
                      <Button size="small" onClick={() => setEditing(o)}>
                        {c('edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <OrganisationForm
          organisation={editing === 'new' ? null : editing}
          kindOptions={kindOptions}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(c('saved'));
            setEditing(null);
            void list.refetch();
          }}
        />
      )}
    </>
  );
}

function OrganisationForm(props: {
  organisation: Organisation | null;
  kindOptions: Array<{ value: string; label: string }>;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT(messages);
  const c = useT(common);
  const regions = useRegions();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    const body = { ...v, regionCode: v.regionCode ?? null, creditCode: v.creditCode || null };
    setSaving(true);
    try {
      if (props.organisation)
        await call(client.PATCH('/api/organisations/{id}', { params: { path: { id: props.organisation.id } }, body: body }));
      else await call(client.POST('/api/organisations', { body: body }));
      props.onSaved();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.details.map((d) => ({ name: d.path || 'name', errors: [d.message] })));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open
      title={props.organisation ? t('editOrg') : t('newOrg')}
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={saving}
      okText={c('save')}
      cancelText={c('cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={props.organisation ?? { kind: 'enterprise' }}>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Select options={props.kindOptions} />
        </Form.Item>
        <Form.Item name="regionCode" label={c('region')}>
          <Select allowClear options={regions.options} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('creditCode')}>
          <Input maxLength={18} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
