import { Badge, Button, Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { roleLabels } from '../../components/labels.js';
import { severityColors } from '../notifications/words.js';
import { chinaDate, chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    welcome: '欢迎，{name}',
    todos: '我的待办',
    noTodos: '没有待办事项。新的告警、整改通知、联单和评审任务会出现在这里。',
    overdue: '逾期 {n}',
    due: '最早期限 {date}',
    go: '去处理',
    figures: '关键数据',
    pilots: '实施中的试点',
    myProjects: '本单位项目',
    openAlarms: '未确认告警',
    overdueNotices: '逾期整改',
    warnings: '跟踪预警',
    toRectify: '待整改通知',
    reviews: '待评审申报',
    evaluations: '待打分评价',
    onTheWay: '在途联单',
    receivedToday: '今日已接收',
    recent: '最新提醒',
    noRecent: '暂无提醒',
    allNotifications: '全部提醒',
  },
  en: {
    welcome: 'Welcome, {name}',
    todos: 'My to-dos',
    noTodos: 'Nothing waiting. New alarms, rectification notices, manifests and review tasks will appear here.',
    overdue: '{n} overdue',
    due: 'earliest due {date}',
    go: 'Open',
    figures: 'Key figures',
    pilots: 'Pilots under way',
    myProjects: 'Our projects',
    openAlarms: 'Alarms not acknowledged',
    overdueNotices: 'Overdue notices',
    warnings: 'Tracking warnings',
    toRectify: 'Notices to act on',
    reviews: 'Reviews to submit',
    evaluations: 'Evaluations to score',
    onTheWay: 'Loads on the way',
    receivedToday: 'Received today',
    recent: 'Latest notifications',
    noRecent: 'No notifications yet',
    allNotifications: 'All notifications',
  },
};

type FigureKey = Exclude<
  keyof (typeof messages)['zh-CN'],
  'welcome' | 'todos' | 'noTodos' | 'overdue' | 'due' | 'go' | 'figures' | 'recent' | 'noRecent' | 'allNotifications'
>;
type Figure = { key: FigureKey; value: number; link: string };

const total = async (p: Promise<{ total: number }>) => (await p).total;

/** The key figures of the user's scope, each the total of the list page it links to. */
async function figuresFor(role: string, todoCount: (kind: string) => number): Promise<Figure[]> {
  if (role === 'admin' || role === 'regulator') {
    const [pilots, alarms, overdue, warnings] = await Promise.all([
      total(call(client.GET('/api/projects', { params: { query: { status: 'implementing' as never, pageSize: 1 } } }))),
      total(call(client.GET('/api/site/alarms', { params: { query: { state: 'open', pageSize: 1 } } }))),
      total(call(client.GET('/api/supervision/findings', { params: { query: { overdue: 'true', pageSize: 1 } } }))),
      total(call(client.GET('/api/tracking/warnings', { params: { query: {} } }))),
    ]);
    return [
      { key: 'pilots', value: pilots, link: '/projects?status=implementing' },
      { key: 'openAlarms', value: alarms, link: '/site?alarmState=open' },
      { key: 'overdueNotices', value: overdue, link: '/supervision?overdue=true' },
      { key: 'warnings', value: warnings, link: '/tracking' },
    ];
  }
  if (role === 'enterprise') {
    const [projects, alarms, notices] = await Promise.all([
      total(call(client.GET('/api/projects', { params: { query: { pageSize: 1 } } }))),
      total(call(client.GET('/api/site/alarms', { params: { query: { state: 'open', pageSize: 1 } } }))),
      total(call(client.GET('/api/supervision/findings', { params: { query: { mine: 'true', awaiting: 'true', pageSize: 1 } } }))),
    ]);
    return [
      { key: 'myProjects', value: projects, link: '/projects' },
      { key: 'openAlarms', value: alarms, link: '/site?alarmState=open' },
      { key: 'toRectify', value: notices, link: '/supervision?mine=true&awaiting=true' },
    ];
  }
  if (role === 'expert') {
    return [
      { key: 'reviews', value: todoCount('review.assigned'), link: '/review/mine' },
      { key: 'evaluations', value: todoCount('evaluation.assigned'), link: '/evaluation/mine' },
    ];
  }
  if (role === 'facility') {
    const [onTheWay, received] = await Promise.all([
      total(call(client.GET('/api/waste/facility/manifests', { params: { query: { state: 'in_transit', pageSize: 1 } } }))),
      total(
        call(client.GET('/api/waste/facility/manifests', { params: { query: { state: 'received', pageSize: 200 } } })).then((r) => ({
          total: r.items.filter((m) => chinaDate(m.closedAt) === chinaDate(new Date())).length,
        })),
      ),
    ]);
    return [
      { key: 'onTheWay', value: onTheWay, link: '/facility?state=in_transit' },
      { key: 'receivedToday', value: received, link: '/facility' },
    ];
  }
  return [];
}

