import { Card, Col, Descriptions, List, Row, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { roleLabels } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    welcome: '欢迎，{name}',
    account: '我的账号',
    role: '角色',
    organisation: '单位',
    region: '地区',
    recent: '最近操作',
    regions: '试点地区',
    plan: '《绿色建造试点工作方案》：在湖南省、深圳市、常州市开展试点，到 2023 年底形成可复制推广的绿色建造技术体系、管理体系、实施体系和评价体系。',
    national: '全国',
  },
  en: {
    welcome: 'Welcome, {name}',
    account: 'My account',
    role: 'Role',
    organisation: 'Organisation',
    region: 'Region',
    recent: 'Recent activity',
    regions: 'Pilot regions',
    plan: 'The Green Construction Pilot Plan: pilots in Hunan, Shenzhen and Changzhou build a replicable technical, management, implementation and evaluation system by the end of 2023.',
    national: 'National',
  },
};

export function HomePage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const recent = useQuery({
    queryKey: ['audit-recent'],
    queryFn: () => call(client.GET('/api/audit', { params: { query: { pageSize: 8 } } })),
    enabled: staff,
  });
  if (!me) return null;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Typography.Title level={4}>{t('welcome', { name: me.displayName })}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('plan')}</Typography.Paragraph>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('account')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('role')}>{roleLabels[lang][me.role]}</Descriptions.Item>
            <Descriptions.Item label={t('organisation')}>{me.organisationName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('region')}>{me.regionName ?? (staff ? t('national') : '—')}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('regions')}>
          {regions.regions.map((r) => (
            <Tag key={r.code} color="green" style={{ fontSize: 14, padding: '4px 10px', marginBottom: 8 }}>
              {lang === 'en' ? r.nameEn : r.nameZh}
            </Tag>
          ))}
        </Card>
      </Col>
      {staff && (
        <Col span={24}>
          <Card title={t('recent')}>
            <List
              size="small"
              loading={recent.isLoading}
              dataSource={recent.data?.items ?? []}
              renderItem={(e) => (
                <List.Item>
                  <Typography.Text type="secondary" style={{ width: 180, display: 'inline-block' }}>
                    {chinaTime(e.at)}
                  </Typography.Text>
                  <span style={{ flex: 1 }}>
                    {e.actorName} · {e.action}
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      )}
    </Row>
  );
}
