import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { milestoneStatusLabels, ProgrammeTimeline, RepresentativenessPanel, type Milestone, type Programme } from './shared.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '试点地区实施方案',
    plan: '方案内容',
    programmeTitle: '方案名称',
    goals: '工作目标',
    paths: '实施路径',
    bodies: '实施主体',
    safeguards: '保障措施',
    phases: '实施阶段（默认取自《绿色建造试点工作方案》）',
    phaseName: '阶段',
    addPhase: '添加阶段',
    rules: '代表性规则',
    minProjects: '最少项目数',
    minStructures: '最少结构类型数',
    minUses: '最少使用性质数',
    minRenewal: '城市更新最低占比（%）',
    bothCategories: '须同时包含房屋建筑和市政工程',
    save: '保存方案',
    notSaved: '尚未保存（显示方案默认值）',
    timeline: '进度时间轴',
    milestones: '工作节点',
    addMilestone: '新增节点',
    milestone: '节点',
    owner: '责任单位',
    dueOn: '完成时限',
    status: '状态',
    phase: '所属阶段',
    overdue: '逾期',
    completedOn: '完成日期',
    representativeness: '入选项目代表性',
    deleteConfirm: '删除该节点？',
  },
  en: {
    title: 'Regional programme',
    plan: 'Programme',
    programmeTitle: 'Title',
    goals: 'Goals',
    paths: 'Paths',
    bodies: 'Responsible bodies',
    safeguards: 'Safeguards',
    phases: 'Phases (defaults from the pilot plan)',
    phaseName: 'Phase',
    addPhase: 'Add phase',
    rules: 'Representativeness rules',
    minProjects: 'Min projects',
    minStructures: 'Min structure types',
    minUses: 'Min uses',
    minRenewal: 'Min renewal share (%)',
    bothCategories: 'Both buildings and municipal works',
    save: 'Save programme',
    notSaved: 'Not saved yet (showing defaults)',
    timeline: 'Timeline',
    milestones: 'Milestones',
    addMilestone: 'Add milestone',
    milestone: 'Milestone',
    owner: 'Owner',
    dueOn: 'Due',
    status: 'Status',
    phase: 'Phase',
    overdue: 'Overdue',
    completedOn: 'Completed',
    representativeness: 'Representativeness of the selected set',
    deleteConfirm: 'Delete this milestone?',
  },
};

