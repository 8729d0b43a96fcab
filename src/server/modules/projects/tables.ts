import { bigserial, boolean, date, doublePrecision, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const projectCategories = ['building', 'municipal'] as const;
export const projectStatuses = ['applied', 'reviewing', 'selected', 'rejected', 'implementing', 'completed', 'summarised'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const participantRoles = ['owner', 'epc', 'design', 'construction', 'supervision', 'consulting'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const organisationModels = ['epc', 'whole_process_consulting', 'architect_led', 'traditional'] as const;

export const projects = pgTable('projects', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  ownerOrganisationId: uuid('owner_organisation_id').notNull(),
  category: text('category').$type<(typeof projectCategories)[number]>().notNull(),
  structureType: text('structure_type'),
  useType: text('use_type'),
  isRenewal: boolean('is_renewal').notNull().default(false),
  isPrefabricated: boolean('is_prefabricated').notNull().default(false),
  address: text('address'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  floorAreaM2: doublePrecision('floor_area_m2'),
  lengthM: doublePrecision('length_m'),
  investmentWanYuan: doublePrecision('investment_wan_yuan'),
  organisationModel: text('organisation_model').$type<(typeof organisationModels)[number]>(),
  plannedStart: date('planned_start'),
  plannedFinish: date('planned_finish'),
  actualStart: date('actual_start'),
  actualFinish: date('actual_finish'),
  status: text('status').$type<ProjectStatus>().notNull().default('applied'),
  description: text('description'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const projectParticipants = pgTable(
  'project_participants',
  {
    projectId: uuid('project_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    role: text('role').$type<ParticipantRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organisationId, t.role] })],
);

export const projectExperts = pgTable(
  'project_experts',
  {
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id').notNull(),
    purpose: text('purpose').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId, t.purpose] })],
);

/** The datasets of a project another organisation may be granted (names shared with the event log's `dataset`). */
export const grantDatasets = ['site', 'waste', 'carbon', 'bim', 'quality', 'evaluation'] as const;
export type GrantDataset = (typeof grantDatasets)[number];

export const projectDataGrants = pgTable('project_data_grants', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  grantorOrganisationId: uuid('grantor_organisation_id').notNull(),
  granteeOrganisationId: uuid('grantee_organisation_id').notNull(),
  datasets: text('datasets').array().$type<GrantDataset[]>().notNull(),
  purpose: text('purpose').notNull(),
  validUntil: date('valid_until'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: uuid('revoked_by'),
});

export const projectGrantAccesses = pgTable('project_grant_accesses', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  grantId: uuid('grant_id').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  via: text('via').notNull(),
  dataset: text('dataset').notNull(),
  method: text('method').notNull(),
  route: text('route').notNull(),
});
