import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { bimMessages, statusColour, type ModelItem } from './common.js';
import { chinaTime } from '../../components/chinaTime.js';

/** Sidebar page: every visible project's models, and a project picker to open or upload. */
export function BimModelsPage() {
  const t = useT(bimMessages);
  const navigate = useNavigate();
  const [latestOnly, setLatestOnly] = useState(true);
  const [page, setPage] = useState(1);
  const projects = useQuery({ queryKey: ['bim-projects'], queryFn: () => call(client.GET('/api/bim/projects')) });
  const models = useQuery({
    queryKey: ['bim-all-models', latestOnly, page],
    queryFn: () =>
      call(client.GET('/api/bim/models', { params: { query: { latestOnly: latestOnly ? 'true' : 'false', page, pageSize: 20 } } })),
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'queued' || m.status === 'processing') ? 2000 : false),
  });
  return (
    <>
      <PageHeader
        title={t('listTitle')}
        extra={
          <Select
            showSearch
            placeholder={t('pickProject')}
            style={{ width: 320 }}
            optionFilterProp="label"
            data-testid="bim-project-picker"
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            onChange={(id: string) => navigate(`/projects/${id}/bim`)}
          />
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('listIntro')}
        </Typography.Paragraph>
      </PageHeader>
      <Card size="small">
        <Space style={{ marginBottom: 12 }}>
          <Checkbox checked={latestOnly} onChange={(e) => (setLatestOnly(e.target.checked), setPage(1))}>
            {t('latestOnly')}
          </Checkbox>
        </Space>
        <Table<ModelItem>
          rowKey="id"
          size="small"
          loading={models.isLoading}
          dataSource={models.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: models.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            {
              title: t('project'),
              key: 'project',
              render: (_, m) => <Link to={`/projects/${m.projectId}/bim`}>{`${m.projectCode ?? ''} ${m.projectName ?? ''}`}</Link>,
            },
            { title: t('version'), dataIndex: 'version', width: 70, render: (v) => `v${v}` },
            { title: t('file'), dataIndex: 'fileName', ellipsis: true },
            { title: t('schema'), dataIndex: 'ifcSchema', width: 90 },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 200,
              render: (_, m) =>
                m.status === 'processing' || m.status === 'queued' ? (
                  <Progress size="small" percent={Math.round(m.progress * 100)} status="active" />
                ) : (
                  <Tag color={statusColour[m.status]}>{t(m.status)}</Tag>
                ),
            },
            { title: t('elements'), dataIndex: 'elementCount', width: 90, render: (v) => v ?? '—' },
            {
              title: t('processedIn'),
              dataIndex: 'processingMs',
              width: 100,
              render: (v: number | null) => (v === null ? '—' : `${(v / 1000).toFixed(1)} s`),
            },
            { title: t('uploadedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => chinaTime(v) },
          ]}
        />
      </Card>
    </>
  );
}
