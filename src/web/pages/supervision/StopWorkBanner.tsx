import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { chinaDate } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    title: '停工整改',
    body: '该项目因严重问题被责令停工整改（自 {since} 起）：{reasons}。整改经主管部门复查合格后方可复工。',
    open: '查看监督检查',
  },
  en: {
    title: 'Stop-work order',
    body: 'Works on this project are stopped for rectification of a serious finding (since {since}): {reasons}. Work resumes once the regulator verifies the rectification.',
    open: 'Open supervision',
  },
};

/** The project's supervision status (stop-work flag, open notices); shared by every page about one project. */
export function useSupervisionStatus(projectId: string | undefined) {
  return useQuery({
    queryKey: ['supervision-status', projectId],
    queryFn: () => call(client.GET('/api/projects/{id}/supervision-status', { params: { path: { id: projectId! } } })),
    enabled: !!projectId,
  });
}

/** A red banner on any view of a project under a stop-work order (停工整改); renders nothing otherwise. */
export function StopWorkBanner({ projectId, link = true }: { projectId: string; link?: boolean }) {
  const t = useT(messages);
  const q = useSupervisionStatus(projectId);
  if (!q.data?.stopWork) return null;
  const reasons = q.data.findings.map((f) => (f.noticeCode ? `${f.description}（${f.noticeCode}）` : f.description)).join('；');
  return (
    <Alert
      data-testid="stop-work-banner"
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={<strong>{t('title')}</strong>}
      description={t('body', { since: chinaDate(q.data.since!), reasons })}
      action={link ? <Link to={`/projects/${projectId}/supervision`}>{t('open')}</Link> : undefined}
    />
  );
}
