import { boolean, date, doublePrecision, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** 财政奖励 / 绿色金融 / 土地优先转让 / 审批提速 / 评优评奖优先 (《绿色建造试点工作方案》 五（三）). */
export const supportKinds = ['reward', 'finance', 'land', 'approval', 'award'] as const;
export type SupportKind = (typeof supportKinds)[number];

export const supportRecords = pgTable('support_records', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  regionCode: text('region_code').notNull(),
  kind: text('kind').$type<SupportKind>().notNull(),
  grantedOn: date('granted_on').notNull(),
  grantedBy: text('granted_by'),
  documentNo: text('document_no'),
  amountWanYuan: doublePrecision('amount_wan_yuan'),
  batch: text('batch'),
  lender: text('lender'),
  product: text('product'),
  rateDiscountPct: doublePrecision('rate_discount_pct'),
  landParcel: text('land_parcel'),
  landAreaM2: doublePrecision('land_area_m2'),
  approvalName: text('approval_name'),
  standardDays: integer('standard_days'),
  actualDays: integer('actual_days'),
  awardName: text('award_name'),
  awardLevel: text('award_level'),
  note: text('note'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