/** 工作台: what is waiting for me first, then the figures of my scope, then my latest notifications. */
export function HomePage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const navigate = useNavigate();
  const todos = useQuery({ queryKey: ['my-todos'], queryFn: () => call(client.GET('/api/me/todos')) });
  const figures = useQuery({
    queryKey: ['workbench-figures', me?.role, todos.data?.total],
    enabled: !!me && !!todos.data,
    queryFn: () =>
      figuresFor(me!.role, (kind) => (todos.data?.items ?? []).filter((i) => i.kind === kind).reduce((n, i) => n + i.count, 0)),
  });
  const recent = useQuery({
    queryKey: ['my-notifications', 'workbench'],
    queryFn: () => call(client.GET('/api/me/notifications', { params: { query: { limit: 6 } } })),
  });
  if (!me) return null;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {roleLabels[lang][me.role]}
          {me.organisationName ? ` · ${me.organisationName}` : ''}
          {me.regionName ? ` · ${me.regionName}` : ''}
        </Typography.Text>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('todos')} data-testid="workbench-todos">
          <List
            loading={todos.isLoading}
            dataSource={todos.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('noTodos')} /> }}
            renderItem={(item) => (
              <List.Item
                data-testid={`todo-${item.kind}`}
                data-count={item.count}
                actions={[
                  <Button key="go" type="link" onClick={() => navigate(item.link)}>
                    {t('go')}
                  </Button>,
                ]}
              >
                <Space wrap size={6}>
                  <Badge count={item.count} overflowCount={999} color={severityColors[item.severity]} showZero />
                  <Typography.Text>
                    {item.title}
                    {item.project ? `（${item.project.name}）` : ''}
                  </Typography.Text>
                  {item.overdue > 0 && <Tag color="red">{t('overdue', { n: item.overdue })}</Tag>}
                  {item.deadline && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('due', { date: chinaDate(item.deadline) })}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('figures')} loading={figures.isLoading} data-testid="workbench-figures">
          <Row gutter={[12, 12]}>
            {(figures.data ?? []).map((f) => (
              <Col span={12} key={f.key}>
                <Card size="small" hoverable onClick={() => navigate(f.link)} data-testid={`figure-${f.key}`}>
                  <Statistic title={t(f.key)} value={f.value} />
                </Card>
              </Col>
            ))}
          </Row>
        </Card>
        <Card
          title={t('recent')}
          style={{ marginTop: 16 }}
          extra={
            <Button type="link" onClick={() => navigate('/notifications')}>
              {t('allNotifications')}
            </Button>
          }
        >
          <List
            size="small"
            loading={recent.isLoading}
            dataSource={recent.data?.items ?? []}
            locale={{ emptyText: t('noRecent') }}
            renderItem={(n) => (
              <List.Item style={{ cursor: n.link ? 'pointer' : undefined }} onClick={() => n.link && navigate(n.link)}>
                <Space direction="vertical" size={0}>
                  <Space size={4}>
                    <Tag color={severityColors[n.severity]}>{n.categoryLabel}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {chinaTime(n.createdAt)}
                    </Typography.Text>
                  </Space>
                  <Typography.Text>{n.text}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
