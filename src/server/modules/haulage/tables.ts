import {
  bigint,
  boolean,
  date,
  doublePrecision,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const haulageVehicles = pgTable('haulage_vehicles', {
  id: uuid('id').primaryKey(),
  carrierOrganisationId: uuid('carrier_organisation_id').notNull(),
  regionCode: text('region_code').notNull(),
  plate: text('plate').notNull(),
  plateColour: smallint('plate_colour').notNull(),
  vehicleType: text('vehicle_type').notNull(),
  capacityTonnes: numeric('capacity_tonnes', { mode: 'number' }).notNull(),
  terminalPhone: text('terminal_phone').notNull(),
  terminalId: text('terminal_id'),
  permitNumber: text('permit_number').notNull(),
  permitValidFrom: date('permit_valid_from').notNull(),
  permitValidTo: date('permit_valid_to').notNull(),
  authCode: text('auth_code'),
  registeredAt: timestamp('registered_at', { withTimezone: true }),
  active: boolean('active').notNull().default(true),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type VehicleRow = typeof haulageVehicles.$inferSelect;

export const haulagePositions = pgTable(
  'haulage_positions',
  {
    vehicleId: uuid('vehicle_id').notNull(),
    time: timestamp('time', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    latE6: integer('lat_e6').notNull(),
    lonE6: integer('lon_e6').notNull(),
    altitudeM: integer('altitude_m').notNull(),
    speedDkmh: integer('speed_dkmh').notNull(),
    heading: integer('heading').notNull(),
    alarm: bigint('alarm', { mode: 'number' }).notNull(),
    status: bigint('status', { mode: 'number' }).notNull(),
    mileageKm: doublePrecision('mileage_km'),
    backfill: boolean('backfill').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.vehicleId, t.time] })],
);

export const haulageRejects = pgTable(
  'haulage_rejects',
  {
    terminalPhone: text('terminal_phone').notNull(),
    reason: text('reason').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    lastDetail: text('last_detail').notNull(),
  },
  (t) => [primaryKey({ columns: [t.terminalPhone, t.reason] })],
);

export const haulageManifestLoads = pgTable('haulage_manifest_loads', {
  manifestId: uuid('manifest_id').primaryKey(),
  manifestNumber: text('manifest_number').notNull(),
  vehicleId: uuid('vehicle_id').notNull(),
  projectId: uuid('project_id').notNull(),
  facilityId: uuid('facility_id').notNull(),
  regionCode: text('region_code').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
});
