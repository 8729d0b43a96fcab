// The register's events (issue 16): thin payloads of ids and what changed; subject = the project's path.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';
import { projectStatuses } from './tables.js';

const status = z.enum(projectStatuses);

export const projectRegistered = defineEventType({
  type: 'cn.greenbuild.projects.project.registered.v1',
  dataset: 'projects',
  title: { zh: '项目已登记', en: 'Project registered' },
  schema: z.object({
    projectId: z.uuid(),
    code: z.string(),
    regionCode: z.string(),
    ownerOrganisationId: z.uuid(),
    status,
  }),
});

export const projectUpdated = defineEventType({
  type: 'cn.greenbuild.projects.project.updated.v1',
  dataset: 'projects',
  title: { zh: '项目信息已修改', en: 'Project updated' },
  schema: z.object({
    projectId: z.uuid(),
    changed: z.array(z.string()).meta({ description: 'Names of the fields that changed (read the project for their values)' }),
  }),
});

export const projectTransitioned = defineEventType({
  type: 'cn.greenbuild.projects.project.transitioned.v1',
  dataset: 'projects',
  title: { zh: '项目状态已变更', en: 'Project status changed' },
  schema: z.object({ projectId: z.uuid(), from: status, to: status }),
});

export const projectEventTypes = [projectRegistered, projectUpdated, projectTransitioned];

/** The names of the fields whose values differ between two versions of a row. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && k !== 'updatedAt');
}
