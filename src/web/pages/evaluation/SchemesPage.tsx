import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  InputNumber,
  Modal,
  Row,
  Space,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { BranchesOutlined, CopyOutlined, EditOutlined, SlidersOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useRegions } from '../../components/regions.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { evaluationLabels, type SchemeSummary } from './labels.js';

const messages = {
  'zh-CN': {
    title: '评价方案',
    code: '方案编码',
    name: '名称',
    region: '适用地区',
    national: '全国',
    version: '版本',
    frozen: '已使用（冻结）',
    editable: '可编辑',
    standard: '依据',
    clone: '复制到本地区',
    edit: '编辑 JSON',
    save: '保存',
    cancel: '取消',
    cloned: '已复制为 {code}',
    saved: '已保存',
    newVersion: '方案已被评价使用，已生成第 {v} 版',
    weight: '权重',
    structure: '方案结构（阶段 → 要素 → 指标）',
    grades: '评价等级',
    pick: '在左侧选择一个方案版本',
    frozenHint: '此版本已被评价使用；保存修改将生成新版本，已关闭的评价仍按原版本重算。',
    invalidJson: 'JSON 格式错误',
    export: '导出',
    maxScore: '满分',
    editWeights: '调整权重',
    weightsHint: '同级权重之和须为 1；已使用的版本保存后生成新版本。',
  },
  en: {
    title: 'Evaluation schemes',
    code: 'Code',
    name: 'Name',
    region: 'Region',
    national: 'National',
    version: 'Version',
    frozen: 'In use (frozen)',
    editable: 'Editable',
    standard: 'Standard',
    clone: 'Clone to my region',
    edit: 'Edit JSON',
    save: 'Save',
    cancel: 'Cancel',
    cloned: 'Cloned as {code}',
    saved: 'Saved',
    newVersion: 'The scheme is in use; version {v} was created',
    weight: 'weight',
    structure: 'Structure (stages → elements → items)',
    grades: 'Grades',
    pick: 'Pick a scheme version on the left',
    frozenHint: 'This version is used by evaluations; saving creates a new version, and closed evaluations still recompute with this one.',
    invalidJson: 'Invalid JSON',
    export: 'Export',
    maxScore: 'max',
    editWeights: 'Adjust weights',
    weightsHint: 'Sibling weights must sum to 1; saving a version in use creates a new one.',
  },
};

