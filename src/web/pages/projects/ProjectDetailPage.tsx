import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Descriptions, Empty, Input, Modal, Result, Space, Table, Tabs, Tag, Timeline } from 'antd';
import { ApiError, call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { pageRoutes } from '../../capabilities.js';
import { ProjectHeader, ProjectStatusTag } from './ProjectHeader.js';
import { formatSize } from './ProjectsPage.js';
import {
  categoryLabels,
  label,
  modelLabels,
  participantRoleLabels,
  statusLabels,
  structureLabels,
  useLabels,
  type ProjectStatus,
} from './labels.js';
import type { ItemOf } from '../../api/types.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    overview: '概况',
    participants: '参建单位',
    review: '申报与评审',
    history: '状态历史',
    capabilities: '专项数据',
    category: '工程类别',
    structure: '结构类型',
    use: '使用性质',
    renewal: '城市更新 / 既有住房改造',
    prefab: '装配式',
    address: '地址',
    coordinates: '坐标',
    size: '规模',
    investment: '总投资',
    model: '组织模式',
    planned: '计划工期',
    actual: '实际工期',
    owner: '建设单位',
    description: '项目简介',
    organisation: '单位',
    role: '角色',
    round: '申报批次',
    appStatus: '申报状态',
    decision: '评审结论',
    open: '查看申报',
    noApplication: '该项目未通过申报批次登记（导入或直接登记）',
    moveTo: '变更为“{s}”',
    confirmMove: '确认将项目状态变更为“{s}”？',
    note: '说明（可选）',
    moved: '状态已变更',
    notFound: '项目不存在或无权查看',
    noCapabilities: '暂无专项数据页面',
    wanYuan: '{n} 万元',
  },
  en: {
    overview: 'Overview',
    participants: 'Participants',
    review: 'Application & review',
    history: 'Status history',
    capabilities: 'Capability data',
    category: 'Category',
    structure: 'Structure',
    use: 'Use',
    renewal: 'Urban renewal / renovation',
    prefab: 'Prefabricated',
    address: 'Address',
    coordinates: 'Coordinates',
    size: 'Size',
    investment: 'Investment',
    model: 'Organisation model',
    planned: 'Planned',
    actual: 'Actual',
    owner: 'Client',
    description: 'Description',
    organisation: 'Organisation',
    role: 'Role',
    round: 'Round',
    appStatus: 'Application',
    decision: 'Decision',
    open: 'Open application',
    noApplication: 'This project was registered without an application round (import or direct entry)',
    moveTo: 'Move to "{s}"',
    confirmMove: 'Move the project to "{s}"?',
    note: 'Note (optional)',
    moved: 'Status changed',
    notFound: 'The project does not exist or you may not see it',
    noCapabilities: 'No capability pages yet',
    wanYuan: '{n} × 10k CNY',
  },
};

// Labels of the capability pages that hang under /projects/:id/<segment>; unknown segments show as they are.
const capabilityLabels: Record<string, { 'zh-CN': string; en: string }> = {
  site: { 'zh-CN': '现场环境监测', en: 'Site monitoring' },
  waste: { 'zh-CN': '建筑垃圾减量化', en: 'Construction waste' },
  carbon: { 'zh-CN': '碳排放', en: 'Carbon' },
  prefab: { 'zh-CN': '装配式与标准化', en: 'Prefabrication' },
  bim: { 'zh-CN': 'BIM 模型', en: 'BIM model' },
  components: { 'zh-CN': '部品构件', en: 'Components' },
  quality: { 'zh-CN': '质量追溯', en: 'Quality traceability' },
  evaluation: { 'zh-CN': '绿色施工评价', en: 'Evaluation' },
  supervision: { 'zh-CN': '监督检查', en: 'Supervision' },
  costs: { 'zh-CN': '成本', en: 'Costs' },
  support: { 'zh-CN': '政策支持与增量成本', en: 'Support & costs' },
  planning: { 'zh-CN': '绿色策划', en: 'Green planning' },
  plan: { 'zh-CN': '绿色策划', en: 'Green planning' },
  evaluations: { 'zh-CN': '绿色建造评价', en: 'Evaluations' },
  tracking: { 'zh-CN': '指标动态跟踪', en: 'Indicator tracking' },
};

type ApplicationRow = ItemOf<'/api/applications'>;

