import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Layout, Row, Segmented, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { useRegions } from '../../components/regions.js';
import { EChart } from '../../components/EChart.js';
import { categoryLabels, label, modelLabels, statusColors, statusLabels, structureLabels, useLabels } from '../projects/labels.js';
import type { ItemOf } from '../../api/types.js';

const messages = {
  'zh-CN': {
    title: '绿色建造试点项目公示',
    subtitle: '依据《绿色建造试点工作方案》，湖南省、深圳市、常州市遴选的绿色建造试点项目',
    all: '全部地区',
    pilots: '试点项目',
    renewal: '城市更新',
    prefab: '装配式',
    area: '总建筑面积',
    investment: '总投资',
    map: '试点项目分布（经纬度坐标图）',
    name: '项目名称',
    category: '类别',
    type: '结构 / 用途',
    size: '规模',
    model: '组织模式',
    status: '进展',
    owner: '建设单位',
    period: '计划工期',
    signIn: '登录平台',
    wanM2: '{n} 万 m²',
    yi: '{n} 亿元',
    lon: '经度 °E',
    lat: '纬度 °N',
  },
  en: {
    title: 'Green construction pilot projects',
    subtitle: 'Pilots selected by Hunan, Shenzhen and Changzhou under the Green Construction Pilot Plan',
    all: 'All regions',
    pilots: 'Pilots',
    renewal: 'Urban renewal',
    prefab: 'Prefabricated',
    area: 'Floor area',
    investment: 'Investment',
    map: 'Where the pilots are (longitude / latitude)',
    name: 'Project',
    category: 'Category',
    type: 'Structure / use',
    size: 'Size',
    model: 'Organisation model',
    status: 'Progress',
    owner: 'Client',
    period: 'Planned period',
    signIn: 'Sign in',
    wanM2: '{n} × 10k m²',
    yi: '{n} × 100M CNY',
    lon: 'Longitude °E',
    lat: 'Latitude °N',
  },
};

type Pilot = ItemOf<'/api/public/pilots'>;

const REGION_COLOURS: Record<string, string> = { hunan: '#d4380d', shenzhen: '#1677ff', changzhou: '#389e0d' };
const PLAN_ORDER = ['hunan', 'shenzhen', 'changzhou'];