export function SchemesPage() {
  const t = useT(messages);
  const l = useT(evaluationLabels);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const regions = useRegions();
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const list = useQuery({ queryKey: ['evaluation', 'schemes'], queryFn: () => call(client.GET('/api/evaluation/schemes')) });
  const scheme = useQuery({
    queryKey: ['evaluation', 'scheme', selected],
    queryFn: () => call(client.GET('/api/evaluation/schemes/{id}', { params: { path: { id: selected! } } })),
    enabled: !!selected,
  });
  // The document as the client delivers it (openapi-fetch reads tuples such as a threshold's [value, score] steps as arrays).
  const [weights, setWeights] = useState<NonNullable<typeof scheme.data>['document'] | null>(null);
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const canEdit = (s: SchemeSummary) =>
    me?.role === 'admin' || (me?.role === 'regulator' && (me.regionCode === null || me.regionCode === s.regionCode));

  async function clone(s: SchemeSummary) {
    try {
      const r = await call(
        client.POST('/api/evaluation/schemes/{id}/clone', {
          params: { path: { id: s.id } },
          body: me?.regionCode ? {} : { regionCode: regions.regions[0]?.code },
        }),
      );
      message.success(t('cloned', { code: r.code }));
      await qc.invalidateQueries({ queryKey: ['evaluation', 'schemes'] });
      setSelected(r.id);
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  async function save() {
    if (!selected || editing === null) return;
    let doc: unknown;
    try {
      doc = JSON.parse(editing);
    } catch {
      setErrors([t('invalidJson')]);
      return;
    }
    if (await saveDocument(doc)) setEditing(null);
  }

  async function saveDocument(doc: unknown): Promise<boolean> {
    try {
      const r = await call(
        client.PUT('/api/evaluation/schemes/{id}', {
          params: { path: { id: selected! } },
          body: { document: doc as Record<string, unknown> },
        }),
      );
      message.success(r.newVersion ? t('newVersion', { v: r.version }) : t('saved'));
      setErrors([]);
      await qc.invalidateQueries({ queryKey: ['evaluation'] });
      setSelected(r.id);
      return true;
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.details.length ? e.details.map((d) => `${d.path}: ${d.message}`) : [e.message]);
      else setErrors([String(e)]);
      return false;
    }
  }

  const doc = scheme.data?.document;
  const treeData = doc?.stages.map((s) => ({
    key: s.id,
    title: (
      <Space size={4}>
        <b>{s.name}</b>
        <Tag>{`${t('weight')} ${s.weight}`}</Tag>
      </Space>
    ),
    children: s.elements.map((e) => ({
      key: `${s.id}/${e.id}`,
      title: (
        <Space size={4}>
          {e.name}
          <Tag>{`${t('weight')} ${e.weight}`}</Tag>
        </Space>
      ),
      children: e.items.map((i) => ({
        key: `${s.id}/${e.id}/${i.id}`,
        title: (
          <Space size={4} wrap>
            <Tag color={i.kind === 'control' ? 'red' : i.kind === 'bonus' ? 'gold' : 'blue'}>{l(i.kind)}</Tag>
            {i.name}
            <Typography.Text type="secondary">{`${t('maxScore')} ${i.maxScore} · ${l(i.scoring.mode)}${i.scoring.mode === 'indicator' ? ` ${i.scoring.indicator}` : ''}`}</Typography.Text>
          </Space>
        ),
      })),
    })),
  }));

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button
            onClick={() =>
              downloadCsv(
                'evaluation-schemes.csv',
                [
                  { title: t('code'), value: (r: SchemeSummary) => r.code },
                  { title: t('version'), value: (r) => r.version },
                  { title: t('name'), value: (r) => r.name },
                  { title: t('region'), value: (r) => (r.regionCode ? regions.name(r.regionCode) : t('national')) },
                  { title: t('frozen'), value: (r) => (r.frozen ? '✓' : '') },
                ],
                list.data?.items ?? [],
              )
            }
          >
            {t('export')}
          </Button>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Table<SchemeSummary>
            data-testid="scheme-table"
            size="small"
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            pagination={false}
            onRow={(r) => ({
              onClick: () => setSelected(r.id),
              style: { cursor: 'pointer', background: r.id === selected ? '#f0f7f0' : undefined },
            })}
            columns={[
              {
                title: t('name'),
                dataIndex: 'name',
                render: (v: string, r) => (
                  <Space orientation="vertical" size={0}>
                    <span data-testid={`scheme-${r.code}-${r.version}`}>{v}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.code}
                    </Typography.Text>
                  </Space>
                ),
              },
              { title: t('version'), dataIndex: 'version', width: 60 },
              {
                title: t('region'),
                dataIndex: 'regionCode',
                width: 80,
                render: (v: string | null) => (v ? regions.name(v) : t('national')),
                filters: [{ text: t('national'), value: '' }, ...regions.options.map((o) => ({ text: o.label, value: o.value }))],
                onFilter: (v, r) => (r.regionCode ?? '') === v,
              },
              {
                title: '',
                width: 110,
                render: (_: unknown, r) => (
                  <Space size={2} wrap>
                    {r.frozen ? <Tag color="purple">{t('frozen')}</Tag> : <Tag>{t('editable')}</Tag>}
                    <Tag>{r.basis}</Tag>
                  </Space>
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={14}>
          {!scheme.data ? (
            <Card>
              <Typography.Text type="secondary">{t('pick')}</Typography.Text>
            </Card>
          ) : (
            <Card
              title={`${scheme.data.name} · v${scheme.data.version}`}
              extra={
                <Space>
                  {staff && (
                    <Button icon={<CopyOutlined />} data-testid="scheme-clone" onClick={() => clone(scheme.data!)}>
                      {t('clone')}
                    </Button>
                  )}
                  {canEdit(scheme.data) && (
                    <Button
                      icon={<SlidersOutlined />}
                      data-testid="scheme-weights"
                      onClick={() => {
                        setErrors([]);
                        setWeights(structuredClone(scheme.data!.document));
                      }}
                    >
                      {t('editWeights')}
                    </Button>
                  )}
                  {canEdit(scheme.data) && (
                    <Button
                      icon={<EditOutlined />}
                      data-testid="scheme-edit"
                      onClick={() => {
                        setErrors([]);
                        setEditing(JSON.stringify(scheme.data!.document, null, 2));
                      }}
                    >
                      {t('edit')}
                    </Button>
                  )}
                </Space>
              }
            >
              <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('code')}>{scheme.data.code}</Descriptions.Item>
                <Descriptions.Item label={t('standard')}>{scheme.data.standard}</Descriptions.Item>
                <Descriptions.Item label={t('grades')}>
                  {doc?.grades.map((g) => (
                    <Tag key={g.code}>{lang === 'en' ? g.label.en : g.label.zh}</Tag>
                  ))}
                </Descriptions.Item>
                <Descriptions.Item label={t('region')}>
                  {scheme.data.regionCode ? regions.name(scheme.data.regionCode) : t('national')}
                </Descriptions.Item>
              </Descriptions>
              {doc?.note && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={doc.note} />}
              <Typography.Title level={5}>
                <BranchesOutlined /> {t('structure')}
              </Typography.Title>
              <Tree
                data-testid="scheme-tree"
                treeData={treeData}
                defaultExpandAll={false}
                defaultExpandedKeys={doc?.stages.map((s) => s.id)}
                selectable={false}
              />
            </Card>
          )}
        </Col>
      </Row>
      <Modal
        open={editing !== null}
        title={t('edit')}
        width={900}
        onCancel={() => setEditing(null)}
        onOk={save}
        okText={t('save')}
        cancelText={t('cancel')}
        okButtonProps={{ 'data-testid': 'scheme-save' } as never}
      >
        {scheme.data?.frozen && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('frozenHint')} />}
        {errors.length > 0 && (
          <Alert
            type="error"
            data-testid="scheme-errors"
            style={{ marginBottom: 8 }}
            message={
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            }
          />
        )}
        <Input.TextArea
          data-testid="scheme-json"
          value={editing ?? ''}
          onChange={(e) => setEditing(e.target.value)}
          autoSize={{ minRows: 16, maxRows: 30 }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
        />
      </Modal>
      <Modal
        open={weights !== null}
        title={t('editWeights')}
        width={720}
        onCancel={() => setWeights(null)}
        onOk={async () => {
          if (weights && (await saveDocument(weights))) setWeights(null);
        }}
        okText={t('save')}
        cancelText={t('cancel')}
        okButtonProps={{ 'data-testid': 'weights-save' } as never}
      >
        <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('weightsHint')} />
        {errors.length > 0 && (
          <Alert
            type="error"
            data-testid="weights-errors"
            style={{ marginBottom: 8 }}
            message={
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            }
          />
        )}
        {weights && (
          <Typography.Paragraph type="secondary">{`Σ ${Number(weights.stages.reduce((x, y) => x + y.weight, 0).toFixed(6))}`}</Typography.Paragraph>
        )}
        {weights?.stages.map((st, si) => (
          <div key={st.id} style={{ marginBottom: 12 }}>
            <Space>
              <b>{st.name}</b>
              <InputNumber
                data-testid={`weight-${st.id}`}
                size="small"
                min={0}
                max={1}
                step={0.05}
                value={st.weight}
                onChange={(v) =>
                  setWeights((w) => {
                    const c = structuredClone(w!);
                    c.stages[si]!.weight = Number(v ?? 0);
                    return c;
                  })
                }
              />
              <Typography.Text type="secondary">{`Σ ${Number(st.elements.reduce((x, y) => x + y.weight, 0).toFixed(6))}`}</Typography.Text>
            </Space>
            <div style={{ paddingLeft: 24, marginTop: 4 }}>
              {st.elements.map((el, ei) => (
                <Space key={el.id} style={{ marginRight: 16, marginBottom: 4 }}>
                  <span>{el.name}</span>
                  <InputNumber
                    data-testid={`weight-${st.id}-${el.id}`}
                    size="small"
                    min={0}
                    max={1}
                    step={0.05}
                    value={el.weight}
                    onChange={(v) =>
                      setWeights((w) => {
                        const c = structuredClone(w!);
                        c.stages[si]!.elements[ei]!.weight = Number(v ?? 0);
                        return c;
                      })
                    }
                  />
                </Space>
              ))}
            </div>
          </div>
        ))}
      </Modal>
    </>
  );
}
