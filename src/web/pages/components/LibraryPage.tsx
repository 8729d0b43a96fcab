import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { CheckCircleOutlined, DownloadOutlined, FileExcelOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { query } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { componentTypeLabels, dims, specStatusLabels, uploadFile, type Spec } from './common.js';

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
  },
};

type Filters = { library?: string; type?: string; status?: string; modular?: string; q?: string };

export function LibraryPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const regions = useRegions();
  const list = useList<Spec, Filters>('/api/components/specs', {});
  const canImport = me?.role === 'admin' || me?.role === 'regulator';
  const mayNational = me?.role === 'admin' || (me?.role === 'regulator' && !me.regionCode);
  const [target, setTarget] = useState<string>(mayNational ? 'national' : (me?.regionCode ?? 'national'));
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<{ message: string; details: Array<{ path: string; message: string }> } | null>(null);

  const libraryOptions = [{ value: 'national', label: t('national') }, ...regions.options];
  const targetOptions = libraryOptions.filter((o) => (o.value === 'national' ? mayNational : me?.role === 'admin' || !me?.regionCode || me.regionCode === o.value));
  const typeOptions = Object.entries(componentTypeLabels[lang]).map(([value, label]) => ({ value, label }));
  const libraryName = (r: string | null) => (r ? regions.name(r) : t('national'));

  async function runImport(file: File) {
    setImporting(true);
    setErrors(null);
    try {
      const r = await uploadFile<{ rowsTotal: number; created: number; updated: number }>(`/api/components/import${query({ library: target })}`, file, lang);
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
              <Space.Compact>
                <Select value={target} onChange={setTarget} options={targetOptions} style={{ width: 140 }} aria-label={t('importTo')} data-testid="import-target" />
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
            <Select placeholder={t('status')} allowClear style={{ width: 100 }} options={Object.entries(specStatusLabels[lang]).map(([value, label]) => ({ value, label }))} />
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
                  { title: t('modular'), dataIndex: 'ok', width: 120, render: (ok: boolean, d) => (ok ? <Tag color="green">{d.module}</Tag> : <Tag color="red">{t('modularBad')}</Tag>) },
                  { title: t('nearest'), dataIndex: 'nearest', render: (n: Array<{ module: string; dimMm: number; deltaMm: number }>) => n.map((x) => `${x.dimMm} (${x.module}, ${x.deltaMm > 0 ? '+' : ''}${x.deltaMm})`).join('；') },
                ]}
              />
            ),
          }}
          columns={[
            { title: t('code'), dataIndex: 'code', fixed: 'left', width: 180, render: (v: string, s) => <Space size={4}>{v}{s.isDemo && <Tag>{c('demo')}</Tag>}</Space> },
            { title: t('name'), dataIndex: 'name', width: 220 },
            { title: t('type'), dataIndex: 'type', width: 110, render: (v: Spec['type']) => componentTypeLabels[lang][v] },
            { title: t('nominal'), dataIndex: 'dimsMm', width: 170, render: (d: number[], s) => (s.profile ? '—' : dims(d)) },
            { title: t('actual'), dataIndex: 'actualDimsMm', width: 170, render: (d: number[], s) => (s.profile ? '—' : dims(d)) },
            { title: t('profile'), dataIndex: 'profile', width: 110 },
            { title: t('material'), key: 'm', width: 120, render: (_: unknown, s) => [s.material, s.grade].filter(Boolean).join(' / ') },
            { title: t('makers'), dataIndex: 'manufacturers', width: 200, render: (m: string[]) => m.join('、') },
            { title: t('library'), dataIndex: 'regionCode', width: 100, render: (r: string | null) => libraryName(r) },
            { title: t('version'), dataIndex: 'version', width: 70 },
            { title: t('status'), dataIndex: 'status', width: 70, render: (v: Spec['status']) => <Tag color={v === 'active' ? 'green' : v === 'draft' ? 'blue' : 'default'}>{specStatusLabels[lang][v]}</Tag> },
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
          ]}
        />
      </Card>
    </>
  );
}
