import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { AppstoreOutlined, DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { ITEM_IDS, PrefabSheet, gradeColour, type ItemId } from './common.js';
import { RatioInputs, toFractions, type PercentValues, type SourceInfo } from './RatioInputs.js';
import type { BodyOf, ResponseOf } from '../../api/types.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    title: '装配率计算表（GB/T 51129-2017）',
    inputs: '评价项输入',
    save: '保存并计算',
    saved: '已保存：装配率 {P}%',
    export: '导出 Excel',
    fromModel: '由 BIM 模型计算',
    useModel: '采用模型值',
    modelNone: '项目尚无已处理的 BIM 模型；q1a、q1b 请手工填报。',
    q1a: 'q1a 竖向构件预制混凝土体积比',
    q1b: 'q1b 水平构件预制面积比',
    elements: '构件 {n} 个（预制 {p}，无工程量 {u}）',
    notDerivable: '模型中没有可计算的构件',
    sheet: '计算表',
    noSheet: '尚未保存装配率输入。',
    history: '保存记录',
    savedAt: '保存时间',
    components: '构件标准化',
    rulesHint: '预制构件按“构件标准化”页的识别规则判定。',
  },
  en: {
    title: 'Prefabrication ratio sheet (GB/T 51129-2017)',
    inputs: 'Inputs',
    save: 'Save and calculate',
    saved: 'Saved: P = {P}%',
    export: 'Export Excel',
    fromModel: 'From the BIM model',
    useModel: 'Use model values',
    modelNone: 'No processed BIM model yet; enter q1a and q1b by hand.',
    q1a: 'q1a precast share of vertical member volume',
    q1b: 'q1b precast share of horizontal member area',
    elements: '{n} elements ({p} precast, {u} without quantities)',
    notDerivable: 'Nothing in the model to compute this from',
    sheet: 'Sheet',
    noSheet: 'No inputs saved yet.',
    history: 'Saves',
    savedAt: 'Saved at',
    components: 'Standardisation',
    rulesHint: 'Precast members are those the recognition rules on the standardisation page select.',
  },
};

type Entry = NonNullable<Sheet['saved']>['inputs'][ItemId];
type Sheet = ResponseOf<'/api/projects/{projectId}/prefab'>;

const EMPTY: PercentValues = { q1a: 0, q1b: 0, q2a: 0, q2b: 0, q2c: 0, q2d: 0, q3a: 0, q3b: 0, q3c: 0, q3d: 0, fullDecoration: true };

