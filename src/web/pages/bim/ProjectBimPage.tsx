import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Progress,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Tree,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { call, client, query } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { StopWorkBanner } from '../supervision/StopWorkBanner.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import type { ColourMode, ViewerIndex } from './ModelViewer.js';

// three.js and the viewer load only when a model is shown, keeping them out of the main bundle.
const ModelViewer = lazy(() => import('./ModelViewer.js').then((m) => ({ default: m.ModelViewer })));
import { bimMessages, statusColour, type ModelItem } from './common.js';
import type { ItemOf, ResponseOf, Schemas } from '../../api/types.js';
import { chinaTime } from '../../components/chinaTime.js';

type SpatialNode = Schemas['SpatialNode'];
type ModelDetail = ResponseOf<'/api/bim/models/{id}'>;
type ClassQ = NonNullable<ModelDetail['summary']>['quantities'][string];
type Element = ItemOf<'/api/bim/models/{id}/elements'>;

const fmt = (x: number | null | undefined, d = 3) =>
  x === null || x === undefined ? '—' : x.toLocaleString(undefined, { maximumFractionDigits: d });

/** Upload with progress: fetch cannot report upload progress, XMLHttpRequest can. */
function uploadIfc(url: string, file: File, onProgress: (pct: number) => void): Promise<ModelItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept-language', localStorage.getItem('greenbuild.lang') === 'en' ? 'en' : 'zh-CN');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      const body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      if (xhr.status === 202) resolve(body);
      else
        reject(
          new Error(
            [body?.error?.message, ...(body?.error?.details ?? []).map((d: { message: string }) => d.message)].filter(Boolean).join('：'),
          ),
        );
    };
    xhr.onerror = () => reject(new Error('network'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function ProjectBimPage() {
  const { projectId = '' } = useParams();
  const t = useT(bimMessages);
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<string | null>(null);
  const [uploadPct, setUploadPct] = useState<number | null>(null);
  const [colourMode, setColourMode] = useState<ColourMode>('class');
  const [storey, setStorey] = useState<string | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [filter, setFilter] = useState<{ ifcClass?: string; storey?: string; q?: string; page: number }>({ page: 1 });

  const projects = useQuery({ queryKey: ['bim-projects'], queryFn: () => call(client.GET('/api/bim/projects')) });
  const project = projects.data?.items.find((p) => p.id === projectId);
  const models = useQuery({
    queryKey: ['bim-models', projectId],
    queryFn: () => call(client.GET('/api/bim/models', { params: { query: { projectId, pageSize: 50 } } })),
    // Progress comes from the job row in the database, so polling any instance shows it.
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'queued' || m.status === 'processing') ? 1000 : false),
  });
  const current =
    models.data?.items.find((m) => m.id === selected) ?? models.data?.items.find((m) => m.status === 'ready') ?? models.data?.items[0];
  const detail = useQuery({
    queryKey: ['bim-model', current?.id, current?.status],
    enabled: !!current,
    queryFn: () => call(client.GET('/api/bim/models/{id}', { params: { path: { id: current!.id } } })) as Promise<ModelDetail>,
  });
  const ready = current?.status === 'ready';
  const index = useQuery({
    queryKey: ['bim-index', current?.id],
    enabled: ready,
    queryFn: () => call(client.GET('/api/bim/models/{id}/index', { params: { path: { id: current!.id } } })) as Promise<ViewerIndex>,
  });
  const elements = useQuery({
    queryKey: ['bim-elements', current?.id, filter],
    enabled: ready,
    queryFn: () =>
      call(client.GET('/api/bim/models/{id}/elements', { params: { path: { id: current!.id }, query: { ...filter, pageSize: 20 } } })),
  });
  const element = useQuery({
    queryKey: ['bim-element', current?.id, picked],
    enabled: ready && picked !== null,
    queryFn: () =>
      call(client.GET('/api/bim/models/{id}/elements/{expressId}', { params: { path: { id: current!.id, expressId: picked! } } })),
  });

  const canUpload = me?.role === 'admin' || me?.role === 'enterprise';
  const summaryRows = useMemo(
    () =>
      Object.entries(detail.data?.summary?.quantities ?? {})
        .map(([cls, q]) => ({ cls, ...q }))
        .sort((a, b) => b.volume - a.volume),
    [detail.data],
  );

  const onUpload = async (file: File) => {
    setUploadPct(0);
    try {
      const created = await uploadIfc(`/api/projects/${projectId}/bim/models`, file, setUploadPct);
      message.success(t('uploaded', { version: created.version }));
      setSelected(created.id);
      await qc.invalidateQueries({ queryKey: ['bim-models', projectId] });
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setUploadPct(null);
    }
  };

  const treeData = (nodes: SpatialNode[]): any[] =>
    nodes.map((n) => ({
      key: n.expressId,
      title: `${n.entity.replace(/^Ifc/, '')} ${n.longName ?? n.name ?? ''}${n.elevation !== null && n.entity === 'IfcBuildingStorey' ? ` (${fmt(n.elevation, 2)} m)` : ''}${n.area !== null ? ` · ${fmt(n.area, 2)} m²` : ''}${n.elementCount ? ` · ${t('elementsN', { n: n.elementCount })}` : ''}`,
      children: treeData(n.children),
    }));

  return (
    <>
      <PageHeader
        title={`${t('title')}${project ? ` · ${project.code} ${project.name}` : ''}`}
        extra={
          <>
            <Link to={`/projects/${projectId}/carbon`}>
              <Button>{t('carbonLink')}</Button>
            </Link>
            {canUpload && (
              <Upload accept=".ifc" showUploadList={false} beforeUpload={(f) => (void onUpload(f), false)}>
                <Button type="primary" icon={<UploadOutlined />} loading={uploadPct !== null} data-testid="bim-upload">
                  {t('upload')}
                </Button>
              </Upload>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
      </PageHeader>
      <StopWorkBanner projectId={projectId} />
      {uploadPct !== null && (
        <Progress percent={uploadPct} status="active" format={(p) => `${t('uploading')} ${p}%`} style={{ marginBottom: 12 }} />
      )}
      <Card size="small" title={t('versions')} style={{ marginBottom: 16 }}>
        <Table<ModelItem>
          rowKey="id"
          size="small"
          loading={models.isLoading}
          dataSource={models.data?.items ?? []}
          pagination={false}
          rowSelection={{
            type: 'radio',
            selectedRowKeys: current ? [current.id] : [],
            onChange: (keys) => (setSelected(String(keys[0])), setPicked(null), setStorey(null)),
          }}
          columns={[
            { title: t('version'), dataIndex: 'version', width: 70, render: (v) => `v${v}` },
            { title: t('file'), dataIndex: 'fileName' },
            { title: t('schema'), dataIndex: 'ifcSchema', width: 90 },
            { title: t('size'), dataIndex: 'sizeBytes', width: 100, render: (v: number) => `${(v / 1024 / 1024).toFixed(2)} MB` },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 260,
              render: (_: unknown, m) =>
                m.status === 'processing' || m.status === 'queued' ? (
                  <Progress
                    percent={Math.round(m.progress * 100)}
                    size="small"
                    status="active"
                    format={(p) => `${t(m.status)} ${p}%`}
                    data-testid="bim-progress"
                  />
                ) : (
                  <Space direction="vertical" size={0}>
                    <Tag color={statusColour[m.status]}>{t(m.status)}</Tag>
                    {m.errorMessage && <Typography.Text type="danger">{m.errorMessage}</Typography.Text>}
                  </Space>
                ),
            },
            { title: t('elements'), dataIndex: 'elementCount', width: 90, render: (v) => v ?? '—' },
            { title: t('uploadedBy'), dataIndex: 'uploadedByName', width: 120 },
            { title: t('uploadedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => chinaTime(v) },
          ]}
        />
      </Card>
      {!current && !models.isLoading && <Empty description={t('noModel')} />}
      {current && !ready && current.status !== 'failed' && <Alert type="info" showIcon message={t('processingHint')} />}
      {current && ready && detail.data && (
        <Tabs
          items={[
            {
              key: 'viewer',
              label: t('viewer'),
              children: (
                <Row gutter={16}>
                  <Col xs={24} lg={16}>
                    <Space wrap style={{ marginBottom: 8 }}>
                      <span>{t('colourBy')}</span>
                      <Select<ColourMode>
                        value={colourMode}
                        onChange={setColourMode}
                        style={{ width: 180 }}
                        data-testid="bim-colour"
                        options={[
                          { value: 'none', label: t('colourNone') },
                          { value: 'class', label: t('colourClass') },
                          { value: 'material', label: t('colourMaterial') },
                          { value: 'declared', label: t('colourDeclared') },
                        ]}
                      />
                      <span>{t('storey')}</span>
                      <Select
                        allowClear
                        placeholder={t('allStoreys')}
                        value={storey ?? undefined}
                        onChange={(v) => setStorey(v ?? null)}
                        style={{ width: 200 }}
                        options={detail.data.storeys.map((s) => ({ value: s, label: s }))}
                      />
                      {colourMode === 'declared' && (
                        <>
                          <Tag color="#52c41a">{t('declared')}</Tag>
                          <Tag color="#fa8c16">{t('geometry')}</Tag>
                        </>
                      )}
                    </Space>
                    <Suspense fallback={<div style={{ height: 520 }} />}>
                      <ModelViewer
                        modelId={current.id}
                        index={index.data}
                        colourMode={colourMode}
                        storey={storey}
                        onPick={setPicked}
                        labels={{ loading: t('loadingGeometry'), failed: t('viewerFailed') }}
                      />
                    </Suspense>
                    <Typography.Text type="secondary">{t('viewerHelp')}</Typography.Text>
                  </Col>
                  <Col xs={24} lg={8}>
                    <Card size="small" title={t('picked')} data-testid="bim-picked">
                      {picked === null || !element.data ? (
                        <Typography.Text type="secondary">{t('pickHint')}</Typography.Text>
                      ) : (
                        <>
                          <Descriptions size="small" column={1} bordered>
                            <Descriptions.Item label={t('class')}>{element.data.entity}</Descriptions.Item>
                            <Descriptions.Item label={t('name')}>{element.data.name ?? '—'}</Descriptions.Item>
                            <Descriptions.Item label="GlobalId">{element.data.globalId}</Descriptions.Item>
                            <Descriptions.Item label={t('storey')}>{element.data.storey ?? '—'}</Descriptions.Item>
                            <Descriptions.Item label={t('material')}>{element.data.material ?? '—'}</Descriptions.Item>
                            <Descriptions.Item label={t('volume')}>
                              {fmt(element.data.volume)} m³ {element.data.volumeSource && <Tag>{t(element.data.volumeSource)}</Tag>}
                            </Descriptions.Item>
                            <Descriptions.Item label={t('declaredVolume')}>{fmt(element.data.declaredVolume)} m³</Descriptions.Item>
                            <Descriptions.Item label={t('geometryVolume')}>{fmt(element.data.geometryVolume)} m³</Descriptions.Item>
                            <Descriptions.Item label={t('difference')}>
                              {element.data.volumeDifference === null ? '—' : `${(element.data.volumeDifference * 100).toFixed(2)}%`}
                            </Descriptions.Item>
                            <Descriptions.Item label={t('area')}>{fmt(element.data.area)} m²</Descriptions.Item>
                          </Descriptions>
                          {Object.entries(element.data.quantitySets)
                            .filter(([name]) => /^(BaseQuantities|Qto_)/i.test(name))
                            .map(([name, values]) => (
                              <Descriptions key={name} size="small" column={1} title={name} style={{ marginTop: 12 }}>
                                {Object.entries(values).map(([k, v]) => (
                                  <Descriptions.Item key={k} label={k}>
                                    {fmt(v)}
                                  </Descriptions.Item>
                                ))}
                              </Descriptions>
                            ))}
                          {Object.entries(element.data.psets)
                            .slice(0, 3)
                            .map(([name, values]) => (
                              <Descriptions key={name} size="small" column={1} title={name} style={{ marginTop: 12 }}>
                                {Object.entries(values)
                                  .slice(0, 8)
                                  .map(([k, v]) => (
                                    <Descriptions.Item key={k} label={k}>
                                      {String(v ?? '—')}
                                    </Descriptions.Item>
                                  ))}
                              </Descriptions>
                            ))}
                        </>
                      )}
                    </Card>
                  </Col>
                </Row>
              ),
            },
            {
              key: 'takeoff',
              label: t('takeoff'),
              children: (
                <>
                  <EChart
                    height={280}
                    testId="bim-class-chart"
                    option={{
                      tooltip: { trigger: 'axis' },
                      legend: { data: [t('volume'), t('count')] },
                      xAxis: { type: 'category', data: summaryRows.map((r) => r.cls.replace(/^Ifc/, '')), axisLabel: { rotate: 30 } },
                      yAxis: [
                        { type: 'value', name: 'm³' },
                        { type: 'value', name: t('count') },
                      ],
                      series: [
                        { name: t('volume'), type: 'bar', data: summaryRows.map((r) => Math.round(r.volume * 100) / 100) },
                        { name: t('count'), type: 'line', yAxisIndex: 1, data: summaryRows.map((r) => r.count) },
                      ],
                    }}
                  />
                  <Table
                    rowKey="cls"
                    size="small"
                    pagination={false}
                    dataSource={summaryRows}
                    columns={[
                      { title: t('class'), dataIndex: 'cls' },
                      { title: t('count'), dataIndex: 'count', align: 'right' },
                      { title: `${t('volume')} m³`, dataIndex: 'volume', align: 'right', render: (v) => fmt(v, 2) },
                      { title: `${t('area')} m²`, dataIndex: 'area', align: 'right', render: (v) => fmt(v, 2) },
                      { title: t('declared'), dataIndex: 'declaredCount', align: 'right' },
                      { title: t('geometry'), dataIndex: 'geometryCount', align: 'right' },
                      {
                        title: t('declaredVsGeometry'),
                        key: 'diff',
                        align: 'right',
                        render: (_, r: ClassQ) =>
                          r.bothCount && r.bothDeclaredVolume > 0
                            ? `${(((r.bothGeometryVolume - r.bothDeclaredVolume) / r.bothDeclaredVolume) * 100).toFixed(2)}%`
                            : '—',
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'elements',
              label: t('elementList'),
              children: (
                <>
                  <Space wrap style={{ marginBottom: 12 }}>
                    <Select
                      allowClear
                      placeholder={t('class')}
                      style={{ width: 180 }}
                      value={filter.ifcClass}
                      onChange={(v) => setFilter({ ...filter, ifcClass: v, page: 1 })}
                      options={detail.data.classes.map((c) => ({ value: c, label: c }))}
                    />
                    <Select
                      allowClear
                      placeholder={t('storey')}
                      style={{ width: 180 }}
                      value={filter.storey}
                      onChange={(v) => setFilter({ ...filter, storey: v, page: 1 })}
                      options={detail.data.storeys.map((c) => ({ value: c, label: c }))}
                    />
                    <Input.Search
                      allowClear
                      placeholder={t('search')}
                      onSearch={(q) => setFilter({ ...filter, q, page: 1 })}
                      style={{ width: 220 }}
                    />
                    <Button
                      icon={<DownloadOutlined />}
                      href={`/api/bim/models/${current.id}/elements.xlsx${query({ ifcClass: filter.ifcClass, storey: filter.storey, q: filter.q })}`}
                    >
                      {t('exportExcel')}
                    </Button>
                  </Space>
                  <Table<Element>
                    rowKey="expressId"
                    size="small"
                    loading={elements.isLoading}
                    dataSource={elements.data?.items ?? []}
                    pagination={{
                      current: filter.page,
                      pageSize: 20,
                      total: elements.data?.total ?? 0,
                      showSizeChanger: false,
                      onChange: (page) => setFilter({ ...filter, page }),
                    }}
                    onRow={(r) => ({ onClick: () => setPicked(r.expressId) })}
                    columns={[
                      { title: t('class'), dataIndex: 'entity', width: 170 },
                      { title: t('name'), dataIndex: 'name', ellipsis: true },
                      { title: t('storey'), dataIndex: 'storey', width: 130 },
                      { title: t('material'), dataIndex: 'material', ellipsis: true },
                      { title: `${t('volume')} m³`, dataIndex: 'volume', align: 'right', width: 110, render: (v) => fmt(v) },
                      { title: `${t('area')} m²`, dataIndex: 'area', align: 'right', width: 110, render: (v) => fmt(v) },
                      {
                        title: t('source'),
                        dataIndex: 'volumeSource',
                        width: 90,
                        render: (v) => (v ? <Tag color={v === 'declared' ? 'green' : 'orange'}>{t(v)}</Tag> : '—'),
                      },
                      {
                        title: t('difference'),
                        dataIndex: 'volumeDifference',
                        width: 90,
                        align: 'right',
                        render: (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`),
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'spatial',
              label: t('spatial'),
              children: <Tree defaultExpandAll treeData={treeData(detail.data.spatial ?? [])} />,
            },
          ]}
        />
      )}
    </>
  );
}
