// INTERIM until the events module (branch hev) lands: the catalogue and visibility come from its index then.
import type { SQL } from 'drizzle-orm';
import { sql } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleProjectsCondition } from '../projects/index.js';

export function knownEventTypes(): Set<string> {
  return new Set([
    'cn.greenbuild.waste.manifest.issued.v1',
    'cn.greenbuild.waste.manifest.received.v1',
    'cn.greenbuild.waste.record.added.v1',
  ]);
}

export function eventVisibilityCondition(p: Principal): SQL {
  return sql`events.project_id in (select projects.id from projects where ${visibleProjectsCondition(p)})`;
}
