import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Col, Descriptions, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, FileExcelOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiError, call, client, query } from '../../api.js';
import type { ResponseOf } from '../../api/types.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useRegions } from '../../components/regions.js';
import { fmt, gradeColor, type RankingRow } from './labels.js';

const messages = {
  'zh-CN': {
    title: '区域总结评估',
    progress: '试点工作进展',
    phase: '当前阶段',
    pilots: '试点项目',
    milestones: '里程碑完成',
    overdue: '逾期里程碑',
    projects: '试点项目',
    targets: '指标与目标对比',
    results: '评价结果',
    practices: '典型做法',
    policies: '政策建议',
    add: '添加一节',
    save: '保存政策建议',
    saved: '已保存',
    sectionTitle: '标题',
    sectionBody: '内容',
    pdf: '下载 PDF',
    xlsx: '下载 Excel',
    target: '目标',
    actual: '当前值',
    met: '达标',
    notMet: '未达标',
    noData: '无数据',
    project: '项目',
    score: '得分',
    grade: '等级',
    none: '暂无',
  },
  en: {
    title: 'Regional summary',
    progress: 'Programme progress',
    phase: 'Current phase',
    pilots: 'Pilot projects',
    milestones: 'Milestones done',
    overdue: 'Overdue milestones',
    projects: 'Pilot projects',
    targets: 'Indicators against targets',
    results: 'Evaluation results',
    practices: 'Typical practices',
    policies: 'Policy recommendations',
    add: 'Add a section',
    save: 'Save recommendations',
    saved: 'Saved',
    sectionTitle: 'Title',
    sectionBody: 'Text',
    pdf: 'Download PDF',
    xlsx: 'Download Excel',
    target: 'Target',
    actual: 'Actual',
    met: 'met',
    notMet: 'not met',
    noData: 'no data',
    project: 'Project',
    score: 'Score',
    grade: 'Grade',
    none: 'None',
  },
};

// The document describes the summary's programme loosely ("as GET /api/programmes/{regionCode}/dashboard", extra keys
// allowed); the server fills it from that same regionSummary, so the dashboard's answer names its fields.
type Summary = Omit<ResponseOf<'/api/evaluation/regions/{code}/summary'>, 'programme'> &
  Record<'programme', ResponseOf<'/api/programmes/{regionCode}/dashboard'> | null>;