/** The public register of pilots: no sign-in, no map tiles — pilots are drawn on a plain longitude/latitude plot. */
export function PublicPilotsPage() {
  const t = useT(messages);
  const { lang, setLang } = useLanguage();
  const regions = useRegions();
  const q = useQuery({ queryKey: ['public-pilots'], queryFn: () => call(client.GET('/api/public/pilots')) });
  const [region, setRegion] = useState<string>('all');
  const all = q.data?.items ?? [];
  const shown = region === 'all' ? all : all.filter((p) => p.regionCode === region);
  const regionCodes = PLAN_ORDER.filter((r) => all.some((p) => p.regionCode === r)).concat(
    [...new Set(all.map((p) => p.regionCode))].filter((r) => !PLAN_ORDER.includes(r)),
  );

  const map = useMemo(() => {
    const pts = shown.filter((p) => p.longitude !== null && p.latitude !== null);
    const lons = pts.map((p) => p.longitude!);
    const lats = pts.map((p) => p.latitude!);
    const pad = region === 'all' ? 1.2 : 0.08;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { name: string; value: number[]; address: string } }) =>
          `${p.data.name}<br/>${p.data.address ?? ''}<br/>${p.data.value[0].toFixed(3)}°E, ${p.data.value[1].toFixed(3)}°N`,
      },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 36, bottom: 40 },
      xAxis: {
        type: 'value',
        name: t('lon'),
        nameLocation: 'middle',
        nameGap: 26,
        scale: true,
        min: lons.length ? Math.floor((Math.min(...lons) - pad) * 10) / 10 : undefined,
        max: lons.length ? Math.ceil((Math.max(...lons) + pad) * 10) / 10 : undefined,
        splitLine: { lineStyle: { type: 'dashed' } },
      },
      yAxis: {
        type: 'value',
        name: t('lat'),
        scale: true,
        min: lats.length ? Math.floor((Math.min(...lats) - pad) * 10) / 10 : undefined,
        max: lats.length ? Math.ceil((Math.max(...lats) + pad) * 10) / 10 : undefined,
        splitLine: { lineStyle: { type: 'dashed' } },
      },
      series: regionCodes
        .filter((r) => region === 'all' || r === region)
        .map((r) => ({
          name: regions.name(r),
          type: 'scatter',
          symbolSize: 12,
          itemStyle: { color: REGION_COLOURS[r] ?? '#888', opacity: 0.85 },
          label: { show: region !== 'all', formatter: (p: { data: { short: string } }) => p.data.short, position: 'right', fontSize: 10 },
          data: pts
            .filter((p) => p.regionCode === r)
            .map((p) => ({ name: p.name, short: p.name.slice(0, 8), address: p.address, value: [p.longitude, p.latitude] })),
        })),
    };
  }, [shown, region, regionCodes, regions, t]);

  const totals = {
    pilots: shown.length,
    renewal: shown.filter((p) => p.isRenewal).length,
    prefab: shown.filter((p) => p.isPrefabricated).length,
    area: shown.reduce((s, p) => s + (p.floorAreaM2 ?? 0), 0),
    investment: shown.reduce((s, p) => s + (p.investmentWanYuan ?? 0), 0),
  };

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7f3' }}>
      <Layout.Header
        style={{
          background: '#fff',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderBottom: '1px solid #e8e8e8',
          padding: '0 24px',
        }}
      >
        <Typography.Text strong style={{ color: '#389e0d', fontSize: 16 }}>
          GreenBuild · {t('title')}
        </Typography.Text>
        <Space>
          <Segmented
            value={lang}
            onChange={(v) => setLang(v as 'zh-CN' | 'en')}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'English', value: 'en' },
            ]}
          />
          <Link to="/login">{t('signIn')}</Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, margin: '0 auto', width: '100%' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        <Tabs
          activeKey={region}
          onChange={setRegion}
          items={[
            { key: 'all', label: `${t('all')} (${all.length})` },
            ...regionCodes.map((r) => ({ key: r, label: `${regions.name(r)} (${all.filter((p) => p.regionCode === r).length})` })),
          ]}
        />
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('pilots')} value={totals.pilots} data-testid="public-count" />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={`${t('renewal')} / ${t('prefab')}`} value={`${totals.renewal} / ${totals.prefab}`} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('area')} value={t('wanM2', { n: (totals.area / 10000).toFixed(1) })} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('investment')} value={t('yi', { n: (totals.investment / 10000).toFixed(1) })} />
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('map')}>
              <EChart option={map} height={420} testId="pilot-map" />
            </Card>
          </Col>
          <Col span={24}>
            <Card>
              <Table<Pilot>
                rowKey="id"
                size="middle"
                loading={q.isLoading}
                dataSource={shown}
                pagination={{ pageSize: 15 }}
                scroll={{ x: 1100 }}
                columns={[
                  {
                    title: t('name'),
                    dataIndex: 'name',
                    render: (v: string, p) => (
                      <Space orientation="vertical" size={0}>
                        <Typography.Text strong>{v}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {p.code} · {p.address}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: '',
                    dataIndex: 'regionCode',
                    width: 80,
                    render: (r: string) => <Tag color={REGION_COLOURS[r]}>{regions.name(r)}</Tag>,
                  },
                  { title: t('category'), dataIndex: 'category', width: 110, render: (v: string) => label(categoryLabels[lang], v) },
                  {
                    title: t('type'),
                    key: 'type',
                    width: 140,
                    render: (_: unknown, p) => `${label(structureLabels[lang], p.structureType)} / ${label(useLabels[lang], p.useType)}`,
                  },
                  {
                    title: t('size'),
                    key: 'size',
                    width: 120,
                    align: 'right',
                    render: (_: unknown, p) =>
                      p.floorAreaM2 ? `${p.floorAreaM2.toLocaleString()} m²` : p.lengthM ? `${p.lengthM.toLocaleString()} m` : '—',
                  },
                  {
                    title: t('model'),
                    dataIndex: 'organisationModel',
                    width: 120,
                    render: (v: string | null) => label(modelLabels[lang], v),
                  },
                  {
                    title: '',
                    key: 'tags',
                    width: 130,
                    render: (_: unknown, p) => (
                      <Space size={2}>
                        {p.isRenewal && <Tag color="orange">{t('renewal')}</Tag>}
                        {p.isPrefabricated && <Tag color="geekblue">{t('prefab')}</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: t('status'),
                    dataIndex: 'status',
                    width: 90,
                    render: (s: Pilot['status']) => <Tag color={statusColors[s]}>{statusLabels[lang][s]}</Tag>,
                  },
                  { title: t('owner'), dataIndex: 'ownerOrganisationName', ellipsis: true },
                ]}
              />
            </Card>
          </Col>
        </Row>
      </Layout.Content>
    </Layout>
  );
}