export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const regions = useRegions();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const q = useQuery({
    queryKey: ['project-detail', id],
    queryFn: () => call(client.GET('/api/projects/{id}', { params: { path: { id } } })),
  });
  const apps = useQuery({
    queryKey: ['project-applications', id, q.data?.code],
    enabled: !!q.data,
    queryFn: () => call(client.GET('/api/applications', { params: { query: { q: q.data!.code } } })).catch(() => ({ items: [], total: 0 })),
  });
  const [moving, setMoving] = useState<ProjectStatus | null>(null);
  const [note, setNote] = useState('');

  if (q.error)
    return <Result status="404" title={t('notFound')} extra={<Button onClick={() => navigate('/projects')}>{c('cancel')}</Button>} />;
  const p = q.data;
  if (!p) return <Card loading />;

  async function move() {
    try {
      await call(
        client.POST('/api/projects/{id}/transition', { params: { path: { id: p!.id } }, body: { to: moving!, note: note || null } }),
      );
      message.success(t('moved'));
      setMoving(null);
      setNote('');
      void qc.invalidateQueries({ queryKey: ['project-detail', id] });
      void qc.invalidateQueries({ queryKey: ['project', id] });
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  // Every capability page registered as /projects/:id/<segment> (whatever its parameter is called) gets a link here.
  const capabilityLinks = pageRoutes
    .map((r) => /^\/projects\/:[^/]+\/([^/:]+)$/.exec(r.path)?.[1])
    .filter((seg): seg is string => !!seg)
    .map((seg) => ({ path: `/projects/${p.id}/${seg}`, label: capabilityLabels[seg]?.[lang] ?? seg }));
  const myApps = (apps.data?.items ?? []).filter((a) => a.projectId === p.id);

  return (
    <>
      <ProjectHeader
        project={p}
        link={false}
        extra={p.allowedTransitions.map((s) => (
          <Button key={s} type="primary" onClick={() => setMoving(s)} data-testid={`transition-${s}`}>
            {t('moveTo', { s: statusLabels[lang][s] })}
          </Button>
        ))}
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'overview',
              label: t('overview'),
              children: (
                <Descriptions
                  bordered
                  size="small"
                  column={{ xs: 1, md: 2 }}
                  items={[
                    { key: 'region', label: c('region'), children: regions.name(p.regionCode) },
                    { key: 'category', label: t('category'), children: label(categoryLabels[lang], p.category) },
                    { key: 'structure', label: t('structure'), children: label(structureLabels[lang], p.structureType) },
                    { key: 'use', label: t('use'), children: label(useLabels[lang], p.useType) },
                    { key: 'renewal', label: t('renewal'), children: p.isRenewal ? c('yes') : c('no') },
                    { key: 'prefab', label: t('prefab'), children: p.isPrefabricated ? c('yes') : c('no') },
                    { key: 'size', label: t('size'), children: formatSize(p) },
                    {
                      key: 'investment',
                      label: t('investment'),
                      children: p.investmentWanYuan ? t('wanYuan', { n: p.investmentWanYuan.toLocaleString() }) : '—',
                    },
                    { key: 'model', label: t('model'), children: label(modelLabels[lang], p.organisationModel) },
                    { key: 'owner', label: t('owner'), children: p.ownerOrganisationName },
                    { key: 'planned', label: t('planned'), children: `${p.plannedStart ?? '—'} ~ ${p.plannedFinish ?? '—'}` },
                    { key: 'actual', label: t('actual'), children: `${p.actualStart ?? '—'} ~ ${p.actualFinish ?? '—'}` },
                    { key: 'address', label: t('address'), children: p.address ?? '—' },
                    {
                      key: 'coordinates',
                      label: t('coordinates'),
                      children:
                        p.latitude !== null && p.longitude !== null ? `${p.longitude.toFixed(4)}°E, ${p.latitude.toFixed(4)}°N` : '—',
                    },
                    { key: 'description', label: t('description'), span: 'filled', children: p.description ?? '—' },
                  ]}
                />
              ),
            },
            {
              key: 'participants',
              label: t('participants'),
              children: (
                <Table
                  rowKey={(r) => `${r.organisationId}.${r.role}`}
                  size="small"
                  pagination={false}
                  dataSource={p.participants}
                  columns={[
                    { title: t('organisation'), dataIndex: 'organisationName' },
                    { title: t('role'), dataIndex: 'role', render: (r: string) => label(participantRoleLabels[lang], r) },
                  ]}
                />
              ),
            },
            {
              key: 'review',
              label: t('review'),
              children: myApps.length ? (
                <Table<ApplicationRow>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={myApps}
                  columns={[
                    { title: t('round'), dataIndex: 'roundTitle' },
                    { title: t('appStatus'), dataIndex: 'status' },
                    {
                      title: t('decision'),
                      dataIndex: 'decision',
                      render: (d: ProjectStatus | null) => (d ? <ProjectStatusTag status={d} /> : '—'),
                    },
                    {
                      title: c('actions'),
                      key: 'a',
                      render: (_: unknown, a) => <Link to={`/review/applications/${a.id}`}>{t('open')}</Link>,
                    },
                  ]}
                />
              ) : (
                <Empty description={t('noApplication')} />
              ),
            },
            {
              key: 'history',
              label: t('history'),
              children: (
                <Timeline
                  items={p.history.map((h) => ({
                    color: h.to === 'rejected' ? 'red' : 'green',
                    title: chinaTime(h.at),
                    content: (
                      <Space wrap>
                        {h.from && <ProjectStatusTag status={h.from as ProjectStatus} />}
                        {h.from && '→'}
                        {h.to && <ProjectStatusTag status={h.to as ProjectStatus} />}
                        <span>{h.actorName}</span>
                        {h.note && <Tag>{h.note}</Tag>}
                      </Space>
                    ),
                  }))}
                />
              ),
            },
            {
              key: 'capabilities',
              label: t('capabilities'),
              children: capabilityLinks.length ? (
                <Space wrap>
                  {capabilityLinks.map((l) => (
                    <Link key={l.path} to={l.path}>
                      <Button>{l.label}</Button>
                    </Link>
                  ))}
                </Space>
              ) : (
                <Empty description={t('noCapabilities')} />
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!moving}
        title={moving ? t('confirmMove', { s: statusLabels[lang][moving] }) : ''}
        onOk={move}
        onCancel={() => setMoving(null)}
        okText={c('confirm')}
        cancelText={c('cancel')}
      >
        <Input.TextArea rows={3} placeholder={t('note')} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </>
  );
}