/** /evaluation/summary — the 总结评估 content of a region and the regulator's 政策建议 editor. */
export function SummaryPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const region = me?.regionCode ?? params.get('region') ?? regions.regions[0]?.code;
  const q = useQuery({
    queryKey: ['evaluation', 'summary', region],
    queryFn: () => call(client.GET('/api/evaluation/regions/{code}/summary', { params: { path: { code: region } } })) as Promise<Summary>,
    enabled: !!region,
  });
  const [sections, setSections] = useState<Array<{ title: string; body: string }>>([]);
  // Reset the editor only when the saved sections change (the summary's other figures refresh on every fetch).
  const savedPolicies = JSON.stringify(q.data?.policies.map((p) => ({ title: p.title, body: p.body })) ?? []);
  useEffect(() => setSections(JSON.parse(savedPolicies) as Array<{ title: string; body: string }>), [savedPolicies]);
  const d = q.data;

  async function save() {
    try {
      await call(
        client.PUT('/api/evaluation/regions/{code}/policies', {
          params: { path: { code: region } },
          body: { sections: sections.filter((s) => s.title.trim() && s.body.trim()) },
        }),
      );
      message.success(t('saved'));
      await qc.invalidateQueries({ queryKey: ['evaluation', 'summary', region] });
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  return (
    <>
      <PageHeader
        title={`${t('title')}${d ? ` · ${d.region.name}` : ''}`}
        extra={
          <>
            {!me?.regionCode && (
              <Select style={{ width: 140 }} value={region} options={regions.options} onChange={(v) => setParams({ region: v })} />
            )}
            <Button
              icon={<FilePdfOutlined />}
              href={`/api/evaluation/regions/${region}/summary.pdf`}
              download
              data-testid="summary-page-pdf"
            >
              {t('pdf')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={`/api/evaluation/regions/${region}/summary.xlsx${query({})}`} download>
              {t('xlsx')}
            </Button>
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('progress')} loading={q.isLoading} style={{ marginBottom: 16 }}>
            {d?.programme ? (
              <Descriptions size="small" column={2}>
                <Descriptions.Item label={t('phase')}>{d.programme.currentPhase ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('pilots')}>{`${d.programme.pilots} / ${d.programme.totalProjects}`}</Descriptions.Item>
                <Descriptions.Item
                  label={t('milestones')}
                >{`${d.programme.milestonesDone} / ${d.programme.milestonesTotal}`}</Descriptions.Item>
                <Descriptions.Item label={t('overdue')}>{d.programme.overdueMilestones.length}</Descriptions.Item>
              </Descriptions>
            ) : (
              t('none')
            )}
          </Card>
          <Card size="small" title={t('results')} style={{ marginBottom: 16 }}>
            <Table<RankingRow>
              size="small"
              rowKey="projectId"
              pagination={false}
              dataSource={d?.ranking ?? []}
              columns={[
                { title: '#', dataIndex: 'rank', width: 40, render: (v: number | null) => v ?? '—' },
                { title: t('project'), dataIndex: 'name' },
                { title: t('score'), dataIndex: 'reportedScore', width: 70, render: (v: number | null) => fmt(v) },
                {
                  title: t('grade'),
                  width: 90,
                  render: (_: unknown, r) => (
                    <Tag color={gradeColor(r.grade?.rank)}>{r.grade ? (lang === 'en' ? r.grade.en : r.grade.zh) : '—'}</Tag>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('targets')} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey={(r) => `${r.projectCode}-${r.name}`}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={d?.targets ?? []}
              columns={[
                { title: t('project'), dataIndex: 'projectName' },
                { title: t('target'), render: (_: unknown, r: Summary['targets'][number]) => `${r.name} ${r.targetValue} ${r.unit}` },
                { title: t('actual'), dataIndex: 'actual', render: (v: number | null) => fmt(v, 2) },
                {
                  title: '',
                  dataIndex: 'met',
                  render: (v: boolean | null) =>
                    v === null ? <Tag>{t('noData')}</Tag> : <Tag color={v ? 'green' : 'red'}>{v ? t('met') : t('notMet')}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('policies')}
            style={{ marginBottom: 16 }}
            extra={
              <Space>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setSections((s) => [...s, { title: '', body: '' }])}
                  data-testid="policy-add"
                >
                  {t('add')}
                </Button>
                <Button size="small" type="primary" onClick={save} data-testid="policy-save">
                  {t('save')}
                </Button>
              </Space>
            }
          >
            <Space orientation="vertical" style={{ width: '100%' }}>
              {sections.map((s, i) => (
                <Card
                  key={i}
                  size="small"
                  extra={
                    <Button
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => setSections((x) => x.filter((_, k) => k !== i))}
                    />
                  }
                >
                  <Input
                    placeholder={t('sectionTitle')}
                    value={s.title}
                    onChange={(e) => setSections((x) => x.map((y, k) => (k === i ? { ...y, title: e.target.value } : y)))}
                    style={{ marginBottom: 6 }}
                    data-testid={`policy-title-${i}`}
                  />
                  <Input.TextArea
                    placeholder={t('sectionBody')}
                    value={s.body}
                    autoSize={{ minRows: 2 }}
                    onChange={(e) => setSections((x) => x.map((y, k) => (k === i ? { ...y, body: e.target.value } : y)))}
                    data-testid={`policy-body-${i}`}
                  />
                </Card>
              ))}
              {!sections.length && <Typography.Text type="secondary">{t('none')}</Typography.Text>}
            </Space>
          </Card>
          <Card size="small" title={t('practices')} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={d?.practices ?? []}
              columns={[
                { title: t('sectionTitle'), dataIndex: 'title' },
                { title: t('project'), dataIndex: 'projects' },
                { title: '', dataIndex: 'summary', ellipsis: true },
              ]}
            />
          </Card>
          <Card size="small" title={t('projects')}>
            <Table
              size="small"
              rowKey="id"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={d?.projects ?? []}
              columns={[
                { title: t('project'), render: (_: unknown, r: Summary['projects'][number]) => `${r.name}（${r.code}）` },
                { title: '', dataIndex: 'statusLabel', width: 90 },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
