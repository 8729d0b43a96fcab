import { useEffect, useState } from 'react';
import { Alert, Card, Col, Row, Select, Space, Typography } from 'antd';
import { ApiError, call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useRegions } from '../../components/regions.js';
import { PrefabSheet, useScoreTables, type PrefabResult } from './common.js';
import { RatioInputs, toFractions, type PercentValues } from './RatioInputs.js';

const messages = {
  'zh-CN': {
    title: '装配率计算器（GB/T 51129-2017）',
    help: '在设计方案进入系统前先行核算：按比例（%）填写各评价项；建筑中不存在的项勾选“不适用”，其分值计入 Q4。结果随输入即时更新。',
    region: '评分表地区',
    national: '国家标准',
    inputs: '评价项输入',
    result: '计算表与结果',
  },
  en: {
    title: 'Prefabrication ratio calculator (GB/T 51129-2017)',
    help: 'Check a design before it is in the system: enter each ratio in %; tick "not applicable" for items the building does not have (their points go to Q4). Results update as you type.',
    region: 'Score table region',
    national: 'National standard',
    inputs: 'Inputs',
    result: 'Sheet and result',
  },
};

const START: PercentValues = {
  q1a: 50,
  q1b: 75,
  q2a: 85,
  q2b: null,
  q2c: 60,
  q2d: 65,
  q3a: 50,
  q3b: 80,
  q3c: 70,
  q3d: null,
  fullDecoration: true,
};

export function CalculatorPage() {
  const t = useT(messages);
  const regions = useRegions();
  const tables = useScoreTables();
  const [region, setRegion] = useState('national');
  const [values, setValues] = useState<PercentValues>(START);
  const [result, setResult] = useState<PrefabResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      call(client.POST('/api/prefab-ratio/calculate', { body: { ...toFractions(values), region } }))
        .then((r) => {
          setResult(r);
          setError(null);
        })
        .catch((e) => setError(e instanceof ApiError ? e.describe() : String(e)));
    }, 250);
    return () => clearTimeout(timer);
  }, [values, region]);

  const table =
    tables.data?.items.find((x) => x.id === result?.table.id && x.version === result?.table.version)?.data ??
    tables.data?.items.find((x) => x.regionCode === null)?.data;
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Space>
            {t('region')}
            <Select
              value={region}
              onChange={setRegion}
              style={{ width: 140 }}
              options={[{ value: 'national', label: t('national') }, ...regions.options]}
              data-testid="calc-region"
            />
          </Space>
        }
      >
        <Typography.Text type="secondary">{t('help')}</Typography.Text>
      </PageHeader>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} xxl={10}>
          <Card title={t('inputs')} style={{ marginBottom: 16 }}>
            {table && <RatioInputs table={table} value={values} onChange={setValues} />}
          </Card>
        </Col>
        <Col xs={24} xxl={14}>
          <Card title={t('result')}>{table && result && <PrefabSheet table={table} result={result} />}</Card>
        </Col>
      </Row>
    </>
  );
}
