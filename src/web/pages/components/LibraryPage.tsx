import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import {
  CheckCircleOutlined,
  DownloadOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
  UploadOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { ApiError, call, client, formData, query } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { componentTypeLabels, dims, specStatusLabels, type Spec } from './common.js';

const messages = {
  'zh-CN': {
    title: '标准部品构件库',
    subtitle: '国家基础库 + 各试点地区扩展库；尺寸按 GB/T 50002-2013 模数协调检查（1M = 100 mm）。',
    library: '所属库',
    national: '国家基础库',
    allLibraries: '全部库',
    code: '编码',
    name: '名称',
    type: '构件类型',
    nominal: '标志尺寸 (mm)',
    actual: '制作尺寸 (mm)',
    profile: '型材规格',
    material: '材料 / 等级',
    makers: '生产厂家',
    version: '版本',
    status: '状态',
    modular: '模数',
    modularOk: '符合',
    modularBad: '不符合',
    modularNa: '不适用',
    onlyBad: '只看不符合模数',
    onlyOk: '只看符合模数',
    keyword: '编码、名称、厂家',
    importTo: '导入到',
    import: '导入 Excel',
    template: '下载模板',
    imported: '已导入 {rows} 条：新增 {created}，更新 {updated}',
    rejected: '导入被拒绝，未导入任何数据',
    cell: '单元格',
    problem: '问题',
    dimension: '尺寸',
    expected: '应符合模数',
    nearest: '最近的模数尺寸',
    add: '新增规格',
    edit: '修改',
    editTitle: '修改规格 {code}',
    addTitle: '新增规格',
    joint: '接缝 (mm)',
    grade: '强度等级',
    materialOnly: '材料',
    makersHelp: '输入后回车，可填多个',
    profileHelp: '型钢构件填写型材规格（如 PL10*200、HN400*200），尺寸可留空，按规格读出，不做模数检查',
    dimsHelp: '标志尺寸（mm），按 GB/T 50002 检查模数',
    required: '必填',
    saved: '已保存规格 {code}',
    resultTitle: '已保存 {code}：模数检查结果',
    resultOk: '全部尺寸符合模数',
    resultBad: '有尺寸不符合模数',
    resultNa: '型钢截面按型材标准取值，不做模数检查',
    done: '完成',
    actions: '操作',
    fixErrors: '请修改标出的字段',
  },
  en: {
    title: 'Standard component library',
    subtitle: 'National base library plus each pilot region’s extension; sizes checked against GB/T 50002-2013 modules (1M = 100 mm).',
    library: 'Library',
    national: 'National base',
    allLibraries: 'All libraries',
    code: 'Code',
    name: 'Name',
    type: 'Type',
    nominal: 'Nominal (mm)',
    actual: 'Actual (mm)',
    profile: 'Profile',
    material: 'Material / grade',
    makers: 'Manufacturers',
    version: 'Version',
    status: 'Status',
    modular: 'Modular',
    modularOk: 'Yes',
    modularBad: 'No',
    modularNa: 'n/a',
    onlyBad: 'Non-modular only',
    onlyOk: 'Modular only',
    keyword: 'Code, name, manufacturer',
    importTo: 'Import into',
    import: 'Import Excel',
    template: 'Template',
    imported: 'Imported {rows} rows: {created} new, {updated} updated',
    rejected: 'Import rejected; nothing was imported',
    cell: 'Cell',
    problem: 'Problem',
    dimension: 'Dimension',
    expected: 'Should follow',
    nearest: 'Nearest modular sizes',
    add: 'Add spec',
    edit: 'Edit',
    editTitle: 'Edit spec {code}',
    addTitle: 'Add spec',
    joint: 'Joint (mm)',
    grade: 'Grade',
    materialOnly: 'Material',
    makersHelp: 'Type a name and press Enter; several allowed',
    profileHelp:
      'Steel members: the profile designation (e.g. PL10*200, HN400*200); sizes may stay empty and are read from it, no modular check',
    dimsHelp: 'Nominal sizes (mm), checked against GB/T 50002 modules',
    required: 'Required',
    saved: 'Saved spec {code}',
    resultTitle: 'Saved {code}: modular check',
    resultOk: 'Every dimension is modular',
    resultBad: 'Some dimensions are not modular',
    resultNa: 'Steel section: sized by its section standard, not checked',
    done: 'Done',
    actions: 'Actions',
    fixErrors: 'Correct the marked fields',
  },
};

export function LibraryPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const regions = useRegions();
  const list = useList('/api/components/specs', {});
  const canImport = me?.role === 'admin' || me?.role === 'regulator';
  const mayNational = me?.role === 'admin' || (me?.role === 'regulator' && !me.regionCode);
  const [target, setTarget] = useState<string>(mayNational ? 'national' : (me?.regionCode ?? 'national'));
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<{ message: string; details: Array<{ path: string; message: string }> } | null>(null);
  const [editing, setEditing] = useState<Spec | 'new' | null>(null);
  /** A regulator edits their region's library; admins and ministry regulators every library. */
  const canEdit = (spec: Spec) =>
    canImport && (spec.regionCode === null ? mayNational : me?.role === 'admin' || !me?.regionCode || me.regionCode === spec.regionCode);

  const libraryOptions = [{ value: 'national', label: t('national') }, ...regions.options];
  const targetOptions = libraryOptions.filter((o) =>
    o.value === 'national' ? mayNational : me?.role === 'admin' || !me?.regionCode || me.regionCode === o.value,
  );
  const typeOptions = Object.entries(componentTypeLabels[lang]).map(([value, label]) => ({ value, label }));
  const libraryName = (r: string | null) => (r ? regions.name(r) : t('national'));

  async function runImport(file: File) {
    setImporting(true);
    setErrors(null);
    try {
      const r = await call(
        client.POST('/api/components/import', { params: { query: { library: target } }, body: { file }, bodySerializer: formData }),
      );
      message.success(t('imported', { rows: r.rowsTotal, created: r.created, updated: r.updated }));
      void list.refetch();
    } catch (e) {
      const err = e as Error & { details?: Array<{ path: string; message: string }> };
      setErrors({ message: err.message, details: err.details ?? [] });
    } finally {
      setImporting(false);
    }
  }

  const exportQuery = query({ ...list.filters, template: undefined });
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} href={`/api/components/export?template=1`}>
              {t('template')}
            </Button>
            <Button icon={<DownloadOutlined />} href={`/api/components/export${exportQuery}`} data-testid="library-export">
              {c('export')}
            </Button>
            {canImport && (
              <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="spec-add">
                {t('add')}
              </Button>
            )}
            {canImport && (
              <Space.Compact>
                <Select
                  value={target}
                  onChange={setTarget}
                  options={targetOptions}
                  style={{ width: 140 }}
                  aria-label={t('importTo')}
                  data-testid="import-target"
                />
                <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void runImport(f), false)}>
                  <Button type="primary" icon={<UploadOutlined />} loading={importing} data-testid="library-import">
                    {t('import')}
                  </Button>
                </Upload>
              </Space.Compact>
            )}
          </>
        }
      >
        <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      </PageHeader>
      {errors && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setErrors(null) }}
          style={{ marginBottom: 16 }}
          data-testid="import-errors"
          title={errors.message}
          description={
            <Table
              size="small"
              rowKey={(r) => `${r.path}-${r.message}`}
              pagination={false}
              dataSource={errors.details}
              columns={[
                { title: t('cell'), dataIndex: 'path', width: 90 },
                { title: t('problem'), dataIndex: 'message' },
              ]}
            />
          }
        />
      )}
      <Card>
        <Form layout="inline" onFinish={(v) => list.search(v)} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="library">
            <Select placeholder={t('allLibraries')} allowClear style={{ width: 140 }} options={libraryOptions} />
          </Form.Item>
          <Form.Item name="type">
            <Select placeholder={t('type')} allowClear style={{ width: 140 }} options={typeOptions} />
          </Form.Item>
          <Form.Item name="status">
            <Select
              placeholder={t('status')}
              allowClear
              style={{ width: 100 }}
              options={Object.entries(specStatusLabels[lang]).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="modular">
            <Select
              placeholder={t('modular')}
              allowClear
              style={{ width: 150 }}
              options={[
                { value: 'no', label: t('onlyBad') },
                { value: 'yes', label: t('onlyOk') },
              ]}
            />
          </Form.Item>
          <Form.Item name="q">
            <Input placeholder={t('keyword')} allowClear />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {c('search')}
          </Button>
        </Form>
        <Table<Spec>
          rowKey="id"
          size="middle"
          data-testid="library-table"
          dataSource={list.data?.items}
          loading={list.loading}
          scroll={{ x: 1300 }}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          expandable={{
            rowExpandable: (s) => s.modular.applicable,
            expandedRowRender: (s) => (
              <Table
                size="small"
                rowKey="dim"
                pagination={false}
                dataSource={s.modular.dims}
                columns={[
                  { title: t('dimension'), dataIndex: 'label', width: 140 },
                  { title: 'mm', dataIndex: 'dimMm', width: 90 },
                  { title: t('expected'), dataIndex: 'expected', width: 150, render: (e: string[]) => e.join('、') },
                  {
                    title: t('modular'),
                    dataIndex: 'ok',
                    width: 120,
                    render: (ok: boolean, d) => (ok ? <Tag color="green">{d.module}</Tag> : <Tag color="red">{t('modularBad')}</Tag>),
                  },
                  {
                    title: t('nearest'),
                    dataIndex: 'nearest',
                    render: (n: Array<{ module: string; dimMm: number; deltaMm: number }>) =>
                      n.map((x) => `${x.dimMm} (${x.module}, ${x.deltaMm > 0 ? '+' : ''}${x.deltaMm})`).join('；'),
                  },
                ]}
              />
            ),
          }}
          columns={[
            {
              title: t('code'),
              dataIndex: 'code',
              fixed: 'left',
              width: 180,
              render: (v: string, s) => (
                <Space size={4}>
                  {v}
                  {s.isDemo && <Tag>{c('demo')}</Tag>}
                </Space>
              ),
            },
            { title: t('name'), dataIndex: 'name', width: 220 },
            { title: t('type'), dataIndex: 'type', width: 110, render: (v: Spec['type']) => componentTypeLabels[lang][v] },
            { title: t('nominal'), dataIndex: 'dimsMm', width: 170, render: (d: number[], s) => (s.profile ? '—' : dims(d)) },
            { title: t('actual'), dataIndex: 'actualDimsMm', width: 170, render: (d: number[], s) => (s.profile ? '—' : dims(d)) },
            { title: t('profile'), dataIndex: 'profile', width: 110 },
            { title: t('material'), key: 'm', width: 120, render: (_: unknown, s) => [s.material, s.grade].filter(Boolean).join(' / ') },
            { title: t('makers'), dataIndex: 'manufacturers', width: 200, render: (m: string[]) => m.join('、') },
            { title: t('library'), dataIndex: 'regionCode', width: 100, render: (r: string | null) => libraryName(r) },
            { title: t('version'), dataIndex: 'version', width: 70 },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 70,
              render: (v: Spec['status']) => (
                <Tag color={v === 'active' ? 'green' : v === 'draft' ? 'blue' : 'default'}>{specStatusLabels[lang][v]}</Tag>
              ),
            },
            {
              title: t('modular'),
              key: 'modular',
              fixed: 'right',
              width: 100,
              render: (_: unknown, s) =>
                !s.modular.applicable ? (
                  <Tag>{t('modularNa')}</Tag>
                ) : s.modular.ok ? (
                  <Tag icon={<CheckCircleOutlined />} color="green">
                    {t('modularOk')}
                  </Tag>
                ) : (
                  <Tooltip title={s.modular.reason}>
                    <Tag icon={<WarningOutlined />} color="red" data-testid="non-modular">
                      {t('modularBad')}
                    </Tag>
                  </Tooltip>
                ),
            },
            ...(canImport
              ? [
                  {
                    title: t('actions'),
                    key: 'actions',
                    fixed: 'right' as const,
                    width: 80,
                    render: (_: unknown, s: Spec) =>
                      canEdit(s) && (
                        <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(s)} data-testid="spec-edit">
                          {t('edit')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <SpecModal
          spec={editing === 'new' ? null : editing}
          libraries={targetOptions}
          defaultLibrary={target}
          onClose={() => setEditing(null)}
          onSaved={() => void list.refetch()}
        />
      )}
    </>
  );
}

type SpecForm = {
  library: string;
  code: string;
  type: Spec['type'];
  name: string;
  dim0?: number | null;
  dim1?: number | null;
  dim2?: number | null;
  profile?: string | null;
  jointMm?: number | null;
  material?: string | null;
  grade?: string | null;
  manufacturers: string[];
  version: string;
  status: Spec['status'];
};

/** Add one spec, or edit one: the server checks the fields (and their combination) and answers the modular check. */
function SpecModal({
  spec,
  libraries,
  defaultLibrary,
  onClose,
  onSaved,
}: {
  spec: Spec | null;
  libraries: Array<{ value: string; label: string }>;
  defaultLibrary: string;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT(messages);
  const { lang } = useLanguage();
  const [form] = Form.useForm<SpecForm>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Spec | null>(null);
  const types = useQuery({ queryKey: ['component-types'], queryFn: () => call(client.GET('/api/components/types')), staleTime: Infinity });
  const type = Form.useWatch('type', form) ?? spec?.type ?? 'composite_slab';
  const info = types.data?.items.find((x) => x.type === type);
  const typeOptions = Object.entries(componentTypeLabels[lang]).map(([value, label]) => ({ value, label }));
  const initial: SpecForm = spec
    ? {
        library: spec.regionCode ?? 'national',
        code: spec.code,
        type: spec.type,
        name: spec.name,
        dim0: spec.dimsMm[0] ?? null,
        dim1: spec.dimsMm[1] ?? null,
        dim2: spec.dimsMm[2] ?? null,
        profile: spec.profile,
        jointMm: spec.jointMm,
        material: spec.material,
        grade: spec.grade,
        manufacturers: spec.manufacturers,
        version: spec.version,
        status: spec.status,
      }
    : {
        library: defaultLibrary,
        code: '',
        type: 'composite_slab',
        name: '',
        manufacturers: [],
        version: '1.0',
        status: 'active',
        material: '混凝土',
        grade: 'C30',
        jointMm: null,
      };

  async function save() {
    setFormError(null);
    let v: SpecForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const empty = (x: string | null | undefined) => (x && x.trim() ? x.trim() : null);
    const dimsMm = [v.dim0, v.dim1, v.dim2].filter((d): d is number => typeof d === 'number');
    const body = {
      name: v.name,
      profile: empty(v.profile),
      dimsMm,
      jointMm: v.jointMm ?? null,
      material: empty(v.material),
      grade: empty(v.grade),
      manufacturers: v.manufacturers ?? [],
      version: v.version,
      status: v.status,
    };
    setSaving(true);
    try {
      const result = spec
        ? await call(client.PATCH('/api/components/specs/{id}', { params: { path: { id: spec.id } }, body: body }))
        : await call(
            client.POST('/api/components/specs', {
              body: { ...body, regionCode: v.library === 'national' ? null : v.library, code: v.code, type: v.type },
            }),
          );
      setSaved(result);
      onSaved();
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setFormError(String(e));
        return;
      }
      // Field paths of the API (dimsMm.1, regionCode, …) onto the form's fields; anything else above the form.
      const field = (path: string): keyof SpecForm | null => {
        const [head, index] = path.split('.');
        if (head === 'dimsMm') return `dim${index ?? '0'}` as keyof SpecForm;
        if (head === 'regionCode') return 'library';
        return head && head in initial
          ? (head as keyof SpecForm)
          : head === 'profile' || head === 'jointMm'
            ? (head as keyof SpecForm)
            : null;
      };
      const mapped = e.details.filter((d) => field(d.path));
      form.setFields(mapped.map((d) => ({ name: field(d.path)!, errors: [d.message] })));
      const rest = e.details.filter((d) => !field(d.path));
      setFormError(mapped.length && !rest.length ? t('fixErrors') : [e.message, ...rest.map((d) => d.message)].join('；'));
    } finally {
      setSaving(false);
    }
  }

  if (saved) {
    const m = saved.modular;
    return (
      <Modal
        open
        title={t('resultTitle', { code: saved.code })}
        onCancel={onClose}
        footer={
          <Button type="primary" onClick={onClose} data-testid="spec-done">
            {t('done')}
          </Button>
        }
        width={720}
      >
        <div data-testid="spec-result">
          <Alert
            type={!m.applicable ? 'info' : m.ok ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={!m.applicable ? t('resultNa') : m.ok ? t('resultOk') : t('resultBad')}
            description={m.reason ?? undefined}
          />
          {m.applicable && (
            <Table
              size="small"
              rowKey="dim"
              pagination={false}
              dataSource={m.dims}
              columns={[
                { title: t('dimension'), dataIndex: 'label', width: 140 },
                { title: 'mm', dataIndex: 'dimMm', width: 90 },
                { title: t('expected'), dataIndex: 'expected', width: 150, render: (x: string[]) => x.join('、') },
                {
                  title: t('modular'),
                  dataIndex: 'ok',
                  width: 100,
                  render: (ok: boolean, d) => (ok ? <Tag color="green">{d.module}</Tag> : <Tag color="red">{t('modularBad')}</Tag>),
                },
                {
                  title: t('nearest'),
                  dataIndex: 'nearest',
                  render: (n: Array<{ module: string; dimMm: number; deltaMm: number }>) =>
                    n.map((x) => `${x.dimMm} (${x.module})`).join('；'),
                },
              ]}
            />
          )}
        </div>
      </Modal>
    );
  }

  const dimLabel = (i: number) => {
    const d = info?.dims[i];
    return d ? `${lang === 'en' ? d.en : d.zh} (${d.modules.join('/')})` : `${t('dimension')} ${i + 1}`;
  };
  return (
    <Modal
      open
      width={760}
      title={spec ? t('editTitle', { code: spec.code }) : t('addTitle')}
      onOk={save}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'spec-save' } as never}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={formError} data-testid="spec-form-error" />}
      <Form form={form} name="spec" layout="vertical" initialValues={initial} data-testid="spec-form">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="library" label={t('library')} rules={[{ required: true, message: t('required') }]}>
              <Select options={libraries} disabled={!!spec} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="code"
              label={t('code')}
              rules={[
                { required: true, message: t('required') },
                { max: 64 },
                { pattern: /^[A-Za-z0-9][A-Za-z0-9\-_./]*$/, message: 'A-Z 0-9 - _ . /' },
              ]}
            >
              <Input disabled={!!spec} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="type" label={t('type')} rules={[{ required: true, message: t('required') }]}>
              <Select options={typeOptions} disabled={!!spec} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, message: t('required') }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Typography.Text type="secondary">{t('dimsHelp')}</Typography.Text>
        <Row gutter={12}>
          {[0, 1, 2].map((i) => (
            <Col span={8} key={i}>
              <Form.Item name={`dim${i}` as 'dim0'} label={dimLabel(i)}>
                <InputNumber min={0} max={100000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="profile" label={t('profile')} extra={t('profileHelp')} rules={[{ max: 64 }]}>
              <Input allowClear />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="jointMm" label={t('joint')}>
              <InputNumber min={0} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="material" label={t('materialOnly')} rules={[{ max: 64 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="grade" label={t('grade')} rules={[{ max: 32 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="version" label={t('version')} rules={[{ required: true, message: t('required') }, { max: 16 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="manufacturers" label={t('makers')} extra={t('makersHelp')}>
              <Select mode="tags" open={false} tokenSeparators={['；', ';', '、']} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t('status')} rules={[{ required: true }]}>
              <Select options={Object.entries(specStatusLabels[lang]).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
