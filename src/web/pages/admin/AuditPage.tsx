import { Button, Card, DatePicker, Descriptions, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { query } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common, roleLabels } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import type { ItemOf } from '../../api/types.js';
import { chinaTime } from '../../components/chinaTime.js';

type AuditEntry = ItemOf<'/api/audit'>;

const messages = {
  'zh-CN': {
    title: '审计日志',
    at: '时间',
    actor: '操作人',
    action: '操作',
    entity: '对象',
    field: '字段',
    before: '变更前',
    after: '变更后',
    keyword: '关键词',
    period: '时间范围',
    noChange: '无字段变更',
  },
  en: {
    title: 'Audit log',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    entity: 'Object',
    field: 'Field',
    before: 'Before',
    after: 'After',
    keyword: 'Keyword',
    period: 'Period',
    noChange: 'No field changes',
  },
};

// Readable names for the actions the platform records; unknown actions show their code.
const actionLabels: Record<string, { 'zh-CN': string; en: string }> = {
  'auth.login': { 'zh-CN': '登录', en: 'Sign in' },
  'auth.login_failed': { 'zh-CN': '登录失败', en: 'Failed sign-in' },
  'auth.logout': { 'zh-CN': '退出', en: 'Sign out' },
  'user.create': { 'zh-CN': '新建用户', en: 'Create user' },
  'user.update': { 'zh-CN': '修改用户', en: 'Update user' },
  'user.password_change': { 'zh-CN': '修改密码', en: 'Change password' },
  'user.password_reset': { 'zh-CN': '重置密码', en: 'Reset password' },
  'organisation.create': { 'zh-CN': '新建单位', en: 'Create organisation' },
  'organisation.update': { 'zh-CN': '修改单位', en: 'Update organisation' },
  'token.create': { 'zh-CN': '创建令牌', en: 'Create token' },
  'token.revoke': { 'zh-CN': '吊销令牌', en: 'Revoke token' },
  'token.revoke_all': { 'zh-CN': '吊销该用户全部令牌', en: 'Revoke all of the user’s tokens' },
};

export function AuditPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const regions = useRegions();
  const list = useList('/api/audit', {});

  function onSearch(v: { q?: string; action?: string; actor?: string; regionCode?: string; period?: [Dayjs, Dayjs] }) {
    list.search({
      q: v.q,
      action: v.action,
      actor: v.actor,
      regionCode: v.regionCode,
      from: v.period?.[0]?.startOf('day').toISOString(),
      to: v.period?.[1]?.endOf('day').toISOString(),
    });
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button icon={<DownloadOutlined />} href={`/api/audit/export.xlsx${query(list.filters)}`}>
            {c('export')}
          </Button>
        }
      />
      <Card>
        <Form layout="inline" onFinish={onSearch} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="q">
            <Input placeholder={t('keyword')} allowClear data-testid="audit-q" />
          </Form.Item>
          <Form.Item name="action">
            <Select
              placeholder={t('action')}
              allowClear
              style={{ width: 160 }}
              options={Object.entries(actionLabels).map(([value, l]) => ({ value, label: l[lang] }))}
            />
          </Form.Item>
          <Form.Item name="actor">
            <Input placeholder={t('actor')} allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="regionCode">
            <Select placeholder={c('region')} allowClear style={{ width: 120 }} options={regions.options} />
          </Form.Item>
          <Form.Item name="period">
            <DatePicker.RangePicker />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {c('search')}
          </Button>
        </Form>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          dataSource={list.data?.items}
          loading={list.loading}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          expandable={{ expandedRowRender: (e) => <ChangeTable entry={e} />, rowExpandable: (e) => !!(e.before || e.after) }}
          columns={[
            { title: t('at'), dataIndex: 'at', width: 180, render: (v: string) => chinaTime(v, lang) },
            {
              title: t('actor'),
              dataIndex: 'actorName',
              render: (v: string, e) => (
                <>
                  {v} {e.actorRole && <Tag>{roleLabels[lang][e.actorRole as 'admin'] ?? e.actorRole}</Tag>}
                </>
              ),
            },
            { title: t('action'), dataIndex: 'actionLabel' },
            {
              title: t('entity'),
              key: 'entity',
              render: (_: unknown, e) => (
                <Typography.Text type="secondary">
                  {e.entityLabel}
                  {e.entityId ? ` · ${e.entityId.slice(0, 8)}` : ''}
                </Typography.Text>
              ),
            },
            { title: c('region'), dataIndex: 'regionCode', render: (r: string | null) => regions.name(r) },
            { title: 'IP', dataIndex: 'ip' },
          ]}
        />
      </Card>
    </>
  );
}

/** Shows only the fields that changed, side by side. */
function ChangeTable({ entry }: { entry: AuditEntry }) {
  // Audit rows keep each entity's own columns, so before/after are free-form objects in the document.
  const before = entry.before as Record<string, unknown> | null;
  const after = entry.after as Record<string, unknown> | null;
  const t = useT(messages);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (k) => !['updatedAt', 'createdAt'].includes(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]),
  );
  if (!keys.length) return <Typography.Text type="secondary">{t('noChange')}</Typography.Text>;
  const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return (
    <Descriptions size="small" bordered column={1} data-testid="audit-changes">
      {keys.map((k) => (
        <Descriptions.Item key={k} label={k}>
          {before ? (
            <Typography.Text delete type="secondary">
              {show(before[k])}
            </Typography.Text>
          ) : null}
          {before && after ? ' → ' : ''}
          {after ? <Typography.Text strong>{show(after[k])}</Typography.Text> : null}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
