import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Input, Layout, Row, Segmented, Select, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined, PictureOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { call, client } from '../../api.js';
import type { QueryOf } from '../../api/types.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { useRegions } from '../../components/regions.js';
import { aspectLabels, aspects } from '../planning/labels.js';

const messages = {
  'zh-CN': {
    title: '绿色建造可复制推广经验',
    subtitle: '试点地区住房和城乡建设主管部门总结的绿色建造成熟做法和先进经验',
    all: '全部地区',
    aspect: '方面',
    tag: '标签',
    keyword: '搜索经验做法',
    projects: '来源项目',
    evidence: '佐证材料',
    published: '发布于 {d}',
    empty: '暂无已发布的经验做法',
    pilots: '试点项目公示',
    signIn: '登录平台',
    more: '展开全文',
  },
  en: {
    title: 'Replicable green construction practices',
    subtitle: 'Practices and lessons summarised by the pilot regions’ housing and construction authorities',
    all: 'All regions',
    aspect: 'Aspect',
    tag: 'Tag',
    keyword: 'Search practices',
    projects: 'Source projects',
    evidence: 'Evidence',
    published: 'Published {d}',
    empty: 'No published practices yet',
    pilots: 'Pilot projects',
    signIn: 'Sign in',
    more: 'Read more',
  },
};

/** The public 经验做法库: published practices only, as cards with tags and filters. */
export function PublicPracticesPage() {
  const t = useT(messages);
  const { lang, setLang } = useLanguage();
  const regions = useRegions();
  const [region, setRegion] = useState('all');
  const [aspect, setAspect] = useState<QueryOf<'/api/public/practices'>['aspect']>();
  const [tag, setTag] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['public', 'practices', region, aspect, tag, q],
    queryFn: () =>
      call(
        client.GET('/api/public/practices', { params: { query: { regionCode: region === 'all' ? undefined : region, aspect, tag, q } } }),
      ),
  });
  const items = list.data?.items ?? [];
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
          <Link to="/public/pilots">{t('pilots')}</Link>
          <Link to="/login">{t('signIn')}</Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, margin: '0 auto', width: '100%' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={region}
            onChange={(v) => setRegion(String(v))}
            options={[{ value: 'all', label: t('all') }, ...regions.options]}
            data-testid="public-practices-region"
          />
          <Select
            allowClear
            placeholder={t('aspect')}
            style={{ width: 140 }}
            value={aspect}
            onChange={setAspect}
            options={aspects.map((a) => ({ value: a, label: aspectLabels[lang][a] }))}
          />
          <Select
            allowClear
            placeholder={t('tag')}
            style={{ width: 160 }}
            value={tag}
            onChange={setTag}
            options={(list.data?.tags ?? []).map((x) => ({ value: x, label: x }))}
            data-testid="public-practices-tag"
          />
          <Input.Search
            allowClear
            placeholder={t('keyword')}
            style={{ width: 260 }}
            onSearch={setQ}
            data-testid="public-practices-search"
          />
        </Space>
        {items.length === 0 && !list.isFetching ? (
          <Empty description={t('empty')} />
        ) : (
          <Row gutter={[16, 16]} data-testid="public-practices">
            {items.map((p) => (
              <Col key={p.id} xs={24} md={12} xl={8}>
                <Card
                  title={p.title}
                  extra={<Tag color="green">{p.regionName}</Tag>}
                  style={{ height: '100%' }}
                  data-testid="public-practice-card"
                >
                  <Typography.Paragraph>{p.summary}</Typography.Paragraph>
                  {p.body && (
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 3, expandable: true, symbol: t('more') }}
                      style={{ whiteSpace: 'pre-wrap' }}
                    >
                      {p.body}
                    </Typography.Paragraph>
                  )}
                  <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
                    {p.aspect && <Tag color="blue">{aspectLabels[lang][p.aspect]}</Tag>}
                    {p.tags.map((x) => (
                      <Tag key={x} style={{ cursor: 'pointer' }} onClick={() => setTag(x)}>
                        {x}
                      </Tag>
                    ))}
                  </Space>
                  {p.projects.length > 0 && (
                    <div>
                      <Typography.Text type="secondary">{t('projects')}：</Typography.Text>
                      {p.projects.map((x) => x.name).join('、')}
                    </div>
                  )}
                  {p.attachments.length > 0 && (
                    <div>
                      <Typography.Text type="secondary">{t('evidence')}：</Typography.Text>
                      <Space wrap>
                        {p.attachments.map((a) => (
                          <a key={a.id} href={`/api/public/practices/${p.id}/attachments/${a.id}`}>
                            {a.mediaType === 'application/pdf' ? <FilePdfOutlined /> : <PictureOutlined />} {a.fileName}
                          </a>
                        ))}
                      </Space>
                    </div>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('published', { d: dayjs(p.publishedAt).format('YYYY-MM-DD') })}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Layout.Content>
    </Layout>
  );
}
