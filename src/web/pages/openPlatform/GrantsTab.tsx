import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Table,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import type { ItemOf } from '../../api/types.js';

type Grant = ItemOf<'/api/grants'>;
const DATASETS = ['site', 'waste', 'carbon', 'bim', 'quality', 'evaluation'] as const;

const messages = {
  'zh-CN': {
    intro:
      '项目的建设单位或 EPC 牵头单位可以把项目的指定数据集授权给另一单位只读（如银行贷后监测、设计院复核），可设有效期，须说明用途；对方只能看到授权的数据集，每次访问都有记录，可随时撤销，下一次请求即生效。',
    given: '我授出的',
    received: '我获得的',
    all: '本地区全部',
    emptyGiven: '还没有授出数据。点击“新建授权”，选择项目、对方单位和数据集。',
    emptyReceived: '还没有其他单位向贵单位授权数据。',
    newGrant: '新建授权',
    project: '项目',
    grantor: '授权单位',
    grantee: '被授权单位',
    datasets: '数据集',
    purpose: '用途',
    until: '有效期至',
    forever: '长期',
    status: '状态',
    active: '有效',
    expired: '已到期',
    revoked: '已撤销',
    accesses: '访问记录',
    revoke: '撤销',
    revokeConfirm: '撤销后对方立即无法再读取这些数据，确定吗？',
    pickOrg: '搜索单位名称',
    at: '时间',
    who: '访问者',
    via: '方式',
    route: '接口',
    session: '网页登录',
    token: 'API 令牌',
    application: '开放平台应用',
    noAccess: '暂无访问记录',
    site: '现场监测读数',
    waste: '建筑垃圾与联单',
    carbon: '碳排放',
    bim: 'BIM 工程量',
    quality: '质量追溯记录',
    evaluation: '评价结果',
  },
  en: {
    intro:
      'A project’s owner or EPC lead can give another organisation read access to named datasets of the project (a bank monitoring its loan, a design institute reviewing), optionally until a date, for a stated purpose. The grantee sees exactly those datasets, every access is logged, and a revoke takes effect on the next request.',
    given: 'Given',
    received: 'Received',
    all: 'All in my region',
    emptyGiven: 'Nothing granted yet. Click “New grant” and choose a project, an organisation and datasets.',
    emptyReceived: 'No organisation has shared data with yours yet.',
    newGrant: 'New grant',
    project: 'Project',
    grantor: 'Grantor',
    grantee: 'Grantee',
    datasets: 'Datasets',
    purpose: 'Purpose',
    until: 'Valid until',
    forever: 'No end date',
    status: 'Status',
    active: 'Active',
    expired: 'Expired',
    revoked: 'Revoked',
    accesses: 'Access log',
    revoke: 'Revoke',
    revokeConfirm: 'The grantee loses access to this data at once. Revoke?',
    pickOrg: 'Search organisations by name',
    at: 'Time',
    who: 'Who',
    via: 'Via',
    route: 'Endpoint',
    session: 'Web sign-in',
    token: 'API token',
    application: 'Partner application',
    noAccess: 'No access yet',
    site: 'Site readings',
    waste: 'Waste and manifests',
    carbon: 'Carbon',
    bim: 'BIM take-off',
    quality: 'Quality records',
    evaluation: 'Evaluation results',
  },
};

