import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { aspectLabels, aspects } from '../planning/labels.js';
import type { Practice } from './labels.js';
import type { QueryOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '经验做法库',
    add: '新增经验做法',
    editTitle: '编辑经验做法',
    titleCol: '标题',
    summary: '摘要',
    body: '做法详述',
    tags: '标签',
    aspect: '方面',
    projects: '来源项目',
    status: '状态',
    draft: '草稿',
    published: '已发布',
    publish: '发布',
    unpublish: '撤回发布',
    remove: '删除',
    evidence: '佐证材料',
    upload: '上传（PDF/图片）',
    publicSite: '公开页面',
    keyword: '关键词',
    exportCsv: '导出',
    saved: '已保存',
    publishedAt: '发布时间',
  },
  en: {
    title: 'Practice library',
    add: 'Record a practice',
    editTitle: 'Edit practice',
    titleCol: 'Title',
    summary: 'Summary',
    body: 'Details',
    tags: 'Tags',
    aspect: 'Aspect',
    projects: 'Source projects',
    status: 'Status',
    draft: 'Draft',
    published: 'Published',
    publish: 'Publish',
    unpublish: 'Unpublish',
    remove: 'Delete',
    evidence: 'Evidence',
    upload: 'Upload (PDF / image)',
    publicSite: 'Public page',
    keyword: 'Keyword',
    exportCsv: 'Export',
    saved: 'Saved',
    publishedAt: 'Published',
  },
};

