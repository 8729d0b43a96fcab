import { useState } from 'react';
import { Link } from 'react-router';
import { App as AntApp, Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData, query } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectStatusTag } from './ProjectHeader.js';
import { categoryLabels, label, statusLabels, statusOrder, structureLabels, useLabels, type Project } from './labels.js';

const messages = {
  'zh-CN': {
    title: '试点项目登记',
    keyword: '项目名称 / 编号 / 地址',
    status: '状态',
    category: '工程类别',
    structure: '结构类型',
    use: '使用性质',
    renewal: '城市更新',
    size: '规模',
    owner: '建设单位',
    code: '项目编号',
    name: '项目名称',
    importExcel: '导入 Excel',
    template: '下载模板',
    imported: '已导入 {n} 个项目',
    rejected: '导入被拒绝，未导入任何项目',
    row: '行号',
    field: '字段',
    reason: '原因',
    prefab: '装配式',
  },
  en: {
    title: 'Project register',
    keyword: 'Name / code / address',
    status: 'Status',
    category: 'Category',
    structure: 'Structure',
    use: 'Use',
    renewal: 'Urban renewal',
    size: 'Size',
    owner: 'Client',
    code: 'Code',
    name: 'Project',
    importExcel: 'Import Excel',
    template: 'Template',
    imported: '{n} projects imported',
    rejected: 'Import rejected; nothing was imported',
    row: 'Row',
    field: 'Field',
    reason: 'Reason',
    prefab: 'Prefabricated',
  },
};

// Spreadsheet columns by field key, for the import report.
const fieldHeaders: Record<string, string> = {
  code: '项目编号',
  name: '项目名称',
  region: '地区',
  category: '工程类别',
  structureType: '结构类型',
  useType: '使用性质',
  isRenewal: '城市更新',
  isPrefabricated: '装配式',
  address: '地址',
  longitude: '经度',
  latitude: '纬度',
  floorAreaM2: '建筑面积(m²)',
  lengthM: '长度(m)',
  investmentWanYuan: '总投资(万元)',
  organisationModel: '组织模式',
  plannedStart: '计划开工',
  plannedFinish: '计划竣工',
  actualStart: '实际开工',
  actualFinish: '实际竣工',
  status: '状态',
  owner: '建设单位',
};

type ImportProblem = { row: string; field: string; reason: string };

export const formatSize = (p: Pick<Project, 'floorAreaM2' | 'lengthM'>) =>
  p.floorAreaM2 ? `${p.floorAreaM2.toLocaleString()} m²` : p.lengthM ? `${p.lengthM.toLocaleString()} m` : '—';

export function ProjectsPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const regions = useRegions();
  const list = useList('/api/projects', {});
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const staff = me?.role === 'admin' || me?.role === 'regulator';

  async function importFile(file: File) {
    try {
      const res = await call(client.POST('/api/projects/import', { body: { file }, bodySerializer: formData }));
      message.success(t('imported', { n: res.imported }));
      void list.refetch();
    } catch (e) {
      if (e instanceof ApiError && e.details.length) {
        setProblems(
          e.details.map((d) => {
            const [, row, field] = d.path.split('.');
            return { row: row ?? '', field: fieldHeaders[field ?? ''] ?? field ?? '', reason: d.message };
          }),
        );
      } else message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={`/api/projects/export.xlsx${query(list.filters)}`} data-testid="export-projects">
              {c('export')}
            </Button>
            {staff && (
              <>
                <Button icon={<FileExcelOutlined />} href="/api/projects/import-template.xlsx">
                  {t('template')}
                </Button>
                <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void importFile(f), false)}>
                  <Button icon={<UploadOutlined />} data-testid="import-projects">
                    {t('importExcel')}
                  </Button>
                </Upload>
              </>
            )}
          </>
        }
      />
      <Card>
        <Form layout="inline" onFinish={(v) => list.search(v)} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="q">
            <Input placeholder={t('keyword')} allowClear style={{ width: 220 }} />
          </Form.Item>
          {(me?.role === 'admin' || (me?.role === 'regulator' && !me.regionCode)) && (
            <Form.Item name="regionCode">
              <Select placeholder={c('region')} allowClear style={{ width: 130 }} options={regions.options} />
            </Form.Item>
          )}
          <Form.Item name="status">
            <Select
              placeholder={t('status')}
              allowClear
              style={{ width: 130 }}
              options={statusOrder.map((s) => ({ value: s, label: statusLabels[lang][s] }))}
            />
          </Form.Item>
          <Form.Item name="category">
            <Select
              placeholder={t('category')}
              allowClear
              style={{ width: 150 }}
              options={Object.entries(categoryLabels[lang]).map(([value, l]) => ({ value, label: l }))}
            />
          </Form.Item>
          <Form.Item name="isRenewal">
            <Select
              placeholder={t('renewal')}
              allowClear
              style={{ width: 120 }}
              options={[
                { value: 'true', label: c('yes') },
                { value: 'false', label: c('no') },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {c('search')}
          </Button>
        </Form>
        <Table<Project>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items}
          loading={list.loading}
          scroll={{ x: 1100 }}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            { title: t('code'), dataIndex: 'code', width: 120 },
            {
              title: t('name'),
              dataIndex: 'name',
              render: (v: string, p) => (
                <Space>
                  <Link to={`/projects/${p.id}`}>{v}</Link>
                  {p.isRenewal && <Tag color="orange">{t('renewal')}</Tag>}
                  {p.isPrefabricated && <Tag color="geekblue">{t('prefab')}</Tag>}
                </Space>
              ),
            },
            { title: c('region'), dataIndex: 'regionCode', width: 90, render: (r: string) => regions.name(r) },
            { title: t('category'), dataIndex: 'category', width: 120, render: (v: string) => label(categoryLabels[lang], v) },
            { title: t('structure'), dataIndex: 'structureType', width: 90, render: (v: string | null) => label(structureLabels[lang], v) },
            { title: t('use'), dataIndex: 'useType', width: 100, render: (v: string | null) => label(useLabels[lang], v) },
            { title: t('size'), key: 'size', width: 130, align: 'right', render: (_: unknown, p) => formatSize(p) },
            { title: t('owner'), dataIndex: 'ownerOrganisationName', ellipsis: true },
            { title: t('status'), dataIndex: 'status', width: 90, render: (s: Project['status']) => <ProjectStatusTag status={s} /> },
          ]}
        />
      </Card>
      <Modal open={!!problems} title={t('rejected')} footer={null} onCancel={() => setProblems(null)} width={720}>
        <Alert type="error" showIcon title={t('rejected')} style={{ marginBottom: 12 }} />
        <Table<ImportProblem>
          data-testid="import-report"
          rowKey={(r) => `${r.row}.${r.field}.${r.reason}`}
          size="small"
          pagination={false}
          dataSource={problems ?? []}
          columns={[
            { title: t('row'), dataIndex: 'row', width: 70 },
            { title: t('field'), dataIndex: 'field', width: 140 },
            { title: t('reason'), dataIndex: 'reason' },
          ]}
        />
      </Modal>
    </>
  );
}
