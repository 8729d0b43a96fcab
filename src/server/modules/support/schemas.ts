import { z } from 'zod';
import { supportKinds } from './tables.js';

const text = (max = 200) => z.string().trim().min(1).max(max);
const optText = (max = 200) => z.string().trim().max(max).nullable().optional();
const common = {
  projectId: z.string().uuid(),
  grantedOn: z.string().date(),
  grantedBy: optText(),
  documentNo: optText(100),
  note: optText(1000),
};

/** One input shape per kind, so each kind's required facts are checked with a field path. */
export const supportInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reward'), ...common, amountWanYuan: z.number().positive().max(1e6), batch: optText(100) }),
  z.object({
    kind: z.literal('finance'),
    ...common,
    lender: text(),
    product: optText(),
    amountWanYuan: z.number().positive().max(1e7),
    rateDiscountPct: z.number().min(0).max(10).nullable().optional(),
  }),
  z.object({ kind: z.literal('land'), ...common, landParcel: text(), landAreaM2: z.number().positive().max(1e8).nullable().optional() }),
  z.object({
    kind: z.literal('approval'),
    ...common,
    approvalName: text(),
    standardDays: z.number().int().min(0).max(3650),
    actualDays: z.number().int().min(0).max(3650),
  }),
  z.object({ kind: z.literal('award'), ...common, awardName: text(), awardLevel: optText(50) }),
]);
export type SupportInput = z.infer<typeof supportInput>;

export const supportSchema = z.object({
  id: z.string().uuid(),
  projectId: z.string().uuid(),
  projectCode: z.string().nullable(),
  projectName: z.string().nullable(),
  regionCode: z.string(),
  kind: z.enum(supportKinds),
  grantedOn: z.string(),
  grantedBy: z.string().nullable(),
  documentNo: z.string().nullable(),
  amountWanYuan: z.number().nullable(),
  batch: z.string().nullable(),
  lender: z.string().nullable(),
  product: z.string().nullable(),
  rateDiscountPct: z.number().nullable(),
  landParcel: z.string().nullable(),
  landAreaM2: z.number().nullable(),
  approvalName: z.string().nullable(),
  standardDays: z.number().nullable(),
  actualDays: z.number().nullable(),
  daysSaved: z.number().nullable(),
  awardName: z.string().nullable(),
  awardLevel: z.string().nullable(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});

export const regionTotalsSchema = z.object({
  regionCode: z.string(),
  projectsSupported: z.number(),
  rewardCount: z.number(),
  rewardWanYuan: z.number(),
  financeCount: z.number(),
  financeWanYuan: z.number(),
  avgRateDiscountPct: z.number().nullable(),
  landCount: z.number(),
  landAreaM2: z.number(),
  approvalCount: z.number(),
  approvalDaysSaved: z.number(),
  avgDaysSavedPerApproval: z.number().nullable(),
  awardCount: z.number(),
});
