import { z } from 'zod';
import { calendarDate } from '../../platform/dates.js';
import { organisationModels, participantRoles, projectCategories, projectStatuses } from './tables.js';

// Vocabularies of the register (the SQL columns are free text so capabilities can read them; the API keeps them closed).
export const structureTypes = ['concrete', 'steel', 'timber', 'composite', 'masonry', 'other'] as const;
export const useTypes = ['residential', 'public', 'industrial', 'road', 'bridge', 'pipeline', 'other'] as const;

export const isoDate = calendarDate;
const area = z.number().positive().max(1e8);

export const participantInput = z.object({ organisationId: z.string().uuid(), role: z.enum(participantRoles) });

const projectFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{3,32}$/)
    .optional(),
  name: z.string().trim().min(2).max(200),
  regionCode: z.string().min(1).max(32),
  ownerOrganisationId: z.string().uuid(),
  category: z.enum(projectCategories),
  structureType: z.enum(structureTypes).nullable().optional(),
  useType: z.enum(useTypes).nullable().optional(),
  isRenewal: z.boolean().optional(),
  isPrefabricated: z.boolean().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  floorAreaM2: area.nullable().optional(),
  lengthM: area.nullable().optional(),
  investmentWanYuan: z.number().min(0).max(1e9).nullable().optional(),
  organisationModel: z.enum(organisationModels).nullable().optional(),
  plannedStart: isoDate.nullable().optional(),
  plannedFinish: isoDate.nullable().optional(),
  actualStart: isoDate.nullable().optional(),
  actualFinish: isoDate.nullable().optional(),
  description: z.string().max(4000).nullable().optional(),
};

type Sized = {
  category?: string;
  floorAreaM2?: number | null;
  lengthM?: number | null;
  plannedStart?: string | null;
  plannedFinish?: string | null;
};
/** A building is sized by floor area, a linear work may be sized by length; planned dates run forwards. */
export function checkProjectShape<T extends Sized>(v: T, ctx: z.core.$RefinementCtx<T>) {
  if (v.category === 'building' && !v.floorAreaM2) ctx.addIssue({ code: 'custom', path: ['floorAreaM2'], message: 'size_required' });
  if (v.category === 'municipal' && !v.floorAreaM2 && !v.lengthM)
    ctx.addIssue({ code: 'custom', path: ['lengthM'], message: 'size_required' });
  if (v.plannedStart && v.plannedFinish && v.plannedFinish < v.plannedStart)
    ctx.addIssue({ code: 'custom', path: ['plannedFinish'], message: 'dates_order' });
}

export const projectInput = z
  .object({ ...projectFields, participants: z.array(participantInput).max(30).optional() })
  .superRefine(checkProjectShape);
export type ProjectInput = z.infer<typeof projectInput>;

/** What an enterprise fills in when it applies: the owner and region come from its own organisation. */
export const applicantProjectInput = z
  .object({
    ...projectFields,
    regionCode: projectFields.regionCode.optional(),
    ownerOrganisationId: projectFields.ownerOrganisationId.optional(),
    participants: z.array(participantInput).max(30).optional(),
  })
  .superRefine(checkProjectShape);

export const projectPatch = z.object(projectFields).omit({ code: true, regionCode: true, ownerOrganisationId: true }).partial();
export type ProjectPatch = z.infer<typeof projectPatch>;

export const projectRowSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    region: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    status: z.enum(projectStatuses),
    category: z.enum(projectCategories),
    structureType: z.string().nullable(),
    useType: z.string().nullable(),
    isRenewal: z.boolean(),
    isPrefabricated: z.boolean(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    floorAreaM2: z.number().nullable(),
    lengthM: z.number().nullable(),
    investmentWanYuan: z.number().nullable(),
    organisationModel: z.string().nullable(),
    plannedStart: z.string().nullable(),
    plannedFinish: z.string().nullable(),
    actualStart: z.string().nullable(),
    actualFinish: z.string().nullable(),
    ownerOrganisationId: z.string(),
    ownerOrganisationName: z.string().nullable(),
    description: z.string().nullable(),
    isDemo: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectRow' });
export type ProjectRow = z.infer<typeof projectRowSchema>;

export const participantSchema = z.object({ organisationId: z.string(), organisationName: z.string(), role: z.enum(participantRoles) });

export const projectDetailSchema = projectRowSchema
  .extend({
    participants: z.array(participantSchema),
    allowedTransitions: z.array(z.enum(projectStatuses)),
    history: z.array(
      z.object({
        at: z.string(),
        actorName: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    canEdit: z.boolean(),
  })
  .meta({ id: 'ProjectDetail' });

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const projectListQuery = z.object({
  q: z.string().max(100).optional(),
  regionCode: z.string().max(32).optional(),
  // One status or several separated by commas.
  status: z
    .string()
    .max(200)
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(z.enum(projectStatuses)).optional()),
  category: z.enum(projectCategories).optional(),
  structureType: z.enum(structureTypes).optional(),
  useType: z.enum(useTypes).optional(),
  isRenewal: bool.optional(),
});
export type ProjectListFilter = z.infer<typeof projectListQuery>;
