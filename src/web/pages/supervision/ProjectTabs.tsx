import { Segmented } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/index.js';

const messages = {
  'zh-CN': { supervision: '监督检查', support: '政策支持与增量成本' },
  en: { supervision: 'Supervision', support: 'Support and cost' },
};

/** Switches between a project's supervision tab and its support-and-cost tab. */
export function ProjectTabs({ projectId, active }: { projectId: string; active: 'supervision' | 'support' }) {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <Segmented
      data-testid="project-tabs"
      style={{ marginBottom: 16 }}
      value={active}
      onChange={(v) => navigate(`/projects/${projectId}/${v}`)}
      options={[
        { value: 'supervision', label: t('supervision') },
        { value: 'support', label: t('support') },
      ]}
    />
  );
}
