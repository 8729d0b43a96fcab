import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { reviewStatusLabels } from './types.js';
import type { ItemOf } from '../../api/types.js';

const messages = {
  'zh-CN': {
    title: '我的评审',
    project: '项目',
    round: '申报批次',
    status: '状态',
    total: '我的总分',
    assignedAt: '分配时间',
    open: '评分',
  },
  en: {
    title: 'My reviews',
    project: 'Project',
    round: 'Round',
    status: 'Status',
    total: 'My total',
    assignedAt: 'Assigned',
    open: 'Score',
  },
};
type Review = ItemOf<'/api/reviews'>;

export function MyReviewsPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const regions = useRegions();
  const q = useQuery({ queryKey: ['my-reviews'], queryFn: () => call(client.GET('/api/reviews')) });
  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        <Table<Review>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: t('project'),
              dataIndex: 'projectName',
              render: (v: string, r) => <Link to={`/review/applications/${r.applicationId}`}>{v}</Link>,
            },
            { title: '', dataIndex: 'projectCode', width: 120 },
            { title: '', dataIndex: 'regionCode', width: 90, render: (v: string) => regions.name(v) },
            { title: t('round'), dataIndex: 'roundTitle', ellipsis: true },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 90,
              render: (s: Review['status']) => (
                <Tag color={s === 'submitted' ? 'green' : 'gold'}>{reviewStatusLabels[lang][s as 'assigned' | 'submitted']}</Tag>
              ),
            },
            { title: t('total'), dataIndex: 'total', width: 90, align: 'right', render: (v: number | null) => v ?? '—' },
            { title: t('assignedAt'), dataIndex: 'assignedAt', width: 110, render: (v: string) => v.slice(0, 10) },
          ]}
        />
      </Card>
    </>
  );
}