/** Regulators record replicable practices (可复制推广经验) with tags, evidence and source projects, and publish them. */
export function PracticesPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const qc = useQueryClient();
  const { message, notification } = AntApp.useApp();
  const [filters, setFilters] = useState<QueryOf<'/api/practices'>>({});
  const [editing, setEditing] = useState<Practice | 'new' | null>(null);
  const [form] = Form.useForm();
  const list = useQuery({
    queryKey: ['practices', filters],
    queryFn: () => call(client.GET('/api/practices', { params: { query: filters } })),
  });
  const tags = useQuery({ queryKey: ['practices', 'tags'], queryFn: () => call(client.GET('/api/practices/tags')) });
  const projects = useQuery({
    queryKey: ['practices', 'projects'],
    queryFn: () => call(client.GET('/api/projects', { params: { query: { pageSize: 500 } } })),
  });
  const formRegion = Form.useWatch('regionCode', form) as string | undefined;
  const fail = (e: unknown) => notification.error({ message: e instanceof ApiError ? e.describe() : String(e) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['practices'] });

  const open = (p: Practice | 'new') => {
    form.resetFields();
    form.setFieldsValue(p === 'new' ? { regionCode: me?.regionCode ?? undefined, tags: [], sourceProjectIds: [] } : { ...p });
    setEditing(p);
  };
  const save = async () => {
    const v = await validFields(form);
    if (!v) return;
    try {
      const body = {
        title: v.title,
        summary: v.summary,
        body: v.body ?? '',
        tags: v.tags ?? [],
        aspect: v.aspect ?? null,
        sourceProjectIds: v.sourceProjectIds ?? [],
      };
      if (editing === 'new') await call(client.POST('/api/practices', { body: { ...body, regionCode: v.regionCode } }));
      else if (editing) await call(client.PATCH('/api/practices/{id}', { params: { path: { id: editing.id } }, body: body }));
      message.success(t('saved'));
      setEditing(null);
      refresh();
    } catch (e) {
      fail(e);
    }
  };
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      refresh();
    } catch (e) {
      fail(e);
    }
  };
  const upload = async (p: Practice, file: File) => {
    await act(() =>
      call(client.POST('/api/practices/{id}/attachments', { params: { path: { id: p.id } }, body: { file }, bodySerializer: formData })),
    );
  };

  const regionForProjects = editing === 'new' ? (formRegion ?? me?.regionCode) : editing ? editing.regionCode : undefined;
  const projectOptions = (projects.data?.items ?? [])
    .filter((p) => !regionForProjects || p.regionCode === regionForProjects)
    .map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Link to="/public/practices" target="_blank">
              {t('publicSite')}
            </Link>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  `经验做法库-${dayjs().format('YYYY-MM-DD')}.csv`,
                  [
                    { title: t('titleCol'), value: (p: Practice) => p.title },
                    { title: c('region'), value: (p) => p.regionName },
                    { title: t('aspect'), value: (p) => (p.aspect ? aspectLabels[lang][p.aspect] : '') },
                    { title: t('tags'), value: (p) => p.tags.join('、') },
                    { title: t('projects'), value: (p) => p.projects.map((x) => x.name).join('、') },
                    { title: t('status'), value: (p) => t(p.status) },
                    { title: t('publishedAt'), value: (p) => (p.publishedAt ? dayjs(p.publishedAt).format('YYYY-MM-DD') : '') },
                    { title: t('summary'), value: (p) => p.summary },
                  ],
                  items,
                )
              }
            >
              {t('exportCsv')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="practice-add">
              {t('add')}
            </Button>
          </>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('status')}
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status) => setFilters({ ...filters, status })}
            options={[
              { value: 'draft', label: t('draft') },
              { value: 'published', label: t('published') },
            ]}
          />
          {!me?.regionCode && (
            <Select
              allowClear
              placeholder={c('region')}
              style={{ width: 140 }}
              value={filters.regionCode}
              onChange={(regionCode) => setFilters({ ...filters, regionCode })}
              options={regions.options}
            />
          )}
          <Select
            allowClear
            placeholder={t('aspect')}
            style={{ width: 130 }}
            value={filters.aspect}
            onChange={(aspect) => setFilters({ ...filters, aspect })}
            options={aspects.map((a) => ({ value: a, label: aspectLabels[lang][a] }))}
          />
          <Select
            allowClear
            showSearch
            placeholder={t('tags')}
            style={{ width: 160 }}
            value={filters.tag}
            onChange={(tag) => setFilters({ ...filters, tag })}
            options={(tags.data?.items ?? []).map((x) => ({ value: x, label: x }))}
          />
          <Input.Search allowClear placeholder={t('keyword')} style={{ width: 220 }} onSearch={(q) => setFilters({ ...filters, q })} />
        </Space>
        <Table<Practice>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          pagination={{ pageSize: 20, showTotal: (n) => c('total', { n }) }}
          data-testid="practices-table"
          expandable={{
            expandedRowRender: (p) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.body}</Typography.Paragraph>
                <Space wrap>
                  <Typography.Text strong>{t('evidence')}:</Typography.Text>
                  {p.attachments.map((a) => (
                    <Space key={a.id} size={4}>
                      <a href={`/api/practices/${p.id}/attachments/${a.id}`}>{a.fileName}</a>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() =>
                          act(() =>
                            call(
                              client.DELETE('/api/practices/{id}/attachments/{attachmentId}', {
                                params: { path: { id: p.id, attachmentId: a.id } },
                              }),
                            ),
                          )
                        }
                      />
                    </Space>
                  ))}
                  <Upload accept=".pdf,.png,.jpg,.jpeg,.webp" showUploadList={false} beforeUpload={(f) => (upload(p, f), false)}>
                    <Button size="small" icon={<UploadOutlined />} data-testid={`practice-upload-${p.id}`}>
                      {t('upload')}
                    </Button>
                  </Upload>
                </Space>
              </Space>
            ),
          }}
          columns={[
            {
              title: t('titleCol'),
              dataIndex: 'title',
              render: (v: string, p) => (
                <>
                  <Typography.Text strong>{v}</Typography.Text>
                  <div style={{ color: '#888', fontSize: 12 }}>{p.summary}</div>
                </>
              ),
            },
            { title: c('region'), dataIndex: 'regionName', width: 90 },
            { title: t('aspect'), dataIndex: 'aspect', width: 100, render: (a: Practice['aspect']) => (a ? aspectLabels[lang][a] : '—') },
            { title: t('tags'), dataIndex: 'tags', width: 200, render: (ts: string[]) => ts.map((x) => <Tag key={x}>{x}</Tag>) },
            {
              title: t('projects'),
              dataIndex: 'projects',
              width: 200,
              render: (ps: Practice['projects']) =>
                ps.map((p) => (
                  <div key={p.id}>
                    <Link to={`/projects/${p.id}`}>{p.name}</Link>
                  </div>
                )),
            },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 90,
              render: (s: Practice['status']) => <Tag color={s === 'published' ? 'green' : 'default'}>{t(s)}</Tag>,
            },
            {
              title: c('actions'),
              key: 'ops',
              width: 220,
              render: (_: unknown, p) => (
                <Space wrap>
                  <Button size="small" onClick={() => open(p)} data-testid={`practice-edit-${p.id}`}>
                    {c('edit')}
                  </Button>
                  {p.status === 'draft' ? (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => act(() => call(client.POST('/api/practices/{id}/publish', { params: { path: { id: p.id } } })))}
                      data-testid={`practice-publish-${p.id}`}
                    >
                      {t('publish')}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      onClick={() => act(() => call(client.POST('/api/practices/{id}/unpublish', { params: { path: { id: p.id } } })))}
                    >
                      {t('unpublish')}
                    </Button>
                  )}
                  {p.status === 'draft' && (
                    <Popconfirm
                      title={t('remove')}
                      onConfirm={() => act(() => call(client.DELETE('/api/practices/{id}', { params: { path: { id: p.id } } })))}
                    >
                      <Button size="small" danger>
                        {t('remove')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        width={720}
        open={!!editing}
        title={editing === 'new' ? t('add') : t('editTitle')}
        onCancel={() => setEditing(null)}
        onOk={save}
        okButtonProps={{ 'data-testid': 'practice-save' } as never}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical">
          {editing === 'new' && !me?.regionCode && (
            <Form.Item name="regionCode" label={c('region')} rules={[{ required: true }]}>
              <Select options={regions.options} />
            </Form.Item>
          )}
          <Form.Item name="title" label={t('titleCol')} rules={[{ required: true }]}>
            <Input maxLength={200} data-testid="practice-title" />
          </Form.Item>
          <Form.Item name="summary" label={t('summary')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="practice-summary" />
          </Form.Item>
          <Form.Item name="body" label={t('body')}>
            <Input.TextArea rows={6} maxLength={20000} />
          </Form.Item>
          <Space align="start" wrap>
            <Form.Item name="aspect" label={t('aspect')}>
              <Select allowClear style={{ width: 160 }} options={aspects.map((a) => ({ value: a, label: aspectLabels[lang][a] }))} />
            </Form.Item>
            <Form.Item name="tags" label={t('tags')}>
              <Select mode="tags" style={{ width: 420 }} options={(tags.data?.items ?? []).map((x) => ({ value: x, label: x }))} />
            </Form.Item>
          </Space>
          <Form.Item name="sourceProjectIds" label={t('projects')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={projectOptions} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
