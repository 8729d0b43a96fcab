import { Card, Space, Typography } from 'antd';
import { useT } from '../../i18n/index.js';

const messages = {
  'zh-CN': {
    docs: '接口文档',
    docsText: '在线查看并试用全部接口（OpenAPI 3.1）。机器可读的接口描述：',
    client: '类型化客户端',
    clientText: '合作系统可直接用接口描述生成 TypeScript 类型，再用 openapi-fetch 调用，参数和返回值都有类型检查。步骤：',
    step1: '生成类型：',
    step2: '安装 openapi-fetch：',
    step3: '在“系统管理 → API 令牌”中创建令牌（只显示一次），请求时放在 Authorization: Bearer 头中。',
    feed: '变更事件流',
    feedText:
      '按游标增量同步：首次不带 after 读取，之后每次带上一页返回的 next；响应头 Link 给出下一页地址。游标过期（超过保留期）时返回 410，请不带 after 重新读取并核对。',
  },
  en: {
    docs: 'API documentation',
    docsText: 'Browse and try every operation (OpenAPI 3.1). The machine-readable description:',
    client: 'Typed client',
    clientText: 'Partner systems generate TypeScript types from the description and call the API with openapi-fetch, type-checked. Steps:',
    step1: 'Generate the types:',
    step2: 'Install openapi-fetch:',
    step3: 'Create a token under Administration → API tokens (shown once) and send it as Authorization: Bearer.',
    feed: 'Change feed',
    feedText:
      'Sync incrementally with a cursor: read without after first, then pass the previous page’s next; the Link header names the next page. An expired cursor (older than retention) answers 410: read again without after and reconcile.',
  },
};

/** 接口与客户端: where the API documentation is and how a partner gets the typed client (docs/api-client.md). */
export function ApiClientTab() {
  const t = useT(messages);
  const origin = window.location.origin;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={t('docs')} size="small">
        <Typography.Paragraph>
          <a href="/api/docs" target="_blank" rel="noreferrer">
            /api/docs
          </a>{' '}
          — {t('docsText')}{' '}
          <a href="/api/openapi.json" target="_blank" rel="noreferrer">
            /api/openapi.json
          </a>
        </Typography.Paragraph>
      </Card>
      <Card title={t('client')} size="small">
        <Typography.Paragraph>{t('clientText')}</Typography.Paragraph>
        <ol>
          <li>
            {t('step1')}{' '}
            <Typography.Text code copyable>{`npx openapi-typescript ${origin}/api/openapi.json -o schema.d.ts`}</Typography.Text>
          </li>
          <li>
            {t('step2')}{' '}
            <Typography.Text code copyable>
              npm install openapi-fetch
            </Typography.Text>
          </li>
          <li>{t('step3')}</li>
        </ol>
      </Card>
      <Card title={t('feed')} size="small">
        <Typography.Paragraph>{t('feedText')}</Typography.Paragraph>
        <Typography.Text code copyable>{`GET ${origin}/api/v1/events?limit=100&after=<next>`}</Typography.Text>
      </Card>
    </Space>
  );
}
