import { Link, useSearchParams } from 'react-router';
import { Badge, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectStatusTag } from '../projects/ProjectHeader.js';
import type { ProjectStatus } from '../projects/labels.js';
import { applicationStatusLabels, reviewStatusLabels, type ApplicationRow } from './types.js';

const messages = {
  'zh-CN': {
    title: '申报评审',
    mine: '我的申报',
    keyword: '项目 / 单位',
    project: '申报项目',
    round: '申报批次',
    applicant: '申报单位',
    status: '申报状态',
    projectStatus: '项目状态',
    attachments: '附件',
    experts: '专家评审',
    mean: '平均分',
    myReview: '我的评分',
    apply: '在线申报',
    submittedAt: '提交时间',
  },
  en: {
    title: 'Applications and review',
    mine: 'My applications',
    keyword: 'Project / organisation',
    project: 'Project',
    round: 'Round',
    applicant: 'Applicant',
    status: 'Application',
    projectStatus: 'Project status',
    attachments: 'Files',
    experts: 'Reviews',
    mean: 'Mean score',
    myReview: 'My review',
    apply: 'Apply',
    submittedAt: 'Submitted',
  },
};

export function ApplicationsPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const [params] = useSearchParams();
  const status = params.get('status');
  const list = useList('/api/applications', status ? { status: status as never } : {});
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  return (
    <>
      <PageHeader
        title={me?.role === 'enterprise' ? t('mine') : t('title')}
        extra={
          me?.role === 'enterprise' && (
            <Link to="/review/apply">
              <Button type="primary" icon={<PlusOutlined />} data-testid="apply">
                {t('apply')}
              </Button>
            </Link>
          )
        }
      />
      <Card>
        <Form layout="inline" onFinish={(v) => list.search(v)} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="q">
            <Input placeholder={t('keyword')} allowClear style={{ width: 220 }} data-testid="applications-q" />
          </Form.Item>
          <Form.Item name="status">
            <Select
              placeholder={t('status')}
              allowClear
              style={{ width: 130 }}
              options={Object.entries(applicationStatusLabels[lang]).map(([value, l]) => ({ value, label: l }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {c('search')}
          </Button>
        </Form>
        <Table<ApplicationRow>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items}
          loading={list.loading}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            {
              title: t('project'),
              dataIndex: 'projectName',
              render: (v: string, a) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/review/applications/${a.id}`}>{v}</Link>
                  <span style={{ color: '#888', fontSize: 12 }}>{a.projectCode}</span>
                </Space>
              ),
            },
            { title: c('region'), dataIndex: 'regionCode', width: 90, render: (r: string) => regions.name(r) },
            { title: t('round'), dataIndex: 'roundTitle', ellipsis: true },
            { title: t('applicant'), dataIndex: 'organisationName', ellipsis: true },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 100,
              render: (s: ApplicationRow['status']) => (
                <Badge
                  status={s === 'decided' ? 'success' : s === 'reviewing' ? 'processing' : 'default'}
                  text={applicationStatusLabels[lang][s]}
                />
              ),
            },
            {
              title: t('projectStatus'),
              dataIndex: 'projectStatus',
              width: 100,
              render: (s: ApplicationRow['projectStatus']) => <ProjectStatusTag status={s as ProjectStatus} />,
            },
            { title: t('attachments'), dataIndex: 'attachments', width: 70, align: 'right' },
            ...(staff
              ? [
                  {
                    title: t('experts'),
                    key: 'experts',
                    width: 90,
                    render: (_: unknown, a: ApplicationRow) => `${a.reviewsSubmitted ?? 0} / ${a.expertsAssigned ?? 0}`,
                  },
                  { title: t('mean'), dataIndex: 'meanTotal', width: 80, align: 'right' as const, render: (v: number | null) => v ?? '—' },
                ]
              : []),
            ...(me?.role === 'expert'
              ? [
                  {
                    title: t('myReview'),
                    dataIndex: 'myReviewStatus',
                    width: 100,
                    render: (s: 'assigned' | 'submitted' | null) =>
                      s ? <Tag color={s === 'submitted' ? 'green' : 'gold'}>{reviewStatusLabels[lang][s]}</Tag> : '—',
                  },
                ]
              : []),
            { title: t('submittedAt'), dataIndex: 'submittedAt', width: 110, render: (v: string) => v.slice(0, 10) },
          ]}
        />
      </Card>
    </>
  );
}