/** 开放平台 → 数据共享: grants given and received, with their access logs; regulators see their region's grants. */
export function GrantsTab() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const [direction, setDirection] = useState<'given' | 'received' | 'all'>(staff ? 'all' : 'given');
  const [page, setPage] = useState(1);
  const grants = useQuery({
    queryKey: ['/api/grants', direction, page],
    queryFn: () => call(client.GET('/api/grants', { params: { query: { direction, page, pageSize: 20 } } })),
  });
  const [open, setOpen] = useState(false);
  const [orgQuery, setOrgQuery] = useState('');
  const [logOf, setLogOf] = useState<Grant | null>(null);
  const [form] = Form.useForm();
  const orgs = useQuery({
    queryKey: ['/api/grants/organisations', orgQuery],
    enabled: open,
    queryFn: () => call(client.GET('/api/grants/organisations', { params: { query: orgQuery ? { q: orgQuery } : {} } })),
  });
  const projects = useQuery({
    queryKey: ['/api/projects', 'grantable'],
    enabled: open,
    queryFn: () => call(client.GET('/api/projects', { params: { query: { pageSize: 500 } } })),
  });
  const log = useQuery({
    queryKey: ['/api/grants/{id}/accesses', logOf?.id],
    enabled: !!logOf,
    queryFn: () => call(client.GET('/api/grants/{id}/accesses', { params: { path: { id: logOf!.id }, query: { pageSize: 100 } } })),
  });
  const fmt = (v: string) => new Date(v).toLocaleString(lang);
  const failed = (e: unknown) => message.error(e instanceof ApiError ? e.describe() : String(e));

  async function create() {
    const v = await form.validateFields();
    try {
      await call(
        client.POST('/api/projects/{id}/grants', {
          params: { path: { id: v.projectId } },
          body: {
            granteeOrganisationId: v.granteeOrganisationId,
            datasets: v.datasets,
            purpose: v.purpose,
            validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
          },
        }),
      );
      setOpen(false);
      form.resetFields();
      setDirection('given');
      void grants.refetch();
    } catch (e) {
      failed(e);
    }
  }

  const statusTag = (g: Grant) =>
    g.status === 'active' ? (
      <Tag color="green">{t('active')}</Tag>
    ) : g.status === 'expired' ? (
      <Tag color="orange">{t('expired')}</Tag>
    ) : (
      <Tag>{t('revoked')}</Tag>
    );

  return (
    <Card
      title={
        <Segmented
          value={direction}
          onChange={(v) => {
            setPage(1);
            setDirection(v as typeof direction);
          }}
          options={
            staff
              ? [{ value: 'all', label: t('all') }]
              : [
                  { value: 'given', label: t('given') },
                  { value: 'received', label: t('received') },
                ]
          }
        />
      }
      extra={
        me?.role === 'enterprise' && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('newGrant')}
          </Button>
        )
      }
    >
      <Alert type="info" showIcon message={t('intro')} style={{ marginBottom: 16 }} />
      <Table<Grant>
        rowKey="id"
        size="middle"
        loading={grants.isFetching}
        dataSource={grants.data?.items}
        locale={{ emptyText: <Empty description={direction === 'received' ? t('emptyReceived') : t('emptyGiven')} /> }}
        pagination={{ current: page, pageSize: 20, total: grants.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('project'), key: 'p', render: (_: unknown, g) => `${g.projectCode} ${g.projectName}` },
          { title: t('grantor'), dataIndex: 'grantorOrganisationName' },
          { title: t('grantee'), dataIndex: 'granteeOrganisationName' },
          { title: t('datasets'), dataIndex: 'datasets', render: (d: Grant['datasets']) => d.map((x) => <Tag key={x}>{t(x)}</Tag>) },
          { title: t('purpose'), dataIndex: 'purpose' },
          { title: t('until'), dataIndex: 'validUntil', render: (v: string | null) => v ?? t('forever') },
          { title: t('status'), key: 's', render: (_: unknown, g) => statusTag(g) },
          {
            title: t('accesses'),
            key: 'l',
            render: (_: unknown, g) => (
              <Button type="link" size="small" onClick={() => setLogOf(g)}>
                {g.accessCount}
              </Button>
            ),
          },
          {
            title: '',
            key: 'a',
            render: (_: unknown, g) =>
              g.status !== 'revoked' &&
              (me?.role === 'admin' || g.grantorOrganisationId === me?.organisationId) && (
                <Popconfirm
                  title={t('revokeConfirm')}
                  onConfirm={() =>
                    call(client.DELETE('/api/grants/{id}', { params: { path: { id: g.id } } }))
                      .then(() => grants.refetch())
                      .catch(failed)
                  }
                >
                  <Button size="small" danger>
                    {t('revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal open={open} title={t('newGrant')} onOk={create} onCancel={() => setOpen(false)} width={640} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="projectId" label={t('project')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(projects.data?.items ?? [])
                .filter((p) => p.ownerOrganisationId === me?.organisationId)
                .map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            />
          </Form.Item>
          <Form.Item name="granteeOrganisationId" label={t('grantee')} rules={[{ required: true }]}>
            <Select
              showSearch
              filterOption={false}
              placeholder={t('pickOrg')}
              onSearch={setOrgQuery}
              options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <Form.Item name="datasets" label={t('datasets')} rules={[{ required: true }]}>
            <Checkbox.Group options={DATASETS.map((d) => ({ value: d, label: t(d) }))} />
          </Form.Item>
          <Form.Item name="validUntil" label={t('until')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="purpose" label={t('purpose')} rules={[{ required: true, max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer open={!!logOf} onClose={() => setLogOf(null)} width={720} title={logOf ? `${t('accesses')} · ${logOf.projectName}` : ''}>
        <Table
          rowKey="id"
          size="small"
          loading={log.isFetching}
          dataSource={log.data?.items}
          locale={{ emptyText: <Empty description={t('noAccess')} /> }}
          pagination={false}
          columns={[
            { title: t('at'), dataIndex: 'at', render: fmt },
            { title: t('who'), dataIndex: 'actorName' },
            {
              title: t('via'),
              dataIndex: 'via',
              render: (v: string) => (['session', 'token', 'application'].includes(v) ? t(v as 'session') : v),
            },
            {
              title: t('datasets'),
              dataIndex: 'dataset',
              render: (d: string) => ((DATASETS as readonly string[]).includes(d) ? t(d as 'site') : d),
            },
            { title: t('route'), key: 'r', render: (_: unknown, r) => <code>{`${r.method} ${r.route}`}</code> },
          ]}
        />
      </Drawer>
    </Card>
  );
}