export function ProjectPrefabPage() {
  const { projectId = '' } = useParams();
  const t = useT(messages);
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const sheet = useQuery({
    queryKey: ['prefab-sheet', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/prefab', { params: { path: { projectId } } })),
  });
  const [values, setValues] = useState<PercentValues>(EMPTY);
  const [sources, setSources] = useState<Record<ItemId, Entry>>({} as Record<ItemId, Entry>);
  const [saving, setSaving] = useState(false);
  const canWrite = me?.role === 'admin' || me?.role === 'regulator' || me?.role === 'enterprise';

  useEffect(() => {
    const s = sheet.data?.saved;
    if (!s) return;
    setValues({
      ...(Object.fromEntries(
        ITEM_IDS.map((id) => [id, s.inputs[id].value === null ? null : Math.round(s.inputs[id].value! * 10000) / 100]),
      ) as Record<ItemId, number | null>),
      fullDecoration: s.fullDecoration,
    });
    setSources(s.inputs);
  }, [sheet.data?.saved]);

  // A value typed by hand is a manual input, whatever it was before.
  function change(next: PercentValues) {
    const changed = ITEM_IDS.filter((id) => next[id] !== values[id]);
    if (changed.length)
      setSources((prev) => ({
        ...prev,
        ...Object.fromEntries(changed.map((id) => [id, { value: null, source: 'manual', note: null, numerator: null, denominator: null }])),
      }));
    setValues(next);
  }

  function useModel() {
    const m = sheet.data?.model;
    if (!m) return;
    const next = { ...values };
    const src = { ...sources };
    for (const id of ['q1a', 'q1b'] as const) {
      const r = m[id];
      if (!r) continue;
      next[id] = Math.round(r.value * 10000) / 100;
      src[id] = { value: r.value, source: 'model', note: `${m.model?.label ?? ''}`, numerator: r.numerator, denominator: r.denominator };
    }
    setValues(next);
    setSources(src);
  }

  async function save() {
    setSaving(true);
    try {
      const f = toFractions(values);
      const inputs = Object.fromEntries(
        ITEM_IDS.map((id) => {
          const s = sources[id];
          return [
            id,
            {
              value: f[id],
              source: s?.source ?? 'manual',
              note: s?.note ?? null,
              numerator: s?.source === 'model' ? s.numerator : null,
              denominator: s?.source === 'model' ? s.denominator : null,
            },
          ];
        }),
      );
      const r = await call(
        client.PUT('/api/projects/{projectId}/prefab', {
          params: { path: { projectId } },
          body: { inputs: inputs as BodyOf<'/api/projects/{projectId}/prefab', 'put'>['inputs'], fullDecoration: values.fullDecoration },
        }),
      );
      message.success(t('saved', { P: r.P }));
      await qc.invalidateQueries({ queryKey: ['prefab-sheet', projectId] });
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setSaving(false);
    }
  }

  const d = sheet.data;
  const sourceInfo: SourceInfo = Object.fromEntries(ITEM_IDS.filter((id) => sources[id]).map((id) => [id, sources[id]]));
  const modelRow = (id: 'q1a' | 'q1b') => {
    const r = d?.model[id];
    return (
      <Descriptions.Item label={t(id)}>
        {r ? (
          <Space wrap>
            <Typography.Text strong>{(r.value * 100).toFixed(1)}%</Typography.Text>
            <Typography.Text type="secondary">
              {r.numerator} / {r.denominator} {r.unit === 'm3' ? 'm³' : 'm²'}
            </Typography.Text>
            <Typography.Text type="secondary">{t('elements', { n: r.elements, p: r.precastElements, u: r.unmeasured })}</Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('notDerivable')}</Typography.Text>
        )}
      </Descriptions.Item>
    );
  };

  return (
    <>
      <ProjectHeader
        projectId={projectId}
        extra={
          <>
            <Link to={`/projects/${projectId}/components`}>
              <Button icon={<AppstoreOutlined />}>{t('components')}</Button>
            </Link>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/projects/${projectId}/prefab/export`}
              disabled={!d?.saved}
              data-testid="prefab-export"
            >
              {t('export')}
            </Button>
          </>
        }
      />
      <Card
        title={t('sheet')}
        style={{ marginBottom: 16 }}
        extra={d?.result && <Tag color={gradeColour(d.result.grade)}>{d.result.grade ?? '—'}</Tag>}
      >
        {d?.result ? (
          <PrefabSheet table={d.table.data} result={d.result} sources={d.saved?.inputs} />
        ) : (
          <Empty description={t('noSheet')} />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card
            title={t('inputs')}
            style={{ marginBottom: 16 }}
            extra={
              canWrite && (
                <Button type="primary" icon={<SaveOutlined />} onClick={save} loading={saving} data-testid="prefab-save">
                  {t('save')}
                </Button>
              )
            }
          >
            {d && <RatioInputs table={d.table.data} value={values} onChange={change} sources={sourceInfo} disabled={!canWrite} />}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card
            title={t('fromModel')}
            style={{ marginBottom: 16 }}
            extra={
              canWrite &&
              d?.model.model && (
                <Button size="small" onClick={useModel} disabled={!d.model.q1a && !d.model.q1b}>
                  {t('useModel')}
                </Button>
              )
            }
          >
            {d && !d.model.model ? (
              <Typography.Text type="secondary">{t('modelNone')}</Typography.Text>
            ) : (
              <Descriptions column={1} size="small">
                {d?.model.model && <Descriptions.Item label="IFC">{d.model.model.label}</Descriptions.Item>}
                {modelRow('q1a')}
                {modelRow('q1b')}
              </Descriptions>
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('rulesHint')}
            </Typography.Paragraph>
          </Card>
          <Card title={t('history')}>
            <Table
              size="small"
              rowKey="savedAt"
              pagination={false}
              dataSource={d?.history}
              columns={[
                { title: t('savedAt'), dataIndex: 'savedAt', render: (v: string) => chinaTime(v) },
                { title: 'P', dataIndex: 'P', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
                { title: 'A/AA/AAA', dataIndex: 'grade', render: (g: string | null) => <Tag color={gradeColour(g)}>{g ?? '—'}</Tag> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