export function ProgrammePage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const { message } = AntApp.useApp();
  const [region, setRegion] = useState<string | undefined>(me?.regionCode ?? undefined);
  useEffect(() => {
    if (!region && regions.regions.length) setRegion('hunan');
  }, [region, regions.regions.length]);
  const q = useQuery({
    queryKey: ['programme', region],
    queryFn: () => call(client.GET('/api/programmes/{regionCode}', { params: { path: { regionCode: region! } } })),
    enabled: !!region,
  });
  const panel = useQuery({
    queryKey: ['representativeness', region],
    queryFn: () => call(client.GET('/api/programmes/{regionCode}/representativeness', { params: { path: { regionCode: region! } } })),
    enabled: !!region,
  });
  const [form] = Form.useForm();
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const p = q.data;

  useEffect(() => {
    if (!p) return;
    form.setFieldsValue({
      title: p.title,
      goals: p.goals,
      paths: p.paths,
      responsibleBodies: p.responsibleBodies,
      safeguards: p.safeguards,
      phases: p.phases.map((ph) => ({ id: ph.id ?? undefined, name: ph.name, range: [dayjs(ph.startsOn), dayjs(ph.endsOn)] })),
      rules: { ...p.rules, minRenewalShare: Math.round(p.rules.minRenewalShare * 1000) / 10 },
    });
  }, [p, form]);

  async function save() {
    const v = await validFields(form);
    if (!v) return;
    const body = {
      title: v.title,
      goals: v.goals ?? '',
      paths: v.paths ?? '',
      responsibleBodies: v.responsibleBodies ?? '',
      safeguards: v.safeguards ?? '',
      phases: v.phases.map((ph: { id?: string; name: string; range: [dayjs.Dayjs, dayjs.Dayjs] }) => ({
        id: ph.id,
        name: ph.name,
        startsOn: ph.range[0].format('YYYY-MM-DD'),
        endsOn: ph.range[1].format('YYYY-MM-DD'),
      })),
      rules: { ...v.rules, minRenewalShare: v.rules.minRenewalShare / 100 },
    };
    try {
      await call(client.PUT('/api/programmes/{regionCode}', { params: { path: { regionCode: region! } }, body: body }));
      message.success(c('saved'));
      void q.refetch();
      void panel.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  async function setStatus(m: Milestone, status: Milestone['status']) {
    try {
      await call(
        client.PATCH('/api/programmes/{regionCode}/milestones/{id}', {
          params: { path: { regionCode: region!, id: m.id } },
          body: { status },
        }),
      );
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  const statusOptions = Object.entries(milestoneStatusLabels[lang]).map(([value, label]) => ({ value, label }));
  return (
    <>
      <PageHeader
        title={p?.title ?? t('title')}
        extra={
          <>
            {!me?.regionCode && (
              <Select value={region} onChange={setRegion} options={regions.options} style={{ width: 140 }} data-testid="programme-region" />
            )}
            {p && !p.id && <Tag color="gold">{t('notSaved')}</Tag>}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title={t('timeline')} loading={!p}>
            {p && <ProgrammeTimeline programme={p} />}
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={t('milestones')}
            extra={
              p?.id && (
                <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  {t('addMilestone')}
                </Button>
              )
            }
          >
            <Table<Milestone>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p?.milestones}
              rowClassName={(m) => (m.overdue ? 'milestone-overdue' : '')}
              columns={[
                {
                  title: t('milestone'),
                  dataIndex: 'title',
                  render: (v: string, m) => (
                    <Space>
                      {v}
                      {m.overdue && <Tag color="red">{t('overdue')}</Tag>}
                    </Space>
                  ),
                },
                { title: t('owner'), dataIndex: 'owner', width: 220, ellipsis: true },
                { title: t('dueOn'), dataIndex: 'dueOn', width: 105 },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  width: 120,
                  render: (s: Milestone['status'], m) => (
                    <Select size="small" value={s} options={statusOptions} onChange={(v) => setStatus(m, v)} style={{ width: 100 }} />
                  ),
                },
                {
                  title: '',
                  key: 'a',
                  width: 90,
                  render: (_: unknown, m) => (
                    <Space size={4}>
                      <Button size="small" type="link" onClick={() => setEditing(m)}>
                        {c('edit')}
                      </Button>
                      <Popconfirm
                        title={t('deleteConfirm')}
                        onConfirm={async () => (
                          await call(
                            client.DELETE('/api/programmes/{regionCode}/milestones/{id}', {
                              params: { path: { regionCode: region!, id: m.id } },
                            }),
                          ),
                          void q.refetch()
                        )}
                      >
                        <Button size="small" type="link" danger>
                          ×
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('representativeness')} loading={!panel.data}>
            {panel.data && <RepresentativenessPanel panel={panel.data} />}
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={t('plan')}
            extra={
              <Button type="primary" onClick={save} data-testid="save-programme">
                {t('save')}
              </Button>
            }
          >
            <Form form={form} layout="vertical">
              <Form.Item name="title" label={t('programmeTitle')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
              <Row gutter={16}>
                {(['goals', 'paths', 'responsibleBodies', 'safeguards'] as const).map((k) => (
                  <Col xs={24} md={12} key={k}>
                    <Form.Item name={k} label={t(k === 'responsibleBodies' ? 'bodies' : k)}>
                      <Input.TextArea rows={3} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
              <Form.Item label={t('phases')}>
                <Form.List name="phases">
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((f) => (
                        <Space key={f.key} align="baseline">
                          <Form.Item name={[f.name, 'id']} hidden>
                            <Input />
                          </Form.Item>
                          <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}>
                            <Input placeholder={t('phaseName')} style={{ width: 160 }} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'range']} rules={[{ required: true }]}>
                            <DatePicker.RangePicker />
                          </Form.Item>
                          {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                        </Space>
                      ))}
                      <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                        {t('addPhase')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Form.Item>
              <Form.Item label={t('rules')}>
                <Space wrap>
                  <Form.Item name={['rules', 'minProjects']} label={t('minProjects')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                  <Form.Item name={['rules', 'minStructureTypes']} label={t('minStructures')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={20} />
                  </Form.Item>
                  <Form.Item name={['rules', 'minUseTypes']} label={t('minUses')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={20} />
                  </Form.Item>
                  <Form.Item name={['rules', 'minRenewalShare']} label={t('minRenewal')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={100} step={5} />
                  </Form.Item>
                  <Form.Item name={['rules', 'requireBothCategories']} label={t('bothCategories')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Space>
              </Form.Item>
            </Form>
          </Card>
        </Col>
      </Row>
      {editing && p && (
        <MilestoneForm
          region={region!}
          programme={p}
          milestone={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(c('saved'));
            void q.refetch();
          }}
        />
      )}
    </>
  );
}

function MilestoneForm({
  region,
  programme,
  milestone,
  onClose,
  onSaved,
}: {
  region: string;
  programme: Programme;
  milestone: Milestone | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const [form] = Form.useForm();
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    const body = {
      title: v.title,
      owner: v.owner,
      dueOn: v.dueOn.format('YYYY-MM-DD'),
      phaseId: v.phaseId ?? null,
      status: v.status,
      note: v.note || null,
    };
    try {
      if (milestone)
        await call(
          client.PATCH('/api/programmes/{regionCode}/milestones/{id}', {
            params: { path: { regionCode: region!, id: milestone.id } },
            body: body,
          }),
        );
      else await call(client.POST('/api/programmes/{regionCode}/milestones', { params: { path: { regionCode: region! } }, body: body }));
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.details.map((d) => ({ name: d.path || 'title', errors: [d.message] })));
    }
  }
  return (
    <Modal
      open
      title={milestone ? c('edit') : t('addMilestone')}
      onOk={submit}
      onCancel={onClose}
      okText={c('save')}
      cancelText={c('cancel')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={milestone ? { ...milestone, dueOn: dayjs(milestone.dueOn) } : { status: 'planned' }}
      >
        <Form.Item name="title" label={t('milestone')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="owner" label={t('owner')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="dueOn" label={t('dueOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="phaseId" label={t('phase')}>
            <Select
              allowClear
              style={{ width: 140 }}
              options={programme.phases.filter((p) => p.id).map((p) => ({ value: p.id!, label: p.name }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('status')}>
            <Select
              style={{ width: 110 }}
              options={Object.entries(milestoneStatusLabels[lang]).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="备注 / Note">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
