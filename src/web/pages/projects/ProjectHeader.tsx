import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Skeleton, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { call, client } from '../../api.js';
import { useLanguage } from '../../i18n/index.js';
import { useRegions } from '../../components/regions.js';
import { statusColors, statusLabels, type Project, type ProjectStatus } from './labels.js';
import { StopWorkBanner } from '../supervision/StopWorkBanner.js';

/** The lifecycle status as a coloured tag, in the current language. */
export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { lang } = useLanguage();
  return (
    <Tag color={statusColors[status]} data-testid="project-status">
      {statusLabels[lang][status]}
    </Tag>
  );
}

/** Loads a project for capability pages under /projects/:id/… (shared query key with the detail page). */
export function useProject(projectId: string | undefined) {
  return useQuery({
    queryKey: ['project', projectId],
    queryFn: () => call(client.GET('/api/projects/{id}', { params: { path: { id: projectId! } } })),
    enabled: !!projectId,
  });
}

/**
 * A project's header for every page about one project: name (linking to its detail page), register number, region and
 * status. Give `projectId` to load it, or `project` when the page already has it.
 */
export function ProjectHeader({
  projectId,
  project,
  extra,
  link = true,
}: {
  projectId?: string;
  project?: Pick<Project, 'id' | 'name' | 'code' | 'regionCode' | 'status'>;
  extra?: ReactNode;
  link?: boolean;
}) {
  const q = useProject(project ? undefined : projectId);
  const regions = useRegions();
  const p = project ?? q.data;
  if (!p) return <Skeleton active paragraph={false} />;
  // A stop-work order (停工整改) shows on every view of the project, so it lives in the shared header.
  return (
    <>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}
        data-testid="project-header"
      >
        <Space orientation="vertical" size={2}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {link ? <Link to={`/projects/${p.id}`}>{p.name}</Link> : p.name}
          </Typography.Title>
          <Space size="middle" wrap>
            <Typography.Text type="secondary" copyable={{ text: p.code }}>
              {p.code}
            </Typography.Text>
            <Typography.Text type="secondary">
              <EnvironmentOutlined /> {regions.name(p.regionCode)}
            </Typography.Text>
            <ProjectStatusTag status={p.status} />
          </Space>
        </Space>
        {extra && <Space wrap>{extra}</Space>}
      </div>
      <StopWorkBanner projectId={p.id} />
    </>
  );
}
